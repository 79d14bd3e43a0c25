"""Event dates in the open world, the twenty-second session: the story's day read from the paragraphs that tell the
story, not the page's furniture (event_dates.story_date); a date that opens a clause of cause is the cause's day
(event_dates.cause_given); an event told as the start of a stretch has no day of the release's
(event_dates.since_before)."""

from datetime import date

from phakhi.graph.extract import event_dates


HEADLINE = "รอง นรม. พล.อ. ฉัตรชัยฯ ติดตามการปฏิบัติราชการของกลุ่มจังหวัดภาคใต้ฝั่งอ่าวไทย"


def _dates(extraction) -> dict[str, date | None]:
    return {e.description or e.names[0]: e.date for e in extraction.of_kind("event")}


def test_the_story_day_is_read_past_a_repeated_headline_and_a_subtitle(extract_text):
    text = (f"รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-{HEADLINE}\n\nวันศุกร์ที่ 2 มีนาคม 2561\n{HEADLINE}\n"
            "รองนายกรัฐมนตรีประชุมติดตามการปฏิบัติราชการในพื้นที่เขตตรวจราชการที่ 6 (จังหวัดสุราษฎร์ธานี ชุมพร)\n"
            "วันนี้ (28 กุมภาพันธ์ 2561) เวลา 09.30 น. พลเอก ฉัตรชัย สาริกัลยะ รองนายกรัฐมนตรี "
            "ได้เดินทางไปประชุมร่วมกับผู้ว่าราชการจังหวัด\nโอกาสนี้ รองนายกรัฐมนตรี ได้มอบนโยบายแก่ผู้เข้าร่วมประชุมฯ "
            "ทุกคน ว่า การตรวจราชการในวันนี้ "
            "เป็นการมาเพื่อตรวจเยี่ยมจังหวัดในกลุ่มจังหวัดภาคใต้ฝั่งอ่าวไทย")
    found = _dates(extract_text(text, published=date(2018, 3, 2)))
    visits = [d for name, d in found.items() if name.startswith("ตรวจเยี่ยมจังหวัด")]
    assert visits == [date(2018, 2, 28)], found


def _story(text: str, published: date) -> date | None:
    from phakhi.graph.extract.document import Doc
    from phakhi.graph.read import parse_release
    from phakhi.graph.text.dates import find_dates

    doc = Doc.from_release(parse_release(text, "snippet.txt", published=published))
    return event_dates.story_date(doc, find_dates(doc.text, published), published)


def test_the_dateline_still_gives_the_story_day_when_no_story_paragraph_does():
    text = ("หัวข้อข่าว\n\nวันศุกร์ที่ 10 มีนาคม 2566\nนายกรัฐมนตรีกล่าวในรายการวิทยุว่า รัฐบาลจะเดินหน้าสนับสนุน"
            "ผู้ประกอบการรายย่อยทุกพื้นที่อย่างต่อเนื่อง\nนายกรัฐมนตรีได้ลงพื้นที่จังหวัดขอนแก่นเพื่อติดตามโครงการ")
    assert _story(text, date(2023, 3, 13)) == date(2023, 3, 10)


def test_a_story_paragraph_s_day_wins_over_the_dateline():
    text = (f"รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-{HEADLINE}\n\nวันศุกร์ที่ 2 มีนาคม 2561\n{HEADLINE}\n"
            "รองนายกรัฐมนตรีประชุมติดตามการปฏิบัติราชการในพื้นที่เขตตรวจราชการที่ 6 (จังหวัดสุราษฎร์ธานี ชุมพร)\n"
            "วันนี้ (28 กุมภาพันธ์ 2561) เวลา 09.30 น. พลเอก ฉัตรชัย สาริกัลยะ รองนายกรัฐมนตรี ได้เดินทางไปประชุม")
    assert _story(text, date(2018, 3, 2)) == date(2018, 2, 28)


def test_a_date_that_opens_a_clause_of_cause_does_not_date_the_meeting_before_it():
    text = ("วันที่ 6 ตุลาคม 2566 นายสมศักดิ์ เป็นประธานการประชุม\nโดยนายสมศักดิ์ กล่าวว่า ขอขอบคุณกรรมการที่เข้าร่วม"
            "การประชุมแบบเร่งด่วน เพราะเมื่อวันที่ 3 ต.ค.ที่ผ่านมา ได้เกิดเหตุกราดยิงในห้างสรรพสินค้า")
    line_start = text.index("โดย")
    pos = text.index("การประชุมแบบ")
    end = pos + len("การประชุม")
    shooting = text.index("3 ต.ค.")
    opening = text.index("6 ต")
    dates = [(opening, opening + 14, date(2023, 10, 6)), (shooting, shooting + 6, date(2023, 10, 3))]
    when, _ = event_dates.date_for(text, pos, line_start, len(text), dates, date(2023, 10, 6), False, end=end)
    assert when != date(2023, 10, 3)
    assert event_dates.cause_given(text, shooting, end)


def test_an_event_told_inside_the_clause_of_cause_keeps_its_day():
    text = "สืบเนื่องจากเมื่อวันที่ 6 มิ.ย. 65 กระทรวงมหาดไทยได้ร่วมลงนามในพิธีประกาศเจตนารมณ์"
    day = text.index("6 มิ.ย.")
    dates = [(day, day + 11, date(2022, 6, 6))]
    pos = text.index("ลงนาม")
    when, _ = event_dates.date_for(text, pos, 0, len(text), dates, date(2022, 6, 20), False, end=pos + 5)
    assert when == date(2022, 6, 6)


def test_a_visit_told_as_the_start_of_a_stretch_has_not_the_release_day(extract_text):
    text = ("หัวข้อข่าว\n\nนายกรัฐมนตรียินดีที่ความร่วมมือด้านแรงงานมีผลสำเร็จ หลังจากกระทรวงแรงงานผลักดันความร่วมมือ"
            "มาอย่างต่อเนื่องนับตั้งแต่นายกรัฐมนตรีเดินทางเยือนซาอุดีฯ อย่างเป็นทางการ")
    found = _dates(extract_text(text, published=date(2022, 3, 18)))
    assert all(d != date(2022, 3, 18) for name, d in found.items() if "เยือน" in name), found


def test_since_before_needs_the_opener_glued_to_the_cue():
    text = "นับตั้งแต่ปี 2560 นายกรัฐมนตรีเดินทางเยือนจีน"
    assert not event_dates.since_before(text, text.index("เดินทาง"), 0)
    text = "นับตั้งแต่นายกรัฐมนตรีเดินทางเยือนจีน"
    assert event_dates.since_before(text, text.index("เดินทาง"), 0)
