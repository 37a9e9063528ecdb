// A person's, country's, organisation's or place's page: its commands and lead roles, offices, and every
// mention in the articles, with the Wikidata link where one is recorded.
'use strict';
(async () => {
  let path;
  try { path = KG.idFromPath('/entities/'); } catch (e) { KG.fail(e); return; }
  const iri = KG.ID + path;
  const E = '<' + iri + '>';
  try {
    const [about, commands, roles, mentions] = await Promise.all([
      KG.select('The entity', `
SELECT * WHERE {
  # One aggregate per pattern: an aggregate over rows where its variable is unbound gives nothing.
  OPTIONAL { SELECT (SAMPLE(?l) AS ?label) WHERE { ${E} rdfs:label ?l } }
  OPTIONAL { SELECT (GROUP_CONCAT(DISTINCT ?alt; separator="; ") AS ?aliases) WHERE { ${E} skos:altLabel ?alt } }
  OPTIONAL { SELECT (GROUP_CONCAT(DISTINCT STR(?type); separator=" ") AS ?types) WHERE { ${E} a ?type } }
  OPTIONAL { SELECT (SAMPLE(?qid) AS ?wikidata) WHERE { ${E} mkg:wikidata ?qid } }
  OPTIONAL { SELECT (SAMPLE(STR(?same)) AS ?item) WHERE {
    ${E} owl:sameAs ?same FILTER (STRSTARTS(STR(?same), "http://www.wikidata.org/entity/")) } }
}`),
      KG.select('Commands and lead roles (consolidated)', `
SELECT ?fact ?kind ?mission (MIN(?ml) AS ?missionLabel) ?start ?end ?inferred ?articles
WHERE {
  # How many articles each fact rests on is stored on it by the consolidation (mkg:articleCount), as on the timeline:
  # counting them through mkg:claim/prov:wasDerivedFrom here read every claim of the entity's facts at each page load.
  ?fact a mkg:ConsolidatedFact ; mkg:commanderKind ?kind ; mkg:commander|mkg:country ${E} ; mkg:mission ?mission ;
        mkg:articleCount ?articles .
  OPTIONAL { ?mission rdfs:label ?ml }
  OPTIONAL { ?fact mkg:start ?s } OPTIONAL { ?fact mkg:end ?e } OPTIONAL { ?fact mkg:inferred ?i }
  OPTIONAL { ?fact mkg:startEarliest ?day }
  BIND (STR(?s) AS ?start) BIND (STR(?e) AS ?end) BIND (COALESCE(?i, false) AS ?inferred)
}
GROUP BY ?fact ?kind ?mission ?start ?end ?inferred ?day ?articles
ORDER BY ?day`),
      KG.select('Offices held', `
SELECT ?fact ?role ?organization (MIN(?ol) AS ?organizationLabel) ?asOf ?articleId
WHERE {
  ?fact a mkg:RoleHolding ; mkg:person ${E} ; mkg:role ?role ; prov:wasDerivedFrom/mkg:articleId ?articleId .
  FILTER NOT EXISTS { ?fact a mkg:ConsolidatedFact }
  OPTIONAL { ?fact mkg:organization ?organization OPTIONAL { ?organization rdfs:label ?ol } }
  OPTIONAL { ?fact mkg:asOf ?a } BIND (STR(?a) AS ?asOf)
}
GROUP BY ?fact ?role ?organization ?asOf ?articleId
ORDER BY ?asOf`),
      KG.select('Mentions in the articles (every claim that names it)', `
SELECT ?fact ?type ?property ?articleId ?published ?outlet ?exact
WHERE {
  ?fact ?p ${E} ; a ?type ; prov:wasDerivedFrom ?article .
  FILTER (STRSTARTS(STR(?type), STR(mkg:)) && ?type != mkg:ConsolidatedFact)
  FILTER NOT EXISTS { ?fact a mkg:ConsolidatedFact }
  BIND (REPLACE(STR(?p), "^.*[/#]", "") AS ?property)
  ?article mkg:articleId ?articleId .
  OPTIONAL { ?article schema:datePublished ?published }
  OPTIONAL { ?article schema:publisher/rdfs:label ?outlet }
  OPTIONAL { ?fact mkg:evidence/oa:hasSelector/oa:exact ?exact }
}
ORDER BY ?published ?articleId`)
    ]);
    const a = about[0] || {};
    const name = a.label || KG.local(iri);
    document.title = name + ' · missionkg';
    document.getElementById('title').textContent = name;
    const types = (a.types || '').split(' ').filter(t => t.includes('/ontology#')).map(KG.local);
    document.getElementById('meta').innerHTML = [types.join(', ') || path.split('/')[0],
      a.aliases ? 'also called ' + KG.esc(a.aliases) : '',
      a.item || a.wikidata ? 'Wikidata: <a class="wikidata" href="' + KG.esc(a.item || 'https://www.wikidata.org/wiki/' + a.wikidata) +
        '" rel="noreferrer">' + KG.esc(a.wikidata || KG.local(a.item)) + '</a>' : 'no Wikidata link recorded',
      path.startsWith('mission/') ? '<a href="/missions/' + KG.esc(path.slice(8)) + '">timeline</a>' : '']
      .filter(Boolean).join(' · ');
    let html = '';
    if (commands.length) {
      html += '<h2>Commands and lead roles</h2><table id="commands"><tr><th>mission</th><th>as</th><th>start</th><th>end</th><th>articles</th></tr>' +
        commands.map(c => '<tr><td>' + KG.link(c.mission, c.missionLabel || KG.local(c.mission)) + '</td><td>' +
          (c.kind === 'country' ? 'lead nation' : 'commander') + '</td><td>' + KG.edtf(c.start) + '</td><td>' + KG.edtf(c.end) +
          (c.inferred === 'true' ? ' <span class="badge inferred">inferred</span>' : '') + '</td><td><a href="' +
          KG.esc(KG.pageOf(c.fact)) + '">' + c.articles + '</a></td></tr>').join('') + '</table>';
    }
    if (roles.length) {
      html += '<h2>Offices</h2><table id="roles"><tr><th>role</th><th>of</th><th>as of</th><th>article</th></tr>' +
        roles.map(r => '<tr><td><a href="' + KG.esc(KG.pageOf(r.fact)) + '">' + KG.esc(r.role) + '</a></td><td>' +
          (r.organization ? KG.link(r.organization, r.organizationLabel || KG.local(r.organization)) : '') + '</td><td>' +
          (r.asOf ? KG.edtf(r.asOf) : '') + '</td><td><a href="/articles/' + KG.esc(r.articleId) + '">' + KG.esc(r.articleId) + '</a></td></tr>').join('') + '</table>';
    }
    html += '<h2>Mentions in the articles (' + mentions.length + ')</h2>';
    html += mentions.length ? '<table id="mentions"><tr><th>article</th><th>fact</th><th>as</th><th>words</th></tr>' +
      mentions.map(m => '<tr><td><a href="/articles/' + KG.esc(m.articleId) + '#' + KG.esc(KG.local(m.fact)) + '">' +
        KG.esc(m.outlet || m.articleId) + '</a><br><span class="muted">' + KG.esc(m.published || '') + '</span></td><td class="kind k-' +
        KG.esc(KG.local(m.type)) + '"><a href="' + KG.esc(KG.pageOf(m.fact)) + '">' + KG.esc(KG.KIND_WORDS[KG.local(m.type)] || KG.local(m.type)) +
        '</a></td><td>' + KG.esc(m.property) + '</td><td>“' + KG.esc(m.exact || '') + '”</td></tr>').join('') + '</table>'
      : '<p class="muted">No article names it yet.</p>';
    document.getElementById('body').innerHTML = html;
  } catch (e) { KG.fail(e); }
})();
