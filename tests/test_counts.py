import pytest


def _counts(extract_text, text):
    return [(c.value, c.qualifier, c.unit) for c in extract_text(text).counts]


@pytest.mark.parametrize("text, expected", [
    # real sentences from the development releases
    ("ที่ปัจจุบันมีโรงงานอุตสาหกรรมกว่า 34,000 กิจการ เข้าร่วมโครงการ", (34000, "more-than", "กิจการ")),
    ("รวมเม็ดเงินลงทุนกว่า 1 แสนล้านบาท", (100_000_000_000, "more-than", "บาท")),
    ("อุตสาหกรรมยานยนต์ 36 โรงงาน มูลค่า", (36, "exact", "โรงงาน")),
    ("มีเงินลงกว่าทุนกว่า 103,835ล้านบาท", (103_835_000_000, "more-than", "บาท")),
    ("รองรับการลงทุนกว่า 1.1 ล้านล้านบาท", (1_100_000_000_000, "more-than", "บาท")),
    ("ที่ไทยเข้าร่วมเป็นสมาชิกของ UNIDO ครบ 50 ปี", (50, "exact", "ปี")),
    ("ผู้ประกอบการ SI ประมาณ 200 ราย", (200, "about", "ราย")),
    ("ผู้เข้าร่วมไม่ต่ำกว่า 1,000 คน", (1000, "at-least", "คน")),
    ("วงเงินไม่เกิน 5 ล้านบาท", (5_000_000, "at-most", "บาท")),
    ("ทั้งนี้ได้ตั้งเป้าที่จะเพิ่มจำนวน SI เป็น 1,400 ราย", (1400, "target", "ราย")),
    ("จำนวน ๓๔,๐๐๐ กิจการ", (34000, "exact", "กิจการ")),
    ("ผู้ประกอบการ 500 กว่าราย", (500, "about", "ราย")),
])
def test_counts_value_qualifier_unit(extract_text, text, expected):
    assert _counts(extract_text, text) == [expected]


@pytest.mark.parametrize("text", [
    "โดยร้อยละ 84 เป็นการลงทุน",  # percentage
    "การประชุมครั้งที่ 5 ณ ศูนย์การประชุม",  # ordinal
    "ในปี 2560 กรอ. ตั้งเป้าสร้างความคล่องตัว",  # a year
    "วันพุธที่ 3 ตุลาคม 2561",  # a date
    "เวลา 10.00 น.",  # a time
    "เติบโต 5% จากปีก่อน",  # percentage sign
    "ได้แก่ 1.อุตสาหกรรมยานยนต์",  # a list number
    "ศูนย์ส่งเสริมอุตสาหกรรมภาคที่ 4 จังหวัดขอนแก่น",  # ordinal with ที่
    "ดำเนินการมาแล้ว 3 ปี",  # a duration, not a membership count
])
def test_not_counts(extract_text, text):
    assert _counts(extract_text, text) == []


def test_target_industries_are_not_targets(extract_text):
    counts = _counts(extract_text, "10 กลุ่มอุตสาหกรรมเป้าหมาย ได้แก่ 1.อุตสาหกรรมยานยนต์ 36 โรงงาน")
    assert (36, "exact", "โรงงาน") in counts and (10, "exact", "กลุ่มอุตสาหกรรม") in counts


def test_count_text_is_the_original_phrase(extract_text):
    text = "นักวิชาการภาคอุตสาหกรรมและสิ่งแวดล้อมกว่า 500 คน เข้าร่วม"
    result = extract_text(text)
    count = result.counts[0]
    start, end = count.span
    assert text[start:end] == count.text and count.text.endswith("กว่า 500 คน")
