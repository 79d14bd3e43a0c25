"""Events in the open world, twenty-ninth session: a deed told as done again and again ("ทุกวัน", "ทุกวันพฤหัสบดี",
"ประจำทุกเดือน") or by many in many places ("หลายจังหวัดได้จัด…", "ทุกจังหวัดได้ลงพื้นที่", "ลงพื้นที่ทั่วประเทศ…"),
a directive ("เน้นย้ำให้…") and a visitor count ("ผู้เข้าเยี่ยมชมกว่า 15,000 คน") are no one event (event_spread,
event_words recurring_after, spread_words, order_words, not_after). Forms from releases of both corpora."""

from datetime import date

TITLE = "ข่าวทำเนียบรัฐบาล\n"


def _of_type(extract_text, text, kind, published=date(2020, 3, 4)):
    return [e for e in extract_text(TITLE + text, published=published).of_kind("event") if e.type == kind]


def test_a_meeting_held_every_day_is_no_event(extract_text):
    text = ("วันนี้ (4 มีนาคม 2563) นายสมชาย ใจดี อธิบดีกรมการค้าภายใน เปิดเผยว่า และจากนี้จะมีการประชุมคณะทำงานทุกวัน"
            " เพื่อประเมินสถานการณ์ต่อเนื่อง")
    assert not _of_type(extract_text, text, "Meeting")


def test_a_meeting_held_every_thursday_is_no_event(extract_text):
    text = ("เพื่อเป็นช่องทางในการติดต่อสื่อสารสำหรับให้จังหวัดสอบถามข้อสงสัย ซึ่งการประชุมจะมีขึ้นทุกวันพฤหัสบดี"
            " โดยเริ่มประชุมมาตั้งแต่วันพฤหัสบดีที่ 21 กันยายน 2560 ที่ผ่านมา")
    assert not _of_type(extract_text, text, "Meeting", date(2017, 9, 28))


def test_a_working_group_meeting_on_its_day_stays(extract_text):
    text = ("วันนี้ (4 มีนาคม 2563) นายสมชาย ใจดี อธิบดีกรมการค้าภายใน เป็นประธานการประชุมคณะทำงานติดตามสถานการณ์"
            "หน้ากากอนามัย ณ กระทรวงพาณิชย์")
    assert _of_type(extract_text, text, "Meeting")


def test_a_contest_many_provinces_hold_is_no_event(extract_text):
    text = ("นายธนันท์รัฐ ธนเสฏฐการย์ กล่าวว่า ซึ่งการที่หลายจังหวัดได้จัดกิจกรรมการประกวดแสดงแบบผ้าไทยที่ริเริ่มโดย"
            "สมาคมแม่บ้านมหาดไทย นับเป็นเรื่องที่น่ายินดีเป็นอย่างยิ่ง")
    assert not _of_type(extract_text, text, "Award", date(2023, 11, 25))


def test_a_visit_all_governors_are_told_to_make_is_no_event(extract_text):
    text = ("วันนี้ (17 ต.ค. 66) นายสมบัติ ไตรศักดิ์ รองผู้ว่าราชการจังหวัดชัยภูมิ เปิดเผยว่า ตามที่นายอนุทิน ชาญวีรกูล"
            " รองนายกรัฐมนตรีและรัฐมนตรีว่าการกระทรวงมหาดไทย ได้เน้นย้ำให้กระทรวงมหาดไทยประสานผู้ว่าราชการจังหวัด"
            "ทุกจังหวัดได้ลงพื้นที่ไปสำรวจสภาพปัญหาความเดือดร้อนและให้กำลังใจ")
    assert not _of_type(extract_text, text, "Visit", date(2023, 10, 17))


def test_field_work_across_the_country_is_no_event(extract_text):
    text = ("ระหว่างวันที่ 1 เมษายน ถึง 31 กรกฎาคม ศกนี้ จะมีการสำรวจสถานประกอบการอุตสาหกรรมการผลิตทั่วประเทศ"
            " โดยจะมีการลงพื้นที่ทั่วประเทศเพื่อสัมภาษณ์ผู้ประกอบการเพื่อเก็บข้อมูล รวบรวม เช่น ประเภทอุตสาหกรรม")
    assert not _of_type(extract_text, text, "Visit", date(2017, 3, 31))


def test_governors_of_every_province_joining_one_meeting_is_one_meeting(extract_text):
    text = ("วันนี้ (4 มีนาคม 2563) ผู้ว่าราชการจังหวัดทุกจังหวัดเข้าร่วมการประชุมเชิงปฏิบัติการเพื่อป้องกันโรคติดเชื้อ"
            " ณ ทำเนียบรัฐบาล")
    assert _of_type(extract_text, text, "Meeting")


def test_a_centres_visitor_count_is_no_visit(extract_text):
    text = ("กรมสวัสดิการและคุ้มครองแรงงาน เผยผลการดำเนินงานศูนย์พัฒนาองค์ความรู้ความปลอดภัยฯ ได้รับการตอบรับที่ดี"
            " หลังเปิดให้บริการมีผู้เข้าเยี่ยมชมกว่า 15,000 คน พร้อมเชิญชวนทุกฝ่ายร่วมสร้างวัฒนธรรมความปลอดภัย")
    assert not _of_type(extract_text, text, "Visit", date(2018, 7, 11))


def test_a_visit_to_booths_of_each_province_stays(extract_text):
    text = ("วันนี้ (23 มีนาคม 2560) รัฐมนตรีว่าการกระทรวงเกษตรและสหกรณ์ ได้มอบรางวัลแก่ผู้ชนะเลิศการประกวดเรื่องข้าวอินทรีย์"
            " จากนั้นได้เยี่ยมชมบูธข้าวอินทรีย์ของเกษตรกรแต่ละจังหวัด")
    assert _of_type(extract_text, text, "Visit", date(2017, 3, 23))
