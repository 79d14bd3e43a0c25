"""/sparql: the SPARQL 1.1 Protocol, query and update, with content negotiation, limits and auth."""

from __future__ import annotations

import re
import time

import pyoxigraph as ox
from fastapi import APIRouter, Request
from fastapi.responses import PlainTextResponse, Response


from phakhi.api.auth import write_refusal
from phakhi.api.body import BodyTooLarge, read_body
from phakhi.api.execute import Executor, QueryTimeout, TooManyRows, run
from phakhi.api.graph_store import follow
from phakhi.api.negotiation import BOOLEAN_TYPES, GRAPH_TYPES, SELECT_TYPES, choose
from phakhi.api.protocol import Operation, ProtocolError, check_safe, parse_request
from phakhi.api.results import to_csv
from phakhi.api.settings import Settings
from phakhi.graph import knowledge
from phakhi.graph.store import Store

OXIGRAPH_SELECT = {"json": ox.QueryResultsFormat.JSON, "xml": ox.QueryResultsFormat.XML,
                   "tsv": ox.QueryResultsFormat.TSV}  # CSV is written by api/results.py from collected rows
_USING_OR_WITH = re.compile(r"\b(USING|WITH)\b", re.IGNORECASE)


def _text(message: str, status: int) -> PlainTextResponse:
    return PlainTextResponse(message, status_code=status)


def router(store: Store, settings: Settings, executor: Executor, changed=lambda: None) -> APIRouter:
    """`changed` is called after every update (the search index is then rebuilt)."""
    routes = APIRouter()

    def has_graph(iri: str) -> bool:
        try:
            return store.ox.contains_named_graph(ox.NamedNode(iri))
        except ValueError:  # not an absolute IRI: certainly not a graph of the store
            return False

    # documented in api/openapi.py; other methods get Starlette's 405 with "Allow: GET, POST"
    @routes.api_route("/sparql", methods=["GET", "POST"], include_in_schema=False)
    async def sparql(request: Request) -> Response:
        try:
            body = await read_body(request, settings.max_body)
        except BodyTooLarge as error:
            return error.response()
        try:
            op = parse_request(request.method, request.url.query, request.headers.get("content-type", ""), body)
            if len(op.text) > settings.max_query_length:
                raise ProtocolError(f"the {op.kind} is longer than {settings.max_query_length} characters", 413)
            check_safe(op, has_graph)
        except ProtocolError as error:
            response = _text(str(error), error.status)
            if error.status == 405:
                response.headers["Allow"] = "GET, POST"
            return response
        base = str(request.url).split("?", 1)[0]
        if op.kind == "update":
            return await _update(op, request, base)
        return await _query(op, request.headers.get("accept", ""), base)

    async def _query(op: Operation, accept: str, base: str) -> Response:
        # negotiate first, so the worker can write the answer in its final format
        select_media = choose(accept, SELECT_TYPES, "application/sparql-results+json")
        boolean_media = choose(accept, BOOLEAN_TYPES, "application/sparql-results+json")
        select_format = OXIGRAPH_SELECT.get(SELECT_TYPES[select_media]) if select_media else None
        deadline = time.monotonic() + settings.query_timeout
        boolean_format = BOOLEAN_TYPES.get(boolean_media)
        # identical queries asking for the same answer format share one run, and are refused at once for a
        # while after one of them overran the time limit (api/execute.py)
        key = (op.text, tuple(op.default_graphs), tuple(op.named_graphs), base, str(select_format), str(boolean_format))
        answer, failure = await _submit("query", _run_query, op, deadline, base, select_format, boolean_format, key=key)
        if failure:
            return failure
        if answer.kind == "ask":
            if boolean_media is None:
                return _text(f"cannot answer an ASK query as {accept}", 406)
            return Response(answer.payload, media_type=boolean_media)
        if answer.kind == "graph":
            media = choose(accept, GRAPH_TYPES, "text/turtle")
            if media is None:
                return _text(f"cannot answer a graph query as {accept}", 406)
            fmt = GRAPH_TYPES[media]
            items = [ox.Quad(t.subject, t.predicate, t.object) for t in answer.triples] if fmt.supports_datasets else answer.triples
            return Response(ox.serialize(items, format=fmt), media_type=media)
        if select_media is None:
            return _text(f"cannot answer a SELECT query as {accept}", 406)
        payload = answer.payload if answer.payload is not None else to_csv(answer.variables, answer.rows)
        return Response(payload, media_type=select_media + ("; charset=utf-8" if select_media.startswith("text/") else ""))

    def _run_query(op: Operation, deadline: float, base: str, select_format, boolean_format):
        return run(store, op.text, op.default_graphs, op.named_graphs, deadline, settings.max_rows,
                   select_format=select_format, boolean_format=boolean_format, predeclared=True, base_iri=base)

    async def _update(op: Operation, request: Request, base: str) -> Response:
        refusal = write_refusal(request, settings)
        if refusal:
            return refusal
        text = op.text
        if op.default_graphs or op.named_graphs:
            if _USING_OR_WITH.search(text):
                return _text("using-graph-uri / using-named-graph-uri cannot be combined with USING or WITH", 400)
            text = _with_using(text, op.default_graphs, op.named_graphs)
        _, failure = await _submit("update", lambda: store.ox.update(text, base_iri=base))
        changed()  # also after a failure or an overrun: the update may still be applied
        if failure is None:  # the update may have written or dropped release graphs: the knowledge graph follows
            failure = await follow(knowledge.sync, store)
        return failure or Response(status_code=204)

    async def _submit(kind: str, fn, *args, key=None):
        """Run `fn` in the query pool under the time limit: (result, None), or (None, the error response)."""
        try:
            return await executor.submit(settings.query_timeout, fn, *args, key=key), None
        except SyntaxError as error:
            return None, _text(f"malformed {kind}: {error}", 400)
        except QueryTimeout as error:
            if kind == "update":  # Oxigraph cannot stop it: say so, so that nobody sends it again blindly
                return None, _text(f"update not finished within the time limit ({error}); it keeps running in the "
                                   "store and may still be applied: check before sending it again", 503)
            return None, _text(f"{kind} stopped: {error}", 503)
        except TooManyRows as error:
            return None, _text(f"{kind} refused: {error}", 413)
        except (OSError, ValueError, RuntimeError) as error:
            return None, _text(f"{kind} failed: {error}", 400)

    return routes


def _with_using(update: str, default_graphs: list[str], named_graphs: list[str]) -> str:
    """Apply protocol-given USING graphs by inserting USING clauses before each top-level WHERE."""
    clauses = " ".join([f"USING <{g}>" for g in default_graphs] + [f"USING NAMED <{g}>" for g in named_graphs])
    out, depth, i = [], 0, 0
    while i < len(update):
        ch = update[i]
        if ch in "\"'":
            end = update.find(ch, i + 1)
            end = len(update) if end < 0 else end
            out.append(update[i:end + 1])
            i = end + 1
            continue
        if ch == "<" and re.match(r"<[^\s<>\"{}|^`\\]*>", update[i:]):
            end = update.index(">", i)
            out.append(update[i:end + 1])
            i = end + 1
            continue
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
        elif depth == 0 and re.match(r"WHERE\b", update[i:], re.IGNORECASE) and (i == 0 or not update[i - 1].isalnum()):
            out.append(clauses + " ")
        out.append(ch)
        i += 1
    return "".join(out)
