#!/usr/bin/env python3
"""Checks expected-facts.tsv against the articles: the header and 10 columns on every row; known
kinds; every evidence fragment a verbatim substring of its article's body (after the front matter,
white space folded); every date EDTF (the subset the gold uses); as_of filled on every non-event
row and empty on event rows; an event object only on handover rows and an event end only on
extension rows; each body 300-450 words. Prints counts per kind and per event relation."""
import glob, os, re, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
HEADER = ["kind", "subject", "relation", "object", "start", "end", "as_of", "value", "article", "evidence"]
KINDS = {"command", "lead", "event", "troops", "role", "location"}
DAY = r"\d{4}(-(0[1-9]|1[0-2]|2[1-4])(-(0[1-9]|[12]\d|3[01]))?)?[~?%]?"
EDTF = re.compile(rf"^({DAY})(/({DAY}))?$")
def body(name):
    t = open(os.path.join(HERE, "articles", name + ".md"), encoding="utf-8").read()
    return " ".join(t.split("---", 2)[2].split())
lines = open(os.path.join(HERE, "expected-facts.tsv"), encoding="utf-8").read().splitlines()
errs = [] if lines[0].split("\t") == HEADER else ["bad header"]
rows = [l.split("\t") for l in lines[1:] if l]
for n, c in enumerate(rows, 2):
    if len(c) != 10:
        errs.append(f"line {n}: {len(c)} columns"); continue
    kind, subj, rel, obj, start, end, as_of, value, art, ev = c
    if kind not in KINDS: errs.append(f"line {n}: kind {kind}")
    for d in (start, end, as_of):
        if d and not EDTF.match(d): errs.append(f"line {n}: not EDTF: {d}")
    if (kind == "event") == bool(as_of): errs.append(f"line {n}: as_of rule")
    if kind != "event" and not obj: errs.append(f"line {n}: no object")
    if kind == "event" and obj and rel != "handover": errs.append(f"line {n}: object on {rel}")
    if kind == "event" and end and rel != "extension": errs.append(f"line {n}: end on {rel}")
    try:
        if " ".join(ev.split()) not in body(art): errs.append(f"line {n}: evidence not in {art}")
    except FileNotFoundError:
        errs.append(f"line {n}: no article {art}")
arts = sorted(glob.glob(os.path.join(HERE, "articles", "*.md")))
for a in arts:
    w = len(body(os.path.basename(a)[:-3]).split())
    if not 300 <= w <= 450: errs.append(f"{os.path.basename(a)}: {w} words")
k = Counter(c[0] for c in rows)
e = Counter(c[2] for c in rows if c[0] == "event")
print(f"{len(arts)} articles, {len(rows)} rows; kinds {dict(sorted(k.items()))}; events {dict(sorted(e.items()))}")
print("\n".join(errs) if errs else "all checks pass")
sys.exit(1 if errs else 0)
