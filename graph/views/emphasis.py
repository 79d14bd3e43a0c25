"""What a network page puts forward and what its reader can filter: the data behind a readable view.

A view of one busy actor holds a hundred nodes and most of its edges are "mentioned with" (a program and
whatever else one release names): drawn all alike they make a hairball. So each view is annotated here, in
plain Python, and the page only switches things on and off:
- `rings`: how far each node is from the centre (0 the centre, 1 its direct partners, 2 the rest); a view
  without a centre puts its best-connected nodes in ring 1. The page draws ring 0 and 1 labels large and
  the rest small enough that they show only when zoomed in or hovered.
- `evidence`: the dates of the releases each edge was read in, so the page can count the releases that
  support an edge within a date range and hide the weak ones.
- `weak_threshold`: how many releases a co-occurrence edge needs by default, the smallest number that keeps
  at most FLOOR of them (the reader moves the slider for more).
- `communities`: Louvain communities (networkx, seeded: the same view gets the same colours), found among
  the centre's partners without the centre itself, which touches them all and would only blur them.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from typing import Any

import networkx as nx

WEAK = frozenset({"mentioned with"})  # co-occurrence, not a stated relation: thresholded by evidence
FLOOR = 40  # weak edges a view keeps by default: a few dozen dashed lines stay readable
HUBS = 12  # in a view without a centre, this many best-connected nodes are labelled like partners
COMMUNITY_MIN = 60  # views with fewer nodes are read by class; bigger ones also by community
PALETTE = ("#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#b07aa1", "#76b7b2", "#d4a6c8", "#9c755f",
           "#ff9da7", "#17becf", "#8c564b", "#bcbd22")  # Tableau 10 (its yellow, the centre's, swapped) and two more; smaller communities are grey
OTHER = "#c7c7c7"
SEED = 7


def rings(graph: nx.MultiDiGraph, centre: str | None) -> dict[str, int]:
    """0 for the centre, 1 for its direct partners, 2 for every other node; without a centre, 1 for the
    HUBS best-connected nodes."""
    if centre in graph:
        near = set(nx.all_neighbors(graph, centre))
        return {n: 0 if n == centre else 1 if n in near else 2 for n in graph}
    ranked = sorted(graph, key=lambda n: (-len(set(nx.all_neighbors(graph, n))), n))
    hubs = set(ranked[:HUBS])
    return {n: 1 if n in hubs else 2 for n in graph}


def evidence(releases: Iterable[str], dated: dict[str, dict[str, str]]) -> list[str]:
    """One entry per supporting release: its date ("" when undated, which no date range excludes), sorted."""
    return sorted(dated.get(r, {}).get("date", "") for r in releases)


def weak_threshold(graph: nx.MultiDiGraph, budget: int = FLOOR) -> int:
    """The smallest number of releases that leaves at most `budget` weak edges (1 when there are no more),
    but never more than the best-supported weak edge has: a view of co-occurrences alone is not emptied."""
    weak = sorted((len(d.get("releases", ())) for *_, d in graph.edges(data=True) if d["relation"] in WEAK),
                  reverse=True)
    if len(weak) <= budget:
        return 1
    return min(weak[budget] + 1, weak[0])  # the weakest edge that must go, plus one: every edge kept has more


def communities(graph: nx.MultiDiGraph, centre: str | None = None, minimum: int = COMMUNITY_MIN) -> dict[str, int]:
    """Node -> community index, 0 the biggest (nodes in no community of two or more are left out); empty for
    views under `minimum` nodes. Edges weigh the releases that support them, weak ones half as much."""
    if graph.number_of_nodes() < minimum:
        return {}
    simple = nx.Graph()
    simple.add_nodes_from(sorted(n for n in graph if n != centre))
    for source, target, data in sorted(graph.edges(data=True), key=lambda e: (e[0], e[1], e[2]["relation"], e[2].get("title", ""))):
        if centre in (source, target):
            continue
        weight = len(data.get("releases", ())) or 1
        weight *= 0.5 if data["relation"] in WEAK else 1.0
        previous = simple.get_edge_data(source, target, {"weight": 0.0})["weight"]
        simple.add_edge(source, target, weight=previous + weight)
    found = nx.community.louvain_communities(simple, weight="weight", seed=SEED)
    ordered = sorted((sorted(c) for c in found if len(c) > 1), key=lambda c: (-len(c), c[0]))
    return {node: index for index, members in enumerate(ordered) for node in members}


def colour(index: int | None) -> str:
    return PALETTE[index] if index is not None and 0 <= index < len(PALETTE) else OTHER


def legend(graph: nx.MultiDiGraph, found: dict[str, int]) -> list[dict[str, Any]]:
    """One entry per coloured community: its colour, size and the labels of its best-connected members."""
    members: dict[int, list[str]] = {}
    for node, index in found.items():
        members.setdefault(index, []).append(node)
    out = []
    for index in sorted(members):
        if index >= len(PALETTE):
            break
        ranked = sorted(members[index], key=lambda n: (-len(set(nx.all_neighbors(graph, n))), n))
        names = [str(graph.nodes[n].get("label") or n).split("\n")[0] for n in ranked[:2]]
        out.append({"index": index, "colour": colour(index), "size": len(ranked), "names": names})
    rest = sum(len(m) for i, m in members.items() if i >= len(PALETTE))
    if rest:
        out.append({"index": -1, "colour": OTHER, "size": rest, "names": []})
    return out


def span(graph: nx.MultiDiGraph) -> tuple[str, str]:
    """The first and last release dates over the view's edges ("" when none is dated)."""
    dated = graph.graph.get("releases", {})
    days = [dated.get(r, {}).get("date", "") for *_, d in graph.edges(data=True) for r in d.get("releases", ())]
    days = [d for d in days if d]
    return (min(days), max(days)) if days else ("", "")


def label_size(ring: int) -> int:
    """Label size in canvas units by ring: at the zoom a view opens with, ring 0 and 1 read clearly and
    ring 2 falls under the page's draw threshold until zoomed in (or hovered)."""
    return (30, 22, 11)[min(max(ring, 0), 2)]


def edge_width(releases: int) -> float:
    """Thicker with more supporting releases, slowly: 1, 2, 2.6, 3, ..."""
    return round(1 + math.log2(max(releases, 1)), 1)
