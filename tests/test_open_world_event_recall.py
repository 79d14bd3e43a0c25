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


def test_the_body_in_an_events_own_name_is_its_party(extract_text):
    text = DAY + "นายกรัฐมนตรีเป็นประธานการประชุมคณะรัฐมนตรี ครั้งที่ 3/2562 ณ ทำเนียบรัฐบาล"
    found = _events(extract_text(text))
    assert any("org:cabinet" in e.parties for e in found), [(e.names, e.parties) for e in found]


def test_a_latin_name_wrapped_over_lines_stays_whole(extract_text):
    text = DAY + "นายสมชาย ใจดี เข้าร่วมการประชุม (High Level Regional Conference on Enhancing\nCooperation on Border Management in the\nASEAN Region) ณ กรุงเทพมหานคร"
    names = _names(extract_text(text))
    assert any("Border Management" in n for n in names), names
