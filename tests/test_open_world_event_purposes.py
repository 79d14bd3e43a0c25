"""Event names in the open world, thirteenth session: a bare meeting, seminar or conference type word glued to the
purpose it is held for ("การประชุม|ขับเคลื่อนนโยบาย…", "การสัมมนา|เพื่อเสริมสร้าง…") is named by that purpose, read to
the space, not described by its type word (event_runs.purpose_end); a bare type word told in the plural
("นิทรรศการต่าง ๆ") is no one event (event_words plural_after), nor is a name of a field so told
("การประกวดด้านภาษาไทยต่าง ๆ": event_words field_words)."""

from test_open_world_event_names import DAY, _labels, _names


def test_a_meeting_glued_to_its_purpose_is_named_by_it(extract_text):
    text = DAY + ("นายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงอุตสาหกรรม เป็นประธาน การประชุมขับเคลื่อนนโยบายและแนวทางการพัฒนา"
                  "อุตสาหกรรมในพื้นที่จังหวัดตรัง โดยมี ผู้ว่าราชการจังหวัดเข้าร่วม")
    labels = _labels(extract_text(text))
    assert "การประชุมขับเคลื่อนนโยบายและแนวทางการพัฒนาอุตสาหกรรมในพื้นที่จังหวัดตรัง" in labels, labels


def test_a_purpose_told_with_for_is_the_name(extract_text):
    text = DAY + "นายสมชาย ใจดี เป็นประธาน การสัมมนาเพื่อเสริมสร้างความรู้ความเข้าใจเกี่ยวกับการบริหารหนี้สาธารณะ ณ โรงแรมแห่งหนึ่ง"
    labels = _labels(extract_text(text))
    assert "การสัมมนาเพื่อเสริมสร้างความรู้ความเข้าใจเกี่ยวกับการบริหารหนี้สาธารณะ" in labels, labels


def test_a_purpose_stops_before_a_word_of_the_clause(extract_text):
    text = DAY + "นายสมชาย ใจดี เป็นประธาน การประชุมเพื่อนำเสนอแนวทางพัฒนาตลาดชุมชนกันอีกครั้งหนึ่ง ณ ศาลากลางจังหวัด"
    names = _names(extract_text(text))
    assert "การประชุมเพื่อนำเสนอแนวทางพัฒนาตลาดชุมชน" in names, names
    assert not any("อีก" in n for n in names), names


def test_a_bare_purpose_head_with_one_word_is_no_name(extract_text):
    text = DAY + "นายสมชาย ใจดี เป็นประธาน การประชุมเพื่อหารือ ณ ห้องประชุม"
    assert not any(n.startswith("การประชุมเพื่อ") for n in _names(extract_text(text)))


def test_a_cue_that_holds_its_body_goes_on_with_the_body_not_a_purpose(extract_text):
    text = DAY + "นายสมชาย ใจดี เป็นประธานประชุมคณะทำงานจัดทำสนธิสัญญาแม่แบบอาเซียน ณ กรุงเทพมหานคร"
    labels = _labels(extract_text(text))
    assert not any(label.startswith("ประชุมคณะทำงานจัดทำสนธิสัญญา") and "วันที่" not in label and "(" not in label
                   for label in labels), labels


def test_an_undated_meeting_named_only_by_its_purpose_is_left_out(extract_text):
    text = "จังหวัดน่านได้กำหนดการประชุมเพื่อถอดบทเรียนแก้ไขปัญหาอุทกภัย พร้อมทั้งเสนอแผนงานและโครงการเพื่อแก้ไขปัญหา"
    assert not any("ถอดบทเรียน" in n for n in _names(extract_text(text, published=None)))


def test_a_bare_type_word_told_in_the_plural_is_no_event(extract_text):
    text = ("เมื่อวันที่ 8 กุมภาพันธ์ 2567 ณ รัฐสภา นายกรัฐมนตรีตอบกระทู้ว่า รัฐบาลได้ดำเนินการผ่านโครงการซอฟต์พาวเวอร์"
            " ให้จัดเทศกาล นิทรรศการต่าง ๆ ตลอดทั้งปี ไม่ใช่แค่เฉพาะช่วงไฮซีซั่น")
    assert not [e for e in extract_text(text).of_kind("event") if e.type == "Exhibition"]


def test_the_plural_after_more_words_is_the_last_nouns(extract_text):
    text = DAY + "กระทรวงศึกษาธิการได้จัดให้มีการประชุมเพื่อทบทวนการจัดทำแผนบูรณาการจัดการศึกษาในพื้นที่พิเศษต่าง ๆ ที่ จ.ชลบุรี"
    assert any(n.startswith("การประชุมเพื่อทบทวน") for n in _names(extract_text(text)))



def test_a_name_of_a_field_told_in_the_plural_is_no_one_event(extract_text):
    text = DAY + ("นายสมชาย ใจดี กล่าวว่า ทางวัดมีการยกเลิกจัดงานวันสำคัญทางศาสนาต่าง ๆ ตามที่รัฐบาลขอความร่วมมือ"
                  " และผู้ชนะการประกวดด้านภาษาไทยต่าง ๆ จะได้รับรางวัล")
    names = _names(extract_text(text))
    assert not any(n.startswith(("งานวันสำคัญ", "การประกวดด้านภาษาไทย")) for n in names), names


def test_a_plural_after_a_topic_with_no_field_word_is_still_the_topics(extract_text):
    text = DAY + "นายสมชาย ใจดี เป็นประธานการประชุมหารือการแก้ไขปัญหาต่าง ๆ ของเกษตรกร ณ กระทรวงอุตสาหกรรม"
    assert any(n.startswith("การประชุมหารือการแก้ไขปัญหา") for n in _names(extract_text(text)))
