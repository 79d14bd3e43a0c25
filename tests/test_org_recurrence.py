"""Organization boundaries and labels decided by how the corpora write names (validity_corpus.json): a word glued after
a name the corpora write whole is the sentence's, a name cut before the rest of a name the corpora write is run on,
and a form the release shortens is never the label."""

from __future__ import annotations

from datetime import date

import pytest

from phakhi.graph.extract.names import known_stem
from phakhi.graph.extract.recurrence import releases_of, written_whole
from phakhi.graph.extract.resolve import _shortened


def _orgs(extract_text, text):
    result = extract_text(text, published=date(2019, 3, 1))
    return {e.key: e.names for e in result.of_kind("organization")}


def test_written_whole_needs_many_releases_and_few_longer_names():
    assert written_whole("organization", "คณะกรรมการการเลือกตั้ง")  # 15+ releases, rarely continued
    assert not written_whole("organization", "องค์การบริหารส่วนตำบล")  # continued by a place in most uses
    assert not written_whole("organization", "คณะกรรมการการเลือกตั้งร้องขอ")  # never written
    assert releases_of("organization", "คณะกรรมการการเลือกตั้ง") > 10 * releases_of("organization",
                                                                                  "คณะกรรมการการเลือกตั้งร้องขอ")


def test_a_verb_glued_after_a_name_written_whole_is_cut_whatever_the_tagger_says(extract_text):
    # the POS tagger reads ร้องขอ as a noun; the corpora write คณะกรรมการการเลือกตั้ง whole and never with it
    assert known_stem("คณะกรรมการการเลือกตั้งร้องขอ", len("คณะกรรมการ")) == "คณะกรรมการการเลือกตั้ง"
    orgs = _orgs(extract_text, "ทั้งนี้ คณะกรรมการการเลือกตั้งร้องขอให้หน่วยงานของรัฐสนับสนุนการจัดการเลือกตั้ง")
    assert ["คณะกรรมการการเลือกตั้ง"] in orgs.values()
    assert not any("ร้องขอ" in n for names in orgs.values() for n in names)


def test_a_known_name_followed_by_a_word_of_names_is_not_cut():
    assert known_stem("คณะกรรมการการเลือกตั้งประจำจังหวัด", len("คณะกรรมการ")) == "คณะกรรมการการเลือกตั้งประจำจังหวัด"


def test_a_name_written_whole_is_cut_before_a_verb_or_preposition_names_also_hold():
    # "ตรวจสอบ" and "ใน" are words of names, but no nouns here: the corpora write the stems whole and the runs rarely
    assert known_stem("สำนักงานพระพุทธศาสนาแห่งชาติตรวจสอบ", len("สำนักงาน")) == "สำนักงานพระพุทธศาสนาแห่งชาติ"
    assert known_stem("คณะกรรมการการเลือกตั้งในฐานะผู้เสียหาย", len("คณะกรรมการ")) == "คณะกรรมการการเลือกตั้ง"


@pytest.mark.parametrize("text, name", [
    ("การแต่งตั้งคณะกรรมการบริหารกองทุนพัฒนาดิจิทัล เพื่อเศรษฐกิจและสังคม ตามที่เสนอ",
     "คณะกรรมการบริหารกองทุนพัฒนาดิจิทัล เพื่อเศรษฐกิจและสังคม"),
    ("เจ้าหน้าที่ กรมฝนหลวง และการบินเกษตร ได้ขึ้นบินปฏิบัติการ", "กรมฝนหลวง และการบินเกษตร"),
])
def test_a_name_cut_before_the_rest_of_a_recurrent_name_runs_on(extract_text, text, name):
    orgs = _orgs(extract_text, text)
    assert [name] in orgs.values()
    assert not any(n == name.split(" ")[0] for names in orgs.values() for n in names)


def test_a_name_does_not_run_on_into_the_middle_of_another_body(extract_text):
    orgs = _orgs(extract_text, "เจ้าหน้าที่สำนักงานปลัดกระทรวงแรงงาน ได้ลงพื้นที่")
    assert "สำนักงานปลัดกระทรวง" not in {n for names in orgs.values() for n in names}


def test_a_shortened_form_is_never_the_label(extract_text):
    orgs = _orgs(extract_text, "กรอบการดำเนินงานของคณะกรรมการขับเคลื่อนฯ และการจัดลำดับความสำคัญ ทั้งนี้ "
                               "คณะกรรมการขับเคลื่อนการปฏิรูปประเทศ ได้หารือ")
    (names,) = [names for names in orgs.values() if "คณะกรรมการขับเคลื่อนฯ" in names]
    assert names[0] == "คณะกรรมการขับเคลื่อนการปฏิรูปประเทศ"


def test_the_full_name_is_the_label_even_when_written_after_its_beginning(extract_text):
    # a release titles a centre short and names it in full below: the full name is the label (a list being sorted
    # reads as empty inside its own sort key, so the order once fell back to the order written)
    orgs = _orgs(extract_text, "เยี่ยมชมศูนย์วิจัยและพัฒนาเทคโนโลยีรีไซเคิลต้นแบบ\n"
                               "นายสมชาย ใจดี ได้เยี่ยมชมศูนย์วิจัยและพัฒนาเทคโนโลยีรีไซเคิลต้นแบบและถ่ายทอดองค์ความรู้ ซึ่งเป็น")
    (names,) = [names for names in orgs.values() if "ศูนย์วิจัยและพัฒนาเทคโนโลยีรีไซเคิลต้นแบบ" in names]
    assert names[0] == "ศูนย์วิจัยและพัฒนาเทคโนโลยีรีไซเคิลต้นแบบและถ่ายทอดองค์ความรู้"


def test_shortened_forms():
    names = ["สำนักงานอุตสาหกรรมจังหวัด", "สำนักงานอุตสาหกรรมจังหวัดอุบลราชธานี", "สอจ.อุบลราชธานี"]
    assert _shortened(names[0], names) and not _shortened(names[1], names) and not _shortened(names[2], names)
    assert _shortened("มูลนิธิส่งเสริมศิลปาชีพฯ", ["มูลนิธิส่งเสริมศิลปาชีพฯ"])
    # a longer form that goes on with the sentence does not make the name a shortened one
    assert not _shortened("คณะกรรมการพัฒนาเมือง", ["คณะกรรมการพัฒนาเมือง", "คณะกรรมการพัฒนาเมืองที่ผ่านมา"])


def test_a_plain_word_in_brackets_is_no_abbreviation(extract_text):
    # "(จังหวัด)" says which part of the ministry acts; learned as its abbreviation, every province became the ministry
    orgs = _orgs(extract_text, "6. ให้กระทรวงมหาดไทย (จังหวัด) ร่วมกับกระทรวงสาธารณสุข ดำเนินการ\n"
                               "1. จังหวัดพังงา วันที่ 10 กรกฎาคม 2564 เกิดเหตุอุทกภัย")
    assert not any(n.startswith("จังหวัด") for names in orgs.values() for n in names)


@pytest.mark.parametrize("name, bracketed, word", [
    ("กระทรวงมหาดไทย", "จังหวัด", True), ("สำนักงานทางหลวงชนบทที่ 5", "นครราชสีมา", True),
    ("กระทรวงพาณิชย์", "พณ", False),  # a dictionary word, but the ministry's initial after its prefix
    ("สำนักงานหลักประกันสุขภาพแห่งชาติ", "สปสช.", False),
])
def test_words_and_abbreviations_in_brackets(name, bracketed, word):
    from phakhi.graph.extract.organizations import _word_not_abbreviation

    assert _word_not_abbreviation(name, bracketed) is word


@pytest.mark.parametrize("text, run_on", [
    # a body's whole name glued to a word no recurring name goes on with (names.continuation_words): cut there
    ("สามารถรับบริการได้ที่ ร.พ.ของรัฐ เอกชน หรือคลินิกที่กรมการแพทย์รับรอง (ร.พ.เอกชน/คลินิก อาจกำหนดค่าใช้จ่าย)",
     "กรมการแพทย์รับรอง"),
    ("วันนี้ก็มีศูนย์ดำรงธรรมไง ถ้าช้าก็ไปร้องทุกข์ได้ ไปหาผู้ว่าราชการ", "ศูนย์ดำรงธรรมไง"),
    ("รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-สภาทหารผ่านศึกยัน ไม่ทอดทิ้งทหารผ่านศึก", "สภาทหารผ่านศึกยัน"),
    ("ขอเชิญร่วมงาน ซึ่งมีผู้แทนสำนักพระราชวังมายังพระเมรุมาศ เพื่อตรวจความเรียบร้อย", "สำนักพระราชวังมายังพระเมรุมาศ"),
])
def test_a_whole_name_glued_to_a_word_no_name_goes_on_with_is_cut(extract_text, text, run_on):
    assert run_on not in {n for names in _orgs(extract_text, text).values() for n in names}


def test_the_cut_name_is_the_body_the_release_names_again(extract_text):
    text = "ผู้ป่วยสามารถเข้ารับการรักษาได้ที่คลินิกที่กรมการแพทย์รับรอง ทั้งนี้ กรมการแพทย์ได้จัดทำแนวทาง"
    assert list(_orgs(extract_text, text).values()) == [["กรมการแพทย์"]]


@pytest.mark.parametrize("name, prefix, kept", [
    ("กรมการแพทย์รับรอง", "กรม", "กรมการแพทย์"),
    ("สำนักพระราชวังมายังพระเมรุมาศ", "สำนัก", "สำนักพระราชวัง"),
    ("บมจ.เมืองไทยประกันชีวิตชิงบริษัทยอดเยี่ยมด้านประกันชีวิต", "บมจ.", "บมจ.เมืองไทยประกันชีวิต"),
    # a noun names hold past their first word, a proper name, a parent body, a faculty's or a kind's continuation
    ("ศูนย์ดูแลผู้สูงอายุครบวงจร", "ศูนย์", "ศูนย์ดูแลผู้สูงอายุครบวงจร"),
    ("ศูนย์ธุรกิจอนาคต", "ศูนย์", "ศูนย์ธุรกิจอนาคต"),
    ("สำนักข่าวบลูมเบิร์ก", "สำนัก", "สำนักข่าวบลูมเบิร์ก"),
    ("ศูนย์บรรเทาสาธารณภัยกองทัพภาคที่", "ศูนย์", "ศูนย์บรรเทาสาธารณภัยกองทัพภาคที่"),
    ("คณะนิติศาสตร์ปรีดีพนมยงค์", "คณะ", "คณะนิติศาสตร์ปรีดีพนมยงค์"),
    ("ศูนย์เยาวชนชัยพฤกษ์มาลา", "ศูนย์", "ศูนย์เยาวชนชัยพฤกษ์มาลา"),
    ("องค์การบริหารส่วนตำบลไร่มะขาม", "องค์การ", "องค์การบริหารส่วนตำบลไร่มะขาม"),
    ("ฝ่ายบริหารลูกค้าธุรกิจและภาครัฐ", "ฝ่าย", "ฝ่ายบริหารลูกค้าธุรกิจและภาครัฐ"),
    ("สำนักข่าวอิศรา", "สำนัก", "สำนักข่าวอิศรา"),  # a first name
    ("สำนักงานส่งเสริมการลงทุนเคนยา", "สำนักงาน", "สำนักงานส่งเสริมการลงทุนเคนยา"),  # a country
    ("กระทรวงการเงินสาธารณรัฐประชาธิปไตยประชาชนลาว", "กระทรวง", "กระทรวงการเงินสาธารณรัฐประชาธิปไตยประชาชนลาว"),
])
def test_a_known_stem_is_cut_only_before_a_word_no_name_goes_on_with(name, prefix, kept):
    assert known_stem(name, len(prefix)) == kept


def test_a_bare_body_is_written_bare_as_often_as_continued():
    from phakhi.graph.extract.names import bare_body, continuation_words

    assert bare_body("กรมการแพทย์") and bare_body("ศูนย์ดำรงธรรม")
    assert not bare_body("ศูนย์วิจัย")  # the corpora go on from it into many centres
    assert not bare_body("คณะกรรมการการเลือกตั้ง")  # a committee: named by its purpose
    assert {"แห่ง", "จังหวัด", "และ"} <= continuation_words() and not {"รับรอง", "ไง", "ยัน"} & continuation_words()
