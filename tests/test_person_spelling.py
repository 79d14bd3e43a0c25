"""One IRI per real person whatever slip a release makes in the full name (graph/extract/person_spelling.py), and
never one IRI for two real people. A small mined table stands in for ontology/th/person_identity.json; the
last tests read the real one."""

import pytest

from phakhi.graph.extract import person_spelling as spelling
from phakhi.graph.extract import person_tables as tables
from phakhi.graph.extract.persons import person_key
from conftest import load_script

FULL_NAMES = {
    "ประยุทธ์": {"จันทร์โอชา": 11900, "จันทร์โอชานายกรัฐมนตรี": 33},
    "ประยุทธ": {"จันทร์โอชา": 64},
    "ชัย": {"วัชรงค์": 1379},
    "เฉลิมชัย": {"ศรีอ่อน": 1250},
    "นฤมล": {"ภิญโญสินวัฒน์": 815},
    "วิษณุ": {"เครืองาม": 300, "ทับเที่ยง": 200},
    "อนุทิน": {"ชาญวีรกูล": 2849},
    "สุทธิพงษ์": {"จุลเจริญ": 2200},
    "คารม": {"พลพรกลาง": 601, "พรพลกลาง": 5},
    "วิศิษฏ์": {"วิศิษฏ์สรอรรถ": 1376},
    "วิศิษฎ์": {"วิศิษฎ์สรอรรถ": 27, "วามวาณิชย์": 8},
    "อนุชา": {"บูรพชัยศรี": 2027},
    "ฉัตรชัย": {"สาริกัลยะ": 515, "พรหมเลิศ": 459},
    "สมชาย": {"หาญหิรัญ": 600, "หาญหิรัญญ์": 40, "ศรีสุข": 300},
    "วิชัย": {"ศรีสุขมา": 6},
    "ประวิตร": {"วงษ์สุวรรณ": 1800},
    "สมหญิง": {"วงศ์สุวรรณ": 8},
    "สุริยะ": {"จึงรุ่งเรืองกิจ": 1200},
    "สุริสา": {"ทองดี": 6},
    "ยุถิกา": {"อิศรางกูร": 200},
    "เอกนัฏ": {"พร้อมพันธุ์": 599},
    "แพทองธาร": {"ชินวัตร": 1633},
    "สมศักดิ์": {"เทพสุทิน": 1518, "อรรฆศิลป์": 198},
    "อาคม": {"เติมพิทยาไพสิฐ": 464},
    "ชาติชาย": {"ทิพย์สุนาวี": 300, "สุนาวี": 8},
}
_CACHED = (spelling._frequent, spelling._by_head, spelling._by_first_letter_and_surname, spelling._surname_givers,
           spelling.usual_spelling, spelling._dominant, spelling.dominant_despite_names)


@pytest.fixture
def table(monkeypatch):
    monkeypatch.setattr(tables, "identity", lambda: {"full_names": FULL_NAMES, "titled": {}, "variants": {}})
    monkeypatch.setattr(tables, "variants", lambda: {"ประยุทธ จันทร์โอชา": "ประยุทธ์ จันทร์โอชา"})
    monkeypatch.setattr(tables, "neighbours", lambda: frozenset({"สุริยะ รุ่งเรือง"}))
    for cached in _CACHED:
        cached.cache_clear()
    yield
    for cached in _CACHED:
        cached.cache_clear()


@pytest.mark.parametrize("written, usual", [
    ("ประยุทธ์ จันทร์ โอชา", "ประยุทธ์ จันทร์โอชา"),  # a space too many
    ("ชัยวัชรงค์", "ชัย วัชรงค์"),  # no space
    ("เฉลิม ชัยศรีอ่อน", "เฉลิมชัย ศรีอ่อน"),  # the space moved
])
def test_a_frequent_full_name_spaced_otherwise_is_that_name(table, written, usual):
    assert spelling.usual_spelling(written) == usual


@pytest.mark.parametrize("written, usual", [
    ("ดร นฤมล ภิญโญสินวัฒน์", "นฤมล ภิญโญสินวัฒน์"),  # an honorific without its dot
    ("กิตติคุณวิษณุ เครืองาม", "วิษณุ เครืองาม"),  # the rest of ศาสตราจารย์กิตติคุณ
    ("แพทย์เฉลิมชัย ศรีอ่อน", "เฉลิมชัย ศรีอ่อน"),  # the rest of นายแพทย์
    ("อนุทิน ชาญวีรกูลลาออก", "อนุทิน ชาญวีรกูล"),  # a verb glued after
    ("อนุทิน ชาญวีรกูลรอง", "อนุทิน ชาญวีรกูล"),  # a title cut short
    ("เฉลิมชัย ศรีอ่อนรัฐ", "เฉลิมชัย ศรีอ่อน"),
    ("สุทธิพงษ์ จุลเจริญ เคยดำรงตำแหน่ง", "สุทธิพงษ์ จุลเจริญ"),  # a word after
    ("ประยุทธ์ จันทร์โอชานายกรัฐมนตรีและ", "ประยุทธ์ จันทร์โอชา"),  # (the mined glued form read again)
    ("อนุชา บูรพชัยศรี บูรพชัยศรี", "อนุชา บูรพชัยศรี"),  # a piece written twice
])
def test_a_frequent_full_name_with_a_word_glued_on_is_that_name(table, written, usual):
    assert spelling.usual_spelling(written) == usual


@pytest.mark.parametrize("written, usual", [
    ("ประยทุธ์ จันทร์โอชา", "ประยุทธ์ จันทร์โอชา"),  # letters swapped in the first name
    ("ประยุทยธ์ จันทร์โอชา", "ประยุทธ์ จันทร์โอชา"),  # (ประยุทธ จันทร์โอชา, also near, is a variant of it)
    ("คารม พรพลกลาง", "คารม พลพรกลาง"),  # syllables swapped, written in 5 releases against 601
    ("อนุชา บรูพชัยศรี", "อนุชา บูรพชัยศรี"),
    ("วิศิษฎ์ วิศิษฎ์สรอรรถ", "วิศิษฏ์ วิศิษฏ์สรอรรถ"),  # ฏ typed as ฎ throughout, 27 releases against 1376
])
def test_a_slip_in_a_full_name_written_far_less_often_is_that_name(table, written, usual):
    assert spelling.usual_spelling(written) == usual


@pytest.mark.parametrize("written", [
    "ฉัตรชัย พรหมเลิศ",  # two frequent people with one first name
    "สมชาย หาญหิรัญญ์",  # one letter apart, but written in 40 releases against 600: not rare enough
    "ประวิตร วงศ์สุวรรณ",  # one letter from วงษ์สุวรรณ, but a family's name (สมหญิง วงศ์สุวรรณ)
    "สุริสา จึงรุ่งเรืองกิจ",  # two letters from สุริยะ, but a first name of its own (สุริสา ทองดี)
    "สมชาย ศรีสุขมา",  # ศรีสุข + มา ("came"), but ศรีสุขมา is a family's name (วิชัย ศรีสุขมา)
    "ยุถิกา อิศรางกูร ณ อยุธยา",  # "ณ อยุธยา" is part of the surname
    "วิศิษฎ์ วามวาณิชย์",  # the real วิศิษฎ์ stays himself
    "สมศักดิ์ วงษ์สุวรรณ",  # another first name
])
def test_different_people_stay_apart(table, written):
    assert spelling.usual_spelling(written) == written


@pytest.mark.parametrize("written, usual", [
    ("นฤมล ภิญโญสิน", "นฤมล ภิญโญสินวัฒน์"),  # the surname cut at its end
    ("สุริยะ รุ่งเรืองกิจ", "สุริยะ จึงรุ่งเรืองกิจ"),  # ... at its start
    ("แพทอง ชินวัตร", "แพทองธาร ชินวัตร"),  # the first name cut at its end
    ("ประวิตร วงษ์สุวรอง", "ประวิตร วงษ์สุวรรณ"),  # a cut surname with a title (รอง…) glued on
    ("เอกณัฐ พร้อมพันธ์", "เอกนัฏ พร้อมพันธุ์"),  # three letters slipped in a long name
    ("อิทธินายประวิตร วงษ์สุวรรณ", "ประวิตร วงษ์สุวรรณ"),  # stray letters, an honorific, the name
])
def test_a_name_never_written_is_read_as_the_dominant_name_it_cuts_or_slips(table, written, usual):
    """Names written in DOMINANT (500) releases or more; the name itself in none."""
    assert spelling.usual_spelling(written) == usual


@pytest.mark.parametrize("written", [
    "สมศักดิ์ เทพตุ่น",  # three letters from เทพสุทิน, but สมศักดิ์ has a namesake (อรรฆศิลป์): another man
    "สุริยะ รุ่งเรือง",  # a cut of จึงรุ่งเรืองกิจ, but written in releases of its own (the mined neighbours)
    "ฉัตรชัย สาริ",  # a cut of สาริกัลยะ below CUT_SHARE of it
    "สมชาย หาญ",  # ... and of หาญหิรัญ
])
def test_a_name_near_a_dominant_one_stays_apart_where_something_says_it_is_its_own(table, written):
    assert spelling.usual_spelling(written) == written


@pytest.mark.parametrize("written, usual", [
    ("อาคม พิทยาไพสิฐ", "อาคม เติมพิทยาไพสิฐ"),  # cut at its start; 464 releases, below DOMINANT
    ("อาคม เติมพิทยาไพ", "อาคม เติมพิทยาไพสิฐ"),  # ... at its end
    ("ชาติชาย ทิพย์สุน", "ชาติชาย ทิพย์สุนาวี"),  # another surname of the first name, in fewer than FREQUENT
])
def test_a_surname_cut_short_is_the_one_surname_the_first_name_is_written_with(table, written, usual):
    assert spelling.usual_spelling(written) == usual


@pytest.mark.parametrize("written", [
    "อาคม เติม",  # below CUT_SHARE of the surname
    "ชาติชาย สุนาวี",  # a cut of ทิพย์สุนาวี, but written with this first name in releases of its own
    "วิษณุ เครือ",  # วิษณุ has a namesake (ทับเที่ยง, 200 releases): the cut may be his
])
def test_a_cut_surname_stays_apart_where_the_corpus_writes_it_or_a_namesake(table, written):
    assert spelling.usual_spelling(written) == written


def test_a_surname_written_only_as_a_slip_of_one_person_gives_no_family(table, monkeypatch):
    """"พร้อมพันธ์" is written only in "เอกนัฏ พร้อมพันธ์", a known misspelling of เอกนัฏ พร้อมพันธุ์: it makes no
    family, so "เอกณัฐ พร้อมพันธ์" (first name and surname slipped) is still read as the dominant name."""
    monkeypatch.setattr(tables, "identity", lambda: {
        "full_names": {**FULL_NAMES, "เอกนัฏ": {"พร้อมพันธุ์": 599, "พร้อมพันธ์": 7}}, "titled": {},
        "variants": {"เอกนัฏ พร้อมพันธ์": "เอกนัฏ พร้อมพันธุ์"}})
    assert spelling.usual_spelling("เอกณัฐ พร้อมพันธ์") == "เอกนัฏ พร้อมพันธุ์"
    monkeypatch.setattr(tables, "identity", lambda: {
        "full_names": {**FULL_NAMES, "เอกนัฏ": {"พร้อมพันธุ์": 599}, "สมบัติ": {"พร้อมพันธ์": 7}}, "titled": {},
        "variants": {}})
    for cached in _CACHED:
        cached.cache_clear()
    assert spelling.usual_spelling("เอกณัฐ พร้อมพันธ์") == "เอกณัฐ พร้อมพันธ์"  # a family of that name exists


def test_the_mined_table_keeps_real_people_apart_and_joins_their_slips():
    """On the real ontology/th/person_identity.json: person_key, the key of the IRI."""
    assert person_key("ฉัตรชัย พรหมเลิศ") != person_key("ฉัตรชัย สาริกัลยะ")
    assert person_key("วิษณุ ทับเที่ยง") != person_key("วิษณุ เครืองาม")
    assert person_key("วิศิษฎ์ วามวาณิชย์") == "person:วิศิษฎ์ วามวาณิชย์"
    assert person_key("ประยุทธ์ จันทร์ โอชา") == person_key("ประยทุธ์ จันทร์โอชา") == "person:ประยุทธ์ จันทร์โอชา"
    assert person_key("ดร นฤมล ภิญโญสินวัฒน์") == "person:นฤมล ภิญโญสินวัฒน์"


def test_the_rekey_script_counts_one_iri_before_and_after_and_shows_unjudged_merges():
    rekey = load_script("identity_rekey")
    iri = "https://w3id.org/phakhi/id/person/"
    rows = [{"e": iri + "ประยุทธ์_จันทร์โอชา", "n": 900, "label": "ประยุทธ์ จันทร์โอชา"},
            {"e": iri + "ประยุทธ์_จันทร์_โอชา", "n": 13, "label": "ประยุทธ์ จันทร์ โอชา"},
            {"e": iri + "ประยทุธ์_จันทร์โอชา", "n": 1, "label": "ประยทุธ์ จันทร์โอชา"},
            {"e": iri + "ฉัตรชัย_พรหมเลิศ", "n": 400, "label": "ฉัตรชัย พรหมเลิศ"},
            {"e": iri + "ฉัตรชัย_สาริกัลยะ", "n": 300, "label": "ฉัตรชัย สาริกัลยะ"}]
    judged = {"ประยุทธ์ จันทร์โอชา": ["ประยุทธ์ จันทร์ โอชา"]}
    result = rekey.measure("person", rows, judged, top=3)
    assert (result["one_iri_before"], result["one_iri_after"]) == (2, 3)
    assert result["unjudged_merges"] == {"ประยุทธ์ จันทร์โอชา": ["ประยทุธ์ จันทร์โอชา (1)"]}
    assert result["left"] == {}


def test_mining_lists_the_near_names_written_in_two_releases_as_people_of_their_own(table, tmp_path):
    texts = ["โดยมีนายสุริยะ รุ่งเรืองกิจ ประธานชมรม", "นายสุริยะ รุ่งเรืองกิจ กล่าวว่า",  # two releases: his own
             "นางนฤมล ภิญโญสิน เปิดงาน",  # one release: a cut of the dominant name
             "นายสุริยะ จึงรุ่งเรืองกิจ รัฐมนตรี"]  # the dominant name itself
    for i, text in enumerate(texts):
        (tmp_path / f"{i}.txt").write_text(f"{text} เมื่อวันที่ 1 พฤษภาคม 2563", encoding="utf-8")
    mined = load_script("mine_person_neighbours").mine([str(tmp_path)], None)
    assert mined == {"names": ["สุริยะ รุ่งเรืองกิจ"], "releases": 4}
