"""Named standards, certifications and labels as programmes: a head and a proper part, glossed Thai names, the mined
marks written bare, and what is no standard."""

import json
from pathlib import Path

import pytest

from phakhi.graph.extract import standards
from conftest import load_script

ROOT = Path(__file__).resolve().parent.parent


def _programs(extract_text, text: str) -> list[list[str]]:
    return [sorted(p.names) for p in extract_text(text).of_kind("program")]


def _names(extract_text, text: str) -> set[str]:
    return {n for names in _programs(extract_text, text) for n in names}


@pytest.mark.parametrize("text, name", [
    ("ศูนย์ได้ช่วยผู้ประกอบการในการรองรับระบบ มาตรฐาน อย. และพัฒนาบรรจุภัณฑ์", "มาตรฐาน อย."),
    ("ผลิตภัณฑ์ต้องผ่านการรับรองมาตรฐาน ISO 14001 ก่อนส่งออก", "มาตรฐาน ISO 14001"),
    ("ร้านอาหารทุกแห่งได้รับมาตรฐาน SHA Plus แล้ว", "มาตรฐาน SHA Plus"),
    ("สินค้าที่ติดฉลาก FSC จะได้รับความสนใจ", "ฉลาก FSC"),
])
def test_standards_a_head_and_a_proper_part_name_a_standard(extract_text, text, name):
    assert name in _names(extract_text, text)


@pytest.mark.parametrize("text", [
    "ร่างกฎกระทรวงกำหนดมาตรฐาน พ.ศ. 2563 ซึ่งกระทรวงเสนอ",  # an era: the name of a regulation, no standard
    "ร่างกฎกระทรวงกำหนดมาตรฐาน พ.ศ. .... ตามที่เสนอ",
    "ค่าฝุ่นเกินมาตรฐาน PM 2.5 ในหลายพื้นที่",  # a pollutant, not a standard's name
    "สินค้าต้องได้มาตรฐานสากล และติดฉลากสินค้า ให้ชัดเจน",  # Thai words after a head: the ordinary phrase
    "ดำเนินการตามมาตรฐาน OECD ในการประเมิน",  # a body's label with no corpus evidence as a mark
    "ระบบการชำระเงินมาตรฐาน QR Code ของธนาคาร",  # mined generic: written bare far more than after a head
    "ผลิตภัณฑ์ตามมาตรฐานOctober 3, 2018 แล้ว",  # a Latin date after the head: no mark's name
])
def test_standards_generic_and_other_parts_name_no_standard(extract_text, text):
    assert not any(n.startswith(("มาตรฐาน", "ฉลาก")) or n in {"PM", "OECD", "QR Code", "October 3"}
                   for n in _names(extract_text, text))


def test_standards_a_body_named_with_the_head_is_no_standard(extract_text):
    names = _names(extract_text, "สำนักงานมาตรฐานผลิตภัณฑ์อุตสาหกรรม (สมอ.) ตรวจร้านค้า")
    assert not any(n.startswith("มาตรฐาน") for n in names)


def test_standards_a_glossed_thai_name_is_a_standard_and_its_abbreviation_is_learned(extract_text):
    text = "ผู้ประกอบการได้รับมาตรฐานสินค้าเกษตรปลอดภัย (มสป.) แล้ว 20 ราย และจะยื่นขอ มสป. เพิ่ม"
    assert ["มสป.", "มาตรฐานสินค้าเกษตรปลอดภัย"] in _programs(extract_text, text)
    assert not _names(extract_text, "เป็นไปตามมาตรฐานสากลใหม่ (ภาคตะวันออก) ทุกแห่ง")  # no abbreviation of it


def test_standards_a_latin_gloss_joins_a_thai_name_only_when_it_is_a_mark(extract_text):
    """"มาตรฐานการผลิตพืช (GAP)": a mark glosses the standard; "มาตรฐานสากล (ECO Sticker)" glosses the thing."""
    programs = _programs(extract_text, "เกษตรกรผ่านมาตรฐานการผลิตพืช (GAP) แล้ว 20 ราย")
    assert any({"มาตรฐานการผลิตพืช", "GAP"} <= set(names) for names in programs)
    assert "มาตรฐานสากล" not in _names(extract_text, "รถยนต์ได้มาตรฐานสากล (ECO Sticker) ทุกคัน")


def test_standards_a_number_that_counts_is_no_part_of_the_name(extract_text):
    names = _names(extract_text, "โรงแรมประเภท 2 ผ่านมาตรฐาน GHH 34แห่ง และมาตรฐาน ISO 9001 อีก 3 แห่ง")
    assert "มาตรฐาน GHH" in names and "มาตรฐาน ISO 9001" in names
    assert not any("34" in n for n in names)


def test_standards_all_forms_of_one_standard_are_one_program(extract_text):
    """A mark the corpora write bare as a standard ("GAP") is found bare, under the key of its headed form."""
    assert "GAP" in standards.mined()["bare"]
    programs = _programs(extract_text, "เกษตรกรได้รับมาตรฐาน GAP แล้ว และอีก 30 รายกำลังขอ GAP ในปีนี้")
    assert ["GAP", "มาตรฐาน GAP"] in programs


def test_mining_standards(tmp_path):
    """A part written after a head in several releases is a mark, bare when mostly written so and no body's label;
    a part written after a head in a small share of many releases is generic."""
    miner = load_script("mine_program_standards")
    for i in range(40):
        body = "ประชาชนสแกน QR Code จ่ายเงิน"
        if i < 1:
            body += " ตามมาตรฐาน QR Code ของธนาคาร"
        if i < 4:
            body += " เกษตรกรได้มาตรฐาน XYZ ส่วนผู้ผลิตได้ XYZ และได้มาตรฐาน อย. แล้ว"
        (tmp_path / f"{i}.txt").write_text(body, encoding="utf-8")
    data = miner.mine([str(tmp_path)], None)
    marks = {row[0] for row in data["marks"]}
    assert {"XYZ", "อย."} <= marks
    assert {row[0] for row in data["bare"]} == {"XYZ"}  # อย. is a body's label too: never bare
    assert [row[0] for row in data["generic"]] == ["QR Code"]


def test_mined_standards_are_small_and_well_formed():
    path = ROOT / "ontology" / "th" / "program_standards.json"
    assert path.stat().st_size < 1_000_000
    data = json.loads(path.read_text(encoding="utf-8"))
    assert all(after >= 3 and after <= written for _, after, written in data["marks"])
    assert {row[0] for row in data["bare"]} <= {row[0] for row in data["marks"]}
    assert all(written >= 20 and after * 20 < written for _, after, written in data["generic"])
