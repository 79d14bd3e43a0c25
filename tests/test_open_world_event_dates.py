"""Event dates in the open world, round seven: the day of a decision, a deadline, a rule's effect, a document or a
birthday told near an event is not the event's day (event_dates.event_days, event_words not_event_dates)."""

from datetime import date

from phakhi.graph.extract import event_dates


def _dates(extraction) -> dict[str, date | None]:
    return {e.names[0]: e.date for e in extraction.of_kind("event")}


def test_a_cabinet_decisions_day_does_not_date_a_signing(extract_text):
    text = ("ข่าวทั่วไป\n\nนายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงพาณิชย์ กล่าวว่า คณะรัฐมนตรีได้มีมติเมื่อวันที่ 18 ธันวาคม 2560 "
            "เห็นชอบให้จัดพิธีลงนามบันทึกความเข้าใจว่าด้วยความร่วมมือด้านการค้าไทย-ญี่ปุ่น ต่อไป")
    found = _dates(extract_text(text, published=date(2018, 10, 3)))
    assert all(d != date(2017, 12, 18) for d in found.values()), found


def test_a_deadline_does_not_date_a_session(extract_text):
    text = ("ข่าวทั่วไป\n\nที่ประชุมมอบหมายให้จัดทำรายงานเสนอภายในวันที่ 1 ธันวาคม 2561 เพื่อนำเสนอต่อคณะกรรมการฯ "
            "ในการประชุมสมัชชาใหญ่สมัยสามัญ ครั้งที่ 47 ต่อไป")
    found = _dates(extract_text(text, published=date(2018, 10, 3)))
    assert all(d != date(2018, 12, 1) for d in found.values()), found


def test_a_birthday_told_beside_an_exhibition_does_not_date_it():
    text = "นิทรรศการเฉลิมพระเกียรติ เนื่องในโอกาสวันเฉลิมพระชนมพรรษา "
    start = len(text)
    text += "28 กรกฎาคม 2567 จัดขึ้นเมื่อวันที่ 25 กรกฎาคม 2567"
    dates = [(start, start + 15, date(2024, 7, 28)), (text.index("25 ก"), len(text), date(2024, 7, 25))]
    kept = event_dates.event_days(text, dates, date(2024, 7, 25))
    assert [d for _, _, d in kept] == [date(2024, 7, 25)], kept


def test_a_year_far_after_the_release_dates_no_event():
    text = "งานเทศกาล ซึ่งเมื่อวันที่ 29 ตุลาคม 2114"
    dates = [(text.index("29"), len(text), date(2114, 10, 29))]
    assert event_dates.event_days(text, dates, date(2024, 3, 1)) == []


def test_an_events_own_day_is_kept():
    text = "การประชุมคณะกรรมการนโยบายอวกาศแห่งชาติ ครั้งที่ 2/2560 เมื่อวันที่ 24 เมษายน 2560 ณ ทำเนียบรัฐบาล"
    start = text.index("24")
    dates = [(start, start + 15, date(2017, 4, 24))]
    assert event_dates.event_days(text, dates, date(2017, 4, 24)) == dates


def test_a_meeting_told_as_yesterday_s_has_the_day_before_the_publication(extract_text):
    text = ("หัวข้อข่าว\n\nวันที่ 31 มี.ค.64 นางสาวรัชดา ธนาดิเรก รองโฆษกประจำสำนักนายกรัฐมนตรี "
            "เปิดเผยหลังการประชุมคณะรัฐมนตรี (ครม.) เมื่อวานนี้ว่า ครม. เห็นชอบร่างแผนปฏิบัติการ")
    events = list(extract_text(text, published=date(2021, 3, 31)).of_kind("event"))
    assert [e.date for e in events] == [date(2021, 3, 30)], [(e.names, e.date) for e in events]


def test_yesterday_before_a_meeting_dates_it_not_a_date_of_the_next_sentence(extract_text):
    text = ("หัวข้อข่าว\n\nนายกรัฐมนตรีกล่าวว่า รัฐบาลให้การสนับสนุนโครงสร้างพื้นฐาน โดยเมื่อวานนี้ ได้มีการประชุมคณะกรรมการ"
            "ดิจิทัลเพื่อเศรษฐกิจและสังคมแห่งชาติ ได้มีการรายงานความก้าวหน้าของโครงการเน็ตประชารัฐ และในวันที่ 4 กุมภาพันธ์"
            "ที่ผ่านมา ได้มีการเปิดใช้งานเน็ตประชารัฐ 99 หมู่บ้าน")
    found = _dates(extract_text(text, published=date(2017, 4, 21)))
    meeting = next(d for name, d in found.items() if "ดิจิทัลเพื่อเศรษฐกิจ" in name)
    assert meeting == date(2017, 4, 20), found


def test_today_before_a_visit_dates_it_not_an_extended_deadline_told_before(extract_text):
    text = ("หัวข้อข่าว\n\nรัฐบาลได้ขยายระยะเวลาลงทะเบียนโครงการเราชนะ จนถึงวันที่ 9 เมษายน 2564 และวันนี้ "
            "นางสาวแรมรุ้ง วรวัธ รองปลัดกระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์ ลงพื้นที่อำเภอดำเนินสะดวก จังหวัดราชบุรี")
    found = _dates(extract_text(text, published=date(2021, 4, 8)))
    assert date(2021, 4, 9) not in found.values(), found


def test_a_date_right_after_a_meeting_is_its_own_whatever_day_word_stands_before(extract_text):
    text = ("หัวข้อข่าว\n\nนายจิรายุ กล่าวว่า ที่ประชุมได้แจ้งให้ ครม. วันนี้ ทราบว่า ในการประชุม ครม. นัดพิเศษ "
            "เมื่อวันศุกร์ที่ 1 สิงหาคม ที่ผ่านมา มีเรื่องจำเป็นเร่งด่วน")
    found = _dates(extract_text(text, published=date(2025, 8, 5)))
    assert date(2025, 8, 1) in found.values() and date(2025, 8, 5) not in found.values(), found


def test_a_registration_deadline_does_not_date_the_fair_it_is_told_beside():
    text = "สมัครได้ตั้งแต่บัดนี้ จนถึงวันที่ 10 มิถุนายน 2566 ยื่นใบสมัครได้ที่งาน JOB EXPO THAILAND 2023"
    start = text.index("10")
    dates = [(start, start + 17, date(2023, 6, 10))]
    assert event_dates.event_days(text, dates, date(2023, 5, 26)) == []


def test_a_weekday_date_line_opening_the_body_is_the_day_of_the_title_s_event(extract_text):
    text = ("ปลัดกระทรวงยุติธรรม ลงพื้นที่จังหวัดศรีสะเกษ\n\nในวันศุกร์ที่ 26 ตุลาคม 2561 เวลา 10.00 น.\n"
            "ปลัดกระทรวงยุติธรรม กล่าวว่า กระทรวงยุติธรรมมีเป้าหมายในการลดปัญหาความไม่เป็นธรรมที่เกิดขึ้นในสังคม")
    found = _dates(extract_text(text, published=date(2018, 10, 29)))
    assert found.get("ลงพื้นที่จังหวัดศรีสะเกษ") == date(2018, 10, 26), found


def test_a_birthday_told_with_its_age_does_not_date_a_meeting_of_the_months_before():
    text = ("ประชุมคณะทำงานด้านรักษาความปลอดภัยและการจราจร กิจกรรมเฉลิมพระเกียรติ เนื่องในโอกาสพระราชพิธีมหามงคล"
            "เฉลิมพระชนมพรรษา 6 รอบ 28 กรกฎาคม 2567 และงานที่จัดในโอกาสเฉลิมพระชนมพรรษาครบ 6 รอบ 28 กรกฎาคม 2567")
    first, second = (text.index("28 ก"), text.rindex("28 ก"))
    dates = [(first, first + 15, date(2024, 7, 28)), (second, second + 15, date(2024, 7, 28))]
    assert event_dates.event_days(text, dates, date(2024, 4, 30)) == []


def test_a_day_word_after_another_clauses_date_still_dates_the_event(extract_text):
    # twelfth session: "…เมื่อวันที่ 28 ตุลาคม 2563 ที่ผ่านมา ส่วนวันนี้เป็นการลงนาม…": the date before "วันนี้" is
    # another clause's; the signing is on the publication day
    text = ("ข่าวทั่วไป\n\nการรถไฟแห่งประเทศไทยลงนามสัญญาก่อสร้างรถไฟความเร็วสูง\n"
            "ทั้งนี้ การรถไฟแห่งประเทศไทยได้ลงนามในสัญญาก่อสร้างงานโยธา (สัญญา 2.3) ของโครงการฯ ไปเมื่อวันที่ 28 ตุลาคม "
            "2563 ที่ผ่านมา ส่วนวันนี้เป็นการลงนามในสัญญาก่อสร้างเพิ่มเติม 3 สัญญา ประกอบด้วย สัญญาที่ 4 - 3 งานโยธา\n")
    signings = [e for e in extract_text(text, published=date(2021, 3, 31)).of_kind("event") if e.type == "Signing"]
    assert [e.date for e in signings] == [date(2021, 3, 31)], [(e.names, e.description, e.date) for e in signings]


def test_a_cabinet_resolution_told_with_from_dates_no_event(extract_text):
    # twelfth session: "ตามที่มีมติจากคณะรัฐมนตรี เมื่อวันที่ 25 ธันวาคม 2561" is the resolution's day, not the signing's
    text = ("ข่าวทั่วไป\n\nสวทช. รับโครงการเมืองนวัตกรรมอาหาร\n"
            "เมื่อเวลา 10.00 น. (18 มีนาคม 2562) สำนักงานพัฒนาวิทยาศาสตร์และเทคโนโลยีแห่งชาติ (สวทช.) จัดงานแถลงข่าวขึ้น\n"
            "ทั้งนี้ สวทช. รับโครงการตามที่มีมติจากคณะรัฐมนตรี เมื่อวันที่ 25 ธันวาคม 2561 และได้มีการลงนามความร่วมมือ"
            "กับบริษัทซันกรุ๊ป\n")
    signings = [e for e in extract_text(text, published=date(2019, 3, 18)).of_kind("event") if e.type == "Signing"]
    assert signings and all(e.date != date(2018, 12, 25) for e in signings), \
        [(e.names, e.description, e.date) for e in signings]



_TRIP = ("นายกรัฐมนตรีมีกำหนดการประชุมคณะรัฐมนตรีนอกสถานที่ ณ จังหวัดนครราชสีมา ระหว่างวันที่ 21-22 ส.ค. 2560\n\n"
         "นายกรัฐมนตรีและคณะรัฐมนตรีมีกำหนดการประชุมคณะรัฐมนตรีนอกสถานที่อย่างเป็นทางการ ณ จังหวัดนครราชสีมา ในวันที่ 21 - 22 "
         "ส.ค. 2560 โดยมีกำหนดการดังนี้\n"
         "วันจันทร์ที่ 21 ส.ค. 2560 เวลา 07.00 น. นายกรัฐมนตรีและคณะเดินทางออกจากท่าอากาศยานทหาร 2 กองบิน 6 (บน.6) ดอนเมือง "
         "กรุงเทพฯ ไปยังจังหวัดนครราชสีมา\n")
_SITTING = ("สำหรับภารกิจในวันอังคารที่ 22 ส.ค. 2560 เวลา 9.00 น. นายกรัฐมนตรีเป็นประธานการประชุมคณะรัฐมนตรีนอกสถานที่อย่างเป็นทางการ "
            "ณ ห้องสุรนารี อาคารสุรสัมมนาคาร มหาวิทยาลัยเทคโนโลยีสุรนารี\n")


def _sitting_day(found: dict[str, date | None]) -> date | None:
    return next(d for name, d in found.items() if "นอกสถานที่" in name)


def test_a_sitting_told_over_a_trip_s_run_takes_the_day_its_programme_gives_it(extract_text):
    """Twenty-ninth session (h29-evday): a mobile cabinet sitting told with the trip's run ("ระหว่างวันที่ 21-22 ส.ค.
    2560") took the run's first day, the Monday, while the trip's programme tells it on the Tuesday ("สำหรับภารกิจใน
    วันอังคารที่ 22 ส.ค. 2560 … เป็นประธานการประชุมคณะรัฐมนตรีนอกสถานที่อย่างเป็นทางการ"). The sitting's IRI is keyed
    with its day: the day the release writes for it (resolve._own_day_in_run)."""
    found = _dates(extract_text(_TRIP + _SITTING, published=date(2017, 8, 18)))
    assert _sitting_day(found) == date(2017, 8, 22), found


def test_a_sitting_told_only_with_the_trip_s_run_keeps_its_first_day(extract_text):
    """With no day of its own written, the run's first day stands (the day is not guessed)."""
    found = _dates(extract_text(_TRIP, published=date(2017, 8, 18)))
    assert _sitting_day(found) == date(2017, 8, 21), found


def test_a_fair_told_over_its_run_keeps_its_first_day_beside_a_day_inside_it(extract_text):
    """A fair runs over its whole run: a day inside it told for something of the same name (the observance's own
    day) is not its day; only a sitting (event_words sitting_types) takes a day of its run."""
    text = ("กระทรวงเกษตรฯ เตรียมจัดงานวันดินโลกปี 2563\n\n"
            "กระทรวงเกษตรฯ เตรียมจัดงานวันดินโลกปี 2563 ณ ศูนย์ความเป็นเลิศด้านการวิจัยดินแห่งภูมิภาคเอเชีย (CESRA) อ.ปากช่อง "
            "จ.นครราชสีมา ระหว่างวันที่ 4 – 8  ธันวาคม 2563\n"
            "“ในปีนี้ กลุ่มสมัชชาความร่วมมือทรัพยากรดินโลก (GSP) ได้กำหนดจัดงานวันดินโลก 5 ธันวาคม 2563 ในหัวข้อ"
            "“Keep soil alive, protect soil biodiversity”\n")
    found = _dates(extract_text(text, published=date(2020, 11, 27)))
    assert found.get("งานวันดินโลกปี 2563") == date(2020, 12, 4), found


_PLAN = ("นายกฯ เตรียมหารือนายกฯ มาเลเซีย ณ ด่านสะเดา สงขลา เร่งติดตามความคืบหน้าโครงการเชื่อมโยงเขตแดนระหว่างกัน\n\n"
         "วันนี้ (26 พ.ย. 2566) นายชัย วัชรงค์ โฆษกประจำสำนักนายกรัฐมนตรีเปิดเผยว่า ในวันที่ 27 พฤศจิกายน 2566 นี้ "
         "นายเศรษฐา ทวีสิน นายกรัฐมนตรีและรัฐมนตรีว่าการกระทรวงการคลัง มีกำหนดการเดินทางลงพื้นที่ชายแดนไทย-มาเลเซีย "
         "ณ ด่านสะเดา จังหวัดสงขลา เพื่อสำรวจความคืบหน้าการพัฒนาพื้นที่ชายแดนไทย-มาเลเซีย และมีกำหนดการหารือทวิภาคีกับ"
         "ดาโตะ เซอรี อันวาร์ อิบราฮิม (Dato’ Seri Anwar Ibrahim) นายกรัฐมนตรีมาเลเซีย เพื่อผลักดันในประเด็นที่ผู้นำ"
         "ทั้งสองฝ่ายได้หารือกันไว้\n")


def _talks_day(found: dict[str, date | None]) -> date | None:
    return next(d for name, d in found.items() if name.startswith("หารือทวิภาคี"))


def test_a_planned_event_takes_the_plan_s_day_not_the_day_the_plan_was_told(extract_text):
    """Twenty-ninth session (h29-evwhen): a paragraph opened by the day the plan was told ("วันนี้ (26 พ.ย. 2566) …
    เปิดเผยว่า ในวันที่ 27 พฤศจิกายน 2566 นี้ … มีกำหนดการ…") dated the planned talks, 220 characters after the plan's
    day, by the day of the telling. The plan's day, told after it, is theirs (DayIndex.plan_day)."""
    found = _dates(extract_text(_PLAN, published=date(2023, 11, 26)))
    assert _talks_day(found) == date(2023, 11, 27), found


def test_a_planned_event_after_an_earlier_day_keeps_the_paragraph_s_day(extract_text):
    """A date told after the paragraph's opening day but before it (what was done before) is no plan's day."""
    text = _PLAN.replace("ในวันที่ 27 พฤศจิกายน 2566 นี้", "เมื่อวันที่ 20 พฤศจิกายน 2566")
    found = _dates(extract_text(text, published=date(2023, 11, 26)))
    assert _talks_day(found) != date(2023, 11, 20), found


def test_a_visit_planned_for_tomorrow_takes_tomorrow_not_the_day_it_was_told(extract_text):
    """The same form in another release: "วันที่ 26 ตุลาคม 2566 … เปิดเผยว่า พรุ่งนี้ (27 ตุลาคม 2566) เวลา 13.00 น. …
    จะร่วมลงพื้นที่…" (the visit's cue 200 characters past its day)."""
    text = ("พม. จับมือ กทม. หนุนเครือข่ายให้บริการสิทธิคนไร้บ้าน\n\n"
            "วันที่ 26 ตุลาคม 2566 นายวราวุธ ศิลปอาชา รัฐมนตรีว่าการกระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์(รมว.พม.) "
            "เปิดเผยว่า พรุ่งนี้ (27 ตุลาคม 2566) เวลา 13.00 น. ที่บริเวณใต้สะพานสมเด็จพระปิ่นเกล้า กระทรวงการพัฒนาสังคมและ"
            "ความมั่นคงของมนุษย์ (พม.) ร่วมกับ กรุงเทพมหานคร (กทม.) โดยนายชัชชาติ สิทธิพันธุ์ ผู้ว่าราชการกรุงเทพมหานคร "
            "จะร่วมลงพื้นที่กับผู้บริหารกระทรวง พม. และผู้บริหาร กทม. เพื่อทำกิจกรรมร่วมกับภาคีเครือข่ายต่างๆ\n")
    found = _dates(extract_text(text, published=date(2023, 10, 27)))
    assert date(2023, 10, 27) in found.values() and date(2023, 10, 26) not in found.values(), found
