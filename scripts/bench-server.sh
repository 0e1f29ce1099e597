#!/usr/bin/env bash
# Server load benchmark: wrk against `repertoire serve` (cached and --no-cache) and against Datasette serving
# the same data, for the decisions list and a Chinese search. Needs the database of scripts/bench-store.sh
# (/tmp/repertoire-bench.sqlite), wrk (Debian) and datasette (PyPI).
# usage: scripts/bench-server.sh [seconds]
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-10}
db=/tmp/repertoire-bench.sqlite
[ -f "$db" ] || scripts/bench-store.sh
command -v wrk >/dev/null || { echo "bench-server: apt-get install wrk" >&2; exit 1; }
command -v datasette >/dev/null || { echo "bench-server: pip install datasette" >&2; exit 1; }
swift build -c release --product repertoire >/dev/null
bin=.build/release/repertoire

# Datasette cannot open a database whose FTS5 table uses a tokenizer it does not have: it serves a copy with
# the same tables and rows, the full-text table replaced by FTS5's own trigram index over the same passages.
ds=/tmp/repertoire-datasette.sqlite
if [ ! -f "$ds" ] || [ "$ds" -ot "$db" ]; then
  sqlite3 "$db" "PRAGMA wal_checkpoint(TRUNCATE);" >/dev/null
  cp "$db" "$ds"
  python3 - "$ds" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
db.execute("PRAGMA writable_schema=ON")
db.execute("DELETE FROM sqlite_master WHERE type='table' AND name='passage_fts'")
db.commit(); db.close()
db = sqlite3.connect(sys.argv[1])
for t in ["passage_fts_data", "passage_fts_idx", "passage_fts_docsize", "passage_fts_config"]:
    db.execute(f"DROP TABLE IF EXISTS {t}")
db.execute("CREATE VIRTUAL TABLE passage_trigram USING fts5(text, content='passage', content_rowid='id', tokenize='trigram')")
db.execute("INSERT INTO passage_trigram(passage_trigram) VALUES ('rebuild')")
db.commit(); db.execute("VACUUM")
PY
fi

urlencode() { python3 -c "import urllib.parse,sys; print(urllib.parse.quote(sys.argv[1]))" "$1"; }
decisions_sql="SELECT x.symbol, x.kind, x.date, x.agenda_item AS item, CASE WHEN x.votes_for IS NULL THEN NULL ELSE x.votes_for || '-' || x.votes_against || '-' || x.votes_abstaining END AS vote, x.unanimous, x.chapter_vii, x.venue, x.record, (SELECT o.votes_for || '-' || o.votes_against || '-' || o.votes_abstaining FROM official_decision o WHERE o.symbol = x.symbol LIMIT 1) AS official_vote, d.path AS document, x.line FROM decision x JOIN document d ON d.id = x.document_id ORDER BY x.date, x.symbol, x.id LIMIT 101"
search_sql="SELECT p.source, p.agenda_item AS item, p.symbol, d.path AS document, p.line, snippet(passage_trigram, 0, '<mark>', '</mark>', '…', 32) AS snippet FROM passage_trigram JOIN passage p ON p.id = passage_trigram.rowid JOIN document d ON d.id = p.document_id WHERE passage_trigram MATCH '\"安理会\"' ORDER BY rank LIMIT 21"
q=$(urlencode "安理会")

run() {  # name url
  local out; out=$(wrk -t2 -c32 -d"${secs}s" --latency "$2" 2>&1)
  printf '%-52s %10s req/s  p50 %-9s p99 %s\n' "$1" "$(echo "$out" | awk '/Requests\/sec/ {print $2}')" \
    "$(echo "$out" | awk '$1 == "50%" {print $2}')" "$(echo "$out" | awk '$1 == "99%" {print $2}')"
}
wait_for() { for _ in $(seq 100); do curl -sf "$1" >/dev/null && return 0; sleep 0.1; done; echo "bench-server: $1 did not answer" >&2; return 1; }

echo "wrk -t2 -c32 -d${secs}s, 2 vCPUs shared by wrk and the server"
for mode in "" "--no-cache"; do
  $bin serve --db "$db" --port 18080 $mode >/dev/null 2>&1 & pid=$!
  wait_for http://127.0.0.1:18080/api/items
  run "repertoire ${mode:-(cached)} /api/decisions" "http://127.0.0.1:18080/api/decisions"
  run "repertoire ${mode:-(cached)} /api/search?q=安理会&_size=20" "http://127.0.0.1:18080/api/search?q=$q&_size=20"
  kill $pid; wait $pid 2>/dev/null || true
done
datasette serve "$ds" -p 18081 --immutable "$ds" --setting sql_time_limit_ms 10000 >/dev/null 2>&1 & pid=$!
wait_for http://127.0.0.1:18081/-/versions.json
name=$(basename "$ds" .sqlite)
run "datasette: the same decisions SQL (?sql=, _shape=array)" "http://127.0.0.1:18081/$name.json?sql=$(urlencode "$decisions_sql")&_shape=array"
run "datasette: table view decision.json?_size=100" "http://127.0.0.1:18081/$name/decision.json?_size=100"
run "datasette: trigram FTS search 安理会, 20 rows" "http://127.0.0.1:18081/$name.json?sql=$(urlencode "$search_sql")&_shape=array"
kill $pid; wait $pid 2>/dev/null || true
