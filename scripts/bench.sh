#!/usr/bin/env bash
# Extraction benchmark: generates a Repertoire-like corpus (default 50 MB) from the bundled sample,
# then measures whole-process throughput and peak memory of `repertoire extract`.
# The binary measured is the release build as shipped: the Swift runtime linked in (--static-swift-stdlib, in its
# own build folder .build-static; the first build takes a few minutes), so that calls into the runtime (a reference
# count, an allocation) are direct rather than through the dynamic linker's tables, and start-up takes a few ms
# less. One run of the build linked to the shared runtime (`swift build -c release`) is timed too, for comparison.
# The same is measured for an English corpus made the same way from the English sample, and the two throughputs
# compared (English within 30 % of Chinese is the target).
# usage: scripts/bench.sh [MB]
set -euo pipefail
cd "$(dirname "$0")/.."
mb=${1:-50}
corpus=bench-corpus
swift build -c release --product repertoire >/dev/null
swift build -c release --product repertoire-bench >/dev/null
swift build -c release --product repertoire --static-swift-stdlib --build-path .build-static >/dev/null
bin=.build/release
shipped=.build-static/release/repertoire
if [ ! -f "$corpus/.size-$mb" ]; then
  rm -rf "$corpus"; "$bin/repertoire-bench" generate Samples/zh-2020-part1-items35-36.txt "$corpus" "$mb"; touch "$corpus/.size-$mb"
fi
english=bench-corpus-en
if [ ! -f "$english/.size-$mb" ]; then
  rm -rf "$english"; "$bin/repertoire-bench" generate Samples/en-2020-part1-items35-36.txt "$english" "$mb"; touch "$english/.size-$mb"
fi
bytes=$(cat "$corpus"/*.txt | wc -c)
files=$(ls "$corpus"/*.txt | wc -l)
echo "corpus: $files documents, $bytes bytes"
"$bin/repertoire-bench" extract "$corpus"
# The corpus folder is one argument (extract reads its .txt files in name order); the same run with the
# 993 file names on the command line is timed once too (argument parsing then costs about 0.1 s).
# Each run also prints its CPU time (user and system, both threads): on a machine shared with other work the wall
# time moves with the neighbours' load, the CPU time much less; and the load average before the run.
run() { # binary, label, then the command's arguments
  local binary=$1 label=$2; shift 2
  local load; read -r load _ < /proc/loadavg
  /usr/bin/time -f "%e %M %U %S" -o /tmp/repertoire-bench-time "$binary" extract "$@" --output /dev/null 2>/dev/null || true
  read -r secs kb user system < /tmp/repertoire-bench-time
  echo "$secs" >> /tmp/repertoire-bench-runs
  python3 -c "b,s,k,c=$bytes,$secs,$kb,$user+$system; print(f'whole process $label: {b/1e6:.1f} MB in {s:.2f} s: {b/1e6/s:.1f} MB/s, CPU {c:.2f} s, peak memory {k/1024:.0f} MiB (load average $load)')"
}
# The runs of one kind summed up: the median and the best (the run the machine's neighbours slowed least).
summary() {
  python3 -c "import statistics; t=[float(x) for x in open('/tmp/repertoire-bench-runs')]; b=$bytes/1e6; print(f'$1, {len(t)} runs: median {b/statistics.median(t):.1f} MB/s, best {b/min(t):.1f} MB/s')"
  rm -f /tmp/repertoire-bench-runs
}
rm -f /tmp/repertoire-bench-runs
for n in 1 2 3 4 5; do run "$shipped" "(facts only), run $n" "$corpus" --no-findings; done
summary "facts only"
for n in 1 2 3; do run "$shipped" "(with findings), run $n" "$corpus"; done
summary "with findings"
run "$shipped" "(facts only, file names as arguments)" "$corpus"/*.txt --no-findings
run "$bin/repertoire" "(facts only, shared runtime)" "$corpus" --no-findings
run "$bin/repertoire" "(with findings, shared runtime)" "$corpus"
rm -f /tmp/repertoire-bench-runs
# English against Chinese: facts only, then with findings, three runs each, the medians compared.
median() { # corpus [extract's options] → median MB/s of three runs
  local dir=$1 b; shift; b=$(cat "$dir"/*.txt | wc -c)
  for n in 1 2 3; do /usr/bin/time -f "%e" -o /tmp/repertoire-bench-time "$shipped" extract "$dir" "$@" --output /dev/null 2>/dev/null || true; cat /tmp/repertoire-bench-time; done \
    | python3 -c "import sys, statistics; print(f'{$b/1e6/statistics.median(float(x) for x in sys.stdin):.1f}')"
}
echo "English corpus: $(ls "$english"/*.txt | wc -l) documents"
"$bin/repertoire-bench" extract "$english"
zh=$(median "$corpus" --no-findings); en=$(median "$english" --no-findings)
python3 -c "print(f'facts only, whole process, median of 3: Chinese $zh MB/s, English $en MB/s: English at {100*$en/$zh:.0f} % of Chinese')"
zh=$(median "$corpus"); en=$(median "$english")
python3 -c "print(f'with findings, whole process, median of 3: Chinese $zh MB/s, English $en MB/s: English at {100*$en/$zh:.0f} % of Chinese')"
