#!/usr/bin/env python3
"""heldout11: checks expected-facts.tsv against the articles: 10 columns, evidence verbatim in the
article body (after folding white space), EDTF dates, weekday claims, as_of filled except
on event rows, ASCII articles, body length. Run: python3 check-gold.py"""
import os, re, sys, datetime, collections
D = os.path.dirname(os.path.abspath(__file__))
KINDS = {'command', 'lead', 'event', 'troops', 'role', 'location'}
EVENTS = {'launch', 'start', 'extension', 'suspension', 'resumption', 'expansion', 'drawdown',
          'relocation', 'handover', 'end', 'planned-end'}
DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
fold = lambda s: re.sub(r'\s+', ' ', s).strip()

def body_of(path):
    t = open(path, encoding='utf-8').read()
    m = re.match(r'^---\n(.*?)\n---\n(.*)$', t, re.S)
    if not m:
        raise ValueError('no front matter')
    fm = dict(re.findall(r'^(\w+): "?(.*?)"?$', m.group(1), re.M))
    return fm, m.group(2)

DATE = r'\d{4}(-(0[1-9]|1[0-2]|2[1-4])(-(0[1-9]|[12]\d|3[01]))?)?[~?%]?'
def edtf_ok(s):
    if not s:
        return True
    parts = s.split('/')
    if len(parts) > 2:
        return False
    for p in parts:
        if not re.fullmatch(DATE, p):
            return False
        m = re.fullmatch(r'(\d{4})-(\d{2})-(\d{2})[~?%]?', p)
        if m:
            try:
                datetime.date(*map(int, m.groups()))
            except ValueError:
                return False
    return True

def as_date(s):
    m = re.fullmatch(r'(\d{4})-(\d{2})-(\d{2})', s or '')
    return datetime.date(*map(int, m.groups())) if m else None

errs, warns = [], []
arts = {}
for f in sorted(os.listdir(D + '/articles')):
    fm, body = body_of(D + '/articles/' + f)
    name = f[:-3]
    arts[name] = (fm, fold(body))
    if any(ord(c) > 127 for c in open(D + '/articles/' + f, encoding='utf-8').read()):
        errs.append(f'{f}: non-ASCII character')
    n = len(body.split())
    if not 300 <= n <= 460:
        warns.append(f'{f}: body {n} words')
    pub = as_date(fm.get('published'))
    if not pub:
        errs.append(f'{f}: no published date')
    # weekday claims in the dateline sentence "NEW YORK, 29 December 2014 (Monday)" style
    for m in re.finditer(r'(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? (\d{1,2}) (January|February|March|April|May|June|July|August|September|October|November|December),? (\d{4})', body):
        d = datetime.datetime.strptime(f'{m.group(2)} {m.group(3)} {m.group(4)}', '%d %B %Y').date()
        if DAYS[d.weekday()] != m.group(1):
            errs.append(f'{f}: "{m.group(0)}" is a {DAYS[d.weekday()]}')
    for m in re.finditer(r'(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? (January|February|March|April|May|June|July|August|September|October|November|December) (\d{1,2}),? (\d{4})', body):
        d = datetime.datetime.strptime(f'{m.group(3)} {m.group(2)} {m.group(4)}', '%d %B %Y').date()
        if DAYS[d.weekday()] != m.group(1):
            errs.append(f'{f}: "{m.group(0)}" is a {DAYS[d.weekday()]}')

rows = open(D + '/expected-facts.tsv', encoding='utf-8').read().split('\n')
assert rows[0].split('\t') == ['kind', 'subject', 'relation', 'object', 'start', 'end', 'as_of',
                               'value', 'article', 'evidence'], 'bad header'
kinds = collections.Counter(); evs = collections.Counter(); per = collections.Counter()
for i, r in enumerate(rows[1:], 2):
    if not r:
        continue
    c = r.split('\t')
    if len(c) != 10:
        errs.append(f'line {i}: {len(c)} columns'); continue
    kind, subj, rel, obj, start, end, as_of, value, art, ev = c
    kinds[kind] += 1; per[art] += 1
    if kind not in KINDS: errs.append(f'line {i}: kind {kind}')
    if not subj or not rel: errs.append(f'line {i}: empty subject/relation')
    if art not in arts: errs.append(f'line {i}: no article {art}'); continue
    fm, body = arts[art]
    if fold(ev) not in body: errs.append(f'line {i}: evidence not in {art}: {ev[:70]}')
    for x in (start, end, as_of):
        if not edtf_ok(x): errs.append(f'line {i}: bad EDTF {x!r}')
    if kind == 'event':
        evs[rel] += 1
        if rel not in EVENTS: errs.append(f'line {i}: event relation {rel}')
        if as_of: errs.append(f'line {i}: as_of on an event row')
        if obj and rel not in ('handover', 'relocation'): errs.append(f'line {i}: object on {rel}')
        if end and rel != 'extension': errs.append(f'line {i}: end on {rel}')
    else:
        if not as_of: errs.append(f'line {i}: as_of empty')
        if not obj: errs.append(f'line {i}: empty object')
    if kind == 'troops' and not re.match(r'^((up to|about|more than|fewer than|at least|nearly) )?\d[\d,]*( |$)', value):
        errs.append(f'line {i}: troop value {value!r}')
    # weekday claim in the evidence: "on Tuesday" must match the row's start (or as_of for
    # non-events) when that is a full date, or be consistent with publication (within 7 days)
    pub = as_date(fm.get('published'))
    for m in re.finditer(r'\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b', ev):
        d = as_date(start) or as_date(end)
        if d and DAYS[d.weekday()] != m.group(1) and not re.search(r'\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b.*\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b', ev):
            warns.append(f'line {i}: evidence says {m.group(1)}, start/end {d} is a {DAYS[d.weekday()]}')
    for x in (start, end):
        d = as_date(x.rstrip('~?')) if x else None
        if d and pub and kind != 'event' and d > pub and 'planned' not in value:
            warns.append(f'line {i}: date {x} after publication without "planned"')
for w in warns: print('WARN', w)
for e in errs: print('ERROR', e)
print(f'{sum(kinds.values())} rows in {len(per)} of {len(arts)} articles;', dict(sorted(kinds.items())))
print('events:', dict(sorted(evs.items())))
missing = set(arts) - set(per)
if missing: print('ERROR articles without rows:', sorted(missing))
sys.exit(1 if errs or missing else 0)
