#!/usr/bin/env bash
# Minimises the fuzz corpora with `cargo fuzz cmin`, keeping the hand-made
# seeds (fuzz/seeds.py; names with a dash, which say what reading them must
# give) under their names: cmin renames what it keeps by hash, so they are
# set aside first and put back after.
#
#   fuzz/cmin.sh [TARGET...]      (default: all five; needs nightly)
set -euo pipefail
cd "$(dirname "$0")/.."
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(text docx pdf odt rtf)
aside=$(mktemp -d)
trap 'rm -rf "$aside"' EXIT
for target in "${targets[@]}"; do
    corpus="fuzz/corpus/$target"
    mkdir -p "$aside/$target"
    find "$corpus" -maxdepth 1 -type f -name '*-*' -exec mv {} "$aside/$target/" \;
    nice -n 10 cargo +nightly fuzz cmin "$target" "$corpus" -- -rss_limit_mb=2048 -timeout=10
    mv "$aside/$target/"* "$corpus/"
    echo "$target: $(find "$corpus" -maxdepth 1 -type f | wc -l) files, $(du -sh "$corpus" | cut -f1)"
done
