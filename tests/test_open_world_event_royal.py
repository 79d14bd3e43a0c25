"""Event names in the open world, twenty-ninth session: the royal an event is for is part of its name. A well-wishes
signing or an exhibition in a royal's honour named by its type word and "ถวายพระพร"/"เฉลิมพระเกียรติ" alone was read as
that type word and described ("ลงนาม (กระทรวงอุตสาหกรรม, …)": an agreement signed, judged bad in rounds 15 and 16);
the royal named with it (ontology/th/royal_names.json) says which event it is, glued on or after a space."""

from test_open_world_event_names import DAY, _labels, _names


def test_a_well_wishes_signing_glued_to_the_queen_mother_is_named(extract_text):
    # thaigov-v2 2024/08/12 ด้านเศรษฐกิจ_3 (judged described-bad, round 15: "ลงนาม (กระทรวงอุตสาหกรรม, …)")
    text = DAY + ("นายสมชาย ใจดี ปลัดกระทรวงอุตสาหกรรม พร้อมด้วยคณะผู้บริหารกระทรวงอุตสาหกรรม ร่วมลงนามถวายพระพร"
                  "สมเด็จพระนางเจ้าสิริกิติ์ พระบรมราชินีนาถ พระบรมราชชนนีพันปีหลวง เนื่องในโอกาสวันเฉลิมพระชนมพรรษา "
                  "12 สิงหาคม 2567 ณ ศาลาสหทัยสมาคม ในพระบรมมหาราชวัง")
    extraction = extract_text(text)
    labels = _labels(extraction)
    assert "ลงนามถวายพระพรสมเด็จพระนางเจ้าสิริกิติ์ พระบรมราชินีนาถ พระบรมราชชนนีพันปีหลวง" in _names(extraction), labels
    assert not any(label.startswith("ลงนาม (") for label in labels), labels


def test_a_well_wishes_signing_goes_on_across_a_space_to_the_princess(extract_text):
    # thaigov-v2 2024/07/04 ด้านความมั่นคง_4 (the replay's "before" junk "ร่วมลงนามถวายพระพร", then "ลงนาม (…)")
    text = DAY + ("นายสมชาย ใจดี ปลัดกระทรวงมหาดไทย เชิญชวนข้าราชการ ร่วมลงนามถวายพระพร  สมเด็จพระเจ้าน้องนางเธอ "
                  "เจ้าฟ้าจุฬาภรณวลัยลักษณ์ อัครราชกุมารี กรมพระศรีสวางควัฒน วรขัตติยราชนารี เนื่องในโอกาสวันคล้ายวันประสูติ")
    extraction = extract_text(text)
    labels = _labels(extraction)
    assert any(n.startswith("ลงนามถวายพระพร สมเด็จพระเจ้าน้องนางเธอ เจ้าฟ้าจุฬาภรณวลัยลักษณ์") for n in _names(extraction)), \
        labels
    assert not any(label.startswith("ลงนาม (") for label in labels), labels


def test_a_signing_goes_on_to_no_royal_after_other_words(extract_text):
    # the royal must follow the well-wishing word: an agreement signed with a royal named later is not carried to him
    text = DAY + ("นายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงอุตสาหกรรม ลงนามบันทึกความเข้าใจ สมเด็จพระนางเจ้าสิริกิติ์ "
                  "พระบรมราชินีนาถ ทรงพระกรุณาโปรดเกล้าฯ")
    assert not any("สมเด็จพระนางเจ้า" in n for n in _names(extract_text(text)))


def test_an_invitation_to_sign_online_is_no_event(extract_text):
    # thaigov-v2 2021/05/01 ด้านความมั่นคง_3 (judged junk in rounds 3, 15 and mid: "standing invitation, no event")
    text = DAY + ("นายสมชาย ใจดี ปลัดกระทรวงทรัพยากรธรรมชาติและสิ่งแวดล้อม เชิญชวนผู้บริหารและบุคลากรในสังกัด "
                  "ร่วมลงนามถวายพระพรชัยมงคลผ่านระบบออนไลน์ ตลอดเดือนพฤษภาคม 2564")
    assert not _labels(extract_text(text))


def test_the_ceremony_told_before_an_online_invitation_stays(extract_text):
    # thaigov-v2 2021/06/03 ด้านความมั่นคง_1: the ministry's signing on the day is an event; the invitation after is not
    text = DAY + ("นายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงทรัพยากรธรรมชาติและสิ่งแวดล้อม นำคณะผู้บริหารระดับสูงร่วมลงนามถวายพระพร "
                  "สมเด็จพระนางเจ้าสุทิดา พัชรสุธาพิมลลักษณ พระบรมราชินี เนื่องในโอกาสวันเฉลิมพระชนมพรรษา ณ อาคารกระทรวง\n"
                  "ทั้งนี้ ยังได้เชิญชวน ข้าราชการ และประชาชนทั่วไป ร่วมลงนามถวายพระพรผ่านระบบออนไลน์ได้ที่เว็บไซต์ http://www.mnre.go.th")
    names = _names(extract_text(text))
    assert any(n.startswith("ลงนามถวายพระพร สมเด็จพระนางเจ้าสุทิดา") for n in names), names
