// The query editor: YASGUI (vendored, see SOURCES.md) on this server's /sparql, with the phakhi prefixes and
// the example queries. Autocompleters that ask remote services (LOV classes and properties) are off: nothing
// leaves the page. Entity and release IRIs in results are shown by their names (GET /labels) and open their
// pages here. Names are written with textContent only.
(function () {
  const config = JSON.parse(document.getElementById('editor-config').textContent);
  const header = Object.entries(config.prefixes).map(([p, ns]) => `PREFIX ${p}: <${ns}>`).join('\n') + '\n\n';
  Yasgui.Yasqe.defaults.autocompleters = Yasgui.Yasqe.defaults.autocompleters.filter(
    name => name !== 'class' && name !== 'property');
  const yasgui = new Yasgui(document.getElementById('yasgui'), {
    requestConfig: {endpoint: new URL(config.endpoint, window.location.href).href, method: 'POST'},
    copyEndpointOnNewTab: false, persistenceId: null, endpointCatalogueOptions: {getData: () => []},
    yasqe: {value: header + config.examples[0].query, collapsePrefixesOnLoad: true},
    yasr: {prefixes: config.prefixes, maxPersistentResponseSize: 0},
  });
  window.yasgui = yasgui;
  document.querySelectorAll('button.example').forEach(button => button.addEventListener('click', () => {
    const tab = yasgui.getTab();
    tab.setQuery(header + config.examples[Number(button.dataset.index)].query);
    tab.getYasqe().collapsePrefixes(true);
  }));
  const named = new Map();  // IRI -> {label, href} or null (no name known)
  async function relabel(root) {
    const links = [...root.querySelectorAll('a.iri:not([data-named])')]
      .filter(a => a.href.startsWith(config.entity) || a.getAttribute('href').startsWith(config.entity));
    if (!links.length) return;
    const wanted = [...new Set(links.map(a => a.getAttribute('href')))].filter(iri => !named.has(iri));
    for (let i = 0; i < wanted.length; i += 200) {  // GET /labels takes up to 200 IRIs at once
      const batch = wanted.slice(i, i + 200), query = new URLSearchParams(batch.map(iri => ['iri', iri]));
      const response = await fetch('/labels?' + query);
      const found = response.ok ? await response.json() : {};
      batch.forEach(iri => named.set(iri, found[iri] || null));
    }
    links.forEach(a => {
      const iri = a.getAttribute('href'), name = named.get(iri);
      a.dataset.named = '1';
      a.title = iri;
      a.target = '_self';
      a.href = name ? name.href : '/entity/' + iri.slice(config.entity.length);
      if (name) { a.textContent = name.label; a.classList.add('named'); }
    });
    window.phakhiNamed = (window.phakhiNamed || 0) + links.length;
  }
  const results = document.getElementById('yasgui');
  new MutationObserver(() => relabel(results)).observe(results, {childList: true, subtree: true});
  window.phakhiReady = true;
})();
