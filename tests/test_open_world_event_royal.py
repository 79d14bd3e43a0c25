"""Royal names in event names, fourteenth session (issue #12; judged audits: an event named for a royal cut at a
space inside the royal's name and titles, "…อานันทมหิดล| พระอัฐมรามาธิบดินทร", "…กนิษฐาธิราชเจ้า| กรมสมเด็จพระ
เทพรัตนราชสุดาฯ สยามบรมราชกุมารี"; the names are data, ontology/th/royal_names.json)."""

from test_open_world_event_names import _names


def test_an_event_named_for_a_royal_runs_through_the_royal_name_across_its_spaces(extract_text):
    text = ("เมื่อวันที่ 9 มิถุนายน 2566 รัฐบาลจัดพิธีบวงสรวงและแถลงข่าวการจัดงานเฉลิมพระเกียรติพระบาทสมเด็จพระปรเมนทร"
            "มหาอานันทมหิดล พระอัฐมรามาธิบดินทร ณ ทำเนียบรัฐบาล")
    names = _names(extract_text(text))
    assert "แถลงข่าวการจัดงานเฉลิมพระเกียรติพระบาทสมเด็จพระปรเมนทรมหาอานันทมหิดล พระอัฐมรามาธิบดินทร" in names, names


def test_every_part_of_a_royal_title_the_text_writes_is_the_name_s(extract_text):
    text = ("เมื่อวันที่ 4 กรกฎาคม 2568 ปลัดกระทรวงเป็นประธานเปิดนิทรรศการพระราชกรณียกิจของสมเด็จพระกนิษฐาธิราชเจ้า"
            " กรมสมเด็จพระเทพรัตนราชสุดาฯ สยามบรมราชกุมารี ณ หอประชุมกระทรวง")
    names = _names(extract_text(text))
    assert ("นิทรรศการพระราชกรณียกิจของสมเด็จพระกนิษฐาธิราชเจ้า กรมสมเด็จพระเทพรัตนราชสุดาฯ สยามบรมราชกุมารี"
            in names), names


def test_a_word_after_a_royal_name_that_is_no_part_of_it_stays_out(extract_text):
    text = ("เมื่อวันที่ 4 กรกฎาคม 2568 ปลัดกระทรวงเป็นประธานเปิดนิทรรศการพระราชกรณียกิจของสมเด็จพระกนิษฐาธิราชเจ้า"
            " ณ หอประชุมกระทรวง")
    names = _names(extract_text(text))
    assert "นิทรรศการพระราชกรณียกิจของสมเด็จพระกนิษฐาธิราชเจ้า" in names, names
