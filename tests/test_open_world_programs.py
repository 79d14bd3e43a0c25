"""Program names outside the authority scheme: where a name ends, what is no name, and the mined data."""

import re
from pathlib import Path

import pytest

from phakhi.graph.extract import (program_aliases, program_continuations, program_ends, program_evidence, program_latin,
                                  program_quoted, program_words)
from phakhi.graph.text.normalize import normalize_label
from conftest import load_script, write_corpus_tar

ROOT = Path(__file__).resolve().parent.parent
NO_MINED = frozenset()


def _end(text: str, **kwargs) -> str | None:
    """The name the rules find at the start of `text` (a prefix, then the name), or None."""
    prefix = program_words.prefix_pattern().match(text)
    stop = program_words.NAME_RUN.match(text, prefix.end()).end()
    end = program_ends.name_end(text, 0, prefix.end(), stop, mined=kwargs.pop("mined", NO_MINED), **kwargs)
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
    # also where the tokenizer glues the mark to the next word
    ("กองทุนหมุนเวียนฯขอประนอมหนี้ จำนวน 15 ราย", "กองทุนหมุนเวียนฯ"),
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
])
def test_programs_generic_phrases_are_no_names(text):
    assert _end(text) is None


@pytest.fixture
def miner_sets_aside():
    """A miner sets the mined lists it rebuilds aside while it runs (program_run_on_mining.set_aside) and puts them
    back when done: after the test the extractor reads the shipped lists again (a miner that left them empty made
    later tests in one process read none)."""
    tables = ("mined_continuations", "mined_whole", "recurring_names", "named_counts")
    shipped = {table: getattr(program_continuations, table) for table in tables}
    yield
    assert {table: getattr(program_continuations, table) for table in tables} == shipped


@pytest.fixture
def rules_alone(monkeypatch):
    """No mined continuations nor whole rests: the rules alone end a name (the shipped program_continuations.json,
    mined from the whole record, runs "โครงการบ้านเช่า" on to "สำหรับผู้มีรายได้น้อย" itself)."""
    monkeypatch.setattr(program_continuations, "mined_continuations", lambda: {})
    monkeypatch.setattr(program_continuations, "mined_whole", lambda: {})
    monkeypatch.setattr(program_continuations, "recurring_names", lambda: frozenset())
    monkeypatch.setattr(program_continuations, "named_counts", lambda: {})


def test_programs_mined_names_keep_their_boundaries(rules_alone):
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


def test_programs_corpus_boundary_ends_a_run_that_goes_on(monkeypatch):
    """A name the corpora attest whole ends a run that goes on past it with a verb or a linking word; a run that
    goes on with a word joining two parts of one name ("และ") keeps its end; without the data the rules decide."""
    text = "กองทุนฝนหลวงมีเงินและทรัพย์สิน ณ"
    assert _end(text) == "กองทุนฝนหลวงมีเงินและทรัพย์สิน"
    monkeypatch.setattr(program_ends, "mined_boundaries", lambda: frozenset({"กองทุนฝนหลวง", "มาตรการภาษี"}))
    assert _end(text) == "กองทุนฝนหลวง"
    assert _end("กองทุนฝนหลวงในอัตรา 5 บาท") == "กองทุนฝนหลวง"
    assert _end("มาตรการภาษีและค่าธรรมเนียมพิเศษ ของ") == "มาตรการภาษีและค่าธรรมเนียมพิเศษ"
    assert _end("กองทุนฝนหลวงพระราชทาน ของ") == "กองทุนฝนหลวงพระราชทาน"  # a noun: the name goes on


def test_programs_spaced_name_runs_on_across_its_space(monkeypatch):
    monkeypatch.setattr(program_continuations, "_spaced", lambda: {"มาตรการพักทรัพย์": ("มาตรการพักทรัพย์ พักหนี้",)})
    assert _end("มาตรการพักทรัพย์ พักหนี้ ของ") == "มาตรการพักทรัพย์ พักหนี้"
    assert _end("มาตรการพักทรัพย์ พักหนี้สิน ของ") == "มาตรการพักทรัพย์"  # another word: not that name
    assert _end("มาตรการพักทรัพย์ ได้") == "มาตรการพักทรัพย์"
    assert _end("มาตรการพักทรัพย์  พักหนี้ ของ") == "มาตรการพักทรัพย์  พักหนี้"  # padded with two spaces
    assert _end("มาตรการพักทรัพย์      พักหนี้ ของ") == "มาตรการพักทรัพย์"  # a layout gap, not a name's space


def test_programs_spaced_name_runs_on_across_a_no_break_space(extract_text, monkeypatch):
    monkeypatch.setattr(program_continuations, "_spaced",
                        lambda: {"โครงการสินเชื่อบ้านมั่งมี": ("โครงการสินเชื่อบ้านมั่งมี ศรีสุข",)})
    names = _program_names(extract_text, "ข่าว\nธนาคารออมสินเปิดโครงการสินเชื่อบ้านมั่งมี\u00a0ศรีสุข อัตราดอกเบี้ยต่ำ")
    assert {normalize_label(name) for name in names} == {"โครงการสินเชื่อบ้านมั่งมี ศรีสุข"}  # the fact quotes the nbsp


def test_programs_mining_keeps_recurring_names_and_generic_words(tmp_path, rules_alone):
    body = ("ครม.เห็นชอบโครงการบ้านเช่าสำหรับผู้มีรายได้น้อย พร้อมมาตรการเพิ่มเติม โครงการเพิ่มเติม "
            "และนโยบายเพิ่มเติม รวมทั้งโครงการชั่วคราวครั้งเดียวสำหรับทดลอง นี้")
    for i in range(3):
        (tmp_path / f"{i}.txt").write_text(body if i else body.replace("ครั้งเดียว", "ครั้งหนึ่ง"), encoding="utf-8")
    data = load_script("mine_programs").mine([str(tmp_path)])
    names = {name: n for name, n in data["names"]}
    assert names.get("โครงการบ้านเช่าสำหรับผู้มีรายได้น้อย") == 3
    assert not any("ทดลอง" in name for name in names)  # seen whole in 2 releases only
    assert "เพิ่มเติม" in data["generic"]


def test_programs_mining_keeps_no_name_run_on_into_the_sentence(tmp_path, rules_alone):
    """A run a mined tail cuts ("…|ที่ผ่านมา") is no name the rules cut short; nor is a run ending on a word no known
    name ends on ("มาตรการควบคุมโรค|ทันที"): the extractor ends names before it; nor two names joined by และ, nor a run
    ending on a bare prefix."""
    body = ("ครม.เห็นชอบโครงการรับจำนำข้าวที่ผ่านมา และมาตรการควบคุมโรคทันที และโครงการบ้านเช่าสำหรับผู้มีรายได้น้อย "
            "ของกรม ทั้งโครงการคนละครึ่งและโครงการเราชนะ และมาตรการเยียวยาผู้ประกันตนผ่านโครงการ ต่อไป")
    for i in range(3):
        (tmp_path / f"{i}.txt").write_text(body, encoding="utf-8")
    names = {name for name, _ in load_script("mine_programs").mine([str(tmp_path)])["names"]}
    assert "โครงการรับจำนำข้าวที่ผ่านมา" not in names
    assert "มาตรการควบคุมโรคทันที" not in names
    assert not any(name.startswith(("โครงการคนละครึ่ง", "มาตรการเยียวยา")) for name in names)  # two names, a reference
    assert "โครงการบ้านเช่าสำหรับผู้มีรายได้น้อย" in names


def test_programs_mining_finds_boundaries_where_a_name_runs_on(tmp_path):
    whole = "กองทุนฝนหลวง ร่วมกับ"
    for i in range(3):
        (tmp_path / f"{i}.txt").write_text(f"ครม.เห็นชอบให้{whole} และกรม", encoding="utf-8")
    (tmp_path / "3.txt").write_text("ปัจจุบันกองทุนฝนหลวงมีเงินและทรัพย์สิน ณ วันที่", encoding="utf-8")
    (tmp_path / "4.txt").write_text("ปัจจุบันโครงการหลวงมีเงินและทรัพย์สิน ณ วันที่", encoding="utf-8")
    boundaries = load_script("mine_programs").mine([str(tmp_path)])["boundaries"]
    assert "กองทุนฝนหลวง" in boundaries  # whole in 3 of 4 releases, and run on with "มี" in one
    assert not any(name.startswith("โครงการหลวง") for name in boundaries)  # never whole


def test_programs_mining_finds_names_written_with_a_space(tmp_path):
    for i in range(3):
        (tmp_path / f"{i}.txt").write_text("ครม.เห็นชอบมาตรการพักทรัพย์ พักหนี้ และโครงการเดินเล่น วิ่ง ปั่น ของกรม",
                                           encoding="utf-8")
    spaced = load_script("mine_programs").mine([str(tmp_path)])["spaced"]
    assert "มาตรการพักทรัพย์ พักหนี้" in spaced
    assert not any(name.startswith("โครงการเดินเล่น") for name in spaced)  # always goes on with "ปั่น"


def test_programs_mined_data_is_small_and_well_formed():
    import json

    path = ROOT / "ontology" / "th" / "program_names.json"
    assert path.stat().st_size < 1_000_000
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["names"] and all(program_words.prefix_pattern().match(name) and n >= 2 for name, n in data["names"])


@pytest.mark.parametrize("text, name", [
    ("โครงการขยายระบบส่งไฟฟ้า ระยะที่ 12 และ", "โครงการขยายระบบส่งไฟฟ้า ระยะที่ 12"),
    ("โครงการพัฒนาผลิตภัณฑ์เพื่อเพิ่มศักยภาพสู่ตลาดสากล ปี 2560 โดย", "โครงการพัฒนาผลิตภัณฑ์เพื่อเพิ่มศักยภาพสู่ตลาดสากล ปี 2560"),
    ("โครงการผลิต HUMAN MILK OLIGOSACCHARIDE (HMO) ซึ่ง", "โครงการผลิต HUMAN MILK OLIGOSACCHARIDE"),
    # an acronym with its designating decimal glued on, and capitalised words across the English words joining them
    ("โครงการสนับสนุนเกษตรกรตัดอ้อยสดเพื่อลดฝุ่น PM2.5 ตามที่", "โครงการสนับสนุนเกษตรกรตัดอ้อยสดเพื่อลดฝุ่น PM2.5"),
    ("โครงการสำรวจ The Programme for the International Assessment of Adult Competencies: PIAAC",
     "โครงการสำรวจ The Programme for the International Assessment of Adult Competencies"),
    ("โครงการส่งเสริม Smart Farming for the ชุมชน", "โครงการส่งเสริม Smart Farming"),
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
    lead = "ข่าว\nนโยบายส่งเสริมการจัดการของเสียจากภาคอุตสาหกรรม ดันผู้ประกอบการเข้าสู่ระบบ"
    assert "นโยบายส่งเสริมการจัดการของเสียจากภาคอุตสาหกรรม" in _program_names(extract_text, lead)  # a line's topic
    assert not _program_names(extract_text, lead.replace("\n", "\nรัฐบาลเดินหน้า"))  # inside the sentence: described
    dated = "ข่าว\nครม. เห็นชอบมาตรการรักษาเสถียรภาพราคามันสำปะหลัง ปี 2566/67 วงเงิน"
    assert "มาตรการรักษาเสถียรภาพราคามันสำปะหลัง ปี 2566/67" in _program_names(extract_text, dated)  # its year


def test_programs_quoted_titles_are_no_programs(extract_text):
    assert not _program_names(extract_text, "ข่าว\nขับเคลื่อนตามนโยบาย “นายกฯ” ต่อไป")


def test_programs_a_quoted_office_holder_is_no_programme(extract_text):
    text = "ข่าว\nเร่งบูรณะพิพิธภัณฑ์ให้แล้วเสร็จตามแผนงาน “รมว.สุดาวรรณ” นำทีมผู้บริหารลงพื้นที่ตรวจเยี่ยม"
    assert not any("สุดาวรรณ" in name for name in _program_names(extract_text, text))
    assert program_evidence.titled_quoted("รมต.เอกนัฏ") and not program_evidence.titled_quoted("ผ้าไทยใส่ให้สนุก")


def test_programs_pieces_of_longer_names_are_dropped(extract_text):
    names = _program_names(extract_text, "ข่าว\nเป็นศูนย์กลางเศรษฐกิจดิจิทัล (Digital Economy Hub) ของภูมิภาค")
    assert "Digital Economy" not in names
    names = _program_names(extract_text, "ข่าว\nเดินหน้าโครงการ “ธนารักษ์ประชารัฐ” ย้ำลดความเหลื่อมล้ำ")
    assert "ประชารัฐ" not in names and "ธนารักษ์ประชารัฐ" in names


def test_programs_a_quoted_company_name_is_no_programme(extract_text):
    # thaigov corpus: "… จำกัด” และชื่อภาษาอังกฤษว่า “National Broadband Network Company Limited” โดยจะมี…"
    text = "ข่าว\nจัดตั้งบริษัท โครงข่ายบรอดแบนด์แห่งชาติ จำกัด ชื่อภาษาอังกฤษว่า “National Broadband Network Company Limited”"
    assert not any("Limited" in name for name in _program_names(extract_text, text))
    text = "ข่าว\nกระทรวงเดินหน้าขับเคลื่อน “Enhanced Trade Partnership” ร่วมกับสหราชอาณาจักร"
    assert "Enhanced Trade Partnership" in _program_names(extract_text, text)


def test_programs_workshops_and_partnerships_are_no_programs(extract_text):
    text = "ข่าว\nเปิดโครงการประชุมเชิงปฏิบัติการเครือข่ายด้านการบริหาร และความเป็นหุ้นส่วนยุทธศาสตร์ไทย-เวียดนาม"
    assert not _program_names(extract_text, text)


def test_programs_quoted_names_the_corpora_know_are_programs_without_a_prefix(extract_text, monkeypatch):
    monkeypatch.setattr(program_quoted, "mined_quoted", lambda: frozenset({"ตลาดนำการผลิต ยั่งยืน"}))
    names = _program_names(extract_text, "ข่าว\nขับเคลื่อนภายใต้แนวทาง “ตลาดนำการผลิต ยั่งยืน” และ “คำขวัญอื่น”")
    assert "ตลาดนำการผลิต ยั่งยืน" in names
    assert "คำขวัญอื่น" not in names


def test_programs_mining_keeps_quoted_names_but_not_persons(tmp_path):
    body = ("ข่าว\nเดินหน้าโครงการ “บ้านนี้มีรัก ปลูกผักกินเอง” ตามนโยบาย “สมชาย” ของนายสมชาย ใจดี "
            "รัฐมนตรีว่าการ")
    for i in range(3):
        (tmp_path / f"{i}.txt").write_text(body, encoding="utf-8")
    quoted = {name for name, _ in load_script("mine_programs").mine([str(tmp_path)])["quoted"]}
    assert "บ้านนี้มีรัก ปลูกผักกินเอง" in quoted
    assert "สมชาย" not in quoted


def test_programs_adverbs_end_a_name():
    assert _end("โครงการบ้านมั่นคงอย่างต่อเนื่องและเพื่อ ต่อ") == "โครงการบ้านมั่นคง"
    assert _end("โครงการพัฒนาอัตลักษณ์ชุมชนอย่างยั่งยืน 5.") == "โครงการพัฒนาอัตลักษณ์ชุมชนอย่างยั่งยืน"


# ---- round two: programs without a prefix word, names of one program, abbreviations, prose

def _programs(extract_text, text: str) -> list[list[str]]:
    return [sorted(p.names) for p in extract_text(text).of_kind("program")]


@pytest.mark.parametrize("text, name", [
    ("ข่าว\nภายใต้การเจรจาจัดทำความตกลงการค้าเสรี (FTA) ไทย-สหภาพยุโรป (EU) ได้แจ้ง",
     "ความตกลงการค้าเสรี (FTA) ไทย-สหภาพยุโรป (EU)"),
    ("ข่าว\nปูทางไปสู่ข้อตกลง FTA ไทย-สหราชอาณาจักรซึ่งเป็นวาระสำคัญ", "ข้อตกลง FTA ไทย-สหราชอาณาจักร"),
    ("ข่าว\nเร่งรัดการเจรจา FTA ไทย - EU ให้เสร็จ", "FTA ไทย - EU"),
    ("ข่าว\nความตกลงการค้าเสรีอาเซียน-ออสเตรเลีย-นิวซีแลนด์ มีผล", "ความตกลงการค้าเสรีอาเซียน-ออสเตรเลีย-นิวซีแลนด์"),
    ("News\nthe Thailand-EU FTA talks", "Thailand-EU FTA"),
    ("ข่าว\nสวีเดนสนับสนุนการเจรจา THAI – EU FTA ต่อไป", "THAI – EU FTA"),  # the first party in Latin capitals
    ("ข่าว\nพร้อมสนับสนุนการเจรจา FTA THAI-EU ให้บรรลุผล", "FTA THAI-EU"),
])
def test_programs_trade_agreements_named_by_their_parties(extract_text, text, name):
    assert name in _program_names(extract_text, text)


@pytest.mark.parametrize("text", [
    "ข่าว\nไทยได้ทำความตกลงการค้าเสรีกับหลายประเทศ",  # no parties: no one agreement
    "ข่าว\nประโยชน์จาก FTA ที่ไทยมีอยู่",
    "ข่าว\nลงนามความตกลงว่าด้วยการขนส่ง ไทย-ลาว",  # not a trade agreement head
    "ข่าว\nการเจรจา FTA\nอาเซียน – แคนาดา",  # a name stays on its line
])
def test_programs_agreement_words_without_parties_name_nothing(extract_text, text):
    assert not any("FTA" in n or "ความตกลง" in n for n in _program_names(extract_text, text))


@pytest.mark.parametrize("text, name", [
    # an agreement word and the agreement's acronym (forms of several releases of 2020-2022)
    ("ข่าว\nคณะกรรมาธิการวิสามัญพิจารณาศึกษาผลกระทบจากการเข้าร่วมความตกลง CPTPP ในประเด็นด้านพาณิชย์",
     "ความตกลง CPTPP"),
    ("ข่าว\nนายกฯ ร่วมยินดีเจรจาความตกลง RCEP ครั้งที่ 4 มุ่งยกระดับการค้า", "ความตกลง RCEP"),
    ("ข่าว\nครั้งที่ 9 ภายใต้ความตกลง JTEPA\nวันที่ 28 กุมภาพันธ์ 2563", "ความตกลง JTEPA"),
    ("ข่าว\nต่อเจตจำนงการขอเข้าร่วมสมาชิกความตกลง AANZFTA ของชิลี", "ความตกลง AANZFTA"),
    # the Thai name with the acronym in brackets after it
    ("ข่าว\nโดยเฉพาะการเร่งรัดการลงนามความตกลงหุ้นส่วนทางเศรษฐกิจระดับภูมิภาค (RCEP) ภายในปี 2563",
     "ความตกลงหุ้นส่วนทางเศรษฐกิจระดับภูมิภาค (RCEP)"),
    ("ข่าว\nภายใต้กรอบการค้าต่าง ๆ เช่น ความตกลงเขตการค้าเสรีอาเซียน (AFTA). ความตกลงเขตการค้าเสรีไทย-ออสเตรเลีย",
     "ความตกลงเขตการค้าเสรีอาเซียน (AFTA)"),
    ("ข่าว\nสนับสนุนการจัดทำกรอบความตกลงเศรษฐกิจดิจิทัลอาเซียน (DEFA) เพื่อเร่งรัด",
     "ความตกลงเศรษฐกิจดิจิทัลอาเซียน (DEFA)"),
])
def test_programs_trade_agreements_named_by_their_acronym(extract_text, text, name):
    assert name in _program_names(extract_text, text)


@pytest.mark.parametrize("text", [
    "ข่าว\nทั้งสองฝ่ายได้ลงนามข้อตกลงความร่วมมือ (MOU) ด้านการค้า",  # a memorandum
    "ข่าว\nตามพันธกรณีการเปิดตลาดของไทยตามความตกลง WTO โดยการนำเข้า",  # a body
    "ข่าว\nใช้สิทธิประโยชน์ตามความตกลงการค้าเสรี (FTA) ที่ไทยมีอยู่",  # the kind alone
    "ข่าว\nนายกฯ ติดตามความคืบหน้าการเจรจาความตกลงหุ้นส่วนเศรษฐกิจ CEPA เชื่อมั่น สรุปผลได้",
    "ข่าว\nการศึกษาความเป็นไปได้ในการจัดทำความตกลงหุ้นส่วนทางเศรษฐกิจ (CEPA) ระหว่างไทยและสหรัฐอาหรับเอมิเรตส์ ซึ่ง",
])
def test_programs_agreement_words_before_no_agreement_acronym_name_nothing(extract_text, text):
    assert not any("ตกลง" in n for n in _program_names(extract_text, text))


def test_programs_an_agreement_is_one_programme_however_spelt(extract_text):
    """Its Thai name and its acronym after a bare agreement word, and its parties written in Thai or Latin, in
    brackets or not ("ความตกลงการค้าเสรีไทย - สหภาพยุโรป (THAI-EU FTA)" in the body of a release headed "THAI-EU
    FTA"), name one programme."""
    assert _programs(extract_text, "ข่าว\nการใช้ประโยชน์จากความตกลงหุ้นส่วนทางเศรษฐกิจระดับภูมิภาค (RCEP) "
                                   "ซึ่งมีผลบังคับใช้ และความตกลง RCEP จะช่วย") == \
        [["ความตกลง RCEP", "ความตกลงหุ้นส่วนทางเศรษฐกิจระดับภูมิภาค (RCEP)"]]
    text = ("ข่าว\nนลินี พบทูตเยอรมนี เร่งเจรจา THAI-EU FTA เชิญชวนลงทุน\nทั้งสองฝ่ายยินดีที่การเจรจา"
            "ความตกลงการค้าเสรีไทย - สหภาพยุโรป (THAI-EU FTA) รอบแรกเริ่มต้นด้วยดี และ FTA ไทย–อียู")
    assert len(_programs(extract_text, text)) == 1


@pytest.mark.parametrize("text, name", [
    # the acronym after "หรือ" glosses the name as a bracket does (releases of 2017-2024)
    ("ข่าว\nรัฐบาลไทยจะพิจารณาเข้าร่วมเป็นสมาชิกความตกลงหุ้นส่วนทางเศรษฐกิจภาคพื้นแปซิฟิกหรือ CPTPP โดยประเทศแคนาดา",
     "ความตกลงหุ้นส่วนทางเศรษฐกิจภาคพื้นแปซิฟิกหรือ CPTPP"),
    ("ข่าว\nการเจรจาความตกลงหุ้นส่วนทางเศรษฐกิจระดับภูมิภาค หรือ RCEP มีความก้าวหน้า โดยประเทศสมาชิก",
     "ความตกลงหุ้นส่วนทางเศรษฐกิจระดับภูมิภาค หรือ RCEP"),
    # the name glossed is the nearest agreement word's
    ("ข่าว\nด้านการส่งออกจากความตกลงการค้าเสรีตามกรอบความตกลงหุ้นส่วนทางเศรษฐกิจระดับภูมิภาค หรือ RCEP ซึ่งจะช่วยลดต้นทุน",
     "ความตกลงหุ้นส่วนทางเศรษฐกิจระดับภูมิภาค หรือ RCEP"),
])
def test_programs_an_acronym_after_or_glosses_an_agreement(extract_text, text, name):
    assert name in _program_names(extract_text, text)


@pytest.mark.parametrize("text, names", [
    # the acronym the corpora gloss the parties' name with (program_agreement_acronyms.json) keys it by those parties
    ("ข่าว\nภายใต้ความตกลงการค้าเสรี (FTA) อาเซียน - ออสเตรเลีย - นิวซีแลนด์ (AANZFTA)\nให้บัญชี PSRs ฉบับปี 2022 "
     "ภายใต้ความตกลง AANZFTA เริ่มมีผลบังคับใช้",
     ["ความตกลง AANZFTA", "ความตกลงการค้าเสรี (FTA) อาเซียน - ออสเตรเลีย - นิวซีแลนด์"]),
    ("ข่าว\nนับตั้งแต่ได้จัดทำความตกลงหุ้นส่วนเศรษฐกิจไทย – ญี่ปุ่น หรือ JTEPA ซึ่งในปีนี้ ครั้งที่ 9 ภายใต้ความตกลง JTEPA",
     ["ความตกลง JTEPA", "ความตกลงหุ้นส่วนเศรษฐกิจไทย – ญี่ปุ่น"]),
    ("ข่าว\nการปรับปรุงความตกลงการค้าเสรีไทย-ออสเตรเลีย ให้เป็นปัจจุบัน ยกเว้นความตกลง TAFTA และความตกลง TNZCEP",
     ["ความตกลง TAFTA", "ความตกลงการค้าเสรีไทย-ออสเตรเลีย"]),
])
def test_programs_an_agreement_is_one_programme_by_its_acronym_or_its_parties(extract_text, text, names):
    programmes = [p for p in _programs(extract_text, text) if any("ตกลง" in n for n in p)]
    assert len([p for p in programmes if set(names) & set(p)]) == 1
    assert any(set(names) <= set(p) for p in programmes)


def test_programs_an_acronym_with_no_parties_keys_itself_and_a_party_acronym_keys_nothing():
    from phakhi.graph.extract.program_unprefixed import agreement_key, parties_key

    assert agreement_key("ความตกลง AANZFTA") == parties_key("ความตกลงการค้าเสรีอาเซียน-ออสเตรเลีย-นิวซีแลนด์")
    assert agreement_key("ความตกลง JTEPA") == parties_key("ความตกลงหุ้นส่วนเศรษฐกิจไทย – ญี่ปุ่น")
    assert agreement_key("ความตกลง RCEP") == "name:RCEP"  # a multilateral agreement: no parties' name
    efta = "ความตกลงการค้าเสรีระหว่างไทยกับสมาคมการค้าเสรียุโรป (EFTA)"
    assert agreement_key(efta) == "name:" + efta  # a party's own acronym


def test_programs_agreement_acronym_miner_pairs_glossed_parties_and_keeps_one_agreement():
    """scripts/mine_agreement_acronyms.py: the acronym in brackets or after "หรือ" right after a name by parties is
    paired with the parties' key; a row is kept when the pair recurs and holds most of the acronym's glosses."""
    miner = load_script("mine_agreement_acronyms")
    text = ("ภายใต้ความตกลงการค้าเสรี (FTA) อาเซียน - ออสเตรเลีย - นิวซีแลนด์ (AANZFTA) และความตกลงหุ้นส่วนเศรษฐกิจไทย – "
            "ญี่ปุ่น หรือ JTEPA และความตกลงการค้าเสรีอาเซียน-จีน (ACFTA) และความตกลงการค้าเสรีไทย-เปรู และ FTA ไทย-EU (EU)")
    assert miner.pairs(text) == {("AANZFTA", "FTA อาเซียน-ออสเตรเลีย-นิวซีแลนด์"), ("JTEPA", "EPA ไทย-ญี่ปุ่น"),
                                 ("ACFTA", "FTA อาเซียน-จีน")}
    assert miner.kept_row(["TAFTA", "FTA ไทย-ออสเตรเลีย", 19, 20])
    assert not miner.kept_row(["TAFTA", "FTA ไทย-ออสเตรีย", 1, 20])  # a slip, one release in twenty
    assert not miner.kept_row(["AHKFTA", "FTA อาเซียน-ฮ่องกง", 1, 1])  # once only
    assert not miner.kept_row(["EFTA", "FTA ไทย-เอฟตา", 5, 5])  # a party's own acronym
    assert not miner.kept_row(["FTA", "FTA ไทย-จีน", 5, 5])  # the kind alone


@pytest.mark.parametrize("text, name", [
    # a prefix, a space and a code of two numbers, with the title after it (forms of several releases, 2024-2025)
    ("ข่าว\nได้ร่วมกันคิดและขับเคลื่อนนโยบาย 5x5 ฝ่าวิกฤตประชากร มุ่งเน้นการเสริมพลังให้คนทุกรุ่น",
     "นโยบาย 5x5 ฝ่าวิกฤตประชากร"),
    ("ข่าว\n“วราวุธ” เผย พม. ชู นโยบาย 5×5 ฝ่าวิกฤตประชากร หนุน คนพิการเข้าถึงสิทธิ", "นโยบาย 5×5 ฝ่าวิกฤตประชากร"),
    ("ข่าว\nภายใต้นโยบาย 5x5 ฝ่าวิกฤตประชากรของ นายวราวุธ ศิลปอาชา", "นโยบาย 5x5 ฝ่าวิกฤตประชากร"),
    ("ข่าว\nได้ผลักดันและขับเคลื่อนนโยบาย 5 x 5 ฝ่าวิกฤตประชากร ซึ่งประกอบด้วย 5 ข้อเสนอ", "นโยบาย 5 x 5 ฝ่าวิกฤตประชากร"),
])
def test_programs_a_code_of_two_numbers_after_a_prefix_names_a_programme(extract_text, text, name):
    assert name in _program_names(extract_text, text)


def test_programs_a_coded_name_is_one_programme_however_its_code_is_written(extract_text):
    text = "ข่าว\nย้ำ นโยบาย 5X5 ฝ่าวิกฤตประชากร ช่วยแก้ปัญหา\nตามนโยบาย 5 × 5 ฝ่าวิกฤตประชากร และนโยบาย 5x5 ของกระทรวง"
    assert len(_programs(extract_text, text)) == 1


@pytest.mark.parametrize("text, name", [
    # the field's words and a letter code, the count of the policy's aims (forms of several releases, 2022-2024)
    ("ข่าว\nซึ่งเป็นหนึ่งในโครงการสำคัญตามนโยบายด้านการเกษตรและอาหาร 3S คือ Safety Security และ Sustainability",
     "นโยบายด้านการเกษตรและอาหาร 3S"),
    ("ข่าว\nโปรโมท Soft Power ไทย ผ่านนโยบายส่งเสริมวัฒนธรรม 5F ต่อยอดการจัดงานเทศกาล", "นโยบายส่งเสริมวัฒนธรรม 5F"),
    ("ข่าว\nนโยบายเทคโนโลยีเกษตร 4.0 และนโยบายเกษตร 3S (Safety Security Sustainability) เพื่อ", "นโยบายเกษตร 3S"),
    ("ข่าว\nที่เป็นมิตรกับสิ่งแวดล้อม มาตรการลดเผา 3R และเทคโนโลยีปลูกมันสำปะหลัง", "มาตรการลดเผา 3R"),
])
def test_programs_a_field_and_a_letter_code_name_a_programme(extract_text, text, name):
    assert name in _program_names(extract_text, text)


@pytest.mark.parametrize("text, code", [
    ("ข่าว\nจึงออกมาตรการให้หลีกเลี่ยง 3C คือ closed spaces", "3C"),  # the sentence goes on: a clause word
    ("ข่าว\nการจัดทำแผนที่ 3D Model และการดำเนินการ", "3D"),  # a format's code, and a Latin word after it
    ("ข่าว\nสอดคล้องกับนโยบายรัฐบาล 3R Reduce Reused Recycle ใช้น้อย", "3R"),  # the code begins a Latin name
])
def test_programs_a_letter_code_after_no_field_names_nothing(extract_text, text, code):
    assert not any(n.endswith(code) and len(n) > len(code) + 7 for n in _program_names(extract_text, text))


def test_programs_a_sum_after_a_prefix_is_no_code(extract_text):
    """"…แล้วไป 4 แผน 4 x5 =20 นะครับ" (a televised address): numbers multiplied, no programme's code."""
    assert not any("x5" in n for n in _program_names(extract_text, "ข่าว\nแล้วไป 4 แผน 4 x5 =20 นะครับ"))


def test_programs_scheme_name_across_a_stray_space(extract_text):
    text = "ข่าว\nสอดรับกับแผนพัฒนาเศรษฐกิจและสังคม แห่งชาติฉบับที่ 12 ยุทธศาสตร์ที่ 4"
    found = extract_text(text).of_kind("program")
    assert [p.key for p in found] == ["program:program-nesdp-12"]
    assert "แผนพัฒนาเศรษฐกิจและสังคม แห่งชาติฉบับที่ 12" in found[0].names


def test_programs_short_scheme_labels_are_not_matched_across_spaces(extract_text):
    # "อุตสาหกรรม 4.0" is too short to be matched blind to spaces: "อุตสาห กรรม4.0" stays unmatched
    assert not _program_names(extract_text, "ข่าว\nก้าวสู่อุตสาห กรรม4.0 ต่อไป")


def test_programs_chained_scheme_names_glossed_by_a_program_are_one_name(extract_text):
    text = ("ข่าว\nยกระดับเศรษฐกิจชีวภาพ – เศรษฐกิจหมุนเวียน - เศรษฐกิจสีเขียว หรือ Bio-Circular-Green Economy "
            "รวมถึงการฟื้นฟู")
    found = _programs(extract_text, text)
    assert len(found) == 1
    assert "เศรษฐกิจชีวภาพ – เศรษฐกิจหมุนเวียน - เศรษฐกิจสีเขียว" in found[0]
    # without a gloss the three stay three programs
    assert len(_programs(extract_text, "ข่าว\nส่งเสริมเศรษฐกิจชีวภาพ เศรษฐกิจหมุนเวียน ตลอดจนเศรษฐกิจสีเขียว ต่อไป")) >= 2


def test_programs_alternative_names_joined_by_or_are_one_program(extract_text):
    text = ("ข่าว\nมีมาตรการป้องกันควบคุมพื้นที่เฉพาะหรือบับเบิลแอนด์ซีล (Bubble & Seal) และโครงการนำร่องการป้องกัน"
            "ในโรงงานอุตสาหกรรมหรือแฟคทอรี่แซนด์บ็อกซ์ (Factory-Sandbox) ภายใน")
    found = _programs(extract_text, text)
    assert ["Bubble & Seal", "บับเบิลแอนด์ซีล", "มาตรการป้องกันควบคุมพื้นที่เฉพาะ"] in found
    sandbox = [names for names in found if "แฟคทอรี่แซนด์บ็อกซ์" in names]
    assert len(sandbox) == 1 and "โครงการนำร่องการป้องกันในโรงงานอุตสาหกรรม" in sandbox[0]


def test_programs_or_between_verbs_is_no_alternative_name(extract_text):
    # an acronym gloss ("(BEV)") glosses the last words only: the measure keeps its whole name
    text = "ข่าว\n2. พิจารณามาตรการส่งเสริมการผลิตหรือประกอบรถยนต์ไฟฟ้า (BEV) ร่วมกับ"
    assert "ประกอบรถยนต์ไฟฟ้า" not in _program_names(extract_text, text)


def test_programs_written_alike_are_one_program(extract_text):
    text = ("ข่าว\n1. มาตรการควบคุมพื้นที่เฉพาะหรือบับเบิลแอนด์ซีล (Bubble & Seal) ช่วย\n"
            "2. มาตรการป้องกันควบคุมพื้นที่เฉพาะหรือบับเบิลแอนด์ซีล (Bubble & Seal) ลด")
    found = _programs(extract_text, text)
    assert len(found) == 1 and {"มาตรการควบคุมพื้นที่เฉพาะ", "มาตรการป้องกันควบคุมพื้นที่เฉพาะ"} <= set(found[0])


def test_programs_lower_case_latin_scheme_labels_in_thai_prose_are_no_programs(extract_text):
    assert not _program_names(extract_text, "ข่าว\nเสมือนเป็น land bridge ทางด้านโทรคมนาคม")
    assert _program_names(extract_text, "ข่าว\nเสมือนเป็น Landbridge ทางด้านการขนส่ง")


@pytest.mark.parametrize("name, abbreviation, fits", [
    ("กองทุนฟื้นฟูและพัฒนาเกษตรกร", "กฟก.", True),
    ("โครงการพัฒนาระเบียงเศรษฐกิจพิเศษภาคตะวันออก", "EEC", True),
    ("โครงการระบบส่งเสริมการเกษตรแบบแปลงใหญ่", "นาแปลงใหญ่", True),  # a short name sharing its words
    ("โครงการคุณภาพของการเคหะแห่งชาติ", "กคช.", False),  # the body's abbreviation
    ("โครงการระบบรถไฟชานเมือง", "สายสีแดง", False),  # a line, no abbreviation
    ("โครงการพัฒนาระเบียงเศรษฐกิจพิเศษ", "ภาคตะวันออก", False),
    ("หลักสูตรการควบคุมอากาศยานไร้คนขับ", "Drone", False),  # an English word, no acronym
])
def test_programs_learned_abbreviation_must_fit(name, abbreviation, fits):
    assert program_aliases.abbreviation_fits(name, abbreviation) is fits


def test_programs_body_abbreviation_after_a_program_is_not_learned(extract_text):
    text = "ข่าว\nเป็นอีกหนึ่งโครงการคุณภาพของการเคหะแห่งชาติ (กคช.) ซึ่งเป็นหน่วยงาน"
    assert "กคช." not in _program_names(extract_text, text)


def test_programs_courses_are_no_programs(extract_text):
    # the guideline's programs are policies, projects, schemes, campaigns: a training course is none of them
    assert not _program_names(extract_text, "ข่าว\nจัดฝึกอบรมหลักสูตรการเรียนรู้ออนไลน์ ให้แก่ผู้ประกอบการ")


def test_programs_dash_pieces_join_the_name(extract_text):
    names = _program_names(extract_text, "ข่าว\nได้แก่ โครงการรถไฟความเร็วสูงไทย – จีน ระยะที่ 1 และโครงการรักษ์ทาง - รักถิ่น มอบความรู้")
    assert {"โครงการรถไฟความเร็วสูงไทย – จีน ระยะที่ 1", "โครงการรักษ์ทาง - รักถิ่น"} <= names
    # another program after the dash is no piece of this one
    names = _program_names(extract_text, "ข่าว\nโครงการบ้านมั่นคง - โครงการบ้านพอเพียง ต่อไป")
    assert "โครงการบ้านมั่นคง" in names


def _spaced_once(extract_text, text: str) -> set[str]:
    """The program names found, each run of spaces in them written as one (a name keeps the release's spacing)."""
    return {" ".join(name.split()) for name in _program_names(extract_text, text)}


def test_programs_a_route_runs_to_its_last_end(extract_text):
    """A route written "A – B - C" ends after C, however long C's name is (round19 judged "โครงการทางพิเศษพระราม 3
    – ดาวคะนอง" cut short before its third end), and across the two spaces the releases often write for one."""
    text = ("ข่าว\nสำหรับการลงทุน โครงการทางพิเศษพระราม 3 – ดาวคะนอง  - วงแหวนรอบนอกกรุงเทพมหานครด้านตะวันตก "
            "และโครงการทางด่วนขั้นที่ 3 สายเหนือตอนบน")
    assert "โครงการทางพิเศษพระราม 3 – ดาวคะนอง - วงแหวนรอบนอกกรุงเทพมหานครด้านตะวันตก" in _spaced_once(extract_text, text)


@pytest.mark.parametrize("text, name", [
    ("ข่าว\nส่งผลกระทบต่อ โครงการก่อสร้างรถไฟทางคู่  สายเด่นชัย - เชียงราย - เชียงของ บางช่วง",
     "โครงการก่อสร้างรถไฟทางคู่ สายเด่นชัย - เชียงราย - เชียงของ"),
    ("ข่าว\nการประชุมแผนงานการพัฒนาเขตเศรษฐกิจสามฝ่าย  อินโดนีเซีย – มาเลเซีย – ไทย (IMT-GT)",
     "แผนงานการพัฒนาเขตเศรษฐกิจสามฝ่าย อินโดนีเซีย – มาเลเซีย – ไทย"),
])
def test_programs_a_route_or_parties_after_two_spaces_are_the_names(extract_text, text, name):
    """Two spaces written where one is meant do not cut a route or a programme's parties off its name (judged cut
    short in final and round13)."""
    assert name in _spaced_once(extract_text, text)


@pytest.mark.parametrize("text, name", [
    ("ข่าว\nทั้งนี้ โครงการทางหลวงพิเศษระหว่างเมืองสายนครปฐม - ชะอำ 80,600 ล้านบาท",
     "โครงการทางหลวงพิเศษระหว่างเมืองสายนครปฐม - ชะอำ"),
    ("ข่าว\nทั้งนี้ โครงการทางหลวงพิเศษระหว่างเมืองหมายเลข 82 สายบางขุนเทียน - บ้านแพ้ว สำหรับการดำเนินการ",
     "โครงการทางหลวงพิเศษระหว่างเมืองหมายเลข 82 สายบางขุนเทียน - บ้านแพ้ว"),
])
def test_programs_a_route_glued_to_a_name_or_its_number_is_the_names(extract_text, text, name):
    """A route's segment glued to a name the corpora end on its own words ("…ระหว่างเมือง|สาย…"), or written after
    the way's number, tells which motorway it is: the name's, as after a space (judged cut short in mid)."""
    assert name in _spaced_once(extract_text, text)


def test_programs_a_long_first_dash_piece_is_prose(extract_text):
    """A long word run after a name's first dash is the sentence, not a route's end: only a route's further ends may
    be long place names."""
    names = _program_names(extract_text, "ข่าว\nตามโครงการรักษ์ทาง - เลื่อนการเดินทางช่วงเทศกาลสงกรานต์ไม่มีค่าธรรมเนียม ทั้งนี้")
    assert not any("เลื่อนการเดินทาง" in name for name in names)


@pytest.mark.parametrize("text, name", [
    ("ข่าว\n- อนุมัติงบกลาง 857 ล้านบาท โครงการผลิตบัณฑิตพันธุ์ใหม่\n- อนุมัติการโอนใบอนุญาต จัดตั้งโรงเรียน",
     "โครงการผลิตบัณฑิตพันธุ์ใหม่"),
    ("ข่าว\nกิจกรรมที่จัดขึ้นมีดังนี้\n-โครงการปลูกป่าชายเลน\n-ทำความสะอาดชายหาด\n-เก็บขยะ", "โครงการปลูกป่าชายเลน"),
])
def test_programs_a_dash_that_opens_a_line_is_a_bullet_no_piece(extract_text, text, name):
    """A dash at a line's start bullets the next item of a list: the item is no piece of the name before it, as a
    dash within the line joins a route or a paired slogan."""
    assert name in _program_names(extract_text, text)


def test_cut_words_end_a_name_and_open_none(monkeypatch):
    """A word that continues the sentence after a name (mined cut words) ends the name, and no name begins with
    one. The mined boundaries are set aside: the shipped ones hold "โครงการหลวง" whole, which would end the first
    name before the cut word is reached (this test read them empty only while a miner test left them so)."""
    monkeypatch.setattr(program_ends, "mined_boundaries", lambda: frozenset())
    monkeypatch.setattr(program_ends, "mined_cut_words", lambda: frozenset({"ได้รับ", "พิสูจน์", "ใกล้"}))
    assert _end("โครงการหลวงพัฒนาได้รับรางวัล แล้ว") == "โครงการหลวงพัฒนา"
    assert _end("โครงการจำนำข้าวพิสูจน์ว่า ") == "โครงการจำนำข้าว"
    assert _end("โครงการใกล้จะบรรลุเป้าหมาย ") is None
    monkeypatch.setattr(program_ends, "mined_cut_words", lambda: frozenset())
    assert _end("โครงการจำนำข้าวพิสูจน์ว่า ") != "โครงการจำนำข้าว"


def test_mined_cut_words_hold_no_word_a_name_keeps():
    words = program_words.mined_cut_words()
    assert not words & (frozenset(program_words.program_data()["inside"]) | frozenset(program_words.program_data()["links"]))


def test_a_stop_inside_a_word_or_before_a_number_cuts_no_name():
    """"…จุฬาภร|ณราชวิทยาลัย": the stop word ณ is a piece of a word; "…เดือน|ละ 999 บาท": the name holds a number."""
    assert _end("โครงการพัฒนาโรงเรียนจุฬาภรณราชวิทยาลัยให้เป็นโรงเรียน ") is None
    assert _end("โครงการห้องเช่าราคาถูกเดือนละ 999 บาท") is None
    assert _end("โครงการตรวจโรงงานละเอียด ") is not None  # no stop inside


def test_latin_name_takes_its_lower_case_words(extract_text):
    assert "โครงการ SME Start up" in _program_names(extract_text, "และยังทำโครงการ SME Start up เพื่อให้ผู้ประกอบการ")


@pytest.mark.parametrize("text, name", [
    # a possessive's mark joins a Latin name's words (thaigov-v2 2023/12/15 and 2023/12/18 releases; round 22 judged
    # "โครงการ SSI’s" cut before "Distribution Hub"), in curly or straight quotes (2024/03/17)
    ("ข่าว\nทางแยกสถานีนาผักขวง โครงการ SSI’s Distribution Hub (ด้านเหนือ) และโครงการ SSI’s Logistic Terminal (ด้านใต้)",
     "โครงการ SSI’s Distribution Hub"),
    ("ข่าว\nทางแยกสถานีนาผักขวง โครงการ SSI’s Distribution Hub (ด้านเหนือ) และโครงการ SSI’s Logistic Terminal (ด้านใต้)",
     "โครงการ SSI’s Logistic Terminal"),
    ("ข่าว\nการขับเคลื่อน 1 จังหวัด 1 โครงการ Fisherman’s Village Resort ดำเนินการขับเคลื่อนผ่านองค์กรชุมชน",
     "โครงการ Fisherman’s Village Resort"),  # thaigov-v2 2023/04/28
    ("ข่าว\nไอร์แลนด์มีนโยบาย Ireland’s Global Footprint 2025 ซึ่งมีวัตถุประสงค์", "นโยบาย Ireland’s Global Footprint 2025"),
    ("ข่าว\nได้รับการจัดอันดับในโครงการ World's Best Hospitals 2024\nนพ.โอภาส", "โครงการ World's Best Hospitals 2024"),
    # capitalised words after a code led by its number are the code's name (thaigov-v2 2020/09/17, 2022/11/05,
    # 2023/09/18, 2024/10/17 releases)
    ("ข่าว\nขับเคลื่อนนโยบาย 2P Safety\nกระทรวงสาธารณสุข สร้างเครือข่าย", "นโยบาย 2P Safety"),
    ("ข่าว\nโรงพยาบาลศิริราชจัดทำโครงการ 5G Smart Hospital ของประเทศไทย และเป็น", "โครงการ 5G Smart Hospital"),
    ("ข่าว\nโรงพยาบาลที่เข้าร่วมโครงการ 3P Safety Hospital ปี 2566 จำนวน 107 แห่ง", "โครงการ 3P Safety Hospital"),
    ("ข่าว\nเกษตรกรนำนโยบาย 3R Model ตามนโยบายรัฐบาลเพื่อเป็นแนวทาง", "นโยบาย 3R Model"),
])
def test_a_latin_name_runs_on_past_a_possessive_and_a_code(extract_text, text, name):
    assert name in _program_names(extract_text, text)


@pytest.mark.parametrize("text, name", [
    ("ข่าว\nสอดคล้องกับยุทธศาสตร์ 5G ของประเทศ", "ยุทธศาสตร์ 5G"),  # a code alone: no capitalised word after it
    ("ข่าว\nตามนโยบาย MIND ให้ครบทั้ง 4 มิติ", "นโยบาย MIND"),
])
def test_a_latin_name_or_code_without_capitalised_words_after_it_ends_there(extract_text, text, name):
    assert name in _program_names(extract_text, text)


@pytest.mark.parametrize("text, name", [
    ("กองทุนผู้สูงอายุเพิ่มเติม 2 แหล่ง", "กองทุนผู้สูงอายุ"),
    ("ยุทธศาสตร์ความมั่นคงและอื่นๆ สำหรับ", "ยุทธศาสตร์ความมั่นคง"),
])
def test_a_name_does_not_end_on_more_or_other(text, name):
    assert _end(text) == name


def test_numbered_items_of_a_plan_are_named_after_their_number(extract_candidates):
    extract_text = extract_candidates  # where the name ends; whether a plan's item is a programme is the model's call
    names = _program_names(extract_text, "แผนพัฒนาฯ ยุทธศาสตร์ที่ 4 การเติบโตที่เป็นมิตรกับสิ่งแวดล้อมเพื่อการพัฒนาอย่างยั่งยืน และ")
    assert "ยุทธศาสตร์ที่ 4 การเติบโตที่เป็นมิตรกับสิ่งแวดล้อมเพื่อการพัฒนาอย่างยั่งยืน" in names
    assert not _program_names(extract_text, "ส่วนยุทธศาสตร์ที่ 2 ได้ดำเนินการแล้ว")  # a clause, no name


def test_latin_name_runs_on_across_a_phase_word_and_a_modifier_in_thai_letters(extract_text):
    names = _program_names(extract_text, "การดำเนินโครงการ PGS ระยะพิเศษ Soft Loan พลัสนั้น มีวัตถุประสงค์")
    assert names == {"โครงการ PGS ระยะพิเศษ Soft Loan พลัส"}
    assert "นโยบาย MIND" in _program_names(extract_text, "ตามนโยบาย MIND ของกระทรวง")  # no tail: stops there


@pytest.mark.parametrize("text", [
    "ตามพ.ร.บ. กองทุนบำเหน็จบำนาญข้าราชการ ที่แก้ไข",
    "ร่างพระราชกำหนดมาตรการป้องกันและปราบปรามอาชญากรรมทางเทคโนโลยี ซึ่ง",
    "พระราชบัญญัติกองทุนสนับสนุนการสร้างเสริมสุขภาพ กำหนดให้",
])
def test_a_prefix_after_the_head_of_a_law_names_the_law(extract_text, text):
    assert not _program_names(extract_text, text)
    assert _program_names(extract_text, text.replace("พ.ร.บ. ", "").replace("ร่างพระราชกำหนด", "")
                          .replace("พระราชบัญญัติ", ""))  # without its head the same words name a program


def test_a_name_the_corpora_quote_is_taken_whole_when_written_unquoted_after_a_prefix(extract_text, monkeypatch):
    monkeypatch.setattr(program_quoted, "mined_quoted", lambda: frozenset({"บ้านนี้มีรัก ปลูกผักกินเอง", "ทางนี้มีผล ผู้คนรักกัน"}))
    program_quoted.quoted_index.cache_clear()
    try:
        names = _program_names(extract_text, "โดยนำโครงการบ้านนี้มีรัก ปลูกผักกินเอง และโครงการทางนี้มีผลผู้คนรักกัน มาใช้")
        assert names == {"โครงการบ้านนี้มีรัก ปลูกผักกินเอง", "โครงการทางนี้มีผลผู้คนรักกัน"}
        assert program_quoted.quoted_name_end("ทางนี้มีผลผู้คนรักกันดาร", 0) is None  # its last word runs on: another name
    finally:
        program_quoted.quoted_index.cache_clear()


@pytest.mark.parametrize("text, name", [
    ("ตามยุทธศาสตร์การพัฒนาอุตสาหกรรมอวกาศของประเทศที่สำคัญ ได้แก่", "ยุทธศาสตร์การพัฒนาอุตสาหกรรมอวกาศของประเทศ"),
    ("เปิดโครงการนำร่องในการบริหารจัดการขยะที่เกิดขึ้น ในชุมชน", "โครงการนำร่องในการบริหารจัดการขยะ"),
    ("มีผู้ร่วมโครงการมากที่สุด ในปีนี้", None),
])
def test_a_judging_relative_clause_or_a_superlative_ends_a_name(extract_text, text, name):
    assert _program_names(extract_text, text) == ({name} if name else set())


@pytest.mark.parametrize("text, name", [
    # an ordinal the name ends on takes its number
    ("โครงการท่อส่งก๊าซธรรมชาติเส้นที่ 4 ของ", "โครงการท่อส่งก๊าซธรรมชาติเส้นที่ 4"),
    # a phase over a range of years
    ("โครงการประกันรายได้เกษตรกรชาวสวนปาล์มน้ำมัน ปี 2562 – 2563 โดย",
     "โครงการประกันรายได้เกษตรกรชาวสวนปาล์มน้ำมัน ปี 2562 – 2563"),
])
def test_programs_ordinals_and_ranges_join_the_name(text, name):
    assert _end(text) == name


def test_programs_mined_tails_end_a_run_and_terms_take_their_number(monkeypatch):
    tails = (frozenset({"อีกด้วย", "ครึ่ง"}), {"โควิด": frozenset({"19"})})
    monkeypatch.setattr(program_ends, "mined_tails", lambda: tails)  # read where a run ends ...
    monkeypatch.setattr(program_aliases, "mined_tails", lambda: tails)  # ... and where a gloss is a term's
    assert _end("โครงการแก้มลิงอีกด้วย ของ") == "โครงการแก้มลิง"  # the sentence runs on at the tail
    assert _end("โครงการคนละครึ่งอีกด้วย ของ") == "โครงการคนละ"  # a tail word inside the run ends it too
    assert _end("โครงการอีกด้วย ของ") is None
    assert _end("โครงการจัดหาที่พักแก่ผู้ปฏิบัติงานแนวหน้าโควิด 19 ของ") == "โครงการจัดหาที่พักแก่ผู้ปฏิบัติงานแนวหน้าโควิด 19"
    assert _end("โครงการจัดหาที่พักแก่ผู้ปฏิบัติงานแนวหน้าโควิด 20 ของ") == "โครงการจัดหาที่พักแก่ผู้ปฏิบัติงานแนวหน้าโควิด"  # not its number
    assert not program_aliases.abbreviation_fits("มาตรการควบคุมโรคโควิด 19", "COVID-19")  # the gloss is the term's


def test_programs_mining_finds_tails_after_many_names_and_numbered_terms(tmp_path, monkeypatch):
    module = load_script("mine_program_tails")
    monkeypatch.setattr(module, "MIN_TAIL_NAMES", 2)
    monkeypatch.setattr(module, "MIN_NUMBERED_RELEASES", 2)
    names = ["โครงการป่าในเมือง", "กองทุนฝนหลวง", "โครงการแก้มลิง"]
    for i in range(3):  # each name stands whole in 3 releases
        (tmp_path / f"w{i}.txt").write_text(" ".join(f"ให้{name} และ" for name in names), encoding="utf-8")
    (tmp_path / "r.txt").write_text("ตาม".join(f"{name}อีกด้วย " for name in names), encoding="utf-8")
    for i in range(2):
        (tmp_path / f"n{i}.txt").write_text("มาตรการป้องกันโรคโควิด 19 (COVID-19) ของ", encoding="utf-8")
    data = module.mine([str(tmp_path)])
    assert "อีกด้วย" in data["tails"]
    assert ["โควิด", "19"] in data["numbered"]


@pytest.mark.parametrize("text, found", [
    ("ยังย้ำว่าวันนี้คือการทำงานแนวใหม่ “New Normal” ด้วยความร่วมมือ", "New Normal"),
    ("และยังมีแผนการตั้ง \"Enhanced Trade Partnership\" เพื่อเพิ่มการค้า", "Enhanced Trade Partnership"),
    ("เชิญร่วมงาน “SME GP Day” ได้แก่", None),  # a word before the quote says it is an event
    ("ผู้ใช้เปิดแอป “MyMo Secure Plus” ป้องกัน", None),  # ... an app
    ("ในงาน “OIE FORUM 2018 GEAR UP” ของ", None),  # an event cue and a year
    ("ภายใต้แนวคิด “Future of life : Living in Harmony, Sharing Prosperity” ที่", None),  # a theme
    ("ระบบ “ERP” ของ", None),  # one word
])
def test_programs_quoted_latin_names(extract_text, text, found):
    names = _program_names(extract_text, text)
    assert (found in names) if found else not any(name.isascii() for name in names)


@pytest.mark.parametrize("text, found", [
    # thaigov corpus: "ข้าราชการต้องเป็น “Smart Officer”", "คัดเลือกบุคลากรเพื่อเป็น “Master Trainers”": a role
    ("วันนี้ข้าราชการต้องเป็น “Smart Officer” ประชาชนก็เป็น “Smart People” ด้วย", None),
    ("เตรียมคัดเลือกบุคลากรเพื่อเป็น “Master Trainers” เข้ารับการฝึกอบรม", None),
    ("สำแดงชนิดสินค้าเป็น “Pack of Paper for Prayer” ตรวจสอบพบ", None),  # a class of goods
    ("ตอบโจทย์นโยบายสำคัญของรัฐบาล ไม่ว่าจะเป็น “Local to Global” ส่งเสริม", "Local to Global"),  # a list cue
])
def test_programs_quoted_latin_after_the_copula_is_what_something_is(extract_text, text, found):
    names = _program_names(extract_text, text)
    assert (found in names) if found else not any(name.isascii() for name in names)


@pytest.mark.parametrize("text, found", [
    # thaigov corpus (judged junk: rounds 19, 20, 22): a word before the quote says what the quoted name is
    ("ได้มีการจัดทำ Facebook Page “Startup Club Thailand” (https://www.facebook.com/startupclubt", None),  # a page
    ("ศิลปะนานาชาติเวนิส เบียนนาเล่ ครั้งที่ 16 ภายใต้ชื่อนิทรรศการ “Blissfully Yours” ถือเป็นความร่วมมือ", None),
    ("รัฐมนตรีว่าการกระทรวงวัฒนธรรม ได้ปาฐกถาพิเศษ “Museum Talk” เนื่องในวันพิพิธภัณฑ์สากล", None),  # a lecture
    ("ผ่านแอปพลิเคชัน “Streaming by Settrade” เลือก “My Menu” และเลือก", None),  # a menu item
    ("และเศรษฐกิจสหรัฐฯ ที่ชะลอตัวลงแบบ “Soft Landing” สำหรับหุ้นญี่ปุ่น", None),  # a manner
    ("เป็นท่าที่มีความสำคัญในเชิงยุทธศาสตร์ในฐานะ “Land Link” เชื่อมโยงระบบคมนาคม", None),  # a role
    ("กรมควบคุมโรค ประเทศไทย เนื่องในวันป้องกันการจมน้ำโลก \"World Drowning Prevention\" ทุกวันที่ 25 กรกฎาคม",
     None),  # the English name of the day given as the occasion: an observance
    # not a day: วันนี้ opens a clause that runs on to the quote, no occasion word
    ("ยังย้ำว่าวันนี้คือการทำงานแนวใหม่ “New Normal” ด้วยความร่วมมือ", "New Normal"),
    ("กระทรวงเกษตรและสหกรณ์ เปิดตัว 2 โครงการใหญ่ “DOA Green Together” เพื่อ", "DOA Green Together"),
])
def test_programs_quoted_latin_told_by_the_word_before_it(extract_text, text, found):
    names = _program_names(extract_text, text)
    assert (found in names) if found else not any(name.isascii() for name in names)


def test_programs_quoted_latin_phrase_only_where_the_release_names_it(extract_text):
    # thaigov corpus: "4. การใช้ประโยชน์จาก “Soft Power” ของไทย" (round15, judged junk), "ขับเคลื่อน “Soft Power” ของไทย":
    # the corpora write "Soft Power" in 1,366 releases, after a programme's prefix in 98 (program_latin.json): the
    # country's soft power, a phrase; quoted, it is still the phrase unless the release names the policy
    assert "Soft Power" in program_latin._phrases()
    assert not _program_names(extract_text, "4. การใช้ประโยชน์จาก “Soft Power” ของไทย โดยการใช้ประโยชน์จากเทศกาล")
    assert not _program_names(extract_text, "รัฐบาลพร้อมขับเคลื่อน “Soft Power” ของไทยสู่ตลาดโลก")
    found = _program_names(extract_text, "รัฐบาลเดินหน้านโยบาย Soft Power และผลักดัน “Soft Power” ของไทย")
    assert "นโยบาย Soft Power" in found  # the release names the policy: its quoted name is kept as before
    assert "Enhanced Trade Partnership" in _program_names(
        extract_text, "และยังมีแผนการตั้ง “Enhanced Trade Partnership” เพื่อเพิ่มการค้า")  # no phrase: kept


def test_programs_mined_latin_names_written_bare(extract_text, monkeypatch):
    import re

    monkeypatch.setattr(program_latin, "_latin_names",
                        lambda: re.compile(r"(?<![A-Za-z0-9&+.\-])(?:Soft Power|Soft Loan|Social Distancing)"
                                           r"(?![A-Za-z0-9&+\-])"))
    found = extract_text("รัฐบาลผลักดันนโยบาย Soft Power และต่อยอด Soft Power ไทย").of_kind("program")
    assert len(found) == 1 and {"นโยบาย Soft Power", "Soft Power"} <= set(found[0].names)  # one program
    assert not _program_names(extract_text, "ผู้ได้รับสินเชื่อตาม พ.ร.ก. Soft Loan ที่")  # the law's name
    assert not _program_names(extract_text, "ตามแนวทาง Soft Power Index ของ")  # a piece of a longer Latin name
    glossed = extract_text("ภายใต้ มาตรการเว้นระยะห่าง (Social Distancing) รวมถึง").of_kind("program")
    assert len({p.key for p in glossed}) <= 1  # the gloss names the measure before it


def test_programs_mined_latin_phrases_bare_only_where_the_release_names_them(extract_text, monkeypatch):
    import re

    # thaigov corpus: "สินเชื่อดอกเบี้ยต่ำ (Soft Loan) สนับสนุนเงินทุน…", "ยื่นกู้สินเชื่อ Soft Loan ‘Re-Open’":
    # a kind of loan
    monkeypatch.setattr(program_latin, "_latin_names",
                        lambda: re.compile(r"(?<![A-Za-z0-9&+.\-])(?:Soft Loan|Zero Covid)(?![A-Za-z0-9&+\-])"))
    monkeypatch.setattr(program_latin, "_phrases", lambda: frozenset({"Soft Loan"}))
    assert not _program_names(extract_text, "ธนาคารมีสินเชื่อดอกเบี้ยต่ำ (Soft Loan) ให้แก่ผู้ประกอบการ")
    assert not _program_names(extract_text, "ชวนผู้ประกอบการยื่นกู้สินเชื่อ Soft Loan ดอกเบี้ย 2% ต่อปี")
    found = extract_text("ธนาคารเปิดโครงการ Soft Loan สำหรับเอสเอ็มอี ผู้สนใจยื่นกู้ Soft Loan ได้ที่สาขา")
    found = found.of_kind("program")
    assert len(found) == 1 and {"โครงการ Soft Loan", "Soft Loan"} <= set(found[0].names)  # the release names it
    assert "Zero Covid" in _program_names(extract_text, "จีนยังคงใช้ Zero Covid อย่างเคร่งครัด")  # a name, bare too


def test_programs_mining_latin_names_after_a_prefix(tmp_path, monkeypatch):
    module = load_script("mine_program_latin")
    monkeypatch.setattr(module, "MIN_RELEASES", 3)
    for i in range(3):
        (tmp_path / f"{i}.txt").write_text("รัฐบาลเดินหน้านโยบาย Soft Power และโครงการ EEC กับมาตรการ Bubble and "
                                           "และนโยบาย Big Data ในงาน", encoding="utf-8")
    for i in range(80):  # "Big Data" is written everywhere, after a prefix only in those 3
        (tmp_path / f"t{i}.txt").write_text("ระบบ Big Data ของเรา", encoding="utf-8")
    names = {name for name, *_ in module.mine([str(tmp_path)])["names"]}
    assert "Soft Power" in names
    assert not names & {"EEC", "Bubble and", "Big Data"}  # an acronym, a cut name, a phrase written everywhere


def test_programs_scheme_name_inside_a_longer_name_is_a_piece_of_it(extract_text):
    names = _program_names(extract_text, "ก.อุตฯ มอบถังดักไขมัน โครงการจิตอาสาพัฒนาเศรษฐกิจหมุนเวียน ใน 7 จังหวัด")
    assert "โครงการจิตอาสาพัฒนาเศรษฐกิจหมุนเวียน" in names
    assert "เศรษฐกิจหมุนเวียน" not in names  # a piece of the project's name here
    names = _program_names(extract_text, "ตามนโยบายเศรษฐกิจหมุนเวียน ของรัฐบาล")
    assert "เศรษฐกิจหมุนเวียน" in names  # right after the prefix: the scheme's own name


def test_a_version_number_after_a_name_is_part_of_it_but_a_count_is_not(extract_candidates):
    names = _program_names(extract_candidates, "พร้อมจัดโครงการอบรมหมอดิน 4.0 จ.แม่ฮ่องสอน สร้างเครือข่าย")
    assert names == {"โครงการอบรมหมอดิน 4.0"}
    assert _program_names(extract_candidates, "ใช้งบโครงการพัฒนาถนนชนบท 4.0 ล้านบาท เพื่อ") == {"โครงการพัฒนาถนนชนบท"}


def test_a_latin_name_runs_on_across_to_and_with(extract_candidates):
    assert _program_names(extract_candidates, "โครงการ From Street to Star หรือ S2S และที่") \
        >= {"โครงการ From Street to Star"}
    assert "โครงการ Coding with KidBright in ASEAN" in _program_names(
        extract_candidates, "โครงการ Coding with KidBright in ASEAN: เพื่อ")


def test_programs_a_phase_word_glued_to_the_run_takes_its_number():
    assert _end("โครงการถมทะเลมาบตาพุดเฟส 3 ของการนิคม") == "โครงการถมทะเลมาบตาพุดเฟส 3"
    # not a fiscal year after a fund (judged cut in rounds 3, 14, 22, final: program_ends.fund_run_on)
    assert _end("กองทุนพัฒนาไฟฟ้าประจำปีงบประมาณ พ.ศ. 2563 ได้") == "กองทุนพัฒนาไฟฟ้า"
    assert _end("โครงการถมทะเลมาบตาพุดเฟส 3,000 ไร่") == "โครงการถมทะเลมาบตาพุดเฟส"  # a number cut short: no phase


def test_programs_mined_continuations_run_a_name_on_with_its_tail(monkeypatch):
    monkeypatch.setattr(program_continuations, "recurring_names", lambda: frozenset())  # the continuations alone
    monkeypatch.setattr(program_continuations, "mined_continuations", lambda: {
        "โครงการเรา": frozenset({"ไม่ทิ้งกัน"}), "โครงการโคก": frozenset({" หนอง"}), "โครงการโคก หนอง": frozenset({" นา"}),
        "โครงการรถไฟความเร็วสูงเชื่อม": frozenset({" 3"})})
    assert _end("โครงการเราไม่ทิ้งกัน ของ") == "โครงการเราไม่ทิ้งกัน"  # a word that would end the run
    assert _end("โครงการโคก หนอง นา โมเดล") == "โครงการโคก หนอง นา"  # piece after piece, across spaces
    assert _end("โครงการโคก หนองบัว") == "โครงการโคก"  # another piece: not that name
    assert _end("โครงการรถไฟความเร็วสูงเชื่อม 3 สนามบิน") == "โครงการรถไฟความเร็วสูงเชื่อม 3"
    assert _end("โครงการรถไฟความเร็วสูงเชื่อม 3,000 ล้าน") == "โครงการรถไฟความเร็วสูงเชื่อม"  # not a piece of a number
    assert _end("โครงการโคก หนอง นา", tail_ok=lambda s, e: False) == "โครงการโคก"  # a body or person named there


def test_programs_mining_finds_the_tail_a_name_is_written_with(tmp_path, miner_sets_aside):
    for i in range(3):  # "โครงการโคก" is written with " หนอง นา" in 3 of 4 releases; "โครงการบ้านมั่นคง" with anything
        (tmp_path / f"{i}.txt").write_text(f"ครม.เห็นชอบโครงการโคก หนอง นา ในจังหวัด และโครงการบ้านมั่นคง ส่วน{i}งาน",
                                           encoding="utf-8")
    (tmp_path / "3.txt").write_text("โครงการโคก ได้รับ", encoding="utf-8")
    for i in range(4, 7):  # the same piece, then a code that varies: the name would end on the code's head
        (tmp_path / f"{i}.txt").write_text(f"ตามโครงการก่อสร้างถนนทางหลวงชนบทสาย นธ.{i}012 และ", encoding="utf-8")
    rows = load_script("mine_program_continuations").mine([str(tmp_path)])["continuations"]
    pieces = {(name, piece): n for name, piece, n, _ in rows}
    assert pieces.get(("โครงการโคก", " หนอง")) == 3 and pieces.get(("โครงการโคก หนอง", " นา")) == 3
    assert not any(name.startswith("โครงการบ้านมั่นคง") for name, _ in pieces)  # what follows varies
    assert not any(name.startswith("โครงการก่อสร้างถนน") for name, _ in pieces)  # it heads a code that varies


def test_programs_mining_keeps_no_second_name_as_a_tail(tmp_path, miner_sets_aside):
    for i in range(4):  # two programmes listed together in every release: the second is not the first one's tail
        (tmp_path / f"{i}.txt").write_text(f"ครม.อนุมัติโครงการนายอำเภอแหวนเพชร และโครงการปลัดอำเภอแหวนทองคำ ปี {i}",
                                           encoding="utf-8")
    for i in range(4, 8):  # a generic owner after the name; a piece that ends inside "ต่าง ๆ"
        (tmp_path / f"{i}.txt").write_text(f"ตามมาตรการบริหารจัดการน้ำของภาครัฐ ปี {i} และมาตรการช่วยเหลือลดหย่อน"
                                           f" ด้านภาษีต่าง ๆ ปี {i}", encoding="utf-8")
    rows = load_script("mine_program_continuations").mine([str(tmp_path)])["continuations"]
    assert not any(name.startswith("โครงการนายอำเภอแหวนเพชร") for name, *_ in rows)
    assert not any(name.startswith(("มาตรการบริหารจัดการน้ำ", "มาตรการช่วยเหลือลดหย่อน")) for name, *_ in rows)


def test_programs_mining_keeps_no_bare_scope_as_a_tail(tmp_path, miner_sets_aside):
    # the rules end a name before a bare "ในพื้นที่" (program_patterns.json bare_scopes): where it runs, not which one;
    # the corpora write it after these names again and again (program_continuations.json, rebuilt in the
    # twenty-seventh session, would have run "โครงการพัฒนาภาคอุตสาหกรรม" on with it), and with a clause word after it
    for i in range(4):
        (tmp_path / f"{i}.txt").write_text(f"ครม.อนุมัติโครงการพัฒนาภาคอุตสาหกรรมในพื้นที่ จำนวน {i} แห่ง และให้"
                                           f"มาตรการป้องกันและการรักษาความปลอดภัยของส่วนราชการในพื้นที่อย่างเคร่งครัด"
                                           f" ปี {i}", encoding="utf-8")
    miner = load_script("mine_program_continuations")
    rows = miner.mine([str(tmp_path)])["continuations"]
    assert not any(piece.strip().startswith("ในพื้นที่") for _, piece, *_ in rows)
    assert not miner.kept_piece("ในพื้นที่") and not miner.kept_piece("ในพื้นที่อย่างเคร่งครัด")
    assert miner.kept_piece(" ในพื้นที่ตำบลป่าตอง")  # a place after it: the name's, as the rules keep it
    assert miner.kept_piece(" หนอง")


def test_programs_mined_continuations_are_small_and_reachable():
    import json

    path = ROOT / "ontology" / "th" / "program_continuations.json"
    assert path.stat().st_size < 1_000_000
    rows = json.loads(path.read_text(encoding="utf-8"))["continuations"]
    assert rows and all(program_words.prefix_pattern().match(name) and piece.strip() and n >= 3 for name, piece, n, _ in rows)


def _organization_names(extract_text, text: str) -> set[str]:
    return {n for o in extract_text(text).of_kind("organization") for n in o.names}


@pytest.mark.parametrize("text, program, piece", [
    # a body the organization patterns find right after the prefix, or after the program's own words: a piece of the
    # program's name (what the program makes or runs), not a body of its own
    ("นายอำเภอกล่าวว่า อาทิ โครงการธนาคารขยะ ที่มีการคัดแยกขยะ", "โครงการธนาคารขยะ", "ธนาคารขยะ"),
    ("กระทรวงอุตสาหกรรมได้ดำเนินโครงการจัดตั้งศูนย์ทดสอบยานยนต์และยางล้อแห่งชาติ โดยได้รับงบประมาณ",
     "โครงการจัดตั้งศูนย์ทดสอบยานยนต์และยางล้อแห่งชาติ", "ศูนย์ทดสอบยานยนต์และยางล้อแห่งชาติ"),
])
def test_a_program_runs_across_a_body_its_own_words_name(extract_text, text, program, piece):
    assert program in _program_names(extract_text, text)
    assert piece not in _organization_names(extract_text, text)


def test_a_body_after_a_linking_word_ends_the_program(extract_text):
    """After ของ / จาก the body is another party: the program's name ends before it, and the body stays a body."""
    names = _program_names(extract_text, "ธ.ก.ส. ดำเนินโครงการชะลอการขายยางของสถาบันเกษตรกร เพื่อช่วยเหลือ")
    assert not any("สถาบันเกษตรกร" in name for name in names)
    assert "โครงการชะลอการขายยาง" in names


@pytest.mark.parametrize("text", [
    "ธนาคารได้ออกมาตรการระยะที่ 3 เพื่อช่วยเหลือลูกหนี้",
    "ใช้งบประมาณของโครงการปีงบประมาณ พ.ศ.2561-2569 ต่อไป",
    "ตามแผนงานระยะที่ 2 ของกระทรวง",
    "และโครงการเฟส 2 ของการท่าเรือ",
])
def test_a_phase_after_a_prefix_names_nothing(extract_text, text):
    """Generic words, numbers and a phase, edition or year after the prefix are no name: a later stage of some
    programme the sentence does not name."""
    assert _program_names(extract_text, text) == set()


def test_a_name_keeps_its_phase(extract_text):
    names = _program_names(extract_text, "เร่งรัดโครงการรถไฟฟ้ารางเดี่ยวสายสีเทา ระยะที่ 1 ให้แล้วเสร็จ")
    assert "โครงการรถไฟฟ้ารางเดี่ยวสายสีเทา ระยะที่ 1" in names


@pytest.mark.parametrize("text, name", [
    # an action plan and a master plan are named after their kind word, like a work plan or a strategy
    ("ครม. เห็นชอบแผนปฏิบัติการระดับชาติการสาธารณสุขเขตสุขภาพพิเศษ ตามที่เสนอ",
     "แผนปฏิบัติการระดับชาติการสาธารณสุขเขตสุขภาพพิเศษ"),
    ("ทั้งนี้ กรมฯ จัดทำแผนแม่บทการบริหารงานยุติธรรมแห่งชาติ ฉบับที่ 4 เพื่อใช้",
     "แผนแม่บทการบริหารงานยุติธรรมแห่งชาติ ฉบับที่ 4"),
])
def test_action_and_master_plans_are_programs(extract_text, text, name):
    assert name in _program_names(extract_text, text)


def test_a_plan_kind_word_alone_names_nothing(extract_text):
    assert _program_names(extract_text, "ให้จัดทำแผนปฏิบัติการ ดังกล่าว และแผนแม่บท ต่อไป") == set()


@pytest.mark.parametrize("text", [
    # words the corpora write bare far more often than after a prefix: a kind of programme, not one so named
    "ส่งเสริมการลงทุนในโครงการพลังงานสะอาด และโครงการอื่น",
    "สื่อดิจิทัลเพื่อจัดทำยุทธศาสตร์การสื่อสาร (2) การเพิ่มขีดความสามารถ",
    "ดังนี้ มาตรการคัดกรอง พนักงานขับรถรับส่งนักเรียน",
    "ที่ให้ความร่วมมือเข้าร่วมโครงการเท่านั้น ซึ่งเบื้องต้น",
])
def test_kinds_of_programme_are_no_names(extract_text, text):
    assert _program_names(extract_text, text) == set()


def test_a_kind_listed_beside_another_name_of_its_kind_is_a_name(extract_text):
    names = _program_names(extract_text, "ได้แก่ มาตรการปีแห่งการลงทุน มาตรการระบบราง มาตรการเศรษฐกิจฐานราก ซึ่ง")
    assert {"มาตรการระบบราง", "มาตรการเศรษฐกิจฐานราก"} <= names


def test_funds_and_plans_named_by_their_subject_keep_everyday_words(extract_text):
    """A fund or a master plan is named by what it is about: its words are everyday prose and still a name."""
    assert program_evidence.kind_of_programme("โครงการ", "พลังงานสะอาด")
    assert program_evidence.kind_of_programme("โครงการ", "พลังงานสะอาด ปี 2565")  # less its year
    assert not program_evidence.kind_of_programme("กองทุน", "พลังงานสะอาด")
    assert not program_evidence.kind_of_programme("แผนแม่บท", "พลังงานสะอาด")


def test_mining_kinds_of_programme(tmp_path):
    """Words written bare in many releases and after a prefix in few are a kind; words written after a prefix in
    many releases (a name the corpora know) or bare in few are not."""
    kinds = load_script("mine_program_kinds")
    for i in range(30):
        body = "รัฐบาลส่งเสริมพลังงานสะอาด ทั่วประเทศ และเกษตรกรรับเงินจากกองทุนทวีสุข แล้ว"
        if i < 2:
            body += " ส่วนโครงการพลังงานสะอาด นั้น และโครงการชำระดีมีโชค ด้วย"
        (tmp_path / f"{i}.txt").write_text(body, encoding="utf-8")
    old = kinds.MIN_BARE
    kinds.MIN_BARE = 20
    try:
        found = {row[0] for row in kinds.mine([str(tmp_path)], None)["kinds"]}
    finally:
        kinds.MIN_BARE = old
    assert "พลังงานสะอาด" in found
    assert "ชำระดีมีโชค" not in found and "ทวีสุข" not in found


def test_mining_kinds_reads_a_kind_without_the_yearly_edition_it_ends_on():
    """The rules read a yearly edition with a programme's name (h32-progyear); the kind miner counts the kind without
    it, as before: "นโยบายการตรวจราชการ| ประจำปีงบประมาณ พ.ศ. 2561" is the kind "การตรวจราชการ", not a name with digits
    the miner would set aside (the kind dropped from program_kinds.json)."""
    kinds = load_script("mine_program_kinds")
    text = "กระทรวงมหาดไทยแจ้งนโยบายการตรวจราชการ ประจำปีงบประมาณ พ.ศ. 2561 ให้ทุกจังหวัดทราบ"
    assert list(kinds.rests(text)) == ["การตรวจราชการ"]


def test_mining_skips_the_releases_of_a_skipped_archive(tmp_path, monkeypatch):
    """A miner run with --skip reads no release a skipped archive holds (the audit samples): the kind written bare
    in 30 releases is found, and not when 25 of them are the sample's."""

    kinds = load_script("mine_program_kinds")
    mining = load_script("mining")
    monkeypatch.setattr(kinds, "MIN_BARE", 20)

    def archive(path, count):
        return write_corpus_tar(path, ["รัฐบาลส่งเสริมพลังงานสะอาด ทั่วประเทศ แล้ว" + (" ส่วนโครงการพลังงานสะอาด นั้น" if i < 2 else "")
                                       for i in range(count)])
    corpus, sample = archive(tmp_path / "corpus.tar", 30), archive(tmp_path / "sample.tar", 25)
    assert "พลังงานสะอาด" in {row[0] for row in kinds.mine([corpus], None)["kinds"]}
    skip = mining.archive_names([sample])
    assert len(skip) == 25
    assert kinds.mine([corpus], None, skip=skip)["kinds"] == []


def test_a_miner_names_a_missing_archive(tmp_path):
    import subprocess
    import sys

    run = subprocess.run([sys.executable, str(ROOT / "scripts" / "mine_program_kinds.py"), str(tmp_path),
                          "--skip", str(tmp_path / "no-sample.tar"), "--out", str(tmp_path / "out.json")],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 2 and "no such archive" in run.stderr and "no-sample.tar" in run.stderr
    assert "Traceback" not in run.stderr and not (tmp_path / "out.json").exists()


def test_mined_kinds_are_small_and_well_formed():
    import json

    path = ROOT / "ontology" / "th" / "program_kinds.json"
    assert path.stat().st_size < 1_000_000
    rows = json.loads(path.read_text(encoding="utf-8"))["kinds"]
    assert rows and all(bare >= 20 and prefixed * 10 <= bare for _, prefixed, bare in rows)


def test_a_latin_name_runs_on_across_an_ampersand(extract_text):
    names = _program_names(extract_text, "ตลาด และชุมชน เข้มงวดมาตรการ Bubble & Seal นอกจากนี้ ด้านทรัพยากร")
    assert "มาตรการ Bubble & Seal" in names


@pytest.mark.parametrize("text", [
    "ลดการระบายน้ำลง และให้โครงการส่งน้ำและบำรุงรักษาท่าโบสถ์ สามชุก ร่วมกันผันน้ำ",
    "เกษตรกรติดต่อโครงการชลประทานศรีสะเกษ เพื่อขอรับน้ำ",
])
def test_irrigation_offices_are_no_programs(extract_text, text):
    """The Royal Irrigation Department's offices are named with a program's prefix: bodies, not programmes."""
    assert _program_names(extract_text, text) == set()


def test_a_decimal_after_an_acronym_designates_and_joins_the_name(extract_text):
    """"…ฝุ่นละออง PM 2.5": a one-digit decimal after the acronym a name ends on is its designation; with a unit
    after it the number is a count ("LPG 15.5 บาท")."""
    names = lambda text: [e.names[0] for e in extract_text(text).of_kind("program")]  # noqa: E731
    assert names("ดำเนินโครงการลดการเผาอ้อยเพื่อลดฝุ่นละออง PM 2.5 อย่างต่อเนื่อง") == [
        "โครงการลดการเผาอ้อยเพื่อลดฝุ่นละออง PM 2.5"]
    assert names("ต่อมาตรการตรึงราคาก๊าซ LPG 15.5 บาท ต่อไป") == ["มาตรการตรึงราคาก๊าซ LPG"]


@pytest.mark.parametrize("text, name", [
    ("ข่าว\nเป็นการถอดบทเรียนภาคตะวันออก \"จันทบุรีโมเดล\" ซึ่งนำไปใช้", "จันทบุรีโมเดล"),
    ("ข่าว\nให้เกษตรกรปลูกหม่อนตามแนวทางน่านโมเดลสร้างความมั่นคงแก่เกษตรกร", "น่านโมเดล"),  # glued on both sides
    ("ข่าว\nดำเนินนโยบายพะเยาโมเดล ในพื้นที่", "นโยบายพะเยาโมเดล"),  # a prefix before it is the name's
    ("ข่าว\nเปิดรับนักท่องเที่ยวผ่านภูเก็ต Sandbox แล้ว", "ภูเก็ต Sandbox"),
])
def test_programs_a_province_model_is_a_program(extract_text, text, name):
    assert name in _program_names(extract_text, text)


@pytest.mark.parametrize("text, name", [
    # districts and subdistricts the corpora write in addresses (program_place_models.json), not provinces
    ("ข่าว\nกรมชลฯ เดินหน้าขยายผลบางระกำโมเดลปีที่ 2 หลังประสบความสำเร็จ", "บางระกำโมเดล"),
    ("ข่าว\nเตรียมตั้งกลไกความร่วมมือทุกภาคส่วนในพื้นที่สานต่อแม่แจ่มโมเดลหยุดปัญหาการชะล้างหน้าดิน", "แม่แจ่มโมเดล"),
    ("ข่าว\nใช้การจัดการศึกษาที่เรียกว่า “สัตหีบโมเดล” ซึ่งเน้นเรียนจริง", "สัตหีบโมเดล"),
    ("ข่าว\nและการดำเนินการของศูนย์บริการเป็นเลิศ จนเกิดเป็น แม่เหียะโมเดล นับตั้งแต่ปี พ.ศ. 2563", "แม่เหียะโมเดล"),
])
def test_programs_a_district_model_is_a_program(extract_text, text, name):
    assert name in _program_names(extract_text, text)


def test_mined_model_places_are_written_in_addresses_and_are_no_common_words():
    """scripts/mine_program_place_models.py: a place is read in an address, between an area word and the next
    ("ต.แม่เหียะ อ.เมือง", "อำเภอแม่แจ่มจังหวัดเชียงใหม่"), not where the sentence goes on after an area word; and a
    dictionary word, a run opening with a stop word or a province is no new place a model is named after."""
    import re

    miner = load_script("mine_program_place_models")
    data = program_words.program_data()["model_places"]
    area = re.compile("|".join(map(re.escape, data["area_words"])))
    following = tuple(data["address_next"])
    text = "ณ ต.แม่เหียะ อ.เมือง จ.เชียงใหม่ และอำเภอแม่แจ่มจังหวัดเชียงใหม่ ทุกอำเภอในพื้นที่ และตำบลแบบบูรณาการ ต่อไป"
    assert miner._places_after(text, area, following) == {"แม่เหียะ", "เมือง", "แม่แจ่ม"}  # "เมือง": a word
    assert miner.kept_row(["แม่เหียะ", 9, 2])
    assert not miner.kept_row(["ในพื้นที่", 40, 9])  # a stop word opens it
    assert not miner.kept_row(["นำร่อง", 2, 6])  # a dictionary word
    assert not miner.kept_row(["น่าน", 3, 9])  # a province, found already
    assert not miner.kept_row(["แม่เหียะ", 1, 2])  # written in one address only


@pytest.mark.parametrize("text", [
    "ข่าว\nนำเสนอโมเดลธุรกิจใหม่แก่ผู้ประกอบการ",  # no province
    "ข่าว\nจังหวัดน่านโมเดิร์นเทรดเติบโต",  # the model word must be a word: "โมเดิร์น" is none
])
def test_programs_a_model_word_without_a_province_names_nothing(extract_text, text):
    assert not any("โมเดล" in n for n in _program_names(extract_text, text))


@pytest.mark.parametrize("text, name", [
    ("ข่าว\nชุมชนรอบโรงไฟฟ้าก็จะได้รับประโยชน์ เช่น มีกองทุนพัฒนาไฟฟ้า มีการสร้างอาชีพ", "กองทุนพัฒนาไฟฟ้า"),
])
def test_programs_a_fund_is_named_by_its_subject_however_common_the_word(extract_text, text, name):
    assert name in _program_names(extract_text, text)


def test_programs_a_fund_of_a_function_word_or_a_modifier_names_nothing():
    assert _end("กองทุนหมู่บ้าน เพื่อให้") == "กองทุนหมู่บ้าน"  # a generic subject word names a fund
    assert _end("แผนปฏิบัติการพัฒนา ต่อไป") is None  # ... not a plan
    assert _end("กองทุนพัฒนา ต่อไป") is None  # "พัฒนา" alone: a word the corpora find after many prefixes
    assert _end("กองทุนใหม่ ต่อไป") is None


@pytest.mark.parametrize("text, name", [
    ("ข่าว\nประเทศไทยได้จัดทำ Thailand AI Ethics Guideline เพื่อควบคุมการใช้", "AI Ethics Guideline"),
    ("ข่าว\nผลักดัน ASEAN Digital Economy Framework ให้สำเร็จ", "ASEAN Digital Economy Framework"),
])
def test_programs_english_guidelines_and_frameworks_are_programs(extract_text, text, name):
    assert any(name in n for n in _program_names(extract_text, text))


@pytest.mark.parametrize("text, name", [
    # judged cut to "Insurance Leadership Program" in round 15
    ("ศิษย์เก่าหลักสูตรวิทยาการประกันภัยระดับสูง (วปส.) รุ่นที่ 1-9 (Thailand Insurance Leadership Program) ซึ่งเป็น",
     "Thailand Insurance Leadership Program"),
    ("ข่าว\nผลงานเด่น 3.Thailand Tokamak Project โดย สถาบันเทคโนโลยีนิวเคลียร์แห่งชาติ", "Thailand Tokamak Project"),
    ("ชวนติดตามรายการ ’Thai Face Top Model‘ ออกอากาศครั้งแรก 31 ส.ค. นี้", "Thai Face Top Model"),
])
def test_programs_an_english_name_keeps_the_country_it_begins_with(extract_text, text, name):
    """"Thailand"/"Thai" opening a capitalised English programme name is the name's first word (english.json
    not_program_starts no longer holds them): the name is not cut to the words after it."""
    names = _program_names(extract_text, text)
    assert name in names and name.split(" ", 1)[1] not in names


@pytest.mark.parametrize("text", [
    "ข่าว\nทรัพย์ที่ราคาต่ำสุดเป็นห้องชุด โครงการแฟลตปลาทอง อำเภอเมือง จังหวัดปทุมธานี",
    "ข่าว\nทาวน์เฮ้าส์ 3 ชั้น เนื้อที่ 27.7 ตารางวา ใน โครงการพาทิโอ ศรีนครินทร์ จำหน่ายได้",
])
def test_programs_a_housing_estate_after_a_plot_is_no_programme(extract_text, text):
    assert not any(n.startswith("โครงการ") for n in _program_names(extract_text, text))


def test_programs_estates_listed_after_an_estate_are_estates_too():
    text = "ที่ดินเปล่า โครงการบ้านสวนดอกไม้ จังหวัดเพชรบุรี  โครงการหัวหินริมธาร โครงการพรหมสุข จังหวัดประจวบคีรีขันธ์"
    first = text.index("โครงการบ้าน")
    assert program_evidence.estate(text, first)
    after = program_words.NAME_RUN.match(text, first + len("โครงการ")).end()
    assert program_evidence.listed_estate(text, after, text.index("โครงการหัวหิน"))
    assert not program_evidence.listed_estate("โครงการบ้านสวน ได้ผล โครงการหัวหิน", 14, 21)  # a clause between
    assert not program_evidence.estate("ผลักดัน โครงการบ้านล้านหลัง", 8)


@pytest.mark.parametrize("text", [
    "ข่าว\n2. บริษัท เจนเนอรัล รับเบอร์ (ประเทศไทย) จำกัด ได้รับส่งเสริมโครงการผลิตยางล้อสำหรับยานพาหนะ "
    "เงินลงทุนทั้งสิ้น 9,721 ล้านบาท ตั้งโครงการในจังหวัดระยอง",
    "ข่าว\n5) โครงการขนส่งทางอากาศ บริษัท การบินไทย จำกัด (มหาชน) มูลค่าลงทุน 9,314 ล้านบาท ในการจัดซื้อเครื่องบิน",
    "ข่าว\n4) โครงการ Data Center บริษัท ทรู อินเทอร์เน็ต ดาต้า เซ็นเตอร์ จำกัด มูลค่าลงทุน 3,586 ล้านบาท",
    "ข่าว\n1) โครงการผลิตรถยนต์ไฟฟ้าแบบแบตเตอรี่ และรถยนต์ไฟฟ้าแบบผสมเสียบปลั๊ก บริษัท ฉางอัน ออโตโมบิล จำกัด "
    "มูลค่าลงทุน 8,862 ล้านบาท",
])
def test_programs_a_companys_investment_project_in_an_approval_list_is_no_programme(extract_text, text):
    assert not any(n.startswith("โครงการ") for n in _program_names(extract_text, text))


@pytest.mark.parametrize("text, name", [
    # a company's project told without its investment, and a state project with its cost, stay programmes
    ("ข่าว\nนำโดยผู้อำนวยการโครงการส่งเสริมคุณภาพชีวิตและสิ่งแวดล้อม บริษัท ไทยเบฟเวอเรจ จำกัด (มหาชน) ซึ่งให้การสนับสนุน",
     "โครงการส่งเสริมคุณภาพชีวิตและสิ่งแวดล้อม"),
    ("ข่าว\nและโครงการท่าเทียบเรือขนถ่ายก๊าซธรรมชาติเหลว (LNG) มูลค่าเงินลงทุน 32,710 ล้านบาท",
     "โครงการท่าเทียบเรือขนถ่ายก๊าซธรรมชาติเหลว"),
])
def test_programs_a_project_with_a_company_or_a_cost_alone_stays(extract_text, text, name):
    assert name in _program_names(extract_text, text)


def test_programs_a_gloss_the_release_writes_again_is_no_evidence_of_a_measure():
    once = "ได้ดำเนินมาตรการชิมช้อปใช้ (Shop Use) เพื่อกระตุ้น"
    start = once.index("มาตรการ")
    end = once.index(" (")
    assert program_evidence.evidence(once, start, end, 0)
    twice = "ภายใต้มาตรการควบคุมการแพร่ระบาดของไวรัสโคโรนา 2019 (COVID-19) ผู้ติดเชื้อไวรัสโคโรนา 2019 (COVID-19) ลดลง"
    start, end = twice.index("มาตรการ"), twice.index(" (")
    assert not program_evidence.evidence(twice, start, end, 0)
    again = ("ให้แนวคิดทุกนโยบายห่วงใยสุขภาพ (Health in All Policies) แปลงสู่รูปธรรม " + "ข่าว " * 30
             + "เพื่อให้แนวคิดทุกนโยบายห่วงใยสุขภาพ (Health in All Policies) แปลงสู่รูปธรรม")
    start = again.rindex("นโยบาย")
    assert program_evidence.evidence(again, start, again.index(" (", start), 0)  # the same name glossed again


@pytest.mark.parametrize("text, name", [
    ("ข่าว\nได้แก่ โครงการรถไฟทางคู่ ช่วงลพบุรี - ปากน้ำโพ ซึ่งมีแนวเส้นทาง", "โครงการรถไฟทางคู่ ช่วงลพบุรี - ปากน้ำโพ"),
    ("ข่าว\nได้เปิดการประกวดราคา โครงการก่อสร้างทางรถไฟ สายเด่นชัย-เชียงราย-เชียงของ ต่อไป",
     "โครงการก่อสร้างทางรถไฟ สายเด่นชัย-เชียงราย-เชียงของ"),
])
def test_programs_the_segment_of_a_route_is_the_projects(extract_text, text, name):
    assert name in _program_names(extract_text, text)


@pytest.mark.parametrize("text, name", [
    ("ข่าว\nรัฐบาลไม่ได้ขาดทุนจากโครงการรับจำนำข้าวแต่อย่างใด ทั้งนี้", "โครงการรับจำนำข้าว"),
    ("ข่าว\nประเทศไทยจะต้องดำเนินโครงการพัฒนาระบบรถไฟความเร็วสูงเพื่อเชื่อมโยงภูมิภาคเอง ไม่ได้กู้เงิน",
     "โครงการพัฒนาระบบรถไฟความเร็วสูงเพื่อเชื่อมโยงภูมิภาค"),
])
def test_a_name_does_not_end_on_a_function_word(extract_text, text, name):
    # a stop word no known name ends on, tagged an adverb or a pronoun, is the sentence run on, not the name's
    names = _program_names(extract_text, text)
    assert name in names and not any(n.startswith(name) and n != name for n in names)


def test_a_number_after_its_numbering_word_is_the_names(extract_text):
    names = _program_names(extract_text, "ข่าว\nกรมทางหลวงดำเนินโครงการก่อสร้างขยายทางหลวงหมายเลข 348 สายอำเภอปะคำ")
    assert "โครงการก่อสร้างขยายทางหลวงหมายเลข 348" in names


def test_a_year_after_a_name_is_its_edition_not_after_a_month(extract_text):
    names = _program_names(extract_text, "ข่าว\nผลดำเนินการตามมาตรการป้องกันและลดอุบัติเหตุทางถนนช่วงเทศกาลปีใหม่ 2565 โดยมี")
    assert "มาตรการป้องกันและลดอุบัติเหตุทางถนนช่วงเทศกาลปีใหม่ 2565" in names  # dated: one measure, a name
    names = _program_names(extract_text, "ข่าว\n1. โครงการสินเชื่อเสริมสภาพคล่องประมงในเดือนมิถุนายน 2563 วงเงิน")
    assert not any(n.endswith("2563") for n in names)  # the year of a date


def test_a_name_the_release_quotes_longer_runs_on_where_it_is_written_unquoted(extract_text):
    quoted = "ปลื้ม โครงการ“ผักปลอดภัยชุมชน เพื่อมวลชน” ยกระดับรายได้"
    text = quoted + "\nกล่าวถึงผักจากโครงการผักปลอดภัยชุมชน เพื่อมวลชน ที่จำหน่ายในร้าน"
    names = _program_names(extract_text, text)
    assert "โครงการผักปลอดภัยชุมชน เพื่อมวลชน" in names and "โครงการผักปลอดภัยชุมชน" not in names
    alone = "กล่าวถึงผักจากโครงการผักปลอดภัยชุมชน เพื่อมวลชน ที่จำหน่ายในร้าน"  # no quote says so: the rules' end
    assert _program_names(extract_text, alone) == {"โครงการผักปลอดภัยชุมชน"}


def test_a_long_quote_a_prefix_opens_bounds_the_name():
    """A quote longer than a short name's (QUOTE's 60 characters) bounds a name when a prefix opens it: the name the
    rules would cut ("…และบริการ|มูลค่าสูง") runs on to the closing quote; a long quote no prefix opens is a sentence."""
    name = "โครงการจัดกิจกรรมเชื่อมโยงและส่งเสริมเครือข่ายตลาดสินค้าเกษตรและบริการมูลค่าสูง"
    text = f"เป็นประธานพิธีเปิด “{name}” ภายใต้โครงการอื่น"
    pos = text.index(name) + len("โครงการ")
    end = text.index("มูลค่าสูง")
    assert program_quoted.release_quoted_end(text, pos, end) == text.index("”")
    rest = "ให้ทั่วถึงทุกจังหวัด"
    sentence = f"กล่าวว่า “{name[len('โครงการ'):]}{rest}” และ{name}{rest} ต่อไป"  # the quote: no prefix opens it
    pos = sentence.rindex(name) + len("โครงการ")
    end = sentence.rindex("มูลค่าสูง")
    assert program_quoted.release_quoted_end(sentence, pos, end) == end


def test_a_quoted_sentence_holding_a_count_does_not_carry_a_name_on():
    text = "“โครงการมอบหนังสืออนุญาตที่ดิน 1.38 ล้านไร่” และโครงการมอบหนังสืออนุญาตที่ดิน 1.38 ล้านไร่ นั้น"
    pos = text.index("และโครงการ") + len("และโครงการ")
    end = pos + len("มอบหนังสืออนุญาตที่ดิน")
    assert program_quoted.release_quoted_end(text, pos, end) == end
    plain = text.replace(" 1.38 ล้านไร่", " ทำกิน")
    pos = plain.index("และโครงการ") + len("และโครงการ")
    end = pos + len("มอบหนังสืออนุญาตที่ดิน")
    assert program_quoted.release_quoted_end(plain, pos, end) == end + len(" ทำกิน")


def test_a_latin_name_runs_on_across_a_spaced_dash(extract_text):
    names = _program_names(extract_text, "ทั้งนี้ โครงการ Thailand - Japan Country Programme ระยะที่ 2 ได้เริ่มแล้ว")
    assert names == {"โครงการ Thailand - Japan Country Programme"}


def test_programs_a_name_runs_on_to_the_whole_rest_the_corpora_write_after_it(monkeypatch):
    """A rest the corpora write whole after a name though it opens with a word that ends names (ที่, เป็น) or is long:
    the name runs on to it where the text goes on with its words, spaces aside; not to a part of it."""
    monkeypatch.setattr(program_continuations, "mined_whole", lambda: {
        "โครงการส่งเสริมสถานประกอบกิจการให้มีระบบบริหารจัดการ": ("ที่ดีด้านแรงงานสัมพันธ์และสวัสดิการแรงงาน",),
        "แผนงานเปลี่ยนระบบสายไฟฟ้าอากาศ": ("เป็นสายไฟฟ้าใต้ดิน",)})
    name = "โครงการส่งเสริมสถานประกอบกิจการให้มีระบบบริหารจัดการ"
    assert _end(name + " ที่ดีด้านแรงงานสัมพันธ์และสวัสดิการแรงงาน ประจำปี") == \
        name + " ที่ดีด้านแรงงานสัมพันธ์และสวัสดิการแรงงาน"  # across the space the release writes
    assert _end(name + "ที่ได้รับรางวัล ต่อไป") == name  # another clause: the rules' end
    assert _end("แผนงานเปลี่ยนระบบสายไฟฟ้าอากาศเป็นสายไฟฟ้าใต้ดินของ กฟน.") == "แผนงานเปลี่ยนระบบสายไฟฟ้าอากาศเป็นสายไฟฟ้าใต้ดิน"
    assert _end("แผนงานเปลี่ยนระบบสายไฟฟ้าอากาศเป็นสายไฟฟ้าใต้ดินแดง ของ") == "แผนงานเปลี่ยนระบบสายไฟฟ้าอากาศ"  # no word's end
    assert _end("แผนงานเปลี่ยนระบบสายไฟฟ้าอากาศเป็นสายไฟฟ้าใต้ดิน", tail_ok=lambda s, e: False) == \
        "แผนงานเปลี่ยนระบบสายไฟฟ้าอากาศ"  # a body or person named there


def test_programs_a_quoted_name_matches_across_a_tone_mark_spelt_otherwise():
    """Loan words are spelt with maitaikhu or a tone mark ("ช็อป" / "ช้อป"): one name either way, no other letter."""
    assert program_quoted.loose_end("ชิม ช็อป ใช้ เป็นต้น", 0, "ชิมช้อปใช้") == len("ชิม ช็อป ใช้")
    assert program_quoted.loose_end("ชิม ช็อบ ใช้", 0, "ชิมช้อปใช้") is None


def test_programs_mining_keeps_whole_rests_told_from_sentences(tmp_path, miner_sets_aside):
    """A rest written after a name in 3 releases, standing whole in one, with different words after it (glued on in
    two: no piece up to a space recurs) and before it, is kept though it opens with เป็น; one paragraph copied from
    release to release (the same words before it), or a rest heading a number that varies, is not."""
    after = ["ของกฟน.", "ในพื้นที่", " เพื่อความปลอดภัย"]
    before = ["ดำเนิน", "ตาม", "เร่ง"]
    for i in range(3):
        (tmp_path / f"{i}.txt").write_text(f"ครม.{before[i]}แผนงานเปลี่ยนระบบสายไฟฟ้าอากาศเป็นสายไฟฟ้าใต้ดิน {after[i]} ต่อไป",
                                           encoding="utf-8")
        (tmp_path / f"c{i}.txt").write_text(f"ข่าวที่ {i} รัฐบาลจัดโครงการพัฒนาฝีมือแรงงานเป็นผู้ประกอบการรายใหม่ {after[i]}",
                                            encoding="utf-8")
        (tmp_path / f"n{i}.txt").write_text(f"ตาม{before[i]}มาตรการรักษาเสถียรภาพราคาข้าวเปลือกปีการผลิต 256{i}/6{i} ต่อไป",
                                            encoding="utf-8")
    whole = load_script("mine_program_continuations").mine([str(tmp_path)])["whole"]
    rests = {name: rest for name, rest, *_ in whole}
    assert rests.get("แผนงานเปลี่ยนระบบสายไฟฟ้าอากาศ") == "เป็นสายไฟฟ้าใต้ดิน"
    assert not any(name.startswith("โครงการพัฒนาฝีมือแรงงาน") for name in rests)  # the same words before it
    assert not any(name.startswith("มาตรการรักษาเสถียรภาพ") for name in rests)  # it heads a number


def test_programs_name_the_corpora_quote_runs_on_as_the_release_quotes_it(extract_text, monkeypatch):
    """A name the corpora quote after a prefix ("ตลาดนำการผลิต") written here inside a longer quote, prefix and all,
    is the whole quoted name, not the mined piece of it."""
    monkeypatch.setattr(program_quoted, "mined_quoted", lambda: frozenset({"ตลาดนำการผลิต"}))
    program_quoted.quoted_index.cache_clear()
    try:
        names = _program_names(extract_text, "ข่าว\nเกษตรกรปลื้ม “โครงการตลาดนำการผลิต ผักปลอดภัยสู่ผู้บริโภค” "
                                             "ช่วยให้เกษตรกรมีรายได้เพิ่มขึ้น")
    finally:
        program_quoted.quoted_index.cache_clear()
    assert "โครงการตลาดนำการผลิต ผักปลอดภัยสู่ผู้บริโภค" in names
    assert "โครงการตลาดนำการผลิต" not in names


@pytest.mark.parametrize("text, name", [
    ("ข่าว\nกรมชลประทานดำเนินโครงการอ่างเก็บน้ำลำสะพุง อันเนื่องมาจากพระราชดำริ ตำบลหนองแวง ให้แล้วเสร็จ",
     "โครงการอ่างเก็บน้ำลำสะพุง อันเนื่องมาจากพระราชดำริ"),
    ("ข่าว\nครม.อนุมัติโครงการอ่างเก็บน้ำน้ำรี อันเนื่องมาจากพระราชดำริ จังหวัดน่าน ตามที่กระทรวงเสนอ",
     "โครงการอ่างเก็บน้ำน้ำรี อันเนื่องมาจากพระราชดำริ จังหวัดน่าน"),
    ("ข่าว\nมอบทุนจากกองทุนพัฒนาเด็กชนบท ในพระราชูปถัมภ์สมเด็จพระเทพรัตนราชสุดาฯ ให้แก่นักเรียน",
     "กองทุนพัฒนาเด็กชนบท ในพระราชูปถัมภ์สมเด็จพระเทพรัตนราชสุดาฯ"),
])
def test_programs_royal_patronage_is_part_of_the_name(extract_text, text, name):
    """The royal patronage a project is named with, written after a space, is its name's (program_patterns.json
    "patronage"), with the royal glued to it and a province right after it; a place of another kind is not."""
    names = _program_names(extract_text, text)
    assert name in names
    assert name.split(" ")[0] not in names


def test_programs_patronage_words_alone_carry_no_name_on():
    """Without its formula a name ends at its space as before."""
    assert _end("โครงการอ่างเก็บน้ำลำสะพุง ตำบลหนองแวง") == "โครงการอ่างเก็บน้ำลำสะพุง"


@pytest.mark.parametrize("text, name", [
    ("ข่าว\nกระทรวงเกษตรฯ เดินหน้านโยบาย Zoning by Agri-Map ในทุกจังหวัด", "นโยบาย Zoning by Agri-Map"),
    ("ข่าว\nกรมประมงร่วมโครงการ Strengthening Mechanism in Animal-Health for a Resilient Region ต่อไป",
     "โครงการ Strengthening Mechanism in Animal-Health for a Resilient Region"),
    ("ข่าว\nสคบ. เปิดโครงการ Buy with confidence ให้ผู้บริโภค", "โครงการ Buy with confidence"),
])
def test_programs_latin_names_run_on_across_their_joining_words(extract_text, text, name):
    """English words that join a Latin name's words (program_patterns.json "latin_connectors") are the name's: it
    is not cut before "by", "a", "on"."""
    assert name in _program_names(extract_text, text)


@pytest.mark.parametrize("text, name", [
    ("ยุทธศาสตร์อวกาศแห่งชาติ พ.ศ. 2560-2579 ซึ่ง", "ยุทธศาสตร์อวกาศแห่งชาติ พ.ศ. 2560-2579"),
    ("แผนแม่บทความปลอดภัยทางถนน พ.ศ.2565 – 2570 โดย", "แผนแม่บทความปลอดภัยทางถนน พ.ศ.2565 – 2570"),
    # a fund is not dated (the year is a regulation's), nor is a name holding a word of a regulation
    ("กองทุนพัฒนาสหกรณ์ พ.ศ. 2559 ที่", "กองทุนพัฒนาสหกรณ์"),
    ("มาตรการป้องกันการพังทลายของดินในกฎกระทรวง พ.ศ. 2548 ซึ่ง", "มาตรการป้องกันการพังทลายของดินในกฎกระทรวง"),
])
def test_programs_period_after_the_era_mark_is_the_names(text, name):
    """The period a plan or a project is named with after the era's mark (program_patterns.json "era_marks")."""
    assert _end(text) == name


@pytest.mark.parametrize("text, name", [
    ("นโยบายกึ่งการคลังมาโดยตลอด ", "นโยบายกึ่งการคลัง"),
    ("โครงการส่งเสริมไหมอุตสาหกรรมมาต่อเนื่อง ", "โครงการส่งเสริมไหมอุตสาหกรรม"),
])
def test_programs_continuing_aspect_ends_a_name(text, name):
    """"มาโดยตลอด", "มา|ต่อเนื่อง" tell how long something has gone on: the sentence's, not the name's."""
    assert _end(text) == name


def test_programs_latin_name_ends_before_a_joining_word_that_leads_to_a_body(extract_text):
    """A joining word that leads to a body ends a Latin name, as a linking word ends a Thai run ("Green-city| by
    MOAC"); a body that is a piece of the name ("Thailand - OECD …") leaves no stub ("โครงการ Thailand")."""
    names = _program_names(extract_text, "ข่าว\nกิจกรรมปลูกต้นไม้ ภายใต้โครงการ Green-city by MOAC ในวันอาทิตย์")
    assert "โครงการ Green-city" in names
    assert "โครงการ Thailand" not in _program_names(extract_text, "ข่าว\nร่วมโครงการ Thailand - OECD Country "
                                                                   "Programme ระยะที่ 2 ต่อไป")


def test_a_kind_with_one_generic_word_is_a_kind():
    """A kind the corpora write bare, followed by one generic word or modifier, names no one scheme; dated, it is one
    measure; more words than one tell a scope of their own; a fund is named by its subject."""
    assert program_evidence.kind_of_programme("โครงการ", "โครงสร้างพื้นฐานสำคัญ")
    assert program_evidence.kind_of_programme("มาตรการ", "กระตุ้นการท่องเที่ยว")
    assert not program_evidence.kind_of_programme("มาตรการ", "กระตุ้นการท่องเที่ยว ระยะที่ 2")
    assert not program_evidence.kind_of_programme("มาตรการ", "ประหยัดพลังงานทั้งภาครัฐและเอกชน")
    assert not program_evidence.kind_of_programme("โครงการ", "สวัสดิการแห่งรัฐ")
    assert not program_evidence.kind_of_programme("กองทุน", "สวัสดิการสำคัญ")


def test_kinds_with_a_generic_word_are_no_names(extract_text):
    assert _program_names(extract_text, "ครม. อนุมัติโครงการโครงสร้างพื้นฐานสำคัญ จำนวน 5 โครงการ") == set()


def test_a_kind_with_a_relative_clause_is_a_kind(extract_text):
    """A kind followed by a relative clause (ที่ / ซึ่ง …) picks out the programmes of that kind the clause holds true
    of, no one programme; a kind with words of a name of its own after it stays ("โครงการสวัสดิการแห่งรัฐ"), and a
    measure is left to its evidence (a list item names one)."""
    assert program_evidence.kind_of_programme("โครงการ", "โครงสร้างพื้นฐานที่มีความพร้อม")
    assert not program_evidence.kind_of_programme("มาตรการ", "ช่วยเหลือลูกค้าที่ได้รับผลกระทบทางเศรษฐกิจ")
    assert not program_evidence.kind_of_programme("โครงการ", "สวัสดิการแห่งรัฐ")
    assert _program_names(extract_text, "กองทุนจะนำเงินไปลงทุนในโครงการโครงสร้างพื้นฐานที่มีความพร้อม ได้ทันที") == set()


def test_a_name_shortened_with_the_mark_is_the_full_name_the_release_writes(extract_text):
    """"โครงการก่อสร้างสะพานฯ" stands for the one full name it begins: one programme, labelled by the full name,
    whichever the release writes first."""
    text = ("ครม. อนุมัติโครงการก่อสร้างสะพานฯ ตามที่เสนอ โดยโครงการก่อสร้างสะพานมิตรภาพไทย – ลาว แห่งที่ 5 "
            "มีวงเงิน 3,930 ล้านบาท")
    programs = [p for p in extract_text(text).of_kind("program") if any("สะพาน" in n for n in p.names)]
    assert len(programs) == 1
    assert programs[0].names[0].startswith("โครงการก่อสร้างสะพานมิตรภาพไทย")
    assert "โครงการก่อสร้างสะพานฯ" in programs[0].names


def test_a_shortened_kind_never_written_in_full_is_left_out_a_shortened_name_stays(extract_text):
    assert _program_names(extract_text, "ครม. อนุมัติโครงการจัดซื้อจัดจ้างภาครัฐฯ ตามที่เสนอ") == set()
    assert "โครงการรับจำนำข้าวฯ" in _program_names(extract_text, "รัฐบาลยุติโครงการรับจำนำข้าวฯ แล้ว")


def test_a_name_ends_before_the_verb_that_proposes_it(extract_text):
    """"กองทุน…|เสนอรายงานประจำปี 2565": the sentence's verb, not the fund's name."""
    assert _program_names(extract_text, "กองทุนสนับสนุนการสร้างเสริมสุขภาพเสนอรายงานประจำปี 2565 ต่อ ครม.") \
        == {"กองทุนสนับสนุนการสร้างเสริมสุขภาพ"}


def test_a_name_ends_before_the_remaining_part(extract_text):
    """"โครงการประกันรายได้ข้าว|ในส่วนที่เหลือ": the part of it still to be approved, not its name."""
    names = _program_names(extract_text, "ครม. สัปดาห์หน้า จะสามารถพิจารณาอนุมัติโครงการประกันรายได้ข้าวในส่วนที่เหลือ "
                                         "และโครงการประกันรายได้ของเกษตรกรผู้ปลูกมันสำปะหลัง")
    assert "โครงการประกันรายได้ข้าว" in names
    assert not any("ส่วนที่เหลือ" in n for n in names)


def test_a_plan_named_with_the_span_of_years_it_covers_is_a_programme(extract_text):
    """"แผน" is no prefix (it heads units and describes), but a plan written with its period from one year to another
    is one named plan (program_patterns.json "dated_plans"), a body named inside it its owner and a scheme named
    inside it a piece of its name; not "วางแผน…", a unit ("แผนก…"), a list ("…เช่น…") or generic words."""
    names = _program_names(extract_text, "ข่าว\nการสัมมนาภายใต้แผนวิสาหกิจสถาบันการบินพลเรือน พ.ศ. 2564 - 2568 "
                                         "เพื่อสนับสนุนอุตสาหกรรมการบิน")
    assert "แผนวิสาหกิจสถาบันการบินพลเรือน พ.ศ. 2564 - 2568" in names
    names = _program_names(extract_text, "ข่าว\nการรับซื้อไฟฟ้าตามแผนการเพิ่มการผลิตไฟฟ้าจากพลังงานสะอาด สำหรับปี "
                                         "2566-2573 ในส่วนที่เหลือ")
    assert names == {"แผนการเพิ่มการผลิตไฟฟ้าจากพลังงานสะอาด สำหรับปี 2566-2573"}
    for text in ("ข่าว\nหน่วยงานต้องวางแผนการผลิตสินค้าเกษตร ปี 2566 - 2570 ให้ชัดเจน",
                 "ข่าว\nแผนกบริการลูกค้า ปี 2566 - 2570 ของบริษัท",
                 "ข่าว\nมีแผนการดำเนินการ เช่น เร่งเก็บกักน้ำฤดูแล้ง ปี 2563 - 2564 ต่อไป",
                 "ข่าว\nตามแผนดำเนินการ ปี 2571 - 2573 ของกรม"):
        assert not any(name.startswith("แผน") for name in _program_names(extract_text, text)), text
    names = _program_names(extract_text, "ข่าว\nเห็นชอบแผนการพัฒนาสตรีภายใต้การดำเนินการตามยุทธศาสตร์การพัฒนาสตรี "
                                         "พ.ศ. 2560-2564 ตามที่เสนอ")  # the strategy is named, the plan described
    assert any(name.startswith("ยุทธศาสตร์การพัฒนาสตรี") for name in names)
    assert not any(name.startswith("แผน") for name in names)


def test_a_plan_dated_in_brackets_is_a_programme(extract_text):
    """The period of a dated plan is often written in brackets after the plan's name and edition ("แผนพัฒนาการกีฬา
    แห่งชาติ ฉบับที่ 7 (พ.ศ.2566-2570)", "แผนการคลังระยะปานกลาง (ปีงบประมาณ 2568 - 2571)"): the same named plan, its
    name ending at the closing bracket; generic words in brackets are still no plan."""
    names = _program_names(extract_text, "ข่าว\nครม.อนุมัติร่างแผนพัฒนาการกีฬาแห่งชาติ ฉบับที่ 7 (พ.ศ.2566-2570) "
                                         "ที่สอดคล้องกับยุทธศาสตร์ชาติ")
    assert "แผนพัฒนาการกีฬาแห่งชาติ ฉบับที่ 7 (พ.ศ.2566-2570)" in names
    names = _program_names(extract_text, "ข่าว\nกระทรวงการคลังจัดทำแผนการคลังระยะปานกลาง (ปีงบประมาณ 2568 - 2571) "
                                         "เพื่อเสนอ ครม.")
    assert names == {"แผนการคลังระยะปานกลาง (ปีงบประมาณ 2568 - 2571)"}
    names = _program_names(extract_text, "ข่าว\nตามแผนพัฒนาสุขภาพจิตแห่งชาติฉบับที่ 1(พ.ศ. 2561 - 2580) ซึ่ง")
    assert "แผนพัฒนาสุขภาพจิตแห่งชาติฉบับที่ 1(พ.ศ. 2561 - 2580)" in names
    for text in ("ข่าว\nตามแผนดำเนินการ (ปี 2571 - 2573) ของกรม",
                 "ข่าว\nหน่วยงานต้องวางแผนการผลิตสินค้าเกษตร (ปี 2566 - 2570) ให้ชัดเจน"):
        assert not any(name.startswith("แผน") for name in _program_names(extract_text, text)), text


def test_a_prefixed_plan_on_a_field_or_an_aim_is_named_by_its_span_of_years(extract_text):
    """"แผนปฏิบัติการ|ด้าน…", "แผนแม่บท|เพื่อ…": words that tell a kind after a prefix when undated ("มาตรการด้านภาษี"),
    but the span of years after them makes one named plan (program_patterns.json "dated_plans" "prefixed_openings");
    the period alone is still no name, and a prefix the scan reads is left to it."""
    names = _program_names(extract_text, "ข่าว\nครม.เห็นชอบแผนปฏิบัติการด้านการท่องเที่ยวเชิงสุขภาพ พ.ศ. 2566 - 2570 "
                                         "ตามที่กระทรวงการท่องเที่ยวและกีฬาเสนอ")
    assert names == {"แผนปฏิบัติการด้านการท่องเที่ยวเชิงสุขภาพ พ.ศ. 2566 - 2570"}
    names = _program_names(extract_text, "ข่าว\nครม.เห็นชอบแผนแม่บทเพื่อพัฒนาเกษตรกรรม พ.ศ. 2560 – 2564 ตามที่เสนอ")
    assert names == {"แผนแม่บทเพื่อพัฒนาเกษตรกรรม พ.ศ. 2560 – 2564"}
    for text in ("ข่าว\nครม.เห็นชอบมาตรการด้านภาษี เพื่อกระตุ้นเศรษฐกิจ", "ข่าว\nตามแผนปฏิบัติการระหว่าง ปี 2566 - 2568 ของกรม",
                 "ข่าว\nครม.เห็นชอบแผนปฏิบัติการด้านการท่องเที่ยวเชิงสุขภาพ ตามที่เสนอ"):
        assert not any(name.startswith(("แผน", "มาตรการ")) for name in _program_names(extract_text, text)), text


def test_a_phase_in_words_after_a_space_is_the_names(extract_text):
    """"…ของประเทศ| ระยะเร่งด่วน", "โครงการรถไฟทางคู่| ระยะเร่งด่วน": a stage in words tells which one is meant, as
    "ระยะที่ 2" does (program_patterns.json "worded_phases"); not one phase of a list, not a longer word, and the
    phase alone after a prefix names nothing."""
    assert _program_names(extract_text, "ครม.เห็นชอบแผนปฏิบัติการบริหารจัดการที่ดินและทรัพยากรดินของประเทศ ระยะเร่งด่วน "
                                        "ตามที่เสนอ") == {"แผนปฏิบัติการบริหารจัดการที่ดินและทรัพยากรดินของประเทศ ระยะเร่งด่วน"}
    assert _program_names(extract_text, "ครม.อนุมัติโครงการรถไฟทางคู่ ระยะเร่งด่วน จำนวน 5 เส้นทาง") \
        == {"โครงการรถไฟทางคู่ ระยะเร่งด่วน"}
    assert not any("ระยะ" in name for name in _program_names(
        extract_text, "ครม.อนุมัติมาตรการกระตุ้นเศรษฐกิจ ระยะสั้น ระยะกลาง และระยะยาว ตามที่เสนอ"))
    assert _program_names(extract_text, "ครม.อนุมัติโครงการรถไฟทางคู่ ระยะยาวนาน") == {"โครงการรถไฟทางคู่"}
    assert _program_names(extract_text, "ครม.อนุมัติมาตรการ ระยะยาว ตามที่เสนอ") == set()


def test_a_quote_opened_by_a_prefix_and_a_space_bounds_the_name(extract_text):
    """A quote that opens with a prefix and a space holds the whole name up to its closing quote ("“โครงการ 80 ปี
    กระทรวงอุตสาหกรรม 8,000 กิโลกรัม รีไซเคิลสู่สังคม”"), where a prefix and a space elsewhere end a clause; a quote
    that lists kinds after the space ("“นโยบาย มาตรการ และแนวทาง…”") names none."""
    names = _program_names(extract_text, "ข่าว\nกิจกรรมนี้เป็นส่วนหนึ่งใน “โครงการ 80 ปีกระทรวงอุตสาหกรรม 8,000 กิโลกรัม "
                                         "รีไซเคิลสู่สังคม” ซึ่งกรมต่าง ๆ ร่วมส่งกระดาษ")
    assert "โครงการ 80 ปีกระทรวงอุตสาหกรรม 8,000 กิโลกรัม รีไซเคิลสู่สังคม" in names
    names = _program_names(extract_text, "ข่าว\nกรมชลประทานเดินหน้า \"โครงการ 10 คลองสวย น้ำใส คนไทยมีสุข\" ในพื้นที่")
    assert "โครงการ 10 คลองสวย น้ำใส คนไทยมีสุข" in names
    names = _program_names(extract_text, "ข่าว\nกรมควบคุมโรคกำหนด “นโยบาย มาตรการ และแนวทางปฏิบัติด้านการป้องกันโรค” "
                                         "ให้หน่วยงาน")
    assert not any(name.startswith("นโยบาย") for name in names)


def test_a_fund_named_for_its_purpose_is_a_programme(extract_text):
    """Thai funds are named by the purpose they are for (program_patterns.json prefixes "กองทุนเพื่อ"): after กองทุน,
    เพื่อ opens the fund's name, not a clause; generic words after it still name no fund."""
    names = _program_names(extract_text, "ข่าว\nครม.อนุมัติเงินจากกองทุนเพื่อความปลอดภัยในการใช้รถใช้ถนน จำนวน 10 ล้านบาท")
    assert "กองทุนเพื่อความปลอดภัยในการใช้รถใช้ถนน" in names
    names = _program_names(extract_text, "ข่าว\nกรมการจัดหางานจ่ายเงินกองทุนเพื่อช่วยเหลือคนหางานไปทำงานในต่างประเทศ ให้แรงงาน")
    assert "กองทุนเพื่อช่วยเหลือคนหางานไปทำงานในต่างประเทศ" in names
    assert not _program_names(extract_text, "ข่าว\nจังหวัดตั้งกองทุนเพื่อการพัฒนา ให้ชุมชน")


def test_a_plan_named_as_the_nations_is_a_programme(extract_text):
    """A plan no prefix announces whose name ends on แห่งชาติ is one named national plan, as a dated plan is
    (program_patterns.json "national_plans"): the name ends on the national word, or on the edition and period written
    after it; the national word ending a body's name inside the run, Thai medicine and the verb วางแผน are no plan."""
    names = _program_names(extract_text, "ข่าว\nที่ประชุมเห็นชอบแผนการดำเนินงาน เพื่อขับเคลื่อนแผนสิทธิมนุษยชนแห่งชาติให้บรรลุ"
                                         "เป้าหมาย")
    assert "แผนสิทธิมนุษยชนแห่งชาติ" in names
    names = _program_names(extract_text, "ข่าว\nกรมสุขภาพจิตขับเคลื่อนแผนพัฒนาสุขภาพจิตแห่งชาติ ฉบับที่ 1 ร่วมกับจังหวัด")
    assert "แผนพัฒนาสุขภาพจิตแห่งชาติ ฉบับที่ 1" in names
    for text in ("ข่าว\nกระทรวงสาธารณสุขส่งเสริมแผนไทยและการแพทย์ทางเลือกในระบบหลักประกันสุขภาพแห่งชาติ ทุกจังหวัด",
                 "ข่าว\nกรมชลประทานรายงานแผนงานที่สำนักงานทรัพยากรน้ำแห่งชาติ เห็นชอบแล้ว",
                 "ข่าว\nครูต้องวางแผนการศึกษาแห่งชาติ ให้ทันสมัย"):
        assert not any(name.startswith("แผน") for name in _program_names(extract_text, text)), text


def test_a_railway_named_with_its_route_is_a_programme(extract_text):
    """A railway project no prefix announces, named with the route it runs (program_patterns.json "routed_lines"), is
    one project, as after a prefix: the kind alone names none, nor does a route glued to prose ("…ให้ใช้เวลา") or a
    plain railway's route goods go by (a line in service), and
    a project the prefixes announce is found whole by the scan, not cut to its railway."""
    names = _program_names(extract_text, "ข่าว\nจังหวัดจะมีเครือข่ายการขนส่ง ทั้งรถไฟความเร็วสูงจากกรุงเทพฯ-โคราช-หนองคาย "
                                         "และรถไฟทางคู่ซึ่งจะช่วยยกระดับการขนส่งสินค้า")
    assert "รถไฟความเร็วสูงจากกรุงเทพฯ-โคราช-หนองคาย" in names
    assert "รถไฟทางคู่" not in names
    names = _program_names(extract_text, "ข่าว\nรฟม. เร่งก่อสร้างรถไฟฟ้าสายสีส้ม ช่วงบางขุนนนท์ - มีนบุรี ให้แล้วเสร็จ")
    assert "รถไฟฟ้าสายสีส้ม ช่วงบางขุนนนท์ - มีนบุรี" in names
    names = _program_names(extract_text, "ข่าว\nจุดจอดรถ รถไฟฟ้าสายสีม่วง ช่วงบางใหญ่ - เตาปูน 4 แห่ง และอาคารใหม่")
    assert "รถไฟฟ้าสายสีม่วง ช่วงบางใหญ่ - เตาปูน" in names  # the number counts the car parks
    for text in ("ข่าว\nนักท่องเที่ยวนั่งรถไฟจีน-ลาวให้ใช้เวลาไม่เกิน 3 ชั่วโมง",
                 "ข่าว\nนายกฯ ขอให้ผลักดันความร่วมมือด้านรถไฟไทย-จีนให้เกิดขึ้นโดยเร็ว เพื่อเชื่อมโยงภูมิภาค",
                 "ข่าว\nสมาชิกสหกรณ์ประชุมบนรถไฟ เดินทางจากสถานีหัวลำโพง - สถานีเชียงใหม่ ในวันเสาร์",
                 "ข่าว\nนายกฯ เร่งแผนเชื่อมต่อรถไฟฟ้าสายสีม่วง-สีน้ำเงิน 1 กม. ให้เสร็จ",
                 "ข่าว\nกรมการขนส่งทางรางส่งออกทุเรียนผ่านเส้นทางรถไฟไทย - ลาว - จีน ไปยังนครคุนหมิง"):
        assert not any(name.startswith("รถไฟ") for name in _program_names(extract_text, text)), text
    names = _program_names(extract_text, "ข่าว\nครม.อนุมัติโครงการก่อสร้างรถไฟทางคู่ช่วงขอนแก่น-หนองคาย วงเงิน 100 ล้านบาท")
    assert not any(name.startswith("รถไฟ") for name in names)


@pytest.mark.parametrize("text, name", [
    # one X, one Y: a name, though "หนึ่ง" alone after a prefix refers back (program_patterns.json "paired")
    ("โครงการหนึ่งอำเภอหนึ่งทุน (ODOS) และ", "โครงการหนึ่งอำเภอหนึ่งทุน"),
    ("นโยบายหนึ่งแถบหนึ่งเส้นทาง ของจีน", "นโยบายหนึ่งแถบหนึ่งเส้นทาง"),
    # a kind of way opens a transport project's name, though "ทาง" alone refers back ("route_words" "ways")
    ("โครงการทางพิเศษฉลองรัช ของการทางพิเศษ", "โครงการทางพิเศษฉลองรัช"),
    # the segment of a route glued to the run, its places numbered and joined by dashes, is the name's
    ("โครงการทางพิเศษสายพระราม 3 – ดาวคะนอง - วงแหวนรอบนอกตะวันตก ของการทางพิเศษ",
     "โครงการทางพิเศษสายพระราม 3 – ดาวคะนอง - วงแหวนรอบนอกตะวันตก"),
])
def test_programs_paired_names_nouns_after_a_prefix_and_glued_routes(text, name):
    assert _end(text) == name


def test_a_name_pairing_with_numbers_after_a_prefix_and_a_space(extract_text):
    """One X, one Y written with digits after the prefix and a space ("โครงการ 1 ตำบล 1 กลุ่มเกษตรทฤษฎีใหม่",
    program_patterns.json "paired" "numbers") is a name as "หนึ่งตำบลหนึ่งผลิตภัณฑ์" is; an English slogan may open
    with any number ("6 countries 1 destination"); a Thai pair opening with another number, a counted prefix or a unit
    after the one are counts."""
    names = _program_names(extract_text, "ข่าว\nเกษตรกรที่เข้าร่วมโครงการ 1 ตำบล 1 กลุ่มเกษตรทฤษฎีใหม่ พื้นที่ตำบลวังประจบ")
    assert "โครงการ 1 ตำบล 1 กลุ่มเกษตรทฤษฎีใหม่" in names
    assert "โครงการ 1 อำเภอ 1 ทุน" in _program_names(extract_text, "ข่าว\nสนับสนุนโครงการ 1 อำเภอ 1 ทุน ของรัฐบาล")
    names = _program_names(extract_text, "ข่าว\nทุกประเทศสนับสนุนโครงการ 6 countries 1 destination รวมไปถึง")
    assert "โครงการ 6 countries 1 destination" in names
    for text in ("ข่าว\nใช้มาตรการ 3 ด้าน 1 ระยะ ได้แก่", "ข่าว\nมีโครงการ 1 โครงการ 1 ล้านบาท",
                 "ข่าว\nตามมาตรการ 1 ครัวเรือน 1 คน ได้รับ"):
        assert not any(name[-1].isdigit() or " 1 " in name for name in _program_names(extract_text, text)), text


@pytest.mark.parametrize("text, name", [
    ("ข่าว\nลงพื้นที่กลุ่มแปลงใหญ่มังคุด ภายใต้การขับเคลื่อนงานสินค้าเกษตรและบริการมูลค่าสูง “1 ท้องถิ่น 1 สินค้าเกษตรมูลค่าสูง”\n",
     "1 ท้องถิ่น 1 สินค้าเกษตรมูลค่าสูง"),
    ("ข่าว\nอธิบดีกรมส่งเสริมวัฒนธรรม ให้ข้อมูลว่า “1 จังหวัด 1 เมนู เชิดชูอาหารถิ่น” หมายถึง เมนูอาหาร",
     "1 จังหวัด 1 เมนู เชิดชูอาหารถิ่น"),
    ("ข่าว\nกระทรวงสาธารณสุขเดินหน้า “หนึ่งจังหวัด หนึ่งโรงพยาบาล” เพื่อประชาชน", "หนึ่งจังหวัด หนึ่งโรงพยาบาล"),
])
def test_a_quote_that_pairs_names_a_programme_with_no_prefix(extract_text, text, name):
    """A quote opening with one X, one Y (program_patterns.json "paired"; program_quoted.paired_quote) is a
    programme's name though no prefix comes before it, as it is after one."""
    assert name in _program_names(extract_text, text)


@pytest.mark.parametrize("text, name", [
    ("ข่าว\nรองนายกฯ หนุนนโยบาย ‘Learn to Earn’ ให้นักศึกษามีรายได้ระหว่างเรียน", "Learn to Earn"),
    ("ข่าว\nนายกฯ ติดตามความคืบหน้าโครงการ ‘บ้านเพื่อคนไทย’ ที่จังหวัดนนทบุรี", "บ้านเพื่อคนไทย"),
    ("ข่าว\nกระทรวงวัฒนธรรมเดินหน้าโครงการ 'สร้างสรรค์ไทย 3' ต่อเนื่อง", "สร้างสรรค์ไทย 3"),
    ("ข่าว\nเปิดตัวแคมเปญ‘ช้อปวิถีใหม่ ส่งสุขทั่วไทยถึงหน้าบ้าน’ ของไปรษณีย์", "ช้อปวิถีใหม่ ส่งสุขทั่วไทยถึงหน้าบ้าน"),
])
def test_a_name_in_single_quotes_after_its_prefix_is_a_programme(extract_text, text, name):
    """A name in single quotes, straight or curly, right after its prefix (program_quoted.SINGLE_QUOTED) is read as
    one in double quotes is; before, the space after the prefix or the quote ended the name."""
    assert name in _program_names(extract_text, text)


@pytest.mark.parametrize("text", [
    "ข่าว\nกระทรวงเกษตรฯ เร่งฟื้นฟูทรัพยากรประมง ตามนโยบาย 'เฉลิมชัย' ปล่อยพันธุ์ปูทะเล 1.3 ล้านตัว",  # a minister
    "ข่าว\nผลักดันโครงการ ‘King’s Project’ ต่อไป",  # an apostrophe is no closing quote
])
def test_single_quotes_after_a_prefix_that_hold_no_name(extract_text, text):
    names = _program_names(extract_text, text)
    assert "เฉลิมชัย" not in names and "King" not in names, names


@pytest.mark.parametrize("text", [
    "ข่าว\nตั้งเป้าหมาย “1 เดือน 1 แสนราย” ในการฉีดวัคซีน",  # a count: units and multipliers
    "ข่าว\nใช้หลัก “1 ผู้เสพต่อ 1 ผู้ค้า” ในการขยายผล",  # a ratio
    "ข่าว\nให้คำปรึกษาแบบ “1 ต่อ 1” แก่ผู้ประกอบการ",
])
def test_a_quoted_count_or_ratio_names_no_programme(extract_text, text):
    assert not any(name.startswith(("1", "หนึ่ง")) for name in _program_names(extract_text, text)), text


@pytest.mark.parametrize("text", [
    "โครงการหนึ่งที่น่าสนใจ คือ",  # "หนึ่ง" alone refers back
    "โครงการยังมีการจัดกิจกรรมออฟไลน์ ต่อไป",  # a longer word that begins with one still refers back
    "โครงการที่ผ่านมาสอดคล้องกับมาตรฐาน ของ",
    "มาตรการทางสังคมและแนวทางประชารัฐ ของ",
])
def test_programs_words_that_refer_back_still_name_nothing(text):
    assert _end(text) is None


def test_programs_a_code_led_by_its_number_is_a_latin_name(extract_text):
    """"ยุทธศาสตร์ 5G", "มาตรการ 2U": a code of digits and capitals after a prefix names it; a number alone does not."""
    names = _program_names(extract_text, "ข่าว\nการขับเคลื่อนยุทธศาสตร์ 5G ของประเทศไทย และมาตรการ 2U ของกรม")
    assert {"ยุทธศาสตร์ 5G", "มาตรการ 2U"} <= names
    assert not any("10" in n for n in _program_names(extract_text, "ข่าว\nร่วมโครงการ 10 โครงการ ในปีนี้"))


@pytest.mark.parametrize("text", [
    "ข่าว\nเสนอโครงการทุนการศึกษาเพื่อขยายโอกาสและพัฒนาประเทศ (Outstanding Development Opportunity Scholarship : ODOS) "
    "ต่อ ครม. โดยโครงการ ODOS จะใช้งบประมาณ",
    "ข่าว\nแนวทางการดำเนินโครงการทุนการศึกษาเพื่อขยายโอกาสและพัฒนาประเทศ (โครงการ ODOS) ทั้งนี้ โครงการ ODOS จะใช้งบประมาณ",
    "ข่าว\nก่อสร้างโครงการทางพิเศษยกระดับชั้นที่ 2 ช่วงงามวงศ์วาน-พระราม 9 (Double Deck) ทั้งนี้ โครงการ Double Deck จะ",
    # an English programme's name in the bracket, found by the English stage too, is the same programme's
    "ข่าว\nรัฐบาลมีมาตรการส่งเสริมการย้ายฐานธุรกิจ (Relocation Program) เพื่อดึงดูดนักลงทุน",
    "ข่าว\nกรมควบคุมโรคขับเคลื่อนยุทธศาสตร์ยุติวัณโรค (End TB Strategy) ทั่วประเทศ",
])
def test_a_bracketed_english_or_prefixed_name_is_another_name_of_the_programme(extract_text, text):
    """The bracket after a programme's name gives another name of it: an English name with its acronym after a colon,
    English words in Title Case, or the prefix and a short name; the prefix written before that short name later
    names the same programme (`program_aliases.bracket_alias`, `prefixed_aliases`): one programme, not two."""
    programs = extract_text(text).of_kind("program")
    assert len(programs) == 1, [p.names for p in programs]


def test_a_bracketed_english_programme_after_a_scheme_name_stays_apart(extract_text):
    """A scheme's name may end a longer phrase the English bracket glosses ("…ภายใต้ยุทธศาสตร์ชาติ (Flagship
    Project)"): the bracketed programme is not joined to the scheme's."""
    text = "ข่าว\nครม.เห็นชอบโครงการสำคัญภายใต้ยุทธศาสตร์ชาติ (Flagship Project) ของหน่วยงาน"
    programs = extract_text(text).of_kind("program")
    assert not any("Flagship Project" in p.names and "ยุทธศาสตร์ชาติ" in p.names for p in programs), \
        [p.names for p in programs]


def test_a_programme_is_labelled_by_its_full_name_before_its_prefixed_acronym(extract_text):
    """"โครงการ WiL" in the headline and the full name with its gloss below: one programme, labelled by the full
    name (resolve sorts the prefix with an acronym after the names it shortens)."""
    text = ("ข่าว โครงการ WiL เดินหน้า\nมหาวิทยาลัยร่วมโครงการบูรณาการการเรียนกับการทำงาน (Work-integrated Learning : WiL) "
            "โดยโครงการ WiL จะรับนักศึกษา")
    programs = extract_text(text).of_kind("program")
    assert len(programs) == 1 and programs[0].names[0] == "โครงการบูรณาการการเรียนกับการทำงาน", programs[0].names


def test_a_quoted_name_holding_a_body_after_words_of_its_own_is_a_programme(extract_text):
    """A body named inside the quotes after words of the name's own is a piece of the name (a training programme named
    by whom it trains); a quote opening with a body, naming a person or joining a body after และ is no programme."""
    text = ("ข่าว\nปลัดกระทรวงเป็นประธานเปิดโครงการ “พัฒนาศักยภาพข้าราชการและเจ้าหน้าที่สำนักงานปลัดกระทรวงการท่องเที่ยว"
            "และกีฬา ประจำปีงบประมาณ พ.ศ. 2568” ณ จังหวัดระยอง")
    assert any(n.startswith("พัฒนาศักยภาพข้าราชการและเจ้าหน้าที่สำนักงานปลัดกระทรวง") or
               n.startswith("โครงการ “พัฒนาศักยภาพข้าราชการ") for n in _program_names(extract_text, text))
    assert not _program_names(extract_text, "ข่าว\nสนองนโยบาย “พลเอก ประยุทธ์ จันทร์โอชา” ในการพัฒนาประเทศ")
    assert not any("มูลนิธิ" in n for n in _program_names(
        extract_text, "ข่าว\nร่วมโครงการ “ส่งเสริมศิลปาชีพและมูลนิธิส่งเสริมศิลปาชีพฯ” ณ ศาลากลางจังหวัด"))


@pytest.mark.parametrize("text, programme", [
    ("ข่าว\nการประชุมคณะกรรมการสานพลังประชารัฐ กลุ่มการปรับแก้กฎหมาย ครั้งที่ 1/2560", "สานพลังประชารัฐ"),
    ("ข่าว\nกำลังศึกษาการร่วมลงทุนกับภาคเอกชน ภายใต้พระราชบัญญัติการให้เอกชนร่วมลงทุนในกิจการของรัฐ พ.ศ.2556 ทั้งนี้",
     "การให้เอกชนร่วมลงทุนในกิจการของรัฐ"),
])
def test_a_scheme_programme_inside_a_body_or_law_name_is_that_name(extract_text, text, programme):
    """A programme of the authority scheme written right after a body's head word or a law's head is a piece of the
    board's, office's or act's name (program_patterns.json "body_heads", "law_heads"), not a mention of the programme."""
    assert programme not in _program_names(extract_text, text)


@pytest.mark.parametrize("text", [
    "ข่าว\nผลการใช้จ่ายโครงการคนละครึ่ง เพิ่มขึ้น โดยกระทรวงการคลังเร่งเชื่อมระบบโครงการ “คนละครึ่ง” กับแพลตฟอร์ม",
])
def test_a_scheme_name_quoted_after_its_prefix_is_the_schemes_programme(extract_text, text):
    """"โครงการคนละครึ่ง" and "โครงการ “คนละครึ่ง”" in one release name one programme, the scheme's (`unify_keys`
    compares a quoted surface without its quote marks with the scheme's)."""
    programs = extract_text(text).of_kind("program")
    assert len(programs) == 1, [p.names for p in programs]


def test_a_name_followed_by_or_and_a_scheme_programme_is_another_name_of_it(extract_text):
    """"มาตรการ… ระยะที่ 2 หรือ EV 3.5": the name before "หรือ" names the scheme's programme written after it, written
    whole ("หรือ อีอีซีไอ" is EECi: "อีอีซี" at the start of a longer word names no alias)."""
    text = ("ข่าว\nอก. ผลักดันมาตรการสนับสนุนการใช้ยานยนต์ไฟฟ้า ระยะที่ 2 หรือ EV 3.5 ในช่วงระยะเวลา 4 ปี "
            "เพื่อส่งเสริมอุตสาหกรรม")
    programs = extract_text(text).of_kind("program")
    assert len(programs) == 1 and "มาตรการสนับสนุนการใช้ยานยนต์ไฟฟ้า ระยะที่ 2" in programs[0].names, \
        [p.names for p in programs]
    text = "ข่าว\nบีโอไอขยายสิทธิประโยชน์ให้กับโครงการลงทุนในเขตนวัตกรรมระเบียงเศรษฐกิจพิเศษภาคตะวันออก หรือ อีอีซีไอ ให้ครอบคลุม"
    assert not any("โครงการลงทุน" in n for p in extract_text(text).of_kind("program") if p.key == "program:program-eec"
                   for n in p.names)


def test_a_policy_written_on_in_the_headline_is_no_name_by_that_alone(extract_text):
    """A headline names the measure its release is about, but a policy it writes on is what an official handed down
    or follows, told in a verb phrase (headline_names)."""
    policy = "รมว.ศธ.มอบนโยบายการนำหลักสูตรอาชีวศึกษานานาชาติสู่การปฏิบัติ\nรัฐมนตรีว่าการกระทรวงศึกษาธิการ กล่าวว่า"
    assert not _program_names(extract_text, policy)
    quoted = "กรอ. ขานรับนโยบาย “อุตสาหกรรมเศรษฐกิจที่เติบโตอย่างยั่งยืนคู่ชุมชน”\nอธิบดี กล่าวว่า"
    assert _program_names(extract_text, quoted)  # quoted: a name wherever it is written
    measure = "ครม. เห็นชอบมาตรการช่วยเหลือลูกหนี้กองทุนจัดรูปที่ดิน\nรัฐบาลเห็นชอบ"
    assert "มาตรการช่วยเหลือลูกหนี้กองทุนจัดรูปที่ดิน" in _program_names(extract_text, measure)


@pytest.mark.parametrize("prefix, words, kind", [
    ("โครงการ", "นำร่องในมหาวิทยาลัยที่มีความพร้อม", True),  # pilot projects in universities: a kind placed
    ("โครงการ", "พระราชดำริของในหลวงรัชกาลที่ 9", True),  # the royal projects of a king: a kind owned
    ("โครงการ", "ลงทุนในเขตนวัตกรรมระเบียงเศรษฐกิจพิเศษภาคตะวันออก", True),
    ("โครงการ", "กำลังใจในพระดำริพระเจ้าหลานเธอ", False),  # a royal patronage is the project's own formula
    ("โครงการ", "นำร่องในการบริหารจัดการขยะ", False),  # what the pilot does: a purpose, as with เพื่อ
    ("โครงการ", "พัฒนาการศึกษาในเขตพัฒนาพิเศษเฉพาะกิจจังหวัดชายแดนภาคใต้", False),  # a purpose with its object
    ("ยุทธศาสตร์", "การฟื้นฟูจากโควิด-19", False),  # จาก places nothing
    ("กองทุน", "ชุมชนในพื้นที่", True),  # after a prefix named by its subject too
    ("กองทุน", "กำลังใจในพระดำริพระเจ้าหลานเธอ", False),
])
def test_one_generic_word_placed_or_owned_is_a_kind_of_programme(prefix, words, kind):
    assert program_evidence.kind_of_programme(prefix, words) is kind


def test_a_kind_placed_after_a_prefix_is_no_programme_name(extract_text):
    text = "ข่าว\nกระทรวงจะเริ่มโครงการนำร่องในมหาวิทยาลัยที่มีความพร้อม ก่อนขยายผลทั่วประเทศ"
    assert not _program_names(extract_text, text)


@pytest.mark.parametrize("text", [
    "โครงการประเภทแหล่งน้ำ จำนวน 12 โครงการ",
    "โครงการแบบระยะยาว ที่ส่งเสริมให้ประชาชน",
    "กองทุนชนิดสะสมมูลค่า สำหรับผู้ลงทุน",
    "โครงการลำดับที่ 13 ชื่อโครงการสถานแสดงพันธุ์สัตว์น้ำ",
    "แผนปฏิบัติการฉบับปัจจุบัน จะสิ้นสุดในปีนี้",  # an edition of a plan named elsewhere
    "แผนปฏิบัติการฉบับที่ 3 ได้กำหนดเป้าหมาย",
])
def test_a_word_that_classes_what_the_prefix_refers_to_names_no_programme(text):
    assert _end(text) is None  # class_words: a type, a kind, a place in an order or an edition


def test_a_class_word_counts_only_as_a_whole_word():
    assert _end("โครงการแบบอย่างการพัฒนาชุมชน ของ") == "โครงการแบบอย่างการพัฒนาชุมชน"


@pytest.mark.parametrize("text, name", [
    ("แผนงานโครงการที่มีความจำเป็นเร่งด่วน ของ", None),  # the inner prefix names nothing: neither does the outer
    ("ตามโครงการนโยบายสำคัญ ของรัฐบาล", None),
    ("โครงการโครงการรถไฟทางคู่ ของ", "โครงการโครงการรถไฟทางคู่"),  # the inner prefix names: the outer run stands
])
def test_a_prefix_on_a_prefix_that_names_nothing_names_nothing(text, name):
    start = program_words.prefix_pattern().search(text)
    stop = program_words.NAME_RUN.match(text, start.end()).end()
    end = program_ends.name_end(text, start.start(), start.end(), stop, mined=NO_MINED)
    assert (None if end is None else text[start.start():end]) == name


@pytest.mark.parametrize("words, generic", [
    ("นำร่อง", True),  # a modifier in quotes
    ("ด้านสังคม", True),  # a field
    ("เชิงรุก เชิงลึก และครอบคลุม", False),  # a slogan of common words is a name
    ("ผ้าไทยใส่ให้สนุก", False),
])
def test_a_quoted_name_of_one_or_two_generic_words_is_a_kind(words, generic):
    assert program_evidence.generic_quoted(words) is generic


def test_a_kind_quoted_after_a_prefix_is_no_programme(extract_text):
    text = "ข่าว\nผู้ช่วยปลัดกระทรวงลงพื้นที่ติดตามโครงการ “นำร่อง” การแก้ไขปัญหาด้านการเกษตร"
    assert "นำร่อง" not in _program_names(extract_text, text)


@pytest.mark.parametrize("text", [
    "ข่าว\nเปิดตัวโครงการบริเวณทะเลสาบเมืองทองธานี พร้อมจัดกิจกรรม",
    "ข่าว\nโครงการตั้งอยู่บนเนินเขา ห่างจากตัวเมือง 10 กิโลเมตร",
])
def test_a_project_told_by_where_it_stands_is_no_name(extract_text, text):
    assert not _program_names(extract_text, text)


@pytest.mark.parametrize("text", [
    "ข่าว\nมีโครงการยื่นขอรับการส่งเสริมการลงทุนในกิจการดังกล่าว รวม 47 โครงการ",
    "ข่าว\nบริษัทดำรงเงินกองทุนต่ำกว่าที่กฎหมายกำหนด จึงถูกเพิกถอนใบอนุญาต",
    "ข่าว\nเกษตรกรเข้าร่วมโครงการด้วยความสมัครใจ ซึ่งช่วยให้การดำเนินงานบรรลุเป้าหมาย",
    "ข่าว\nเมื่อโครงการเสร็จสมบูรณ์แล้วจะแก้ปัญหาน้ำท่วมได้ร้อยละ 90",
    "ข่าว\nจังหวัดส่งรายละเอียดโครงการมายังคณะกรรมการกลั่นกรอง เพื่อพิจารณา",
    "ข่าว\nโครงการส่วนใหญ่ล้วนเกี่ยวข้องกับงานวิจัย และได้รับงบประมาณแล้ว",
    "ข่าว\nมีผู้ยื่นโครงการขอรับการจัดสรรจากงบกลาง จำนวน 12 โครงการ",
    "ข่าว\nเสนอโครงการเข้าสู่การประชุม กนช. ต่อไป",
])
def test_a_prefix_that_is_the_subject_of_a_predicate_is_no_name(extract_text, text):
    """A predicate right after the prefix (ยื่น, ต่ำกว่า, ด้วยความสมัครใจ, เสร็จ …: program_patterns.json "not_after")
    makes the prefix a clause's subject or object: the projects apply, the fund falls short; so does a word that tells
    how many of them or where they go (ส่วนใหญ่, มายัง); no name."""
    assert not _program_names(extract_text, text)


@pytest.mark.parametrize("text", [
    "ข่าว\nกรมฯ สนับสนุนโครงการเกี่ยวกับสิ่งแวดล้อมในชุมชน ทั้งการคัดแยกขยะและการปลูกป่า",
    "ข่าว\nโดย 5 อันดับแรกเป็นโครงการเกี่ยวกับร้านค้าชุมชน วัสดุการเกษตร บริการชุมชน และน้ำดื่มชุมชน",
    "ข่าว\nการดำเนินโครงการกระตุ้นเศรษฐกิจฯ ซึ่งครอบคลุมโครงการเกี่ยวกับโครงสร้างพื้นฐานด้านน้ำและคมนาคม การท่องเที่ยว",
    "ข่าว\nชาวบ้านเสนอโครงการเรื่องปุ๋ยเรื่องข้าวเรื่องการเพิ่มรายได้ ให้อำเภอพิจารณา",
])
def test_programmes_about_a_topic_are_a_kind_no_name(extract_text, text):
    """เกี่ยวกับ or เรื่อง right after the prefix (program_patterns.json "not_after") tells what the prefix's programmes
    are about: projects, policies or measures on a topic, a kind, no one programme."""
    assert not _program_names(extract_text, text)


@pytest.mark.parametrize("text, name", [
    ("ข่าว\nเยี่ยมชมโครงการอนุรักษ์พันธุกรรมพืชอันเนื่องมาจากพระราชดำริสมเด็จพระกนิษฐาธิราชเจ้า กรมสมเด็จพระเทพรัตน"
     "ราชสุดาฯ สยามบรมราชกุมารี ณ จังหวัดชุมพร",
     "โครงการอนุรักษ์พันธุกรรมพืชอันเนื่องมาจากพระราชดำริสมเด็จพระกนิษฐาธิราชเจ้า กรมสมเด็จพระเทพรัตนราชสุดาฯ"
     " สยามบรมราชกุมารี"),
    ("ข่าว\nกรมราชทัณฑ์ดำเนินโครงการกำลังใจในพระดำริของพระเจ้าหลานเธอ พระองค์เจ้าพัชรกิติยาภา เพื่อช่วยเหลือผู้ต้องขัง",
     "โครงการกำลังใจในพระดำริของพระเจ้าหลานเธอ พระองค์เจ้าพัชรกิติยาภา"),
])
def test_programs_a_royal_name_across_its_spaces_is_the_name_s(extract_text, text, name):
    """A programme named for a royal runs through the royal's name and titles across their spaces (royal_names.json),
    as an event's name does: cut at the first space it was judged a name cut short."""
    assert name in _program_names(extract_text, text)


@pytest.mark.parametrize("text, name", [
    # an amount told about the programme: ประมาณ opens it (a stop, program_patterns.json "stops")
    ("กองทุนน้ำมันเชื้อเพลิงประมาณ 9 ล้านบาท", "กองทุนน้ำมันเชื้อเพลิง"),
    # "ทั้งใน X และ Y": where the programme reaches, no part of its name (a stop pair)
    ("กองทุนยุติธรรมทั้งในส่วนกลางและภูมิภาค เข้าร่วมงาน", "กองทุนยุติธรรม"),
    # "ทั้ง X และ Y" with no ใน joins the two parts of one name, as before
    ("มาตรการประหยัดพลังงานทั้งภาครัฐและเอกชน โดยให้", "มาตรการประหยัดพลังงานทั้งภาครัฐและเอกชน"),
])
def test_programs_an_amount_or_a_reach_told_after_the_name_ends_it(text, name):
    assert _end(text) == name


@pytest.mark.parametrize("text, name", [
    # a copula right after the name's words opens a clause about it
    ("โครงการกระตุ้นเศรษฐกิจและส่งเสริมการท่องเที่ยวเป็นการทำกิจกรรมซึ่งทำให้ทุกคนมีความสุข",
     "โครงการกระตุ้นเศรษฐกิจและส่งเสริมการท่องเที่ยว"),
    ("โครงการกรีนมาร์เก็ตเพชรบูรณ์เป็นการรวมตัวของกลุ่มเกษตรกรในจังหวัด โดยปัจจุบัน", "โครงการกรีนมาร์เก็ตเพชรบูรณ์"),
    # after a joining word it adds a second purpose to the name
    ("โครงการรณรงค์การบริโภคลิ้นจี่เพื่อกระจายผลผลิตออกนอกพื้นที่และเป็นการช่วยเหลือเกษตรกร ณ สวน",
     "โครงการรณรงค์การบริโภคลิ้นจี่เพื่อกระจายผลผลิตออกนอกพื้นที่และเป็นการช่วยเหลือเกษตรกร"),
])
def test_programs_a_copula_after_the_name_opens_a_clause(text, name):
    assert _end(text) == name


def test_programmes_that_are_the_event_the_release_reports_are_left_to_the_events(extract_candidates):
    # thaigov corpus: "ปลัดกระทรวงยุติธรรม เป็นประธานในพิธีเปิดโครงการอบรมคณะกรรมการศูนย์ยุติธรรมชุมชน รุ่นที่ ๕",
    # "ปลัดดีอี เปิดโครงการ Town Hall Meeting": the event rules read the same words as the event; one thing, one class
    text = "ปลัดกระทรวงยุติธรรม เป็นประธานในพิธีเปิดโครงการอบรมคณะกรรมการศูนย์ยุติธรรมชุมชน รุ่นที่ 5 ในวันนี้"
    found = extract_candidates(text)
    assert not found.of_kind("program")
    assert any("อบรมคณะกรรมการศูนย์ยุติธรรมชุมชน" in n for e in found.of_kind("event") for n in e.names)
    found = extract_candidates("ปลัดดีอี เปิดโครงการ Town Hall Meeting ที่กระทรวงในวันนี้")
    assert not found.of_kind("program") and found.of_kind("event")
    # a project around an event keeps its own words before the event's name
    names = _program_names(extract_candidates, "ไทยเตรียมโครงการเข้าร่วมงาน The International Horticultural Expo ในปีนี้")
    assert "โครงการเข้าร่วมงาน The International Horticultural Expo" in names


def test_programmes_quoted_as_the_event_the_release_reports_are_left_to_the_events(extract_candidates):
    # judged round 19: "โครงการ “eGovernment Forum 2017”" ("a forum, i.e. an event"), the event rules reading it from
    # its capital ("Government Forum 2017"); "ปาฐกถาพิเศษ “Museum Talk”" ("a special lecture (event)")
    found = extract_candidates("รองนายกรัฐมนตรี เป็นประธานเปิดโครงการ “eGovernment Forum 2017” โดยมี นายพันธ์ศักดิ์ "
                               "ศิริรัชตพงษ์ ผู้ช่วยรัฐมนตรี")
    assert not found.of_kind("program") and found.of_kind("event")
    found = extract_candidates("นายกรัฐมนตรี ได้ปาฐกถาพิเศษ “Museum Talk” เนื่องในวันพิพิธภัณฑ์สากล 18 พฤษภาคม 2567 ณ")
    assert not found.of_kind("program") and found.of_kind("event")
    # a prefix before the quote names the project the event opens
    assert "รวมพลังสร้างสุข" in _program_names(
        extract_candidates, "นายกรัฐมนตรีเป็นประธานในพิธีเปิดโครงการ “รวมพลังสร้างสุข” เมื่อวันที่ 18 พฤษภาคม 2567 ณ")
    # a launch's or a visit's quote names what is launched or visited (thaigov corpus, v1 and v2 samples)
    assert "กาญจนบุรีโมเดล" in _program_names(
        extract_candidates, "“สนธิรัตน์”เปิดตัว “กาญจนบุรีโมเดล” ประกาศเดินหน้าสร้างงานสร้างอาชีพผู้มีรายได้น้อย")
    assert "หมู่บ้านยั่งยืน" in _program_names(
        extract_candidates, "พ่อเมืองนครพนม ลงพื้นที่ อ.วังยาง ตรวจเยี่ยมการขับเคลื่อน “หมู่บ้านยั่งยืน” (Sustainable Village) ชู")
    # a lecture's topic drops the quote alone: the programme named after its prefix elsewhere stays
    text = ("รองนายกรัฐมนตรี เป็นประธานเปิดโครงการยุติธรรมสู่หมู่บ้าน นำบริการรัฐสู่ประชาชน ครั้งที่ 2 ในพื้นที่\n"
            "ในการนี้ ได้กล่าวปาฐกถาพิเศษในหัวข้อ “ยุติธรรมสู่หมู่บ้าน นำบริการรัฐสู่ประชาชน” ใจความตอนหนึ่งว่า")
    assert any(n.startswith("โครงการยุติธรรมสู่หมู่บ้าน") for n in _program_names(extract_candidates, text))


def test_programs_a_prefix_opening_a_host_name_names_nothing(extract_text):
    # judged round 19: "https://โครงการกระตุ้นเศรษฐกิจ2567.cgd.go.th" ("web address, not a name")
    text = "ตรวจสอบสิทธิผ่านเว็บไซต์ https://โครงการกระตุ้นเศรษฐกิจ2567.cgd.go.th ได้ในวันที่ 17 ตุลาคม 2567"
    assert not _program_names(extract_text, text)
    assert program_words.in_host_name("โครงการกระตุ้นเศรษฐกิจ2567.cgd.go.th ได้", 0)
    # a name's own dots, and an address glued before the prefix, make no host name of it
    assert not program_words.in_host_name("มาตรการ 3.5 ระยะที่ 2", 0)
    assert not program_words.in_host_name("โครงการยกระดับศักยภาพหมู่บ้านฯ.ก.พ. ได้", 0)
    text = "https://twitter.com/PR_mof/status/1608?s=20กองทุนเงินให้กู้ยืมเพื่อการศึกษา ได้ขยายเวลา"
    assert not program_words.in_host_name(text, text.index("กองทุน"))
    assert any(n.startswith("กองทุนเงินให้กู้ยืมเพื่อการศึกษา") for n in _program_names(extract_text, text))


def test_programmes_named_like_an_event_stay_where_no_event_is_read(monkeypatch, extract_candidates):
    from phakhi.graph.extract import program_events

    monkeypatch.setattr(program_events, "_names_the_event", lambda text, start, event_start: False)
    text = "ปลัดกระทรวงยุติธรรม เป็นประธานในพิธีเปิดโครงการอบรมคณะกรรมการศูนย์ยุติธรรมชุมชน รุ่นที่ 5 ในวันนี้"
    assert "โครงการอบรมคณะกรรมการศูนย์ยุติธรรมชุมชน รุ่นที่ 5" in _program_names(extract_candidates, text)


def test_programs_an_adverb_of_extent_after_a_name_the_corpora_know_whole_ends_it(monkeypatch):
    """An adverb of extent ("ทั่วประเทศ", "ทั้งระบบ", "อย่างยั่งยืน": program_patterns.json "extents") glued after a
    name the corpora show standing whole tells how far the programme reaches, not which one it is: the name ends before
    it.
    A name the corpora do not show whole keeps it, and without the data the rules decide as before (the shipped
    program_names.json "boundaries" and program_guard.json "whole" both hold "กองทุนยุติธรรม": emptied here)."""
    monkeypatch.setattr(program_ends, "whole_names", lambda: frozenset())
    monkeypatch.setattr(program_ends, "mined_boundaries", lambda: frozenset())
    text = "กองทุนยุติธรรมอย่างยั่งยืน ณ"
    assert _end(text) == "กองทุนยุติธรรมอย่างยั่งยืน"
    monkeypatch.setattr(program_ends, "mined_boundaries",
                        lambda: frozenset({"กองทุนยุติธรรม", "โครงการรถไฟฟ้าสายสีเขียว", "โครงการโรงเรียนธนาคาร"}))
    assert _end(text) == "กองทุนยุติธรรม"
    assert _end("โครงการรถไฟฟ้าสายสีเขียวทั้งระบบ โดยดำเนินการ") == "โครงการรถไฟฟ้าสายสีเขียว"
    assert _end("โครงการโรงเรียนธนาคารทั่วประเทศ โดยในชุดแรก") == "โครงการโรงเรียนธนาคาร"
    assert _end("โครงการชีววิถีเพื่อการพัฒนาอย่างยั่งยืน ณ") == "โครงการชีววิถีเพื่อการพัฒนาอย่างยั่งยืน"


@pytest.mark.parametrize("text, name", [
    # after "ระหว่าง", parties joined by dashes, and the period after them
    ("ข่าว\nภายใต้ยุทธศาสตร์ความร่วมมือด้านการขนส่งระหว่างอาเซียน – จีน ปี 2564-2568 (ฉบับปรับปรุง) เป็นต้น",
     "ยุทธศาสตร์ความร่วมมือด้านการขนส่งระหว่างอาเซียน – จีน ปี 2564-2568"),
    # after a space, three parties joined by dashes
    ("ข่าว\nการประชุมแผนงานการพัฒนาเขตเศรษฐกิจสามฝ่าย อินโดนีเซีย – มาเลเซีย – ไทย ณ กรุงเทพฯ",
     "แผนงานการพัฒนาเขตเศรษฐกิจสามฝ่าย อินโดนีเซีย – มาเลเซีย – ไทย"),
    # after "ระหว่าง", two parties joined by กับ
    ("ข่าว\nเช่น โครงการโลจิสติกส์ควบคุมอุณหภูมิระหว่างอาเซียนกับญี่ปุ่น เป็นต้น",
     "โครงการโลจิสติกส์ควบคุมอุณหภูมิระหว่างอาเซียนกับญี่ปุ่น"),
])
def test_programs_the_parties_a_programme_joins_are_its_name_s(extract_text, text, name):
    """The countries or regions a programme joins, written after its name (after "ระหว่าง" or a space, joined by
    dashes or กับ/และ), tell which cooperation it is, as a route tells which railway: cut before them, the judges
    called the name cut short."""
    assert name in _program_names(extract_text, text)


def test_programs_a_kind_joined_by_its_parties_is_still_a_kind(extract_text):
    """The parties make no kind of programme a name: a joint venture between two countries is a kind."""
    text = "ข่าว\nโดยหนึ่งในนั้นเป็นโครงการร่วมทุนระหว่างอังกฤษและสิงคโปร์ ซึ่งเป็นกิจการดาต้า เซ็นเตอร์"
    assert not _program_names(extract_text, text)


@pytest.mark.parametrize("text, name", [
    ("ข่าว\nเป็นค่าใช้จ่ายดำเนินโครงการช่วยเหลือผู้เสพ/ผู้ติดยาเสพติดของศูนย์ฟื้นฟูสภาพทางสังคมจังหวัด",
     "โครงการช่วยเหลือผู้เสพ/ผู้ติดยาเสพติด"),
    ("ข่าว\nโดยเดินหน้าสานต่อโครงการต้นแบบสถานี/ซุ้มสวยงาม พืชผักกินได้ ประจำปี 2565", "โครงการต้นแบบสถานี/ซุ้มสวยงาม"),
])
def test_programs_a_slash_between_two_words_joins_alternatives_of_one_name(extract_text, text, name):
    """A slash glued between two Thai words joins two alternatives the name holds: the name runs on after it as it
    ran before (to a body named there at most); cut at the slash, the judges called it cut short."""
    assert name in _program_names(extract_text, text)


def test_programs_a_slash_before_another_prefix_parts_two_programmes(extract_text):
    names = _program_names(extract_text, "ข่าว\nได้แก่ กองทุนหมุนเวียน/กองทุนสงเคราะห์เกษตรกร ที่")
    # the first is parted off but names a kind of fund (program_products.json; round19 judged it junk), so only the
    # second stays, and no name runs across the slash
    assert "กองทุนสงเคราะห์เกษตรกร" in names and not any("/" in name for name in names), names
    names = _program_names(extract_text, "ข่าว\nได้แก่ กองทุนยุติธรรม/กองทุนสงเคราะห์เกษตรกร ที่")
    assert {"กองทุนยุติธรรม", "กองทุนสงเคราะห์เกษตรกร"} <= names, names


@pytest.mark.parametrize("text, name", [
    ("โครงการจ้างงานเพื่อลดผลกระทบจากการแพร่ระบาดของไวรัส โควิด-19 ต้องยื่นใบสมัคร",
     "โครงการจ้างงานเพื่อลดผลกระทบจากการแพร่ระบาดของไวรัส โควิด-19"),
    ("แผนงานการป้องกันและแก้ไขสถานการณ์ COVID-19 ภายในสถานที่ควบคุม", "แผนงานการป้องกันและแก้ไขสถานการณ์ COVID-19"),
    ("มาตรการป้องกันและรับมือ โควิด 19 ของจังหวัด", "มาตรการป้องกันและรับมือ โควิด 19"),
])
def test_programs_the_disease_named_after_a_space_is_the_name_s(text, name):
    """The disease a programme fights or relieves, written after the space its run ends at (program_patterns.json
    "diseases"), is the name's: cut before it, the judges called the name cut short."""
    assert _end(text) == name


@pytest.mark.parametrize("text, name", [
    # round22 judged the first cut before "-19" (a zero-width space before the number in its release)
    ("โครงการจ้างงานให้แก่ประชาชนที่ได้รับผลกระทบจากสถานการณ์ COVID -\u200b19 ทั้งในส่วนของ",
     "โครงการจ้างงานให้แก่ประชาชนที่ได้รับผลกระทบจากสถานการณ์ COVID -\u200b19"),
    ("มาตรการดูแลและเยียวยาผลกระทบจากไวรัส COVID -19 เพื่อช่วย", "มาตรการดูแลและเยียวยาผลกระทบจากไวรัส COVID -19"),
    ("มาตรการลดความเสี่ยงจากการติดเชื้อไวรัส Covid - 19 ของ", "มาตรการลดความเสี่ยงจากการติดเชื้อไวรัส Covid - 19"),
    ("โครงการฟื้นฟูเศรษฐกิจจากการแพร่ระบาด โควิด-๑๙ ในพื้นที่", "โครงการฟื้นฟูเศรษฐกิจจากการแพร่ระบาด โควิด-๑๙"),
])
def test_programs_the_disease_s_number_is_read_however_it_is_spaced(text, name):
    """The number of the disease after a name's run is the name's however the release spaces its dash (a space on
    one side only, a zero-width space) or writes its digits (Thai): the list writes a few spellings, the corpora more."""
    assert _end(text) == name


@pytest.mark.parametrize("text, name", [
    ("ยุทธศาสตร์การพัฒนาพื้นที่เพื่อเสริมความมั่นคงของชาติฉบับใหม่.  ที่มี",
     "ยุทธศาสตร์การพัฒนาพื้นที่เพื่อเสริมความมั่นคงของชาติฉบับใหม่"),  # judged boundary in rounds 16 and 22
    ("โครงการตลาดเช้าจำหน่ายสัตว์น้ำท่าเทียบเรือประมงปัตตานี. ต่อไป", "โครงการตลาดเช้าจำหน่ายสัตว์น้ำท่าเทียบเรือประมงปัตตานี"),
    ("กองทุนเงินให้กู้ยืมเพื่อการศึกษากยศ. ได้", "กองทุนเงินให้กู้ยืมเพื่อการศึกษากยศ."),  # an abbreviation's dot stays
])
def test_programs_a_name_does_not_end_on_the_sentence_s_full_stop(text, name):
    assert _end(text) == name


def test_programs_a_disease_names_no_programme_of_its_own():
    assert _end("มาตรการป้องกัน โควิด-19 ของจังหวัด") is None  # generic words and the disease: a kind


@pytest.mark.parametrize("text, name", [
    ("โครงการจ้างแรงงานชลประทานสร้างรายได้แก่เกษตรกร 3. โครงการ", "โครงการจ้างแรงงานชลประทานสร้างรายได้แก่เกษตรกร"),
    ("โครงการสร้างหลักประกันด้านรายได้แก่ผู้สูงอายุ มท.", "โครงการสร้างหลักประกันด้านรายได้แก่ผู้สูงอายุ"),
])
def test_programs_a_stop_glued_from_two_words_is_split_back(text, name):
    """A stop the tokenizer made of the last syllable of a word and the word after it ("ราย|ได้แก่|เกษตรกร" for
    "รายได้|แก่|เกษตรกร") cuts no name mid-word: split back, the name runs on as its words do."""
    assert _end(text) == name


@pytest.mark.parametrize("text, name", [
    ("โครงการความร่วมมือด้านนโยบายวิทยาศาสตร์ เทคโนโลยี และนวัตกรรม กรอบวงเงิน 35 ล้านบาท",
     "โครงการความร่วมมือด้านนโยบายวิทยาศาสตร์ เทคโนโลยี และนวัตกรรม"),
    ("โครงการศึกษาความเหมาะสมทางด้านวิศวกรรม เศรษฐกิจและสิ่งแวดล้อม และออกแบบรายละเอียด",
     "โครงการศึกษาความเหมาะสมทางด้านวิศวกรรม เศรษฐกิจและสิ่งแวดล้อม"),
    ("โครงการพัฒนาบรรจุภัณฑ์ยืดอายุของผัก ผลไม้และสินค้าเกษตร และ 4. โครงการ",
     "โครงการพัฒนาบรรจุภัณฑ์ยืดอายุของผัก ผลไม้และสินค้าเกษตร"),
])
def test_programs_a_list_the_name_s_last_word_opens_is_the_name_s(text, name):
    """A name cut at a space before the rest of a list of nouns its last word opens ("…วิทยาศาสตร์| เทคโนโลยี และ
    นวัตกรรม", program_patterns.json "listed_members") runs on to the list's last member: each such list is written
    once in the corpora, so only its form can tell it; cut before it, the judges called the name cut short."""
    assert _end(text) == name


@pytest.mark.parametrize("text, name", [
    ("โครงการก่อสร้างเขื่อนในแม่น้ำป่าสัก จังหวัดพระนครศรีอยุธยา และพบปะประชาชน", "โครงการก่อสร้างเขื่อนในแม่น้ำป่าสัก"),
    ("โครงการเพิ่มประสิทธิภาพการกำกับ ดูแล และส่งเสริมการประกอบการ", "โครงการเพิ่มประสิทธิภาพการกำกับ"),
    ("โครงการโรงเรียนคุณภาพประจำตำบล ระดับมัธยมศึกษา และการพัฒนาโรงเรียนวิทยาศาสตร์", "โครงการโรงเรียนคุณภาพประจำตำบล"),
])
def test_programs_a_place_or_verbs_after_a_space_make_no_list(text, name, rules_alone):
    """The name's place, then a clause ("… จังหวัดพระนครศรีอยุธยา และพบปะประชาชน", judged valid without it), verbs
    joined by และ, and an action noun (การ…) after members that are none begin no list of the name's nouns: the name
    ends at the space as before (the rules alone: the corpora write "…การกำกับดูแลและส่งเสริมการประกอบการ" whole, and
    the run-on to it is the recurring names', program_continuations.continued_end)."""
    assert _end(text) == name


@pytest.mark.parametrize("text, name", [
    ("โครงการหลวงอินทนนท์ ภาคตะวันออกเฉียงเหนือ และลำพญากลาง ได้ผลดี", "โครงการหลวงอินทนนท์"),
    ("โครงการติดถนนใหญ่ ใกล้สถานที่ราชการ และสถาบันการศึกษา ได้แก่", "โครงการติดถนนใหญ่"),
    ("โครงการยุวทูตความดี โรงเรียนและจังหวัดของตน ต่อไป", "โครงการยุวทูตความดี"),
    ("โครงการยุวทูตความดี ครูและเพื่อนของตนเอง ต่อไป", "โครงการยุวทูตความดี"),
    ("กองทุนพัฒนาเด็กชนบทในพระราชูปถัมภ์ หนังสือสูจิบัตร และหนังสือที่ระลึก", "กองทุนพัฒนาเด็กชนบทในพระราชูปถัมภ์"),
])
def test_programs_a_list_of_places_bodies_or_the_subject_s_own_is_not_the_name_s(text, name):
    """A list after the space whose first or last member opens with a kind of place or body (ภาค…, สถาบัน…, จังหวัด…:
    where or by whom), whose last member is the clause subject's own (…ของตน), or that follows a name closed by its
    royal patronage (…ในพระราชูปถัมภ์) is the sentence's: the name ends at the space (each ran on in the nineteenth
    session's fact dump, read as worse)."""
    assert _end(text) == name


def test_programs_a_word_that_only_begins_with_a_body_s_prefix_opens_no_other_kind():
    """สภาพแวดล้อม begins with the letters of the prefix สภา but is no body: the list "…ความปลอดภัย อาชีวอนามัย และ
    สภาพแวดล้อม…" is still the name's."""
    text = "โครงการพัฒนาด้านความปลอดภัย อาชีวอนามัย และสภาพแวดล้อมในการทำงาน ได้"
    assert _end(text) == "โครงการพัฒนาด้านความปลอดภัย อาชีวอนามัย และสภาพแวดล้อมในการทำงาน"


def test_programs_a_list_of_places_or_bodies_after_one_of_its_kind_is_the_name_s():
    """The guard above is for members of another kind than the name's last word: after "ภาครัฐ" the sectors "ภาคเอกชน
    และภาคประชาชน" are the same list, the name's."""
    text = "โครงการสร้างความร่วมมือภาครัฐ ภาคเอกชน และภาคประชาชน ได้"
    assert _end(text) == "โครงการสร้างความร่วมมือภาครัฐ ภาคเอกชน และภาคประชาชน"


def test_programs_a_list_of_bodies_after_a_name_ending_on_a_community_is_the_name_s():
    """ชุมชน (not_organizations.json located_by) is a kind of place or body too: the groups after "…แก่องค์กรปกครอง
    ส่วนท้องถิ่นหรือชุมชน" are listed with it, so the guard against bodies does not cut the list there."""
    text = "โครงการส่งเสริมความรู้แก่ชุมชน เยาวชน และกลุ่มอนุรักษ์ ได้"
    assert _end(text) == "โครงการส่งเสริมความรู้แก่ชุมชน เยาวชน และกลุ่มอนุรักษ์"


def test_programs_a_community_as_a_list_s_last_member_is_a_field():
    """ชุมชน places bodies when it is the name's last word (above), but as a list's last member it is as often a field
    of the name's own: "…ทรัพยากรแร่ทองคำ ด้านสังคมและชุมชน" runs on to it."""
    text = "ยุทธศาสตร์การยกระดับการบริหารจัดการทรัพยากรแร่ทองคำ ด้านสังคมและชุมชน ได้"
    assert _end(text) == "ยุทธศาสตร์การยกระดับการบริหารจัดการทรัพยากรแร่ทองคำ ด้านสังคมและชุมชน"


def test_programs_a_latin_name_holding_a_body_after_a_dash_is_named_whole(extract_text):
    """A body named inside a Latin name after a prefix with no joining word before it (a spaced dash joins the two
    parties) is a piece of the name, not what the name is: "โครงการ Thailand - OECD Country Programme" (judged cut
    to "โครงการ Thailand" in round 7, then given as "OECD Country Programme" alone, the body's word its start)."""
    names = _program_names(extract_text, "ข่าว\nหารือความร่วมมือผ่านโครงการ Thailand - OECD Country Programme (CP) ที่จะเป็น")
    assert "โครงการ Thailand - OECD Country Programme" in names
    assert "OECD Country Programme" not in names


def test_programs_an_english_name_joined_by_at_is_named_whole(extract_text):
    """"at" joins an English programme name's words as "in" and "on" do (english.json name_joiners): "(Coding at
    School Project)" is the name, not "School Project" (judged cut in round 14)."""
    names = _program_names(extract_text, "ข่าว\nประกอบด้วย โครงการสื่อการสอนโปรแกรมมิ่งในโรงเรียน (Coding at School Project) ด้วยบอร์ด")
    assert "Coding at School Project" in names and "School Project" not in names


@pytest.mark.parametrize("text, name", [
    ("การพัฒนาบุคลากรหลักสูตร Singapore - Thailand Leadership Development Programme โดยมุ่งเน้น",
     "Singapore - Thailand Leadership Development Programme"),
    ("ความร่วมมือระหว่างรัฐบาลไทยกับองค์การอนามัยโลก (WHO – Royal Thai Government Country Cooperation Strategy - CCS)",
     "WHO – Royal Thai Government Country Cooperation Strategy"),
])
def test_programs_an_english_name_begins_at_the_party_before_a_spaced_dash(extract_text, text, name):
    """A spaced dash between two parties joins an English programme name's words (english.py `_program_pattern`):
    cut after it, "Leadership Development Programme" and "Royal Thai Government Country …" were judged cut short
    (rounds 14 and 4)."""
    assert name in _program_names(extract_text, "ข่าว\n" + text)


def test_programs_a_dash_right_before_the_head_word_joins_no_party(extract_text):
    """A dash with only the head word after it joins no party: "(Final Draft - Project Report on …)" names no
    "Final Draft - Project"."""
    names = _program_names(extract_text, "ข่าว\nร่างรายงาน (Final Draft - Project Report on the GNSS Training) เป็นการ")
    assert not any(n.startswith("Final Draft") for n in names)


@pytest.mark.parametrize("text, name", [
    # a generic owner glued on says who runs the programme, not which one (judged boundary in rounds final, 13, 14)
    ("โครงการรักษาเสถียรภาพราคายางพาราของภาครัฐจะช่วยสนับสนุน", "โครงการรักษาเสถียรภาพราคายางพารา"),
    ("มาตรการลดค่าครองชีพของภาครัฐ ที่ครอบคลุม", "มาตรการลดค่าครองชีพ"),
    # after a nominalized action the owner is its subject or object, part of the name
    ("โครงการส่งเสริมการใช้ยางของภาครัฐ ให้ผู้ตรวจราชการ", "โครงการส่งเสริมการใช้ยางของภาครัฐ"),
    # a gloss after the owner names the whole phrase before it (judged cut short without the owner in round 'before')
    ("โครงการนำร่องศูนย์บริการแบบเบ็ดเสร็จของภาครัฐ (One - Stop Service) ซึ่งเป็น",
     "โครงการนำร่องศูนย์บริการแบบเบ็ดเสร็จของภาครัฐ"),
])
def test_programs_a_generic_owner_glued_after_a_name_ends_it(text, name):
    assert _end(text) == name


@pytest.mark.parametrize("text, name", [
    # a project named by two aims joined by และ after a space (dev-b tune gold; the two samples' other such projects)
    ("เพื่อตรวจติดตามผลการดำเนินโครงการเพิ่มประสิทธิภาพการกำกับดูแล และส่งเสริม การประกอบการเหมืองแร่ ตามแนวอุตสาหกรรม",
     "โครงการเพิ่มประสิทธิภาพการกำกับดูแล และส่งเสริม การประกอบการเหมืองแร่"),
    ("โครงการส่งเสริมภูมิปัญญา และพัฒนาศักยภาพผ้าไทยและงานหัตถกรรม ประจำปี",
     "โครงการส่งเสริมภูมิปัญญา และพัฒนาศักยภาพผ้าไทยและงานหัตถกรรม"),
    ("โครงการอนุรักษ์ฟื้นฟูแหล่งน้ำ และพัฒนาระบบกระจายน้ำ จะเป็นการเพิ่มการใช้ประโยชน์",
     "โครงการอนุรักษ์ฟื้นฟูแหล่งน้ำ และพัฒนาระบบกระจายน้ำ"),
])
def test_programs_a_project_named_by_two_joined_aims_is_named_whole(text, name):
    assert _end(text[text.index("โครงการ"):]) == name


@pytest.mark.parametrize("text, name", [
    # guards: after a measure or a plan the second aim is the sentence's next clause; a clause's verb is no aim
    ("มาตรการส่งเสริมการมีงานทำของคนพิการ และเพิ่มสิทธิประโยชน์ทางภาษี", "มาตรการส่งเสริมการมีงานทำของคนพิการ"),
    ("โครงการพัฒนาและส่งเสริมการท่องเที่ยวเชื่อมโยงเส้นทางการท่องเที่ยว และมอบหมายให้กระทรวงการท่องเที่ยวและกีฬา",
     "โครงการพัฒนาและส่งเสริมการท่องเที่ยวเชื่อมโยงเส้นทางการท่องเที่ยว"),
    ("โครงการรับบริจาคเงินช่วยเหลือพี่น้องชาวใต้ และพัฒนาระบบ", "โครงการรับบริจาคเงินช่วยเหลือพี่น้องชาวใต้"),
])
def test_programs_a_second_aim_after_another_prefix_or_a_clause_verb_is_the_sentences(text, name):
    assert _end(text) == name


def test_a_generic_word_in_a_short_field_is_a_kind():
    """One generic word, ด้าน and a field of a word or two name the projects or measures of a kind in a field (judged
    junk in readable rounds 4 and 16); a field told at more length or with a Latin name narrows it to one (a gold
    measure), a plan or strategy is named by its field, and a dated one is one programme."""
    assert program_evidence.kind_of_programme("โครงการ", "พัฒนาด้านแหล่งน้ำ")
    assert program_evidence.kind_of_programme("โครงการ", "ความร่วมมือด้านเกษตรอัจฉริยะ")
    assert program_evidence.kind_of_programme("มาตรการ", "ผ่อนคลายด้านวีซ่า")
    assert not program_evidence.kind_of_programme("มาตรการ", "ช่วยเหลือด้านราคาก๊าซ LPG")
    assert not program_evidence.kind_of_programme("โครงการ", "พัฒนามาตรฐานด้านกีฬามวย")
    assert not program_evidence.kind_of_programme("แผนงาน", "ความร่วมมือด้านการขนส่ง")
    assert not program_evidence.kind_of_programme("ยุทธศาสตร์", "ชาติด้านความมั่นคง")
    assert not program_evidence.kind_of_programme("โครงการ", "พัฒนาด้านแหล่งน้ำ ปี 2565")


def test_kinds_in_a_field_are_no_names(extract_text):
    assert _program_names(extract_text, "ทั้งสองฝ่ายหารือถึงโครงการพัฒนาด้านแหล่งน้ำ เพื่อการเพาะปลูก") == set()
    assert _program_names(extract_text, "กระทรวงพลังงานขยายมาตรการช่วยเหลือด้านราคาก๊าซ LPG ออกไปอีก 3 เดือน") \
        == {"มาตรการช่วยเหลือด้านราคาก๊าซ LPG"}


def _programmes(extract_text, text: str) -> list[list[str]]:
    return [p.names for p in extract_text("ข่าว\n" + text).of_kind("program")]


@pytest.mark.parametrize("text, names", [
    # a title quoted right after a name tells which one it is: the name runs on over it, the title is one more name
    ("นายกรัฐมนตรีเปิดโครงการบำบัดผู้ติดยาเสพติด “หัวโทนโมเดล” จ.ร้อยเอ็ด ชื่นชมความสำเร็จ",
     ["โครงการบำบัดผู้ติดยาเสพติด “หัวโทนโมเดล”", "หัวโทนโมเดล"]),
    ("นายกรัฐมนตรีเปิดโครงการส่งเสริมการออมภาคประชาชน \"ออมดี มีสุข\" ที่จังหวัดขอนแก่น",
     ["โครงการส่งเสริมการออมภาคประชาชน \"ออมดี มีสุข\"", "ออมดี มีสุข"]),
])
def test_programs_a_quoted_title_after_a_name_is_the_names(extract_text, text, names):
    assert names in _programmes(extract_text, text)


@pytest.mark.parametrize("text, name", [
    # another name of it in quotes, with its own prefix: no title
    ("ติดตามโครงการพัฒนาความมั่นคงที่อยู่อาศัยคนจนในชุมชนแออัด \"โครงการบ้านมั่นคง” ที่จังหวัดขอนแก่น",
     "โครงการพัฒนาความมั่นคงที่อยู่อาศัยคนจนในชุมชนแออัด"),
    # the sentence going on in quotes, opening with a word that ends names
    ("เร่งโครงการแก้ไขปัญหาไฟป่าและหมอกควันเพื่อลดฝุ่นละออง PM2.5 “โดยการมีส่วนร่วมของชุมชน” ในพื้นที่",
     "โครงการแก้ไขปัญหาไฟป่าและหมอกควันเพื่อลดฝุ่นละออง PM2.5"),
    # the disease a measure fights, in quotes
    ("กระทรวงแรงงานเปิดโครงการจ้างงานเพื่อลดผลกระทบจากการแพร่ระบาด \"โควิด\" ในพื้นที่",
     "โครงการจ้างงานเพื่อลดผลกระทบจากการแพร่ระบาด"),
])
def test_programs_a_quote_that_is_no_title_stays_out_of_the_name(extract_text, text, name):
    names = {n for p in _programmes(extract_text, text) for n in p}
    assert name in names and not any(n.startswith(name + " ") for n in names)


def test_programs_a_kind_before_a_quoted_name_takes_no_title(extract_text):
    names = {n for p in _programmes(extract_text, "พร้อมรุกนโยบายเสริมแกร่ง “บีซีจีโมเดล” ในพื้นที่ภาคใต้") for n in p}
    assert not any(n.startswith("นโยบายเสริมแกร่ง") for n in names)


def test_programs_parties_glued_to_the_name_are_its_own(extract_text):
    text = "ที่ประชุมเห็นชอบแผนงานความร่วมมือด้านการขนส่งอาเซียน - ญี่ปุ่น ปี 2565-2566 ภายใต้แผนปฏิบัติการปากเซ"
    names = {n for p in _programmes(extract_text, text) for n in p}
    assert "แผนงานความร่วมมือด้านการขนส่งอาเซียน - ญี่ปุ่น ปี 2565-2566" in names

def test_programs_any_adverb_of_manner_after_a_name_the_corpora_know_whole_ends_it(monkeypatch):
    """อย่าง opens an adverb of manner, whichever word follows ("…|อย่างครบถ้วน", "…|อย่างชัดเจน"): after a name the
    corpora show standing whole it tells how the programme is run, and the name ends before it, as before the listed
    extents. A name the corpora do not show whole keeps it (program_guard.json "whole" holds "กองทุนเงินทดแทน" too:
    emptied here)."""
    text = "กองทุนเงินทดแทนอย่างครบถ้วน ณ"
    monkeypatch.setattr(program_ends, "whole_names", lambda: frozenset())
    monkeypatch.setattr(program_ends, "mined_boundaries", lambda: frozenset())
    assert _end(text) == "กองทุนเงินทดแทนอย่างครบถ้วน"
    monkeypatch.setattr(program_ends, "mined_boundaries",
                        lambda: frozenset({"กองทุนเงินทดแทน", "โครงการร้อยใจรักษ์"}))
    assert _end(text) == "กองทุนเงินทดแทน"
    assert _end("โครงการร้อยใจรักษ์อย่างชัดเจน โดย") == "โครงการร้อยใจรักษ์"
    assert _end("โครงการอบรมการบริหารจัดการชุมชนท่องเที่ยวอย่างยั่งยืน ณ") == \
        "โครงการอบรมการบริหารจัดการชุมชนท่องเที่ยวอย่างยั่งยืน"


@pytest.mark.parametrize("text", [
    "โดยการดำเนินโครงการของฝ่ายออสเตรเลียและฝ่ายไทยเกือบทุกโครงการเกิดผลลัพธ์อย่างมีประสิทธิภาพ โดยเฉพาะ",
    "อันนี้เป็นสิ่งที่ดี หลาย โครงการเรื่องปุ๋ยเรื่องข้าวเรื่องการเพิ่มรายได้ เรื่องการลดใช้น้ำ",
    "ได้เน้นย้ำให้ทุกโครงการชลประทานปฏิบัติตาม 10 มาตรการรองรับฤดูฝน",
    "ซึ่งแต่ละโครงการจะมีการแลกเปลี่ยนผู้เชี่ยวชาญ",
])
def test_programs_a_counted_prefix_begins_no_name(extract_text, text):
    """A quantifier right before a prefix, glued or after a space (program_patterns.json "counted": ทุก, หลาย, บาง,
    แต่ละ), counts the prefix's programmes: the prefix is a common noun, every or many projects, and the words after
    it are the sentence going on, no name."""
    assert _program_names(extract_text, text) == set()


@pytest.mark.parametrize("text, kind", [
    # a number of programmes before the prefix: the words after it tell their class (judged junk, rounds 5, 9, 16)
    ("โรงพยาบาลศรีนครินทร์ จังหวัดขอนแก่น ได้มี 2 โครงการช่วยเหลือผู้พิการ คือ โครงการมือสร้างโอกาส ซึ่งเป็น",
     "โครงการช่วยเหลือผู้พิการ"),
    ("ธ.ก.ส. ดัน 7 โครงการสร้างการเติบโตที่เป็นมิตรกับสิ่งแวดล้อม นำร่องสาขาใน 9 ภาคและสำนักงานใหญ่",
     "โครงการสร้างการเติบโตที่เป็นมิตรกับสิ่งแวดล้อม"),
    # one of the programmes of a class (judged junk, rounds 13 and final)
    ("แปลงใหญ่ของกระทรวงเกษตร หนึ่งในโครงการปฏิรูปภาคการเกษตร ร่วมโครงการแล้ว 4.96 แสนคน",
     "โครงการปฏิรูปภาคการเกษตร"),
    ("Save the World ซึ่งเป็นหนึ่งในโครงการตอบแทนสังคม หรือ ต่อลมหายใจให้โลก โดยการร่วมปรับปรุง",
     "โครงการตอบแทนสังคม"),
])
def test_programs_a_prefix_after_a_count_tells_a_class(extract_text, text, kind):
    """A count right before a prefix (program_patterns.json "counted_before": a number from two, "หนึ่งใน") counts
    the programmes the words after it tell the class of: no one programme's name. The programme the release does
    name stays."""
    assert kind not in _program_names(extract_text, text)
    uncounted = re.sub(r"(?:ซึ่งเป็น)?(?:\d+ |หนึ่งใน)(?=" + kind + ")", "ผ่าน", text, count=1)
    assert kind in _program_names(extract_text, uncounted)  # the same words without the count: a name as before


@pytest.mark.parametrize("before", ["ระยะที่ 3 ", "บำรุงรักษาที่ 2 ", "ผู้ป่วยโควิด 19 ", "ร.9 ", "รวม 1 ",
                                    "ส่วนหนึ่งของ", "ส่วนหนึ่งใน", "ปี 66 ", "“5 ", "17.65\n10\n"])
def test_a_number_owned_by_the_word_before_counts_no_programme(before):
    """An ordinal's, a phase's, a year's or a disease's number, a number of one, a part of one project and a table
    row's number on a line of its own (a cabinet summary's list of projects) count no programmes: the name after them
    is read as before."""
    text = "ซึ่ง" + before + "โครงการชลประทานลำปาว"
    assert not program_evidence.counted_before(text, text.index("โครงการ"), len(text), "โครงการ")
    assert program_evidence.counted_before("เห็นชอบ 2 มาตรการลด", len("เห็นชอบ 2 "), 23, "มาตรการ")


@pytest.mark.parametrize("text", [
    # items in one named plan, not plans of a class (one judged valid, one a real master plan)
    "เป็นโครงการหนึ่งในแผนแม่บทระบบขนส่งมวลชนทางรางในกรุงเทพมหานครและปริมณฑล (Mass Rapid Transit Master Plan)",
    "ซึ่งเป็นหนึ่งในโครงการเร่งด่วนที่อยู่ใน 9 แผนงานบรรเทาอุทกภัยแม่น้ำเจ้าพระยาตอนล่าง",
    # a dated package of measures
    "สามารถดำเนินการได้ตาม 8 มาตรการเตรียมความพร้อมรองรับน้ำฝน ปี 2563 เพื่อแก้ปัญหา",
])
def test_programs_a_counted_plan_or_dated_name_stays_named(extract_text, text):
    name = re.search(r"(?:แผนแม่บท|แผนงาน|มาตรการ)[^\s(]+(?: ปี \d+)?", text).group()
    assert name in _program_names(extract_text, text)


def test_programs_a_list_after_both_still_names_its_programmes(extract_text):
    """ทั้ง is no quantifier of the prefix here: it opens a list of names ("ทั้ง|โครงการ X และ…")."""
    text = "ได้ดำเนินการทั้งโครงการบ้านมั่นคง และโครงการบ้านเอื้ออาทร ในพื้นที่"
    assert {"โครงการบ้านมั่นคง", "โครงการบ้านเอื้ออาทร"} <= _program_names(extract_text, text)
    assert _program_names(extract_text, text.replace("ทั้ง", "ทุก", 1)) == {"โครงการบ้านเอื้ออาทร"}


def test_programs_a_word_ending_like_a_quantifier_counts_nothing(extract_text):
    """"เปราะบาง" ends on บาง but is a word of its own: the programme after it is named."""
    assert "โครงการบ้านมั่นคง" in _program_names(extract_text, "ช่วยเหลือกลุ่มเปราะบาง โครงการบ้านมั่นคง ในพื้นที่")


def test_mining_heads_of_many_longer_names(tmp_path):
    """A label written mostly as the head of many different longer names and seldom whole is a kind; a name written
    whole again and again, going on mostly with one word of its own, or written whole in quotes, is not."""
    heads = load_script("mine_program_heads")
    places = ["แหลมฉบัง", "สงขลา", "ระนอง", "ชุมพร", "ภูเก็ต", "กระบี่", "สตูล", "ตราด", "ปัตตานี", "นราธิวาส"]
    bodies = [f"รัฐบาลเร่งโครงการพัฒนาท่าเรือ{place} ต่อไป และเปิดโครงการราชทัณฑ์ปันสุข แล้ว" for place in places]
    bodies += [f"รัฐบาลเร่งโครงการพัฒนาท่าเรือ{place} ต่อไป และโครงการแก้มลิง{place} แล้ว" for place in places]
    bodies += ["ทั้งนี้ โครงการพัฒนาท่าเรือ ต่อไป", "ส่วนโครงการราชทัณฑ์ปันสุขทำความดีด้วยหัวใจ แล้ว",
               "ทั้งนี้ “โครงการแก้มลิง” ต่อไป"]
    for i, body in enumerate(bodies):
        (tmp_path / f"{i}.txt").write_text(body, encoding="utf-8")
    found = {row[0]: row for row in heads.mine([str(tmp_path)], None)["heads"]}
    assert found["โครงการพัฒนาท่าเรือ"][1:] == [1, 20, 10]
    assert "โครงการราชทัณฑ์ปันสุข" not in found and "โครงการแก้มลิง" not in found


def test_mining_heads_leaves_names_written_in_full_or_marked(tmp_path):
    """A label whose longer names go on mostly with its owner or phase ("โครงการผลิตแพทย์เพิ่ม|แห่งประเทศไทย",
    "…|ระยะที่ 2": one programme written in full, judged a name in self7) is no head of many; nor is one written whole
    with a gloss, a year or a phase after it (a name's mark) in more than a tenth of the releases writing it whole; a
    kind going on with as many different words, bare, is."""
    heads = load_script("mine_program_heads")
    places = ["แหลมฉบัง", "สงขลา", "ระนอง", "ชุมพร", "ภูเก็ต", "กระบี่"]
    bodies = [f"เร่งโครงการผลิตแพทย์เพิ่ม{tail} ต่อไป" for tail in
              ["แห่งประเทศไทย", "แห่งประเทศไทย", "ระยะที่ 2", "ของรัฐ", "เพื่อชาวชนบท", "ในภาคใต้"]]
    bodies += [f"เร่งโครงการขุดลอกคลอง{place} ต่อไป" for place in places]
    bodies += [f"เร่งโครงการสร้างถนน{place} ต่อไป" for place in places]
    bodies += ["ทั้งนี้ โครงการผลิตแพทย์เพิ่ม ต่อไป", "ทั้งนี้ โครงการขุดลอกคลอง (Canal Dredging) ต่อไป",
               "ทั้งนี้ โครงการสร้างถนน ต่อไป"]
    for i, body in enumerate(bodies):
        (tmp_path / f"{i}.txt").write_text(body, encoding="utf-8")
    found = {row[0] for row in heads.mine([str(tmp_path)], None)["heads"]}
    assert "โครงการสร้างถนน" in found
    assert "โครงการผลิตแพทย์เพิ่ม" not in found and "โครงการขุดลอกคลอง" not in found


def test_mined_heads_of_many_are_small_and_well_formed():
    import json

    path = ROOT / "ontology" / "th" / "program_heads.json"
    assert path.stat().st_size < 100_000
    rows = json.loads(path.read_text(encoding="utf-8"))["heads"]
    assert rows and all(head.startswith("โครงการ") and whole >= 1 and whole <= 0.34 * (whole + longer) and nexts >= 5
                        and (whole < 10 or whole <= 0.2 * (whole + longer) and nexts >= 10)
                        for head, whole, longer, nexts in rows)


def test_a_head_of_many_is_a_kind_unless_marked_as_a_name(extract_text):
    """A project label the whole record writes as the head of many longer names ("โครงการขุดลอก|คลอง…", "…|แม่น้ำ…")
    and seldom whole speaks of projects of that kind in a sentence (judged junk or cut in the readable rounds: "โครงการ
    โรงไฟฟ้าพลังงานแสงอาทิตย์", "โครงการบ้าน"); a list cue marks it as a name, and a year makes it one project."""
    assert program_evidence.head_of_many("โครงการ", "ขุดลอก")
    assert not program_evidence.head_of_many("โครงการ", "ขุดลอก ปี 2565")
    assert not program_evidence.head_of_many("โครงการ", "ราชทัณฑ์ปันสุข")
    assert _program_names(extract_text, "กรมชลประทานเร่งรัดโครงการขุดลอก เพื่อเพิ่มพื้นที่รับน้ำ") == set()
    listed = "ผลงานที่ผ่านมา ได้แก่ โครงการขุดลอก เพื่อเพิ่มพื้นที่รับน้ำ"
    assert "โครงการขุดลอก" in _program_names(extract_text, listed)


def test_a_looser_head_of_many_is_held_back_and_a_name_written_in_full_is_not(extract_text):
    """Heads of 5+ different longer names written whole in at most a third of their releases: "โครงการโรงไฟฟ้า
    พลังงานแสงอาทิตย์" in a sentence (judged junk in mid and round14) gives no programme; "โครงการผลิตแพทย์เพิ่ม", whose
    longer names go on with its owner and phase (judged a name in self7), is still named."""
    assert program_evidence.head_of_many("โครงการ", "โรงไฟฟ้าพลังงานแสงอาทิตย์")
    assert not program_evidence.head_of_many("โครงการ", "ผลิตแพทย์เพิ่ม")
    text = "บริษัทนำเงินไปใช้ในโครงการโรงไฟฟ้าพลังงานแสงอาทิตย์ กำลังการผลิต 39 เมกะวัตต์"
    assert _program_names(extract_text, text) == set()
    assert "โครงการผลิตแพทย์เพิ่ม" in _program_names(extract_text, "แพทย์ที่จบจากโครงการผลิตแพทย์เพิ่ม กลับไปทำงาน")


def test_a_title_joining_two_heads_by_and_is_named_from_the_first(extract_text):
    """"นโยบายและแผน…แห่งชาติ พ.ศ. …" is one document titled by both heads: the plan read from "แผน" begins at
    "นโยบาย" (program_patterns.json "joined_heads"); it was cut at และ, the words after the first head naming nothing."""
    def names(text):
        return _program_names(extract_text, text)

    dated = "ที่ประชุมเห็นชอบนโยบายและแผนการรักษาความมั่นคงแห่งชาติ พ.ศ. 2560 – 2579 ตามที่เสนอ"
    assert names(dated) == {"นโยบายและแผนการรักษาความมั่นคงแห่งชาติ พ.ศ. 2560 – 2579"}
    bracketed = "คณะรัฐมนตรีอนุมัตินโยบายและแผนระดับชาติว่าด้วยความมั่นคงแห่งชาติ (พ.ศ. 2566-2570) ตามที่เสนอ"
    assert names(bracketed) == {"นโยบายและแผนระดับชาติว่าด้วยความมั่นคงแห่งชาติ (พ.ศ. 2566-2570)"}


def test_a_body_or_a_post_named_with_joined_heads_gives_no_joined_programme(extract_text):
    """The heads joined by และ in a body's or a post's name ("สำนักงานนโยบายและแผน…", "นักวิเคราะห์นโยบายและแผน…")
    are the body's or the post's words: no programme begins at them."""
    for text in ("สำนักงานนโยบายและแผนทรัพยากรธรรมชาติและสิ่งแวดล้อม แถลงผลการดำเนินงาน",
                 "ให้นายสมชาย ใจดี นักวิเคราะห์นโยบายและแผนชำนาญการพิเศษ ดำรงตำแหน่ง"):
        assert not any(n.startswith("นโยบายและ") for n in _program_names(extract_text, text))


def test_a_name_ends_before_a_bare_here_and_keeps_a_place_or_an_acronym(extract_text):
    """"…ในพื้นที่" with no place after it says the programme runs here, not which one it is (program_patterns.json
    "bare_scopes"): the name ends before it; a place or an acronym after it is read as before."""
    bare = "ที่ประชุมได้หารือโครงการส่งเสริมการใช้ยางพาราของหน่วยงานภาครัฐในพื้นที่ ให้ผู้ตรวจราชการติดตาม"
    assert _program_names(extract_text, bare) == {"โครงการส่งเสริมการใช้ยางพาราของหน่วยงานภาครัฐ"}
    acronym = "บีโอไอออกมาตรการส่งเสริมการลงทุนในพื้นที่ EEC พร้อมเปิดส่งเสริม"
    assert "มาตรการส่งเสริมการลงทุนในพื้นที่ EEC" in _program_names(extract_text, acronym)
    placed = "กนอ. เดินหน้าโครงการจัดตั้งนิคมอุตสาหกรรมในพื้นที่จังหวัดลำพูน ตามแผน"
    assert "โครงการจัดตั้งนิคมอุตสาหกรรมในพื้นที่จังหวัดลำพูน" in _program_names(extract_text, placed)


def test_a_bare_here_before_a_phase_stays_in_the_name(extract_text):
    """A phase after "…ในพื้นที่" shows the name runs on to it: the words stay the name's, and so does the phase."""
    text = "จัดการประชุมโครงการเสริมสร้างความเข้มแข็งการนำเป้าหมายการพัฒนาที่ยั่งยืนไปปฏิบัติในพื้นที่ ระยะที่ 2 ณ กรุงเทพฯ"
    assert "โครงการเสริมสร้างความเข้มแข็งการนำเป้าหมายการพัฒนาที่ยั่งยืนไปปฏิบัติในพื้นที่ ระยะที่ 2" \
        in _program_names(extract_text, text)

@pytest.mark.parametrize("text", [
    "ตลาดที่อยู่อาศัยในกรุงเทพฯ ประกอบด้วย โครงการบ้านจัดสรร มีจำนวน 1,135 โครงการ มีจำนวนหน่วยในผังรวม 212,997 หน่วย",
    "รัฐบาลให้ความสำคัญกับการลงทุน อนุมัติ โครงการผลิตรถEV แล้ว 26 โครงการ",
    "กรมฯ คัดเลือก โครงการสร้างภาพยนตร์ขนาดยาว 8 โครงการ โดยคนทำหนังจากภูมิภาคอาเซียน",
])
def test_programs_a_name_its_own_prefix_counts_right_after_is_a_kind(extract_text, text):
    """A count of the prefix's own programmes right after the words (program_patterns.json "counted_after": "…|
    มีจำนวน 1,135 โครงการ") says the text counts many of what they name: a category (judged junk in round16, round3
    and round5), no programme."""
    assert _program_names(extract_text, text) == set()


@pytest.mark.parametrize("text, name", [
    ("กรมชลประทานดำเนินโครงการเสริมสร้างรายได้ให้แก่เกษตรกรในช่วงฤดูแล้ง จำนวน 7 โครงการ ได้แก่ 1) โครงการส่งเสริม"
     "การปลูกพืชใช้น้ำน้อย", "โครงการเสริมสร้างรายได้ให้แก่เกษตรกรในช่วงฤดูแล้ง"),
    ("ครม. อนุมัติโครงการรถไฟทางคู่สายใต้ ระยะที่ 2 จำนวน 3 โครงการ ประกอบด้วย 1) ช่วงชุมพร - สุราษฎร์ธานี",
     "โครงการรถไฟทางคู่สายใต้ ระยะที่ 2"),
    ("ดำเนินโครงการไทยนิยม ยั่งยืน ปี 2562 โครงการส่งเสริมการเกษตร", "โครงการไทยนิยม ยั่งยืน"),
])
def test_programs_an_umbrella_counted_by_its_listed_parts_is_named(extract_text, text, name):
    """An umbrella the text counts by its parts and lists them after ("… จำนวน 7 โครงการ ได้แก่ 1) …": round13 judged
    this one valid, written there with its year), a dated one (round3, valid), and a year before the next name are no
    count of a kind: the name stays."""
    assert name in _program_names(extract_text, text)


def test_a_count_of_the_prefix_s_own_programmes_makes_a_kind():
    assert program_evidence.counted_kind("โครงการบ้านจัดสรร มีจำนวน 1,135 โครงการ มี", 17, "โครงการ", "บ้านจัดสรร")
    assert not program_evidence.counted_kind("โครงการบ้านจัดสรร มีจำนวน 1,135 โครงการการ", 17, "โครงการ", "บ้านจัดสรร")
    assert not program_evidence.counted_kind("โครงการบ้านจัดสรร 3 มาตรการ", 17, "โครงการ", "บ้านจัดสรร")
    assert not program_evidence.counted_kind("โครงการบ้านจัดสรร 2562 โครงการ", 17, "โครงการ", "บ้านจัดสรร")
    assert not program_evidence.counted_kind("โครงการบ้านจัดสรร ปี 2 จำนวน 3 โครงการ", 23, "โครงการ", "บ้านจัดสรร ปี 2")


@pytest.mark.parametrize("text, name", [
    ("ให้กองทุนหมู่บ้านและชุมชนเมืองจำนวน 214 กองทุน ในวงเงิน 105,622,660 บาท", "กองทุนหมู่บ้านและชุมชนเมือง"),
    ("ครม. มีมติเห็นชอบ ดังนี้\nมาตรการช่วยเหลือผู้มีรายได้น้อยเพิ่มเติมผ่านบัตรสวัสดิการแห่งรัฐ 4 มาตรการ"
     " เพื่อบรรเทาภาระ",
     "มาตรการช่วยเหลือผู้มีรายได้น้อยเพิ่มเติมผ่านบัตรสวัสดิการแห่งรัฐ"),
])
def test_programs_a_fund_or_a_measure_counted_by_its_own_prefix_is_named(extract_text, text, name):
    """A fund scheme counted by its funds and a package counted by its measures (both in the fact dump of the sample
    stores) are named: only a project counted so is a kind."""
    assert name in _program_names(extract_text, text)


@pytest.mark.parametrize("text", [
    "ให้มีความเพียงพอต่อการใช้งานในอนาคต ซึ่งเป็นโครงการเคเบิลใยแก้วใต้น้ำระหว่างประเทศระบบใหม่ล่าสุด ที่ใช้รองรับ",
    "รองรับการเดินทางของโครงการรถไฟฟ้าสายสีส้ม ซึ่งเป็นโครงการการขนส่งที่สะอาด อันจะมีส่วนช่วยลดมลพิษ",
    "ทรงพระราชทานโค-กระบือ ซึ่งโครงการดังกล่าว เป็นโครงการพระราชดำริโครงการหนึ่ง ที่กรมปศุสัตว์รับสนอง",
    "ในกรณีที่โครงการเป็นโครงการถ่ายโอนคาร์บอนเครดิตโดยสมัครใจ ให้กรมฯ ออกหนังสือรับรอง",
    "วัตถุประสงค์และแหล่งรายรับของกองทุนเป็นกองทุนหมุนเวียน ตามบทนิยามคำว่าทุนหมุนเวียน",
])
def test_programs_a_predicate_of_which_is_or_a_programme_is_a_kind(extract_text, text):
    """A programme written right after ซึ่ง or a prefix noun and the copula ("ซึ่งเป็น|…", "ซึ่งโครงการดังกล่าว เป็น|…",
    "…กองทุนเป็น|กองทุนหมุนเวียน", program_patterns.json "classified") is the predicate saying what kind of programme
    something already named is: a class, no name (all judged junk, in round7, 14, 16 and 19)."""
    assert not _program_names(extract_text, text) & {
        "โครงการเคเบิลใยแก้วใต้น้ำระหว่างประเทศระบบใหม่", "โครงการการขนส่งที่สะอาด", "โครงการพระราชดำริโครงการหนึ่ง",
        "โครงการถ่ายโอนคาร์บอนเครดิตโดยสมัครใจ", "กองทุนหมุนเวียน"}


@pytest.mark.parametrize("text, name", [
    ("ส่งเสริมการท่องเที่ยว ไม่ว่าจะเป็นโครงการปลูกต้นไม้เพิ่มพื้นที่สีเขียว เพื่อลดการเกิดก๊าซเรือนกระจก",
     "โครงการปลูกต้นไม้เพิ่มพื้นที่สีเขียว"),  # a list cue, "whether it be": names listed (round5, valid)
    ("งานศิลปหัตถกรรมต่อมาพัฒนาเป็นโครงการศิลปาชีพ ซึ่งสร้างอาชีพ", "โครงการศิลปาชีพ"),  # what it became (valid)
    ("ซึ่งเป็นมาตรการช่วยเหลือเกษตรกรผู้ปลูกข้าว ปี 2567 ตามมติ", "มาตรการช่วยเหลือเกษตรกรผู้ปลูกข้าว ปี 2567"),
])
def test_programs_a_listed_become_or_dated_name_after_a_copula_stays(extract_text, text, name):
    """Only ซึ่ง or a prefix noun as the subject makes the predicate a class: a list cue before the copula, a verb of
    becoming, or a dated name (one measure) keep their programme."""
    assert name in _program_names(extract_text, text)


def test_classified_reads_the_subject_and_the_copula():
    text = "ซึ่งโครงการนี้ เป็นโครงการวิจัย"
    assert program_evidence.classified(text, text.index("โครงการวิจัย"), len(text))
    other = "ซึ่งถือเป็นโครงการวิจัย"
    assert not program_evidence.classified(other, other.index("โครงการวิจัย"), len(other))
    dated = "ซึ่งเป็นโครงการวิจัย ระยะที่ 2"
    assert not program_evidence.classified(dated, dated.index("โครงการวิจัย"), len(dated))


_TWICE = ("5) โครงการสินเชื่อบ้านมั่งมี ศรีสุข อัตราดอกเบี้ย ปีที่ 1-2 เท่ากับ 2.90%\n"
          "5. โครงการสินเชื่อบ้านมั่งมี ศรีสุข (กรอบวงเงิน 5,000 ล้านบาท) ให้ประชาชนกู้ซื้อบ้าน")


def test_programs_a_piece_written_after_every_mention_is_the_name_s(extract_text):
    """A name the rules end at a space, written twice in the release with the same words after it and then going on
    differently (the sample store's "โครงการสินเชื่อบ้านมั่งมี| ศรีสุข", judged cut short in round9), is named whole."""
    names = _program_names(extract_text, _TWICE)
    assert "โครงการสินเชื่อบ้านมั่งมี ศรีสุข" in names
    assert "โครงการสินเชื่อบ้านมั่งมี" not in names


@pytest.mark.parametrize("text", [
    # one mention: nothing to tell a qualifier from the sentence
    "5) โครงการสินเชื่อบ้านมั่งมี ศรีสุข อัตราดอกเบี้ย ปีที่ 1-2",
    # a headline written again in the lead: the words after the piece are alike, or the words before the name
    "1) โครงการสินเชื่อบ้านมั่งมี ศรีสุข อัตราดอกเบี้ยต่ำ\n2) โครงการสินเชื่อบ้านมั่งมี ศรีสุข อัตราดอกเบี้ยต่ำ ให้",
    "ธนาคารออมสินเปิดโครงการสินเชื่อบ้านมั่งมี ศรีสุข\nธนาคารออมสินเปิดโครงการสินเชื่อบ้านมั่งมี ศรีสุข อัตรา",
    # the mentions go on with different words
    "โครงการสินเชื่อบ้านมั่งมี ศรีสุข อัตรา\nโครงการสินเชื่อบ้านมั่งมี ร่ำรวย (กรอบวงเงิน",
    # a number after the piece: a phase or a count, the phase rules' to read
    "โครงการสินเชื่อบ้านมั่งมี ปีงบประมาณ 2560 ให้\nโครงการสินเชื่อบ้านมั่งมี ปีงบประมาณ 2561 อัตรา",
    # a place after the piece: where it runs
    "โครงการสินเชื่อบ้านมั่งมี จังหวัดน่าน อัตรา\nโครงการสินเชื่อบ้านมั่งมี จังหวัดน่าน (กรอบวงเงิน",
    # a word that ends a name or that no name ends on
    "โครงการสินเชื่อบ้านมั่งมี ณ ธนาคารออมสิน\nโครงการสินเชื่อบ้านมั่งมี ณ สาขา อัตรา",
    "โครงการสินเชื่อบ้านมั่งมีภายในเขตเมือง อัตรา\nโครงการสินเชื่อบ้านมั่งมีภายในเขตเมือง (กรอบวงเงิน",
])
def test_release_continued_end_only_where_every_mention_goes_on_alike(text):
    """The release's own mentions carry a name on only where all of them go on with the same piece, the text after
    it and before them differs, and the piece is no number, place or clause."""
    from phakhi.graph.extract.program_repeated import release_continued_end
    start = text.index("โครงการ")
    end = start + len("โครงการสินเชื่อบ้านมั่งมี")
    assert release_continued_end(text, start, end) == end


_ASPECT = ("ดีอีเอสจัดตั้งโครงการสนับสนุนการจัดตั้ง Sectoral CERT ด้านการเกษตร ให้หน่วยงานรัฐ\n"
           "ทั้งนี้ โครงการสนับสนุนการจัดตั้ง Sectoral CERT ด้านการเกษตร จะเริ่มในปี")


def test_programs_an_aspect_written_after_every_mention_is_the_name_s(extract_text):
    """A piece opening with a word no name ends on (ด้าน) that the release writes after every mention of a name, and
    that names an aspect, not a place, a body or a clause, is the name's (the sample store's "…Sectoral CERT|
    ด้านการเกษตร", judged cut short in round3 and round20)."""
    names = _program_names(extract_text, _ASPECT)
    assert "โครงการสนับสนุนการจัดตั้ง Sectoral CERT ด้านการเกษตร" in names
    assert "โครงการสนับสนุนการจัดตั้ง Sectoral CERT" not in names


@pytest.mark.parametrize("piece, whole", [
    ("ด้านการเกษตร", True), ("ระยะเร่งด่วน", True),
    ("และหลักเกณฑ์การพิจารณา", False),  # a linking word: a second thing joined
    ("ของสำนักงานกองทุน", False),  # an owner
    ("อย่างเคร่งครัด", False),  # a clause (stops, stop pairs, mined tails)
    ("สาย", False),  # a bare head before a road's code
    ("ภายในอุทยานประวัติศาสตร์พิมาย", False),  # a word of the sentence (ภายใน: program_patterns.json stops)
    ("ระดับจังหวัด", False),  # where it runs: a place or a body after the first word
])
def test_release_continued_end_reads_a_piece_opened_by_a_word_no_name_ends_on(piece, whole):
    """Each mention goes on with the piece and then differently, so only the piece's own words decide."""
    from phakhi.graph.extract.program_repeated import release_continued_end
    text = f"1) โครงการสินเชื่อบ้านมั่งมี {piece} ให้ประชาชน\n2. โครงการสินเชื่อบ้านมั่งมี {piece} อัตรา"
    end = 3 + len("โครงการสินเชื่อบ้านมั่งมี")
    assert release_continued_end(text, 3, end) == (end + 1 + len(piece) if whole else end)


def test_release_continued_end_takes_the_piece_every_mention_goes_on_with():
    from phakhi.graph.extract.program_repeated import release_continued_end
    end = len("โครงการสินเชื่อบ้านมั่งมี")
    assert _TWICE[3:release_continued_end(_TWICE, 3, 3 + end)] == "โครงการสินเชื่อบ้านมั่งมี ศรีสุข"


def test_release_continued_end_takes_a_phase_after_the_piece():
    """A phase written after the piece is the name's, as at the end of a run (`phase_at`)."""
    from phakhi.graph.extract.program_repeated import release_continued_end
    text = ("1) โครงการสินเชื่อบ้านมั่งมี ศรีสุข ระยะที่ 2 ให้ประชาชน\n"
            "2. โครงการสินเชื่อบ้านมั่งมี ศรีสุข ระยะที่ 2 อัตรา")
    end = 3 + len("โครงการสินเชื่อบ้านมั่งมี")
    assert text[3:release_continued_end(text, 3, end)] == "โครงการสินเชื่อบ้านมั่งมี ศรีสุข ระยะที่ 2"


@pytest.mark.parametrize("text, kind, kept", [
    # a provident fund listed beside named funds (round15, thaigov-v2 2024-10-29): a kind, the others named
    ("กองทุนรวมเพื่อการเลี้ยงชีพ (RMF) กองทุนสำรองเลี้ยงชีพ (PVD) กองทุนบำเหน็จบำนาญข้าราชการ (กบข.) กองทุนสงเคราะห์ครู"
     "โรงเรียนเอกชน และกองทุนการออมแห่งชาติ (กอช.)", "กองทุนสำรองเลี้ยงชีพ", "กองทุนบำเหน็จบำนาญข้าราชการ"),
    # a retirement mutual fund by its Latin abbreviation (round20, thaigov-v1 radio programme)
    ("สิทธิประโยชน์ทางภาษีสำหรับการซื้อกองทุนรวมเพื่อการเลี้ยงชีพหรือกองทุน RMF เพื่อส่งเสริมให้ประชาชนออมเงินระยะยาว"
     "มากขึ้น", "กองทุน RMF", None),
    # an infrastructure fund among ways of raising money (round3, thaigov-v1 cabinet summary)
    ("นำเครื่องมือทางการเงินสมัยใหม่และแหล่งเงินอื่นมาใช้เพื่อลดภาระงบประมาณ อาทิ กองทุนโครงสร้างพื้นฐาน เงินสะสม "
     "ทรัพย์อิงสิทธิ เป็นต้น", "กองทุนโครงสร้างพื้นฐาน", None),
    # a retirement fund glossed in English (round9, thaigov-v2 2023-04-10)
    ("เตรียมความพร้อมให้เกษตรกรเกษียณอายุอย่างมีคุณภาพ ด้วยแนวทางสร้างกองทุนเงินเกษียณอายุ (Pension Fund) เป็นต้น",
     "กองทุนเงินเกษียณอายุ", None),
    # a longer name beginning with a kind names one fund
    ("ครม. อนุมัติให้กองทุนหมุนเวียนเพื่อช่วยเหลือเกษตรกรและผู้ยากจน ปรับโครงสร้างหนี้", None,
     "กองทุนหมุนเวียนเพื่อช่วยเหลือเกษตรกรและผู้ยากจน"),
])
def test_programs_kinds_of_financial_product_are_no_programmes(extract_text, text, kind, kept):
    names = _program_names(extract_text, text)
    assert kind is None or kind not in names, names
    assert kept is None or kept in names, names


# one programme written two ways across releases: one IRI (graph/rdf/iris.program_spelling); forms of the v1/v2 samples
@pytest.mark.parametrize("a, b", [
    ("name:โครงการบ้านนี้มีรัก ปลูกผักกินเอง", "name:โครงการบ้านนี้มีรักปลูกผักกินเอง"),
    ("name:แผนพัฒนาเศรษฐกิจและสังคมแห่งชาติ ฉบับที่ 12", "name:แผนพัฒนาเศรษฐกิจและสังคมแห่งชาติฉบับที่ 12"),
    ("name:โครงการรถไฟฟ้าสายสีเหลือง ช่วงลาดพร้าว-สำโรง", "name:โครงการรถไฟฟ้าสายสีเหลือง ช่วงลาดพร้าว - สำโรง"),
    ("name:ความตกลงการค้าเสรีอาเซียน - ออสเตรเลีย - นิวซีแลนด์", "name:ความตกลงการค้าเสรีอาเซียน-ออสเตรเลีย-นิวซีแลนด์"),
    ("name:New S-Curve", "name:New S curve"),
    ("name:Thailand 4.0", "name:Thailand4.0"),
    ("name:Smart Farmer", "name:Smart farmer"),
    ("name:นโยบาย “MIND”", "name:นโยบาย MIND"),
    ("name:แผนงาน The Programme for COVID - 19 Crisis Response", "name:แผนงาน The Programme for COVID-19 Crisis Response"),
])
def test_one_programme_spelled_two_ways_has_one_iri(a, b):
    from phakhi.graph.rdf.iris import entity_iri
    assert entity_iri(a, "program") == entity_iri(b, "program")


@pytest.mark.parametrize("a, b", [
    ("name:โครงการบ้านล้านหลัง ระยะที่ 1-2", "name:โครงการบ้านล้านหลัง ระยะที่ 12"),  # a range is no number
    ("name:Smart Cities", "name:Smart Farmer"),
    ("name:แผนพัฒนาเศรษฐกิจและสังคมแห่งชาติ ฉบับที่ 12", "name:แผนพัฒนาเศรษฐกิจและสังคมแห่งชาติ ฉบับที่ 13"),
])
def test_programmes_that_differ_in_more_than_spelling_keep_their_iris(a, b):
    from phakhi.graph.rdf.iris import entity_iri
    assert entity_iri(a, "program") != entity_iri(b, "program")


def test_a_programme_iri_stays_readable_and_an_authority_iri_is_untouched():
    from phakhi.graph.rdf.iris import entity_iri
    from phakhi.ontology import PID
    assert str(entity_iri("name:Smart Farmer", "program")) == f"{PID}program/smart_farmer"
    assert str(entity_iri("program:abc", "program")) == f"{PID}abc"


def test_two_releases_spacing_one_programme_differently_name_one_programme(extract_text):
    from phakhi.graph.rdf.iris import entity_iri
    iris = []
    for name in ("โครงการบ้านนี้มีรัก ปลูกผักกินเอง", "โครงการบ้านนี้มีรักปลูกผักกินเอง"):
        x = extract_text(f"กระทรวงมหาดไทยเดินหน้า{name} เพื่อให้ครัวเรือนมีผักปลอดภัยไว้บริโภค")
        [key] = [e.key for e in x.of_kind("program")]
        iris.append(entity_iri(key, "program"))
    assert iris[0] == iris[1]


def test_the_ordinal_of_a_built_place_after_a_space_is_the_names(extract_text):
    """"โครงการก่อสร้างสะพานข้ามแม่น้ำโก-ลก| แห่งที่ 2" (round 22, cut): the number after "แห่งที่" says which
    bridge, port or building the project builds (program_patterns.json "place_ordinals"; 30 releases of the corpora
    write it after a space), spaced or glued to its number, Thai digits too; a decimal is no ordinal, and a sitting
    ("ครั้งที่ 1") stays out of the name."""
    assert _program_names(extract_text, "ครม.รับทราบความคืบหน้าโครงการก่อสร้างสะพานข้ามแม่น้ำโก-ลก แห่งที่ 2 "
                                        "(สุไหงโก-ลก-รันเตาปันยัง) ซึ่งอยู่ระหว่างการออกแบบ") \
        == {"โครงการก่อสร้างสะพานข้ามแม่น้ำโก-ลก แห่งที่ 2"}
    assert _program_names(extract_text, "ครม.อนุมัติโครงการก่อสร้างสะพานมิตรภาพไทย-ลาว แห่งที่5 (บึงกาฬ) วงเงิน "
                                        "3,930 ล้านบาท") == {"โครงการก่อสร้างสะพานมิตรภาพไทย-ลาว แห่งที่5"}
    assert _end("โครงการก่อสร้างอาคารโรงพยาบาลราชทัณฑ์ แห่งที่ ๒ วงเงิน") == "โครงการก่อสร้างอาคารโรงพยาบาลราชทัณฑ์ แห่งที่ ๒"
    assert _end("โครงการก่อสร้างสะพานมิตรภาพไทย-ลาว แห่งที่ 5.5 ล้านบาท") == "โครงการก่อสร้างสะพานมิตรภาพไทย-ลาว"
    assert _end("โครงการฝายราษีไศล ครั้งที่ 1 เมื่อวันที่") == "โครงการฝายราษีไศล"


@pytest.mark.parametrize("text, name", [
    # a body's kind word after และ/หรือ opens another party (round 22; the two samples)
    ("แผนงานสร้างภูมิคุ้มกันโรคและสำนักงานหลักประกันสุขภาพแห่งชาติ ร่วมกัน", "แผนงานสร้างภูมิคุ้มกันโรค"),
    ("โครงการพัฒนาระบบน้ำเพื่อการเกษตรและกรมชลประทาน ร่วมกัน", "โครงการพัฒนาระบบน้ำเพื่อการเกษตร"),
    ("นโยบายพลังงานทดแทนและคณะกรรมการนโยบายพลังงานแห่งชาติ ได้", "นโยบายพลังงานทดแทน"),
    # a word of the dictionary that begins with one is no body ("กรมธรรม์")
    ("โครงการประกันภัยข้าวนาปีและกรมธรรม์ประกันภัย ของ", "โครงการประกันภัยข้าวนาปีและกรมธรรม์ประกันภัย"),
    # a duration with its number and unit after the run says how long (round 22, round 7)
    ("มาตรการลดค่าครองชีพด้านพลังงานเป็นเวลา 3 เดือน ", "มาตรการลดค่าครองชีพด้านพลังงาน"),
    ("มาตรการช่วยเหลือประชาชนด้านพลังงานเป็นเวลา 3 เดือน ", None),  # round 22's: generic words, without the duration
    ("ยุทธศาสตร์การปฏิรูปกำลังคนด้านสาธารณสุขภาพรวมระยะเวลา 10 ปี เพื่อ", "ยุทธศาสตร์การปฏิรูปกำลังคนด้านสาธารณสุขภาพรวม"),
    # without a number after it, or inside the run, the word is the name's
    ("มาตรการพักต้นเงินลดดอกเบี้ยและขยายระยะเวลาชำระหนี้ ของ", "มาตรการพักต้นเงินลดดอกเบี้ยและขยายระยะเวลาชำระหนี้"),
])
def test_programs_a_run_through_a_join_ends_before_a_body_or_a_duration(text, name):
    """"โครงการส่วนต่อขยาย|และคณะกรรมการกำกับดูแล…", "…ด้านพลังงาน|เป็นเวลา 3 เดือน" (round 22, run-ons):
    program_patterns.json "joined_runs"."""
    assert _end(text) == name


@pytest.mark.parametrize("text, name", [
    # after a name the corpora show standing whole, a nominalizer after the join opens a second activity (round 20)
    ("กองทุนพัฒนาไฟฟ้าและการประชาสัมพันธ์เชิงรุก ในแต่ละพื้นที่", "กองทุนพัฒนาไฟฟ้า"),
    ("กองทุนพัฒนาไฟฟ้าและการปรับปรุงกระบวนการดำเนินงาน ของ", "กองทุนพัฒนาไฟฟ้า"),
    # a noun after the join is the name's second part (round 4 valid), and a name not standing whole keeps the
    # activity (round 20 valid)
    ("มาตรการบรรเทาภาระค่าไฟฟ้าและค่าน้ำประปา ของ", "มาตรการบรรเทาภาระค่าไฟฟ้าและค่าน้ำประปา"),
    ("โครงการศิลปินแห่งชาติสัญจรและการถ่ายทอดงานศิลป์ ของ", "โครงการศิลปินแห่งชาติสัญจรและการถ่ายทอดงานศิลป์"),
])
def test_programs_a_name_standing_whole_ends_before_a_second_activity(text, name, monkeypatch):
    """A name the corpora show standing whole (program_names.json "boundaries", mined: both names below are in it)
    ends before และ/หรือ and a nominalizer, a second activity (round 20 run-ons); not before a noun."""
    whole = frozenset({"กองทุนพัฒนาไฟฟ้า", "มาตรการบรรเทาภาระค่าไฟฟ้า"})
    monkeypatch.setattr(program_ends, "mined_boundaries", lambda: whole)
    assert _end(text) == name


@pytest.mark.parametrize("text, name", [
    # after a name the corpora show standing whole, a linking, relative or predicate word after the join opens a
    # clause of its own (final's "…เพื่อเกษตรกรรม|และแก่เกษตรกร…", round 16/22's "…แห่งชาติ|หรือให้ตั้งงบประมาณ…";
    # in the whole corpora "มาตรการคุ้มครองสิ่งแวดล้อม|หรือมีมาตรการที่ดีกว่า…",
    # "โครงการผลิตแพทย์เพิ่มเพื่อชาวชนบท|และได้จัดสรรงบประมาณ…")
    ("กองทุนการปฏิรูปที่ดินเพื่อเกษตรกรรมและแก่เกษตรกรและสถาบันเกษตรกร ของ", "กองทุนการปฏิรูปที่ดินเพื่อเกษตรกรรม"),
    ("กองทุนพัฒนากีฬาแห่งชาติหรือให้ตั้งงบประมาณรายจ่าย ของ", "กองทุนพัฒนากีฬาแห่งชาติ"),
    ("มาตรการคุ้มครองสิ่งแวดล้อมหรือมีมาตรการที่ดีกว่า ของ", "มาตรการคุ้มครองสิ่งแวดล้อม"),
    # a verb a name may hold after the join is the name's ("inside": พัฒนา), and so is a noun
    ("กองทุนพัฒนากีฬาแห่งชาติและพัฒนานักกีฬา ของ", "กองทุนพัฒนากีฬาแห่งชาติและพัฒนานักกีฬา"),
    ("กองทุนหมู่บ้านและชุมชนเมือง ของ", "กองทุนหมู่บ้านและชุมชนเมือง"),
])
def test_programs_a_name_standing_whole_ends_before_a_joined_clause(text, name, monkeypatch):
    """A name the corpora show standing whole (program_names.json "boundaries"; "กองทุนพัฒนากีฬาแห่งชาติ" and
    "กองทุนหมู่บ้าน" are patched in here) ends before และ/หรือ and a word that opens a clause (`opens_clause`)."""
    whole = frozenset({"กองทุนการปฏิรูปที่ดินเพื่อเกษตรกรรม", "กองทุนพัฒนากีฬาแห่งชาติ", "มาตรการคุ้มครองสิ่งแวดล้อม",
                       "กองทุนหมู่บ้าน"})
    monkeypatch.setattr(program_ends, "mined_boundaries", lambda: whole)
    assert _end(text) == name


@pytest.mark.parametrize("text, name", [
    # names the corpora write standing whole in 5+ releases (program_guard.json "whole", as shipped), run on into a
    # clause of their own in the samples: final, round 16 and round 22's judged run-on, and three more releases
    ("กองทุนพัฒนากีฬาแห่งชาติหรือให้ตั้งงบประมาณรายจ่ายประจำปีสมทบต่อไป ของ", "กองทุนพัฒนากีฬาแห่งชาติ"),
    ("กองทุนเพื่อการป้องกันและปราบปรามการค้ามนุษย์มีการจ่ายเงินเยียวยาให้แก่ผู้เสียหาย จำนวน",
     "กองทุนเพื่อการป้องกันและปราบปรามการค้ามนุษย์"),
    ("กองทุนเพื่อความเสมอภาคทางการศึกษาได้รับสิทธิประโยชน์ทางภาษี ดังนี้", "กองทุนเพื่อความเสมอภาคทางการศึกษา"),
    ("กองทุนเพื่อช่วยเหลือคนหางานไปทำงานในต่างประเทศที่ประสบปัญหาและได้รับความเดือดร้อน จาก",
     "กองทุนเพื่อช่วยเหลือคนหางานไปทำงานในต่างประเทศ"),
    # a linking word goes on to a longer name the corpora write too ("…น้ำมันปาล์ม|เพื่อบริหารจัดการ…", 2 releases),
    # and a join and a nominalizer to a heading's second half: the name's
    ("โครงการติดตั้งเครื่องมือวัดปริมาณน้ำมันปาล์มเพื่อบริหารจัดการและควบคุมสต็อกน้ำมันปาล์ม ของ",
     "โครงการติดตั้งเครื่องมือวัดปริมาณน้ำมันปาล์มเพื่อบริหารจัดการและควบคุมสต็อกน้ำมันปาล์ม"),
    ("ยุทธศาสตร์พัฒนาโครงสร้างพื้นฐานและการให้บริการระบบคมนาคมขนส่ง ของ",
     "ยุทธศาสตร์พัฒนาโครงสร้างพื้นฐานและการให้บริการระบบคมนาคมขนส่ง"),
])
def test_programs_a_name_written_whole_ends_before_a_clause_of_its_own(text, name):
    """A name the corpora write standing whole in many releases (program_guard.json "whole", mined by
    scripts/mine_program_guard.py; not in program_names.json "boundaries") ends where the release goes on with a
    relative or predicate word, or a join and a linking, relative or predicate word (`_clause_after_whole`)."""
    assert all(name_ in program_ends.whole_names() for name_ in ("กองทุนพัฒนากีฬาแห่งชาติ", "ยุทธศาสตร์พัฒนาโครงสร้างพื้นฐาน",
                                                                  "โครงการติดตั้งเครื่องมือวัดปริมาณน้ำมันปาล์ม"))
    assert "กองทุนพัฒนากีฬาแห่งชาติ" not in program_ends.mined_boundaries()
    assert _end(text) == name


def test_the_whole_names_are_mined_from_names_standing_whole_in_most_of_their_runs():
    """mine_program_guard.whole: a name standing complete in 5+ releases and in most of the runs it begins is kept; a
    phrase heading many descriptions, a kind and a name seen too rarely are not."""
    miner = load_script("mine_program_guard")
    counts = {"กองทุนพัฒนากีฬาแห่งชาติ": 7, "กองทุนพัฒนากีฬาแห่งชาติและพัฒนานักกีฬา": 1,
              "มาตรการบรรเทาผลกระทบ": 5, "มาตรการบรรเทาผลกระทบจากภัยแล้ง": 4, "มาตรการบรรเทาผลกระทบจากโควิด": 3,
              "มาตรการบรรเทาผลกระทบต่อผู้ประกอบการ": 4, "มาตรการบรรเทาผลกระทบด้านค่าครองชีพ": 3,
              "โครงการพัฒนา": 40, "กองทุนพัฒนาอุตสาหกรรม": 4}
    assert miner.whole(counts) == {"กองทุนพัฒนากีฬาแห่งชาติ": 7}


def test_programs_a_route_s_last_place_ends_before_the_next_project():
    """"โครงการก่อสร้างรถไฟทางคู่| ช่วงชุมทางถนนจิระ - ขอนแก่นและโครงการก่อสร้างรถไฟทางคู่ ช่วงนครปฐม-ชุมพร" (round 16,
    cut before its segment): the last place ends before และ and the next programme's prefix."""
    text = "โครงการก่อสร้างรถไฟทางคู่ ช่วงชุมทางถนนจิระ - ขอนแก่นและโครงการก่อสร้างรถไฟทางคู่ ช่วงนครปฐม-ชุมพร ของ"
    route = program_ends._route().match(text, len("โครงการก่อสร้างรถไฟทางคู่"))
    assert route is not None and route.group() == " ช่วงชุมทางถนนจิระ - ขอนแก่น"
    assert program_ends._route().match("โครงการรถไฟทางคู่ ช่วงลพบุรี - ปากน้ำโพ ของ", 17).group() == " ช่วงลพบุรี - ปากน้ำโพ"

@pytest.mark.parametrize("text,name", [
    ("ข่าว\nพร้อมเติมทุน “สินเชื่อเสริมสภาพคล่องผู้รับเหมา” วงเงินกู้สูงสุด 50 ล้านบาท",
     "สินเชื่อเสริมสภาพคล่องผู้รับเหมา"),
    ("ข่าว\nผ่อนสบายสูงสุด 12 ปี “สินเชื่อเสริมสภาพคล่องผู้รับเหมา” คว้าโอกาสเข้าถึงงานจัดซื้อจัดจ้างภาครัฐ",
     "สินเชื่อเสริมสภาพคล่องผู้รับเหมา"),
    ("ข่าว\nธนาคารออมสินให้ “สินเชื่อเศรษฐกิจติดดาว” แก่ผู้ประกอบการรายย่อย", "สินเชื่อเศรษฐกิจติดดาว"),
])
def test_a_quoted_loan_scheme_the_corpora_name_is_a_programme(extract_text, text, name):
    """A loan scheme quoted with no prefix is a programme when scripts/mine_program_loans.py's list (mined from the
    corpora: quoted or written after a prefix in a share of the releases writing it, seldom after a kind's word)
    holds it (program_quoted.mined_loans)."""
    assert name in _program_names(extract_text, text)


def test_a_quoted_kind_of_loan_is_no_programme(extract_text):
    # "สินเชื่อจำนำทะเบียนรถ" is quoted in 7 releases but written after ธุรกิจ / ผู้ให้ … in about half its uses: a kind
    names = _program_names(extract_text, "ข่าว\nเตือนประชาชนก่อนใช้บริการ “สินเชื่อจำนำทะเบียนรถ” จากผู้ให้บริการ")
    assert "สินเชื่อจำนำทะเบียนรถ" not in names


def test_programs_mining_tells_loan_schemes_from_kinds_of_loan(tmp_path):
    scheme = "ข่าว\nธนาคารเปิดตัว “สินเชื่อเสริมพลังฐานราก” วงเงิน 1,000 ล้านบาท"
    kind = "ข่าว\nธุรกิจสินเชื่อพิโกไฟแนนซ์ และผู้ให้สินเชื่อพิโกไฟแนนซ์ ขยายตัว ประชาชนขอ “สินเชื่อพิโกไฟแนนซ์” ได้"
    listed = "ข่าว\nอัตราดอกเบี้ย “สินเชื่อ-เงินฝาก” ของธนาคาร"
    for i, body in enumerate([scheme, scheme, kind, kind, listed, listed]):
        (tmp_path / f"{i}.txt").write_text(body, encoding="utf-8")
    miner = load_script("mine_program_loans")
    data = miner.mine([str(tmp_path)])
    assert [row[0] for row in data["names"]] == ["สินเชื่อเสริมพลังฐานราก"]
    assert {row[0] for row in data["kinds"]} == {"สินเชื่อพิโกไฟแนนซ์", "สินเชื่อ-เงินฝาก"}
    # quoted in 2 of 175 releases, but written after โครงการ in 86: a scheme; quoted in 2 of 104, after a prefix in 18
    assert miner.kept_row(["สินเชื่อฟื้นฟู", 2, 86, 175, 310, 31]) and not miner.kept_row(["สินเชื่อ SME", 2, 18, 104, 172, 18])


@pytest.mark.parametrize("text,name", [
    # the sample releases' forms: a slogan quoted as a project's title, and written unquoted after a prefix
    ("ข่าว\nร่วมนำร่องโครงการรวมพลังแผ่นดิน \"แม่ใจ รักษ์ดิน\" Road to World Soil Day", "แม่ใจ รักษ์ดิน"),
    ("ข่าว\nเปิดโครงการป่าชายเลนในเมือง 700 ไร่ \"สวนป่าประชารัฐ เพื่อความสุขของคนไทย\" โดยมีเนื้อที่ 700 ไร่",
     "สวนป่าประชารัฐ เพื่อความสุขของคนไทย"),
    ("ข่าว\nชวนประชาชนร่วมโครงการถังขยะเปียกลดโลกร้อนเข้ามาในพื้นที่", "โครงการถังขยะเปียกลดโลกร้อน"),
])
def test_a_slogan_the_corpora_quote_and_name_after_a_prefix_is_a_programme(extract_text, text, name):
    """A slogan of spaced phrases the corpora quote bare and write after a program prefix
    (scripts/mine_program_slogans.py, program_quoted.mined_slogans) is a programme quoted bare, and ends a name written
    unquoted after a prefix where the rules would run it on ("…ลดโลกร้อน|เข้ามา")."""
    assert name in _program_names(extract_text, text)


def test_a_slogan_the_text_goes_on_from_is_no_name_s_end(extract_text):
    # round5, judged valid: "โครงการเดิน วิ่ง ปั่น ธงตราสัญลักษณ์": the mined slogan "เดิน วิ่ง ปั่น" does not cut it
    names = _program_names(extract_text, "ข่าว\nจัดกิจกรรมโครงการเดิน วิ่ง ปั่น ธงตราสัญลักษณ์ เฉลิมพระเกียรติ")
    assert "โครงการเดิน วิ่ง ปั่น" not in names


def test_programs_mining_keeps_slogans_quoted_and_named_after_a_prefix(tmp_path):
    slogan = "ข่าว\nภายใต้แนวคิด “ชิงเก็บ ลดเผา” ของกรม"
    prefixed = "ข่าว\nเดินหน้าโครงการชิงเก็บ ลดเผา ในพื้นที่"
    theme = "ข่าว\nจัดงานภายใต้หัวข้อ “รวมพลัง สร้างสรรค์” ที่กรุงเทพฯ"
    one = "ข่าว\nกล่าวว่า “ทำดี ได้ดี” เสมอ"
    for i, body in enumerate([slogan, slogan, slogan, prefixed, prefixed, theme, theme, theme, one]):
        (tmp_path / f"{i}.txt").write_text(body, encoding="utf-8")
    miner = load_script("mine_program_slogans")
    data = miner.mine([str(tmp_path)])
    assert data["names"] == [["ชิงเก็บ ลดเผา", 3, 2]] and data["others"] == 1
    # a motto quoted in 664 releases and after a prefix in 6 is no programme's name; one phrase is no slogan
    assert not miner.kept_row(["บำบัดทุกข์ บำรุงสุข", 664, 6]) and not miner.kept_row(["ชิงเก็บ", 3, 3])


@pytest.mark.parametrize("text, fund", [
    # probe15 r30: the fund is named only inside its board's name
    ("ข่าว\nปลัดฯ ท่องเที่ยวและกีฬา เป็นประธานการประชุมคณะกรรมการบริหารกองทุนเพื่อส่งเสริมการท่องเที่ยวไทย ครั้งที่ 5/2568",
     "กองทุนเพื่อส่งเสริมการท่องเที่ยวไทย"),
    ("ข่าว\nรองนายกรัฐมนตรี เป็นประธานการประชุมคณะกรรมการกองทุนเงินช่วยเหลือผู้ประสบสาธารณภัย สำนักนายกรัฐมนตรี ครั้งที่ 1/2566",
     "กองทุนเงินช่วยเหลือผู้ประสบสาธารณภัย"),  # the fund ends where the board's joined parent begins
    ("ข่าว\nนายกรัฐมนตรีเป็นประธานการประชุมคณะกรรมการบริหารกองทุนน้ำมันเชื้อเพลิง เพื่อพิจารณาราคาน้ำมัน",
     "กองทุนน้ำมันเชื้อเพลิง"),
])
def test_a_fund_named_inside_its_board_s_name_is_a_programme(extract_text, text, fund):
    """The board that runs a fund is a body; the fund it administers, the rest of the board's name, is a programme
    (program_boards.find_board_funds, program_patterns.json "board_funds")."""
    assert fund in _program_names(extract_text, text)


def test_a_fund_written_short_in_its_board_s_name_is_none(extract_text):
    names = _program_names(extract_text, "ข่าว\nที่ประชุมคณะกรรมการบริหารกองทุนฯ มีมติเห็นชอบในหลักการ")
    assert not any(n.startswith("กองทุน") for n in names)


@pytest.mark.parametrize("text, name", [
    # final: a route cut at the space before it ("โครงการก่อสร้างทางรถไฟ| สายเด่นชัย-เชียงราย-เชียงของ")
    ("ข่าว\nการรถไฟฯ ได้เปิดการประกวดราคาโครงการก่อสร้างทางรถไฟ สายเด่นชัย-เชียงราย-เชียงของ ระยะทาง 323 กิโลเมตร",
     "โครงการก่อสร้างทางรถไฟ สายเด่นชัย-เชียงราย-เชียงของ"),
    # final: a beneficiary ("…| คนพิการ")
    ("ข่าว\nและมีการมอบเงินกู้ยืมกองทุนส่งเสริมและพัฒนาคุณภาพชีวิต คนพิการ จำนวน 30,000 บาท",
     "กองทุนส่งเสริมและพัฒนาคุณภาพชีวิต คนพิการ"),
    # round22: a name cut mid-phrase ("โครงการเดิน วิ่ง ปั่น| ป้องกันอัมพาต")
    ("ข่าว\nอธิบดีเป็นประธานการแถลงข่าวโครงการเดิน วิ่ง ปั่น ป้องกันอัมพาต ครั้งที่ 10 ที่กรุงเทพฯ",
     "โครงการเดิน วิ่ง ปั่น ป้องกันอัมพาต"),
])
def test_a_name_cut_before_its_qualifier_runs_on_to_the_name_the_corpora_write(extract_text, text, name):
    """A name the rules end at a space runs on to the longer name the corpora write whole in several releases
    (program_continuations.continued_end, program_recurring.json mined by scripts/mine_program_recurring.py)."""
    assert name in {normalize_label(n) for n in _program_names(extract_text, text)}


def _no_continuations(monkeypatch):
    """The recurring names alone: no mined continuations nor whole rests run a name on first, nor over a count."""
    monkeypatch.setattr(program_continuations, "mined_continuations", lambda: {})
    monkeypatch.setattr(program_continuations, "mined_whole", lambda: {})
    monkeypatch.setattr(program_continuations, "named_counts", lambda: {})


def test_recurring_end_takes_only_a_longer_name_the_corpora_write(monkeypatch):
    _no_continuations(monkeypatch)
    monkeypatch.setattr(program_continuations, "recurring_names",
                        lambda: frozenset({"โครงการรถไฟความเร็วสูงเชื่อม3สนามบิน", "โครงการทดลองโครงการสอง"}))
    text = "โครงการรถไฟความเร็วสูง เชื่อม 3 สนามบิน วงเงิน"
    assert text[:program_continuations.continued_end(text, 0, 22)] == "โครงการรถไฟความเร็วสูง เชื่อม 3 สนามบิน"
    text = "โครงการรถไฟความเร็วสูง เชื่อม 3 จังหวัด วงเงิน"  # the text goes on otherwise: no longer name
    assert program_continuations.continued_end(text, 0, 22) == 22
    assert program_continuations.continued_end(text, 0, 22, tail_ok=lambda s, e: False) == 22
    text = "โครงการทดลอง โครงการสอง"  # a second name is no piece of the first
    assert program_continuations.continued_end(text, 0, 12) == 12


def test_recurring_names_mining_keeps_a_long_name_that_recurs_whole(tmp_path, miner_sets_aside):
    """The miner keeps a name run on across a space that is written (spaces aside) in 3+ releases, after different
    words and followed by different ones; not a piece one paragraph copied from release to release carries."""
    openers = ["ครม.อนุมัติ", "ภายใต้", "เร่งรัด", "ติดตาม"]
    afters = [" วงเงิน 100 ล้านบาท", " ให้แล้วเสร็จ", " ในปีนี้", " ต่อไป"]
    texts = [f"ข่าว\n{o}โครงการรถไฟความเร็วสูงเชื่อม 3 สนามบิน{a}" for o, a in zip(openers, afters)]
    texts += ["ข่าว\nได้แก่ โครงการรถไฟความเร็วสูง เชื่อม 3 สนามบิน วงเงิน 215,100 ล้านบาท"]
    texts += ["ข่าว\nนายกฯ เปิดโครงการปลูกต้นไม้ ร่วมกับชุมชน เมื่อวันนี้"] * 4  # one paragraph copied
    data = load_script("mine_program_recurring").mine([write_corpus_tar(tmp_path / "c.tar", texts)])
    names = {row[0] for row in data["names"]}
    assert "โครงการรถไฟความเร็วสูงเชื่อม3สนามบิน" in names
    assert not any(name.startswith("โครงการปลูกต้นไม้") for name in names)


def test_recurring_end_takes_no_clause_nor_a_date(monkeypatch):
    """Replay (self7-programs, round16): a piece holding a word of the sentence ("…|อย่างต่อเนื่อง") or a name run on to
    a day before its month ("…6 รอบ 28| กรกฎาคม") is no longer name."""
    _no_continuations(monkeypatch)
    monkeypatch.setattr(program_continuations, "recurring_names", lambda: frozenset({
        "โครงการพัฒนาครูและโรงเรียนเพื่อยกระดับคุณภาพการศึกษาอย่างต่อเนื่อง", "โครงการเฉลิมพระเกียรติ6รอบ28"}))
    text = "โครงการพัฒนาครูและโรงเรียน เพื่อยกระดับคุณภาพการศึกษาอย่างต่อเนื่อง ต่อไป"
    assert program_continuations.continued_end(text, 0, 26) == 26
    text = "โครงการเฉลิมพระเกียรติ 6 รอบ 28 กรกฎาคม 2567"
    assert program_continuations.continued_end(text, 0, 22) == 22


def test_recurring_end_takes_no_other_name_after_or(monkeypatch):
    """Dump diff: "กองทุนการออมแห่งชาติ| หรือ กอช." is the fund and its abbreviation, not a longer name."""
    _no_continuations(monkeypatch)
    monkeypatch.setattr(program_continuations, "recurring_names", lambda: frozenset({"กองทุนการออมแห่งชาติหรือกอช."}))
    text = "กองทุนการออมแห่งชาติ หรือ กอช. เชิญชวน"
    assert program_continuations.continued_end(text, 0, 20) == 20


@pytest.mark.parametrize("text, cut", [
    # the dump diff of h29-progcut: the ordination count is the count's, not the name's (releases of 2019 and 2021)
    ("โครงการบรรพชาอุปสมบท 99 รูป ณ วัดพระศรีมหาธาตุ", "โครงการบรรพชาอุปสมบท"),
    ("โครงการบรรพชาอุปสมบท 97 รูป ถวายเป็นพระราชกุศล", "โครงการบรรพชาอุปสมบท"),
    # a unit glued to its number ("97รูป") and a cycle count ("6 รอบ": counts.json reads it a count too)
    ("โครงการบรรพชาอุปสมบท 97รูป ณ วัดพระศรีมหาธาตุ", "โครงการบรรพชาอุปสมบท"),
    ("โครงการเฉลิมพระเกียรติ 6 รอบ 28 กรกฎาคม", "โครงการเฉลิมพระเกียรติ"),
    # replay (round16 valid, self7 junk): nor does it end right before one, cut inside "…6 รอบ"
    ("โครงการเฉลิมพระเกียรติ เนื่องในโอกาส 6 รอบ 28 กรกฎาคม", "โครงการเฉลิมพระเกียรติ"),
])
def test_a_run_on_takes_no_count(text, cut, monkeypatch):
    """A number with a unit or classifier the count module reads a count by (counts.counted_number: counts.json
    units, count_units.json's mined classifiers: "รูป", "รอบ") is no piece of a longer name, whatever the corpora
    write: "โครงการบรรพชาอุปสมบท| 99 รูป" swallowed the count the release reports."""
    _no_continuations(monkeypatch)
    monkeypatch.setattr(program_continuations, "recurring_names", lambda: frozenset({
        "โครงการบรรพชาอุปสมบท99รูป", "โครงการบรรพชาอุปสมบท97รูป", "โครงการบรรพชาอุปสมบท97รูปถวายเป็นพระราชกุศล",
        "โครงการเฉลิมพระเกียรติ6รอบ", "โครงการเฉลิมพระเกียรติเนื่องในโอกาส"}))
    assert text[:program_continuations.continued_end(text, 0, len(cut))] == cut


def test_a_number_without_a_unit_or_after_an_ordinal_is_still_a_piece():
    from phakhi.graph.extract.counts import counted_number
    text = "โครงการรถไฟความเร็วสูง เชื่อม 3 สนามบิน"  # "สนามบิน" counts nothing in counts.json
    assert program_continuations.continuation_piece(text, text.index(" 3")) == " 3"
    text = "โครงการคนละครึ่งระยะที่ 3 รอบที่ 2"  # "ระยะที่ 3": an ordinal's number; "รอบที่": no unit
    assert not counted_number(text, text.index("3"), text.index("3") + 1)
    text = "จัดโครงการบรรพชาอุปสมบท 99 รูป"
    assert counted_number(text, text.index("99"), text.index("99") + 2)


@pytest.mark.parametrize("text, name", [
    # round22 (a 2019 cabinet summary): run on to the name the corpora write, then dropped for the venue word in it
    ("ข่าว\n2) โครงการรถไฟความเร็วสูง เชื่อม 3 สนามบิน วงเงิน 215,100 ล้านบาท 3) โครงการท่าเรือแหลมฉบัง ระยะ 3",
     "โครงการรถไฟความเร็วสูง เชื่อม 3 สนามบิน"),
    ("ข่าว\nความคืบหน้าโครงการรถไฟความเร็วสูงเชื่อมโยง 3 สนามบิน ได้ลงนามสัญญาแล้ว",
     "โครงการรถไฟความเร็วสูงเชื่อมโยง 3 สนามบิน"),
])
def test_a_venue_s_word_alone_in_a_name_is_no_place_that_drops_it(extract_text, text, name):
    """mask_places makes a venue's word a place (places.json "prefixes": "สนามบิน"); a name that holds a place is
    dropped (programs._scheme_pieces), but the word alone between spaces names no venue: the name counts or links
    such places ("เชื่อม 3 สนามบิน": three airports)."""
    assert name in {normalize_label(n) for n in _program_names(extract_text, text)}


@pytest.mark.parametrize("text, name", [
    # round 7 (and the samples' fact dump): "กองทุนคุ้มครองเด็ก" stands whole in 27 releases, the run on in 3
    ("ข่าว\n2) ดย. ให้ความช่วยเหลือเด็กตามระเบียบกองทุนคุ้มครองเด็กในด้านทุนการศึกษา พร้อมประสานความร่วมมือ",
     "กองทุนคุ้มครองเด็ก"),
    # mined run-ons of funds the corpora write whole hundreds of times
    ("ข่าว\nประชาชนยื่นคำขอรับความช่วยเหลือจากกองทุนยุติธรรมผ่านระบบ ออนไลน์ได้", "กองทุนยุติธรรม"),
    ("ข่าว\nส่งเสริมการออมผ่านกองทุนการออมแห่งชาติในระดับพื้นที่ ทั่วประเทศ", "กองทุนการออมแห่งชาติ"),
])
def test_programs_a_fund_s_mined_run_on_does_not_win_over_the_fund_the_corpora_write_whole(extract_text, text, name,
                                                                                          monkeypatch):
    """A longer mined run (program_names.json "names") that begins with a fund's name the corpora write whole at least
    five times as often (program_guard.json "whole") is that fund run on into the sentence (program_ends.run_on_names,
    program_patterns.json "fixed_names"): the rules end it at the fund."""
    from phakhi.ontology import load_mined
    shipped = load_mined("program_names.json")  # as shipped (a mining test earlier in the session replaces them)
    monkeypatch.setattr(program_ends, "mined_boundaries", lambda: frozenset(shipped["boundaries"]))
    monkeypatch.setattr(program_ends, "mined_cut_words", program_words.mined_cut_words)
    names = {normalize_label(n) for n in _program_names(extract_text, text)}
    assert name in names and not any(n.startswith(name) and n != name for n in names)


def test_programs_run_on_names_keep_longer_funds_the_corpora_write_often():
    run_on = program_ends.run_on_names()
    assert {"กองทุนคุ้มครองเด็กในด้านทุนการศึกษา", "กองทุนยุติธรรมผ่านระบบ",
            "กองทุนชุมชนเมืองตามพระราชบัญญัติกองทุนหมู่บ้านและชุมชนเมืองแห่งชาติ"} <= run_on
    # longer names standing whole in a fair share of their stem's releases stay mined names
    assert not run_on & {"กองทุนจัดรูปที่ดินเพื่อพัฒนาพื้นที่", "กองทุนเงินกู้ยืมเพื่อการศึกษาที่ผูกกับรายได้ในอนาคต",
                         "กองทุนเพิ่มขีดความสามารถในการแข่งขันของประเทศสำหรับอุตสาหกรรมเป้าหมาย"}
    assert all(name.startswith("กองทุน") for name in run_on)  # no other prefix's mined names


@pytest.mark.parametrize("text, name", [
    # mid and round 9: two funds listed with no space between
    ("กองทุนเสมอภาคเพื่อการศึกษากองทุนยุติธรรม ในรอบ 12 ปี", "กองทุนเสมอภาคเพื่อการศึกษา"),
    ("กองทุนชุมชนเมืองตามพระราชบัญญัติกองทุนหมู่บ้านและชุมชนเมืองแห่งชาติ พ.ศ.", "กองทุนชุมชนเมือง"),
])
def test_programs_a_fund_s_name_ends_before_a_second_fund_glued_to_it(text, name):
    assert _end(text, mined=program_words.mined_program_names()[0] - program_ends.run_on_names()) == name


def test_programs_a_second_fund_glued_on_is_a_programme_of_its_own(extract_text):
    names = {normalize_label(n) for n in _program_names(extract_text, "ข่าว\nลดภาระประชาชนในการยื่นสำเนาเอกสารภาครัฐ "
                                                                      "กองทุนเสมอภาคเพื่อการศึกษากองทุนยุติธรรม ในรอบ 12 ปี")}
    assert "กองทุนเสมอภาคเพื่อการศึกษากองทุนยุติธรรม" not in names and "กองทุนยุติธรรม" in names


@pytest.mark.parametrize("text, name", [
    # the count a name is written with in most of its releases is the name's (program_counts.json): a 2016 release of
    # the mining council, a 2023 one of the digital wallet
    ("ข่าว\nโดยที่ประชุมมีมติเห็นชอบ (ร่าง) ยุทธศาสตร์การบริหารจัดการแร่ 20 ปี (พ.ศ. 2560-2579) พร้อมแผนแม่บท",
     "ยุทธศาสตร์การบริหารจัดการแร่ 20 ปี"),
    ("ข่าว\nรัฐบาลเดินหน้าโครงการเติมเงิน 10,000 บาท ผ่าน Digital Wallet ให้ประชาชน",
     "โครงการเติมเงิน 10,000 บาท ผ่าน Digital Wallet"),
])
def test_a_count_a_name_is_written_with_is_the_name_s(extract_text, text, name):
    assert name in {normalize_label(n) for n in _program_names(extract_text, text)}


def test_counted_end_takes_only_the_count_the_corpora_write_the_name_with(monkeypatch):
    """A count after a name is the sentence's ("โครงการบรรพชาอุปสมบท| 97 รูป": the monks of one year) unless the corpora
    write the name with that very count in most of its releases (program_counts.json: "… 99 รูป", 27 of 54)."""
    monkeypatch.setattr(program_continuations, "named_counts", lambda: {"โครงการบรรพชาอุปสมบท": frozenset({" 99 รูป"})})
    monkeypatch.setattr(program_continuations, "mined_continuations", lambda: {})
    monkeypatch.setattr(program_continuations, "mined_whole", lambda: {})
    text = "โครงการบรรพชาอุปสมบท 99 รูป ถวายพระพร"
    assert text[:program_continuations.continued_end(text, 0, 20)] == "โครงการบรรพชาอุปสมบท 99 รูป"
    text = "โครงการบรรพชาอุปสมบท 97 รูป ถวายพระพร"
    assert program_continuations.continued_end(text, 0, 20) == 20
    text = "โครงการบรรพชาอุปสมบท 99 รูปแบบ"  # no count there: the unit's word goes on
    assert program_continuations.continued_end(text, 0, 20) == 20
    text = "โครงการบรรพชาอุปสมบท 99 รูป ถวายพระพร"
    assert program_continuations.continued_end(text, 0, 20, tail_ok=lambda s, e: False) == 20
    # a longer name the corpora write past the count runs on from it (program_recurring.json, once mined over it)
    monkeypatch.setattr(program_continuations, "recurring_names",
                        lambda: frozenset({"โครงการบรรพชาอุปสมบท99รูปถวายพระพร"}))
    assert text[:program_continuations.continued_end(text, 0, 20)] == text


def test_count_mining_keeps_the_count_a_name_is_written_with(tmp_path, miner_sets_aside):
    """Kept: a count written after a name in most of its releases, after different words; not a count that changes
    from release to release, one paragraph copied, nor programmes counted ("…| 6 โครงการ")."""
    openers = ["ครม.อนุมัติ", "ภายใต้", "เร่งรัด", "ติดตาม"]
    texts = [f"ข่าว\n{o}โครงการร้านข้าวแกง 20 บาท ต่อไป" for o in openers]
    texts += [f"ข่าว\n{o}โครงการเราชนะ {n} ล้านคน แล้ว" for o, n in zip(openers, (13, 15, 31, 33))]
    texts += ["ข่าว\nนายกฯ เปิดโครงการปลูกต้นไม้ 300 ต้น ร่วมกับชุมชน"] * 4
    texts += [f"ข่าว\n{o}โครงการบำบัดทุกข์ 6 โครงการ แล้ว" for o in openers]
    data = load_script("mine_program_counts").mine([write_corpus_tar(tmp_path / "c.tar", texts)])
    kept = {(row[0], row[1]) for row in data["counts"]}
    assert kept == {("โครงการร้านข้าวแกง", " 20 บาท")}


@pytest.mark.parametrize("text, name", [
    # rounds 3, 14, 22, final, self7: a report's fiscal year after the fund (2021 and 2022 cabinet summaries)
    ("ข่าว\n2. ผลการดำเนินงานกองทุนพัฒนาไฟฟ้าประจำปีงบประมาณ พ.ศ. 2563 2.1 ชดเชยและอุดหนุนผู้รับใบอนุญาต",
     "กองทุนพัฒนาไฟฟ้า"),
    ("ข่าว\n2. ผลการดำเนินงานกองทุนพัฒนาไฟฟ้าประจำปีงบประมาณ พ.ศ. 2562 2.1 การชดเชยรายได้ระหว่างการไฟฟ้า",
     "กองทุนพัฒนาไฟฟ้า"),
    # round 4: a verb after the fund (2021-12-18, 2022-04-09)
    ("ข่าว\nลูกจ้างที่มีสิทธิได้รับเงินสงเคราะห์จากกองทุนสงเคราะห์ลูกจ้างเพิ่ม เป็นกรณีที่พนักงานตรวจแรงงานมีคำสั่ง",
     "กองทุนสงเคราะห์ลูกจ้าง"),
    # round 3: the contributions the fund receives (2022-04-08, 2022-09-20)
    ("ข่าว\nนายจ้างและผู้ประกันตนจ่ายเงินสมทบเข้ากองทุนประกันสังคมลดลงจากฝ่ายละร้อยละ 5 ของค่าจ้างผู้ประกันตน",
     "กองทุนประกันสังคม"),
    # a sentence repeated by a few releases after a fund run on into hundreds (2017-08-24, 2017-11-09)
    ("ข่าว\nที่ประชุมได้รับทราบผลการช่วยเหลือเงินกองทุนยุติธรรมทั้งในส่วนกลางและส่วนภูมิภาค ประจำปี 2560",
     "กองทุนยุติธรรม"),
])
def test_programs_a_fund_run_on_into_one_of_many_continuations_ends_at_the_fund(extract_text, text, name):
    """A fund's name the corpora write whole and run on into many different continuations (program_fund_runs.json,
    scripts/mine_program_fund_runs.py) ends where the run goes on with none of its recurrent ones; a fiscal year is
    never one (program_ends.fund_run_on). (The validity stage may drop the bare fund in a snippet this short.)"""
    assert _end(text[text.index(name):]) == name
    assert not any(n.startswith(name) and n != name for n in map(normalize_label, _program_names(extract_text, text)))


@pytest.mark.parametrize("text, name", [
    # a longer name written again and again after the fund (2017-03-08, 2017-03-10)
    ("ข่าว\nเพื่อเพิ่มประสิทธิภาพการผลิต และกองทุนร่วมลงทุนในกิจการ SMEs ที่ธนาคารพร้อมสนับสนุน",
     "กองทุนร่วมลงทุนในกิจการ SMEs"),
    ("ข่าว\nทั้งนี้ กิจกรรมดังกล่าว จัดโดย กองทุนสื่อปลอดภัยและสร้างสรรค์ โดยมีวัตุประสงค์เพื่อรับฟังความคิดเห็น",
     "กองทุนสื่อปลอดภัยและสร้างสรรค์"),
    # round 22: the fund of one village (2017-08-12, 2017-09-19)
    ("ข่าว\nพร้อมทั้งมอบเงินสมทบทุนกองทุนแม่ของแผ่นดินบ้านโคกกลางสามัคคี และมอบอุปกรณ์กีฬาให้กับผู้แทนโรงเรียน",
     "กองทุนแม่ของแผ่นดินบ้านโคกกลางสามัคคี"),
    ("ข่าว\nได้เยี่ยมชมการดำเนินงานของ กองทุนแม่ของแผ่นดินบ้านหนองโขลง ตำบลบ้านจ่า อำเภอบางระจัน",
     "กองทุนแม่ของแผ่นดินบ้านหนองโขลง"),
])
def test_programs_a_fund_run_on_into_a_recurrent_continuation_or_a_place_is_kept(extract_text, text, name):
    assert name in {normalize_label(n) for n in _program_names(extract_text, text)}


def test_programs_fund_runs_mined_branching_and_no_fiscal_year():
    """The mined file: funds with many continuations; their recurrent ones hold longer names, none a fiscal year."""
    from collections import Counter
    miner = load_script("mine_program_fund_runs")
    data = miner.fund_runs({"กองทุนก": Counter({"ในกิจการ": 8, "ประจำปีงบประมาณ": 4, "เพิ่ม": 1, "จ่าย": 1,
                                                "มอบ": 1, "ได้": 1}),
                            "กองทุนข": Counter({"ในกิจการ": 3})}, 10)
    assert data["names"] == {"กองทุนก": ["ในกิจการ"]}  # กองทุนข has one continuation only: no branching
    assert not miner.recurrent(3, 133) and miner.recurrent(8, 23)  # "กองทุนสงเคราะห์ลูกจ้าง|เพิ่ม" vs "…|ในกิจการ"
    shipped = program_ends._fund_runs()
    assert "ในกิจการ" in shipped["กองทุนร่วมลงทุน"] and "ผ่านระบบ" not in shipped["กองทุนยุติธรรม"]
    assert not any(rest.startswith("ประจำปี") for rests in shipped.values() for rest in rests)


def test_programs_a_fund_written_whole_with_its_qualifier_is_not_cut_as_a_run_on(extract_text):
    """A run that is itself a name the corpora write whole (program_guard.json "whole": "กองทุนพัฒนาบทบาทสตรีแห่งชาติ")
    is no fund run on into the sentence (program_ends.fund_run_on reads only past the longest whole name, and a whole
    run has none past it); check_mined's kept_whole found eight such names cut once fund run-ons came in."""
    names = _program_names(extract_text, "ข่าว\nนายกรัฐมนตรีมอบเงินกองทุนพัฒนาบทบาทสตรีแห่งชาติ ให้แก่สมาชิก ณ จังหวัดขอนแก่น")
    assert "กองทุนพัฒนาบทบาทสตรีแห่งชาติ" in {normalize_label(n) for n in names}


@pytest.mark.parametrize("text, name", [
    # round 14 (v1 ด้านเศรษฐกิจ_814): a phase numbered without ที่ after the space the run ends at
    ("ข่าว\nได้แก่ 3) โครงการท่าเรือแหลมฉบัง ระยะ 3 วงเงิน 155,834 ล้านบาท และ 4) โครงการท่าเรือมาบตาพุด ระยะ 3 วงเงิน "
     "10,154 ล้านบาท", "โครงการท่าเรือมาบตาพุด ระยะ 3"),
    ("ข่าว\nประชาชนได้รับประโยชน์ผ่านโครงการบ้านล้านหลัง ระยะ 2 ขณะนี้ปล่อยสินเชื่อไปแล้วกว่า 2 หมื่นราย",
     "โครงการบ้านล้านหลัง ระยะ 2"),
    # before (v2 2023-09-25): the road's code, and the route's section after it
    ("ข่าว\nตรวจสอบและศึกษาการออกแบบโครงการขยายช่องจราจรถนน ทล.2350 ตอน หนองหาน - กุมภวาปี และ ทล.2022 สายสุมเส้า",
     "โครงการขยายช่องจราจรถนน ทล.2350 ตอน หนองหาน - กุมภวาปี"),
    ("ข่าว\nกรมทางหลวงชนบทได้ดำเนินโครงการก่อสร้างถนนสายแยก ทล.118 - บ้านทุ่งยาว อำเภอเวียงป่าเป้า แล้วเสร็จ",
     "โครงการก่อสร้างถนนสายแยก ทล.118 - บ้านทุ่งยาว"),
    # round 3: a motorway's code after its way word
    ("ข่าว\nยืนยันว่าโครงการก่อสร้างงานโยธา มอเตอร์เวย์ M6 สายบางปะอิน - นครราชสีมา ได้ดำเนินการตามขั้นตอน",
     "โครงการก่อสร้างงานโยธา มอเตอร์เวย์ M6 สายบางปะอิน - นครราชสีมา"),
    # round 15: a cable system's Latin code
    ("ข่าว\nสำหรับโครงการเคเบิลใต้น้ำระหว่างประเทศ AAE-1  (Asia-Africa-Europe1)  โดยบริษัท ทีโอที จำกัด (มหาชน)",
     "โครงการเคเบิลใต้น้ำระหว่างประเทศ AAE-1"),
    ("ข่าว\nรัฐบาลยังขับเคลื่อนโครงการดาวเทียม THEOS-2 แล้ว รัฐบาลยังได้มีการดำเนินงานอื่น",
     "โครงการดาวเทียม THEOS-2"),
])
def test_programs_a_kind_runs_on_over_what_says_which_one(extract_text, text, name):
    """A name its run ends at a space before a phase without ที่, a road's code or a Latin code runs on over it: the
    words say which project of its kind it is (program_ends.identifier_end, program_patterns.json "identifiers")."""
    assert name in {normalize_label(n) for n in _program_names(extract_text, text)}


@pytest.mark.parametrize("text, name", [
    # a duration after ระยะ is how long, no phase
    ("ข่าว\nกรมส่งเสริมการเกษตรดำเนินโครงการส่งเสริมการปลูกพืชหลังนา ระยะ 3 ปี ตั้งแต่ปี 2566",
     "โครงการส่งเสริมการปลูกพืชหลังนา"),
    # a disease's code is read by the disease rule, not as an identifier
    ("ข่าว\nกรมการจัดหางานดำเนินโครงการจ้างงานเพื่อลดผลกระทบจากการแพร่ระบาดของไวรัส COVID-19 ระยะที่ 2 ต่อไป",
     "โครงการจ้างงานเพื่อลดผลกระทบจากการแพร่ระบาดของไวรัส COVID-19 ระยะที่ 2"),
])
def test_programs_an_identifier_takes_no_count_and_no_disease(extract_text, text, name):
    assert name in {normalize_label(n) for n in _program_names(extract_text, text)}


def test_programs_an_identifier_after_a_run_of_two_names_joins_neither(extract_text):
    """Round 'mid' (v1 ด้านเศรษฐกิจ_44): the code after a run that holds a second prefix names the second's programme;
    the run, junk, is not made a name by it."""
    names = _program_names(extract_text, "ข่าว\nกล่าวภายหลังเป็นประธานพิธีรำลึกพระมหากรุณาธิคุณต่อโครงการพระราชดำริฝนหลวง"
                                          "และเปิดงานโครงการความร่วมมือ R3 ณ เขื่อนแก่งกระจาน จังหวัดเพชรบุรี")
    assert not any(n.endswith("R3") for n in names)


@pytest.mark.parametrize("text, name", [
    # a concept the corpora present as a policy (program_concepts.json), written right after a policy verb
    ("ข่าว\nร่วมสานพลังประชารัฐขับเคลื่อนเศรษฐกิจฐานราก รายได้กระจายสู่ชุมชนกว่า 250 ล้านบาท", "เศรษฐกิจฐานราก"),
    ("ข่าว\nในการช่วยขับเคลื่อนเศรษฐกิจฐานรากตามนโยบายรัฐบาล สำหรับตลาดใต้เงา", "เศรษฐกิจฐานราก"),
    ("ข่าว\nรัฐบาลไทยโดยหน่วยงานที่เกี่ยวข้อง ได้ดำเนินการขับเคลื่อนสังคมไร้เงินสด (Cashless Society) อย่างต่อเนื่อง",
     "สังคมไร้เงินสด"),
    ("ข่าว\nร่วมมือกับโรงเรียน ร่วมผลักดันโรงเรียนคุณธรรม เพราะลำพังครูหรือโรงเรียนจะดำเนินการไม่ได้", "โรงเรียนคุณธรรม"),
    ("ข่าว\nกระทรวงวัฒนธรรมเร่งผลักดันซอฟต์พาวเวอร์ของไทยสู่ระดับโลก", "ซอฟต์พาวเวอร์"),
    # a government is the sentence's subject, not a body's name the verb goes on
    ("ข่าว\nรัฐบาลผลักดันซอฟต์พาวเวอร์ ให้เป็นที่รู้จัก", "ซอฟต์พาวเวอร์"),
])
def test_programs_a_concept_framed_as_a_policy_is_a_programme(extract_text, text, name):
    assert name in {normalize_label(n) for n in _program_names(extract_text, text)}


@pytest.mark.parametrize("text, concept", [
    ("ข่าว\nชุมชนมีรายได้จากเศรษฐกิจฐานรากเพิ่มขึ้น", "เศรษฐกิจฐานราก"),  # an ordinary noun: no frame
    ("ข่าว\nและคณะอนุกรรมการขับเคลื่อนเกษตรอินทรีย์ระดับภาค 6 ภูมิภาค", "เกษตรอินทรีย์"),  # a body's name
    # the words run on past the concept: another thing ("…อินทรีย์ภาคเหนือ", "…อินทรีย์ครบวงจร")
    ("ข่าว\nประชุมติดตามความก้าวหน้าการขับเคลื่อนเกษตรอินทรีย์ภาคเหนือ และเป็นสักขีพยาน", "เกษตรอินทรีย์"),
    # to promote is no policy frame: a field of work, a topic
    ("ข่าว\nมีประสบการณ์ด้านการส่งเสริมเกษตรอินทรีย์ ทฤษฎีใหม่ จะดูแลเรื่องขั้นตอนการผลิต", "เกษตรอินทรีย์"),
    # the verb is a word of a programme's name the prefix scan reads ("นโยบายส่งเสริม…", probe30 r10)
    ("ข่าว\nเพื่อให้เป็นไปตามนโยบายผลักดันเกษตรอินทรีย์ของรัฐบาล ที่จะให้ไทยเป็นศูนย์กลาง", "เกษตรอินทรีย์"),
])
def test_programs_a_concept_not_framed_as_a_policy_is_none(extract_text, text, concept):
    assert concept not in {normalize_label(n) for n in _program_names(extract_text, text)}


def test_programs_a_framed_concept_the_release_names_after_a_prefix_is_that_programme(extract_text):
    """The release names the programme with its prefix ("โครงการโรงเรียนคุณธรรม"): the concept framed elsewhere in it
    adds no bare label (the fact dump had the programme's label turn bare)."""
    text = ("ข่าว\nบรรยายพิเศษ เรื่อง \"ศาสตร์พระราชาสู่การขับเคลื่อนโรงเรียนคุณธรรม\" ในการประชุมรายงานความสำเร็จ"
            "ของโครงการโรงเรียนคุณธรรม ต่อไป")
    assert {normalize_label(n) for n in _program_names(extract_text, text)} == {"โครงการโรงเรียนคุณธรรม"}


def test_programs_concept_miner_reads_framed_words_and_keeps_policies():
    """scripts/mine_program_concepts.py: the openings after a frame that end before a stop word or the run's end are
    candidates; a row is kept when the concept is framed often, by several verbs, in many sentences, called a policy,
    and names one (no dictionary word, scheme name, phrase or country's topic)."""
    miner = load_script("mine_program_concepts")
    text = "มุ่งมั่นขับเคลื่อนเศรษฐกิจฐานรากเพื่อการพัฒนาชีวิตของประชาชน"
    assert {c for c, _ in miner.candidates(text, text.index("เศรษฐกิจ"))} == {"เศรษฐกิจฐานราก"}
    text = "เพื่อขับเคลื่อนไทยแลนด์ 4.0 ต่อไป"  # the name goes on in digits
    assert "ไทยแลนด์" not in {c for c, _ in miner.candidates(text, text.index("ไทยแลนด์"))}
    text = "ส่งเสริมการออมของประชาชน"  # an activity
    assert miner.candidates(text, text.index("การ")) == []
    assert miner.kept_row(["ซอฟต์พาวเวอร์", 63, 3, 48, 38, 392])
    assert not miner.kept_row(["เศรษฐกิจ", 2205, 6, 614, 139, 23545])  # a dictionary word
    assert not miner.kept_row(["เศรษฐกิจของประเทศ", 593, 3, 313, 8, 2256])  # a phrase
    assert not miner.kept_row(["เศรษฐกิจไทย", 334, 3, 199, 7, 2535])  # a country's economy
    assert not miner.kept_row(["เศรษฐกิจหมุนเวียน", 63, 6, 49, 10, 860])  # the scheme holds it: found anywhere
    assert not miner.kept_row(["ด้านการตลาด", 59, 2, 56, 4, 613])  # a field
    assert not miner.kept_row(["อุตสาหกรรมยานยนต์ไฟฟ้า", 52, 3, 37, 5, 338])  # a sector
    assert not miner.kept_row(["วาระแห่งชาติ", 74, 2, 27, 4, 931])  # one line repeated
    assert not miner.kept_row(["ซอฟต์พาวเวอร์", 63, 1, 48, 38, 392])  # one verb only
    assert not miner.kept_row(["ซอฟต์พาวเวอร์", 63, 3, 48, 1, 392])  # never called a policy


@pytest.mark.parametrize("text, name", [
    # "ที่" with an attribute after it is the noun's, not the clause a stop word later cuts: the clause begins at a
    # later relative word, or the name runs to the stop (thaigov-v2 2020/09/17 สรุปข่าวการประชุม ครม._4, judged cut
    # in rounds 15 and 20; thaigov-v2 2020/10/02 ด้านเศรษฐกิจ_1, judged cut in round 22)
    ("โครงการจัดสร้างแหล่งอาศัยสัตว์ทะเลให้มีระบบนิเวศที่เหมาะสมสำหรับการอยู่อาศัยของสัตว์น้ำซึ่งได้ดำเนินการ",
     "โครงการจัดสร้างแหล่งอาศัยสัตว์ทะเลให้มีระบบนิเวศที่เหมาะสม"),
    ("โครงการสนับสนุนสินเชื่อเพื่อส่งเสริมการเลี้ยงสัตว์และกิจการที่เกี่ยวเนื่องภายใต้ความร่วมมือระหว่างกรมปศุสัตว์",
     "โครงการสนับสนุนสินเชื่อเพื่อส่งเสริมการเลี้ยงสัตว์และกิจการที่เกี่ยวเนื่อง"),
    # thaigov-v2 2024/11/20 ด้านสังคม (round 19): "ที่ดี" is the quality of life's
    ("โครงการพัฒนานวัตกรรมการดูแลผู้สูงอายุในชุมชนให้มีคุณภาพชีวิตที่ดีด้วยการแพทย์แผนไทยและการแพทย์ทางเลือก โดย",
     "โครงการพัฒนานวัตกรรมการดูแลผู้สูงอายุในชุมชนให้มีคุณภาพชีวิตที่ดี"),
    # a relative word with a verb after it still opens the clause (thaigov round 22: "…พื้นฐาน|ที่ได้รับความเสียหาย")
    ("โครงการฟื้นฟูโครงสร้างพื้นฐานที่ได้รับความเสียหายจากอุทกภัยเมื่อปี 2560 ด้วยการ",
     "โครงการฟื้นฟูโครงสร้างพื้นฐาน"),
    ("โครงการตรวจโรงงานที่มีความเสี่ยงสูงได้ดำเนินการ แล้ว", "โครงการตรวจโรงงาน"),
])
def test_programs_an_attribute_after_a_relative_word_is_the_names(text, name):
    assert _end(text) == name


def test_programs_a_rest_mined_after_a_relative_word_still_runs_on_past_its_attribute():
    """program_continuations.json's whole rests were mined after names the rules ended before any relative word
    ("โครงการเงินกู้เพื่อวิถีแห่งคุณภาพชีวิต" + "ที่ดีตามศาสตร์พระราชา", the Government Savings Bank's loan scheme, in 5
    releases): the name runs on from there, not only from its attribute's end."""
    name = "โครงการเงินกู้เพื่อวิถีแห่งคุณภาพชีวิตที่ดีตามศาสตร์พระราชา"
    assert _end(name + " ของธนาคารออมสิน") == name


def test_programs_an_attribute_after_a_relative_word_runs_on_in_a_release(extract_text):
    """The whole pipeline keeps the longer name (the validity model counts no clause word in "ที่เหมาะสม"; before, it
    dropped the name the rule now gives): thaigov-v1 14/ด้านเศรษฐกิจ_1237 and thaigov-v2 2020/09/17 ครม._4."""
    text = ("ข่าว\nโดยได้เห็นชอบต่อยุทธศาสตร์ส่งเสริมห่วงโซ่คุณค่าทางการเกษตรที่ปลอดภัยและเป็นมิตรต่อสิ่งแวดล้อม"
            "ในอนุภูมิภาคลุ่มแม่น้ำโขง\nกรมประมงได้ดำเนินโครงการจัดสร้างแหล่งอาศัยสัตว์ทะเลให้มีระบบนิเวศที่เหมาะสม"
            "สำหรับการอยู่อาศัยของสัตว์น้ำซึ่งได้ดำเนินการอย่างต่อเนื่อง\n")
    names = {normalize_label(n) for n in _program_names(extract_text, text)}
    assert "โครงการจัดสร้างแหล่งอาศัยสัตว์ทะเลให้มีระบบนิเวศที่เหมาะสม" in names
    assert not any(n.endswith(("ระบบนิเวศ", "ทางการเกษตร")) for n in names)


@pytest.mark.parametrize("text, name", [
    # a yearly edition after a space is the name's (program_patterns.json "yearly_editions"), as "ปี 2566" is
    ("โครงการสืบสานประเพณีถวายเทียนพรรษา ประจำปี 2566 โดยมีผู้บริหาร",  # thaigov-v2 2023/07/14
     "โครงการสืบสานประเพณีถวายเทียนพรรษา ประจำปี 2566"),
    ("โครงการพัฒนาศักยภาพอุตสาหกรรมเชิงสร้างสรรค์ ประจำปีงบประมาณ พ.ศ.2560 เพื่อเพิ่มศักยภาพ",  # thaigov-v1 14
     "โครงการพัฒนาศักยภาพอุตสาหกรรมเชิงสร้างสรรค์ ประจำปีงบประมาณ พ.ศ.2560"),
    ("แผนปฏิบัติการส่งเสริมวิสาหกิจขนาดกลางและขนาดย่อม ประจำปี พ.ศ. 2567 โดยให้ฝ่ายเลขาฯ",  # thaigov-v2 2023/03/01
     "แผนปฏิบัติการส่งเสริมวิสาหกิจขนาดกลางและขนาดย่อม ประจำปี พ.ศ. 2567"),
    ("โครงการสินเชื่อชะลอการขายข้าวเปลือกนาปี ปีการผลิต 2566/67 วงเงินจ่ายขาด",  # thaigov-v2 2023/11/08
     "โครงการสินเชื่อชะลอการขายข้าวเปลือกนาปี ปีการผลิต 2566/67"),
    ("โครงการก้าวแรกสู่ศาสตร์แห่งแผ่นดิน ปีการศึกษา 2560\nม.ล.ปนัดดา",  # thaigov-v1 14/ด้านการศึกษาฯ
     "โครงการก้าวแรกสู่ศาสตร์แห่งแผ่นดิน ปีการศึกษา 2560"),
    # the years of a stage after it are the name's too, a second stage or a cohort is not read on
    ("โครงการปริญญาเอกกาญจนาภิเษก ระยะที่ 2 ปี 2560 - 2579 ภายใต้ 3 ยุทธศาสตร์",  # thaigov-v1 14/ด้านเศรษฐกิจ
     "โครงการปริญญาเอกกาญจนาภิเษก ระยะที่ 2 ปี 2560 - 2579"),
    ("แผนปฏิบัติการความหลากหลายทางชีวภาพแห่งชาติ ฉบับที่ 5 พ.ศ. 2566 - 2570 ควบคู่กับ",  # thaigov-v2 2023/05/22
     "แผนปฏิบัติการความหลากหลายทางชีวภาพแห่งชาติ ฉบับที่ 5 พ.ศ. 2566 - 2570"),
    ("โครงการเรือเยาวชนเอเชียอาคเนย์ ประจำปี 2560 รุ่นที่ 44 พร้อม",  # thaigov-v1 14/ด้านสังคม
     "โครงการเรือเยาวชนเอเชียอาคเนย์ ประจำปี 2560"),
    # half a span of years is no period ("2565-25703": a typing slip), nor is a fund dated
    ("แผนปฏิบัติการระดับชาติด้านการควบคุมเครื่องดื่มแอลกอฮอล์ ระยะที่ 2 พ.ศ. 2565-25703 โดยมี",  # thaigov-v2 2023/08/29
     "แผนปฏิบัติการระดับชาติด้านการควบคุมเครื่องดื่มแอลกอฮอล์ ระยะที่ 2"),
    ("กองทุนเพื่อผู้ใช้แรงงาน ปี 66 ปล่อยกู้ 129 ล้าน", "กองทุนเพื่อผู้ใช้แรงงาน"),  # thaigov-v2 2023/10/17
    ("กองทุนเพื่อความเสมอภาคทางการศึกษา ประจำปีงบประมาณ พ.ศ. 2567 ตามที่", "กองทุนเพื่อความเสมอภาคทางการศึกษา"),
])
def test_programs_yearly_edition_after_a_space_is_the_names(text, name):
    """A yearly edition written after a space ("… ประจำปี 2566", "… ปีการผลิต 2566/67") says which edition of the
    programme is meant: the name's, except a fund's (a fund is not dated: judged boundary in rounds 3, 14 and 22)."""
    assert _end(text) == name


def test_programs_one_programme_with_and_without_its_yearly_edition(extract_text):
    """A release's mentions of a programme with and without its yearly edition, or with the year written two ways,
    are one programme, labelled by the edition (tests/gold/012: "โครงการ… ปี 2560" and "โครงการ…" one programme)."""
    programs = _programs(extract_text, "ข่าว\nการไฟฟ้าส่วนภูมิภาคจัดโครงการสืบสานประเพณีถวายเทียนพรรษา ประจำปี 2566 "
                                       "ณ วัดพระแก้ว\nโครงการสืบสานประเพณีถวายเทียนพรรษา มีผู้เข้าร่วม 300 คน")
    assert programs == [["โครงการสืบสานประเพณีถวายเทียนพรรษา", "โครงการสืบสานประเพณีถวายเทียนพรรษา ประจำปี 2566"]]
    label = [p.names[0] for p in extract_text(
        "ข่าว\nโครงการสนับสนุนค่าบริหารจัดการและพัฒนาคุณภาพผลผลิตเกษตรกรผู้ปลูกข้าว มีผู้เข้าร่วม 300 คน\n"
        "ครม. อนุมัติโครงการสนับสนุนค่าบริหารจัดการและพัฒนาคุณภาพผลผลิตเกษตรกรผู้ปลูกข้าว ปีการผลิต 2566/67 ต่อไป"
    ).of_kind("program")]
    assert label == ["โครงการสนับสนุนค่าบริหารจัดการและพัฒนาคุณภาพผลผลิตเกษตรกรผู้ปลูกข้าว ปีการผลิต 2566/67"]


def test_programs_yearly_editions_share_one_iri_phases_do_not():
    """Every yearly edition of a programme found by pattern has the IRI of its name without the year (one programme,
    one count series); a phase, an issue and a plan's span of years stay in the IRI (another stage, another plan)."""
    from phakhi.graph.rdf.iris import entity_iri
    from phakhi.graph.text.editions import without_yearly_edition

    def iri(name):
        return entity_iri("name:" + name, "program")
    bare = iri("โครงการสืบสานประเพณีถวายเทียนพรรษา")
    assert iri("โครงการสืบสานประเพณีถวายเทียนพรรษา ประจำปี 2566") == bare
    assert iri("โครงการสืบสานประเพณีถวายเทียนพรรษา ปี 2567") == bare
    assert iri("โครงการสินเชื่อชะลอการขายข้าวเปลือกนาปี ปีการผลิต 2566/67") == \
        iri("โครงการสินเชื่อชะลอการขายข้าวเปลือกนาปี")
    assert iri("โครงการรถไฟทางคู่สายใต้ ระยะที่ 2") != iri("โครงการรถไฟทางคู่สายใต้ ระยะที่ 1")
    assert iri("แผนยุทธศาสตร์รัฐวิสาหกิจ ปี 2560 - 2564") != iri("แผนยุทธศาสตร์รัฐวิสาหกิจ")
    # "ปี" inside a word is no edition: "…ข้าวเปลือกนาปี 2560"
    assert without_yearly_edition("มาตรการโครงการสินเชื่อชะลอการขายข้าวเปลือกนาปี 2560") == \
        "มาตรการโครงการสินเชื่อชะลอการขายข้าวเปลือกนาปี 2560"
