"""An extraction -> the triples of its release's named graph.

Standard vocabularies first (W3C ORG, schema.org, SKOS, PROV-O, Web Annotation, DCTERMS, OWL-Time, Data
Cube); phakhi terms only where none fits, aligned in ontology/phakhi.ttl. Every entity, post and count
carries prov:wasDerivedFrom a span: an oa:SpecificResource whose selectors give the code-point offsets and
the exact characters in the original release text.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator

from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, FOAF, PROV, RDF, RDFS, SKOS, TIME, XSD

from phakhi.graph.iris import entity_iri, graph_iri, post_iri, release_id, release_iri, span_iri
from phakhi.graph.types import Entity, Extraction
from phakhi.ontology import OA, ORG, PH, PID, QB, SCHEMA

Triple = tuple[URIRef, URIRef, URIRef | Literal]

ORG_CLASS = {t: PH[t] for t in ("Ministry", "Department", "StateEnterprise", "GovernmentAgency", "Committee",
                                "Government", "InternationalOrganization", "ForeignGovernmentBody",
                                "BusinessAssociation", "Company", "AcademicInstitution")}
ORG_CLASS["Other"] = PH.OtherOrganization
EVENT_CLASS = {t: PH[t] for t in ("Conference", "Meeting", "Seminar", "Signing", "Statement", "Exhibition",
                                  "Launch", "Visit", "Award")}
EVENT_CLASS["Other"] = PH.OtherEvent
QUALIFIER = {"exact": PH.Exact, "more-than": PH.MoreThan, "about": PH.About, "at-least": PH.AtLeast,
             "at-most": PH.AtMost, "target": PH.Target}
PROGRAM_SCHEME = PID["scheme-programs"]


def _lang(text: str) -> str:
    return "en" if text.isascii() else "th"


def _label(text: str) -> Literal:
    return Literal(text, lang=_lang(text))


class _Mapper:
    def __init__(self, extraction: Extraction):
        self.x = extraction
        self.release = extraction.release
        self.r = release_iri(self.release.name)
        self.triples: list[Triple] = []

    def add(self, s, p, o) -> None:
        self.triples.append((s, p, o))

    def span(self, start: int, end: int) -> URIRef:
        node = span_iri(self.release.name, start, end)
        position, quote = URIRef(f"{node}/position"), URIRef(f"{node}/quote")
        self.add(node, RDF.type, OA.SpecificResource)
        self.add(node, OA.hasSource, self.r)
        self.add(node, OA.hasSelector, position)
        self.add(node, OA.hasSelector, quote)
        self.add(position, RDF.type, OA.TextPositionSelector)
        self.add(position, OA.start, Literal(start))
        self.add(position, OA.end, Literal(end))
        self.add(quote, RDF.type, OA.TextQuoteSelector)
        self.add(quote, OA.exact, Literal(self.release.text[start:end]))
        prefix, suffix = _context(self.release.text, start, end)
        self.add(quote, OA.prefix, Literal(prefix))
        self.add(quote, OA.suffix, Literal(suffix))
        return node

    def iri(self, key: str) -> URIRef | None:
        entity = self.x.entities.get(key)
        return entity_iri(key, entity.kind) if entity else None

    def run(self) -> list[Triple]:
        self.map_release()
        for entity in self.x.entities.values():
            node = entity_iri(entity.key, entity.kind)
            getattr(self, f"map_{entity.kind}")(node, entity)
            self.add(node, PH.mentionedIn, self.r)
            for start, end in entity.spans:
                self.add(node, PROV.wasDerivedFrom, self.span(start, end))
        for index, count in enumerate(self.x.counts):
            self.map_count(index, count)
        return self.triples

    def map_release(self) -> None:
        rel, r = self.release, self.r
        self.add(r, RDF.type, SCHEMA.NewsArticle)
        self.add(r, RDF.type, PROV.Entity)
        self.add(r, DCTERMS.identifier, Literal(rel.name))
        self.add(r, PH.sha256, Literal(hashlib.sha256(rel.text.encode("utf-8")).hexdigest()))
        self.add(r, PH.characters, Literal(len(rel.text)))
        if rel.title:
            self.add(r, DCTERMS.title, Literal(rel.title, lang="th"))
        if rel.published:
            self.add(r, DCTERMS.issued, Literal(rel.published.isoformat(), datatype=XSD.date))
        if rel.source_url:
            self.add(r, DCTERMS.source, Literal(rel.source_url, datatype=XSD.anyURI))
        if rel.publisher:
            self.add(r, DCTERMS.publisher, Literal(rel.publisher, lang="th"))

    def labels(self, node: URIRef, entity: Entity) -> None:
        pref: dict[str, str] = {}
        for lang in ("th", "en"):
            known = entity.labels.get(lang) or []
            if known:
                pref[lang] = known[0]
        for name in entity.names:
            pref.setdefault(_lang(name), name)
        for lang, text in pref.items():
            self.add(node, SKOS.prefLabel, Literal(text, lang=lang))
            self.add(node, RDFS.label, Literal(text, lang=lang))
        others = [label for labels in entity.labels.values() for label in labels] + entity.names
        for text in dict.fromkeys(others):
            if pref.get(_lang(text)) != text:
                self.add(node, SKOS.altLabel, _label(text))

    def map_organization(self, node: URIRef, entity: Entity) -> None:
        self.add(node, RDF.type, ORG_CLASS.get(entity.type or "Other", PH.OtherOrganization))
        self.add(node, RDF.type, ORG.Organization)
        self.labels(node, entity)
        if entity.parent:
            self.add(node, ORG.subOrganizationOf, entity_iri(entity.parent, "organization"))

    def map_program(self, node: URIRef, entity: Entity) -> None:
        self.add(node, RDF.type, PH.Program)
        self.add(node, RDF.type, SKOS.Concept)
        self.add(node, SKOS.inScheme, PROGRAM_SCHEME)
        self.labels(node, entity)

    def map_event(self, node: URIRef, entity: Entity) -> None:
        self.add(node, RDF.type, EVENT_CLASS.get(entity.type or "Other", PH.OtherEvent))
        self.add(node, RDF.type, SCHEMA.Event)
        self.labels(node, entity)
        if entity.date:
            self.add(node, SCHEMA.startDate, Literal(entity.date.isoformat(), datatype=XSD.date))
        for party in entity.parties:
            target = self.iri(party)
            if target is not None:
                self.add(node, PH.party, target)

    def map_person(self, node: URIRef, entity: Entity) -> None:
        self.add(node, RDF.type, SCHEMA.Person)
        self.add(node, RDF.type, FOAF.Person)
        self.labels(node, entity)
        for name in entity.names[:1]:
            self.add(node, FOAF.name, _label(name))
        if entity.honorific:
            self.add(node, SCHEMA.honorificPrefix, _label(entity.honorific))
        for index, post in enumerate(entity.posts):
            org = self.iri(post.organization) if post.organization else None
            post_node = post_iri(post.title, org)
            self.add(post_node, RDF.type, ORG.Post)
            self.add(post_node, PH.title, _label(post.title))
            org_entity = self.x.entities.get(post.organization) if post.organization else None
            if org is not None:
                self.add(post_node, ORG.postIn, org)
            org_name = (org_entity.labels.get("th") or org_entity.names)[0] if org_entity else ""
            self.add(post_node, SKOS.prefLabel, _label(f"{post.title}{org_name}"))
            self.add(node, ORG.holds, post_node)
            self.add(node, SCHEMA.jobTitle, _label(f"{post.title}{org_name}"))
            membership = PID[f"membership/{release_id(self.release.name)}/{slug_key(entity.key)}/{index}"]
            self.add(membership, RDF.type, ORG.Membership)
            self.add(membership, ORG.member, node)
            self.add(membership, PH.post, post_node)
            if org is not None:
                self.add(membership, ORG.organization, org)
            if post.acting:
                self.add(membership, PH.acting, Literal(True))
            if self.release.published:
                interval, instant = URIRef(f"{membership}/during"), URIRef(f"{membership}/known")
                self.add(membership, ORG.memberDuring, interval)
                self.add(interval, RDF.type, TIME.Interval)
                self.add(interval, TIME.inside, instant)
                self.add(instant, RDF.type, TIME.Instant)
                self.add(instant, TIME.inXSDDate, Literal(self.release.published.isoformat(), datatype=XSD.date))
            if post.span:
                self.add(membership, PROV.wasDerivedFrom, self.span(*post.span))

    def map_count(self, index: int, count) -> None:
        node = PID[f"count/{release_id(self.release.name)}/{index}"]
        self.add(node, RDF.type, PH.Count)
        self.add(node, RDF.type, SCHEMA.Observation)
        self.add(node, RDF.type, QB.Observation)
        datatype = XSD.integer if isinstance(count.value, int) else XSD.decimal
        self.add(node, SCHEMA.value, Literal(str(count.value), datatype=datatype))
        self.add(node, PH.qualifier, QUALIFIER[count.qualifier])
        self.add(node, SCHEMA.unitText, _label(count.unit))
        if count.about:
            self.add(node, PH.aboutText, _label(count.about))
        if count.about_key:
            target = self.iri(count.about_key)
            if target is not None:
                self.add(node, SCHEMA.observationAbout, target)
        if self.release.published:
            self.add(node, SCHEMA.observationDate, Literal(self.release.published.isoformat(), datatype=XSD.date))
        self.add(node, PH.mentionedIn, self.r)
        self.add(node, PROV.wasDerivedFrom, self.span(*count.span))


CONTEXT = 80


def _context(text: str, start: int, end: int) -> tuple[str, str]:
    """The words around a span, within its line, up to CONTEXT characters each side (oa:prefix/oa:suffix),
    so a reader sees the sentence a fact came from without the whole release."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    return text[max(line_start, start - CONTEXT):start], text[end:min(line_end, end + CONTEXT)]


def slug_key(key: str) -> str:
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:10]


def to_triples(extraction: Extraction) -> list[Triple]:
    return _Mapper(extraction).run()


def to_quads(extraction: Extraction) -> Iterator[tuple]:
    g = graph_iri(extraction.release.name)
    for s, p, o in to_triples(extraction):
        yield s, p, o, g
