"""A release graph -> what the release contributes to the knowledge graph.

A release graph states facts about the entities it mentions (types, labels, parent body, posts, parties),
the memberships it reads (a person in a post, maybe acting, maybe former) and the names it calls each
organization by (the exact text of its spans). Everything the knowledge graph holds is a function of these
contributions and the release's date, so one function (`contribution`, over the graph's N-Triples lines)
serves every path: the ingest workers apply it to the lines they have just written (no reading back), and
`sync`/`rebuild` to graphs read from the store, embedded or remote, after `phakhi load`, a Graph Store write
or a SPARQL Update.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from rdflib.namespace import DCTERMS, PROV, RDF

from phakhi.graph.rdf.iris import span_parts
from phakhi.graph.rdf.mapping import label_literal
from phakhi.graph.store import GraphStore
from phakhi.ontology import ORG, PH, QB, SCHEMA

MENTIONED_IN, DERIVED_FROM, A = f"<{PH.mentionedIn}>", f"<{PROV.wasDerivedFrom}>", f"<{RDF.type}>"
RELATIONS = frozenset(f"<{t}>" for t in (ORG.subOrganizationOf, PH.party, ORG.holds, ORG.postIn))
TRUE = '"true"^^<http://www.w3.org/2001/XMLSchema#boolean>'
_ARTICLE, _COUNT, _POST, _ORG, _MEMBERSHIP = (f"<{t}>" for t in (SCHEMA.NewsArticle, PH.Count, ORG.Post,
                                                                 ORG.Organization, ORG.Membership))
_SHA, _ISSUED, _PUBLISHER, _BODY = (f"<{t}>" for t in (PH.sha256, DCTERMS.issued, DCTERMS.publisher,
                                                        SCHEMA.articleBody))
_MEMBER, _MPOST, _MORG, _ACTING, _FORMER = (f"<{t}>" for t in (ORG.member, PH.post, ORG.organization, PH.acting,
                                                               PH.former))
_DATASET, _ABOUT, _UNIT = (f"<{t}>" for t in (QB.dataSet, SCHEMA.observationAbout, SCHEMA.unitText))


@dataclass
class Contribution:
    """What one release says, as N-Triples terms: its date (ISO, or None), its text hash, the publisher
    organizations that sign it, the entities and posts it mentions with their facts, the names it calls
    organizations by, the posts it says people hold ((person, post, organization or None, acting)) and the
    Data Cube data sets its counts are in (data set -> (entity, unit literal)))."""

    release: str  # <release IRI>
    sha256: str
    date: str | None = None
    publishers: set[str] = field(default_factory=set)
    facts: dict[str, set[tuple[str, str]]] = field(default_factory=dict)  # subject -> {(predicate, object)}
    names: set[tuple[str, str]] = field(default_factory=set)  # (organization, name literal)
    holdings: set[tuple[str, str, str | None, bool]] = field(default_factory=set)
    datasets: dict[str, tuple[str, str]] = field(default_factory=dict)


def contribution(lines: Iterable[str]) -> Contribution | None:
    """The contribution of one release graph given as N-Triples lines ("s p o ." or "s p o"); None if the
    graph holds no release. Subjects and predicates are IRIs without spaces, so each line splits in three."""
    triples = []
    for line in lines:
        s, p, o = line.split(" ", 2)
        triples.append((s, p, o[:-2] if o.endswith(" .") else o))
    release = sha = date = None
    mentioned, counts, posts, orgs, publishers = set(), set(), set(), set(), set()
    memberships: dict[str, dict[str, str]] = {}
    observations: dict[str, dict[str, str]] = {}  # count -> its data set, entity and unit
    spans: dict[str, list[str]] = {}
    body = None
    for s, p, o in triples:
        if p == A:
            if o == _ARTICLE:
                release = s
            elif o == _COUNT:
                counts.add(s)
            elif o == _POST:
                posts.add(s)
            elif o == _ORG:
                orgs.add(s)
            elif o == _MEMBERSHIP:
                memberships.setdefault(s, {})
        elif p == MENTIONED_IN:
            mentioned.add(s)
        elif p == _SHA:
            sha = o
        elif p == _ISSUED:
            date = o
        elif p == _PUBLISHER and o.startswith("<"):
            publishers.add(o)
        elif p == DERIVED_FROM:
            spans.setdefault(s, []).append(o)
        elif p == _BODY:
            body = o
        elif p in (_MEMBER, _MPOST, _MORG, _ACTING, _FORMER):
            memberships.setdefault(s, {})[p] = o
        elif p in (_DATASET, _ABOUT, _UNIT):
            observations.setdefault(s, {})[p] = o
    if release is None or sha is None:
        return None
    c = Contribution(release, _lexical(sha), _lexical(date) if date else None, publishers)
    subjects = ((mentioned - counts) | posts) - publishers  # the publisher signs the release; it is not an actor in it
    for s, p, o in triples:
        if s in subjects and p != MENTIONED_IN and p != DERIVED_FROM:
            c.facts.setdefault(s, set()).add((p, o))
    named = orgs & subjects
    text = _unescape(body[1:body.rindex('"')]) if body and named else ""
    for org in named:
        for span in spans.get(org, ()):
            _, start, end = span_parts(span[1:-1])
            name = text[start:end]
            if name:
                c.names.add((org, label_literal(name)))
    for m in memberships.values():
        if _MEMBER in m and _MPOST in m and m.get(_FORMER) != TRUE:  # a FORMER holder's mention is no evidence of holding
            c.holdings.add((m[_MEMBER], m[_MPOST], m.get(_MORG), m.get(_ACTING) == TRUE))
    for o in observations.values():
        if _DATASET in o and _ABOUT in o and _UNIT in o:
            c.datasets[o[_DATASET]] = (o[_ABOUT], o[_UNIT])
    return c


def contributions(store: GraphStore, graphs: list[str]) -> dict[str, Contribution]:
    """The contributions of the releases whose graphs (<graph IRI> strings) are given, read from the store,
    by release IRI."""
    if not graphs:
        return {}
    lines: dict[str, list[str]] = {}
    result = store.run(f"""SELECT ?g ?s ?p ?o WHERE {{ VALUES ?g {{ {' '.join(graphs)} }} GRAPH ?g {{ ?s ?p ?o }} }}""")
    for row in result:
        lines.setdefault(str(row["g"]), []).append(f"{row['s']} {row['p']} {row['o']}")
    found = (contribution(graph_lines) for graph_lines in lines.values())
    return {c.release: c for c in found if c is not None}


TEXT_LIMIT = 60_000  # characters of terms per query or update: a SPARQL service limits its requests (phakhi: 100,000)


def chunks(items, limit: int = TEXT_LIMIT):
    """Lists of consecutive items (terms, or tuples of terms) whose text stays under `limit` characters, so
    every query and update sent stays under the service's limit whatever the batch."""
    chunk, size = [], 0
    for item in items:
        length = (sum(len(x) + 1 for x in item) if isinstance(item, tuple) else len(item)) + 3
        if chunk and size + length > limit:
            yield chunk
            chunk, size = [], 0
        chunk.append(item)
        size += length
    if chunk:
        yield chunk


def _rows(store: GraphStore, sparql: str):
    """Rows of a SELECT as tuples of N-Triples strings (None when unbound)."""
    result = store.run(sparql)
    names = [v.value for v in result.variables]
    for solution in result:
        yield tuple(None if solution[n] is None else str(solution[n]) for n in names)


def _lexical(literal: str) -> str:
    """'"2019-01-02"^^<…#date>' -> '2019-01-02'."""
    return literal[1:literal.index('"', 1)]


_ESCAPED = re.compile(r"\\(u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|.)", re.DOTALL)
_ESCAPES = {"t": "\t", "b": "\b", "n": "\n", "r": "\r", "f": "\f"}


def _unescape(value: str) -> str:
    """The characters of an N-Triples string's escaped value (ECHAR and UCHAR), so offsets count code points
    of the text itself."""
    if "\\" not in value:
        return value
    return _ESCAPED.sub(lambda m: chr(int(m[1][1:], 16)) if m[1][0] in "uU" and len(m[1]) > 1
                        else _ESCAPES.get(m[1], m[1]), value)

