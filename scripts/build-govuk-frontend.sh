#!/usr/bin/env bash
# Rebuilds the vendored govuk-frontend assets in assets/vendor/govuk-frontend/
# from the exact versions pinned in scripts/govuk-frontend/package-lock.json.
#
# Tandem is a council service, not GOV.UK: the stylesheet is compiled from
# scripts/govuk-frontend/tandem.scss with a system font stack (no GDS Transport)
# and without the crest, and none of the crown-branded images (favicons,
# app icons, crest, Open Graph image) nor the GDS Transport fonts are copied.
#
# Usage: scripts/build-govuk-frontend.sh   (from any directory; needs node + npm)
set -euo pipefail

script_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo_root="$(cd "${script_dir}/.." && pwd)"
pkg_dir="${script_dir}/govuk-frontend"
out_dir="${repo_root}/assets/vendor/govuk-frontend"
dist="${pkg_dir}/node_modules/govuk-frontend/dist/govuk"

cd "${pkg_dir}"
npm ci --ignore-scripts --no-audit --no-fund --loglevel=error

version="$(node -p 'require("govuk-frontend/package.json").version')"

# Remove previous build output (README.md in out_dir is hand-written: keep it).
rm -rf "${out_dir}/assets"
rm -f "${out_dir}/govuk-frontend.min.css" "${out_dir}/govuk-frontend.min.js" \
  "${out_dir}/LICENCE.txt" "${out_dir}/VERSION"
mkdir -p "${out_dir}/assets"

# Stylesheet. --quiet-deps silences deprecation warnings raised inside
# govuk-frontend; the import deprecation is for tandem.scss's own @import,
# which govuk-frontend 5.x still requires.
./node_modules/.bin/sass \
  --no-source-map \
  --style=compressed \
  --quiet-deps \
  --silence-deprecation=import \
  --load-path=node_modules \
  tandem.scss "${out_dir}/govuk-frontend.min.css"

# JavaScript: the ES module bundle, minus its sourceMappingURL comment (the map
# is not vendored, so browsers would request a missing file).
sed -e 's|//# sourceMappingURL=[^[:space:]]*$||' \
  "${dist}/govuk-frontend.min.js" > "${out_dir}/govuk-frontend.min.js"

# Licence. The npm package does not ship a licence file, so fall back to the
# MIT licence text of the upstream repository (alphagov/govuk-frontend,
# LICENSE.txt), which is what package.json's "license": "MIT" refers to.
licence_src=""
for f in node_modules/govuk-frontend/LICENSE node_modules/govuk-frontend/LICENSE.txt \
         node_modules/govuk-frontend/LICENSE.md node_modules/govuk-frontend/LICENCE \
         node_modules/govuk-frontend/LICENCE.txt; do
  if [[ -f "${f}" ]]; then licence_src="${f}"; break; fi
done
if [[ -n "${licence_src}" ]]; then
  cp "${licence_src}" "${out_dir}/LICENCE.txt"
else
  cat > "${out_dir}/LICENCE.txt" <<'LICENCE'
The MIT License (MIT)

Copyright (C) 2017 Crown Copyright (Government Digital Service)

Permission is hereby granted, free of charge, to any person obtaining a copy of
this software and associated documentation files (the "Software"), to deal in
the Software without restriction, including without limitation the rights to
use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies
of the Software, and to permit persons to whom the Software is furnished to do
so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
SOFTWARE.
LICENCE
fi

printf '%s\n' "${version}" > "${out_dir}/VERSION"

# Images. Every image govuk-frontend ships (favicon.ico, favicon.svg,
# govuk-icon-*.png, govuk-icon-mask.svg, govuk-crest.svg,
# govuk-opengraph-image.png) shows the crown or crest, and manifest.json only
# lists those icons, so none is copied: Tandem must supply its own favicon.
# The stylesheet references no image (checked below), so nothing is missing.
# assets/ is kept (with a .gitkeep) as the $govuk-assets-path target.
touch "${out_dir}/assets/.gitkeep"

# Guard the branding/licensing rules.
css="${out_dir}/govuk-frontend.min.css"
if grep -qiE 'GDS Transport|@font-face|\.woff' "${css}"; then
  echo "error: compiled CSS still references the GDS Transport font" >&2
  exit 1
fi
# (Class names such as .govuk-footer__crown are fine: the crown itself is an
# inline SVG in GOV.UK's templates, which Tandem does not use.)
if grep -qiE 'url\(|\.(svg|png|ico|jpe?g|gif)' "${css}"; then
  echo "error: compiled CSS references an image (e.g. the crest)" >&2
  exit 1
fi

echo "govuk-frontend ${version} built into ${out_dir#"${repo_root}/"}:"
ls -lA "${out_dir}" "${out_dir}/assets"
