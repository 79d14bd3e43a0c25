"""Count series: the counts the releases report about one program or organization, in date order. They are
also W3C Data Cube data sets in the store: each linked count is put in the data set of its entity and unit
(qb:dataSet, written by graph/rdf/mapping.py) and the knowledge graph describes each set once, with the
structure ph:countSeriesStructure of ontology/phakhi.ttl (graph/knowledge/maintain.py).

A count is about an entity when extraction linked it (schema:observationAbout, see
graph/extract/counts.py); its date is its release's (schema:observationDate). A name is resolved to one
entity through any label the graph holds for it (skos:prefLabel, altLabel, hiddenLabel, rdfs:label: Thai and
English names, abbreviations, forms seen in releases) and, for organizations and programs the authority
files know, through every authority name, case-insensitively; a name that fits no entity, or several, is an
error that lists what it could mean rather than a silent empty series.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable
from functools import lru_cache

from phakhi.graph.rdf.iris import span_parts
from phakhi.graph.rdf.mapping import QUALIFIER
from phakhi.graph.store import GraphStore
from phakhi.ontology import PID, load_organizations, load_programs

KINDS = {"program": "ph:Program", "organization": "org:Organization"}
COLUMNS = ("date", "value", "qualifier", "unit", "about", "release", "text")
LABELS = "skos:prefLabel|skos:altLabel|skos:hiddenLabel|rdfs:label"
_QUALIFIER_NAME = {str(iri): name for name, iri in QUALIFIER.items()}


class NameNotFound(LookupError):
    """The name is no label of any entity of the kind asked for."""


class AmbiguousName(LookupError):
    """The name is a label of several entities; `candidates` lists (IRI, label) of each."""

    def __init__(self, message: str, candidates: list[tuple[str, str]]):
        super().__init__(message)
        self.candidates = candidates


def _key(name: str) -> str:
    """Names compare NFC, case-folded, with runs of spaces as one."""
    return " ".join(unicodedata.normalize("NFC", name).casefold().split())


@lru_cache(maxsize=1)
def _authority() -> dict[str, dict[str, set[str]]]:
    """kind -> name key -> IRIs, from the authority files (organizations.jsonl, programs.ttl)."""
    index: dict[str, dict[str, set[str]]] = {"organization": {}, "program": {}}
    for row in load_organizations():
        for name in [row["th"], row["en"], *row["abbr"], *row["alt"]]:
            if name:
                index["organization"].setdefault(_key(name), set()).add(str(PID[f"org/{row['id']}"]))
    for row in load_programs():
        for name in (n for names in row["labels"].values() for n in names):
            index["program"].setdefault(_key(name), set()).add(row["iri"])
    return index


def _literal(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r") + '"'


def _store_matches(store: GraphStore, kind: str, names: Iterable[str]) -> set[str]:
    """Entities of `kind` having one of `names` as a label (as written, any language tag)."""
    values = " ".join(f"{_literal(n)}@th {_literal(n)}@en {_literal(n)}" for n in dict.fromkeys(names))
    rows = store.select_text(f"""SELECT DISTINCT ?e WHERE {{ VALUES ?label {{ {values} }}
        GRAPH ?g {{ ?e {LABELS} ?label ; a {KINDS[kind]} }} }}""")
    return {row["e"] for row in rows}


def label_of(store: GraphStore, iri: str) -> str:
    """An entity's preferred label (Thai first), or its IRI when the store has none."""
    rows = store.select_text(f"SELECT ?l WHERE {{ GRAPH ?g {{ <{iri}> skos:prefLabel ?l }} }} LIMIT 20")
    labels = sorted((getattr(r["l"], "language", None) != "th", str(r["l"])) for r in rows)
    return labels[0][1] if labels else iri


def resolve(store: GraphStore, name: str, kind: str) -> str:
    """The IRI of the one `kind` ("program" or "organization") entity `name` names: an IRI as itself, else
    any label or authority name. Raises NameNotFound or AmbiguousName (with the candidates)."""
    if kind not in KINDS:
        raise ValueError(f"unknown kind {kind!r}: expected one of {', '.join(KINDS)}")
    name = (name or "").strip()
    if not name:
        raise NameNotFound(f"empty {kind} name")
    if name.startswith(("http://", "https://")):
        return name
    authority = _authority()[kind].get(_key(name), set())
    if len(authority) == 1:  # the authority file is where identity comes from
        return next(iter(authority))
    forms = {name, unicodedata.normalize("NFC", name), " ".join(name.split())}
    if name.isascii():
        forms |= {name.upper(), name.lower(), name.title()}
    found = authority | _store_matches(store, kind, forms)
    if not found:
        raise NameNotFound(f"no {kind} is called {name!r} (any label, abbreviation or English name)")
    if len(found) > 1:
        candidates = sorted((iri, label_of(store, iri)) for iri in found)
        listed = "; ".join(f"{label} <{iri}>" for iri, label in candidates)
        raise AmbiguousName(f"{name!r} names {len(found)} {kind}s: {listed}; give one of their IRIs or a fuller name",
                            candidates)
    return next(iter(found))


def counts_query(about: str, unit: str | None = None, counts: list[str] | None = None) -> str:
    """The SPARQL of the counts about one entity (IRI): answered from the observationAbout index, never a
    scan of the release graphs, so a page can run it under its budget (graph/views/entity.py). `counts`:
    only these counts (IRIs) of it."""
    unit_filter = f"FILTER(STR(?unit) = {_literal(unit.strip())})" if unit else ""
    chosen = f"VALUES ?c {{ {' '.join(f'<{c}>' for c in counts)} }}" if counts else ""
    return f"""
        SELECT DISTINCT ?c ?date ?value ?qualifier ?unit ?about ?span ?release ?r WHERE {{ {chosen} GRAPH ?g {{
          ?c schema:observationAbout <{about}> ; schema:value ?value ; ph:qualifier ?qualifier ;
             schema:unitText ?unit ; ph:mentionedIn ?r .
          OPTIONAL {{ ?c schema:observationDate ?date }}
          OPTIONAL {{ ?c ph:aboutText ?about }}
          OPTIONAL {{ ?c prov:wasDerivedFrom ?span }}
          OPTIONAL {{ ?r dcterms:identifier ?release }} {unit_filter} }} }}"""


def with_quotes(rows: list[dict], select: Callable[[str], list[dict]]) -> list[dict]:
    """Rows of `counts_query`, each with "text": the characters its count was read from, read through
    `select` (a store's select_text, or a page's budgeted select) by one `_quotes_query`."""
    query = _quotes_query(rows)
    texts = {str(r["span"]): str(r["text"]) for r in select(query) if r.get("text") is not None} if query else {}
    return [{**row, "text": texts.get(row.get("span"))} for row in rows]


def _quotes_query(rows: list[dict]) -> str | None:
    """The SPARQL of the characters each count of `rows` (of `counts_query`) was read from, cut from its
    release's text by its span's offsets: the spans come first (VALUES), so it is one text lookup per span.
    (Joined into `counts_query`, Oxigraph read every count's span against every release text.) None if no
    row has a span."""
    values = []
    for row in rows:
        if row.get("span"):
            release, start, end = span_parts(str(row["span"]))
            values.append(f"(<{row['span']}> <{release}> {start} {end - start})")
    if not values:
        return None
    return f"""SELECT ?span ?text WHERE {{ VALUES (?span ?r ?from ?length) {{ {' '.join(dict.fromkeys(values))} }}
        ?r schema:articleBody ?body BIND(SUBSTR(?body, ?from + 1, ?length) AS ?text) }}"""


def _counts(store: GraphStore, about: str, unit: str | None = None) -> list[dict]:
    return with_quotes(store.select_text(counts_query(about, unit)), store.select_text)


def _text(row: dict, name: str) -> str | None:
    return str(row[name]) if row.get(name) is not None else None


def _number(text: str) -> int | float:
    value = float(text)
    return int(value) if value.is_integer() and "." not in text and "e" not in text.lower() else value


def series(store: GraphStore, program: str | None = None, organization: str | None = None,
           unit: str | None = None) -> list[dict]:
    """The counts about one program or organization (a name or IRI), in date order (undated last), each as
    {date, value, qualifier, unit, about, release, text}: `about` is what the count is of in the release's
    own words (its entity is the one asked for), `release` the release's file name, `text` the phrase the
    count was read from (the evidence). `unit` keeps one unit."""
    if (program is None) == (organization is None):
        raise ValueError("give exactly one of program or organization")
    kind, name = ("program", program) if program is not None else ("organization", organization)
    return shape(_counts(store, resolve(store, name, kind), unit))


def shape(rows: list[dict]) -> list[dict]:
    """Rows of `counts_query` as series points, in date order (undated last)."""
    out = [{"date": row.get("date") and str(row["date"]), "value": _number(str(row["value"])),
            "qualifier": _QUALIFIER_NAME.get(str(row["qualifier"]), str(row["qualifier"])),
            "unit": str(row["unit"]), "about": _text(row, "about"), "release": _text(row, "release"),
            "text": _text(row, "text")}
           for row in rows]
    return sorted(out, key=lambda r: (r["date"] is None, r["date"] or "", r["release"] or "", r["value"]))
