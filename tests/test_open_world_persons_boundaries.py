"""Person name boundaries on text shaped like unseen releases (judged corpus errors, kinds only): ณ-surnames,
transliterated names of three or more words, verb-headed surnames before a title, verbs after a first name
written alone, stacked honorifics, a rank with no name, English rank words, zero-width spaces in labels."""

import pytest


def _names(result):
    return sorted(e.names[0] for e in result.of_kind("person"))


@pytest.mark.parametrize("text, name", [
    ("บมจ.ไทยเบฟเวอเรจ โดย ดร.เอกพล  ณ สงขลา ผู้ช่วยกรรมการผู้อำนวยการใหญ่", "เอกพล ณ สงขลา"),
    ("นางสาวพิไลลักษณ์ ชุมสาย  ณ อยุธยา นักเรียนชั้นมัธยมศึกษาปีที่ 4", "พิไลลักษณ์ ชุมสาย ณ อยุธยา"),
])
def test_a_na_surname_is_part_of_the_name(extract_text, text, name):
    assert _names(extract_text(text)) == [name]


def test_na_as_at_a_place_is_not_a_surname(extract_text):
    assert _names(extract_text("นายสมชาย ใจดี ณ ทำเนียบรัฐบาล")) == ["สมชาย ใจดี"]


def test_a_transliterated_name_runs_to_the_title(extract_text):
    text = "นางสาวราซีน่าร์ อูเบรอย  บาจาจ กรรมการผู้จัดการ บริษัท อินเตอร์เนชั่นแนล"
    assert _names(extract_text(text)) == ["ราซีน่าร์ อูเบรอย บาจาจ"]


def test_a_thai_name_does_not_run_on_without_a_title(extract_text):
    assert _names(extract_text("นายสมชาย ใจดี ประทับใจ ผลงาน")) == ["สมชาย ใจดี"]


@pytest.mark.parametrize("text, name", [
    ("ด้าน นายจิตติ  ตั้งสิทธิ์ภักดี นายกสมาคมค้าทองคำ กล่าวว่า", "จิตติ ตั้งสิทธิ์ภักดี"),
    ("(4) พลเรือเอก  พะจุณณ์  ตามประทีป  กรรมการ", "พะจุณณ์ ตามประทีป"),
])
def test_a_surname_beginning_like_a_verb_before_a_title(extract_text, text, name):
    assert _names(extract_text(text)) == [name]


@pytest.mark.parametrize("text", [
    "รองนายกรัฐมนตรี นายอนุทิน เรียกประชุม 3 กระทรวง จับตาสถานการณ์",
    "ในวันที่ 25 ม.ค. พล.ต.อ.พัชรวาท ติดภารกิจ โดยเป็นประธานการประชุม",
])
def test_a_verb_after_a_frequent_first_name_is_no_surname(extract_text, text):
    names = _names(extract_text(text))
    assert len(names) == 1 and " " not in names[0] or names[0].split(" ")[1] not in ("เรียกประชุม", "ติดภารกิจ")


def test_stacked_honorifics_are_all_consumed(extract_text):
    text = "ศาสตราจารย์  นาวาอากาศโท ดร.สราวุฒิ สุจิตจร ผู้อำนวยการสถาบันวิจัยแสงซินโครตรอน กล่าวว่า"
    assert _names(extract_text(text)) == ["สราวุฒิ สุจิตจร"]


def test_a_rank_and_above_is_no_person(extract_text):
    assert _names(extract_text("ข้าราชการตำรวจซึ่งมียศตั้งแต่ พ.ต.ท. ขึ้นไป และดำรงตำแหน่ง")) == []


def test_an_english_rank_word_is_an_honorific(extract_text):
    text = "President Thongloun Sisoulith and H.E. General Khamtai Siphandone, for which"
    assert "Khamtai Siphandone" in _names(extract_text(text))


def test_a_label_has_no_zero_width_spaces(extract_text):
    text = "นายอำเภอพนัสนิคม พ.\u200bต.อ.ธรรม\u200bรัฐ\u200b อัคร\u200bไชย\u200bพงศ์ ผู้กำกับการ สภ.พนัสนิคม"
    assert _names(extract_text(text)) == ["ธรรมรัฐ อัครไชยพงศ์"]


def test_a_married_name_of_three_words_runs_to_the_title(extract_text):
    text = "นางรัดเกล้า อินทวงศ์ สุวรรณคีรี รองโฆษกประจำสำนักนายกรัฐมนตรี เปิดเผยว่า"
    assert _names(extract_text(text)) == ["รัดเกล้า อินทวงศ์ สุวรรณคีรี"]


@pytest.mark.parametrize("text, name", [
    ("ระหว่าง นางสาววัชรี บุณนทรรศนีย์ ผู้ฟ้องคดี ผู้อำนวยการเขตจุตจักร ผู้ถูกฟ้องคดี", "วัชรี บุณนทรรศนีย์"),
    ("พร้อมด้วย ร.อ.รชฏ พิสิษฐบรรณกร ผู้ช่วย รมว.ทส. นายจตุพร บุรุษพัฒน์ ปลัดกระทรวงฯ", "รชฏ พิสิษฐบรรณกร"),
])
def test_a_role_word_or_the_next_person_does_not_extend_a_name(extract_text, text, name):
    assert name in _names(extract_text(text))
    assert not any(n.startswith(name + " ") for n in _names(extract_text(text)))


def test_a_post_right_after_the_honorific_is_no_name(extract_text):
    text = "ขอบคุณนายแพทย์สาธารณสุขจังหวัด ข้าราชการ ทุกฝ่ายที่ทำงานอย่างเต็มที่"
    assert _names(extract_text(text)) == []


def test_a_first_name_that_is_also_a_title_is_a_name(extract_text):
    text = "นายนิสิต จันทร์สมวงศ์ รองปลัดกระทรวงมหาดไทย ในฐานะโฆษกกระทรวงมหาดไทย"
    assert _names(extract_text(text)) == ["นิสิต จันทร์สมวงศ์"]
