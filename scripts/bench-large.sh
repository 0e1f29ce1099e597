#!/usr/bin/env bash
# One long file through `repertoire extract`, `check` and `ingest`: the sample repeated to each size given in MB (default 50 and
# 200), read facts only, with findings, as a summary, checked, and into a new database; prints each run's time and peak memory against twice the
# input's size (a file over 8 MiB is read in parts: memory holds its text and its JSON, not every stage).
# usage: scripts/bench-large.sh [MB...]
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product repertoire >/dev/null 2>&1
bin=.build/release/repertoire
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
sizes=("$@"); [ ${#sizes[@]} -gt 0 ] || sizes=(50 200)
for mb in "${sizes[@]}"; do
  file="$dir/long-$mb.txt"
  python3 - "$mb" "$file" <<'PY'
import sys
sample = open("Samples/zh-2020-part1-items35-36.txt", "rb").read()
with open(sys.argv[2], "wb") as out:
    for _ in range(int(sys.argv[1]) * 1_000_000 // len(sample)): out.write(sample)
PY
  size=$(stat -c %s "$file"); mib=$((size >> 20))
  for mode in "--no-findings" "" "--format summary"; do
    /usr/bin/time -f "%e %M" -o "$dir/time" "$bin" extract "$file" $mode --output /dev/null 2>/dev/null
    read -r secs kb < <(tail -1 "$dir/time")
    printf '%4d MiB  %-18s %6.2f s  peak %5d MiB  (2 x input + %d MiB)\n' "$mib" "${mode:-with findings}" "$secs" $((kb >> 10)) $(((kb >> 10) - 2 * mib))
  done
  # The same file checked (its findings and their quoted lines; `check` exits 1 where it found an error, and
  # `time` then writes that on a line of its own before the figures).
  /usr/bin/time -f "%e %M" -o "$dir/time" "$bin" check "$file" >/dev/null 2>&1 || true
  read -r secs kb < <(tail -1 "$dir/time")
  printf '%4d MiB  %-18s %6.2f s  peak %5d MiB  (2 x input + %d MiB)\n' "$mib" "check" "$secs" $((kb >> 10)) $(((kb >> 10) - 2 * mib))
  # The same file into a new database (read and written part by part).
  /usr/bin/time -f "%e %M" -o "$dir/time" "$bin" ingest "$file" --db "$dir/db-$mb.sqlite" --quiet >/dev/null 2>&1 || true
  read -r secs kb < <(tail -1 "$dir/time")
  printf '%4d MiB  %-18s %6.2f s  peak %5d MiB  (2 x input + %d MiB)\n' "$mib" "ingest" "$secs" $((kb >> 10)) $(((kb >> 10) - 2 * mib))
  rm -f "$dir/db-$mb.sqlite"*
done
