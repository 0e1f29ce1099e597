#!/usr/bin/env bash
# Times `extract` and `check` on hostile texts: the development document with one 1 MB or 4 MB line of each kind of
# pattern that once made a scanner read again what it had read (scripts/adversarial.py writes them).
#
#   scripts/adversarial.sh [BINARY]      default: the shipped build, .build-static/release/repertoire
#
# Prints, per kind, the seconds for 1 MB and 4 MB and their ratio (linear time gives about 4), and fails when a 1 MB
# file takes 2 s or more, or a 4 MB file more than 8 times its 1 MB time.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-.build-static/release/repertoire}
[ -x "$bin" ] || { echo "adversarial: no binary at $bin (swift build -c release --product repertoire --static-swift-stdlib --build-path .build-static)" >&2; exit 2; }
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
python3 scripts/adversarial.py "$dir" 1 4
seconds() { local s e; s=$(date +%s%N); "$@" >/dev/null 2>&1 || true; e=$(date +%s%N); echo "$(( (e - s) / 1000000 ))"; }
failed=0
printf '%-24s %12s %12s %7s %12s %12s %7s\n' kind "extract 1MB" "4MB" ratio "check 1MB" "4MB" ratio
for one in "$dir"/*-1MiB.txt; do
  kind=$(basename "$one" -1MiB.txt)
  four="$dir/$kind-4MiB.txt"
  e1=$(seconds "$bin" extract "$one" --output /dev/null); e4=$(seconds "$bin" extract "$four" --output /dev/null)
  c1=$(seconds "$bin" check "$one"); c4=$(seconds "$bin" check "$four")
  printf '%-24s %10d ms %10d ms %7.1f %10d ms %10d ms %7.1f\n' "$kind" "$e1" "$e4" "$(echo "$e4 / ($e1 + 1)" | bc -l)" "$c1" "$c4" "$(echo "$c4 / ($c1 + 1)" | bc -l)"
  for pair in "$e1 $e4" "$c1 $c4"; do
    set -- $pair
    if [ "$1" -ge 2000 ] || [ "$2" -gt $(( 8 * ($1 > 50 ? $1 : 50) )) ]; then failed=1; echo "adversarial: $kind is not linear or too slow" >&2; fi
  done
done
exit $failed
