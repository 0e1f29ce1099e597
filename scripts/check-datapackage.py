#!/usr/bin/env python3
"""Reads a data package written by `repertoire export` with nothing but Python's csv and json, as a researcher's
script would, and checks it against its own datapackage.json: every CSV's header is its schema's fields, every value
parses as its field's type, primary keys are unique, every foreign key resolves, and (given the database) every
table has the database's row count. Prints one line per resource and exits 1 on the first kind of failure.
usage: scripts/check-datapackage.py FOLDER [DATABASE]"""
import csv, datetime, json, os, sqlite3, sys

folder = sys.argv[1]
package = json.load(open(os.path.join(folder, "datapackage.json"), encoding="utf-8"))
problems, values, keys = [], {}, {}
assert package["licenses"] and package["sources"], "licence and sources"
assert any("United Nations" in s["title"] for s in package["sources"]), "the sources name the UN"

def parse(kind, text):
    if kind == "integer": int(text)
    elif kind == "number": float(text)
    elif kind == "boolean": assert text in ("true", "false"), text
    elif kind == "date": datetime.date.fromisoformat(text)
    elif kind == "datetime": datetime.datetime.fromisoformat(text.replace("Z", "+00:00"))
    elif kind == "array": assert isinstance(json.loads(text), list)

for resource in package["resources"]:
    schema, name = resource["schema"], resource["name"]
    fields = [f["name"] for f in schema["fields"]]
    types = {f["name"]: f["type"] for f in schema["fields"]}
    required = {f["name"] for f in schema["fields"] if f.get("constraints", {}).get("required")}
    with open(os.path.join(folder, resource["path"]), encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
        f.seek(0)
        header = next(csv.reader(f))
    if header != fields: problems.append(f"{name}: header {header} is not the schema's {fields}")
    for n, row in enumerate(rows, 2):
        for field, text in row.items():
            if text == "":
                if field in required: problems.append(f"{name}.csv:{n}: {field} is required")
                continue
            try: parse(types[field], text)
            except Exception as e: problems.append(f"{name}.csv:{n}: {field} = {text[:40]!r} is no {types[field]} ({e})")
    key = schema.get("primaryKey")
    if key:
        key = [key] if isinstance(key, str) else key
        seen = [tuple(r[k] for k in key) for r in rows]
        if len(set(seen)) != len(seen): problems.append(f"{name}: primary key {key} repeats")
    values[name] = rows
    keys[name] = schema.get("foreignKeys", [])
    print(f"{name}: {len(rows)} rows")

resolved = 0
for name, foreign in keys.items():
    for fk in foreign:
        target = fk["reference"]["resource"]
        present = {r[fk["reference"]["fields"]] for r in values[target]}
        for n, row in enumerate(values[name], 2):
            v = row[fk["fields"]]
            if v == "": continue
            if v not in present: problems.append(f"{name}.csv:{n}: {fk['fields']} = {v} is not in {target}")
            else: resolved += 1
print(f"foreign keys: {resolved} references resolved")

if len(sys.argv) > 2:
    db = sqlite3.connect(sys.argv[2])
    for name, rows in values.items():
        count = db.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]
        if count != len(rows): problems.append(f"{name}: {len(rows)} rows in the CSV, {count} in the database")
    print("row counts: as in the database" if not any("in the database" in p for p in problems) else "row counts differ")

for p in problems[:20]: print("problem:", p)
sys.exit(1 if problems else 0)
