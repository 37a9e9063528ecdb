// A mission's timeline: one row per lead nation and per commander (the consolidated facts), bars from start
// to end with fuzzy bounds drawn as gradients, inferred bounds hatched, events as markers, conflicts flagged.
'use strict';
(async () => {
  const DAY = 86400000;
  const t = d => d ? Date.parse(d + 'T00:00:00Z') : null;
  let slug, mission;
  try {
    slug = KG.idFromPath('/missions/');
    mission = KG.ID + 'mission/' + slug;
  } catch (e) { KG.fail(e); return; }
  const M = '<' + mission + '>';
  let label, rows, derived, conflicts, events;
  try {
    [label, rows, derived, conflicts, events] = await Promise.all([
      KG.select('The mission', `SELECT ?label WHERE { ${M} rdfs:label ?label } LIMIT 1`),
      KG.select('Commanders and lead nations (consolidated facts)', `
SELECT ?fact ?kind ?who ?label ?start ?se ?sl ?end ?ee ?el ?inferred ?articles
WHERE {
  # How many articles each fact rests on is stored on it by the consolidation (mkg:articleCount): counting them
  # through mkg:claim/prov:wasDerivedFrom here read every claim of the mission at each page load.
  ?fact mkg:mission ${M} ; mkg:commanderKind ?kind ; mkg:articleCount ?articles ; mkg:commander|mkg:country ?who .
  OPTIONAL { ?fact mkg:start ?s }  OPTIONAL { ?fact mkg:startEarliest ?se }  OPTIONAL { ?fact mkg:startLatest ?sl }
  OPTIONAL { ?fact mkg:end ?e }    OPTIONAL { ?fact mkg:endEarliest ?ee }    OPTIONAL { ?fact mkg:endLatest ?el }
  OPTIONAL { ?fact mkg:inferred ?i }
  OPTIONAL { ?who rdfs:label ?label }
  BIND (STR(?s) AS ?start) BIND (STR(?e) AS ?end) BIND (COALESCE(?i, false) AS ?inferred)
}`),
      KG.select('Bounds inferred from other facts', `
SELECT ?fact ?aspect ?rule (COUNT(DISTINCT ?from) AS ?claims) (GROUP_CONCAT(DISTINCT ?aid; separator=" ") AS ?articles)
WHERE {
  ?fact mkg:mission ${M} ; mkg:derivation ?d .
  ?d mkg:aspect ?aspect ; mkg:derivedBy ?rule .
  OPTIONAL { ?d prov:wasDerivedFrom ?from . ?from prov:wasDerivedFrom/mkg:articleId ?aid }
}
GROUP BY ?fact ?aspect ?rule`),
      KG.select('Where sources disagree', `
SELECT DISTINCT ?fact ?aspect WHERE {
  ?conflict a mkg:Conflict ; mkg:mission ${M} ; mkg:aspect ?aspect ; mkg:claim ?claim .
  ?fact mkg:claim ?claim ; a mkg:ConsolidatedFact .
}`),
      KG.select('Events (consolidated)', `
SELECT ?fact ?type ?date ?de ?dl ?until (MIN(?al) AS ?agent) ?articles
WHERE {
  ?fact a mkg:ConsolidatedFact, mkg:MissionEvent ; mkg:mission ${M} ; mkg:eventType ?t ; mkg:articleCount ?articles .
  BIND (REPLACE(STR(?t), "^.*/", "") AS ?type)
  OPTIONAL { ?fact mkg:date ?d } OPTIONAL { ?fact mkg:dateEarliest ?de } OPTIONAL { ?fact mkg:dateLatest ?dl }
  OPTIONAL { ?fact mkg:until ?u }
  OPTIONAL { ?fact mkg:agent/rdfs:label ?al }
  BIND (STR(?d) AS ?date) BIND (STR(?u) AS ?until)
}
GROUP BY ?fact ?type ?date ?de ?dl ?until ?articles
ORDER BY ?de`)
    ]);
  } catch (e) { KG.fail(e); return; }
  document.body.dataset.queried = String(Math.round(performance.now()));

  const name = label.length ? label[0].label : slug;
  document.title = name + ' · missionkg';
  document.getElementById('title').textContent = name;

  const derivedOf = new Map();
  derived.forEach(d => derivedOf.set(d.fact + ' ' + d.aspect, d));
  const conflictOf = new Map();
  conflicts.forEach(c => conflictOf.set(c.fact, (conflictOf.get(c.fact) || []).concat(c.aspect)));

  const once = new Set();
  rows = rows.filter(r => !once.has(r.fact) && once.add(r.fact));
  // Rows: lead nations first, then commanders, each by their earliest known day.
  rows.forEach(r => {
    r.label = r.label || KG.local(r.who);
    r.s0 = t(r.se); r.s1 = t(r.sl) ?? r.s0; r.e0 = t(r.ee); r.e1 = t(r.el) ?? r.e0;
    r.conflicts = conflictOf.get(r.fact) || [];
    r.endDerived = derivedOf.get(r.fact + ' end');
    r.startDerived = derivedOf.get(r.fact + ' start');
    r.sortKey = r.s0 ?? r.e0 ?? Infinity;
  });
  const group = k => k === 'country' ? 0 : 1;
  rows.sort((a, b) => group(a.kind) - group(b.kind) || a.sortKey - b.sortKey || (a.e0 ?? Infinity) - (b.e0 ?? Infinity)
    || a.label.localeCompare(b.label));
  events.forEach(e => { e.d0 = t(e.de); e.d1 = t(e.dl) ?? e.d0; e.conflicts = conflictOf.get(e.fact) || []; });

  document.getElementById('summary').textContent = rows.filter(r => r.kind === 'country').length + ' lead nation(s), ' +
    rows.filter(r => r.kind === 'person').length + ' commander(s), ' + events.length + ' event(s).';

  // Time axis over every bound that is known.
  const known = [];
  rows.forEach(r => [r.s0, r.s1, r.e0, r.e1].forEach(v => v != null && known.push(v)));
  events.forEach(e => [e.d0, e.d1].forEach(v => v != null && known.push(v)));
  if (!known.length) {
    document.getElementById('chart').innerHTML = '<p class="muted">No dated commanders, lead nations or events for this mission yet.</p>';
  }
  let lo = Math.min(...known), hi = Math.max(...known);
  const pad = Math.max((hi - lo) * 0.06, 60 * DAY);
  lo -= pad; hi += pad;

  const LABEL = 250, ROW = 40, W = Math.max(document.getElementById('chart').clientWidth - 10, 700), PLOT = W - LABEL - 20;
  const x = v => LABEL + (v - lo) / (hi - lo) * PLOT;
  const esc = KG.esc;
  const eventTypes = [...new Set(events.map(e => e.type))];
  // The chart is a stack of SVG blocks of 40 rows, each laid out only when near the screen
  // (content-visibility), in one coordinate system (each block's viewBox starts at its first row).
  let y = 0;
  const svg = [];
  const chunks = [];
  let chunkFrom = 0, rowsInChunk = 0;
  function flush() {
    if (svg.length) chunks.push({from: chunkFrom, to: y, body: svg.join('')});
    svg.length = 0;
    chunkFrom = y;
    rowsInChunk = 0;
  }
  const defs = ['<pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">' +
    '<rect width="6" height="6" fill="white"/><rect width="3" height="6" fill="#a8a29e"/></pattern>'];
  for (const [id, color] of [['command', '#2563eb'], ['lead', '#15803d']]) {
    defs.push(`<linearGradient id="in-${id}"><stop offset="0" stop-color="${color}" stop-opacity="0.05"/><stop offset="1" stop-color="${color}"/></linearGradient>`);
    defs.push(`<linearGradient id="out-${id}"><stop offset="0" stop-color="${color}"/><stop offset="1" stop-color="${color}" stop-opacity="0.05"/></linearGradient>`);
  }
  // Year ticks.
  const y0 = new Date(lo).getUTCFullYear(), y1 = new Date(hi).getUTCFullYear();
  const ticks = [];
  const perYear = PLOT / ((hi - lo) / (365.25 * DAY));
  const step = Math.max(1, Math.ceil(44 / perYear));
  for (let yr = Math.ceil(y0 / step) * step; yr <= y1 + 1; yr += step) {
    const v = Date.UTC(yr, 0, 1);
    if (v >= lo && v <= hi) ticks.push(v);
  }

  let index = 0;
  function groupTitle(text) {
    svg.push(`<text class="group" x="4" y="${y + 16}">${esc(text)}</text>`);
    y += 24;
  }
  function rowStart(cls, key, aria) {
    if (rowsInChunk >= 40) flush();
    rowsInChunk++;
    const i = index++;
    svg.push(`<g class="row ${cls}" tabindex="0" role="button" data-i="${i}" data-fact="${esc(key)}" aria-label="${esc(aria)}">` +
      `<rect class="hl" x="0" y="${y}" width="${W}" height="${ROW}" fill="transparent"/>`);
    return i;
  }

  function barRow(r) {
    const pal = r.kind === 'country' ? 'lead' : 'command';
    const color = r.kind === 'country' ? '#15803d' : '#2563eb';
    const start = r.start ? r.start : 'not known';
    const endWords = r.end ? r.end : 'not known';
    const aria = `${r.kind === 'country' ? 'Lead nation' : 'Commander'} ${r.label}: from ${r.start ? KG.words(r.start) : 'an unknown start'}` +
      ` to ${r.end ? KG.words(r.end) : 'an unknown end'}${r.endDerived ? ' (end inferred from ' + KG.ruleWords(r.endDerived.rule) + ')' : ''}` +
      `; ${r.articles} article(s)${r.conflicts.length ? '; sources disagree on ' + r.conflicts.join(', ') : ''}`;
    r.i = rowStart(r.kind, r.fact, aria);
    r.aria = aria;
    svg.push(`<text class="name" x="8" y="${y + 16}">${esc(r.label)}</text>` +
      `<text class="dates" x="8" y="${y + 31}">${esc(start)} → ${esc(endWords)}${r.endDerived ? ' (inferred)' : ''}</text>`);
    const by = y + 10, bh = ROW - 20;
    const s0 = r.s0 ?? lo, s1 = r.s0 == null ? lo + (hi - lo) * 0.03 : r.s1;
    const openEnd = r.e0 == null;
    const e0 = openEnd ? hi - (hi - lo) * 0.03 : r.e0, e1 = openEnd ? hi : r.e1;
    const cls = r.conflicts.length ? ' conflict' : '';
    if (s1 > s0) svg.push(`<rect class="bar fuzzy start${cls}" x="${x(s0)}" y="${by}" width="${x(s1) - x(s0)}" height="${bh}" fill="url(#in-${pal})"/>`);
    if (e0 > s1) {
      if (r.startDerived) svg.push(`<rect class="bar core inferred" x="${x(s1)}" y="${by}" width="${x(e0) - x(s1)}" height="${bh}" fill="${color}"/>`);
      else svg.push(`<rect class="bar core${cls}" x="${x(s1)}" y="${by}" width="${x(e0) - x(s1)}" height="${bh}" fill="${color}" rx="2"/>`);
    }
    if (r.endDerived) {
      svg.push(`<rect class="bar end inferred" x="${x(e0)}" y="${by}" width="${Math.max(x(e1) - x(e0), 3)}" height="${bh}" fill="url(#hatch)" stroke="#57534e" stroke-dasharray="3 2"/>`);
      svg.push(`<text class="note inferred-note" x="${x(e1)}" y="${by - 2}" text-anchor="end">end inferred from ${esc(KG.ruleWords(r.endDerived.rule))}</text>`);
    } else if (e1 > e0) {
      svg.push(`<rect class="bar fuzzy end${cls}" x="${x(e0)}" y="${by}" width="${x(e1) - x(e0)}" height="${bh}" fill="url(#out-${pal})"/>`);
    }
    if (r.s0 == null) svg.push(`<text class="note" x="${x(s0) + 4}" y="${by - 2}">no start known</text>`);
    if (openEnd) svg.push(`<text class="note" x="${x(e1) - 4}" y="${by - 2}" text-anchor="end">no end known</text>`);
    if (r.conflicts.length) {
      svg.push(`<text class="conflict-mark" x="${x(s0) - 12}" y="${by + bh - 3}">!</text>` +
        `<text class="note" x="${x(s0) - 16}" y="${by + bh - 3}" text-anchor="end">sources disagree on ${esc(r.conflicts.join(', '))}</text>`);
    }
    svg.push('</g>');
    y += ROW;
  }

  function eventRow(type) {
    const list = events.filter(e => e.type === type);
    const aria = `Events of type ${type}: ` + list.map(e => (e.date ? KG.words(e.date) : 'date not known') +
      (e.agent ? ' (' + e.agent + ')' : '')).join('; ');
    const i = rowStart('event', list.map(e => e.fact).join(' '), aria);
    list.forEach(e => e.i = i);
    svg.push(`<text class="name" x="8" y="${y + 24}">${esc(type)}</text>`);
    const cy = y + ROW / 2;
    list.forEach(e => {
      if (e.d0 == null) return;
      const cx = (x(e.d0) + x(e.d1)) / 2;
      if (e.d1 > e.d0) svg.push(`<line x1="${x(e.d0)}" x2="${x(e.d1)}" y1="${cy}" y2="${cy}" stroke="#c2410c" stroke-width="3" stroke-opacity="0.35"/>`);
      svg.push(`<path class="marker${e.conflicts.length ? ' conflict' : ''}" data-fact="${esc(e.fact)}" d="M${cx} ${cy - 7} L${cx + 7} ${cy} L${cx} ${cy + 7} L${cx - 7} ${cy} Z" fill="#c2410c"/>`);
      if (e.conflicts.length) svg.push(`<text class="conflict-mark" x="${cx + 9}" y="${cy - 3}">!</text>`);
      if (e.agent) svg.push(`<text class="note" x="${cx + 10}" y="${cy + 13}">${esc(e.agent)}</text>`);
    });
    svg.push('</g>');
    y += ROW;
  }

  const countries = rows.filter(r => r.kind === 'country'), people = rows.filter(r => r.kind !== 'country');
  if (countries.length) { groupTitle('Lead nations'); countries.forEach(barRow); }
  if (people.length) { groupTitle('Commanders'); people.forEach(barRow); }
  if (eventTypes.length) { groupTitle('Events'); eventTypes.forEach(eventRow); }
  flush();
  const W2 = W;
  const header = `<svg class="axis" width="${W2}" height="22" aria-hidden="true">` + ticks.map(v =>
    `<text class="tick" x="${x(v) + 3}" y="15">${new Date(v).getUTCFullYear()}</text>`).join('') + '</svg>';
  const block = c => {
    const h = c.to - c.from;
    const lines = ticks.map(v => `<line class="tick" x1="${x(v)}" x2="${x(v)}" y1="${c.from}" y2="${c.to}"/>`).join('');
    return `<div class="chunk" style="contain-intrinsic-size: auto ${h}px"><svg width="${W2}" height="${h}" viewBox="0 ${c.from} ${W2} ${h}">` +
      lines + c.body + '</svg></div>';
  };
  if (known.length) {
    document.getElementById('chart').innerHTML = `<svg width="0" height="0" style="position:absolute" aria-hidden="true"><defs>${defs.join('')}</defs></svg>` +
      header + chunks.map(block).join('');
  }
  document.body.dataset.charted = String(Math.round(performance.now()));

  // Hover and focus: a tip with the dates as EDTF and in words, and the number of articles.
  const tip = document.getElementById('tip');
  const wrap = document.getElementById('chart-wrap');
  const byFact = new Map(rows.map(r => [r.fact, r]));
  const eventByFact = new Map(events.map(e => [e.fact, e]));
  function tipFor(g) {
    const r = byFact.get(g.dataset.fact);
    if (r) {
      return `<b>${esc(r.label)}</b> <span class="muted">${r.kind === 'country' ? 'lead nation' : 'commander'}</span><br>` +
        `start: ${KG.edtf(r.start)}${r.startDerived ? ', inferred from ' + esc(KG.ruleWords(r.startDerived.rule)) : ''}<br>` +
        `end: ${KG.edtf(r.end)}${r.endDerived ? ', <b>inferred from ' + esc(KG.ruleWords(r.endDerived.rule)) + '</b>' : ''}<br>` +
        `${r.articles} article(s) support it` +
        (r.conflicts.length ? `<br><b class="warn">sources disagree on ${esc(r.conflicts.join(', '))}</b>` : '');
    }
    return g.dataset.fact.split(' ').map(f => eventByFact.get(f)).map(e =>
      `<b>${esc(e.type)}</b>${e.agent ? ' (' + esc(e.agent) + ')' : ''}: ${KG.edtf(e.date)}` +
      (e.until ? ', until ' + KG.edtf(e.until) : '') + ` · ${e.articles} article(s)` +
      (e.conflicts.length ? ` · <b class="warn">sources disagree on ${esc(e.conflicts.join(', '))}</b>` : '')).join('<br>');
  }
  function showTip(g) {
    tip.innerHTML = tipFor(g);
    tip.hidden = false;
    const box = g.getBoundingClientRect(), outer = wrap.getBoundingClientRect();
    tip.style.left = Math.min(box.left - outer.left + LABEL, outer.width - 320) + 'px';
    tip.style.top = (box.bottom - outer.top + 2) + 'px';
  }
  const groups = [...document.querySelectorAll('#chart g.row')];
  const panel = document.getElementById('panel');
  let current = null;
  async function open(g) {
    groups.forEach(o => o.classList.toggle('selected', o === g));
    current = g;
    panel.hidden = false;
    const r = byFact.get(g.dataset.fact);
    const facts = g.dataset.fact.split(' ');
    document.getElementById('panel-title').textContent = r ? r.label : 'Events: ' + facts.map(f => eventByFact.get(f).type)[0];
    document.getElementById('panel-fact').innerHTML = facts.map(f => '<a href="' + esc(KG.pageOf(f)) + '">fact page</a>').join(' · ');
    const body = document.getElementById('panel-body');
    body.innerHTML = facts.map((f, i) => `<section id="claims-${i}"></section>`).join('');
    try {
      await Promise.all(facts.map((f, i) => Claims.show(document.getElementById('claims-' + i), f)));
    } catch (e) { KG.fail(e); }
  }
  function close() {
    panel.hidden = true;
    groups.forEach(o => o.classList.remove('selected'));
    if (current) current.focus();
  }
  document.getElementById('panel-close').addEventListener('click', close);
  document.addEventListener('keydown', ev => { if (ev.key === 'Escape' && !panel.hidden) close(); });
  // One listener of each kind on the chart, not six per row: a timeline of 1,000 rows stays quick to draw.
  const chart = document.getElementById('chart');
  const rowOf = ev => ev.target.closest && ev.target.closest('g.row');
  chart.addEventListener('mouseover', ev => {
    const g = rowOf(ev);
    if (g) showTip(g);
    else if (!chart.contains(document.activeElement)) tip.hidden = true;
  });
  chart.addEventListener('mouseleave', () => { if (!document.activeElement.closest('#chart')) tip.hidden = true; });
  chart.addEventListener('focusin', ev => { const g = rowOf(ev); if (g) showTip(g); });
  chart.addEventListener('focusout', () => { tip.hidden = true; });
  chart.addEventListener('click', ev => { const g = rowOf(ev); if (g) open(g); });
  chart.addEventListener('keydown', ev => {
    const g = rowOf(ev);
    if (!g) return;
    const i = +g.dataset.i;
    const move = {ArrowDown: i + 1, ArrowUp: i - 1, Home: 0, End: groups.length - 1}[ev.key];
    if (move !== undefined) { ev.preventDefault(); groups[Math.max(0, Math.min(groups.length - 1, move))].focus(); }
    if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); open(g); }
  });

  // The same rows as a table (the timeline's text alternative).
  const cell = v => '<td>' + v + '</td>';
  let table = '<table id="rows"><caption>Commanders and lead nations of ' + esc(name) + '</caption><tr><th>kind</th><th>name</th>' +
    '<th>start</th><th>end</th><th>articles</th><th>notes</th></tr>';
  rows.forEach(r => {
    table += '<tr data-fact="' + esc(r.fact) + '">' + cell(r.kind === 'country' ? 'lead nation' : 'commander') +
      cell(KG.link(r.who, r.label)) + cell(KG.edtf(r.start)) + cell(KG.edtf(r.end)) +
      cell('<a href="' + esc(KG.pageOf(r.fact)) + '">' + r.articles + '</a>') +
      cell([r.endDerived ? 'end inferred from ' + esc(KG.ruleWords(r.endDerived.rule)) : '',
        r.startDerived ? 'start inferred from ' + esc(KG.ruleWords(r.startDerived.rule)) : '',
        r.conflicts.length ? '<span class="warn">sources disagree on ' + esc(r.conflicts.join(', ')) + '</span>' : '']
        .filter(Boolean).join('; ')) + '</tr>';
  });
  table += '</table><table id="events"><caption>Events</caption><tr><th>event</th><th>date</th><th>until</th><th>who</th><th>articles</th><th>notes</th></tr>';
  events.forEach(e => {
    table += '<tr data-fact="' + esc(e.fact) + '">' + cell(esc(e.type)) + cell(KG.edtf(e.date)) + cell(e.until ? KG.edtf(e.until) : '') +
      cell(esc(e.agent || '')) + cell('<a href="' + esc(KG.pageOf(e.fact)) + '">' + e.articles + '</a>') +
      cell(e.conflicts.length ? '<span class="warn">sources disagree on ' + esc(e.conflicts.join(', ')) + '</span>' : '') + '</tr>';
  });
  document.getElementById('table').innerHTML = table + '</table>';
  document.body.dataset.tabled = String(Math.round(performance.now()));
  // Milliseconds from navigation start to the drawn timeline, laid out and painted (the browser test reads it).
  requestAnimationFrame(() => setTimeout(() => { document.body.dataset.rendered = String(Math.round(performance.now())); }));
})();
