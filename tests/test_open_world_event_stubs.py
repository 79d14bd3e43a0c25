"""Event names in the open world, round ten: a name cut right after a glued nominaliser runs on to its run's end;
a clause word glued inside a name ends it; a name never ends on a bare possessive; an event still planned, told
with no date of its own, is not dated by the release's day (event_extents.clause_end, clause_cut, owner_end;
event_words planned_before, planned_after)."""

from datetime import date

from test_open_world_event_names import DAY, _labels, _names

from phakhi.graph.extract.event_words import word_set


def test_a_name_cut_after_a_glued_nominaliser_runs_on_to_its_runs_end(extract_text):
    text = DAY + "นายสมชาย ใจดี เป็นประธานการประชุมหารือแนวทางการดำเนินการก่อสร้างสถานีรถไฟความเร็วสูงอยุธยา\nพร้อมด้วย ผู้แทนกรมการขนส่งทางราง"
    names = _names(extract_text(text))
    assert any(n.startswith("การประชุมหารือแนวทางการดำเนินการก่อสร้างสถานีรถไฟความเร็วสูงอยุธยา") for n in names), names
    assert not any(n.split(" วันที่")[0].endswith("การ") for n in names), names


def test_a_clause_word_glued_inside_a_name_ends_it(extract_text):
    text = DAY + "นายสมชาย ใจดี กล่าวว่า การประชุมคณะกรรมการขับเคลื่อนการพัฒนาเมืองอัจฉริยะในครั้งนี้ถือเป็นอีกหนึ่งวาระเร่งด่วน"
    names = _names(extract_text(text))
    assert any(n.startswith("การประชุมคณะกรรมการขับเคลื่อนการพัฒนาเมืองอัจฉริยะ") for n in names), names
    assert not any(w in n for n in names for w in word_set("clause_cuts")), names


def test_a_name_ending_on_a_possessive_runs_on_over_the_body_after_it(extract_text):
    text = DAY + "ธนาคารเพื่อการเกษตรและสหกรณ์การเกษตร จัดนิทรรศการผลงานสำคัญของ ธนาคารเพื่อการเกษตรและสหกรณ์การเกษตร ณ สำนักงานใหญ่"
    names = _names(extract_text(text))
    assert any(n.startswith("นิทรรศการผลงานสำคัญของ ธนาคารเพื่อการเกษตรและสหกรณ์การเกษตร") for n in names), names


def test_a_name_never_ends_on_a_bare_possessive(extract_text):
    text = DAY + "นายสมชาย ใจดี ลงพื้นที่ติดตามสถานการณ์น้ำและอุทกภัยของ นายสมศักดิ์ รักดี รัฐมนตรีว่าการกระทรวงมหาดไทย"
    names = _names(extract_text(text))
    assert names and not any(n.split(" วันที่")[0].endswith("ของ") for n in names), names


def test_an_event_still_planned_is_not_dated_by_the_release(extract_text):
    text = "นายสมชาย ใจดี กล่าวว่า กระทรวงอุตสาหกรรมมีกำหนดจัดงานมหกรรมสินค้าอุตสาหกรรมไทย ณ เมืองทองธานี"
    extraction = extract_text(text, published=date(2019, 1, 22))
    assert all(e.date != date(2019, 1, 22) for e in extraction.of_kind("event")), _labels(extraction)


def test_an_event_told_as_to_be_held_is_not_dated_by_the_release(extract_text):
    text = "นายสมชาย ใจดี กล่าวว่า การประชุมสุดยอดผู้นำเศรษฐกิจอุตสาหกรรมอาเซียน ที่จะจัดขึ้นที่กรุงเทพมหานคร มีความสำคัญ"
    extraction = extract_text(text, published=date(2019, 1, 22))
    assert all(e.date != date(2019, 1, 22) for e in extraction.of_kind("event")), _labels(extraction)


def test_a_planned_visit_with_no_name_is_no_event(extract_text):
    text = "นายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงอุตสาหกรรม มีกำหนดลงพื้นที่ตรวจเยี่ยมโรงงาน"
    extraction = extract_text(text, published=date(2019, 1, 22))
    assert all(e.date != date(2019, 1, 22) for e in extraction.of_kind("event")), _labels(extraction)


def test_an_undated_activity_someone_can_join_is_no_event(extract_text):
    text = "กระทรวงแรงงานรายงานผลการดำเนินงาน\nนายสมชาย ใจดี กล่าวว่า กรมมีผลการดำเนินงานดี\nผู้ที่เข้าสู่หลักสูตรนี้ยังสามารถเข้าร่วมการฝึกอบรมทางวิชาการ เพื่อเพิ่มเติมความรู้"
    names = _names(extract_text(text, published=date(2019, 1, 22)))
    assert not any(n.startswith("การฝึกอบรม") for n in names), names


def test_an_undated_activity_something_was_changed_into_is_no_event(extract_text):
    text = "กระทรวงสาธารณสุขรายงานผลการดำเนินงาน\nนายสมชาย ใจดี กล่าวว่า กรมมีผลการดำเนินงานดี\nกรมต้องปรับเปลี่ยนรูปแบบการพัฒนาศักยภาพบุคลากรมาเป็นการอบรมออนไลน์ ประกอบกับหน่วยงานต่าง ๆ"
    names = _names(extract_text(text, published=date(2019, 1, 22)))
    assert not any(n.startswith("การอบรม") for n in names), names


def test_a_planned_visit_takes_the_day_the_release_gives_for_it(extract_text):
    text = ("วันนี้ (26 พ.ย. 2566) นายชัย วัชรงค์ เปิดเผยว่า ในวันที่ 27 พฤศจิกายน 2566 นี้ นายเศรษฐา ทวีสิน นายกรัฐมนตรี"
            " มีกำหนดลงพื้นที่ชายแดนไทย-มาเลเซีย ณ ด่านสะเดา")
    events = extract_text(text, published=date(2023, 11, 26)).of_kind("event")
    assert any(e.date == date(2023, 11, 27) for e in events), [(e.names, e.date) for e in events]
    assert all(e.date != date(2023, 11, 26) for e in events), [(e.names, e.date) for e in events]


def test_a_meeting_told_as_next_weeks_is_no_event(extract_text):
    text = DAY + "นายสมชาย ใจดี กล่าวว่า ในการประชุม ครม. สัปดาห์หน้า จะสามารถพิจารณาอนุมัติโครงการได้"
    names = _names(extract_text(text))
    assert not any("ครม" in n for n in names), names
