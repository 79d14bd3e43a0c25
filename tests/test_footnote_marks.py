"""Footnote marks glued to a name's end, thirty-first session (issue #12): the cabinet summaries mark the notes they
add below a matter with one or two digits glued to the word ("จัดตั้งกองทุนฝนหลวง1 ขึ้นตาม…"); the mark is cut off
programme, organization and event names (graph/text/footnotes.footnote_end) when the release writes the words plain
or its note list starts with the mark, and a name's own number is never cut. Text forms from v2 releases."""

from phakhi.graph.text.footnotes import footnote_end

RULE = "\n________________\n"

FUND = ("1. เดิมคณะรัฐมนตรีได้มีมติ (21 มกราคม 2518) เห็นชอบและอนุมัติให้ กษ. จัดตั้งกองทุนฝนหลวง1 "
        "ขึ้นตามพระราชกระแสของพระบาทสมเด็จพระบรมชนกาธิเบศร มหาภูมิพลอดุลยเดชมหาราช บรมนาถบพิตร\n"
        "3. ปัจจุบันกองทุนฝนหลวงมีเงินและทรัพย์สิน ณ วันที่ 31 สิงหาคม 2566 จํานวน 33.59 ล้านบาท" + RULE +
        "1กองทุนฝนหลวงได้เปลี่ยนชื่อเป็น “กองทุนฝนหลวงและการบินเกษตร” ภายหลังจากที่ได้มีการจัดตั้งกรมฝนหลวงและการบินเกษตร\n")

LAND = ("กระทรวงมหาดไทยเสนอคณะรัฐมนตรีพิจารณาให้ความเห็นชอบการนำที่ราชพัสดุ เนื้อที่ 4-3-64 ไร่ "
        "เพื่อนำมาใช้ในโครงการจัดรูปที่ดินเพื่อพัฒนาพื้นที่1 บริเวณหนองตาเหี่ยม ตำบลอรัญญิก อำเภอเมืองพิษณุโลก" + RULE +
        "1 คือ การนำแปลงที่ดินหลาย ๆ แปลงมารวมกันเพื่อจัดรูปแปลงที่ดินใหม่\n")


def _end(text: str, name: str) -> str:
    start = text.index(name)
    return text[start:footnote_end(text, start, start + len(name))]


def test_a_mark_the_release_writes_plain_elsewhere_is_cut():
    assert _end(FUND, "กองทุนฝนหลวง1") == "กองทุนฝนหลวง"


def test_a_mark_the_note_list_below_begins_with_is_cut():
    # the note restates no name: only the rule of underscores and the line "1 คือ …" tell the mark
    assert _end(LAND, "โครงการจัดรูปที่ดินเพื่อพัฒนาพื้นที่1") == "โครงการจัดรูปที่ดินเพื่อพัฒนาพื้นที่"
    # "…พื้นที่" (area) ends on the letters of "ที่", no ordinal word
    assert _end(LAND.replace(RULE + "1 ", RULE + "2 "), "โครงการจัดรูปที่ดินเพื่อพัฒนาพื้นที่1").endswith("1")


def test_a_mark_glued_to_latin_words_is_cut():
    text = ("อนุมัติในหลักการโครงการเข้าร่วมงาน The International Horticultural Expo1 (EXPO 2022 Floriade Almere)\n"
            "รายงานผลการดำเนินงานโครงการเข้าร่วมงาน The International Horticultural Expo (EXPO 2022 Floriade Almere)")
    assert _end(text, "โครงการเข้าร่วมงาน The International Horticultural Expo1").endswith("Expo")


def test_a_names_own_number_is_kept():
    # an ordinal glued on, with a note 1 below and the words written plain: the unit's number
    text = ("กองพันทหารราบที่1 กรมทหารราบที่ 11 รักษาพระองค์ และกองพันทหารราบที่ 2" + RULE + "1 หน่วยขึ้นตรง\n")
    assert _end(text, "กองพันทหารราบที่1") == "กองพันทหารราบที่1"
    # a number after capitals, written plain elsewhere: the name's
    text = "การประชุม COP26 ณ เมืองกลาสโกว์ และการประชุม COP ครั้งต่อไป" + RULE + "26 ปี\n"
    assert _end(text, "การประชุม COP26") == "การประชุม COP26"
    # a numbered series: the same words with another number glued on
    text = "2. รพ.บางนา1 3. รพ.เพชรเวช 4. รพ.บางนา5 และ รพ.บางนา สาขาใหม่"
    assert _end(text, "รพ.บางนา1") == "รพ.บางนา1"
    # a number the release writes with a dash or a space elsewhere
    text = "มาตรการช่วยเหลือผู้ได้รับผลกระทบโควิด19 และมาตรการช่วยเหลือผู้ได้รับผลกระทบโควิด-19 ระยะที่ 2"
    assert _end(text, "มาตรการช่วยเหลือผู้ได้รับผลกระทบโควิด19").endswith("19")
    # a name always written with its digit, and no note list
    text = "นายกรัฐมนตรีเข้าร่วมการประชุม Bangkok Forum2 ณ กรุงเทพมหานคร"
    assert _end(text, "การประชุม Bangkok Forum2").endswith("2")


def test_no_programme_keeps_the_mark_and_no_count_attaches_to_it(extract_text):
    result = extract_text(FUND)
    labels = [name for e in result.of_kind("program") for name in e.names]
    assert labels and not any(label.endswith("1") for label in labels), labels
    # written plain later: the count is the programme's, keyed without the mark
    result = extract_text("ผู้เข้าร่วมโครงการธนาคารสินค้าเกษตรชุมชน1 จำนวน 120 ราย และโครงการธนาคารสินค้าเกษตรชุมชนจะขยายผล")
    assert [c.about_key for c in result.counts] == ["name:โครงการธนาคารสินค้าเกษตรชุมชน"]
    # a Latin name, its mark opening the note list below ("Smart Farmer1" of a cabinet summary)
    result = extract_text("โครงการ Smart Farmer1 มีเกษตรกรเข้าร่วม 120 ราย" + RULE + "1 โครงการพัฒนาเกษตรกรปราดเปรื่อง\n")
    assert "name:โครงการ Smart Farmer" in [c.about_key for c in result.counts]
    assert ["โครงการ Smart Farmer"] in [e.names for e in result.of_kind("program")]


def test_an_organization_keeps_no_mark_the_release_writes_plain(extract_text):
    text = ("ให้ความเห็นชอบการบริจาคเงินเพิ่มทุนในกองทุนพัฒนาเอเชีย ครั้งที่ 14 โดยสำนักงานเศรษฐกิจการคลัง2 "
            "เป็นผู้รับผิดชอบ และสำนักงานเศรษฐกิจการคลังจะรายงานผล" + RULE + "2 สศค. กระทรวงการคลัง\n")
    names = [name for e in extract_text(text).of_kind("organization") for name in e.names]
    assert "สำนักงานเศรษฐกิจการคลัง" in names and not any(n.endswith("2") for n in names), names
