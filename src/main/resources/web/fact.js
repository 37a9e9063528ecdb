// A fact and the claims behind it: /facts/<hash> (one article's claim) or /facts/consolidated/<kind>/<hash>.
'use strict';
(async () => {
  let path;
  try { path = KG.idFromPath('/facts/'); } catch (e) { KG.fail(e); return; }
  const iri = path.startsWith('consolidated/') ? KG.BASE + path : KG.BASE + 'fact/' + path;
  try {
    const [about, merged] = await Promise.all([
      KG.select('What the fact says', `
SELECT ?type ?p ?o (MIN(?l) AS ?label) WHERE {
  <${iri}> a ?type ; ?p ?o .
  FILTER (STRSTARTS(STR(?type), STR(mkg:)) && ?type != mkg:ConsolidatedFact)
  FILTER (?p NOT IN (mkg:claim, mkg:evidence, mkg:derivation, prov:wasDerivedFrom, prov:wasGeneratedBy, rdf:type))
  OPTIONAL { ?o rdfs:label|skos:prefLabel ?l }
} GROUP BY ?type ?p ?o ORDER BY ?p`.replace('rdf:type', '<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>')),
      KG.select('The consolidated facts that rest on it', `
SELECT ?merged WHERE { ?merged mkg:claim <${iri}> }`)
    ]);
    if (!about.length) throw new Error('No fact ' + iri + ' in the store.');
    const kind = KG.local(about[0].type);
    document.title = (KG.KIND_WORDS[kind] || kind) + ' · missionkg';
    document.getElementById('title').textContent = (path.startsWith('consolidated/') ? 'Consolidated fact: ' : 'Claim: ') + (KG.KIND_WORDS[kind] || kind);
    const seen = new Set();
    let html = '<table class="kind k-' + KG.esc(kind) + '"><tr><th>property</th><th>value</th></tr>';
    about.forEach(r => {
      if (seen.has(r.p + r.o)) return;
      seen.add(r.p + r.o);
      const v = r.o.startsWith('http') ? KG.link(r.o, r.label || KG.local(r.o)) :
        (/^(start|end|date|until|asOf)$/.test(KG.local(r.p)) ? KG.edtf(r.o) : KG.esc(r.o));
      html += '<tr><td>' + KG.esc(KG.local(r.p)) + '</td><td>' + v + '</td></tr>';
    });
    html += '</table>';
    if (merged.length) html += '<p>Part of ' + merged.map(m => '<a href="' + KG.esc(KG.pageOf(m.merged)) + '">the consolidated fact</a>').join(', ') + '.</p>';
    html += '<p class="muted">IRI: <code>' + KG.esc(iri) + '</code></p>';
    document.getElementById('meta').innerHTML = html;
    await Claims.show(document.getElementById('claims'), iri);
  } catch (e) { KG.fail(e); }
})();
