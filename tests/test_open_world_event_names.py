"""Event names in the open world, round three: names run to their natural end (an alias in brackets or a
session number after words of the name, a name the corpus writes in full), rooms and venues are no events,
and an event known only by its type word and date, with no party, is no event node."""


import pytest

from phakhi.graph.extract import event_extents
from phakhi.graph.extract import names as name_rules
from conftest import load_script

DAY = "เมื่อวันที่ 22 มกราคม 2562 "


def _names(extraction) -> list[str]:
    return [n for e in extraction.of_kind("event") for n in e.names]


def _labels(extraction) -> list[str]:
    return [e.description or e.names[0] for e in extraction.of_kind("event")]


def test_a_name_cut_at_a_joiner_runs_on_to_its_alias_and_session_number(extract_text):
    text = DAY + "นายสมชาย ใจดี เป็นประธานการประชุมคณะกรรมการกำกับ และติดตามการปฏิบัติราชการในภูมิภาค (กกภ.) ครั้งที่ 1/2562 ณ ทำเนียบรัฐบาล"
    names = _names(extract_text(text))
    assert any(n.endswith("ในภูมิภาค (กกภ.) ครั้งที่ 1/2562") for n in names), names


def test_a_name_runs_on_to_a_session_number_after_of(extract_text):
    text = DAY + "นายสมชาย ใจดี เป็นประธานการประชุมรัฐมนตรีด้านการศึกษา ของอาเซียน ครั้งที่ 13 ณ กรุงเทพมหานคร"
    names = _names(extract_text(text))
    assert any(n.endswith("ของอาเซียน ครั้งที่ 13") for n in names), names


def test_a_clause_word_between_a_name_and_brackets_stops_it(extract_text):
    text = DAY + "นายสมชาย ใจดี เป็นประธานการประชุมหารือแนวทางพัฒนาพื้นที่ โดยมีผู้แทนสภาพัฒน์ (สศช.) เข้าร่วม"
    names = _names(extract_text(text))
    assert names and not any("(สศช.)" in n for n in names), names


def test_a_translation_in_brackets_ends_a_name_cut_short_but_is_no_part_of_it(extract_text):
    text = DAY + ("นายสมชาย ใจดี เข้าร่วมการประชุมทางทะเล และโลจิสติกส์แห่งเอเชีย (Asian Logistics and Maritime"
                  " Conference) ณ ฮ่องกง")
    names = _names(extract_text(text))
    assert "การประชุมทางทะเล และโลจิสติกส์แห่งเอเชีย" in names, names


def test_a_type_word_takes_no_gloss_in_brackets(extract_text):
    text = DAY + "นายสมชาย ใจดี ร่วมพิธีลงนามความตกลง (Signing Ceremony) กับกระทรวงการคลัง ณ ทำเนียบรัฐบาล"
    assert not any("Signing Ceremony" in n for n in _names(extract_text(text)))


def test_a_meeting_room_is_no_event(extract_text):
    text = DAY + "นายสมชาย ใจดี เปิดศูนย์นวัตกรรมซึ่งมี Gallery Room และ Meeting Room 1-2 ชั้น 7"
    assert not any("Meeting" in n for n in _names(extract_text(text)))


def test_a_venue_of_exhibitions_and_meetings_is_no_event(extract_text):
    text = DAY + "นายสมชาย ใจดี เปิดงาน ณ ศูนย์แสดงสินค้าและการประชุมอิมแพ็ค เมืองทองธานี"
    assert not any("อิมแพ็ค" in n for n in _names(extract_text(text)))


def test_a_buddhist_era_year_does_not_begin_a_latin_name(extract_text):
    text = DAY + "นายสมชาย ใจดี ร่วมงานมหกรรมการเงินประจำปี 2562 Money Expo 2019 ณ ศูนย์ประชุมแห่งชาติสิริกิติ์"
    names = _names(extract_text(text))
    assert "Money Expo 2019" in names and not any(n.startswith("2562") for n in names), names


def test_a_footnote_digit_is_no_part_of_a_name():
    assert name_rules.FOOTNOTE_DIGITS >= 1
    doc_text = DAY + "ได้รับรองในการประชุมคณะทำงานด้านผลิตภัณฑ์อาหารสำเร็จรูป1 ณ กรุงเทพมหานคร"
    from phakhi.graph.extract.pipeline import extract
    from phakhi.graph.read import parse_release
    names = _names(extract(parse_release(doc_text, "a.txt")))
    assert any(n.endswith("อาหารสำเร็จรูป") for n in names), names


def test_a_visit_names_the_province_it_went_to(extract_text):
    text = "รัฐมนตรี อุตตมฯ ลงพื้นที่ จ.ขอนแก่น พบปะและรับฟังปัญหาจากชาวไร่อ้อย\n\nรายละเอียด"
    assert "ลงพื้นที่ จ.ขอนแก่น" in _names(extract_text(text))


def test_a_type_word_and_a_date_without_parties_make_no_event(extract_text):
    text = "ข่าวทั่วไป\n\nรายละเอียดทั่วไป\n\n" + DAY + "ได้มีการประชุม เพื่อถอดบทเรียนแก้ไขปัญหาอุทกภัยในพื้นที่"
    assert not any(label.startswith("การประชุม (") for label in _labels(extract_text(text)))


def test_a_type_word_with_its_parties_is_described(extract_text):
    text = DAY + "กระทรวงอุตสาหกรรมและสภาอุตสาหกรรมแห่งประเทศไทยได้จัดการประชุม ณ กรุงเทพมหานคร"
    labels = _labels(extract_text(text))
    assert any(label.startswith("การประชุม (") and "กระทรวงอุตสาหกรรม" in label for label in labels), labels


def test_a_mined_name_is_taken_where_the_text_writes_it_whole(monkeypatch):
    name = "การประชุมคณะกรรมการติดตามการปฏิบัติงานตามนโยบายของรัฐบาล"
    monkeypatch.setattr(event_extents, "_mined", lambda: {name[:event_extents.MINED_KEY]: (name,)})
    text = "ประธาน" + "การประชุมคณะกรรมการติดตามการปฏิบัติงาน  ตามนโยบายของรัฐบาล ณ ทำเนียบ"
    start = text.index("การประชุม")
    cut = start + len("การประชุมคณะกรรมการติดตามการปฏิบัติงาน")
    end = event_extents.mined_end(text, start, cut, len(text))
    assert "".join(text[start:end].split()) == name  # spaces set aside
    glued = text.replace("รัฐบาล ณ", "รัฐบาลไทย ณ")  # the text goes on past the mined name: no end there
    assert event_extents.mined_end(glued, start, cut, len(glued)) == cut


@pytest.mark.parametrize("name, kept", [
    ("การประชุมคณะกรรมการติดตามการปฏิบัติงานตามนโยบายของรัฐบาล", True),
    ("การประชุมคณะกรรมการนโยบายที่ดินแห่งชาติ", False),  # no space, no joiner: the rules take it whole
    ("การประชุมคณะรัฐมนตรี พลตำรวจเอก อดุลย์ แสงสิงแก้ว", False),  # a person after the name
    ("การประชุมหารือ โดยมีผู้แทน", False),  # a clause word
])
def test_the_miner_keeps_names_not_clauses(name, kept):
    assert load_script("mine_events").is_name("การประชุม", name) is kept


def test_the_miner_reads_a_name_up_to_its_alias_or_number():
    text = "ประธานการประชุมคณะกรรมการกำกับ และติดตามการปฏิบัติราชการในภูมิภาค (กกภ.) ครั้งที่ 1/2563"
    found = set(load_script("mine_events").marked_names(text))
    assert ("การประชุม", "การประชุมคณะกรรมการกำกับ และติดตามการปฏิบัติราชการในภูมิภาค") in found


def test_a_quote_after_that_or_is_what_is_said_not_a_title(extract_text):
    text = DAY + "ธนาคารกลางยุโรประบุในผลการประชุมคราวนี้ว่า “การดำเนินนโยบายการเงินจะทยอยลดลง” ซึ่งไม่มีในครั้งก่อน"
    assert not any("ทยอย" in n for n in _names(extract_text(text)))


def test_a_teleconference_system_is_how_a_meeting_is_held(extract_text):
    text = DAY + "กระทรวงการต่างประเทศเข้าร่วมการประชุมรัฐมนตรีแม่โขง-ล้านช้าง ผ่านระบบการประชุมทางไกล โดยมีผู้แทนจีน"
    assert not any(n.startswith("การประชุมทางไกล") for n in _names(extract_text(text)))


def test_a_count_of_documents_is_no_event(extract_text):
    text = DAY + "กระทรวงเกษตรและสหกรณ์ขอความเห็นชอบร่างเอกสารผลลัพธ์การประชุม 3 ฉบับ ซึ่งหน่วยงานเห็นชอบแล้ว"
    assert not any("ฉบับ" in label for label in _labels(extract_text(text)))


def test_this_time_refers_back(extract_text):
    text = DAY + "กระทรวงการคลังระบุในผลการประชุมคราวนี้ว่าจะลดการผ่อนคลาย"
    assert not any("คราวนี้" in n for n in _names(extract_text(text)))


def test_a_latin_name_after_a_thai_name_says_which(extract_text):
    text = "ธพว. เปิดตัวสินเชื่อ SMEs Transformation Loan และกองทุนพัฒนาเอสเอ็มอี\n\nรายละเอียด"
    assert "เปิดตัวสินเชื่อ SMEs Transformation Loan" in _names(extract_text(text))


def test_a_type_word_is_described_with_the_topic_that_follows_it(extract_text):
    text = DAY + "นายสมชาย ใจดี ปลัดกระทรวงสาธารณสุข เป็นประธานเปิดการประชุม มอบนโยบายการดำเนินงานกระทรวงสาธารณสุข ณ นนทบุรี"
    labels = _labels(extract_text(text))
    assert any(label.startswith("การประชุม มอบนโยบายการดำเนินงาน") and "(" in label for label in labels), labels


def test_a_topic_keeps_a_partyless_event(extract_text):
    text = "ข่าวทั่วไป\n\nรายละเอียดทั่วไป\n\n" + DAY + "ได้มีการประชุม ถอดบทเรียนแก้ไขปัญหาอุทกภัย ณ ศาลากลาง"
    labels = _labels(extract_text(text))
    assert any(label.startswith("การประชุม ถอดบทเรียนแก้ไขปัญหาอุทกภัย (") for label in labels), labels


def test_a_visit_to_two_provinces_names_both(extract_text):
    text = "นายกรัฐมนตรีลงพื้นที่ จังหวัดสุรินทร์ และจังหวัดบุรีรัมย์ เพื่อติดตามผลการดำเนินงาน\n\nรายละเอียด"
    assert "ลงพื้นที่ จังหวัดสุรินทร์ และจังหวัดบุรีรัมย์" in _names(extract_text(text))


def test_related_meetings_refer_to_no_new_event(extract_text):
    text = DAY + "นายกรัฐมนตรีเข้าร่วมการประชุมสุดยอดอาเซียน ครั้งที่ 35 และการประชุมสุดยอดที่เกี่ยวข้อง ณ กรุงเทพมหานคร"
    labels = _labels(extract_text(text))
    assert not any(label.startswith("การประชุมสุดยอด (") for label in labels), labels


def test_a_verb_that_leads_a_cue_is_no_part_of_the_label(extract_text):
    text = DAY + "นายสมชาย ใจดี ได้ให้การต้อนรับและร่วมหารือกับสมาคมเรียงแก้ว ณ กรุงเทพมหานคร"
    labels = _labels(extract_text(text))
    assert "หารือกับสมาคมเรียงแก้ว" in labels, labels


def test_a_latin_name_runs_back_over_a_curly_apostrophe_and_on_to_its_subtitle(extract_text):
    text = DAY + ("นายกรัฐมนตรี เป็นประธานมอบรางวัลผู้ประกอบธุรกิจส่งออกดีเด่น ปี 2562 (Prime Minister’s Export Award 2019) "
                  "ณ ทำเนียบรัฐบาล")
    assert "Prime Minister’s Export Award 2019" in _names(extract_text(text))
    text = DAY + "นายสมชาย ใจดี เข้าร่วมงานสัมมนา Carbon Accounting: Observation from Space โดยมีนายวราวุธ"
    assert _names(extract_text(text)) == ["สัมมนา Carbon Accounting: Observation from Space"]


def test_a_latin_name_ending_on_its_cue_takes_neither_a_gloss_nor_the_sentence_after_it(extract_text):
    text = DAY + ("ได้รับรางวัลจากเวทีนานาชาติ เช่น Seoul International Invention Fair (South Korea) "
                  "และ Hong Kong International Invention Fair")
    assert "Seoul International Invention Fair" in _names(extract_text(text))
    text = DAY + "PM to attend 2nd ASEAN-U.S. Special Summit during May 12-13, 2022"
    assert _names(extract_text(text)) == ["2nd ASEAN-U.S. Special Summit"]
    text = DAY + "นายกรัฐมนตรีเข้าร่วมการประชุมเอเชีย-ยุโรป (Asia-Europe Meeting (ASEM))"
    assert "Asia-Europe Meeting (ASEM)" in _names(extract_text(text))  # a one-word alias stays


def test_a_bare_committee_runs_on_after_a_space_to_its_alias(extract_text):
    text = DAY + "นายสมชาย ใจดี เป็นประธานการประชุมคณะอนุกรรมการ การแก้ปัญหาการทำประมงผิดกฎหมาย (IUU) ณ ห้อง 2503 ตึกบัญชาการ"
    names = _names(extract_text(text))
    assert "การประชุมคณะอนุกรรมการ การแก้ปัญหาการทำประมงผิดกฎหมาย (IUU)" in names, names


def test_a_bare_committee_runs_on_after_a_space_through_joiners_to_its_session(extract_text):
    text = DAY + "นายสมชาย ใจดี เป็นประธานการประชุมคณะกรรมการติดตาม ตรวจสอบ และประเมินผลการจัดการศึกษา ครั้งที่ 3/2562 ณ กระทรวงศึกษาธิการ"
    names = _names(extract_text(text))
    assert any(n.endswith("ตรวจสอบ และประเมินผลการจัดการศึกษา ครั้งที่ 3/2562") for n in names), names


def test_a_clause_after_a_bare_type_word_and_a_space_is_not_its_name(extract_text):
    text = DAY + "นายสมชาย ใจดี เป็นประธานเปิดการอบรมหลักสูตร บงส. เป็นรุ่นที่ 5 ณ กระทรวงอุตสาหกรรม"
    names = _names(extract_text(text))
    assert not any("เป็นรุ่นที่" in n for n in names), names


def test_a_committees_panel_number_is_part_of_its_meetings_name(extract_text):
    text = DAY + "นายสมชาย ใจดี เป็นประธานการประชุมคณะกรรมการขับเคลื่อนและปฏิรูปการบริหารราชการแผ่นดิน คณะที่ 5 ณ ทำเนียบรัฐบาล"
    names = _names(extract_text(text))
    assert any(n.endswith("ราชการแผ่นดิน คณะที่ 5") for n in names), names


def test_who_came_along_after_a_bare_type_word_is_no_name(extract_text):
    text = DAY + "นายสมชาย ใจดี เป็นประธานการประชุม พร้อมด้วยหัวหน้าคณะทำงานโครงการพระราชดำริคณะที่ 2 ณ ศาลากลางจังหวัดน่าน"
    names = _names(extract_text(text))
    assert not any("พร้อมด้วย" in n for n in names), names


def test_the_body_a_committee_sits_for_after_a_space_is_part_of_its_meetings_name(extract_text):
    text = DAY + "นายสมชาย ใจดี เป็นประธานการประชุมคณะกรรมการร้องทุกข์ ประจำกระทรวงยุติธรรม ณ ห้องประชุมกระทรวง"
    names = _names(extract_text(text))
    assert any(n.endswith("ร้องทุกข์ ประจำกระทรวงยุติธรรม") for n in names), names
