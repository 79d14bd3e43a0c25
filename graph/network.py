"""Networks: the stored graph -> networkx -> a self-contained pyvis page.

Nodes are actors (organizations, persons), programs and events; edges are "holds a post in" (labelled
with the title), "part of", and "party to". Labels and tooltips come from release text, so they are
HTML-escaped and the page's JSON is made safe to sit inside <script>. pyvis pulls Bootstrap from a CDN in
every mode; those tags are removed and vis-network is inlined, so the page makes no request at all.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

import networkx as nx

from phakhi.graph.store import Store

STYLE = {  # class -> (colour, shape, legend label)
    "organization": ("#1f77b4", "dot", "องค์กร / organization"),
    "person": ("#ff7f0e", "diamond", "บุคคล / person"),
    "program": ("#2ca02c", "square", "โครงการ / program"),
    "event": ("#d62728", "triangle", "กิจกรรม / event"),
}
_REMOTE_TAG = re.compile(r"<(?:link|script)\b[^>]*(?:href|src)\s*=\s*\"https?://[^\"]*\"[^>]*>(?:\s*</script>)?", re.S)

_NODES = """
SELECT ?e ?kind (SAMPLE(?l) AS ?label) WHERE {
  { ?e a org:Organization BIND("organization" AS ?kind) } UNION { ?e a schema:Person BIND("person" AS ?kind) }
  UNION { ?e a ph:Program BIND("program" AS ?kind) } UNION { ?e a schema:Event BIND("event" AS ?kind) }
  FILTER EXISTS { ?e ph:mentionedIn ?release }
  OPTIONAL { ?e skos:prefLabel ?l FILTER(lang(?l) = "th") }
} GROUP BY ?e ?kind"""
_EDGES = """
SELECT ?s ?o ?label WHERE {
  { ?s org:holds ?post . ?post org:postIn ?o ; ph:title ?label }
  UNION { ?s org:subOrganizationOf ?o BIND("part of" AS ?label) }
  UNION { ?s ph:party ?o BIND("party to" AS ?label) }
}"""


_LABELS = "SELECT ?e ?l WHERE { ?e skos:prefLabel|skos:altLabel ?l }"


def build(store: Store) -> nx.MultiDiGraph:
    graph = nx.MultiDiGraph()
    for row in store.select(_NODES):
        graph.add_node(str(row["e"]), kind=str(row["kind"]), label=str(row.get("label") or row["e"]).strip(), names=set())
    for row in store.select(_LABELS):
        node = str(row["e"])
        if node in graph:
            graph.nodes[node]["names"].add(str(row["l"]).casefold())
    seen = set()
    for row in store.select(_EDGES):
        s, o, label = str(row["s"]), str(row["o"]), str(row["label"])
        if (s, o, label) in seen or s not in graph or o not in graph:
            continue
        seen.add((s, o, label))
        graph.add_edge(s, o, label=label)
    return graph


def find_node(graph: nx.MultiDiGraph, focus: str) -> str | None:
    if focus in graph:
        return focus
    wanted = focus.strip().casefold()
    for node, data in graph.nodes(data=True):
        if data.get("label", "").casefold() == wanted or wanted in data.get("names", ()):
            return node
    for node, data in graph.nodes(data=True):
        if wanted in data.get("label", "").casefold():
            return node
    return None


def view(graph: nx.MultiDiGraph, focus: str | None = None, depth: int = 2, limit: int = 150) -> nx.MultiDiGraph:
    """One actor's neighbourhood (focus), or the whole graph capped to the `limit` most connected nodes."""
    if focus:
        node = find_node(graph, focus)
        if node is None:
            raise LookupError(f"no entity named or identified by {focus!r} in the store")
        nodes = nx.ego_graph(graph.to_undirected(as_view=True), node, radius=depth).nodes
        return graph.subgraph(nodes).copy()
    ranked = sorted(graph.degree, key=lambda item: (-item[1], item[0]))[:limit]
    return graph.subgraph(n for n, _ in ranked).copy()


def render(graph: nx.MultiDiGraph, path: str | Path, title: str = "phakhi") -> Path:
    from pyvis.network import Network

    net = Network(height="800px", width="100%", directed=True, cdn_resources="in_line", heading="")
    large = graph.number_of_nodes() > 300
    if large:
        positions = nx.spring_layout(graph, seed=1, iterations=50)
    for node, data in graph.nodes(data=True):
        colour, shape, _ = STYLE.get(data.get("kind"), ("#7f7f7f", "dot", ""))
        label = str(data.get("label", node))
        extra = {"x": positions[node][0] * 1500, "y": positions[node][1] * 1500, "physics": False} if large else {}
        net.add_node(node, label=label, title=_safe(f"{data.get('label', node)}\n{data.get('kind', '')}\n{node}"),
                     color=colour, shape=shape, size=10 + 3 * min(graph.degree(node), 10), **extra)
    for s, o, data in graph.edges(data=True):
        net.add_edge(s, o, label=str(data.get("label", "")), title=_safe(data.get("label", "")), arrows="to")
    if large:
        net.toggle_physics(False)
    page = net.generate_html(notebook=False)
    page = _REMOTE_TAG.sub("", page)
    page = page.replace("<center>\n<h1></h1>\n</center>", "").replace("<head>", f"<head>\n<title>{html.escape(title)}</title>", 1)
    page = page.replace("</body>", _legend() + "</body>", 1)
    out = Path(path)
    out.write_text(page, encoding="utf-8")
    return out


def _safe(text: str) -> str:
    """Escape release text for tooltips, which vis-network may insert as HTML. (The node JSON itself is
    written with jinja's tojson, which escapes <, > and &, so nothing can close the <script> it sits in;
    canvas labels are drawn as text and stay unescaped.)"""
    return html.escape(str(text), quote=True)


def _legend() -> str:
    items = "".join(
        f'<span style="margin-right:1em"><span style="color:{c}">&#9679;</span> {html.escape(label)} ({shape})</span>'
        for c, shape, label in STYLE.values())
    return f'<div id="legend" style="clear:both;font-family:sans-serif;padding:.5em">{items}</div>'
