"""A committee's name cut short before the Latin words of its subject runs on through them
(graph/extract/org_latin_subjects.py). Real text forms of the audit rounds and the sample releases."""

from __future__ import annotations


def _names(result) -> set[str]:
    return {n for e in result.of_kind("organization") for n in e.names}


def test_a_subcommittee_runs_on_through_its_latin_subject(extract_candidates):
    # round 19 judged "คณะอนุกรรมการขับเคลื่อน" boundary: cut before "Big Data และ Gov Tech" (v1 thaigov2-11/
    # ด้านเศรษฐกิจ_93); the list's numbers are no part of a subject ("E-commerce| และ 4)")
    names = _names(extract_candidates(
        "ข่าว\nได้แก่ 1) คณะอนุกรรมการขับเคลื่อน Big Data และ Gov Tech 2) คณะอนุกรรมการขับเคลื่อนเกษตรอัจฉริยะ "
        "3) คณะอนุกรรมการขับเคลื่อน E-commerce และ 4) คณะอนุกรรมการขับเคลื่อนธุรกิจเกษตร (Agribusiness) รวมทั้ง\n"))
    assert "คณะอนุกรรมการขับเคลื่อน Big Data และ Gov Tech" in names, names
    assert "คณะอนุกรรมการขับเคลื่อน E-commerce" in names, names
    assert "คณะอนุกรรมการขับเคลื่อน" not in names, names
    # the same list numbered "2.", "4." (v2 2020/09/17 ด้านเศรษฐกิจ_74)
    names = _names(extract_candidates(
        "ข่าว\nประกอบด้วย 1. คณะอนุกรรมการขับเคลื่อน Big Data และ Gov Tech 2. คณะอนุกรรมการขับเคลื่อนเกษตรอัจฉริยะ "
        "3. คณะอนุกรรมการขับเคลื่อน E-Commerce และ 4. คณะอนุกรรมการขับเคลื่อนธุรกิจเกษตร\nสำหรับคณะอนุกรรมการ\n"))
    assert {"คณะอนุกรรมการขับเคลื่อน Big Data และ Gov Tech", "คณะอนุกรรมการขับเคลื่อน E-Commerce"} <= names, names
    assert not any(n.endswith((" 2.", " 4.", "และ")) for n in names), names


def test_working_groups_and_committees_keep_their_latin_subject(extract_candidates):
    # round 19 judged "คณะทำงานบริหารการดำเนินการตามมาตรการ" boundary (v1 thaigov2-10/ข่าวทันสถานการณ์โควิด-19_93);
    # v1 16/ด้านการศึกษาฯ_60 ("…ในรูปแบบ Public School ครั้งที่ 3/2561"); v2 2023/11/16 ด้านกฎหมายฯ_2 (a line's end);
    # v2 2022/11/23 ข่าวคณะโฆษก_2 ("…ขนาดเล็ก PM2.5 แบบบูรณาการ")
    cases = {
        "ข่าว\nกระทรวงคมนาคมได้สั่งการให้จัดตั้งคณะทำงานบริหารการดำเนินการตามมาตรการ Social Distancing ซึ่งจะได้มีการ"
        "ตรวจสอบ ประเมินผลและแก้ไขปัญหาอย่างยั่งยืนต่อไป\n": "คณะทำงานบริหารการดำเนินการตามมาตรการ Social Distancing",
        "ข่าว\nเปิดเผยภายหลังเป็นประธานการประชุมคณะกรรมการพัฒนานวัตกรรมการบริหารจัดการสถานศึกษาในรูปแบบ Public School "
        "ครั้งที่ 3/2561 เมื่อวันพุธที่ 11 เมษายน 2561\n":
            "คณะกรรมการพัฒนานวัตกรรมการบริหารจัดการสถานศึกษาในรูปแบบ Public School",
        "ข่าว\nกระทรวงยุติธรรม ร่วมเฝ้ารับเสด็จและประชุมคณะกรรมการอำนวยการโครงการ TO BE NUMBER ONE\nวันพฤหัสบดี\n":
            "คณะกรรมการอำนวยการโครงการ TO BE NUMBER ONE",
        "ข่าว\nจังหวัดเชียงใหม่ ได้มีการประชุมคณะกรรมการแก้ไขปัญหาไฟป่าและฝุ่นละอองขนาดเล็ก PM2.5 แบบบูรณาการ "
        "โดยกำหนดเป้าหมายลดจุดความร้อน\n": "คณะกรรมการแก้ไขปัญหาไฟป่าและฝุ่นละอองขนาดเล็ก PM2.5",
    }
    for text, name in cases.items():
        names = _names(extract_candidates(text))
        assert name in names, (name, names)


def test_a_whole_name_and_its_english_name_run_nothing_on(extract_candidates):
    # the Latin words after a name of its own are its abbreviation (v2 2021/03/25 ข่าวนายกรัฐมนตรี_2: the EEC policy
    # committee, named whole in 21 releases of the corpora) or its English name (v1 14/ด้านกฎหมายฯ_30: "Global
    # Commission on Drug Policy", a head word of english_bodies.json)
    names = _names(extract_candidates(
        "ข่าว\nนายกรัฐมนตรีกล่าวถึงการประชุมของคณะกรรมการนโยบายเขตพัฒนาพิเศษภาคตะวันออก EEC  เพื่อติดตามความก้าวหน้า\n"))
    assert "คณะกรรมการนโยบายเขตพัฒนาพิเศษภาคตะวันออก" in names, names
    assert not any("EEC" in n for n in names), names
    names = _names(extract_candidates(
        "ข่าว\nเป็นประธานในพิธีเปิดการเปิดตัวรายงานประจำปีของคณะกรรมาธิการสากลว่าด้วยนโยบายยาเสพติด Global Commission "
        "on Drug Policy  ฉบับที่ ๖\n"))
    assert not any("Global" in n for n in names), names
