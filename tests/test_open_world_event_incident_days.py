"""Event dates in the open world, the twenty-fourth session: a date told as the day of an incident or a tip-off the
story follows from (event_words incident_after: "เมื่อวันที่ 2 มิถุนายน 2560 ได้รับแจ้ง…", "… เวลาประมาณ 01.00 น.
ได้เกิดเหตุ…"), or opened by the case it names (cause_openers: "จากเหตุการณ์ เมื่อวันที่ …"), is neither the story's
day nor the day of an event told before it (event_dates.incident_day, _done_in_story, date_for)."""

from datetime import date

from phakhi.graph.extract import event_dates

HEADLINE = "กรมสรรพสามิตแถลงผลการปราบปรามบุหรี่ไฟฟ้า ยึดของกลางจำนวนมาก"
STORY = (f"รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-{HEADLINE}\n\nวันพุธที่ 14 มิถุนายน 2560\n{HEADLINE}\nกรมสรรพสามิต\n"
         "นายสมชาย พูลสวัสดิ์ อธิบดีกรมสรรพสามิต เปิดเผยถึงผลการปราบปรามผู้กระทำผิดกฎหมายสรรพสามิตว่า "
         "กรมสรรพสามิตได้ดำเนินการอย่างต่อเนื่อง อธิบดีกรมสรรพสามิตกล่าวต่อว่า {when} จากสายสืบว่ามีการลักลอบ"
         "จำหน่ายบุหรี่ไฟฟ้าในพื้นที่กรุงเทพมหานคร")
PUBLISHED = date(2017, 6, 14)


def _story(text: str, published: date) -> date | None:
    from phakhi.graph.extract.document import Doc
    from phakhi.graph.read import parse_release
    from phakhi.graph.text.dates import find_dates

    doc = Doc.from_release(parse_release(text, "snippet.txt", published=published))
    return event_dates.story_date(doc, find_dates(doc.text, published), published)


def test_a_tip_off_s_day_is_not_the_story_s():
    assert _story(STORY.format(when="เมื่อวันที่ 2 มิถุนายน 2560 ได้รับแจ้ง"), PUBLISHED) == PUBLISHED
    assert _story(STORY.format(when="เมื่อวันที่ 2 มิถุนายน 2560 เวลาประมาณ 01.00 น. ได้เกิดเหตุ"), PUBLISHED) \
        == PUBLISHED


def test_a_day_opened_by_the_case_it_names_is_not_the_story_s():
    assert _story(STORY.format(when="จากเหตุการณ์ เมื่อวันที่ 2 มิถุนายน 2560 มีผู้แจ้ง"), PUBLISHED) == PUBLISHED


def test_a_deed_s_day_told_so_is_still_the_story_s():
    assert _story(STORY.format(when="เมื่อวันที่ 2 มิถุนายน 2560 ได้ประชุมร่วมกับผู้แทน"), PUBLISHED) \
        == date(2017, 6, 2)


def test_an_incident_s_day_after_an_event_s_name_is_not_its_day():
    text = ("วันนี้ (14 มิ.ย. 60) เวลา 10.00 น. ที่กระทรวงการคลัง นายสมชาย พูลสวัสดิ์ อธิบดีกรมสรรพสามิต ได้เป็นประธาน"
            "การประชุมคณะกรรมการป้องกันการลักลอบ ครั้งที่ 3/2560 เพื่อติดตามกรณีที่ เมื่อวันที่ 2 มิถุนายน 2560 "
            "ได้เกิดเหตุเพลิงไหม้โกดังสินค้า")
    assert event_dates.incident_day(text, text.index("2560 ได้เกิด") + 4)
    assert not event_dates.incident_day(text, text.index("(14 มิ.ย. 60)") + len("(14 มิ.ย. 60"))
