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
