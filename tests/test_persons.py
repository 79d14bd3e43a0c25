def _persons(result):
    return {e.names[0]: e for e in result.of_kind("person")}


def test_person_with_post_title_split_from_organization(extract_text):
    result = extract_text("นายอุตตม สาวนายน รัฐมนตรีว่าการกระทรวงอุตสาหกรรม พร้อมด้วย Mr. Li Yong "
                          "ผู้อำนวยการใหญ่องค์การพัฒนาอุตสาหกรรมแห่งสหประชาชาติ (UNIDO) และ")
    persons = _persons(result)
    uttama = persons["อุตตม สาวนายน"]
    assert [(p.title, p.organization) for p in uttama.posts] == [("รัฐมนตรีว่าการ", "org:moi")]
    assert uttama.honorific == "นาย"
    li = persons["Li Yong"]
    assert [(p.title, p.organization) for p in li.posts] == [("ผู้อำนวยการใหญ่", "org:unido")]


def test_representative_of_an_organization(extract_text):
    result = extract_text("พิธีลงนามความร่วมมือระหว่างสภาอุตสาหกรรมแห่งประเทศไทย โดยนายสุพันธ์ มงคลสุธี และ UNIDO")
    supant = _persons(result)["สุพันธ์ มงคลสุธี"]
    assert [(p.title, p.organization) for p in supant.posts] == [("ผู้แทน", "org:fti")]


def test_short_form_resolves_to_the_full_name(extract_text):
    text = ("นายมงคล พฤกษ์วัฒนา อธิบดีกรมโรงงานอุตสาหกรรม กล่าวว่า ปัจจุบันการลงทุน\n"
            "นายมงคล กล่าวเพิ่มเติมว่า สำหรับในช่วง 6 เดือนแรก")
    persons = result_persons = extract_text(text).of_kind("person")
    assert len(persons) == 1
    assert set(result_persons[0].names) == {"มงคล พฤกษ์วัฒนา", "มงคล"}
    assert len(result_persons[0].spans) == 2


def test_acting_post(extract_text):
    text = "นายทองชัย ชวลิตพิเชฐ รักษาราชการแทนอธิบดีกรมโรงงานอุตสาหกรรม เปิดเผยว่า"
    person = _persons(extract_text(text))["ทองชัย ชวลิตพิเชฐ"]
    assert person.posts[0].title == "รักษาราชการแทนอธิบดี"
    assert person.posts[0].organization == "org:diw" and person.posts[0].acting


def test_words_starting_like_honorifics_are_not_people(extract_text):
    text = "นายกรัฐมนตรีเป็นประธาน นายจ้างและทนายความ ร่วมกับนายกสมาคม"
    assert extract_text(text).of_kind("person") == []


def test_name_does_not_swallow_the_title_or_verb(extract_text):
    result = extract_text("ดร.เดชา จาตุธนานันท์รองอธิบดีกรมส่งเสริมอุตสาหกรรม และนายสมชาย กล่าวว่า")
    names = {n for e in result.of_kind("person") for n in e.names}
    assert "เดชา จาตุธนานันท์" in names
    assert "สมชาย" in names


def test_names_that_begin_like_a_title_word(extract_text):
    # release 017: "นายก" + "อบชัย" is a name, not นายก (president)
    person = extract_text("นายกอบชัย สังสิทธิสวัสดิ์ อธิบดีกรมส่งเสริมอุตสาหกรรม").of_kind("person")[0]
    assert person.names == ["กอบชัย สังสิทธิสวัสดิ์"]
    assert [(p.title, p.organization) for p in person.posts] == [("อธิบดี", "org:dip")]


def test_name_across_a_no_break_space(extract_text):
    # release 012 separates first name and surname with U+00A0 then a space
    person = extract_text("นางแน่งน้อย\u00a0 เวทยพงษ์ รองอธิบดีกรมส่งเสริมอุตสาหกรรม").of_kind("person")[0]
    assert person.names == ["แน่งน้อย\u00a0 เวทยพงษ์"] or person.names == ["แน่งน้อย เวทยพงษ์"]


def test_police_command_titles_are_posts(extract_text):
    """ผู้บังคับการ / ผู้กำกับการ (titles.jsonl): the post of a police commander is read with its division."""
    text = ("พลตำรวจตรี สมชาย ใจดี ผู้บังคับการกองบังคับการปราบปราม และพันตำรวจเอก สมศักดิ์ รักชาติ "
            "รองผู้บังคับการกองบังคับการปราบปราม ร่วมประชุม")
    persons = _persons(extract_text(text))
    assert [(p.title, p.organization) for p in persons["สมชาย ใจดี"].posts] == [
        ("ผู้บังคับการ", "name:กองบังคับการปราบปราม")]
    assert [p.title for p in persons["สมศักดิ์ รักชาติ"].posts] == ["รองผู้บังคับการ"]


def test_the_next_persons_honorific_is_no_title(extract_text):
    """"นายจรัญ อินทสระ นายกัมปนาทจักรวาล …": the name after a name begins with the next person's honorific; read as
    the title นายก (president) it gave the first person, and every name listed before him, a post "นายก"."""
    result = extract_text("ได้แก่ นายจรัญ อินทสระ นายกัมปนาทจักรวาล วิเวศ ศรีพุทธา นางบำเพ็ญ เมืองมูล ร่วมงาน")
    assert {p.names[0]: p.posts for p in result.of_kind("person")}["จรัญ อินทสระ"] == []

