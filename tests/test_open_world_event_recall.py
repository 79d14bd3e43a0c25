"""Events in the open world, round eight: a day long before the release is history recalled, not the day of an
event it reports (event_dates.recalled); Latin partners joined by a dash are one name (event_runs DASHED_WORD); a
planned event has no day of its own (event_words planned_before)."""

from datetime import date

from phakhi.graph.extract import event_dates
from test_open_world_event_names import DAY, _labels, _names


def _events(extraction):
    return list(extraction.of_kind("event"))


def test_a_day_more_than_a_year_before_publication_is_recalled():
    assert event_dates.recalled(date(2017, 1, 1), date(2018, 10, 3))
    assert not event_dates.recalled(date(2018, 6, 1), date(2018, 10, 3))  # 124 days: an event reported
    assert not event_dates.recalled(date(2019, 1, 1), date(2018, 10, 3))  # after publication: announced
    assert not event_dates.recalled(None, date(2018, 10, 3)) and not event_dates.recalled(date(2017, 1, 1), None)


def test_a_sitting_dated_by_history_is_left_out(extract_text):
    text = ("ข่าวทั่วไป\n\nนายสมชาย ใจดี กล่าวว่า สมาคมได้ก่อตั้งขึ้นจากการประชุมคณะกรรมการสยามสมาคมในพระบรมราชูปถัมภ์ "
            "เมื่อวันที่ 6 พฤศจิกายน 2447 และได้ดำเนินงานต่อเนื่องมา")
    found = _events(extract_text(text, published=date(2023, 5, 27)))
    assert not any(e.date == date(1904, 11, 6) for e in found), [(e.names, e.date) for e in found]


def test_an_earlier_numbered_session_keeps_its_day(extract_text):
    text = ("ข่าวทั่วไป\n\nคณะรัฐมนตรีรับทราบผลการประชุมคณะกรรมการร่วมไทย-ลาว ครั้งที่ 3 เมื่อวันที่ 10 มีนาคม 2551 "
            "ซึ่งได้หารือเรื่องการพัฒนาแม่น้ำโขง")
    found = _events(extract_text(text, published=date(2024, 3, 26)))
    assert any(e.date == date(2008, 3, 10) and any("ครั้งที่ 3" in n for n in e.names) for e in found), \
        [(e.names, e.date) for e in found]


def test_latin_partners_joined_by_a_dash_are_one_name(extract_text):
    text = DAY + "นายกรัฐมนตรีเข้าร่วมการประชุมสุดยอด ASEAN – GCC Summit ซึ่งถือเป็นการประชุมครั้งแรกในประวัติศาสตร์"
    names = _names(extract_text(text))
    assert "การประชุมสุดยอด ASEAN – GCC Summit" in names, names
    text = DAY + "กระทรวงพลังงานเป็นเจ้าภาพการประชุม The 2nd United States -Thailand Energy Policy Dialogue ณ กรุงเทพมหานคร"
    names = _names(extract_text(text))
    assert any(n.endswith("United States -Thailand Energy Policy Dialogue") for n in names), names


def test_a_latin_name_the_body_goes_on_with_is_the_label():
    from phakhi.graph.extract.event_labels import numbered_first

    assert numbered_first(["การประชุม ASEAN-ROK", "การประชุม ASEAN-ROK CEO Summit"])[0] == "การประชุม ASEAN-ROK CEO Summit"


def test_a_planned_signing_with_no_day_is_no_event(extract_text):
    text = ("ข่าวทั่วไป\n\nกรมกิจการผู้สูงอายุ จะมีการลงนามบันทึกข้อตกลง ร่วมกับ กรมธนารักษ์ เพื่อก่อสร้างโครงการที่อยู่อาศัย\n"
            "นายสมชาย ใจดี กล่าวว่า โครงการจะเริ่มในปีหน้า")
    labels = _labels(extract_text(text, published=date(2017, 7, 31)))
    assert not any(label.startswith("การลงนามบันทึกข้อตกลง") for label in labels), labels


def test_a_planned_named_event_is_not_dated_to_the_publication_day(extract_text):
    text = ("ข่าวทั่วไป\n\nนายสมชาย ใจดี กล่าวว่า กระทรวงแรงงานเตรียมจัด Work Expo เพื่อให้มีการจ้างงานนักศึกษาจบใหม่\n"
            "นายสมชาย ใจดี กล่าวต่อว่า จะมีการประชาสัมพันธ์ต่อไป")
    found = [e for e in _events(extract_text(text, published=date(2020, 9, 9))) if "Work Expo" in " ".join(e.names)]
    assert found and all(e.date is None for e in found), [(e.names, e.date) for e in found]


def test_a_name_ending_on_an_opening_bracket_takes_its_alias(extract_text):
    text = DAY + "กระทรวงพาณิชย์ เปิดตัวสถาบันพัฒนาผู้ประกอบการค้ายุคใหม่ (New Economy Academy : NEA) ขึ้น ณ กรุงเทพมหานคร"
    names = _names(extract_text(text))
    assert not any(n.rstrip().endswith("(") for n in names), names


def test_a_list_items_number_is_no_part_of_a_name():
    from phakhi.graph.extract.event_extents import bracketed_end

    text = "1) นิทรรศการเส้นทางสายไหม 4) นิทรรศการผลงาน"
    start, end = text.index("นิทรรศการ"), text.index(" นิทรรศการผลงาน")
    assert text[start:bracketed_end(text, start, end, len(text))] == "นิทรรศการเส้นทางสายไหม"
    text = "การประชุม (ครั้งที่ 1) ณ"
    assert bracketed_end(text, 0, text.index(" ณ"), len(text)) == text.index(" ณ")  # a bracket of its own


def test_a_latin_name_does_not_run_over_a_line_break(extract_text):
    text = DAY + "ไทยเข้าร่วมงาน EXPO 2022 Floriade Almere\n3.6 ผลการดำเนินงาน"
    names = _names(extract_text(text))
    assert not any("3.6" in n for n in names), names


def test_a_session_number_runs_over_its_years(extract_text):
    text = DAY + "นายสมชาย ใจดี เป็นประธานการประชุมศูนย์ปฏิบัติการกระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์ (ศปก.พม.) ครั้งที่ 646/2557-2560 เพื่อรับทราบปัญหา"
    names = _names(extract_text(text))
    assert any(n.endswith("ครั้งที่ 646/2557-2560") for n in names), names


def test_a_name_abbreviated_with_its_mark_is_the_one_told_in_full(extract_text):
    text = ("ข่าวทั่วไป\n\nเมื่อวันที่ 23 กรกฎาคม 2563 สภาอุตสาหกรรมแห่งประเทศไทย แถลงข่าวการประกวดคลิปวิดีโอฐานวิถีชีวิต "
            "ณ กรุงเทพมหานคร\nผู้สนใจส่งผลงานเข้าร่วมการประกวดคลิปฯ ได้ถึงวันที่ 21 สิงหาคม 2563")
    labels = _labels(extract_text(text, published=date(2020, 7, 23)))
    assert "การประกวดคลิปฯ" not in labels and "การประกวดคลิปวิดีโอฐานวิถีชีวิต" in labels, labels


def test_an_abbreviated_name_draws_no_other_event_to_it():
    from phakhi.graph.extract.resolve import _alike

    assert _alike("การสัมมนาวิชาการเวทีสำนักงานเศรษฐกิจการคลัง", "การสัมมนาวิชาการฯ", {})
    assert not _alike("การประชุมสุดยอดอาเซียนฯ", "การประชุมสุดยอดอาเซียน-จีนครั้งที่26", {})


def test_whom_a_report_is_proposed_to_is_no_party(extract_text):
    text = ("ข่าวทั่วไป\n\nทั้งนี้ กรมชลประทาน ในการประชุมครั้งที่ 1/2565 เมื่อวันที่ 23 กุมภาพันธ์ 2565 "
            "มีมติเห็นชอบให้นำรายงานดังกล่าวเสนอคณะรัฐมนตรี")
    found = [e for e in _events(extract_text(text, published=date(2022, 4, 19))) if "1/2565" in " ".join(e.names)]
    assert found and all("org:cabinet" not in e.parties for e in found), [(e.names, e.parties) for e in found]


def test_a_body_read_only_inside_another_events_name_is_no_party(extract_text):
    # thaigov-v1/24/ด้านเศรษฐกิจ_313 (judged rounds 4 and 9: "cabinet listed as party wrongly"): the cabinet and its
    # alias in brackets belong to the mobile cabinet meeting, not to the minister's visit before it
    text = ("ข่าวทั่วไป\n\nวันที่ 14 มกราคม 2562 ณ อุทยานวิทยาศาสตร์ภาคเหนือ จ.เชียงใหม่ ดร.สุวิทย์ เมษินทรีย์ "
            "รัฐมนตรีว่าการกระทรวงวิทยาศาสตร์และเทคโนโลยี พร้อมผู้บริหารกระทรวงวิทยาศาสตร์ฯ ลงพื้นที่ก่อนการประชุม"
            "คณะรัฐมนตรีนอกสถานที่อย่างเป็นทางการ (ครม.) สัญจร ที่ จ.ลําปาง เพื่อเตรียมการยกระดับอุทยานวิทยาศาสตร์ภาคเหนือ")
    found = _events(extract_text(text, published=date(2019, 1, 14)))
    visits = [e for e in found if e.type == "Visit"]
    meetings = [e for e in found if "ครม." in " ".join(e.names)]
    assert visits and all("org:cabinet" not in e.parties and "person:สุวิทย์ เมษินทรีย์" in e.parties[:2]
                          for e in visits), [(e.names, e.parties) for e in found]
    assert meetings and all("org:cabinet" in e.parties for e in meetings), [(e.names, e.parties) for e in found]


def test_a_statement_takes_no_party_from_a_summit_named_before_it(extract_text):
    # thaigov-v2/2023/12/12/สรุปข่าวการประชุม ครม_1 (judged rounds 5 and 16: "AZEC joint statement attributed to
    # APEC"): APEC is named only in the name of the summit the invitation was made at
    text = ("ข่าวทั่วไป\n\n2. เมื่อวันที่ 5 พฤศจิกายน 2566 ได้มีการหารือทวิภาคีระหว่างนายกรัฐมนตรีกับ นายกรัฐมนตรีญี่ปุ่น "
            "ในโอกาสการเดินทางเข้าร่วมการประชุมผู้นำเขตเศรษฐกิจเอเปค ณ นครซานฟรานซิสโก สหรัฐอเมริกา นายกรัฐมนตรีญี่ปุ่นได้"
            "เรียนเชิญนายกรัฐมนตรีเข้าร่วมการประชุม AZEC Leaders Meeting โดยฝ่ายญี่ปุ่นมีกำหนดจัดการประชุม AZEC Leaders "
            "Meeting ในวันที่ 18 ธันวาคม 2566 ณ ทำเนียบรัฐบาลญี่ปุ่น และจะได้มีการรับรองถ้อยแถลงการณ์ร่วมของการประชุม Asia "
            "Zero Emission Community (AZEC) Leaders Meeting ในห้วงของการประชุมดังกล่าวด้วย")
    found = _events(extract_text(text, published=date(2023, 12, 12)))
    apec = [e for e in found if "เอเปค" in " ".join(e.names)]
    assert apec and all("org:apec" in e.parties for e in apec), [(e.names, e.parties) for e in found]
    others = [e for e in found if e not in apec]
    assert all("org:apec" not in e.parties for e in others), [(e.names, e.parties) for e in others]


def test_a_briefing_takes_no_party_from_the_names_of_the_meetings_it_reports(extract_text):
    # thaigov-v1/14/ด้านเศรษฐกิจ_167 (judged round 7: "party ASEAN not the briefer"): ASEAN and the "ministry" are
    # read only inside the meeting's own name
    text = ("ข่าวทั่วไป\n\nนายอภิศักดิ์ ตันติวรวงศ์ รัฐมนตรีว่าการกระทรวงการคลัง ในฐานะหัวหน้าคณะผู้แทนไทย เข้าร่วมการประชุม"
            "รัฐมนตรีว่าการกระทรวงการคลังอาเซียน ครั้งที่ 21 (The 21st ASEAN Finance Minister’s Meeting: 21st AFMM) "
            "ระหว่างวันที่ 6 - 7 เมษายน 2560 ณ เมืองเซบู สาธารณรัฐฟิลิปปินส์ แถลงผลการประชุมในประเด็นที่สำคัญ ดังนี้")
    found = _events(extract_text(text, published=date(2017, 4, 10)))
    assert any("ครั้งที่ 21" in " ".join(e.names) and "org:asean" in e.parties for e in found), \
        [(e.names, e.parties) for e in found]
    assert all("org:asean" not in e.parties for e in found if e.type == "Statement"), \
        [(e.names, e.description, e.parties) for e in found]


def test_the_body_a_visit_names_stays_a_party_of_the_meeting_held_with_it(extract_text):
    # thaigov-v1/23/ด้านเศรษฐกิจ_220 (judged round 16 described-ok: "Uttama chaired meeting with EEC office"): the
    # office visited hosts the meeting too; a visit's name told by its verb claims no body from the events beside it
    text = ("ข่าวทั่วไป\n\nวันนี้ (31 ตุลาคม 2561) นายอุตตม สาวนายน รัฐมนตรีว่าการกระทรวงอุตสาหกรรม เป็นประธานการประชุม"
            "หารือและตรวจเยี่ยมสำนักงานคณะกรรมการนโยบายเขตพัฒนาพิเศษภาคตะวันออก (EEC) พร้อมด้วย นายสันติ กีระนันทน์ "
            "ผู้ช่วยรัฐมนตรีประจำกระทรวงอุตสาหกรรม เข้าร่วม")
    found = _events(extract_text(text, published=date(2018, 10, 31)))
    meetings = [e for e in found if e.type == "Meeting"]
    assert meetings and all(any("eec" in p.casefold() or "เขตพัฒนาพิเศษ" in p for p in e.parties) for e in meetings), \
        [(e.names, e.parties) for e in found]


def test_the_body_in_an_events_own_name_is_its_party(extract_text):
    text = DAY + "นายกรัฐมนตรีเป็นประธานการประชุมคณะรัฐมนตรี ครั้งที่ 3/2562 ณ ทำเนียบรัฐบาล"
    found = _events(extract_text(text))
    assert any("org:cabinet" in e.parties for e in found), [(e.names, e.parties) for e in found]


def test_a_latin_name_wrapped_over_lines_stays_whole(extract_text):
    text = DAY + "นายสมชาย ใจดี เข้าร่วมการประชุม (High Level Regional Conference on Enhancing\nCooperation on Border Management in the\nASEAN Region) ณ กรุงเทพมหานคร"
    names = _names(extract_text(text))
    assert any("Border Management" in n for n in names), names
