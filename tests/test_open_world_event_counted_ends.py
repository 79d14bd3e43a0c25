"""Numbers an event name ends on that are not its own, thirty-first session (issue #12; judged audits of rounds 9,
14, 20 and 22: "number '151' (count of entries) glued to contest name", "stray footnote '1' glued on"): a count
the text writes a classifier after, and a footnote's mark glued to a Latin name written plain elsewhere."""

from test_open_world_event_names import _names

COUNTED = ("รมช.ศธ. ลงพื้นที่ติดตามการบูรณาการการศึกษาภาคตะวันออก\nซึ่งพบว่าขณะนี้มีชิ้นงาน ผลิตภัณฑ์ นวัตกรรมที่ได้รับรางวัล"
           "ในโครงการประกวดสิ่งประดิษฐ์ของคนรุ่นใหม่ระดับชาติ151\xa0ชิ้นงาน ในจำนวนนี้เป็นชิ้นงานในภาคตะวันออก\xa024\xa0ชิ้นงาน")

FOOTNOTED = ("1. คณะรัฐมนตรีมีมติ (12 ตุลาคม 2563) อนุมัติในหลักการโครงการเข้าร่วมงาน The International Horticultural"
             " Expo1 (EXPO 2022 Floriade Almere) และให้ กษ. (กรมส่งเสริมการเกษตร) เป็นหน่วยงานหลัก\n"
             "25. เรื่อง รายงานผลการดำเนินงานโครงการเข้าร่วมงาน The International Horticultural Expo"
             " (EXPO 2022 Floriade Almere) ณ ราชอาณาจักรเนเธอร์แลนด์")


def test_a_count_glued_to_a_name_is_not_its_number(extract_text):
    names = _names(extract_text(COUNTED))
    assert "การประกวดสิ่งประดิษฐ์ของคนรุ่นใหม่ระดับชาติ" in names, names
    assert not any(n.endswith("151") for n in names), names


def test_a_session_number_is_kept_whatever_follows_it(extract_text):
    text = "นายกรัฐมนตรีเป็นประธานการประชุมคณะกรรมการนโยบายเขตพัฒนาพิเศษภาคตะวันออก ครั้งที่ 3 คน ณ ทำเนียบรัฐบาล"
    assert any(n.endswith("ครั้งที่ 3") for n in _names(extract_text(text)))


def test_a_footnote_mark_glued_to_a_latin_name_is_cut(extract_text):
    names = _names(extract_text(FOOTNOTED))
    assert not any(n.endswith("Expo1") for n in names), names
    assert any(n.endswith("International Horticultural Expo") for n in names), names


def test_a_latin_name_always_written_with_its_number_keeps_it(extract_text):
    text = "นายกรัฐมนตรีเข้าร่วมการประชุม Bangkok Forum2 ณ กรุงเทพมหานคร เพื่อหารือความร่วมมือ"
    names = _names(extract_text(text))
    assert "การประชุม Bangkok Forum2" in names, names


def test_a_year_a_name_ends_on_is_its_edition_whatever_follows(extract_text):
    text = ("ได้ร่วมผลักดันข้อเสนอของไทย 3 โครงการ ในปี 2567 ได้แก่ โครงการการเป็นเจ้าภาพจัดงาน ASEAN Digital Award 2024"
            " โครงการ Coding with KidBright in ASEAN: 1st Pilot Project in Laos")
    assert "ASEAN Digital Award 2024" in _names(extract_text(text))
