"""POST /releases: a release (text/plain, or JSON with "text" and metadata) is extracted and stored;
the answer gives its IRI and a summary of what was found. Writing needs the update token."""

from __future__ import annotations

import json
from urllib.parse import unquote

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, PlainTextResponse, Response
from starlette.concurrency import run_in_threadpool

from phakhi.api import openapi
from phakhi.api.auth import write_refusal
from phakhi.api.settings import Settings
from phakhi.graph.ingest import ingest_release
from phakhi.graph.rdf.iris import graph_iri, release_iri
from phakhi.graph.read import ReadError, decode, parse_release, release_from_json
from phakhi.graph.store import Store


def router(store: Store, settings: Settings, changed=lambda: None) -> APIRouter:
    """`changed` is called after every stored release (the search index is then rebuilt)."""
    routes = APIRouter()

    @routes.post("/releases", **openapi.RELEASE_POST)
    async def post_release(request: Request) -> Response:
        refusal = write_refusal(request, settings)
        if refusal:
            return refusal
        declared = request.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > settings.max_body:
            return PlainTextResponse(f"release over {settings.max_body} bytes", status_code=413)
        body = bytearray()
        async for chunk in request.stream():  # a body sent without a length is cut off at the limit, not buffered
            body += chunk
            if len(body) > settings.max_body:
                return PlainTextResponse(f"release over {settings.max_body} bytes", status_code=413)
        body = bytes(body)
        media = request.headers.get("content-type", "").split(";")[0].strip().lower()
        name = unquote(request.query_params.get("name") or request.headers.get("x-release-name") or "")
        try:
            if media == "application/json":
                try:
                    obj = json.loads(decode(body, name or "release.json"))
                except json.JSONDecodeError as error:
                    raise ReadError(f"invalid JSON ({error.msg} at line {error.lineno})") from None
                for key in ("name", "published"):  # graph/read/ checks the other fields
                    if isinstance(obj, dict) and obj.get(key) is not None and not isinstance(obj[key], str):
                        raise ReadError(f"\"{key}\" must be a string")
                if isinstance(obj, dict) and not name:
                    name = str(obj.get("name") or "")
                if not name:
                    raise ReadError("name the release: a \"name\" field or ?name=")
                release = release_from_json(obj, name)
            elif media in ("text/plain", ""):
                if not name:
                    raise ReadError("name the release with ?name= (its file name, e.g. 027.txt)")
                release = parse_release(decode(body, name), name)
            else:
                return PlainTextResponse("send text/plain or application/json", status_code=415)
        except ReadError as error:
            return PlainTextResponse(str(error), status_code=400)
        try:
            stored, triples, entities, counts = await run_in_threadpool(ingest_release, store, release)
            changed()
        except Exception as error:  # noqa: BLE001 - said to the client; the release's graph is left as it was
            return PlainTextResponse(f"{release.name}: extraction failed ({type(error).__name__}: {error})",
                                     status_code=500)
        summary = {"release": str(release_iri(release.name)), "graph": str(graph_iri(release.name)),
                   "name": release.name, "stored": stored, "triples": triples, "entities": entities,
                   "counts": counts, "published": release.published.isoformat() if release.published else None}
        return JSONResponse(summary, status_code=201 if stored else 200)

    return routes
