"""Drawing a network view: a self-contained pyvis page (or its JSON) from a networkx view made by `project`.

Labels and tooltips come from release text, so nothing from a release is ever parsed as HTML: the node
JSON is written by jinja's `tojson` (which escapes <, > and &, so nothing can close the <script> it sits
in), the `title` strings are HTML-escaped too (vis-network 9 sets string tooltips with innerText, older
versions and pyvis's link template with innerHTML), and the tooltips shown are DOM elements built in the
page with textContent. pyvis pulls Bootstrap from a CDN in every mode; those tags are removed and
vis-network is inlined, so the page makes no request at all.

Views above LARGE nodes get positions computed here and physics off (vis-network's physics on 2,000 nodes
takes minutes). networkx's own layouts need numpy, which phakhi does not depend on, so `layout` is a
radial tree layout over networkx's BFS trees, in pure Python.
"""

from __future__ import annotations

import functools
import html
import importlib.util
import json
import math
import re
import unicodedata
from pathlib import Path
from collections.abc import Iterable
from typing import Any
from urllib.parse import quote

import networkx as nx

from phakhi.graph.views import emphasis
from phakhi.ontology import PID

STYLE = {  # class -> (colour, vis shape, Thai, English)
    "organization": ("#1f77b4", "dot", "องค์กร", "organization"),
    "person": ("#ff7f0e", "diamond", "บุคคล", "person"),
    "program": ("#2ca02c", "square", "โครงการ", "program"),
    "event": ("#d62728", "triangle", "กิจกรรม", "event"),
    "count": ("#9467bd", "triangleDown", "จำนวน", "count"),
    "release": ("#7f7f7f", "box", "ข่าว", "release"),
}
RELATIONS = {  # relation -> (colour, dashed, Thai)
    "holds post in": ("#ff7f0e", False, "ดำรงตำแหน่งใน"),
    "part of": ("#1f77b4", False, "สังกัด"),
    "party to": ("#d62728", False, "ร่วมใน"),
    "mentioned with": ("#b0b0b0", True, "กล่าวถึงพร้อมกับ"),
    "counted in": ("#9467bd", False, "นับใน"),
    "mentioned in": ("#c7c7c7", True, "กล่าวถึงใน"),
}
_UNLABELLED = {"mentioned with", "mentioned in"}  # many and alike: dashed grey, named in legend and tooltip
LARGE = 300  # above this many nodes: precomputed layout, physics off
DRAWN = 10  # labels under (this - 1) pixels on screen are not drawn (vis-network drawThreshold)
FONT = "Garuda, Loma, 'Noto Sans Thai', 'TH Sarabun New', sans-serif"
_REMOTE_TAG = re.compile(r"<(?:link|script)\b[^>]*(?:href|src)\s*=\s*\"https?://[^\"]*\"[^>]*>(?:\s*</script>)?", re.S)
_EMPTY_HEADING = re.compile(r"<center>\s*<h1>\s*</h1>\s*</center>")
# template comments, and a source map DevTools would fetch (at a line's start); two passes, the second found by
# its literal text: one pattern with "^" under re.M tried every position of a 3 MB page (23 ms against 2)
_COMMENTS = re.compile(r"<!--.*?-->", re.S)
_SOURCE_MAP = re.compile(r"//# sourceMappingURL=[^\s<]*")
# A tag that would load from elsewhere (release text cannot form one: in the page's JSON "<" is \u003c).
_REMOTE_REF = re.compile(r"<[a-z]+\b[^>]*\s(?:src|href|action)\s*=\s*[\"']?(?:[a-z]+:)?//", re.I)


# ---------------------------------------------------------------- layout for big views


def layout(graph: nx.Graph, step: float = 120.0, gap: float = 40.0, centre: Any = None,
           groups: dict[Any, int] | None = None) -> dict[Any, tuple[float, float]]:
    """Positions without numpy (networkx's own layouts need it; phakhi does not depend on it). Each connected
    component goes in bands around its best-connected node, band d holding the nodes d steps away, ordered
    by their BFS parent's angle so that neighbours stay together, and split over as many interleaved rings
    as it takes for nodes to be at least `gap` apart (one ring of 2,000 would be 13 times wider than the
    canvas). Components are packed in rows, biggest first. Linear in nodes and edges, plus sorting. A given
    `centre` (the view's) is the middle of its component. With `groups` (communities) each band is ordered by
    group first, so that every group takes its own sector around the middle."""
    simple = nx.Graph(graph.to_undirected(as_view=True)) if graph.is_directed() else nx.Graph(graph)
    group = groups or {}
    placed: list[tuple[float, dict[Any, tuple[float, float]]]] = []
    for component in sorted(nx.connected_components(simple), key=lambda c: (-len(c), min(map(str, c)))):
        root = centre if centre in component else min(component, key=lambda n: (-simple.degree(n), str(n)))
        parent = dict(nx.bfs_predecessors(simple, root, sort_neighbors=lambda ns: sorted(ns, key=str)))
        bands: list[list[Any]] = [[root]]
        depth = {root: 0}
        for node in parent:  # BFS order: a parent's depth is known before its children's
            depth[node] = depth[parent[node]] + 1
            if depth[node] == len(bands):
                bands.append([])
            bands[depth[node]].append(node)
        angle, positions, outer = {root: 0.0}, {root: (0.0, 0.0)}, 0.0
        for band in bands[1:]:
            inner = outer + step
            rings = math.ceil(len(band) / max(1, math.floor(2 * math.pi * inner / gap)))
            slots = rings * math.ceil(len(band) / rings)  # a whole number per ring: no crowding where it wraps
            band.sort(key=lambda n: (group.get(n, len(group)), angle[parent[n]], str(n)))
            for index, node in enumerate(band):
                angle[node] = 2 * math.pi * index / slots
                radius = inner + (index % rings) * gap
                positions[node] = (radius * math.cos(angle[node]), radius * math.sin(angle[node]))
            outer = inner + (rings - 1) * gap
        placed.append((outer + gap, positions))
    row_width = max([2 * r for r, _ in placed] + [math.sqrt(sum((2 * r) ** 2 for r, _ in placed))]) if placed else 0
    out: dict[Any, tuple[float, float]] = {}
    x = y = row_height = 0.0
    for r, positions in placed:
        if x and x + 2 * r > row_width:
            x, y, row_height = 0.0, y + row_height, 0.0
        out.update({n: (px + x + r, py + y + r) for n, (px, py) in positions.items()})
        x, row_height = x + 2 * r, max(row_height, 2 * r)
    return out


# ---------------------------------------------------------------- drawing


def entity_href(iri: str) -> str | None:
    """The served entity page of a phakhi IRI, as a URI: Thai letters percent-encoded, the escapes the IRI
    already holds ("%22" for a quote in a name) kept as they are, which is how the server maps a path back
    to an IRI (api/pages.py `_iri_path`). IRIs hold "%" only in such escapes (graph/rdf/iris.py `slug`)."""
    if not iri.startswith(str(PID)):
        return None
    return "/entity/" + quote(iri[len(str(PID)):], safe="/-_.~%")


def page(graph: nx.MultiDiGraph, title: str = "phakhi", links: bool = False, chrome: str = "") -> str:
    """The page as a string: self-contained (no request leaves it). `links` (when served) lets a double
    click open the node's entity page and adds a form for another view; `chrome` is trusted HTML the server
    puts at the top of the body (its site header). The view is annotated by `emphasis` (rings, evidence,
    communities) and the page's own script (network.js) filters it with vis-network's DataSet API."""
    large = graph.number_of_nodes() > LARGE
    centre = graph.graph.get("centre") if graph.graph.get("centre") in graph else None
    nodes: list[dict[str, Any]] = []
    edges: list[dict[str, Any]] = []
    releases = graph.graph.get("releases", {})
    ring = emphasis.rings(graph, centre)
    found = emphasis.communities(graph, centre)
    positions = _centred(layout(graph, centre=centre, groups=found), centre) if large else {}
    for node, data in sorted(graph.nodes(data=True), key=lambda item: item[0] == centre):  # the centre drawn last, on top
        colour, shape, _, _ = STYLE.get(data.get("kind", ""), ("#7f7f7f", "dot", "", ""))
        degree = len(set(nx.all_neighbors(graph, node)))
        rows = _node_tip(graph, node, data, releases)
        extra: dict[str, Any] = {"href": entity_href(node)} if links and entity_href(node) else {}
        if large:
            extra.update(x=round(positions[node][0], 1), y=round(positions[node][1], 1), physics=False)
        label = str(data.get("label") or node)
        # the keys in the order pyvis's Network.add_node wrote them (color, the options, id, label, shape)
        nodes.append({"color": colour, "title": _plain(rows), "tip": rows, "size": round(8 + 5 * math.sqrt(min(degree, 60)), 1),
                      "kind": data.get("kind", ""), "ring": ring[node], "community": found.get(node, -1), "lonely": degree == 0,
                      "find": sorted({line.casefold() for line in label.split("\n")} | set(data.get("names", ()))),
                      "font": {"size": emphasis.label_size(ring[node]),
                               **({"background": "rgba(255,255,255,0.8)"} if ring[node] < 2 else {})}, **extra,
                      "id": node, "label": _short(label, 40 if node == centre else 30) or node, "shape": shape})
        if node == centre:
            nodes[-1].update(_CENTRE, x=0, y=0, fixed=True, size=nodes[-1]["size"] + 14,
                                 color={"background": _CENTRE_FILL, "border": _CENTRE_BORDER,
                                        "highlight": {"background": _CENTRE_FILL, "border": _CENTRE_BORDER}})
    for source, target, data in graph.edges(data=True):
        colour, dashed, _ = RELATIONS.get(data["relation"], ("#999999", False, ""))
        rows = _edge_tip(graph, source, target, data, releases)
        label = f"{data['relation']}: {data['title']}" if data.get("title") else data["relation"]
        label = "" if large or data["relation"] in _UNLABELLED else label
        edges.append({"from": source, "to": target, "label": label, "tip": rows, "color": colour, "dashes": dashed,
                          "arrows": "to", "relation": data["relation"], "weak": data["relation"] in emphasis.WEAK,
                          "when": emphasis.evidence(data.get("releases", ()), releases),
                          "width": emphasis.edge_width(len(data.get("releases", ())))})
    settings = {"centre": centre, "large": large, "communities": bool(found),
                "palette": {"kind": {k: v[0] for k, v in STYLE.items()}, "community": list(emphasis.PALETTE),
                            "other": emphasis.OTHER}}
    text = _render(nodes, edges, _options(large, centre is not None))
    text = _REMOTE_TAG.sub("", text)
    text = _SOURCE_MAP.sub(_at_line_start, _EMPTY_HEADING.sub("", text))
    text = _COMMENTS.sub("", text).replace("<html>", '<!doctype html>\n<html lang="th">', 1)
    text = text.replace("<head>", f"<head>\n<title>{html.escape(title)}</title>", 1)
    text = text.replace("</style>", _CSS + "</style>", 1)
    text = text.replace("<body>", "<body>\n" + chrome, 1)
    text = text.replace('<div class="card" style="width: 100%">',
                        _header(graph, title) + _controls(graph, found, links) + '<div class="card">', 1)
    script = _SCRIPT.replace("SETTINGS", json.dumps(settings).replace("<", "\\u003c"))
    text = text.replace("drawGraph();\n", "drawGraph();\n" + script, 1)
    if _REMOTE_REF.search(text):
        raise RuntimeError("the network page would load something from elsewhere")
    return text


def _render(nodes: list[dict[str, Any]], edges: list[dict[str, Any]], options: dict[str, Any]) -> str:
    """pyvis's page template, rendered as its Network.generate_html renders it for a Network(height="780px",
    width="100%", cdn_resources="in_line", heading=""), without importing pyvis's Python (43 ms of start-up,
    most of it IPython, which pyvis imports for notebooks)."""
    physics = options.get("physics", {})
    return _templates().get_template("template.html").render(
        height="780px", width="100%", nodes=nodes, edges=edges, heading="", options=json.dumps(options),
        physics_enabled=physics.get("enabled", True) if isinstance(physics, dict) else True, use_DOT=False,
        dot_lang="", widget=False, bgcolor="#ffffff", conf=False,
        tooltip_link=any("href" in (n.get("title") or "") for n in nodes), neighborhood_highlight=False,
        select_menu=False, filter_menu=False, notebook=False, cdn_resources="in_line")


def _at_line_start(match: re.Match[str]) -> str:
    """Nothing for a match at the start of a line (what "^" under re.M finds), else the match as it was."""
    return "" if match.start() == 0 or match.string[match.start() - 1] == "\n" else match.group(0)


@functools.lru_cache(maxsize=1)
def _templates() -> Any:
    """One jinja environment for pyvis's templates (the package's templates/ folder, found without importing
    it): pyvis made one per Network, so every page compiled the template again (0.13 s of a 0.5 s page)."""
    from jinja2 import Environment, FileSystemLoader

    spec = importlib.util.find_spec("pyvis")
    folder = Path(next(iter(spec.submodule_search_locations))) / "templates" if spec and spec.submodule_search_locations else None
    if folder is None or not (folder / "template.html").is_file():
        raise RuntimeError("pyvis's page template is missing: reinstall phakhi's dependencies (pip install pyvis)")

    class Loader(FileSystemLoader):
        """pyvis's script and style libraries (lib/..., 0.7 MB) are included as they are: read as one raw
        block rather than tokenised as a template (49 -> 30 ms before a process's first page).
        The newline that ends a file stays outside the block, where jinja drops it as it did."""

        def get_source(self, environment, template):
            source, filename, uptodate = super().get_source(environment, template)
            if template.startswith("lib/") and "{% endraw %}" not in source:
                body = re.sub(r"(?:\r\n|\r|\n)\Z", "", source)
                source = "{% raw %}" + body + "{% endraw %}" + ("\n" if body != source else "")
            return source, filename, uptodate

    return Environment(loader=Loader(folder))


def _centred(positions: dict[Any, tuple[float, float]], centre: str | None) -> dict[Any, tuple[float, float]]:
    """Positions moved so that the centre sits at (0, 0), where the page fixes it."""
    if centre is None:
        return positions
    cx, cy = positions[centre]
    return {n: (x - cx, y - cy) for n, (x, y) in positions.items()}


def render(graph: nx.MultiDiGraph, path: str | Path, title: str = "phakhi", links: bool = False) -> Path:
    out = Path(path)
    out.write_text(page(graph, title, links), encoding="utf-8")
    return out


def to_json(graph: nx.MultiDiGraph, links: bool = False) -> dict[str, Any]:
    """Node-link data (networkx's shape, edges under "edges") with plain JSON values: the view for code."""
    releases = graph.graph.get("releases", {})
    used = sorted({r for _, d in graph.nodes(data=True) for r in d.get("releases", ())} & releases.keys())

    def ids(items: Iterable[str]) -> list[str]:
        return sorted(releases[r]["id"] for r in items if r in releases)

    nodes = []
    for node, data in graph.nodes(data=True):
        item = {"id": node, "kind": data.get("kind"), "label": data.get("label"), "th": data.get("th"),
                "en": data.get("en"), "types": data.get("types", []), "date": data.get("date"),
                "degree": len(set(nx.all_neighbors(graph, node))), "releases": ids(data.get("releases", ())),
                "posts": [{**p, "release": releases.get(p["release"], {}).get("id")} for p in data.get("posts", [])],
                "counts": [{**c, "release": releases.get(c["release"], {}).get("id")} for c in data.get("counts", [])]}
        if links and entity_href(node):
            item["href"] = entity_href(node)
        nodes.append(item)
    edges = [{"source": s, "target": t, "key": k, "relation": d["relation"], "title": d.get("title", ""),
              "releases": ids(d.get("releases", ())), "dates": sorted(d.get("dates", ()))}
             for s, t, k, d in graph.edges(keys=True, data=True)]
    meta = {"title": graph.graph.get("title", ""), "centre": graph.graph.get("centre"),
            "total": graph.graph.get("total", graph.number_of_nodes()),
            "releases": {releases[r]["id"]: {"iri": r, **releases[r]} for r in used}}
    return {"directed": True, "multigraph": True, "graph": meta, "nodes": nodes, "edges": edges}


def _short(text: str, width: int = 40) -> str:
    """Canvas labels cut to `width` visible characters a line, at a space when there is one (Thai vowel and
    tone marks take no width, and a cut never separates them from their letter); the tooltip has it all."""
    lines = []
    for line in text.split("\n"):
        visible = [i for i, ch in enumerate(line) if not unicodedata.combining(ch) and unicodedata.category(ch) != "Mn"]
        if len(visible) <= width:
            lines.append(line)
            continue
        cut = line[: visible[width - 1]]
        lines.append((cut[: cut.rfind(" ")] if cut.rfind(" ") > len(cut) // 2 else cut).rstrip() + "…")
    return "\n".join(lines)


def _plain(rows: list[list[str]]) -> str:
    """The tooltip as escaped text (the fallback `title`). "href" is broken up because pyvis switches to a
    template that sets tooltips with innerHTML when any title contains it."""
    return html.escape("\n".join(text for _, text in rows), quote=True).replace("href", "hre&#102;")


def _where(release: str, releases: dict[str, dict[str, str]]) -> str:
    info = releases.get(release, {})
    return " ".join(x for x in (info.get("id", release), info.get("date", ""), info.get("title", "")) if x)


def _node_tip(graph: nx.MultiDiGraph, node: str, data: dict[str, Any], releases: dict[str, dict[str, str]]) -> list[list[str]]:
    """Tooltip rows [style, text]: names, class, posts with dates, counts with qualifiers, the releases."""
    _, _, th, en = STYLE.get(data.get("kind", ""), ("", "", "", data.get("kind", "")))
    if data.get("kind") == "release":  # its identifier and date, then its title
        head, sub = data.get("label", node).replace("\n", " "), data.get("th") or ""
    else:
        head, sub = (data.get("th") or data.get("label", node).split("\n")[0]), data.get("en") or ""
    rows = [["h", head]] + ([["s", sub]] if sub and sub != head else [])
    rows.append(["k", " · ".join([f"{th} / {en}", *data.get("types", [])])])
    if data.get("date") and data.get("kind") in ("event", "release"):
        rows.append(["", f"วันที่ / date: {data['date']}"])
    if data.get("posts"):
        rows.append(["k", "ตำแหน่ง / posts"])
        for post in sorted(data["posts"], key=lambda p: (p["date"], p["title"])):
            where = graph.nodes[post["org"]]["label"].split("\n")[0] if post["org"] in graph else ""
            acting = " (รักษาการ / acting)" if post["acting"] else ""
            rows.append(["", f"{post['title']}{acting} {where} — {post['date'] or '?'}, {_where(post['release'], releases).split(' ')[0]}"])
    if data.get("counts"):
        rows.append(["k", "จำนวน / counts"])
        for count in sorted(data["counts"], key=lambda c: (c["date"], c["iri"])):
            quote_text = f"“{count['quote']}” " if count["quote"] else ""
            rows.append(["", f"{quote_text}= {count['value']} {count['unit']} [{count['qualifier'] or 'exact'}]"
                             f"{' ' + count['about_text'] if count['about_text'] else ''} — {count['date'] or '?'}, "
                             f"{_where(count['release'], releases).split(' ')[0]}"])
    if data.get("authority"):
        rows.append(["k", "ไม่ได้กล่าวถึงในข่าว (จากทะเบียนหน่วยงาน) / not named in a release (authority list)"])
    elif data.get("releases"):
        rows.append(["k", f"ที่มา / from {len(data['releases'])} release(s)"])
        for release in sorted(data["releases"], key=lambda r: releases.get(r, {}).get("date", ""))[:8]:
            rows.append(["r", _where(release, releases)])
        if len(data["releases"]) > 8:
            rows.append(["r", f"… +{len(data['releases']) - 8}"])
    return rows


def _edge_tip(graph: nx.MultiDiGraph, source: str, target: str, data: dict[str, Any],
              releases: dict[str, dict[str, str]]) -> list[list[str]]:
    _, _, th = RELATIONS.get(data["relation"], ("", False, ""))
    name = {n: graph.nodes[n].get("label", n).split("\n")[0] for n in (source, target)}
    rows = [["h", f"{name[source]} → {data.get('title') or ''} {th} / {data['relation']} → {name[target]}".replace("  ", " ")]]
    if data.get("dates"):
        rows.append(["", "วันที่ / dates: " + ", ".join(sorted(data["dates"]))])
    rows.append(["k", "ที่มา / from"])
    ordered = sorted(data["releases"], key=lambda r: (releases.get(r, {}).get("date", ""), r))
    rows += [["r", " ".join(releases.get(r, {}).get(k, "") for k in ("id", "date"))] for r in ordered[:8]]
    if len(ordered) > 8:
        rows.append(["r", f"… +{len(ordered) - 8}"])
    return rows


def _options(large: bool, centred: bool = False) -> dict[str, Any]:
    """vis-network options (static: nothing from a release goes here, pyvis writes them unescaped). Labels
    smaller than DRAWN pixels on screen are not drawn: far nodes' small labels appear when zoomed in. A view
    with a centre skips vis-network's improved layout, which moves even fixed nodes: the centre stays at 0, 0."""
    return {
        "nodes": {"font": {"face": FONT, "size": 14, "multi": False}, "borderWidth": 1,
                  "scaling": {"label": {"drawThreshold": DRAWN, "maxVisible": 40}}},
        "edges": {"font": {"face": FONT, "size": 10, "align": "middle", "color": "#555"}, "width": 1,
                  "scaling": {"label": {"drawThreshold": DRAWN + 3}},  # edge labels once zoomed in
                  "smooth": False if large else {"type": "continuous"}, "arrows": {"to": {"scaleFactor": 0.5}}},
        "interaction": {"hover": True, "tooltipDelay": 120, "hideEdgesOnDrag": large, "navigationButtons": False},
        "layout": {"improvedLayout": not large and not centred, "randomSeed": 7},
        "physics": {"enabled": not large, "solver": "forceAtlas2Based",
                    "forceAtlas2Based": {"gravitationalConstant": -120, "springLength": 160, "avoidOverlap": 1},
                    "stabilization": {"enabled": True, "iterations": 400, "fit": False}},
    }


def _header(graph: nx.MultiDiGraph, title: str) -> str:
    shown, total = graph.number_of_nodes(), graph.graph.get("total", graph.number_of_nodes())
    cut = f" (the {shown} nearest or best connected of {total}: narrow with a focus, program, release or classes)" \
        if total > shown else ""
    return (f'<header id="view"><h1>{html.escape(title)}</h1><p>{shown} nodes, {graph.number_of_edges()} edges'
            f'{html.escape(cut)}; <span id="shown" aria-live="polite"></span></p></header>')


def _controls(graph: nx.MultiDiGraph, found: dict[str, int], links: bool) -> str:
    """The side panel: find a node, relation kinds (with the evidence threshold of weak ones), the date
    range, colouring, the class legend, and (served) a form for another view. Every text here is ours or
    escaped; the page script reads only the inputs' values."""
    kinds: dict[str, list[int]] = {}
    for *_, data in graph.edges(data=True):
        kinds.setdefault(data["relation"], []).append(len(data.get("releases", ())))
    threshold = emphasis.weak_threshold(graph)
    strongest = max((max(v) for r, v in kinds.items() if r in emphasis.WEAK), default=1)
    rows = []
    for relation, (colour, dashed, th) in RELATIONS.items():
        count = len(kinds.get(relation, ()))
        weak = relation in emphasis.WEAK
        checked = " checked" if count else ""
        rows.append(f'<label class="kind"><input type="checkbox" class="relation" value="{html.escape(relation)}"'
                    f'{checked}{"" if count else " disabled"}><svg width="28" height="10" aria-hidden="true"><line x1="0" '
                    f'y1="5" x2="28" y2="5" stroke="{colour}" stroke-width="3"{_DASH if dashed else ""}/></svg>'
                    f"{html.escape(th)} / {html.escape(relation)} <span class=\"n\">({count})</span></label>")
        if weak and count:
            rows.append(f'<label class="threshold">อย่างน้อย / at least <input type="range" id="threshold" min="1" '
                        f'max="{strongest}" value="{threshold}"> <output id="threshold-value">'
                        f"{threshold}</output> ข่าว / releases</label>")
    first, last = emphasis.span(graph)
    dates = (f'<section><h2>ช่วงวันที่ / dates</h2><label>จาก / from <input type="date" id="from" min="{first}" '
             f'max="{last}" value="{first}"></label> <label>ถึง / to <input type="date" id="to" min="{first}" '
             f'max="{last}" value="{last}"></label></section>') if first else ""
    groups = "".join(
        f'<li><span class="swatch" style="background:{item["colour"]}"></span>'
        f'{html.escape(" · ".join(item["names"]) or "อื่น ๆ / others")} <span class="n">({item["size"]})</span></li>'
        for item in emphasis.legend(graph, found))
    colouring = (f'<section><h2>สี / colour</h2><label><input type="radio" name="colour" value="community" checked> '
                 f'กลุ่ม / community</label> <label><input type="radio" name="colour" value="kind"> ประเภท / class'
                 f'</label><ol id="communities">{groups}</ol></section>') if found else ""
    classes = "".join(
        f'<span class="item"><svg width="16" height="16" aria-hidden="true">{_shape_svg(shape, colour)}</svg>'
        f"{html.escape(th)} / {html.escape(en)}</span>" for colour, shape, th, en in STYLE.values())
    hint = ("ขนาด = จำนวนความเชื่อมโยง / size = connections; เส้นหนา = หลายข่าว / thick = many releases; "
            "ชี้ที่โหนดเพื่อดูที่มา / hover for sources")
    hint += "; ดับเบิลคลิกเพื่อเปิดหน้า / double-click opens the entity page" if links else ""
    names = sorted({str(d.get("label") or n).split("\n")[0] for n, d in graph.nodes(data=True)})
    options = "".join(f'<option value="{html.escape(name)}">' for name in names)
    other = f"<details><summary>มุมมองอื่น / another view</summary>{_form()}</details>" if links else ""
    return (f'<aside id="controls"><section><h2>ค้นหาในภาพ / find in this network</h2><form id="find">'
            f'<input type="search" id="find-text" list="find-names" placeholder="ชื่อ / name" aria-label="find a node">'
            f'<button type="submit">ค้นหา / find</button></form><datalist id="find-names">{options}</datalist>'
            f'<p id="find-result" aria-live="polite"></p></section>'
            f'<section><h2>ความสัมพันธ์ / relations</h2>{"".join(rows)}</section>{dates}{colouring}'
            f'<section><h2>ประเภท / classes</h2><div id="legend">{classes}</div></section>'
            f'<section><button type="button" id="home">กลับที่ศูนย์กลาง / back to the centre</button> '
            f'<button type="button" id="relayout">จัดวางใหม่ / lay out again</button></section>'
            f'<p class="hint">{html.escape(hint)}</p>{other}</aside>')


def _form() -> str:
    fields = "".join(f'<label>{name} <input name="{name}" size="{size}"></label> ' for name, size in (
        ("focus", 18), ("program", 14), ("release", 8), ("classes", 18), ("since", 10), ("until", 10)))
    fields += '<label>limit <input name="limit" type="number" min="1" max="2000" value="150" required></label> '
    return f'<form method="get" action="/network">{fields}<button type="submit">show</button></form>'


def _shape_svg(shape: str, colour: str) -> str:
    return {
        "dot": f'<circle cx="8" cy="8" r="6" fill="{colour}"/>',
        "diamond": f'<polygon points="8,1 15,8 8,15 1,8" fill="{colour}"/>',
        "square": f'<rect x="2" y="2" width="12" height="12" fill="{colour}"/>',
        "triangle": f'<polygon points="8,1 15,15 1,15" fill="{colour}"/>',
        "triangleDown": f'<polygon points="1,1 15,1 8,15" fill="{colour}"/>',
    }.get(shape, f'<rect x="1" y="4" width="14" height="8" fill="{colour}"/>')


_DASH = ' stroke-dasharray="4 3"'
_CENTRE = {"mass": 6, "borderWidth": 7, "borderWidthSelected": 8, "shadow": {"enabled": True, "size": 14, "x": 0, "y": 0},
           "font": {"size": emphasis.label_size(0), "bold": True, "background": "rgba(255,255,255,0.9)"}}
_CENTRE_FILL, _CENTRE_BORDER = "#ffd400", "#111111"  # a colour no class and no community has
_CSS = f"""
body{{font-family:{FONT};margin:0;height:100vh;display:grid;grid-template-columns:21em 1fr;
 grid-template-rows:auto auto 1fr;overflow:hidden}}
body>header{{grid-column:1/-1;grid-row:1;padding:0 1em}} body>header#view{{grid-row:2}} #view h1{{font-size:1.15em;margin:.3em 0 0}} #view p{{margin:.1em 0 .3em;color:#444}}
#controls{{grid-column:1;grid-row:3;overflow:auto;padding:0 .8em 1em 1em;font-size:.9em;border-right:1px solid #ddd}}
#controls h2{{font-size:1em;margin:.8em 0 .3em}} #controls section{{margin:0}} #controls label{{display:block;margin:.15em 0}}
#controls label.threshold{{margin-left:1.6em}} #controls input[type=date]{{font:inherit}} #controls .n{{color:#777}}
#controls svg{{vertical-align:middle;margin:0 .3em}} #find-text{{width:13em}} #find-result{{margin:.2em 0;color:#a40}}
#communities{{padding-left:1.5em;margin:.3em 0}} #communities li{{margin:.1em 0}}
.swatch{{display:inline-block;width:.9em;height:.9em;border-radius:50%;vertical-align:middle;margin-right:.4em}}
#legend .item{{display:inline-block;margin-right:.8em;white-space:nowrap}} .hint{{color:#555;font-size:.9em}}
.card{{grid-column:2;grid-row:3;min-height:0;height:100%}} #mynetwork{{height:100% !important;float:none !important;border:0 !important}}
#loadingBar{{display:none !important}} form input{{font:inherit}}
div.vis-tooltip{{white-space:normal;max-width:32em;font-family:{FONT};font-size:13px}}
.phakhi-tip .tip-h{{font-weight:bold}} .phakhi-tip .tip-s{{color:#333}} .phakhi-tip .tip-k{{color:#666;margin-top:.3em}}
.phakhi-tip .tip-r{{color:#444;font-size:12px}}
"""

# Runs right after pyvis's drawGraph(), in the same <script>, so it sees `nodes`, `edges` and `network`
# before vis-network's stabilisation starts (network.js; SETTINGS is the JSON of `page`'s settings).
_SCRIPT = "var phakhiSettings = SETTINGS;\n" + (Path(__file__).with_name("network.js")).read_text(encoding="utf-8")
