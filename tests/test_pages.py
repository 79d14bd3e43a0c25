"""Search, the release reader, the query editor's files and the limits pages run under, against a real
`phakhi serve` process on 127.0.0.1 over the 39 seed releases; and the name index on its own."""

from __future__ import annotations

import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest

from conftest import SEEDS
from phakhi.graph.ingest import ingest
from phakhi.graph.rdf.iris import release_id
from phakhi.graph.store import Store
from phakhi.graph.views import search
from test_api_service import _free_port, served

pytestmark = pytest.mark.slow
READER = "003.txt"  # a release naming a ministry, UNIDO, a minister and an event


@pytest.fixture(scope="module")
def location(tmp_path_factory) -> Path:
    location = tmp_path_factory.mktemp("pages") / "store"
    with Store(location) as store:
        assert not ingest(store, [SEEDS]).failures
    return location


@pytest.fixture(scope="module")
def client(location):
    with served(location) as client:
        yield client


def _hits(client, q: str, **params) -> list[dict]:
    response = client.get("/search", params={"q": q, **params}, headers={"Accept": "application/json"})
    assert response.status_code == 200, response.text
    return response.json()["hits"]


@pytest.mark.parametrize("query", ["กสอ", "กสอ.", "DIPROM", "diprom", "กรมส่งเสริม", "Department of Industrial Promo",
                                   "กรมส่งเสริมอุตสาหกรม"])  # abbreviations, English, prefixes, a missing letter
def test_search_finds_dip_first(client, query):
    first = _hits(client, query)[0]
    assert first["href"] == "/entity/org/dip" and first["type"] == "Department"
    assert first["parent"]["href"] == "/entity/org/moi" and first["mentions"] >= 10
    assert "Department of Industrial Promotion" in first["description"]


def test_search_ranks_by_mentions_and_answers_html(client):
    hits = _hits(client, "อุตสาหกรรม", limit=50)
    ministry = next(i for i, h in enumerate(hits) if h["href"] == "/entity/org/moi")
    assert all(h["mentions"] <= hits[ministry]["mentions"] for h in hits[ministry:] if h["match"] != "name")
    page = client.get("/search", params={"q": "กสอ"})
    assert page.headers["content-type"].startswith("text/html")
    assert 'href="/entity/org/dip"' in page.text and 'name="q" value="กสอ"' in page.text
    assert client.get("/search", params={"q": "กสอ", "format": "json"}).json()["hits"][0]["href"] == "/entity/org/dip"
    assert client.get("/search", params={"q": "x" * 201}).status_code == 400
    assert _hits(client, "   ") == [] and _hits(client, "qqqqzzzz") == []


def test_every_page_has_the_search_box(client):
    for path in ("/", "/search", "/entity/org/dip", f"/release/{release_id(READER)}"):
        assert '<form action="/search" role="search">' in client.get(path).text, path


def test_release_reader_marks_mentions_in_place(client):
    page = client.get(f"/release/{release_id(READER)}")
    assert page.status_code == 200
    text = page.text
    assert "สำนักโฆษก" in text and "2017-03-30" in text and 'rel="noopener noreferrer">source</a>' in text
    assert '<a class="m k-organization"' in text and 'href="/entity/org/moi">กระทรวงอุตสาหกรรม</a>' in text
    assert 'class="m k-person"' in text and 'class="m k-event"' in text and "<h2>Facts</h2>" in text
    assert 'title="องค์กร organization · Ministry · กระทรวงอุตสาหกรรม"' in text
    assert client.get("/release/0000000000000000").status_code == 404
    assert client.get("/release/not-an-id").status_code == 404
    moved = client.get(f"/entity/release/{release_id(READER)}", follow_redirects=False)
    assert moved.status_code == 303 and moved.headers["location"] == f"/release/{release_id(READER)}"


def test_entity_page_names_relations_and_keeps_iris_in_the_data_section(client):
    text = client.get("/entity/org/dip").text
    main, data = text.split('<section class="data">')
    assert "sub organization of" in main and ">กระทรวงอุตสาหกรรม</a>" in main
    assert "https://w3id.org/phakhi/" not in main.split("</header>", 1)[1].replace('title="https://w3id.org/phakhi/', "")
    assert "https://w3id.org/phakhi/id/org/dip" in data and "format=jsonld" in data


def test_editor_files_are_served_locally_and_labels_resolve(client):
    home = client.get("/").text
    assert '<script src="/static/yasgui.min.js">' in home and "cdn" not in home.lower()
    assert client.get("/static/yasgui.min.js").status_code == 200
    assert client.get("/static/editor.js").status_code == 200
    named = client.get("/labels", params=[("iri", "https://w3id.org/phakhi/id/org/dip"),
                                          ("iri", f"https://w3id.org/phakhi/id/release/{release_id(READER)}")]).json()
    assert named["https://w3id.org/phakhi/id/org/dip"] == {"label": "กรมส่งเสริมอุตสาหกรรม", "href": "/entity/org/dip"}
    assert named[f"https://w3id.org/phakhi/id/release/{release_id(READER)}"]["href"] == f"/release/{release_id(READER)}"
    assert client.get("/labels").status_code == 400


def test_pages_run_under_the_time_limit_and_the_row_cap(location, monkeypatch):
    monkeypatch.setenv("PHAKHI_QUERY_TIMEOUT", "0.000001")  # below what the command line accepts: every page overruns
    with served(location) as hurried:
        for path in ("/entity/org/dip", f"/release/{release_id(READER)}", "/network?focus=org/dip"):
            response = hurried.get(path)
            assert response.status_code == 503 and "limit" in response.text, path
    monkeypatch.delenv("PHAKHI_QUERY_TIMEOUT")
    with served(location, "--max-rows", "3") as capped:
        text = capped.get("/entity/org/moi").text
        assert "Cut short" in text and "only the first 3 shown" in text


def test_search_index_follows_writes(location, tmp_path):
    """A release posted to the service is found by the next search: writes invalidate the index."""
    copy = tmp_path / "store"
    with Store(copy) as store:
        ingest(store, [SEEDS / READER])
    with served(copy, "--update-token", "t") as client:
        assert _hits(client, "กสอ") == []
        posted = client.post("/releases", params={"name": "dip.txt"}, headers={"Authorization": "Bearer t"},
                             content="กรมส่งเสริมอุตสาหกรรม (กสอ.) จัดงานสัมมนา 3 ตุลาคม 2561\n".encode())
        assert posted.status_code == 201
        assert _hits(client, "กสอ")[0]["href"] == "/entity/org/dip"


def test_server_stops_within_five_seconds_of_sigterm_with_work_in_flight(location):
    port = _free_port()
    exe = Path(sys.executable).with_name("phakhi")
    process = subprocess.Popen([str(exe), "serve", "--store", str(location), "--port", str(port), "--query-timeout",
                                "120", "--max-rows", "1000000000"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(200):
            try:
                httpx.get(base + "/openapi.json", timeout=1)
                break
            except httpx.TransportError:
                time.sleep(0.1)
        heavy = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"  # billions of rows: runs for minutes

        def ask(path: str, **params) -> None:
            try:
                httpx.get(base + path, params=params, timeout=30)
            except httpx.HTTPError:
                pass

        threads = [threading.Thread(target=ask, args=("/sparql",), kwargs={"query": heavy}, daemon=True),
                   threading.Thread(target=ask, args=("/network",), daemon=True)]
        for thread in threads:
            thread.start()
        time.sleep(1.5)
        assert process.poll() is None  # busy, not dead
        started = time.monotonic()
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=10)
        assert time.monotonic() - started < 5
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()


def test_index_matching_on_its_own():
    entries = [search.Entry("https://w3id.org/phakhi/id/org/a", "กรมหนึ่ง", "organization", "Department",
                            ("กรมหนึ่ง", "ก.น.", "Department One"), 3),
               search.Entry("https://w3id.org/phakhi/id/org/b", "กรมหนึ่งใหม่", "organization", "Department",
                            ("กรมหนึ่งใหม่",), 9)]
    index = search.SearchIndex(entries)
    assert [h.entry.label for h in index.search("กน")] == ["กรมหนึ่ง"]  # "ก.น." without its dots
    assert [h.entry.label for h in index.search("กรมหนึ่ง")] == ["กรมหนึ่ง", "กรมหนึ่งใหม่"]  # the whole name first
    assert [h.entry.label for h in index.search("หนึ่ง")] == ["กรมหนึ่งใหม่", "กรมหนึ่ง"]  # then by mentions
    assert [h.entry.label for h in index.search("department onr")] == ["กรมหนึ่ง"]  # a near spelling
    assert index.search("department", kind="person") == []
