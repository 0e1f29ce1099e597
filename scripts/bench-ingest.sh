#!/usr/bin/env bash
# Ingest side by side: a plain Python loader putting the same text files into an FTS5 trigram index, and
# `repertoire ingest` (facts, checks, passages, the portable index and the source texts), in one run on the same
# files. Prints the speed, peak memory and database size of each, then what each part of the program's database
# holds (SQLite's dbstat).
# usage: scripts/bench-ingest.sh [FOLDER]     default: bench-corpus (made by scripts/bench.sh 50: 993 documents, 50 MB)
set -euo pipefail
cd "$(dirname "$0")/.."
folder=${1:-bench-corpus}
[ -d "$folder" ] || scripts/bench.sh 50 >/dev/null
swift build -c release --product repertoire >/dev/null 2>&1
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
bytes=$(cat "$folder"/*.txt | wc -c)
cat > "$dir/loader.py" <<'PY'
import os, sqlite3, sys
db = sqlite3.connect(sys.argv[1])
db.execute("CREATE VIRTUAL TABLE t USING fts5(path UNINDEXED, text, tokenize='trigram')")
with db:
    for name in sorted(os.listdir(sys.argv[2])):
        if name.endswith('.txt'):
            db.execute("INSERT INTO t (path, text) VALUES (?, ?)", (name, open(os.path.join(sys.argv[2], name), encoding='utf-8').read()))
db.close()
PY
run() {  # name, database, command...
  local name=$1 db=$2; shift 2
  sync
  /usr/bin/time -o "$dir/time" -f "%e %M" "$@" >/dev/null 2>&1 || true
  local out; out=$(tail -1 "$dir/time")
  local secs=${out% *} kb=${out#* } size; size=$(stat -c %s "$db")
  printf '| %-42s | %6.1f s | %5.1f MB/s | %4d MiB | %5d MB | %4.2f× |\n' "$name" "$secs" "$(echo "$bytes / 1000000 / $secs" | bc -l)" \
    "$((kb / 1024))" "$((size / 1000000))" "$(echo "$size / $bytes" | bc -l)"
}
echo "$folder: $(ls "$folder"/*.txt | wc -l) files, $((bytes / 1000000)) MB"
echo "| loader | time | speed | peak memory | database | of the input |"
echo "| --- | --- | --- | --- | --- | --- |"
run "Python, sqlite3, FTS5 trigram (text only)" "$dir/py.sqlite" python3 "$dir/loader.py" "$dir/py.sqlite" "$folder"
run "repertoire ingest" "$dir/r.sqlite" .build/release/repertoire ingest "$folder" --db "$dir/r.sqlite" --quiet
echo
echo "What the program's database holds (MB, tables with their indexes):"
sqlite3 "$dir/r.sqlite" "SELECT CASE
    WHEN name LIKE 'passage_index%' THEN 'full-text index (passage_index)'
    WHEN name LIKE 'passage%' THEN 'passages: paragraphs, footnotes, notes, headings, each a recipe over its source lines (passage)'
    WHEN name LIKE 'source_%' THEN 'source texts, zlib blocks of lines (source_block)'
    WHEN name LIKE '%citation%' THEN 'citations of symbols (citation)'
    WHEN name LIKE '%participation%' OR name LIKE '%sponsor%' THEN 'invitations, speakers, sponsors'
    ELSE 'other facts, findings and their indexes' END AS part, round(sum(pgsize) / 1e6, 1) AS mb
  FROM dbstat GROUP BY part ORDER BY mb DESC" | sed 's/|/: /'
