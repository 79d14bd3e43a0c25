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


K = "<https://w3id.org/phakhi/id/graph/knowledge>"
PERSON = "/entity/person/อุตตม_สาวนายน"  # a Minister of Industry in the seeds


def _select(client, query: str) -> list[dict[str, str]]:
    response = client.get("/sparql", params={"query": query}, headers={"Accept": "application/sparql-results+json"})
    assert response.status_code == 200, response.text
    return [{k: v["value"] for k, v in row.items()} for row in response.json()["results"]["bindings"]]


def _main(text: str) -> str:
    """The page between the site header and the data section."""
    return text.split("</header>", 1)[1].split('<section class="data">')[0]


def _section(text: str, anchor: str) -> str:
    """One section of an entity page: from its heading to the next h2."""
    return text.split(f'id="{anchor}"', 1)[1].split("<h2", 1)[0]


def test_entity_page_names_relations_and_keeps_iris_in_the_data_section(client):
    text = client.get("/entity/org/dip").text
    main, data = text.split('<section class="data">')
    assert "DIPROM" in _section(text, "names") and ">กระทรวงอุตสาหกรรม</a>" in _section(text, "parents")
    assert "https://w3id.org/phakhi/" not in _main(text)
    assert "https://w3id.org/phakhi/id/org/dip" in data and "format=jsonld" in data


def test_person_page_lists_posts_with_dates_counts_and_a_timeline(client):
    iri = "https://w3id.org/phakhi/id" + PERSON[len("/entity"):]
    tenures = _select(client, f"""SELECT ?t ?title ?first ?last ?n WHERE {{ GRAPH {K} {{ ?t org:member <{iri}> ;
        ph:post/ph:title ?title ; ph:firstDate ?first ; ph:lastDate ?last ; ph:releases ?n }} }}""")
    assert tenures
    text = client.get(PERSON).text
    posts = _section(text, "posts")
    assert '<svg class="chart timeline"' in posts and posts.count("<rect") >= len(tenures)
    for t in tenures:
        row = posts.split(f'href="/entity/tenure/{t["t"].rsplit("/", 1)[1]}#releases"')[0].rsplit("<tr>", 1)[1]
        assert t["title"] in row and t["first"] in row and t["last"] in row
        assert f'/entity/tenure/{t["t"].rsplit("/", 1)[1]}#releases">{int(t["n"]):,} release' in posts
    assert "https://w3id.org/phakhi/" not in _main(text)


def test_a_support_link_lists_exactly_its_releases(client):
    """"n releases" leads to the statement's page, whose releases are its evidence, each opening the reader."""
    text = client.get("/entity/org/dip").text
    link = _section(text, "history").split('<a class="support" href="', 1)[1].split('"', 1)[0]
    shown = int(_section(text, "history").split(link + '">', 1)[1].split(" ", 1)[0])
    evidence = client.get(link.split("#")[0])
    assert evidence.status_code == 200
    listed = _section(evidence.text, "releases").count('<a href="/release/')
    assert listed == min(shown, 20) and "กรมส่งเสริมอุตสาหกรรม" in evidence.text


def test_organization_page_lists_heads_first_units_and_partners(client):
    text = client.get("/entity/org/dip").text
    people = _section(text, "people")
    titles = [row.split("<td>", 2)[1].split("</td>")[0] for row in people.split("<tr>")[2:] if "<td>" in row]
    assert titles[0] == "อธิบดี" and "รองอธิบดี" in titles
    assert max(i for i, t in enumerate(titles) if t == "อธิบดี") < min(i for i, t in enumerate(titles) if t == "รองอธิบดี")
    units = _select(client, f"""SELECT ?u ?l WHERE {{ GRAPH {K} {{ ?u org:subOrganizationOf <https://w3id.org/phakhi/id/org/dip> ;
        skos:prefLabel ?l FILTER(lang(?l) = "th") }} }}""")
    assert units and all(f">{u['l']}</a>" in _section(text, "units") for u in units)
    partners = _section(text, "partners")
    assert partners.count('<a href="/entity/') >= 3 and "releases naming both" in partners
    both = partners.split('<a class="support" href="', 1)[1].split('"', 1)[0]
    page = client.get(both.split("#")[0].replace("&amp;", "&"))
    assert page.status_code == 200 and 'href="/release/' in _section(page.text, "releases")
    assert "https://w3id.org/phakhi/" not in _main(text)


def test_releases_are_paged_newest_first(client):
    total = int(_select(client, f"SELECT ?n WHERE {{ GRAPH {K} {{ <https://w3id.org/phakhi/id/org/moi> ph:releases ?n }} }}")[0]["n"])
    assert total > 20
    pages = [client.get("/entity/org/moi", params={"page": n}).text for n in (1, 2)]
    dates = [[d.split("<")[0] for d in _section(p, "releases").split('class="date">')[1:]] for p in pages]
    assert len(dates[0]) == 20 and len(dates[1]) == min(20, total - 20)
    assert dates[0] == sorted(dates[0], reverse=True) and min(dates[0]) >= max(dates[1])
    assert 'rel="next"' in pages[0] and 'rel="prev"' in pages[1] and 'start="21"' in pages[1]
    assert client.get("/entity/org/moi", params={"page": "x"}).status_code == 400
    assert client.get("/entity/org/moi", params={"with": "org/<x>"}).status_code == 400


def test_program_page_has_bodies_and_a_counts_chart(client):
    about = _select(client, """SELECT ?p (COUNT(DISTINCT ?c) AS ?n) WHERE { GRAPH ?g { ?c schema:observationAbout ?p ;
        schema:observationDate ?d . ?p a ph:Program } } GROUP BY ?p ORDER BY DESC(?n) LIMIT 1""")[0]
    text = client.get("/entity/" + about["p"][len("https://w3id.org/phakhi/id/"):]).text
    assert '<svg class="chart series"' in _section(text, "counts") or int(about["n"]) < 2
    assert _section(text, "bodies").count('<a href="/entity/org/') >= 1
    assert "https://w3id.org/phakhi/" not in _main(text)


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


def test_quotes_open_the_reader_at_the_span(client):
    quotes = _section(client.get("/entity/org/dip").text, "quotes")
    links = [q.split('"', 1)[0] for q in quotes.split('<a href="/release/')[1:]]
    assert links and all("#at-" in link for link in links)
    release, anchor = links[0].split("#")
    reader = client.get(f"/release/{release}").text
    assert f'id="{anchor}"' in reader and "กรมส่งเสริมอุตสาหกรรม" in reader.split(f'id="{anchor}"', 1)[1][:400]


def test_busy_entities_read_their_newest_releases_by_walking_back_and_say_what_they_cut(location, monkeypatch):
    """An entity in many releases: its newest releases are found by walking back from its last date day by day
    (not by sorting all its evidence) and must be exactly the ones sorting gives; partners and programs are
    then counted in its newest WINDOW releases, and a page drawing only the newest counts says so. The
    thresholds are lowered so the 39 seeds exercise the paths a corpus store takes."""
    import time as clock

    from phakhi.graph.views import entity
    from phakhi.graph.views.budget import Budget

    iri = "https://w3id.org/phakhi/id/org/moi"
    with Store(location, read_only=True) as store:
        def gather():
            return entity.gather(Budget(store, clock.monotonic() + 30, 100_000), iri)

        whole = gather()
        sorted_all = entity._sorted_evidence(Budget(store, clock.monotonic() + 30, 100_000), iri, whole.releases)
        assert whole.releases > 4 and not whole.partners_window and not whole.counts_total
        monkeypatch.setattr(entity, "WALK_FROM", 1)
        monkeypatch.setattr(entity, "WINDOW", 3)
        monkeypatch.setattr(entity, "PER_PAGE", 2)
        monkeypatch.setattr(entity, "COUNTS_SHOWN", 1)
        walked = gather()
    expected = [(r["r"], r["date"]) for r in sorted_all]
    assert [(m["iri"], m["date"]) for m in walked.mentions] == expected[:3]  # PER_PAGE + 1, newest first
    assert walked.newest[0] == 3 and [(r["r"], r["date"]) for r in walked.newest[1]] == expected[:3]
    assert walked.partners_window and "in its newest 3 releases" in entity.render(walked)[1]
    if whole.series and len(whole.series) > 2:
        assert len(walked.series) == 2 and walked.counts_total == len(whole.series)
