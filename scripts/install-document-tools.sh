#!/usr/bin/env bash
# Installs Debian's LibreOffice Writer (headless) and poppler-utils, which
# the plan document tests use to check that the Word document opens and
# converts, and that the PDF reads as tagged.
set -euo pipefail

missing=()
command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-writer-nogui)
command -v pdfinfo >/dev/null 2>&1 || missing+=(poppler-utils)
if [ "${#missing[@]}" -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
soffice --version
# sed, not head: head would close the pipe early and pipefail would fail on the SIGPIPE.
pdfinfo -v 2>&1 | sed -n 1p
