// An article as read, with every fact's evidence highlighted at its stored offsets (the Web Annotation
// TextPositionSelector), coloured by the fact's kind, and the list of facts beside it.
'use strict';
(async () => {
  let id;
  try { id = KG.idFromPath('/articles/'); } catch (e) { KG.fail(e); return; }
  const lit = JSON.stringify(id);
  let meta, facts;
  try {
    [meta, facts] = await Promise.all([
      KG.select('The article', `
SELECT ?article ?text ?headline ?outlet ?published ?url ?author WHERE {
  ?article mkg:articleId ${lit} ; schema:text ?text .
  OPTIONAL { ?article schema:headline ?headline }
  OPTIONAL { ?article schema:publisher/rdfs:label ?outlet }
  OPTIONAL { ?article schema:datePublished ?published }
  OPTIONAL { ?article schema:url ?url }
  OPTIONAL { ?article schema:author ?author }
} LIMIT 1`),
      KG.select('The facts taken from it, with their evidence offsets', `
SELECT ?fact ?type ?start ?end ?exact ?rule (MIN(?l1) AS ?who) (MIN(?l2) AS ?what) ?eventType ?role ?count
       ?from ?until ?date ?asOf
WHERE {
  ?article mkg:articleId ${lit} .
  ?fact prov:wasDerivedFrom ?article ; a ?type ;
        mkg:evidence/oa:hasSelector ?position .
  FILTER (STRSTARTS(STR(?type), STR(mkg:)) && ?type != mkg:ConsolidatedFact)
  ?position a oa:TextPositionSelector ; oa:start ?start ; oa:end ?end .
  OPTIONAL { ?fact mkg:evidence/oa:hasSelector/oa:exact ?exact }
  OPTIONAL { ?fact prov:wasGeneratedBy/mkg:ruleId ?rule }
  OPTIONAL { ?fact mkg:commander|mkg:country|mkg:person|mkg:speaker|mkg:subject ?p1 . OPTIONAL { ?p1 rdfs:label ?l1 } }
  OPTIONAL { ?fact mkg:mission|mkg:organization|mkg:place ?p2 . OPTIONAL { ?p2 rdfs:label ?l2 } }
  OPTIONAL { ?fact mkg:eventType ?et BIND (REPLACE(STR(?et), "^.*/", "") AS ?eventType) }
  OPTIONAL { ?fact mkg:role|mkg:rank ?role }
  OPTIONAL { ?fact mkg:count ?count }
  OPTIONAL { ?fact mkg:start ?s } OPTIONAL { ?fact mkg:end ?e } OPTIONAL { ?fact mkg:date ?d } OPTIONAL { ?fact mkg:asOf ?a }
  BIND (STR(?s) AS ?from) BIND (STR(?e) AS ?until) BIND (STR(?d) AS ?date) BIND (STR(?a) AS ?asOf)
}
GROUP BY ?fact ?type ?start ?end ?exact ?rule ?eventType ?role ?count ?from ?until ?date ?asOf
ORDER BY ?start ?end ?fact`)
    ]);
  } catch (e) { KG.fail(e); return; }
  if (!meta.length) { KG.fail(new Error('No article with id ' + id + ' in the store.')); return; }
  const a = meta[0];
  const text = a.text;
  document.title = (a.headline || id) + ' · missionkg';
  document.getElementById('title').textContent = a.headline || id;
  document.getElementById('meta').innerHTML = [a.outlet ? '<b>' + KG.esc(a.outlet) + '</b>' : '',
    a.author ? 'by ' + KG.esc(a.author) : '', a.published ? 'published ' + KG.esc(a.published) : '',
    a.url ? '<a href="' + KG.esc(a.url) + '" rel="noreferrer">source</a>' : '', 'id ' + KG.esc(id),
    facts.length + ' fact(s)'].filter(Boolean).join(' · ');

  facts.forEach((f, i) => {
    f.i = i; f.s = +f.start; f.e = +f.end; f.kind = KG.local(f.type); f.key = KG.local(f.fact);
  });
  const kinds = [...new Set(facts.map(f => f.kind))];
  document.getElementById('legend').innerHTML = kinds.map(k => '<span class="k-' + k + '">' + KG.esc(KG.KIND_WORDS[k] || k) + '</span>').join('');

  // Cut the text at every span boundary; each piece is marked with the facts that cover it.
  const cuts = new Set([0, text.length]);
  facts.forEach(f => { cuts.add(Math.max(0, Math.min(f.s, text.length))); cuts.add(Math.max(0, Math.min(f.e, text.length))); });
  const points = [...cuts].sort((p, q) => p - q);
  let html = '';
  for (let j = 0; j + 1 < points.length; j++) {
    const from = points[j], to = points[j + 1];
    const piece = KG.esc(text.slice(from, to));
    const covering = facts.filter(f => f.s <= from && to <= f.e);
    if (!covering.length) { html += piece; continue; }
    const first = covering[0];
    html += '<mark class="k-' + first.kind + (covering.length > 1 ? ' multi' : '') + '" data-from="' + from + '" data-to="' + to +
      '" data-facts="' + covering.map(f => f.i).join(' ') + '" title="' + KG.esc(covering.map(f => KG.KIND_WORDS[f.kind] || f.kind).join(', ')) + '">' +
      piece + '</mark>';
  }
  const body = document.getElementById('text');
  body.innerHTML = html;

  const summary = f => {
    const parts = [f.who, f.eventType, f.role, f.count ? f.count + ' troops' : '', f.what].filter(Boolean).map(KG.esc);
    const dates = [['start', f.from], ['end', f.until], ['date', f.date], ['as of', f.asOf]].filter(d => d[1])
      .map(d => d[0] + ' <span class="edtf">' + KG.esc(d[1]) + '</span>');
    return parts.join(' · ') + (dates.length ? ' — ' + dates.join(', ') : '');
  };
  const list = document.getElementById('fact-list');
  list.innerHTML = facts.map(f => '<li id="' + KG.esc(f.key) + '" class="kind k-' + f.kind + '" tabindex="0" data-fact="' + KG.esc(f.fact) + '" data-i="' + f.i + '" data-start="' + f.s + '" data-end="' + f.e + '">' +
    '<b>' + KG.esc(KG.KIND_WORDS[f.kind] || f.kind) + '</b>: ' + summary(f) +
    '<br><span class="exact">“' + KG.esc(f.exact || '') + '”</span> <span class="muted">[' + f.s + '–' + f.e + ')' +
    (f.rule ? ' rule <code>' + KG.esc(f.rule) + '</code>' : '') + ' · <a href="' + KG.esc(KG.pageOf(f.fact)) + '">fact page</a></span></li>').join('');

  const marks = [...body.querySelectorAll('mark')];
  const items = [...list.querySelectorAll('li')];
  function activate(i, scrollTo) {
    marks.forEach(m => m.classList.toggle('active', m.dataset.facts.split(' ').includes(String(i))));
    items.forEach(li => li.classList.toggle('active', li.dataset.i === String(i)));
    const target = scrollTo === 'text' ? marks.find(m => m.classList.contains('active')) : items[i];
    if (target) target.scrollIntoView({block: 'center', behavior: 'smooth'});
  }
  items.forEach(li => {
    li.addEventListener('click', ev => { if (ev.target.tagName !== 'A') activate(+li.dataset.i, 'text'); });
    li.addEventListener('keydown', ev => { if (ev.key === 'Enter') activate(+li.dataset.i, 'text'); });
  });
  marks.forEach(m => m.addEventListener('click', () => activate(+m.dataset.facts.split(' ')[0], 'list')));
  if (location.hash) {
    const li = document.getElementById(location.hash.slice(1));
    if (li) activate(+li.dataset.i, 'text');
  }
})();
