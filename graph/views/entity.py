"""Entity pages that read like a reference work (LittleSis, Wikidata), read from the knowledge graph only.

The knowledge graph says each fact once with how many releases state it, its first and last dates and the
releases themselves (graph/knowledge/): so a page is a handful of index lookups around one IRI, whatever
the number of releases naming the entity, never a pass over the release graphs. One page shape serves every
IRI: its names (and name history), type and parent; a person's posts as a timeline; an organization's
people (heads first, by the title classes of ontology/th/titles.jsonl), units, programs named with it,
partners (co-parties of events, co-signers) and counts; a program's bodies and counts; an event's parties;
and the releases that mention it, newest first, paged. A statement or a tenure is an IRI too: its page is
the same page, whose releases are its evidence, so "n releases" anywhere links to where the n are listed.

Every query goes through the page's Budget (deadline + row cap). A section that the deadline stops is left
out and named in the page's cut notes: the page answers with what it has and says so.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache

from phakhi.graph.knowledge import KNOWLEDGE
from phakhi.graph.knowledge import series as counts
from phakhi.graph.rdf.iris import release_id
from phakhi.graph.rdf.mapping import CONTEXT_BINDS, SPAN_BINDS, SPAN_RELEASE, cut_context
from phakhi.graph.views import charts
from phakhi.graph.views.budget import Budget, OutOfTime
from phakhi.graph.views.reader import source_link
from phakhi.ontology import PID, load_titles

K = f"<{KNOWLEDGE}>"
PER_PAGE = 20
QUOTES = 8  # spans quoted on a page
WINDOW = 200  # releases, newest first, whose co-mentions a page counts
_RDF, _SKOS, _RDFS = ("http://www.w3.org/1999/02/22-rdf-syntax-ns#", "http://www.w3.org/2004/02/skos/core#",
                      "http://www.w3.org/2000/01/rdf-schema#")
_PH, _ORG, _SCHEMA = "https://w3id.org/phakhi/def#", "http://www.w3.org/ns/org#", "https://schema.org/"
# a statement of the knowledge graph has no type of its own (rdf:subject's domain gives it): its rdf:subject names it
KINDS = ((f"{_ORG}Membership", "tenure"), (f"{_ORG}Organization", "organization"),
         (f"{_SCHEMA}Person", "person"), (f"{_PH}Program", "program"), (f"{_SCHEMA}Event", "event"),
         (f"{_ORG}Post", "post"))
# rdf:Statement: a store written before statements went untyped (its pages stay the same)
_GENERIC = {t for t, _ in KINDS} | {f"{_RDF}Statement", "http://xmlns.com/foaf/0.1/Person", f"{_SKOS}Concept",
                                   "http://www.w3.org/ns/prov#Entity"}
PREDICATES = {f"{_ORG}subOrganizationOf": "หน่วยงานใน / part of", f"{_PH}party": "ฝ่าย / party",
              f"{_ORG}holds": "ดำรงตำแหน่ง / holds", f"{_ORG}postIn": "ตำแหน่งใน / post in",
              f"{_PH}usedName": "ชื่อที่ใช้ / name used"}
KIND_NAMES = {"person": "บุคคล / person", "organization": "องค์กร / organization", "program": "โครงการ / program",
              "event": "เหตุการณ์ / event", "post": "ตำแหน่ง / post"}
LEGEND = {"head": "หัวหน้า / head", "deputy": "รอง ผู้ช่วย / deputy, assistant", "other": "other post",
          "acting": "รักษาการ / acting"}
_KIND_RANK = {"executive": 0, "deputy": 1, "assistant": 2}


@lru_cache(maxsize=1)
def _title_ranks() -> dict[str, tuple[int, int]]:
    """Post title -> (class, order): heads (executive titles, in the data file's order) before deputies,
    assistants and the rest. The order is data (ontology/th/titles.jsonl), not code."""
    return {row["title"]: (_KIND_RANK.get(row["kind"], 3), i) for i, row in enumerate(load_titles())}


def title_rank(title: str) -> tuple[int, int]:
    ranks = _title_ranks()
    if title in ranks:
        return ranks[title]
    known = [t for t in ranks if title.startswith(t)]  # "ผู้อำนวยการกอง..." ranks as its longest known head
    return ranks[max(known, key=len)] if known else (3, len(ranks))


def title_class(title: str) -> str:
    return ("head", "deputy", "deputy", "other")[title_rank(title)[0]]


@dataclass
class Fact:
    """One statement of the knowledge graph, seen from the page's entity: the other end, its support."""

    other: str  # IRI or literal
    releases: int
    first: str = ""
    last: str = ""
    evidence: str = ""  # IRI of the statement / tenure / entity whose releases are the evidence
    note: str = ""


@dataclass
class Tenure:
    iri: str
    person: str
    title: str
    organization: str
    acting: bool
    releases: int
    first: str
    last: str
    before: str = ""
    after: str = ""


@dataclass
class EntityPage:
    iri: str
    kind: str
    types: list[str]
    labels: list[tuple[str, str, str]] = field(default_factory=list)  # (label, language, how: name|alt)
    releases: int = 0
    first: str = ""
    last: str = ""
    history: list[Fact] = field(default_factory=list)
    parents: list[Fact] = field(default_factory=list)
    units: list[Fact] = field(default_factory=list)
    tenures: list[Tenure] = field(default_factory=list)
    programs: list[Fact] = field(default_factory=list)
    bodies: list[Fact] = field(default_factory=list)
    partners: list[Fact] = field(default_factory=list)
    parties: list[Fact] = field(default_factory=list)
    series: list[dict] = field(default_factory=list)
    mentions: list[dict] = field(default_factory=list)  # releases: iri, title, date
    quotes: list[dict] = field(default_factory=list)  # spans: release, title, url, prefix, exact, suffix, start
    page: int = 1
    with_: str = ""
    about: dict[str, str] = field(default_factory=dict)  # a statement's / tenure's parts
    names: dict[str, str] = field(default_factory=dict)  # IRI -> label
    type_names: dict[str, dict[str, str]] = field(default_factory=dict)  # class -> language -> name
    cut: list[str] = field(default_factory=list)
    partners_window: bool = False  # partners counted in the newest WINDOW releases only
    counts_total: int = 0  # counts about it when the page shows only the newest COUNTS_SHOWN
    newest: tuple[int, list[dict]] = (0, [])  # the newest releases read so far: (how many were asked for, rows)


def href(iri: str) -> str:
    """The page of an IRI: the reader for a release, the entity page for anything else of ours."""
    if not iri.startswith(str(PID)):
        return ""
    path = iri[len(str(PID)):]
    return "/release/" + path.split("/", 1)[1] if path.startswith("release/") else "/entity/" + path


def _v(iri: str) -> str:
    return f"<{iri}>"


def _section(page: EntityPage, what: str, read) -> None:
    """Run one section's reading; if the page's time is up, leave the section out and say so."""
    try:
        read()
    except OutOfTime:
        page.cut.append(f"{what}: not read within the page's time limit")


def gather(budget: Budget, iri: str, known: dict | None = None, page: int = 1, with_: str = "") -> EntityPage | None:
    """Everything the page of `iri` shows, from the knowledge graph (None: the graph does not know it).
    `known`: the search index's entries by IRI (labels without a query); `with_`: list only the releases
    that also mention this other IRI (the evidence of a co-mention)."""
    e = _v(iri)
    core = budget.select(f"SELECT ?p ?o (lang(?o) AS ?lang) WHERE {{ GRAPH {K} {{ {e} ?p ?o "
                         f"FILTER(?p != ph:evidence) }} }}", "names and types")
    outside = not core
    if outside:  # not (yet) in the knowledge graph: a store built before it, a graph written by hand
        core = budget.select(f"""SELECT DISTINCT ?p ?o (lang(?o) AS ?lang) WHERE {{ GRAPH ?g {{ {e} ?p ?o
            FILTER(?p IN (rdf:type, skos:prefLabel, skos:altLabel, rdfs:label)) }} }} LIMIT 500""", "names and types")
    if not core:
        return None
    types = sorted({r["o"] for r in core if r["p"] == f"{_RDF}type"})
    statement = any(r["p"] == f"{_RDF}subject" for r in core)
    kind = "statement" if statement else next((k for t, k in KINDS if t in types), "other")
    out = EntityPage(iri, kind, [t for t in types if t not in _GENERIC] or types, page=max(1, page), with_=with_)
    seen = set()
    for r in core:
        p, o = r["p"], r["o"]
        if p in (f"{_SKOS}prefLabel", f"{_SKOS}altLabel", f"{_RDFS}label") and (o, r.get("lang", "")) not in seen:
            seen.add((o, r.get("lang", "")))
            out.labels.append((o, r.get("lang", ""), "name" if p == f"{_SKOS}prefLabel" else "also"))
        elif p == f"{_PH}releases":
            out.releases = int(o)
        elif p == f"{_PH}firstDate":
            out.first = o
        elif p == f"{_PH}lastDate":
            out.last = o
        elif p in (f"{_RDF}subject", f"{_RDF}predicate", f"{_RDF}object", f"{_ORG}member", f"{_PH}post",
                   f"{_ORG}organization", f"{_PH}acting"):
            out.about[p.rsplit("#", 1)[-1]] = o
    out.labels.sort(key=lambda x: (x[2] != "name", x[1] != "th", x[1] != "en", x[0]))
    if kind == "tenure" and "post" in out.about:
        _section(out, "post", lambda: out.about.update(
            title=next((r["t"] for r in budget.select(f"SELECT ?t WHERE {{ GRAPH {K} {{ <{out.about['post']}> ph:title ?t }} }}",
                                                      "post title")), "")))
    if kind in ("organization", "person", "program", "event", "other", "post"):
        _section(out, "name history", lambda: out.history.extend(_statements(budget, iri, f"{_PH}usedName", True, 50)))
        _section(out, "parent bodies", lambda: out.parents.extend(_statements(budget, iri, f"{_ORG}subOrganizationOf", True, 20)))
    if kind == "organization":
        _section(out, "units", lambda: out.units.extend(_statements(budget, iri, f"{_ORG}subOrganizationOf", False, 200)))
        _section(out, "people in its posts", lambda: out.tenures.extend(_tenures(budget, "org:organization", iri)))
    if kind == "person":
        _section(out, "posts held", lambda: out.tenures.extend(_tenures(budget, "org:member", iri)))
    if kind in ("organization", "person"):
        _section(out, "partners", lambda: out.partners.extend(_partners(budget, out)))
    if kind == "organization":
        _section(out, "programs named with it", lambda: out.programs.extend(_named_with(budget, out, "ph:Program")))
    if kind == "program":
        _section(out, "bodies named with it", lambda: out.bodies.extend(_named_with(budget, out, "org:Organization")))
    if kind == "event":
        _section(out, "parties", lambda: out.parties.extend(_statements(budget, iri, f"{_PH}party", True, 200)))
    if kind in ("organization", "program"):
        _section(out, "counts reported", lambda: out.series.extend(_series(budget, out)))
    if outside:
        out.cut.append("not in the knowledge graph: names and quotes only (run `phakhi knowledge` to build it)")
    _section(out, "quotes", lambda: out.quotes.extend(_quotes(budget, iri)))
    _section(out, "releases", lambda: out.mentions.extend(_mentions(budget, out)))
    _section(out, "names of related entities", lambda: _label_all(budget, out, known or {}))
    out.cut[:0] = budget.cut
    return out


def _statements(budget: Budget, iri: str, predicate: str, outward: bool, limit: int) -> list[Fact]:
    """The statements `iri predicate ?other` (or `?other predicate iri`), most supported first."""
    me, other = ("rdf:subject", "rdf:object") if outward else ("rdf:object", "rdf:subject")
    rows = budget.select(f"""SELECT ?st ?other ?n ?first ?last WHERE {{ GRAPH {K} {{ ?st {me} <{iri}> ;
        rdf:predicate <{predicate}> ; {other} ?other ; ph:releases ?n . OPTIONAL {{ ?st ph:firstDate ?first }}
        OPTIONAL {{ ?st ph:lastDate ?last }} }} }} ORDER BY DESC(?n) ?other LIMIT {limit}""", PREDICATES.get(predicate, "statements"))
    return [Fact(r["other"], int(r["n"]), r.get("first", ""), r.get("last", ""), r["st"]) for r in rows]


def _tenures(budget: Budget, scope: str, iri: str) -> list[Tenure]:
    rows = budget.select(f"""SELECT ?t ?person ?title ?org ?acting ?n ?first ?last ?before ?after WHERE {{ GRAPH {K} {{
        ?t {scope} <{iri}> ; org:member ?person ; ph:post ?post ; ph:releases ?n . ?post ph:title ?title .
        OPTIONAL {{ ?t org:organization ?org }} OPTIONAL {{ ?t ph:acting ?acting }}
        OPTIONAL {{ ?t ph:firstDate ?first }} OPTIONAL {{ ?t ph:lastDate ?last }}
        OPTIONAL {{ ?t ph:replaces/org:member ?before }} OPTIONAL {{ ?t ph:replacedBy/org:member ?after }} }} }}
        ORDER BY ?first ?t LIMIT 2000""", "posts")
    out: dict[str, Tenure] = {}
    for r in rows:
        out.setdefault(r["t"], Tenure(r["t"], r["person"], str(r["title"]), r.get("org", ""), r.get("acting") == "true",
                                      int(r["n"]), r.get("first", ""), r.get("last", ""), r.get("before", ""),
                                      r.get("after", "")))
    return list(out.values())


def _partners(budget: Budget, page: EntityPage) -> list[Fact]:
    """Co-parties of the events it is a party of: most shared signings, then most shared events. For an entity
    named in more than 8 x WINDOW releases, of the events in its newest WINDOW releases (bounded work, like
    the programs named with it; the page says so)."""
    iri = page.iri
    if page.releases > 8 * WINDOW:
        window = " ".join(f"<{r['r']}>" for r in _newest(budget, page, WINDOW))
        found = budget.select(f"""SELECT DISTINCT ?e WHERE {{ VALUES ?r {{ {window} }} GRAPH ?g {{ ?e ph:mentionedIn ?r
            FILTER EXISTS {{ ?e ph:party <{iri}> }} }} }}""", "partners")
        # (two queries: one joining both makes Oxigraph read every party link; an OPTIONAL for the signings too)
        events = f"VALUES ?e {{ {' '.join('<' + r['e'] + '>' for r in found)} }}"
        page.partners_window = True
    else:
        events = f"GRAPH {K} {{ ?e ph:party <{iri}> }}"
    rows = budget.select(f"""SELECT ?other (COUNT(DISTINCT ?e) AS ?events) (COUNT(DISTINCT ?s) AS ?signings) WHERE {{
        {events} GRAPH {K} {{ ?e ph:party ?other FILTER(?other != <{iri}>) }}
        BIND(IF(EXISTS {{ GRAPH {K} {{ ?e a ph:Signing }} }}, ?e, ?none) AS ?s) }} GROUP BY ?other
        ORDER BY DESC(?signings) DESC(?events) ?other LIMIT 40""", "partners")
    return [Fact(r["other"], int(r["events"]), note=r["signings"]) for r in rows]


def _named_with(budget: Budget, page: EntityPage, cls: str) -> list[Fact]:
    """Entities of `cls` that the newest WINDOW releases mentioning the entity also mention, by the number of
    such releases: bounded work however many releases name the entity (each release graph's ph:mentionedIn
    is an index lookup by release)."""
    window = _newest(budget, page, WINDOW)
    if not window:
        return []
    values = " ".join(f"<{r['r']}>" for r in window)
    rows = budget.select(f"""SELECT ?other (COUNT(DISTINCT ?r) AS ?n) WHERE {{ VALUES ?r {{ {values} }}
        GRAPH ?g {{ ?other ph:mentionedIn ?r FILTER EXISTS {{ ?other a {cls} }} }} FILTER(?other != <{page.iri}>) }} GROUP BY ?other
        ORDER BY DESC(?n) ?other LIMIT 30""", "named with")
    return [Fact(r["other"], int(r["n"])) for r in rows]


DAYS_PER_STEP = 4  # how much wider each step back in time looks than the releases' rate says it needs


def _newest(budget: Budget, page: EntityPage, n: int) -> list[dict]:
    """The newest `n` releases mentioning the entity (?r, ?date), newest first. An entity named in a few
    releases: sorting its evidence links is cheap. One named in thousands (the Cabinet, the Prime Minister,
    a ministry): walk back from its last date in steps of days, each step the releases dated on those days
    (the knowledge graph's dcterms:issued index) that are its evidence, so a page reads the releases it
    shows, not every release that ever named it."""
    if page.newest[0] >= n:
        return page.newest[1][:n]
    rows = _walk_back(budget, page, n)
    page.newest = (n, rows)
    return rows


WALK_FROM = 4000  # releases naming an entity from which walking back by days beats sorting all its evidence


def _walk_back(budget: Budget, page: EntityPage, n: int) -> list[dict]:
    # a sort costs about 25 microseconds an evidence link (under 100 ms up to 4,000 links); a step of the walk
    # reads every release of its days (tens a day on thaigov), so it pays only for entities in many releases:
    # one rare in its last years (a program from 2016-2019 named once in 2025) makes the walk cross them
    if page.releases <= max(WALK_FROM, 8 * n) or not page.last or not page.first:
        return _sorted_evidence(budget, page.iri, n)
    until, first = date.fromisoformat(page.last[:10]), date.fromisoformat(page.first[:10])
    per_day = page.releases / max(1, (until - first).days + 1)
    found: dict[str, str] = {}
    steps = 0
    while len(found) < n and until >= first:
        # each step wider than the last (years with few releases naming it: a minister out of office)
        span = min(366, max(7, int(DAYS_PER_STEP * (n - len(found)) / per_day)) * 2 ** steps)
        steps += 1
        days = " ".join(f'"{until - timedelta(days=d)}"^^xsd:date' for d in range(span))
        for r in budget.select(f"""SELECT ?r ?date WHERE {{ VALUES ?date {{ {days} }} GRAPH {K} {{
                ?r dcterms:issued ?date FILTER EXISTS {{ <{page.iri}> ph:evidence ?r }} }} }}""", "releases"):
            # (a FILTER: a join would make Oxigraph read every evidence link of the entity first)
            found[r["r"]] = r["date"]
        until -= timedelta(days=span)
    newest = sorted(found.items(), key=lambda item: (item[1], item[0]), reverse=True)[:n]
    if len(newest) < n and len(found) < page.releases:  # undated releases, or a store that disagrees: sort them all
        return _sorted_evidence(budget, page.iri, n)
    return [{"r": r, "date": d} for r, d in newest]


def _sorted_evidence(budget: Budget, iri: str, n: int, offset: int = 0, with_: str = "") -> list[dict]:
    both = f"<{with_}> ph:evidence ?r ." if with_ else ""
    return budget.select(f"""SELECT ?r ?date WHERE {{ GRAPH {K} {{ <{iri}> ph:evidence ?r . {both}
        OPTIONAL {{ ?r dcterms:issued ?date }} }} }} ORDER BY DESC(?date) DESC(?r) LIMIT {n} OFFSET {offset}""", "releases")


COUNTS_SHOWN = 200  # the newest counts a page reads and draws (a ministry reports thousands)


def _series(budget: Budget, page: EntityPage) -> list[dict]:
    newest = budget.select(f"""SELECT ?c WHERE {{ GRAPH ?g {{ ?c schema:observationAbout <{page.iri}>
        OPTIONAL {{ ?c schema:observationDate ?day }} }} }} ORDER BY DESC(?day) ?c LIMIT {COUNTS_SHOWN + 1}""", "counts")
    # then the rows of those (one query joining both: Oxigraph reads every count's row first)
    rows = budget.select(counts.counts_query(page.iri, counts=[r["c"] for r in newest]), "counts") if newest else []
    rows = counts.with_quotes(rows, lambda query: budget.select(query, "count quotes"))
    if len(newest) > COUNTS_SHOWN:
        total = budget.select(f"""SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE {{ GRAPH ?g {{
            ?c schema:observationAbout <{page.iri}> }} }}""", "counts")
        page.counts_total = int(total[0]["n"]) if total else 0
    return counts.shape(rows)


def _quotes(budget: Budget, iri: str) -> list[dict]:
    """A few spans naming the entity, with the words around them: the first QUOTES the store yields (no
    ordering, so the entity's thousands of spans are never all read)."""
    rows = budget.select(f"""SELECT ?release ?title ?url ?start ?before ?exact ?after WHERE {{
        {{ SELECT ?span WHERE {{ GRAPH ?g {{ <{iri}> prov:wasDerivedFrom ?span }} }} LIMIT {QUOTES} }}
        {SPAN_RELEASE} ?release schema:articleBody ?body {SPAN_BINDS} {CONTEXT_BINDS}
        OPTIONAL {{ ?release dcterms:title ?title }} OPTIONAL {{ ?release dcterms:source ?url }} }}""", "quotes")
    for r in rows:
        r["prefix"], r["suffix"] = cut_context(r.pop("before", ""), r.pop("after", ""))
    return sorted(rows, key=lambda r: (r["release"], int(r.get("start") or 0)), reverse=True)


def _mentions(budget: Budget, out: EntityPage) -> list[dict]:
    if out.with_ or out.page > 1:
        rows = _sorted_evidence(budget, out.iri, PER_PAGE + 1, (out.page - 1) * PER_PAGE, out.with_)
    else:
        rows = _newest(budget, out, PER_PAGE + 1)
    if not rows:
        return []
    values = " ".join(f"<{r['r']}>" for r in rows)
    titles = {r["r"]: r["t"] for r in budget.select(
        f"SELECT ?r ?t WHERE {{ VALUES ?r {{ {values} }} ?r dcterms:title ?t }}", "release titles")}
    return [{"iri": r["r"], "date": r.get("date", ""), "title": titles.get(r["r"], "")} for r in rows]


def _label_all(budget: Budget, page: EntityPage, known: dict) -> None:
    """Labels for every IRI the page shows: the search index's where it has them, else the knowledge
    graph's preferred label (Thai first); class names from the ontology graph (Thai and English)."""
    iris = {page.iri} | {f.other for group in (page.parents, page.units, page.programs, page.bodies, page.partners,
                                                page.parties) for f in group}
    iris |= {v for t in page.tenures for v in (t.person, t.organization, t.before, t.after) if v}
    iris |= {v for k, v in page.about.items() if k in ("subject", "object", "member", "organization")}
    iris |= {page.with_} if page.with_ else set()
    page.names.update({i: known[i].label for i in iris if i in known})
    rest = sorted(i for i in iris - set(page.names) if i.startswith(str(PID)))
    for start in range(0, len(rest), 400):
        values = " ".join(f"<{i}>" for i in rest[start:start + 400])
        for r in budget.select(f"""SELECT ?e ?l WHERE {{ VALUES ?e {{ {values} }} GRAPH {K} {{ ?e skos:prefLabel ?l }} }}
                ORDER BY ?e DESC(lang(?l) = "th") ?l""", "names"):
            page.names.setdefault(r["e"], r["l"])
    wanted = set(page.types) | {page.about.get("predicate", "")} - {""}
    if wanted:
        values = " ".join(f"<{t}>" for t in wanted)
        for r in budget.select(f"""SELECT ?t ?l (lang(?l) AS ?lang) WHERE {{ VALUES ?t {{ {values} }}
                GRAPH <{PID}graph/ontology> {{ ?t rdfs:label ?l }} }}""", "type names"):
            page.type_names.setdefault(r["t"], {})[r.get("lang", "")] = r["l"]


# ---- rendering ----------------------------------------------------------------------------------------------


def _e(text) -> str:
    return html.escape(str(text))


def local(iri: str) -> str:
    """A term's readable name when nothing labels it: ".../def#subOrganizationOf" -> "sub organization of"."""
    name = re.split(r"[#/]", iri)[-1]
    return re.sub(r"(?<=[a-z])(?=[A-Z])", " ", name).lower() or iri


def _name(page: EntityPage, iri: str) -> str:
    return page.names.get(iri) or local(iri)


def _link(page: EntityPage, iri: str) -> str:
    target = href(iri)
    if not target:
        return _e(iri)
    return f'<a href="{_e(target)}">{_e(_name(page, iri))}</a>'


def _support(n: int, evidence: str, extra: str = "") -> str:
    """"n releases", linked to where they are listed (the evidence page of the statement or tenure)."""
    word = "release" if n == 1 else "releases"
    target = href(evidence) + (extra or "") + "#releases" if evidence else ""
    text = f"{n:,} {word}"
    return f'<a class="support" href="{_e(target)}">{text}</a>' if target else text


def _span(first: str, last: str) -> str:
    if first and last and first != last:
        return f"{_e(first)} – {_e(last)}"
    return _e(first or last or "")


def _type_name(page: EntityPage, t: str) -> str:
    names = page.type_names.get(t, {})
    th, en = names.get("th"), names.get("en") or names.get("")
    return " / ".join(_e(x) for x in (th, en) if x) or _e(local(t))


def _table(head: list[str], rows: list[list[str]], css: str = "") -> str:
    if not rows:
        return '<p class="none">—</p>'
    cells = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return f'<table class="{css}"><tr>{"".join(f"<th>{h}</th>" for h in head)}</tr>{cells}</table>'


def title(page: EntityPage) -> str:
    if page.kind == "statement":
        a = page.about
        return f"{_name(page, a.get('subject', ''))} — {PREDICATES.get(a.get('predicate', ''), local(a.get('predicate', '')))} — " \
               f"{_name(page, a['object']) if a.get('object', '').startswith('http') else a.get('object', '')}"
    if page.kind == "tenure":
        a = page.about
        at = f" {_name(page, a['organization'])}" if a.get("organization") else ""
        return f"{_name(page, a.get('member', ''))}: {a.get('title', '')}{at}"
    return next((label for label, lang, how in page.labels if how == "name" and lang == "th"), None) or \
        (page.labels[0][0] if page.labels else _name(page, page.iri))


def _names_section(page: EntityPage) -> str:
    """Other names on one line (as Wikidata's "also known as"), past ten behind a <details>."""
    main = title(page)
    others = [(label, lang) for label, lang, how in page.labels if label != main and how != "name"]
    if not others:
        return ""
    spans = [f'<span lang="{_e(lang)}" title="{_e(lang or "no language")}">{_e(label)}</span>' for label, lang in others]
    rest = f' <details><summary>{len(spans) - 10} more names</summary>{" · ".join(spans[10:])}</details>' if len(spans) > 10 else ""
    return f'<div class="also" id="names"><b>ชื่ออื่น / Also known as:</b> {" · ".join(spans[:10])}{rest}</div>'


def _history_section(page: EntityPage) -> str:
    if not page.history:
        return ""
    hist = sorted(page.history, key=lambda f: (f.first or "9999", f.other))
    return ('<h2 id="history">ชื่อที่ใช้ตามเวลา / Name history</h2>'
            + _table(["name used", "first seen", "last seen", "support"],
                     [[_e(f.other), _e(f.first), _e(f.last), _support(f.releases, f.evidence)] for f in hist], "history"))


def _more(rows: list[list[str]], head: list[str], css: str, shown: int, what: str) -> str:
    """A table of the first `shown` rows, the rest behind a <details> (no script)."""
    if len(rows) <= shown:
        return _table(head, rows, css)
    return (_table(head, rows[:shown], css) + f"<details><summary>{len(rows) - shown} more {what}</summary>"
            + _table(head, rows[shown:], css) + "</details>")


def _tenure_rows(page: EntityPage, tenures: list[Tenure], person_view: bool) -> list[list[str]]:
    rows = []
    for t in tenures:
        marks: list[str] = []
        if t.acting:
            marks.append('<span class="mark acting">รักษาการ / acting</span>')
        if t.after:
            marks.append('<span class="mark former">อดีต / former</span>')
        if t.before:
            marks.append(f"ก่อนหน้า / before: {_link(page, t.before)}")
        if t.after:
            marks.append(f"ถัดไป / next: {_link(page, t.after)}")
        who = [_e(t.title), _link(page, t.organization) if t.organization else "—"] if person_view else \
            [_e(t.title), _link(page, t.person)]
        rows.append(who + [_e(t.first), _e(t.last), _support(t.releases, t.iri), " ".join(marks)])
    return rows


def _bars(page: EntityPage, tenures: list[Tenure], person_view: bool) -> list[charts.Bar]:
    bars = []
    for t in tenures:
        body = _name(page, t.organization) if t.organization else ""
        label = f"{t.title} {body}".strip() if person_view else f"{_name(page, t.person)} ({t.title})"
        tip = f"{label}: {t.first} – {t.last}, {t.releases} releases" + (" (acting)" if t.acting else "")
        bars.append(charts.Bar(label, t.first, t.last, tip, href(t.iri), "acting" if t.acting else title_class(t.title)))
    return bars


def _legend(bars: list[charts.Bar]) -> str:
    used = {b.style for b in bars}
    return charts.legend({k: v for k, v in LEGEND.items() if k in used})


def _posts_section(page: EntityPage) -> str:
    if page.kind == "person":
        ordered = sorted(page.tenures, key=lambda t: (t.first or "9999", t.last or ""))
        bars = _bars(page, ordered, True)
        svg = charts.timeline(bars, "posts held over time")
        return ("<h2 id=\"posts\">ตำแหน่ง / Posts held</h2>" + svg + (_legend(bars) if svg else "")
                + _table(["title", "body", "known from", "known until", "support", ""], _tenure_rows(page, ordered, True), "posts"))
    ordered = sorted(page.tenures, key=lambda t: (title_rank(t.title), t.title, t.first or "9999", t.person))
    leading = [t for t in ordered if title_class(t.title) != "other"]
    heads = leading[:40] or ordered[:40]
    bars = _bars(page, heads, False)
    svg = charts.timeline(bars, "people in its posts over time")
    head = ["post", "person", "known from", "known until", "support", ""]
    return ("<h2 id=\"people\">บุคคลในตำแหน่ง / People in its posts</h2><p class=\"hint\">Heads first, then deputies "
            "and the others; each post in the order its holders are first known.</p>" + svg
            + (_legend(bars) if svg else "")
            + _more(_tenure_rows(page, ordered, False), head, "people", max(len(leading), 12), "posts"))


def _facts_table(page: EntityPage, facts: list[Fact], heading: str, anchor: str, with_dates: bool = True,
                 note: str = "") -> str:
    rows = [[_link(page, f.other), _span(f.first, f.last), _support(f.releases, f.evidence)] if with_dates else
            [_link(page, f.other), _support(f.releases, page.iri, f"?with={f.other[len(str(PID)):]}")] for f in facts]
    head = ["name", "known", "support"] if with_dates else ["name", "releases naming both"]
    hint = f'<p class="hint">{_e(note)}</p>' if note else ""
    return f'<h2 id="{anchor}">{heading}</h2>{hint}' + _more(rows, head, anchor, 12, "")


def _partners_section(page: EntityPage) -> str:
    rows = [[_link(page, f.other), f"{f.releases:,}", _e(f.note) if f.note != "0" else "",
             _support_with(page, f.other)] for f in page.partners]
    scope = f" in its newest {WINDOW} releases" if page.partners_window else ""
    return ('<h2 id="partners">ภาคี / Partners</h2><p class="hint">Co-parties of the events it is a party of'
            f'{scope}; co-signers first.</p>' + _more(rows, ["partner", "shared events", "signed together", "evidence"], "partners", 12, ""))


def _support_with(page: EntityPage, other: str) -> str:
    return f'<a class="support" href="{_e(href(page.iri))}?with={_e(other[len(str(PID)):])}#releases">releases naming both</a>'


def _series_section(page: EntityPage) -> str:
    """A chart per unit with at least two dated counts (the three longest series), the other counts as rows."""
    if not page.series:
        return ""
    by_unit: dict[str, list[dict]] = {}
    for point in page.series:
        by_unit.setdefault(point["unit"], []).append(point)
    ranked = sorted(by_unit.items(), key=lambda item: (-len(item[1]), item[0]))
    drawn = [(unit, points) for unit, points in ranked if sum(1 for p in points if p["date"]) >= 2][:3]
    out = ['<h2 id="counts">ตัวเลขที่รายงาน / Counts reported</h2>']
    if page.counts_total:
        out.append(f'<p class="hint">The newest {len(page.series):,} of {page.counts_total:,} counts; all of them: '
                   f'<code>phakhi series</code> or the query editor.</p>')
    link = lambda p: f"/release/{release_id(p['release'])}" if p["release"] else ""  # noqa: E731
    for unit, points in drawn:
        marks = [charts.Point(p["date"] or "", float(p["value"]),
                              f"{p['date']}: {p['value']:,} {unit} — {p['text'] or p['about'] or ''}", link(p)) for p in points]
        out.append(f"<h3>{_e(unit)} ({len(points)} counts)</h3>" + charts.series(marks, f"counts in {unit} over time"))
    rest = [p for unit, points in ranked if (unit, points) not in drawn for p in points]
    if rest:
        rows = [[_e(p["date"] or ""), f"{p['value']:,} {_e(p['unit'])}", _e(p["text"] or p["about"] or ""),
                 f'<a href="{_e(link(p))}">release</a>' if link(p) else ""] for p in rest]
        out.append("<h3>อื่น ๆ / Other counts</h3>" + _more(rows, ["date", "count", "as the release says it", "evidence"],
                                                             "counts", 8, "counts"))
    return "".join(out)


def _quotes_section(page: EntityPage) -> str:
    """The words of the releases as they name it, each opening the reader at the span."""
    if not page.quotes:
        return ""
    items = []
    for q in page.quotes:
        target = href(q["release"])
        title = _e(q.get("title") or "(untitled release)")
        where = f'<a href="{_e(target)}#at-{_e(q.get("start", ""))}">{title}</a>' if target else title
        items.append(f'<li><span class="quote">…{_e(q.get("prefix", ""))}<mark>{_e(q["exact"])}</mark>'
                     f'{_e(q.get("suffix", ""))}…</span> — {where} {source_link(q.get("url", ""))}</li>')
    return '<h2 id="quotes">ข้อความที่กล่าวถึง / As the releases say it</h2><ul class="quotes">' + "".join(items) + "</ul>"


def _releases_section(page: EntityPage) -> str:
    shown = page.mentions[:PER_PAGE]
    items = "".join(f'<li><span class="date">{_e(m["date"])}</span> <a href="{_e(href(m["iri"]))}">'
                    f'{_e(m["title"] or "(untitled release)")}</a></li>' for m in shown)
    total = page.releases if not page.with_ else None
    heading = "ข่าวที่กล่าวถึง / Releases that mention it"
    if page.with_:
        heading += f" together with {_link(page, page.with_)}"
    with_q = f"&with={_e(page.with_[len(str(PID)):])}" if page.with_ else ""
    nav = []
    if page.page > 1:
        nav.append(f'<a rel="prev" href="?page={page.page - 1}{with_q}#releases">← newer</a>')
    if len(page.mentions) > PER_PAGE:
        nav.append(f'<a rel="next" href="?page={page.page + 1}{with_q}#releases">older →</a>')
    count = f"{total:,} releases, newest first; " if total is not None else ""
    return (f'<h2 id="releases">{heading}</h2><p class="hint">{count}page {page.page}'
            + (f' · <a href="{_e(href(page.iri))}#releases">all releases</a>' if page.with_ else "") + "</p>"
            f'<ol class="releases" start="{(page.page - 1) * PER_PAGE + 1}">{items or "<li>—</li>"}</ol>'
            f'<p class="pages">{" · ".join(nav)}</p>')


STYLE = """.lead{color:#333;font-size:1.05em}.lead .type{font-weight:bold}.support{white-space:nowrap}
.mark{font-size:.85em;padding:0 .3em;border-radius:3px}.mark.acting{background:#fbe3b5}.mark.former{background:#e4e4e4}
.hint{color:#666;font-size:.9em;margin:.2em 0}.chart{display:block;margin:.6em 0;max-width:100%;height:auto}
.chart a:hover rect,.chart a:hover circle{opacity:.7}.releases li{margin:.25em 0}.releases .date{color:#666;
font-variant-numeric:tabular-nums;margin-right:.4em}.pages a{margin-right:1em}.cols{display:flex;gap:2em;flex-wrap:wrap}
.cols>div{flex:1 1 28em}.legend{font-size:.85em;color:#444}.legend span{margin-right:1.2em}h1{margin-bottom:0}.english{color:#555;margin:.1em 0 .4em;font-size:1.1em}
.also span:not(:last-child){margin-right:.2em}table.people td:nth-child(3),table.people td:nth-child(4),
table.posts td:nth-child(3),table.posts td:nth-child(4){white-space:nowrap}details summary{cursor:pointer;color:#1f5fa8}
h2{margin-top:1.2em;border-bottom:1px solid #eee}th{white-space:nowrap}.also{margin:.6em 0}
.also details{display:inline}"""


def render(page: EntityPage) -> tuple[str, str]:
    """(title, body HTML) of the page; IRIs appear only in the data section."""
    name = title(page)
    specific = [t for t in page.types if t not in _GENERIC]
    types = ", ".join(dict.fromkeys(_type_name(page, t) for t in specific)) or _e(KIND_NAMES.get(page.kind, page.kind))
    parent = " · ".join(_link(page, f.other) for f in page.parents)
    span = f" · named {page.first} – {page.last}" if page.first else ""
    lead = (f'<p class="lead"><span class="type">{types}</span>' + (f" ใน / of {parent}" if parent else "")
            + f" · {_support(page.releases, page.iri)}{_e(span)}</p>") if page.kind not in ("statement", "tenure") else \
        f'<p class="lead">Stated by {_support(page.releases, page.iri)}{_e(span)}</p>'
    cut = "".join(f'<p class="cut">Cut short: {_e(c)}</p>' for c in dict.fromkeys(page.cut))
    english = next((label for label, lang, how in page.labels if how == "name" and lang == "en" and label != name), "")
    sub = f'<p class="english" lang="en">{_e(english)}</p>' if english else ""
    parts = [f"<style>{STYLE}</style><h1>{_e(name)}</h1>{sub}{lead}{cut}"]
    if page.kind not in ("statement", "tenure"):
        parts.append(_names_section(page))
    if page.kind == "tenure":
        a = page.about
        parts.append(_table(["person", "post", "body", "acting"], [[_link(page, a.get("member", "")), _e(a.get("title", "")),
                                                                    _link(page, a["organization"]) if a.get("organization") else "—",
                                                                    "yes" if a.get("acting") == "true" else "no"]]))
    if page.kind == "statement":
        a = page.about
        obj = _link(page, a["object"]) if a.get("object", "").startswith("http") else _e(a.get("object", ""))
        parts.append(_table(["subject", "relation", "object"], [[_link(page, a.get("subject", "")),
                                                                 _e(PREDICATES.get(a.get("predicate", ""), local(a.get("predicate", "")))), obj]]))
    if page.kind in ("person", "organization"):
        parts.append(_posts_section(page))
    if page.parents or page.units or page.history:
        parts.append('<div class="cols"><div>' + _history_section(page) + "</div><div>"
                     + (_facts_table(page, page.parents, "สังกัด / Part of", "parents") if page.parents else "")
                     + (_facts_table(page, page.units, "หน่วยงานในสังกัด / Units", "units") if page.kind == "organization" else "")
                     + "</div></div>")
    window = f"counted in its newest {WINDOW} releases" if page.releases > WINDOW else ""
    if page.kind == "organization":
        parts.append('<div class="cols"><div>' + _partners_section(page) + "</div><div>"
                     + _facts_table(page, page.programs, "โครงการ / Programs named with it", "programs", False, window)
                     + "</div></div>")
    if page.kind == "person":
        parts.append(_partners_section(page))
    if page.kind == "program":
        parts.append(_facts_table(page, page.bodies, "หน่วยงาน / Bodies named with it", "bodies", False, window))
    if page.kind == "event":
        parts.append(_facts_table(page, page.parties, "ฝ่าย / Parties", "parties"))
    parts.append(_series_section(page))
    parts.append(_releases_section(page))
    parts.append(_quotes_section(page))
    parts.append(f'<section class="data"><h2>Data</h2><p><code>{_e(page.iri)}</code></p><p>Also as '
                 f'<a href="?format=jsonld">JSON-LD</a>, <a href="?format=turtle">Turtle</a> and '
                 f'<a href="?format=nt">N-Triples</a> (or send an Accept header).</p></section>')
    return name, "".join(parts)
