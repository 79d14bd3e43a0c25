"""Organization boundaries read by the grammar of a name: a standing committee named by a list of its fields runs to
the item that closes the list (not_organizations.json `field_lists`), "บมจ." is read with a space after its dot, a
company's legal form is not reached across another company's name, "(มหาชน)" after "จำกัด" belongs to the name, and a
name never ends on a preposition."""

from __future__ import annotations


def _names(result) -> set[str]:
    return {n for e in result.of_kind("organization") for n in e.names}


def test_a_standing_committee_runs_through_its_list_of_fields(extract_text):
    # the items after single spaces, closed by "และ…" or by an item with "และ" glued inside it; the House or the Senate
    # after the list is the committee's parent
    names = _names(extract_text(
        "ประชุมร่วมกับคณะกรรมาธิการการศาสนา คุณธรรม จริยธรรม ศิลปะ และวัฒนธรรม วุฒิสภา เมื่อวันนี้\n"
        "ชี้แจงต่อคณะกรรมาธิการการที่ดิน ทรัพยากรธรรมชาติและสิ่งแวดล้อม สภาผู้แทนราษฎร ในวันเดียวกัน\n"))
    assert {"คณะกรรมาธิการการศาสนา คุณธรรม จริยธรรม ศิลปะ และวัฒนธรรม",
            "คณะกรรมาธิการการที่ดิน ทรัพยากรธรรมชาติและสิ่งแวดล้อม"} <= names, names
    assert not {"คณะกรรมาธิการการศาสนา", "คณะกรรมาธิการการที่ดิน"} & names, names


def test_a_committee_without_a_list_ends_at_its_space(extract_text):
    # words after the space that go on with the sentence are no field of the committee
    names = _names(extract_text("คณะกรรมาธิการการเกษตร ได้ลงพื้นที่ และตรวจเยี่ยมเกษตรกร\n"))
    assert "คณะกรรมาธิการการเกษตร" in names, names
    assert not any(n.startswith("คณะกรรมาธิการการเกษตร ") for n in names), names


def test_a_public_company_is_read_with_a_space_after_its_abbreviation(extract_text):
    # "บมจ. ทิพยประกันภัย" is "บมจ.ทิพยประกันภัย": one body, however the release spaces it
    spaced = extract_text("ผู้แทน บมจ. ทิพยประกันภัย เข้าร่วมประชุม\n")
    glued = extract_text("ผู้แทน บมจ.ทิพยประกันภัย เข้าร่วมประชุม\n")
    assert "บมจ. ทิพยประกันภัย" in _names(spaced), _names(spaced)
    keys = lambda result: {e.key for e in result.of_kind("organization")}  # noqa: E731
    assert keys(spaced) == keys(glued), (keys(spaced), keys(glued))


def test_a_legal_form_is_not_reached_across_another_company(extract_text):
    names = _names(extract_text("โดยบริษัท CP และ บริษัท ไทยเบฟเวอเรจ จำกัด (มหาชน) ให้เพิ่มอีก\n"))
    assert {"บริษัท CP", "บริษัท ไทยเบฟเวอเรจ จำกัด (มหาชน)"} <= names, names
    assert not any("CP และ" in n for n in names), names


def test_a_public_companys_legal_form_is_whole(extract_text):
    names = _names(extract_text("คดีระหว่าง ธนาคารทิสโก้ จำกัด (มหาชน) โจทก์ กับจำเลย\n"))
    assert "ธนาคารทิสโก้ จำกัด (มหาชน)" in names, names


def test_a_name_never_ends_on_a_preposition(extract_text):
    # its object is a Latin word after a space, or the rest of a quoted name; with neither the preposition is cut off
    names = _names(extract_text(
        "กำหนดให้มีศูนย์ทดสอบและพัฒนานวัตกรรมสำหรับ Startup ด้วย\n"
        "ที่ประชุมมีมติให้ตั้ง \"คณะกรรมการปฏิรูปการศึกษาสำหรับผู้มีความต้องการจำเป็นพิเศษ\" โดยมีเลขาธิการเป็นประธาน\n"))
    assert {"ศูนย์ทดสอบและพัฒนานวัตกรรมสำหรับ Startup",
            "คณะกรรมการปฏิรูปการศึกษาสำหรับผู้มีความต้องการจำเป็นพิเศษ"} <= names, names
    assert not any(n.endswith("สำหรับ") for n in names), names


def test_a_transport_facility_is_a_place_not_a_body(extract_text):
    # places.json: a transport or goods facility is built, opened and run from; a body named beside it is still found
    names = _names(extract_text("รถจะเริ่มวิ่งจากศูนย์การขนส่งสาธารณะ ไปยังสำนักงานขนส่งจังหวัดนครพนม\n"
                                "และเปิดศูนย์กระจายสินค้าทางรางเพื่อรองรับรถไฟจากลาว\n"))
    assert not any(n.startswith(("ศูนย์การขนส่ง", "ศูนย์กระจายสินค้า")) for n in names), names
    assert "สำนักงานขนส่งจังหวัดนครพนม" in names, names


def test_a_numbered_body_of_a_series_runs_on_to_its_seat(extract_text):
    # "…เขต 15 เชียงราย": the province after the series number is the body's seat, written as part of its name
    names = _names(extract_text("ตรวจเยี่ยมศูนย์ป้องกันบรรเทาสาธารณภัยเขต 15 เชียงราย และหน่วยงานที่เกี่ยวข้อง\n"))
    assert "ศูนย์ป้องกันบรรเทาสาธารณภัยเขต 15 เชียงราย" in names, names


def test_a_cooperative_runs_to_its_legal_form(extract_text):
    # "สหกรณ์… จำกัด" is a registered cooperative (org_patterns.jsonl: สหกรณ์ ended by "จำกัด"): one body through its
    # legal form, though its first words name a kind ("สหกรณ์การเกษตร") or it holds a place or a department
    names = _names(extract_text(
        "นายสมชาย ใจดี ผู้จัดการสหกรณ์ออมทรัพย์สาธารณสุขปัตตานี จำกัด กล่าวว่า สมาชิกเพิ่มขึ้น\n"
        "ได้เยี่ยมชมสหกรณ์การเกษตรนากลาง จำกัด และสหกรณ์ออมทรัพย์กรมป่าไม้ จำกัด ในโอกาสนี้\n"))
    assert {"สหกรณ์ออมทรัพย์สาธารณสุขปัตตานี จำกัด", "สหกรณ์การเกษตรนากลาง จำกัด",
            "สหกรณ์ออมทรัพย์กรมป่าไม้ จำกัด"} <= names, names
    assert not {"สหกรณ์ออมทรัพย์สาธารณสุขปัตตานี", "กรมป่าไม้"} & names, names


def test_a_legal_form_closes_no_cooperative_across_a_sentence(extract_text):
    # the legal form closes the last name begun before it, and a sentence's words are no cooperative's
    names = _names(extract_text(
        "มอบปัจจัยการผลิตสหกรณ์พร้าวให้แก่สมาชิกสหกรณ์นิคมพร้าว จำกัด ในวันนี้\n"
        "สหกรณ์การเกษตรทุกแห่งร่วมกับบริษัทไทยเบฟ จำกัด จัดกิจกรรม\n"))
    assert "สหกรณ์นิคมพร้าว จำกัด" in names, names
    assert not any(n.startswith(("สหกรณ์พร้าว", "สหกรณ์การเกษตร")) for n in names), names
