// missionkg pages: shared helpers. Every page asks /kg/sparql (the endpoint users have) and lists the
// queries it asked under "Queries behind this page", each with a link that opens it in the editor.
'use strict';
const KG = (() => {
  const PREFIXES = [
    'PREFIX mkg:    <https://w3id.org/missionkg/ontology#>',
    'PREFIX prov:   <http://www.w3.org/ns/prov#>',
    'PREFIX oa:     <http://www.w3.org/ns/oa#>',
    'PREFIX schema: <https://schema.org/>',
    'PREFIX rdfs:   <http://www.w3.org/2000/01/rdf-schema#>',
    'PREFIX skos:   <http://www.w3.org/2004/02/skos/core#>',
    'PREFIX owl:    <http://www.w3.org/2002/07/owl#>',
    'PREFIX xsd:    <http://www.w3.org/2001/XMLSchema#>', ''].join('\n');
  const BASE = 'https://w3id.org/missionkg/';
  const ID = BASE + 'id/';
  const asked = [];

  /** Runs a SELECT on /kg/sparql; rows are objects of plain strings. */
  async function select(title, body) {
    const query = PREFIXES + body.trim() + '\n';
    asked.push({title, query});
    showAsked();
    const r = await fetch('/kg/sparql', {
      method: 'POST',
      headers: {'Content-Type': 'application/x-www-form-urlencoded', 'Accept': 'application/sparql-results+json'},
      body: 'query=' + encodeURIComponent(query)
    });
    if (!r.ok) {
      throw new Error('the endpoint answered ' + r.status + ' to "' + title + '": ' + (await r.text()).slice(0, 300));
    }
    const json = await r.json();
    return json.results.bindings.map(b => {
      const o = {};
      for (const k in b) o[k] = b[k].value;
      return o;
    });
  }

  function showAsked() {
    let box = document.getElementById('asked');
    if (!box) {
      box = document.createElement('details');
      box.id = 'asked';
      document.querySelector('main').appendChild(box);
    }
    box.innerHTML = '<summary>Queries behind this page (' + asked.length + ')</summary>' + asked.map(a =>
      '<section><h3>' + esc(a.title) + ' · <a href="/editor?query=' + encodeURIComponent(a.query) +
      '">open in the editor</a></h3><pre>' + esc(a.query) + '</pre></section>').join('');
  }

  function esc(s) {
    return String(s ?? '').replace(/[&<>"']/g, c => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}[c]));
  }

  /** The last path segments after prefix, checked so they can stand inside an IRI or a literal. */
  function idFromPath(prefix) {
    const rest = decodeURIComponent(location.pathname.slice(prefix.length)).replace(/\/$/, '');
    if (!/^[A-Za-z0-9._~-]+(\/[A-Za-z0-9._~-]+){0,2}$/.test(rest)) {
      throw new Error('not an id: ' + rest);
    }
    return rest;
  }

  /** The page of a node of the graph, or null when it has none. */
  function pageOf(iri) {
    if (!iri) return null;
    if (iri.startsWith(ID + 'mission/')) return '/missions/' + iri.slice(ID.length + 8);
    if (iri.startsWith(ID)) return '/entities/' + iri.slice(ID.length);
    if (iri.startsWith(BASE + 'article/')) return '/articles/' + iri.slice(BASE.length + 8);
    if (iri.startsWith(BASE + 'fact/')) return '/facts/' + iri.slice(BASE.length + 5).replace(/#.*/, '');
    if (iri.startsWith(BASE + 'consolidated/')) return '/facts/consolidated/' + iri.slice(BASE.length + 13);
    return null;
  }

  function link(iri, text) {
    const p = pageOf(iri);
    return p ? '<a href="' + esc(p) + '">' + esc(text) + '</a>' : esc(text);
  }

  function local(iri) {
    return String(iri || '').replace(/^.*[\/#]/, '');
  }

  const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
    'October', 'November', 'December'];
  const SEASONS = {21: 'spring', 22: 'summer', 23: 'autumn', 24: 'winter'};

  /** An EDTF value in words: "2019-23" is "autumn 2019", "2020-01-04/2020-01-05" "4 January 2020 to 5 January 2020". */
  function words(edtf) {
    if (!edtf) return 'not known';
    if (edtf.includes('/')) {
      const [a, b] = edtf.split('/');
      return (a && a !== '..' ? words(a) : 'an open start') + ' to ' + (b && b !== '..' ? words(b) : 'an open end');
    }
    const m = edtf.match(/^(-?\d{4})(?:-(\d{2}))?(?:-(\d{2}))?([~?%])?$/);
    if (!m) return edtf;
    const [, y, mo, d, mark] = m;
    let w;
    if (!mo) w = y;
    else if (SEASONS[+mo]) w = SEASONS[+mo] + ' ' + y;
    else if (!d) w = MONTHS[+mo - 1] + ' ' + y;
    else w = (+d) + ' ' + MONTHS[+mo - 1] + ' ' + y;
    if (mark === '~') w = 'about ' + w;
    if (mark === '?') w = w + ', uncertain';
    if (mark === '%') w = 'about ' + w + ', uncertain';
    return w;
  }

  /** "2019-23 (autumn 2019)" */
  function edtf(value) {
    return value ? '<span class="edtf">' + esc(value) + '</span> <span class="words">(' + esc(words(value)) + ')</span>'
      : '<span class="words">not known</span>';
  }

  const KIND_WORDS = {CommandTenure: 'command', Leadership: 'lead nation', MissionEvent: 'event',
    TroopContribution: 'troops', RoleHolding: 'role', Stationing: 'stationing', Statement: 'statement'};
  const RULE_WORDS = {
    'end-from-successor-start': "the successor's start",
    'start-from-predecessor-end': "the predecessor's end",
    'end-from-lead-nation-handover': 'the handover of the lead to the next nation'};

  function ruleWords(rule) {
    return RULE_WORDS[rule] || String(rule).replace(/-/g, ' ');
  }

  /**
   * Words to stand for a missing headline: the first sentence of the text's first paragraph that reads as prose
   * (eight words or more, so a dateline's or an advert's scraps are passed over), cut at a word before max
   * characters with an ellipsis. A full stop after a capital ("U.S.", "J.") does not end the sentence.
   */
  function opening(text, max = 80) {
    const paragraphs = String(text || '').split(/\n\s*\n/).map(p => p.replace(/\s+/g, ' ').trim()).filter(p => p);
    const prose = paragraphs.find(p => p.split(' ').length >= 8) || paragraphs[0] || '';
    const sentence = (prose.match(/^.*?[a-z0-9)’'"”][.!?]["”’]?(?=\s|$)/) || [prose])[0];
    if (sentence.length <= max) return sentence;
    const cut = sentence.slice(0, max - 1);
    const space = cut.lastIndexOf(' ');
    return (space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–—-]+$/, '') + '…';
  }

  function fail(e) {
    console.warn(e);
    const p = document.createElement('p');
    p.className = 'error';
    p.textContent = String(e.message || e);
    document.querySelector('main').prepend(p);
  }

  return {select, esc, idFromPath, pageOf, link, local, words, edtf, opening, KIND_WORDS, ruleWords, fail, ID, BASE};
})();
