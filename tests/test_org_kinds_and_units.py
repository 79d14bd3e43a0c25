"""Validity of organizations: a kind of body (one in many places) and a unit of many bodies written with no parent
name no one body (the judges' two largest validity errors); a unit the release names its body for joins that body."""

from __future__ import annotations

import pytest
from conftest import load_script, write_corpus_tar


def _names(result):
    return {n for e in result.of_kind("organization") for n in e.names}


def _labels(result):
    return {e.names[0] for e in result.of_kind("organization")}


def test_a_common_unit_with_no_body_named_is_no_body(extract_text):
    # "กองคลัง" is a division the corpora write after many bodies (org_units.json, 5 parents): alone it is any of them
    names = _names(extract_text("นายสมชาย ใจดี ผู้อำนวยการกองคลัง กล่าวว่า ได้เบิกจ่ายงบประมาณแล้ว"))
    assert not any(n.startswith("กองคลัง") for n in names), names


def test_a_unit_of_one_body_stays_a_name_alone(extract_text):
    # "สถาบันทันตกรรม" is written with its department and ministry only (2 parents): one unit, named so bare
    assert "สถาบันทันตกรรม" in _names(extract_text("เครื่องมือได้ติดตั้งที่สถาบันทันตกรรม เมื่อวันที่ 5 มีนาคม"))


def test_a_common_unit_joins_the_state_body_named_before_it_or_after_its_abbreviation(extract_text):
    result = extract_text("สอบถามได้ที่ กรมสรรพากร สำนักงานเลขานุการกรม ส่วนประชาสัมพันธ์ โทร. 1161\n"
                          "การอบรมจัดโดยศูนย์ปฏิบัติการต่อต้านการทุจริต (ศปท.) กระทรวงอุตสาหกรรม ทั้งนี้ ศปท. จะจัดอีก")
    labels = _labels(result)
    assert {"สำนักงานเลขานุการกรม กรมสรรพากร", "ศูนย์ปฏิบัติการต่อต้านการทุจริต กระทรวงอุตสาหกรรม"} <= labels, labels
    anti = next(e for e in result.of_kind("organization") if e.names[0].startswith("ศูนย์ปฏิบัติการ"))
    # its bare name, any ministry's centre, is no name of it (resolve._unit_of_no_one); nor is the abbreviation the
    # release gives that bare name in brackets, before the ministry: every ministry has a ศปท. (resolve._of_no_one).
    # Both stay the joined body's mentions (its spans), the later bare "ศปท." too
    assert "ศปท." not in anti.names and "ศูนย์ปฏิบัติการต่อต้านการทุจริต" not in anti.names, anti.names
    assert len(anti.spans) == 3, anti.spans
    assert sum(e.names[0].startswith("ศูนย์ปฏิบัติการ") or "ศปท." in e.names for e in result.of_kind("organization")) == 1


def test_a_common_unit_joins_only_a_body_of_the_level_its_name_asks_for(extract_text):
    # "สำนักงานปลัดกระทรวง" is a ministry's office: not the department's named before it; a department is no unit of
    # another department, and a committee no unit of the ministry named before it
    names = _names(extract_text("นายอสิ ม้ามณี รองอธิบดีกรมอาเซียน ให้ดำรงตำแหน่ง เอกอัครราชทูตประจำกระทรวง "
                                "สำนักงานปลัดกระทรวง กล่าว\nนายสุทธิพงษ์ ปลัดกระทรวงมหาดไทย กล่าวว่า คณะกรรมการอำนวยการ "
                                "ได้ประชุม"))
    assert not any(n.startswith(("สำนักงานปลัดกระทรวง กรม", "คณะกรรมการอำนวยการ กระทรวง")) for n in names), names


def test_a_kind_of_body_with_no_place_is_no_body_and_with_its_place_is_one(extract_text):
    # "สำนักงานปศุสัตว์" and "ศูนย์ยุติธรรมชุมชน" are completed with many places in the corpora (org_spread.json)
    names = _names(extract_text("เจ้าหน้าที่สำนักงานปศุสัตว์ได้ลงพื้นที่ ร่วมกับ สำนักงานปศุสัตว์จังหวัดน่าน "
                                "เพื่อขับเคลื่อนศูนย์ยุติธรรมชุมชน ให้เข้มแข็ง ณ ศูนย์ยุติธรรมชุมชน อำเภอท่าแพ จังหวัดสตูล"))
    assert "สำนักงานปศุสัตว์" not in names and "ศูนย์ยุติธรรมชุมชน" not in names, names
    assert {"สำนักงานปศุสัตว์จังหวัดน่าน", "ศูนย์ยุติธรรมชุมชน อำเภอท่าแพ"} <= names, names


def test_the_spread_miner_lists_names_completed_with_different_places(tmp_path):
    kind, body = "ศูนย์ยุติธรรมชุมชน", "ศูนย์วิจัยการอนุรักษ์ดินและน้ำ"
    texts = [f"ข่าว 1\nเปิด{kind}ตำบลบ้านไทร อำเภอปราสาท และ{body} อำเภอปากช่อง จังหวัดนครราชสีมา\n",
             f"ข่าว 2\nที่{kind} อำเภอท่าแพ จังหวัดสตูล และ{body} อำเภอปากช่อง จังหวัดนครราชสีมา\n",
             f"ข่าว 3\nผู้แทนคณะกรรมการ{kind} ๑๔๔ แห่ง ในจังหวัดเชียงราย และ{body} ร่วมด้วย\n",  # nested, counted
             f"ข่าว 4\nการขับเคลื่อน{kind} ให้เข้มแข็ง และ{body} ร่วมด้วย\n"]
    archive, sample = tmp_path / "mini.tar", tmp_path / "sample.tar"
    write_corpus_tar(archive, texts)
    write_corpus_tar(sample, texts[:2])
    miner = load_script("mine_org_spread")
    mined = miner.mine([str(archive)], [], per_archive=10)
    assert kind in mined["names"] and body not in mined["names"], mined  # one body has one address
    assert mined["evidence"][kind] == [3, 4, 2, 1]  # as a kind in 3 of 4 releases, 2 places, counted once
    # the places' releases not read (the audit samples): counted once, no longer a kind
    assert kind not in miner.mine([str(archive)], [str(sample)], per_archive=10)["names"]


def test_the_spread_miner_needs_more_releases_for_the_head_of_an_authority_name():
    select = load_script("mine_org_spread").select
    from collections import Counter

    uses = Counter({"สำนักงานการปฏิรูปที่ดิน": 2, "สำนักงานปศุสัตว์": 2})
    kinds = Counter(uses)
    names = select(uses, kinds, Counter(), {"สำนักงานการปฏิรูปที่ดิน": 2, "สำนักงานปศุสัตว์": 2},
                   {"สำนักงานการปฏิรูปที่ดินเพื่อเกษตรกรรม"})
    assert names == ["สำนักงานปศุสัตว์"]  # the other is the short name of a body the authority file knows


def test_a_department_is_no_common_unit_though_lists_write_bodies_after_it(extract_text):
    # "กรมสารนิเทศ" has 5 "parents" in org_units.json (lists of bodies): a department (กรม…, as every authority body
    # begun by กรม) is no unit, kept alone and joined to no body named before it
    from phakhi.graph.extract.names import common_unit
    assert not common_unit("กรมสารนิเทศ") and common_unit("กองคลัง")
    names = _names(extract_text("หน่วยงานที่เข้าร่วม ได้แก่ สำนักงานตำรวจแห่งชาติ กรมอุตุนิยมวิทยา กรมสารนิเทศ  "
                                "สำนักงานพระพุทธศาสนาแห่งชาติ และการประปานครหลวง"))
    assert "กรมสารนิเทศ" in names and not any(n.startswith("กรมสารนิเทศ ") for n in names), names


def test_a_common_unit_joins_the_body_written_right_after_it_not_the_ministry_before(extract_text):
    # "สำนักการสังคีต" is a bureau of กรมศิลปากร, which the text writes right after it (no authority body): not a unit of
    # the ministry the release names before it
    names = _names(extract_text("กระทรวงวัฒนธรรม ขอเชิญชมการแสดง ติดตามรายละเอียดได้ทางเฟซบุ๊ก สำนักการสังคีต กรมศิลปากร "
                                "และสอบถามรายละเอียดเพิ่มเติม"))
    assert not any(n.startswith("สำนักการสังคีต กระทรวง") for n in names), names
    assert "สำนักการสังคีต กรมศิลปากร" in names, names


def test_a_common_unit_joins_no_body_when_another_is_named_between_or_its_name_asks_no_level(extract_text):
    # the nearest body before "ฝ่ายปฏิบัติการ" is another (a department no authority file knows, and a person of a
    # company): not a unit of the ministry the line began with; nor, saying no level, of the release's one ministry
    names = _names(extract_text("กระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์ ลงนามบันทึกความร่วมมือ โดยมี นางไพรวรรณ "
                                "พลวัน อธิบดีกรมกิจการผู้สูงอายุ และ Mr. Robert Dempsey กรรมการผู้อำนวยการฝ่ายปฏิบัติการ "
                                "ในนามของประธานกรรมการบริหาร เป็นผู้ลงนาม"))
    assert not any(n.startswith("ฝ่ายปฏิบัติการ ") for n in names), names


def test_the_spread_miners_wide_stride_needs_more_places_and_a_larger_share():
    # at tens of thousands of releases one body written with its address in a few places, or a kind written mostly as
    # a phrase, would pass the base thresholds; the wide rule needs 4 different places, in one in 3 of its releases
    select_wide = load_script("mine_org_spread").select_wide
    from collections import Counter

    uses = Counter({"สำนักงานคุมประพฤติ": 44, "กลุ่มทอผ้าย้อมครามบ้านดอนกอย": 7, "สำนักงานทรัพย์สินพระมหากษัตริย์": 28})
    kinds = Counter({"สำนักงานคุมประพฤติ": 37, "กลุ่มทอผ้าย้อมครามบ้านดอนกอย": 3, "สำนักงานทรัพย์สินพระมหากษัตริย์": 7})
    followers = {"สำนักงานคุมประพฤติ": 30, "กลุ่มทอผ้าย้อมครามบ้านดอนกอย": 3, "สำนักงานทรัพย์สินพระมหากษัตริย์": 4}
    assert select_wide(uses, kinds, Counter(), followers, set()) == ["สำนักงานคุมประพฤติ"]


def test_a_kind_named_with_its_place_is_the_body_the_release_writes_glued(extract_text):
    # "สมาคมชาวไร่อ้อย" is a kind (org_spread.json, wide stride: 4 places); "… อำเภอน้ำพอง" in a release that also writes
    # "สมาคมชาวไร่อ้อยน้ำพอง" is that one body, not a second one
    result = extract_text("รับฟังปัญหา ณ สมาคมชาวไร่อ้อย อำเภอน้ำพอง จังหวัดขอนแก่น โดยมีนายชัยวัฒน์ ค้ำแก่นคูณ "
                          "นายกสมาคมชาวไร่อ้อยน้ำพอง ให้การต้อนรับ")
    bodies = [e.names for e in result.of_kind("organization") if e.names[0].startswith("สมาคมชาวไร่อ้อย")]
    assert len(bodies) == 1 and bodies[0][0] == "สมาคมชาวไร่อ้อยน้ำพอง", bodies


def test_a_common_unit_joins_no_body_it_is_written_as_a_partner_of(extract_text):
    # "สำนักเลขาธิการ" (33 parents) written after "ร่วมกับ" (not_organizations partner_words) is the ministry's partner,
    # not its unit
    names = _names(extract_text("กระทรวงวิทยาศาสตร์และเทคโนโลยี ร่วมกับสำนักเลขาธิการ นรม. แถลงความพร้อมจัดงาน"))
    assert not any(n.startswith("สำนักเลขาธิการ กระทรวง") for n in names), names


def test_a_short_form_of_a_kinds_many_names_is_no_body(extract_text):
    # "คณะกรรมการนโยบาย" goes on into dozens of names in the corpora (validity_corpus.json), none of them most of
    # the time: "คณะกรรมการนโยบายฯ" with no full name in the release is a kind (self10 junk), not one committee
    names = _names(extract_text("ทั้งนี้ คณะกรรมการนโยบายฯ ได้เสนอแนวทางต่อที่ประชุม\n"
                                "และให้ศูนย์เรียนรู้ฯ จัดกิจกรรมต่อไป\n"))
    assert not {"คณะกรรมการนโยบายฯ", "ศูนย์เรียนรู้ฯ"} & names, names


def test_a_short_form_stands_for_the_full_name_the_release_writes_or_the_corpora_mostly_write(extract_text):
    # the release names the committee in full: the short form is that committee; "สภาเกษตร|กรแห่งชาติ" is most of
    # the names the corpora go on to from "สภาเกษตร": "สภาเกษตรฯ" is that council short
    result = extract_text("ตั้งคณะกรรมการนโยบายค่าจ้างแห่งชาติ ขึ้น ทั้งนี้ คณะกรรมการนโยบายฯ ได้เสนอแนวทาง\n"
                          "ผู้แทนสภาเกษตรฯ ได้ร่วมหารือ\n")
    committee = [e for e in result.of_kind("organization") if "คณะกรรมการนโยบายค่าจ้างแห่งชาติ" in e.names]
    assert committee and "คณะกรรมการนโยบายฯ" in committee[0].names, _names(result)
    assert "สภาเกษตรฯ" in _names(result), _names(result)


def test_a_rare_name_ending_on_an_area_word_with_no_place_is_a_kind(extract_text):
    # each district has one: the corpora hardly write these names (validity_corpus.json: under 3 releases), and no
    # district follows them (rounds 3, 4 and 7 junk); one written whole again and again names one body
    names = _names(extract_text("โดยศูนย์อำนวยการแก้ไขปัญหาหนี้นอกระบบอำเภอ ดำเนินการจัดกิจกรรมตลาดนัดแก้หนี้\n"
                                "ประกอบด้วย สภาเด็กและเยาวชนอำเภอ และผู้แทนส่วนราชการ\n"
                                "ร่วมกับสำนักพัฒนาและส่งเสริมการบริหารราชการจังหวัด ได้จัดประชุม\n"))
    assert not {"ศูนย์อำนวยการแก้ไขปัญหาหนี้นอกระบบอำเภอ", "สภาเด็กและเยาวชนอำเภอ"} & names, names
    assert "สำนักพัฒนาและส่งเสริมการบริหารราชการจังหวัด" in names, names


def test_a_group_written_right_before_a_known_body_is_that_body_s_group(extract_text):
    # h25-orgunits2: กลุ่ม/ฝ่าย/กลุ่มงาน are division words (org_patterns.jsonl `division`); round19 judged the bare
    # "กลุ่มประชาสัมพันธ์| สำนักงานรัฐมนตรี" boundary: the release writes its parent right after it
    labels = _labels(extract_text("ข่าวโดย กลุ่มประชาสัมพันธ์ สำนักงานรัฐมนตรี กระทรวงอุตสาหกรรม\nโทร 02 202 3000"))
    assert "กลุ่มประชาสัมพันธ์ สำนักงานรัฐมนตรี กระทรวงอุตสาหกรรม" in labels, labels


def test_a_bureau_written_right_before_its_office_is_that_office_s(extract_text):
    # not_organizations `higher_heads`: "สำนักงาน…" after "สำนัก…" is the level above, not a second bureau of a list
    labels = _labels(extract_text("นายสมชาย ใจดี ผู้อำนวยการสำนักนโยบายระบบการเงินและสถาบันการเงิน "
                                  "สำนักงานเศรษฐกิจการคลัง กล่าวว่า ได้ติดตามแล้ว"))
    assert "สำนักนโยบายระบบการเงินและสถาบันการเงิน สำนักงานเศรษฐกิจการคลัง" in labels, labels


def test_a_unit_keeps_its_parent_when_a_unit_is_written_after_the_parent(extract_text):
    # "ศูนย์วิจัยและพัฒนา ธ.ก.ส.| กลุ่มงานวิจัยฯ": a unit after the parent is no sibling body of a list (round19)
    labels = _labels(extract_text("นายสมชาย ใจดี ผู้อำนวยการศูนย์วิจัยและพัฒนา ธ.ก.ส. กลุ่มงานวิจัยและพยากรณ์"
                                  "เศรษฐกิจการเกษตร กล่าวว่า ราคาข้าวเพิ่มขึ้น"))
    assert "ศูนย์วิจัยและพัฒนา ธ.ก.ส." in labels, labels


@pytest.mark.parametrize("text, first, second", [
    ("ได้แก่ กรมบัญชีกลาง กรมสรรพากร และกรมศุลกากร ร่วมกันจัดงาน", "กรมบัญชีกลาง", "กรมสรรพากร"),
    ("ได้แก่ สำนักงบประมาณ สำนักงานสภาพัฒนาการเศรษฐกิจและสังคมแห่งชาติ และกรมบัญชีกลาง ร่วมกัน", "สำนักงบประมาณ",
     "สำนักงานสภาพัฒนาการเศรษฐกิจและสังคมแห่งชาติ"),
])
def test_a_list_of_two_bodies_of_one_head_stays_two(extract_text, text, first, second):
    labels = _labels(extract_text(text))
    assert {first, second} <= labels, labels
    assert not any(label.startswith(first + " ") for label in labels), labels


@pytest.mark.parametrize("text, group", [
    ("ผู้แทนกลุ่มข้าราชการกระทรวงการคลัง ได้เข้าพบ", "กลุ่มข้าราชการ"),
    ("ได้มอบหมายให้กลุ่มโรงงานสำนักงานอุตสาหกรรมจังหวัดระยอง ตรวจสอบโรงงาน", "กลุ่มโรงงาน"),
])
def test_a_group_glued_to_a_body_is_no_unit_of_it(extract_text, text, group):
    # a group (rule `unit`) joins only a parent written after a space: glued, it is a group of people or things of the
    # body, not joined to it (whether the bare group is given is the validity model's call, as at the base)
    labels = _labels(extract_text(text))
    assert not any(label.startswith(group) and label != group for label in labels), labels


@pytest.mark.parametrize("text, label", [
    # a Transport release's closing byline: the division over the permanent secretary's office (v2 2021/02/19
    # ด้านเศรษฐกิจ_1, 2021/02/09 ด้านเศรษฐกิจ_3: "#" or "# " before it)
    ("ขอให้ประชาชนใช้บริการ บขส. ได้ตามปกติ\n#กองเผยแพร่และประชาสัมพันธ์\nสำนักงานปลัดกระทรวงคมนาคม\n",
     "กองเผยแพร่และประชาสัมพันธ์ สำนักงานปลัดกระทรวงคมนาคม"),
    # IEAT's closing byline, the body glossed with its abbreviation (v2 2023/12/22 ด้านเศรษฐกิจ_3)
    ("ภาคตะวันออก อยู่ในเกณฑ์ดี\nกองสื่อสารองค์กร\nการนิคมอุตสาหกรรมแห่งประเทศไทย (กนอ.)\n21 ธันวาคม 2566\n",
     "กองสื่อสารองค์กร การนิคมอุตสาหกรรมแห่งประเทศไทย"),
])
def test_a_bylines_unit_over_its_body_on_the_next_line_is_that_bodys_unit(extract_text, text, label):
    # the unit alone on its line and a known body alone on the next: one unit, labelled as if written on one line,
    # the key the same line's "unit body" takes (issue #12: bare, it was keyed to the release's ministry)
    result = extract_text(text)
    units = [e for e in result.of_kind("organization") if e.names[0].startswith(label.split()[0])]
    assert [e.names[0] for e in units] == [label], [e.names for e in units]
    assert units[0].key == "name:" + label and "\n" not in "".join(units[0].names)


@pytest.mark.parametrize("text", [
    # a Labour byline: the PR division, then the department the data is from (v1 18/ด้านความมั่นคง_85)
    "นายจ้างต้องแจ้งภายใน 15 วัน\nกองเผยแพร่และประชาสัมพันธ์ /\nกรมการจัดหางาน – ข้อมูล/\n21 กรกฎาคม 2560\n",
    # the next line goes on after the body: a sentence, no byline
    "ในงานนี้มี\nกองเผยแพร่และประชาสัมพันธ์\nกรมการจัดหางาน ร่วมจัดนิทรรศการด้วย\n",
])
def test_a_unit_is_not_joined_to_a_next_line_that_is_no_bylines_body(extract_text, text):
    labels = _labels(extract_text(text))
    assert not any(label.startswith("กองเผยแพร่และประชาสัมพันธ์ กรม") for label in labels), labels


@pytest.mark.parametrize("text, label, bare", [
    # a release's closing line (v1 14/ด้านการศึกษาฯ_362 and seven more releases of the sample)
    ("ซึ่งทำให้ประชาชนชาวไทยเสียใจ\nกลุ่มประชาสัมพันธ์ สำนักงานรัฐมนตรี:\xa0รายงาน\nอิทธิพล รุ่งก่อน: ถ่ายภาพ\n",
     "กลุ่มประชาสัมพันธ์ สำนักงานรัฐมนตรี", "กลุ่มประชาสัมพันธ์"),
    # a group of a bureau of a department (v1 14/ด้านเศรษฐกิจ_478; round 7 judged "สำนักกฎหมาย" a boundary error)
    ("สอบถามรายละเอียดเพิ่มเติมได้ที่ กลุ่มกฎหมายและความตกลงระหว่างประเทศ สำนักกฎหมาย กรมเจ้าท่า โทร. 0 2233 1311",
     "สำนักกฎหมาย กรมเจ้าท่า", "สำนักกฎหมาย"),
    # a cabinet summary's item (v1 14/สรุปข่าวการประชุม ครม._10)
    ("8.       เรื่อง     ร่างกฎกระทรวงแบ่งส่วนราชการสำนักงานปลัดกระทรวง กระทรวงสาธารณสุขพ.ศ. ....\r\n9. เรื่อง",
     "สำนักงานปลัดกระทรวง กระทรวงสาธารณสุข", "สำนักงานปลัดกระทรวง"),
])
def test_a_unit_of_many_bodies_joined_to_its_body_is_no_name_of_it_alone(extract_text, text, label, bare):
    # "สำนักกฎหมาย" alone is every department's legal bureau (org_unit_functions.json, org_units.json): kept as a second
    # name of the joined body it was an altLabel a dozen bodies shared, so a look-up by it found them all (issue #12);
    # the body keeps the characters the release writes the unit's name at among its spans
    result = extract_text(text)
    body = next(e for e in result.of_kind("organization") if e.names[0] == label)
    assert bare not in body.names, body.names
    start = text.index(bare)
    assert any(s <= start and start + len(bare) <= e for s, e in body.spans), body.spans


def test_a_unit_of_one_body_joined_to_its_body_keeps_its_own_name(extract_text):
    # "กองสวัสดิการแรงงาน" is named by no work every body has: its own name stays a name of it (judged valid, round
    # "before")
    result = extract_text("นางสาวสมศรี ใจงาม ผู้อำนวยการกองสวัสดิการแรงงาน กรมสวัสดิการและคุ้มครองแรงงาน กล่าวว่า")
    body = next(e for e in result.of_kind("organization") if e.names[0].startswith("กองสวัสดิการแรงงาน"))
    assert "กองสวัสดิการแรงงาน" in body.names, body.names


@pytest.mark.parametrize("text, ministry", [
    # v2 2022/11/05 ด้านความมั่นคง_321 (and nine more releases of the sample: the ministry's political spokesperson)
    ("นางเธียรรัตน์ นะวะมะวัฒน์ โฆษกกระทรวงแรงงาน (ฝ่ายการเมือง) นายบุญชอบ สุทธมนัสวงษ์ ปลัดกระทรวงแรงงาน",
     "กระทรวงแรงงาน"),
    # v2 2024/02/05 ด้านเศรษฐกิจ_9
    ("นางสาวอัยรินทร์ พันธุ์ฤทธิ์ โฆษกกระทรวงเกษตรและสหกรณ์ (ฝ่ายการเมือง) กล่าวถึงกรณีเหตุเพลิงไหม้ที่กระทรวงเกษตรและสหกรณ์",
     "กระทรวงเกษตรและสหกรณ์"),
])
def test_a_division_named_in_brackets_after_a_ministry_is_no_name_of_it(extract_text, text, ministry):
    # a prefix word and a work in brackets ("ฝ่ายการเมือง") is no abbreviation of the body before it: it says which
    # side of the ministry speaks (organizations._division_named); learned as one, the ministry carried the name of
    # every ministry's political side
    result = extract_text(text)
    body = next(e for e in result.of_kind("organization") if e.names[0] == ministry)
    assert "ฝ่ายการเมือง" not in body.names, body.names


def test_a_bracketed_short_form_of_a_division_is_still_learned(extract_text):
    # the name begins with the bracket's prefix word: its own short form, learned as before
    result = extract_text("สำนักการจราจรและขนส่ง (สำนักการจราจรฯ) ได้ปรับสัญญาณไฟ ทั้งนี้ สำนักการจราจรฯ ขอให้ประชาชน")
    assert any("สำนักการจราจรฯ" in e.names for e in result.of_kind("organization")), \
        [e.names for e in result.of_kind("organization")]
