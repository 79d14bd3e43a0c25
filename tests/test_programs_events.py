from datetime import date


def test_programs_from_the_scheme_and_by_pattern(extract_text):
    text = ("ขับเคลื่อนอุตสาหกรรมสีเขียว (Green Industry) และโครงการ Eco-Industrial Town "
            "รวมถึงโครงการพัฒนาผู้ประกอบการใหม่ และการยกระดับ SMEs เข้าสู่ Industry 4.0")
    programs = extract_text(text).of_kind("program")
    names = {n for p in programs for n in p.names}
    assert {"อุตสาหกรรมสีเขียว", "Green Industry", "Eco-Industrial Town", "Industry 4.0"} <= names
    assert any(n.startswith("โครงการพัฒนาผู้ประกอบการใหม่") for n in names)
    green = next(p for p in programs if "อุตสาหกรรมสีเขียว" in p.names)
    assert "Green Industry" in green.names  # one program, both names


def test_events_type_date_and_name(extract_text):
    text = ("กรุงเทพฯ 3 ตุลาคม 2561 - นายอุตตม สาวนายน ให้เกียรติกล่าวเปิดการประชุมนานาชาติ เรื่อง "
            "อุตสาหกรรมสีเขียวเพื่อการพัฒนาที่ยั่งยืน (Green Industry Conference) ครั้งที่ 5 "
            "ณ ศูนย์การประชุมสหประชาชาติ\n"
            "ทั้งนี้ ในการประชุมยังได้มีการแถลงการณ์ร่วมกันเพื่อตอกย้ำความร่วมมือ รวมทั้งมีพิธีลงนามความร่วมมือระหว่าง"
            "สภาอุตสาหกรรมแห่งประเทศไทย และ UNIDO")
    events = {e.type: e for e in extract_text(text, published=date(2018, 10, 3)).of_kind("event")}
    assert set(events) == {"Conference", "Statement", "Signing"}
    conference = events["Conference"]
    assert conference.date == date(2018, 10, 3)
    # the name runs past its translation in brackets to its session number
    assert "การประชุมนานาชาติ เรื่อง อุตสาหกรรมสีเขียวเพื่อการพัฒนาที่ยั่งยืน (Green Industry Conference) ครั้งที่ 5" \
        in conference.names
    assert "Green Industry Conference" in conference.names
    assert events["Signing"].date == date(2018, 10, 3)  # inside the conference
    assert {"org:fti", "org:unido"} <= set(events["Signing"].parties)


def test_event_with_explicit_date(extract_text):
    text = ("นายอุตตม ได้เดินทางไปร่วมการประชุมสมัยสามัญ เมื่อวันที่ 27 พฤศจิกายน 2560 ณ กรุงเวียนนา")
    events = extract_text(text, published=date(2017, 12, 4)).of_kind("event")
    assert [(e.type, e.date) for e in events] == [("Meeting", date(2017, 11, 27))]


def test_event_names_take_the_counterpart_and_a_quoted_title(extract_text):
    # release 010: "หารือทวิภาคีกับ H.E. Sergey Levin"; release 013: a title after non-breaking spaces
    text = ("ในวันที่ 28 พฤศจิกายน 2560 รัฐมนตรีได้หารือทวิภาคีกับ H.E. Sergey Levin และคณะ\n"
            "และการเสวนาหัวข้อ\u00a0 \u00a0 “นักออกแบบกับแนวทางการต่อยอดในอุตสาหกรรมแฟชั่นเชิงสร้างสรรค์” ในวันที่ 29 พฤศจิกายน 2560")
    events = {e.type: e for e in extract_text(text, published=date(2017, 12, 4)).of_kind("event")}
    assert events["Meeting"].names == ["หารือทวิภาคีกับ H.E. Sergey Levin"]
    assert events["Meeting"].date == date(2017, 11, 28)
    assert any("“นักออกแบบกับแนวทางการต่อยอด" in n for n in events["Seminar"].names)


def test_visits_without_a_date_are_activities_not_events(extract_text):
    text = "เจ้าหน้าที่จะลงพื้นที่ตรวจติดตามผู้ประกอบการอย่างต่อเนื่อง"
    assert extract_text(text, published=None).of_kind("event") == []


def test_the_lead_event_takes_the_date_its_story_gives(extract_text):
    # release 007: the title and lead name the signing, the next paragraph dates it a day before publication;
    # the joint declaration is what is signed, not a second event
    text = ("พิธีลงนามปฏิญญาร่วมระหว่างองค์การพัฒนาอุตสาหกรรมแห่งสหประชาชาติ "
            "และสำนักงานเพื่อการพัฒนาระเบียงเศรษฐกิจพิเศษภาคตะวันออก\n"
            "รัฐมนตรีว่าการกระทรวงอุตสาหกรรม ให้เกียรติเป็นประธานเปิดในพิธีลงนามประกาศร่วมกันปฏิญญาร่วมระหว่าง"
            "องค์การพัฒนาอุตสาหกรรมแห่งสหประชาชาติ (UNIDO)\n"
            "เมื่อวันที่ 4 กันยายน 2560 นายอุตตม สาวนายน รัฐมนตรีว่าการกระทรวงอุตสาหกรรม ให้เกียรติเป็นประธานเปิด\n"
            "ด้วยเหตุนี้ การร่วมลงนามในปฏิญญาร่วมระหว่างองค์การพัฒนาอุตสาหกรรม แห่งสหประชาชาติ (UNIDO)")
    events = extract_text(text, published=date(2017, 9, 5)).of_kind("event")
    assert [(e.type, e.date) for e in events] == [("Signing", date(2017, 9, 4))]


def test_a_paragraph_opening_date_dates_its_events(extract_text):
    # release 008: the signing is more than 200 characters after "เมื่อวันที่ 3 เมษายน 2560"; "MOU 2 ฉบับ" is named
    text = ("อุตตมฯ นำทัพ กสอ. จับมือ SMBA เกาหลี\n"
            "รัฐมนตรีว่าการกระทรวงอุตสาหกรรม นำทัพ กรมส่งเสริมอุตสาหกรรม\n"
            "เมื่อวันที่ 3 เมษายน 2560 นายอุตตม สาวนายน รัฐมนตรีว่าการกระทรวงอุตสาหกรรม พร้อมด้วย นายสมชาย หาญหิรัญ "
            "ปลัดกระทรวงอุตสาหกรรม และ H.E. Mr. Noh Kwang-IL เอกอัครราชทูตสาธารณรัฐเกาหลีประจำประเทศไทย "
            "ให้เกียรติเป็นสักขีพยานในพิธีลงนาม MOU 2 ฉบับ ณ โรงแรมอินเตอร์คอนติเนนตัล ปทุมวัน "
            "โดยจัดให้มีการประชุมกันทุกๆ ปี")
    events = extract_text(text, published=date(2017, 4, 4)).of_kind("event")
    assert [(e.type, e.date) for e in events] == [("Signing", date(2017, 4, 3))]  # "การประชุมกัน…" is no event
    assert "พิธีลงนาม MOU 2 ฉบับ" in events[0].names


def test_event_names_take_the_body_that_meets_and_words_inside_words_are_no_cues(extract_text):
    # thaigov corpus (Ministry of Justice, 28 Nov 2019); release 022: "โครงการฝึกอบรมเชิงปฏิบัติการ" is a project
    text = ("รองปลัดกระทรวงยุติธรรม เป็นประธานการประชุมคณะอนุกรรมการพัฒนากฎหมายกองทุนยุติธรรม ครั้งที่ 1\n"
            "ทั้งด้วยโครงการฝึกอบรมเชิงปฏิบัติการ มาตรการในการสร้างแรงจูงใจ")
    events = extract_text(text, published=date(2019, 11, 28)).of_kind("event")
    assert [e.type for e in events] == ["Meeting"]
    assert "การประชุมคณะอนุกรรมการพัฒนากฎหมายกองทุนยุติธรรม ครั้งที่ 1" in events[0].names  # with its session number


def test_two_titled_seminars_on_one_day_stay_two(extract_text):
    # release 031: a seminar and a panel discussion on 4 March 2019, each with its own quoted title
    text = ("วันที่ 4 มีนาคม 2562 นี้ บีโอไอ มีกำหนดจัดสัมมนาใหญ่ “THAILAND INVESTMENT YEAR - What’s New?” ณ อิมแพ็ค\n"
            "วันที่ 4 มีนาคม 2562 ภายในงานยังมีการเสวนา “รวมพลังมาตรการสนับสนุน เพื่อยกระดับประเทศไทย”")
    events = extract_text(text, published=date(2019, 3, 1)).of_kind("event")
    assert [(e.type, e.date) for e in events] == [("Seminar", date(2019, 3, 4))] * 2
