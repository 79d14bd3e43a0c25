"""IRIs for entities, posts, releases and spans. Identity across releases comes from here: the same
authority id or the same normalised name always gives the same IRI."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache

from rdflib import URIRef

from phakhi.graph.text.editions import without_yearly_edition
from phakhi.graph.text.normalize import normalize_label
from phakhi.ontology import PID

_SAFE = set("-_.~")


@lru_cache(maxsize=65536)  # the same names recur in release after release
def slug(text: str) -> str:
    """A readable IRI segment: letters, marks and digits of any script are kept, spaces become "_",
    everything else is percent-encoded."""
    out = []
    for ch in normalize_label(text):
        if ch == " ":
            out.append("_")
        elif (ch.isascii() and (ch.isalnum() or ch in _SAFE)) or (
            not ch.isascii() and unicodedata.category(ch)[0] in "LMN"
        ):
            out.append(ch)
        else:
            out.extend(f"%{b:02X}" for b in ch.encode("utf-8"))
    return "".join(out) or "_"


def release_id(name: str) -> str:
    return hashlib.sha1(name.encode("utf-8")).hexdigest()[:16]


def release_iri(name: str) -> URIRef:
    return PID[f"release/{release_id(name)}"]


def graph_iri(name: str) -> URIRef:
    return PID[f"graph/{release_id(name)}"]


@lru_cache(maxsize=65536)  # a pure function of the key: every fact about an entity names it, in release after release
def entity_iri(key: str, kind: str) -> URIRef:
    prefix, _, rest = key.partition(":")
    if kind == "organization":
        if prefix == "org":
            return PID[f"org/{rest}"]
        return unit_iri(rest) if UNIT_SCOPE in rest else PID[f"org/{slug(rest)}"]
    if kind == "program":
        # one IRI for every yearly edition of a programme found by pattern ("โครงการ X ประจำปี 2566" / "… ปี 2567")
        if prefix == "program":
            return PID[rest]
        return PID[f"program/{slug(program_spelling(without_yearly_edition(rest)))}"]
    if kind == "person":
        return PID[f"person/{slug(rest)}"]
    if kind == "event":
        return event_iri(rest)
    raise ValueError(f"no IRI scheme for kind {kind!r}")


_DASHES = re.compile(r"\s*[-\u2010-\u2015\u2212]\s*")  # a hyphen, the dashes and the minus sign, with the spaces about them
_QUOTES = re.compile(r"[\"'\u2018\u2019\u201c\u201d\u00ab\u00bb]")


@lru_cache(maxsize=65536)
def program_spelling(name: str) -> str:
    """A programme's name as its IRI spells it: one IRI however a release spaces, hyphenates, quotes or capitalises it
    ("COVID - 19" / "COVID-19", "โครงการบ้านนี้มีรัก ปลูกผักกินเอง" / "…มีรักปลูกผักกินเอง", "S-Curve" / "S Curve" /
    "S-curve", "นโยบาย “MIND”" / "นโยบาย MIND"), as program_words.canon compares two names of one release (unify_keys
    joins them there). Latin is lower-cased; a dash between two digits stays one ("2560 - 2564", "ระยะที่ 1-2": not
    "ระยะที่ 12"), any other is a space; a space stays only between two Latin letters ("smart_farmer") or two digits,
    where it parts words or numbers; beside a Thai letter it is left out (Thai writes none inside a name: "ฉบับที่ 12" /
    "ฉบับที่12", "ไทยนิยม ยั่งยืน" / "ไทยนิยมยั่งยืน"), and between a word and a number ("Thailand 4.0" / "Thailand4.0")."""
    text = _DASHES.sub(lambda m: "-" if _between(m, str.isdigit) else " ", _QUOTES.sub("", normalize_label(name).lower()))
    words = text.split()
    out = words[:1]
    for word in words[1:]:
        a, b = out[-1][-1], word[0]
        if a.isascii() and b.isascii() and ((a.isalpha() and b.isalpha()) or (a.isdigit() and b.isdigit())):
            out.append(" ")
        out.append(word)
    return "".join(out) or name


def _between(m: re.Match, test) -> bool:
    text, start, end = m.string, m.start(), m.end()
    return 0 < start and end < len(text) and test(text[start - 1]) and test(text[end])


UNIT_SCOPE = "@@"  # an organization key "name:<unit>@@org:<id>" (or "@@release:<name>") is a unit of that body only
RELEASE_SCOPE = "release:"


def unit_iri(rest: str) -> URIRef:
    """A unit of many bodies written bare, scoped (resolve.scoped_units): "<unit>@@org:<id>" -> pid:org/<id>/unit/<unit>
    (the unit of the body the release is from: one IRI for its releases, none shared with another body's unit of the
    name), "<unit>@@release:<name>" -> pid:org/unit/<release id>_<unit> (a release whose body is not known: its own)."""
    unit, _, scope = rest.partition(UNIT_SCOPE)
    if scope.startswith(RELEASE_SCOPE):
        return PID[f"org/unit/{release_id(scope[len(RELEASE_SCOPE):])}_{slug(unit)}"]
    return PID[f"org/{scope.partition(':')[2]}/unit/{slug(unit)}"]


EVENT_SCOPE = "@@"  # an event key ending in "@@<release name>" is an event of that release only
EVENT_SLUG = 80  # longer event slugs keep their start and a hash of the whole


def event_iri(rest: str) -> URIRef:
    """An event key without its "event:" prefix -> IRI. "Type:date:name" (a named, dated event: one IRI for
    every release that tells it) or "Type:date:n@@release" (an unnamed or undated event, scoped to its
    release: two releases' bare "การประชุม" on one day are not one meeting)."""
    local, scope, release = rest.partition(EVENT_SCOPE)  # the local part has no "@": the first "@@" is it
    local = local.replace(":", " ")
    text = slug(local)
    if len(text) > EVENT_SLUG:  # cut before escaping, so no percent-escape is cut in two
        text = slug(local[:EVENT_SLUG - 20]) + "-" + hashlib.sha1(local.encode("utf-8")).hexdigest()[:10]
    return PID[f"event/{release_id(release)}_{text}"] if scope else PID[f"event/{text}"]


def post_iri(title: str, org_iri: URIRef | None, country: str | None = None) -> URIRef:
    """A post: <organization>/post/<title>; a title alone, pid:post/<title>; another country's office named by a
    title and the country (types.Post.seat), pid:post/<title>/<country's one name>: one post however the country is
    written, and tenures.py can tell the country's seat by its title (a slug has no "/"); a post keyed by the body
    words glued to its title (types.Post.seat too), pid:post/<title>/<words>."""
    if country is not None:
        return PID[f"post/{slug(title)}/{slug(country)}"]
    if org_iri is None:
        return PID[f"post/{slug(title)}"]
    return URIRef(f"{org_iri}/post/{slug(title)}")


SPAN_FRAGMENT = "#char="


def span_iri(release: str, start: int, end: int) -> str:
    """The characters start..end (code-point offsets into the release text, end exclusive) of the release
    whose IRI is given: that IRI with an RFC 5147 fragment, "<release>#char=start,end" (Web Annotation's way
    to name a segment of a text by IRI). The IRI itself says which release and which characters, so a span
    needs no triples of its own: a fact's prov:wasDerivedFrom link is all its provenance costs. `span_parts`
    reads it back."""
    return f"{release}{SPAN_FRAGMENT}{start},{end}"


def span_parts(iri: str) -> tuple[str, int, int]:
    """A span IRI -> (release IRI, start, end); ValueError for anything else."""
    release, _, chars = str(iri).partition(SPAN_FRAGMENT)
    start, _, end = chars.partition(",")
    if not (release and start.isdigit() and end.isdigit()):
        raise ValueError(f"not a span IRI (<release>#char=start,end): {iri}")
    return release, int(start), int(end)


def dataset_iri(about: str, unit: str) -> str:
    """The W3C Data Cube data set of the counts about one entity in one unit: pid:series/<entity path>/<unit>.
    A release graph puts each count it links to an entity in this set (qb:dataSet); the knowledge graph
    describes each set once."""
    local = about.removeprefix(str(PID)) if about.startswith(str(PID)) else slug(about)
    return str(PID[f"series/{local}/{slug(unit)}"])
