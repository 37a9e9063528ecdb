// The claims behind a fact: each source's sentence with the matched words highlighted, outlet, date,
// links, rule, and the dates each source gives side by side. Used by the fact page and the timeline's panel.
'use strict';
const Claims = (() => {
  const DATES = ['start', 'end', 'date', 'until', 'asOf'];

  async function load(factIri) {
    const consolidated = factIri.startsWith(KG.BASE + 'consolidated/');
    const which = consolidated ? '<' + factIri + '> mkg:claim ?claim .' : 'VALUES ?claim { <' + factIri + '> }';
    const [claims, conflicts, derived] = await Promise.all([
      KG.select('The claims behind this fact, with their sources', `
SELECT ?claim ?type ?article ?articleId ?headline ?outlet ?published ?url ?rule ?sentence ?exact ?offset
       ?start ?end ?date ?until ?asOf
WHERE {
  ${which}
  ?claim a ?type ; prov:wasDerivedFrom ?article .
  FILTER (STRSTARTS(STR(?type), STR(mkg:)) && ?type != mkg:ConsolidatedFact)
  ?article mkg:articleId ?articleId .
  OPTIONAL { ?article schema:headline ?headline }
  OPTIONAL { ?article schema:publisher/rdfs:label ?outlet }
  OPTIONAL { ?article schema:datePublished ?published }
  OPTIONAL { ?article schema:url ?url }
  OPTIONAL { ?claim prov:wasGeneratedBy/mkg:ruleId ?rule }
  OPTIONAL { ?claim mkg:evidence ?ev .
             OPTIONAL { ?ev mkg:sentence ?sentence }
             OPTIONAL { ?ev oa:hasSelector/oa:exact ?exact }
             OPTIONAL { ?ev oa:hasSelector/oa:start ?offset } }
  OPTIONAL { ?claim mkg:start ?s }  OPTIONAL { ?claim mkg:end ?e }  OPTIONAL { ?claim mkg:date ?d }
  OPTIONAL { ?claim mkg:until ?u }  OPTIONAL { ?claim mkg:asOf ?a }
  BIND (STR(?s) AS ?start) BIND (STR(?e) AS ?end) BIND (STR(?d) AS ?date) BIND (STR(?u) AS ?until) BIND (STR(?a) AS ?asOf)
}
ORDER BY ?published ?articleId ?offset`),
      KG.select('Where these claims disagree', `
SELECT ?claim ?aspect WHERE {
  ${which}
  ?conflict a mkg:Conflict ; mkg:claim ?claim ; mkg:aspect ?aspect .
}`),
      consolidated ? KG.select('Values inferred from other facts', `
SELECT ?aspect ?rule ?note (COUNT(DISTINCT ?from) AS ?claims) (GROUP_CONCAT(DISTINCT ?aid; separator=" ") AS ?articles)
WHERE {
  <${factIri}> mkg:derivation ?d .
  ?d mkg:aspect ?aspect ; mkg:derivedBy ?rule .
  OPTIONAL { ?d mkg:note ?note }
  OPTIONAL { ?d prov:wasDerivedFrom ?from . ?from prov:wasDerivedFrom/mkg:articleId ?aid }
}
GROUP BY ?aspect ?rule ?note`) : Promise.resolve([])
    ]);
    return {claims, conflicts, derived};
  }

  function quote(c) {
    const sentence = c.sentence || c.exact || '';
    const at = c.exact ? sentence.indexOf(c.exact) : -1;
    if (at < 0) return '<mark>' + KG.esc(sentence) + '</mark>';
    return KG.esc(sentence.slice(0, at)) + '<mark>' + KG.esc(c.exact) + '</mark>' + KG.esc(sentence.slice(at + c.exact.length));
  }

  /** A consolidation note, with the entity IRIs it names shown as links. */
  function note(text) {
    return KG.esc(text).replace(/&lt;(https:\/\/w3id\.org\/missionkg\/id\/[^&\s]+)&gt;/g, (m, iri) => KG.link(iri, KG.local(iri)));
  }

  function render(box, data) {
    const {claims, conflicts, derived} = data;
    const disagree = new Map();
    conflicts.forEach(c => disagree.set(c.claim, (disagree.get(c.claim) || []).concat(c.aspect)));
    let html = '';
    if (conflicts.length) {
      const aspects = [...new Set(conflicts.map(c => c.aspect))];
      html += '<p class="conflict-note"><span class="badge conflict">conflict</span> Sources disagree on ' +
        KG.esc(aspects.join(', ')) + '.</p>';
    }
    derived.forEach(d => {
      html += '<p class="inferred-note"><span class="badge inferred">inferred</span> The ' + KG.esc(d.aspect) +
        ' is inferred from ' + KG.esc(KG.ruleWords(d.rule)) + ' (' + d.claims + ' claim' + (d.claims === '1' ? '' : 's') +
        (d.articles ? ', articles ' + d.articles.split(' ').map(a => '<a href="/articles/' + KG.esc(a) + '">' + KG.esc(a) + '</a>').join(', ') : '') +
        ').' + (d.note ? ' <span class="muted">' + note(d.note) + '</span>' : '') + '</p>';
    });
    html += '<p class="muted">' + claims.length + ' claim' + (claims.length === 1 ? '' : 's') + ' from ' +
      new Set(claims.map(c => c.articleId)).size + ' article(s).</p>';
    claims.forEach(c => {
      const kind = KG.local(c.type);
      const dis = disagree.get(c.claim);
      html += '<article class="claim k-' + KG.esc(kind) + (dis ? ' disagrees' : '') + '" data-claim="' + KG.esc(c.claim) + '">' +
        (dis ? '<span class="badge conflict">disagrees on ' + KG.esc(dis.join(', ')) + '</span>' : '') +
        '<blockquote>' + quote(c) + '</blockquote>' +
        '<p class="src"><b class="outlet">' + KG.esc(c.outlet || 'unknown outlet') + '</b>' +
        (c.published ? ', published <span class="published">' + KG.esc(c.published) + '</span>' : '') +
        (c.url ? ' · <a href="' + KG.esc(c.url) + '" rel="noreferrer">source</a>' : '') +
        ' · <a href="/articles/' + KG.esc(c.articleId) + '#' + KG.esc(KG.local(c.claim)) + '">in the article</a>' +
        ' · <a href="' + KG.esc(KG.pageOf(c.claim)) + '">claim</a>' +
        (c.rule ? ' · rule <code>' + KG.esc(c.rule) + '</code>' : '') + '</p></article>';
    });
    const used = DATES.filter(d => claims.some(c => c[d]));
    if (used.length) {
      html += '<table class="dates"><caption>The dates each source gives</caption><tr><th>source</th>' +
        used.map(d => '<th>' + d + '</th>').join('') + '</tr>';
      const differs = {};
      // "as of" is when each source speaks: that it differs is no disagreement.
      used.forEach(d => differs[d] = d !== 'asOf' && new Set(claims.filter(c => c[d]).map(c => c[d])).size > 1);
      claims.forEach(c => {
        html += '<tr><td>' + KG.esc(c.outlet || c.articleId) + '<br><span class="muted">' + KG.esc(c.published || '') + '</span></td>' +
          used.map(d => '<td' + (differs[d] && c[d] ? ' class="differs"' : '') + '>' + (c[d] ? KG.edtf(c[d]) : '') + '</td>').join('') + '</tr>';
      });
      html += '</table>';
    }
    box.innerHTML = html;
  }

  async function show(box, factIri) {
    box.innerHTML = '<p class="muted">Loading the claims…</p>';
    render(box, await load(factIri));
  }

  return {show};
})();
