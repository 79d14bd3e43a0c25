def _orgs(result):
    return {e.key: e for e in result.of_kind("organization")}


def test_authority_names_abbreviations_and_short_forms(extract_text):
    result = extract_text("ก.อุตสาหกรรม จับมือ UNIDO ผลักดันอุตสาหกรรมสีเขียว โดยกระทรวงอุตสาหกรรม และ ส.อ.ท.")
    orgs = _orgs(result)
    moi = orgs["org:moi"]
    assert {"ก.อุตสาหกรรม", "กระทรวงอุตสาหกรรม"} <= set(moi.names)
    assert moi.type == "Ministry" and "Ministry of Industry" in moi.labels["en"]
    assert "org:unido" in orgs and "org:fti" in orgs


def test_abbreviation_defined_in_the_release_is_learned(extract_text):
    text = ("นายวีรพงศ์ ไชยเพิ่ม ผู้ว่าการการนิคมอุตสาหกรรมแห่งประเทศไทย (กนอ.) เปิดเผยว่า "
            "สมาคมผู้ผลิตหุ่นยนต์สยาม (สผส.) ร่วมกับ กนอ. และ สผส. จัดงาน")
    orgs = _orgs(extract_text(text))
    ieat = next(e for e in orgs.values() if "การนิคมอุตสาหกรรมแห่งประเทศไทย" in e.names)
    assert "กนอ." in ieat.names and len(ieat.spans) == 3
    robot = next(e for e in orgs.values() if "สมาคมผู้ผลิตหุ่นยนต์สยาม" in e.names)
    assert "สผส." in robot.names and len(robot.spans) == 3
    assert robot.type == "BusinessAssociation"


def test_pattern_organizations_have_clean_boundaries(extract_text):
    text = ("ได้แก่ บริษัท ดับบลิวเอชเอ คอร์ปอเรชั่น จำกัด (มหาชน) และมหาวิทยาลัยอุบลราชธานี "
            "ร่วมกับสถาบันพัฒนาอุตสาหกรรมสิ่งทอได้จัดงาน")
    names = {n for e in extract_text(text).of_kind("organization") for n in e.names}
    assert "บริษัท ดับบลิวเอชเอ คอร์ปอเรชั่น จำกัด (มหาชน)" in names
    assert "มหาวิทยาลัยอุบลราชธานี" in names
    assert "สถาบันพัฒนาอุตสาหกรรมสิ่งทอ" in names


def test_words_that_only_look_like_organizations(extract_text):
    text = "สภาพแวดล้อมของกองทุนดีขึ้น ณ ศูนย์การประชุมสหประชาชาติ และสำนักงานใหญ่"
    assert extract_text(text).of_kind("organization") == []


def test_spans_point_into_the_original_text(extract_text):
    text = "\ufeffกระทรวง\u200bอุตสาหกรรม ร่วมกับ UNIDO"
    result = extract_text(text)
    for entity in result.of_kind("organization"):
        for start, end in entity.spans:
            assert text[start:end] in entity.names


def test_short_names_and_abbreviations_respect_word_boundaries(extract_text):
    text = "ยินดีพร้อมให้ความร่วมมือ และยื่นขอใบอนุญาต รง.4 ต่อกรมโรงงานอุตสาหกรรม"
    keys = {e.key for e in extract_text(text).of_kind("organization")}
    assert keys == {"org:diw"}
    assert "org:dip" in {e.key for e in extract_text("ดีพร้อม (DIPROM) จัดงาน").of_kind("organization")}


def test_region_uses_and_of_phrases_are_not_extra_bodies(extract_text):
    # releases 000 and 038: ASEAN as a region; "…แห่งสหประชาชาติ" names UNIDO, not a second body
    result = extract_text("การยกระดับ SMEs ของอาเซียน ร่วมกับองค์การพัฒนาอุตสาหกรรมแห่งสหประชาชาติ และประธานอาเซียน")
    keys = {e.key for e in result.of_kind("organization")}
    assert "org:unido" in keys and "org:un" not in keys
    asean = [e for e in result.of_kind("organization") if "อาเซียน" in e.names]
    assert len(asean) == 1 and len(asean[0].spans) == 1  # only the chairmanship names the body


def _names(result):
    return {n for e in result.of_kind("organization") for n in e.names}


def test_a_shortened_name_joins_the_one_full_name_it_begins(extract_text):
    # release 019: "คณะกรรมการอำนวยการฯ" shortens the committee named in full before it
    text = ("ตั้งคณะกรรมการอำนวยการขับเคลื่อนเศรษฐกิจภาคอุตสาหกรรม ทั้งนี้ คณะกรรมการอำนวยการฯ "
            "ประกอบด้วย สมาคมชาวไร่อ้อยน้ำพอง และสมาคมชาวไร่อ้อย")
    orgs = extract_text(text).of_kind("organization")
    committee = [e for e in orgs if "คณะกรรมการอำนวยการฯ" in e.names]
    assert len(committee) == 1 and "คณะกรรมการอำนวยการขับเคลื่อนเศรษฐกิจภาคอุตสาหกรรม" in committee[0].names
    assert len([e for e in orgs if any(n.startswith("สมาคมชาวไร่อ้อย") for n in e.names)]) == 1


def test_pattern_names_stop_at_verbs_plurals_and_a_second_body(extract_text):
    # thaigov corpus: "คณะกรรมการทรัพยากรน้ำแห่งชาติเสนอ", "ธนาคารต่างๆ", "ศูนย์ส่งเสริมอุตสาหกรรมภาคทั้ง 11 แห่ง"
    # (release 005), "คณะกรรมการการอุดมศึกษาและคณะกรรมการมาตรฐานการอุดมศึกษา", "ทรัพยากรมนุษย์"
    text = ("คณะกรรมการทรัพยากรน้ำแห่งชาติเสนอ และธนาคารต่างๆ ร่วมกับศูนย์ส่งเสริมอุตสาหกรรมภาคทั้ง 11 แห่ง "
            "ตามที่คณะกรรมการการอุดมศึกษาและคณะกรรมการมาตรฐานการอุดมศึกษากำหนด เพื่อพัฒนาทรัพยากรมนุษย์")
    names = _names(extract_text(text))
    assert "คณะกรรมการทรัพยากรน้ำแห่งชาติ" in names
    assert {"คณะกรรมการการอุดมศึกษา", "คณะกรรมการมาตรฐานการอุดมศึกษา"} <= names
    assert not any(n.startswith(("ธนาคาร", "ศูนย์ส่งเสริม", "กรม")) for n in names)


def test_the_office_of_a_board_does_not_mention_the_board(extract_text):
    # release 006: "สำนักงานคณะกรรมการส่งเสริมการลงทุน" is the BOI office only
    result = extract_text("ได้แก่ สำนักงานคณะกรรมการส่งเสริมการลงทุน และกระทรวงอุตสาหกรรม")
    keys = {e.key for e in result.of_kind("organization")}
    assert "org:boi-office" in keys and "org:boi-board" not in keys


def test_an_office_building_names_the_office(extract_text):
    # release 007: "ณ ห้องโถง ชั้น 1 อาคารสำนักงานปลัดกระทรวงอุตสาหกรรม"; a hotel names no body
    text = "ณ ห้องโถง ชั้น 1 อาคารสำนักงานปลัดกระทรวงอุตสาหกรรม และ ณ ศูนย์การประชุมสหประชาชาติ"
    names = _names(extract_text(text))
    assert "สำนักงานปลัดกระทรวงอุตสาหกรรม" in names and "สหประชาชาติ" not in names


def test_units_faculties_and_defined_english_names(extract_text):
    # releases 002/036 footer, 022, 015, 037, 008
    text = ("กลุ่มประชาสัมพันธ์และเผยแพร่ สำนักโฆษก\n"
            "สอบถามได้ที่ กลุ่มส่งเสริมอุตสาหกรรมสีเขียว กองส่งเสริมเทคโนโลยีสิ่งแวดล้อมโรงงาน\n"
            "นางอุบลรัตน์ ค่าแพง ผู้อำนวยการฝ่ายสื่อสารองค์กรและกิจกรรมเพื่อสังคม โทร.\n"
            "คณะวิศวกรรมศาสตร์ มหาวิทยาลัยเกษตรศาสตร์ (มก.) และกลุ่มผู้ประกอบการ กรมส่งเสริมอุตสาหกรรม\n"
            "ร่วมกันจัดตั้ง Thailand-Korea Technology Exchanges Center (TKTEC) เพื่อช่วยผู้ประกอบการ")
    result = extract_text(text)
    names = _names(result)
    assert {"กลุ่มประชาสัมพันธ์และเผยแพร่ สำนักโฆษก", "กลุ่มส่งเสริมอุตสาหกรรมสีเขียว", "ฝ่ายสื่อสารองค์กรและกิจกรรมเพื่อสังคม",
            "Thailand-Korea Technology Exchanges Center", "TKTEC"} <= names
    # a unit many bodies have (org_units.json) is no name alone of the body it opens (resolve._unit_of_no_one)
    assert "กลุ่มประชาสัมพันธ์และเผยแพร่" not in names
    # a faculty is named with its university (gold 037's first name), and the university is mentioned too
    assert {"คณะวิศวกรรมศาสตร์ มหาวิทยาลัยเกษตรศาสตร์", "มหาวิทยาลัยเกษตรศาสตร์"} <= names
    assert "คณะวิศวกรรมศาสตร์" not in names
    assert not any(n.startswith("กลุ่มผู้") for n in names)  # a group of people, not a unit
    center = next(e for e in result.of_kind("organization") if "TKTEC" in e.names)
    assert "Thailand-Korea Technology Exchanges Center" in center.names


def test_a_name_inside_a_company_name_is_not_a_mention(extract_text):
    # thaigov corpus: "บริษัท อียูพี ยานยนต์ไฟฟ้า (ประเทศไทย) จำกัด" does not mention the EU;
    # "บริษัท Mitsubishi Electric Corporation" is not the Mitsubishi group; release 035 lists brands bare
    text = ("บริษัท อียูพี ยานยนต์ไฟฟ้า (ประเทศไทย) จำกัด และบริษัท Mitsubishi Electric Corporation "
            "ส่วนบริษัทอื่น อาทิเช่น ซัมซุง มิตซูบิชิ โตชิบา")
    result = extract_text(text)
    keys = {e.key for e in result.of_kind("organization")}
    assert "org:eu" not in keys and {"org:samsung", "org:mitsubishi", "org:toshiba"} <= keys
    mitsubishi = next(e for e in result.of_kind("organization") if e.key == "org:mitsubishi")
    assert mitsubishi.names == ["มิตซูบิชิ"] or "บริษัท Mitsubishi Electric Corporation" not in mitsubishi.names


def test_a_country_a_kind_told_by_its_area_a_name_ending_at_its_province_or_before_others(extract_text):
    # judged audits (docs/audit/round3): "สหพันธ์สาธารณรัฐเยอรมนี" is a country, "สถาบันเกษตรกรในพื้นที่ปลูกข้าว" bodies
    # of a kind, "สำนักงานเกษตรจังหวัดเชียงใหม่ขับเคลื่อนนโยบาย" one office and the sentence going on
    text = ("ณ สหพันธ์สาธารณรัฐเยอรมนี ร่วมกับสถาบันเกษตรกรในพื้นที่ปลูกข้าว "
            "และสำนักงานเกษตรจังหวัดเชียงใหม่ขับเคลื่อนนโยบายของรัฐบาล ร่วมกับมูลนิธิโครงการหลวงและหน่วยงานที่เกี่ยวข้อง")
    names = _names(extract_text(text))
    assert not any(n.startswith(("สหพันธ์", "สถาบันเกษตรกร")) for n in names)
    assert "สำนักงานเกษตรจังหวัดเชียงใหม่" in names
    assert not any(n.startswith("สำนักงานเกษตรจังหวัดเชียงใหม่ขับ") for n in names)
    assert "มูลนิธิโครงการหลวง" in names  # "…และหน่วยงานที่เกี่ยวข้อง": others of any kind, not part of its name


def test_a_name_goes_on_across_a_latin_term_only_to_a_names_ending(extract_text):
    # thaigov corpus: "คณะกรรมการพัฒนา Soft Power แห่งชาติ"; "สำนักงานเลขาธิการ CMS ได้มีหนังสือ" (the sentence's)
    names = _names(extract_text("โดยคณะกรรมการพัฒนา Soft Power แห่งชาติ ได้ประชุม และสำนักงานเลขาธิการ CMS ได้มีหนังสือ"))
    assert "คณะกรรมการพัฒนา Soft Power แห่งชาติ" in names
    assert not any("CMS" in n for n in names)


def test_a_limited_partnership_written_before_its_name_is_a_company(extract_text):
    """"ห้างหุ้นส่วนจำกัด X" (org_patterns.jsonl, end "spaced") and "หจก.X" name a firm; the legal form glued to the
    sentence or followed by another legal form names none."""
    names = lambda text: [(e.names[0], e.type) for e in extract_text(text).of_kind("organization")]  # noqa: E731
    assert names("ลงพื้นที่ตรวจเยี่ยม ห้างหุ้นส่วนจำกัด นราธิวาสโรงโม่หิน ณ ม.2 บ้านค่าย") == [
        ("ห้างหุ้นส่วนจำกัด นราธิวาสโรงโม่หิน", "Company")]
    assert names("โดย หจก.รุ่งเรืองพาณิชย์ ได้รับรางวัล") == [("หจก.รุ่งเรืองพาณิชย์", "Company")]
    assert names("ให้จดทะเบียนเป็นห้างหุ้นส่วนจำกัดโดยตรง ได้") == []
    assert names("นิติบุคคลประเภท ห้างหุ้นส่วนจำกัด ห้างหุ้นส่วนสามัญนิติบุคคล และ") == []


def test_a_committee_named_for_its_field_or_purpose(extract_text):
    """"ด้าน" and "เพื่อ" may open the words after a prefix (not_organizations.json opening_ok): "คณะทำงานด้าน…",
    "สถาบันเพื่อ…" are names; "และ", "ที่" right after a prefix still make a generic word."""
    names = lambda text: [e.names[0] for e in extract_text(text).of_kind("organization")]  # noqa: E731
    assert names("โดยคณะทำงานด้านเด็กและเยาวชน ได้ประชุม") == ["คณะทำงานด้านเด็กและเยาวชน"]
    assert names("ร่วมกับสถาบันเพื่อการยุติธรรมแห่งประเทศไทย จัดงาน") == ["สถาบันเพื่อการยุติธรรมแห่งประเทศไทย"]
    assert names("ทั้งธนาคารและบริษัทประกัน ได้") == []


def test_a_footnote_digit_glued_to_a_body_is_no_part_of_its_name(extract_text):
    names = lambda text: [e.names[0] for e in extract_text(text).of_kind("organization")]  # noqa: E731
    assert names("ที่ประชุมคณะทำงานด้านผลิตภัณฑ์อาหารสำเร็จรูป1 ณ กรุงเทพมหานคร") == ["คณะทำงานด้านผลิตภัณฑ์อาหารสำเร็จรูป"]


def test_bodies_counted_by_a_number_are_a_kind(extract_text):
    # "อีก 7 แห่ง", "3 สำนักงาน", "ร่วมกับ 4 กระทรวง…", "…จังหวัดละ 2 แห่ง": bodies of a kind, counted, not one body
    result = extract_text("เพิ่มข้อมูลจากสถาบันนิติเวชอีก 7 แห่ง มาวิเคราะห์ และสำนักงานหนังสือเดินทางชั่วคราว 3 สำนักงาน "
                          "ได้แก่ ภูเก็ต โดยร่วมกับ 4 กระทรวงหลัก และสำนักงานสาธารณสุขอำเภอจังหวัดละ 2 แห่ง")
    labels = {name for e in result.of_kind("organization") for name in e.names}
    assert not labels & {"สถาบันนิติเวช", "สำนักงานหนังสือเดินทางชั่วคราว", "กระทรวงหลัก",
                         "สำนักงานสาธารณสุขอำเภอจังหวัด", "สำนักงานสาธารณสุขอำเภอจังหวัดละ"}
    # a number then another body's name is that body's parent, not a count: "สำนักจัดการหนี้ 1 สำนักงาน…"
    result = extract_text("ผู้อำนวยการส่วนจัดการเงินกู้รัฐบาล 3 สำนักจัดการหนี้ 1 สำนักงานบริหารหนี้สาธารณะ")
    assert any(name.startswith("สำนักจัดการหนี้") for e in result.of_kind("organization") for name in e.names)


def test_bodies_spread_over_areas_counted_in_their_own_word_or_referred_back_to_are_no_body(extract_text):
    # one in each area ("เขตสุขภาพละอย่างน้อย 1 แห่ง", past an English gloss), of each sort ("5 ศาสนา", "ทุกศาสนา"),
    # and a prefix word with another body's cut by "ฯ" (the association named before): no one body is named
    names = _names(extract_text("และพัฒนาให้มีศูนย์ปลูกถ่ายไต (Kidney Transplant Center) เขตสุขภาพละอย่างน้อย 1 แห่ง "
                                "ร่วมกับองค์การศาสนา 5 ศาสนาจัดโครงการ ส่งเสริมสถาบันศาสนา ทุกศาสนาให้มีบทบาท "
                                "นายกสมาคมภริยาข้าราชการ พร้อมด้วยคณะกรรมการสมาคมฯ ตรวจเยี่ยม"))
    assert not names & {"ศูนย์ปลูกถ่ายไต", "องค์การศาสนา", "สถาบันศาสนา", "คณะกรรมการสมาคมฯ"}
    # a numbered list ("และ 4) …") or a share ("ร้อยละ 77") after a name counts no bodies of its kind
    names = _names(extract_text("ได้แก่ 3) สำนักงานเขตวังทองหลาง และ 4) อาสาสมัคร ส่วนศูนย์วิจัยกัญชาทางการแพทย์ "
                                "(ร้อยละ 77 แห่งผู้ป่วย)"))
    assert {"สำนักงานเขตวังทองหลาง", "ศูนย์วิจัยกัญชาทางการแพทย์"} <= names


def test_a_faculty_runs_through_the_university_it_belongs_to(extract_text):
    names = _names(extract_text("ดร.อาชนัน เกาะไพบูลย์ คณะเศรษฐศาสตร์ มหาวิทยาลัยธรรมศาสตร์ ดำเนินรายการ "
                                "ร่วมกับคณะนิติศาสตร์ปรีดีพนมยงค์ มหาวิทยาลัยธุรกิจบัณฑิต"))
    assert {"คณะเศรษฐศาสตร์ มหาวิทยาลัยธรรมศาสตร์", "คณะนิติศาสตร์ปรีดีพนมยงค์ มหาวิทยาลัยธุรกิจบัณฑิต",
            "มหาวิทยาลัยธุรกิจบัณฑิต"} <= names


def test_a_count_of_what_a_body_holds_does_not_make_it_a_kind(extract_text):
    # "สังกัดกรมการแพทย์ 13 แห่ง": 13 hospitals under one department; "จำนวน 1 กอง": one body
    names = _names(extract_text("โรงพยาบาลสังกัดกรมการแพทย์ 13 แห่ง สังกัดกรมสุขภาพจิต 5 แห่ง "
                                "และเสนอขอจัดตั้งกองบริหารทรัพยากรบุคคล จำนวน 1 กอง"))
    assert {"กรมการแพทย์", "กรมสุขภาพจิต", "กองบริหารทรัพยากรบุคคล"} <= names


def test_a_numbered_list_item_after_a_name_ending_on_la_is_no_count(extract_text):
    # a name glued to "และ" then the next item's number and bracket: no counted noun follows the number (the whole
    # corpus run met this once: the release failed with an IndexError)
    names = _names(extract_text("ได้แก่ 9)สำนักงานอุตสาหกรรมจังหวัดและศูนย์ส่งเสริมอุตสาหกรรมและ 10) หน่วยงานเครือข่าย"))
    assert "สำนักงานอุตสาหกรรมจังหวัด" in names


def test_a_quantifier_is_no_part_of_a_name_and_royal_ranks_are_no_department(extract_text):
    names = _names(extract_text("เมื่อมหาวิทยาลัยพัฒนาแต่ละตัวชี้วัดให้ดีขึ้น สมเด็จพระกนิษฐาธิราชเจ้า กรมสมเด็จเทพรัตนราชสุดาฯ "
                                "สยามบรมราชกุมารี ที่ธนาคารพัฒนาวิสาหกิจขนาดกลางและขนาดย่อมแห่งประเทศไทยทุกสาขา"))
    assert not any(n.startswith(("มหาวิทยาลัยพัฒนา", "กรมสมเด็จ")) for n in names)
    # "ทุกสาขา": every branch of the one body named
    assert any(n.startswith("ธนาคารพัฒนาวิสาหกิจขนาดกลาง") or n == "SME D Bank" for n in names)


def test_the_kinds_miner_lists_runs_releases_count_or_spread_not_one_body(tmp_path):

    from conftest import load_script, write_corpus_tar

    kind, body = "ศูนย์พักพิงผู้ประสบภัย", "ศูนย์วิจัยข้าวปทุมธานี"  # written counted in 3 releases of 4; never counted
    texts = [f"ข่าว 1\nจังหวัดเปิดทุก{kind} และ{body} ร่วมด้วย\n",
             f"ข่าว 2\nมี{kind}อีก 7 แห่ง และ{body} ร่วมด้วย\n",
             f"ข่าว 3\nเยี่ยม{kind} ณ อำเภอเมือง กับ{body} ร่วมด้วย\n",
             f"ข่าว 4\nชั้น 2 {body} ร่วมด้วย\n",  # a floor number is no count
             f"ข่าว 5\nเปิด{kind} ต่าง ๆ ทั่วจังหวัด\n"]
    archive, sample = tmp_path / "mini.tar", tmp_path / "sample.tar"
    for path, chosen in ((archive, texts), (sample, texts[:1])):
        write_corpus_tar(path, chosen)
    miner = load_script("mine_org_kinds")
    mined = miner.mine([str(archive)], [], per_archive=10)
    assert kind in mined["kinds"] and body not in mined["kinds"], mined
    assert mined["evidence"][kind] == [3, 4]
    # the releases of a skipped archive (the audit samples) are not read: two counts are left, not a kind
    assert kind not in miner.mine([str(archive)], [str(sample)], per_archive=10)["kinds"]


def test_a_verb_glued_after_province_word_is_the_sentence(extract_text):
    # "…จังหวัดประสาน", "…จังหวัดทันที": no province is named, the sentence goes on; a noun continues the name
    names = _names(extract_text("ให้ทางสำนักงานพระพุทธศาสนาจังหวัดประสานกับเจ้าคณะจังหวัด และรายงานสำนักงานสาธารณสุขจังหวัดทันที "
                                "ผู้อำนวยการศูนย์อำนวยการบริหารจังหวัดชายแดนภาคใต้ กล่าว"))
    assert not any(n.endswith(("ประสาน", "ทันที")) for n in names)
    assert "ศูนย์อำนวยการบริหารจังหวัดชายแดนภาคใต้" in names


def test_a_unit_of_many_bodies_runs_through_its_parent_and_keeps_its_span_not_its_name(extract_text):
    # "สำนักงานเลขานุการกรม" is in every department (org_units.json): alone it names none of them, so it is no name
    # of the joined body (resolve._unit_of_no_one), while its characters stay the body's evidence
    text = ("นายสมชาย ใจดี ผู้อำนวยการสำนักงานเลขานุการกรม กรมสรรพสามิต กล่าวว่า "
            "ได้ประสานกับกองการต่างประเทศ กองกฎหมาย แล้ว")
    result = extract_text(text)
    unit = next(e for e in result.of_kind("organization") if "สำนักงานเลขานุการกรม กรมสรรพสามิต" in e.names)
    assert unit.names == ["สำนักงานเลขานุการกรม กรมสรรพสามิต"]
    start = text.index("สำนักงานเลขานุการกรม")
    assert (start, start + len("สำนักงานเลขานุการกรม")) in unit.spans
    assert "org:excise" in _orgs(result)  # the parent is mentioned too
    names = _names(result)
    # bare units of many bodies in a list: not one another's units, but the release's one department's
    assert "กองการต่างประเทศ กรมสรรพสามิต" in names and "กองกฎหมาย กรมสรรพสามิต" in names, names
    assert not any(n.startswith("กองการต่างประเทศ กอง") for n in names), names


def test_an_association_of_many_bodies_runs_through_its_parent(extract_text):
    # every ministry has its "สมาคมแม่บ้าน" (org_units.json): an association's name is its own, but this one is a unit
    names = _names(extract_text("สมาคมแม่บ้าน สธ. หนุนนโยบาย ปี 2566 ขับเคลื่อนงานส่งเสริม"))
    assert "สมาคมแม่บ้าน สธ." in names


def test_community_stores_and_shelters_are_no_bodies(extract_text):
    names = _names(extract_text("ชุมชนตั้งธนาคารขยะในโรงเรียน และธนาคารเมล็ดพันธุ์ข้าวชุมชน "
                                "ผู้ประสบภัยย้ายไปศูนย์พักพิงผู้ประสบอุทกภัยและศูนย์อพยพเทศบาลตำบล"))
    assert not any(n.startswith(("ธนาคาร", "ศูนย์")) for n in names), names


def test_the_units_miner_lists_names_written_with_parents_of_many_bodies(tmp_path):

    from conftest import load_script, write_corpus_tar

    unit, one = "สำนักงานเลขานุการกรม", "กองบริหารทั่วไป"
    parents = ["กรมสรรพสามิต", "กรมส่งเสริมอุตสาหกรรม", "กรมประมง", "กรมการจัดหางาน"]  # of four ministries
    texts = [f"ข่าว {i}\nผู้อำนวยการ{unit} {p} และ{one} กรมประมง กล่าว\n" for i, p in enumerate(parents)]
    texts.append(f"ข่าว 9\nที่{unit} กระทรวงการคลัง สำนักงบประมาณ ร่วมกับ{one} ชี้แจง\n")  # a list of bodies
    archive = tmp_path / "mini.tar"
    write_corpus_tar(archive, texts)
    mined = load_script("mine_org_units").mine([str(archive)], [], per_archive=10)
    assert unit in mined["names"] and one not in mined["names"], mined  # one parent: that body's own unit
    assert mined["evidence"][unit] == [4, 5, 4]
    # departments of one ministry are one parent: the unit of one ministry's bodies is no unit of many
    texts = [f"ข่าว {i}\nผู้อำนวยการ{unit} {p} กล่าว\n" for i, p in
             enumerate(["กรมสรรพสามิต", "กรมศุลกากร", "กรมสรรพากร", "กรมธนารักษ์"])]
    write_corpus_tar(archive, texts)
    assert unit not in load_script("mine_org_units").mine([str(archive)], [], per_archive=10)["names"]
    # the two chambers are two parents, though both belong to the National Assembly: a committee of each
    committee = "คณะกรรมาธิการการพลังงาน"
    texts = [f"ข่าว {i}\nประธาน{committee} {p} กล่าว\n" for i, p in enumerate(["วุฒิสภา", "สภาผู้แทนราษฎร"] * 2)]
    write_corpus_tar(archive, texts)
    mined = load_script("mine_org_units").mine([str(archive)], [], per_archive=10)
    assert committee in mined["names"] and mined["evidence"][committee] == [4, 4, 2], mined


def test_an_area_word_that_numbers_a_series_needs_its_number(extract_text):
    # "เขต", "ภาค" number one body of a series (not_organizations "series_areas"): with no number, place or bracketed
    # abbreviation after it the name is the whole series, a kind of body; with a number, the number is the name's
    names = _names(extract_text("ผู้แทนสำนักงานคลังเขต และสภาเด็กและเยาวชนเขต เข้าร่วม ส่วนศูนย์ป้องกันและบรรเทาสาธารณภัยเขต 18 "
                                "และคณะกรรมการบูรณาการนโยบายพัฒนาภาค (ก.บ.ภ.) รายงาน"))
    assert not {"สำนักงานคลังเขต", "สภาเด็กและเยาวชนเขต"} & names, names
    assert "ศูนย์ป้องกันและบรรเทาสาธารณภัยเขต 18" in names and "คณะกรรมการบูรณาการนโยบายพัฒนาภาค" in names, names


def test_a_government_complex_is_a_place(extract_text):
    names = _names(extract_text("ณ ศูนย์ราชการเฉลิมพระเกียรติ ๘๐ พรรษา ถนนแจ้งวัฒนะ และศูนย์ราชการจังหวัดเชียงใหม่ "
                                "คณะกรรมการอำนวยการศูนย์ราชการสะดวก ประชุม"))
    assert not any(n.startswith("ศูนย์ราชการ") for n in names), names
    assert "คณะกรรมการอำนวยการศูนย์ราชการสะดวก" in names


def test_a_unit_with_many_parents_is_one_though_often_named_alone():
    from conftest import load_script

    select = load_script("mine_org_units").select
    evidence = {"ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร": [88, 196, 20],  # 20 parents, with one in 2.2 releases
                "กรมตรวจบัญชีสหกรณ์": [13, 30, 7],  # a department: 7 neighbours, with one in 2.3
                "สำนักงานรัฐมนตรี": [42, 234, 11],  # with a parent in one release of 5.6
                "สำนักงานปลัด": [829, 839, 17]}
    names = select(evidence, 4)["names"]
    assert names == ["ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร", "สำนักงานปลัด"], names


def test_a_name_cut_before_a_glued_continuation_runs_on_to_the_name_the_corpora_write_whole(extract_text):
    # org_runs.json: the corpora write "คณะกรรมการควบคุมการเรี่ยไร|ของหน่วยงานของรัฐ" whole, though "ของ" mostly goes on
    # with the sentence; the name runs on to it only where the text spells it out to a word's end
    names = _names(extract_text("8.2.1 คณะกรรมการควบคุมการเรี่ยไรของหน่วยงานของรัฐ\nประธานในการประชุม"
                                "คณะทำงานพัฒนาและส่งเสริมอาชีพผู้กระทำผิดอย่างยั่งยืน ครั้งที่ 4/2561\n"))
    assert {"คณะกรรมการควบคุมการเรี่ยไรของหน่วยงานของรัฐ",
            "คณะทำงานพัฒนาและส่งเสริมอาชีพผู้กระทำผิดอย่างยั่งยืน"} <= names, names
    assert "คณะกรรมการควบคุมการเรี่ยไร" not in names


def test_the_runs_miner_lists_the_usual_glued_continuation_of_a_cut_name(tmp_path):

    from conftest import load_script, write_corpus_tar

    whole, head = "คณะกรรมการควบคุมการเรี่ยไรของหน่วยงานของรัฐ", "คณะกรรมการควบคุมการเรี่ยไร"
    texts = [f"ข่าว {i}\nประชุม{whole} ครั้งที่ {i}\n" for i in range(3)]
    texts.append(f"ข่าว 8\nมติ{head} มุ่งพิจารณา\n")  # the head alone: 3 of 4 runs are whole
    texts += [f"ข่าว 9{i}\nให้สำนักงานจัดหางานจังหวัดทุกจังหวัด ดำเนินการ\n" for i in range(3)]  # every office
    archive = tmp_path / "mini.tar"
    write_corpus_tar(archive, texts)
    mined = load_script("mine_org_runs").mine([str(archive)], [], per_archive=20)
    assert mined["names"] == [whole], mined
    assert mined["evidence"][whole] == [3, 4]


def test_a_provincial_kind_with_no_place_names_no_body(extract_text):
    # "สำนักงานเกษตรจังหวัด" is completed with a province in the corpora (org_places.json): bare, it is the kind every
    # province has; with its province it is one office; "…ระดับอำเภอ", "…ประจำจังหวัด" say a level, a kind too; a body
    # named for the provinces it serves and never completed with one is one body
    names = _names(extract_text("เกษตรกรแจ้งได้ที่สำนักงานเกษตรจังหวัด และสำนักงานเกษตรจังหวัดเชียงใหม่ รายงานว่า "
                                "ผ่านกลไกคณะกรรมการพัฒนาคุณภาพชีวิตระดับอำเภอ (พชอ.) และศูนย์ประสานงานประจำจังหวัด "
                                "โดยสำนักพัฒนาและส่งเสริมการบริหารราชการจังหวัด ร่วมกับสำนักงานสาธารณสุขอำเภอเมือง จังหวัดลำปาง"))
    assert not {"สำนักงานเกษตรจังหวัด", "คณะกรรมการพัฒนาคุณภาพชีวิตระดับอำเภอ", "ศูนย์ประสานงานประจำจังหวัด"} & names, names
    assert {"สำนักงานเกษตรจังหวัดเชียงใหม่", "สำนักพัฒนาและส่งเสริมการบริหารราชการจังหวัด"} <= names, names
    assert any(n.startswith("สำนักงานสาธารณสุขอำเภอเมือง") for n in names), names


def test_the_places_miner_lists_names_completed_with_places(tmp_path):

    from conftest import load_script, write_corpus_tar

    kind, body = "สำนักงานเกษตรจังหวัด", "สำนักพัฒนาและส่งเสริมการบริหารราชการจังหวัด"
    texts = [f"ข่าว 1\n{kind}เชียงใหม่ และ{body} ร่วมด้วย\n", f"ข่าว 2\n{kind} ลำปาง และ{body} ร่วมด้วย\n",
             f"ข่าว 3\nที่{kind} ร่วมด้วย\n", f"ข่าว 4\n{kind}เชียงใหม่ ร่วมด้วย\n"]
    archive, sample = tmp_path / "mini.tar", tmp_path / "sample.tar"
    write_corpus_tar(archive, texts)
    write_corpus_tar(sample, texts[:2])
    miner = load_script("mine_org_places")
    mined = miner.mine([str(archive)], [], per_archive=10)
    assert kind in mined["names"] and body not in mined["names"], mined
    assert mined["evidence"][kind] == [3, 2]  # three releases, two provinces
    # one release left once the skipped archive's releases are not read: an address, not a kind
    assert kind not in miner.mine([str(archive)], [str(sample)], per_archive=10)["names"]


def test_award_categories_portfolios_levels_workplaces_and_counts_at_least_are_no_bodies(extract_text):
    # "…ดีเด่น" is an award's category; "รองอธิบดีฝ่าย…" the deputy's portfolio (a director's ฝ่าย is a unit); a level
    # written after the name, "ในสถานประกอบการ" and "อย่างน้อย 4 แห่ง" make bodies of a kind
    names = _names(extract_text("รางวัลสำนักงานสาธารณสุขอำเภอดีเด่น ระดับประเทศ นายสมยศ พุ่มน้อย รองอธิบดีฝ่ายการทะเบียนและ"
                                "เทคโนโลยีสารสนเทศ กรมการปกครอง ชี้แจง นายสมชาย ใจดี ผู้อำนวยการฝ่ายสื่อสารองค์กร "
                                "การไฟฟ้าส่วนภูมิภาค กล่าว ให้มีคณะทำงานด้านความปลอดภัย ระดับจังหวัด อำเภอ และท้องถิ่น "
                                "จัดตั้งชมรมทูบีนัมเบอร์วันในสถานประกอบการ และศูนย์เครือข่ายครูภูมิปัญญาออนไลน์อย่างน้อย 4 แห่ง"))
    assert not any(n.startswith(("สำนักงานสาธารณสุขอำเภอ", "ฝ่ายการทะเบียน", "คณะทำงานด้านความปลอดภัย", "ชมรม",
                                 "ศูนย์เครือข่าย")) for n in names), names
    assert any(n.startswith("ฝ่ายสื่อสารองค์กร") for n in names), names


def test_an_award_word_inside_a_bodys_name_is_its_subjects(extract_text):
    names = _names(extract_text("ได้แต่งตั้งคณะอนุกรรมการสรรหาและเชิดชูเด็กและเยาวชนดีเด่นแห่งชาติ และมอบโล่สหกรณ์ดีเด่นระดับชาติ"))
    assert "คณะอนุกรรมการสรรหาและเชิดชูเด็กและเยาวชนดีเด่นแห่งชาติ" in names, names
    assert not any(n.startswith("สหกรณ์") for n in names), names


def test_a_royal_college_keeps_its_royal_word(extract_text):
    # "ราชวิทยาลัย…" is a royal college (org_patterns.jsonl): matched at "วิทยาลัย", its name lost "ราช"
    names = _names(extract_text("4.ราชวิทยาลัยพยาธิแพทย์แห่งประเทศไทย พัฒนาระบบบริการ ร่วมกับราชวิทยาลัยจุฬาภรณ์ เพื่อ"))
    assert {"ราชวิทยาลัยพยาธิแพทย์แห่งประเทศไทย", "ราชวิทยาลัยจุฬาภรณ์"} <= names, names
    assert not any(n.startswith("วิทยาลัย") for n in names), names


def test_a_division_runs_through_the_body_after_it_unless_a_list_goes_on(extract_text):
    # "สำนัก…", "กอง…" name divisions (org_patterns.jsonl `division`): with the body written after them, they are its
    names = _names(extract_text("สอบถามได้ที่ สำนักกฎหมาย กรมเจ้าท่า โทร. 0 2233 1311"))
    assert "สำนักกฎหมาย กรมเจ้าท่า" in names, names
    names = _names(extract_text("ณ ศูนย์ปฏิบัติการน้ำอัจฉริยะ กรมชลประทาน สามเสน"))
    assert "ศูนย์ปฏิบัติการน้ำอัจฉริยะ กรมชลประทาน" in names, names
    # a parliamentary committee is one of its chamber's: the Senate's and the House's are two bodies
    names = _names(extract_text("ประธานคณะกรรมาธิการการพลังงาน วุฒิสภา และคณะกรรมาธิการการพลังงาน สภาผู้แทนราษฎร หารือ"))
    assert {"คณะกรรมาธิการการพลังงาน วุฒิสภา", "คณะกรรมาธิการการพลังงาน สภาผู้แทนราษฎร"} <= names, names
    # a chain of parents is no list: the division is named with the first of them
    names = _names(extract_text("ผู้อำนวยการกองคุ้มครองแรงงาน กรมสวัสดิการและคุ้มครองแรงงาน กระทรวงแรงงาน กล่าวว่า"))
    assert "กองคุ้มครองแรงงาน กรมสวัสดิการและคุ้มครองแรงงาน" in names, names
    # a body after the next one makes a list: "กองบัญชาการ… สำนักงานตำรวจแห่งชาติ กรม…" names three bodies
    names = _names(extract_text("ได้แก่ กองบัญชาการกองทัพไทย สำนักงานตำรวจแห่งชาติ กรมป้องกันและบรรเทาสาธารณภัย ร่วมกัน"))
    assert not any(n.endswith("สำนักงานตำรวจแห่งชาติ") and " " in n for n in names), names


def test_a_release_abbreviation_is_no_label_beside_the_full_name(extract_text):
    # the abbreviation a release defines ("(สน.สก.)") joins the body; the full name, not the abbreviation, labels it
    result = extract_text("สน.สก. เร่งสืบหาข้อมูล\nให้สำนักการสอบสวนและนิติการ (สน.สก.) ดำเนินการ โดย สน.สก. รายงานว่า")
    (entity,) = [e for e in result.of_kind("organization") if "สน.สก." in e.names]
    assert entity.names[0] == "สำนักการสอบสวนและนิติการ", entity.names


def test_the_own_country_in_brackets_is_part_of_the_name_not_its_abbreviation(extract_text):
    result = extract_text("จึงได้ร่วมกับสมาคมครูดนตรี (ประเทศไทย) และศิลปากรสมาคม จัดการแสดง เป็นครั้งแรกในประเทศไทย")
    names = _names(result)
    assert "สมาคมครูดนตรี (ประเทศไทย)" in names and "ประเทศไทย" not in names, names


def test_a_body_of_its_own_does_not_join_the_longer_name_it_begins(extract_text):
    # thaigov v2 (cabinet and social releases): the corpora write "กรมการแพทย์" whole in 73 releases, followed by
    # anything; the Thai traditional medicine department goes on from it with words of a name, another body
    text = "กรมการแพทย์ ร่วมกับ กรมการแพทย์แผนไทยและการแพทย์ทางเลือก จัดงานสัปดาห์สุขภาพ"
    orgs = extract_text(text).of_kind("organization")
    assert len([e for e in orgs if any(n.startswith("กรมการแพทย์") for n in e.names)]) == 2
    # a short form the corpora continue far more often than they end it still joins its one longer name
    text = "เจ้าหน้าที่กรมการขนส่ง ร่วมกับ กรมการขนส่งทางบก จัดงาน"
    dlt = [e for e in extract_text(text).of_kind("organization") if e.key == "org:dlt"]
    assert len(dlt) == 1 and "กรมการขนส่ง" in dlt[0].names


def test_a_ministry_written_as_a_list_of_its_fields_is_found(extract_text):
    # thaigov v2 2022 (a signing with Japan's METI): "กระทรวงเศรษฐกิจ" alone is the economic ministries, but written
    # on with its fields and a closing "และ…" it begins one ministry's name
    text = "และ 3) สำนักนโยบายการค้า กระทรวงเศรษฐกิจ การค้า และอุตสาหกรรมแห่งประเทศญี่ปุ่น ซึ่งการบันทึกความร่วมมือ"
    assert "กระทรวงเศรษฐกิจ การค้า และอุตสาหกรรมแห่งประเทศญี่ปุ่น" in _names(extract_text(text))
    text = "ที่ประชุมกระทรวงเศรษฐกิจ ได้หารือกับกระทรวงเศรษฐกิจ และกระทรวงสังคม"
    assert not any(n.startswith("กระทรวงเศรษฐกิจ") for n in _names(extract_text(text)))


def test_a_thai_name_before_an_authority_latin_acronym_is_that_body(extract_text):
    # thaigov v1 19/ด้านความมั่นคง_85 and v2 2023/12/27 (round 19 and round 5 judged the TDRI span valid as
    # "สถาบันวิจัยเพื่อการพัฒนาประเทศไทย"), v1 thaigov2-1/ด้านเศรษฐกิจ_806 (NEDO, mid and final rounds), v2 2022/11/05
    # ด้านสังคม_57 (ETDA): the Thai name is the release's translation of the body the acronym names, one entity
    # labelled by the Thai name with the acronym beside it, not a pattern body and the acronym as two
    for text, key, thai in (
            ("ร่วมกับมูลนิธิสถาบันวิจัยเพื่อการพัฒนาประเทศไทย (TDRI) ภาคเอกชน ประชาสังคม และประชาชน",
             "org:tdri", "มูลนิธิสถาบันวิจัยเพื่อการพัฒนาประเทศไทย"),
            ("หารือกับองค์การพัฒนาพลังงานใหม่และเทคโนโลยีอุตสาหกรรมแห่งประเทศญี่ปุ่น (NEDO) เกี่ยวกับแนวทางการพัฒนา",
             "org:nedo", "องค์การพัฒนาพลังงานใหม่และเทคโนโลยีอุตสาหกรรมแห่งประเทศญี่ปุ่น"),
            ("OCC ศูนย์ช่วยเหลือและจัดการปัญหาออนไลน์ ของสำนักงานพัฒนาธุรกรรมอิเล็กทรอนิกส์ (ETDA) ในสังกัดดีอีเอส",
             "org:etda", "สำนักงานพัฒนาธุรกรรมอิเล็กทรอนิกส์")):
        orgs = [e for e in extract_text(text).of_kind("organization") if any(thai in n for n in e.names)]
        assert [e.key for e in orgs] == [key], [(e.key, e.names) for e in orgs]
        assert orgs[0].names[0] == thai, orgs[0].names
    # a Thai body of a name others share, its own country in brackets, is not the foreign body the acronym names
    # (v2 2023/11/16 ด้านเศรษฐกิจ_8: the Thai alumni association of Japan's AOTS)
    text = "สมาคมศิษย์เก่าศูนย์วัฒนธรรมเอเชียและทุนฝึกอบรมเทคนิคโพ้นทะเล (ประเทศไทย) (AOTS) เข้าร่วมงานดังกล่าว"
    orgs = [e for e in extract_text(text).of_kind("organization") if any(n.startswith("สมาคมศิษย์เก่า") for n in e.names)]
    assert orgs and all(e.key != "org:aots" for e in orgs), [(e.key, e.names) for e in orgs]
    # nor is a name with another body's prefix word inside it after its own, not a foundation's or an association's
    # (v1 14/ด้านเศรษฐกิจ_737: the bank's board of governors, the bracket abbreviating the bank)
    text = "การประชุมประจำปีสภาผู้ว่าการธนาคารเพื่อการลงทุนในโครงสร้างพื้นฐานเอเชีย (AIIB) ครั้งที่ 2"
    orgs = [e for e in extract_text(text).of_kind("organization") if any(n.startswith("สภาผู้ว่าการ") for n in e.names)]
    assert orgs and all(e.key != "org:aiib" for e in orgs), [(e.key, e.names) for e in orgs]


def test_a_prefix_word_before_the_sentences_count_price_or_phone_number_names_no_body(extract_candidates):
    # not_organizations `_count_cues`, names.count_cue_cut: a bank's minimum deposit (v2 2024/10/21 ด้านเศรษฐกิจ_8), a
    # contribution per side (v1 thaigov2-1 ข่าวทำเนียบรัฐบาล_754), rice fields per centre (v2 2023/03/13 ทัน LINE
    # ไทยคู่ฟ้า_3), a cooperative's price per ton (the corpora's "สหกรณ์ตันละ 1,000 บาท"): the prefix word is the
    # sentence's subject or counter; "ศูนย์ดำรงธรรม|โทร 1567", the centre and its hotline's number
    names = {n for e in extract_candidates(
        "ข่าว\nโดยผู้ที่สนใจสามารถเปิดบัญชีเงินฝากที่สาขาของธนาคารขั้นต่ำ 500 บาท ขึ้นไป จนถึงวันที่ 30 ธันวาคม 2567\n"
        "ให้ปรับลดอัตราเงินสมทบกองทุนประกันสังคมให้กับนายจ้างและผู้ประกันตนเหลือฝ่ายละ 4% จากเดิม\n"
        "292 ศูนย์ข้าวชุมชนนี้อยู่ในพื้นที่ 74 จังหวัด ดำเนินการศูนย์ละ 200 ไร่ เพื่อปลูกข้าวรักษ์โลก\n"
        "เกษตรกรจะได้รับเงินช่วยเหลือจากสหกรณ์ตันละ 1,000 บาท\n"
        "ประชาชนสามารถร้องเรียนได้ที่ศูนย์ดำรงธรรมโทร 1567 ฟรีตลอด 24 ชั่วโมง\n").of_kind("organization")
        for n in e.names}
    assert not {n for n in names if n.startswith(("ธนาคาร", "ฝ่าย", "ศูนย์ละ", "สหกรณ์"))}, names
    assert not {n for n in names if "โทร" in n}, names
    # a qualifier further inside is the body's own: the PM2.5 committee keeps its name's words before it
    names = {n for e in extract_candidates(
        "ข่าว\nที่ประชุมคณะกรรมการบริหารการป้องกันและแก้ไขปัญหาฝุ่นละอองขนาดเล็กไม่เกิน 2.5 ไมครอน มีมติ\n"
        ).of_kind("organization") for n in e.names}
    assert any(n.startswith("คณะกรรมการบริหารการป้องกันและแก้ไขปัญหาฝุ่นละออง") for n in names), names


def test_a_relational_word_glued_after_a_name_begins_the_predicate(extract_text):
    # not_organizations `relational_ends` (read by organizations._name_end): "consists of", "as follows" glued on
    # v2 2022/11/05 ด้านวัฒนธรรมท่องเที่ยวฯ_148: "9 associations, consisting of …" (judged junk in the mid round)
    names = {n for e in extract_text(
        "ซึ่งวธ.ได้ดำเนินการช่วยเหลือเยียวยาและร่วมมือกับสมาคมศิลปินพื้นบ้าน 9 สมาคมประกอบด้วย สมาคมลิเกประเทศไทย "
        "สมาคมเพลงพื้นบ้านภาคกลางประเทศไทย สมาคมอุปรากรจีน").of_kind("organization") for n in e.names}
    assert not {n for n in names if "ประกอบด้วย" in n}, names
    assert {"สมาคมลิเกประเทศไทย", "สมาคมอุปรากรจีน"} <= names
    # v2 2022/11/05 ข่าวคณะโฆษก_1491: the committee, then what it consists of
    names = {n for e in extract_text(
        "การจัดงานในปีนี้ คณะกรรมการจัดงานวันแรงงานแห่งชาติประกอบด้วย ประธานสภาองค์การลูกจ้าง 14 แห่ง "
        "ประธานสหพันธ์แรงงานรัฐวิสาหกิจแห่งประเทศไทย").of_kind("organization") for n in e.names}
    assert not {n for n in names if "ประกอบด้วย" in n}, names
    # v1 รายการคืนความสุขให้คนในชาติ/2557/6/13-6
    names = {n for e in extract_text(
        "คณะกรรมการตรวจสอบประกอบด้วยทุกภาคส่วน อาทิ สำนักงานตรวจเงินแผ่นดิน").of_kind("organization") for n in e.names}
    assert not {n for n in names if "ประกอบด้วย" in n}, names
    # v2 2023/03/01 ด้านสังคม_17: the centre's channels "as follows"
    names = {n for e in extract_text(
        "โดยสามารถติดตามและแจ้งเบาะแสข่าวปลอมได้ผ่านช่องทางต่าง ๆ ของศูนย์ต่อต้านข่าวปลอมดังนี้ไลน์@antifakenewscenter "
        "เว็บไซต์https://www.antifakenewscenter.com/").of_kind("organization") for n in e.names}
    assert not {n for n in names if "ดังนี้" in n} and "ศูนย์ต่อต้านข่าวปลอม" in names, names


def test_relational_words_are_no_sentence_words_of_the_validity_features():
    # kept out of names.sentence_words: there they changed the trained model's features (prev_sentence_word) and moved
    # numbered programme items after "ดังนี้" (a judged-junk "แผนงานที่ 2 …" of round 4 came back)
    from phakhi.graph.extract.names import load_not_organizations, sentence_words

    relational = set(load_not_organizations()["relational_ends"])
    assert {"ประกอบด้วย", "ดังนี้"} <= relational and not relational & sentence_words()


def test_the_generic_words_trie_matches_the_longest_word_written_there():
    # organizations._generic_words (one trie asked at each prefix word) finds what trying each not_organizations word
    # in turn and keeping the longest found: "สภาวการณ์" over "สภาวะ"'s letters, "ศูนย์การประชุม" whole
    from phakhi.graph.extract.organizations import _generic_words, load_not_organizations

    words = load_not_organizations()["words"]
    text = "ในสภาวการณ์ปัจจุบัน ณ ศูนย์การประชุมแห่งชาติ สภาพอากาศ กระทรวงเศรษฐกิจ การค้า และกองทัพบก สภาองค์กร"
    for start in range(len(text)):
        found = [w for w in words if text.startswith(w, start)]
        m = _generic_words().match(text, start)
        assert (m.group() if m else None) == (max(found, key=len) if found else None)
    assert _generic_words().match(text, text.index("สภาว")).group() == "สภาวการณ์"


def test_a_name_s_run_ends_at_a_space_bracket_quote_or_separator():
    # organizations._RUN, the regex _name_end reads a name's run with, stops where a step per character stopped: at
    # whitespace of any kind (str.isspace) and at ()[]“”"',:;/
    from phakhi.graph.extract.organizations import _RUN

    def stepped(text: str, pos: int, end: int) -> int:
        while pos < end and not text[pos].isspace() and text[pos] not in "()[]“”\"',:;/":
            pos += 1
        return pos

    text = "กรมส่งเสริมการเกษตร(กสก.) สำนักงาน“ทดลอง”กลุ่ม/ฝ่าย,กอง:งาน;ศูนย์\u00a0ข้อมูล\u3000สถาบัน'ก'[x]\tจบ\nต่อ"
    for pos in range(len(text)):
        for end in (len(text), text.index("\n"), min(pos + 3, len(text))):
            if end > pos:
                assert _RUN.match(text, pos, end).end() == stepped(text, pos, end)


def test_longest_begun_bounds_the_run_on_a_longer_recurring_name():
    # organizations.longest_begun: how many letters of the chunk after a name begin, with the name, a name the corpora
    # write (validity_corpus.json, org_runs.json); _recurrent_longer tries no longer cut
    from phakhi.graph.extract.organizations import _longer_names, longest_begun

    names = _longer_names()
    assert "สำนักเลขาธิการอาเซียน" in names
    assert longest_begun("สำนักเลขาธิการ", "อาเซียนได้จัดประชุม") == len("อาเซียน")
    assert longest_begun("สำนักเลขาธิการ", "ฮฮฮ") == 0
    for name, piece in (("คณะกรรมการขับเคลื่อน", "การดำเนินงานด้านต่างประเทศของไทย"), ("กรมการแพทย์", "แผนไทยและ"),
                        ("สำนักงาน", "คณะกรรมการการเลือกตั้ง")):
        brute = max((k for k in range(len(piece) + 1) if any(n.startswith(name + piece[:k]) for n in names)), default=0)
        assert longest_begun(name, piece) == brute


def test_validity_features_of_an_organization_read_its_place_once():
    # organizations.clause_features given the place validity_features found answers as reading it again
    from phakhi.graph.extract.organizations import _place_inside, clause_features

    for name in ("รัฐบาลมาเลเซีย", "ธนาคารลดดอกเบี้ย", "สำนักงานพาณิชย์จังหวัดเชียงใหม่", "สหกรณ์เข้มแข็ง"):
        assert clause_features(name, False, _place_inside(name.replace(" ", ""))) == clause_features(name)
    assert _place_inside("รัฐบาลมาเลเซีย") and not _place_inside("ธนาคารลดดอกเบี้ย")
