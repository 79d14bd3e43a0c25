"""A body's name cut short where the release writes the same words after every one of its mentions runs on through
them (graph/extract/org_repeated.py); a name cut on a dash runs on through the word after it (org_parties.dashed_pair)."""

from __future__ import annotations


def _names(result) -> set[str]:
    return {n for e in result.of_kind("organization") for n in e.names}


def test_a_committee_written_with_the_same_tail_at_every_mention_takes_it(extract_candidates):
    # round 22 judged "คณะกรรมการบริหารการป้องกันและแก้ไขปัญหาฝุ่นละอองขนาดเล็ก" boundary: every mention of it in the
    # release goes on "ไม่เกิน 2.5 ไมครอน (PM 2.5)", each sentence otherwise
    names = _names(extract_candidates(
        "การประชุมคณะกรรมการบริหารการป้องกันและแก้ไขปัญหาฝุ่นละอองขนาดเล็กไม่เกิน 2.5 ไมครอน (PM 2.5)\n"
        "ปลัดกระทรวงอุตสาหกรรม เป็นประธานการประชุมคณะกรรมการบริหารการป้องกันและแก้ไขปัญหาฝุ่นละอองขนาดเล็กไม่เกิน 2.5 "
        "ไมครอน (PM 2.5) เพื่อติดตามความคืบหน้าผลการดำเนินงาน\n"
        "ทั้งนี้ มติของคณะกรรมการบริหารการป้องกันและแก้ไขปัญหาฝุ่นละอองขนาดเล็กไม่เกิน 2.5 ไมครอน (PM 2.5) จะเสนอต่อไป\n"))
    assert "คณะกรรมการบริหารการป้องกันและแก้ไขปัญหาฝุ่นละอองขนาดเล็กไม่เกิน 2.5 ไมครอน" in names, names
    assert "คณะกรรมการบริหารการป้องกันและแก้ไขปัญหาฝุ่นละอองขนาดเล็ก" not in names, names


def test_no_run_when_a_mention_goes_on_otherwise_or_one_sentence_is_written_twice(extract_candidates):
    # one mention goes on otherwise: the words are the sentence's; the same sentence twice (headline and lead) says
    # nothing; a verb after every mention is the sentence's
    names = _names(extract_candidates(
        "ข่าว\nนายกฯ เป็นประธานการประชุมคณะกรรมการบริหารการป้องกันและแก้ไขปัญหาฝุ่นละอองขนาดเล็กไม่เกินค่ามาตรฐาน\n"
        "โดยคณะกรรมการบริหารการป้องกันและแก้ไขปัญหาฝุ่นละอองขนาดเล็กไม่ได้ระบุ\n"
        "ข่าว\nที่ประชุมมีมติมอบให้คณะอนุกรรมการกำกับและประเมินสถานศึกษาไม่เกิน 5 แห่ง\n"
        "ที่ประชุมมีมติมอบให้คณะอนุกรรมการกำกับและประเมินสถานศึกษาไม่เกิน 5 แห่ง\n"
        "โดยคณะกรรมการบริหารสำนักงานส่งเสริมกิจการโคนมได้มีมติ และคณะกรรมการบริหารสำนักงานส่งเสริมกิจการโคนมได้มีมติอีก\n"
        # dev 015: "ตามที่คณะกรรมการบริหารกองทุนกำหนด" twice, the clause's verb at each mention
        "นิติบุคคล หรือตามที่คณะกรรมการบริหารกองทุนกำหนด (3) เป็น SMEs และหรือเป็นไปตามที่คณะกรรมการบริหารกองทุนกำหนด อย่างไร\n"
        # round 16 judged "คณะกรรมการปฏิรูปที่ดินเพื่อเกษตรกรรม" valid: "ที่เกี่ยวข้อง" after each mention is a clause
        "เสนอคณะกรรมการปฏิรูปที่ดินเพื่อเกษตรกรรมที่เกี่ยวข้อง พิจารณา และแจ้งคณะกรรมการปฏิรูปที่ดินเพื่อเกษตรกรรมที่เกี่ยวข้อง ต่อไป\n"
        # after a space: "ณ …" goes on with the sentence as often as with the name
        "ทั้งนี้ คณะทำงานสกัดกั้นและปราบปรามยาเสพติด ณ ท่าอากาศยานสากล และคณะทำงานสกัดกั้นและปราบปรามยาเสพติด ณ ท่าเรือสากล\n"))
    assert not any("ไม่เกิน" in n or "ไม่ได้" in n or "ได้มีมติ" in n or n.endswith("กำหนด") or n.endswith("ที่เกี่ยวข้อง") or n.endswith(" ณ")
                   for n in names), names


def test_a_name_cut_on_a_dash_takes_the_word_after_it(extract_candidates):
    # round 22 judged "คณะทำงานไทย-" boundary ("คณะทำงานไทย- กวางตุ้ง"); the sample's "มูลนิธิเอ- ทเวนตี้วัน" likewise
    names = _names(extract_candidates(
        "ข่าว\nมีการประชุมคณะทำงานไทย- กวางตุ้ง เป็นกลไกสำคัญในการผลักดันความสัมพันธ์\n"
        "กรมกิจการสตรีและสถาบันครอบครัว ร่วมกับมูลนิธิเอ- ทเวนตี้วัน ได้ปรับปรุงหลักสูตร\n"))
    assert "คณะทำงานไทย- กวางตุ้ง" in names or "คณะทำงานไทย-กวางตุ้ง" in names, names
    assert any(n.startswith("มูลนิธิเอ-") and n.endswith("ทเวนตี้วัน") for n in names), names
    assert "คณะทำงานไทย-" not in names and "มูลนิธิเอ-" not in names, names
