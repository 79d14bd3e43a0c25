"""One IRI per body whatever slip a release makes in its name (graph/extract/org_spelling.py), and never one IRI
for two bodies one word, one number or one acronym apart. Reads the real authority file and mined tables."""

import pytest

from phakhi.graph.extract.org_spelling import _typed_for, usual_organization


def _keys(result):
    return {e.key for e in result.of_kind("organization")}


@pytest.mark.parametrize("written, usual", [
    ("สำนักนายกรัฐมนตรึ", "org:pmo"),  # a look-alike vowel
    ("สภาผู้แทนราษฏร", "org:house"),  # ฏ for ฎ
    ("สภาผู้แทนราษฏร์", "org:house"),
    ("รัฐบาล ไทย", "org:royal-thai-government"),  # a space inside
    ("สำนักนากยรัฐมนตรี", "org:pmo"),  # letters swapped in a dictionary word
    ("สำนักงานเศษฐกิจการคลัง", "org:fpo"),  # a letter dropped
    ("ธนาคารกุรงไทย", "org:ktb"),
    ("กลุ่มประชาสัมพันธฺและเผยแพร่", "กลุ่มประชาสัมพันธ์และเผยแพร่"),  # a name by pattern the samples write often
    ("กลุ่มประชาสัมพันธ์และเปยแพร่", "กลุ่มประชาสัมพันธ์และเผยแพร่"),
])
def test_a_slip_in_a_known_or_frequent_name_is_that_name(written, usual):
    assert usual_organization(written) == usual


@pytest.mark.parametrize("written, usual", [
    ("กรมควบคุมโรง", "org:ddc"),  # "โรง" is a word, but no body is written so and DDC is an authority entry
    ("ธนาคารอมสิน", "org:gsb"),
    ("กรมชลประทาร", "org:rid"),
    ("กรมการจัดงาน", "org:doe-labour"),  # two letters off a 14-letter authority name
    ("กรมทางปกครอง", "org:dopa"),
    ("กลุ่มประชาสัมพันธ์แบะเผยแพร่", "กลุ่มประชาสัมพันธ์และเผยแพร่"),  # a name by pattern the samples write often
])
def test_a_slip_spelling_words_of_its_own_is_a_dominant_body_typed_wrong(written, usual):
    assert usual_organization(written) == usual


@pytest.mark.parametrize("written", [
    "กองความร่วมมือระหว่างประเทศ",  # a division of many ministries, not the กรม (TICA): another kind of body
    "กองส่งเสริมการเกษตร",
    "ธนาคารหลัก",  # two letters from ธนาคารโลก but a short name: "main bank"
    "สำนักงานหลัก",  # ... and from สำนักงานปลัด, a name by pattern: one slip at most
])
def test_a_dominant_body_is_not_read_into_another_kind_of_body_or_a_short_word(written):
    assert usual_organization(written) is None


def test_a_slip_that_changes_a_province_or_a_brand_is_no_typing_slip():
    assert not _typed_for("สำนักงานพาณิชย์จังหวัดตราด", "สำนักงานพาณิชย์จังหวัดตาก")
    assert not _typed_for("บริษัททศทคอร์ปอเรชั่นจำกัด(มหาชน)", "บริษัททรูคอร์ปอเรชั่นจำกัด(มหาชน)")
    assert _typed_for("กรมควบคุมโรง", "กรมควบคุมโรค")


@pytest.mark.parametrize("written", [
    "กรมการขนส่งทหารบก",  # the army's transport department, not กรมการขนส่งทางบก: the slip spells "ทหาร"
    "มหาวิทยาลัยราชภัฏเขต",  # a word of its own, not "…ราชภัฏเลย"
    "บริษัท ทศท คอร์ปอเรชั่น จำกัด (มหาชน)",  # TOT, not ทรู คอร์ปอเรชั่น: a short name's own letters
    "บริษัท กทส โทรคมนาคม จำกัด (มหาชน)",
    "สำนักงานจัดหางานกรุงเทพมหานครพื้นที่ 10",  # another number is another office
    "สำนักงานปภ.",  # an abbreviation one letter from "สำนักงานคปภ." is another body's
    "กองควบคุมโรค",  # a division, not กรมควบคุมโรค
])
def test_other_bodies_stay_apart(written):
    assert usual_organization(written) is None


def test_a_misspelt_authority_name_found_by_pattern_gets_the_authority_key(extract_text):
    assert "org:house" in _keys(extract_text("ที่ประชุมสภาผู้แทนราษฏร มีมติเห็นชอบร่างพระราชบัญญัติ"))


@pytest.mark.parametrize("written, usual", [
    ("กลุ่มประสัมพันธ์และเผยแพร่", "กลุ่มประชาสัมพันธ์และเผยแพร่"),  # letters of ประชาสัมพันธ์ left out: ประ + สัมพันธ์
    ("กระทรวงหาดไทย", "org:interior"),
    ("สถาบันบัณฑิตพัฒนาบริหารศาสตร์", "org:nida"),
])
def test_letters_left_out_of_a_word_are_a_slip_even_of_a_name_the_corpora_write_often(written, usual):
    """These are in the mined names (organization_names.json): written whole often enough to pass for bodies of their
    own, but letters of one dictionary word are left out, into a piece no dictionary knows."""
    from phakhi.graph.extract.names import known_names
    assert written in known_names()
    assert usual_organization(written) == usual
