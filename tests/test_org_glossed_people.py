"""A name cut short runs on to its English name in brackets when that name is a body's of the same type
(graph/extract/org_glossed.py), and a name run on into "และ <a kind of person>" is cut there
(graph/extract/org_people.py). Real text forms of the audit rounds and the fact dump."""

from __future__ import annotations


def _names(result) -> set[str]:
    return {n for e in result.of_kind("organization") for n in e.names}


def test_a_centre_cut_before_and_runs_on_to_its_english_name(extract_candidates):
    # judged "ศูนย์ความเป็นเลิศด้านหุ่นยนต์" boundary (audit "before"): the gloss's Center is a ศูนย์
    names = _names(extract_candidates(
        "ข่าว\nพัฒนาอุตสาหกรรมหุ่นยนต์และระบบอัตโนมัติโดยการจัดตั้งศูนย์ความเป็นเลิศด้านหุ่นยนต์ และระบบอัตโนมัติ "
        "(Center of Robotic Excellence : CORE) สร้างความร่วมมือทางเศรษฐกิจในกลุ่มประเทศ\n"))
    assert "ศูนย์ความเป็นเลิศด้านหุ่นยนต์ และระบบอัตโนมัติ" in names, names
    assert "ศูนย์ความเป็นเลิศด้านหุ่นยนต์" not in names, names


def test_a_centre_cut_at_a_glued_word_runs_on_to_its_english_name(extract_candidates):
    # fact dump (v1 ด้านเศรษฐกิจ_411): "ศูนย์ส่งเสริมงานวิจัย|สู่อุตสาหกรรมในอนาคต (Industry Transformation Center)"
    names = _names(extract_candidates(
        "ข่าว\nกระทรวงวิทยาศาสตร์และเทคโนโลยี กำลังจัดตั้งศูนย์ส่งเสริมงานวิจัยสู่อุตสาหกรรมในอนาคต "
        "(Industry Transformation Center) เพื่อช่วยเหลือผู้ประกอบการ\n"))
    assert "ศูนย์ส่งเสริมงานวิจัยสู่อุตสาหกรรมในอนาคต" in names, names


def test_a_gloss_of_something_else_runs_nothing_on(extract_candidates):
    # a term of the sentence (round 22: valid "คณะกรรมการสุขภาพแห่งชาติ"), a document naming a ministry after
    # "between" (v1 ข่าวทำเนียบรัฐบาล_147), a country between (v2 2023/04/29: "สถาบันสุขภาพแห่งชาติ สหรัฐอเมริกา")
    names = _names(extract_candidates(
        "ข่าว\nโดย คณะกรรมการสุขภาพแห่งชาติ ให้แนวคิดทุกนโยบายห่วงใยสุขภาพ (Health in All Policies)  แปลงสู่รูปธรรม\n"))
    assert "คณะกรรมการสุขภาพแห่งชาติ" in names, names
    names = _names(extract_candidates(
        "ข่าว\nคณะผู้บริหารได้เข้าเยี่ยมชมสถาบันสุขภาพแห่งชาติ สหรัฐอเมริกา (National Institute of Health : NIH) "
        "ณ เมืองเบเธสดา\n"))
    assert "สถาบันสุขภาพแห่งชาติ" in names and not any("สหรัฐ" in n for n in names), names
    names = _names(extract_candidates(
        "ข่าว\nระหว่างกระทรวงเกษตรและสหกรณ์แห่งราชอาณาจักรไทยและกระทรวงกิจการ เทศบาลและผังเมืองแห่งราชอาณาจักรบาห์เรน "
        "ว่าด้วยความร่วมมือด้านการเกษตร (Memorandum of Understanding between the Ministry of Agriculture) ต่อไป\n"))
    assert not any("ว่าด้วย" in n for n in names), names


def test_a_name_run_on_into_and_people_is_cut(extract_candidates):
    # round 13 judged "สภามหาวิทยาลัยนวมินทราธิราชและคณาจารย์ตลอดจนผู้" boundary; round 16 judged
    # "สำนักงานพัฒนาดิจิทัลและเจ้าหน้าที่" boundary and "คณะกรรมการอิสลามประจำจังหวัดและนักเรียน…" junk
    names = _names(extract_candidates(
        "ข่าว\nโดยสภามหาวิทยาลัยนวมินทราธิราชและคณาจารย์ตลอดจนผู้ที่เกี่ยวข้อง เข้าตรวจเยี่ยมการดำเนินงาน\n"))
    assert "สภามหาวิทยาลัยนวมินทราธิราช" in names and not any("คณาจารย์" in n for n in names), names
    for text in ("ข่าว\nผู้บริหารสำนักงานพัฒนาดิจิทัลและเจ้าหน้าที่เข้าร่วมด้วย โดย อก. จะนำร่างแผนดังกล่าวมาปรับใช้\n",
                 "ข่าว\nโดยคณะกรรมการอิสลามประจำจังหวัดและนักเรียนโรงเรียนเอกชนสอนศาสนาภาคใต้ ณ จังหวัดปัตตานี ทุกปี\n"):
        names = _names(extract_candidates(text))
        assert not any("เจ้าหน้าที่" in n or "นักเรียน" in n for n in names), names


def test_names_that_hold_people_after_and_stay_whole(extract_candidates):
    # a body named by its members (v1.tar: "สภาคณาจารย์และพนักงาน มศว"); words names hold (round 9 and final:
    # valid "สมาคมตัวแทนประกันชีวิตและที่ปรึกษาการเงิน", "สำนักพัฒนาสมรรถนะครูและบุคลากรอาชีวศึกษา")
    names = _names(extract_candidates("ข่าว\nสภาคณาจารย์และพนักงาน มศว เป็นเจ้าภาพจัดงาน\n"))
    assert "สภาคณาจารย์และพนักงาน" in names, names
    names = _names(extract_candidates(
        "ข่าว\nนายกสมาคมตัวแทนประกันชีวิตและที่ปรึกษาการเงิน รวมทั้งตัวแทนประกันชีวิตทุกคน\n"))
    assert "สมาคมตัวแทนประกันชีวิตและที่ปรึกษาการเงิน" in names, names
