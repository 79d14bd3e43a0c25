"""A remote SPARQL 1.1 service as the store: Oxigraph server, Apache Jena Fuseki, GraphDB, Virtuoso,
QLever, or another `phakhi serve`, for when one machine is not enough.

The store is named by URL (`--store`), from configuration only (the command line or PHAKHI_STORE; never
from a request to phakhi's own server). One URL names the query endpoint; the update and Graph Store
endpoints are derived from it (Oxigraph: /query -> /update and /store; phakhi: /sparql serves both and
/graph-store) or given explicitly as `query=URL,update=URL,graph-store=URL`. A bearer token for writes
comes from PHAKHI_STORE_TOKEN.

Semantics match the embedded store: a release is its own named graph, replaced in one request (Graph
Store PUT when that endpoint is known, else one SPARQL Update of DROP + INSERT DATA, each one transaction
on the services above), and queries run over the union of the named graphs. That last point needs the
service's default graph to be the union (Oxigraph: `serve --union-default-graph`; Fuseki:
`tdb2:unionDefaultGraph true`; phakhi: always), which is checked once the ontology graph is there.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import urlsplit, urlunsplit

import pyoxigraph as ox
from rdflib import URIRef

from phakhi.graph.store.base import GraphStore, StoreError, from_ox, solutions_text
from phakhi.ontology import PH, PID, SPARQL_PREFIXES

if TYPE_CHECKING:  # imported where a remote store is made (see RemoteStore.__init__)
    import httpx

SPARQL_RESULTS_JSON = "application/sparql-results+json"
N_TRIPLES = "application/n-triples"
N_QUADS = "application/n-quads"


@dataclass(frozen=True)
class Endpoints:
    query: str
    update: str
    graph_store: str | None


def is_remote(location: str | None) -> bool:
    return bool(location) and location.startswith(("http://", "https://", "query=", "update=", "graph-store="))


def endpoints(spec: str) -> Endpoints:
    """`URL` or `query=URL,update=URL,graph-store=URL` -> the three endpoints."""
    if "=" in spec.split(",")[0] and not spec.startswith(("http://", "https://")):
        parts = {}
        for item in spec.split(","):
            key, sep, url = item.partition("=")
            if not sep or key.strip() not in ("query", "update", "graph-store"):
                raise StoreError(f"bad store address {spec!r}: expected query=URL,update=URL,graph-store=URL")
            parts[key.strip()] = url.strip()
        if "query" not in parts:
            raise StoreError(f"bad store address {spec!r}: the query endpoint (query=URL) is required")
        for url in parts.values():
            _check_url(url)
        return Endpoints(parts["query"], parts.get("update", parts["query"]), parts.get("graph-store"))
    _check_url(spec)
    scheme, netloc, path, _, _ = urlsplit(spec)
    base = path.rsplit("/", 1)[0]
    if path.endswith("/query"):  # Oxigraph server
        return Endpoints(spec, urlunsplit((scheme, netloc, base + "/update", "", "")),
                         urlunsplit((scheme, netloc, base + "/store", "", "")))
    if path.endswith("/sparql"):  # phakhi serve (and Virtuoso, Fuseki datasets): queries and updates in one place
        graph_store = urlunsplit((scheme, netloc, base + "/graph-store", "", "")) if base == "" else None
        return Endpoints(spec, spec, graph_store)
    return Endpoints(spec, spec, None)


def _check_url(url: str) -> None:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise StoreError(f"bad store address {url!r}: expected an http:// or https:// URL")


class RemoteStore(GraphStore):
    bulk_loads = False

    def __init__(self, spec: str, token: str | None = None, timeout: float = 300.0):
        self.endpoints = endpoints(spec)
        self.location = self.endpoints.query
        self.read_only = False
        token = token if token is not None else os.environ.get("PHAKHI_STORE_TOKEN")
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        import httpx  # here, not at the top: every command imports this module, few talk to a remote store (0.1 s)

        self.client = httpx.Client(timeout=timeout, headers=headers, follow_redirects=False, trust_env=False)
        self._union_checked = False

    def close(self) -> None:
        self.client.close()

    # -- transport --------------------------------------------------------------------------------------

    def _send(self, method: str, url: str, what: str, **kwargs) -> httpx.Response:
        import httpx

        try:
            response = self.client.request(method, url, **kwargs)
        except httpx.HTTPError as error:
            raise StoreError(f"cannot reach the store at {url}: {error}") from None
        if response.status_code >= 400:
            detail = " ".join(response.text.split())[:300]
            raise StoreError(f"the store at {url} refused the {what} ({response.status_code}): {detail}")
        return response

    def _query(self, sparql: str, accept: str) -> httpx.Response:
        return self._send("POST", self.endpoints.query, "query", data={"query": SPARQL_PREFIXES + sparql},
                          headers={"Accept": accept})

    # -- primitives -------------------------------------------------------------------------------------

    def run(self, sparql: str):
        """A query's result as pyoxigraph objects (QuerySolutions, QueryBoolean, or a list of triples),
        the same kinds the embedded store gives, so the CLI formats both alike."""
        self._check_union()
        response = self._query(sparql, f"{SPARQL_RESULTS_JSON}, {N_TRIPLES};q=0.9")
        kind = response.headers.get("content-type", "").split(";")[0].strip()
        if kind == N_TRIPLES or kind.startswith("text/turtle"):
            fmt = ox.RdfFormat.N_TRIPLES if kind == N_TRIPLES else ox.RdfFormat.TURTLE
            return [ox.Triple(q.subject, q.predicate, q.object) for q in ox.parse(response.content, format=fmt)]
        return ox.parse_query_results(response.content, format=ox.QueryResultsFormat.JSON)

    def select(self, sparql: str) -> list[dict[str, object]]:
        self._check_union()
        solutions = ox.parse_query_results(self._query(sparql, SPARQL_RESULTS_JSON).content,
                                           format=ox.QueryResultsFormat.JSON)
        names = [v.value for v in solutions.variables]
        return [{n: from_ox(s[n]) for n in names if s[n] is not None} for s in solutions]

    def select_text(self, sparql: str) -> list[dict[str, str]]:
        self._check_union()
        return solutions_text(ox.parse_query_results(self._query(sparql, SPARQL_RESULTS_JSON).content,
                                                     format=ox.QueryResultsFormat.JSON))

    def ask(self, sparql: str) -> bool:
        return bool(ox.parse_query_results(self._query(sparql, SPARQL_RESULTS_JSON).content,
                                           format=ox.QueryResultsFormat.JSON))

    def update(self, sparql: str) -> None:
        self._send("POST", self.endpoints.update, "update", content=(SPARQL_PREFIXES + sparql).encode("utf-8"),
                   headers={"Content-Type": "application/sparql-update; charset=utf-8"})

    def replace_graph(self, graph: URIRef, lines: list[str]) -> int:
        body = ("\n".join(lines) + "\n").encode("utf-8")
        if self.endpoints.graph_store:
            self._send("PUT", self.endpoints.graph_store, "graph", params={"graph": str(graph)}, content=body,
                       headers={"Content-Type": N_TRIPLES})
        else:
            self.update(f"DROP SILENT GRAPH <{graph}> ;\nINSERT DATA {{ GRAPH <{graph}> {{\n{body.decode()}}} }}")
        return len(lines)

    def __len__(self) -> int:
        rows = self.select("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
        return int(rows[0]["n"]) if rows else 0

    def quads(self):
        """Every quad in a named graph, streamed through a temporary file rather than held in memory."""
        with tempfile.TemporaryFile() as spool:
            with self.client.stream("POST", self.endpoints.query, headers={"Accept": SPARQL_RESULTS_JSON},
                                    data={"query": "SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }"}) as response:
                if response.status_code >= 400:
                    raise StoreError(f"the store at {self.endpoints.query} refused the export ({response.status_code})")
                for chunk in response.iter_bytes():
                    spool.write(chunk)
            spool.seek(0)
            for s in ox.parse_query_results(spool, format=ox.QueryResultsFormat.JSON):
                yield ox.Quad(s["s"], s["p"], s["o"], s["g"])

    def _check_union(self) -> None:
        """Queries assume the default graph is the union of the release graphs: say so clearly if the
        service is not set up that way, instead of returning empty answers."""
        if self._union_checked:
            return
        self._union_checked = True
        graph = PID["graph/ontology"]
        if self.ask(f"ASK {{ GRAPH <{graph}> {{ <{graph}> <{PH.sha256}> ?h }} }}") and \
                not self.ask(f"ASK {{ <{graph}> <{PH.sha256}> ?h }}"):
            raise StoreError(f"the store at {self.location} does not query the union of its named graphs by "
                             "default: start Oxigraph with `serve --union-default-graph`, or set "
                             "tdb2:unionDefaultGraph in Fuseki")
