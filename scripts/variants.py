#!/usr/bin/env python3
"""Robustness check: the development document, in Chinese and in English, with other footnote numbers,
meeting records, item numbers and years, its gold changed the same way, each scored; and cut at many
points, each read without a crash.

usage: python3 scripts/variants.py [BINARY] [--lang zh|en]   (default .build/debug/repertoire, both languages)
Exit status 1 when a variant scores under 0.97 overall or a cut crashes.
"""
import json, os, re, subprocess, sys, tempfile

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.dirname(here)
shared = os.path.join(root, "..", "shared")
args = [a for a in sys.argv[1:] if not a.startswith("--")]
binary = args[0] if args else os.path.join(root, ".build", "debug", "repertoire")
langs = [sys.argv[sys.argv.index("--lang") + 1]] if "--lang" in sys.argv else ["zh", "en"]

# Words after a number that make it a count or a date, never a footnote marker; and what may stand glued before a
# marker (Chinese text spaces its markers; English glues them to words and stops: `decisions.905 The`).
UNITS = {
    "zh": r"\s*[年月日个次项号]",
    "en": r"\s*(?:January|February|March|April|May|June|July|August|September|October|November|December|Member|meetings|votes)",
}
BEFORE = {"zh": r"(?<![\d/.(])", "en": r"(?<![\d/(])(?<!PV\.)"}

def shift_footnotes(t, k, gold=False):
    # Footnote numbers 905-960 standing alone (not inside a symbol, a date or a count).
    if gold:
        g = json.loads(t)
        for f in g["footnotes"]: f["number"] += k
        for f in g["findings"]:
            if f["kind"] == "incomplete-date": f["subjects"] = [str(int(s) + k) for s in f["subjects"]]
        return json.dumps(g, ensure_ascii=False)
    return re.sub(BEFORE[lang] + r"(9[0-6]\d)(?![\d)(]|" + UNITS[lang] + ")", lambda m: str(int(m.group(1)) + k) if 905 <= int(m.group(1)) <= 960 else m.group(1), t)

def shift_records(t, k):
    return re.sub(r"S/PV\.(\d{4})", lambda m: f"S/PV.{int(m.group(1)) + k}", t)

def renumber_items(t, gold=False):
    if gold:
        g = json.loads(t)
        for coll in ("agenda_items",):
            for r in g[coll]: r["number"] = {35: 7, 36: 8}[r["number"]]
        for coll in ("meetings", "videoconferences", "decisions", "events", "table_notes"):
            for r in g[coll]:
                if r.get("agenda_item") in (35, 36): r["agenda_item"] = {35: 7, 36: 8}[r["agenda_item"]]
        for f in g["findings"]:
            f["subjects"] = [{"35": "7", "36": "8"}.get(s, s) for s in f["subjects"]]
        return json.dumps(g, ensure_ascii=False)
    return t.replace("\n35.  ", "\n7.  ").replace("\n36.  ", "\n8.  ")

def shift_year(t):
    return t.replace("2020", "2022")

def run(lang_code):
    global lang, text, gold_text
    lang = lang_code
    doc_path = os.path.join(root, "Samples", f"{lang}-2020-part1-items35-36.txt")
    gold_path = os.path.join(shared, "eval", "gold", f"{lang}-2020-part1-items35-36.json")
    text = open(doc_path, encoding="utf-8").read()
    gold_text = open(gold_path, encoding="utf-8").read()
    failed = False
    variants = {
        "footnotes+1200": (shift_footnotes(text, 1200), shift_footnotes(gold_text, 1200, True)),
        "footnotes-800": (shift_footnotes(text, -800), shift_footnotes(gold_text, -800, True)),
        "records+311": (shift_records(text, 311), shift_records(gold_text, 311)),
        "items 7 and 8": (renumber_items(text), renumber_items(gold_text, True)),
        "year 2022": (shift_year(text), shift_year(gold_text)),
        "all at once": (shift_year(renumber_items(shift_records(shift_footnotes(text, 95), 1000))),
                        shift_year(renumber_items(shift_records(shift_footnotes(gold_text, 95, True), 1000), True))),
    }
    with tempfile.TemporaryDirectory() as tmp:
        for name, (doc, gold) in variants.items():
            d, g, p = (os.path.join(tmp, n) for n in ("doc.txt", "gold.json", "pred.json"))
            open(d, "w", encoding="utf-8").write(doc)
            gd = json.loads(gold); gd["source"]["file"] = "doc.txt"
            open(g, "w", encoding="utf-8").write(json.dumps(gd, ensure_ascii=False))
            with open(p, "w") as out:
                subprocess.run([binary, "extract", d], stdout=out, stderr=subprocess.DEVNULL)
            res = subprocess.run([sys.executable, os.path.join(shared, "eval", "score.py"), g, p],
                                 capture_output=True, text=True)
            overall = [l for l in res.stdout.splitlines() if l.startswith("overall")]
            f1 = float(overall[0].split()[-1]) if overall else 0.0
            print(f"{name:16} overall F1 {f1:.3f}")
            if f1 < 0.97:
                failed = True
                print(subprocess.run([sys.executable, os.path.join(shared, "eval", "score.py"), g, p, "--show", "5"],
                                     capture_output=True, text=True).stdout)
        lines = text.split("\n")
        crashes = 0
        for cut in range(1, len(lines), 7):
            d = os.path.join(tmp, "cut.txt")
            open(d, "w", encoding="utf-8").write("\n".join(lines[:cut]))
            r = subprocess.run([binary, "extract", d], capture_output=True, timeout=20)
            if r.returncode not in (0, 1) or (r.returncode == 0 and not r.stdout.startswith(b"{")):
                crashes += 1; print(f"cut at line {cut}: exit {r.returncode} {r.stderr[-300:]!r}")
        print(f"cuts: {len(range(1, len(lines), 7))} read, {crashes} crashed")
        failed = failed or crashes > 0

    return failed

lang = "zh"
failed = False
for code in langs:
    print(f"== {code}")
    failed = run(code) or failed
sys.exit(1 if failed else 0)
