#!/usr/bin/env bash
# Server load benchmark: wrk against `repertoire serve --no-cache` and against Datasette, both serving the same
# database file made by `repertoire ingest` (the benchmark corpus of scripts/bench.sh, 993 documents, and the
# bundled 2020 UN data), for the home page, a list, a resolution's, an item's and a meeting's page and searches. Prints requests/s, p50 and
# p99 side by side; with --cache also the program's cached answers.
# Needs wrk (Debian) and datasette (PyPI).
# usage: scripts/bench-server.sh [SECONDS] [--cache]
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-10}
cached=${2:-}
db=${BENCH_DB:-/tmp/repertoire-bench-server.sqlite}
command -v wrk >/dev/null || { echo "bench-server: apt-get install wrk" >&2; exit 1; }
command -v datasette >/dev/null || { echo "bench-server: pip install datasette" >&2; exit 1; }
swift build -c release --product repertoire >/dev/null
bin=.build/release/repertoire
if [ ! -f "$db" ]; then
  [ -f bench-corpus/.size-50 ] || scripts/bench.sh 50 >/dev/null
  "$bin" ingest bench-corpus Samples/unxml --db "$db" --quiet >/dev/null 2>&1 || true
fi
sqlite3 "$db" "PRAGMA wal_checkpoint(TRUNCATE);" >/dev/null
echo "database: $db, $(sqlite3 "$db" "SELECT count(*) FROM document") documents, $(( $(stat -c %s "$db") / 1048576 )) MB"

enc() { python3 -c "import urllib.parse,sys; print(urllib.parse.quote(sys.argv[1], safe='/'))" "$1"; }
run() {  # name url
  local out; out=$(wrk -t2 -c32 -d"${secs}s" --timeout 10s --latency "$2" 2>&1)
  printf '| %-58s | %8s | %-9s | %-9s | %s |\n' "$1" "$(echo "$out" | awk '/Requests\/sec/ {print $2}')" \
    "$(echo "$out" | awk '$1 == "50%" {print $2}')" "$(echo "$out" | awk '$1 == "99%" {print $2}')" \
    "$(echo "$out" | awk '/Non-2xx/ {n=$NF} /Socket errors/ {e=$0} END {print (n ? n " non-2xx " : "") e}')"
}
wait_for() { for _ in $(seq 300); do curl -sf -o /dev/null "$1" && return 0; sleep 0.1; done; echo "bench-server: $1 did not answer" >&2; return 1; }

resolution=$(enc "S/RES/2532(2020)")
word=$(enc "安理会")
common=$(enc "的")  # the commonest character of the corpus: in 57,145 of its 105,216 passages
echo "wrk -t2 -c32 -d${secs}s; the two cores are shared by wrk and the server"
echo "| server, page | requests/s | p50 | p99 | errors |"
echo "| --- | --- | --- | --- | --- |"
for mode in --no-cache $cached; do
  [ "$mode" = --cache ] && flag="" || flag=--no-cache
  "$bin" serve --db "$db" --port 18080 $flag >/dev/null 2>&1 & pid=$!
  wait_for http://127.0.0.1:18080/api/items
  for p in / /meetings "/decisions/$resolution" /items/36 /meetings/S/PV.8699 "/search?q=$word" /api/decisions "/api/search?q=$word&_size=20" \
           "/api/search?q=$common&_size=20" "/api/search?q=$resolution&_size=20"; do
    curl -sf -o /dev/null "http://127.0.0.1:18080$p"
    run "repertoire $mode $(python3 -c "import urllib.parse,sys; print(urllib.parse.unquote(sys.argv[1]))" "$p")" "http://127.0.0.1:18080$p"
  done
  kill $pid; wait $pid 2>/dev/null || true
done
# One client alone: the commonest character, in the default order and ranked by relevance over all its matches.
"$bin" serve --db "$db" --port 18080 --no-cache >/dev/null 2>&1 & pid=$!
wait_for http://127.0.0.1:18080/api/items
for p in "/api/search?q=$common&_size=20" "/api/search?q=$common&_size=20&order=relevance"; do
  out=$(wrk -t1 -c1 -d"${secs}s" --latency "http://127.0.0.1:18080$p" 2>&1)
  printf '| %-58s | %8s | %-9s | %-9s | one client |\n' "repertoire --no-cache $(python3 -c "import urllib.parse,sys; print(urllib.parse.unquote(sys.argv[1]))" "$p")" \
    "$(echo "$out" | awk '/Requests\/sec/ {print $2}')" "$(echo "$out" | awk '$1 == "50%" {print $2}')" "$(echo "$out" | awk '$1 == "99%" {print $2}')"
done
kill $pid; wait $pid 2>/dev/null || true

name=$(basename "$db" .sqlite)
datasette serve -i "$db" -p 18081 --setting sql_time_limit_ms 10000 --setting num_sql_threads 2 >/dev/null 2>&1 & pid=$!
wait_for http://127.0.0.1:18081/-/versions.json
search_sql="SELECT d.name, p.line, p.text FROM passage_index JOIN passage p ON p.id = passage_index.rowid JOIN document d ON d.id = p.document_id WHERE passage_index MATCH 'pairs:\"安理 理会\"' ORDER BY rank LIMIT 20"
run "datasette home page /" "http://127.0.0.1:18081/"
run "datasette table /$name/meeting (100 rows)" "http://127.0.0.1:18081/$name/meeting"
run "datasette table /$name/citation?symbol=S/RES/2532(2020)" "http://127.0.0.1:18081/$name/citation?symbol=$(enc "S/RES/2532(2020)" | sed 's,/,%2F,g')"
run "datasette search SQL, pairs 安理 理会, 20 rows" "http://127.0.0.1:18081/$name?sql=$(enc "$search_sql")"
run "datasette table JSON /$name/decision.json" "http://127.0.0.1:18081/$name/decision.json"
kill $pid; wait $pid 2>/dev/null || true
