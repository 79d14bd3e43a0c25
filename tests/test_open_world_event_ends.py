"""Event names in the open world, round four: a name runs on past an alias or translation in brackets to its
session number, and to the year of a yearly event; a type word the text goes on from without a space or
function word takes the words up to the session number; a number after a name does not carry the clause that
follows it; a Latin name does not begin inside the sentence before it."""

from test_open_world_event_names import DAY, _names


def test_a_name_runs_past_a_bracketed_alias_to_its_session_number(extract_text):
    text = DAY + "นายสมชาย ใจดี เป็นประธานการประชุมคณะกรรมการนโยบายการให้เอกชนร่วมลงทุนในกิจการของรัฐ (คณะกรรมการ PPP) ครั้งที่ 3/2562 ณ ทำเนียบรัฐบาล"
    names = _names(extract_text(text))
    assert any(n.endswith("(คณะกรรมการ PPP) ครั้งที่ 3/2562") for n in names), names


def test_a_name_runs_past_a_bracketed_translation_to_its_session_number(extract_text):
    text = DAY + "นายสมชาย ใจดี เป็นประธานการประชุมคณะกรรมการขับเคลื่อนแผนปฏิบัติการด้านปัญญาประดิษฐ์แห่งชาติ (National AI Committee) ครั้งที่ 2/2562 ณ ทำเนียบรัฐบาล"
    names = _names(extract_text(text))
    assert any(n.endswith("(National AI Committee) ครั้งที่ 2/2562") for n in names), names


def test_a_bracket_without_a_session_number_after_it_is_not_taken(extract_text):
    text = DAY + "นายสมชาย ใจดี เป็นประธานการประชุมคณะกรรมการนโยบายการให้เอกชนร่วมลงทุนในกิจการของรัฐ (คณะกรรมการ PPP) ณ ทำเนียบรัฐบาล"
    names = _names(extract_text(text))
    assert names and not any("PPP" in n for n in names), names


def test_the_year_of_a_yearly_event_is_part_of_its_name(extract_text):
    text = DAY + "นายสมชาย ใจดี เข้าร่วมการประชุมวิชาการกระทรวงสาธารณสุข ประจำปี 2562 ณ จังหวัดนนทบุรี"
    names = _names(extract_text(text))
    assert "การประชุมวิชาการกระทรวงสาธารณสุข ประจำปี 2562" in names, names


def test_a_session_number_and_a_year_are_both_taken(extract_text):
    text = DAY + "นายสมชาย ใจดี เข้าร่วมการประชุมรัฐมนตรีพลังงานเอเปค ครั้งที่ 15 ประจำปี พ.ศ. 2562 ณ กรุงเทพมหานคร"
    names = _names(extract_text(text))
    assert any(n.endswith("ครั้งที่ 15 ประจำปี พ.ศ. 2562") for n in names), names


def test_a_type_word_continued_without_a_space_takes_the_words_to_its_session_number(extract_text):
    text = DAY + "นายสมชาย ใจดี เป็นประธานการประชุมคณะกรรมการร่วมด้านวิทยาศาสตร์ เทคโนโลยีและนวัตกรรม ไทย - สปป.ลาว ครั้งที่ 2 ณ กรุงเทพมหานคร"
    names = _names(extract_text(text))
    assert any(n.startswith("การประชุมคณะกรรมการร่วมด้านวิทยาศาสตร์") and n.endswith("ครั้งที่ 2") for n in names), names


def test_a_type_word_followed_by_a_function_word_does_not_run_to_a_later_number(extract_text):
    text = DAY + "นายสมชาย ใจดี กล่าวถึงการประชุมคณะกรรมการที่ได้หารือกันเรื่องงบประมาณ ครั้งที่ 2 ที่ผ่านมา"
    names = _names(extract_text(text))
    assert not any("ครั้งที่ 2" in n for n in names), names


def test_a_number_after_a_name_does_not_carry_the_clause_after_it(extract_text):
    text = DAY + "นายสมชาย ใจดี แถลงข่าวการนำเข้าวัคซีนโควิด 19 โดยนายแพทย์สมศักดิ์กล่าวว่า ทุกอย่างเป็นไปตามแผน"
    names = _names(extract_text(text))
    assert "แถลงข่าวการนำเข้าวัคซีนโควิด 19" in names, names


def test_a_latin_name_does_not_begin_in_the_sentence_before_it(extract_text):
    text = ("On 1 November 2021, Prime Minister Prayut Chan-o-cha attended the meeting in 2025. At the World "
            "Leaders Summit of the Climate Conference, the Prime Minister spoke.")
    names = _names(extract_text(text))
    assert any(n.startswith("World Leaders Summit") for n in names), names


def test_the_next_meeting_of_a_series_is_no_event(extract_text):
    text = DAY + "นายสมชาย ใจดี กล่าวว่า การประชุมคณะกรรมการค่าจ้างครั้งต่อไปจะกำหนดประชุมในปลายเดือนเมษายนนี้"
    names = _names(extract_text(text))
    assert not any("ค่าจ้าง" in n for n in names), names


def test_a_latin_name_runs_on_through_against(extract_text):
    text = DAY + "นายสมชาย ใจดี เข้าร่วม National Symposium on Ending Violence against Children in Justice System ณ กรุงเทพมหานคร"
    names = _names(extract_text(text))
    assert any(n.endswith("Violence against Children in Justice System") for n in names), names


def test_a_place_glued_on_after_a_venue_head_is_where_not_which(extract_text):
    text = DAY + "นายสมชาย ใจดี กล่าวว่าจะพบกันระหว่างการประชุมสุดยอดอาเซียนที่กัมพูชา ทั้งนี้ รัฐบาลพร้อมต้อนรับ"
    names = _names(extract_text(text))
    assert "การประชุมสุดยอดอาเซียน" in names and not any("กัมพูชา" in n for n in names), names
    text = DAY + "นายสมชาย ใจดี นำเสนอในวาระการประชุมคณะรัฐมนตรีสัญจรที่จังหวัดภูเก็ต เมื่อวันที่ 2 พฤศจิกายน 2563"
    names = _names(extract_text(text))
    assert names and not any("ภูเก็ต" in n for n in names), names
