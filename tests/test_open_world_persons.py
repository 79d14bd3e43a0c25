"""Persons and posts on text shaped like unseen releases: where a name ends, one key per person, second,
shared, acting and former posts, Latin names beside Thai ones."""

from datetime import date

import pytest
from pyoxigraph import RdfFormat
from pyoxigraph import Store as OxStore

from phakhi.graph.rdf.mapping import to_ntriples
from phakhi.graph.extract.persons import person_key


def _persons(result):
    return {e.names[0]: e for e in result.of_kind("person")}


def _posts(entity):
    return [(p.title, p.organization) for p in entity.posts]


@pytest.mark.parametrize("text, name", [
    ("นายอนุทินกล่าวว่า กระทรวงสาธารณสุขได้เร่งรณรงค์", "อนุทิน"),
    ("นายแพทย์สุขุมกล่าวต่อว่า ในการสร้างการรับรู้", "สุขุม"),
    ("นายอนุทินได้นำคณะเดินทางไปศึกษาดูงาน", "อนุทิน"),
    ("พลเอก ประยุทธ์หาเงินเข้าประเทศได้มาก", "ประยุทธ์"),
])
def test_a_verb_glued_to_a_name_is_not_part_of_it(extract_text, text, name):
    assert [e.names for e in extract_text(text).of_kind("person")] == [[name]]


@pytest.mark.parametrize("text, name", [
    # surnames that begin like a verb or function word: mined from the corpus or in pythainlp's lists
    ("นายสุวินัย ต่อศิริสุข เลขานุการรัฐมนตรีว่าการกระทรวงอุตสาหกรรม", "สุวินัย ต่อศิริสุข"),
    ("ของนายเอกนัฏ พร้อมพันธุ์ รัฐมนตรีว่าการกระทรวงอุตสาหกรรม", "เอกนัฏ พร้อมพันธุ์"),
    ("โดยมี นายอมรศักดิ์ มาลา สำนักนโยบายระบบการคุ้มครอง", "อมรศักดิ์ มาลา"),
])
def test_surnames_that_begin_like_verbs(extract_text, text, name):
    assert [e.names[0] for e in extract_text(text).of_kind("person")] == [name]


def test_a_clause_after_the_first_name_is_no_surname(extract_text):
    result = extract_text("น.ส.ไตรศุลี กล่าวว่า รองนายกรัฐมนตรีพร้อมคณะได้หารือ และนายมารุต อายุ 30 ปี")
    assert {e.names[0] for e in result.of_kind("person")} == {"ไตรศุลี", "มารุต"}


@pytest.mark.parametrize("text", [
    "ในการประชุม อ.ก.ค.ศ. วิสามัญเกี่ยวกับวิทยฐานะข้าราชการครู",  # "ศ." ends an abbreviation
    "สนับสนุนเรือ พร้อมเจ้าหน้าที่ 20 นาย และ อาสาสมัคร 1 นาย",  # นาย counts men
    "เรือนจำอำเภอนางรอง และกลุ่มผู้ประกอบการรังนกนางแอ่นจังหวัดนครศรีธรรมราช",  # นาง inside place and bird names
    "การประชุมสุดยอด ACMECS ที่ไทยจะเป็นเจ้าภาพ",
])
def test_honorifics_inside_other_words_start_no_name(extract_text, text):
    assert extract_text(text).of_kind("person") == []


def test_a_glued_honorific_after_a_function_word_still_starts_a_name(extract_text):
    result = extract_text("วันที่ 19 ม.ค. 66 นายอนุทิน ชาญวีรกูล หารือกับนายดมิทรี เมดเวเดฟ ที่ทำเนียบ")
    assert {e.names[0] for e in result.of_kind("person")} == {"อนุทิน ชาญวีรกูล", "ดมิทรี เมดเวเดฟ"}


def test_person_keys_coincide_across_spellings():
    assert person_key("ประยุทธ์  จันทร์โอชา") == person_key("ประยุทธ์ จันทร์โอชา")
    assert person_key("ประยุทธ์ จันทรโอชา") == person_key("ประยุทธ์ จันทร์โอชา")  # a mined misspelling
    assert person_key("อนุทิน ชาญวีรกุล") == person_key("อนุทิน ชาญวีรกูล")
    assert person_key("Achim STEINER") == person_key("Achim Steiner")
    assert person_key("สมชาย หาญหิรัญ") != person_key("สมชาย")


def test_first_name_glued_to_the_surname_keys_as_the_spaced_name(extract_text):
    glued = extract_text("พลเอก ประยุทธ์จันทร์โอชา นายกรัฐมนตรี เป็นประธาน").of_kind("person")
    spaced = extract_text("พลเอก ประยุทธ์ จันทร์โอชา นายกรัฐมนตรี เป็นประธาน").of_kind("person")
    assert [e.key for e in glued] == [e.key for e in spaced]


def test_a_latin_surname_after_the_full_name_is_the_same_person(extract_text):
    text = ("Mr. Achim Steiner, UN Deputy Secretary General, paid a courtesy call. "
            "The Prime Minister commended Mr. Steiner for his role")
    persons = extract_text(text).of_kind("person")
    assert len(persons) == 1 and set(persons[0].names) == {"Achim Steiner", "Steiner"}


def test_a_bracketed_latin_name_is_the_thai_name_in_latin_letters(extract_text):
    result = extract_text("ทำเนียบรัฐบาล นางสาวเหวียน ถิ กีม เงิน (H.E. Ms. Nguyen Thi Kim Ngan) ประธานสภาแห่งชาติ "
                          "และนายอาเบะ อิชิโระ (Mr. Abe Ichiro) ประธานองค์การ")
    persons = result.of_kind("person")
    assert sorted(sorted(e.names) for e in persons) == [
        ["Abe Ichiro", "อาเบะ อิชิโระ"], ["Nguyen Thi Kim Ngan", "เหวียน ถิ กีม เงิน"]]


def test_an_acronym_in_brackets_is_not_a_person(extract_text):
    result = extract_text("นายอนุทิน ชาญวีรกูล กล่าวว่า องค์การอนามัยโลก (WHO) กำหนดให้")
    assert [e.names for e in result.of_kind("person")] == [["อนุทิน ชาญวีรกูล"]]


def test_second_post_joined_by_and(extract_text):
    text = "พลเอก ประยุทธ์ จันทร์โอชา นายกรัฐมนตรีและรัฐมนตรีว่าการกระทรวงกลาโหม เป็นประธาน"
    person = _persons(extract_text(text))["ประยุทธ์ จันทร์โอชา"]
    assert [p.title for p in person.posts] == ["นายกรัฐมนตรี", "รัฐมนตรีว่าการ"]
    assert person.posts[1].organization is not None


def test_acting_second_post_and_the_acting_flag(extract_text):
    text = ("นายจุลพงษ์ ทวีศรี รองอธิบดีกรมโรงงานอุตสาหกรรม ปฏิบัติราชการแทนอธิบดีกรมโรงงานอุตสาหกรรม เปิดเผยว่า")
    person = _persons(extract_text(text))["จุลพงษ์ ทวีศรี"]
    assert [(p.title, p.acting) for p in person.posts] == [("รองอธิบดี", False), ("ปฏิบัติราชการแทนอธิบดี", True)]


def test_an_unjoined_title_after_a_post_belongs_to_someone_else(extract_text):
    text = ("นายสุรพล ปลื้มใจ รองอธิบดีกรมส่งเสริมอุตสาหกรรม ผู้แทนจากสภาอุตสาหกรรมแห่งประเทศไทย "
            "และผู้บริหารกระทรวง")
    person = _persons(extract_text(text))["สุรพล ปลื้มใจ"]
    assert [p.title for p in person.posts] == ["รองอธิบดี"]


def test_names_listed_together_share_the_title_after_the_last(extract_text):
    text = ("โดยมี นายภาสกร ชัยรัตน์ นายใบน้อย สุวรรณชาตรี และนายเจตนิพิฐ รอดภัย รองอธิบดีกรมส่งเสริมอุตสาหกรรม "
            "พร้อมด้วยผู้บริหาร")
    persons = _persons(extract_text(text))
    assert {name: _posts(e) for name, e in persons.items()} == {
        name: [("รองอธิบดี", "org:dip")] for name in ("ภาสกร ชัยรัตน์", "ใบน้อย สุวรรณชาตรี", "เจตนิพิฐ รอดภัย")}


@pytest.mark.parametrize("text, holder, title", [
    ("พร้อมด้วย นายเศรษฐา ทวีสิน นายพิชัย นริพทะพันธุ์ รัฐมนตรีว่าการกระทรวงพาณิชย์ นายสรวงศ์ เทียนทอง ร่วมงาน",
     "พิชัย นริพทะพันธุ์", ("รัฐมนตรีว่าการ", "org:moc")),
    ("โดยมี นายสมชาย ใจดี นายสมศักดิ์ รักดี อธิบดีกรมส่งเสริมอุตสาหกรรม ร่วมงาน",
     "สมศักดิ์ รักดี", ("อธิบดี", "org:dip")),
])
def test_names_listed_before_a_heads_post_do_not_share_it(extract_text, text, holder, title):
    """One person heads a body at a time: the names listed before its head's, with no title of their own, hold none."""
    persons = _persons(extract_text(text))
    assert _posts(persons[holder]) == [title]
    listed_before = [e for name, e in persons.items() if text.find(name.split(" ")[0]) < text.index(holder)]
    assert listed_before and all(not e.posts for e in listed_before)


def test_a_second_post_in_the_same_body_listed_before_the_next_name_is_that_names_title(extract_text):
    text = ("นายศักดิ์สยาม ชิดชอบ รัฐมนตรีว่าการกระทรวงคมนาคม และรัฐมนตรีช่วยว่าการกระทรวงคมนาคม ดร.อธิรัฐ รัตนเศรษฐ "
            "ได้ออกประกาศกระทรวง")
    persons = _persons(extract_text(text))
    assert _posts(persons["ศักดิ์สยาม ชิดชอบ"]) == [("รัฐมนตรีว่าการ", "org:mot")]
    assert _posts(persons["อธิรัฐ รัตนเศรษฐ"]) == [("รัฐมนตรีช่วยว่าการ", "org:mot")]
    # a post in another body, so listed, stays his: the next name's title is after it
    text = "นายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงคมนาคม และรัฐมนตรีว่าการกระทรวงอุตสาหกรรม นายสมศักดิ์ รักดี กัปตันทีม"
    assert len(_persons(extract_text(text))["สมชาย ใจดี"].posts) == 2


def test_the_title_before_a_name_is_not_taken_when_it_is_the_previous_persons_post(extract_text):
    text = "นายสุรพล ชามาตย์ รองปลัดกระทรวงอุตสาหกรรม นายจุลพงษ์ ทวีศรี กล่าวว่า"
    persons = _persons(extract_text(text))
    assert _posts(persons["สุรพล ชามาตย์"]) == [("รองปลัด", "org:moi")]
    assert persons["จุลพงษ์ ทวีศรี"].posts == []


def test_former_post_is_marked_and_held_before_the_release_date(extract_text):
    result = extract_text("นายวินสตัน เชอร์ชิล อดีตนายกรัฐมนตรีแห่งสหราชอาณาจักร เคยใช้ห้องนี้")
    person = _persons(result)["วินสตัน เชอร์ชิล"]
    assert [(p.title[:len("อดีตนายกรัฐมนตรี")], p.former, p.acting) for p in person.posts] == [
        ("อดีตนายกรัฐมนตรี", True, False)]
    store = OxStore()
    store.load("\n".join(to_ntriples(result)).encode(), format=RdfFormat.N_TRIPLES)
    rows = list(store.query("""
        PREFIX ph: <https://w3id.org/phakhi/def#> PREFIX org: <http://www.w3.org/ns/org#>
        PREFIX time: <http://www.w3.org/2006/time#>
        SELECT ?former ?inside ?before WHERE { ?m a org:Membership ; ph:former ?former ; org:memberDuring ?i .
          OPTIONAL { ?i time:inside ?inside } OPTIONAL { ?i time:before ?before } }"""))
    assert len(rows) == 1
    assert rows[0]["former"].value == "true" and rows[0]["inside"] is None and rows[0]["before"] is not None


def test_a_post_dated_long_before_the_release_is_a_former_post(extract_text):
    """A sentence dated decades before the release ("ต่อมาวันที่ 31 สิงหาคม 2485 พล.อ.…") tells a post held then, not
    at the release's date: it is former, and holds no tenure of 2025. A year of the release's own time does not."""
    from datetime import date

    old = "ต่อมาวันที่ 31 สิงหาคม 2485 พล.อ.สมชาย ใจดี รัฐมนตรีว่าการกระทรวงมหาดไทย มีข้อดำริให้จัดตั้งเหล่ากาชาดจังหวัด"
    now = "เมื่อวันที่ 24 เมษายน 2568 นายสมศักดิ์ รักงาน รัฐมนตรีว่าการกระทรวงมหาดไทย เป็นประธานการประชุม"
    for text, former in ((old, True), (now, False)):
        (person,) = _persons(extract_text(text, published=date(2025, 4, 25))).values()
        assert [(p.title, p.former) for p in person.posts] == [("รัฐมนตรีว่าการ", former)], text


def test_minister_abbreviation_names_the_ministry(extract_text):
    person = _persons(extract_text("นายอนุทิน ชาญวีรกูล รองนายกรัฐมนตรีและรมว.สาธารณสุข ได้พบกับ"))["อนุทิน ชาญวีรกูล"]
    assert _posts(person) == [("รองนายกรัฐมนตรี", None), ("รมว.", "org:moph")]


def test_chairing_a_committee_meeting_is_its_chair(extract_text):
    text = ("นายพสุ โลหารชุน ปลัดกระทรวงอุตสาหกรรม เป็นประธานการประชุมคณะกรรมการมาตรฐานผลิตภัณฑ์อุตสาหกรรม ครั้งที่ 1")
    person = _persons(extract_text(text))["พสุ โลหารชุน"]
    assert [p.title for p in person.posts] == ["ปลัด", "ประธาน"]
    assert person.posts[1].organization is not None


def test_a_provincial_officer_followed_by_a_long_unbroken_run_is_no_crash(extract_text):
    """A provincial officer's title runs over the province, but a run of letters longer than any name after it
    (a corpus release of 2023 wrote 90 letters without a space there) is no province: the post is the title."""
    run = "ลพบุรีและคณะเจ้าหน้าที่ได้ร่วมประชุมตรวจติดตามการดำเนินงานของโรงงานในพื้นที่อย่างใกล้ชิดต่อเนื่องสม่ำเสมอทุกเดือน"
    assert len(run) > 80
    found = extract_text(f"โดยมีนางสาวสมใจ มีสมบูรณ์ อุตสาหกรรมจังหวัด{run} ด้วย")
    (person,) = found.of_kind("person")
    assert [post.title for post in person.posts] == ["อุตสาหกรรมจังหวัด"]


def test_a_verb_glued_to_the_surname_after_an_initial_is_not_part_of_it(extract_text):
    text = "นายโรเบิร์ต เอฟ. โกเดคกล่าวว่า ความร่วมมือทางสาธารณสุขของทั้งสองประเทศ"
    assert [e.names[0] for e in extract_text(text).of_kind("person")] == ["โรเบิร์ต เอฟ. โกเดค"]


def test_an_abbreviated_post_after_the_first_name_is_no_surname(extract_text):
    text = "ด้าน พล.ต.อ. สุวัฒน์ ผบ.ตร. กล่าวว่า ตนมีนโยบายที่ต้องการพัฒนาคุณภาพชีวิตตำรวจ"
    assert [e.names[0] for e in extract_text(text).of_kind("person")] == ["สุวัฒน์"]


def test_a_latin_body_name_after_an_honorific_is_no_person(extract_text):
    text = ("ได้แก่ เพจเฟซบุ๊ก Miss Global Organization 140k followers และเพจเฟซบุ๊ก TPN GLOBAL "
            "ขณะที่ Mr. Masahiko Maeda ประธานบริษัท")
    assert [e.names[0] for e in extract_text(text).of_kind("person")] == ["Masahiko Maeda"]


def test_where_a_person_lives_after_the_first_name_is_no_surname(extract_text):
    text = "ทราบชื่อ คือ นายจิรยุทธ อาศัยอยู่ที่ หมู่ 4 ตำบลแดนชุมพล อำเภอสอง จังหวัดแพร่"
    assert [e.names[0] for e in extract_text(text).of_kind("person")] == ["จิรยุทธ"]


def test_a_misspelt_title_with_a_clause_after_it_is_no_person(extract_text):
    text = "วันนี้ นายเศรษฐา ทวีสิน นายดรัฐมนตรี ตอบคำถามสื่อมวลชนกรณี นายโดนัลด์ ทรัมป์ ผู้สมัคร"
    assert [e.names[0] for e in extract_text(text).of_kind("person")] == ["เศรษฐา ทวีสิน", "โดนัลด์ ทรัมป์"]


def test_an_abbreviation_ending_in_an_honorific_before_a_function_word_starts_no_name(extract_text):
    text = "6. ให้ กทพ. และ ทล. ตรวจสแกนจุดบกพร่องในทุก ๆ กระบวนการก่อสร้าง"
    assert extract_text(text).of_kind("person") == []


@pytest.mark.parametrize("text, name", [
    ("กระทรวงยุติธรรม ในช่วงที่นายสมศักดิ์ ดำรงตำแหน่ง รมว.ยุติธรรม ตลอดเกือบ 4 ปีที่ผ่านมา", "สมศักดิ์"),
    ("โดยมี นายวิชัย รักษาราชการแทน อธิบดีกรมโรงงานอุตสาหกรรม เป็นประธาน", "วิชัย"),
])
def test_a_verb_holding_a_post_before_the_title_is_no_surname(extract_text, text, name):
    assert [e.names[0] for e in extract_text(text).of_kind("person")] == [name]


def test_a_latin_honorific_glued_after_thai_letters_starts_a_name(extract_text):
    text = ("รัฐมนตรีว่าการกระทรวงสาธารณสุข กล่าวภายหลังMrs. Winnie Byanyima ผู้อำนวยการบริหารโครงการเอดส์"
            "แห่งสหประชาชาติ เข้าพบ")
    assert [e.names[0] for e in extract_text(text).of_kind("person")] == ["Winnie Byanyima"]


@pytest.mark.parametrize("text, names", [
    ("ผู้แทนนักแสดง และนางสาวชลิตา ส่วนเสน่ห์ Miss Universe Thailand 2016 เป็นต้น", ["ชลิตา ส่วนเสน่ห์"]),
    ("3) นางสาวกาญจนา พิมพา Miss Deaf Thailand และ Miss Deaf Asia 2019 ซึ่งเป็นคนพิการทางการได้ยิน",
     ["กาญจนา พิมพา"]),
    ("กิจกรรมการประกวดส้มตำลีลา การประกวด Miss Queen แก่งสะพือ การแข่งขันกินซาลาเปา", []),
    ("กระทรวงยุติธรรม ให้การต้อนรับ Miss Champa Patel รักษาการผู้อำนวยการ องค์การแอมเนสตี้", ["Champa Patel"]),
])
def test_a_pageant_title_after_miss_is_no_person(extract_text, text, names):
    assert [e.names[0] for e in extract_text(text).of_kind("person")] == names


@pytest.mark.parametrize("text, names", [
    ("สำนักงานกองทุนสนับสนุนการสร้างเสริมสุขภาพ (สสส.) ร่วมกับ มูลนิธิศาสตราจารย์ปกรณ์ อังศุสิงห์ และภาคีเครือข่าย", []),
    ("โดยมี ประธานมูลนิธิ นายสมชาย ใจดี เป็นผู้กล่าวรายงาน", ["สมชาย ใจดี"]),  # written apart: the person is named
])
def test_a_person_named_only_in_a_foundations_name_is_no_mention(extract_text, text, names):
    assert [e.names[0] for e in extract_text(text).of_kind("person")] == names


@pytest.mark.parametrize("text, names", [
    ("ได้รับพระกรุณาธิคุณจากพระเจ้าหลานเธอ พระองค์เจ้าพัชรกิติยาภา ทรงเป็นองค์ประธานก่อตั้งโครงการกำลังใจฯ",
     ["พัชรกิติยาภา"]),
    ("โปรดให้ พระเจ้าวรวงศ์เธอ พระองค์เจ้าอทิตยาทรกิติคุณ เสด็จแทนพระองค์ ไปในการประทานรางวัล", ["อทิตยาทรกิติคุณ"]),
    ("โดยมี พลตำรวจโท วิระชัย ทรงเมตตา รองผู้บัญชาการตำรวจแห่งชาติ", ["วิระชัย ทรงเมตตา"]),  # no royal: a surname
])
def test_a_royal_verb_after_a_royal_name_is_no_surname(extract_text, text, names):
    assert [e.names[0] for e in extract_text(text).of_kind("person")] == names


@pytest.mark.parametrize("text, names", [
    ("ซึ่งมี นางสาวอรฤดี เมฆตรงและบิดา ให้การต้อนรับ ณ โรงงาน", ["อรฤดี เมฆตรง"]),
    ("มอบรางวัลแก่นางสาววรพรรณ ศิริพรและนายอินทัช โมนยะกุล รวมทั้งมอบรางวัล", ["วรพรรณ ศิริพร", "อินทัช โมนยะกุล"]),
    ("พลเอกประยุทธ์ มุ่งมั่นและตั้งใจ ทำงานเพื่อประชาชน", ["ประยุทธ์"]),  # a clause: no surname before และ
])
def test_a_surname_with_and_glued_after_it_is_cut_there(extract_text, text, names):
    assert [e.names[0] for e in extract_text(text).of_kind("person")] == names


def test_a_first_name_told_short_with_its_title_after_the_mark_is_the_titled_person(extract_text):
    # the abbreviation mark after the first name ("ฉัตรชัยฯ") does not hide the title that tells who it is
    text = "ทั้งนี้ ได้มอบหมายให้ พลเอก  ฉัตรชัยฯ รองนายกรัฐมนตรี ลงพื้นที่ในสัปดาห์หน้า"
    assert [e.key for e in extract_text(text, published=date(2018, 5, 3)).of_kind("person")] \
        == [person_key("ฉัตรชัย สาริกัลยะ")]


def test_a_latin_body_name_after_an_english_title_is_no_person(extract_text):
    text = ("ดร.ณัฐฐาวรรนุช ทองมี (จ๋า) นักแสดงชื่อดัง CEO Wiseline Corporation Ltd นางสาวฉัตรประวีร์ ตรีชัชวาลวงศ์ (ซี) "
            "และ Government Spokesperson Thanakorn Wangboonkongchana")
    assert [e.names[0] for e in extract_text(text).of_kind("person")] \
        == ["ณัฐฐาวรรนุช ทองมี", "ฉัตรประวีร์ ตรีชัชวาลวงศ์", "Thanakorn Wangboonkongchana"]


@pytest.mark.parametrize("text, names", [
    ("โดยมี ผศ.นพ.มล.ทยา กิติยากร ผู้อำนวยการโรงพยาบาล เป็นประธาน", ["ทยา กิติยากร"]),
    ("ในการนี้ มล.ปนัดดา ดิศกุล รัฐมนตรีประจำสำนักนายกรัฐมนตรี ได้กล่าวว่า", ["ปนัดดา ดิศกุล"]),
    ("ให้ดื่มน้ำวันละ 500 มล. ต่อวัน และฝ่าฝืนไม่เกิน 10 มล./ชม. ตามเกณฑ์", []),  # millilitres
])
def test_ml_written_without_its_inner_dot_is_mom_luang(extract_text, text, names):
    """"มล." writes ม.ล. (หม่อมหลวง) before a name, alone or stacked ("ผศ.นพ.มล.ทยา" gave a person "มล"); after a
    number it is millilitres, no honorific."""
    assert [e.names[0] for e in extract_text(text).of_kind("person")] == names


@pytest.mark.parametrize("text, name", [
    # round 19: a Bruneian minister's conferred titles, the academic one and Haji stacked after H.E.
    ("หารือทวิภาคีกับ H.E. Dato Seri Setia Dr Haji Mohammad Isham bin Haji Jaafar รัฐมนตรีว่าการกระทรวงสาธารณสุข"
     "บรูไนดารุสซาลาม", "Mohammad Isham bin Haji Jaafar"),
    ("หารือกับ H.E. Tan Sri Muhyiddin Yassin นายกรัฐมนตรีมาเลเซีย", "Muhyiddin Yassin"),
    ("The Prime Minister had a bilateral meeting with Dato’ Seri Anwar Ibrahim, Prime Minister of Malaysia",
     "Anwar Ibrahim"),
    # Thai spellings of the Malay titles; Thai conferred titles (คุณหญิง) after an academic one or alone
    ("จากการเยือนประเทศไทยของนาย  ดาโต๊ะ ซรี อิซมาอิล ซาบรี ยาคบ นายกรัฐมนตรีมาเลเซีย", "อิซมาอิล ซาบรี ยาคบ"),
    ("นายสมศักดิ์ กล่าวอีกว่า ส่วนแพทย์หญิงคุณหญิงพรทิพย์ โรจนสุนันท์ สมาชิกวุฒิสภา (ส.ว.)", "พรทิพย์ โรจนสุนันท์"),
    ("ปลัดกระทรวงวัฒนธรรม คุณหญิงปัทมา ลีสวัสดิ์ตระกูล ประธานกรรมการศูนย์คุณธรรม", "ปัทมา ลีสวัสดิ์ตระกูล"),
])
def test_conferred_titles_are_no_part_of_the_name(extract_text, text, name):
    assert [e.names[0] for e in extract_text(text).of_kind("person")][-1] == name


def test_the_sri_of_an_indonesian_name_is_kept(extract_text):
    text = "พบกับ H.E. Dr. Sri Mulyani Indrawati รัฐมนตรีคลังอินโดนีเซีย"
    assert [e.names[0] for e in extract_text(text).of_kind("person")] == ["Sri Mulyani Indrawati"]


def test_a_middle_name_before_the_surname_the_corpus_writes(extract_text):
    # round 19: "สุชาดา ซาง" was the label; the corpus writes สุชาดา แทนทรัพย์ (person_identity.json)
    text = "เสนอแต่งตั้ง นางสาวสุชาดา ซาง แทนทรัพย์ เป็นข้าราชการการเมือง ตำแหน่งเลขานุการรัฐมนตรีว่าการ"
    persons = extract_text(text).of_kind("person")
    assert [e.names[0] for e in persons] == ["สุชาดา ซาง แทนทรัพย์"]
    assert person_key("สุชาดา ซาง แทนทรัพย์") == person_key("สุชาดา แทนทรัพย์")  # one person, one IRI
    # a third word no surname the corpus writes with the first name is left out
    assert [e.names[0] for e in extract_text("นายสมชาย ใจดี แทนทรัพย์ กล่าว").of_kind("person")] == ["สมชาย ใจดี"]
