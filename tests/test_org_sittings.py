"""A committee's name cut short inside the meeting it holds runs on to its sitting's number
(graph/extract/org_sittings.py)."""

from __future__ import annotations


def _names(result) -> set[str]:
    return {n for e in result.of_kind("organization") for n in e.names}


def test_a_committee_cut_at_a_relative_word_runs_on_to_its_sitting(extract_candidates):
    # round 22 judged "คณะกรรมการป้องกันและจัดการปัญหาและข้อร้องเรียน" boundary: "ที่เกี่ยวข้องกับธุรกรรมออนไลน์" is
    # the committee's, whose third sitting of 2565 it is
    names = _names(extract_candidates(
        "ข่าว\nรัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม เป็นประธานการประชุมคณะกรรมการป้องกันและจัดการปัญหา"
        "และข้อร้องเรียนที่เกี่ยวข้องกับธุรกรรมออนไลน์ ครั้งที่ 3/2565 โดยมีผู้แทนหน่วยงานเข้าร่วม\n"))
    assert "คณะกรรมการป้องกันและจัดการปัญหาและข้อร้องเรียนที่เกี่ยวข้องกับธุรกรรมออนไลน์" in names, names
    assert "คณะกรรมการป้องกันและจัดการปัญหาและข้อร้องเรียน" not in names, names


def test_a_sub_committee_cut_at_a_verb_runs_on_to_its_sitting(extract_candidates):
    # round 22 judged "คณะอนุกรรมการขับเคลื่อนการนำเสนอพื้นที่กลุ่มป่าแก่งกระจาน" boundary ("เป็นมรดกโลก" is its task);
    # the sample's "คณะทำงาน…ด้านพืช|ที่ผิดกฎหมาย ครั้งที่ 1/2562" and "…การนำยางพารา|มาใช้เพื่อ…" likewise
    names = _names(extract_candidates(
        "ข่าว\nประชุม คณะอนุกรรมการขับเคลื่อนการนำเสนอพื้นที่กลุ่มป่าแก่งกระจานเป็นมรดกโลก ครั้งที่ 1/2562\n"
        "ที่ประชุมคณะทำงานแก้ไขปัญหาการนำเข้าและส่งออกสินค้าด้านพืชที่ผิดกฎหมาย ครั้งที่ 1/2562 ได้พิจารณา\n"
        "การประชุมคณะกรรมการขับเคลื่อนการนำยางพารามาใช้เพื่อปรับปรุงเพิ่มความปลอดภัยทางถนน ครั้งที่ 2/2563 มีมติ\n"))
    assert "คณะอนุกรรมการขับเคลื่อนการนำเสนอพื้นที่กลุ่มป่าแก่งกระจานเป็นมรดกโลก" in names, names
    assert "คณะทำงานแก้ไขปัญหาการนำเข้าและส่งออกสินค้าด้านพืชที่ผิดกฎหมาย" in names, names
    assert "คณะกรรมการขับเคลื่อนการนำยางพารามาใช้เพื่อปรับปรุงเพิ่มความปลอดภัยทางถนน" in names, names


def test_the_run_carries_the_names_numbers_but_not_its_abbreviation(extract_candidates):
    # "…ฝุ่นละอองขนาดเล็ก|ไม่เกิน 2.5 ไมครอน (PM2.5) ภาคการเกษตร" is one committee's name: the number, its unit, the gloss
    names = _names(extract_candidates(
        "ข่าว\nเป็นประธานการประชุมคณะกรรมการป้องกันและแก้ไขปัญหาฝุ่นละอองขนาดเล็กไม่เกิน 2.5 ไมครอน (PM2.5) "
        "ครั้งที่ 1/2567 ณ ห้องประชุม\n"))
    assert any(n.startswith("คณะกรรมการป้องกันและแก้ไขปัญหาฝุ่นละอองขนาดเล็กไม่เกิน 2.5 ไมครอน") for n in names), names


def test_no_run_without_the_meeting_or_the_sitting_or_into_another_body(extract_candidates):
    # no meeting word before it: the sentence's "ที่…" stays out; no sitting number after: likewise; the run holds
    # the committee's parent, a mention of its own: the name stays as cut; a verb marker opens the run: the sentence's
    names = _names(extract_candidates(
        "ข่าว\nโดยคณะกรรมการป้องกันและจัดการปัญหาและข้อร้องเรียนที่เกี่ยวข้องกับธุรกรรมออนไลน์ ครั้งที่ 3/2565 ระบุ\n"
        "ประชุมคณะอนุกรรมการขับเคลื่อนการนำเสนอพื้นที่กลุ่มป่าแก่งกระจานเป็นมรดกโลก เมื่อวันที่ 3 มีนาคม\n"
        "ประชุมคณะกรรมการขับเคลื่อนการดำเนินงานด้านต่างประเทศของกระทรวงอุตสาหกรรม ครั้งที่ 1/2562\n"
        "ประชุมคณะกรรมการส่งเสริมการลงทุนได้มีมติ ครั้งที่ 2/2567\n"))
    assert not any(n.endswith("ธุรกรรมออนไลน์") or n.endswith("มรดกโลก") or n.endswith("ของกระทรวงอุตสาหกรรม")
                   or "มีมติ" in n for n in names), names
    assert "คณะกรรมการขับเคลื่อนการดำเนินงานด้านต่างประเทศ" in names, names
