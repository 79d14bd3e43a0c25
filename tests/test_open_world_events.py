"""Events in the open world: identity across releases, and names that name an event."""

from datetime import date

import pytest

from phakhi.graph.extract.event_identity import event_key, is_real_name, name_core
from phakhi.graph.rdf.iris import entity_iri


def _event_iris(extraction) -> dict[str, str]:
    """Event type -> IRI, for a release with one event of each type."""
    return {e.type: str(entity_iri(e.key, "event")) for e in extraction.of_kind("event")}


def test_two_meetings_of_one_type_and_date_in_two_releases_are_two_events(extract_text):
    day = date(2019, 1, 22)
    a = extract_text("เมื่อวันที่ 22 มกราคม 2562 นายสมชาย ใจดี เป็นประธานการประชุมคณะกรรมการนโยบายพลังงานแห่งชาติ"
                     " ณ ทำเนียบรัฐบาล", published=day, name="a.txt")
    b = extract_text("เมื่อวันที่ 22 มกราคม 2562 นายสมศักดิ์ รักไทย เป็นประธานการประชุมคณะกรรมการทรัพยากรน้ำแห่งชาติ"
                     " ณ กระทรวงมหาดไทย", published=day, name="b.txt")
    (ea,), (eb,) = a.of_kind("event"), b.of_kind("event")
    assert (ea.type, ea.date) == (eb.type, eb.date) == ("Meeting", day)
    assert _event_iris(a)["Meeting"] != _event_iris(b)["Meeting"]


def test_the_same_named_event_told_by_two_releases_is_one_event(extract_text):
    day = date(2018, 10, 3)
    text = "วันนี้ (3 ตุลาคม 2561) การประชุมนานาชาติ เรื่อง อุตสาหกรรมสีเขียวเพื่อการพัฒนาที่ยั่งยืน จัดขึ้นที่กรุงเทพฯ"
    other = "เมื่อวันที่ 3 ต.ค. 61 ได้มีการประชุมนานาชาติ  เรื่อง อุตสาหกรรมสีเขียวเพื่อการพัฒนาที่ยั่งยืน ณ โรงแรมแห่งหนึ่ง"
    a = extract_text(text, published=day, name="a.txt")
    b = extract_text(other, published=date(2018, 10, 5), name="b.txt")
    assert _event_iris(a)["Conference"] == _event_iris(b)["Conference"]


def test_bare_type_words_on_one_day_in_two_releases_stay_apart(extract_text):
    day = date(2019, 1, 22)
    text = "วันนี้ (22 มกราคม 2562) นายสมชาย ใจดี ร่วมลงนามในบันทึกข้อตกลง ณ ธนาคารออมสิน"
    a, b = (extract_text(text, published=day, name=n) for n in ("a.txt", "b.txt"))
    assert _event_iris(a)["Signing"] != _event_iris(b)["Signing"]


@pytest.mark.parametrize("name, real", [
    ("การประชุม", False),
    ("ประชุม", False),
    ("การประชุมคณะกรรมการ", False),
    ("พิธีลงนามบันทึกข้อตกลงความร่วมมือ", False),
    ("Video Conference", False),
    ("แถลงข่าว", False),
    ("แถลงข่าวประจำเดือนมกราคม 2563", False),  # a type word and a date
    ("แถลงข่าวประจำเดือนเมษายน2563", False),
    ("การประชุมคณะรัฐมนตรี", True),
    ("Green Industry Conference", True),
    ("พิธีมอบรางวัลเหมืองแร่สีเขียว", True),
    ("สัมมนา “พัฒนาเทคโนโลยีการผลิตยั่งยืน”", True),
])
def test_a_name_is_real_when_it_says_more_than_its_type(name, real):
    assert is_real_name(name) is real


def test_name_cores_set_spelling_and_ceremony_words_aside():
    assert name_core("พิธีการลงนาม MOU") == name_core("การลงนาม  MoU") == name_core("ลงนาม MOU")
    assert name_core("การประชุมคณะรรมการฯ") == name_core("ประชุมคณะรรมการ")


def test_event_keys_scope_unnamed_and_undated_events_to_their_release():
    day = date(2020, 5, 1)
    named = event_key("Meeting", day, ["การประชุม", "การประชุมคณะรัฐมนตรี"], "a.txt", 0)
    assert named == event_key("Meeting", day, ["ประชุมคณะรัฐมนตรี"], "b.txt", 3)
    assert event_key("Meeting", day, ["การประชุม"], "a.txt", 0) != event_key("Meeting", day, ["การประชุม"], "b.txt", 0)
    undated = [event_key("Seminar", None, ["สัมมนา “ทางรอด SMEs”"], r, 0) for r in ("a.txt", "b.txt")]
    assert undated[0] != undated[1]
    assert str(entity_iri(undated[0], "event")) != str(entity_iri(undated[1], "event"))


def test_names_are_trimmed_and_bare_cues_give_way_to_real_names(extract_text):
    text = ("วันนี้ (4 มีนาคม 2562) นายสมชาย ใจดี เป็นประธานการประชุมติดตามความคืบหน้าการพัฒนาระเบียงเศรษฐกิจภาคตะวันออกการ ก่อสร้างถนน\n"
            "นายสมชาย ใจดี ลงพื้นที่ตรวจเยี่ยมโรงงานผลิตหุ่นยนต์ และตรวจเยี่ยม ในวันเดียวกัน")
    events = {e.type: e for e in extract_text(text, published=date(2019, 3, 4)).of_kind("event")}
    assert events["Meeting"].names == ["การประชุมติดตามความคืบหน้าการพัฒนาระเบียงเศรษฐกิจภาคตะวันออก"]  # no dangling "การ"
    assert "ลงพื้นที่ตรวจเยี่ยมโรงงานผลิตหุ่นยนต์" in events["Visit"].names
    assert "ตรวจเยี่ยม" not in events["Visit"].names  # the bare cue gives way to the real names


def test_a_latin_cue_after_a_medium_word_is_no_event(extract_text):
    text = "วันนี้ (4 มีนาคม 2562) นายสมชาย ใจดี ประชุมผ่านระบบ Video Conference กับจังหวัด"
    assert [e.type for e in extract_text(text, published=date(2019, 3, 4)).of_kind("event")] != ["Conference"]


# --- round two: session numbers, descriptions of unnamed events, cue words that are no events ---------------

def test_a_session_number_is_part_of_a_meeting_name(extract_text):
    text = ("วันนี้ (15 มกราคม 2564) นายสมชาย ใจดี เป็นประธานการประชุมคณะกรรมการพัฒนาและบริหารจัดการผลไม้"
            " ครั้งที่ 1/2563 ณ ห้องประชุมกระทรวงเกษตรและสหกรณ์")
    (event,) = extract_text(text, published=date(2021, 1, 15)).of_kind("event")
    assert event.names[0] == "การประชุมคณะกรรมการพัฒนาและบริหารจัดการผลไม้ ครั้งที่ 1/2563"


@pytest.mark.parametrize("name", ["การประชุม ครั้งที่ 2", "การประชุมคณะกรรมการ ครั้งที่ 1/2564", "สัมมนาประจำปี 2564",
                                  "แถลงข่าวเปิดตัว", "พบหารือทวิภาคี", "ลงพื้นที่ตรวจเยี่ยม", "แถลงผลการประชุม",
                                  "การประชุมเต็มคณะ", "พิธีลงนามความตกลง", "เยี่ยมชมโรงงาน", "การประชุมระดับรัฐมนตรี"])
def test_type_words_with_numbers_or_generic_words_are_no_real_names(name):
    assert not is_real_name(name)


def test_an_unnamed_event_is_labelled_by_a_description_not_by_its_type_word(extract_text):
    from phakhi.graph.rdf.mapping import to_ntriples

    text = "วันนี้ (4 มีนาคม 2562) กระทรวงอุตสาหกรรม จัดพิธีลงนามบันทึกข้อตกลงความร่วมมือ กับ ธนาคารออมสิน"
    extraction = extract_text(text, published=date(2019, 3, 4))
    (event,) = extraction.of_kind("event")
    assert event.description.startswith("พิธีลงนามบันทึกข้อตกลงความร่วมมือ (")
    assert "2019-03-04" in event.description and "กระทรวงอุตสาหกรรม" in event.description
    lines = [line for line in to_ntriples(extraction) if line.startswith("<" + str(_event_iris(extraction)["Signing"]))]
    pref = [line for line in lines if "skos/core#prefLabel" in line]
    assert len(pref) == 1 and event.description in pref[0]
    assert any("schema.org/description" in line for line in lines)
    assert any("hiddenLabel" in line and '"พิธีลงนามบันทึกข้อตกลงความร่วมมือ"@th' in line for line in lines)


def test_a_named_event_keeps_its_name_as_label(extract_text):
    text = "วันนี้ (22 มกราคม 2562) นายสมชาย ใจดี เป็นประธานการประชุมคณะกรรมการนโยบายพลังงานแห่งชาติ ณ ทำเนียบรัฐบาล"
    (event,) = extract_text(text, published=date(2019, 1, 22)).of_kind("event")
    assert event.description is None


@pytest.mark.parametrize("text", [
    "ผู้นำจะเข้าร่วมการประชุมสุดยอดอาเซียนและการประชุมอื่นๆ ที่เกี่ยวข้อง",
    "นายสมชาย ใจดี ผู้ตรวจราชการกระทรวงมหาดไทย กล่าวว่า",
    "ผู้ผ่านการฝึกอบรมทุกท่านจะได้รับวุฒิบัตร",
])
def test_cue_words_that_name_no_event_give_none(extract_text, text):
    names = [n for e in extract_text("วันนี้ (4 มีนาคม 2562)\n" + text, published=date(2019, 3, 4)).of_kind("event")
             for n in e.names]
    assert not any(n.startswith(("การประชุมอื่น", "ตรวจราชการ", "การฝึกอบรม")) for n in names), names


def test_a_named_body_inside_an_event_name_is_read_through(extract_text):
    text = ("วันนี้ (6 มีนาคม 2562) พลเอก ฉัตรชัย สาริกัลยะ เป็นประธานในพิธีเปิดการประชุมสุดยอดอาเซียนด้านปัญญาประดิษฐ์"
            " ณ กรุงเทพมหานคร")
    names = [n for e in extract_text(text, published=date(2019, 3, 6)).of_kind("event") for n in e.names]
    assert "การประชุมสุดยอดอาเซียนด้านปัญญาประดิษฐ์" in names


def test_a_name_stops_at_words_that_tell_which_case_or_how_many(extract_text):
    text = "วันนี้ (6 มีนาคม 2562) ในการประชุมคณะรัฐมนตรีกรณีสภานิติบัญญัติแห่งชาติส่งร่างกฎหมายมา"
    names = [n for e in extract_text(text, published=date(2019, 3, 6)).of_kind("event") for n in e.names]
    assert "การประชุมคณะรัฐมนตรี" in names and not any("กรณี" in n for n in names)


def test_a_verb_made_a_noun_by_kan_stays_in_the_name(extract_text):
    text = "วันนี้ (2 กรกฎาคม 2565) สภาอุตสาหกรรมแห่งประเทศไทย ร่วมลงนามความร่วมมือการสนับสนุนผู้ประกอบการให้เข้าถึงแหล่งเงินทุน"
    names = [n for e in extract_text(text, published=date(2022, 7, 2)).of_kind("event") for n in e.names]
    # "ร่วม" leads the cue, no part of the label; the name runs to its glued run's end at the line's end
    # (event_extents.clause_end: the MoU's purpose is part of its name)
    assert "ลงนามความร่วมมือการสนับสนุนผู้ประกอบการให้เข้าถึงแหล่งเงินทุน" in names
    assert not any(n.startswith("ร่วม") for n in names)


@pytest.mark.parametrize("line", [
    "ผู้เข้าร่วมได้รับความรู้จากการฝึกอบรมด้านการจัดทำโมเดลธุรกิจ และนำไปใช้ได้",
    "โรงงานที่เข้าร่วมโครงการจะต้องผ่านการฝึกอบรมเชิงปฏิบัติการพร้อมทั้งรับคำปรึกษา",
])
def test_an_undated_activity_referred_to_is_no_event(extract_text, line):
    text = "กรมส่งเสริมอุตสาหกรรม แถลงผลโครงการ\nวันนี้ (2 กรกฎาคม 2565) กรมส่งเสริมอุตสาหกรรม แถลงผลโครงการ\n" + line
    names = [n for e in extract_text(text, published=date(2022, 7, 2)).of_kind("event") for n in e.names]
    assert not any(n.startswith("การฝึกอบรม") for n in names)


def test_a_price_tender_is_no_contest(extract_text):
    text = "วันนี้ (16 มิถุนายน 2560) กระทรวงคมนาคม ชี้แจงเงื่อนไขการประกวดราคาโครงการรถไฟทางคู่"
    assert [e.type for e in extract_text(text, published=date(2017, 6, 16)).of_kind("event")] == []


def test_a_number_after_a_name_is_taken_without_the_function_word_after_it(extract_text):
    text = "วันนี้ (5 กันยายน 2559) นายกรัฐมนตรีเข้าร่วมการประชุมผู้นำกลุ่ม 20 ณ เมืองหางโจว"
    (event,) = extract_text(text, published=date(2016, 9, 5)).of_kind("event")
    assert event.names == ["การประชุมผู้นำกลุ่ม 20"]
    start, end = event.spans[0]
    assert not event.names[0].endswith(" ") and end - start == len("การประชุมผู้นำกลุ่ม 20")


def test_a_consultation_meeting_takes_its_name(extract_text):
    text = ("วันนี้ (18 สิงหาคม 2566) นายสมชาย ใจดี เป็นประธานการประชุมหารือด้านการเกษตรไทย-สหราชอาณาจักร ครั้งที่ 1"
            " ณ กระทรวงเกษตรและสหกรณ์")
    names = [n for e in extract_text(text, published=date(2023, 8, 18)).of_kind("event") for n in e.names]
    assert "การประชุมหารือด้านการเกษตรไทย-สหราชอาณาจักร ครั้งที่ 1" in names
    assert not is_real_name("การประชุมหารือ")


def test_a_latin_name_keeps_its_function_words_and_a_thai_name_its_purpose(extract_text):
    text = ("วันนี้ (5 กันยายน 2564) การประชุมสุดยอดโภชนาการเพื่อการเติบโต (Nutrition for Growth Summit)"
            " ซึ่งจัดขึ้นที่กรุงโตเกียว")
    names = [n for e in extract_text(text, published=date(2021, 9, 5)).of_kind("event") for n in e.names]
    assert "Nutrition for Growth Summit" in names
    assert "การประชุมสุดยอดโภชนาการเพื่อการเติบโต" in names


def test_a_number_after_a_name_keeps_its_unit(extract_text):
    text = "วันนี้ (9 มิถุนายน 2549) พระราชอาคันตุกะเสด็จมาร่วมงานฉลองครองสิริราชสมบัติครบ 60 ปี ณ กรุงเทพมหานคร"
    names = [n for e in extract_text(text, published=date(2006, 6, 9)).of_kind("event") for n in e.names]
    assert "งานฉลองครองสิริราชสมบัติครบ 60 ปี" in names


@pytest.mark.parametrize("text, name", [
    ("วันนี้ (25 กันยายน 2567) ปลัดกระทรวงสาธารณสุข เปิดการประชุม ASEAN Meeting on the ASEAN Vaccine Security ณ กรุงเทพฯ",
     "การประชุม ASEAN Meeting on the ASEAN Vaccine Security"),
    ("วันนี้ (20 สิงหาคม 2567) ผู้ตรวจราชการกระทรวงอุตสาหกรรม ลงพื้นที่ตรวจราชการรอบที่ 2 พร้อมตรวจติดตาม",
     "ลงพื้นที่ตรวจราชการรอบที่ 2"),
])
def test_a_latin_object_longer_than_a_body_and_a_round_number_belong_to_the_name(extract_text, text, name):
    names = [n for e in extract_text(text, published=date(2024, 9, 25)).of_kind("event") for n in e.names]
    assert name in names, names


def test_a_region_joined_by_a_spaced_hyphen_is_the_partner_in_the_name(extract_text):
    """"แม่โขง - ล้านช้าง", "อินโด - แปซิฟิก": regions a framework joins (name_tails.json regions); judged audits
    counted "การประชุมผู้นำกรอบความร่วมมือแม่โขง|" cut at the hyphen as a boundary error."""
    from test_open_world_event_names import DAY, _names
    text = DAY + ("ไทยและจีนจะเป็นเจ้าภาพจัดการประชุมผู้นำกรอบความร่วมมือแม่โขง - ล้านช้างในปี 2568 และนายสมชาย ใจดี"
                  " เข้าร่วมการประชุมรัฐมนตรีเศรษฐกิจว่าด้วยมุมมองอาเซียนต่ออินโด - แปซิฟิกในวันเดียวกัน")
    names = _names(extract_text(text))
    assert "การประชุมผู้นำกรอบความร่วมมือแม่โขง - ล้านช้าง" in names, names
    assert "การประชุมรัฐมนตรีเศรษฐกิจว่าด้วยมุมมองอาเซียนต่ออินโด - แปซิฟิก" in names, names


def test_a_planned_event_told_in_what_someone_said_is_not_dated_by_the_day_it_was_said(extract_text):
    """"วันนี้ (31 ก.ค. 60) … เปิดเผยว่า … จะมีการลงนาม…": the day is the announcement's (judged audits: a future
    signing dated to the release is a bad description); a day told after the name, or an hour of the day it was
    said on, is the event's own."""
    said = "วันนี้ (31 ก.ค. 60) นายณรงค์ คงคำ โฆษกกระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์ เปิดเผยว่า "
    day = date(2017, 7, 31)
    announced = extract_text(said + "กรมกิจการผู้สูงอายุจะมีการลงนามบันทึกข้อตกลง (MOU) ร่วมกับ กรมธนารักษ์"
                             " และการเคหะแห่งชาติ", published=day)
    assert not [e for e in announced.of_kind("event") if e.date == day], \
        [(e.names, e.date) for e in announced.of_kind("event")]
    dated = extract_text(said + "กรมกิจการผู้สูงอายุจะมีการลงนามบันทึกข้อตกลง (MOU) ร่วมกับ กรมธนารักษ์"
                         " ในวันที่ 3 สิงหาคม 2560", published=day)
    assert [e.date for e in dated.of_kind("event")] == [date(2017, 8, 3)]
    same_day = extract_text(said + "นายสมชาย ใจดี เวลา 15.00 น. จะร่วมการประชุมหารือกับกรมธนารักษ์ ณ กรุงเทพฯ",
                            published=day)
    assert [e.date for e in same_day.of_kind("event")] == [day]


def test_a_sitting_numbered_with_its_year_after_a_bare_word_keeps_its_number(extract_text):
    """"… ครั้ง 1/2567": the sitting's number and year after "ครั้ง" without "ที่" (event_words slashed_ordinal) are
    part of the name, as after "ครั้งที่" (judged audits: a committee meeting cut before "ครั้ง 1/2567"); "ครั้ง"
    before a bare number still counts times."""
    from test_open_world_event_names import DAY, _names
    text = DAY + ("นายสมชาย ใจดี เป็นประธานการประชุมคณะกรรมการกำกับการแก้ไขปัญหาหนี้นอกระบบ ครั้ง 1/2567 โดยมี"
                  " ผู้แทนหน่วยงานที่เกี่ยวข้องเข้าร่วม ณ ทำเนียบรัฐบาล")
    names = _names(extract_text(text))
    assert "การประชุมคณะกรรมการกำกับการแก้ไขปัญหาหนี้นอกระบบ ครั้ง 1/2567" in names, names


def test_a_name_with_its_number_or_latin_name_comes_first_whether_or_not_either_begins_with_a_noun_head():
    """The title writes "ประชุม…" and the body "การประชุม…" with more: the longer one, with its number or the rest
    of its Latin name, is the label (judged audits: "COMMIT RTF" cut to "COMMIT RT" from a title)."""
    from phakhi.graph.extract.event_labels import numbered_first
    assert numbered_first(["ประชุมคณะกรรมการ COMMIT RT", "การประชุมคณะกรรมการ COMMIT RTF"])[0] == \
        "การประชุมคณะกรรมการ COMMIT RTF"
    assert numbered_first(["ประชุมคณะกรรมการกำกับการแก้ไขปัญหาหนี้นอกระบบ",
                           "การประชุมคณะกรรมการกำกับการแก้ไขปัญหาหนี้นอกระบบ ครั้ง 1/2567"])[0] == \
        "การประชุมคณะกรรมการกำกับการแก้ไขปัญหาหนี้นอกระบบ ครั้ง 1/2567"
    assert numbered_first(["ประชุมคณะกรรมการกำกับ", "การประชุมคณะกรรมการกำกับการแก้ไขปัญหา"])[0] == \
        "ประชุมคณะกรรมการกำกับ"  # Thai words after it may be a run-on: the order is kept


def test_a_workshop_named_by_its_purpose_takes_the_purpose_as_its_name(extract_text):
    """"การประชุมเชิงปฏิบัติการ|เพื่อซักซ้อมแนวทาง…": after a type word and words that say only what kind of meeting
    it is (generic "เชิงปฏิบัติการ"), the purpose glued on names the meeting as after a bare "การประชุม" (judged
    audits: "text names it; label bare type + parties")."""
    from test_open_world_event_names import DAY, _names
    text = DAY + ("นายสมชาย ใจดี ปลัดกระทรวงการคลัง เป็นประธานเปิดการประชุมเชิงปฏิบัติการเพื่อซักซ้อมแนวทางการบริหารงาน"
                  "เพื่อการแก้ไขปัญหาหนี้นอกระบบอย่างบูรณาการ ณ โรงแรมมิราเคิล")
    names = _names(extract_text(text))
    # the manner of the verb it makes a noun of ("การแก้ไข…อย่างบูรณาการ") is the name's too (h32-evtopic, manner_end)
    assert "การประชุมเชิงปฏิบัติการเพื่อซักซ้อมแนวทางการบริหารงานเพื่อการแก้ไขปัญหาหนี้นอกระบบอย่างบูรณาการ" in names, names


def test_a_discussion_on_this_occasion_refers_back_to_the_event_told(extract_text):
    """"ร่วมหารือในการนี้ด้วย": "ในการนี้" (on this occasion) points back at the event the sentence before told, as
    "ครั้งนี้" does; it is no second event (self16-events: "หารือในการนี้" described as an event of its own)."""
    from test_open_world_event_names import DAY, _labels
    text = DAY + ("นายสมชาย ใจดี อธิบดีกรมการพัฒนาชุมชน ลงพื้นที่ตรวจเยี่ยมกลุ่มทอผ้าบ้านนาดี จังหวัดสกลนคร"
                  " โดยมีนายสมศักดิ์ รักไทย รองอธิบดีกรมการพัฒนาชุมชน และเจ้าหน้าที่ที่เกี่ยวข้อง ร่วมหารือในการนี้ด้วย")
    labels = _labels(extract_text(text))
    assert not any("ในการนี้" in n for n in labels), labels


def test_a_cue_inside_an_office_name_is_no_event(extract_text):
    """"ร่วมกับกองตรวจราชการ ในฐานะฝ่ายเลขานุการ": "กอง" glued before the cue makes it a division's name (the
    inspection division), not an inspection (self16-events: "ตรวจราชการ (…)" described from a division)."""
    from test_open_world_event_names import DAY, _labels
    text = DAY + ("นายสมชาย ใจดี ผู้ตรวจราชการกระทรวงอุตสาหกรรม เป็นประธานประชุมวางแผนการดำเนินโครงการจิตอาสา"
                  " ร่วมกับ กองตรวจราชการ ในฐานะฝ่ายเลขานุการ ณ ห้องประชุมจิตอาสา สำนักงานปลัดกระทรวงอุตสาหกรรม")
    labels = _labels(extract_text(text))
    assert not any(n.startswith("ตรวจราชการ") for n in labels), labels


def test_a_cue_inside_a_zone_name_is_no_event(extract_text):
    """"พัฒนาการจังหวัดในเขตตรวจราชการที่ 17": "เขต" before the cue makes it an inspection zone's name, no inspection
    (round 19, described-bad: "'ตรวจราชการ' comes from 'เขตตรวจราชการที่ 17' (inspection zone), no such event"). The
    meeting the sentence tells stays."""
    from test_open_world_event_names import DAY, _labels
    text = DAY + ("นายสมชาย ใจดี อธิบดีกรมการพัฒนาชุมชน เป็นประธานการประชุมติดตามผลการดำเนินงาน โดยมี"
                  " พัฒนาการจังหวัดในเขตตรวจราชการที่ 17 และคณะผู้บริหารกรมการพัฒนาชุมชน เข้าร่วม")
    events = extract_text(text).of_kind("event")
    assert not [e for e in events if e.type == "Visit"], _labels(extract_text(text))
    assert [e.type for e in events] == ["Meeting"], _labels(extract_text(text))


def test_a_name_after_a_count_of_several_is_no_one_event(extract_text):
    """"พบกับ 5 นิทรรศการไฮไลต์ที่ห้ามพลาด ได้แก่ …": a count of two or more before a name makes it several events of
    a kind, no one event (self16-events: junk); "คนที่ 1 แถลงข่าว…" numbers the speaker, the event stays."""
    from test_open_world_event_names import DAY, _labels
    counted = DAY + "ภายในงานพบกับ 5 นิทรรศการไฮไลต์ที่ห้ามพลาด ได้แก่ นิทรรศการเทิดเกียรติ และนิทรรศการเกษตรก้าวหน้า"
    assert not any("ไฮไลต์" in n for n in _labels(extract_text(counted)))
    ordinal = DAY + ("นายสมชาย ใจดี รองประธานกรรมการศูนย์อำนวยความปลอดภัยทางถนน คนที่ 1 แถลงข่าวสรุปผลการดำเนินงาน"
                     "ช่วงเทศกาลสงกรานต์ 2562 ณ กระทรวงมหาดไทย")
    assert any(n.startswith("แถลงข่าว") for n in _labels(extract_text(ordinal)))


def test_a_visit_after_an_address_number_is_still_a_visit(extract_text):
    """"ซอยเคหะร่มเกล้า 35 เยี่ยมชมผลิตภัณฑ์…": a visit is told by a verb, which no number before it counts (the number
    is the lane's), so the count-before rule leaves visits alone."""
    from test_open_world_event_names import DAY, _labels
    text = DAY + ("นายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงมหาดไทย พบปะผู้ค้าบริเวณตลาดเกรียงไกร ซอยเคหะร่มเกล้า 35"
                  " เยี่ยมชมผลิตภัณฑ์ของกลุ่มอาชีพ สำนักงานเขตลาดกระบัง")
    assert any("เยี่ยมชมผลิตภัณฑ์" in n for n in _labels(extract_text(text)))


def test_which_part_of_a_meeting_is_told_is_no_part_of_its_name(extract_text):
    """"แถลงผลการประชุมคณะรัฐมนตรีในส่วนที่เกี่ยวข้องกับกระทรวงคมนาคม": "ในส่วนที่" (in the part that) says which
    part of the sitting the story tells; the meeting's name ends before it (clause_cuts)."""
    from test_open_world_event_names import DAY, _labels
    text = DAY + ("นายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงคมนาคม แถลงข่าวผลการประชุมคณะรัฐมนตรีในส่วนที่เกี่ยวข้องกับ"
                  "กระทรวงคมนาคม ณ ทำเนียบรัฐบาล")
    labels = _labels(extract_text(text))
    assert labels and not any("ในส่วนที่" in n for n in labels), labels



def test_a_deed_a_plan_or_a_meeting_is_about_is_no_event(extract_text):
    """"ตามแผนการตรวจราชการแบบบูรณาการ…", "เป็นประธานการประชุมการตรวจราชการประจำปีงบประมาณ…": the inspections a plan or
    a meeting is about are no visit told (not_after: แผนการ, ประชุมการ; judged audits: junk). The meeting stays."""
    from test_open_world_event_names import DAY
    plan = DAY + ("นายสมชาย ใจดี ผู้ตรวจราชการกระทรวงมหาดไทย เข้าร่วมการสัมมนาผู้บริหาร และติดตามโครงการตามแผนการ"
                  "ตรวจราชการแบบบูรณาการประจำปีงบประมาณ 2562 จ.กำแพงเพชร")
    topic = DAY + ("นายสมชาย ใจดี ปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม เป็นประธานการประชุมการตรวจราชการ"
                   "ประจำปีงบประมาณ พ.ศ. 2562 รอบที่ 1 ผ่านการประชุมวีดิทัศน์ทางไกล")
    for text in (plan, topic):
        assert not [e for e in extract_text(text).of_kind("event") if e.type == "Visit"], text
    assert [e.type for e in extract_text(topic).of_kind("event")] == ["Meeting"]


def test_a_meeting_told_as_today_is_not_dated_by_a_later_date_on_its_line(extract_text):
    """"การประชุมในวันนี้ สืบเนื่องจาก มติที่ประชุม… เมื่อวันที่ 28 มกราคม 2562": today's meeting is the story's, on the
    story's day, not the day of the decision it followed from (round 13: described-bad). A day the paragraph gave
    before it ("…ในวันที่ 15 ตุลาคม 2561 … เปิดเผยว่า “การประชุมในวันนี้…") stays the day the speech was made on."""
    text = ("วันนี้ (19 มี.ค. 62) นายสมชาย ใจดี รองปลัดกระทรวงมหาดไทย เป็นประธานการประชุมการประเมินความเสี่ยงการทุจริต"
            " ณ กระทรวงมหาดไทย\nรองปลัดกระทรวงมหาดไทย กล่าวว่า การประชุมในวันนี้ สืบเนื่องจาก มติที่ประชุมคณะกรรมการ"
            "อำนวยการต่อต้านการทุจริตแห่งชาติ เมื่อวันที่ 28 มกราคม 2562 มอบหมายให้กระทรวงมหาดไทย ศึกษารูปแบบการดำเนินโครงการ")
    days = {e.date for e in extract_text(text, published=date(2019, 3, 19)).of_kind("event")}
    assert days == {date(2019, 3, 19)}, days
    from phakhi.graph.extract.event_dates import DayIndex, event_days
    from phakhi.graph.text.dates import find_dates
    speech = ("นายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงพาณิชย์ เป็นประธานในการประชุมเตรียมการทูตพาณิชย์ ในวันที่ 15 ตุลาคม"
              " 2561 ณ โรงแรมพูลแมน นายสมชาย เปิดเผยว่า “การประชุมในวันนี้ เพื่อเจาะลึกสถานการณ์รายภูมิภาคกับทูตพาณิชย์”")
    published = date(2018, 10, 16)
    days = DayIndex(speech, event_days(speech, find_dates(speech, published), published))
    today = speech.index("การประชุมในวันนี้")
    assert days.given_before(0, today, date(2018, 10, 15)) and not days.given_before(0, today, published)


def test_what_an_order_asks_is_no_event_but_in_the_title(extract_text):
    """"…ได้สั่งการให้ข้าราชการระดับสูง… ลงพื้นที่ไปดูแล…", "กำชับทีม One Home ลงพื้นที่ให้การช่วยเหลือ": what an order
    asks of its addressees, told as a deed in the body, is no event, whatever day the sentence gives (judged audits:
    "an instruction… not a delimited event"). The headline tells the story's deed by who ordered it, and the noun
    "ข้อสั่งการ" (orders given at an event) points to a real one: both stay."""
    ordered = ("ศธ. ห่วงใยสถานศึกษาที่ประสบอุทกภัย\nวันนี้ (4 มกราคม 2560) นายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงศึกษาธิการ ได้"
               "สั่งการให้ข้าราชการระดับสูงของกระทรวงศึกษาธิการและหน่วยงานที่เกี่ยวข้อง ลงพื้นที่จังหวัดนครศรีธรรมราช เพื่อ"
               "ดูแลให้ความช่วยเหลือสถานศึกษา")
    told = ("ศธ. ห่วงใยสถานศึกษาที่ประสบอุทกภัย\nวันนี้ (4 มกราคม 2560) นายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงศึกษาธิการ "
            "ลงพื้นที่จังหวัดนครศรีธรรมราช เพื่อดูแลให้ความช่วยเหลือสถานศึกษา")
    assert not [e for e in extract_text(ordered, published=date(2017, 1, 4)).of_kind("event") if e.type == "Visit"]
    assert [e for e in extract_text(told, published=date(2017, 1, 4)).of_kind("event") if e.type == "Visit"]
    headline = ("พม. กำชับทีม One Home ลงพื้นที่ช่วยเหลือเด็กชายพิการ จ.อุดรธานี\nวันนี้ (21 พฤศจิกายน 2561) ทีม One Home "
                "จังหวัดอุดรธานี ได้นำสิ่งของไปมอบให้ครอบครัว")
    assert [e for e in extract_text(headline, published=date(2018, 11, 21)).of_kind("event") if e.type == "Visit"]
    at_event = ("นายสมชาย ใจดี ปลัดกระทรวงมหาดไทย กล่าวถึงการดำเนินงานตามข้อสั่งการของนายกรัฐมนตรีในคราวตรวจราชการ"
                "จังหวัดเชียงใหม่ เมื่อวันที่ 29 พฤศจิกายน 2566")
    assert [e for e in extract_text("หัวข้อข่าว\n" + at_event).of_kind("event") if e.type == "Visit"]


def test_a_deed_recalled_as_what_the_story_follows_from_is_not_dated_by_the_story(extract_text):
    """"…เปิดเผยว่าตามที่นายอนุชา… ได้ลงพื้นที่ตรวจเยี่ยม… ณ สะพานปลากรุงเทพ": as the minister has visited, the
    story follows from it; the visit was before the spokesman's day, which is not its day (round 14: described-bad,
    "date is release date"). An undated visit names no event. Told today, with no "ตามที่", it keeps the day."""
    published = date(2023, 11, 30)
    recalled = ("รองโฆษกรัฐบาลเผยรัฐบาลพร้อมดูแลชาวประมง\nวันที่ 30 พฤศจิกายน 2566 นางสมศรี ใจดี รองโฆษกประจำสำนัก"
                "นายกรัฐมนตรี เปิดเผยว่าตามที่นายสมชาย ใจดี รัฐมนตรีช่วยว่าการกระทรวงเกษตรและสหกรณ์ ได้ลงพื้นที่ตรวจเยี่ยม"
                "และมอบนโยบายแนวทางการขับเคลื่อนงานขององค์การสะพานปลา ณ สะพานปลากรุงเทพ")
    told = ("รองโฆษกรัฐบาลเผยรัฐบาลพร้อมดูแลชาวประมง\nวันที่ 30 พฤศจิกายน 2566 นายสมชาย ใจดี รัฐมนตรีช่วยว่าการ"
            "กระทรวงเกษตรและสหกรณ์ ได้ลงพื้นที่ตรวจเยี่ยมและมอบนโยบายแนวทางการขับเคลื่อนงานขององค์การสะพานปลา "
            "ณ สะพานปลากรุงเทพ")
    assert not [e for e in extract_text(recalled, published=published).of_kind("event") if e.type == "Visit"]
    assert [e.date for e in extract_text(told, published=published).of_kind("event") if e.type == "Visit"] == [published]
    from phakhi.graph.extract.event_dates import recalled_before
    line = "ตามที่นายกรัฐมนตรีได้แถลงข่าว วานนี้"
    assert recalled_before(line, line.index("แถลงข่าว"), 0)
    dated = "ตามที่เมื่อวันที่ 3 นายกรัฐมนตรีได้แถลงข่าว"
    assert not recalled_before(dated, dated.index("แถลงข่าว"), 0)


def test_a_theme_after_a_real_name_is_no_part_of_it(extract_text):
    """"งานวันกุ้งภาคกลาง ประจำปี 2561 ภายใต้หัวข้อ “…”", "TRIS Annual Forum ภายใต้แนวคิด "…"": the theme of this
    edition runs on past the name (judged audits: boundary, "theme clause runs on"). After a bare type word the theme
    is all that tells which event it was, and stays ("การประชุมกลุ่มย่อยภายใต้หัวข้อ “…”": judged valid)."""
    from test_open_world_event_names import DAY, _names
    named = DAY + ("นายสมชาย ใจดี อธิบดีกรมประมง เป็นประธานเปิดงานวันกุ้งภาคกลาง ประจำปี 2561 ภายใต้หัวข้อ "
                   "“แหล่งผลิตสัตว์น้ำปลอดภัย ใส่ใจสิ่งแวดล้อม” ณ จังหวัดสุพรรณบุรี")
    names = _names(extract_text(named))
    assert "งานวันกุ้งภาคกลาง ประจำปี 2561" in names and not any("ภายใต้" in n for n in names), names
    bare = DAY + ("นายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงพาณิชย์ เป็นประธานการประชุมกลุ่มย่อยภายใต้หัวข้อ “ความเชื่อมโยง"
                  "ทางการค้า” ณ กรุงเทพมหานคร")
    assert any("ภายใต้หัวข้อ “ความเชื่อมโยงทางการค้า”" in n for n in _names(extract_text(bare)))


def test_an_event_told_as_not_held_is_no_event(extract_text):
    """"…จะให้การรับรองร่างแถลงการณ์ร่วม… ในวันที่ 15 ธันวาคม 2566 โดยไม่มีการลงนาม": the text says there is no signing
    (not_told_before: ไม่มี; round 14: described-bad). Told as held, the signing stays."""
    said = ("คณะรัฐมนตรีเห็นชอบร่างแถลงการณ์ร่วมระดับรัฐมนตรีแผนงาน GMS ซึ่งที่ประชุมรัฐมนตรีจะให้การรับรองในวันที่ "
            "15 ธันวาคม 2566 โดย{}การลงนาม")
    assert not [e for e in extract_text(said.format("ไม่มี")).of_kind("event") if e.type == "Signing"]
    assert [e for e in extract_text(said.format("มี")).of_kind("event") if e.type == "Signing"]


def test_what_goes_on_since_a_month_or_a_year_is_no_event(extract_text):
    """"ลงพื้นที่ตรวจสอบตั้งแต่เมษายน 2541", "มอบรางวัล “ประชาบดี” ตั้งแต่ปี 2550": a duty or a prize scheme going on since
    then, no one event (round 14: "complaint-inspection since 1998, not an event"; round 3: the scheme). A run of days
    after "ตั้งแต่" is the event's own time, and it stays."""
    from test_open_world_event_names import DAY
    since = DAY + ("กรมควบคุมมลพิษรับเรื่องร้องเรียนและลงพื้นที่ตรวจสอบตั้งแต่เมษายน 2541 และมีแผนฟื้นฟูลำห้วยคลิตี้")
    assert not [e for e in extract_text(since).of_kind("event") if e.type == "Visit"]
    scheme = ("กระทรวงการพัฒนาสังคมฯ ยกย่องผู้ทำคุณประโยชน์ ด้วยการมอบรางวัล “ประชาบดี” ตั้งแต่ปี 2550 โดยรางวัล"
              "ประชาบดี แบ่งออกเป็น 4 ประเภท")
    assert not [e for e in extract_text(scheme).of_kind("event") if e.type == "Award"]
    run = ("กรมการศาสนาเชิญชวนประชาชนร่วมชมนิทรรศการพระบรมสารีริกธาตุแต่ละยุค ตั้งแต่วันที่ 22-28 กรกฎาคม 2561 "
           "ณ ท้องสนามหลวง")
    assert [e for e in extract_text(run).of_kind("event") if e.type == "Exhibition"]


def test_a_festival_destination_is_no_festival(extract_text):
    """"ส่งเสริมให้ไทยเป็น World Festival Destination", "หมุดหมายสำคัญของ Pride Festival Destination": a tourism brand, a
    place known for festivals (venue_after: Destination; judged junk in rounds 4 and 14), not a festival held."""
    from test_open_world_event_names import DAY
    brand = DAY + "รัฐบาลมีนโยบายส่งเสริมให้ไทยเป็น World Festival Destination ที่สามารถมาท่องเที่ยวได้ตลอดทั้งปี"
    assert not extract_text(brand).of_kind("event")
    held = DAY + "นายกรัฐมนตรีเป็นประธานเปิดงาน Bangkok Pride Festival 2024 ณ สนามกีฬาแห่งชาติ"
    assert extract_text(held).of_kind("event")


def test_the_holder_of_a_post_written_before_a_cue_is_the_events_first_party(extract_text):
    """"นายกฯจะ ลงพื้นที่…", "รัฐมนตรีช่วยว่าการกระทรวงคมนาคม ตรวจเยี่ยม…": the post alone tells who did it, and the one
    person the release gives that post is the event's first party (event_holders.holder_before; round 14: "PM's Rayong
    fire visit given only as MoF", "lead visitor (deputy minister) … missing"). Two persons with that post: neither."""
    pm = ("วันนี้ (25 เมษายน 2567) นายเศรษฐา ทวีสิน นายกรัฐมนตรีและรัฐมนตรีว่าการกระทรวงการคลัง สั่งการให้หน่วยงานที่"
          "เกี่ยวข้องเร่งตรวจสอบโรงงานสารเคมี\nทั้งนี้ ในวันเสาร์ที่ 27 เมษายน นี้ นายกฯจะ ลงพื้นที่ ดูและติดตามสถานการณ์"
          "ที่จังหวัดระยอง")
    (visit,) = [e for e in extract_text(pm, published=date(2024, 4, 25)).of_kind("event") if e.type == "Visit"]
    assert visit.description.startswith("ลงพื้นที่ (เศรษฐา ทวีสิน")
    deputy = ("รัฐมนตรีช่วยว่าการกระทรวงคมนาคม ตรวจเยี่ยมพร้อมมอบนโยบายการดำเนินงานแก่กรมท่าอากาศยาน\n"
              "เมื่อวันที่ 17 มิถุนายน 2564 นายวีรศักดิ์ หวังศุภกิจโกศล รัฐมนตรีช่วยว่าการกระทรวงคมนาคม พร้อมด้วย"
              "นายทรงศักดิ์ ส่งเสริมอุดมชัย ผู้ช่วยเลขานุการรัฐมนตรีว่าการกระทรวงคมนาคม มอบนโยบายแก่กรมท่าอากาศยาน")
    visits = [e for e in extract_text(deputy, published=date(2021, 6, 17)).of_kind("event") if e.type == "Visit"]
    assert visits and all(e.parties[0] == "person:วีรศักดิ์ หวังศุภกิจโกศล" for e in visits)
    two = deputy.replace("พร้อมด้วยนายทรงศักดิ์ ส่งเสริมอุดมชัย ผู้ช่วยเลขานุการรัฐมนตรีว่าการกระทรวงคมนาคม",
                         "และนายอธิรัฐ รัตนเศรษฐ รัฐมนตรีช่วยว่าการกระทรวงคมนาคม")
    visits = [e for e in extract_text(two, published=date(2021, 6, 17)).of_kind("event") if e.type == "Visit"]
    assert all(e.parties[:1] != ["person:อธิรัฐ รัตนเศรษฐ"] for e in visits)


def test_the_holder_of_a_post_is_read_back_past_a_chain_of_gaps_and_short_titles(extract_text):
    """"จากนั้นนายกรัฐมนตรีจะเดินทางไป เยี่ยมชม…", "นายกฯ เตรียมลงพื้นที่…", "นรม. เยี่ยมชม…", "คณะของรองนายกรัฐมนตรีได้เข้า
    เยี่ยมชม…": the post is the doer though more than one gap word, or a short title, stands between (event_words
    holder_gaps read one after another, short_titles; judged audits of rounds 9, 14 and 20: PM visits described with
    no party, "PM missing"). Forms of thaigov-v1/14/ข่าวทำเนียบรัฐบาล_147, thaigov-v2/2023/03/18/ข่าวคณะโฆษก_5,
    thaigov-v1/2/ข่าวทำเนียบรัฐบาล_9 and thaigov-v1/14/ข่าวทำเนียบรัฐบาล_1047. A post not right before the gaps (the
    host who welcomes him "ในการ เดินทางเยือน…") is no doer."""
    def visits(text, published):
        return [e for e in extract_text(text, published=published).of_kind("event") if e.type == "Visit"]
    mosque = ("วันนี้ (24 เมษายน 2560) เวลา 17.30 น. พลเอก ประยุทธ์ จันทร์โอชา นายกรัฐมนตรี พร้อมด้วยคณะ เดินทางถึงท่าอากาศยาน"
              "นานาชาติบาห์เรน\nจากนั้นนายกรัฐมนตรีจะเดินทางไป เยี่ยมชมมัสยิดกลาง (Al Fateh Grand Mosque)")
    (visit,) = visits(mosque, date(2017, 5, 4))
    assert visit.parties[:1] == ["person:ประยุทธ์ จันทร์โอชา"], visit.parties
    phuket = ("โฆษกรัฐบาลเผย นายกฯ เตรียมลงพื้นที่ จ.ภูเก็ต 19 มี.ค.นี้ ติดตามความพร้อมการเป็นเจ้าภาพงาน Expo 2028\n"
              "วันที่ 18 มีนาคม 2566 นายอนุชา บูรพชัยศรี รองเลขาธิการนายกรัฐมนตรีฝ่ายการเมือง เปิดเผยว่า พลเอก ประยุทธ์ "
              "จันทร์โอชา นายกรัฐมนตรีและรัฐมนตรีว่าการกระทรวงกลาโหม จะเดินทางไปตรวจติดตามงานตามนโยบายของรัฐบาล ณ จังหวัด"
              "ภูเก็ต ในวันอาทิตย์ที่ 19 มีนาคม 2566")
    assert any(e.names[0].startswith("ลงพื้นที่ จ.ภูเก็ต") and e.parties[:1] == ["person:ประยุทธ์ จันทร์โอชา"]
               for e in visits(phuket, date(2023, 3, 18)))
    truck = ("นรม. เยี่ยมชม รถขายอาหาร (Food Truck) ภายใต้โครงการร้านอาหาร “หนูณิชย์เคลื่อนที่” โฉมใหม่\n"
             "วันนี้ (23 สิงหาคม 2559) เวลา 9.00 น. ณ หน้าตึกบัญชาการ 1 ทำเนียบรัฐบาล นางอภิรดี ตันตราภรณ์ รัฐมนตรีว่าการ"
             "กระทรวงพาณิชย์ พร้อมคณะนำตัวแทนในโครงการ มาพบ พลเอก ประยุทธ์ จันทร์โอชา นายกรัฐมนตรี เพื่อประชาสัมพันธ์โครงการ")
    (visit,) = visits(truck, date(2016, 10, 17))
    assert visit.parties[:1] == ["person:ประยุทธ์ จันทร์โอชา"], visit.parties
    coop = ("วันที่ 8 พฤศจิกายน 2560 พลอากาศเอก ประจิน จั่นตอง รองนายกรัฐมนตรี และคณะ เดินทางไปยังหมู่บ้านอัจฉริยะ\n"
            "จากนั้นคณะของรองนายกรัฐมนตรีได้เข้า เยี่ยมชมสหกรณ์การเกษตรของหมู่บ้าน ซึ่งมีการใช้แพลตฟอร์มการสร้างรายได้")
    (visit,) = visits(coop, date(2017, 11, 8))
    assert visit.parties[:1] == ["person:ประจิน จั่นตอง"], visit.parties
    host = ("วันที่ 20 เมษายน 2560 พลเอก ประยุทธ์ จันทร์โอชา นายกรัฐมนตรี ให้การต้อนรับเอกอัครราชทูต\n"
            "นายกรัฐมนตรีบาห์เรน ยินดีต้อนรับนายกรัฐมนตรีและคณะ ในการ เดินทางเยือนบาห์เรน อย่างเป็นทางการระหว่างวันที่ 24 – 26 "
            "เมษายน 2560")
    assert all(e.parties[:1] != ["person:ประยุทธ์ จันทร์โอชา"] for e in visits(host, date(2017, 4, 20)))


def test_a_type_word_with_one_common_word_cut_by_the_abbreviation_mark_is_no_name(extract_text):
    """"นิทรรศการองค์ความรู้ฯ", "พิธีลงนามถวายพระพรฯ": the "ฯ" cuts off the words that would say which exhibition or
    signing, and one common word left says only the kind (judged junk: "bare type … with ฯ"). When the release writes
    the name on in full elsewhere the short form stands for it; more words before the "ฯ" ("นิทรรศการผลการดำเนินงานของ
    กระทรวงฯ": whose exhibition) or a thing done made a noun ("พิธีปิดการแข่งขันฯ": the competition named before) stay a name."""
    from test_open_world_event_names import DAY, _names
    generic = DAY + "นายสมชาย ใจดี เปิดนิทรรศการองค์ความรู้ฯ ณ วัดขนอน จังหวัดราชบุรี"
    names = _names(extract_text(generic))
    assert not any(n.startswith("นิทรรศการองค์ความรู้") for n in names), names
    told = ("นายสมชาย ใจดี เปิดนิทรรศการองค์ความรู้หนังใหญ่วัดขนอน ประจำปี 2562\n" + DAY
            + "นายสมชาย ใจดี เปิดนิทรรศการองค์ความรู้ฯ ณ วัดขนอน จังหวัดราชบุรี")
    names = _names(extract_text(told))
    assert "นิทรรศการองค์ความรู้ฯ" in names, names
    longer = DAY + "นายสมชาย ใจดี เยี่ยมชมนิทรรศการผลการดำเนินงานของกระทรวงฯ ณ ทำเนียบรัฐบาล"
    names = _names(extract_text(longer))
    assert any(n.endswith("นิทรรศการผลการดำเนินงานของกระทรวงฯ") for n in names), names
    closing = DAY + "การแข่งขันฝีมือแรงงานแห่งชาติ ครั้งที่ 27 มีพิธีปิดการแข่งขันฯ วันที่ 22 มีนาคม 2561 ณ ไบเทค บางนา"
    names = _names(extract_text(closing))
    assert "พิธีปิดการแข่งขันฯ" in names, names


def test_a_day_told_after_the_deed_with_muea_is_its_own_over_a_nearer_date_before(extract_text):
    """"…มาประจำที่สำนักงานเขต เมื่อวันที่ 1 มิถุนายน 2561 และผู้ว่าราชการจังหวัดได้ลงพื้นที่ตรวจสอบข้อเท็จจริงด้วยตนเอง
    เมื่อวันพฤหัสบดีที่ 7 มิถุนายน 2561": the clause tells the visit's day after it; the nearer date before is the
    transfer's (round 13 and, for a signing after a cabinet decision, round 14: described-bad, "date is cabinet
    approval (14 Mar); signing was 22 Mar 2023"). A "เมื่อ" glued to a noun dates that noun, not the deed."""
    published = date(2018, 6, 11)
    head = "ผู้ว่าฯ ตรวจสอบอาหารกลางวันโรงเรียน\nวันที่ 11 มิถุนายน 2561 "
    text = head + ("นายสมชาย ใจดี ผู้อำนวยการโรงเรียนบ้านท่าใหม่ ได้ย้ายมาประจำที่สำนักงานเขตพื้นที่ เมื่อวันที่ 1 มิถุนายน"
                   " 2561 และผู้ว่าราชการจังหวัดได้ลงพื้นที่ตรวจสอบข้อเท็จจริงด้วยตนเอง เมื่อวันพฤหัสบดีที่ 7 มิถุนายน 2561"
                   " เพื่อตรวจสอบการจัดหาอาหารกลางวันแก่นักเรียน")
    visits = [e.date for e in extract_text(text, published=published).of_kind("event") if e.type == "Visit"]
    assert visits == [date(2018, 6, 7)]
    from phakhi.graph.extract.event_dates import done_on
    glued = "ลงพื้นที่ตรวจเยี่ยมผู้ได้รับผลกระทบจากเหตุไฟไหม้เมื่อวันที่ 1"
    assert not done_on(glued, glued.index("1"), len("ลงพื้นที่ตรวจเยี่ยม"))
    spaced = "ลงพื้นที่ตรวจเยี่ยมผู้ได้รับผลกระทบ เมื่อวันที่ 1"
    assert done_on(spaced, spaced.index("1"), len("ลงพื้นที่ตรวจเยี่ยม"))


def test_a_period_counted_back_before_a_cue_is_no_publication_day(extract_text):
    """"ซึ่งเมื่อ 3 สัปดาห์ที่ผ่านมา นายกฯ ได้เข้าพบหารือกับ นายเอ็มมานูเอล มาครง…": a day some weeks back whose day the text
    does not give, not the publication's (round 4: described-bad, the call dated by its release); "เมื่อ 2 วันที่ผ่านมา"
    gives the day, two days before the release. "ใน 3 เดือนที่ผ่านมา" is a stretch of time, not read."""
    from phakhi.graph.extract.event_dates import counted_back
    published = date(2024, 6, 7)
    weeks = "ไทยร่วมเรียกร้อง ซึ่งเมื่อ 3 สัปดาห์ที่ผ่านมา นายกฯ ได้เข้าพบหารือกับประธานาธิบดีฝรั่งเศส"
    assert counted_back(weeks, weeks.index("เข้าพบ"), 0, published, [])[1] is None
    days = "นายสมชาย ใจดี เมื่อ 2 วันที่ผ่านมา ได้ลงพื้นที่ตรวจเยี่ยมโรงงาน"
    assert counted_back(days, days.index("ลงพื้นที่"), 0, published, [])[1] == date(2024, 6, 5)
    stretch = "กรมโรงงาน ใน 3 เดือนที่ผ่านมา ได้ลงพื้นที่ตรวจเยี่ยมโรงงาน"
    assert counted_back(stretch, stretch.index("ลงพื้นที่"), 0, published, []) is None
    head = ("นายกฯ ให้สัมภาษณ์กรณีตัวประกัน\nวันนี้ (7 มิถุนายน 2567) นายเศรษฐา ทวีสิน นายกรัฐมนตรี ให้สัมภาษณ์ว่า"
            " ไทยเป็นหนึ่งประเทศที่ร่วมอยู่ด้วย ซึ่งเมื่อ ")
    tail = "ที่ผ่านมา นายกฯ ได้เข้าพบหารือกับ นายเอ็มมานูเอล มาครง ประธานาธิบดีฝรั่งเศส ในเรื่องการปล่อยตัวประกันนั้น"
    for period, day in (("3 สัปดาห์", None), ("2 วัน", date(2024, 6, 5))):
        calls = [e.date for e in extract_text(head + period + tail, published=published).of_kind("event")
                 if "เข้าพบ" in e.names]  # a Meeting since h29-evcall: "เข้าพบหารือ" is a call held for talks
        assert calls == ([day] if day else [])  # an undated call is left out (event_words dated_only)


def test_a_date_given_for_tomorrow_in_a_later_clause_is_not_the_events(extract_text):
    """"โดยในวันนี้ จังหวัดน่านได้จัดกิจกรรม… เยี่ยมชมนิทรรศการเฉลิมพระเกียรติ , … โดยในวันพรุ่งนี้ (8 มิ.ย. 67) ตน… จะนำขบวน…":
    the date is the next clause's, opened by "โดย"; the visit is the day the paragraph's "โดยในวันนี้" tells, 200 and more
    characters before it (round 13: described-bad, "viewed the exhibition on 7 Jun 2024 ('วันนี้'); 8 Jun is the next
    day's relay"). Without an opener the word is the event's own ("…นอกสถานที่ ในวันพรุ่งนี้ (23ม.ค.67)")."""
    from phakhi.graph.extract.event_dates import other_day_given
    published = date(2024, 6, 7)
    text = ("จังหวัดน่านจัดกิจกรรมเฉลิมพระเกียรติ\nวันที่ 7 มิถุนายน 2567\nนายชัยนรงค์ วงศ์ใหญ่ ผู้ว่าราชการจังหวัดน่าน กล่าวต่อ"
            "อีกว่า โดยในวันนี้ จังหวัดน่านได้จัดกิจกรรมเฉลิมฉลองฯ ณ บริเวณลานข่วงน้อย ซึ่งตน พร้อมด้วยหัวหน้าส่วนราชการ"
            " ตลอดจนถึงพี่น้องประชาชนชาวจังหวัดน่าน ได้ร่วมกันทำกิจกรรมต่าง ๆ มากมาย คือ ร่วมกันร้องเพลงสรรเสริญพระบารมี"
            " และเพลงสดุดีจอมราชา , เยี่ยมชมนิทรรศการเฉลิมพระเกียรติ , และรับชมการแสดงพื้นบ้าน โดยในวันพรุ่งนี้ (8 มิ.ย. 67)"
            " ตน พร้อมด้วยหัวหน้าส่วนราชการ จะนำขบวน เดิน วิ่ง ปั่น ธงตราสัญลักษณ์")
    visits = [e.date for e in extract_text(text, published=published).of_kind("event") if e.type == "Visit"]
    assert visits == [published]
    own = "ในการประชุมคณะรัฐมนตรีอย่างเป็นทางการนอกสถานที่ ในวันพรุ่งนี้ (23ม.ค.67)"
    assert not other_day_given(own, own.index("23"), len("ในการประชุมคณะรัฐมนตรี"))
    later = "เยี่ยมชมนิทรรศการ , และรับชมการแสดง โดยในวันพรุ่งนี้ (8 มิ.ย. 67)"
    assert other_day_given(later, later.index("8 มิ"), len("เยี่ยมชมนิทรรศการ"))


def test_a_glued_phrase_of_when_ends_an_events_name(extract_text):
    """"…การเปิดตัวภาพยนตร์แอนิเมชัน เรื่อง รามเกียรติ์ในเดือนมีนาคม และ…", "การประชุมคณะกรรมการฟื้นฟูฯในวันศุกร์ที่ 29
    พ.ค. นี้": a head ("ใน") glued before a month or a weekday tells when it is held, not which event it is (rounds mid,
    final and 14: boundary, "runs on into date words"); the meeting keeps its day."""
    text = ("นอกจากนี้ยังมีกิจกรรมตลอดทั้งปี เช่น กิจกรรม ASEAN STREET FOOD ในเดือนกุมภาพันธ์ การเปิดตัวภาพยนตร์แอนิเมชัน"
            " เรื่อง รามเกียรติ์ในเดือนมีนาคม และจัดทำหนังสือมรดกโลกของอาเซียนฉบับภาษาอังกฤษในเดือนเมษายน")
    names = [n for e in extract_text(text).of_kind("event") for n in e.names]
    assert "เปิดตัวภาพยนตร์แอนิเมชัน เรื่อง รามเกียรติ์" in names
    assert not any("ในเดือน" in n for n in names)
    meeting = ("กรมประมงหารือกับสมาคมประมงทุกสมาคมโดยจะมีการประชุมคณะกรรมการฟื้นฟูฯในวันศุกร์ที่ 29 พ.ค. นี้"
               " ที่กรมประมงเพื่อซักซ้อมความเข้าใจ")
    (event,) = extract_text(meeting, published=date(2018, 5, 25)).of_kind("event")
    assert not any("ในวันศุกร์" in n for n in event.names)
    assert event.date == date(2018, 5, 29)


def test_an_owner_the_rules_do_not_know_ending_the_line_after_a_spaced_possessive_is_the_names(extract_text):
    """"ปลัดกระทรวงดิจิทัลฯ เปิดการประชุมสมัชชาใหญ่สมัยที่ 14 ของ APT", "…งานวันครบรอบ 41 ปี ก้าวสู่ปีที่ 42 ของหนังสือพิมพ์
    มติชน": no organization is read after "ของ", but its one run ends the line, so it says whose event it is (rounds 3, 7
    and 14: boundary, "body missing", "whose anniversary"). A pronoun, a title or a clause there is not an owner."""
    def names(text):
        return [n for e in extract_text(text).of_kind("event") for n in e.names]
    assert "การประชุมสมัชชาใหญ่สมัยที่ 14 ของ APT" in names(
        "วันนี้ (3 ตุลาคม 2561) ปลัดกระทรวงดิจิทัลฯ เปิดการประชุมสมัชชาใหญ่สมัยที่ 14 ของ APT")
    lead = "วันนี้ (3 ตุลาคม 2561) นายสุริยะ ร่วมแสดงความยินดีในวาระ งานวันครบรอบ 41 ปี ก้าวสู่ปีที่ 42 ของ"
    assert "งานวันครบรอบ 41 ปี ก้าวสู่ปีที่ 42 ของหนังสือพิมพ์มติชน" in names(lead + "หนังสือพิมพ์มติชน")
    assert names(lead + "ตน") == ["งานวันครบรอบ 41 ปี ก้าวสู่ปีที่ 42"]
    assert names("วันนี้ (3 ตุลาคม 2561) นายสุริยะ ร่วมการประชุมประจำปี 2561 ของไทยให้กับคนในประเทศและนานาชาติได้ทราบ") \
        == ["การประชุมประจำปี 2561"]


def test_a_meeting_named_as_the_framework_work_goes_on_under_is_no_event(extract_text):
    """"…ภายใต้กรอบการประชุมเจ้าหน้าที่อาวุโสอาเซียนด้านกฎหมาย (ASEAN Senior Law Officials Meeting: ASLOM)",
    "…ภายใต้การกำกับดูแลของกลไกการประชุมระดับรัฐมนตรีอาเซียนด้านการจัดการภัยพิบัติ": a series of meetings named as the
    framework or mechanism something is done under, no sitting told (rounds 3, 7 and 9: junk); its bracketed alias
    goes with it. The meeting told in the same release stays."""
    text = ("วันนี้ (3 ตุลาคม 2561) นายสมชาย ใจดี เป็นประธานการประชุมคณะทำงานยกร่างสนธิสัญญา ครั้งที่ 2 ณ กระทรวงยุติธรรม"
            " ซึ่งเป็นการประชุมระดับคณะทำงานภายใต้กรอบการประชุมเจ้าหน้าที่อาวุโสอาเซียนด้านกฎหมาย"
            " (ASEAN Senior Law Officials Meeting: ASLOM) เพื่อจัดทำสนธิสัญญาแม่แบบอาเซียน")
    names = [n for e in extract_text(text).of_kind("event") for n in e.names]
    assert "การประชุมคณะทำงานยกร่างสนธิสัญญา ครั้งที่ 2" in names
    assert not any("อาวุโสอาเซียน" in n or "Senior Law" in n for n in names)


def test_a_paragraph_closing_on_its_one_day_dates_the_story_told_again_in_the_lead(extract_text):
    """The lead tells the signing with no day, the next paragraph tells it again and closes on its one day, told with
    "เมื่อ" ("…ณ โรงแรม… เมื่อวันที่ 21 มิถุนายน 2561", 300 characters on): one signing, on the 21st, not the release's
    22nd (round 13: described-bad, "signing was 21 Jun 2018, label gives publication date 22 Jun"; round 15's
    meeting "เมื่อวันอังคารที่ 28 สิงหาคม 2561 ที่กระทรวงศึกษาธิการ" alike)."""
    from phakhi.graph.extract.event_dates import closing_date
    published = date(2018, 6, 22)
    deed = ("นายผยง ศรีวณิช กรรมการผู้จัดการใหญ่ธนาคารกรุงไทย และนางนิภารัตน์ พิสิฐพิทยเสรี รักษาการแทนผู้จัดการทั่วไป"
            " บรรษัทประกันสินเชื่ออุตสาหกรรมขนาดย่อม (บสย.) ร่วมลงนามในบันทึกข้อตกลงความร่วมมือภายใต้โครงการสินเชื่อประชารัฐ")
    text = ("ธ.กรุงไทยร่วมลงนาม MOU โครงการสินเชื่อประชารัฐกับ บสย.\n" + deed + "\n" + deed
            + " โดยมี นายวิสุทธิ์ ศรีสุพรรณ รัฐมนตรีช่วยว่าการกระทรวงการคลัง ร่วมเป็นสักขีพยาน ณ โรงแรมเซ็นทารา แกรนด์"
            " แอท เซ็นทรัลเวิลด์ เมื่อวันที่ 21 มิถุนายน 2561\nโครงการสินเชื่อประชารัฐ ดำเนินการเพื่อสนับสนุนผู้ประกอบการ")
    signings = [e for e in extract_text(text, published=published).entities.values()
                if e.kind == "event" and e.type == "Signing"]
    assert [e.date for e in signings] == [date(2018, 6, 21)]
    # the one day of its paragraph, closing it (a venue may follow); not one of two, nor one with more after it
    line = "ร่วมลงนามในบันทึกข้อตกลง ณ โรงแรม เมื่อวันที่ 21 มิถุนายน 2561 ที่กรุงเทพ"
    at = line.index("21")
    one = [(at, at + len("21 มิถุนายน 2561"), date(2018, 6, 21))]
    assert closing_date(line, 0, 0, len(line), one, [at]) == date(2018, 6, 21)
    two = [(0, 5, date(2018, 6, 1))] + one
    assert closing_date(line, 6, 0, len(line), two, [0, at]) is None
    more = line + " และได้ประชุมหารือถึงแนวทางการขับเคลื่อนโครงการในระยะต่อไปร่วมกับผู้ประกอบการในพื้นที่ทั้งหมด"
    assert closing_date(more, 0, 0, len(more), one, [at]) is None
    glued = line.replace(" เมื่อวันที่", "เมื่อวันที่")
    g_at = glued.index("21")
    assert closing_date(glued, 0, 0, len(glued), [(g_at, g_at + 16, date(2018, 6, 21))], [g_at]) is None


def test_a_day_the_body_tells_wins_over_the_story_day_assumed_for_the_title(extract_text):
    """"รมช.ศธ. ลงพื้นที่… จังหวัดเพชรบูรณ์" in the title (no day: the release's, the 18th), then "17 กันยายน 2561 -
    … ลงพื้นที่ติดตามนโยบาย…" in the body: one visit, on the 17th the body tells (round 15: described-bad, "visit
    held 17 Sep 2018 not 18th"). The title's day is only assumed; a day a sentence tells is the event's."""
    published = date(2018, 9, 18)
    visit = ("ศาสตราจารย์คลินิก นพ.อุดม คชินทร รัฐมนตรีช่วยว่าการกระทรวงศึกษาธิการ พร้อมด้วยผู้บริหารทุกสังกัดของ"
             "กระทรวงศึกษาธิการ ลงพื้นที่ติดตามนโยบายรัฐบาลด้านการอุดมศึกษา ที่จังหวัดเพชรบูรณ์")
    text = (visit + "\n17 กันยายน 2561 - " + visit
            + " โดยมีผู้บริหารมหาวิทยาลัยในพื้นที่ภาคเหนือตอนล่างให้การต้อนรับ\nพบปะและมอบนโยบายด้านอุดมศึกษา")
    visits = [e for e in extract_text(text, published=published).entities.values()
              if e.kind == "event" and e.type == "Visit"]
    assert [e.date for e in visits] == [date(2018, 9, 17)]
