#!/usr/bin/env python3
"""Checks heldout10/expected-facts.tsv against its articles (written for this set; the idea is
heldout9's): the exact header and 10 tab-separated columns on every row; a known kind; every date
column EDTF (day, month, year, season 21-24, with an optional ~ ? % qualifier, or an interval of two
such); as_of filled on every non-event row and empty on event rows; an object on every non-event row;
an event object only on handover rows and an event end only on extension rows; every article id in
the gold has a file in articles/ and every article file has at least one gold row; every evidence
fragment a verbatim substring of its article's body (after the front matter, white space folded);
front matter with title, published (a day) and url; each body 250-450 words. Prints counts per kind
and per event relation. Run: python3 check_gold.py"""
import glob, os, re, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
HEADER = ["kind", "subject", "relation", "object", "start", "end", "as_of", "value", "article", "evidence"]
KINDS = {"command", "lead", "event", "troops", "role", "location"}
EVENTS = {"launch", "start", "extension", "suspension", "resumption", "expansion", "handover",
          "drawdown", "relocation", "end", "planned-end"}
ONE = r"\d{4}(-((0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?|2[1-4]))?[~?%]?"
EDTF = re.compile(rf"^{ONE}(/{ONE})?$")
errs = []
def split(name):
    t = open(os.path.join(HERE, "articles", name + ".md"), encoding="utf-8").read()
    parts = t.split("---", 2)
    if len(parts) < 3 or parts[0].strip():
        errs.append(f"{name}: no front matter")
        return "", ""
    return parts[1], " ".join(parts[2].split())
arts = {os.path.basename(a)[:-3] for a in glob.glob(os.path.join(HERE, "articles", "*.md"))}
bodies = {}
for a in sorted(arts):
    fm, b = split(a)
    bodies[a] = b
    for key in ("title:", "url:"):
        if key not in fm: errs.append(f"{a}: front matter lacks {key}")
    m = re.search(r"^published: (\d{4}-\d{2}-\d{2})$", fm, re.M)
    if not m: errs.append(f"{a}: no published day")
    w = len(b.split())
    if not 250 <= w <= 450: errs.append(f"{a}: {w} words")
lines = open(os.path.join(HERE, "expected-facts.tsv"), encoding="utf-8").read().split("\n")
if lines[-1] == "": lines = lines[:-1]
if lines[0].split("\t") != HEADER: errs.append("bad header")
rows, used = [], set()
for n, line in enumerate(lines[1:], 2):
    c = line.split("\t")
    if len(c) != 10:
        errs.append(f"line {n}: {len(c)} columns"); continue
    rows.append(c)
    kind, subj, rel, obj, start, end, as_of, value, art, ev = c
    if kind not in KINDS: errs.append(f"line {n}: kind {kind}")
    if not subj or not rel or not art or not ev: errs.append(f"line {n}: empty subject/relation/article/evidence")
    if any(x != x.strip() for x in c): errs.append(f"line {n}: stray white space")
    for d in (start, end, as_of):
        if d and not EDTF.match(d): errs.append(f"line {n}: not EDTF: {d}")
    if (kind == "event") == bool(as_of): errs.append(f"line {n}: as_of rule")
    if kind != "event" and not obj: errs.append(f"line {n}: no object")
    if kind == "event" and rel not in EVENTS: errs.append(f"line {n}: event relation {rel}")
    if kind == "event" and obj and rel != "handover": errs.append(f"line {n}: object on {rel}")
    if kind == "event" and end and rel != "extension": errs.append(f"line {n}: end on {rel}")
    if kind == "event" and not start: errs.append(f"line {n}: event without a date")
    if art not in arts:
        errs.append(f"line {n}: no article {art}"); continue
    used.add(art)
    if " ".join(ev.split()) not in bodies[art]: errs.append(f"line {n}: evidence not in {art}: {ev[:60]}")
for a in sorted(arts - used): errs.append(f"{a}: no gold rows")
k = Counter(c[0] for c in rows)
e = Counter(c[2] for c in rows if c[0] == "event")
print(f"{len(arts)} articles, {len(rows)} rows; kinds {dict(sorted(k.items()))}; events {dict(sorted(e.items()))}")
print("\n".join(errs) if errs else "all checks pass")
sys.exit(1 if errs else 0)
