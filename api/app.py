"""The web application: `create_app(store)` builds it, `serve` runs it with uvicorn.

v1 serves the SPARQL 1.1 query endpoint at /sparql (GET, POST form, POST application/sparql-query), a
home page, and network pages. Results are serialised straight from Oxigraph. Handlers are plain `def`,
so FastAPI runs each query in its thread pool, off the event loop.
"""

from __future__ import annotations

import html
import tempfile
from pathlib import Path

import pyoxigraph as ox
from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response

from phakhi import __version__
from phakhi.graph.query import QueryError, run_query
from phakhi.graph.store import Store

RESULT_FORMATS = {  # media type -> (pyoxigraph format, response media type)
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "application/xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}
GRAPH_FORMATS = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
    "application/n-quads": ox.RdfFormat.N_QUADS,
    "application/trig": ox.RdfFormat.TRIG,
}


def _choose(accept: str, formats: dict, default: str) -> str | None:
    """The first acceptable media type we can produce, by the client's q-values; None if none is."""
    if not accept.strip():
        return default
    wanted = []
    for index, part in enumerate(accept.split(",")):
        fields = [f.strip() for f in part.split(";")]
        q = 1.0
        for f in fields[1:]:
            if f.startswith("q="):
                try:
                    q = float(f[2:])
                except ValueError:
                    q = 0.0
        wanted.append((-q, index, fields[0].lower()))
    for q, _, media in sorted(wanted):
        if q == 0:
            continue
        if media in formats:
            return media
        if media in ("*/*", "application/*", "text/*"):
            matching = [m for m in formats if media == "*/*" or m.startswith(media[:-1])]
            if default in matching:
                return default
            if matching:
                return matching[0]
    return None


def create_app(store: Store) -> FastAPI:
    app = FastAPI(title="phakhi", version=__version__, docs_url=None, redoc_url=None)
    app.state.store = store

    def answer(sparql: str | None, accept: str) -> Response:
        if not sparql:
            return JSONResponse({"error": "missing the 'query' parameter"}, status_code=400)
        try:
            result = run_query(store, sparql)
        except QueryError as error:
            return Response(str(error), status_code=400, media_type="text/plain; charset=utf-8")
        if isinstance(result, ox.QueryTriples):
            media = _choose(accept, GRAPH_FORMATS, "text/turtle")
            if media is None:
                return Response("cannot produce any of: " + accept, status_code=406, media_type="text/plain")
            return Response(result.serialize(format=GRAPH_FORMATS[media]), media_type=media)
        media = _choose(accept, RESULT_FORMATS, "application/sparql-results+json")
        if media is None:
            return Response("cannot produce any of: " + accept, status_code=406, media_type="text/plain")
        return Response(result.serialize(format=RESULT_FORMATS[media]), media_type=media)

    @app.get("/sparql")
    def sparql_get(request: Request) -> Response:
        return answer(request.query_params.get("query"), request.headers.get("accept", ""))

    @app.post("/sparql")
    async def sparql_post(request: Request) -> Response:
        content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if content_type == "application/sparql-query":
            sparql = (await request.body()).decode("utf-8", errors="replace")
        elif content_type == "application/x-www-form-urlencoded":
            sparql = (await request.form()).get("query")
        else:
            return Response("POST a query as application/sparql-query or application/x-www-form-urlencoded",
                            status_code=415, media_type="text/plain")
        from starlette.concurrency import run_in_threadpool

        return await run_in_threadpool(answer, sparql, request.headers.get("accept", ""))

    @app.get("/", response_class=HTMLResponse)
    def home() -> str:
        stats = store.stats()
        rows = "".join(f"<tr><td>{html.escape(k)}</td><td>{v}</td></tr>" for k, v in stats.items())
        return f"""<!doctype html><html lang="th"><head><meta charset="utf-8"><title>phakhi</title></head>
<body><h1>phakhi (ภาคี)</h1><p>SPARQL endpoint: <code>/sparql</code> &middot; <a href="/network">network</a></p>
<table>{rows}</table></body></html>"""

    @app.get("/network", response_class=HTMLResponse)
    def network_page(focus: str | None = None, limit: int = 150) -> Response:
        from phakhi.graph import network

        try:
            shown = network.view(network.build(store), focus, limit=max(1, min(limit, 2000)))
        except LookupError as error:
            return Response(str(error), status_code=404, media_type="text/plain; charset=utf-8")
        with tempfile.TemporaryDirectory() as tmp:
            page = network.render(shown, Path(tmp) / "network.html", title="phakhi").read_text(encoding="utf-8")
        return HTMLResponse(page)

    return app


def serve(store: Store, host: str = "127.0.0.1", port: int = 8000) -> None:
    import uvicorn

    uvicorn.run(create_app(store), host=host, port=port, log_level="info")
