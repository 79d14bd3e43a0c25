"""IRIs for entities, posts, releases and spans. Identity across releases comes from here: the same
authority id or the same normalised name always gives the same IRI."""

from __future__ import annotations

import hashlib
import unicodedata
from functools import lru_cache

from rdflib import URIRef

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


def entity_iri(key: str, kind: str) -> URIRef:
    prefix, _, rest = key.partition(":")
    if kind == "organization":
        return PID[f"org/{rest}"] if prefix == "org" else PID[f"org/{slug(rest)}"]
    if kind == "program":
        return PID[rest] if prefix == "program" else PID[f"program/{slug(rest)}"]
    if kind == "person":
        return PID[f"person/{slug(rest)}"]
    if kind == "event":
        return PID[f"event/{slug(rest)}"]
    raise ValueError(f"no IRI scheme for kind {kind!r}")


def post_iri(title: str, org_iri: URIRef | None) -> URIRef:
    if org_iri is None:
        return PID[f"post/{slug(title)}"]
    return URIRef(f"{org_iri}/post/{slug(title)}")


def span_iri(name: str, start: int, end: int) -> URIRef:
    return PID[f"span/{release_id(name)}/{start}-{end}"]
