"""The phakhi vocabulary and what is known before any release is read.

Everything in this folder is data (Turtle, JSON, JSON Lines); this module only names the namespaces and
loads the files, once per process, checking their shape so a broken data file is reported by name and line.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

from rdflib import Namespace
from rdflib.namespace import DCTERMS, FOAF, OWL, PROV, RDF, RDFS, SKOS, TIME, XSD

HERE = Path(__file__).resolve().parent

PH = Namespace("https://w3id.org/phakhi/def#")
PID = Namespace("https://w3id.org/phakhi/id/")
ORG = Namespace("http://www.w3.org/ns/org#")
SCHEMA = Namespace("https://schema.org/")
OA = Namespace("http://www.w3.org/ns/oa#")
QB = Namespace("http://purl.org/linked-data/cube#")

PREFIXES = {
    "ph": PH, "pid": PID, "org": ORG, "schema": SCHEMA, "oa": OA, "qb": QB, "prov": PROV, "skos": SKOS,
    "dcterms": DCTERMS, "foaf": FOAF, "rdf": RDF, "rdfs": RDFS, "owl": OWL, "xsd": XSD, "time": TIME,
}
SPARQL_PREFIXES = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())

ORGANIZATION_TYPES = (
    "Ministry", "Department", "StateEnterprise", "GovernmentAgency", "Committee", "Government",
    "InternationalOrganization", "ForeignGovernmentBody", "BusinessAssociation", "Company",
    "AcademicInstitution", "Other",
)
EVENT_TYPES = ("Conference", "Meeting", "Seminar", "Signing", "Statement", "Exhibition", "Launch", "Visit",
               "Award", "Other")
QUALIFIERS = ("exact", "more-than", "about", "at-least", "at-most", "target")


class DataError(ValueError):
    """A data file in ontology/ is malformed; the message names the file and line."""


def _jsonl(path: Path, keys: set[str]) -> list[dict[str, Any]]:
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as error:
            raise DataError(f"{path.name}:{number}: not JSON ({error.msg})") from None
        missing = keys - row.keys()
        if missing:
            raise DataError(f"{path.name}:{number}: missing keys {sorted(missing)}")
        rows.append(row)
    return rows


def _json(path: Path) -> dict[str, Any]:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as error:
        raise DataError(f"{path.name}: not JSON ({error.msg} at line {error.lineno})") from None


@lru_cache(maxsize=None)
def load_mined(name: str) -> dict[str, Any]:
    """A file of ontology/th/ that a script in scripts/ mines or trains from the corpora (`name`: "org_runs.json"), or
    {} while it has not been built: the extractor runs without it and only knows less. Read once per process and
    shared, so read only; a malformed one is reported by name."""
    path = HERE / "th" / name
    return _json(path) if path.exists() else {}


@lru_cache(maxsize=1)
def load_organizations() -> tuple[dict[str, Any], ...]:
    rows = _jsonl(HERE / "authority" / "organizations.jsonl", {"id", "type", "th", "en", "abbr", "alt", "parent"})
    ids = {r["id"] for r in rows}
    for r in rows:
        if r["type"] not in ORGANIZATION_TYPES:
            raise DataError(f"organizations.jsonl: {r['id']}: unknown type {r['type']!r}")
        if r["parent"] is not None and r["parent"] not in ids:
            raise DataError(f"organizations.jsonl: {r['id']}: parent {r['parent']!r} is not an entry")
    return tuple(rows)


@lru_cache(maxsize=1)
def load_persons() -> tuple[dict[str, Any], ...]:
    """Persons written in Thai in some releases and in Latin letters in others (authority/persons.jsonl,
    rebuilt by scripts/mine_person_authority.py): id, the Thai name, the Latin names, each with a source."""
    path = HERE / "authority" / "persons.jsonl"
    rows = _jsonl(path, {"id", "th", "en", "source"})
    seen: set[str] = set()
    for r in rows:
        if r["id"] in seen:
            raise DataError(f"persons.jsonl: {r['id']}: id given twice")
        seen.add(r["id"])
        if not r["en"] or any(not isinstance(e, dict) or not e.get("name") or "source" not in e for e in r["en"]):
            raise DataError(f"persons.jsonl: {r['id']}: each Latin name needs a name and a source")
    return tuple(rows)


@lru_cache(maxsize=1)
def load_programs() -> tuple[dict[str, Any], ...]:
    """Programs from the SKOS scheme: id (the IRI's local part), iri, labels by language, pref labels. The file is
    parsed by pyoxigraph (rdflib's Turtle parser took about 0.1 s of every ingest's start-up) and its labels made
    rdflib literals, so they sort and compare as rdflib's graph would give them."""
    import pyoxigraph as ox
    from rdflib import Literal, URIRef

    scheme, in_scheme = str(PID["scheme-programs"]), str(SKOS.inScheme)
    wanted = {str(SKOS.prefLabel): SKOS.prefLabel, str(SKOS.altLabel): SKOS.altLabel}
    concepts: set[str] = set()
    objects: dict[tuple[str, Any], set[Literal]] = {}
    for quad in ox.parse(path=str(HERE / "authority" / "programs.ttl"), format=ox.RdfFormat.TURTLE):
        subject, predicate, value = quad.subject, quad.predicate.value, quad.object
        if not isinstance(subject, ox.NamedNode):
            continue
        if predicate == in_scheme and isinstance(value, ox.NamedNode) and value.value == scheme:
            concepts.add(subject.value)
        elif predicate in wanted and isinstance(value, ox.Literal):
            if value.language:
                literal = Literal(value.value, lang=value.language)
            elif value.datatype.value == str(XSD.string):
                literal = Literal(value.value)
            else:
                literal = Literal(value.value, datatype=URIRef(value.datatype.value))
            objects.setdefault((subject.value, wanted[predicate]), set()).add(literal)
    rows = []
    for concept in sorted(concepts):
        labels: dict[str, list[str]] = {}
        pref: dict[str, str] = {}
        for predicate in (SKOS.prefLabel, SKOS.altLabel):
            for label in sorted(objects.get((concept, predicate), ())):
                lang = label.language or "und"
                labels.setdefault(lang, []).append(str(label))
                if predicate == SKOS.prefLabel:
                    pref[lang] = str(label)
        rows.append({"id": concept.removeprefix(str(PID)), "iri": concept, "labels": labels, "pref": pref})
    return tuple(rows)


@lru_cache(maxsize=1)
def load_titles() -> tuple[dict[str, Any], ...]:
    return tuple(_jsonl(HERE / "th" / "titles.jsonl", {"title", "en", "role", "org_follows", "kind"}))


@lru_cache(maxsize=1)
def load_honorifics() -> tuple[dict[str, Any], ...]:
    return tuple(_jsonl(HERE / "th" / "honorifics.jsonl", {"form", "kind"}))


@lru_cache(maxsize=1)
def load_event_cues() -> tuple[dict[str, Any], ...]:
    rows = _jsonl(HERE / "th" / "events.jsonl", {"cue", "type"})
    for r in rows:
        if r["type"] not in EVENT_TYPES:
            raise DataError(f"events.jsonl: cue {r['cue']!r}: unknown type {r['type']!r}")
    return tuple(rows)


@lru_cache(maxsize=1)
def load_org_patterns() -> tuple[dict[str, Any], ...]:
    return tuple(_jsonl(HERE / "th" / "org_patterns.jsonl", {"prefix", "type", "end"}))


@lru_cache(maxsize=1)
def latin_legal_words() -> frozenset[str]:
    """The legal forms a Latin company's name ends with ("Limited", "Ltd", "Inc", "Co" ...: org_patterns.jsonl
    `legal_words` of the latin rule), collected once for the organizations' name end and the programmes' quoted
    names."""
    return frozenset(w for p in load_org_patterns() for w in p.get("legal_words", ()))


@lru_cache(maxsize=1)
def load_counts_data() -> dict[str, Any]:
    return _json(HERE / "th" / "counts.json")


@lru_cache(maxsize=1)
def load_program_patterns() -> dict[str, Any]:
    """th/program_patterns.json: the hand-written prefixes and word lists of programme names (read by programme
    extraction, the standards it names and the yearly editions of graph/text/editions.py); shared, so read only."""
    return _json(HERE / "th" / "program_patterns.json")


@lru_cache(maxsize=1)
def load_months() -> dict[str, Any]:
    return _json(HERE / "th" / "months.json")


@lru_cache(maxsize=1)
def load_royal_names() -> tuple[str, ...]:
    """Royal names written in parts separated by spaces (th/royal_names.json, with its sources): one name across
    its spaces."""
    return tuple(name for name, _ in _json(HERE / "th" / "royal_names.json")["names"])


@lru_cache(maxsize=1)
def load_stopwords() -> frozenset[str]:
    return frozenset(_json(HERE / "th" / "stopwords.json")["words"])


@lru_cache(maxsize=1)
def load_english() -> dict[str, Any]:
    """The words the English-language stage reads (th/english.json: programme heads, titles' state words, demonyms,
    words that are no names, ...)."""
    return _json(HERE / "th" / "english.json")


@lru_cache(maxsize=1)
def load_english_counts() -> dict[str, Any]:
    """The words the English count reader reads (th/english_counts.json: counted nouns, currencies, multipliers,
    qualifier cues)."""
    return _json(HERE / "th" / "english_counts.json")


@lru_cache(maxsize=1)
def load_english_bodies() -> dict[str, Any]:
    """The words the English body finder reads (th/english_bodies.json: head words and their types, company legal
    forms, joiners, words that open no name)."""
    return _json(HERE / "th" / "english_bodies.json")


@lru_cache(maxsize=1)
def load_keyboard() -> dict[str, str]:
    """Latin letter key -> the Thai character the same key types (Kedmanee layout, unshifted)."""
    return dict(_json(HERE / "th" / "keyboard.json")["unshifted"])


@lru_cache(maxsize=1)
def load_presentation_forms() -> dict[str, str]:
    """Private-use Thai presentation form (old Windows Thai fonts, U+F700-U+F71A) -> the standard Thai character it
    is a glyph variant of (th/presentation_forms.json, with its source): one character for one."""
    forms = {}
    for number, row in enumerate(_json(HERE / "th" / "presentation_forms.json")["forms"], 1):
        code, char = row[0], row[1]
        if not (code.startswith("U+") and len(char) == 1):
            raise DataError(f"presentation_forms.json: row {number}: not [\"U+XXXX\", one character, note]")
        forms[chr(int(code[2:], 16))] = char
    return forms


@lru_cache(maxsize=1)
def load_not_names() -> tuple[str, ...]:
    return tuple(_json(HERE / "th" / "not_names.json")["words"])


@lru_cache(maxsize=1)
def load_not_organizations() -> dict[str, Any]:
    return _json(HERE / "th" / "not_organizations.json")


@lru_cache(maxsize=1)
def load_org_counted() -> dict[str, Any]:
    return _json(HERE / "th" / "org_counted.json")


@lru_cache(maxsize=1)
def load_places() -> dict[str, Any]:
    return _json(HERE / "th" / "places.json")


@lru_cache(maxsize=1)
def own_country() -> tuple[str, ...]:
    """How the releases name Thailand after a name or a title (places.json foreign.own_country): a country
    written there keeps a body or a post Thai; any other makes it that country's."""
    return tuple(load_places()["foreign"]["own_country"])


@lru_cache(maxsize=1)
def load_publisher_signatures() -> tuple[str, ...]:
    """Regular expressions of the signature lines that name a release's publisher (th/publishers.json)."""
    return tuple(_json(HERE / "th" / "publishers.json")["signatures"])


def ontology_path() -> Path:
    return HERE / "phakhi.ttl"


def shapes_path() -> Path:
    return HERE / "shapes.ttl"
