"""/graph-store: the SPARQL 1.1 Graph Store HTTP Protocol (GET, PUT, POST, DELETE of one graph).

`?graph=IRI` names a graph, `?default` the store's default graph. Reading is open like /sparql;
writing needs the update token. A body is parsed completely before anything is written, and a PUT
replaces the graph in one transaction (a SPARQL Update), so a bad body changes nothing.
"""

from __future__ import annotations

import pyoxigraph as ox
from fastapi import APIRouter, Request
from fastapi.responses import PlainTextResponse, Response
from starlette.concurrency import run_in_threadpool

from phakhi.api.auth import write_refusal
from phakhi.api.body import BodyTooLarge, read_body
from phakhi.api.negotiation import GRAPH_TYPES, choose
from phakhi.api.settings import Settings
from phakhi.graph import knowledge
from phakhi.graph.store import Store, StoreError

_INPUT = {"text/turtle": ox.RdfFormat.TURTLE, "application/n-triples": ox.RdfFormat.N_TRIPLES,
          "application/rdf+xml": ox.RdfFormat.RDF_XML, "application/ld+json": ox.RdfFormat.JSON_LD,
          "text/plain": ox.RdfFormat.N_TRIPLES}


def router(store: Store, settings: Settings, changed=lambda: None) -> APIRouter:
    """`changed` is called after every write (the search index is then rebuilt)."""
    routes = APIRouter()

    def target(request: Request):
        params = request.query_params
        if ("graph" in params) == ("default" in params):
            raise ValueError("name exactly one of ?graph=IRI or ?default")
        if "default" in params:
            return ox.DefaultGraph()
        iri = params["graph"]
        if not iri or any(c in iri for c in '<>" {}|\\^`'):
            raise ValueError(f"not an IRI: {iri!r}")
        return ox.NamedNode(iri)

    @routes.api_route("/graph-store", methods=["GET", "PUT", "POST", "DELETE", "HEAD"], include_in_schema=False)
    async def graph_store(request: Request) -> Response:
        writing = request.method not in ("GET", "HEAD")
        refusal = write_refusal(request, settings) if writing else None
        if refusal:  # before looking at the request: nothing about it is answered without the token
            return refusal
        try:
            graph = target(request)
        except ValueError as error:
            return PlainTextResponse(str(error), status_code=400)
        exists = isinstance(graph, ox.DefaultGraph) or store.ox.contains_named_graph(graph)
        if not writing:
            if not exists:
                return PlainTextResponse("no such graph", status_code=404)
            media = choose(request.headers.get("accept", ""), GRAPH_TYPES, "text/turtle")
            if media is None:
                return PlainTextResponse("cannot produce " + request.headers.get("accept", ""), status_code=406)
            if request.method == "HEAD":
                return Response(b"", media_type=media)
            return Response(await run_in_threadpool(_serialize, store, graph, GRAPH_TYPES[media]), media_type=media)
        # reading the store, parsing and writing run off the event loop: a big graph would block it
        if request.method == "DELETE":
            if not exists:
                return PlainTextResponse("no such graph", status_code=404)
            await run_in_threadpool(store.ox.update, f"CLEAR SILENT {_ref(graph)}" if isinstance(graph, ox.DefaultGraph)
                                    else f"DROP SILENT {_ref(graph)}")
            changed()
            return await follow(_follow, store, graph) or Response(status_code=204)
        try:
            body = await read_body(request, settings.max_body)
        except BodyTooLarge as error:
            return error.response()
        media = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if media not in _INPUT:
            return PlainTextResponse(f"send RDF as one of {', '.join(_INPUT)}", status_code=415)
        try:
            await run_in_threadpool(_write, store, graph, body, _INPUT[media], str(request.url), request.method == "PUT")
        except (SyntaxError, ValueError) as error:
            return PlainTextResponse(f"the body is not valid {media}: {error}", status_code=400)
        finally:
            changed()
        return await follow(_follow, store, graph) or Response(status_code=204 if exists else 201)

    return routes


async def follow(fn, *args) -> Response | None:
    """Let the knowledge graph follow a write that is already applied (`fn(*args)` off the event loop). If it cannot
    (a StoreError: e.g. its counters kept changing under other writers, or the store went away), the client hears
    plainly that its write stands and the knowledge graph lags, and how to bring it up to date, instead of a 500
    with a traceback in the server log; None when it followed."""
    try:
        await run_in_threadpool(fn, *args)
    except StoreError as error:
        return PlainTextResponse(f"the write was applied, but the knowledge graph did not follow it: {error}. "
                                 "`phakhi knowledge --store STORE` brings it up to date", status_code=503)
    return None


def _follow(store: Store, graph) -> None:
    """A release graph written or dropped: the knowledge graph follows it (the default graph: all of them)."""
    if isinstance(graph, ox.DefaultGraph):
        knowledge.sync(store)
    elif graph.value != str(knowledge.KNOWLEDGE):
        knowledge.update_graphs(store, [graph.value])


def _serialize(store: Store, graph, fmt) -> bytes:
    quads = store.ox.quads_for_pattern(None, None, None, graph)
    return ox.serialize(list(quads) if fmt.supports_datasets else [q.triple for q in quads], format=fmt)


def _write(store: Store, graph, body: bytes, fmt, base: str, replace: bool) -> None:
    """Parse the whole body first (SyntaxError/ValueError: nothing written), then add it to the graph, or
    replace the graph with it, in one SPARQL Update (one transaction)."""
    if fmt == ox.RdfFormat.JSON_LD and not body.removeprefix(b"\xef\xbb\xbf").lstrip().startswith((b"{", b"[")):
        raise ValueError("a JSON-LD document is a JSON object or array")  # a bare JSON string or number is none
    triples = [q.triple for q in ox.parse(body, format=fmt, base_iri=base)]
    data = "\n".join(f"{t} ." for t in triples)
    graph_clause = f"{_ref(graph)} {{ {data} }}" if isinstance(graph, ox.NamedNode) else data
    clear = f"CLEAR SILENT {_ref(graph)} ;" if replace else ""
    store.ox.update(f"{clear} INSERT DATA {{ {graph_clause} }}")


def _ref(graph) -> str:
    return "DEFAULT" if isinstance(graph, ox.DefaultGraph) else f"GRAPH <{graph.value}>"
