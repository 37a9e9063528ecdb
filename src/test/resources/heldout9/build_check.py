#!/usr/bin/env python3
"""Builds expected-facts.tsv from gold-src/*.psv and checks it against the articles.
Checks: 10 columns; known kinds; evidence is a verbatim substring of the article body after
folding white space; every date parses as EDTF (the subset used here); as_of filled except on
event rows and empty on event rows; article file exists; word counts of bodies."""
import glob, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
HEADER = "kind\tsubject\trelation\tobject\tstart\tend\tas_of\tvalue\tarticle\tevidence"
KINDS = {"command", "lead", "event", "troops", "role", "location"}
DAY = r"\d{4}(-(0[1-9]|1[0-2]|2[1-4])(-(0[1-9]|[12]\d|3[01]))?)?[~?%]?"
EDTF = re.compile(rf"^({DAY})(/({DAY}))?$")
def body(name):
    t = open(os.path.join(HERE, "articles", name + ".md"), encoding="utf-8").read()
    return " ".join(t.split("---", 2)[2].split())
rows, errs = [], []
for f in sorted(glob.glob(os.path.join(HERE, "gold-src", "*.psv"))):
    for n, line in enumerate(open(f, encoding="utf-8"), 1):
        line = line.rstrip("\n")
        if not line.strip():
            continue
        c = [x.strip() for x in line.split("|")]
        where = f"{os.path.basename(f)}:{n}"
        if len(c) != 10:
            errs.append(f"{where}: {len(c)} columns"); continue
        kind, subj, rel, obj, start, end, as_of, value, art, ev = c
        if kind not in KINDS: errs.append(f"{where}: kind {kind}")
        if not subj or not rel: errs.append(f"{where}: empty subject/relation")
        for d in (start, end, as_of):
            if d and not EDTF.match(d): errs.append(f"{where}: bad EDTF {d}")
        if kind == "event" and as_of: errs.append(f"{where}: as_of on event")
        if kind != "event" and not as_of: errs.append(f"{where}: as_of missing")
        if kind != "event" and not obj: errs.append(f"{where}: object missing")
        if kind == "event" and obj and rel != "handover": errs.append(f"{where}: object on non-handover event")
        if kind == "event" and end and rel != "extension": errs.append(f"{where}: end on non-extension event")
        try:
            b = body(art)
        except FileNotFoundError:
            errs.append(f"{where}: no article {art}"); continue
        if " ".join(ev.split()) not in b: errs.append(f"{where}: evidence not in body: {ev}")
        rows.append("\t".join(c))
with open(os.path.join(HERE, "expected-facts.tsv"), "w", encoding="utf-8") as out:
    out.write(HEADER + "\n" + "\n".join(rows) + "\n")
arts = sorted(glob.glob(os.path.join(HERE, "articles", "*.md")))
for a in arts:
    w = len(body(os.path.basename(a)[:-3]).split())
    if not 300 <= w <= 450: errs.append(f"{os.path.basename(a)}: {w} words")
from collections import Counter
k = Counter(r.split("\t")[0] for r in rows)
ev = Counter(r.split("\t")[2] for r in rows if r.startswith("event\t"))
print(f"{len(arts)} articles, {len(rows)} rows; kinds {dict(sorted(k.items()))}; events {dict(sorted(ev.items()))}")
print("\n".join(errs) if errs else "all checks pass")
sys.exit(1 if errs else 0)
