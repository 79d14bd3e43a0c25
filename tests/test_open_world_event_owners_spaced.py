"""Whose event it is, written after a space, fourteenth session (issue #12; judged audits: "การประชุมสมัชชาใหญ่
สมัยที่ 14| ของ APT", "งานวันครบรอบ 41 ปี ก้าวสู่ปีที่ 42| ของหนังสือพิมพ์มติชน" cut before the body; the dev gold
names "การประชุมสมัยสามัญ … สมัยที่ 17 ของ UNIDO"): event_extents.spaced_owner_end, event_identity.owned_alike."""

from test_open_world_event_names import _names


def test_a_body_after_a_spaced_possessive_is_the_name_s(extract_text):
    text = ("เมื่อวันที่ 3 กรกฎาคม 2560 นายกรัฐมนตรีเป็นประธานเปิดการประชุมประจำปี 2560 ของสำนักงานคณะกรรมการพัฒนา"
            "การเศรษฐกิจและสังคมแห่งชาติ ณ ศูนย์การประชุมอิมแพ็ค เมืองทองธานี")
    names = _names(extract_text(text))
    assert ("การประชุมประจำปี 2560 ของสำนักงานคณะกรรมการพัฒนาการเศรษฐกิจและสังคมแห่งชาติ" in names), names


def test_a_person_after_a_spaced_possessive_is_no_part_of_the_name(extract_text):
    text = ("เมื่อวันที่ 16 พฤศจิกายน 2561 การประชุมผู้นำเขตเศรษฐกิจเอเปค ครั้งที่ 26 ของ พลเอก ประยุทธ์ จันทร์โอชา"
            " นายกรัฐมนตรี ณ กรุงพอร์ตมอร์สบี")
    names = _names(extract_text(text))
    assert "การประชุมผู้นำเขตเศรษฐกิจเอเปค ครั้งที่ 26" in names, names
    assert not any("ประยุทธ์" in n for n in names), names


def test_one_event_whose_body_is_written_short_and_in_full_is_one_event(extract_text):
    text = ("เมื่อวันที่ 3 กรกฎาคม 2560 นายกรัฐมนตรีเปิดการประชุมประจำปี 2560 ของ สศช. เรื่อง “ขับเคลื่อนแผนฯ 12”"
            " ในโอกาสเปิดการประชุมประจำปี 2560 ของสำนักงานคณะกรรมการพัฒนาการเศรษฐกิจและสังคมแห่งชาติ ซึ่งจัดขึ้นทุกปี")
    events = [e for e in extract_text(text).of_kind("event") if any("ประจำปี 2560" in n for n in e.names)]
    assert len(events) == 1, [e.names for e in events]
