// YASGUI on the store's own endpoint, with the canned queries of data/queries/ as ready questions.
// Nothing is fetched from elsewhere: the class and property autocompleters (which ask lov.linkeddata.es) are off.
'use strict';
(async () => {
  const endpoint = location.origin + '/kg/sparql';
  const yasgui = new Yasgui(document.getElementById('yasgui'), {
    // CONSTRUCT and DESCRIBE answer in Turtle, so the response view downloads Turtle.
    requestConfig: {endpoint, method: 'POST', acceptHeaderGraph: 'text/turtle,*/*;q=0.9'},
    copyEndpointOnNewTab: true,
    endpointCatalogueOptions: {getData: () => [{endpoint}]},
    persistenceId: null,
    populateFromUrl: false,
    yasqe: {autocompleters: ['prefixes', 'variables'], resizeable: true, editorHeight: '320px'},
    yasr: {prefixes: {mkg: 'https://w3id.org/missionkg/ontology#'}}
  });
  window.yasgui = yasgui;
  const params = new URLSearchParams(location.search);
  if (params.get('query')) yasgui.getTab().setQuery(params.get('query'));

  const list = document.querySelector('#examples ul');
  try {
    const r = await fetch('/queries');
    const queries = await r.json();
    list.innerHTML = '';
    queries.forEach(q => {
      const li = document.createElement('li');
      const b = document.createElement('button');
      b.type = 'button';
      b.dataset.query = q.name;
      b.innerHTML = '<b></b><small></small>';
      b.querySelector('b').textContent = q.name;
      b.querySelector('small').textContent = q.description + (q.params.length ? ' (set ' +
        q.params.map(p => '?' + p.name).join(', ') + ' first)' : '');
      b.addEventListener('click', () => {
        let text = q.text;
        // A parameter has no value in the file: bind an example so the query runs as loaded.
        q.params.forEach(p => {
          if (p.name === 'date') text = text.replace(/WHERE\s*\{/, 'WHERE {\n  BIND ("2020-03-01"^^<http://www.w3.org/2001/XMLSchema#date> AS ?date)  # change the day here');
        });
        // One mission's rows: the filter `ask -p mission=…` adds, ready to be switched on.
        const end = text.lastIndexOf('\n}\n');
        if (q.mission && end >= 0) {
          text = text.slice(0, end) + '\n  # FILTER (?mission = <https://w3id.org/missionkg/id/mission/nato-mission-iraq>)' +
            '  # one mission only: remove the # and name it' + text.slice(end);
        }
        // A claim table of a large store is tens of megabytes: the first page only, as `ask --limit` gives.
        if (!/\bLIMIT\s+\d+\s*$/i.test(text)) {
          text = text.replace(/\s*$/, '\n# The first 1,000 rows: OFFSET 1000 for the next ones, or remove LIMIT for all of them.\nLIMIT 1000\n');
        }
        const tab = yasgui.getTab();
        tab.setQuery(text);
        tab.setName ? tab.setName(q.name) : null;
      });
      li.appendChild(b);
      list.appendChild(li);
    });
  } catch (e) {
    list.innerHTML = '<li class="error">Could not load the ready questions: ' + String(e) + '</li>';
  }
})();
