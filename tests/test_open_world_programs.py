"""Program names outside the authority scheme: where a name ends, what is no name, and the mined data."""

import importlib.util
from pathlib import Path

import pytest

from phakhi.graph.extract import programs

ROOT = Path(__file__).resolve().parent.parent
NO_MINED = frozenset()


def _end(text: str, **kwargs) -> str | None:
    """The name the rules find at the start of `text` (a prefix, then the name), or None."""
    prefix = programs._prefix_pattern().match(text)
    stop = programs._NAME_RUN.match(text, prefix.end()).end()
    end = programs.name_end(text, 0, prefix.end(), stop, mined=kwargs.pop("mined", NO_MINED), **kwargs)
    return None if end is None else text[:end]


def _program_names(extract_text, text: str) -> set[str]:
    return {n for p in extract_text(text).of_kind("program") for n in p.names}


@pytest.mark.parametrize("text, name", [
    # a name runs on to the space across the linking words and verbs a name holds
    ("มาตรการภาษีเพื่อสนับสนุนการจัดอบรมภายในประเทศ 8.มาตรการ", "มาตรการภาษีเพื่อสนับสนุนการจัดอบรมภายในประเทศ"),
    ("โครงการพัฒนาและยกระดับผู้ประกอบการจัดการของเสียอันตรายภาคอุตสาหกรรม โดย",
     "โครงการพัฒนาและยกระดับผู้ประกอบการจัดการของเสียอันตรายภาคอุตสาหกรรม"),
    # a clause word cuts the run: the name ends before it, or before a relative clause that it ends
    ("โครงการพัฒนาทักษะแรงงานในจังหวัดได้เริ่มขึ้น แล้ว", "โครงการพัฒนาทักษะแรงงานในจังหวัด"),
    ("โครงการตรวจโรงงานที่มีความเสี่ยงสูงได้ดำเนินการ แล้ว", "โครงการตรวจโรงงาน"),
    # a name does not end on a function word
    ("โครงการปุ๋ยสั่งตัดอย่าง ต่อเนื่อง", "โครงการปุ๋ยสั่งตัด"),
    # an abbreviated name ends at its mark
    ("โครงการยกระดับศักยภาพหมู่บ้านฯเพิ่มเติมได้ที่แขวง", "โครงการยกระดับศักยภาพหมู่บ้านฯ"),
    # a Latin acronym after the run joins the name
    ("มาตรการส่งเสริม SMEs ของรัฐ", "มาตรการส่งเสริม SMEs"),
])
def test_programs_name_boundaries(text, name):
    assert _end(text) == name


@pytest.mark.parametrize("text", [
    "มาตรการเพิ่มเติม ได้สั่งการ",  # a modifier right after the prefix
    "นโยบายชัดเจนในเรื่องการพัฒนา ของ",
    "มาตรการดังกล่าวของสหรัฐฯ",  # a reference back
    "มาตรการสนับสนุนการลงทุน และ",  # only generic words
    "โครงการความร่วมมือ กับ",
    "หลักสูตรการเรียนการสอน ใน",
])
def test_programs_generic_phrases_are_no_names(text):
    assert _end(text) is None


def test_programs_mined_names_keep_their_boundaries():
    text = "โครงการบ้านเช่าสำหรับผู้มีรายได้น้อย ของ"
    assert _end(text) == "โครงการบ้านเช่า"  # the rules stop at "สำหรับ"
    assert _end(text, mined=frozenset({"โครงการบ้านเช่าสำหรับผู้มีรายได้น้อย"})) \
        == "โครงการบ้านเช่าสำหรับผู้มีรายได้น้อย"


def test_programs_mined_generic_words_name_nothing():
    text = "โครงการหลากหลายรูปแบบ ที่"
    assert _end(text) == "โครงการหลากหลายรูปแบบ"
    assert _end(text, generic=frozenset({"หลากหลาย", "รูปแบบ"})) is None


def test_programs_latin_names_after_a_prefix(extract_text):
    names = _program_names(extract_text, "ตามนโยบาย MIND ของกระทรวง และมาตรการ Covid Free Setting อาทิ ห้าง")
    assert "นโยบาย MIND" in names
    assert "มาตรการ Covid Free Setting" in names


def test_programs_quoted_authority_name_is_one_program(extract_text):
    text = "ตามนโยบาย “ปฏิรูปอุตสาหกรรม สู่เศรษฐกิจยุคใหม่ ทันสมัย สะอาด สะดวก โปร่งใส” ของรัฐมนตรี"
    found = extract_text(text).of_kind("program")
    assert len(found) == 1
    assert "ปฏิรูปอุตสาหกรรม สู่เศรษฐกิจยุคใหม่ ทันสมัย สะอาด สะดวก โปร่งใส" in found[0].names


def test_programs_2021_2025_authority_names(extract_text):
    names = _program_names(extract_text, "ผู้ประกอบการผ่านมาตรฐาน GMP และ HACCP ตามนโยบาย MIND 4 มิติ")
    assert {"มาตรฐาน GMP", "HACCP", "นโยบาย MIND 4 มิติ"} <= names


def _mine_module():
    spec = importlib.util.spec_from_file_location("mine_programs", ROOT / "scripts" / "mine_programs.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_programs_mining_keeps_recurring_names_and_generic_words(tmp_path):
    body = ("ครม.เห็นชอบโครงการบ้านเช่าสำหรับผู้มีรายได้น้อย พร้อมมาตรการเพิ่มเติม โครงการเพิ่มเติม "
            "และนโยบายเพิ่มเติม รวมทั้งโครงการชั่วคราวครั้งเดียวสำหรับทดลอง นี้")
    for i in range(3):
        (tmp_path / f"{i}.txt").write_text(body if i else body.replace("ครั้งเดียว", "ครั้งหนึ่ง"), encoding="utf-8")
    data = _mine_module().mine([str(tmp_path)])
    names = {name: n for name, n in data["names"]}
    assert names.get("โครงการบ้านเช่าสำหรับผู้มีรายได้น้อย") == 3
    assert not any("ทดลอง" in name for name in names)  # seen whole in 2 releases only
    assert "เพิ่มเติม" in data["generic"]


def test_programs_mined_data_is_small_and_well_formed():
    import json

    path = ROOT / "ontology" / "th" / "program_names.json"
    assert path.stat().st_size < 1_000_000
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["names"] and all(programs._prefix_pattern().match(name) and n >= 2 for name, n in data["names"])


@pytest.mark.parametrize("text, name", [
    ("โครงการขยายระบบส่งไฟฟ้า ระยะที่ 12 และ", "โครงการขยายระบบส่งไฟฟ้า ระยะที่ 12"),
    ("โครงการพัฒนาผลิตภัณฑ์เพื่อเพิ่มศักยภาพสู่ตลาดสากล ปี 2560 โดย", "โครงการพัฒนาผลิตภัณฑ์เพื่อเพิ่มศักยภาพสู่ตลาดสากล ปี 2560"),
    ("โครงการผลิต HUMAN MILK OLIGOSACCHARIDE (HMO) ซึ่ง", "โครงการผลิต HUMAN MILK OLIGOSACCHARIDE"),
])
def test_programs_phase_and_latin_words_join_the_name(text, name):
    assert _end(text) == name


def test_programs_measures_need_evidence_of_a_name(extract_text):
    listed = "ได้ออกมาตรการ ดังนี้ 1.มาตรการตรึงราคาขายปลีกก๊าซ NGV 2.มาตรการบรรเทาผลกระทบจากราคาน้ำมันดีเซล"
    names = _program_names(extract_text, "ข่าว\n" + listed)
    assert {"มาตรการตรึงราคาขายปลีกก๊าซ NGV", "มาตรการบรรเทาผลกระทบจากราคาน้ำมันดีเซล"} <= names
    prose = "ข่าว\nรัฐบาลผ่อนคลายมาตรการควบคุมการเดินทางข้ามจังหวัดอย่างค่อยเป็นค่อยไป"
    assert not _program_names(extract_text, prose)  # a description in running text, no name
    assert _program_names(extract_text, "มาตรการฟื้นฟูการท่องเที่ยวภาคใต้\nรัฐบาลเห็นชอบ")  # the headline


def test_programs_quoted_titles_are_no_programs(extract_text):
    assert not _program_names(extract_text, "ข่าว\nขับเคลื่อนตามนโยบาย “นายกฯ” ต่อไป")


def test_programs_pieces_of_longer_names_are_dropped(extract_text):
    names = _program_names(extract_text, "ข่าว\nเป็นศูนย์กลางเศรษฐกิจดิจิทัล (Digital Economy Hub) ของภูมิภาค")
    assert "Digital Economy" not in names
    names = _program_names(extract_text, "ข่าว\nเดินหน้าโครงการ “ธนารักษ์ประชารัฐ” ย้ำลดความเหลื่อมล้ำ")
    assert "ประชารัฐ" not in names and "ธนารักษ์ประชารัฐ" in names


def test_programs_workshops_and_partnerships_are_no_programs(extract_text):
    text = "ข่าว\nเปิดโครงการประชุมเชิงปฏิบัติการเครือข่ายด้านการบริหาร และความเป็นหุ้นส่วนยุทธศาสตร์ไทย-เวียดนาม"
    assert not _program_names(extract_text, text)


def test_programs_quoted_names_the_corpora_know_are_programs_without_a_prefix(extract_text, monkeypatch):
    monkeypatch.setattr(programs, "_mined_quoted", lambda: frozenset({"ตลาดนำการผลิต ยั่งยืน"}))
    names = _program_names(extract_text, "ข่าว\nขับเคลื่อนภายใต้แนวทาง “ตลาดนำการผลิต ยั่งยืน” และ “คำขวัญอื่น”")
    assert "ตลาดนำการผลิต ยั่งยืน" in names
    assert "คำขวัญอื่น" not in names


def test_programs_mining_keeps_quoted_names_but_not_persons(tmp_path):
    body = ("ข่าว\nเดินหน้าโครงการ “บ้านนี้มีรัก ปลูกผักกินเอง” ตามนโยบาย “สมชาย” ของนายสมชาย ใจดี "
            "รัฐมนตรีว่าการ")
    for i in range(3):
        (tmp_path / f"{i}.txt").write_text(body, encoding="utf-8")
    quoted = {name for name, _ in _mine_module().mine([str(tmp_path)])["quoted"]}
    assert "บ้านนี้มีรัก ปลูกผักกินเอง" in quoted
    assert "สมชาย" not in quoted


def test_programs_adverbs_end_a_name():
    assert _end("โครงการบ้านมั่นคงอย่างต่อเนื่องและเพื่อ ต่อ") == "โครงการบ้านมั่นคง"
    assert _end("โครงการพัฒนาอัตลักษณ์ชุมชนอย่างยั่งยืน 5.") == "โครงการพัฒนาอัตลักษณ์ชุมชนอย่างยั่งยืน"
