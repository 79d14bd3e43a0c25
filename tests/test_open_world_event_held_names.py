"""Event names that hold a known name the rules cut inside (twenty-first session, round 16's commonest boundary
error among event labels still given: "การประชุมการขับเคลื่อนโครงการ|ส่งเสริมวินัยการออม", "นิทรรศการหมู่บ้าน OTOP|
นวัตวิถี"): the event's name runs to the end of the programme the programme reader found inside it."""

import pytest

from test_open_world_event_names import _names


@pytest.mark.parametrize("text, whole, cut", [
    # cut at a verb the programme reader reads through
    ("นายสุทธิพงษ์ จุลเจริญ ปลัดกระทรวงมหาดไทย เปิดเผยว่า ในการประชุมการขับเคลื่อนโครงการส่งเสริมวินัยการออม กับ"
     " กอช. ในระดับพื้นที่ โดยการสนับสนุนให้ประชาชนสมัครเป็นสมาชิก",
     "การประชุมการขับเคลื่อนโครงการส่งเสริมวินัยการออม", "การประชุมการขับเคลื่อนโครงการ"),
    # cut at a space inside the programme's name
    ("นายกรัฐมนตรี พร้อมพบปะประชาชน และเยี่ยมชมนิทรรศการหมู่บ้าน OTOP นวัตวิถี และผลิตภัณฑ์สินค้า OTOP"
     " จังหวัดหนองคาย", "นิทรรศการหมู่บ้าน OTOP นวัตวิถี", "นิทรรศการหมู่บ้าน OTOP"),
    # a committee meeting runs through the programme it manages (judged audits, final: cut mid-name)
    ("นายกรัฐมนตรีเป็นประธานการประชุมคณะกรรมการบริหารโครงการไทยนิยม ยั่งยืน ณ ทำเนียบรัฐบาล",
     "การประชุมคณะกรรมการบริหารโครงการไทยนิยม ยั่งยืน", "การประชุมคณะกรรมการบริหารโครงการไทยนิยม"),
])
def test_an_event_name_runs_through_the_programme_it_holds(extract_text, text, whole, cut):
    names = _names(extract_text(text))
    assert whole in names and cut not in names, names


def test_a_name_cut_inside_an_ordinal_word_takes_its_number(extract_text):
    # judged round 16: "งานวันรำลึกการครบรอบ 100 ปีการยุติสงครามโลกครั้ง|ที่ 1"
    text = ("นายกรัฐมนตรีเดินทางไปสาธารณรัฐฝรั่งเศส เพื่อเข้าร่วมใน"
            "งานวันรำลึกการครบรอบ 100 ปีการยุติสงครามโลกครั้งที่ 1 การเข้าร่วมพิธีเปิดการประชุมสันติภาพปารีส")
    names = _names(extract_text(text))
    assert "งานวันรำลึกการครบรอบ 100 ปีการยุติสงครามโลกครั้งที่ 1" in names, names
    assert "งานวันรำลึกการครบรอบ 100 ปีการยุติสงครามโลกครั้ง" not in names, names
