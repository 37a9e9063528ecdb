// The start page: the missions (with how much the articles say of each) and the articles.
'use strict';
(async () => {
  try {
    const [missions, articles] = await Promise.all([
      KG.select('Missions and what the articles say of them', `
SELECT ?mission (MIN(?l) AS ?label) (COUNT(DISTINCT ?fact) AS ?facts) (COUNT(DISTINCT ?article) AS ?articles)
       (MIN(?from) AS ?first) (MAX(?to) AS ?last)
WHERE {
  ?mission a mkg:Mission .
  OPTIONAL { ?mission rdfs:label ?l }
  OPTIONAL { ?fact mkg:mission|mkg:subject ?mission ; prov:wasDerivedFrom ?article . }
  # The first and last day any fact about the mission allows (MIN over rows with an unbound value gives nothing).
  OPTIONAL { SELECT ?mission (MIN(?d) AS ?from) WHERE {
    ?f mkg:mission|mkg:subject ?mission ; mkg:startEarliest|mkg:dateEarliest|mkg:endEarliest ?d } GROUP BY ?mission }
  OPTIONAL { SELECT ?mission (MAX(?d) AS ?to) WHERE {
    ?f mkg:mission|mkg:subject ?mission ; mkg:endLatest|mkg:dateLatest|mkg:startLatest ?d } GROUP BY ?mission }
}
GROUP BY ?mission
ORDER BY DESC(?facts) ?label`),
      KG.select('Articles', `
SELECT ?id ?headline ?outlet ?published (COUNT(DISTINCT ?fact) AS ?facts)
WHERE {
  ?article a schema:NewsArticle ; mkg:articleId ?id .
  OPTIONAL { ?article schema:headline ?headline }
  OPTIONAL { ?article schema:publisher/rdfs:label ?outlet }
  OPTIONAL { ?article schema:datePublished ?published }
  OPTIONAL { ?fact prov:wasDerivedFrom ?article FILTER NOT EXISTS { ?fact a mkg:ConsolidatedFact } }
}
GROUP BY ?id ?headline ?outlet ?published
ORDER BY ?published ?id`)
    ]);
    const year = d => d ? d.slice(0, 4) : '?';
    const told = missions.filter(m => m.facts !== '0'), untold = missions.filter(m => m.facts === '0');
    document.getElementById('missions').innerHTML = told.map(m =>
      `<div class="card mission${m.facts === '0' ? ' empty' : ''}"><h3><a href="${KG.esc(KG.pageOf(m.mission))}">` +
      `${KG.esc(m.label || KG.local(m.mission))}</a></h3><p class="muted">${m.facts} fact(s) from ${m.articles} article(s)` +
      (m.first || m.last ? ` · ${year(m.first)}–${year(m.last)}` : '') + '</p></div>').join('') ||
      '<p>No article in the store names a mission yet.</p>';
    if (untold.length) {
      document.getElementById('missions').insertAdjacentHTML('afterend', '<p class="muted" id="untold">Known to the gazetteer, ' +
        'not yet in any article: ' + untold.map(m => KG.link(m.mission, m.label || KG.local(m.mission))).join(', ') + '.</p>');
    }
    document.getElementById('articles').innerHTML = '<table><tr><th>published</th><th>outlet</th><th>headline</th><th>facts</th></tr>' +
      articles.map(a => `<tr><td>${KG.esc(a.published || '')}</td><td>${KG.esc(a.outlet || '')}</td>` +
        `<td><a href="/articles/${KG.esc(a.id)}">${KG.esc(a.headline || a.id)}</a></td><td>${a.facts}</td></tr>`).join('') + '</table>';
  } catch (e) { KG.fail(e); }
})();
