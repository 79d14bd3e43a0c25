"""HTML pages that work offline: the home page (YASGUI query editor, vendored under api/static/, with the
example queries), search (/search), the release reader (/release/...), entity pages (/entity/..., read from
the knowledge graph by graph/views/entity.py) with JSON-LD and Turtle twins, and network pages. Every page's queries run in the query pool under the /sparql time limit and row
cap (graph/views/budget.py): a page that would overrun answers 503, a section cut at the row cap says so.
Everything shown comes from release text, so it is escaped; page scripts write with textContent only."""

from __future__ import annotations

import html
import json
import re
import time
from pathlib import Path

import pyoxigraph as ox
from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, JSONResponse, PlainTextResponse, RedirectResponse, Response

from phakhi.api import openapi
from phakhi.api.examples import EXAMPLES
from phakhi.api.execute import Executor, QueryTimeout
from phakhi.api.negotiation import choose
from phakhi.api.settings import Settings
from phakhi.graph.store import Store
from phakhi.graph.views import entity as entity_page
from phakhi.graph.views import reader
from phakhi.graph.views.budget import Budget, OutOfTime
from phakhi.graph.views.search import IndexCache, SearchIndex
from phakhi.ontology import PID, PREFIXES

STATIC = Path(__file__).resolve().parent / "static"
_HEADER_STYLE = """header.site{display:flex;gap:1.2em;align-items:center;padding:.6em 0;border-bottom:1px solid #ddd;margin-bottom:1em}
header.site a{text-decoration:none}header.site .brand{font-weight:bold;font-size:1.2em}header.site form{margin-left:auto}
header.site input[type=search]{width:22em;padding:.35em .5em;font-size:1em}"""
_STYLE = """body{font-family:'Noto Sans Thai','TH Sarabun New',Garuda,sans-serif;margin:0 1.5em 1.5em;max-width:90em}
table{border-collapse:collapse;margin-top:1em}td,th{border:1px solid #ccc;padding:.2em .5em;vertical-align:top;text-align:left}
mark{background:#ffe08a}.quote{color:#444}.hits li{margin:.5em 0}
.hits .type{color:#555;font-size:.9em}.hits .desc{color:#444;font-size:.9em;display:block}.cut{color:#a40}
.data code{font-size:.85em}.examples button{margin:.15em;text-align:left}""" + _HEADER_STYLE
_ENTITY_FORMATS = {"text/html": None, "application/ld+json": ox.RdfFormat.JSON_LD, "text/turtle": ox.RdfFormat.TURTLE,
                   "application/n-triples": ox.RdfFormat.N_TRIPLES}


def site_header(query: str = "") -> str:
    """The header every page has: the site's links and the search box."""
    return (f'<header class="site"><a class="brand" href="/">phakhi ภาคี</a><a href="/network">network</a>\n'
            f'<a href="/openapi.json">API</a><form action="/search" role="search"><input type="search" name="q" '
            f'value="{html.escape(query)}"\nplaceholder="ค้นหา หน่วยงาน บุคคล โครงการ… / search names, e.g. กสอ, DIPROM" '
            f'aria-label="search"></form></header>')


def _page(title: str, body: str, query: str = "", head: str = "") -> HTMLResponse:
    return HTMLResponse(f"""<!doctype html><html lang="th"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>{html.escape(title)}</title>
<style>{_STYLE}</style>{head}</head><body>{site_header(query)}
{body}</body></html>""")


def _json_script(element_id: str, data) -> str:
    """Data for a page script, as JSON that cannot close its <script> element."""
    text = json.dumps(data, ensure_ascii=False).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return f'<script type="application/json" id="{element_id}">{text}</script>'


def _hits_html(index: SearchIndex, hits) -> str:
    if not hits:
        return "<p>ไม่พบ / nothing found.</p>"
    items = []
    for hit in hits:
        e = hit.entry
        parent = index.by_iri.get(e.parent) if e.parent else None
        up = f' · <a href="{html.escape(parent.href)}">{html.escape(parent.label)}</a>' if parent else ""
        items.append(f'<li><a class="hit" href="{html.escape(e.href)}">{html.escape(e.label)}</a> '
                     f'<span class="type">{html.escape(e.type)}{up} · {e.mentions:,} releases'
                     f'{" · matched " + html.escape(hit.matched) if hit.matched != e.label else ""}</span>'
                     f'<span class="desc">{html.escape(e.description)}</span></li>')
    return f'<ol class="hits">{"".join(items)}</ol>'


def router(store: Store, settings: Settings, executor: Executor, names: IndexCache) -> APIRouter:
    routes = APIRouter()

    async def limited(fn, *args, key=None, share: float = 1.0):
        """Run a page's work in the query pool under the /sparql limits: (result, None) or (None, a 503).
        A page that answers with what it has (share < 1) stops starting queries at that share of the limit."""
        def work():
            budget = Budget(store, time.monotonic() + settings.query_timeout * share, settings.max_rows)
            return fn(budget, *args)
        try:
            return await executor.submit(settings.query_timeout, work, key=key), None
        except (QueryTimeout, OutOfTime) as error:
            return None, PlainTextResponse(f"page stopped: {error}; try again later or narrow it", status_code=503,
                                           headers={"Retry-After": "10"})

    async def index() -> tuple[SearchIndex | None, Response | None]:
        if names.ready():
            return names.get(), None
        try:  # built once per store state; a build that outlasts the limit goes on and serves the next request
            return await executor.submit(settings.query_timeout, names.get), None
        except QueryTimeout:
            return None, PlainTextResponse("the name index is still being built; try again in a moment",
                                           status_code=503, headers={"Retry-After": "5"})

    @routes.get("/", response_class=HTMLResponse, **openapi.HOME)
    async def home() -> HTMLResponse:
        try:
            stats = await executor.submit(settings.query_timeout, store.stats, key="stats")
            counts = " · ".join(f"{html.escape(k)} {v:,}" for k, v in stats.items())
        except QueryTimeout:
            counts = "(the store is too big to count within the time limit)"
        config = {"endpoint": "/sparql", "prefixes": {p: str(ns) for p, ns in PREFIXES.items()},
                  "examples": [{"label": label, "query": q} for label, q in EXAMPLES], "entity": str(PID)}
        buttons = "".join(f'<button type="button" class="example" data-index="{i}">{html.escape(label)}</button>'
                          for i, (label, _) in enumerate(EXAMPLES))
        body = f"""<p>{counts}</p>
<p>SPARQL 1.1 endpoint: <code>/sparql</code> (GET or POST; JSON, XML, CSV, TSV; Turtle, N-Triples, RDF/XML,
JSON-LD, TriG, N-Quads). The phakhi prefixes are predeclared. Entity IRIs in results show as their names and open
their pages.</p><h2>ตัวอย่างคำถาม / Example questions</h2><div class="examples">{buttons}</div>
<div id="yasgui"></div>{_json_script("editor-config", config)}
<script src="/static/yasgui.min.js"></script><script src="/static/editor.js"></script>"""
        return _page("phakhi", body, head='<link rel="stylesheet" href="/static/yasgui.min.css">')

    @routes.get("/search", **openapi.SEARCH)
    async def search(request: Request, q: str = "", limit: int = 20, kind: str | None = None) -> Response:
        wanted = request.query_params.get("format") == "json" or (
            choose(request.headers.get("accept", ""), {"text/html": 1, "application/json": 2}, "text/html") == "application/json")
        if len(q) > 200:
            return PlainTextResponse("the search text is longer than 200 characters", status_code=400)
        if kind not in (None, "", "organization", "person", "program", "event"):
            return PlainTextResponse("kind must be organization, person, program or event", status_code=400)
        found, failure = await index()
        if failure:
            return failure
        hits = found.search(q, limit=max(1, min(limit, 200)), kind=kind or None) if q.strip() else []
        if wanted:
            return JSONResponse({"query": q, "hits": [hit.to_json(found) for hit in hits]})
        heading = f"<h1>ค้นหา / Search: {html.escape(q)}</h1>" if q.strip() else "<h1>ค้นหา / Search</h1>"
        return _page(f"phakhi: {q}", heading + (_hits_html(found, hits) if q.strip() else ""), query=q)

    @routes.get("/labels", **openapi.LABELS)
    async def labels(request: Request) -> Response:
        """IRI -> {label, href} for the IRIs asked (?iri=...&iri=..., at most 200): the query editor's results."""
        asked = request.query_params.getlist("iri")
        if not asked or len(asked) > 200:
            return PlainTextResponse("ask for 1 to 200 IRIs: ?iri=...&iri=...", status_code=400)
        found, failure = await index()
        if failure:
            return failure
        out = {iri: {"label": found.by_iri[iri].label, "href": found.by_iri[iri].href} for iri in asked if iri in found.by_iri}
        rest = [iri for iri in asked if iri not in out and iri.startswith(f"{PID}release/")]
        if rest:
            titles, _ = await limited(_release_titles, rest)
            for iri, title in (titles or {}).items():
                out[iri] = {"label": title, "href": "/release/" + iri.rsplit("/", 1)[-1]}
        return JSONResponse(out)

    @routes.get("/release/{release_id}", response_class=HTMLResponse, **openapi.RELEASE)
    async def release_page(release_id: str) -> Response:
        if not re.fullmatch(r"[0-9a-f]{16}", release_id):
            return PlainTextResponse(f"not a release id: {release_id!r} (16 hexadecimal digits)", status_code=404)
        found, failure = await limited(reader.read, release_id)
        if failure:
            return failure
        if found is None:
            return PlainTextResponse(f"no release {release_id}", status_code=404)
        return _page(found.title or found.name, reader.body(found))

    @routes.get("/entity/{path:path}", include_in_schema=False)  # documented in api/openapi.py
    async def entity(path: str, request: Request) -> Response:
        try:
            iri = str(PID) + _iri_path(request.scope.get("raw_path") or request.url.path.encode())[len("/entity/"):]
        except ValueError as error:
            return PlainTextResponse(str(error), status_code=400)
        try:
            node = ox.NamedNode(iri)
        except ValueError as error:  # e.g. a space or "<" in the path: no entity can have that IRI
            return PlainTextResponse(f"not an entity IRI: {iri} ({error})", status_code=400)
        page = request.query_params.get("page", "1")
        if not re.fullmatch(r"[0-9]{1,6}", page) or not 1 <= int(page) <= 100_000:
            return PlainTextResponse("page must be a whole number from 1 to 100000", status_code=400)
        other = request.query_params.get("with", "")
        try:
            if other and (re.search(r'[<>"{}|\\^`\s]', other) or ox.NamedNode(str(PID) + other) is None):
                raise ValueError("a character an IRI cannot hold")
        except ValueError as error:
            return PlainTextResponse(f"with must be an entity path such as org/dip, not {other!r} ({error})", status_code=400)
        wanted = {"jsonld": "application/ld+json", "turtle": "text/turtle", "nt": "application/n-triples"}
        asked = request.query_params.get("format", "")
        if asked and asked not in wanted:
            return PlainTextResponse(f"format must be one of {', '.join(wanted)}, not {asked!r}", status_code=400)
        accept = wanted.get(asked, request.headers.get("accept", ""))
        media = choose(accept, _ENTITY_FORMATS, "text/html")
        if media is None:
            return PlainTextResponse("cannot produce " + request.headers.get("accept", ""), status_code=406)
        if media == "text/html" and re.fullmatch(f"{re.escape(str(PID))}release/[0-9a-f]{{16}}", iri):
            return RedirectResponse("/release/" + iri.rsplit("/", 1)[-1], status_code=303)
        if media != "text/html":
            triples, failure = await limited(_triples, node)
            if failure:
                return failure
            if not triples:
                return PlainTextResponse(f"no entity {iri}", status_code=404)
            return Response(ox.serialize(triples, format=_ENTITY_FORMATS[media]), media_type=media)
        known = names.get().by_iri if names.ready() else {}
        found, failure = await limited(entity_page.gather, iri, known, int(page), str(PID) + other if other else "",
                                       share=0.8)
        if failure:
            return failure
        if found is None:
            return PlainTextResponse(f"no entity {iri}", status_code=404)
        title, body = entity_page.render(found)
        return _page(title, body)

    def _triples(budget: Budget, node: ox.NamedNode) -> list:
        out = []
        for quad in store.ox.quads_for_pattern(node, None, None, None):
            if len(out) % 1000 == 999 and budget.left() <= 0:
                raise OutOfTime("the entity's statements could not be read within the time limit")
            out.append(quad.triple)
        return list(dict.fromkeys(out))

    @routes.get("/network.json", **openapi.NETWORK_JSON)
    @routes.get("/network", response_class=HTMLResponse, **openapi.NETWORK)
    async def network_page(request: Request, focus: str | None = None, program: str | None = None,
                           release: str | None = None, classes: str | None = None, since: str | None = None,
                           until: str | None = None, depth: int = 2, limit: int = 150) -> Response:
        """One network view, as a page (/network, self-contained; double-click opens entity pages) or as
        node-link JSON (/network.json). Unknown names answer 404, malformed parameters 400."""
        from phakhi.graph.views import draw, project

        def view(budget: Budget) -> Response:
            try:
                releases, note = project.scope(store, focus=focus or None, program=program or None,
                                               release=release or None, since=since or None, until=until or None)
                shown = project.select(project.build(store, releases), focus=focus or None, program=program or None,
                                       release=release or None, classes=classes or None, since=since or None,
                                       until=until or None, depth=max(1, min(depth, 3)), limit=max(1, min(limit, 2000)))
            except LookupError as error:
                return PlainTextResponse(str(error), status_code=404)
            except ValueError as error:
                return PlainTextResponse(str(error), status_code=400)
            shown.graph["title"] += note
            if request.url.path.endswith(".json"):
                return Response(json.dumps(draw.to_json(shown, links=True), ensure_ascii=False),
                                media_type="application/json")
            chrome = f"<style>{_HEADER_STYLE}header.site{{margin:0;padding:.5em 1em}}</style>{site_header()}"
            return HTMLResponse(draw.page(shown, f"phakhi: {shown.graph['title']}", links=True, chrome=chrome))

        answer, failure = await limited(view)
        return failure or answer

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


def _release_titles(budget: Budget, iris: list[str]) -> dict[str, str]:
    values = " ".join(f"<{i}>" for i in iris if ox.NamedNode(i))
    rows = budget.select(f"SELECT ?r ?t WHERE {{ VALUES ?r {{ {values} }} ?r dcterms:title ?t }}", "release titles")
    return {row["r"]: row["t"] for row in rows}


