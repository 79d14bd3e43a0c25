"""Events in the open world, tenth session (issue #12; judged audits: undated recurring meetings, things that are
no one event, names cut short, words glued on, descriptions with wrong parties). A committee's meeting with no
number is a body's sitting, labelled with its day and left out with none; a description with no day of a
recurring body's meeting picks out nothing; an item of a list of things done is no event; a year, a sitting
named without a number, a possessive's apostrophe and the lowercase words of an English name belong to the
name; a quote mark the name does not open and a date after it do not."""

from test_open_world_event_names import DAY, _labels, _names


def _events(extraction):
    return list(extraction.of_kind("event"))


COMMITTEE = "นายสมชาย ใจดี เป็นประธานการประชุมคณะกรรมการกำกับและบริหารโครงการผลิตหน้ากากผ้า ณ ทำเนียบรัฐบาล"


def test_a_committees_meeting_without_a_number_is_labelled_with_its_day(extract_text):
    labels = _labels(extract_text(DAY + COMMITTEE))
    assert labels == ["การประชุมคณะกรรมการกำกับและบริหารโครงการผลิตหน้ากากผ้า วันที่ 22 มกราคม 2562"], labels


def test_a_committees_meeting_without_a_number_or_a_day_names_no_event(extract_text):
    assert _events(extract_text(COMMITTEE, published=None)) == []


def test_a_numbered_committee_meeting_without_a_day_keeps_its_name(extract_text):
    text = "นายสมชาย ใจดี เป็นประธานการประชุมคณะกรรมการกำกับและบริหารโครงการผลิตหน้ากากผ้า ครั้งที่ 2/2563 ณ ทำเนียบรัฐบาล"
    labels = _labels(extract_text(text, published=None))
    assert labels == ["การประชุมคณะกรรมการกำกับและบริหารโครงการผลิตหน้ากากผ้า ครั้งที่ 2/2563"], labels


def test_an_undated_cabinet_meeting_is_not_described(extract_text):
    text = "นายกรัฐมนตรีเป็นประธานการประชุมคณะรัฐมนตรี ณ ทำเนียบรัฐบาล"
    assert _events(extract_text(text, published=None)) == []


def test_executives_met_with_are_no_sitting(extract_text):
    text = DAY + "นายกรัฐมนตรีพบหารือผู้บริหารภาคเอกชนชั้นนำในสหรัฐฯ ณ นครนิวยอร์ก"
    assert not any("วันที่" in label for label in _labels(extract_text(text)))


def test_an_item_of_a_list_of_things_done_is_no_event(extract_text):
    text = DAY + ("สำหรับกิจกรรมในงาน ประกอบด้วย การฝึกอบรม ประชุม สัมมนาทางวิชาการ การแสดงนิทรรศการทางด้านการเกษตร"
                  "และทรัพยากรธรรมชาติ การประกวดแข่งขัน การสาธิต")
    names = _names(extract_text(text))
    assert not any(n.startswith(("นิทรรศการ", "สัมมนา")) for n in names), names  # "ประชุม" before it is an item too


def test_a_named_exhibition_in_a_list_stays(extract_text):
    text = DAY + ("ภายในงานมีนิทรรศการที่น่าสนใจ อาทิ นิทรรศการแก้วเปลี่ยนโลก (Through the Looking Glass) และ นิทรรศการ "
                  "ลอดช่อง ส่องถ้ำ (Cave and Karst) โดยจัดขึ้น ณ ศูนย์การประชุม")
    names = _names(extract_text(text))
    assert any("Cave and Karst" in n for n in names), names


def test_a_year_after_a_name_is_its_edition(extract_text):
    text = DAY + "นายลวรณ แสงสนิท โฆษกกระทรวงการคลัง แถลงข่าวประมาณการเศรษฐกิจไทยปี 2563 ว่า เศรษฐกิจจะหดตัว"
    assert "แถลงข่าวประมาณการเศรษฐกิจไทยปี 2563" in _names(extract_text(text))


def test_a_count_of_years_is_no_edition(extract_text):
    text = DAY + "นายสมชาย ใจดี เป็นประธานการประชุมวิชาการอาหารปลอดภัย ปี 3 ครั้ง ณ กรุงเทพมหานคร"
    assert not any("ปี 3" in n for n in _names(extract_text(text)))


def test_a_sitting_named_without_a_number_is_part_of_the_name(extract_text):
    text = "เมื่อวันที่ 14 เมษายน 2563 นายกรัฐมนตรีเข้าร่วมการประชุมสุดยอดอาเซียน สมัยพิเศษ ว่าด้วยโรคโควิด ผ่านระบบวิดีโอ"
    labels = _labels(extract_text(text))
    assert "การประชุมสุดยอดอาเซียน สมัยพิเศษ" in labels, labels


def test_a_description_takes_no_weekday_as_its_topic(extract_text):
    text = (DAY + "คณะกรรมการเยียวยานักเรียนมีมติให้ช่วยเหลือ เมื่อการประชุมครั้งที่ 1/2563 วันพุธที่ 4 มีนาคม 2563\n"
            "3. การช่วยเหลือด้านสุขภาพ")
    assert not any("วันพุธ" in label for label in _labels(extract_text(text)))


def test_a_possessive_apostrophe_stays_inside_a_latin_name(extract_text):
    text = DAY + "ภายในงานมีการมอบรางวัลเชิดชูเกียรติ Prime Minister’s Science Award 2022 ให้กับเยาวชน"
    names = _names(extract_text(text))
    assert any(n.endswith("Prime Minister’s Science Award 2022") for n in names), names


def test_lowercase_words_of_an_english_name_in_thai_text_are_part_of_it(extract_text):
    text = DAY + "นายสมชาย ใจดี เปิดเผยในการเสวนา Exercise in new normal ในการประชุมวิชาการส่งเสริมสุขภาพ"
    assert "การเสวนา Exercise in new normal" in _names(extract_text(text))


def test_a_latin_name_in_latin_text_does_not_take_the_sentence(extract_text):
    text = "On 22 January 2019, the Prime Minister attended the Green Industry Conference and said it mattered."
    assert not any("said" in n for n in _names(extract_text(text)))


def test_a_closing_quote_the_name_does_not_open_is_left_off(extract_text):
    text = DAY + "กระทรวงเกษตรฯ ประชุมเตรียมความพร้อม ขับเคลื่อน ‘มหกรรมเกษตรสร้างชาติ’\nเพื่อให้เกษตรกรได้ประโยชน์"
    names = _names(extract_text(text))
    assert "มหกรรมเกษตรสร้างชาติ" in names, names


def test_a_quoted_title_keeps_its_closing_quote(extract_text):
    text = DAY + "นายสมชาย ใจดี ร่วมเสวนา \"สื่อสร้างสรรค์...งาน พม.” ณ กรุงเทพมหานคร"
    assert any(n.endswith("งาน พม.”") for n in _names(extract_text(text))), _names(extract_text(text))


def test_a_description_with_no_party_near_its_cue_names_one_from_its_line(extract_text):
    text = (DAY + "กระทรวงเกษตรและสหกรณ์ ร่วมกับบริษัท ไปรษณีย์ไทย จำกัด ส่งเสริมการขายผลไม้ออนไลน์ให้เกษตรกรทั่วประเทศ "
            + "โดยมีเกษตรกรสมัครเข้าร่วมแล้วกว่าหนึ่งหมื่นรายในปีนี้ " * 5  # beyond events.WINDOW of the cue
            + "จากนั้น คณะผู้ตรวจราชการได้ลงพื้นที่ตรวจติดตามเกษตรแปลงใหญ่ ณ จังหวัดภูเก็ต")
    described = [e.description for e in _events(extract_text(text)) if e.description]
    assert described and all(d.count(",") == 0 for d in described), described


def test_the_meeting_a_decree_convenes_is_the_decrees_name(extract_text):
    text = DAY + "เนื่องจากได้มีพระราชกฤษฎีกาเรียกประชุมรัฐสภา พ.ศ. 2562 ขึ้นแล้ว"
    assert not any("พ.ศ. 2562" in n for n in _names(extract_text(text))), _names(extract_text(text))


def test_a_type_and_number_told_on_two_days_are_two_sittings(extract_text):
    text = ("สรุปข่าวการประชุม\nนายสมชาย ใจดี อธิบดีกรมชลประทาน รายงานแผนงานในการประชุมครั้งที่ 1/2563 เมื่อวันที่ 20 มีนาคม 2563\n"
            "นายสมศักดิ์ ดีงาม ปลัดกระทรวงศึกษาธิการ รายงานการช่วยเหลือนักเรียนในการประชุมครั้งที่ 1/2563 เมื่อวันที่ 4 มีนาคม 2563\n")
    days = sorted(str(e.date) for e in _events(extract_text(text)) if "1/2563" in e.names[0])
    assert days == ["2020-03-04", "2020-03-20"], days


def test_a_visit_told_on_the_release_day_and_the_day_before_stays_one(extract_text):
    text = ("นายกรัฐมนตรีตรวจเยี่ยมความก้าวหน้าการดำเนินงานของศูนย์ประสานงานการผลิตกำลังคน\n"
            "เมื่อวันที่ 2 ตุลาคม 2561 นายกรัฐมนตรีตรวจเยี่ยมความก้าวหน้าการดำเนินงานของศูนย์ประสานงานการผลิตกำลังคน ณ ชลบุรี")
    visits = [e for e in _events(extract_text(text)) if e.type == "Visit"]
    assert len(visits) == 1, [(e.names, e.date) for e in visits]


def test_a_numbered_sitting_is_described_by_the_committee_that_sat(extract_text):
    text = (DAY + "กระทรวงแรงงาน รายงานว่า คณะกรรมการค่าจ้าง ได้พิจารณาอัตราค่าจ้างขั้นต่ำในการประชุม ครั้งที่ 10/2566 "
            "เมื่อวันที่ 20 ธันวาคม 2566")
    described = [e.description for e in _events(extract_text(text)) if e.description and "10/2566" in e.description]
    assert described and all("คณะกรรมการค่าจ้าง" in d and "กระทรวงแรงงาน" not in d for d in described), described
