"""Organizations found by pattern in the open world: near matches of authority names, mined cut words,
counted kinds of bodies and predicates that name nothing."""

from __future__ import annotations

import json

import pytest

from conftest import REPO
from phakhi.graph.extract import validity
from phakhi.graph.extract.authority import near_authority
from test_organizations import _names, _orgs


@pytest.mark.parametrize("text, surface, key", [
    ("ทางกระทรวงแรงงงาน ได้แจ้ง", "กระทรวงแรงงงาน", "org:mol"),  # a letter too many
    ("โดยกระทรวงทรัพยากรธะรมชาติและสิ่งแวดล้อมจะเร่งดำเนินการ", "กระทรวงทรัพยากรธะรมชาติและสิ่งแวดล้อม", "org:mnre"),
    ("รัฐมนตรีว่าการกระทรวงการพัฒนาสังคม และความมั่นคงของมนุษย์ พ้นจากตำแหน่ง",
     "กระทรวงการพัฒนาสังคม และความมั่นคงของมนุษย์", "org:msdhs"),  # a space inside the name
    ("ผู้แทนกระทรวงสาธารณะสุข เข้าร่วม", "กระทรวงสาธารณะสุข", "org:moph"),
])
def test_near_misses_of_authority_names_resolve_to_the_authority_entity(extract_text, text, surface, key):
    orgs = _orgs(extract_text(text))
    assert key in orgs and surface in orgs[key].names
    assert not [k for k in orgs if k.startswith("name:")]


@pytest.mark.parametrize("text, surface, key", [
    ("โดยกระทรวง-มหาดไทย ได้แจ้ง", "กระทรวง-มหาดไทย", "org:interior"),  # a hyphen
    ("ผู้แทนกระทรวงเภษตรและสหกรณ์ ได้แจ้ง", "กระทรวงเภษตรและสหกรณ์", "org:moac"),  # misspelt right after the prefix
    ("ผู้แทนกระทรวงเกษตรสหกรณ์ ได้แจ้ง", "กระทรวงเกษตรสหกรณ์", "org:moac"),  # a function word missing
    ("ผู้แทนกระทรวงทรัพยากรและสิ่งแวดล้อม ได้แจ้ง", "กระทรวงทรัพยากรและสิ่งแวดล้อม", "org:mnre"),  # a word missing
    ("ผู้แทนกระทรวงดิจิตอล ได้แจ้ง", "กระทรวงดิจิตอล", "org:mdes"),  # a short form, misspelt
    ("ผู้แทนกระทรวงการพัฒนาการพัฒนาสังคมและความมั่นคง ได้แจ้ง", "กระทรวงการพัฒนาการพัฒนาสังคมและความมั่นคง",
     "org:msdhs"),  # a word doubled, and a short form
])
def test_variants_of_a_ministry_are_the_one_ministry(extract_text, text, surface, key):
    orgs = _orgs(extract_text(text))
    assert key in orgs and surface in orgs[key].names


@pytest.mark.parametrize("name", ["กระทรวงเกษตรสหรัฐฯ", "กระทรวงการท่องเที่ยวแห่งราชอาณาจักรกัมพูชา", "กระทรวงการค้า",
                                  "กระทรวงการพัฒนา", "กระทรวงเกษตรและพัฒนาชนบท", "กระทรวงการเงิน", "กระทรวงสิ่งแวดล้อม"])
def test_other_ministries_and_kinds_are_not_aligned_with_a_thai_ministry(extract_text, name):
    """Another country's ministry, a ministry the file does not know, a word many names begin with."""
    orgs = _orgs(extract_text(f"ผู้แทน{name} ได้แจ้ง"))
    assert not [k for k in orgs if k.startswith("org:")]


def test_near_matching_never_links_a_different_name_or_digit():
    text = "มหาวิทยาลัยราชภัฏเขตภาคตะวันออกเฉียงเหนือ"  # not a misspelling of one Rajabhat university
    assert near_authority(text, 0, len("มหาวิทยาลัย"), len(text)) is None
    text = "ศูนย์ส่งเสริมอุตสาหกรรมภาคที่ 14 จัดงาน"  # region 14 is not region 1
    assert near_authority(text, 0, len("ศูนย์"), len(text)) is None
    text = "กระทรวงอุตสาหกรรม ร่วมกับ"  # written exactly and whole: the gazetteer's business, not a near match
    assert near_authority(text, 0, len("กระทรวง"), len(text)) is None


def test_a_near_match_does_not_cut_a_longer_name(extract_text):
    text = "รัฐมนตรีช่วยว่าการกระทรวงเกษตรประเทศรัสเซีย เดินทางเยือนไทย"
    assert "กระทรวงเกษตรประเทศรัสเซีย" in _names(extract_text(text))


@pytest.mark.parametrize("text, bad", [
    ("ขอให้ธนาคารติดต่อกลับ ภายใน 3 วัน", "ธนาคารติดต่อกลับ"),  # a predicate, not a bank's name
    ("งบประมาณของกระทรวงเพิ่มขึ้น ร้อยละ 5", "กระทรวงเพิ่มขึ้น"),
    ("ความร่วมมือระหว่างสองกระทรวงสำคัญที่มีบทบาท", "กระทรวงสำคัญ"),
    ("ผู้ช่วยรัฐมนตรีทุกกระทรวงประชุมมอบนโยบาย", "กระทรวงประชุม"),  # counted: a kind of body
    ("นโยบายการเงินของธนาคารกลางส่วนใหญ่ยังคงเข้มงวด", "ธนาคารกลางส่วนใหญ่"),
])
def test_phrases_that_name_nothing_are_not_organizations(extract_text, text, bad):
    assert bad not in _names(extract_text(text))


@pytest.mark.parametrize("text, name", [
    ("ทั้งนี้ ศูนย์ดำรงธรรมอย่างต่อเนื่องได้รับเรื่อง", "ศูนย์ดำรงธรรม"),
    ("เพื่อนำเสนอคณะกรรมการทรัพยากรน้ำแห่งชาติพิจารณาต่อไป", "คณะกรรมการทรัพยากรน้ำแห่งชาติ"),
    ("สมาคมผู้ประกอบการอุตสาหกรรมเหล็กไทยเป็นประจำอย่างต่อเนื่อง", "สมาคมผู้ประกอบการอุตสาหกรรมเหล็กไทย"),
    ("ศูนย์ออกแบบและพัฒนาผลิตภัณฑ์ในแต่ละภาค", "ศูนย์ออกแบบและพัฒนาผลิตภัณฑ์"),
    # an adverbial that closes the clause, also after a nominalized verb (not_organizations "clause_ends")
    ("ทั้งนี้ ในคณะกรรมการติดตามผลกระทบหลังการได้รับวัคซีนอีกครั้ง", "คณะกรรมการติดตามผลกระทบหลังการได้รับวัคซีน"),
    ("รายงานต่อกองอำนวยการป้องกันและบรรเทาสาธารณภัยกลางอย่างใกล้ชิด เพื่อใช้เป็นข้อมูล",
     "กองอำนวยการป้องกันและบรรเทาสาธารณภัยกลาง"),
    ("ส่งผลให้มีผู้มาใช้บริการ ณ สถาบันวิจัยวิทยาศาสตร์สุขภาพน้อยลง", "สถาบันวิจัยวิทยาศาสตร์สุขภาพ"),
    # a change of amount, and "ทันที"
    ("ทำให้มีผู้มาใช้บริการ ณ สถาบันวิจัยวิทยาศาสตร์สุขภาพเพิ่มขึ้น ร้อยละ 5", "สถาบันวิจัยวิทยาศาสตร์สุขภาพ"),
    ("มีการตั้งศูนย์ปฏิบัติการฉุกเฉินรองรับสถานการณ์ทันที ขณะที่", "ศูนย์ปฏิบัติการฉุกเฉินรองรับสถานการณ์"),
])
def test_a_name_is_cut_where_the_sentence_goes_on(extract_text, text, name, monkeypatch):
    # where the rules cut; whether the cut name is then kept is the validity model's call (a short name glued to the
    # sentence, "ศูนย์ดำรงธรรมอย่างต่อเนื่อง…", is one the corpora mostly continue: tests/test_validity.py)
    monkeypatch.setattr(validity, "class_model", lambda kind: {})
    names = _names(extract_text(text))
    assert name in names and not any(n.startswith(name) and n != name for n in names)


@pytest.mark.parametrize("text, name", [
    ("ประชุมคณะทำงานการพัฒนาอุตสาหกรรมอย่างยั่งยืน ครั้งที่ 1", "คณะทำงานการพัฒนาอุตสาหกรรมอย่างยั่งยืน"),
    ("โดยสำนักงานส่งเสริมการจัดประชุมและนิทรรศการ ร่วมกับ", "สำนักงานส่งเสริมการจัดประชุมและนิทรรศการ"),
    # the group's bare name, any body's, is no name of the joined one (resolve._unit_of_no_one): the whole holds it
    ("หัวหน้ากลุ่มประชาสัมพันธ์และเผยแพร่ สำนักโฆษก", "กลุ่มประชาสัมพันธ์และเผยแพร่ สำนักโฆษก"),
    ("ติดต่อศูนย์ที่ปรึกษาทางการเงิน SMEs", "ศูนย์ที่ปรึกษาทางการเงิน SMEs"),  # SMEs: the corpora write it on (mined)
    ("ผู้แทนสำนักงานวัฒนธรรมจังหวัดเลย เข้าร่วม", "สำนักงานวัฒนธรรมจังหวัดเลย"),
])
def test_nominal_clauses_and_place_names_stay_inside_names(extract_text, text, name):
    assert name in _names(extract_text(text))


def test_mined_data_is_small_and_documented():
    path = REPO / "ontology" / "th" / "organization_names.json"
    assert path.stat().st_size < 500_000
    data = json.loads(path.read_text(encoding="utf-8"))
    assert "scripts/mine_organizations.py" in data["_doc"]
    assert {"จะ", "ได้"} <= set(data["cut_words"]) and len(data["names"]) > 1000
    sources = (REPO / "ontology" / "authority" / "SOURCES.md").read_text(encoding="utf-8")
    assert "organization_names.json" in sources and "mine_organizations.py" in sources


@pytest.mark.parametrize("name, kept", [
    # a prefix word and a count's qualifier or per-word (names.count_cue_name; the recurring names the twenty-ninth
    # session's file held: "ธนาคาร|ขั้นต่ำ 500 บาท", "ดำเนินการศูนย์|ละ 200 ไร่", "สหกรณ์|ละ", "สำนักงาน|ประมาณ")
    ("ธนาคารขั้นต่ำ", False), ("ศูนย์ละ", False), ("สหกรณ์ละ", False), ("สำนักงานประมาณ", False),
    # a prefix word the corpora write as a subject and a verb (validity.clause_name): "ก้าวสู่ธนาคาร|ยั่งยืน",
    # "ธนาคาร|สนับสนุนสินเชื่อ…", "สหกรณ์|เข้มแข็ง"; a name ended by its legal form is none
    ("ธนาคารยั่งยืน", False), ("ธนาคารสนับสนุนสินเชื่อ", False), ("สหกรณ์เข้มแข็ง", False),
    ("สหกรณ์วัดจันทร์ จำกัด", True),
    ("ศูนย์ดำรงธรรม", True), ("ศูนย์พัฒนาเด็กเล็ก", True), ("ธนาคารอาหาร", True), ("รัฐบาลมาเลเซีย", True),
])
def test_the_miner_keeps_no_recurring_name_the_run_time_refuses(name, kept):
    # scripts/mine_organizations.py `kept_name`: the run time's own data (count cues, the validity clause test)
    import sys
    sys.path.insert(0, str(REPO / "scripts"))
    from mine_organizations import kept_name

    assert kept_name(name) is kept


@pytest.mark.parametrize("text, name", [
    ("เมื่อวันที่ 13 มีนาคม 2567 สำนักงานศุลกากรภาคที่ 2 ร่วมกับ", "สำนักงานศุลกากรภาคที่ 2"),
    ("กองพันทหารราบที่ 2 กรมทหารราบที่ 17 รับผิดชอบ", "กรมทหารราบที่ 17"),
])
def test_an_ordinal_number_belongs_to_the_name(extract_text, text, name):
    assert name in _names(extract_text(text))


def test_a_meeting_number_is_not_an_ordinal_of_the_name(extract_text):
    names = _names(extract_text("ประชุมคณะกรรมการส่งเสริมสุขภาพที่ 2/2561 และ"))
    assert not any("2" in n for n in names)


def test_royal_ranks_are_not_departments(extract_text):
    text = "สมเด็จพระเจ้าลูกเธอ เจ้าฟ้าพัชรกิติยาภา นเรนทิราเทพยวดี กรมหลวงราชสาริณีสิริพัชร มหาวัชรราชธิดา"
    assert not any(n.startswith("กรม") for n in _names(extract_text(text)))


def test_names_the_corpora_count_as_kinds_of_bodies_are_not_organizations(extract_text):
    from phakhi.graph.extract.names import generic_names

    generic = sorted(generic_names())
    assert generic, "the mined data lists kinds of bodies"
    name = generic[0]
    assert name not in _names(extract_text(f"เจ้าหน้าที่จาก{name} เข้าร่วมประชุม"))


def test_a_provincial_office_names_its_province(extract_text):
    orgs = _orgs(extract_text("และเจ้าหน้าที่สำนักงานอุตสาหกรรมจังหวัดนราธิวาส ลงพื้นที่ตรวจเยี่ยม"))
    assert "สำนักงานอุตสาหกรรมจังหวัดนราธิวาส" in {n for e in orgs.values() for n in e.names}
    assert "org:moi-provincial-office" not in orgs  # one office, not the kind of office
    orgs = _orgs(extract_text("ขอให้ สำนักงานอุตสาหกรรมจังหวัด ประชาสัมพันธ์"))
    assert "org:moi-provincial-office" in orgs  # no province: the kind of office


@pytest.mark.parametrize("text, bad", [
    ("ชุมชนบ้านไร่กองขิง เชียงใหม่", "กองขิง"),  # a village, not a division
    ("ได้แต่งตั้งคณะกรรมการผู้เชี่ยวชาญ ดำเนินการคัดเลือก", "คณะกรรมการผู้เชี่ยวชาญ"),
])
def test_words_no_known_name_holds_make_no_name(extract_text, text, bad):
    assert bad not in _names(extract_text(text))


def test_proper_names_outside_the_dictionary_still_make_names(extract_text):
    # "ฟูจิตสึ" segments into pieces, one not in the dictionary: a proper name, not a word no name holds
    assert "ศูนย์ฟูจิตสึ" in _names(extract_text("ได้เยี่ยมชมการดำเนินงานของศูนย์ฟูจิตสึ และตรวจเยี่ยม"))


@pytest.mark.parametrize("text, name, bad", [
    ("ชี้แจงไม่มีการปิดศูนย์เฝ้าระวังเพียงแต่ปรับรูปแบบ", "ศูนย์เฝ้าระวัง", "ศูนย์เฝ้าระวังเพียงแต่"),
    ("กรมการค้าภายในและสมาคมโรงสีข้าวไทยคำนวณเป็นราคาข้าวเปลือก", "สมาคมโรงสีข้าวไทย", "สมาคมโรงสีข้าวไทยคำนวณ"),
])
def test_a_known_name_then_a_word_no_name_holds_ends_there(extract_candidates, text, name, bad):
    names = _names(extract_candidates(text))
    assert name in names and bad not in names


@pytest.mark.parametrize("text, name, bad", [
    ("โดยคณะกรรมการการบินพลเรือนในการให้ความเห็นชอบข้อบังคับ ทั้งนี้", "คณะกรรมการการบินพลเรือน",
     "คณะกรรมการการบินพลเรือนในการให้ความเห็นชอบข้อบังคับ"),  # a known name, then "in doing …"
    ("และคณะกรรมาธิการยาเสพติดในฐานะหน่วยงานหลักสำคัญระดับโลก ได้", "คณะกรรมาธิการยาเสพติด",
     "คณะกรรมาธิการยาเสพติดในฐานะหน่วยงานหลักสำคัญระดับโลก"),  # a whole name, then "in the capacity of …"
])
def test_a_whole_name_then_an_adverbial_opener_ends_there(extract_candidates, text, name, bad):
    names = _names(extract_candidates(text))
    assert name in names and bad not in names


@pytest.mark.parametrize("text, name", [
    ("ผู้แทนคณะกรรมการพัฒนาขีดความสามารถในการแข่งขันของประเทศ ได้",
     "คณะกรรมการพัฒนาขีดความสามารถในการแข่งขันของประเทศ"),
    ("ผู้แทนศูนย์ประสานการปฏิบัติในการรักษาผลประโยชน์ทางทะเล ได้", "ศูนย์ประสานการปฏิบัติในการรักษาผลประโยชน์ทางทะเล"),
    # a whole name, then a compound noun the segmenter keeps whole ("การแข่งขัน"): the name's own field, no opener
    ("ผู้แทนคณะกรรมการนโยบายเพิ่มขีดความสามารถในการแข่งขันของประเทศ ได้",
     "คณะกรรมการนโยบายเพิ่มขีดความสามารถในการแข่งขันของประเทศ"),
])
def test_an_adverbial_opener_after_a_name_that_is_not_whole_goes_on_with_it(extract_text, text, name):
    assert name in _names(extract_text(text))


def test_a_known_name_continued_as_known_names_are_stays_whole():
    from phakhi.graph.extract.names import known_stem

    # provinces follow "สำนักงานคลังจังหวัด" in known names; a noun may begin a longer name
    assert known_stem("สำนักงานคลังจังหวัดสตูล", len("สำนักงาน")) == "สำนักงานคลังจังหวัดสตูล"
    assert known_stem("สถาบันส่งเสริมความปลอดภัย", len("สถาบัน")) == "สถาบันส่งเสริมความปลอดภัย"


def test_the_kind_of_provincial_office_is_the_one_office_the_release_names(extract_text):
    text = ("ตรวจราชการ ณ สำนักงานอุตสาหกรรมจังหวัดอุบลราชธานี โดยมีผู้แทนเข้าร่วม "
            "ขอให้ สำนักงานอุตสาหกรรมจังหวัด ประชาสัมพันธ์")
    orgs = _orgs(extract_text(text))
    merged = [e for e in orgs.values() if "สำนักงานอุตสาหกรรมจังหวัดอุบลราชธานี" in e.names]
    assert merged and "สำนักงานอุตสาหกรรมจังหวัด" in merged[0].names and "org:moi-provincial-office" not in orgs
    two = text.replace("โดยมีผู้แทน", "และสำนักงานอุตสาหกรรมจังหวัดยโสธร ")  # which of two? neither
    assert "org:moi-provincial-office" in _orgs(extract_text(two))


@pytest.mark.parametrize("text, name, inner", [
    ("สมาพันธ์สมาคมอุตสาหกรรมสนับสนุน สมาคมสมาพันธ์เอสเอ็มอีไทย สมาคมผู้ผลิต", "สมาคมสมาพันธ์เอสเอ็มอีไทย",
     "สมาพันธ์เอสเอ็มอีไทย"),
    ("อธิการบดีมหาวิทยาลัยหอการค้าไทย กล่าวว่า", "มหาวิทยาลัยหอการค้าไทย", "หอการค้าไทย"),
    ("นางรัตนา นายกสมาคมแม่บ้านกระทรวงแรงงาน นำคณะ", "สมาคมแม่บ้านกระทรวงแรงงาน", "กระทรวงแรงงาน"),
])
def test_a_body_of_its_own_named_after_another_does_not_mention_it(extract_text, text, name, inner):
    names = _names(extract_text(text))
    assert name in names and inner not in names


def test_a_name_runs_on_through_what_the_corpora_write_after_it(extract_text):
    from phakhi.graph.extract.names import extension

    name = "สถาบันส่งเสริมความปลอดภัย"
    assert extension(name) == " อาชีวอนามัย และสภาพแวดล้อมในการทำงาน"
    names = _names(extract_text(f"กระทรวงแรงงาน โดย{name} อาชีวอนามัย และสภาพแวดล้อมในการทำงาน (องค์การมหาชน) จัดงาน"))
    assert f"{name} อาชีวอนามัย และสภาพแวดล้อมในการทำงาน" in names
    # the text goes elsewhere: the name stays as written
    assert name in _names(extract_text(f"กระทรวงแรงงาน โดย{name} อาชีวอนามัย ได้จัดงาน"))


def test_an_extension_begins_its_parts_with_words_names_hold():
    from phakhi.graph.extract.names import name_word

    assert name_word("SMEs") and name_word("และสภาพแวดล้อม") and not name_word("เพียงแต่")


def test_a_body_of_its_own_does_not_run_over_a_conjunction_into_another_name(extract_text):
    names = _names(extract_text("นายกสมาคมจดหมายเหตุไทยและที่ปรึกษาปลัดกระทรวงมหาดไทย กล่าวว่า"))
    assert "กระทรวงมหาดไทย" in names and not any(n.endswith("กระทรวงมหาดไทย") and n.startswith("สมาคม") for n in names)


def test_a_number_the_corpora_write_after_a_name_belongs_to_it(extract_text):
    from phakhi.graph.extract.names import numbered

    assert numbered("กองตรวจการมาตรฐาน")
    assert "กองตรวจการมาตรฐาน 1" in _names(extract_text("ติดต่อได้ที่กองตรวจการมาตรฐาน 1 หมายเลขโทรศัพท์ 0 2202 3470"))
    names = _names(extract_text("ติดต่อได้ที่กองตรวจการมาตรฐาน 12 แห่ง ทั่วประเทศ"))  # a count, not the name's number
    assert not any("12" in n for n in names)


def test_kinds_of_offices_named_by_a_place_or_area_are_not_mined_as_kinds_to_drop():
    from phakhi.graph.extract.names import generic_names
    from phakhi.ontology import load_not_organizations

    data = load_not_organizations()
    ends = tuple(data["pos"]["place_words"]) + tuple(data["area_words"])
    assert len(generic_names()) > 20 and not [n for n in generic_names() if n.endswith(ends)]


@pytest.mark.parametrize("written, key", [
    ("กระทรวงการท่องเที่ยวและการกีฬา", "org:mots"),  # a function word more
    ("กระทรวงการพัฒนาสังคมและความมั่นคงมนุษย์", "org:msdhs"),  # a function word less
    ("กระทรวงเกษตรเกษตรและสหกรณ์", "org:moac"),  # a word doubled
    ("กระทรวงพาณิชน์", "org:moc"),  # the consonant under the silencing mark mistyped
])
def test_near_matching_forgives_a_function_word_a_doubled_word_or_a_silenced_letter(written, key):
    near = near_authority(written + " ได้", 0, len("กระทรวง"), len(written) + 4, guard=False)
    assert near == (len(written), key)


def test_a_slip_is_forgiven_once_and_only_on_long_names():
    # two slips (a function word and a doubled word) are not one misspelling
    written = "กระทรวงการท่องเที่ยวท่องเที่ยวและการกีฬา"
    assert near_authority(written, 0, len("กระทรวง"), len(written), guard=False) is None
    written = "กระทรวงการแรงงาน"  # too short a name for a slip: not near the Ministry of Labour
    assert near_authority(written, 0, len("กระทรวง"), len(written), guard=False) is None


def test_a_near_match_followed_by_another_country_is_that_country_s_body(extract_text):
    orgs = _orgs(extract_text("รัฐมนตรีว่าการกระทรวงการท่องเที่ยวและการกีฬา แห่งราชอาณาจักรกัมพูชา เข้าพบ"))
    assert "org:mots" not in orgs


def test_an_abbreviation_glossed_as_something_else_is_not_the_body(extract_text):
    assert "org:afd" not in _orgs(extract_text("บริษัทติดตั้งระบบ AFD (ระบบอินเวอร์เตอร์) ในโรงงาน"))
    assert "org:afd" in _orgs(extract_text("ผู้แทน AFD (องค์การเพื่อการพัฒนาแห่งฝรั่งเศส) เข้าพบ"))
    assert "org:boi-office" in _orgs(extract_text("ผู้แทน BOI (บีโอไอ) ชี้แจง"))  # a transliteration glosses nothing


def test_a_prefix_word_inside_a_soldier_compound_names_no_body(extract_text):
    assert not _orgs(extract_text("การเรียกพลทหารกองประจำการ ประจำปี"))


def test_an_authority_name_known_only_with_spaces_is_found_written_without_them(extract_text):
    orgs = _orgs(extract_text("ผู้แทนกระทรวงการอุดมศึกษาวิทยาศาสตร์วิจัยและนวัตกรรม เข้าร่วม"))
    assert "org:mhesi" in orgs and not [k for k in orgs if k.startswith("name:")]


@pytest.mark.parametrize("scheme", ["ธนาคารน้ำใต้ดิน", "ธนาคารปูม้า", "ธนาคารโค-กระบือ"])
def test_a_community_scheme_named_like_a_bank_is_no_body(extract_text, scheme):
    """The corpora write these after "โครงการ" or "กิจกรรม" (org_schemes.json): schemes, not banks; a bank's own name
    is still one."""
    assert not _orgs(extract_text(f"ชาวบ้านร่วมกันส่งเสริม{scheme} ในพื้นที่ตำบล"))
    orgs = _orgs(extract_text("ผู้แทนธนาคารยูโอบี เข้าร่วมส่งเสริมธนาคารน้ำใต้ดิน ในพื้นที่"))
    assert list(orgs) == ["name:ธนาคารยูโอบี"], orgs


def test_the_schemes_miner_lists_names_written_after_a_scheme_word_and_not_a_bank_s(tmp_path):
    from conftest import load_script, write_corpus_tar

    scheme, bank = "ธนาคารปูม้า", "ธนาคารยูโอบี"
    texts = [f"ข่าว {i}\nชุมชนเปิด{'โครงการ' if i < 3 else 'กิจกรรม '}{scheme} ร่วมกับ{bank} แล้ว\n" for i in range(4)]
    texts += [f"ข่าว {i}\nชุมชนดูแล{scheme} และ{bank} ให้บริการ\n" for i in range(4, 40)]
    archive, sample = tmp_path / "mini.tar", tmp_path / "sample.tar"
    write_corpus_tar(archive, texts)
    write_corpus_tar(sample, texts[:1])
    miner = load_script("mine_org_schemes")
    mined = miner.mine([str(archive)], [], per_archive=100)
    assert mined["schemes"] == [scheme] and mined["evidence"][scheme] == [4, 40], mined
    # the releases of a skipped archive (the audit samples) are not read: 3 of 39, too small a share for a scheme
    assert miner.mine([str(archive)], [str(sample)], per_archive=100)["schemes"] == []


@pytest.mark.parametrize("text, bad", [
    ("ติดต่อได้ที่สำนักงานจัดหางานกรุงเทพมหานคร พื้นที่ 1-10 หรือสายด่วน 1694", "สำนักงานจัดหางานกรุงเทพมหานคร"),
    ("ติดต่อได้ที่สำนักงานจัดหางานกรุงเทพมหานครพื้นที่  1-10 หรือสายด่วน 1694", "สำนักงานจัดหางานกรุงเทพมหานครพื้นที่"),
    ("ผู้อำนวยการสำนักงานเจ้าท่าภูมิภาคที่ 1-7 ร่วมประชุม", "สำนักงานเจ้าท่าภูมิภาคที่ 1"),
    ("ร่วมกับศูนย์ป้องกันและบรรเทาสาธารณภัยเขต 1 - 18 ทั่วประเทศ", "ศูนย์ป้องกันและบรรเทาสาธารณภัยเขต 1"),
])
def test_a_name_numbered_by_a_range_is_a_series_not_one_body(extract_candidates, text, bad):
    """"…พื้นที่ 1-10" names ten offices: no one of them, nor the bare name, is the body meant."""
    names = _names(extract_candidates(text))
    assert not any(n.replace(" ", "").startswith(bad.replace(" ", "")[:20]) for n in names)


def test_a_range_after_a_name_that_is_no_area_leaves_the_name(extract_candidates):
    names = _names(extract_candidates("จัดโดยสมาคมผู้ประกอบการอุตสาหกรรมเหล็กไทย 12-14 มีนาคม นี้"))
    assert "สมาคมผู้ประกอบการอุตสาหกรรมเหล็กไทย" in names


def test_a_name_the_corpora_go_on_from_into_many_bodies_is_a_kind_written_bare(extract_candidates):
    """recurrence.continued_kind: "สำนักงานเขต" (25 releases bare, 110 going on into "สำนักงานเขตบางรัก", "…ปทุมวัน"…)
    written bare names any district office; a release that names one of them shortens it; a body the corpora mostly
    write bare ("กรมการแพทย์") is one body."""
    names = _names(extract_candidates("หากเกิดในกรุงเทพมหานคร ติดต่อ สำนักงานเขต  สำหรับจังหวัดอื่นๆ ติดต่ออำเภอ"))
    assert "สำนักงานเขต" not in names
    names = _names(extract_candidates("ผู้อำนวยการสำนักงานเขตบางรัก กล่าวว่า สำนักงานเขต ได้ดำเนินการแล้ว"))
    assert "สำนักงานเขต" in names
    assert "กรมการแพทย์" in _names(extract_candidates("โดยกรมการแพทย์ ได้แจ้งว่า"))


@pytest.mark.parametrize("text, name", [
    ("รองนายกรัฐมนตรี เป็นประธานการประชุมคณะกรรมการแก้ไขปัญหาผลกระทบจากโครงการฝายราศีไศล ครั้งที่ 1/2560 ซึ่งสรุป",
     "คณะกรรมการแก้ไขปัญหาผลกระทบจากโครงการฝายราศีไศล"),
    ("เป็นประธานการประชุมคณะอนุกรรมการสรรหาปราชญ์เกษตรของแผ่นดินครั้งที่ 1/2567 ณ ห้องประชุม",
     "คณะอนุกรรมการสรรหาปราชญ์เกษตรของแผ่นดิน"),  # the sitting's number ends the run
    ("ที่ประชุมคณะกรรมการควบคุมโรคจากการประกอบอาชีพและโรคจากสิ่งแวดล้อม ครั้งที่ 3/2566 โดยมี",
     "คณะกรรมการควบคุมโรคจากการประกอบอาชีพและโรคจากสิ่งแวดล้อม"),
])
def test_a_committee_named_by_what_it_does_runs_on_through_its_glued_object(extract_candidates, text, name):
    """A committee is named by its purpose, and the purpose's object is glued on after "ของ", "จาก", "ตาม": the mined
    cut words end other bodies' names there, not a committee's (organizations._object_run)."""
    assert name in _names(extract_candidates(text))


@pytest.mark.parametrize("text, name", [
    ("ทั้งนี้ คณะกรรมการการเลือกตั้งตามบทบัญญัติของรัฐธรรมนูญ แห่งราชอาณาจักรไทย", "คณะกรรมการการเลือกตั้ง"),  # a name
    # the corpora follow by many letters: what is glued on is the sentence's
    ("โดยคณะทำงานขับเคลื่อนเศรษฐกิจภาคอุตสาหกรรมของกระทรวงอุตสาหกรรม เพื่อขับเคลื่อน",
     "คณะทำงานขับเคลื่อนเศรษฐกิจภาคอุตสาหกรรม"),  # the object is its parent
    ("แต่งตั้งคณะกรรมการตรวจสอบข้อเท็จจริงกรณีข้อกล่าวหาการทุจริตเงินคนพิการตามมาตรา 33 และ 35 แล้ว",
     "คณะกรรมการตรวจสอบข้อเท็จจริงกรณีข้อกล่าวหาการทุจริตเงินคนพิการ"),  # the object goes on past the space
    ("แต่งตั้งคณะกรรมการติดตามผลการดำเนินงานจากผู้ทรงคุณวุฒิที่มีความรู้ความสามารถ และความเชี่ยวชาญ",
     "คณะกรรมการติดตามผลการดำเนินงาน"),  # a clause opens in the run
])
def test_a_committee_does_not_run_on_into_the_sentence_s_object(extract_candidates, text, name):
    names = _names(extract_candidates(text))
    assert name in names and not any(n.startswith(name) and n != name for n in names), names


def test_a_committee_runs_on_through_its_object_written_after_one_space(extract_candidates):
    """Thai spaces the preposition of a committee's purpose as often as it glues it: "…ความมั่นคง| ของมนุษย์" is the
    committee's name, keyed as the glued form (organizations._object_run); another body's name begun in the spaced
    run is the sentence's ("…| ตามนโยบายรัฐมนตรีว่าการกระทรวงเกษตรฯ")."""
    result = extract_candidates("ประชุมคณะกรรมการส่งเสริมงานอาสาสมัครพัฒนาสังคมและความมั่นคง ของมนุษย์ ครั้งที่ 1/2561 โดยมี")
    orgs = [e for e in result.of_kind("organization") if e.key.startswith("name:คณะกรรมการ")]
    assert [e.names for e in orgs] == [["คณะกรรมการส่งเสริมงานอาสาสมัครพัฒนาสังคมและความมั่นคง ของมนุษย์"]]
    assert orgs[0].key == "name:คณะกรรมการส่งเสริมงานอาสาสมัครพัฒนาสังคมและความมั่นคงของมนุษย์"
    names = _names(extract_candidates("ประชุมคณะกรรมการติดตามและขับเคลื่อนงานด้านเกษตรและสหกรณ์ "
                                      "ตามนโยบายรัฐมนตรีว่าการกระทรวงเกษตรฯ ครั้งที่ 1/2567 โดยมี"))
    assert "คณะกรรมการติดตามและขับเคลื่อนงานด้านเกษตรและสหกรณ์" in names, names


@pytest.mark.parametrize("text, name", [
    ("ประชุมคณะกรรมการบูรณาการการเชื่อมโยงทางรถไฟระหว่างไทย ลาว และจีน ครั้งที่ 1/2565 โดยมี",
     "คณะกรรมการบูรณาการการเชื่อมโยงทางรถไฟระหว่างไทย ลาว และจีน"),
    ("ผู้แทนสำนักงานแรงงานระหว่างประเทศไทย กัมพูชา และลาว และ Mrs. Luisa Ragher อุปทูต",
     "สำนักงานแรงงานระหว่างประเทศไทย กัมพูชา และลาว"),
    ("ประชุมคณะกรรมการบูรณาการการเชื่อมโยงทางรถไฟระหว่างไทย สปป.ลาว และจีน โดยมีการจัดทำแผน",
     "คณะกรรมการบูรณาการการเชื่อมโยงทางรถไฟระหว่างไทย สปป.ลาว และจีน"),  # "สปป." a state word (places.json)
])
def test_a_name_runs_on_through_the_countries_listed_after_its_first_party(extract_candidates, text, name):
    """The parties after "ระหว่าง" are listed with spaces, the last after "และ": a list of countries written right after
    a name's first party is the name's (org_parties.listed_parties)."""
    assert name in _names(extract_candidates(text))


def test_a_name_does_not_run_on_through_a_list_that_is_not_of_countries(extract_candidates):
    names = _names(extract_candidates("ประชุมคณะกรรมการความร่วมมือระหว่างไทย ภาคเอกชน และผู้แทนจากจีน เพื่อหารือ"))
    assert not any("ภาคเอกชน" in n for n in names), names


@pytest.mark.parametrize("text, field", [
    ("จากผลการหารือระหว่างไทยกับสหภาพยุโรป (ด้านแรงงาน) ประจำปี 2560 โดยมีผลการดำเนินการด้านแรงงาน", "ด้านแรงงาน"),
    ("นายสมชาย ใจดี รองอธิบดีกรมเจ้าท่า (ด้านปลอดภัย) สั่งการให้เร่งขจัดคราบน้ำมัน", "ด้านปลอดภัย"),
])
def test_a_field_in_brackets_after_a_body_is_no_abbreviation_of_it(extract_text, text, field):
    """"(ด้าน…)" after a body's name says which of its concerns is meant; learned as an abbreviation it made every
    later "ด้านแรงงาน" of the release a mention of the EU (organizations._word_not_abbreviation)."""
    names = {n for e in extract_text(text).entities.values() if e.kind == "organization" for n in e.names}
    assert field not in names, names


@pytest.mark.parametrize("text, bad", [
    ("ส่งเสริมให้สถาบันครอบครัวสามารถปรับตัวต่อการเปลี่ยนแปลงได้", "สถาบันครอบครัว"),
    ("รวมทั้งบุคคล องค์กรชุมชน องค์กรวิชาชีพ สถาบันศาสนา สถานประกอบการ และสถาบันอื่น", "สถาบันศาสนา"),
    ("เทิดทูนสถาบันชาติศาสนา พระมหากษัตริย์ให้มีความเข้มแข็ง", "สถาบันชาติศาสนา"),
])
def test_a_society_s_institution_is_no_body(extract_candidates, text, bad):
    """The family, religion, nation and monarchy as institutions (not_organizations `words`) name no body; a body
    named for one is found whole ("กรมกิจการสตรีและสถาบันครอบครัว")."""
    assert not any(n.startswith(bad[:10]) for n in _names(extract_candidates(text)))
    assert "กรมกิจการสตรีและสถาบันครอบครัว" in _names(extract_candidates("โดยกรมกิจการสตรีและสถาบันครอบครัว ได้จัดงาน"))


@pytest.mark.parametrize("text, bad", [
    ("การลงทุนในกองทุนรวมโครงสร้างพื้นฐาน กองทรัสต์เพื่อการลงทุนในอสังหาริมทรัพย์ เป็นต้น", "กองทรัสต์"),
    ("เป็นฐานในการปฏิรูปการประมงและกองเรือประมง โดยสร้างระบบควบคุม", "กองเรือประมง"),
    ("โดยมีองค์การนอกภาครัฐ เข้ามาให้ความช่วยเหลือด้านปัจจัยสี่แก่ผู้ลี้ภัย", "องค์การนอกภาครัฐ"),
    ("สะท้อนภาพรวมการจัดอันดับมหาวิทยาลัยโลก (World University Rankings)", "มหาวิทยาลัยโลก"),
])
def test_a_kind_of_thing_written_like_a_body_is_no_body(extract_candidates, text, bad):
    """not_organizations `words`: a trust, a fishing fleet, NGOs, the world's universities name no one body."""
    assert not any(n.startswith(bad) for n in _names(extract_candidates(text)))


@pytest.mark.parametrize("text, body, title", [
    ("ลงนามโดย นายสมชาย ใจดี รองนายกรัฐมนตรี สภานายกสภาลูกเสือไทย", "สภาลูกเสือไทย", "สภานายก"),
    ("พระพันวัสสาอัยยิกาเจ้า สภานายิกาสภากาชาดสยาม ที่พระราชทานเมื่อปี พ.ศ. 2480", "สภากาชาดสยาม", "สภานายิกา"),
])
def test_a_council_president_s_title_is_not_read_into_the_body_after_it(extract_text, text, body, title):
    """not_organizations `words`: "สภานายก"/"สภานายิกา" begin like a council (สภา…) but are its president's title;
    the body is the name written after it."""
    names = _names(extract_text(text))
    assert body in names and not any(n.startswith(title) for n in names)


def test_a_name_ending_on_an_area_word_with_the_place_elided_is_the_kind(extract_text):
    """names.elided_place: "…จังหวัดฯ" with no province the release names it for is the centres of several provinces
    (a kind, dropped as placed_kind drops "…จังหวัด" bare); written after the one province's centre, it shortens it."""
    text = "และผู้บังคับการตำรวจภูธรจังหวัด พร้อมศูนย์รักษาความสงบเรียบร้อยจังหวัดฯ เพื่อกำหนดแนวทางเร่งรัดการสืบสวน"
    assert not any(n.startswith("ศูนย์รักษาความสงบ") for n in _names(extract_text(text)))
    orgs = _orgs(extract_text("ประชุมศูนย์รักษาความสงบเรียบร้อยจังหวัดสงขลา โดยศูนย์รักษาความสงบเรียบร้อยจังหวัดฯ "
                              "ได้รายงาน"))
    assert [e.names for e in orgs.values()] == [["ศูนย์รักษาความสงบเรียบร้อยจังหวัดสงขลา",
                                                 "ศูนย์รักษาความสงบเรียบร้อยจังหวัดฯ"]]


def test_a_web_address_is_no_part_of_a_name(extract_candidates):
    """organizations._name_end: a web address glued after a prefix word or a name ends the name there ("ธนาคาร|www.…"
    ran on through the address and the radio station after it)."""
    names = _names(extract_candidates("ตรวจผลการออกรางวัลได้ทางเว็บไซต์ของธนาคารwww.baac.or.thทางสถานีวิทยุ"
                                      "กระจายเสียงแห่งประเทศไทย คลื่นความถี่ AM 891"))
    assert not any("www" in n for n in names)
    names = _names(extract_candidates("ดูรายละเอียดที่มูลนิธิพัฒนาชนบทยั่งยืนwww.example.or.th หรือโทร 1111"))
    assert "มูลนิธิพัฒนาชนบทยั่งยืน" in names and not any("www" in n for n in names)


def test_a_committee_s_last_field_after_a_space_and_and_is_its_name_s(extract_candidates):
    """organizations._closing_field: "และการ…" spaced from a committee's name closes the list of what it does, keyed as
    the glued form; the sentence's next act ("และการแต่งตั้งคณะทำงาน…") is not read into it."""
    doc = extract_candidates("แต่งตั้งคณะอนุกรรมการขับเคลื่อนนโยบายแก้ไขปัญหาการค้ามนุษย์ และการทำประมงผิดกฎหมาย รวมทั้งการกำหนด")
    assert "คณะอนุกรรมการขับเคลื่อนนโยบายแก้ไขปัญหาการค้ามนุษย์ และการทำประมงผิดกฎหมาย" in _names(doc)
    glued = extract_candidates("แต่งตั้งคณะอนุกรรมการขับเคลื่อนนโยบายแก้ไขปัญหาการค้ามนุษย์และการทำประมงผิดกฎหมาย รวมทั้ง")
    assert {m.key for m in doc.of_kind("organization")} == {m.key for m in glued.of_kind("organization")}
    names = _names(extract_candidates("ที่ประชุมคณะทำงานบูรณาการข้อมูลข่าวสารเพื่อสร้างการรับรู้สู่ชุมชน และการแต่งตั้ง"
                                      "คณะทำงานติดตามและประเมินผล"))
    assert "คณะทำงานบูรณาการข้อมูลข่าวสารเพื่อสร้างการรับรู้สู่ชุมชน" in names


@pytest.mark.parametrize("text, bad", [
    ("เปิดศูนย์หลอดเลือดสมอง ร่วมกับโรงพยาบาลสามพรานและโรงพยาบาลนครปฐม", "ศูนย์หลอดเลือดสมอง"),
    ("พร้อมเปิดศูนย์มะเร็งและรังสีรักษา ร่วมกับโรงพยาบาลสามพราน", "ศูนย์มะเร็งและรังสีรักษา"),
    ("ได้ตรวจเยี่ยมศูนย์อุบัติเหตุและฉุกเฉิน รองรับผู้ป่วยได้วันละ 200 ราย", "ศูนย์อุบัติเหตุและฉุกเฉิน"),
    ("มีศูนย์การปลูกถ่ายหัวใจ รักษามะเร็งตับด้วยการฉีดเคมีบำบัด", "ศูนย์การปลูกถ่ายหัวใจ"),
])
def test_a_hospital_s_clinical_service_written_alone_is_no_body(extract_text, text, bad):
    """org_services.clinical_service: a centre named by nothing but a clinical service's words (not_organizations
    `clinical_services`) is a unit any hospital may have; written with no hospital after it, it names no body."""
    assert not any(n.startswith(bad) for n in _names(extract_text(text)))


def test_a_clinical_centre_with_its_hospital_or_a_name_of_its_own_stays(extract_candidates, extract_text):
    """Written right before its hospital (`clinical_parents`), the service is that hospital's unit and stays; a centre
    with any other word in its name ("ศูนย์วิจัยโรคเอดส์", "ศูนย์มะเร็งเฉลิมพระเกียรติจุฬาภรณ์") is a name of its own."""
    names = _names(extract_candidates("ศูนย์หัวใจและหลอดเลือด โรงพยาบาลระยอง พัฒนาศักยภาพการรักษา"))
    assert "ศูนย์หัวใจและหลอดเลือด" in names, names
    names = _names(extract_candidates("ศูนย์หัวใจและหลอดเลือด โรงพยาบาลระยอง เปิดบริการแล้ว ทั้งนี้ ศูนย์หัวใจและหลอดเลือด"
                                      "ได้รับผู้ป่วยจากทั่วภาคตะวันออก"))
    assert "ศูนย์หัวใจและหลอดเลือด" in names, names
    names = _names(extract_text("ศูนย์วิจัยโรคเอดส์ สภากาชาดไทย รณรงค์เนื่องในวันเอดส์โลก"))
    assert any(n.startswith("ศูนย์วิจัยโรคเอดส์") for n in names), names
    names = _names(extract_text("ผู้ป่วยเข้ารับการรักษาที่ศูนย์มะเร็งเฉลิมพระเกียรติจุฬาภรณ์ เป็นจำนวนมาก"))
    assert any(n.startswith("ศูนย์มะเร็งเฉลิมพระเกียรติ") for n in names), names


@pytest.mark.parametrize("text, bad", [
    ("นายกรัฐมนตรีเดินหน้าแก้ไขปัญหาเศรษฐกิจร่วมกับฝ่ายเศรษฐกิจ กระทรวงต่าง ๆ และคณะรัฐมนตรีด้วย", "ฝ่ายเศรษฐกิจ"),
    ("นาย Francois Marrillet เจ้าหน้าที่อาวุโสฝ่ายโครงการ UNHCR กล่าวว่านางสาวไปรยาทำหน้าที่ทูตสันถวไมตรี", "ฝ่ายโครงการ"),
    ("รวมทั้งการดำเนินการของฝ่ายกฎหมาย กรม ฯ ที่ส่งเรื่องดำเนินคดีไปยังศูนย์ปราบปรามอาชญากรรม", "ฝ่ายกฎหมาย"),
    ("เพื่อเป็นกำลังใจให้กับชมรมแบดมินตัน และนักกีฬา อีกทั้งการแข่งขันในรูปแบบลีก", "ชมรมแบดมินตัน"),
    ("ยังได้เยี่ยมชมการจัดกิจกรรมต่างๆ ผ่านนิทรรศการของชมรมผู้สูงอายุ\nพลตำรวจเอก อดุลย์ กล่าวต่อไปว่า", "ชมรมผู้สูงอายุ"),
    ("เป็น Apex Organization หรือองค์กรสูงสุดของขบวนการสหกรณ์ไทย และเป็น “ของสหกรณ์ โดยสหกรณ์ เพื่อสหกรณ์”", "สหกรณ์ไทย"),
    ("“กรมบัญชีกลางได้ตั้งคณะทำงานตรวจสอบในเรื่องดังกล่าว โดยได้ดำเนินการตรวจสอบรายละเอียด", "คณะทำงานตรวจสอบ"),
    ("เป็นสาธารณูปโภคขั้นพื้นฐาน เตรียมตั้งคณะทำงานรองรับ เพื่อลดความเหลื่อมล้ำ คิดค่าบริการราคาถูก", "คณะทำงานรองรับ"),
])
def test_a_division_named_by_one_function_word_alone_is_no_body(extract_candidates, text, bad):
    """org_services.function_unit: "ฝ่าย" and one dictionary word is the division any body has; written with no parent
    it names none; one_word_kind: "ชมรม" or "สหกรณ์" and one word is the club any village has, the cooperatives of a
    produce or a country (dropped before the validity model judges them)."""
    assert not any(n.startswith(bad) for n in _names(extract_candidates(text)))


def test_a_working_group_named_by_its_task_is_a_body(extract_candidates):
    """kind_heads' คณะทำงาน drops a working group named by one word only: one named by its task stays."""
    names = _names(extract_candidates("ผู้แทนกระทรวงฯ เข้าร่วมประชุมและการเตรียมการเพื่อจัดตั้งคณะทำงานการเปลี่ยนแปลง"
                                      "สภาพภูมิอากาศ ของอาเซียน"))
    assert any(n.startswith("คณะทำงานการเปลี่ยนแปลงสภาพภูมิอากาศ") for n in names), names


@pytest.mark.parametrize("text, group, body", [
    ("ทั้งนี้ นายกรัฐมนตรีได้เยี่ยมชมผลิตภัณฑ์ของกลุ่มแม่บ้านเกษตรกรบ้านเขาตำหนอน วิสาหกิจชุมชนกลุ่มเพาะเลี้ยงสาหร่ายทะเล "
     "และกลุ่มอื่น ๆ", "กลุ่มแม่บ้านเกษตรกรบ้านเขาตำหนอน", "วิสาหกิจชุมชนกลุ่มเพาะเลี้ยงสาหร่ายทะเล"),
    ("ผลิตภัณฑ์ของกลุ่มวิสาหกิจชุมชนแม่บ้านเกษตรกรทองเอน สำนักงานอุตสาหกรรมจังหวัดสิงห์บุรี ให้การสนับสนุน",
     "กลุ่มวิสาหกิจชุมชนแม่บ้านเกษตรกรทองเอน", "สำนักงานอุตสาหกรรมจังหวัดสิงห์บุรี"),
])
def test_a_villagers_group_is_no_unit_of_the_body_after_it(extract_candidates, text, group, body):
    """org_services.community_group: "กลุ่ม" and a word of who its members are (not_organizations `community_words`)
    is a group of its own, not a unit run on through the body written after it (a second enterprise, the office
    that supports it); a body's own group, named by its work, still is ("กลุ่มประชาสัมพันธ์ สำนักงานรัฐมนตรี")."""
    names = _names(extract_candidates(text))
    assert group in names and body in names and not any(n.startswith(group + " ") for n in names), names
    names = _names(extract_candidates("ข่าวจากกลุ่มประชาสัมพันธ์ สำนักงานรัฐมนตรี กระทรวงการคลัง"))
    assert "กลุ่มประชาสัมพันธ์ สำนักงานรัฐมนตรี" in names, names


def test_a_division_named_by_one_function_word_joins_its_parent_and_longer_ones_stay(extract_candidates):
    """Written right before its company, the division is that company's unit; a division named by more words
    ("ฝ่ายสื่อสารองค์กรและกิจกรรมเพื่อสังคม") names one unit though written alone."""
    names = _names(extract_candidates("นายสมศักดิ์ ใจดี ผู้จัดการฝ่ายโรงงาน บริษัท น้ำตาลสระบุรี จำกัด กล่าวว่า"))
    assert "ฝ่ายโรงงาน บริษัท น้ำตาลสระบุรี จำกัด" in names, names
    names = _names(extract_candidates("นางสาวสุดา ใจงาม ผู้อำนวยการฝ่ายสื่อสารองค์กรและกิจกรรมเพื่อสังคม กล่าวว่า"))
    assert "ฝ่ายสื่อสารองค์กรและกิจกรรมเพื่อสังคม" in names, names
    names = _names(extract_candidates("โดยสหกรณ์ผลิตผักน้ำดุกใต้ ได้นำผลผลิตมาจำหน่ายให้แก่ประชาชน"))
    assert "สหกรณ์ผลิตผักน้ำดุกใต้" in names, names


def test_a_not_cut_word_glued_to_the_next_verb_ends_no_name(extract_candidates):
    """not_cut words ("ตรวจ", "ประจำ") begin parts of names ("สำนักงานตรวจคนเข้าเมือง"), never end them: one glued to
    the sentence's next verb ("…กฤษฎีกาตรวจ|พิจารณา") was that verb's; "คณะกรรมการร่วม" alone stays a name."""
    names = _names(extract_candidates("ร่างกฎกระทรวงผ่านการพิจารณาของสำนักคณะกรรมการกฤษฎีกาตรวจพิจารณาแล้ว"))
    assert "สำนักคณะกรรมการกฤษฎีกา" in names and not any(n.endswith("ตรวจ") for n in names), names
    names = _names(extract_candidates("เจ้าหน้าที่กองบังคับการตรวจคนเข้าเมืองจังหวัดสงขลา ร่วมกันตรวจค้น"))
    assert "กองบังคับการตรวจคนเข้าเมืองจังหวัดสงขลา" in names, names


def test_a_body_runs_on_through_the_body_it_sits_in_after_a_space(extract_candidates):
    """seat_words: "ประจำ" and a body's name after one space is the committee of that body, not the one every ministry
    has; "ประจำปี" is the year, no part of the name."""
    names = _names(extract_candidates("โดยคณะกรรมการร้องทุกข์ ประจำกระทรวงยุติธรรม ได้รับเรื่องไว้พิจารณา"))
    assert "คณะกรรมการร้องทุกข์ ประจำกระทรวงยุติธรรม" in names, names
    names = _names(extract_candidates("ในการประชุมคณะกรรมการตรวจสอบและประเมินผลภาคราชการ ประจำกระทรวงอุตสาหกรรม ครั้งที่ 1"))
    assert "คณะกรรมการตรวจสอบและประเมินผลภาคราชการ ประจำกระทรวงอุตสาหกรรม" in names, names
    names = _names(extract_candidates("สมาคมผู้ส่งออกข้าวไทย ประจำปี 2562 ได้ประชุมใหญ่"))
    assert not any("ประจำปี" in n for n in names), names


@pytest.mark.parametrize("text, name", [
    ("ผลการสำรวจซึ่งจัดโดยสมาพันธ์อุตสาหกรรมยานยนต์แห่งอาเซียน พบว่าไทยครองอันดับหนึ่ง",
     "สมาพันธ์อุตสาหกรรมยานยนต์แห่งอาเซียน"),
    ("นางสาวซินเทีย ผู้แทนสำนักงานข้าหลวงใหญ่เพื่อสิทธิมนุษยชนแห่งสหประชาชาติ เข้าร่วมการประชุม",
     "สำนักงานข้าหลวงใหญ่เพื่อสิทธิมนุษยชนแห่งสหประชาชาติ"),
])
def test_a_name_runs_on_through_the_body_it_is_of(extract_candidates, text, name):
    """of_words: "แห่ง" glued right before a body's name makes the name that body's own ("…ยานยนต์แห่ง|อาเซียน", the
    ASEAN Automotive Federation): the name runs on through it instead of stopping before "แห่ง"."""
    names = _names(extract_candidates(text))
    assert name in names and name[:name.rindex("แห่ง")] not in names, names


def test_a_provincial_officer_s_title_is_no_body(extract_text, extract_candidates):
    """A title held in an office that runs on over its province (titles.jsonl `office`: "สหกรณ์จังหวัด",
    "เกษตรและสหกรณ์จังหวัด") names the officer: its end is no cooperative ("เกษตรและ|สหกรณ์จังหวัดชุมพร"), and the
    person holds the title; written after its office, it is the office's name."""
    result = extract_text("โดยมี นายธราพงษ์ มีมุสิทธิ์ เกษตรและสหกรณ์จังหวัดชุมพร ประธานหอการค้าจังหวัดชุมพร ร่วมประชุม")
    names = _names(result)
    assert not any(n.startswith("สหกรณ์จังหวัด") for n in names), names
    posts = [p.title for e in result.of_kind("person") for p in e.posts]
    assert "เกษตรและสหกรณ์จังหวัดชุมพร" in posts, posts
    names = _names(extract_candidates("ผู้ว่าราชการจังหวัดมอบหมายเกษตรและสหกรณ์จังหวัดบูรณาการร่วมกับหน่วยงานในพื้นที่"))
    assert not any(n.startswith("สหกรณ์จังหวัด") for n in names), names
    names = _names(extract_candidates("นายสมชาย ใจดี ผู้อำนวยการสำนักงานสหกรณ์จังหวัดสกลนคร กล่าวว่า"))
    assert "สำนักงานสหกรณ์จังหวัดสกลนคร" in names, names


def test_the_future_marker_glued_into_one_word_ends_a_name(extract_candidates):
    """clause_markers: "จะ" glued to the verb after it ("จะแจ้ง", a dictionary word of its own) or to a relative word
    ("ที่จะ") opens the sentence's verb phrase; the tokenizer keeps the pair as one word, and the name ends before it."""
    names = _names(extract_candidates("สอบถามได้ที่ ธ.ก.ส. ทุกสาขา หรือจนกว่าธนาคารจะแจ้งการปิดรับฝาก"))
    assert not any("จะ" in n for n in names), names
    names = _names(extract_candidates("ความร่วมมือกับสำนักงานการบินพลเรือนราชอาณาจักรซาอุดีอาระเบียที่จะมีขึ้นในแต่ละปี"))
    assert "สำนักงานการบินพลเรือนราชอาณาจักรซาอุดีอาระเบีย" in names, names
    names = _names(extract_candidates("ร่วมกับศูนย์การเรียนรู้เครือข่ายกลุ่มสัจจะสะสมทรัพย์ จัดงาน"))
    assert "ศูนย์การเรียนรู้เครือข่ายกลุ่มสัจจะสะสมทรัพย์" in names, names


def test_an_action_verb_glued_after_a_closing_word_is_the_sentence_s(extract_candidates):
    """closing_words: a name closed by "แห่งชาติ" or "แห่งประเทศไทย" goes on only with its patron, its country or a
    phrase a function word begins; an action verb glued after it is the sentence's, even one names hold elsewhere."""
    names = _names(extract_candidates("กระทรวงพาณิชย์ และสมาพันธ์สมาคมภาพยนตร์แห่งชาติขับเคลื่อนงานส่งเสริมและเผยแพร่ภาพยนตร์"))
    assert "สมาพันธ์สมาคมภาพยนตร์แห่งชาติ" in names, names
    names = _names(extract_candidates("ที่ประชุมคณะกรรมการแห่งชาติว่าด้วยการป้องกันและแก้ไขปัญหาเอดส์ มีมติ"))
    assert "คณะกรรมการแห่งชาติว่าด้วยการป้องกันและแก้ไขปัญหาเอดส์" in names, names
    names = _names(extract_candidates("ร่วมกับสมาคมคอมพิวเตอร์แห่งประเทศไทยในพระบรมราชูปถัมภ์ จัดงาน"))
    assert "สมาคมคอมพิวเตอร์แห่งประเทศไทยในพระบรมราชูปถัมภ์" in names, names


def test_a_hospital_s_tier_is_no_centre(extract_candidates):
    """hospital_tiers: "ศูนย์" glued right after "โรงพยาบาล" is the hospital's tier (โรงพยาบาลศูนย์, a regional
    hospital): what follows is that hospital's name or a phrase about it, no centre; a centre written on its own stays."""
    names = _names(extract_candidates("ผู้ป่วยไปรักษาต่อที่ โรงพยาบาลศูนย์อุดรธานี โดยญาติจะมารับกลับ"))
    assert not any(n.startswith("ศูนย์") for n in names), names
    names = _names(extract_candidates("โรงพยาบาลสมุทรปราการเป็นโรงพยาบาลศูนย์ขนาด 530 เตียง"))
    assert not any(n.startswith("ศูนย์") for n in names), names
    names = _names(extract_candidates("นายแพทย์สมชาย ผู้อำนวยการศูนย์อนามัยที่ 7 ขอนแก่น กล่าว"))
    assert "ศูนย์อนามัยที่ 7 ขอนแก่น" in names, names


def test_an_assistant_rector_s_portfolio_is_no_unit(extract_candidates):
    """portfolio_titles: "ฝ่าย…" right after "ผู้ช่วยอธิการบดี" is the assistant's portfolio, as after "รองอธิการบดี",
    not a unit of the university."""
    names = _names(extract_candidates(
        "โดยมี นายสมชาย ใจดี รักษาการแทนผู้ช่วยอธิการบดีฝ่ายวิจัยและวิชาการ มหาวิทยาลัยมหิดล ร่วมประชุม"))
    assert "มหาวิทยาลัยมหิดล" in names and not any(n.startswith("ฝ่าย") for n in names), names


def test_a_name_run_on_across_a_line_s_end_when_the_corpora_write_it_whole(extract_candidates):
    """_recurrent_longer, _LINE_BROKEN: a name whose line ends where a wrapped line or a table cell breaks it goes on
    into the next line's first chunk when the corpora write the joined name whole in several releases (keyed glued,
    one body with the name written on one line); a next line that begins something else starts a new item."""
    names = _names(extract_candidates(
        "4.1.4 คณะกรรมการประสานและกำกับการดำเนินงานป้องกันและปราบปราม\nการค้ามนุษย์\n4.1.5 คณะกรรมการกองทุนฟื้นฟูและพัฒนาเกษตรกร"))
    assert "คณะกรรมการประสานและกำกับการดำเนินงานป้องกันและปราบปรามการค้ามนุษย์" in names, names  # one line (one_line)
    names = _names(extract_candidates("ผู้แทนกรมป่าไม้\nผู้แทนกรมอุทยานแห่งชาติ สัตว์ป่า และพันธุ์พืช"))
    assert "กรมป่าไม้" in names, names


def test_a_name_run_on_through_a_word_that_ends_its_line_into_the_next_line(extract_candidates):
    """_recurrent_longer: a word glued to a name that ends its line ("…สังคม|และ⏎") is read joined to the next line's
    first chunk, as a name ending its line is: the name the corpora write whole goes on across the line's end; a next
    line that begins something else leaves the name where it was."""
    names = _names(extract_candidates(
        "ผู้แทนกระทรวงเกษตรและสหกรณ์ กระทรวงการพัฒนาสังคมและ\nความมั่นคงของมนุษย์ ให้ความช่วยเหลือ"))
    assert "กระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์" in names, names
    assert "กระทรวงการพัฒนาสังคม" not in names, names
    names = _names(extract_candidates("ผู้แทนกรมป่าไม้และ\nกรมอุทยานแห่งชาติ ร่วมประชุม"))
    assert "กรมป่าไม้" in names, names


def test_a_country_inside_a_candidate_name_is_searched_for_through_a_trie_with_the_longest_match():
    """validity_features searches every candidate organization's name for a country (org_place_inside): the 247 names
    are a trie, one branch a first character, so the engine does not try each name at every position; the match is
    the one of the names written out longest first."""
    import re
    import re._parser as parser

    from pythainlp.corpus import countries

    from phakhi.graph.extract.organizations import _countries

    names = countries()
    flat = re.compile(r"\s?(?:แห่ง)?(?:ประเทศ|สาธารณรัฐ|ราชอาณาจักร|สหพันธรัฐ|สหพันธ์สาธารณรัฐ)?\s?(?:"
                      + "|".join(map(re.escape, sorted(names, key=len, reverse=True))) + ")")
    alternatives = parser.parse(_countries().pattern).data[-1]
    assert str(alternatives[0]) == "BRANCH" and len(alternatives[1][1]) == len({name[0] for name in names})
    for text in ("สถานเอกอัครราชทูตแห่งสาธารณรัฐเกาหลีใต้ประจำประเทศไทย", "สภาธุรกิจไทย-ลาว", "ศูนย์ศึกษามาลาวีและจีน",
                 "กระทรวงการต่างประเทศ", "สมาคม ประเทศ ญี่ปุ่น"):
        assert [m.span() for m in _countries().finditer(text)] == [m.span() for m in flat.finditer(text)]
        assert _countries().search(text.replace(" ", "")) is not None or flat.search(text.replace(" ", "")) is None


def test_a_ministry_joined_to_another_country_by_haeng_is_that_countrys(extract_text):
    """tails._joined_country: a Thai body's name with "แห่ง" and another country after it, across a space or glued
    ("กระทรวงวัฒนธรรม แห่งสาธารณรัฐประชาชนจีน"), names that country's body, not the Thai one; "แห่งราชอาณาจักรไทย"
    after it is the Thai body still, and a body outside the authority file takes the country into its name."""
    result = extract_text("บันทึกความเข้าใจระหว่างกระทรวงวัฒนธรรม แห่งราชอาณาจักรไทย กับกระทรวงวัฒนธรรม "
                          "แห่งสาธารณรัฐประชาชนจีน ว่าด้วยความร่วมมือทางวัฒนธรรม")
    orgs = _orgs(result)
    foreign = [e for e in orgs.values() if e.key.startswith("pattern:") and "จีน" in e.key]
    assert [e.type for e in foreign] == ["ForeignGovernmentBody"], orgs.keys()
    assert all("จีน" not in n for e in orgs.values() if e.key.startswith("org:") for n in e.names), orgs.keys()
    assert any(e.key.startswith("org:") and "กระทรวงวัฒนธรรม" in e.names for e in orgs.values()), orgs.keys()
    names = _names(extract_text("นายเกา คอนดารา รักษาการประธานคณะกรรมการต่อสู้ยาเสพติดแห่งชาติ แห่งราชอาณาจักรกัมพูชา "
                                "เข้าพบหารือ"))
    assert "คณะกรรมการต่อสู้ยาเสพติดแห่งชาติ แห่งราชอาณาจักรกัมพูชา" in names, names


def test_a_short_legal_form_is_the_company_its_long_form_names(extract_text):
    """org_legal_forms.long_legal_form: "บมจ." stands for "บริษัท … จำกัด (มหาชน)" (org_patterns.jsonl `abbreviates`);
    a short form's name cut at a space runs on through the words the release's long form writes ("บมจ. ไทยลักซ์|
    เอ็นเตอร์ไพรส์", round 14), and the two forms are one company, labelled by the long form; with no long form the
    short one stays as it was."""
    text = ("EXIM BANK สนับสนุนสินเชื่อให้ บมจ. ไทยลักซ์ เอ็นเตอร์ไพรส์ บุกเบิกลงทุนธุรกิจโรงไฟฟ้า\n"
            "ธนาคารลงนามในสัญญาให้แก่บริษัท ไทยลักซ์ เอ็นเตอร์ไพรส์ จำกัด (มหาชน) เพื่อสนับสนุนการลงทุน")
    companies = [e for e in extract_text(text).of_kind("organization") if e.type == "Company"]
    assert len(companies) == 1, [e.names for e in companies]
    assert companies[0].names == ["บริษัท ไทยลักซ์ เอ็นเตอร์ไพรส์ จำกัด (มหาชน)", "บมจ. ไทยลักซ์ เอ็นเตอร์ไพรส์"]  # labelled
    # by the long form, though the short one is written first
    names = _names(extract_text("ตัวแทนจาก บมจ.วิริยะประกันภัย ร่วมงาน และบริษัท ทิพยประกันภัย จำกัด (มหาชน) ร่วมด้วย"))
    assert "บมจ.วิริยะประกันภัย" in names, names


@pytest.mark.parametrize("text, name, bad", [
    ("รมว.พม. เปิดสถาบันเพาะกล้าคุณธรรมแห่งที่ 2 ณ จ.พิษณุโลก", None, "สถาบันเพาะกล้าคุณธรรมแห่งที่ 2"),
    ("ก่อสร้างศูนย์พัฒนาเด็กเล็กองค์การบริหารส่วนตำบลอุทัยสวรรค์แห่งใหม่ให้แก่นายก",
     "ศูนย์พัฒนาเด็กเล็กองค์การบริหารส่วนตำบลอุทัยสวรรค์", "ศูนย์พัฒนาเด็กเล็กองค์การบริหารส่วนตำบลอุทัยสวรรค์แห่งใหม่"),
])
def test_a_count_of_a_bodys_sites_is_no_part_of_its_name(extract_candidates, text, name, bad):
    """_site_count (not_organizations `site_counts`, `site_ordinals`): "แห่ง" glued after a name with "ใหม่", "แรก",
    "หนึ่ง" or "ที่" and a number counts the body's sites (the second one, a new one), so the name ends before it
    (round 13, mid: judged boundary-bad; the institute's name cut so is the network's, a kind the corpora count, no
    candidate); "แห่ง" before a body or a country still joins it."""
    names = _names(extract_candidates(text))
    assert bad not in names and (name is None or name in names), names
    assert "สมาพันธ์อุตสาหกรรมยานยนต์แห่งอาเซียน" in _names(extract_candidates(
        "งานซึ่งจัดโดยสมาพันธ์อุตสาหกรรมยานยนต์แห่งอาเซียน พบว่าไทยได้"))


@pytest.mark.parametrize("text, site", [
    ("จัดขึ้น ณ มหาวิทยาลัยราชภัฏเชียงใหม่ ศูนย์แม่ริม อ.แม่ริม จ.เชียงใหม่ เวลา 10.00 น.", "ศูนย์แม่ริม"),  # a campus
    ("เปิดให้บริการ ได้แก่ สำนักพหลโยธิน (สำนักงานใหญ่) และสาขาทั่วประเทศ", "สำนักพหลโยธิน"),  # a bank's head office
])
def test_a_site_word_glued_to_a_district_or_road_alone_is_a_place_not_a_body(extract_text, text, site):
    # org_sites.json (scripts/mine_org_sites.py) lists the district and the road; the university stays a body
    assert site not in _names(extract_text(text))


@pytest.mark.parametrize("text, site", [
    ("เริ่มต้นจากมหาวิทยาลัยธรรมศาสตร์ (ศูนย์รังสิต) ไปตามถนนพหลโยธิน ถนนวิภาวดีรังสิต", "ศูนย์รังสิต"),  # final, round 14
    ("มหาวิทยาลัยเทคโนโลยีสุรนารี\xa0มหาวิทยาลัยธรรมศาสตร์ ศูนย์พัทยา มหาวิทยาลัยศรีปทุม\xa0มหาวิทยาลัยสงขลานครินทร์",
     "ศูนย์พัทยา"),  # rounds 13, 20
    ("นักศึกษาจากมหาวิทยาลัยเกษตรศาสตร์ ศูนย์ภาคตะวันออก เข้าร่วม", "ศูนย์ภาคตะวันออก"),
])
def test_a_site_word_glued_to_a_region_or_a_city_is_a_place_not_a_body(extract_text, text, site):
    """not_organizations `site_places`: a region ("ภาคตะวันออก") or a city or area that is no province and that
    org_sites.json does not mine ("พัทยา", "รังสิต") names a campus with a site word as a district does; bracketed
    after the university it is no abbreviation of it either (learn_abbreviations, site_named). The university stays."""
    names = _names(extract_text(text))
    assert site not in names and not any(n.endswith(site) and n != site and "มหาวิทยาลัย" not in n for n in names), names
    assert any(n.startswith(("มหาวิทยาลัยธรรมศาสตร์", "มหาวิทยาลัยเกษตรศาสตร์")) for n in names), names


def test_an_office_named_by_a_region_after_its_body_is_that_bodys_office():
    """"ธนาคารแห่งประเทศไทย สำนักงานภาคใต้" (round 19, judged boundary as the bare "สำนักงานภาคใต้"): an office word and a
    region right after the body is its office there (_parent_before), as "การท่องเที่ยวแห่งประเทศไทย สำนักงานลพบุรี" is."""
    from phakhi.graph.extract.organizations import site_named

    assert site_named("สำนักงานภาคใต้") and site_named("ศูนย์รังสิต") and site_named("สำนักงานลพบุรี")
    assert not site_named("สำนักงานพุทธมณฑลภาคใต้") and not site_named("ศูนย์การเรียนรู้")


@pytest.mark.parametrize("text, name", [
    ("ติดต่อสำนักงานพุทธมณฑล โทร 0-2441-7966", "สำนักงานพุทธมณฑล"),  # an office named by its place is a body
    ("ผู้แทนศูนย์แม่ริมพัฒนาชุมชน ได้", "ศูนย์แม่ริมพัฒนาชุมชน"),  # more than the place: a name of its own
    ("ลงพื้นที่ตรวจเยี่ยมศูนย์พัฒนาการจัดสวัสดิการสังคมผู้สูงอายุ จังหวัดนครปฐม",  # its first word a road's name
     "ศูนย์พัฒนาการจัดสวัสดิการสังคมผู้สูงอายุ"),
])
def test_an_office_or_a_longer_name_after_a_place_stays_a_body(extract_text, text, name):
    assert name in _names(extract_text(text))


@pytest.mark.parametrize("text, side", [
    ("โดยแม่ทัพภาคที่ 2 ทำหน้าที่ประธานคณะกรรมการฝ่ายไทย และผู้บัญชาการภูมิภาคทหารที่ 4 ทำหน้าที่ประธาน", "ฝ่ายไทย"),
    ("ผู้บัญชาการภูมิภาคทหารที่ 4 ทำหน้าที่ประธานคณะกรรมการฝ่ายกัมพูชา โดยภายหลังการประชุม", "ฝ่ายกัมพูชา"),
    ("ทั้งนี้ ในการหารือกับฝ่ายกัมพูชา รัฐบาลไทยยืนยันว่าจะใช้กลไกทวิภาคีที่มีอยู่", "ฝ่ายกัมพูชา"),
])
def test_a_name_ending_on_a_countrys_side_is_no_body(extract_candidates, text, side):
    """"คณะกรรมการฝ่ายไทย" is the Thai side of a joint border committee, "ฝ่ายกัมพูชา" Cambodia's side of talks: a
    party's side names no body of its own (judged junk in rounds 15 and 19; org_parties.country_side)."""
    names = _names(extract_candidates(text))
    assert not any(side in n for n in names), names


def test_a_unit_named_by_what_it_does_is_no_countrys_side():
    """Only a side word with a country after it makes a side: "ฝ่ายวิจัยประยุกต์" is a unit."""
    from phakhi.graph.extract.org_parties import country_side

    assert not country_side("ฝ่ายวิจัยประยุกต์") and not country_side("คณะกรรมการร่วมไทย-กัมพูชา")
    assert country_side("คณะกรรมการฝ่ายไทย") and country_side("องค์การฝ่ายสาธารณรัฐประชาชนจีน")


@pytest.mark.parametrize("text, kind", [
    ("โดยได้สั่งการให้กรมชลประทานตั้งคณะทำงานเฉพาะกิจ ให้เจ้าหน้าที่ระดับรองอธิบดีหรือผู้อำนวยการ", "คณะทำงานเฉพาะกิจ"),
    ("อีกทั้ง ได้มีการแต่งตั้งคณะกรรมการเฉพาะกิจ/คณะอนุกรรมการ ในการแก้ไขปัญหาการทำประมง", "คณะกรรมการเฉพาะกิจ"),
    ("การพัฒนาที่ยั่งยืนโดยได้จัดตั้งคณะกรรมการระดับชาติ ตั้งเป้าหมายการพัฒนาอย่างยั่งยืน", "คณะกรรมการระดับชาติ"),
])
def test_a_body_named_only_by_how_it_works_is_a_kind(extract_candidates, text, kind):
    """"คณะทำงานเฉพาะกิจ" (a task force), "คณะกรรมการระดับชาติ" (a national committee): a head word and nothing but a
    word of how or at what level it works names no task, the kind (judged junk in rounds 14, 16 and 19;
    org_services.mode_only)."""
    assert kind not in _names(extract_candidates(text))


def test_a_task_force_named_by_its_task_is_a_body():
    """The mode word alone makes the kind; a name going on to the body's task is the body's."""
    from phakhi.graph.extract.org_services import mode_only

    head = len("คณะทำงาน")
    assert mode_only("ตั้งคณะทำงานเฉพาะกิจ ให้", 4, "คณะทำงานเฉพาะกิจ", head)
    assert not mode_only("คณะทำงานเฉพาะกิจเพื่อตรวจสภาพความพร้อม", 0, "คณะทำงานเฉพาะกิจเพื่อตรวจสภาพความพร้อม", head)
    # "…อาเซียน…" glued on: ASEAN's task force on fake news, a body, though the pattern stops at ASEAN's name
    assert not mode_only("คณะทำงานเฉพาะกิจอาเซียนด้านการรับมือข่าวลวง", 0, "คณะทำงานเฉพาะกิจ", head)


@pytest.mark.parametrize("text, kind", [
    # judged junk: round final (two main work groups), round 4 (a specialised institute), round 13 (social institutions)
    ("ภารกิจที่เน้นเป็นสำคัญแบ่งออกได้เป็น 2  กลุ่มงานหลัก  กลุ่มงานแรก คือ งานที่เกี่ยวกับ", "กลุ่มงานหลัก"),
    ("มติคณะรัฐมนตรีเมื่อวันที่ 7 กรกฎาคม 2541 (เรื่อง การจัดตั้ง สถาบันเฉพาะทาง ) ซึ่งจัดตั้งขึ้นโดย อก.",
     "สถาบันเฉพาะทาง"),
    ("โดยเฉพาะการสร้างความเข้มแข็งของ สถาบันทางสังคม  ทุนทางวัฒนธรรม และความเข้มแข็ง", "สถาบันทางสังคม"),
])
def test_a_body_named_only_by_a_generic_modifier_is_a_kind(extract_candidates, text, kind):
    """A head word and nothing after it but a word of which bodies of the kind are meant (not_organizations
    `generic_modifiers`: main, specialised, social, state-owned, leading …) names the kind, no body
    (org_services.mode_only)."""
    assert kind not in _names(extract_candidates(text))


def test_a_body_named_past_its_modifier_is_a_body():
    """The modifier alone makes the kind; a name going on after it is a name of its own."""
    from phakhi.graph.extract.org_services import mode_only

    head = len("ศูนย์")
    assert mode_only("จัดตั้งศูนย์ต้นแบบ ในพื้นที่", 7, "ศูนย์ต้นแบบ", head)
    assert not mode_only("ศูนย์ต้นแบบการผลิตพืช", 0, "ศูนย์ต้นแบบการผลิตพืช", head)
    assert not mode_only("ศูนย์ต้นแบบการผลิตพืช", 0, "ศูนย์ต้นแบบ", head)


@pytest.mark.parametrize("text, kind", [
    # judged junk: round 15 (the company's office, the company after a space), round 20 (a list of kinds)
    ("เมื่อวันที่ 17 มกราคม 2563 ณ สำนักงานบริษัท ไทยสมายล์ฯ พร้อมด้วย นายเจือ ราชสีห์", "สำนักงานบริษัท"),
    ("จำหน่ายให้กับสภากาชาดไทย มูลนิธิสมาคม สหกรณ์วัด สถานศึกษาของรัฐ โรงพยาบาลของรัฐ", "มูลนิธิสมาคม"),
    # the corpora's other bare pairs: a bank's board, a university's council, kinds in a list
    ("นายพรเลิศ ลัธธนันท์ ประธานกรรมการธนาคาร พร้อมด้วย คณะกรรมการธนาคาร ตลอดจน ผู้บริหาร และพนักงาน", "คณะกรรมการธนาคาร"),
    ("ประกอบด้วยสภา 3 สภา ได้แก่ สภามหาวิทยาลัย สภาวิชาการ สภาคณาจารย์และข้าราชการ", "สภามหาวิทยาลัย"),
    ("ขอบคุณทั้งสมาคมผู้ประกอบการทั้งหมด สมาคมหอการค้า สมาคมอุตสาหกรรมต่าง ๆ ทั้งหมด", "สมาคมหอการค้า"),
])
def test_two_kinds_written_as_one_name_are_no_body(extract_candidates, text, kind):
    """A board, council or office and the kind of body it belongs to ("คณะกรรมการ|ธนาคาร", "สำนักงาน|บริษัท"), or two
    kinds of the same standing glued ("มูลนิธิ|สมาคม"), with nothing after them: the part of a body the release names
    elsewhere or not at all, or a list of kinds (not_organizations `part_words`, `owner_kinds`, `list_kinds`;
    org_services.kind_pair)."""
    assert kind not in _names(extract_candidates(text))


def test_a_body_named_by_its_members_is_no_kind_pair():
    """An association or a council named by the bodies it gathers is one body ("สมาคมธนาคาร", the Thai Bankers'
    Association; "สภาหอการค้า", the Board of Trade), so is a ministry named by its field ("ทบวงมหาวิทยาลัย"); a name
    going on past the pair is a name of its own."""
    from phakhi.graph.extract.org_services import kind_pair

    assert kind_pair("ณ สำนักงานบริษัท ไทยสมายล์ฯ", 2, "สำนักงานบริษัท")
    assert kind_pair("ทุกกระทรวง ทบวงกรม อะไรทำก่อน", 11, "ทบวงกรม")
    for name in ("สมาคมธนาคาร", "สภาหอการค้า", "ทบวงมหาวิทยาลัย", "มหาวิทยาลัยหอการค้า", "สำนักงานคณะกรรมการ"):
        assert not kind_pair(name + " และ", 0, name), name
    assert not kind_pair("คณะกรรมการบริษัทบริหารสินทรัพย์", 0, "คณะกรรมการบริษัท")
    # the body the council or office belongs to written right after it: the unit joins it
    assert not kind_pair("นายกสภาสถาบัน สถาบันวิทยสิริเมธี และ", 4, "สภาสถาบัน")
    assert not kind_pair("ชั้น 5 สำนักงานมหาวิทยาลัย มหาวิทยาลัยแม่โจ้ นาย", 7, "สำนักงานมหาวิทยาลัย")


def test_a_bankers_association_is_kept(extract_candidates):
    """The bare pair that names one body by its members is still found."""
    text = "ประกอบด้วย กองทุนฟื้นฟูพัฒนาเกษตรกร สมาคมธนาคาร และตัวแทนลูกหนี้เกษตรกร จากเครือข่าย"
    assert "สมาคมธนาคาร" in _names(extract_candidates(text))


def test_a_company_name_does_not_open_on_and(extract_candidates):
    """A company's prefix word with "และ" right after it begins no name, though "จำกัด" follows (not_organizations
    `legal_name_openers`): with the board's pair no longer a name, the inner "บริษัท" of "คณะกรรมการบริษัท" would
    otherwise run to the group's company; the company is the one named after the second prefix word."""
    text = ("รางวัล คือ นางสาวจรีพร จารุกรสกุล ประธานคณะกรรมการบริษัท และประธานเจ้าหน้าที่บริหารกลุ่มบริษัท "
            "ดับบลิวเอชเอ คอร์ปอเรชั่น จำกัด (มหาชน)  ที่มา")
    names = _names(extract_candidates(text))
    assert not any(n.startswith("บริษัท และ") for n in names), names
    assert "บริษัท ดับบลิวเอชเอ คอร์ปอเรชั่น จำกัด (มหาชน)" in names, names


def test_two_legal_forms_joined_by_and_are_no_company(extract_candidates):
    """"ห้างหุ้นส่วนและบริษัทจำกัด" (partnerships and limited companies, a ministerial rule's subject) is two legal
    forms, no firm (not_organizations `legal_name_openers`)."""
    text = ("10. เรื่อง ร่างกฎกระทรวงลดอัตราค่าธรรมเนียมสำหรับห้างหุ้นส่วนและบริษัทจำกัดในพื้นที่เขตพัฒนาพิเศษเฉพาะกิจ "
            "พ.ศ. .... คณะรัฐมนตรีมีมติอนุมัติ")
    assert not any(n.startswith("ห้างหุ้นส่วนและ") for n in _names(extract_candidates(text)))


def test_a_board_before_its_company_leaves_the_company(extract_candidates):
    """The pair is no body; the company written after it is found by its own name."""
    text = "เมื่อวันที่ 6 มิถุนายน 2567 เวลา 10.00 น. ณ สำนักงานบริษัท อโกด้า เซอร์วิสเซส จำกัด ชั้น 8 อาคาร"
    names = _names(extract_candidates(text))
    assert "สำนักงานบริษัท" not in names and "บริษัท อโกด้า เซอร์วิสเซส จำกัด" in names, names


@pytest.mark.parametrize("text, body", [
    ("กล่าวถึงที่ประชุมศูนย์บริหารสถานการณ์การแพร่ระบาดของโรคติดเชื้อไวรัสโคโรนา 2019 (COVID-19) ครั้งที่ 1 "
     "มีมติเห็นชอบ ในสถานการณ์รับมือป้องกันไวรัสโคโรนา 2019 (COVID-19) นี้ด้วย",
     "ศูนย์บริหารสถานการณ์การแพร่ระบาดของโรคติดเชื้อไวรัสโคโรนา 2019"),
    ("ได้รับการสนับสนุนจากคณะกรรมการบริหารจัดการเงินบริจาคและทรัพย์สินเพื่อสนับสนุนการดำเนินการแก้ไขปัญหาจาก"
     "โรคติดเชื้อไวรัสโคโรนา 2019 (COVID-19) โดยใช้เงินบริจาค ผู้ได้รับผลกระทบจาก COVID-19 ทั่วประเทศ",
     "คณะกรรมการบริหารจัดการเงินบริจาคและทรัพย์สินเพื่อสนับสนุนการดำเนินการแก้ไขปัญหาจากโรคติดเชื้อไวรัสโคโรนา 2019"),
])
def test_a_bracket_glossing_the_term_a_body_s_name_ends_on_is_no_abbreviation_of_it(extract_text, text, body):
    """"(COVID-19)" after a body's name ending on "โคโรนา 2019" glosses the disease, not the body: learned as the
    body's abbreviation it made every later "COVID-19" of the release a mention of it (program_aliases.ends_on_term,
    as after a programme's name). A body's own Latin abbreviation is still learned."""
    names = _names(extract_text(text))
    assert body in names and "COVID-19" not in names, names
    own = _names(extract_text("โดยศูนย์ปฏิบัติการน้ำอัจฉริยะ (SWOC) ได้ติดตามสถานการณ์น้ำ และ SWOC รายงานว่า"))
    assert "SWOC" in own, own


def test_a_body_s_acronym_after_a_name_ending_on_a_term_is_still_learned(extract_text):
    """An acronym without the term's number, after a name ending on "โควิด 19", is the body's own
    (program_aliases.glosses_term asks the bracket to write the number)."""
    text = ("เปิดเผยว่า คณะกรรมการประมวลสถานการณ์โควิด 19 (MIU) กระทรวงสาธารณสุข ได้นำเสนอข้อมูล และ MIU ได้รายงาน")
    assert any("MIU" in e.names and "คณะกรรมการประมวลสถานการณ์โควิด 19" in e.names
               for e in extract_text(text).of_kind("organization"))


@pytest.mark.parametrize("text, name, bracketed", [
    ("เปิดเผยภายหลังการประชุมศูนย์ปฏิบัติการกระทรวงแรงงาน (ศปก.รง.) ครั้งที่ ๒ ว่า ศปก.รง. ได้ติดตาม",
     "กระทรวงแรงงาน", "ศปก.รง."),
    ("นายภาสกร ชัยรัตน์ ผู้ตรวจราชการกระทรวงอุตสาหกรรม (ผตร.) ลงพื้นที่ โดย ผตร. ได้ตรวจเยี่ยม",
     "กระทรวงอุตสาหกรรม", "ผตร."),
])
def test_a_thai_abbreviation_with_letters_the_name_lacks_is_no_abbreviation_of_it(extract_text, text, name,
                                                                                   bracketed):
    """A bracket whose letters are not all in the body's name, in order, abbreviates a longer phrase the name only
    ends (a unit of the ministry, a post): learned as the ministry's abbreviation it made every later "ผตร." the
    ministry (organizations._letters_in_name). The body's own abbreviation, whose letters skip words and come from
    inside them, is still learned ("พก.", "ป.ป.ช.")."""
    assert not any(bracketed in e.names for e in extract_text(text).of_kind("organization") if name in e.names)
    own = extract_text("โดยกรมส่งเสริมและพัฒนาคุณภาพชีวิตคนพิการ (พก.) ได้จัดงาน และ พก. ได้มอบเงิน").of_kind("organization")
    assert any("พก." in e.names for e in own if "กรมส่งเสริมและพัฒนาคุณภาพชีวิตคนพิการ" in e.names), own



def test_an_abbreviation_ending_on_its_parent_s_is_judged_by_its_first_part():
    """"ศปอส.ตร." is the centre's "ศปอส." and the police's "ตร.": its first part's letters are the centre's
    (organizations._letters_in_name); a post's or a unit's "ศปก.รง." fits no part of the ministry's name."""
    from phakhi.graph.extract.organizations import _letters_in_name

    assert _letters_in_name("ศูนย์ปราบปรามอาชญากรรมทางเทคโนโลยีสารสนเทศ", "ศปอส.ตร.")
    assert _letters_in_name("สำนักงานคณะกรรมการป้องกันและปราบปรามการทุจริตแห่งชาติ", "ป.ป.ช.")
    assert not _letters_in_name("กระทรวงแรงงาน", "ศปก.รง.")
    assert not _letters_in_name("สำนักงานตำรวจแห่งชาติ", "ผบ.ตร")
    assert not _letters_in_name("กระทรวงการอุดมศึกษา วิทยาศาสตร์ วิจัยและนวัตกรรม", "รมว.อว")  # a title's


@pytest.mark.parametrize("text, kind", [
    # judged junk: round 22 (a list of kinds of body), round 9
    ("ผู้ประกอบการที่จดทะเบียนรับรองคุณสมบัติ ได้แก่ นิติบุคคลด้านภาพยนตร์และวีดิทัศน์ สมาคมด้านภาพยนตร์และวีดิทัศน์ "
     "รวมทั้งบริษัทที่เกี่ยวข้องกับการผลิต", "สมาคมด้านภาพยนตร์และวีดิทัศน์"),
    ("ส่งเสริมการแบ่งปันข้อมูล และความร่วมมือระหว่างองค์การด้านการศึกษา เป็นต้น", "องค์การด้านการศึกษา"),
    # the corpora's others: institutes and foundations of a field
    ("ร่วมกับมหาวิทยาลัยและสถาบันด้านวิทยาศาสตร์และเทคโนโลยี ในการพัฒนากำลังคน", "สถาบันด้านวิทยาศาสตร์และเทคโนโลยี"),
    ("โดยมีผู้แทนจากมูลนิธิด้านสาธารณสุข เข้าร่วมการประชุม", "มูลนิธิด้านสาธารณสุข"),
])
def test_a_kind_of_body_of_a_field_is_no_body(extract_candidates, text, kind):
    """An association, organisation, institute or foundation head word with "ด้าน" (in the field of) glued right after
    it names the bodies of that field (not_organizations `field_kinds`, `field_words`; org_services.field_kind)."""
    assert kind not in _names(extract_candidates(text))


def test_a_committee_of_a_field_is_still_a_body(extract_candidates):
    """A committee is named by its task: "คณะกรรมการด้าน…" stays a name (judged valid in rounds 19 and 22)."""
    text = "ที่ประชุมคณะกรรมการด้านการคุ้มครองการลงทุนระหว่างประเทศ ได้พิจารณาร่างความตกลง"
    assert "คณะกรรมการด้านการคุ้มครองการลงทุนระหว่างประเทศ" in _names(extract_candidates(text))
    # an institute with its own English name and abbreviation in brackets is one body (the v2 corpus, 18 October 2023)
    text = ("ได้เยี่ยมชมชมการปฏิบัติงานของสถาบันด้านการขนส่งทางน้ำและโลจิสติกส์ (Maritime And Logistics Institute : MLI) "
            "และรับฟังการบรรยาย")
    assert "สถาบันด้านการขนส่งทางน้ำและโลจิสติกส์" in _names(extract_candidates(text))


@pytest.mark.parametrize("text, slogan", [
    # judged junk: round 3 (the bank's vision in quotes)
    ("ธ.ก.ส. ในฐานะสถาบันการเงินเฉพาะกิจของรัฐที่มีวิสัยทัศน์ “ธนาคารพัฒนาชนบทที่ยั่งยืน” และมีบทบาทสำคัญ",
     "ธนาคารพัฒนาชนบท"),
    # the corpora's others
    ("เพื่อเดินหน้าตามวิสัยทัศน์ “ธนาคารที่ดีที่สุดสำหรับการมีบ้าน” ทั้งนี้ AREA Awards ยังเป็น",
     "ธนาคารที่ดีที่สุดสำหรับการมีบ้าน"),
])
def test_a_vision_or_slogan_is_no_body(extract_candidates, text, slogan):
    """A name written after a vision or slogan word with a space or an opening quote between is the vision itself
    (not_organizations `slogan_words`, `slogan_quotes`; org_services.slogan_named)."""
    assert slogan not in _names(extract_candidates(text))


def test_a_body_glued_after_its_vision_word_is_still_found():
    """Glued, the vision is the body's own and its name follows ("วิสัยทัศน์กรมศุลกากร"): slogan_named says no."""
    from phakhi.graph.extract.org_services import slogan_named

    text = "ตามวิสัยทัศน์สถาบันยานยนต์สอดคล้องนโยบายรัฐบาล"  # the corpora's form: the institute's vision
    assert not slogan_named(text, text.index("สถาบัน"))
    spaced = "ภายใต้วิสัยทัศน์ “ธนาคารพัฒนาชนบทที่ยั่งยืน”"
    assert slogan_named(spaced, spaced.index("ธนาคาร"))


@pytest.mark.parametrize("text, stop", [
    # judged junk: rounds 20 and 22 (the orange line's western end, in a bracket after the line)
    ("สายสีม่วง (เตาปูน-ราษฎร์บูรณะ) เป็นโครงการที่เปิดให้บริการแล้ว และสายสีส้ม (ตลิ่งชัน-ศูนย์วัฒนธรรม) "
     "เป็นโครงการในอนาคต", "ศูนย์วัฒนธรรม"),
    # the corpora's others: the same line's sections, the stop first or second, spaced or glued
    ("รถไฟฟ้าสายสีส้ม ช่วงศูนย์วัฒนธรรมฯ-มีนบุรี (สุวินทวงศ์) ที่สถานีปลายทาง", "ศูนย์วัฒนธรรมฯ-มีนบุรี"),
    ("โครงการรถไฟฟ้าสายสีส้ม ช่วงบางขุนนนท์ - ศูนย์วัฒนธรรมแห่งประเทศไทย ระยะทาง 13.4 กิโลเมตร",
     "ศูนย์วัฒนธรรมแห่งประเทศไทย"),
    ("รถไฟฟ้าสายสีส้ม (ศูนย์วัฒนธรรมแห่งประเทศไทย-มีนบุรี) เปิดให้บริการ", "ศูนย์วัฒนธรรมแห่งประเทศไทย"),
])
def test_a_route_stop_is_no_body(extract_candidates, text, stop):
    """A name at either end of a route written as two ends joined by a hyphen, after a section word (ช่วง) or in a
    bracket after a line word (สาย…), is a station named after a place or a body (not_organizations `route_sections`,
    `route_lines`, `route_joiners`; org_services.route_stop)."""
    names = _names(extract_candidates(text))
    assert not any(name.startswith(stop[:8]) for name in names), names


def test_bodies_joined_by_a_hyphen_are_no_route():
    """Two bodies joined by a hyphen with no route word are partners, not stops ("กระทรวงมหาดไทย-สมาคม…");
    "ช่วง" meaning during, with no hyphen after the name, opens no route."""
    from phakhi.graph.extract.org_services import route_stop

    text = "ลงนามความร่วมมือ กระทรวงมหาดไทย-สมาคมแม่บ้านมหาดไทย ณ ทำเนียบรัฐบาล"
    assert not route_stop(text, text.index("สมาคม"))
    during = "ในช่วงศูนย์ข่าวโควิด-19 แถลงข่าวประจำวัน"
    assert not route_stop(during, during.index("ศูนย์"))
    section = "ช่วงบางขุนนนท์ - ศูนย์วัฒนธรรมแห่งประเทศไทย"
    assert route_stop(section, section.index("ศูนย์"))
    summit = "ในช่วงการประชุมสุดยอดอาเซียน - คณะมนตรีความร่วมมือรัฐอ่าวอาหรับ"  # during the ASEAN-GCC summit
    assert not route_stop(summit, summit.index("คณะ"))


@pytest.mark.parametrize("text, whole", [
    # judged boundary, round 22: a company's division, the company found by pattern after the division was
    ("นายสมชาย ใจดี ผู้อำนวยการฝ่ายองค์กรสัมพันธ์และสื่อสาร บริษัท บริหารสินทรัพย์สุขุมวิท จำกัด กล่าวว่า",
     "ฝ่ายองค์กรสัมพันธ์และสื่อสาร บริษัท บริหารสินทรัพย์สุขุมวิท จำกัด"),
    # judged boundary, round 19: the parent an office found by pattern, its ministry after it
    ("ข่าวโดย กลุ่มประชาสัมพันธ์ สำนักงานรัฐมนตรี กระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์ รายงานว่า",
     "กลุ่มประชาสัมพันธ์ สำนักงานรัฐมนตรี"),
    # the samples' chains: a unit under a unit under a body
    ("ข่าวโดย กลุ่มงานประชาสัมพันธ์ กองการต่างประเทศ สำนักงานปลัดกระทรวงสาธารณสุข รายงาน",
     "กลุ่มงานประชาสัมพันธ์ กองการต่างประเทศ สำนักงานปลัดกระทรวงสาธารณสุข"),
    ("โดยนายสมชาย ใจดี หัวหน้ากลุ่มระงับข้อพิพาททางการแพทย์ กองกฎหมาย สำนักงานปลัดกระทรวงสาธารณสุข กล่าวว่า",
     "กลุ่มระงับข้อพิพาททางการแพทย์ กองกฎหมาย สำนักงานปลัดกระทรวงสาธารณสุข"),
])
def test_a_unit_joins_a_parent_found_after_it(extract_candidates, text, whole):
    """organizations._join_later_parents: a unit runs on through the body written right after it even when that body
    was found after the unit (by pattern, or as a unit run on through its own parent): the guards are _with_parent's."""
    names = _names(extract_candidates(text))
    assert whole in names, names


def test_a_unit_before_a_kind_of_body_joins_nothing(extract_candidates):
    """A parent that is a kind of body dropped later (a provincial office with no province) names no one parent."""
    names = _names(extract_candidates("โดยกลุ่มงานส่งเสริมการเกษตร สำนักงานเกษตรจังหวัด ได้ลงพื้นที่"))
    assert not any(n.startswith("กลุ่มงานส่งเสริมการเกษตร สำนักงานเกษตรจังหวัด") for n in names), names


def test_the_bracket_after_a_unit_and_its_parent_abbreviates_the_parent(extract_text):
    """"… ฝ่าย… บริษัท … จำกัด (SAM)": SAM is the company's, not its division's (round 22's release)."""
    result = extract_text("ติดต่อ ฝ่ายองค์กรสัมพันธ์และสื่อสาร บริษัท บริหารสินทรัพย์สุขุมวิท จำกัด (SAM) โทร. 02-686-1839")
    unit = [e for e in result.of_kind("organization") if e.names[0].startswith("ฝ่าย")]
    assert unit and "SAM" not in unit[0].names, [e.names for e in result.of_kind("organization")]


def test_units_listed_with_their_parents_join_no_group_as_a_parent(extract_candidates):
    """A list of units each with its parent ("กลุ่ม… สำนัก… กลุ่ม… สำนัก…", the samples' กรมเจ้าท่า release): a
    division is no group's unit, and a command (กองบัญชาการ…) is of the level above units."""
    names = _names(extract_candidates("ได้แก่ กลุ่มตรวจการเดินเรือ สำนักความปลอดภัยและสิ่งแวดล้อมทางน้ำ กลุ่มวิศวกรรมแม่น้ำ "
                                      "สำนักมาตรฐานเรือ กรมเจ้าท่า"))
    assert "กลุ่มตรวจการเดินเรือ สำนักความปลอดภัยและสิ่งแวดล้อมทางน้ำ" in names, names
    assert not any(n.startswith("สำนักความปลอดภัยและสิ่งแวดล้อมทางน้ำ กลุ่ม") for n in names), names


def test_a_unit_named_by_a_work_of_many_bodies_is_generic():
    """"ประชาสัมพันธ์", "อำนวยการ", "วิจัยและพัฒนา": works the corpora name units of many bodies by, under several
    prefix words (org_unit_functions.json, scripts/mine_org_functions.py), so a unit named by one is any body's however
    rarely its exact name is written ("กลุ่มงานประชาสัมพันธ์": one parent in the corpora, "กลุ่มอำนวยการ" judged cut
    short without "กองกลาง สำนักงานปลัดกระทรวง…" in round 3). Not a department (a parent level), nor a distinctive
    division ("ฝ่ายบริหารลูกค้าธุรกิจและภาครัฐ", judged valid bare in round 22)."""
    from phakhi.graph.extract.names import generic_unit

    assert all(generic_unit(n) for n in ("กลุ่มงานประชาสัมพันธ์", "กลุ่มอำนวยการ", "ฝ่ายอำนวยการ", "ศูนย์วิจัยและพัฒนา",
                                         "กองกฎหมาย"))
    assert not any(generic_unit(n) for n in ("กรมประชาสัมพันธ์", "ฝ่ายบริหารลูกค้าธุรกิจและภาครัฐ", "กองทัพเรือ",
                                             "กลุ่มเกษตรกร"))


_HR_INDUSTRY = ("นายวิษณุ ทับเที่ยง หัวหน้าผู้ตรวจราชการกระทรวงอุตสาหกรรม เป็นประธานเปิดการสัมมนาเชิงปฏิบัติการ โดยมี "
                "นางสุนีย์ โสภณ ผู้อำนวยการกองบริหารทรัพยากรบุคคล กล่าวรายงาน")


def _unit(result, label):
    from phakhi.graph.rdf.iris import entity_iri

    found = [e for e in result.of_kind("organization") if e.names and e.names[0] == label]
    assert len(found) == 1, [e.key for e in result.of_kind("organization")]
    return found[0], str(entity_iri(found[0].key, "organization"))


def test_a_bare_unit_of_many_bodies_is_one_node_per_ministry_not_per_corpus(extract_text):
    """Issue #12: "กองบริหารทรัพยากรบุคคล" written bare (names.generic_unit) is a different division in each ministry; keyed
    by its label it was one IRI for the corpus. It is keyed within the ministry the release is from (resolve.release_body:
    the one its mentions name most), keeping its bare label: two releases of one ministry, one IRI; of two, two."""
    industry, iri = _unit(extract_text(_HR_INDUSTRY, name="a.txt"), "กองบริหารทรัพยากรบุคคล")
    assert iri.endswith("/org/moi/unit/กองบริหารทรัพยากรบุคคล") and industry.key.endswith("@@org:moi")
    again = extract_text("ปลัดกระทรวงอุตสาหกรรม มอบนโยบาย ณ ห้องประชุม กองบริหารทรัพยากรบุคคล จัดการอบรม", name="b.txt")
    assert _unit(again, "กองบริหารทรัพยากรบุคคล")[1] == iri
    interior = extract_text(_HR_INDUSTRY.replace("กระทรวงอุตสาหกรรม", "กระทรวงมหาดไทย"), name="c.txt")
    assert _unit(interior, "กองบริหารทรัพยากรบุคคล")[1].endswith("/org/interior/unit/กองบริหารทรัพยากรบุคคล")
    # the director's post is in the same node, not in a corpus-wide one
    person = next(e for e in extract_text(_HR_INDUSTRY).of_kind("person") if "สุนีย์" in e.key)
    assert [p.organization for p in person.posts] == [industry.key]


def test_a_bare_unit_of_a_release_naming_no_ministry_is_the_releases_own():
    """With no ministry named (or two named equally often) the body is not known: the unit is scoped to its release, as
    an unnamed event is, so two such releases do not merge (pid:org/unit/<release id>_<name>)."""
    from datetime import date

    from phakhi.graph.extract.pipeline import extract
    from phakhi.graph.read import parse_release

    text = "นางสุนีย์ โสภณ ผู้อำนวยการกองบริหารทรัพยากรบุคคล กล่าวรายงาน"
    iris = {_unit(extract(parse_release(text, n, published=date(2023, 7, 4))), "กองบริหารทรัพยากรบุคคล")[1]
            for n in ("a.txt", "b.txt")}
    assert len(iris) == 2 and all("/org/unit/" in i for i in iris)
    both = text + " ร่วมกับกระทรวงอุตสาหกรรม และกระทรวงมหาดไทย"  # one mention each: no body of the release
    assert "/org/unit/" in _unit(extract(parse_release(both, "a.txt")), "กองบริหารทรัพยากรบุคคล")[1]


def test_a_unit_written_with_its_parent_or_of_one_body_is_keyed_as_before(extract_text):
    """Only a unit of many bodies left bare is scoped: one the text names with its parent keeps its key (the parent is
    in it), as does a unit the corpora write with one body only ("สถาบันทันตกรรม", names.common_unit)."""
    result = extract_text("นายวิษณุ ทับเที่ยง หัวหน้าผู้ตรวจราชการกระทรวงอุตสาหกรรม เยี่ยมชมสถาบันทันตกรรม และกองกฎหมาย "
                          "กรมเจ้าท่า")
    keys = [e.key for e in result.of_kind("organization")]
    assert "name:สถาบันทันตกรรม" in keys and not any("@@" in k for k in keys), keys


def test_scoped_unit_iris():
    from phakhi.graph.rdf.iris import entity_iri, release_id

    assert str(entity_iri("name:กองกลาง@@org:mol", "organization")).endswith("/org/mol/unit/กองกลาง")
    assert str(entity_iri("name:กองกลาง@@release:x/1.txt", "organization")).endswith(
        f"/org/unit/{release_id('x/1.txt')}_กองกลาง")
    assert str(entity_iri("name:กองกลาง", "organization")).endswith("/org/กองกลาง")


def test_the_publishers_signature_is_not_the_body_a_unit_is_scoped_to(extract_text):
    """Every thaigov release is signed by the Spokesman Bureau (publishers.json); a Labour ministry's release closing
    with its own division and the signature is the ministry's (release ด้านความมั่นคง_103 of v1 writes the division so),
    though the signature names two bodies of the Prime Minister's Office against the ministry's one."""
    text = ("หม่อมหลวงปุณฑริก สมิติ ปลัดกระทรวงแรงงาน เป็นประธานการประชุมหน่วยงานบูรณาการ\n"
            "กองเผยแพร่และประชาสัมพันธ์/\n"
            "กลุ่มประชาสัมพันธ์และเผยแพร่ สำนักโฆษก สำนักเลขาธิการนายกรัฐมนตรี\n")
    assert _unit(extract_text(text), "กองเผยแพร่และประชาสัมพันธ์")[1].endswith("/org/mol/unit/กองเผยแพร่และประชาสัมพันธ์")


def test_the_rekey_script_keeps_a_scoped_units_iri():
    """scripts/identity_rekey.py re-keys a stored IRI by its name; a scoped unit's IRI (iris.unit_iri) is keyed by its
    scope, which its local name does not give back: it stays as stored, not re-keyed to a corpus-wide bare unit."""
    from conftest import load_script

    rekey = load_script("identity_rekey").rekey
    for local in ("mol/unit/กองเผยแพร่และประชาสัมพันธ์", "unit/0123456789abcdef_กองกลาง"):
        assert rekey("https://w3id.org/phakhi/id/org/" + local, "organization").endswith(local)


@pytest.mark.parametrize("text, bad", [
    ("ปัจจุบันมีทั้งหมด 11  แห่ง ใน 8 ประเทศ ประกอบด้วย  สำนักที่ปรึกษาฝ่ายการเกษตร  7 แห่ง  ได้แก่  กรุงโรม  สหภาพยุโรป",
     "สำนักที่ปรึกษาฝ่ายการเกษตร"),  # round 15
    ("โดยจะประสานงานกับศูนย์แพทยศาสตร์ศึกษาชั้นคลินิกนอกโครงการ  อีก 10 ศูนย์ฯ 7 มหาวิทยาลัยคู่ความร่วมมือ",
     "ศูนย์แพทยศาสตร์ศึกษาชั้นคลินิกนอกโครงการ"),  # self10-organizations
    ("ซึ่งปัจจุบัน ขบ. มีหน่วยงานให้บริการประชาชน ได้แก่ สำนักงานขนส่งกรุงเทพมหานครจำนวน 5 แห่ง สำนักงานขนส่งจังหวัด"
     "จำนวน 76 แห่ง", "สำนักงานขนส่งกรุงเทพมหานคร"),  # round 3 (boundary: "พื้นที่ 1-5")
    ("2. แผนการสร้างเสริมสุขภาวะในองค์กร\n(1) เกิดกลไกศูนย์ประสานงานสาธารณสงเคราะห์ในวัด 426 แห่ง ใน 76 จังหวัด",
     "ศูนย์ประสานงานสาธารณสงเคราะห์ในวัด"),  # a 2023 sample release
    ("7) การจัดตั้งศูนย์พัฒนาคุณภาพชีวิตและส่งเสริมอาชีพผู้สูงอายุ (ศพอส.) จำนวน 879 แห่ง ครอบคลุมทุกอำเภอ",
     "ศูนย์พัฒนาคุณภาพชีวิตและส่งเสริมอาชีพผู้สูงอายุ"),  # self10-orgjunk: "a kind, 878 in the tambons"
])
def test_a_name_counted_right_after_it_is_a_kind_of_body(extract_candidates, text, bad):
    """org_counted.counted_after: a name followed by a number of places ("7 แห่ง") or of bodies of its prefix word
    ("อีก 10 ศูนย์ฯ", "จำนวน 882 ศูนย์") stands for that many bodies of a kind, not one body."""
    assert not any(n.startswith(bad) for n in _names(extract_candidates(text)))


@pytest.mark.parametrize("text, good", [
    ("โดยได้สั่งการให้สำนักงานปลัดกระทรวงอุตสาหกรรม เสนอขอจัดตั้งกองบริหารทรัพยากรบุคคล จำนวน 1 กอง และทบทวนภารกิจ",
     "กองบริหารทรัพยากรบุคคล"),  # a count of one: one body
    ("ไปใช้ในสถานศึกษาสังกัดต่าง ๆ จำนวน 5,321 แห่ง อาทิ สำนักงานคณะกรรมการการอาชีวศึกษา 442 แห่ง, "
     "สำนักงานคณะกรรมการส่งเสริมการศึกษาเอกชน 100 แห่ง องค์กรปกครองส่วนท้องถิ่น", "สำนักงานคณะกรรมการส่งเสริมการศึกษาเอกชน"),
    ("เพื่อเป็นแหล่งเรียนรู้ให้กับหมอดินอาสาจากศูนย์ปฏิบัติการพัฒนาที่ดินโครงการหลวง  20 ราย", "ศูนย์ปฏิบัติการพัฒนาที่ดินโครงการหลวง"),
])
def test_a_count_of_what_a_body_has_leaves_the_body(extract_candidates, text, good):
    """A count of one, an owner's count in a tally headed by "สังกัด" (the schools each office has), a count of
    people: the name before it is one body."""
    assert any(n.startswith(good) for n in _names(extract_candidates(text))), _names(extract_candidates(text))


def test_a_departments_count_is_of_what_it_has(extract_candidates):
    """org_counted `own_sites`: a department counted by places ("กรมการแพทย์ 27 แห่ง") counts its hospitals (a 2023
    sample release), not departments."""
    names = _names(extract_candidates("ผู้ป่วยจำนวนกว่า 38,000 คน มีสถานพยาบาลกรมสุขภาพจิตและกรมการแพทย์ 27 แห่ง "
                                      "ดูแลแบบผู้ป่วยในระยะยาว"))
    assert any(n.startswith("กรมการแพทย์") for n in names), names


_CUSTOMS = ("โดยวานนี้ (23 สิงหาคม 2567)  กรมศุลกากร โดยกองสืบสวนและปราบปราม ได้ออกปฏิบัติการป้องกันและปราบปรามการลักลอบ"
            "นำสินค้าที่ไม่ผ่านพิธีการศุลกากร ทั้งนี้ กรมศุลกากรจะเร่งตรวจสอบ และกรมศุลกากรขอเชิญชวนประชาชนแจ้งเบาะแส")


def test_a_bare_unit_in_a_departments_release_is_keyed_within_the_department(extract_text):
    """Issue #12: keyed within its ministry, a division named alike in two departments of one ministry was one node. A
    release naming one department of its ministry more than any other and more than the ministry itself is that
    department's (resolve.release_department: the customs releases of the v2 sample, กรมศุลกากร 10 to 27 times,
    กระทรวงการคลัง up to 4): its "กองสืบสวนและปราบปราม" written in the text is the customs division, pid:org/customs/unit/…"""
    unit, iri = _unit(extract_text(_CUSTOMS), "กองสืบสวนและปราบปราม")
    assert iri.endswith("/org/customs/unit/กองสืบสวนและปราบปราม") and unit.key.endswith("@@org:customs")
    # the ministry named as often as the department: the ministry's release, keyed as before
    ministry = extract_text(_CUSTOMS.replace("ทั้งนี้ กรมศุลกากร", "ทั้งนี้ กระทรวงการคลัง").replace(
        "และกรมศุลกากร", "และกระทรวงการคลัง"))
    assert _unit(ministry, "กองสืบสวนและปราบปราม")[1].endswith("/org/mof/unit/กองสืบสวนและปราบปราม")


def test_a_byline_unit_stays_the_ministrys_in_a_departments_release(extract_text):
    """A Labour ministry's release that names กรมการจัดหางาน more than the ministry (v1 ด้านความมั่นคง_476: 3 to 2) is
    closed by the ministry's own division on a line of its own, a byline (resolve._in_running_text): keyed within the
    ministry, one node with the other Labour releases' byline."""
    text = ("พล.ต.อ.อดุลย์ แสงสิงแก้ว รัฐมนตรีว่าการกระทรวงแรงงาน ได้สั่งการให้กรมการจัดหางานปรับเปลี่ยนสถานที่ตั้งศูนย์ฯ "
            "และกำชับให้เจ้าหน้าที่กรมการจัดหางานปรับปรุงการทำงาน ร่วมกับกรมการจัดหางาน และกระทรวงแรงงาน\n"
            "---------------------------------\n"
            "กองเผยแพร่และประชาสัมพันธ์/\n")
    assert _unit(extract_text(text), "กองเผยแพร่และประชาสัมพันธ์")[1].endswith("/org/mol/unit/กองเผยแพร่และประชาสัมพันธ์")
    written = text.replace("ร่วมกับกรมการจัดหางาน", "ร่วมกับกรมการจัดหางาน และกองเผยแพร่และประชาสัมพันธ์")
    assert _unit(extract_text(written), "กองเผยแพร่และประชาสัมพันธ์")[1].endswith(
        "/org/doe-labour/unit/กองเผยแพร่และประชาสัมพันธ์")


@pytest.mark.parametrize("text, name", [
    # round 5: the spaced name broken across a line's end
    ("กระทรวงแรงงาน กรมการจัดหางาน และสถาบันส่งเสริมความปลอดภัย อาชีวอนามัย\nและสภาพแวดล้อมในการทำงาน (องค์การมหาชน) "
     "รวมถึงหน่วยงานในสังกัดกระทรวงแรงงาน", "สถาบันส่งเสริมความปลอดภัยอาชีวอนามัยและสภาพแวดล้อมในการทำงาน"),
    # round 3: the last chunk glued on to the sentence's next word (a programme's name held whole inside)
    ("สำนักงานคณะกรรมการกฤษฎีกา และสำนักงานขับเคลื่อนการปฏิรูปประเทศ ยุทธศาสตร์ชาติ และการสร้างความสามัคคีปรองดอง"
     "ไปพิจารณาดำเนินการต่อไปด้วย", "สำนักงานขับเคลื่อนการปฏิรูปประเทศยุทธศาสตร์ชาติและการสร้างความสามัคคีปรองดอง"),
    # mid: a no-break space and a space between the chunks
    ("ผอ.กลุ่มอุทยานวิทยาศาสตร์ กองส่งเสริมและประสานเพื่อประโยชน์ทางวิทยาศาสตร์\xa0 วิจัยและนวัตกรรม สำนักงานปลัด อว. "
     "ลงพื้นที่", "กองส่งเสริมและประสานเพื่อประโยชน์ทางวิทยาศาสตร์วิจัยและนวัตกรรม"),
])
def test_a_spaced_name_runs_on_however_the_release_lays_its_chunks_out(extract_text, text, name):
    """organizations._spaced_spelled: a name the corpora write with spaces inside (org_runs.json `spaced`) runs on
    through its chunks parted by a line's end or doubled spaces, or with its last chunk glued on to the next word;
    cut at its first chunk, the judges call it a boundary error (rounds 3, 5 and mid)."""
    squeezed = {"".join(n.split()) for n in _names(extract_text(text))}
    assert name in squeezed
    short = name[:name.index("อาชีวอนามัย")] if "อาชีวอนามัย" in name else None
    assert short is None or short not in squeezed


def test_a_spaced_name_stays_as_written_where_the_text_goes_elsewhere(extract_text):
    name = "สถาบันส่งเสริมความปลอดภัย"
    names = _names(extract_text(f"กระทรวงแรงงาน และ{name} อาชีวอนามัย\nและกรมการจัดหางาน จัดงาน"))
    assert not any(n.startswith(name + " อาชีวอนามัย") and "สภาพแวดล้อม" in n for n in names)
