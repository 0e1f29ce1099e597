#!/usr/bin/env bash
# Store benchmark: a generated corpus of more than 1,000 Repertoire-like documents (52 MB) and the bundled 2020
# official data, ingested into a new SQLite database (release build); then search and query latencies.
# usage: scripts/bench-store.sh [MB]
set -euo pipefail
cd "$(dirname "$0")/.."
mb=${1:-52}
corpus=bench-corpus-store
swift build -c release --product repertoire-bench >/dev/null
bin=.build/release
if [ ! -f "$corpus/.size-$mb" ]; then
  rm -rf "$corpus"; "$bin/repertoire-bench" generate Samples/zh-2020-part1-items35-36.txt "$corpus" "$mb"; touch "$corpus/.size-$mb"
fi
echo "corpus: $(ls "$corpus"/*.txt | wc -l) documents, $(cat "$corpus"/*.txt | wc -c) bytes, and Samples/unxml"
/usr/bin/time -f "peak memory %M KiB, %e s" "$bin/repertoire-bench" store /tmp/repertoire-bench.sqlite "$corpus" Samples/unxml
