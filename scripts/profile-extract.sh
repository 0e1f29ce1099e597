#!/usr/bin/env bash
# Instructions per document of extraction and JSON writing, then with the checks too (callgrind counts instructions, so the figure does
# not move with the machine's load): 10 documents of the generated corpus, then 1 document, the difference / 9.
# usage: scripts/profile-extract.sh   (after scripts/bench.sh has generated bench-corpus/)
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product repertoire-bench >/dev/null 2>&1
dir=$(mktemp -d)
mkdir -p "$dir/10" "$dir/1"
files=(bench-corpus/*.txt)
cp "${files[@]:0:10}" "$dir/10/"
cp "${files[0]}" "$dir/1/"
count() { valgrind --tool=callgrind --callgrind-out-file="$dir/$1${2:-}.cg" .build/release/repertoire-bench profile "$dir/$1" ${2:-} 2>&1 | sed -n 's/.*Collected : //p'; }
ten=$(count 10); one=$(count 1)
bytes=$(cat "$dir"/10/*.txt | wc -c)
python3 -c "t,o,b=$ten,$one,$bytes; per=(t-o)/9; print(f'{per/1e6:.2f} million instructions per document ({per/(b/10):.0f} per byte); start-up and one document {o/1e6:.1f} million')"
# The same with the checks (the default of `repertoire extract`).
ten=$(count 10 --findings); one=$(count 1 --findings)
python3 -c "t,o=$ten,$one; print(f'with findings: {(t-o)/9/1e6:.2f} million instructions per document')"
echo "profile: callgrind_annotate $dir/10.cg"
