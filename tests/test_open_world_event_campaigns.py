"""Events in the open world, thirteenth session: a visit told over a run of more than a week, or begun
("จะเริ่มลงพื้นที่…"), is a campaign of visits, no one event (event_dates.DayIndex.campaign_run, event_words campaign_before)."""

from datetime import date


def test_a_visit_told_over_months_is_a_campaign_not_an_event(extract_text):
    text = ("เมื่อวันที่ 20 เมษายน 2568 สำนักงานสถิติแห่งชาติ ร่วมกับ บริษัท ไปรษณีย์ไทย จำกัด ส่งเจ้าหน้าที่ลงพื้นที่"
            " ในช่วงระหว่างวันที่ 21 เมษายน – 19 มิถุนายน 2568 เพื่อจัดเก็บข้อมูลของประชาชน")
    assert not [e for e in extract_text(text, published=date(2025, 4, 20)).of_kind("event") if e.type == "Visit"]


def test_a_visit_told_over_two_days_stays(extract_text):
    text = ("เมื่อวันที่ 20 เมษายน 2568 นายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงมหาดไทย ลงพื้นที่จังหวัดน่าน"
            " ระหว่างวันที่ 21 เมษายน – 22 เมษายน 2568 เพื่อติดตามสถานการณ์น้ำ")
    assert [e for e in extract_text(text, published=date(2025, 4, 20)).of_kind("event") if e.type == "Visit"]


def test_a_visit_begun_is_a_campaign_not_an_event(extract_text):
    text = ("เมื่อวันที่ 19 กุมภาพันธ์ 2561 กระทรวงมหาดไทยและหน่วยงานที่เกี่ยวข้อง จะเริ่มลงพื้นที่วันที่ 21 กุมภาพันธ์นี้"
            " เพื่อสำรวจวิเคราะห์ปัญหาความเดือดร้อนเยี่ยมเยียนรายครัวเรือน")
    assert not [e for e in extract_text(text).of_kind("event") if e.type == "Visit"]
