"""Event names in the open world, round five: a name cut at a possessive glued to it ("…ด้านสตรีของเขตเศรษฐกิจเอเปค")
goes on over what the event belongs to, when the words before it are a real name (not a type word and generic
words: then the possessive tells what was discussed); a description's parties are the bodies and persons
nearest the type word, so the body named right before "การประชุมครั้งที่ 6/2567" is the one that met; a type word
with one common word after it ("การประชุมคู่ขนาน") is read as the type word alone, unless a body, a province or
country, a number or a Latin name says which."""

from datetime import date

from test_open_world_event_names import DAY, _labels, _names


def test_a_name_goes_on_over_a_glued_possessive(extract_text):
    text = DAY + "นายสมชาย ใจดี เข้าร่วมการประชุมระดับรัฐมนตรีด้านสตรีของเขตเศรษฐกิจเอเปค ณ กรุงเทพมหานคร"
    names = _names(extract_text(text))
    assert "การประชุมระดับรัฐมนตรีด้านสตรีของเขตเศรษฐกิจเอเปค" in names, names


def test_a_spaced_possessive_is_not_taken(extract_text):
    text = DAY + "นายสมชาย ใจดี เข้าร่วมการประชุมระดับรัฐมนตรีด้านสตรี ของเขตเศรษฐกิจเอเปค ณ กรุงเทพมหานคร"
    names = _names(extract_text(text))
    assert "การประชุมระดับรัฐมนตรีด้านสตรี" in names and not any("ของ" in n for n in names), names


def test_a_possessive_after_a_type_word_and_generic_words_is_not_taken(extract_text):
    text = DAY + "นายสมชาย ใจดี ร่วมหารือการดำเนินงานของคณะทำงานขับเคลื่อนเศรษฐกิจภาคอุตสาหกรรม เพื่อขับเคลื่อนเศรษฐกิจ"
    names = _names(extract_text(text))
    assert not any("ของ" in n for n in names), names


def test_a_description_names_the_body_nearest_its_type_word_first(extract_text):
    text = ("วันที่ 25 มิถุนายน 2567 คณะรัฐมนตรีรับทราบแนวทางที่กระทรวงคมนาคมเสนอ ซึ่งคณะกรรมการการทางพิเศษแห่งประเทศไทย"
            "ใน การประชุมครั้งที่ 6/2567 มีมติเห็นชอบ")
    labels = [lab for lab in _labels(extract_text(text)) if "6/2567" in lab]
    # the cabinet, named a clause before, came first when parties were listed in text order
    assert labels and labels[0].split("(")[1].startswith("การทางพิเศษแห่งประเทศไทย") and "คณะรัฐมนตรี" not in labels[0], labels


def test_a_type_word_with_common_words_only_is_no_name(extract_text):
    text = "การประชุมคณะรัฐมนตรี\n" + DAY + "นายสมชาย ใจดี กล่าวว่า ภายหลังการประชุมคู่ขนาน คณะทำงานได้สรุปผล"
    names = _names(extract_text(text))
    assert "การประชุมคู่ขนาน" not in names, names


def test_a_type_word_with_a_province_or_a_body_is_a_name(extract_text):
    text = DAY + "นายสมชาย ใจดี ลงพื้นที่บุรีรัมย์ และเข้าร่วมการประชุมคณะกรรมการส่งเสริมการลงทุน ณ ทำเนียบรัฐบาล"
    names = _names(extract_text(text))
    assert "ลงพื้นที่บุรีรัมย์" in names and "การประชุมคณะกรรมการส่งเสริมการลงทุน" in names, names


def test_a_type_word_with_common_words_and_a_latin_name_after_it_is_a_name(extract_text):
    text = DAY + "ภายในงานมีพิธีมอบใบอนุญาต E-License แก่ผู้ได้รับใบอนุญาต จำนวน 3 ราย"
    names = _names(extract_text(text))
    assert any(n.startswith("พิธีมอบใบอนุญาต") for n in names), names


def test_a_prize_is_no_event_without_a_year_or_an_occasion(extract_text):
    text = DAY + "มูลนิธิรางวัลสมเด็จเจ้าฟ้ามหิดล ประกาศผลผู้ได้รับ Prince Mahidol Award และจัด United Nations Public Service Awards 2018 ณ กรุงเทพมหานคร"
    names = _names(extract_text(text))
    assert "Prince Mahidol Award" not in names and any("Awards 2018" in n for n in names), names


def test_a_type_word_that_took_place_is_the_story_event(extract_text):
    text = ("รองนายกรัฐมนตรีพบรัฐมนตรีการค้าสหราชอาณาจักร\nเมื่อวันที่ 19 ม.ค. 66 นายอนุทิน ชาญวีรกูล รองนายกรัฐมนตรี "
            "ได้พบกับรัฐมนตรีช่วยว่าการกระทรวงการค้าระหว่างประเทศแห่งสหราชอาณาจักร\n"
            "การพบหารือมีขึ้น ณ กระทรวงการค้าระหว่างประเทศ กรุงลอนดอน โดยมีนายธานี ทองภักดี เอกอัครราชทูตไทย เข้าร่วม")
    events = [e for e in extract_text(text, published=date(2023, 1, 20)).of_kind("event")
              if any("พบหารือ" in n for n in e.names)]
    assert events and str(events[0].date) == "2023-01-19", [(e.names, e.date) for e in events]


def test_a_bare_type_word_elsewhere_still_refers_back(extract_text):
    text = ("ข่าว\nเมื่อวันที่ 19 ม.ค. 66 นายอนุทิน ชาญวีรกูล ได้พบกับผู้แทนสหราชอาณาจักร\n"
            "การพบหารือครั้งนี้ มีคณะผู้แทนจากประเทศไทยเข้าร่วม")
    assert not [e for e in extract_text(text).of_kind("event") if any("พบหารือ" in n for n in e.names)]


def test_a_signing_between_two_parties_names_both(extract_text):
    text = DAY + "นายกรัฐมนตรีเป็นสักขีพยานในพิธีลงนามโครงการแลกเปลี่ยนทางวัฒนธรรมระหว่างรัฐบาลแห่งราชอาณาจักรไทยและรัฐบาลแห่งสาธารณรัฐอินเดีย ณ ทำเนียบรัฐบาล"
    names = _names(extract_text(text))
    assert any(n.endswith("ระหว่างรัฐบาลแห่งราชอาณาจักรไทยและรัฐบาลแห่งสาธารณรัฐอินเดีย") for n in names), names


def test_a_day_a_region_and_a_series_keep_their_names(extract_text):
    text = DAY + "นายกรัฐมนตรีเป็นประธานงานวันเด็ก และลงพื้นที่ภาคอีสาน ก่อนการประชุม ครม. สัญจร ณ จังหวัดขอนแก่น"
    names = _names(extract_text(text))
    assert {"งานวันเด็ก", "ลงพื้นที่ภาคอีสาน"} <= set(names) and any("สัญจร" in n for n in names), names


def test_a_day_and_month_after_a_name_are_its_date(extract_text):
    text = DAY + "จังหวัดชลบุรีจัดงานวันไหลบางแสน ๑๖-๒๑ เม.ย. ๖๖ ณ หาดบางแสน"
    names = _names(extract_text(text))
    assert "งานวันไหลบางแสน" in names, names
