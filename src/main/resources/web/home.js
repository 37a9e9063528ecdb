// The start page: the missions (with how much the articles say of each) and the articles. Each part is drawn as
// soon as its own answer comes.
'use strict';
(async () => {
  try {
    // One line per mission, counted when the derived graphs were built (the summary graph): grouping every fact
    // in the store here took 15.8 s at 100,000 articles.
    const missions = await KG.select('Missions and what the articles say of them', `
SELECT ?mission ?label ?facts ?articles ?first ?last
WHERE {
  GRAPH <https://w3id.org/missionkg/graph/summary> {
    ?mission mkg:factCount ?facts ; mkg:articleCount ?articles .
    OPTIONAL { ?mission mkg:summaryLabel ?label }
    OPTIONAL { ?mission mkg:firstDay ?first }
    OPTIONAL { ?mission mkg:lastDay ?last }
  }
}
ORDER BY DESC(?facts) ?label`);
    const year = d => d ? d.slice(0, 4) : '?';
    const told = missions.filter(m => m.facts !== '0'), untold = missions.filter(m => m.facts === '0');
    document.getElementById('missions').innerHTML = told.map(m =>
      `<div class="card mission${m.facts === '0' ? ' empty' : ''}"><h3><a href="${KG.esc(KG.pageOf(m.mission))}">` +
      `${KG.esc(m.label || KG.local(m.mission))}</a></h3><p class="muted">${m.facts} fact(s) from ${m.articles} article(s)` +
      (m.first || m.last ? ` · ${year(m.first)}–${year(m.last)}` : '') + '</p></div>').join('') ||
      '<p>No article in the store names a mission yet.</p>';
    if (untold.length) {
      // Folded: the gazetteer knows hundreds of missions, and the list would push the articles far down.
      document.getElementById('missions').insertAdjacentHTML('afterend', '<details class="muted" id="untold"><summary>' +
        `Known to the gazetteer, not yet in any article: ${untold.length} mission${untold.length === 1 ? '' : 's'}</summary><p>` +
        untold.map(m => KG.link(m.mission, m.label || KG.local(m.mission))).join(', ') + '.</p></details>');
    }
  } catch (e) { KG.fail(e); }
})();
(async () => {
  try {
    const PAGE = 50;
    const params = new URLSearchParams(location.search);
    const asked = Number(params.get('articles') || 0);
    const offset = Number.isInteger(asked) && asked > 0 ? asked : 0;
    // The page's links name the date as written and the id of the last (or first) article shown: the next page is
    // then among the articles of that date and the next 50 dates (every date has one), where an OFFSET reads the
    // first OFFSET + 50 dates. ?articles= (where the page starts) is kept for the count shown; alone it is an OFFSET.
    const atParam = params.get('after') ?? params.get('before');
    const forward = params.get('after') !== null;
    const cut = atParam !== null && atParam.includes(' ')
      ? {day: atParam.slice(0, atParam.indexOf(' ')), id: atParam.slice(atParam.indexOf(' ') + 1)} : null;
    // A value as a SPARQL string literal: JSON's escapes are SPARQL's.
    const lit = v => JSON.stringify(String(v));
    const cmp = forward ? '>' : '<';
    const fill = {
      DAYS: cut ? `FILTER (?day ${cmp}= ${lit(cut.day)})` : '',
      DAY_ORDER: cut && !forward ? 'DESC(?day)' : '?day',
      DAY_LIMIT: cut ? PAGE + 1 : offset + PAGE,
      FILTER: cut ? `FILTER (?day ${cmp} ${lit(cut.day)} || (?day = ${lit(cut.day)} && ?id ${cmp} ${lit(cut.id)}))` : '',
      ORDER: cut && !forward ? 'DESC(?day) DESC(?id)' : '?day ?id',
      SKIP: cut ? 0 : offset
    };
    const [articles, counted] = await Promise.all([
      // One page of the articles (a store can hold 100,000): the summary graph lists the articles under their
      // publication dates as written, so the page is picked from the dates it needs and their articles, then only
      // its articles are looked at; the count says how many pages there are.
      KG.select('Articles, one page', `
SELECT ?id ?headline ?opening ?outlet ?published (COUNT(DISTINCT ?fact) AS ?facts)
WHERE {
  { SELECT ?article ?id ?day WHERE {
      { SELECT ?entry ?day WHERE { GRAPH <https://w3id.org/missionkg/graph/summary> { ?entry mkg:listDay ?day } ${fill.DAYS} }
        ORDER BY ${fill.DAY_ORDER} LIMIT ${fill.DAY_LIMIT} }
      GRAPH <https://w3id.org/missionkg/graph/summary> { ?entry mkg:listedArticle ?article }
      ?article mkg:articleId ?id .
      ${fill.FILTER} }
    ORDER BY ${fill.ORDER} LIMIT ${PAGE} OFFSET ${fill.SKIP} }
  OPTIONAL { ?article schema:datePublished ?published FILTER (STR(?published) = ?day) }
  OPTIONAL { ?article schema:headline ?headline }
  # An article without a headline is shown by its opening words: the start of its text, only for those.
  OPTIONAL { ?article schema:text ?text FILTER (!BOUND(?headline)) }
  BIND (SUBSTR(?text, 1, 400) AS ?opening)
  # The outlet's name as the article's own graph gives it: the same outlet is named in every graph of its articles,
  # and reading all those copies (thousands at 100,000 articles) was most of what a page cost.
  OPTIONAL { GRAPH ?graph { ?article schema:publisher ?publisher . ?publisher rdfs:label ?outlet } }
  OPTIONAL { ?fact prov:wasDerivedFrom ?article FILTER NOT EXISTS { ?fact a mkg:ConsolidatedFact } }
}
GROUP BY ?id ?headline ?opening ?outlet ?published
# Oldest first by the date as written (a year before its days): ?published itself would put every year- or
# month-dated article before every day-dated one (ARQ orders different kinds of value apart).
ORDER BY STR(?published) ?id`),
      // Kept with the list (counting its 100,000 places took 0.1 s).
      KG.select('How many articles', `
SELECT ?n WHERE { GRAPH <https://w3id.org/missionkg/graph/summary> {
  <https://w3id.org/missionkg/graph/summary/articles> mkg:listedCount ?n } }`)
    ]);
    // The headline; without one, the opening words in italics with the article's id beside them.
    const headline = a => {
      const opening = a.headline ? '' : KG.opening(a.opening);
      return `<a href="/articles/${KG.esc(a.id)}"${opening ? ' class="opening"' : ''}>${KG.esc(a.headline || opening || a.id)}</a>` +
        (opening ? ` <span class="muted article-id">${KG.esc(a.id)}</span>` : '');
    };
    const total = Number(counted[0]?.n || 0);
    const pageLink = (from, at, text) => `<a href="${KG.esc(`/?articles=${from}${at}#articles`)}">${text}</a>`;
    const place = a => encodeURIComponent((a.published || '') + ' ' + a.id);
    const first = articles[0], last = articles[articles.length - 1];
    const earlier = offset <= PAGE || !first ? '' : '&before=' + place(first);
    const later = last ? '&after=' + place(last) : '';
    const nav = total > PAGE ? '<p class="muted pages">' + `articles ${total ? offset + 1 : 0}–${Math.min(offset + PAGE, total)} of ` +
      `${total.toLocaleString('en')}, oldest first` + (offset > 0 ? ' · ' + pageLink(Math.max(0, offset - PAGE), earlier, '‹ earlier') : '') +
      (offset + PAGE < total && last ? ' · ' + pageLink(offset + PAGE, later, 'later ›') : '') + '</p>' : '';
    document.getElementById('articles').innerHTML = nav + '<table><tr><th>published</th><th>outlet</th><th>headline</th><th>facts</th></tr>' +
      articles.map(a => `<tr><td>${KG.esc(a.published || '')}</td><td>${KG.esc(a.outlet || '')}</td>` +
        `<td>${headline(a)}</td><td>${a.facts}</td></tr>`).join('') + '</table>';
  } catch (e) { KG.fail(e); }
})();
