#!/usr/bin/env bash
# Builds the libFuzzer targets (Fuzz/, with AddressSanitizer) and runs each for SECONDS, two at a time.
#
#   scripts/fuzz.sh [SECONDS] [TARGET...]     default: 60 seconds each, every target
#   FUZZ_JOBS (targets at once, default: the cores), FUZZ_MAX_LEN (largest input made, default 16384 bytes),
#   FUZZ_SEED (libFuzzer's random seed, default: a new one each run)
#
# Each target starts from its seeds (Fuzz/Corpus/TARGET, committed, made by scripts/fuzz-seeds.py) and the
# inputs it found before (.build-fuzz/corpus/TARGET, kept between runs), with the known bad inputs of
# Fuzz/Regressions/TARGET. Then every input of the corpus is run again and timed: an input slower than 20 times
# the sample's time per byte (inputs under 4 KB counted as 4 KB; for the router, 20 times the home page's time)
# fails the run, as does a crash, a leak, a
# timeout (10 s) or 2 GB of memory; the input is left in .build-fuzz/artifacts/TARGET/.
# Prints each target's executions and slowest input, and the total. Exit status 0 when nothing was found.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="/opt/swift/usr/bin:$PATH"

seconds=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(FuzzExtract FuzzChecks FuzzAKN FuzzDataExtract FuzzRouter)
jobs=${FUZZ_JOBS:-$(nproc)}
max_len=${FUZZ_MAX_LEN:-16384}   # the largest input libFuzzer makes (smaller ones run faster)
seed=()                          # FUZZ_SEED: the same mutations on every run (CI sets it: a green run stays green)
[ -n "${FUZZ_SEED:-}" ] && seed=(-seed="$FUZZ_SEED")
export LSAN_OPTIONS="suppressions=$PWD/Fuzz/lsan.supp:print_suppressions=0"
out=.build-fuzz
mkdir -p "$out/logs"

echo "fuzz: building ${targets[*]} (release, -sanitize=fuzzer,address)"
# The toolchain's driver does not give `-sanitize=fuzzer` coverage to the compiler on Linux: without the coverage
# flags, libFuzzer runs blind (no input is ever "new").
build=(swift build -c release --sanitize=fuzzer --sanitize=address --package-path Fuzz
       -Xswiftc -sanitize-coverage=edge,inline-8bit-counters,pc-table,trace-cmp)
# A build that fails stops the run (the targets built before would otherwise be fuzzed in its place).
if ! "${build[@]}" > "$out/logs/build.log" 2>&1; then
  grep -E 'error' "$out/logs/build.log" | head -20
  echo "fuzz: the build failed (the whole log: $out/logs/build.log)"; exit 1
fi
grep -Ev '^\[|^Compiling|^Building|^Build complete|warning: Cannot export|unhandled; explicitly declare|CMakeLists.txt' "$out/logs/build.log" || true
bin=$("${build[@]}" --show-bin-path)

# The input each target's speed is measured against: time per byte of an ordinary input.
sample_of() {
  case "$1" in
    FuzzExtract|FuzzChecks) echo Samples/zh-2020-part1-items35-36.txt ;;
    FuzzAKN) ls -S Fuzz/Corpus/FuzzAKN/* | sed -n 1p ;;
    FuzzDataExtract) echo Samples/unxml/data_extract/2020.json ;;
    FuzzRouter) echo Fuzz/Corpus/FuzzRouter/home ;;   # GET /: its time per request, not per byte
  esac
}

run_target() {
  local t=$1 log="$out/logs/$1.log"
  mkdir -p "$out/corpus/$t" "$out/artifacts/$t"
  rm -f "$log"
  local dirs=("$out/corpus/$t" "Fuzz/Corpus/$t")
  [ -d "Fuzz/Regressions/$t" ] && dirs+=("Fuzz/Regressions/$t")
  local dict=()
  [ -f "Fuzz/$t.dict" ] && dict=(-dict="Fuzz/$t.dict")
  rm -f "$out/artifacts/$t"/*
  # In runs of at most 120 s, each a new process, the corpus carried over: Foundation's XML parser leaks an error
  # object for every malformed file, which over a million inputs fills the memory limit.
  local status=0 left=$seconds runs=0
  while [ "$left" -gt 0 ] && [ "$status" -eq 0 ]; do
    local chunk=$(( left < 120 ? left : 120 ))
    "$bin/$t" -max_total_time="$chunk" -max_len="$max_len" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
      -artifact_prefix="$out/artifacts/$t/" "${seed[@]}" "${dict[@]}" "${dirs[@]}" >>"$log" 2>&1 || status=$?
    local done_now
    done_now=$(grep -o 'stat::number_of_executed_units: [0-9]*' "$log" | awk '{print $2}' | tail -1)
    runs=$(( runs + ${done_now:-0} ))
    left=$(( left - chunk ))
  done
  if ! grep -q 'inline 8-bit counters' "$log"; then
    echo "fuzz: $t FAILED: the target has no coverage instrumentation (libFuzzer would run blind)" >&2
    return 1
  fi
  local coverage
  coverage=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | awk '{print $2}')
  # Every input of the corpus run again, one at a time, and timed (ms) against the sample.
  local sample
  sample=$(sample_of "$t")
  local sample_ms
  sample_ms=$(for _ in 1 2 3 4 5; do "$bin/$t" -detect_leaks=0 "$sample" 2>&1 | grep -o 'Executed .* in [0-9]* ms' | awk '{print $(NF-1)}'; done | sort -n | sed -n 1p)
  local sample_bytes
  sample_bytes=$(stat -c %s "$sample")
  # Time per byte of the sample (at least 5 ms counted: times come in whole milliseconds); for the router, time
  # per request (a request target's length says nothing of its work).
  local rate floor=4096
  rate=$(echo "$sample_ms $sample_bytes" | awk '{ print ($1 > 5 ? $1 : 5) / $2 }')
  if [ "$t" = FuzzRouter ]; then rate=$(( sample_ms > 5 ? sample_ms : 5 )); floor=1; fi
  # Every input timed once (the sample first in each batch: what is made once, such as the profile's matchers,
  # is not counted); those near the limit timed three times more, the best time kept (the machine may be busy).
  time_inputs() {
    # (No leak check after each input here: LeakSanitizer's scan, run when Foundation's parser leaks, takes 70 ms.)
    xargs -0 -n 500 "$bin/$t" -detect_leaks=0 "$sample" 2>&1 | grep -o 'Executed .* in [0-9]* ms' |
      while read -r _ file _ ms _; do [ "$file" = "$sample" ] || echo "$(stat -c %s "$file") $ms $file"; done
  }
  ratios() { awk -v rate="$rate" -v floor="$floor" '{ size = (floor == 1 ? 1 : ($1 < floor ? floor : $1)); printf "%.3f %s\n", $2 / (20 * rate * size), $0 }'; }
  local first candidates
  first=$(find "${dirs[@]}" -type f -print0 | time_inputs)
  candidates=$(echo "$first" | ratios | awk '$1 > 0.5 { print $4 }')
  local slow
  slow=$({ echo "$first"; [ -z "$candidates" ] || for _ in 1 2 3; do printf '%s\0' $candidates | time_inputs; done; } |
    sort -k3,3 -k2,2n | awk 'NF == 3 && !seen[$3]++' | ratios | sort -rn | sed -n 1p)
  local ratio=${slow%% *}
  echo "fuzz: $t: ${runs:-0} executions in ${seconds} s, ${coverage:-0} edges covered; slowest input $(echo "$slow" | awk '{print $3 " ms, " $2 " bytes"}') (${ratio} of the limit, 20 x the sample's $sample_ms ms for $sample_bytes bytes); exit $status"
  if [ "$status" -ne 0 ]; then
    echo "fuzz: $t FAILED: $(grep -m1 -E 'ERROR|==[0-9]+==|Test unit written|deadly signal' "$log" || tail -1 "$log")" >&2
    ls "$out/artifacts/$t" >&2
    return 1
  fi
  if awk -v r="$ratio" 'BEGIN { exit !(r > 1) }'; then
    echo "fuzz: $t FAILED: an input slower than 20 times the sample's time per byte: $slow" >&2
    return 1
  fi
}

failed=0
pids=()
names=()
for t in "${targets[@]}"; do
  run_target "$t" > "$out/logs/$t.summary" 2>&1 &
  pids+=($!); names+=("$t")
  while [ "$(jobs -rp | wc -l)" -ge "$jobs" ]; do sleep 1; done
done
for k in "${!pids[@]}"; do
  wait "${pids[$k]}" || failed=1
  cat "$out/logs/${names[$k]}.summary"
done
total=$(for t in "${names[@]}"; do cat "$out/logs/$t.summary"; done | grep -o ': [0-9]* executions' | awk '{s += $2} END {print s + 0}')
echo "fuzz: $total executions over ${#targets[@]} targets, $([ $failed -eq 0 ] && echo "nothing found" || echo "FAILED")"
exit $failed
