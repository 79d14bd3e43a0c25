"""Network pages in a real headless Chromium (Debian's /usr/bin/chromium driven by Playwright; no browser is
ever downloaded): the CLI file opened from file:// and /network served by a real `phakhi serve` process.
A page counts as working when vis-network reports its nodes, the canvas has the class colours painted on
it, not one request leaves the page, no script error occurs, and hovering the nodes of a release whose
names hold HTML and script shows those names as text in the tooltips while none of it runs.

Screenshots and timings go to test-artifacts/ (git-ignored). scripts/test.sh installs chromium and
fonts-thai-tlwg when it can; without them these tests skip and say why."""

from __future__ import annotations

import json
import importlib.util
import shutil
import subprocess
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from conftest import REPO, SEEDS, run_cli

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
ARTIFACTS = REPO / "test-artifacts"
IMG = "บริษัท <img src=x onerror=window.__pwned=1> จำกัด"
SCRIPT = "บริษัท <script>window.__pwned=2</script> จำกัด"
PROGRAM = "<script>window.__pwned=3</script>"
HOSTILE = (f"กระทรวงอุตสาหกรรม 3 ตุลาคม 2561\nนายสมชาย ใจดี ผู้อำนวยการ{IMG} ลงนามบันทึกความเข้าใจร่วมกับ{SCRIPT} "
           f'และกระทรวงอุตสาหกรรม ในโครงการ "{PROGRAM}" ซึ่งมีผู้ประกอบการเข้าร่วมกว่า 1,200 ราย\n')


def _why_not() -> str | None:
    """Why the browser tests cannot run here, or None."""
    if importlib.util.find_spec("playwright") is None:
        return "playwright is not installed: pip install -e '.[test]'"
    if not CHROMIUM.exists():
        return "no /usr/bin/chromium: run scripts/test.sh as root, or apt-get install chromium fonts-thai-tlwg"
    fonts = subprocess.run(["fc-list", ":lang=th", "family"], capture_output=True, text=True) if shutil.which("fc-list") else None
    if fonts is None or not fonts.stdout.strip():
        return "no Thai font: run scripts/test.sh as root, or apt-get install fonts-thai-tlwg"
    return None


REASON = _why_not()
pytestmark = [pytest.mark.slow, pytest.mark.skipif(REASON is not None, reason=REASON or "")]


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="module")
def seeded(tmp_path_factory) -> Path:
    """An on-disk store with the 39 seed releases and one release whose names are HTML and script."""
    from phakhi.graph.ingest import ingest, ingest_release
    from phakhi.graph.read import parse_release
    from phakhi.graph.store import Store

    location = tmp_path_factory.mktemp("browser") / "store"
    with Store(location) as store:
        assert not ingest(store, [SEEDS]).failures
        ingest_release(store, parse_release(HOSTILE, "hostile.txt", published=date(2018, 10, 3)))
    return location


@pytest.fixture(scope="module")
def server(seeded) -> Iterator[str]:
    from test_api_service import served

    with served(seeded) as client:
        yield str(client.base_url).rstrip("/")


def _artifact(name: str) -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS / name


def _timing(name: str, seconds: float) -> None:
    """Keep a measured time in test-artifacts/network-timings.json."""
    path = _artifact("network-timings.json")
    timings = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    timings[name] = round(seconds, 3)
    path.write_text(json.dumps(timings, indent=2, ensure_ascii=False), encoding="utf-8")


def _open(browser, url: str) -> tuple[Any, dict[str, list[str]]]:
    """The page loaded and settled, with every request other than the page itself recorded (and aborted,
    so nothing leaves even if attempted), and every script error and console error."""
    page = browser.new_page(viewport={"width": 1400, "height": 1100})
    log: dict[str, list[str]] = {"requests": [], "errors": []}

    def route(request_route) -> None:
        if request_route.request.url == url:
            request_route.continue_()
        else:
            log["requests"].append(request_route.request.url)
            request_route.abort()

    page.route("**/*", route)
    page.on("request", lambda request: request.url != url and log["requests"].append(request.url))
    page.on("websocket", lambda socket: log["requests"].append(socket.url))
    page.on("pageerror", lambda error: log["errors"].append(str(error)))
    page.on("console", lambda message: message.type == "error" and log["errors"].append(message.text))
    page.goto(url)
    page.wait_for_function("window.phakhiReady === true", timeout=180_000)
    return page, log


_PAINT = """() => {
  const canvas = document.querySelector('#mynetwork canvas');
  const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
  const wanted = COLOURS, seen = {}, step = 4;
  let painted = 0, sampled = 0;
  for (let i = 0; i < pixels.length; i += step) {
    sampled++;
    const [r, g, b, a] = [pixels[i], pixels[i + 1], pixels[i + 2], pixels[i + 3]];
    if (a === 0 || (r > 240 && g > 240 && b > 240)) continue;
    painted++;
    for (const [name, [R, G, B]] of Object.entries(wanted)) {
      if (Math.abs(r - R) < 12 && Math.abs(g - G) < 12 && Math.abs(b - B) < 12) seen[name] = (seen[name] || 0) + 1;
    }
  }
  return {share: painted / sampled, seen: seen};
}"""


def _painted(page, colours: dict[str, str] | None = None) -> dict[str, Any]:
    """How much of the canvas is painted, and how many pixels of each colour (default: the class colours)."""
    from phakhi.graph.views.draw import STYLE

    colours = colours or {kind: c for kind, (c, *_) in STYLE.items()}
    rgb = {name: [int(c[i:i + 2], 16) for i in (1, 3, 5)] for name, c in colours.items()}
    return page.evaluate(_PAINT.replace("COLOURS", json.dumps(rgb)))


def _drawn(page) -> dict[str, Any]:
    state = page.evaluate("""() => ({nodes: network.body.data.nodes.length, edges: network.body.data.edges.length,
        kinds: [...new Set(network.body.data.nodes.get().filter(n => !n.hidden).map(n => n.kind))],
        physics: network.physics.options.enabled})""")
    return {**state, **_painted(page)}


def _assert_drawn(page, nodes: int) -> dict[str, Any]:
    """Drawn with every class's colour on the canvas. Big views open coloured by community: then the
    biggest communities' colours are on the canvas, and switching to class colours (as a reader would)
    paints the classes."""
    from phakhi.graph.views.emphasis import PALETTE

    if page.locator('input[name=colour][value=community]').count():
        assert page.is_checked('input[name=colour][value=community]')
        seen = _painted(page, {str(i): PALETTE[i] for i in range(3)})["seen"]
        assert all(seen.get(str(i), 0) > 20 for i in range(3)), seen
        page.check('input[name=colour][value=kind]')
    state = _drawn(page)
    assert state["nodes"] == nodes and state["share"] > 0.005, state
    assert all(state["seen"].get(kind, 0) > 20 for kind in state["kinds"]), state  # each class is on the canvas
    return state


def _hover_all(page) -> dict[str, str]:
    """Move the mouse onto every node (network.getPositions + canvasToDOM) and read the tooltip shown."""
    spots = page.evaluate("""() => {
        const box = document.querySelector('#mynetwork canvas').getBoundingClientRect();
        return Object.entries(network.getPositions()).map(([id, p]) => {
            const d = network.canvasToDOM(p);
            return {id: id, x: box.left + d.x, y: box.top + d.y, top: network.getNodeAt(d),
                    head: network.body.data.nodes.get(id).tip[0][1]};
        }); }""")
    empty = page.evaluate("""() => { const box = document.querySelector('#mynetwork canvas').getBoundingClientRect();
        const d = {x: 3, y: 3};
        return network.getNodeAt(d) === undefined && network.getEdgeAt(d) === undefined
            ? {x: box.left + d.x, y: box.top + d.y} : null; }""")
    assert empty is not None
    tips = {}
    for spot in spots:
        if spot["top"] != spot["id"]:  # another node drawn over this one's centre
            continue
        page.mouse.move(empty["x"], empty["y"])  # off every node: the tooltip goes
        page.wait_for_function("() => !document.querySelector('div.vis-tooltip') || "
                               "document.querySelector('div.vis-tooltip').style.visibility !== 'visible'")
        page.mouse.move(spot["x"], spot["y"], steps=2)
        page.wait_for_function("""(head) => { const t = document.querySelector('div.vis-tooltip');
            return t && t.style.visibility === 'visible' && t.innerText.split('\\n')[0] === head; }""", arg=spot["head"])
        tips[spot["id"]] = page.evaluate("document.querySelector('div.vis-tooltip').innerText")
    assert len(tips) >= len(spots) - 1, (len(tips), len(spots))  # (almost) every node could be hovered
    return tips


def _assert_nothing_ran(page) -> None:
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.evaluate("document.images.length") == 0
    assert page.evaluate("[...document.scripts].filter(s => s.text.includes('window.__pwned=') && "
                         "!s.text.includes('vis.DataSet')).length") == 0


def _assert_hostile_tooltips(page) -> None:
    tips = _hover_all(page)
    texts = "\n".join(tips.values())
    for name in (IMG, SCRIPT, PROGRAM):
        assert any(tip.splitlines()[0] == name for tip in tips.values()), (name, tips)  # shown as text
    assert "ผู้อำนวยการ" in texts and "1200 ราย [more-than]" in texts and "hostile.txt 2018-10-03" in texts
    _assert_nothing_ran(page)


def test_cli_page_of_the_seeds_draws_offline(browser, seeded, tmp_path):
    out = tmp_path / "seeds.html"
    started = time.perf_counter()
    result = run_cli("network", "--store", str(seeded), "--limit", "5000", "-o", str(out))
    _timing("cli whole seed graph (build + render), s", time.perf_counter() - started)
    assert result.returncode == 0, result.stderr
    nodes = int(result.stdout.split(": ", 1)[1].split(" nodes")[0])
    started = time.perf_counter()
    page, log = _open(browser, out.as_uri())
    _timing("chromium: whole seed graph drawn, s", time.perf_counter() - started)
    state = _assert_drawn(page, nodes)
    assert nodes > 300 and state["physics"] is False  # the whole seed graph is big: laid out, no physics
    assert log == {"requests": [], "errors": []}
    page.screenshot(path=_artifact("network-seeds-whole.png"))
    page.close()
    result = run_cli("network", "--store", str(seeded), "--focus", "UNIDO", "--depth", "1", "-o", str(out))
    page, log = _open(browser, out.as_uri())
    _assert_drawn(page, int(result.stdout.split(": ", 1)[1].split(" nodes")[0]))
    assert log == {"requests": [], "errors": []}
    page.screenshot(path=_artifact("network-seeds-unido.png"))
    page.close()


def test_hostile_names_in_the_cli_file_show_as_text_and_never_run(browser, seeded, tmp_path):
    out = tmp_path / "hostile.html"
    result = run_cli("network", "--store", str(seeded), "--release", "hostile.txt", "-o", str(out))
    assert result.returncode == 0, result.stderr
    page, log = _open(browser, out.as_uri())
    _assert_drawn(page, int(result.stdout.split(": ", 1)[1].split(" nodes")[0]))
    _assert_hostile_tooltips(page)
    page.mouse.move(5, 5)
    assert page.evaluate("network.body.data.nodes.get().some(n => 'href' in n)") is False  # files have no links
    assert log == {"requests": [], "errors": []}
    page.screenshot(path=_artifact("network-hostile-file.png"))
    page.close()


def test_served_page_draws_offline_and_opens_entity_pages(browser, server):
    url = server + "/network?release=hostile.txt"
    page, log = _open(browser, url)
    _assert_drawn(page, page.evaluate("network.body.data.nodes.length"))
    _assert_hostile_tooltips(page)
    assert log == {"requests": [], "errors": []}
    page.screenshot(path=_artifact("network-hostile-served.png"))
    page.unroute("**/*")
    spot = page.evaluate("""(name) => {
        const node = network.body.data.nodes.get().find(n => n.tip[0][1] === name);
        const box = document.querySelector('#mynetwork canvas').getBoundingClientRect();
        const d = network.canvasToDOM(network.getPositions([node.id])[node.id]);
        return {x: box.left + d.x, y: box.top + d.y, href: node.href}; }""", IMG)
    assert spot["href"].startswith("/entity/org/")
    with page.expect_navigation():
        page.mouse.dblclick(spot["x"], spot["y"])
    assert page.url == server + spot["href"]
    assert page.evaluate("document.querySelector('h1').textContent") == IMG  # the entity page, escaped too
    _assert_nothing_ran(page)
    page.close()
    whole, log = _open(browser, server + "/network")
    _assert_drawn(whole, 150)
    assert log == {"requests": [], "errors": []}
    whole.close()


def test_two_thousand_nodes_draw_without_physics(browser, tmp_path):
    from phakhi.graph.views import draw
    from test_network_views import synthetic

    graph = synthetic(2000)
    started = time.perf_counter()
    out = draw.render(graph, tmp_path / "big.html", title="2,000 nodes")
    _timing("render 2,000-node synthetic graph, s", time.perf_counter() - started)
    started = time.perf_counter()
    page, log = _open(browser, out.as_uri())
    seconds = time.perf_counter() - started
    _timing("chromium: 2,000 nodes drawn (physics off), s", seconds)
    state = _assert_drawn(page, 2000)
    assert state["physics"] is False and state["edges"] == graph.number_of_edges()
    assert log == {"requests": [], "errors": []} and seconds < 60
    page.screenshot(path=_artifact("network-2000.png"))
    page.close()


def _open_served(browser, url: str) -> tuple[Any, dict[str, list[str]]]:
    """A served page with its own scripts and styles from the same server; any request to another host is
    recorded and aborted, and so is every script error."""
    from urllib.parse import urlsplit

    origin = urlsplit(url).netloc
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    log: dict[str, list[str]] = {"requests": [], "errors": []}

    def route(request_route) -> None:
        if urlsplit(request_route.request.url).netloc == origin:
            request_route.continue_()
        else:
            log["requests"].append(request_route.request.url)
            request_route.abort()

    page.route("**/*", route)
    page.on("websocket", lambda socket: log["requests"].append(socket.url))
    page.on("pageerror", lambda error: log["errors"].append(str(error)))
    page.goto(url)
    return page, log


def test_search_box_reaches_dip(browser, server):
    page, log = _open_served(browser, server + "/network")  # the network page has no header: start from a page
    page.goto(server + "/entity/org/moi")
    page.fill('header input[name="q"]', "กสอ")
    page.press('header input[name="q"]', "Enter")
    page.wait_for_selector("ol.hits a.hit")
    assert page.inner_text("ol.hits li >> nth=0").startswith("กรมส่งเสริมอุตสาหกรรม")
    page.click("ol.hits a.hit >> nth=0")
    page.wait_for_url("**/entity/org/dip")
    assert page.inner_text("h1") == "กรมส่งเสริมอุตสาหกรรม"
    assert not log["requests"] and not log["errors"], log


def test_entity_pages_draw_their_charts_and_lead_to_entities_and_the_reader(browser, server):
    """DIP's page shows its Directors-General heads first on an SVG timeline; a bar opens the tenure's page,
    whose releases open the reader; a person's page draws the posts held; nothing leaves 127.0.0.1."""
    page, log = _open_served(browser, server + "/entity/org/dip")
    bars = page.eval_on_selector_all("#people ~ svg.timeline a", "els => els.map(a => [a.getAttribute('href'), "
                                     "a.querySelector('rect').getBoundingClientRect().width, a.textContent])")
    assert bars and all(width >= 4 for _, width, _ in bars), bars
    assert "(อธิบดี)" in bars[0][2]  # heads first
    first_row = page.inner_text("table.people tr:nth-child(2) td:nth-child(1)")
    assert first_row == "อธิบดี"
    page.screenshot(path=str(_artifact("entity-dip.png")))
    page.click("table.units a >> nth=0")
    page.wait_for_url("**/entity/org/**")
    assert page.inner_text("h1") and page.locator("#releases ~ ol.releases a").count() >= 1
    page.goto(server + bars[0][0])
    assert page.inner_text("h1").endswith("อธิบดี กรมส่งเสริมอุตสาหกรรม")
    page.click("ol.releases a >> nth=0")
    page.wait_for_url("**/release/**")
    assert page.locator("#text a.m").count() >= 1
    page.goto(server + "/entity/org/moi")
    counts = page.locator("svg.chart.series circle")
    assert counts.count() >= 2 and page.locator("svg.chart.series a").first.get_attribute("href").startswith("/release/")
    person = page.locator("table.people a[href^='/entity/person/']").first
    person.click()
    page.wait_for_url("**/entity/person/**")
    assert page.locator("svg.timeline rect").count() >= 1 and page.locator("table.posts tr").count() >= 2
    page.screenshot(path=str(_artifact("entity-person.png")))
    assert not log["requests"] and not log["errors"], log


def test_reader_marks_mentions_and_opens_their_pages(browser, server):
    from phakhi.graph.rdf.iris import release_id

    page, log = _open_served(browser, f"{server}/release/{release_id('003.txt')}")
    marks = page.eval_on_selector_all("#text a.m", "els => els.map(e => [e.dataset.kind, e.textContent, "
                                      "getComputedStyle(e).backgroundColor, e.title])")
    kinds = {kind for kind, *_ in marks}
    assert {"organization", "person", "event"} <= kinds, kinds
    assert len({colour for _, _, colour, _ in marks}) >= 3  # classes are told apart by colour
    page.screenshot(path=str(_artifact("reader.png")))
    moi = page.locator('#text a.m[href="/entity/org/moi"]').first
    assert moi.get_attribute("title").endswith("Ministry · กระทรวงอุตสาหกรรม")
    moi.click()
    page.wait_for_url("**/entity/org/moi")
    assert not log["requests"] and not log["errors"], log


def test_hostile_release_text_shows_as_text_in_the_reader(browser, server):
    from phakhi.graph.rdf.iris import release_id

    page, log = _open_served(browser, f"{server}/release/{release_id('hostile.txt')}")
    assert page.locator("#text a.m").count() >= 3
    for mark in page.locator("#text a.m").all():
        mark.hover()
    assert IMG in page.inner_text("#text") and SCRIPT in page.inner_text("#text")
    page.locator("#text a.m >> nth=1").click()
    page.wait_for_load_state()
    _assert_nothing_ran(page)
    assert not log["requests"] and not log["errors"], log


def test_query_editor_loads_offline_runs_a_query_and_names_results(browser, server):
    page, log = _open_served(browser, server + "/")
    page.wait_for_function("window.phakhiReady === true")
    page.click("button.example >> nth=4")  # most mentioned organizations
    page.click("#yasgui .yasqe_queryButton")
    page.wait_for_selector(".yasr table tbody tr")
    rows = page.locator(".yasr table tbody tr").count()
    assert rows > 5
    # a query of the analyst's own whose answers are IRIs: the editor shows them by name, linked to their pages
    page.evaluate("""() => { yasgui.getTab().setQuery(
        'SELECT ?organization ?release WHERE { GRAPH ?g { ?organization a <http://www.w3.org/ns/org#Organization> ; '
        + '<https://w3id.org/phakhi/def#mentionedIn> ?release } } LIMIT 20'); }""")
    page.click("#yasgui .yasqe_queryButton")
    page.wait_for_selector("a.iri.named")
    page.screenshot(path=str(_artifact("editor.png")))
    link = page.locator("a.iri.named").first
    name, target = link.text_content(), link.get_attribute("href")
    assert not name.startswith(("http", "pid:")) and target.startswith(("/release/", "/entity/"))
    link.click()
    page.wait_for_url("**" + target)
    assert not log["requests"] and not log["errors"], log


def _visible_edges(page) -> list[dict[str, Any]]:
    return page.evaluate("""() => network.body.data.edges.get().filter(e => !e.hidden)
        .map(e => ({relation: e.relation, when: e.when, from: e.from, to: e.to}))""")


def test_network_page_centres_the_focus_and_filters_by_kind_evidence_and_date(browser, server):
    """UNIDO's served network: the focus fixed in the middle of the canvas; unticking a relation kind hides
    exactly its edges; the evidence threshold hides "mentioned with" edges read in fewer releases; a date
    range hides edges with no release in it; nothing leaves 127.0.0.1."""
    from phakhi.ontology import PID

    unido = str(PID) + "org/unido"
    page, log = _open(browser, server + "/network?focus=UNIDO&depth=2")
    assert page.locator('header.site input[name="q"]').count() == 1  # the site header with its search box
    middle = page.evaluate("""(id) => { const box = document.querySelector('#mynetwork canvas').getBoundingClientRect();
        const p = network.getPositions([id])[id], d = network.canvasToDOM(p);
        return {x: p.x, y: p.y, dx: d.x - box.width / 2, dy: d.y - box.height / 2}; }""", unido)
    assert (middle["x"], middle["y"]) == (0, 0) and abs(middle["dx"]) < 2 and abs(middle["dy"]) < 2, middle
    page.screenshot(path=_artifact("network-unido-served.png"))

    before = page.evaluate("window.phakhiVisible()")
    edges = _visible_edges(page)
    party = sum(e["relation"] == "party to" for e in edges)
    assert party > 0 and before["edges"] == len(edges)
    page.uncheck('input.relation[value="party to"]')
    after = page.evaluate("window.phakhiVisible()")
    assert after["edges"] == before["edges"] - party and not any(e["relation"] == "party to" for e in _visible_edges(page))
    assert after["nodes"] < before["nodes"]  # events reached only as parties go with their edges
    page.check('input.relation[value="party to"]')
    assert page.evaluate("window.phakhiVisible()") == before

    # "mentioned with" opens above a threshold: weaker ones are hidden until the slider comes down
    least = int(page.input_value("#threshold"))
    everything = page.evaluate("network.body.data.edges.get().filter(e => e.relation === 'mentioned with').length")
    weak = [e for e in _visible_edges(page) if e["relation"] == "mentioned with"]
    assert least >= 2 and all(len(e["when"]) >= least for e in weak) and len(weak) < everything
    page.fill("#threshold", "1")
    assert page.inner_text("#threshold-value") == "1"
    assert sum(e["relation"] == "mentioned with" for e in _visible_edges(page)) == everything
    page.fill("#threshold", str(least))
    assert page.evaluate("window.phakhiVisible()") == before

    # a date range: every edge left has a release in it (or an undated one), and some went
    day = "2018-10-03"
    page.fill("#from", day)
    page.fill("#to", day)
    page.dispatch_event("#to", "change")
    dated = _visible_edges(page)
    assert dated and len(dated) < before["edges"]
    assert all(any(d == day or not d for d in e["when"]) for e in dated)
    assert log == {"requests": [], "errors": []}, log
    page.close()


def test_node_search_selects_and_centres_a_node(browser, server):
    """Far labels are too small to draw at the opening zoom and grow when hovered; the in-page search
    selects a node (shown even when the filters hid it) and moves it to the middle of the canvas."""
    from phakhi.graph.views.draw import DRAWN

    page, log = _open(browser, server + "/network?focus=UNIDO&depth=2")
    far = page.evaluate("""() => { const box = document.querySelector('#mynetwork canvas').getBoundingClientRect();
        const n = network.body.data.nodes.get().find(n => n.ring === 2 && !n.hidden
            && network.getNodeAt(network.canvasToDOM(network.getPositions([n.id])[n.id])) === n.id);
        const d = network.canvasToDOM(network.getPositions([n.id])[n.id]);
        return {id: n.id, x: box.left + d.x, y: box.top + d.y, size: n.font.size, scale: network.getScale()}; }""")
    assert far["size"] * far["scale"] < DRAWN - 1  # under the draw threshold: not drawn at this zoom
    page.mouse.move(far["x"], far["y"], steps=2)
    page.wait_for_function("(id) => network.body.data.nodes.get(id).font.size === 18", arg=far["id"])
    empty = page.evaluate("""() => { const box = document.querySelector('#mynetwork canvas').getBoundingClientRect();
        for (let y = 3; y < box.height; y += 17) { if (network.getNodeAt({x: 3, y: y}) === undefined) return [box.left + 3, box.top + y]; } }""")
    page.mouse.move(*empty, steps=2)
    page.wait_for_function("([id, size]) => network.body.data.nodes.get(id).font.size === size", arg=[far["id"], far["size"]])
    target = page.evaluate("""() => { const far = network.body.data.nodes.get().filter(n => n.ring === 2);
        const n = far.find(n => n.hidden) || far[0]; return {id: n.id, name: n.label.split('\\n')[0], hidden: !!n.hidden}; }""")
    page.fill("#find-text", target["name"].rstrip("…"))
    page.press("#find-text", "Enter")
    assert page.evaluate("window.phakhiFound") == target["id"]
    assert page.evaluate("network.getSelectedNodes()") == [target["id"]]
    assert page.evaluate("(id) => !network.body.data.nodes.get(id).hidden", target["id"])  # shown even if filtered
    spot = page.evaluate("""(id) => { const box = document.querySelector('#mynetwork canvas').getBoundingClientRect();
        const d = network.canvasToDOM(network.getPositions([id])[id]); return [d.x - box.width / 2, d.y - box.height / 2]; }""",
                         target["id"])
    assert abs(spot[0]) < 2 and abs(spot[1]) < 2, spot  # focused: in the middle of the canvas
    assert page.inner_text("#find-result").startswith("พบ / found")
    page.fill("#find-text", "ไม่มีชื่อนี้ในภาพ")
    page.press("#find-text", "Enter")
    assert page.inner_text("#find-result").startswith("ไม่พบ / not found")
    page.screenshot(path=_artifact("network-unido-found.png"))
    assert log == {"requests": [], "errors": []}, log
    page.close()
