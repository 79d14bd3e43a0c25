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
    assert "การประชุมนานาชาติ เรื่อง อุตสาหกรรมสีเขียวเพื่อการพัฒนาที่ยั่งยืน" in conference.names
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
