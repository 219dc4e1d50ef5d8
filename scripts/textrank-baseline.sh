#!/usr/bin/env bash
# Compares Tandem's engine with sumy's TextRank (from PyPI) on the same
# texts: key-fact recall of summaries of the same length on a labelled
# corpus, and milliseconds per case on `tandem bench engine`'s case.
#
#   scripts/textrank-baseline.sh [CORPUS]     (default ../shared/corpus/dev)
#
# sumy and numpy are installed into a virtual environment under target/.
set -euo pipefail
cd "$(dirname "$0")/.."
corpus="${1:-../shared/corpus/dev}"
venv="${CARGO_TARGET_DIR:-target}/textrank-venv"
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet "sumy==0.13.0" "numpy>=1.26"
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cargo build --release --quiet
tandem="${CARGO_TARGET_DIR:-target}/release/tandem"

echo "== Summaries of the same length on $corpus"
"$venv/bin/python" scripts/textrank/baseline.py summaries "$corpus" "$work/textrank.json"
"$tandem" evaluate "$corpus" --score-summaries "$work/textrank.json"
"$tandem" evaluate "$corpus" | sed -n '1,/summary length ratio/p' | grep -E "key-fact|length ratio"

echo "== Time per case, one core, in process"
taskset_cmd=()
command -v taskset >/dev/null && taskset_cmd=(taskset -c 0)
"${taskset_cmd[@]}" "$tandem" bench engine --write-texts "$work/case" | tee "$work/tandem.txt"
"${taskset_cmd[@]}" "$venv/bin/python" scripts/textrank/baseline.py time "$work/case" | tee "$work/textrank.txt"
median() { sed -E 's/.* ([0-9.]+) ms median.*/\1/' "$1"; }
python3 -c "import sys; t,r=float(sys.argv[1]),float(sys.argv[2]); print(f'TextRank takes {r/t:.0f} times as long as Tandem per case (medians {r:.2f} ms and {t:.3f} ms)')" "$(median "$work/tandem.txt")" "$(median "$work/textrank.txt")"
