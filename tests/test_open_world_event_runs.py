"""Event names in the open world, round five: a name cut at a function word glued to it goes on with its own
qualifier to the end of the run ("…ว่าด้วยการพัฒนาที่ยั่งยืน"), but not into its venue ("…ในพื้นที่จังหวัด…"), a
date ("…ในเดือนมีนาคม") or a clause."""

from test_open_world_event_names import DAY, _names


def test_a_glued_qualifier_goes_on_with_the_name(extract_text):
    text = DAY + "นายสมชาย ใจดี เป็นประธานการสัมมนาการบริหารจัดการด้านระบบสื่อสารในภาวะวิกฤต เพื่อให้หน่วยงานเตรียมพร้อม"
    names = _names(extract_text(text))
    assert "การสัมมนาการบริหารจัดการด้านระบบสื่อสารในภาวะวิกฤต" in names, names


def test_a_glued_relative_clause_of_a_name_is_taken(extract_text):
    text = DAY + "นายสมชาย ใจดี เข้าร่วมการประชุมหารือแนวทางช่วยเหลือเกษตรกรที่ประสบภัยแล้ง กับผู้แทนสหกรณ์"
    names = _names(extract_text(text))
    assert "การประชุมหารือแนวทางช่วยเหลือเกษตรกรที่ประสบภัยแล้ง" in names, names


def test_a_glued_venue_is_not_taken(extract_text):
    text = DAY + "นายสมชาย ใจดี เป็นประธานการปล่อยคาราวานตรวจติดตามร้านจำหน่ายในพื้นที่จังหวัดสุราษฎร์ธานี เพื่อป้องกันสินค้าไม่ได้มาตรฐาน"
    names = _names(extract_text(text))
    assert not any("สุราษฎร์ธานี" in n for n in names), names


def test_a_glued_date_is_not_taken(extract_text):
    text = DAY + "นายสมชาย ใจดี เข้าร่วมการประชุมหารือแนวทางช่วยเหลือเกษตรกรในเดือนมีนาคม กับผู้แทนสหกรณ์"
    names = _names(extract_text(text))
    assert not any("มีนาคม" in n for n in names), names


def test_a_glued_clause_is_not_taken(extract_text):
    text = DAY + "นายสมชาย ใจดี เข้าร่วมการประชุมหารือแนวทางช่วยเหลือเกษตรกรที่ได้มีการเสนอไว้ กับผู้แทนสหกรณ์"
    names = _names(extract_text(text))
    assert not any("เสนอ" in n for n in names), names


def test_an_acronym_after_a_name_says_which(extract_text):
    text = DAY + "นายสมชาย ใจดี เข้าร่วมการประชุมผู้นำ G20 ณ กรุงโอซากา ประเทศญี่ปุ่น"
    names = _names(extract_text(text))
    assert "การประชุมผู้นำ G20" in names, names


def test_a_word_in_capitals_and_lower_case_is_no_acronym(extract_text):
    text = DAY + "นายสมชาย ใจดี เข้าร่วมการประชุมผู้นำ Group ณ กรุงโอซากา ประเทศญี่ปุ่น"
    names = _names(extract_text(text))
    assert not any("Group" in n for n in names), names
