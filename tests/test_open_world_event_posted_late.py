"""Event dates in the open world, the twenty-fifth session: a story paragraph that opens with today's date in brackets
("วันนี้ (23 สิงหาคม 2559) เวลา 9.00 น. …") names the story's day, even when the page was posted more than
STORY_DAYS later (the v1 site's releases of August and September 2016, posted in October); a day and month that are
the publication's, in another year, are a misprinted year, and the release's day stands (event_dates.told_today,
story_date); a date in what someone said right after an event's name ("…ก่อนประชุม ครม. ว่า …
ไปเมื่อวันที่ 25 กันยายน") is the day of what was said, not the occasion's (event_dates.speech_after)."""

from datetime import date

HEADLINE = "นรม. เยี่ยมชม รถขายอาหาร (Food Truck) ภายใต้โครงการร้านอาหารหนูณิชย์เคลื่อนที่"
STORY = (f"รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-{HEADLINE}\n\nวันจันทร์ที่ 17 ตุลาคม 2559\n{HEADLINE}\n"
         "วันนี้ ({when}) เวลา 9.00 น. ณ หน้าตึกบัญชาการ 1 ทำเนียบรัฐบาล นางอภิรดี ตันตราภรณ์ รัฐมนตรีว่าการ"
         "กระทรวงพาณิชย์ พร้อมคณะนำตัวแทนในโครงการมาพบ พลเอก ประยุทธ์ จันทร์โอชา นายกรัฐมนตรี\n")
PUBLISHED = date(2016, 10, 17)


def _visits(extract_text, when: str) -> list:
    found = extract_text(STORY.format(when=when), published=PUBLISHED)
    return [e for e in found.of_kind("event") if e.type == "Visit"]


def test_today_s_date_opening_the_story_dates_it_when_posted_weeks_later(extract_text):
    visits = _visits(extract_text, "23 สิงหาคม 2559")
    assert visits and all(v.date == date(2016, 8, 23) for v in visits), [(v.names, v.date) for v in visits]


def test_today_s_day_and_month_in_another_year_is_a_misprint_and_the_release_s_day_stands(extract_text):
    visits = _visits(extract_text, "17 ตุลาคม 2558")
    assert visits and all(v.date == PUBLISHED for v in visits), [(v.names, v.date) for v in visits]


def test_a_date_more_than_a_year_before_is_not_today_s(extract_text):
    visits = _visits(extract_text, "23 สิงหาคม 2557")
    assert visits and all(v.date != date(2014, 8, 23) for v in visits), [(v.names, v.date) for v in visits]


SPOKEN = ("รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-รมว.พม. ย้ำ คนพิการ เช็คสิทธิรับเงินหมื่น\n\nวันอังคารที่ 29 ตุลาคม 2567\n"
          "รมว.พม. ย้ำ คนพิการ เช็คสิทธิรับเงินหมื่น\n"
          "วันที่ 29 ตุลาคม 2567 ที่ทำเนียบรัฐบาล นายวราวุธ ศิลปอาชา รัฐมนตรีว่าการกระทรวงการพัฒนาสังคมและความมั่นคง"
          "ของมนุษย์ ให้สัมภาษณ์สื่อมวลชนก่อนประชุม ครม.{between} รัฐบาลได้เริ่มโอนเงิน 10,000 บาท ผ่านผู้มีบัตรสวัสดิการ"
          "แห่งรัฐ ไปเมื่อวันที่ 25 กันยายน 2567 ที่ผ่านมา\n")


def _meetings(extract_text, between: str) -> list:
    found = extract_text(SPOKEN.format(between=between), published=date(2024, 10, 29))
    return [e for e in found.of_kind("event") if e.type == "Meeting"]


def test_a_date_in_what_was_said_after_the_occasion_s_name_is_not_the_occasion_s_day(extract_text):
    meetings = _meetings(extract_text, " ว่า")
    assert meetings and all(m.date == date(2024, 10, 29) for m in meetings), [(m.names, m.date) for m in meetings]


def test_a_date_after_the_name_with_no_speech_between_is_still_read(extract_text):
    # guard: without the opener the date after the name stays the nearest (as at BASE)
    meetings = _meetings(extract_text, " ซึ่ง")
    assert meetings and all(m.date == date(2024, 9, 25) for m in meetings), [(m.names, m.date) for m in meetings]


def test_speech_after_needs_the_opener_as_a_word_of_its_own():
    from phakhi.graph.extract.event_dates import speech_after

    said = "ก่อนประชุม ครม. ว่า รัฐบาลได้เริ่มโอนเงิน ไปเมื่อวันที่ 25"
    assert speech_after(said, said.index(" ว่า"), len(said) - 2)
    glued = "การหารือกับรัฐมนตรีว่าการกระทรวงพาณิชย์ เมื่อวันที่ 25"
    assert not speech_after(glued, glued.index("ว่าการ"), len(glued) - 2)
