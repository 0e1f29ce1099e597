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
# The corpus folder is one argument (extract reads its .txt files in name order); the same run with the
# 993 file names on the command line is timed once too (argument parsing then costs about 0.1 s).
run() { # label, then the command's arguments
  local label=$1; shift
  /usr/bin/time -f "%e %M" -o /tmp/repertoire-bench-time "$bin/repertoire" extract "$@" --output /dev/null 2>/dev/null || true
  read -r secs kb < /tmp/repertoire-bench-time
  python3 -c "b,s,k=$bytes,$secs,$kb; print(f'whole process $label: {b/1e6:.1f} MB in {s:.2f} s: {b/1e6/s:.1f} MB/s, peak memory {k/1024:.0f} MiB')"
}
for mode in "--no-findings" "--findings"; do
  for n in 1 2 3; do
    if [ "$mode" = "--no-findings" ]; then run "(facts only), run $n" "$corpus" --no-findings; else run "(with findings), run $n" "$corpus"; fi
  done
done
run "(facts only, file names as arguments)" "$corpus"/*.txt --no-findings
