"""The SPARQL endpoint over HTTP: in-process for the details, and a real `phakhi serve` process on
127.0.0.1 queried with real clients."""

import json
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient

from conftest import SEED, run_cli
from phakhi.api.app import create_app

SELECT = "SELECT ?name WHERE { ?p a <https://schema.org/Person> ; <http://www.w3.org/2004/02/skos/core#prefLabel> ?name }"


@pytest.fixture(scope="module")
def client(dev_store):
    return TestClient(create_app(dev_store))


def test_every_home_page_example_answers_with_rows_on_the_dev_releases(client):
    """The examples are an analyst's first queries: each answers 200 with rows through the endpoint (a query
    written for an earlier graph model would answer an empty table), and the counts example quotes the text
    each count was read from."""
    from phakhi.api.examples import EXAMPLES

    for label, query in EXAMPLES:
        answer = client.get("/sparql", params={"query": query}, headers={"accept": "application/sparql-results+json"})
        assert answer.status_code == 200, (label, answer.text[:300])
        rows = answer.json()["results"]["bindings"]
        assert rows, label
        if "?text" in query:
            assert all(row.get("text", {}).get("value", "").strip() for row in rows), label
            assert any(row["value"]["value"].replace(".0", "") in row["text"]["value"].replace(",", "") for row in rows)


def test_get_post_form_and_direct(client):
    for response in (client.get("/sparql", params={"query": SELECT}),
                     client.post("/sparql", data={"query": SELECT}),
                     client.post("/sparql", content=SELECT.encode(), headers={"content-type": "application/sparql-query"})):
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("application/sparql-results+json")
        names = {b["name"]["value"] for b in response.json()["results"]["bindings"]}
        assert "อุตตม สาวนายน" in names


@pytest.mark.parametrize("accept, media", [
    ("application/sparql-results+xml", "application/sparql-results+xml"),
    ("text/csv", "text/csv"),
    ("text/tab-separated-values", "text/tab-separated-values"),
    ("text/html;q=0.9, text/csv;q=0.5", "text/csv"),
    ("*/*", "application/sparql-results+json"),
])
def test_content_negotiation(client, accept, media):
    response = client.get("/sparql", params={"query": SELECT}, headers={"accept": accept})
    assert response.status_code == 200 and response.headers["content-type"].startswith(media)


def test_construct_as_turtle_and_406(client):
    construct = "CONSTRUCT { ?s ?p ?o } WHERE { ?s a <https://schema.org/Person> ; ?p ?o } LIMIT 5"
    ok = client.get("/sparql", params={"query": construct}, headers={"accept": "text/turtle"})
    assert ok.status_code == 200 and ok.headers["content-type"].startswith("text/turtle")
    assert client.get("/sparql", params={"query": SELECT}, headers={"accept": "image/png"}).status_code == 406


def test_malformed_query_is_400_with_the_parser_message(client):
    response = client.get("/sparql", params={"query": "SELECT ?x WHERE {"})
    assert response.status_code == 400 and "malformed query" in response.text
    assert client.get("/sparql").status_code == 400


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    location = tmp_path_factory.mktemp("served") / "store"
    assert run_cli("ingest", str(SEED), "--store", str(location)).returncode == 0
    port = _free_port()
    exe = Path(sys.executable).with_name("phakhi")
    process = subprocess.Popen([str(exe), "serve", "--store", str(location), "--port", str(port)],
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    for _ in range(150):
        try:
            if httpx.get(url + "/", timeout=1).status_code == 200:
                break
        except httpx.TransportError:
            time.sleep(0.1)
    else:
        process.kill()
        pytest.fail("server did not start: " + process.stdout.read().decode())
    yield url, location
    process.terminate()
    process.wait(timeout=10)
    process.stdout.close()


def test_real_server_with_sparqlwrapper(server):
    from SPARQLWrapper import JSON, SPARQLWrapper

    url, _ = server
    client = SPARQLWrapper(url + "/sparql")
    client.setQuery(SELECT)
    client.setReturnFormat(JSON)
    names = {b["name"]["value"] for b in client.query().convert()["results"]["bindings"]}
    assert "Li Yong" in names


def test_real_server_with_rdflib_sparqlstore(server):
    from rdflib import Graph
    from rdflib.plugins.stores.sparqlstore import SPARQLStore

    url, _ = server
    graph = Graph(store=SPARQLStore(url + "/sparql"))
    rows = list(graph.query(SELECT))
    assert "อุตตม สาวนายน" in {str(r[0]) for r in rows}


def test_cli_query_reads_while_the_server_holds_the_store(server):
    _, location = server
    result = run_cli("query", "--store", str(location), "--format", "json", SELECT)
    assert result.returncode == 0, result.stderr
    assert "Li Yong" in {b["name"]["value"] for b in json.loads(result.stdout)["results"]["bindings"]}


def test_real_server_network_page(server):
    url, _ = server
    response = httpx.get(url + "/network", params={"focus": "UNIDO"}, timeout=30)
    assert response.status_code == 200 and "vis.Network" in response.text
    assert httpx.get(url + "/network", params={"focus": "ไม่มี"}, timeout=30).status_code == 404


def test_a_write_the_knowledge_graph_cannot_follow_is_a_plain_503_not_a_traceback():
    """The write stands; the knowledge graph following it fails (here: its store is unreachable, a real
    StoreError): the client is told so, and how to catch up, with 503."""
    import asyncio

    from phakhi.api.graph_store import follow
    from phakhi.graph import knowledge
    from phakhi.graph.store import open_store

    gone = open_store(f"http://127.0.0.1:{_free_port()}/query")  # nothing listens there
    response = asyncio.run(follow(knowledge.sync, gone))
    assert response is not None and response.status_code == 503
    text = response.body.decode()
    assert "the write was applied" in text and "cannot reach the store" in text and "phakhi knowledge" in text
    assert asyncio.run(follow(lambda: None)) is None  # it followed: the route answers as usual
