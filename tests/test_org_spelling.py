"""One IRI per body whatever slip a release makes in its name (graph/extract/org_spelling.py), and never one IRI
for two bodies one word, one number or one acronym apart. Reads the real authority file and mined tables."""

import pytest

from phakhi.graph.extract.org_spelling import usual_organization


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


@pytest.mark.parametrize("written", [
    "กรมการขนส่งทหารบก",  # the army's transport department, not กรมการขนส่งทางบก: the slip spells "ทหาร"
    "มหาวิทยาลัยราชภัฏเขต",  # a word of its own, not "…ราชภัฏเลย"
    "กรมควบคุมโรง",  # (a word of its own too: left apart rather than risk two bodies)
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
