"""Event names in the open world, round five: a name cut at a function word glued to it goes on with its own
qualifier to the end of the run ("…ว่าด้วยการพัฒนาที่ยั่งยืน"), but not into its venue ("…ในพื้นที่จังหวัด…"), a
date ("…ในเดือนมีนาคม") or a clause; a Latin name goes on past its bracketed alias to the kind of sitting after
it ("… (AZEC) Leaders Meeting": event_runs.alias_head_end)."""

from test_open_world_event_names import DAY, _labels, _names


def test_a_glued_qualifier_goes_on_with_the_name(extract_text):
    text = DAY + "นายสมชาย ใจดี เป็นประธานการสัมมนาการบริหารจัดการด้านระบบสื่อสารในภาวะวิกฤต เพื่อให้หน่วยงานเตรียมพร้อม"
    names = _names(extract_text(text))
    assert "การสัมมนาการบริหารจัดการด้านระบบสื่อสารในภาวะวิกฤต" in names, names


def test_a_glued_relative_clause_of_a_name_is_taken(extract_text):
    text = DAY + "นายสมชาย ใจดี เข้าร่วมการประชุมหารือแนวทางช่วยเหลือเกษตรกรที่ประสบภัยแล้ง กับผู้แทนสหกรณ์"
    names = _names(extract_text(text))
    assert "การประชุมหารือแนวทางช่วยเหลือเกษตรกรที่ประสบภัยแล้ง" in names, names


def test_a_glued_venue_is_not_taken(extract_text):
    text = DAY + "นายสมชาย ใจดี เป็นประธานการปล่อยคาราวานตรวจติดตามร้านจำหน่ายในพื้นที่จังหวัดสุราษฎร์ธานี เพื่อป้องกันสินค้าไม่ได้มาตรฐาน"
    names = _names(extract_text(text))
    assert not any("สุราษฎร์ธานี" in n for n in names), names


def test_a_glued_date_is_not_taken(extract_text):
    text = DAY + "นายสมชาย ใจดี เข้าร่วมการประชุมหารือแนวทางช่วยเหลือเกษตรกรในเดือนมีนาคม กับผู้แทนสหกรณ์"
    names = _names(extract_text(text))
    assert not any("มีนาคม" in n for n in names), names


def test_a_glued_clause_is_not_taken(extract_text):
    text = DAY + "นายสมชาย ใจดี เข้าร่วมการประชุมหารือแนวทางช่วยเหลือเกษตรกรที่ได้มีการเสนอไว้ กับผู้แทนสหกรณ์"
    names = _names(extract_text(text))
    assert not any("เสนอ" in n for n in names), names


def test_an_acronym_after_a_name_says_which(extract_text):
    text = DAY + "นายสมชาย ใจดี เข้าร่วมการประชุมผู้นำ G20 ณ กรุงโอซากา ประเทศญี่ปุ่น"
    names = _names(extract_text(text))
    assert "การประชุมผู้นำ G20" in names, names


def test_a_word_in_capitals_and_lower_case_is_no_acronym(extract_text):
    text = DAY + "นายสมชาย ใจดี เข้าร่วมการประชุมผู้นำ Group ณ กรุงโอซากา ประเทศญี่ปุ่น"
    names = _names(extract_text(text))
    assert not any("Group" in n for n in names), names


def test_the_name_with_its_session_number_is_the_label_over_the_short_one_of_the_title(extract_text):
    text = ("รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-การประชุมคณะกรรมการเครือข่ายอุตสาหกรรมรักษ์สิ่งแวดล้อม\n"
            "วันนี้ (3 ตุลาคม 2561) นายสมชาย ใจดี เป็นประธานการประชุมคณะกรรมการเครือข่ายอุตสาหกรรมรักษ์สิ่งแวดล้อม ครั้งที่ 1/2561\n")
    labels = _labels(extract_text(text))
    assert "การประชุมคณะกรรมการเครือข่ายอุตสาหกรรมรักษ์สิ่งแวดล้อม ครั้งที่ 1/2561" in labels, labels


def test_a_longer_name_without_a_number_keeps_its_place():
    from phakhi.graph.extract.event_labels import numbered_first

    assert numbered_first(["ลงพื้นที่ตรวจราคา", "ลงพื้นที่ตรวจราคาสินค้าอุปโภค"]) == ["ลงพื้นที่ตรวจราคา", "ลงพื้นที่ตรวจราคาสินค้าอุปโภค"]
    assert numbered_first(["Samaggi Fair", "x", "Samaggi Fair 2018"]) == ["Samaggi Fair 2018", "Samaggi Fair", "x"]


def test_a_quoted_title_after_a_name_and_a_title_word_is_part_of_it(extract_text):
    text = DAY + "นายสมชาย ใจดี เปิดนิทรรศการวาดเส้น ชุด “เรือนพื้นถิ่นรอบลุ่มเลสงขลา” ณ หอศิลป์"
    names = _names(extract_text(text))
    assert "นิทรรศการวาดเส้น ชุด “เรือนพื้นถิ่นรอบลุ่มเลสงขลา”" in names, names


def test_a_quote_after_other_words_is_not_a_title(extract_text):
    text = DAY + "นายสมชาย ใจดี เปิดนิทรรศการวาดเส้น และกล่าวว่า “เป็นงานที่ดี” ณ หอศิลป์"
    names = _names(extract_text(text))
    assert not any("งานที่ดี" in n for n in names), names


def test_a_quoted_title_after_a_word_ending_like_this_is_part_of_the_name(extract_text):
    # "แก้หนี้" (to settle debt) ends on the letters of "นี้" (this), a word after which a quote is what is said:
    # the word is "หนี้", and its title and edition are the fair's name (at the base: "มหกรรมร่วมใจแก้หนี้")
    text = DAY + ("นายสมชาย ใจดี เปิดงานมหกรรมร่วมใจแก้หนี้ “มีหนี้ต้องแก้ไข เริ่มต้นใหม่อย่างยั่งยืน” ครั้งที่ 5"
                  " จังหวัดสงขลา")
    names = _names(extract_text(text))
    assert "มหกรรมร่วมใจแก้หนี้ “มีหนี้ต้องแก้ไข เริ่มต้นใหม่อย่างยั่งยืน” ครั้งที่ 5" in names, names


def test_a_quote_after_this_in_a_compound_is_not_a_title(extract_text):
    # "เวลานี้" (now) is one word the tokenizer keeps whole, "นี้" its end: what follows is what is said
    text = DAY + "นายสมชาย ใจดี เปิดนิทรรศการวาดเส้นเวลานี้ “เป็นงานที่ดี” ณ หอศิลป์"
    names = _names(extract_text(text))
    assert not any("งานที่ดี" in n for n in names), names


def test_a_name_does_not_run_on_over_and_into_a_verb_of_saying(extract_text):
    # "และกล่าวว่า": two stop words the tokenizer keeps as one end the name; a name's second half still joins
    # (a place makes the exhibition one: "นิทรรศการวาดเส้น" alone is a kind of exhibition, told as its type word)
    said = _names(extract_text(DAY + "นายกรัฐมนตรีเยี่ยมชมนิทรรศการวาดเส้นเชียงใหม่ และกล่าวว่า การจัดงานครั้งนี้เป็นประโยชน์"))
    assert "นิทรรศการวาดเส้นเชียงใหม่" in said and not any("กล่าว" in n for n in said), said
    joined = _names(extract_text(DAY + "แถลงข่าวสถานการณ์ราคาน้ำมัน และแนวทางการบรรเทาผลกระทบ"))
    assert "แถลงข่าวสถานการณ์ราคาน้ำมัน และแนวทางการบรรเทาผลกระทบ" in joined, joined



def test_an_unknown_second_party_of_between_is_part_of_the_name(extract_text):
    text = DAY + ("นายสมชาย ใจดี ร่วมพิธีลงนามร่างบันทึกความเข้าใจระหว่างอาเซียนกับสมาคมแห่งภูมิภาคมหาสมุทรและกับองค์กร"
                  "การประชุมหมู่เกาะแปซิฟิก รวมทั้งพิธีลงนามการภาคยานุวัติสนธิสัญญา")
    names = _names(extract_text(text))
    assert any(n.endswith("ระหว่างอาเซียนกับสมาคมแห่งภูมิภาคมหาสมุทรและกับองค์กรการประชุมหมู่เกาะแปซิฟิก")
               for n in names), names


def test_a_clause_after_between_is_no_second_party(extract_text):
    text = DAY + "นายสมชาย ใจดี ร่วมพิธีลงนามบันทึกความเข้าใจระหว่างอาเซียนกับได้มีการหารือ ณ ทำเนียบรัฐบาล"
    names = _names(extract_text(text))
    assert not any("หารือ" in n for n in names), names


def test_the_body_after_an_anniversary_is_whose_it_is(extract_text):
    text = DAY + "นายสมชาย ใจดี เป็นประธานเปิดงานประชุมวิชาการ 80 ปี กรมการแพทย์ ณ โรงแรมเซ็นทารา"
    names = _names(extract_text(text))
    assert any(n.endswith("80 ปี กรมการแพทย์") for n in names), names


def test_an_ampersand_joins_the_halves_of_a_latin_name(extract_text):
    text = DAY + "นายสมชาย ใจดี เป็นประธานเปิดงาน Bangkok Gems & Jewelry Fair ครั้งที่ 64 ณ ศูนย์การประชุม"
    names = _names(extract_text(text))
    assert any("Bangkok Gems & Jewelry Fair" in n for n in names), names


def test_an_ampersand_before_another_edition_parts_two_events(extract_text):
    text = DAY + ("นายสมชาย ใจดี เข้าร่วม 16th Conference of the ASEAN Ministers Responsible for Information & "
                  "7th Conference of the ASEAN Plus Three Ministers Responsible for Information ณ ดานัง")
    names = _names(extract_text(text))
    assert not any("& 7th" in n for n in names), names


def test_a_latin_name_runs_on_past_its_bracketed_alias_to_its_kind(extract_text):
    text = DAY + ("เรื่อง ร่างถ้อยแถลงการณ์ร่วมของการประชุม Asia Zero Emission Community (AZEC) Leaders Meeting"
                  " (Asia Zero Emission Community (AZEC) Leaders' Joint Statement)")
    events = extract_text(text).of_kind("event")
    assert any(e.names[0] == "การประชุม Asia Zero Emission Community (AZEC) Leaders Meeting" for e in events), \
        [e.names for e in events]
    assert not any(e.names[0] == "Leaders Meeting" for e in events), [e.names for e in events]


def test_capitalised_words_after_an_alias_with_no_kind_are_not_taken(extract_text):
    text = DAY + "นายสมชาย ใจดี เข้าร่วมการประชุม Asia Zero Emission Community (AZEC) Thailand กล่าวว่า"
    names = _names(extract_text(text))
    assert not any(n.endswith("Thailand") for n in names), names


def test_a_straight_quote_closing_a_latin_name_opens_no_title(extract_text):
    """A Latin cue ending a name in straight quotes stands right before the closing quote: read as a title opened
    there and never closed (event_runs._UNCLOSED), it took what follows up to the next end marker, a venue
    ("ที่กรุงวอชิงตัน ดีซี", "ณ ห้องแกรนด์บอลรูม …") or a clause ("จัดโดย …"): event_runs.closes_quote."""
    texts = {  # thaigov-v2 2023/07/03 ข่าวคณะโฆษก_2; thaigov-v1 thaigov2-1 ข่าวทำเนียบรัฐบาล_107; thaigov-v1/14 ด้านการศึกษาฯ_411
        "Sawasdee DC Thai Festival": 'ไทยส่งผลไม้ไปจัดแสดงในงานเทศกาล "Sawasdee DC Thai Festival" ที่กรุงวอชิงตัน ดีซี '
                                     "ระหว่างวันที่ 2 - 4 กรกฎาคม 2566",
        "Thailand - Korea Business Forum": 'นายสมชาย ใจดี เป็นประธานเปิดการประชุม "Thailand - Korea Business Forum" '
                                           "ณ ห้องแกรนด์บอลรูม โรงแรมอินเตอร์คอนติเนนตัล กรุงเทพฯ วันพุธที่ 3 กันยายน 2562",
        "Asia Education Leaders Forum": 'นายสมชาย ใจดี เป็นประธานในพิธีเปิดงาน "The 8th Asia Education Leaders '
                                         'Forum" จัดโดย Worlddidac Asia ระหว่างวันที่ 22-24 มกราคม 2562',
    }
    for name, text in texts.items():
        names = _names(extract_text(DAY + text))
        assert any(n.endswith(name) for n in names) and not any(name + " " in n for n in names), names


def test_a_title_opened_in_straight_quotes_and_never_closed_still_runs(extract_text):
    text = DAY + 'นายสมชาย ใจดี กล่าวปาฐกถาพิเศษ "การศึกษาไทยในยุคดิจิทัล ระดับอุดมศึกษา ณ มหาวิทยาลัยเชียงใหม่ วันพุธที่ 23 มกราคม 2562'
    names = _names(extract_text(text))
    assert any(n.startswith('ปาฐกถาพิเศษ "การศึกษาไทยในยุคดิจิทัล') for n in names), names


# A purpose verb glued inside a name (event_words purpose_heads) goes on to the run's end when the rest of the run
# is words of a name (event_runs._glued_purpose; judged round 22: "cut before 'ส่งเสริมจริยธรรมข้าราชการ'", round 4:
# "cut mid-word เฉพาะกิจ|การ…", the sample tars' "การประชุมปฏิบัติการ|จัดทำแผนบูรณาการ…" read as a bare type word)

def test_a_glued_purpose_verb_goes_on_with_the_name(extract_text):
    text = DAY + "นายสมชาย ใจดี เป็นประธานการประชุมหารือเรื่องการจัดทำภาพยนตร์ส่งเสริมจริยธรรมข้าราชการ โดยมีวัตถุประสงค์"
    names = _names(extract_text(text))
    assert "การประชุมหารือเรื่องการจัดทำภาพยนตร์ส่งเสริมจริยธรรมข้าราชการ" in names, names


def test_a_glued_purpose_after_a_kind_of_meeting_names_it(extract_text):
    text = DAY + ("นายสมชาย ใจดี มอบนโยบายในการประชุมปฏิบัติการจัดทำแผนบูรณาการด้านการศึกษาระดับภาค "
                  "(ภาคตะวันออกเฉียงเหนือ) ของกระทรวงศึกษาธิการ")
    names = _names(extract_text(text))
    assert any(n.startswith("การประชุมปฏิบัติการจัดทำแผนบูรณาการด้านการศึกษาระดับภาค") for n in names), names


def test_a_glued_purpose_verb_before_a_clause_keeps_the_cut(extract_text):
    text = DAY + "นายสมชาย ใจดี เปิดนิทรรศการระบบขนส่งทางรางแห่งชาติจัดมาแล้ว 2 ครั้ง ซึ่งได้รับความสนใจ"
    names = _names(extract_text(text))
    assert not any("มาแล้ว" in n for n in names), names


def test_glued_purpose_unit():
    from phakhi.graph.extract.event_runs import _glued_purpose
    run = ["ภาพยนตร์", "ส่งเสริม", "จริยธรรม", "ข้าราชการ"]
    assert _glued_purpose("การจัดทำ", 8, run, 1, ["ภาพยนตร์"])
    assert not _glued_purpose("การจัดทำ", 8, ["ภาพยนตร์", "ส่งเสริม", "ได้", "ผล"], 1, ["ภาพยนตร์"])  # a clause
    assert not _glued_purpose("เยี่ยม", 6, ["ส่งเสริม", "จริยธรรม"], 0, [])  # no name words before it


# A topic head (event_words topic_heads: "เรื่อง", "ว่าด้วย") after a name's run opens its topic, which is part of
# the name (event_runs.topic_end; judged round 22: "cut before 'เรื่อง การป้องกันและแก้ไขปัญหาสารเคมีรั่วไหล'",
# "cut before 'ว่าด้วยบทเรียนและแนวทางการสื่อสารในช่วงโควิด-19'")

def test_a_topic_after_a_body_in_a_name_is_taken(extract_text):
    text = DAY + ("นายสมชาย ใจดี เป็นประธานการประชุมการดำเนินการตามมติคณะรัฐมนตรี เรื่อง "
                  "การป้องกันและแก้ไขปัญหาสารเคมีรั่วไหล โดยมีผู้แทนหน่วยงาน")
    names = _names(extract_text(text))
    assert any(n.startswith("การประชุมการดำเนินการตามมติคณะรัฐมนตรี เรื่อง การป้องกันและแก้ไขปัญหาสารเคมีรั่วไหล")
               for n in names), names


def test_a_glued_wa_duai_topic_is_taken(extract_text):
    text = DAY + ("นายสมชาย ใจดี เป็นสักขีพยานการลงนามบันทึกความเข้าใจว่าด้วยความร่วมมือด้านการพัฒนาศูนย์ซ่อมบำรุงอากาศยาน "
                  "ณ ทำเนียบรัฐบาล")
    names = _names(extract_text(text))
    assert any("ว่าด้วยความร่วมมือด้านการพัฒนาศูนย์ซ่อมบำรุงอากาศยาน" in n for n in names), names


def test_a_topic_stops_before_another_event():
    from phakhi.graph.extract.event_runs import topic_end
    text = "แถลงการณ์ร่วมอาเซียน - จีน ว่าด้วยความร่วมมือด้านการเกษตรในการประชุมสุดยอดอาเซียน ครั้งที่ 43"
    end = len("แถลงการณ์ร่วมอาเซียน - จีน")
    assert text[:topic_end(text, end)].endswith("ว่าด้วยความร่วมมือด้านการเกษตร")
    assert topic_end("การประชุมหารือ ณ ห้อง", len("การประชุมหารือ")) is None
