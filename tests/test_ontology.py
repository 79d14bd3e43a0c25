"""The ontology and the authority data: they parse, are labelled in Thai and English, and are consistent."""

import json
from collections import Counter

from rdflib import Graph
from rdflib.namespace import OWL, RDF, RDFS

from phakhi.graph.text.normalize import normalize_label
from phakhi.ontology import (HERE, PH, load_event_cues, load_honorifics, load_organizations, load_programs,
                             load_titles, ontology_path)


def test_every_phakhi_term_has_thai_and_english_labels():
    g = Graph().parse(ontology_path())
    terms = set(g.subjects(RDF.type, OWL.Class)) | set(g.subjects(RDF.type, OWL.ObjectProperty)) | set(
        g.subjects(RDF.type, OWL.DatatypeProperty))
    assert len(terms) > 30
    for term in terms:
        langs = {label.language for label in g.objects(term, RDFS.label)}
        assert {"th", "en"} <= langs, term
        assert str(term).startswith(str(PH))


def test_every_phakhi_class_is_aligned_to_a_standard_term():
    g = Graph().parse(ontology_path())
    for cls in g.subjects(RDF.type, OWL.Class):
        parents = list(g.objects(cls, RDFS.subClassOf))
        assert parents and all(not str(p).startswith(str(PH)) for p in parents), cls


def test_organizations_authority_is_consistent():
    rows = load_organizations()
    assert len(rows) >= 150
    owners = {}
    for row in rows:
        for label in [row["th"], row["en"], *row["abbr"], *row["alt"]]:
            if not label:
                continue
            key = normalize_label(label)
            assert owners.setdefault(key, row["id"]) == row["id"], f"{label!r} names {owners[key]} and {row['id']}"
    types = Counter(r["type"] for r in rows)
    assert types["Ministry"] >= 20 and types["InternationalOrganization"] >= 10
    assert all(r.get("source") for r in rows)


def test_programs_scheme_and_titles():
    programs = load_programs()
    assert len(programs) >= 30
    owners = {}
    for p in programs:
        for label in {normalize_label(l) for ls in p["labels"].values() for l in ls}:
            assert owners.setdefault(label, p["id"]) == p["id"], f"{label!r} names {owners[label]} and {p['id']}"
    titles = [t["title"] for t in load_titles()]
    assert len(titles) == len(set(titles)) and {"อธิบดี", "รัฐมนตรีว่าการ", "ผู้อำนวยการใหญ่"} <= set(titles)


def test_programs_read_as_rdflib_reads_the_scheme():
    """load_programs parses programs.ttl with pyoxigraph (faster): the same concepts, labels and order as rdflib's graph."""
    from rdflib.namespace import SKOS

    from phakhi.ontology import PID

    g = Graph().parse(HERE / "authority" / "programs.ttl", format="turtle")
    rows = []
    for concept in sorted(set(g.subjects(SKOS.inScheme, PID["scheme-programs"]))):
        labels, pref = {}, {}
        for predicate in (SKOS.prefLabel, SKOS.altLabel):
            for label in sorted(g.objects(concept, predicate)):
                labels.setdefault(label.language or "und", []).append(str(label))
                if predicate == SKOS.prefLabel:
                    pref[label.language or "und"] = str(label)
        rows.append({"id": str(concept).removeprefix(str(PID)), "iri": str(concept), "labels": labels, "pref": pref})
    assert json.dumps(load_programs(), ensure_ascii=False) == json.dumps(rows, ensure_ascii=False)


def test_language_data_files_parse():
    assert load_event_cues() and load_honorifics()
    for path in (HERE / "th").glob("*.json"):
        json.loads(path.read_text(encoding="utf-8"))


def test_no_two_authority_bodies_share_their_thai_words_in_another_order():
    # h30-evpost: the OECD's Thai name written in its other word order was a second organization key, and an event
    # listed the body twice as its parties; that order is now an alternative label of the one body, and no two bodies of
    # the file hold the same Thai words in another order (spaces, brackets, dashes and dots aside)
    import re

    from phakhi.graph.text.thai import tokenize

    def words(label):
        return tuple(sorted(t for t in tokenize(re.sub(r"[\s()\-–.]", "", label)) if t.strip()))

    owners = {}
    for row in load_organizations():
        for label in [row["th"], *row["alt"]]:
            if label and any("\u0e01" <= c <= "\u0e4e" for c in label):
                assert owners.setdefault(words(label), row["id"]) == row["id"], (label, owners[words(label)])
    oecd = next(r for r in load_organizations() if r["id"] == "oecd")
    assert {"องค์การเพื่อความร่วมมือทางเศรษฐกิจและการพัฒนา", "องค์การเพื่อความร่วมมือและการพัฒนาทางเศรษฐกิจ"} <= {
        oecd["th"], *oecd["alt"]}


def test_the_oecd_named_in_both_word_orders_is_one_body(extract_text):
    # v1 14/ด้านการศึกษาฯ_468 writes the other order; v1 14/ข่าวทำเนียบรัฐบาล_700 the usual one
    result = extract_text("ได้มีโอกาสพบกับผู้แทนจากองค์การเพื่อความร่วมมือและการพัฒนาทางเศรษฐกิจ และนายอังเคล กูเรีย "
                          "เลขาธิการองค์การเพื่อความร่วมมือทางเศรษฐกิจและการพัฒนา")
    bodies = [e for e in result.of_kind("organization") if any(n.startswith("องค์การเพื่อความร่วมมือ") for n in e.names)]
    assert [e.key for e in bodies] == ["org:oecd"] and len(bodies[0].names) == 2, [(e.key, e.names) for e in bodies]
