#!/usr/bin/env python3
"""Writes adversarial Repertoire texts: the development document with one long hostile line put into a paragraph.

    scripts/adversarial.py OUT_DIR [MIB ...]      (default sizes: 1 and 4)

Each kind is a pattern that once made a scanner go back over what it had read (or that could): a file per kind
and size, `KIND-NMiB.txt`. `scripts/adversarial.sh` times `extract` and `check` on them. The kinds are the same as
those of the linear-time test (Tests/RepertoireParsingTests/LinearTimeTests.swift).
"""
import os
import sys

KINDS = {
    "symbol-run": "S/PV.",                       # a run of S/PV. rescanned from every S
    "symbol-letters": "SA/",                     # [A-Z/]: every capital a possible start
    "symbol-long": None,                         # S/ then one long run of symbol bytes
    "resolution-chain": "1(2020)",               # numbers with years, never closed by 号决议
    "resolution-chain-words": "2532(2020)和",    # the same, joined by the chain word
    "assembly-chain": "大会第 74/",               # Assembly prefixes with sessions
    "digits": "1",                               # one digit run
    "digit-groups": "905 ",                      # footnote-marker-like numbers
    "dates": "2020 年 1 月 ",                     # dates without days
    "date-list": "9、",                          # a list of days that never closes
    "spaces": "\u3000",                          # ideographic white space
    "parens": "(",                               # open brackets
    "resumption": "S/PV.8699 (Resumption ",      # resumptions never closed
    "links": "https://undocs.org/zh/S/PV.",      # link text in body
    "prefixes": "第 ",                            # resolution prefix without number
    "chinese": "安理会",                          # plain text, the baseline
}


def line(kind, size):
    unit = KINDS[kind]
    if unit is None:
        return "S/" + "A1.-/" * (size // 5)
    n = max(1, size // len(unit.encode()))
    return unit * n


def main():
    out = sys.argv[1]
    sizes = [int(x) for x in sys.argv[2:]] or [1, 4]
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "..", "Samples", "zh-2020-part1-items35-36.txt"), encoding="utf-8") as f:
        lines = f.read().split("\n")
    os.makedirs(out, exist_ok=True)
    # Into the item's first paragraph (after its heading), where every scanner of the body reads it.
    at = next(i for i, l in enumerate(lines) if l.strip().startswith("35.")) + 3
    for kind in KINDS:
        for mib in sizes:
            hostile = line(kind, mib << 20)
            text = "\n".join(lines[:at] + [lines[at] + hostile] + lines[at + 1:])
            with open(os.path.join(out, f"{kind}-{mib}MiB.txt"), "w", encoding="utf-8") as f:
                f.write(text)


if __name__ == "__main__":
    main()
