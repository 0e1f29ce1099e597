#!/usr/bin/env python3
"""Writes the fuzzers' seed corpora and dictionaries (Fuzz/Corpus, Fuzz/*.dict) from the project's fixtures.

    scripts/fuzz-seeds.py

Seeds: the development document in pieces of 60 lines (each a few KB: a heading, a table, a footnote block, a
link run), the adversarial patterns, the bundled Akoma Ntoso files and vote lines (the United Nations is their
source: Samples/SOURCE.md). Run again after a fixture changes; the seeds are committed.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
FUZZ = os.path.join(ROOT, "Fuzz")


def write(target, name, data):
    folder = os.path.join(FUZZ, "Corpus", target)
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, name), "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode("utf-8"))


def dictionary(name, tokens):
    with open(os.path.join(FUZZ, name + ".dict"), "w", encoding="ascii") as f:
        for t in tokens:
            f.write('"' + "".join(c if 0x20 <= ord(c) < 0x7F and c not in '"\\' else
                                  "".join(f"\\x{b:02X}" for b in c.encode("utf-8")) for c in t) + '"\n')


def main():
    # Both editions: the English one reaches the English profile's readers (glued markers, titles that lead, cells
    # told by what opens them).
    with open(os.path.join(ROOT, "Samples", "en-2020-part1-items35-36.txt"), encoding="utf-8") as f:
        english = f.read().split("\n")
    for k in range(0, len(english), 80):
        for target in ("FuzzExtract", "FuzzChecks"):
            write(target, f"sample-en-{k + 1:04d}.txt", "\n".join(english[k:k + 80]))
    with open(os.path.join(ROOT, "Samples", "zh-2020-part1-items35-36.txt"), encoding="utf-8") as f:
        lines = f.read().split("\n")
    for k in range(0, len(lines), 60):
        piece = "\n".join(lines[k:k + 60])
        for target in ("FuzzExtract", "FuzzChecks"):
            write(target, f"sample-{k + 1:04d}.txt", piece)
    hostile = {"symbol-run": "S/PV.", "resolution-chain": "1(2020)", "chain-words": "2532(2020)和", "digits": "1",
               "markers": "905 "}
    for name, unit in hostile.items():
        for target in ("FuzzExtract", "FuzzChecks"):
            write(target, f"hostile-{name}.txt", "\n".join(lines[:40]) + unit * 200 + "\n" + "\n".join(lines[40:80]))
    xml = os.path.join(ROOT, "Samples", "unxml")
    for sub in ("resolutions/2020/en", "resolutions/2020/zh", "prst/2020"):
        names = sorted(n for n in os.listdir(os.path.join(xml, sub)) if n.endswith(".xml"))[:4]
        for n in names:
            with open(os.path.join(xml, sub, n), "rb") as f:
                write("FuzzAKN", sub.replace("/", "-") + "-" + n, f.read())
    write("FuzzAKN", "small.xml", '<?xml version="1.0"?><akomaNtoso><statement name="resolution"><meta>'
                                  '<identification source="#un"><FRBRWork><FRBRuri value="/akn/un/statement/deliberation/unsc/2020-02-25/2511-2020/"/>'
                                  '<FRBRauthor href="#sc"/></FRBRWork></identification></meta></statement></akomaNtoso>')
    with open(os.path.join(xml, "data_extract", "2020.json"), encoding="utf-8") as f:
        votes = [l for l in f.read().split("\n") if l.strip()]
    for k, line in enumerate(votes[:12]):
        write("FuzzDataExtract", f"2020-{k + 1:02d}.json", line + "\n")
    write("FuzzDataExtract", "2020-three.json", "\n".join(votes[:3]) + "\n")
    # The router's: a method byte (even: GET, odd: HEAD), then the request target after its first `/`.
    targets = ["api", "api/items/35", "api/search?q=%E5%AE%89%E7%90%86%E4%BC%9A&_size=5",
               "api/meetings?item=35&from=2020-01-01&to=2020-12-31", "api/decisions?_format=csv",
               "api/symbols/S/RES/2532(2020)", "meetings/S/PV.8748", "items/35?lang=en", "search?q=%E5%AE%89",
               "findings?lang=zh", "api/openapi.json", "states/CHN", "api/meetings?_next=abc",
               "decisions/S/RES/2532(2020).json", "api/states?kind=member&_size=1000"]
    write("FuzzRouter", "home", b"\x00")
    for t in targets:
        name = "".join("-" if c in "/?=&%()." else c for c in t)[:40]
        write("FuzzRouter", "get-" + name, b"\x00" + t.encode())
    dictionary("FuzzExtract", ["表 1", "表 2", "视频会议：", "会议记录和日期", "视频会议日期", "次会议", "次视频会议", "项决议",
                               "项主席声明", "号决议", "第 2532(2020)号决议", "S/PV.8699", "(Resumption 1)", "S/RES/",
                               "S/PRST/2020/1", "S/2020/1", "https://undocs.org/ch/", "____", "2020 年 1 月 9 日", "15-0-0",
                               "个会员国 a", "a 安理会", "、", "和", "。", "听取了", "的倡议", "概念说明", "一致通过",
                               "根据第七章通过", "大会第 74/270 号决议", "35.  ", "\u3000", "（", "）", "905 "])
    dictionary("FuzzAKN", ["<akomaNtoso>", "</akomaNtoso>", '<statement name="resolution">', "<meta>", "<FRBRWork>",
                           '<FRBRdate date="2020-07-01" name="adoption"/>', '<FRBRauthor href="#sc"/>', "<docNumber>",
                           "</docNumber>", "<preamble>", "<mainBody>", "<paragraph>", "<num>", '<step outcome="adopted"',
                           'refersTo="Chapter VII"', "<!--", "-->", "<![CDATA[", "]]>", "&amp;", "&#x4E00;", "<?xml",
                           'encoding="UTF-8"', "xmlns:", "/>"])
    dictionary("FuzzDataExtract", ['"symbol"', '"adoption_date"', '"adoption_meeting"', '"MS_in_favour_count"',
                                   '"MS_against"', '"sponsors"', '"outcome_letter"', '"chapter_VII"', '"draft_resolution"',
                                   '"adoption_type"', '"S/RES/2532 (2020)"', '"8748th meeting"', '"1 July 2020"', "null",
                                   "true", "[]", "{}", '""', '"013"', "\\u00e9"])


if __name__ == "__main__":
    main()
