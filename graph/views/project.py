"""Network projection: the stored graph -> one networkx MultiDiGraph -> the views analysts ask for.

`build` projects the store into one networkx MultiDiGraph: organizations, persons, programs and events
mentioned in releases are nodes; "holds post in" (with the title and dates), "part of", "party to" and
"mentioned with" (a program and an actor or event named in the same release) are edges. Every node and
edge keeps the releases it came from, so a date range is a filter on releases and tooltips can say where
each fact was read. Counts stay on the graph and become nodes only in the views that need them
(one program, one release): that is the DESIGN's "counts as nodes or edge labels, chosen per view".

`select` picks a view (one actor's neighbourhood, one program, one release, or the whole graph capped to
the most connected nodes), filtered by class and release date; `draw` turns a view into a page.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from datetime import date, timedelta
from typing import Any

import networkx as nx

from phakhi.graph.knowledge import KNOWLEDGE
from phakhi.graph.rdf.iris import span_parts
from phakhi.graph.store import GraphStore as Store
from phakhi.ontology import PID, load_organizations

CLASSES = ("organization", "person", "program", "event", "count")

# Every query below reads what releases say, inside GRAPH ?g. For a view of chosen releases (see `scope`),
# `_scoped` gives the query a dataset of just their graphs (FROM NAMED) plus the ontology graph as its
# default graph (FROM; class labels, qualifier notations), so a view of one busy actor reads a hundred
# releases, not the corpus. Measured: binding ?g with VALUES instead let Oxigraph scan every graph (97 s
# on the thaigov corpus against under a second).
_RELEASES = """SELECT ?r ?id ?date ?title WHERE { GRAPH ?g { ?r a schema:NewsArticle ; dcterms:identifier ?id .
  OPTIONAL { ?r dcterms:issued ?date } OPTIONAL { ?r dcterms:title ?title } } }"""
_MENTIONS = """SELECT DISTINCT ?e ?kind ?r WHERE { GRAPH ?g { ?e ph:mentionedIn ?r .
  { ?e a org:Organization BIND("organization" AS ?kind) } UNION { ?e a schema:Person BIND("person" AS ?kind) }
  UNION { ?e a ph:Program BIND("program" AS ?kind) } UNION { ?e a schema:Event BIND("event" AS ?kind) } } }"""
_LABELS = """SELECT DISTINCT ?e ?pref ?l WHERE { GRAPH ?g { ?e ph:mentionedIn ?r .
  { ?e skos:prefLabel ?l BIND(true AS ?pref) } UNION { ?e skos:altLabel ?l BIND(false AS ?pref) } } }"""
_TYPES = """SELECT DISTINCT ?e ?th ?en WHERE { { SELECT DISTINCT ?e ?t WHERE { GRAPH ?g { ?e ph:mentionedIn ?r ; a ?t } } }
  FILTER(STRSTARTS(STR(?t), STR(ph:)) && ?t NOT IN (ph:Program, ph:Count))
  OPTIONAL { ?t rdfs:label ?th FILTER(lang(?th) = "th") } OPTIONAL { ?t rdfs:label ?en FILTER(lang(?en) = "en") } }"""
_POSTS = """SELECT DISTINCT ?person ?org ?title ?date ?r ?acting WHERE { GRAPH ?g {
  ?m a org:Membership ; org:member ?person ; ph:post ?post . ?post ph:title ?title . ?r a schema:NewsArticle .
  OPTIONAL { ?post org:postIn ?org } OPTIONAL { ?m ph:acting ?acting }
  OPTIONAL { ?m org:memberDuring/time:inside/time:inXSDDate ?date } } }"""
_PART_OF = """SELECT DISTINCT ?child ?parent ?r WHERE { GRAPH ?g {
  ?child org:subOrganizationOf ?parent . ?r a schema:NewsArticle } }"""
_PARTIES = "SELECT DISTINCT ?event ?actor ?r WHERE { GRAPH ?g { ?event ph:party ?actor . ?r a schema:NewsArticle } }"
_EVENT_DATES = "SELECT DISTINCT ?e ?d WHERE { GRAPH ?g { ?e a schema:Event ; schema:startDate ?d } }"
# A count's quote is cut from its release's text in Python (`_quote`), each text read once: SUBSTR in the
# query read the text again for every count (0.13 s of a busy actor's view, against 0.03 s).
_COUNTS = """SELECT DISTINCT ?c ?value ?q ?qualifier ?unit ?about ?aboutText ?r ?span WHERE {
  GRAPH ?g { ?c a ph:Count ; schema:value ?value ; ph:mentionedIn ?r ; ph:qualifier ?q ; prov:wasDerivedFrom ?span .
  OPTIONAL { ?c schema:unitText ?unit }
  OPTIONAL { ?c schema:observationAbout ?about } OPTIONAL { ?c ph:aboutText ?aboutText } }
  OPTIONAL { ?q skos:notation ?qualifier } }"""
_TEXTS = """SELECT DISTINCT ?r ?body WHERE { GRAPH ?g { ?c a ph:Count ; ph:mentionedIn ?r . ?r schema:articleBody ?body } }"""
RECENT = 50  # a focused view reads at most this many releases mentioning its centre, the most recent first
_LOOKUP = """SELECT DISTINCT ?e WHERE { VALUES ?l { #NAMES } { ?e skos:prefLabel ?l } UNION { ?e skos:altLabel ?l } #KIND }"""
# sorted and deduplicated in Python: Oxigraph's DISTINCT + ORDER BY took 0.7 s of 0.9 on 4,339 rows
_MENTIONING = """SELECT ?r ?date WHERE { GRAPH ?g { #IRI ph:mentionedIn ?r . OPTIONAL { ?r dcterms:issued ?date } } #DATES }"""
# A busy entity's most recent releases (`_latest`): those dated from #FROM on, the dates scanned once and joined
# by hash (the subquery), not looked up release by release; its count; its first and last dates (knowledge graph).
_MENTIONING_FROM = """SELECT ?r ?date WHERE { GRAPH ?g { #IRI ph:mentionedIn ?r }
  { SELECT ?g ?r ?date WHERE { GRAPH ?g { ?r dcterms:issued ?date FILTER(?date >= "#FROM"^^xsd:date) } } } }"""
_MENTION_COUNT = "SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE { GRAPH ?g { #IRI ph:mentionedIn ?r } }"
_SPAN = f"SELECT ?first ?last WHERE {{ GRAPH <{KNOWLEDGE}> {{ #IRI ph:firstDate ?first ; ph:lastDate ?last }} }}"
_WINDOWED = 4000  # mentions from which the window is cheaper: 16 us a mention against 0.6 us a stored release


# ---------------------------------------------------------------- the projection


def scope(store: Store, focus: str | None = None, program: str | None = None, release: str | None = None,
          since: str | None = None, until: str | None = None, recent: int = RECENT) -> tuple[list[str] | None, str]:
    """The releases a view needs, found cheaply with SPARQL, and a note for its title: the releases
    mentioning the centre (at most `recent`, the most recent first) when the centre is an IRI or an exact
    label; None (read everything) for whole-graph views and for names only a partial match would find."""
    name, kind = (focus, None) if focus else (program, "program") if program else (None, None)
    if release or not name:
        return None, ""
    iris = _lookup(store, name.strip(), kind)
    if not iris:
        return None, ""
    bounds = ((">=", parse_date(since, "since")), ("<=", parse_date(until, "until")))  # ValueError if malformed
    dates = "".join(f' FILTER(BOUND(?date) && ?date {op} "{day}"^^xsd:date)' for op, day in bounds if day)
    latest = _latest(store, iris[0], recent) if len(iris) == 1 and not dates else None
    if latest is None:
        found = {str(row["r"]): str(row.get("date", "")) for iri in iris
                 for row in store.select_text(_MENTIONING.replace("#IRI", f"<{iri}>").replace("#DATES", dates))}
        latest = sorted(found, key=lambda r: (found[r], r), reverse=True), len(found)
    rows, total = latest
    chosen = rows[:recent]
    note = f" (from the {len(chosen)} most recent of {total} releases mentioning it)" if total > recent else ""
    return chosen, note


def _latest(store: Store, iri: str, recent: int) -> tuple[list[str], int] | None:
    """The releases mentioning a busy entity from its last weeks, the most recent first (at least `recent` of
    them), and how many mention it in all; None for an entity mentioned in few releases (reading them all
    is cheaper) or one the knowledge graph has no dates for. Reading every release's date costs one index
    lookup per release (0.24 s for the 14,786 mentioning the Prime Minister's Office); a window of dates
    found from the knowledge graph's first and last dates costs one scan of the dates (0.06 s). The window
    holds about 4 x `recent` mentions at the entity's mean rate; one that holds fewer than `recent` (an entity
    mentioned less of late) is followed by one 16 times as long, then by every date from the first (still
    cheaper than the lookups, 0.17 s). A window is taken only when it holds `recent` releases, so the releases
    chosen are those of the full read whatever the counters say (they only guess the window); the count is
    read from the release graphs."""
    total = int(store.select_text(_MENTION_COUNT.replace("#IRI", f"<{iri}>"))[0]["n"])
    if total < _WINDOWED:
        return None
    counters = store.select_text(_SPAN.replace("#IRI", f"<{iri}>"))
    try:
        first, last = (date.fromisoformat(counters[0][k][:10]) for k in ("first", "last"))
    except (IndexError, KeyError, ValueError):
        return None
    span = max((last - first).days, 0)
    days = max(1, math.ceil(4 * recent * (span + 1) / total))  # about 4 x recent at the mean rate
    for start in (last - timedelta(days=min(days, span)), last - timedelta(days=min(16 * days, span)), first):
        found = {str(row["r"]): str(row["date"]) for row in store.select_text(
            _MENTIONING_FROM.replace("#IRI", f"<{iri}>").replace("#FROM", start.isoformat()))}
        if len(found) >= recent:
            return sorted(found, key=lambda r: (found[r], r), reverse=True), total
        if start <= first:
            break
    return None  # fewer than `recent` dated releases: the full read, undated ones included


def _lookup(store: Store, name: str, kind: str | None) -> list[str]:
    if re.fullmatch(r"https?://\S+", name):
        return [name] if store.ask(f"ASK {{ <{name}> ph:mentionedIn ?r }}") else []
    if name.startswith("/") or name.startswith(("org/", "person/", "program/", "event/")):
        iri = str(PID) + name.lstrip("/")
        return [iri] if store.ask(f"ASK {{ <{iri}> ph:mentionedIn ?r }}") else []
    literal = name.replace("\\", "\\\\").replace('"', '\\"')
    names = " ".join(f'"{literal}"@{lang}' for lang in ("th", "en"))
    restrict = "?e a ph:Program ." if kind == "program" else ""
    return sorted(str(r["e"]) for r in store.select_text(_LOOKUP.replace("#NAMES", names).replace("#KIND", restrict)))


def build(store: Store, releases: Iterable[str] | None = None) -> nx.MultiDiGraph:
    """The projection of the given releases (default: every release), every node and edge with the set of
    release IRIs it was read from."""
    scoped = _scoped(releases)
    releases = {str(r["r"]): {"id": str(r["id"]), "date": _text(r.get("date")), "title": _text(r.get("title"))}
                for r in store.select_text(scoped(_RELEASES))}
    graph = nx.MultiDiGraph(releases=releases, counts=[])
    by_release: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for row in store.select_text(scoped(_MENTIONS)):
        node, release = str(row["e"]), str(row["r"])
        if node not in graph:
            graph.add_node(node, kind=str(row["kind"]), releases=set(), names=set(), th=None, en=None, types=[],
                           posts=[], counts=[], date=None, authority=False)
        graph.nodes[node]["releases"].add(release)
        by_release[release][graph.nodes[node]["kind"]].add(node)
    for row in store.select_text(scoped(_LABELS)):
        data = graph.nodes.get(str(row["e"]))
        if data is None:
            continue
        text, lang = str(row["l"]).strip(), getattr(row["l"], "language", None) or "th"
        data["names"].add(text.casefold())
        if str(row["pref"]) == "true" and lang in ("th", "en") and not data[lang]:
            data[lang] = text
    for row in store.select_text(scoped(_TYPES)):
        names = " / ".join(_text(row.get(k)) for k in ("th", "en") if row.get(k))
        if str(row["e"]) in graph and names:
            graph.nodes[str(row["e"])]["types"].append(names)
    for row in store.select_text(scoped(_EVENT_DATES)):
        if str(row["e"]) in graph:
            graph.nodes[str(row["e"])]["date"] = str(row["d"])
    _add_posts(graph, store, scoped)
    _add_part_of(graph, store, scoped)
    for row in store.select_text(scoped(_PARTIES)):
        _edge(graph, str(row["actor"]), str(row["event"]), "party to", str(row["r"]))
    # programs and who or what was named with them: every pair of every release (most of a projection's edges,
    # 84K in one program's 48 releases), so the releases are gathered first and each edge is made once
    together: dict[tuple[str, str], set[str]] = defaultdict(set)
    for release, kinds in by_release.items():
        others = kinds["organization"] | kinds["person"] | kinds["event"]
        for program in kinds["program"]:
            for other in others:
                together[other, program].add(release)
    for (other, program), found in together.items():  # nothing else draws this relation: each edge is new
        graph.add_edge(other, program, "mentioned with|", relation="mentioned with", title="", releases=found, dates=set())
    _add_counts(graph, store, scoped)
    for node, data in graph.nodes(data=True):
        data["types"] = sorted(set(data["types"]))
        data["label"] = _label(node, data)
    return graph


def _add_posts(graph: nx.MultiDiGraph, store: Store, scoped: Callable[[str], str]) -> None:
    for row in store.select_text(scoped(_POSTS)):
        person, release = str(row["person"]), str(row["r"])
        if person not in graph:
            continue
        org = str(row["org"]) if row.get("org") is not None else None
        post = {"title": str(row["title"]), "org": org, "date": _text(row.get("date")), "release": release,
                "acting": str(row.get("acting", "")) == "true"}
        if post not in graph.nodes[person]["posts"]:
            graph.nodes[person]["posts"].append(post)
        if org in graph:
            _edge(graph, person, org, "holds post in", release, title=post["title"], when=post["date"])


def _add_part_of(graph: nx.MultiDiGraph, store: Store, scoped: Callable[[str], str]) -> None:
    """Parent bodies are drawn even when no release names them (the child's release says "part of"); they
    are labelled from the authority list, which is where the relation itself comes from."""
    authority = {"org:" + row["id"]: row for row in load_organizations()}
    for row in store.select_text(scoped(_PART_OF)):
        child, parent = str(row["child"]), str(row["parent"])
        if child not in graph:
            continue
        if parent not in graph:
            record = authority.get("org:" + parent.removeprefix(str(PID) + "org/"), {})
            graph.add_node(parent, kind="organization", releases=set(), th=record.get("th"), en=record.get("en") or None,
                           names={n.casefold() for n in (record.get("th"), record.get("en")) if n}, types=[],
                           posts=[], counts=[], date=None, authority=True)
        _edge(graph, child, parent, "part of", str(row["r"]))


def _add_counts(graph: nx.MultiDiGraph, store: Store, scoped: Callable[[str], str]) -> None:
    counts: dict[str, dict[str, Any]] = {}
    texts = {str(row["r"]): str(row["body"]) for row in store.select_text(scoped(_TEXTS))}
    for row in store.select_text(scoped(_COUNTS)):
        release = str(row["r"])
        if release not in texts:  # as the query's join on the text did
            continue
        count = counts.setdefault(str(row["c"]), {
            "iri": str(row["c"]), "value": str(row["value"]), "qualifier": _text(row.get("qualifier")) or _kebab(_text(row.get("q"))),
            "unit": _text(row.get("unit")), "about": _text(row.get("about")) or None,
            "about_text": _text(row.get("aboutText")), "quote": _quote(texts[release], row["span"]), "release": release,
            "date": graph.graph["releases"].get(release, {}).get("date", "")})
        if count["about"] in graph:
            entry = graph.nodes[count["about"]]["counts"]
            if count not in entry:
                entry.append(count)
    graph.graph["counts"] = sorted(counts.values(), key=lambda c: (c["date"], c["iri"]))


def _scoped(releases: Iterable[str] | None) -> Callable[[str], str]:
    if releases is None:
        return lambda query: query
    graphs = " ".join(f"FROM NAMED <{r.replace('/id/release/', '/id/graph/', 1)}>" for r in releases)
    dataset = f"FROM <{PID}graph/ontology> {graphs or 'FROM NAMED <' + str(PID) + 'graph/none>'} WHERE {{"
    return lambda query: query.replace(" WHERE {", " " + dataset, 1)


def _edge(graph: nx.MultiDiGraph, source: str, target: str, relation: str, release: str, title: str = "",
          when: str = "") -> None:
    """One edge per (source, target, relation, title); the releases and dates it was read in accumulate."""
    if source not in graph or target not in graph or source == target:
        return
    key = f"{relation}|{title}"
    data = graph.get_edge_data(source, target, key)  # the stored dict (has_edge + edges[...] cost twice as much)
    if data is None:
        graph.add_edge(source, target, key, relation=relation, title=title, releases=set(), dates=set())
        data = graph.get_edge_data(source, target, key)
    data["releases"].add(release)
    if when:
        data["dates"].add(when)


def _quote(text: str, span: str) -> str:
    """The characters of a span IRI (<release>#char=start,end, code points) in its release's text, stripped:
    what SPAN_BINDS' SUBSTR gives; "" for an IRI that is not a span."""
    try:
        _, start, end = span_parts(span)
    except ValueError:
        return ""
    return text[start:end].strip()


def _kebab(iri: str) -> str:
    """ph:MoreThan -> "more-than": the qualifier's notation when the ontology graph is not in the store."""
    return re.sub(r"(?<!^)(?=[A-Z])", "-", iri.rsplit("#", 1)[-1]).lower() if iri else ""


def _text(value: object) -> str:
    return "" if value is None else str(value).strip()


def _label(node: str, data: dict[str, Any]) -> str:
    names = [n for n in (data.get("th"), data.get("en")) if n]
    if len(names) == 2 and names[0].casefold() == names[1].casefold():
        names = names[:1]
    return "\n".join(names) or node.rstrip("/").rsplit("/", 1)[-1]


# ---------------------------------------------------------------- finding things by name


def find_node(graph: nx.MultiDiGraph, name: str, kinds: Iterable[str] | None = None) -> str | None:
    """An IRI (or its path after the phakhi prefix), an exact label, or else the best-connected node whose
    label contains the name; `kinds` restricts the classes searched."""
    wanted_kinds = set(kinds) if kinds else None
    candidates = [n for n, d in graph.nodes(data=True) if wanted_kinds is None or d.get("kind") in wanted_kinds]
    for iri in (name.strip(), str(PID) + name.strip().lstrip("/")):
        if iri in candidates:
            return iri
    wanted = name.strip().casefold()
    if not wanted:
        return None
    exact = [n for n in candidates if wanted in graph.nodes[n].get("names", ()) or
             wanted in graph.nodes[n]["label"].casefold().split("\n")]
    partial = exact or [n for n in candidates if any(wanted in x for x in graph.nodes[n].get("names", ()))
                        or wanted in graph.nodes[n]["label"].casefold()]
    return min(partial, key=lambda n: (-graph.degree(n), n)) if partial else None


def find_release(graph: nx.MultiDiGraph, name: str) -> str | None:
    """A release by IRI, identifier ("027.txt" or "027"), or (part of) its title."""
    releases: dict[str, dict[str, str]] = graph.graph.get("releases", {})
    wanted = name.strip()
    for iri in (wanted, str(PID) + wanted.lstrip("/")):
        if iri in releases:
            return iri
    for test in (lambda r: r["id"] == wanted, lambda r: r["id"].rsplit(".", 1)[0] == wanted,
                 lambda r: r["title"].casefold() == wanted.casefold(),
                 lambda r: bool(wanted) and wanted.casefold() in r["title"].casefold()):
        found = sorted(iri for iri, r in releases.items() if test(r))
        if found:
            return found[0]
    return None


def parse_classes(text: str | Iterable[str] | None) -> tuple[str, ...]:
    """"organization,person" -> ("organization", "person"); empty or None means every class."""
    if text is None:
        return CLASSES
    items = [c.strip().lower() for c in (text.split(",") if isinstance(text, str) else text) if c.strip()]
    unknown = [c for c in items if c not in CLASSES]
    if unknown:
        raise ValueError(f"unknown class {', '.join(unknown)}: choose from {', '.join(CLASSES)}")
    return tuple(dict.fromkeys(items)) or CLASSES


def parse_date(text: str | None, what: str) -> str | None:
    """"2018-01-05" -> the same ISO date (release dates compare as ISO strings); anything else is refused."""
    if not text:
        return None
    try:
        return date.fromisoformat(text.strip()).isoformat()
    except ValueError:
        raise ValueError(f"{what} must be a date as YYYY-MM-DD, not {text!r}") from None


# ---------------------------------------------------------------- views


def select(graph: nx.MultiDiGraph, focus: str | None = None, program: str | None = None, release: str | None = None,
           classes: str | Iterable[str] | None = None, since: str | None = None, until: str | None = None,
           depth: int = 2, limit: int = 150) -> nx.MultiDiGraph:
    """The view asked for: one actor's neighbourhood (`focus`), one program, one release, or else the whole
    graph; only nodes of `classes`, only facts from releases dated `since`..`until`; at most `limit` nodes
    (nearest the centre first, then the best connected). Unknown names raise LookupError, bad arguments
    ValueError. The view's graph attributes say what it is (`title`) and how much was cut (`total`)."""
    if sum(x is not None and x != "" for x in (focus, program, release)) > 1:
        raise ValueError("choose one of focus, program and release")
    wanted = parse_classes(classes)
    since, until = parse_date(since, "since"), parse_date(until, "until")
    if since and until and since > until:
        raise ValueError(f"since ({since}) is after until ({until})")
    span = f" between {since or '…'} and {until or '…'}" if since or until else ""
    if since or until:
        graph = restrict(graph, {r for r, d in graph.graph["releases"].items()
                                 if d["date"] and (since or d["date"]) <= d["date"] <= (until or d["date"])})
    if release:
        iri = find_release(graph, release)
        if iri is None:
            raise LookupError(f"no release named or identified by {release!r} in the store{span}")
        shown, centre = _release_view(graph, iri, wanted), iri
        info = graph.graph["releases"][iri]
        title = f"{info['id']} {info['date']} {info['title']}".strip()
    elif program:
        centre = find_node(graph, program, kinds=["program"])
        if centre is None:
            raise LookupError(f"no program named or identified by {program!r} in the store{span}")
        shown, title = _program_view(graph, centre, wanted), graph.nodes[centre]["label"].replace("\n", " / ")
    elif focus:
        centre = find_node(graph, focus)
        if centre is None:
            raise LookupError(f"no entity named or identified by {focus!r} in the store{span}")
        allowed = {n for n, d in graph.nodes(data=True) if d["kind"] in wanted or n == centre}
        shown, keep = graph, _within(graph, centre, allowed, depth)
        title = graph.nodes[centre]["label"].replace("\n", " / ")
    else:
        centre, title = None, "ภาพรวม / whole graph"
        shown, keep = graph, {n for n, d in graph.nodes(data=True) if d["kind"] in wanted}
    shown = _cap(shown, None if shown is not graph else keep, centre, limit)  # program, release: their own graph
    shown.graph.update(title=title + span, centre=centre)
    return shown


def _within(graph: nx.MultiDiGraph, centre: str, allowed: set[str], depth: int) -> set[str]:
    """Nodes at most `depth` steps from the centre, either direction, through allowed nodes only (a plain
    breadth-first search: nested networkx views made this 7 s on a corpus-sized neighbourhood)."""
    seen, frontier = {centre}, [centre]
    for _ in range(depth):
        frontier = list(dict.fromkeys(m for n in frontier for m in nx.all_neighbors(graph, n) if m in allowed and m not in seen))
        seen.update(frontier)
    return seen


def view(graph: nx.MultiDiGraph, focus: str | None = None, depth: int = 2, limit: int = 150) -> nx.MultiDiGraph:
    """One actor's neighbourhood (focus), or the whole graph capped to the `limit` most connected nodes."""
    return select(graph, focus=focus, depth=depth, limit=limit)


def restrict(graph: nx.MultiDiGraph, allowed: set[str]) -> nx.MultiDiGraph:
    """Only what the `allowed` releases say: nodes mentioned in them, edges read in them, posts and counts
    from them. Parent bodies known only from the authority list stay while an edge still reaches them."""
    out = nx.MultiDiGraph(**{**graph.graph, "counts": [c for c in graph.graph["counts"] if c["release"] in allowed]})
    for node, data in graph.nodes(data=True):
        if data["releases"] & allowed or data.get("authority"):
            out.add_node(node, **{**data, "releases": data["releases"] & allowed,
                                  "posts": [p for p in data["posts"] if p["release"] in allowed],
                                  "counts": [c for c in data["counts"] if c["release"] in allowed]})
    for source, target, key, data in graph.edges(keys=True, data=True):
        if data["releases"] & allowed and source in out and target in out:
            dates = {p["date"] for p in out.nodes[source]["posts"] if p["date"] and p["org"] == target
                     and p["title"] == data["title"]} if data["relation"] == "holds post in" else set()
            out.add_edge(source, target, key, **{**data, "releases": data["releases"] & allowed, "dates": dates})
    out.remove_nodes_from([n for n, d in out.nodes(data=True) if d.get("authority") and not out.degree(n)])
    return out


def _program_view(graph: nx.MultiDiGraph, program: str, classes: tuple[str, ...]) -> nx.MultiDiGraph:
    """Who and what is mentioned with the program, the parties to the events about it, and its counts."""
    base = graph.subgraph(n for n, d in graph.nodes(data=True) if d["kind"] in classes or n == program)
    near = set(nx.all_neighbors(base, program)) | {program}
    for event in [n for n in near if base.nodes[n]["kind"] == "event"]:
        near |= {s for s, _, d in base.in_edges(event, data=True) if d["relation"] == "party to"}
    shown = base.subgraph(near).copy()
    if "count" in classes:
        _add_count_nodes(shown, [c for c in graph.graph["counts"] if c["about"] == program], None)
    return shown


def _release_view(graph: nx.MultiDiGraph, release: str, classes: tuple[str, ...]) -> nx.MultiDiGraph:
    """Everything the release mentions, the relations it states, and its counts, around the release."""
    one = restrict(graph, {release})
    shown = one.subgraph(n for n, d in one.nodes(data=True) if d["kind"] in classes).copy()
    info = graph.graph["releases"][release]
    shown.add_node(release, kind="release", releases={release}, names={info["id"].casefold()}, th=info["title"],
                   en=None, types=[], posts=[], counts=[], date=info["date"], authority=False,
                   label=f"{info['id']}\n{info['date']}".strip())
    for node, data in list(shown.nodes(data=True)):
        if release in data["releases"] and node != release:
            _edge(shown, node, release, "mentioned in", release)
    if "count" in classes:
        _add_count_nodes(shown, one.graph["counts"], release)
    return shown


def _add_count_nodes(graph: nx.MultiDiGraph, counts: list[dict[str, Any]], release: str | None) -> None:
    """Counts as nodes: "counted in" their program, else (in a release view) "mentioned in" the release."""
    for count in counts:
        target = count["about"] if count["about"] in graph else release
        if target is None:
            continue
        label = count["quote"] or f"{count['value']} {count['unit']}"
        graph.add_node(count["iri"], kind="count", releases={count["release"]}, names={label.casefold()}, th=label,
                       en=None, types=[], posts=[], counts=[count], date=count["date"], authority=False, label=label)
        _edge(graph, count["iri"], target, "counted in" if target == count["about"] else "mentioned in",
              count["release"])


def _cap(graph: nx.MultiDiGraph, keep: set[str] | None, centre: str | None, limit: int) -> nx.MultiDiGraph:
    """The subgraph on the `keep` nodes (None: all of `graph`, a graph the view built for itself), cut to the
    `limit` nearest the centre, then the best connected within it. Copied once, after the cut: a busy actor's
    neighbourhood is most of the projection (22K edges, 150 nodes drawn), and copying it whole before cutting
    it cost 0.2 s."""
    nodes = set(graph) if keep is None else keep
    total = len(nodes)
    if total > limit:
        near = {n: {m for m in nx.all_neighbors(graph, n) if m in nodes} for n in nodes}
        distance = _distances(near, centre) if centre in nodes else {}
        ranked = sorted(nodes, key=lambda n: (distance.get(n, math.inf), -len(near[n]), n))
        nodes = set(ranked[:limit])
    shown = graph if keep is None and total <= limit else _induced(graph, nodes)
    shown.graph["total"] = total
    return shown


def _distances(near: dict[str, set[str]], centre: str) -> dict[str, int]:
    """Steps from the centre through the given neighbours (breadth first)."""
    distance, frontier, step = {centre: 0}, [centre], 0
    while frontier:
        step += 1
        reached = [m for n in frontier for m in near[n] if m not in distance]
        distance.update((m, step) for m in reached)
        frontier = list(dict.fromkeys(reached))
    return distance


def _induced(graph: nx.MultiDiGraph, keep: set[str]) -> nx.MultiDiGraph:
    """The subgraph on `keep` as a graph of its own, nodes and edges in the graph's order: what
    `graph.subgraph(keep).copy()` holds, without going through filtered views."""
    out = nx.MultiDiGraph()
    out.graph.update(graph.graph)
    out.add_nodes_from((n, d.copy()) for n, d in graph.nodes(data=True) if n in keep)
    out.add_edges_from((u, v, k, d.copy()) for u, v, k, d in graph.out_edges(list(out), keys=True, data=True) if v in keep)
    return out
