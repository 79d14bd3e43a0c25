"""The SPARQL service beyond the protocol basics: writes and their auth, ingestion over HTTP, refusals,
limits, pages: each against a real `phakhi serve` process on 127.0.0.1, as clients see it."""

import csv
import io
import json
import re
import socket
import subprocess
import sys
import threading
import time
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest

from conftest import SEED, SEEDS
from phakhi.graph.ingest import ingest
from phakhi.graph.store import Store

TOKEN = "s3cret-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def served(location: Path, *flags: str):
    """A real `phakhi serve` process on 127.0.0.1, and an HTTP client for it."""
    port = _free_port()
    exe = Path(sys.executable).with_name("phakhi")
    process = subprocess.Popen([str(exe), "serve", "--store", str(location), "--port", str(port), *flags],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(200):
            try:
                httpx.get(base + "/openapi.json", timeout=1)
                break
            except httpx.TransportError:
                time.sleep(0.1)
        with httpx.Client(base_url=base, timeout=30) as client:
            yield client
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.fixture(scope="module")
def seeded_dir(tmp_path_factory):
    location = tmp_path_factory.mktemp("service") / "store"
    with Store(location) as store:
        ingest(store, [SEED])
    return location


@pytest.fixture(scope="module")
def writable(seeded_dir):
    with served(seeded_dir, "--update-token", TOKEN) as client:
        yield client


@pytest.fixture(scope="module")
def readonly(tmp_path_factory):
    location = tmp_path_factory.mktemp("readonly") / "store"
    with Store(location) as store:
        ingest(store, [SEED])
    with served(location) as client:
        yield client


def _count(client, query="SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }") -> int:
    response = client.get("/sparql", params={"query": query})
    return int(response.json()["results"]["bindings"][0]["n"]["value"])


def test_updates_are_off_without_a_token(readonly):
    before = _count(readonly)
    response = readonly.post("/sparql", data={"update": "INSERT DATA { <http://ex/a> <http://ex/b> 1 }"})
    assert response.status_code == 403 and "disabled" in response.text
    assert readonly.put("/graph-store?graph=http://ex/g", content=b"<http://ex/a> <http://ex/b> 1 .",
                        headers={"content-type": "application/n-triples"}).status_code == 403
    assert readonly.post("/releases?name=x.txt", content="นายสมชาย".encode(), headers={"content-type": "text/plain"}).status_code == 403
    assert _count(readonly) == before


@pytest.mark.parametrize("header", [None, "Bearer wrong", "Basic czNjcmV0", f"bearer {TOKEN}x"])
def test_updates_need_the_right_token(writable, header):
    headers = {"Authorization": header} if header else {}
    response = writable.post("/sparql", data={"update": "INSERT DATA { <http://ex/a> <http://ex/b> 1 }"}, headers=headers)
    assert response.status_code == 401 and response.headers["www-authenticate"].startswith("Bearer")


def test_update_with_token(writable):
    before = _count(writable)
    response = writable.post("/sparql", content=b"INSERT DATA { GRAPH <http://ex/g> { <http://ex/a> <http://ex/b> 1 } }",
                             headers={"content-type": "application/sparql-update", **AUTH})
    assert response.status_code == 204
    assert _count(writable) == before + 1
    bad = writable.post("/sparql", data={"update": "INSERT DATA { oops"}, headers=AUTH)
    assert bad.status_code == 400 and "malformed update" in bad.text


def test_graph_store_round_trip(writable):
    body = b"<http://ex/a> <http://ex/b> \"x\" .\n<http://ex/a> <http://ex/c> \"y\" .\n"
    put = writable.put("/graph-store?graph=http://ex/round-trip", content=body, headers={"content-type": "application/n-triples", **AUTH})
    assert put.status_code == 201
    got = writable.get("/graph-store?graph=http://ex/round-trip", headers={"accept": "application/n-triples"})
    assert got.status_code == 200 and sorted(got.text.strip().splitlines()) == sorted(body.decode().strip().splitlines())
    post = writable.post("/graph-store?graph=http://ex/round-trip", content=b'<http://ex/a> <http://ex/d> "z" .',
                         headers={"content-type": "application/n-triples", **AUTH})
    assert post.status_code == 204
    assert len(writable.get("/graph-store?graph=http://ex/round-trip", headers={"accept": "application/n-triples"}).text.strip().splitlines()) == 3
    bad = writable.put("/graph-store?graph=http://ex/round-trip", content=b"not rdf", headers={"content-type": "text/turtle", **AUTH})
    assert bad.status_code == 400  # and nothing changed:
    bare = writable.post("/graph-store?graph=http://ex/round-trip", content='"\u00c7"'.encode(),
                         headers={"content-type": "application/ld+json", **AUTH})
    assert bare.status_code == 400 and "JSON object or array" in bare.text  # a JSON string is no JSON-LD document
    assert len(writable.get("/graph-store?graph=http://ex/round-trip", headers={"accept": "application/n-triples"}).text.strip().splitlines()) == 3
    assert writable.delete("/graph-store?graph=http://ex/round-trip", headers=AUTH).status_code == 204
    assert writable.get("/graph-store?graph=http://ex/round-trip").status_code == 404
    assert writable.get("/graph-store").status_code == 400


def test_post_release_text_and_json(writable):
    text = (SEEDS / "027.txt").read_bytes()
    response = writable.post("/releases?name=027.txt", content=text, headers={"content-type": "text/plain", **AUTH})
    assert response.status_code == 201, response.text
    summary = response.json()
    assert summary["name"] == "027.txt" and summary["published"] == "2018-10-03" and summary["entities"] > 10
    again = writable.post("/releases?name=027.txt", content=text, headers={"content-type": "text/plain", **AUTH})
    assert again.status_code == 200 and again.json()["stored"] is False  # unchanged: nothing rewritten
    as_json = {"name": "j.json", "text": "นายอุตตม สาวนายน รัฐมนตรีว่าการกระทรวงอุตสาหกรรม", "published": "2019-01-02"}
    response = writable.post("/releases", content=json.dumps(as_json, ensure_ascii=False).encode(),
                             headers={"content-type": "application/json", **AUTH})
    assert response.status_code == 201 and response.json()["published"] == "2019-01-02"
    names = writable.get("/sparql", params={"query": "SELECT ?n WHERE { ?r dcterms:identifier ?n }"}).json()
    assert {"027.txt", "j.json"} <= {b["n"]["value"] for b in names["results"]["bindings"]}


@pytest.mark.parametrize("body, content_type, status, message", [
    (b"x" * 300_000, "text/plain", 413, "over"),
    (b"abc \xe0\x80 def", "text/plain", 400, "not UTF-8"),
    (b"", "text/plain", 400, "empty"),
    (b"{not json", "application/json", 400, "invalid JSON"),
    (b"<html/>", "application/xml", 415, "text/plain"),
])
def test_post_release_bad_input(writable, body, content_type, status, message):
    if status == 413:  # the service is started with the default 10 MB limit
        body = b"x" * (10 * 1024 * 1024 + 1)
    response = writable.post("/releases?name=bad.txt", content=body, headers={"content-type": content_type, **AUTH})
    assert response.status_code == status and message in response.text


@pytest.mark.parametrize("query, message", [
    ("SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }", "SERVICE is refused"),
    ("SELECT * FROM <file:///etc/passwd> WHERE { ?s ?p ?o }", "FROM <file:///etc/passwd>"),
    ("SELECT * FROM NAMED <http://example.org/remote> WHERE { GRAPH ?g { ?s ?p ?o } }", "does not hold"),
])
def test_queries_that_reach_outside_are_refused(readonly, query, message):
    response = readonly.get("/sparql", params={"query": query})
    assert response.status_code == 400 and message in response.text


def test_load_and_using_outside_are_refused(writable):
    for update, message in [("LOAD <http://example.org/data.ttl>", "LOAD is refused"),
                            ("INSERT { ?s ?p ?o } USING <http://example.org/x> WHERE { ?s ?p ?o }", "does not hold")]:
        response = writable.post("/sparql", data={"update": update}, headers=AUTH)
        assert response.status_code == 400 and message in response.text


def test_from_a_graph_in_the_store_is_allowed(readonly):
    from phakhi.graph.rdf.iris import graph_iri

    graph = graph_iri(SEED.name)
    response = readonly.get("/sparql", params={"query": f"SELECT (COUNT(*) AS ?n) FROM <{graph}> WHERE {{ ?s ?p ?o }}"})
    assert response.status_code == 200 and int(response.json()["results"]["bindings"][0]["n"]["value"]) > 100


def test_row_cap_is_an_error_not_a_truncation(tmp_path):
    import pyoxigraph as ox

    location = tmp_path / "store"
    with Store(location) as store:
        ingest(store, [SEED])
    formats = {"application/sparql-results+json": ox.QueryResultsFormat.JSON,
               "application/sparql-results+xml": ox.QueryResultsFormat.XML,
               "text/tab-separated-values": ox.QueryResultsFormat.TSV, "text/csv": None}
    with served(location, "--max-rows", "10") as client:
        for media, fmt in formats.items():
            ok = client.get("/sparql", params={"query": "SELECT * WHERE { ?s ?p ?o } LIMIT 10"}, headers={"accept": media})
            assert ok.status_code == 200, media
            rows = (len(list(csv.reader(io.StringIO(ok.text)))) - 1 if fmt is None  # Oxigraph does not parse CSV
                    else len(list(ox.parse_query_results(ok.content, format=fmt))))
            assert rows == 10, media
            over = client.get("/sparql", params={"query": "SELECT * WHERE { ?s ?p ?o } LIMIT 11"}, headers={"accept": media})
            assert over.status_code == 413 and "more than 10 rows" in over.text, media


def test_query_length_limit(readonly):
    response = readonly.post("/sparql", data={"query": "SELECT * WHERE { ?s ?p ?o } #" + "x" * 100_001})
    assert response.status_code == 413


def test_home_page_entity_pages_and_no_cdn(readonly):
    home = readonly.get("/")
    assert home.status_code == 200 and "Who held which post" in home.text and 'id="yasgui"' in home.text
    assert not re.search(r'(?:src|href)="(?:https?:)?//', home.text)  # every script, style and link is served here
    assert "cdn" not in home.text.lower()
    assert readonly.get("/docs").status_code == 404 and readonly.get("/openapi.json").status_code == 200
    page = readonly.get("/entity/org/unido")
    assert page.status_code == 200 and "องค์การพัฒนาอุตสาหกรรมแห่งสหประชาชาติ" in page.text
    assert "<mark>" in page.text and "As the releases say it" in page.text  # quotes, the extracted words marked
    person = readonly.get("/entity/person/อุตตม_สาวนายน")
    assert person.status_code == 200 and "รัฐมนตรีว่าการ" in person.text
    as_jsonld = readonly.get("/entity/org/unido", headers={"accept": "application/ld+json"})
    assert as_jsonld.status_code == 200 and as_jsonld.headers["content-type"].startswith("application/ld+json")
    json.loads(as_jsonld.text)
    assert readonly.get("/entity/org/unido?format=turtle").headers["content-type"].startswith("text/turtle")
    assert readonly.get("/entity/org/no-such-thing").status_code == 404


def test_entity_page_escapes_release_text(writable):
    hostile = "นายสมชาย <script>alert(1)</script> ผู้อำนวยการบริษัท <b>x</b> จำกัด ร่วมกับกระทรวงอุตสาหกรรม"
    assert writable.post("/releases?name=h.txt", content=hostile.encode(), headers={"content-type": "text/plain", **AUTH}).status_code == 201
    page = writable.get("/entity/org/moi").text
    assert "<script>alert(1)" not in page and "&lt;script&gt;alert(1)" in page


def test_cors_is_read_only(readonly):
    ok = readonly.options("/sparql", headers={"Origin": "https://example.org", "Access-Control-Request-Method": "GET"})
    assert ok.headers.get("access-control-allow-origin") == "*"
    refused = readonly.options("/sparql", headers={"Origin": "https://example.org", "Access-Control-Request-Method": "POST"})
    assert "POST" not in refused.headers.get("access-control-allow-methods", "")


def test_time_limit_with_a_cheap_query_answered_meanwhile(tmp_path):
    location = tmp_path / "store"
    with Store(location) as store:
        ingest(store, [SEED])
    with served(location, "--query-timeout", "2", "--max-rows", "1000000000") as client:
        heavy = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"  # a cross product: billions of rows
        result = {}

        def run_heavy():
            started = time.monotonic()
            response = client.get("/sparql", params={"query": heavy})
            result["heavy"] = (response.status_code, response.text, time.monotonic() - started)

        thread = threading.Thread(target=run_heavy)
        thread.start()
        time.sleep(0.3)
        started = time.monotonic()
        cheap = client.get("/sparql", params={"query": "ASK { ?s ?p ?o }"})
        cheap_seconds = time.monotonic() - started
        thread.join(timeout=30)
        status, text, seconds = result["heavy"]
        assert status == 503 and "limit" in text and seconds < 10
        assert cheap.status_code == 200 and cheap.json()["boolean"] is True and cheap_seconds < 1.5


def test_service_makes_no_outbound_request(readonly):
    """A listener on 127.0.0.1 stands in for a remote endpoint: the refused SERVICE must not reach it."""
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(1)
        listener.settimeout(1.0)
        port = listener.getsockname()[1]
        for text in (f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{port}/sparql> {{ ?s ?p ?o }} }}",
                     f"SELECT * WHERE {{ SERVICE SILENT <http://127.0.0.1:{port}/x> {{ ?s ?p ?o }} }}",
                     f"select * where {{ service <http://127.0.0.1:{port}/y> {{ ?s ?p ?o }} }}"):
            response = readonly.get("/sparql", params={"query": text})
            assert response.status_code == 400
        with pytest.raises(socket.timeout):
            listener.accept()
