"""Event names in the open world, round seven: a name cut short runs on to its edition number later on its line
(event_extents.session_end) across function words, digits and brackets, when the words between are words of a name;
not across a clause, another meeting's name, a second edition or a visit's verb phrase."""

from test_open_world_event_names import DAY, _names


def test_a_name_cut_at_a_function_word_runs_on_to_its_edition(extract_text):
    text = DAY + ("นายสมชาย ใจดี เป็นประธานการประชุมคณะกรรมการพิจารณาค่าตอบแทนผู้เสียหาย และค่าทดแทนและค่าใช้จ่าย"
                  "แก่จำเลยในคดีอาญา ครั้งที่ 8/2560 ณ กระทรวงยุติธรรม")
    names = _names(extract_text(text))
    assert any(n.endswith("และค่าใช้จ่ายแก่จำเลยในคดีอาญา ครั้งที่ 8/2560") for n in names), names


def test_a_name_runs_on_across_a_digit_to_its_edition(extract_text):
    text = DAY + "นายสมชาย ใจดี เข้าร่วมการประชุมรัฐมนตรีว่าการกระทรวงการคลังและผู้ว่าการธนาคารกลางอาเซียน + 3 ครั้งที่ 21 ณ กรุงมะนิลา"
    names = _names(extract_text(text))
    assert any(n.endswith("อาเซียน + 3 ครั้งที่ 21") for n in names), names


def test_a_name_runs_on_across_nested_brackets_and_a_partner_to_its_edition(extract_text):
    text = DAY + ("นายสมชาย ใจดี เป็นประธานการประชุมคณะกรรมการร่วมทางการค้า (Joint Trade Committee (JTC)) ไทย – อินเดีย "
                  "ครั้งที่ 13 ณ กรุงนิวเดลี")
    names = _names(extract_text(text))
    assert any(n.endswith("(Joint Trade Committee (JTC)) ไทย – อินเดีย ครั้งที่ 13") for n in names), names


def test_a_name_runs_on_across_many_spaces_to_its_edition(extract_text):
    text = DAY + "นายสมชาย ใจดี เข้าร่วมการประชุมผู้นำเขตเศรษฐกิจเอเปค       ครั้งที่ 25 ณ นครดานัง"
    names = _names(extract_text(text))
    assert any(n.endswith("เอเปค ครั้งที่ 25") for n in names), names


def test_a_clause_between_a_name_and_a_number_is_not_taken(extract_text):
    text = DAY + "นายสมชาย ใจดี เป็นประธานการประชุมคณะมนตรีประชาคมสังคมและวัฒนธรรมอาเซียน จัดขึ้นปีละ 2 ครั้ง โดยการประชุมฯ ครั้งที่ 30 กำหนดจัดที่ลาว"
    names = _names(extract_text(text))
    assert names and not any("ครั้งที่ 30" in n for n in names), names


def test_another_meetings_number_is_not_taken(extract_text):
    text = DAY + "นายสมชาย ใจดี เปิดตัวแผนงานความร่วมมือในที่ประชุมสุดยอดอาเซียนครั้งที่ 35 ณ กรุงเทพมหานคร"
    names = _names(extract_text(text))
    assert not any(n.startswith("เปิดตัว") and "ครั้งที่ 35" in n for n in names), names


def test_a_name_with_its_edition_does_not_run_on_to_another(extract_text):
    text = DAY + ("นายสมชาย ใจดี เปิดการฝึกอบรมบุคลากรทางการลูกเสือระดับผู้นำ ขั้นความรู้ชั้นสูง รุ่นที่ 821 "
                  "วิทยาลัยป้องกันราชอาณาจักร สถาบันวิชาการป้องกันประเทศ รุ่นที่ 60")
    names = _names(extract_text(text))
    assert not any(n.endswith("รุ่นที่ 60") for n in names), names


def test_a_visit_does_not_take_the_edition_of_what_it_went_to(extract_text):
    text = DAY + ("คณะนักร้องประสานเสียงเข้าพบนายกรัฐมนตรี แสดงบทเพลงที่ชนะการแข่งขันขับร้องประสานเสียงนานาชาติ ครั้งที่ 12 "
                  "ณ ทำเนียบรัฐบาล")
    names = _names(extract_text(text))
    assert not any(n.startswith("เข้าพบ") and "ครั้งที่ 12" in n for n in names), names


def test_an_edition_after_a_quoted_title_is_part_of_the_name(extract_text):
    text = DAY + 'นายสมชาย ใจดี เป็นประธานในพิธีมอบรางวัลผู้ว่าราชการจังหวัด "สำเภาทอง" ประจำปี 2566 ณ ทำเนียบรัฐบาล'
    names = _names(extract_text(text))
    assert any(n.endswith('"สำเภาทอง" ประจำปี 2566') for n in names), names


def test_a_year_told_with_its_era_is_the_edition(extract_text):
    text = DAY + "ประเทศไทยดำเนินงานตามปฏิญญาของการประชุมระดับสูงว่าด้วยหลักประกันสุขภาพถ้วนหน้าปี พ.ศ. 2562 นอกจากนี้"
    names = _names(extract_text(text))
    assert any(n.endswith("ถ้วนหน้าปี พ.ศ. 2562") for n in names), names


def test_an_edition_after_the_closing_quote_of_a_title_the_name_is_belongs_to_it(extract_text):
    """A fair's title quoted from right before its cue, its edition after the closing quote (v2 sample: "SME D Bank
    เข้าร่วม “มหกรรมการเงินกรุงเทพ” ครั้งที่ 25 (MONEY EXPO 2025 BANGKOK)", "เชิญชวนเที่ยว “งานวันข้าวและชาวนาฯ
    ภาคเหนือ” ประจำปี 2565"): the edition says which fair of the series it was; the name drops the quote mark."""
    text = DAY + ("SME D Bank เข้าร่วม “มหกรรมการเงินกรุงเทพ” ครั้งที่ 25 (MONEY EXPO 2025 BANGKOK) ระหว่างวันที่ "
                  "15 - 18 พฤษภาคม 2568 ณ ศูนย์การประชุมแห่งชาติสิริกิติ์")
    names = _names(extract_text(text))
    assert "มหกรรมการเงินกรุงเทพ ครั้งที่ 25" in names, names
    text = DAY + "กระทรวงเกษตรและสหกรณ์ เชิญชวนเที่ยว “งานวันข้าวและชาวนาฯ ภาคเหนือ” ประจำปี 2565 มุ่งเผยแพร่องค์ความรู้"
    names = _names(extract_text(text))
    assert "งานวันข้าวและชาวนาฯ ภาคเหนือ ประจำปี 2565" in names, names


def test_a_closing_quote_inside_a_name_with_its_edition_is_dropped(extract_text):
    """"SME D Bank จัดเต็มร่วมงาน ‘มหกรรมร่วมใจแก้หนี้ฯ’ ครั้งที่ 4" (v2 sample): the name is the title and its
    edition, not a stray quote mark between them."""
    text = DAY + "SME D Bank จัดเต็มร่วมงาน ‘มหกรรมร่วมใจแก้หนี้ฯ’ ครั้งที่ 4 จ.ชลบุรี มอบโปรโมชั่นช่วยครบจบในที่เดียว"
    names = _names(extract_text(text))
    assert names and not any("’" in n for n in names), names


def test_a_sittings_number_after_a_quoted_title_is_the_meetings(extract_text):
    """"การประชุมคณะกรรมการจัดงาน Outlet ของขวัญเพื่อประชาชน “มหกรรมสินค้าราคาโรงงาน” ครั้งที่ 2/2564" (v2 sample):
    a number with its year after a slash numbers the committee's sitting, not an edition of the fair it organises."""
    text = DAY + ("นายสมชาย ใจดี เป็นประธานการประชุมคณะกรรมการจัดงาน Outlet ของขวัญเพื่อประชาชน “มหกรรมสินค้าราคาโรงงาน” "
                  "ครั้งที่ 2/2564 โดยมี นางวรวรรณ ชิตอรุณ รองปลัดกระทรวงพาณิชย์ เข้าร่วม")
    names = _names(extract_text(text))
    assert not any(n.startswith("มหกรรมสินค้าราคาโรงงาน") and "2/2564" in n for n in names), names


# h28-evspace: what a name goes on with after a space and says which one it is (event_words ordinal, eras;
# event_extents._era_span). Real forms: round 22's field hospital and artists' exhibition, the Thai-Lao bridge,
# round 14's heritage exhibition, the UNIDO framework and the border-education plan, the SDGs forum and GSB symposium.
def test_a_places_ordinal_after_a_space_is_the_names(extract_text):
    for text, end in (
            ("นายสมชาย ใจดี เป็นประธานพิธีปิดโรงพยาบาลสนามศูนย์ห่วงใยคนสาคร แห่งที่ 7 ณ องค์การบริหารส่วนตำบลท่าทราย",
             "คนสาคร แห่งที่ 7"),
            ("นายสมชาย ใจดี เป็นสักขีพยานพิธีลงนามสัญญาจ้างเพื่อการก่อสร้างสะพานมิตรภาพไทย-ลาว แห่งที่ 5 ณ กรุงเวียงจันทน์",
             "ไทย-ลาว แห่งที่ 5")):
        names = _names(extract_text(DAY + text))
        assert any(n.replace(" ", "").endswith(end.replace(" ", "")) for n in names), names


def test_a_spelled_out_era_and_its_year_after_a_name_are_the_names(extract_text):
    for text, end in (
            ("นายสมชาย ใจดี เปิดนิทรรศการเผยแพร่ประวัติและผลงานศิลปินแห่งชาติ พุทธศักราช ๒๕๖๕ ที่กรมส่งเสริมวัฒนธรรมจัดขึ้น",
             "ศิลปินแห่งชาติ พุทธศักราช"),
            ("นายสมชาย ใจดี เปิดนิทรรศการพิเศษเนื่องในวันอนุรักษ์มรดกไทย พุทธศักราช ๒๕๖๓ ณ หอสมุดแห่งชาติ",
             "มรดกไทย พุทธศักราช")):
        names = _names(extract_text(DAY + text))
        assert any(end in n and n[-4:].isdigit() for n in names), names


def test_an_era_span_in_brackets_after_a_name_is_the_names(extract_text):
    for text, end in (
            ("นายสมชาย ใจดี ร่วมลงนามกรอบความร่วมมือเชิงยุทธศาสตร์ (พ.ศ. 2561 – 2564) กับองค์การพัฒนาอุตสาหกรรมแห่งสหประชาชาติ",
             "เชิงยุทธศาสตร์ (พ.ศ. 2561 – 2564)"),
            ("นายสมชาย ใจดี เป็นประธานปิดการประชุมเชิงปฏิบัติการจัดทำแผนพัฒนาการศึกษาพื้นที่ชายแดน (พ.ศ.2560-2564) ณ โรงแรมเอเชีย",
             "พื้นที่ชายแดน (พ.ศ.2560-2564)")):
        names = _names(extract_text(DAY + text))
        assert any(n.endswith(end) for n in names), names


def test_a_series_number_after_a_hash_is_the_names(extract_text):
    for text, end in (
            ("นายสมชาย ใจดี กล่าวปาฐกถาในงาน Thailand SDGs Forum 2017#3 ณ ศูนย์การประชุมแห่งชาติสิริกิติ์", "2017#3"),
            ("นายสมชาย ใจดี เปิดการสัมมนา Talk Series #1 ณ กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม", "#1")):
        names = _names(extract_text(DAY + text))
        assert any(n.endswith(end) for n in names), names


def test_what_is_no_edition_after_a_name_is_still_not_taken(extract_text):
    text = DAY + "นายสมชาย ใจดี ร่วมลงนามกรอบความร่วมมือเชิงยุทธศาสตร์ (ฉบับปรับปรุง) กับองค์การพัฒนาอุตสาหกรรมแห่งสหประชาชาติ #ทีมไทยแลนด์"
    names = _names(extract_text(text))
    assert names and not any("ปรับปรุง" in n or "#" in n for n in names), names
    text = DAY + "นายสมชาย ใจดี เข้าร่วมการประชุมคณะกรรมการส่งเสริมการลงทุน ครั้งที่ 3 ประจำปี 2562 ณ ทำเนียบรัฐบาล"
    names = _names(extract_text(text))
    assert any(n.endswith("ครั้งที่ 3 ประจำปี 2562") for n in names), names
