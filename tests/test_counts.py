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
    ("ผู้ประกอบการ 500 กว่าราย", (500, "more-than", "ราย")),  # the guideline: กว่า is more-than
    ("แรงงานกว่า 1.5 ล้านคน", (1_500_000, "more-than", "คน")),  # a fraction of a multiplier is whole things
    ("จังหวัดชลบุรี จำนวน 24  โรงงาน", (24, "exact", "โรงงาน")),  # two spaces before the unit
    ("มูลค่าสินค้าส่งออกอยู่ที่ 26,642 ล้านบาท", (26_642_000_000, "exact", "บาท")),  # "อยู่ที่": stands at
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
    "ดังนี้ 9.1 กองทุนพัฒนาเอสเอ็มอี 9.2 กองทุนฟื้นฟู",  # section numbers: a classifier counts whole things
    "ประกอบด้วย 1.1 กิจการที่มีศักยภาพ",
    "จังหวัดที่มีการลงทุนมากที่สุด 5 อันดับ ได้แก่",  # a rank: "อัน" begins a word counts.json calls no unit
    "ปริมาณน้ำ 3.57 ล้านลูกบาศก์เมตร",  # a volume, not a count of "ลูก"
    "แผนการศึกษาแห่งชาติ พ.ศ.2560-2579 แผนพัฒนาการอาชีวศึกษา",  # the end of a range of years
    "ชั้นมัธยมศึกษาปีที่ 4-6 แผนการเรียนวิทยาศาสตร์",
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


@pytest.mark.parametrize("text, expected", [
    ("มีผู้ประกอบการเข้าร่วมกิจกรรมไม่น้อยกว่า 1,000 ราย", [(1000, "at-least", "ราย")]),
    ("ผู้ประกอบการ 500 กว่ารายเศษ", [(500, "about", "ราย")]),
    ("ผู้ประกอบการ 500 รายเศษ", [(500, "about", "ราย")]),
    ("ผู้มีรายได้ 100 คนขึ้นไป", [(100, "at-least", "คน")]),
    ("มีผู้เข้าร่วม ร่วม 300 คน", [(300, "about", "คน")]),
    ("มีผู้ประกอบการเข้าร่วม 120 ราย", [(120, "exact", "ราย")]),  # เข้าร่วม is no "ร่วม" = about
    ("เพิ่มขึ้นราว 50 แห่ง", [(50, "about", "แห่ง")]),
    ("ต้องได้รับโทษปรับตั้งแต่ 5,000-50,000 บาท", [(5000, "at-least", "บาท"), (50000, "at-most", "บาท")]),
    ("ลงทุน 1-2 ล้านบาท", [(1_000_000, "at-least", "บาท"), (2_000_000, "at-most", "บาท")]),
    ("โดยมีเป้าหมายการลงทุน 300,000 ล้านบาท", [(300_000_000_000, "target", "บาท")]),
    ("พัฒนากลุ่มเป้าหมาย 500 ราย", [(500, "exact", "ราย")]),  # a target group, not a goal
    ("สร้างเม็ดเงินลงทุนกว่า 7 หมื่นลบ.", [(70_000_000_000, "more-than", "บาท")]),
    ("ควบคุมผลิตภัณฑ์เหล็กจำนวน 4 มาตรฐาน", [(4, "exact", "มาตรฐาน")]),  # a classifier mined from the corpus
])
def test_qualifiers_ranges_and_units_as_data(extract_text, text, expected):
    assert _counts(extract_text, text) == expected


@pytest.mark.parametrize("text", [
    "มีผลผลิต 21.6 ตัน",  # a measure, not a count of things
    "มีพื้นที่ปลูกอ้อย 1.7 ล้านไร่",
    "กำลังผลิตรวม 9.9 เมกะวัตต์",
    "แม้พบการระบาดโควิด-19 สายพันธุ์ใหม่",  # a number inside a name
])
def test_measures_and_names_are_not_counts(extract_text, text):
    assert _counts(extract_text, text) == []


def test_mined_units_are_rebuilt_by_a_script():
    import json

    from phakhi.ontology import HERE
    mined = json.loads((HERE / "th" / "count_units.json").read_text(encoding="utf-8"))
    assert "mine_count_units.py" in mined["_doc"] and "มาตรฐาน" in mined["units"]
    refused = set(json.loads((HERE / "th" / "counts.json").read_text(encoding="utf-8"))["not_units"])
    assert not refused & set(mined["units"])


def test_an_amount_range_after_at_is_counted(extract_text):
    """"อยู่ที่" (at) before a range: its last number is still an amount (range_not_counts has no bare ที่)."""
    assert (2430, "at-most", "บาท") in _counts(extract_text, "ได้รับผลประโยชน์อยู่ที่ 2,330-2,430 บาท/คน/เดือน")


def test_the_same_count_twice_in_a_line_counts_two_things_but_restated_it_is_one(extract_text):
    text = ("รางวัลระดับ Gold Plus จำนวน 1 โรงงาน เหรียญเงิน จำนวน 2 โรงงาน และเหรียญทองแดง จำนวน 2 โรงงาน\n"
            "โดยเหรียญเงิน จำนวน 2 โรงงาน ได้แก่")
    assert _counts(extract_text, text).count((2, "exact", "โรงงาน")) == 2  # not the third, in another line
    back = "ประเมินบุตรของผู้เสียชีวิตจำนวน 2 ราย มีความเสี่ยงด้านสุขภาพจิตทั้ง 2 ราย"
    assert _counts(extract_text, back).count((2, "exact", "ราย")) == 1  # "ทั้ง 2 ราย" points back
