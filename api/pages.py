"""HTML pages that work offline: the home page (query editor, example queries, results as a table),
entity pages (/entity/...: labels, types, posts with dates, related programs, events and counts, and the
release text each fact came from) with JSON-LD and Turtle twins, and network pages. Everything shown
comes from release text, so it is escaped; the page script writes results with textContent only."""

from __future__ import annotations

import html
import json
import re
from urllib.parse import urlsplit

import pyoxigraph as ox
from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, PlainTextResponse, Response

from phakhi.api import openapi
from phakhi.api.examples import EXAMPLES
from phakhi.api.negotiation import choose
from phakhi.graph.store import Store
from phakhi.ontology import PID, SPARQL_PREFIXES

_STYLE = """body{font-family:'Noto Sans Thai','TH Sarabun New',Garuda,sans-serif;margin:1.5em;max-width:80em}
textarea{width:100%;height:14em;font-family:monospace}table{border-collapse:collapse;margin-top:1em}
td,th{border:1px solid #ccc;padding:.2em .5em;vertical-align:top}mark{background:#ffe08a}
nav a{margin-right:1em}.quote{color:#444}"""
_ENTITY_FORMATS = {"text/html": None, "application/ld+json": ox.RdfFormat.JSON_LD, "text/turtle": ox.RdfFormat.TURTLE,
                   "application/n-triples": ox.RdfFormat.N_TRIPLES}


def _page(title: str, body: str) -> HTMLResponse:
    return HTMLResponse(f"""<!doctype html><html lang="th"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>{html.escape(title)}</title>
<style>{_STYLE}</style></head><body><nav><a href="/">phakhi</a><a href="/network">network</a>
<a href="/openapi.json">API</a></nav>{body}</body></html>""")


_SCRIPT = """
const form = document.getElementById('q'), out = document.getElementById('out'), status = document.getElementById('status');
document.querySelectorAll('button.example').forEach(b => b.addEventListener('click', () => {
  form.query.value = b.dataset.query; }));
form.addEventListener('submit', async (event) => {
  event.preventDefault(); out.replaceChildren(); status.textContent = '…';
  const response = await fetch('/sparql', {method: 'POST', headers: {'Accept': 'application/sparql-results+json'},
                                           body: new URLSearchParams({query: form.query.value})});
  if (!response.ok) { status.textContent = response.status + ' ' + await response.text(); return; }
  const data = await response.json();
  if (data.boolean !== undefined) { status.textContent = String(data.boolean); return; }
  const vars = data.head.vars, table = document.createElement('table'), head = table.insertRow();
  vars.forEach(v => { const th = document.createElement('th'); th.textContent = v; head.appendChild(th); });
  data.results.bindings.forEach(row => { const tr = table.insertRow(); vars.forEach(v => {
    const td = tr.insertCell(), term = row[v]; if (!term) return;
    if (term.type === 'uri' && term.value.startsWith('""" + str(PID) + """')) {
      const a = document.createElement('a'); a.href = '/entity/' + term.value.slice(""" + str(len(str(PID))) + """);
      a.textContent = term.value; td.appendChild(a); } else { td.textContent = term.value; } }); });
  status.textContent = data.results.bindings.length + ' rows'; out.appendChild(table);
});"""


def router(store: Store) -> APIRouter:
    routes = APIRouter()

    @routes.get("/", response_class=HTMLResponse, **openapi.HOME)
    def home() -> HTMLResponse:
        stats = store.stats()
        counts = " · ".join(f"{html.escape(k)} {v:,}" for k, v in stats.items())
        buttons = "".join(f'<li><button type="button" class="example" data-query="{html.escape(SPARQL_PREFIXES + q)}">'
                          f"{html.escape(label)}</button></li>" for label, q in EXAMPLES)
        first = html.escape(SPARQL_PREFIXES + EXAMPLES[0][1])
        body = f"""<h1>phakhi (ภาคี)</h1><p>{counts}</p>
<p>SPARQL 1.1 endpoint: <code>/sparql</code> (GET or POST; JSON, XML, CSV, TSV; Turtle, N-Triples, RDF/XML,
JSON-LD, TriG, N-Quads). The phakhi prefixes are predeclared.</p>
<h2>ตัวอย่างคำถาม / Example questions</h2><ul>{buttons}</ul>
<form id="q"><textarea name="query" spellcheck="false">{first}</textarea><br><button type="submit">Run</button>
<span id="status"></span></form><div id="out"></div><script>{_SCRIPT}</script>"""
        return _page("phakhi", body)

    @routes.get("/entity/{path:path}", include_in_schema=False)  # documented in api/openapi.py
    def entity(path: str, request: Request) -> Response:
        try:
            iri = str(PID) + _iri_path(request.scope.get("raw_path") or request.url.path.encode())[len("/entity/"):]
        except ValueError as error:
            return PlainTextResponse(str(error), status_code=400)
        try:
            node = ox.NamedNode(iri)
        except ValueError as error:  # e.g. a space or "<" in the path: no entity can have that IRI
            return PlainTextResponse(f"not an entity IRI: {iri} ({error})", status_code=400)
        quads = list(store.ox.quads_for_pattern(node, None, None, None))
        if not quads:
            return PlainTextResponse(f"no entity {iri}", status_code=404)
        wanted = {"jsonld": "application/ld+json", "turtle": "text/turtle", "nt": "application/n-triples"}
        asked = request.query_params.get("format", "")
        if asked and asked not in wanted:
            return PlainTextResponse(f"format must be one of {', '.join(wanted)}, not {asked!r}", status_code=400)
        accept = wanted.get(asked, request.headers.get("accept", ""))
        media = choose(accept, _ENTITY_FORMATS, "text/html")
        if media is None:
            return PlainTextResponse("cannot produce " + request.headers.get("accept", ""), status_code=406)
        if media != "text/html":
            triples = list(dict.fromkeys(q.triple for q in quads))
            return Response(ox.serialize(triples, format=_ENTITY_FORMATS[media]), media_type=media)
        return _page(_label(store, iri) or iri, _entity_body(store, iri))

    @routes.get("/network.json", **openapi.NETWORK_JSON)
    @routes.get("/network", response_class=HTMLResponse, **openapi.NETWORK)
    def network_page(request: Request, focus: str | None = None, program: str | None = None,
                     release: str | None = None, classes: str | None = None, since: str | None = None,
                     until: str | None = None, depth: int = 2, limit: int = 150) -> Response:
        """One network view, as a page (/network, self-contained; double-click opens entity pages) or as
        node-link JSON (/network.json). Unknown names answer 404, malformed parameters 400."""
        from phakhi.graph.views import draw, project

        try:
            releases, note = project.scope(store, focus=focus or None, program=program or None,
                                           release=release or None, since=since or None, until=until or None)
            shown = project.select(project.build(store, releases), focus=focus or None, program=program or None,
                                   release=release or None, classes=classes or None, since=since or None,
                                   until=until or None, depth=max(1, min(depth, 3)), limit=max(1, min(limit, 2000)))
            shown.graph["title"] += note
        except LookupError as error:
            return PlainTextResponse(str(error), status_code=404)
        except ValueError as error:
            return PlainTextResponse(str(error), status_code=400)
        if request.url.path.endswith(".json"):
            return Response(json.dumps(draw.to_json(shown, links=True), ensure_ascii=False),
                            media_type="application/json")
        return HTMLResponse(draw.page(shown, f"phakhi: {shown.graph['title']}", links=True))

    return routes


_ESCAPES = re.compile(r"(?:%[0-9A-Fa-f]{2})+")
_UNRESERVED = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")


def _iri_path(raw: bytes) -> str:
    """The request path as it appears in an entity IRI. Entity IRIs keep percent-escapes for ASCII
    punctuation (`"` is %22 in `org/บริษัท_%22...`) and hold Thai letters as they are, while a browser
    sends those letters percent-encoded: so decode escapes of non-ASCII UTF-8 (and of unreserved ASCII)
    and leave the others as they are (RFC 3987, 3.2). Decoding every escape would change the IRI."""
    text = raw.decode("utf-8")  # ValueError (UnicodeDecodeError) for bytes that are not UTF-8

    def decode(run: re.Match) -> str:
        data = bytes.fromhex(run.group(0).replace("%", ""))
        out, i = [], 0
        while i < len(data):
            byte = data[i]
            if byte < 0x80:
                out.append(chr(byte) if byte in _UNRESERVED else f"%{byte:02X}")
                i += 1
                continue
            width = 2 if byte >= 0xC0 else 1
            width = 3 if byte >= 0xE0 else width
            width = 4 if byte >= 0xF0 else width
            try:
                out.append(data[i:i + width].decode("utf-8"))
                i += width
            except UnicodeDecodeError:  # not UTF-8: keep the escape
                out.append(f"%{byte:02X}")
                i += 1
        return "".join(out)

    return _ESCAPES.sub(decode, text)


def _label(store: Store, iri: str) -> str | None:
    rows = store.select(f"SELECT ?l WHERE {{ <{iri}> skos:prefLabel ?l }} ORDER BY DESC(lang(?l) = 'th') LIMIT 1")
    return str(rows[0]["l"]) if rows else None


def _link(term) -> str:
    value = str(term)
    if value.startswith(str(PID)):
        return f'<a href="/entity/{html.escape(value[len(str(PID)):])}">{html.escape(value)}</a>'
    return html.escape(value)


def _source_link(url) -> str:
    """A link to where a release came from: http(s) only (a javascript: or data: URL in a release's
    metadata must not become a clickable link), escaped."""
    if url is None:
        return ""
    text = str(url)
    if urlsplit(text).scheme.lower() not in ("http", "https"):
        return f"source: {html.escape(text)}"
    return f'<a href="{html.escape(text)}" rel="noopener noreferrer">source</a>'


def _table(rows: list[dict], columns: list[str]) -> str:
    if not rows:
        return "<p>—</p>"
    head = "".join(f"<th>{html.escape(c)}</th>" for c in columns)
    body = "".join("<tr>" + "".join(f"<td>{_link(r[c]) if r.get(c) is not None else ''}</td>" for c in columns) + "</tr>"
                   for r in rows)
    return f"<table><tr>{head}</tr>{body}</table>"


def _entity_body(store: Store, iri: str) -> str:
    labels = store.select(f"SELECT DISTINCT ?label (lang(?label) AS ?lang) WHERE {{ <{iri}> skos:prefLabel|skos:altLabel ?label }} ORDER BY ?lang ?label")
    types = store.select(f"SELECT DISTINCT ?type WHERE {{ <{iri}> a ?type }}")
    posts = store.select(f"""SELECT DISTINCT ?title ?organization ?date WHERE {{ ?m org:member <{iri}> ; ph:post ?post .
        ?post ph:title ?title . OPTIONAL {{ ?post org:postIn ?organization }}
        OPTIONAL {{ ?m org:memberDuring/time:inside/time:inXSDDate ?date }} }} ORDER BY ?date""")
    related = store.select(f"""SELECT DISTINCT ?relation ?other WHERE {{
        {{ <{iri}> ?relation ?other . ?other a ?t FILTER(?t IN (ph:Program, schema:Event, org:Organization, schema:Person, ph:Count)) }}
        UNION {{ ?other ?relation <{iri}> . ?other a ?t FILTER(?t IN (ph:Program, schema:Event, org:Organization, schema:Person, ph:Count)) }}
        }} LIMIT 200""")
    sources = store.select(f"""SELECT DISTINCT ?release ?title ?url ?start ?prefix ?exact ?suffix WHERE {{
        <{iri}> prov:wasDerivedFrom ?span . ?span oa:hasSource ?release ; oa:hasSelector ?q , ?p .
        ?q oa:exact ?exact . ?p oa:start ?start .
        OPTIONAL {{ ?q oa:prefix ?prefix }} OPTIONAL {{ ?q oa:suffix ?suffix }}
        OPTIONAL {{ ?release dcterms:title ?title }} OPTIONAL {{ ?release dcterms:source ?url }} }}
        ORDER BY ?release ?start LIMIT 200""")
    quotes = "".join(
        f'<li><span class="quote">…{html.escape(str(s.get("prefix") or ""))}<mark>{html.escape(str(s["exact"]))}</mark>'
        f'{html.escape(str(s.get("suffix") or ""))}…</span> — {_link(s["release"])} '
        f'{html.escape(str(s.get("title") or ""))} '
        + _source_link(s.get("url")) + "</li>"
        for s in sources)
    return (f"<h1>{html.escape(_label(store, iri) or iri)}</h1><p><code>{html.escape(iri)}</code></p>"
            f"<h2>Labels</h2>{_table(labels, ['label', 'lang'])}<h2>Types</h2>{_table(types, ['type'])}"
            f"<h2>Posts</h2>{_table(posts, ['title', 'organization', 'date'])}"
            f"<h2>Related</h2>{_table(related, ['relation', 'other'])}"
            f"<h2>Where this comes from</h2><ul>{quotes or '<li>—</li>'}</ul>"
            f'<p>Also as <a href="?format=jsonld">JSON-LD</a>, <a href="?format=turtle">Turtle</a> and '
            f'<a href="?format=nt">N-Triples</a> (or send an Accept header).</p>')
