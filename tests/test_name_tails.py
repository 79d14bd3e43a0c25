"""Identifying tails of organization and event names (graph/extract/tails.py): a number, an area number, a province,
a partner or a glued country written right after a name that alone names a kind of body or event; and an event's
own day told in its paragraph rather than the release's date."""

from datetime import date

from conftest import load_script, write_corpus_tar


def _orgs(extraction) -> list[str]:
    return [n for e in extraction.of_kind("organization") for n in e.names]


def _events(extraction) -> list:
    return extraction.of_kind("event")


def test_an_area_number_after_a_body_names_its_regional_office(extract_text):
    names = _orgs(extract_text("จากการรายงานของสำนักงาน คปภ. ภาค 8 และสำนักงาน คปภ. ภาค 9 พบว่าความเสียหายไม่มาก"))
    assert "สำนักงาน คปภ. ภาค 8" in names and "สำนักงาน คปภ. ภาค 9" in names, names


def test_a_ministrys_area_number_is_an_inspectors_zone_not_a_body(extract_text):
    names = _orgs(extract_text("นายชาญยุทธ์ ผู้ตรวจราชการกระทรวงเกษตรและสหกรณ์ เขต 4 ลงพื้นที่ตรวจเยี่ยมเกษตรกร"))
    assert "กระทรวงเกษตรและสหกรณ์" in names and not any("เขต 4" in n for n in names), names


def test_a_members_area_number_is_a_constituency_not_a_body(extract_text):
    names = _orgs(extract_text("นายภิญโญ นิโรจน์ สมาชิกสภาผู้แทนราษฎร เขต 1 จ.นครสวรรค์ ร่วมต้อนรับคณะรัฐมนตรี"))
    assert "สภาผู้แทนราษฎร" in names and not any("เขต 1" in n for n in names), names


def test_a_measure_after_an_area_word_is_no_number_of_a_name(extract_text):
    names = _orgs(extract_text("ศูนย์วิจัยข้าวปทุมธานี พื้นที่ 45 ไร่ เปิดให้เกษตรกรเข้าชมแปลงสาธิต"))
    assert not any("45" in n for n in names), names


def test_a_name_ending_on_its_province_word_takes_the_province_after_a_space(extract_text):
    names = _orgs(extract_text("นายสมชาย ใจดี ผู้อำนวยการสำนักงานพาณิชย์จังหวัด เชียงใหม่ ได้ร่วมประชุมกับผู้ประกอบการ"))
    assert "สำนักงานพาณิชย์จังหวัด เชียงใหม่" in names, names


def test_a_place_then_an_area_number_both_belong_to_the_name(extract_text):
    names = _orgs(extract_text("เจ้าหน้าที่ของสำนักงานสวัสดิการและคุ้มครองแรงงานกรุงเทพมหานครพื้นที่ 6 ได้ร่วมตรวจสอบสถานประกอบการ"))
    assert "สำนักงานสวัสดิการและคุ้มครองแรงงานกรุงเทพมหานครพื้นที่ 6" in names, names


def test_a_country_glued_to_a_ministry_is_that_countrys_ministry(extract_text):
    extraction = extract_text("รัฐมนตรีว่าการกระทรวงการต่างประเทศสหราชอาณาจักร เข้าเยี่ยมคารวะนายกรัฐมนตรี")
    names = _orgs(extraction)
    assert "กระทรวงการต่างประเทศสหราชอาณาจักร" in names and "กระทรวงการต่างประเทศ" not in names, names


def test_thailand_glued_to_a_ministry_is_the_ministry_itself(extract_text):
    names = _orgs(extract_text("กระทรวงพาณิชย์ไทยและสภาหอการค้าร่วมกันจัดงานแสดงสินค้า"))
    assert "กระทรวงพาณิชย์" in names and "กระทรวงพาณิชย์ไทย" not in names, names


def test_a_region_alone_takes_no_glued_country(extract_text):
    names = _orgs(extract_text("การประชุมรัฐมนตรีขนส่งอาเซียนจีน ครั้งที่ 22 มีขึ้นที่กรุงเทพมหานคร"))
    assert "อาเซียนจีน" not in names, names


def test_an_event_name_takes_its_partner_and_then_its_session_number(extract_text):
    text = "เมื่อวันที่ 5 มีนาคม 2562 นายกรัฐมนตรีเข้าร่วมการประชุมรัฐมนตรีเศรษฐกิจอาเซียน - ญี่ปุ่น ครั้งที่ 3 ณ กรุงเทพมหานคร"
    names = [n for e in _events(extract_text(text)) for n in e.names]
    assert "การประชุมรัฐมนตรีเศรษฐกิจอาเซียน - ญี่ปุ่น ครั้งที่ 3" in names, names


def test_session_numbers_chain(extract_text):
    text = "เมื่อวันที่ 5 มีนาคม 2562 ในการประชุมสภาผู้แทนราษฎร ชุดที่ 26 ปีที่ 1 ครั้งที่ 16 ที่ประชุมได้พิจารณาร่างกฎหมาย"
    names = [n for e in _events(extract_text(text)) for n in e.names]
    assert "การประชุมสภาผู้แทนราษฎร ชุดที่ 26 ปีที่ 1 ครั้งที่ 16" in names, names


def test_an_event_takes_the_day_its_paragraph_tells_not_the_release_date(extract_text):
    filler = "โดยมีผู้แทนจากหน่วยงานภาครัฐ ภาคเอกชน และสถาบันการศึกษาเข้าร่วมแลกเปลี่ยนความรู้ด้านความปลอดภัย " * 3
    text = ("กระทรวงแรงงานจัดงานสัปดาห์ความปลอดภัย\n"
            "นายสุชาติ ชมกลิ่น รัฐมนตรีว่าการกระทรวงแรงงาน กล่าวว่า กระทรวงแรงงานเป็นประธานเปิดการสัมมนาวิชาการด้านความปลอดภัยในการทำงาน "
            + filler + "ซึ่งงานนี้จัดขึ้นระหว่างวันที่ 30 มิถุนายน 2565 ณ เมืองทองธานี\n")
    events = [e for e in _events(extract_text(text, published=date(2022, 7, 8))) if "สัมมนา" in (e.description or e.names[0])]
    assert events and events[0].date == date(2022, 6, 30), [(e.names, e.description, e.date) for e in events]


def test_a_tail_table_keys_names_by_their_words_and_numbers_as_hashes():
    from phakhi.graph.extract import tails

    assert tails.head("สำนักศิลปากรที่ 3") == tails.head("สำนักศิลปากรที่ ๕") == "สำนักศิลปากรที่#"
    assert tails.tail_core(" จังหวัดราชบุรี") == tails.tail_core("ราชบุรี") == "ราชบุรี"


def test_the_miner_lists_a_name_written_with_different_tails_in_most_releases_not_an_address(tmp_path):
    kind = "กองร้อยทดสอบชายแดน"  # written with its company number in every release, a different one each
    address = "กระทรวงสาธารณสุข"  # written with a province (its address) in one release of four
    texts = [f"ข่าว {i}\nเจ้าหน้าที่{kind} {336 + i} ร่วมกับ{address} ลงพื้นที่\n" for i in range(3)]
    texts.append(f"ข่าว 9\n{address} จ.นนทบุรี แถลงข่าว\n")
    archive = tmp_path / "mini.tar"
    write_corpus_tar(archive, texts)
    heads = load_script("mine_name_tails").mine([str(archive)], every=1, min_releases=3, share=0.5)
    assert kind in heads["number"], heads
    assert address not in heads["place"], heads
