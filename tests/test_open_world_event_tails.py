"""Event names in the open world, round five: a name does not end on a word that tells how, how much or when,
or that joins the next clause, nor on a count or a duration; words of manner the corpus writes inside a
series' name do not stop it before its session number; a name whose rest is such words only is no name."""

from test_open_world_event_names import DAY, _labels, _names
from conftest import load_script


def test_a_conjunction_glued_to_a_name_is_cut_off(extract_text):
    text = DAY + "นายสมชาย ใจดี กล่าวว่า การประชุมสภาผู้แทนราษฎรจึงเลื่อนออกไป ณ รัฐสภา"
    names = _names(extract_text(text))
    assert "การประชุมสภาผู้แทนราษฎร" in names and not any(n.endswith("จึง") for n in names), names


def test_a_count_of_days_is_no_part_of_a_name(extract_text):
    text = DAY + "กระทรวงอุตสาหกรรม จัดการประชุมวิชาการอุตสาหกรรมเกษตร 3 วัน ณ จังหวัดขอนแก่น"
    names = _names(extract_text(text))
    assert "การประชุมวิชาการอุตสาหกรรมเกษตร" in names, names


def test_a_type_word_with_a_filler_is_no_name(extract_text):
    text = DAY + "นายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงอุตสาหกรรม เข้าร่วมการประชุมทางไกลแทน ณ กระทรวงอุตสาหกรรม"
    extraction = extract_text(text)
    assert not any(n.endswith("แทน") for n in _names(extraction)), _names(extraction)
    assert all(e.description for e in extraction.of_kind("event")), _labels(extraction)


def test_manner_words_before_a_session_number_stay_in_the_name(extract_text):
    text = DAY + "นายสมชาย ใจดี เป็นประธานการประชุมคณะรัฐมนตรีอย่างเป็นทางการนอกสถานที่ ครั้งที่ 1/2562 ณ จังหวัดภูเก็ต"
    names = _names(extract_text(text))
    assert "การประชุมคณะรัฐมนตรีอย่างเป็นทางการนอกสถานที่ ครั้งที่ 1/2562" in names, names


def test_manner_words_without_a_session_number_end_the_name(extract_text):
    text = DAY + "นายสมชาย ใจดี เปิดตัวแอปพลิเคชันทางรัฐอย่างเป็นทางการ ณ ทำเนียบรัฐบาล"
    names = _names(extract_text(text))
    assert names and not any("อย่างเป็นทางการ" in n for n in names), names


def test_a_meeting_of_a_named_body_written_without_its_nominalizer_is_an_event(extract_text):
    text = DAY + "กระทรวงอุตสาหกรรมได้เข้าร่วมประชุมคณะรัฐมนตรีอย่างเป็นทางการนอกสถานที่ ครั้งที่ 1/2562 ณ จังหวัดภูเก็ต"
    extraction = extract_text(text)
    names = _names(extraction)
    assert "ประชุมคณะรัฐมนตรีอย่างเป็นทางการนอกสถานที่ ครั้งที่ 1/2562" in names, names
    assert not any(e.description for e in extraction.of_kind("event")), _labels(extraction)


def test_the_assembly_that_decides_is_no_meeting_event(extract_text):
    text = DAY + "นายสมชาย ใจดี กล่าวว่า ที่ประชุมคณะรัฐมนตรีมีมติเห็นชอบโครงการดังกล่าว"
    names = _names(extract_text(text))
    assert not any("ประชุมคณะรัฐมนตรี" in n for n in names), names


def test_quoted_titles_listed_after_one_cue_are_one_event_each(extract_text):
    text = DAY + "ธนาคารจัดการอบรมให้ความรู้ “รู้ข้อดีบัญชีเดียว พร้อมตัวช่วย” และ “การวิเคราะห์งบการเงินสำหรับ CEO” แก่ผู้ประกอบการ"
    names = _names(extract_text(text))
    assert "การอบรม “การวิเคราะห์งบการเงินสำหรับ CEO”" in names, names
    assert any(n.endswith("“รู้ข้อดีบัญชีเดียว พร้อมตัวช่วย”") for n in names), names


def test_a_quote_after_a_title_without_a_joiner_is_no_second_event(extract_text):
    text = DAY + "กระทรวงอุตสาหกรรม จัดสัมมนา “ก้าวสู่อุตสาหกรรม 4.0” ณ กรุงเทพมหานคร ผู้เข้าร่วมกล่าวว่า “ได้ความรู้มาก”"
    assert len(_names(extract_text(text))) == 1, _names(extract_text(text))


def test_a_fair_and_a_day_celebrated_are_events(extract_text):
    text = DAY + "รัฐมนตรีว่าการกระทรวงเกษตรและสหกรณ์ เป็นประธานเปิดงานมหกรรมสินค้าเกษตร “เกษตรพากิน พาเที่ยว” ณ ลานคนเมือง และร่วมงานวันดินโลก ณ จังหวัดเชียงใหม่"
    names = _names(extract_text(text))
    assert "มหกรรมสินค้าเกษตร “เกษตรพากิน พาเที่ยว”" in names and "งานวันดินโลก" in names, names


def test_the_last_day_of_work_is_no_event(extract_text):
    text = DAY + "วันนี้จะเป็นการทำงานวันสุดท้ายของข้าราชการที่เกษียณอายุ"
    assert not _names(extract_text(text))


def test_a_name_goes_on_after_and_with_words_of_the_name(extract_text):
    text = DAY + "นายสมชาย ใจดี เป็นประธานการประชุมหารือการปรับปรุงบทบาทภารกิจ และโครงสร้างการแบ่งส่วนราชการ ณ กระทรวงอุตสาหกรรม"
    names = _names(extract_text(text))
    assert "การประชุมหารือการปรับปรุงบทบาทภารกิจ และโครงสร้างการแบ่งส่วนราชการ" in names, names


def test_a_clause_or_another_event_after_and_is_not_taken(extract_text):
    text = DAY + "นายสมชาย ใจดี เป็นประธานการประชุมหารือการปรับปรุงบทบาทภารกิจ และได้มอบนโยบายแก่ผู้บริหาร"
    names = _names(extract_text(text))
    assert "การประชุมหารือการปรับปรุงบทบาทภารกิจ" in names, names
    text = DAY + "นายสมชาย ใจดี เป็นประธานการประชุมคณะกรรมการส่งเสริมการลงทุน และการแถลงข่าวผลการประชุม"
    names = _names(extract_text(text))
    assert not any("และ" in n for n in names), names


def test_a_name_cut_at_a_joiner_runs_on_to_the_space_before_its_date(extract_text):
    text = "กรมสนับสนุนบริการสุขภาพจัดประชุมวิชาการสร้างความร่วมมือในการคุ้มครองผู้บริโภคระบบบริการ วันจันทร์ที่ 21 พฤษภาคม 2561"
    names = _names(extract_text(text))
    assert "ประชุมวิชาการสร้างความร่วมมือในการคุ้มครองผู้บริโภคระบบบริการ" in names, names


def test_a_clause_before_the_marker_is_not_taken(extract_text):
    text = DAY + "นายสมชาย ใจดี กล่าวถึงการประชุมวิชาการสร้างความร่วมมือที่ได้จัดขึ้นแล้ว ณ กรุงเทพมหานคร"
    names = _names(extract_text(text))
    assert not any("แล้ว" in n or "ได้" in n for n in names), names


def test_a_title_never_closed_runs_to_what_is_said_of_it(extract_text):
    text = 'รมช.ศธ. ปาฐกถาพิเศษ "บทบาทของ ศธ. ต่อการสร้างบุคลากรสุขภาพในศตวรรษที่ 21 ที่ จ.สระบุรี วันพุธที่ 21 กุมภาพันธ์ 2561'
    names = _names(extract_text(text))
    assert 'ปาฐกถาพิเศษ "บทบาทของ ศธ. ต่อการสร้างบุคลากรสุขภาพในศตวรรษที่ 21' in names, names


def test_the_series_word_after_a_meeting_is_part_of_its_name(extract_text):
    text = DAY + "รองนายกรัฐมนตรีลงพื้นที่จังหวัดเลยก่อนเข้าร่วมการประชุม ครม.นอกสถานที่ ณ จังหวัดเพชรบูรณ์"
    names = _names(extract_text(text))
    assert "การประชุม ครม.นอกสถานที่" in names, names


def test_a_latin_topic_after_its_word_is_read_whole(extract_text):
    text = DAY + "นายสมชาย ใจดี กล่าวปาฐกถาพิเศษเรื่อง Future Economy & Internet Governance ณ กรุงเทพมหานคร"
    names = _names(extract_text(text))
    assert "ปาฐกถาพิเศษเรื่อง Future Economy & Internet Governance" in names, names


def test_the_miner_reads_a_name_up_to_a_spaced_end_marker():
    text = "กรมจัดการประชุมรัฐมนตรีอาเซียนบวกสามด้านสวัสดิการสังคมและการพัฒนา ณ กรุงเทพมหานคร"
    found = set(load_script("mine_events").marked_names(text))
    assert ("การประชุม", "การประชุมรัฐมนตรีอาเซียนบวกสามด้านสวัสดิการสังคมและการพัฒนา") in found


def test_the_miner_reads_no_venue_and_keeps_no_clause():
    text = "ณ ศูนย์นิทรรศการและการประชุมไบเทค บางนา ณ กรุงเทพฯ"
    assert not set(load_script("mine_events").marked_names(text))
    assert not load_script("mine_events").is_name("การลงนาม", "การลงนามในปีหน้า")


def test_an_instruction_with_no_day_of_its_own_is_no_event(extract_text):
    text = "นายกรัฐมนตรีได้กำชับไปยังฝ่ายความมั่นคงให้ลงพื้นที่หาข่าว เก็บรวบรวมพยานหลักฐาน"
    assert not _names(extract_text(text, published=None))


def test_a_planned_event_with_its_day_is_an_event(extract_text):
    text = "นายกรัฐมนตรีจะเปิดตัวตลาดประชารัฐพร้อมกันทั่วประเทศ ในวันที่ 5 ธันวาคม 2560 นี้"
    assert _names(extract_text(text))


def test_the_number_of_a_group_of_provinces_is_part_of_a_meeting_name(extract_text):
    """"ภาคกลางตอนล่าง 1" and "ภาคกลางตอนล่าง 2" are two groups of provinces (event_words numbered_parts): the number
    after the part of a region is the group's, written after a space, and tells which group met (judged rounds 13 and
    19: "group name cut"). Forms of the v1 sample (thaigov2-1 ข่าวทำเนียบรัฐบาล_375, 16/ข่าวทำเนียบรัฐบาล_41) and of
    the v2 sample (a meeting of ทส. in the upper north-east)."""
    text = DAY + ("นายกรัฐมนตรีจะเป็นประธานการประชุมการพัฒนาเศรษฐกิจและสังคมกลุ่มจังหวัดภาคกลางตอนล่าง 1  โดยมีคณะรัฐมนตรี "
                  "ผู้ว่าราชการจังหวัด หัวหน้าส่วนราชการ เข้าร่วม")
    names = _names(extract_text(text))
    assert "การประชุมการพัฒนาเศรษฐกิจและสังคมกลุ่มจังหวัดภาคกลางตอนล่าง 1" in names, names
    text = DAY + ("รัฐมนตรีว่าการกระทรวงทรัพยากรธรรมชาติและสิ่งแวดล้อม เป็นประธานการประชุมติดตามการดำเนินงานของหน่วยงาน"
                  "ในพื้นที่กลุ่มจังหวัดภาคตะวันออกเฉียงเหนือตอนบน 1 ประกอบด้วย จังหวัดบึงกาฬ เลย หนองคาย")
    names = _names(extract_text(text))
    assert "การประชุมติดตามการดำเนินงานของหน่วยงานในพื้นที่กลุ่มจังหวัดภาคตะวันออกเฉียงเหนือตอนบน 1" in names, names


def test_the_group_number_ends_the_name_before_the_sentence(extract_text):
    """"…ภาคเหนือตอนล่าง 2 มีดังนี้" (v1 sample, 18/ข่าวทำเนียบรัฐบาล_143): the number is the group's, what follows
    it the sentence's."""
    text = DAY + ("สำหรับข้อเสนอการประชุมการพัฒนาเศรษฐกิจและสังคมกลุ่มจังหวัดภาคเหนือตอนล่าง 2 มีดังนี้ 1. ด้านการส่งเสริม"
                  "และพัฒนาอุตสาหกรรม")
    names = _names(extract_text(text))
    assert "การประชุมการพัฒนาเศรษฐกิจและสังคมกลุ่มจังหวัดภาคเหนือตอนล่าง 2" in names, names


def test_a_count_after_a_part_of_a_region_is_no_group_number(extract_text):
    """A number that counts after the part of a region ("ภาคใต้ตอนล่าง 3 จังหวัด") says how many, not which group."""
    text = DAY + "นายสมชาย ใจดี เป็นประธานการประชุมติดตามสถานการณ์ภาคใต้ตอนล่าง 3 จังหวัด ณ จังหวัดยะลา"
    names = _names(extract_text(text))
    assert names and not any("ตอนล่าง 3" in n for n in names), names


def test_the_place_after_a_mobile_cabinet_meeting_is_part_of_its_name(extract_text):
    """The cabinet meets in one province or group of provinces after another: the place written right after the
    series word or its edition tells the sittings apart, as an edition does (event_words series_places; the lead's
    ruling, twenty-seventh session). Forms of the samples: v2 2025/02/18 ด้านกฎหมายฯ_3 ("… ครั้งที่ 1 จังหวัดสงขลา"),
    v1 21/ด้านการศึกษาฯ_33 ("… ครั้งที่ 7/2561 กลุ่มจังหวัดภาคเหนือตอนล่าง 1"), v1 20/ด้านการศึกษาฯ_4 ("ครม.สัญจร
    ภาคตะวันออกเฉียงเหนือตอนล่าง 2 ที่จังหวัดอุบลราชธานี"), v2 2024/01/25 ไทยคู่ฟ้า_3 ("ประชุม ครม.นอกสถานที่ จ.ระนอง")."""
    text = DAY + ("นายกรัฐมนตรีเป็นประธานการประชุมคณะรัฐมนตรีอย่างเป็นทางการนอกสถานที่ ครั้งที่ 1 จังหวัดสงขลา "
                  "เพื่อติดตามการพัฒนาพื้นที่")
    names = _names(extract_text(text))
    assert "การประชุมคณะรัฐมนตรีอย่างเป็นทางการนอกสถานที่ ครั้งที่ 1 จังหวัดสงขลา" in names, names
    text = DAY + ("รัฐมนตรีเข้าร่วมการประชุมคณะรัฐมนตรีอย่างเป็นทางการนอกสถานที่ ครั้งที่ 7/2561 "
                  "กลุ่มจังหวัดภาคเหนือตอนล่าง 1 ณ มหาวิทยาลัยราชภัฏเพชรบูรณ์")
    names = _names(extract_text(text))
    assert "การประชุมคณะรัฐมนตรีอย่างเป็นทางการนอกสถานที่ ครั้งที่ 7/2561 กลุ่มจังหวัดภาคเหนือตอนล่าง 1" in names, names
    text = DAY + "รัฐมนตรีเข้าร่วมประชุม ครม.สัญจร ภาคตะวันออกเฉียงเหนือตอนล่าง 2 ที่จังหวัดอุบลราชธานี"
    names = _names(extract_text(text))
    assert "ประชุม ครม.สัญจร ภาคตะวันออกเฉียงเหนือตอนล่าง 2" in names, names
    text = DAY + "นายกรัฐมนตรีเดินทางไปประชุม ครม.นอกสถานที่ จ.ระนอง"
    names = _names(extract_text(text))
    assert "ประชุม ครม.นอกสถานที่ จ.ระนอง" in names, names
    # another body's series, its place and then its year (judged boundary, rounds 20 and 9: "drops 'พื้นที่ภาคเหนือ
    # ประจำปี 2566'"; v2 2023/01/14 ด้านความมั่นคง_9, 2024/03/28 ด้านความมั่นคง_6)
    text = DAY + ("ปลัดกระทรวงมหาดไทยเป็นประธานเปิดการประชุมสมาคมแม่บ้านมหาดไทยสัญจร ครั้งที่ 4 พื้นที่ภาคตะวันออกเฉียงเหนือ "
                  "ประจำปีงบประมาณ พ.ศ. 2567 โดยมี ประธานแม่บ้านมหาดไทยจังหวัด เข้าร่วม")
    names = _names(extract_text(text))
    assert ("การประชุมสมาคมแม่บ้านมหาดไทยสัญจร ครั้งที่ 4 พื้นที่ภาคตะวันออกเฉียงเหนือ ประจำปีงบประมาณ พ.ศ. 2567"
            in names), names


def test_a_venue_after_a_mobile_cabinet_meeting_is_not_its_name(extract_text):
    """Where it was held ("ณ จังหวัดเพชรบูรณ์", "ที่จังหวัด…") is its venue, and a series word inside a longer name
    ("นิทรรศการสัญจรเฉลิมพระเกียรติ") ends no name before a place."""
    text = DAY + "รองนายกรัฐมนตรีเข้าร่วมการประชุม ครม.นอกสถานที่ ณ จังหวัดเพชรบูรณ์"
    names = _names(extract_text(text))
    assert "การประชุม ครม.นอกสถานที่" in names, names
    text = DAY + "รัฐมนตรีเข้าร่วมการประชุมคณะรัฐมนตรีอย่างเป็นทางการนอกสถานที่ ครั้งที่ 2/2567 ที่จังหวัดพะเยา"
    names = _names(extract_text(text))
    assert "การประชุมคณะรัฐมนตรีอย่างเป็นทางการนอกสถานที่ ครั้งที่ 2/2567" in names, names


def test_a_count_of_prizes_given_is_no_part_of_the_name(extract_text):
    # event_words tail_units "รางวัล": the prizes counted after a prize-giving or contest (53 such counts in 36
    # releases of the corpora; judged boundary, "count glued on": "มอบรางวัลผลงานวิชาการดีเด่น 114 รางวัล")
    text = DAY + "นายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงวัฒนธรรม มอบรางวัลการประกวดภาพถ่ายมรดกโลก 12 รางวัล ณ หอศิลป์กรุงเทพฯ"
    names = _names(extract_text(text))
    assert "มอบรางวัลการประกวดภาพถ่ายมรดกโลก" in names and not any("12" in n for n in names), names
    text = DAY + ("นายแพทย์สุขุม กาญจนพิมาย ปลัดกระทรวงสาธารณสุข เปิดการประชุมวิชาการกระทรวงสาธารณสุข ประจำปี 2560 "
                  "พร้อมมอบรางวัลผลงานวิชาการดีเด่นกระทรวงสาธารณสุข 126 รางวัล รางวัลผู้ชนะการประกวดนิทรรศการ 7 รางวัล")
    names = _names(extract_text(text))
    assert not any(n.endswith("รางวัล") for n in names), names


def test_a_count_of_prizes_leaves_a_generic_prize_giving_described(extract_text):
    text = DAY + ("นายแพทย์โอภาส การย์กวินพงศ์ ปลัดกระทรวงสาธารณสุข มอบรางวัลผลงานวิชาการดีเด่น 114 รางวัล "
                  "จากกว่า 3,500 ผลงานที่ส่งเข้าประกวด ณ จังหวัดนนทบุรี")
    extraction = extract_text(text)
    assert not any("114" in n for n in _names(extraction)), _names(extraction)
