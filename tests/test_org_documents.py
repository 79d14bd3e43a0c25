"""Organization names of a document's issuer or party end before the document's subject (graph/extract/org_documents.py,
not_organizations.json document_words, document_parties, document_subjects)."""

from __future__ import annotations


def _names(result) -> set[str]:
    return {n for e in result.of_kind("organization") for n in e.names}


def test_a_party_of_a_protocol_ends_before_what_the_protocol_is_about(extract_candidates):
    # round 19 judged "สำนักงานศุลกากรแห่งสาธารณรัฐประชาชนจีนว่าด้วยหลักเกณฑ์การตรวจสอบ" boundary: GACC is a party of
    # the protocol, "ว่าด้วย…" is the protocol's subject
    names = _names(extract_candidates(
        "ข่าว\nลงนามความตกลงเพื่อแก้ไขพิธีสารระหว่างกระทรวงเกษตรและสหกรณ์แห่งราชอาณาจักรไทยกับ"
        "สำนักงานศุลกากรแห่งสาธารณรัฐประชาชนจีนว่าด้วยหลักเกณฑ์การตรวจสอบ กักกันโรค\n"))
    assert "สำนักงานศุลกากรแห่งสาธารณรัฐประชาชนจีน" in names, names
    assert not any("ว่าด้วย" in n for n in names), names


def test_the_issuer_of_a_regulation_ends_before_its_title_even_where_the_corpora_mined_the_title(extract_candidates):
    # org_runs.json lists "คณะกรรมการกองทุนยุติธรรมว่าด้วยหลักเกณฑ์ วิธีการ" (the regulation's title, written again and
    # again after "ระเบียบ"): the committee issues the regulation, the title is not its name
    names = _names(extract_candidates(
        "ข่าว\nพ.ศ. ๒๕๕๙ รวมทั้งระเบียบคณะกรรมการกองทุนยุติธรรมว่าด้วยหลักเกณฑ์ วิธีการ และเงื่อนไข\n"))
    assert "คณะกรรมการกองทุนยุติธรรม" in names, names
    assert not any("ว่าด้วย" in n for n in names), names


def test_a_body_named_for_what_it_is_concerned_with_keeps_its_subject(extract_candidates):
    # no document before the name: "ว่าด้วย…" is the committee's own; a document before a bare prefix word: the
    # Contract Committee's name is all its subject, never the bare "คณะกรรมการ"
    names = _names(extract_candidates(
        "ข่าว\nเป็นประธานการประชุมคณะกรรมการแห่งชาติว่าด้วยอนุสัญญาคุ้มครองมรดกโลก ครั้งที่ 1\n"
        "สาระสำคัญของประกาศคณะกรรมการว่าด้วยสัญญา เรื่อง ให้ธุรกิจเป็นธุรกิจที่ควบคุมสัญญา\n"))
    assert "คณะกรรมการแห่งชาติว่าด้วยอนุสัญญาคุ้มครองมรดกโลก" in names, names
    assert "คณะกรรมการ" not in names, names


def test_an_issuer_named_for_its_subject_keeps_it_where_the_rest_is_no_whole_name(extract_candidates):
    # "ประกาศคณะกรรมการกลางว่าด้วยราคาสินค้าและบริการ ฉบับที่…": the Central Committee on Prices of Goods and Services
    # issues the notice under its whole name; "คณะกรรมการกลาง" alone is no name the corpora write whole
    names = _names(extract_candidates(
        "ข่าว\nตามประกาศคณะกรรมการกลางว่าด้วยราคาสินค้าและบริการ ฉบับที่ 2 พ.ศ. 2566 กำหนดให้\n"))
    assert "คณะกรรมการกลาง" not in names, names
