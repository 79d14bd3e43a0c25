"""An extraction -> the N-Triples lines of its release's named graph.

Standard vocabularies first (W3C ORG, schema.org, SKOS, PROV-O, Web Annotation, DCTERMS, OWL-Time, Data
Cube); phakhi terms only where none fits, aligned in ontology/phakhi.ttl. Every entity, post and count
carries prov:wasDerivedFrom a span: the release's IRI with an RFC 5147 fragment giving the code-point
offsets of its characters in the original release text ("<release>#char=start,end", `iris.span_iri`), and the
release keeps that text (schema:articleBody), so the characters are read back from it (`SPAN_BINDS`), shown
in place (the release reader) and a quote's prefix and suffix derived (`context`). The span has no triples
of its own: they were 5 per span and 31% of a store (span model 3, ontology/phakhi.ttl).

Each node is typed with its most specific class only (ph:Count, not also schema:Observation and qb:Observation;
ph:Program, not also skos:Concept) and labelled with skos:prefLabel only (an rdfs:label by SKOS): the
ontology (ontology/phakhi.ttl) states the alignments once, rather than every release graph repeating them.

Terms are written as N-Triples strings directly rather than built as rdflib terms and serialised: a
release yields about 400 triples and this is on the corpus-ingest hot path. The lines are valid N-Triples
(and so valid inside SPARQL INSERT DATA); tests parse them back with Oxigraph.
"""

from __future__ import annotations

import hashlib
import re
from datetime import date
from functools import lru_cache
from decimal import Decimal

from rdflib.namespace import DCTERMS, FOAF, PROV, RDF, SKOS, TIME, XSD

from phakhi.graph.rdf.iris import (SPAN_FRAGMENT, dataset_iri, entity_iri, post_iri, release_id, release_iri,
                                   span_iri)
from phakhi.graph.types import Entity, Extraction
from phakhi.ontology import ORG, PH, PID, QB, SCHEMA, load_publisher_signatures


def _iri(term: str) -> str:
    return f"<{term}>"


def _escape(value: str) -> str:
    """The four characters N-Triples forbids raw in a string, escaped: the backslash first, so the escapes added
    after it stay as written. Four scans in C; str.translate with a table looked up every character of a
    release body, a third of mapping a release."""
    return value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")


def _text(value: str, lang: str | None = None) -> str:
    """A string literal, language-tagged if `lang`; only the four characters N-Triples forbids raw in a
    string are escaped."""
    if '"' in value or "\\" in value or "\n" in value or "\r" in value:  # rare but for a release's body
        value = _escape(value)
    quoted = f'"{value}"'
    return f"{quoted}@{lang}" if lang else quoted


def _typed(value: object, datatype: str) -> str:
    return f'"{value}"^^{datatype}'


def _integer(value: int) -> str:
    return _typed(value, _INTEGER)


def _date(value: date) -> str:
    return _typed(value.isoformat(), _DATE)


def _lang(text: str) -> str:
    return "en" if text.isascii() else "th"


def label_literal(text: str) -> str:
    """A name as N-Triples: tagged @en if ASCII, else @th (the labels and names every graph writes)."""
    return _text(text, _lang(text))


_label = label_literal


_INTEGER, _DECIMAL, _DATE, _ANYURI, _BOOLEAN = (_iri(t) for t in (XSD.integer, XSD.decimal, XSD.date, XSD.anyURI,
                                                                   XSD.boolean))
A = _iri(RDF.type)
ORG_CLASS = {t: PH[t] for t in ("Ministry", "Department", "StateEnterprise", "GovernmentAgency", "Committee",
                                "Government", "InternationalOrganization", "ForeignGovernmentBody",
                                "BusinessAssociation", "Company", "AcademicInstitution")}
ORG_CLASS["Other"] = PH.OtherOrganization
EVENT_CLASS = {t: PH[t] for t in ("Conference", "Meeting", "Seminar", "Signing", "Statement", "Exhibition",
                                  "Launch", "Visit", "Award")}
EVENT_CLASS["Other"] = PH.OtherEvent
QUALIFIER = {"exact": PH.Exact, "more-than": PH.MoreThan, "about": PH.About, "at-least": PH.AtLeast,
             "at-most": PH.AtMost, "target": PH.Target}
_ORG_CLASS, _EVENT_CLASS, _QUALIFIER = ({k: _iri(v) for k, v in d.items()} for d in (ORG_CLASS, EVENT_CLASS, QUALIFIER))
PROGRAM_SCHEME = _iri(PID["scheme-programs"])
class _T:
    """Every predicate and class the mapper writes, as an N-Triples term, computed once."""

    mentionedIn, wasDerivedFrom = _iri(PH.mentionedIn), _iri(PROV.wasDerivedFrom)
    NewsArticle = _iri(SCHEMA.NewsArticle)
    identifier, sha256, characters = _iri(DCTERMS.identifier), _iri(PH.sha256), _iri(PH.characters)
    articleBody = _iri(SCHEMA.articleBody)
    title, issued, source, publisher = _iri(DCTERMS.title), _iri(DCTERMS.issued), _iri(DCTERMS.source), _iri(
        DCTERMS.publisher)
    prefLabel, altLabel, hiddenLabel = _iri(SKOS.prefLabel), _iri(SKOS.altLabel), _iri(SKOS.hiddenLabel)
    description = _iri(SCHEMA.description)
    Organization, subOrganizationOf = _iri(ORG.Organization), _iri(ORG.subOrganizationOf)
    Program, inScheme = _iri(PH.Program), _iri(SKOS.inScheme)
    Event, startDate, party = _iri(SCHEMA.Event), _iri(SCHEMA.startDate), _iri(PH.party)
    Person, name, honorificPrefix = _iri(SCHEMA.Person), _iri(FOAF.name), _iri(SCHEMA.honorificPrefix)
    Post, postTitle, postIn, holds, jobTitle = (_iri(ORG.Post), _iri(PH.title), _iri(ORG.postIn), _iri(ORG.holds),
                                                _iri(SCHEMA.jobTitle))
    Membership, member, post, organization, acting = (_iri(ORG.Membership), _iri(ORG.member), _iri(PH.post),
                                                      _iri(ORG.organization), _iri(PH.acting))
    former, writtenTitle = _iri(PH.former), _iri(PH.writtenTitle)
    memberDuring, inside, inXSDDate = _iri(ORG.memberDuring), _iri(TIME.inside), _iri(TIME.inXSDDate)
    before = _iri(TIME.before)
    Count = _iri(PH.Count)
    value, qualifier, unitText, aboutText = (_iri(SCHEMA.value), _iri(PH.qualifier), _iri(SCHEMA.unitText),
                                             _iri(PH.aboutText))
    observationAbout, observationDate, dataSet = (_iri(SCHEMA.observationAbout), _iri(SCHEMA.observationDate),
                                                  _iri(QB.dataSet))


class _Mapper:
    def __init__(self, extraction: Extraction):
        self.x = extraction
        self.release = extraction.release
        self.release_iri = release_iri(self.release.name)
        self.r = _iri(self.release_iri)
        self.rid = release_id(self.release.name)
        self.published = _date(self.release.published) if self.release.published else None
        self.lines: list[str] = []
        self.written: set[str] = set()  # post nodes already described in this graph

    def add(self, s: str, p: str, o: str) -> None:
        self.lines.append(f"{s} {p} {o} .")

    def span(self, start: int, end: int) -> str:
        """The span's IRI (`span_iri`: "<release>#char=start,end"). It names the release and the characters by
        itself, so it is written only as the object of the facts it is evidence for; the characters are read
        back from schema:articleBody (`SPAN_BINDS`)."""
        return f"<{span_iri(self.release_iri, start, end)}>"

    def iri(self, key: str) -> str | None:
        entity = self.x.entities.get(key)
        return _iri(entity_iri(key, entity.kind)) if entity else None

    def run(self) -> list[str]:
        self.map_release()
        for entity in self.x.entities.values():
            node = _iri(entity_iri(entity.key, entity.kind))
            getattr(self, f"map_{entity.kind}")(node, entity)
            self.add(node, _T.mentionedIn, self.r)
            for start, end in entity.spans:
                self.add(node, _T.wasDerivedFrom, self.span(start, end))
        for index, count in enumerate(self.x.counts):
            self.map_count(index, count)
        self.map_publisher()
        return self.lines

    def map_publisher(self) -> None:
        """An organization named only inside a signature line (ontology/th/publishers.json) signs the
        release: it is the release's dcterms:publisher. It stays an entity of the release graph (as the text
        names it), and the knowledge layer counts it as publisher, not as an actor the release mentions."""
        lines = [(m.start(), m.end()) for m in _signatures().finditer(self.release.text)]
        if not lines:
            return
        for entity in self.x.entities.values():
            if entity.kind == "organization" and entity.spans and all(
                    any(start <= s and e <= end for start, end in lines) for s, e in entity.spans):
                self.add(self.r, _T.publisher, _iri(entity_iri(entity.key, entity.kind)))

    def map_release(self) -> None:
        rel, r = self.release, self.r
        self.add(r, A, _T.NewsArticle)
        self.add(r, _T.identifier, _text(rel.name))
        self.add(r, _T.sha256, _text(hashlib.sha256(rel.text.encode("utf-8")).hexdigest()))
        self.add(r, _T.characters, _integer(len(rel.text)))
        if rel.title:
            self.add(r, _T.title, _text(rel.title, "th"))
        if self.published:
            self.add(r, _T.issued, self.published)
        if rel.source_url:
            self.add(r, _T.source, _typed(_escape(rel.source_url), _ANYURI))
        if rel.publisher:
            self.add(r, _T.publisher, _text(rel.publisher, "th"))
        # the text itself, once, so a reader can show every span in place (offsets are code points into it)
        self.add(r, _T.articleBody, _text(rel.text, "th"))

    def labels(self, node: str, entity: Entity) -> None:
        pref: dict[str, str] = {}
        for lang in ("th", "en"):
            known = entity.labels.get(lang) or []
            if known:
                pref[lang] = known[0]
        for name in entity.names:
            pref.setdefault(_lang(name), name)
        for lang, text in pref.items():  # skos:prefLabel is an rdfs:label (SKOS): not written twice
            self.add(node, _T.prefLabel, _text(text, lang))
        others = [label for labels in entity.labels.values() for label in labels] + entity.names
        for text in dict.fromkeys(others):
            if pref.get(_lang(text)) != text:
                self.add(node, _T.altLabel, _label(text))

    def described(self, node: str, entity: Entity) -> None:
        """An event the text names only by its type word ("การประชุม"): it is shown by a description (its
        skos:prefLabel, also given as schema:description, which marks the label as one that
        describes), and the type words the text calls it by stay findable as skos:hiddenLabel, never shown
        as its name."""
        literal = _text(entity.description, "th")
        self.add(node, _T.prefLabel, literal)
        self.add(node, _T.description, literal)
        for text in entity.names:
            self.add(node, _T.hiddenLabel, _label(text))

    def map_organization(self, node: str, entity: Entity) -> None:
        self.add(node, A, _ORG_CLASS.get(entity.type or "Other", _ORG_CLASS["Other"]))
        self.add(node, A, _T.Organization)
        self.labels(node, entity)
        if entity.parent:
            self.add(node, _T.subOrganizationOf, _iri(entity_iri(entity.parent, "organization")))

    def map_program(self, node: str, entity: Entity) -> None:
        self.add(node, A, _T.Program)
        self.add(node, _T.inScheme, PROGRAM_SCHEME)
        self.labels(node, entity)

    def map_event(self, node: str, entity: Entity) -> None:
        self.add(node, A, _EVENT_CLASS.get(entity.type or "Other", _EVENT_CLASS["Other"]))
        self.add(node, A, _T.Event)
        if entity.description:
            self.described(node, entity)
        else:
            self.labels(node, entity)
        if entity.date:
            self.add(node, _T.startDate, _date(entity.date))
        for party in entity.parties:
            target = self.iri(party)
            if target is not None:
                self.add(node, _T.party, target)

    def map_person(self, node: str, entity: Entity) -> None:
        self.add(node, A, _T.Person)
        self.labels(node, entity)
        for name in entity.names[:1]:
            self.add(node, _T.name, _label(name))
        if entity.honorific:
            self.add(node, _T.honorificPrefix, _label(entity.honorific))
        for index, post in enumerate(entity.posts):
            org_entity = self.x.entities.get(post.organization) if post.organization else None
            org = entity_iri(post.organization, org_entity.kind) if org_entity else None
            keyed = post.office or post.title  # Thailand's office written in English: keyed by its Thai title
            post_node = _iri(post_iri(post.seat[0], None, post.seat[1]) if post.seat else post_iri(keyed, org))
            org_name = (org_entity.labels.get("th") or org_entity.names)[0] if org_entity else ""
            # another country's office is titled with the country's one name: every release writes the same
            title = "".join(post.seat) if post.seat else keyed
            if post_node not in self.written:  # a post two persons hold is described once
                self.written.add(post_node)
                self.add(post_node, A, _T.Post)
                self.add(post_node, _T.postTitle, _label(title))
                if org is not None:
                    self.add(post_node, _T.postIn, _iri(org))
                self.add(post_node, _T.prefLabel, _label(f"{title}{org_name}"))
            self.add(node, _T.holds, post_node)
            self.add(node, _T.jobTitle, _label(f"{post.title}{org_name}"))
            membership = f"{PID}membership/{self.rid}/{slug_key(entity.key)}/{index}"
            m = _iri(membership)
            self.add(m, A, _T.Membership)
            self.add(m, _T.member, node)
            self.add(m, _T.post, post_node)
            if org is not None:
                self.add(m, _T.organization, _iri(org))
            if post.acting:
                self.add(m, _T.acting, _typed("true", _BOOLEAN))
            if post.former:
                self.add(m, _T.former, _typed("true", _BOOLEAN))
            if post.seat or post.office:  # "นายกรัฐมนตรีแห่งสาธารณรัฐสังคมนิยมเวียดนาม", "Prime Minister": the post is
                self.add(m, _T.writtenTitle, _label(post.title))  # titled as the Thai releases title it; the fact
                # keeps the release's words
            if self.published:
                # held on the release's date; a former post ("อดีต…") ended before it
                interval, instant = f"<{membership}/during>", f"<{membership}/known>"
                self.add(m, _T.memberDuring, interval)  # a time:Interval, and the instant a time:Instant,
                self.add(interval, _T.before if post.former else _T.inside, instant)  # by the ranges of
                self.add(instant, _T.inXSDDate, self.published)  # org:memberDuring and time:inside
            if post.span:
                self.add(m, _T.wasDerivedFrom, self.span(*post.span))

    def map_count(self, index: int, count) -> None:
        node = f"<{PID}count/{self.rid}/{index}>"
        self.add(node, A, _T.Count)
        if isinstance(count.value, int):
            self.add(node, _T.value, _integer(count.value))
        else:
            self.add(node, _T.value, _typed(format(Decimal(str(count.value)), "f"), _DECIMAL))
        self.add(node, _T.qualifier, _QUALIFIER[count.qualifier])
        self.add(node, _T.unitText, _label(count.unit))
        if count.about:
            self.add(node, _T.aboutText, _label(count.about))
        if count.about_key:
            target = self.iri(count.about_key)
            if target is not None:
                self.add(node, _T.observationAbout, target)
                self.add(node, _T.dataSet, _iri(dataset_iri(target[1:-1], count.unit)))
        if self.published:
            self.add(node, _T.observationDate, self.published)
        self.add(node, _T.mentionedIn, self.r)
        self.add(node, _T.wasDerivedFrom, self.span(*count.span))


CONTEXT = 80

# SPARQL that binds ?start and ?end (integers) and ?exact (the characters) of a span ?span whose release's text
# is ?body (its schema:articleBody): the offsets are read from the span's IRI ("<release>#char=start,end").
SPAN_OFFSETS = f"""BIND(STRAFTER(STR(?span), "{SPAN_FRAGMENT}") AS ?chars)
  BIND(<{XSD.integer}>(STRBEFORE(?chars, ",")) AS ?start) BIND(<{XSD.integer}>(STRAFTER(?chars, ",")) AS ?end)"""
SPAN_BINDS = f"""{SPAN_OFFSETS} BIND(SUBSTR(?body, ?start + 1, ?end - ?start) AS ?exact)"""
# the release a span ?span is in, as ?release
SPAN_RELEASE = f"""BIND(IRI(STRBEFORE(STR(?span), "{SPAN_FRAGMENT}")) AS ?release)"""

# SPARQL that binds ?before and ?after, the CONTEXT characters each side of a span, from the release text,
# given ?body (its schema:articleBody), ?start and ?end; `context` cuts them at the span's line. SUBSTR counts
# code points from 1, as the offsets count them from 0.
CONTEXT_BINDS = f"""BIND(IF(?start > {CONTEXT}, ?start - {CONTEXT}, 0) AS ?low)
  BIND(SUBSTR(?body, ?low + 1, ?start - ?low) AS ?before) BIND(SUBSTR(?body, ?end + 1, {CONTEXT}) AS ?after)"""


@lru_cache(maxsize=1)
def _signatures() -> re.Pattern[str]:
    """One pattern for every publisher signature: a whole line, surrounding spaces allowed."""
    return re.compile("|".join(f"(?:^[ \\t]*(?:{s})[ \\t]*$)" for s in load_publisher_signatures()), re.MULTILINE)


def context(text: str, start: int, end: int) -> tuple[str, str]:
    """The words around a span, within its line, up to CONTEXT characters each side (the prefix and suffix
    of its Web Annotation quote), so a reader sees the sentence a fact came from without the whole release.
    Derived from the stored release text rather than stored with every span."""
    return cut_context(text[max(0, start - CONTEXT):start], text[end:end + CONTEXT])


def cut_context(before: str, after: str) -> tuple[str, str]:
    """The CONTEXT characters before and after a span (`CONTEXT_BINDS`), cut at the span's line."""
    return before[before.rfind("\n") + 1:], after.split("\n", 1)[0]


def slug_key(key: str) -> str:
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:10]


def to_ntriples(extraction: Extraction) -> list[str]:
    """The release's graph as N-Triples lines (one triple each, no graph name)."""
    return _Mapper(extraction).run()
