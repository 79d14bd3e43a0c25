"""One IRI per real person across releases: a frequent full name written without its space or with a verb
glued on, a rare misspelling of a frequent full name, a first name written alone next to a title the corpus
writes with one person's full name in those years, and compound academic and professional titles."""

from datetime import date

import pytest

from phakhi.graph.extract import person_tables as tables
from phakhi.graph.extract import persons
from phakhi.graph.extract.persons import person_key
from conftest import load_script


def _keys(result):
    return {e.key for e in result.of_kind("person")}


@pytest.fixture
def identity(monkeypatch):
    """A small mined table in place of ontology/th/person_identity.json."""
    table = {"full_names": {"อนุพงษ์": {"เผ่าจินดา": 120}, "วิษณุ": {"เครืองาม": 300, "ทับเที่ยง": 200},
                            "ประวิตร": {"วงษ์สุวรรณ": 400}, "สมชาย": {"หาญหิรัญ": 60, "หาญหิรัญญ์": 30},
                            "ประยุทธ์": {"จันทร์โอชา": 2000}},
             "titled": {"ประยุทธ์": {"นายกรัฐมนตรี": ["จันทร์โอชา", 2014, 2023]},
                        "วิษณุ": {"รองนายกรัฐมนตรี": ["เครืองาม", 2014, 2023],
                                  "รองปลัดกระทรวงอุตสาหกรรม"[:persons.TITLE_WORD]: ["ทับเที่ยง", 2021, 2024]}}}
    monkeypatch.setattr(tables, "identity", lambda: table)
    for cached in (persons._glued_index, persons._near_full_name):
        cached.cache_clear()
    yield table
    for cached in (persons._glued_index, persons._near_full_name):
        cached.cache_clear()


def test_a_frequent_full_name_written_without_its_space_is_split(extract_text, identity):
    assert _keys(extract_text("โดยมีพลเอกอนุพงษ์เผ่าจินดา รัฐมนตรีว่าการกระทรวงมหาดไทย")) == {"person:อนุพงษ์ เผ่าจินดา"}
    assert _keys(extract_text("พลเอกอนุพงษ์เผ่าจินดากล่าวว่า ได้สั่งการ")) == {"person:อนุพงษ์ เผ่าจินดา"}


def test_a_verb_glued_after_a_known_surname_is_cut(extract_text, identity):
    result = extract_text("นายวิษณุ เครืองามเป็นประธานการประชุม")
    assert _keys(result) == {"person:วิษณุ เครืองาม"}


def test_a_rare_misspelling_keys_to_the_frequent_name(identity):
    assert person_key("ประวิตร วงสุวรรณ") == "person:ประวิตร วงษ์สุวรรณ"


def test_spellings_of_one_frequent_name_are_one_candidate(identity, monkeypatch):
    identity["full_names"]["อนุทิน"] = {"ชาญวีรกุล": 54, "ชาญวีรกูล": 2849}
    monkeypatch.setattr(tables, "variants", lambda: {"อนุทิน ชาญวีรกุล": "อนุทิน ชาญวีรกูล"})
    assert person_key("อนุทิน ชาญวีกูล") == "person:อนุทิน ชาญวีรกูล"


def test_two_frequent_names_are_never_merged_and_far_names_stay_apart(identity):
    assert person_key("สมชาย หาญหิรัญญ์") == "person:สมชาย หาญหิรัญญ์"  # both written often
    assert person_key("ประวิตร สุวรรณวงศ์") == "person:ประวิตร สุวรรณวงศ์"  # not one or two letters apart
    assert person_key("สมศักดิ์ วงสุวรรณ") == "person:สมศักดิ์ วงสุวรรณ"  # another first name


def test_a_first_name_beside_its_title_is_the_person_the_corpus_names(extract_text, identity):
    result = extract_text("นายกรัฐมนตรี พลเอกประยุทธ์ เป็นประธานการประชุม", published=date(2019, 5, 1))
    assert _keys(result) == {"person:ประยุทธ์ จันทร์โอชา"}
    result = extract_text("นายวิษณุ รองนายกรัฐมนตรี กล่าวว่า", published=date(2019, 5, 1))
    assert _keys(result) == {"person:วิษณุ เครืองาม"}


def test_a_first_name_is_left_alone_without_a_title_or_outside_the_years(extract_text, identity):
    assert _keys(extract_text("นายวิษณุ กล่าวว่า การประชุม", published=date(2019, 5, 1))) == {"person:วิษณุ"}
    result = extract_text("นายกรัฐมนตรี พลเอกประยุทธ์ เป็นประธานการประชุม", published=date(2026, 5, 1))
    assert _keys(result) == {"person:ประยุทธ์"}
    # the same first name next to another title is another person
    result = extract_text("นายวิษณุ รองปลัดกระทรวงอุตสาหกรรม กล่าวว่า", published=date(2022, 5, 1))
    assert _keys(result) == {"person:วิษณุ ทับเที่ยง"}


def test_a_full_name_in_the_release_wins_over_the_title(extract_text, identity):
    text = "นายวิษณุ สมบัติ ผู้อำนวยการ กล่าวว่า นายวิษณุ รองนายกรัฐมนตรี"
    assert "person:วิษณุ สมบัติ" in _keys(extract_text(text, published=date(2019, 5, 1)))


@pytest.mark.parametrize("text, name", [
    ("ศาสตราจารย์คลินิก เกียรติคุณ นายแพทย์ปิยะสกล สกลสัตยาทร รัฐมนตรีว่าการกระทรวงสาธารณสุข", "ปิยะสกล สกลสัตยาทร"),
    ("ศ.(พิเศษ) ดร.สมชาย ใจดี กล่าวว่า", "สมชาย ใจดี"),
    ("นายสัตวแพทย์ชัย วัชรงค์ โฆษกประจำสำนักนายกรัฐมนตรี", "ชัย วัชรงค์"),
    ("ศาตราจารย์พิเศษวิศิษฏ์ วิศิษฏ์สรอรรถ ปลัดกระทรวงยุติธรรม", "วิศิษฏ์ วิศิษฏ์สรอรรถ"),
])
def test_compound_academic_and_professional_titles_are_no_part_of_the_name(extract_text, text, name):
    assert {e.names[0] for e in extract_text(text).of_kind("person")} == {name}


def test_a_first_name_after_an_honorific_one_person_wears(extract_text, identity):
    identity["titled"]["ประยุทธ์"]["@พล.อ."] = ["จันทร์โอชา", 2014, 2023]
    result = extract_text("ผลงานของ “พล.อ.ประยุทธ์” ในปีนี้", published=date(2022, 5, 1))
    assert _keys(result) == {"person:ประยุทธ์ จันทร์โอชา"}
    assert _keys(extract_text("นายวิษณุ กล่าวว่า", published=date(2022, 5, 1))) == {"person:วิษณุ"}  # no @นาย


@pytest.mark.parametrize("text", [
    "พลเอกประยุทธ์ มุ่งมั่นและตั้งใจ ที่จะพัฒนาประเทศ",
    "พลเอกประยุทธ์ หลายท่านยังไม่ทราบว่า รัฐบาลได้ดำเนินการ",
    "พลเอกประยุทธ์ ไม่เคยทอดทิ้ง นายกรัฐมนตรี",
])
def test_a_clause_after_the_first_name_is_no_surname_even_when_long(extract_text, text):
    assert {e.names[0] for e in extract_text(text).of_kind("person")} == {"ประยุทธ์"}


def test_a_known_surname_holding_a_clause_word_stays_a_surname(extract_text):
    assert {e.names[0] for e in extract_text("นายอับดุล หะยีสาและ กล่าวว่า").of_kind("person")} == {"อับดุล หะยีสาและ"}


@pytest.mark.parametrize("text", [
    "โดยมี นางมัลลิกา เกษกุล นายกเหล่ากาชาดจังหวัดศรีสะเกษ นายนพพร ผลาดิสัย",
    "ภสัชกร ธีระ ฉกาจนโรดม นายกเภสัชกรรมสมาคมแห่งประเทศไทย ในพระบรมราชูปถัมภ์",
])
def test_the_title_nayok_with_a_body_glued_on_is_no_name(extract_text, text):
    assert not any(e.names[0].startswith("ก") for e in extract_text(text).of_kind("person"))


def test_volunteer_defense_corps_ranks_and_overlong_runs(extract_text):
    names = {e.names[0] for e in extract_text("นายกองเอก อรรษิษฐ์ สัมพันธรัตน์ ผู้ช่วยรัฐมนตรี กล่าวว่า").of_kind("person")}
    assert names == {"อรรษิษฐ์ สัมพันธรัตน์"}
    text = "การเยือนไทยของนางเพย์นในครั้งนี้แสดงถึงความสัมพันธ์และความเป็นหุ้นส่วนที่แน่นแฟ้น ของไทย"
    assert not extract_text(text).of_kind("person")


def test_a_surname_the_name_test_missed_keeps_the_first_name_apart(extract_text, identity):
    identity["full_names"]["วราวุธ"] = {"ศิลปอาชา": 1500}
    identity["titled"]["วราวุธ"] = {"@นาย": ["ศิลปอาชา", 2019, 2025]}
    result = extract_text("นายวราวุธ ชูธรรมธัช และคณะเดินทางมาถึง", published=date(2020, 5, 1))
    assert "person:วราวุธ ศิลปอาชา" not in _keys(result)
    assert _keys(extract_text("นายวราวุธ กล่าวว่า", published=date(2020, 5, 1))) == {"person:วราวุธ ศิลปอาชา"}


def test_an_honorific_alone_needs_a_person_the_corpus_writes_often_and_mostly(extract_candidates, identity):
    identity["full_names"]["กัญญา"] = {"จุนถิระพงศ์": 24}
    identity["titled"]["กัญญา"] = {"@นาง": ["จุนถิระพงศ์", 2023, 2025]}
    assert _keys(extract_candidates("นางกัญญา กล่าวว่า", published=date(2024, 5, 1))) == {"person:กัญญา"}


def test_a_clause_word_after_the_first_name_is_no_surname_for_the_title(extract_text, identity):
    identity["titled"]["แพทองธาร"] = {"นายกรัฐมนตรี": ["ชินวัตร", 2022, 2025]}
    identity["full_names"]["แพทองธาร"] = {"ชินวัตร": 1600}
    result = extract_text("นายกรัฐมนตรี นางสาวแพทองธาร ได้เดินทางไปยัง", published=date(2024, 11, 9))
    assert _keys(result) == {"person:แพทองธาร ชินวัตร"}


def test_a_surname_the_corpus_writes_often_is_taken_though_it_looks_like_a_word(extract_text, identity):
    identity["full_names"]["ไกรสร"] = {"กองฉลาด": 150}
    assert _keys(extract_text("นายไกรสร กองฉลาด และคณะ")) == {"person:ไกรสร กองฉลาด"}


def test_female_ranks_are_honorifics(extract_text):
    names = {e.names[0] for e in extract_text("พ.ต.อ.หญิงทักษดา สังขจันทร์ ผู้กำกับการ กล่าวว่า").of_kind("person")}
    assert names == {"ทักษดา สังขจันทร์"}


def test_the_miner_reads_a_misspelt_or_cut_name_beside_the_same_title_as_the_frequent_name():
    """A first name one letter off, a surname cut short, beside a title the frequent name is written beside in
    those years: the same person. Another title, other years, a rare name close to two frequent ones, or two
    names both written often: left apart."""
    from collections import Counter

    miner = load_script("mine_person_identity")
    minister = "รัฐมนตรีว่าการกระทรวงอุต"
    pairs = Counter({("อุตตม", "สาวนายน"): 500, ("อุตมม", "สาวนายน"): 1, ("สุริยะ", "จึงรุ่งเรืองกิจ"): 1200,
                     ("สุริยะ", "จึงรุ่งเรือง"): 3, ("สุริยะ", "จึงรุ่ง"): 2, ("สมชาย", "หาญหิรัญ"): 400,
                     ("สมชัย", "หาญหิรัญ"): 2, ("อนุชา", "นาคาศัย"): 300, ("อนุชิต", "นาคาศัย"): 200,
                     ("อนุชา", "นาคาศัยย"): 3, ("อนุชิ", "นาคาศัย"): 2, ("ประวิตร", "วงษ์สุวรรณ"): 900, ("ประวิตร", "วงษ์สุวรร"): 2})
    years = {(minister, "อุตตม", "สาวนายน"): [2016, 2019], (minister, "อุตมม", "สาวนายน"): [2018, 2018],
             (minister, "สุริยะ", "จึงรุ่งเรืองกิจ"): [2019, 2023], (minister, "สุริยะ", "จึงรุ่งเรือง"): [2022, 2023],
             ("รองนายกรัฐมนตรี", "สุริยะ", "จึงรุ่ง"): [2024, 2024],  # a title the frequent name has not
             ("รัฐมนตรีช่วยว่าการกระทร", "สมชาย", "หาญหิรัญ"): [2017, 2019],
             ("รัฐมนตรีช่วยว่าการกระทร", "สมชัย", "หาญหิรัญ"): [2023, 2023],  # years apart
             (minister, "อนุชา", "นาคาศัย"): [2023, 2023], (minister, "อนุชิต", "นาคาศัย"): [2023, 2023],
             (minister, "อนุชา", "นาคาศัยย"): [2023, 2023], (minister, "อนุชิ", "นาคาศัย"): [2023, 2023],  # two
             ("@นาย", "ประวิตร", "วงษ์สุวรร"): [2020, 2020],
             ("@นาย", "ประวิตร", "วงษ์สุวรรณ"): [2020, 2020]}  # an honorific is no title
    full = {f"{f} {s}": c for (f, s), c in pairs.items() if c >= 5}
    assert miner.variants(pairs, full, years) == {"อุตมม สาวนายน": "อุตตม สาวนายน",
                                                  "สุริยะ จึงรุ่งเรือง": "สุริยะ จึงรุ่งเรืองกิจ",
                                                  "อนุชา นาคาศัยย": "อนุชา นาคาศัย"}


def test_a_mined_variant_keys_to_the_frequent_name(identity):
    identity["variants"] = {"อุตมม สาวนายน": "อุตตม สาวนายน", "สุริยะ จึงรุ่งเรือง": "สุริยะ จึงรุ่งเรืองกิจ"}
    assert person_key("อุตมม สาวนายน") == "person:อุตตม สาวนายน"
    assert person_key("สุริยะ จึงรุ่งเรือง") == "person:สุริยะ จึงรุ่งเรืองกิจ"
    assert person_key("สุริยะ คูหะรัตน์") == "person:สุริยะ คูหะรัตน์"


@pytest.fixture
def real_table():
    """The real mined tables, with nothing cached from a test's small table."""
    from phakhi.graph.extract import person_spelling as spelling

    cached = (spelling._frequent, spelling._by_head, spelling._by_first_letter_and_surname, spelling._surname_givers,
              spelling.usual_spelling, spelling._dominant, spelling.dominant_despite_names, persons._glued_index,
              persons._near_full_name)
    for function in cached:
        function.cache_clear()
    yield
    for function in cached:
        function.cache_clear()


@pytest.mark.parametrize("text, published, key", [
    # a slip whose slipped part is a real first name, beside the official's rank and post, or academic title
    ("ในตอนท้ายว่า พลเอกประยุกต์ จันทร์โอชา นายกรัฐมนตรี จะเป็นประธานคณะกรรมการ", date(2017, 3, 1),
     "person:ประยุทธ์ จันทร์โอชา"),
    ("วันที่ 25 กรกฎาคม 2568 ศาสตราจารย์พิเศษวิศิษฐ์ วิศิษฏ์สรอรรถ เป็นประธานเปิดการประชุม", date(2025, 7, 25),
     "person:วิศิษฏ์ วิศิษฏ์สรอรรถ"),
    # the same slip with a plain honorific and no post: nothing says who, it stays apart
    ("นายวิศิษฐ์ วิศิษฏ์สรอรรถ เป็นประธานเปิดการประชุม", date(2025, 7, 25), "person:วิศิษฐ์ วิศิษฏ์สรอรรถ"),
    # ... and outside the years the corpus gives the official that rank
    ("พลเอกประยุกต์ จันทร์โอชา กล่าวว่า", date(2010, 3, 1), "person:ประยุกต์ จันทร์โอชา"),
])
def test_a_slip_beside_the_officials_own_rank_or_post_is_that_official(extract_text, real_table, text, published, key):
    """On the real mined table: the name alone cannot tell a slip from a relative (persons.titled_slip)."""
    assert key in _keys(extract_text(text, published=published))


def test_the_officials_wife_stays_apart_beside_him(real_table):
    """นาง is everyone's honorific and ภริยา no post of his (the real corpus sentence, real mined table)."""
    from phakhi.graph.extract.pipeline import extract
    from phakhi.graph.read import parse_release

    text = "มอบหมายนายสุริยะ จึงรุ่งเรืองกิจ รองนายกรัฐมนตรี พร้อมด้วยนางสุริสา จึงรุ่งเรืองกิจ ภริยา เป็นประธานในพิธี"
    keys = _keys(extract(parse_release(text, "s.txt", published=date(2025, 7, 28))))
    assert keys == {"person:สุริยะ จึงรุ่งเรืองกิจ", "person:สุริสา จึงรุ่งเรืองกิจ"}


def test_a_mined_pair_of_misspellings_is_the_official_they_misspell():
    """persons.jsonl: the miner joins a Thai spelling that slips another's letters ("ศรษฐา ทวีสิน", paired by the
    English desk with "Srettha Thavisi") to that person, so both spellings get his one key."""
    from phakhi.graph.extract.persons import person_key
    assert person_key("Srettha Thavisi") == person_key("Srettha Thavisin") == person_key("เศรษฐา ทวีสิน")
    assert person_key("ศรษฐา ทวีสิน") == person_key("เศรษฐา ทวีสิน")
