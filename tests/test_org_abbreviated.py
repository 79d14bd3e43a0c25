"""A name cut short runs on to its own abbreviation in brackets when the abbreviation stands for the words between
(graph/extract/org_abbreviated.py)."""

from __future__ import annotations


def _names(result) -> set[str]:
    return {n for e in result.of_kind("organization") for n in e.names}


def test_a_committee_cut_at_a_function_word_runs_on_to_its_abbreviation(extract_candidates):
    # round 20 judged "คณะกรรมการบริหารสำนักงานความร่วมมือพัฒนาเศรษฐกิจ" boundary: the committee is คพพ., "…กับประเทศ
    # เพื่อนบ้าน": its last พ begins a word after the cut
    names = _names(extract_candidates(
        "ข่าว\nรวมระยะเวลาปลอดหนี้ 7 ปี ซึ่งคณะกรรมการบริหารสำนักงานความร่วมมือพัฒนาเศรษฐกิจกับประเทศเพื่อนบ้าน (คพพ.) "
        "ได้พิจารณาเรื่องดังกล่าว\n"))
    assert "คณะกรรมการบริหารสำนักงานความร่วมมือพัฒนาเศรษฐกิจกับประเทศเพื่อนบ้าน" in names, names
    assert "คณะกรรมการบริหารสำนักงานความร่วมมือพัฒนาเศรษฐกิจ" not in names, names


def test_a_committee_cut_at_a_space_runs_on_to_its_abbreviation(extract_candidates):
    # round 20 judged "คณะกรรมการบริหารราชการแผ่นดิน ตามกรอบการปฏิรูปประเทศ" boundary: ป.ย.ป. is ปฏิรูป, ยุทธศาสตร์,
    # (ความ)ปรองดอง, the last two after the spaces
    names = _names(extract_candidates(
        "ข่าว\nการประชุมคณะกรรมการบริหารราชการแผ่นดิน ตามกรอบการปฏิรูปประเทศ  ยุทธศาสตร์ชาติ และการสร้างความปรองดอง "
        "(ป.ย.ป.) ครั้งที่ 1\n"))
    assert any(n.startswith("คณะกรรมการบริหารราชการแผ่นดิน") and n.endswith("การสร้างความปรองดอง")
               for n in names), names


def test_the_last_letter_may_begin_a_word_before_a_closing_phrase(extract_candidates):
    # "คณะกรรมการแก้ไขปัญหา|ของขบวนการประชาชนเพื่อสังคมที่เป็นธรรม (ขปส.)": ส begins สังคม, two words before the bracket
    names = _names(extract_candidates(
        "ข่าว\nกรณีการตั้งคณะกรรมการแก้ไขปัญหาของขบวนการประชาชนเพื่อสังคมที่เป็นธรรม (ขปส.) หรือกลุ่มพีมูฟ\n"))
    assert "คณะกรรมการแก้ไขปัญหาของขบวนการประชาชนเพื่อสังคมที่เป็นธรรม" in names, names


def test_a_bracket_that_abbreviates_the_name_as_cut_or_something_else_adds_nothing(extract_candidates):
    # "(สพพ.)" is the office's own abbreviation: the name stands; "(ศปท.)" after a verb phrase: its letters begin no
    # word of it, the sentence goes on; "(นรส.)" abbreviates the course named after "ได้มอบ" (a verb marker), no body;
    # "(วสท.)" after a space spells the words after it from their first: a name of its own after สภาวิศวกร
    names = _names(extract_candidates(
        "ข่าว\nโดยสำนักงานความร่วมมือพัฒนาเศรษฐกิจกับประเทศเพื่อนบ้าน (สพพ.) ให้กู้\n"
        "ทั้งนี้สำนักงานพัฒนาธุรกิจได้รับรายงานจากศูนย์ (ศปท.) แล้ว\n"
        "โดยกรมราชทัณฑ์ ได้มอบเข็มเครื่องหมายวิทยฐานะ หลักสูตรนักบริหารงานราชทัณฑ์ ระดับสูง (นรส.) ให้แก่ผู้สำเร็จ\n"
        "ร่วมกับการรถไฟแห่งประเทศไทยกรุงเทพมหานคร สภาวิศวกร วิศวกรรมสถานแห่งประเทศไทย ในพระบรมราชูปถัมภ์ (วสท.) และ\n"))
    assert not any("รายงาน" in n or "มอบ" in n or "สภาวิศวกร " in n for n in names), names
    assert "สำนักงานความร่วมมือพัฒนาเศรษฐกิจกับประเทศเพื่อนบ้าน" in names, names
