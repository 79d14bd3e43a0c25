"""Network views over the development set: one actor's neighbourhood, one program, one release, the
whole graph capped; class and date filters; provenance on every node and edge; the CLI and /network(.json)
answers; pages that stay self-contained and escaped; and big views (2,000 nodes) drawn from a computed
layout with physics off. What a browser does with the pages is in test_browser.py."""

from __future__ import annotations

import itertools
import json
import math
import re
import time
from datetime import date

import networkx as nx
import pytest
from fastapi.testclient import TestClient

from conftest import run_cli
from phakhi.api.app import create_app
from phakhi.graph.views import draw, emphasis, project
from phakhi.ontology import PID

MOI = str(PID) + "org/moi"
SOMCHAI = str(PID) + "person/สมชาย_หาญหิรัญ"
GREEN = str(PID) + "program-green-industry"


@pytest.fixture(scope="module")
def graph(dev_store) -> nx.MultiDiGraph:
    return project.build(dev_store)


@pytest.fixture(scope="module")
def client(dev_store) -> TestClient:
    return TestClient(create_app(dev_store))


def synthetic(n: int = 2000, seed: int = 1) -> nx.MultiDiGraph:
    """A graph shaped like build()'s output, n nodes of every class, about 2n edges, for big-view tests."""
    import random

    rnd = random.Random(seed)
    release = str(PID) + "release/synthetic"
    graph = nx.MultiDiGraph(releases={release: {"id": "synthetic.txt", "date": "2020-01-01", "title": "สังเคราะห์"}},
                            counts=[])
    kinds = ("organization", "person", "program", "event")
    for i in range(n):
        kind = kinds[i % 4]
        graph.add_node(f"{PID}{kind}/n{i}", kind=kind, label=f"หน่วย {i}\nnode {i}", th=f"หน่วย {i}", en=f"node {i}",
                       names={f"node {i}"}, types=[], releases={release}, posts=[], counts=[], date=None, authority=False)
    nodes = list(graph)
    for i, node in enumerate(nodes[1:], start=1):  # preferential attachment: a few hubs, a long tail
        for target in {nodes[rnd.randrange(i)], nodes[min(rnd.randrange(i), rnd.randrange(i))]}:
            graph.add_edge(node, target, "mentioned with|", relation="mentioned with", title="", releases={release},
                           dates=set())
    return graph


def neighbours(graph: nx.MultiDiGraph, node: str, relation: str, direction: str) -> set[str]:
    edges = graph.out_edges(node, data=True) if direction == "out" else graph.in_edges(node, data=True)
    return {(t if direction == "out" else s) for s, t, d in edges if d["relation"] == relation}


def test_every_node_and_edge_says_which_releases_it_came_from(graph, dev_store):
    mentioned = {str(r["e"]) for r in dev_store.select(
        "SELECT DISTINCT ?e WHERE { ?e ph:mentionedIn ?r . ?e a ?t FILTER(?t IN (org:Organization, schema:Person, ph:Program, schema:Event)) }")}
    assert mentioned <= set(graph) and {n for n, d in graph.nodes(data=True) if not d["authority"]} == mentioned
    releases = graph.graph["releases"]
    assert all(d["releases"] <= releases.keys() and (d["releases"] or d["authority"]) for _, d in graph.nodes(data=True))
    assert all(d["releases"] and d["releases"] <= releases.keys() for *_, d in graph.edges(data=True))
    relations = {d["relation"] for *_, d in graph.edges(data=True)}
    assert relations == {"holds post in", "part of", "party to", "mentioned with"}
    # posts carry the title, the organization and the date of the release that states them
    posts = {(p["title"], p["org"], p["date"]) for p in graph.nodes[SOMCHAI]["posts"]}
    assert ("ปลัด", MOI, "2017-07-31") in posts and ("รัฐมนตรีช่วยว่าการ", MOI, "2018-09-10") in posts
    assert graph.has_edge(SOMCHAI, MOI, "holds post in|ปลัด") and graph.has_edge(SOMCHAI, MOI, "holds post in|รัฐมนตรีช่วยว่าการ")
    # counts keep their qualifier and the words they were read from
    counts = {(c["value"], c["qualifier"], c["unit"]) for c in graph.nodes[GREEN]["counts"]}
    assert ("34000", "more-than", "กิจการ") in counts
    assert graph.nodes[MOI]["th"] == "กระทรวงอุตสาหกรรม" and graph.nodes[MOI]["en"] == "Ministry of Industry"


def test_actor_neighbourhood_has_posts_bodies_programs_events_and_co_participants(graph):
    one = project.select(graph, focus="กระทรวงอุตสาหกรรม", depth=1, limit=5000)
    assert one.graph["centre"] == MOI and one.graph["total"] == one.number_of_nodes()
    assert set(one) == {MOI} | set(nx.all_neighbors(graph, MOI))
    kinds = {one.nodes[n]["kind"] for n in one}
    assert kinds == {"organization", "person", "program", "event"}
    assert neighbours(one, MOI, "holds post in", "in")  # who holds posts in it
    assert neighbours(one, MOI, "part of", "in") and neighbours(one, MOI, "part of", "out")  # child and parent bodies
    assert neighbours(one, MOI, "mentioned with", "out") and neighbours(one, MOI, "party to", "out")
    two = project.select(graph, focus=MOI, depth=2, limit=5000)
    events = neighbours(graph, MOI, "party to", "out")
    co_participants = {s for e in events for s, _, d in graph.in_edges(e, data=True) if d["relation"] == "party to"}
    assert co_participants - {MOI} and co_participants <= set(two)
    # capped: the centre stays, then the nearest, then the best connected
    capped = project.select(graph, focus=MOI, depth=2, limit=20)
    assert capped.number_of_nodes() == 20 and MOI in capped and capped.graph["total"] == two.number_of_nodes()
    assert all(graph.has_edge(n, MOI) or graph.has_edge(MOI, n) for n in capped if n != MOI)


def test_program_view_is_who_is_mentioned_with_it_its_events_parties_and_counts(graph):
    shown = project.select(graph, program="อุตสาหกรรมสีเขียว", limit=5000)
    assert shown.graph["centre"] == GREEN
    around = set(nx.all_neighbors(graph, GREEN))
    events = {n for n in around if graph.nodes[n]["kind"] == "event"}
    parties = {s for e in events for s, _, d in graph.in_edges(e, data=True) if d["relation"] == "party to"}
    counts = {n for n, d in shown.nodes(data=True) if d["kind"] == "count"}
    assert set(shown) == {GREEN} | around | parties | counts and parties and events
    assert len(counts) == len(graph.nodes[GREEN]["counts"]) and counts
    assert all(shown.has_edge(c, GREEN, "counted in|") for c in counts)
    assert all(shown.nodes[c]["label"] == shown.nodes[c]["counts"][0]["quote"] for c in counts)  # the words read
    assert "ที่ปัจจุบันมีโรงงานอุตสาหกรรมกว่า 34,000 กิจการ" in {shown.nodes[c]["label"] for c in counts}
    without_counts = project.select(graph, program=GREEN, classes="organization,person")
    assert {without_counts.nodes[n]["kind"] for n in without_counts} == {"organization", "person", "program"}


def test_release_view_is_everything_the_release_mentions(graph, dev_store):
    shown = project.select(graph, release="027", limit=5000)
    release = shown.graph["centre"]
    assert graph.graph["releases"][release]["id"] == "027.txt" and shown.graph["title"].startswith("027.txt 2018-10-03")
    mentioned = {str(r["e"]) for r in dev_store.select(f"""SELECT DISTINCT ?e WHERE {{ ?e ph:mentionedIn <{release}> .
        ?e a ?t FILTER(?t IN (org:Organization, schema:Person, ph:Program, schema:Event)) }}""")}
    counts = {str(r["c"]) for r in dev_store.select(f"SELECT ?c WHERE {{ ?c a ph:Count ; ph:mentionedIn <{release}> }}")}
    entities = {n for n, d in shown.nodes(data=True) if d["kind"] in ("organization", "person", "program", "event")
                and not d["authority"]}
    assert entities == mentioned and counts <= set(shown) and release in shown
    assert all(shown.has_edge(n, release) for n in mentioned)
    assert all(d["releases"] == {release} for *_, d in shown.edges(data=True))  # only what this release says
    assert project.find_release(graph, "027.txt") == project.find_release(graph, release) == release


def test_whole_graph_is_capped_to_the_most_connected(graph):
    shown = project.select(graph, limit=40)
    assert shown.number_of_nodes() == 40 and shown.graph["total"] == graph.number_of_nodes()
    degree = {n: len(set(nx.all_neighbors(graph, n))) for n in graph}
    assert min(degree[n] for n in shown) >= max(degree[n] for n in graph if n not in shown)
    actors = project.select(graph, classes="organization,person", limit=5000)
    assert {actors.nodes[n]["kind"] for n in actors} == {"organization", "person"}
    assert set(project.view(graph, limit=10)) <= set(graph) and project.view(graph, limit=10).number_of_nodes() == 10


def test_date_range_keeps_only_what_releases_of_those_dates_say(graph):
    shown = project.select(graph, since="2018-01-01", until="2018-12-31", limit=5000)
    releases = graph.graph["releases"]
    in_range = lambda r: "2018-01-01" <= releases[r]["date"] <= "2018-12-31"  # noqa: E731
    assert all(all(map(in_range, d["releases"])) for _, d in shown.nodes(data=True))
    assert all(d["releases"] and all(map(in_range, d["releases"])) for *_, d in shown.edges(data=True))
    assert {p["title"] for p in shown.nodes[SOMCHAI]["posts"]} == {"รัฐมนตรีช่วยว่าการ"}  # ปลัด was 2017
    assert not shown.has_edge(SOMCHAI, MOI, "holds post in|ปลัด") and shown.has_edge(SOMCHAI, MOI, "holds post in|รัฐมนตรีช่วยว่าการ")
    only_2017 = {n for n, d in graph.nodes(data=True) if d["releases"] and all(releases[r]["date"] < "2018" for r in d["releases"])}
    assert only_2017 and not only_2017 & set(shown)
    with pytest.raises(LookupError, match="between"):
        project.select(graph, focus="สุริยะ จึงรุ่งเรืองกิจ", until="2018-12-31")


def test_unknown_names_and_bad_arguments_are_clear(graph):
    for kwargs, error, words in [
        ({"focus": "ไม่มีชื่อนี้"}, LookupError, "no entity named"),
        ({"program": "ไม่มีโครงการนี้"}, LookupError, "no program named"),
        ({"program": "กระทรวงอุตสาหกรรม"}, LookupError, "no program named"),  # an organization is not a program
        ({"release": "999.txt"}, LookupError, "no release named"),
        ({"classes": "organisation"}, ValueError, "unknown class organisation"),
        ({"since": "2018-13-01"}, ValueError, "YYYY-MM-DD"),
        ({"since": "2019-01-01", "until": "2018-01-01"}, ValueError, "after"),
        ({"focus": "UNIDO", "release": "027"}, ValueError, "choose one"),
    ]:
        with pytest.raises(error, match=words):
            project.select(graph, **kwargs)


def test_cli_views_and_errors(tmp_path):
    from phakhi.graph.store import Store
    from phakhi.graph.ingest import ingest
    from conftest import SEEDS

    location = tmp_path / "store"
    with Store(location) as store:
        ingest(store, [SEEDS / "027.txt", SEEDS / "022.txt"])
    out = tmp_path / "n.html"
    for args, words in [(["--program", "อุตสาหกรรมสีเขียว"], "nodes"), (["--release", "027.txt", "--classes", "organization,count"], "nodes"),
                        (["--focus", "UNIDO", "--since", "2018-10-01", "--until", "2018-10-31", "--depth", "1"], "nodes")]:
        result = run_cli("network", "--store", str(location), *args, "-o", str(out))
        assert result.returncode == 0 and words in result.stdout, result.stderr
        page = out.read_text(encoding="utf-8")
        assert '<meta charset="utf-8">' in page and not re.search(r"(src|href)\s*=\s*[\"']?(https?:)?//", page)
    for args, words in [(["--release", "999.txt"], "no release named"), (["--program", "ไม่มี"], "no program named"),
                        (["--classes", "things"], "unknown class"), (["--until", "31/12/2018"], "YYYY-MM-DD")]:
        result = run_cli("network", "--store", str(location), *args, "-o", str(out))
        assert result.returncode != 0 and words in result.stderr


def test_network_json_is_node_link_with_provenance(client):
    response = client.get("/network.json", params={"program": "อุตสาหกรรมสีเขียว"})
    assert response.status_code == 200 and response.headers["content-type"].startswith("application/json")
    data = response.json()
    assert data["directed"] and data["multigraph"] and data["graph"]["centre"] == GREEN
    ids = {n["id"] for n in data["nodes"]}
    assert all(e["source"] in ids and e["target"] in ids and e["releases"] for e in data["edges"])
    assert {e["relation"] for e in data["edges"]} >= {"mentioned with", "counted in", "party to"}
    green = next(n for n in data["nodes"] if n["id"] == GREEN)
    assert green["href"] == "/entity/program-green-industry" and green["releases"]
    assert set(green["releases"]) <= data["graph"]["releases"].keys()
    assert any(c["qualifier"] == "more-than" and c["value"] == "34000" for c in green["counts"])
    person = next(n for n in data["nodes"] if n["kind"] == "person")
    assert client.get(person["href"]).status_code == 200  # hrefs open the entity pages
    dated = client.get("/network.json", params={"classes": "organization", "since": "2019-01-01", "limit": 30}).json()
    assert {n["kind"] for n in dated["nodes"]} == {"organization"} and len(dated["nodes"]) <= 30
    assert all(r["date"] >= "2019-01-01" for r in dated["graph"]["releases"].values())


def test_network_routes_answer_404_for_unknown_names_and_400_for_bad_parameters(client):
    for path in ("/network", "/network.json"):
        for params in ({"focus": "ไม่มี"}, {"program": "ไม่มี"}, {"release": "999.txt"}):
            response = client.get(path, params=params)
            assert response.status_code == 404 and "no " in response.text
        for params in ({"classes": "x"}, {"since": "yesterday"}, {"focus": "UNIDO", "program": "EEC"}):
            assert client.get(path, params=params).status_code == 400
    page = client.get("/network", params={"release": "027.txt", "classes": "organization,person,program,event,count"})
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert not re.search(r"(src|href)\s*=\s*[\"']?(https?:)?//", page.text)
    assert '"href": "/entity/org/unido"' in page.text  # served pages link nodes to entity pages


def test_page_has_legend_styles_escaped_title_and_no_remote_resources(graph, tmp_path):
    shown = project.select(graph, focus="UNIDO", depth=1)
    out = draw.render(shown, tmp_path / "n.html", title="<b>x</b> & ภาคี")
    raw = out.read_bytes()
    page = raw.decode("utf-8")
    assert page.startswith("<!doctype html>") and '<meta charset="utf-8">' in page
    assert "<title>&lt;b&gt;x&lt;/b&gt; &amp; ภาคี</title>" in page and "<b>x</b>" not in page
    for colour, shape, th, en in draw.STYLE.values():
        assert f"{th} / {en}" in page and colour in page
    for relation, (_, _, th) in draw.RELATIONS.items():
        assert f"{th} / {relation}" in page
    nodes = json.loads(re.search(r"nodes = new vis\.DataSet\((\[.*?\])\);", page).group(1))
    assert len(nodes) == shown.number_of_nodes()
    unido = next(n for n in nodes if n["id"] == str(PID) + "org/unido")
    others = [n for n in nodes if n is not unido]
    assert all(n["shape"] == draw.STYLE[n["kind"]][1] and n["color"] == draw.STYLE[n["kind"]][0] for n in others)
    sizes = {n["id"]: n["size"] for n in nodes}
    assert sizes[str(PID) + "org/unido"] == max(sizes.values())  # size by degree: the centre is biggest
    # the centre: fixed at the middle, a colour no class or community has, a heavy border, the largest label
    assert unido["fixed"] is True and (unido["x"], unido["y"]) == (0, 0) and unido["borderWidth"] > 3
    assert unido["color"]["background"] not in {c for c, *_ in draw.STYLE.values()} | set(emphasis.PALETTE)
    assert unido["font"]["size"] > max(n["font"]["size"] for n in others) and {n["ring"] for n in others} == {1}
    assert unido["label"] == "องค์การพัฒนาอุตสาหกรรมแห่งสหประชาชาติ\nUnited Nations Industrial Development…"
    assert "href" not in unido  # the CLI file has no links
    texts = [text for _, text in unido["tip"]]
    assert "United Nations Industrial Development Organization" in texts and any("027.txt 2018-10-03" in t for t in texts)
    assert not re.search(r"(src|href)\s*=\s*[\"']?(https?:)?//", page) and "@import" not in page
    assert not re.search(r"<link\b|<script[^>]*\bsrc\s*=|<iframe|<img\b", page, re.I)  # everything is inline


def test_tooltips_of_persons_show_posts_with_dates_and_programs_counts_with_qualifiers(graph):
    shown = project.select(graph, program=GREEN)
    page = draw.page(shown)
    nodes = {n["id"]: n for n in json.loads(re.search(r"nodes = new vis\.DataSet\((\[.*?\])\);", page).group(1))}
    green = [text for _, text in nodes[GREEN]["tip"]]
    assert any("34000 กิจการ [more-than]" in t and "2018-10-03" in t for t in green)
    person = str(PID) + "person/อุตตม_สาวนายน"
    tip = [text for _, text in nodes[person]["tip"]]
    assert any(t.startswith("รัฐมนตรีว่าการ กระทรวงอุตสาหกรรม — 2017-") for t in tip)


def test_layout_spreads_nodes_without_numpy():
    graph = synthetic(600)
    positions = draw.layout(graph)
    assert set(positions) == set(graph)
    points = list(positions.values())
    closest = min(math.dist(a, b) for a, b in itertools.combinations(points, 2))
    assert closest >= 30  # nodes never sit on each other
    width = max(x for x, _ in points) - min(x for x, _ in points)
    assert width < 100 * math.sqrt(len(points))  # an area, not one ring (which would be 600 * 40 / pi wide)


def test_big_views_get_positions_and_no_physics(tmp_path):
    graph = synthetic(2000)
    started = time.perf_counter()
    page = draw.page(graph, "big")
    seconds = time.perf_counter() - started
    nodes = json.loads(re.search(r"nodes = new vis\.DataSet\((\[.*?\])\);", page).group(1))
    options = json.loads(re.search(r"var options = (\{.*?\});\n", page).group(1))
    assert len(nodes) == 2000 and all("x" in n and "y" in n and n["physics"] is False for n in nodes)
    assert options["physics"]["enabled"] is False and options["layout"]["improvedLayout"] is False
    assert seconds < 30, seconds
    small = draw.page(project.select(synthetic(200), limit=5000), "small")
    assert json.loads(re.search(r"var options = (\{.*?\});\n", small).group(1))["physics"]["enabled"] is True


def test_dates_parse_strictly():
    assert project.parse_date("2018-01-05", "since") == date(2018, 1, 5).isoformat()
    assert project.parse_classes(" Organization , person ") == ("organization", "person")
    assert project.parse_classes(None) == project.CLASSES


def test_release_text_that_looks_like_a_remote_reference_still_renders_inert(tmp_path):
    graph = synthetic(5)
    node = next(iter(graph))
    graph.nodes[node].update(th='x src=//evil.example/a.js @import url(//evil.example) </script><link href="//e">',
                             label="src=//evil.example/a.js")
    page = draw.page(graph, "t")
    assert "src=//evil.example/a.js" in page  # kept as data (inside the JSON, where "<" cannot open a tag)
    assert "<link" not in page and "</script><link" not in page


def test_a_focused_view_reads_only_the_releases_mentioning_its_centre(dev_store, graph):
    """At corpus scale a view of one actor must not build the whole graph: `scope` finds the releases
    mentioning the centre with SPARQL, and the view built from them alone is the same one-step view."""
    releases, note = project.scope(dev_store, focus="กระทรวงอุตสาหกรรม")
    mentioning = {r for r in graph.graph["releases"] if r in graph.nodes[MOI]["releases"]}
    assert set(releases) == mentioning and note == ""
    scoped = project.build(dev_store, releases)
    assert set(scoped.graph["releases"]) == mentioning
    one_scoped = project.select(scoped, focus=MOI, depth=1, limit=5000)
    one_whole = project.select(graph, focus=MOI, depth=1, limit=5000)
    assert set(one_scoped) == set(one_whole)
    assert {(s, t, k) for s, t, k in one_scoped.edges(keys=True)} >= {
        (s, t, k) for s, t, k in one_whole.edges(keys=True) if s == MOI or t == MOI}
    # a busy centre: only the most recent releases are read, and the title says so
    few, note = project.scope(dev_store, focus=MOI, recent=3)
    dates = sorted((graph.graph["releases"][r]["date"] for r in mentioning), reverse=True)
    assert len(few) == 3 and sorted((graph.graph["releases"][r]["date"] for r in few), reverse=True) == dates[:3]
    assert f"3 most recent of {len(mentioning)} releases" in note
    # names only a partial match finds, and whole-graph views, read everything
    assert project.scope(dev_store, focus="อุตสาหกรรมแห่ง")[0] is None
    assert project.scope(dev_store)[0] is None


def test_a_busy_centres_window_of_dates_finds_what_reading_every_release_finds(dev_store, graph, monkeypatch):
    """Past `_WINDOWED` mentions the most recent releases come from a window of dates guessed from the
    knowledge graph and widened until it holds enough: the same releases, in the same order, with the same
    count as reading every mentioning release's date, for every `recent` (the window taken, or given up)."""
    busy = sorted((n for n, d in graph.nodes(data=True) if d["kind"] != "count" and not d["authority"]),
                  key=lambda n: -len(graph.nodes[n]["releases"]))[:8]
    taken = []
    real = project._latest
    monkeypatch.setattr(project, "_latest", lambda *a: taken.append(real(*a)) or taken[-1])
    for node in busy:
        for recent in (1, 2, 3, 5, 50):
            monkeypatch.setattr(project, "_WINDOWED", 10 ** 9)
            full = project.scope(dev_store, focus=node, recent=recent)
            monkeypatch.setattr(project, "_WINDOWED", 1)
            assert project.scope(dev_store, focus=node, recent=recent) == full
    assert any(t is not None for t in taken) and any(t is None for t in taken)  # both ways were tried


def test_emphasis_rings_threshold_communities_and_evidence(graph):
    """What the page is given to work with: rings around the centre, the default evidence threshold for
    "mentioned with", seeded communities (the same view gets the same colours), dated evidence per edge."""
    shown = project.select(graph, focus="กรมส่งเสริมอุตสาหกรรม")
    centre = shown.graph["centre"]
    ring = emphasis.rings(shown, centre)
    assert ring[centre] == 0 and {ring[n] for n in nx.all_neighbors(shown, centre)} == {1}
    assert 2 in ring.values() and all(ring[n] == 2 for n in shown if n != centre and n not in set(nx.all_neighbors(shown, centre)))
    weak = [len(d["releases"]) for *_, d in shown.edges(data=True) if d["relation"] == "mentioned with"]
    least = emphasis.weak_threshold(shown)
    assert len(weak) > emphasis.FLOOR and sum(n >= least for n in weak) <= emphasis.FLOOR < sum(n >= least - 1 for n in weak)
    assert emphasis.weak_threshold(shown, budget=len(weak)) == 1
    only_weak = synthetic(50)  # co-occurrences alone, one release each: the view is not emptied
    assert emphasis.weak_threshold(only_weak, budget=5) == 1
    found = emphasis.communities(shown, centre)
    assert found == emphasis.communities(shown.copy(), centre) and centre not in found
    sizes = [sum(1 for i in found.values() if i == k) for k in range(max(found.values()) + 1)]
    assert sizes == sorted(sizes, reverse=True) and len(sizes) >= 3  # index 0 the biggest
    legend = emphasis.legend(shown, found)
    assert legend[0]["colour"] == emphasis.PALETTE[0] and legend[0]["size"] == sizes[0] and legend[0]["names"]
    assert emphasis.communities(project.select(graph, focus="UNIDO", depth=1), None) == {}  # small views: by class
    dated = shown.graph["releases"]
    for *_, data in shown.edges(data=True):
        assert emphasis.evidence(data["releases"], dated) == sorted(dated[r]["date"] for r in data["releases"])
    first, last = emphasis.span(shown)
    assert first <= last and first == min(d for *_, e in shown.edges(data=True) for d in emphasis.evidence(e["releases"], dated) if d)


def test_big_views_lay_communities_out_in_sectors():
    """With groups, each band of the radial layout is ordered by group: a group's nodes sit together, so the
    spread of angles within a group is far smaller than the whole circle."""
    graph = synthetic(600)
    groups = {n: i % 3 for i, n in enumerate(sorted(graph))}
    positions = draw.layout(graph, groups=groups)
    root = min(graph, key=lambda n: (-len(set(nx.all_neighbors(graph, n))), n))
    cx, cy = positions[root]
    first = [n for n in graph if n != root and root in set(nx.all_neighbors(graph, n))]  # band 1

    def angles(group: int) -> list[float]:
        return sorted(math.atan2(positions[n][1] - cy, positions[n][0] - cx) % (2 * math.pi) for n in first if groups[n] == group)

    for group in range(3):
        spread = angles(group)
        assert spread[-1] - spread[0] < 2 * math.pi * 0.5, (group, spread[0], spread[-1])  # a sector, not the circle
