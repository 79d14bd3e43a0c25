"""The web application: `create_app(store, settings)` builds it, `serve` runs it with uvicorn.

Routes, one module per concern: /sparql (api/sparql.py), /graph-store (api/graph_store.py),
/releases (api/releases.py), and the pages / , /search, /release/..., /entity/..., /network (api/pages.py),
with the query editor's files under /static. FastAPI's /docs
would load Swagger UI from a CDN, so it is off; the OpenAPI schema stays at /openapi.json. CORS allows
any origin to read (GET) and nothing else.
"""

from __future__ import annotations

import threading
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi.staticfiles import StaticFiles

from phakhi import __version__
from phakhi.api import graph_store, openapi, pages, releases, sparql
from phakhi.api.execute import Executor
from phakhi.api.settings import Settings
from phakhi.graph.store import Store
from phakhi.graph.views.search import IndexCache


def create_app(store: Store, settings: Settings | None = None) -> FastAPI:
    settings = settings or Settings()
    executor = Executor(settings.query_workers)
    names = IndexCache(store)  # the search index, built once per store state; writes below call names.changed

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        threading.Thread(target=_build_quietly, args=(names,), name="name-index", daemon=True).start()
        yield
        executor.close()

    app = FastAPI(title="phakhi", version=__version__, docs_url=None, redoc_url=None, lifespan=lifespan,
                  description="A knowledge graph of Thai industrial-policy actors, over SPARQL.")
    app.state.store, app.state.settings = store, settings
    app.add_middleware(CORSMiddleware, allow_origins=["*"], allow_methods=["GET"], allow_credentials=False)
    app.add_middleware(_NoSniff)
    app.include_router(sparql.router(store, settings, executor, names.changed))
    app.include_router(graph_store.router(store, settings, names.changed))
    app.include_router(releases.router(store, settings, names.changed))
    app.include_router(pages.router(store, settings, executor, names))
    app.mount("/static", StaticFiles(directory=pages.STATIC), name="static")  # YASGUI and the editor script
    generate = app.openapi
    app.openapi = lambda: openapi.document(generate())  # + /sparql, /graph-store and the bearer scheme
    return app


def _build_quietly(names: IndexCache) -> None:
    """Build the search index at start-up, so the first search finds it ready; a failure here is met again,
    and reported, by the first search."""
    try:
        names.get()
    except Exception:  # noqa: BLE001 - the search route reports it
        pass


class _NoSniff:
    """`X-Content-Type-Options: nosniff` on every answer: a plain-text error that quotes the request (a
    query, a name) is shown as text, never sniffed into HTML by a browser."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def send_with_header(message):
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), (b"x-content-type-options", b"nosniff")]
            await send(message)

        await self.app(scope, receive, send_with_header)


def serve(store: Store, host: str = "127.0.0.1", port: int = 8000, settings: Settings | None = None) -> None:
    import uvicorn

    # h11 with a 1 MiB head: a GET carrying the longest query the service accepts (100,000 characters,
    # percent-encoded) reaches the app and gets its answer (400/413), where httptools stops reading at 64 KiB
    # and closes the connection mid-request, which clients see as a reset rather than an answer.
    uvicorn.run(create_app(store, settings or Settings.from_env()), host=host, port=port, log_level="info",
                http="h11", h11_max_incomplete_event_size=1 << 20,
                # idle connections kept longer than clients keep them (httpx, requests: 5 s), so a client never
                # sends on a connection the server is closing at that moment (a load run saw one such ReadError)
                timeout_keep_alive=30,
                # on SIGTERM, requests still in flight get 3 s to finish; page and query work runs on daemon threads
                # under the time limit, so the process exits even if Oxigraph is still inside a query
                timeout_graceful_shutdown=3)
