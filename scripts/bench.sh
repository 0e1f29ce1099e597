#!/usr/bin/env bash
# Extraction benchmark: generates a Repertoire-like corpus (default 50 MB) from the bundled sample,
# then measures whole-process throughput and peak memory of `repertoire extract` (release build).
# usage: scripts/bench.sh [MB]
set -euo pipefail
cd "$(dirname "$0")/.."
mb=${1:-50}
corpus=bench-corpus
swift build -c release --product repertoire >/dev/null
swift build -c release --product repertoire-bench >/dev/null
bin=.build/release
if [ ! -f "$corpus/.size-$mb" ]; then
  rm -rf "$corpus"; "$bin/repertoire-bench" generate Samples/zh-2020-part1-items35-36.txt "$corpus" "$mb"; touch "$corpus/.size-$mb"
fi
bytes=$(cat "$corpus"/*.txt | wc -c)
files=$(ls "$corpus"/*.txt | wc -l)
echo "corpus: $files documents, $bytes bytes"
"$bin/repertoire-bench" extract "$corpus"
for mode in "--no-findings" ""; do
  for run in 1 2 3; do
    /usr/bin/time -f "%e %M" -o /tmp/repertoire-bench-time "$bin/repertoire" extract "$corpus"/*.txt $mode --output /dev/null 2>/dev/null || true
    read -r secs kb < /tmp/repertoire-bench-time
    python3 -c "import sys; b,s,k=$bytes,$secs,$kb; print(f'whole process {\"(facts only)\" if \"$mode\" else \"(with findings)\"}, run $run: {b/1e6:.1f} MB in {s:.2f} s: {b/1e6/s:.1f} MB/s, peak memory {k/1024:.0f} MiB')"
  done
done
