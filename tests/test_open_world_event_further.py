"""Events in the open world, round seven: a paragraph that opens with a word of a further activity ("นอกจากนี้",
"จากนั้น", "และในเวลา …") tells another event of the story's day (event_words further): it is dated by the event
told before it and kept apart from it unless their names are alike."""

from datetime import date

STORY = ("ผู้ตรวจราชการลงพื้นที่นราธิวาส ตรวจเยี่ยมโรงโม่หิน\n\n"
         "วันที่ 28 สิงหาคม 2566 นายวีระกิตติ์ รันทกิจธนวิชญ์ ผู้ตรวจราชการกระทรวงอุตสาหกรรม ลงพื้นที่ตรวจเยี่ยม "
         "ห้างหุ้นส่วนจำกัด นราธิวาสโรงโม่หิน ณ ตำบลกะลุวอเหนือ อำเภอเมือง จังหวัดนราธิวาส\n")


def _visits(extraction) -> list:
    return [e for e in extraction.of_kind("event") if e.type == "Visit"]


def test_a_further_visit_is_another_event_of_the_storys_day(extract_text):
    text = STORY + ("นอกจากนี้ ผู้ตรวจราชการกระทรวงอุตสาหกรรม ได้ลงพื้นที่ตรวจเยี่ยมและมอบใบรับรอง มอก.เอส "
                    "ประเภทการบริการร้านกาแฟ ณ ตำบลโคกเคียน อำเภอเมือง จังหวัดนราธิวาส\n")
    visits = _visits(extract_text(text, published=date(2023, 8, 29)))
    assert len(visits) == 2, [(v.names, v.date) for v in visits]
    assert all(v.date == date(2023, 8, 28) for v in visits), [(v.names, v.date) for v in visits]


def test_a_paragraph_without_a_further_word_tells_no_dated_visit_of_its_own(extract_text):
    text = STORY + ("ผู้ตรวจราชการกระทรวงอุตสาหกรรม ได้ลงพื้นที่ตรวจเยี่ยมและมอบใบรับรอง มอก.เอส "
                    "ประเภทการบริการร้านกาแฟ ณ ตำบลโคกเคียน อำเภอเมือง จังหวัดนราธิวาส\n")
    visits = _visits(extract_text(text, published=date(2023, 8, 29)))
    assert len(visits) == 1, [(v.names, v.date) for v in visits]


def test_a_further_mention_of_the_same_named_event_joins_it(extract_text):
    text = ("วันที่ 28 สิงหาคม 2566 นายสมชาย ใจดี เป็นประธานการประชุมคณะกรรมการส่งเสริมการลงทุน ครั้งที่ 3/2566 "
            "ณ ทำเนียบรัฐบาล\n"
            "จากนั้น นายสมชาย ใจดี แถลงผลการประชุมคณะกรรมการส่งเสริมการลงทุน ครั้งที่ 3/2566\n")
    meetings = [e for e in extract_text(text, published=date(2023, 8, 29)).of_kind("event") if e.type == "Meeting"]
    assert len(meetings) == 1, [(m.names, m.date) for m in meetings]


def test_a_meeting_told_as_where_something_happens_is_an_event(extract_text):
    text = ("ข่าวทั่วไป\n\nวันที่ 20 มกราคม 2566 นายสมชาย ใจดี พบหารือกับเอกอัครราชทูตสหราชอาณาจักร ณ ทำเนียบรัฐบาล\n"
            "ทั้งนี้ การลงคะแนนจะมีขึ้นในที่ประชุมสมัชชาใหญ่ BIE ที่กรุงปารีส ในเดือนมิ.ย. ของปีนี้\n")
    events = extract_text(text, published=date(2023, 1, 20)).of_kind("event")
    named = [e for e in events if any("สมัชชาใหญ่ BIE" in n for n in e.names)]
    assert named, [(e.names, e.date) for e in events]
    assert not any(n.startswith("พบหารือ") for e in named for n in e.names), [(e.names, e.date) for e in named]


def test_the_assembly_that_decides_is_no_event(extract_text):
    text = "ข่าวทั่วไป\n\nวันที่ 20 มกราคม 2566 ที่ประชุมคณะรัฐมนตรีมีมติเห็นชอบร่างระเบียบ\n"
    events = extract_text(text, published=date(2023, 1, 20)).of_kind("event")
    assert not events, [(e.names, e.date) for e in events]


RECALLED = ("รมช.ศธ. มอบแนวทางการจัดทำแผนบูรณาการด้านการศึกษาระดับภาค\n\n"
            "วันที่ 10 พฤศจิกายน 2560 พล.อ.สุรเชษฐ์ ชัยวงศ์ รัฐมนตรีช่วยว่าการกระทรวงศึกษาธิการ มอบแนวทางการจัดทำแผน"
            "บูรณาการด้านการศึกษาระดับภาค ณ จังหวัดขอนแก่น\n"
            "ทั้งนี้ เมื่อวันที่ 24 กันยายนที่ผ่านมา ศธ.ได้จัดให้มีการประชุมเพื่อทบทวนการจัดทำแผน"
            "บูรณาการด้านการศึกษา\n")


def test_a_further_meeting_after_one_recalled_takes_no_recalled_day(extract_text):
    text = RECALLED + ("นอกจากนี้ ฝากให้ที่ประชุมได้ร่วมกันรณรงค์สร้างการพัฒนาผู้นำ ซึ่งเป็นเจตนารมณ์ของ "
                       "พล.อ.ประยุทธ์ จันทร์โอชา นายกรัฐมนตรี ที่กล่าวในการประชุมคณะรัฐมนตรี เพื่อต้องการให้"
                       "สิ่งเหล่านี้เกิดขึ้น\n")
    events = extract_text(text, published=date(2017, 11, 10)).of_kind("event")
    cabinet = [e for e in events if any("คณะรัฐมนตรี" in n for n in e.names)]
    assert not any(e.date == date(2017, 9, 24) for e in cabinet), [(e.names, e.date) for e in events]


def test_a_further_visit_after_a_story_event_still_takes_its_day(extract_text):
    text = STORY + ("ทั้งนี้ เมื่อวันที่ 28 สิงหาคม 2566 ผู้ตรวจราชการ ได้ประชุมหารือกับผู้ประกอบการ\n"
                    "นอกจากนี้ ผู้ตรวจราชการกระทรวงอุตสาหกรรม ได้ลงพื้นที่ตรวจเยี่ยมและมอบใบรับรอง มอก.เอส "
                    "ประเภทการบริการร้านกาแฟ ณ ตำบลโคกเคียน อำเภอเมือง จังหวัดนราธิวาส\n")
    visits = _visits(extract_text(text, published=date(2023, 8, 29)))
    assert all(v.date == date(2023, 8, 28) for v in visits), [(v.names, v.date) for v in visits]


def test_a_further_visit_after_a_story_told_as_past_keeps_the_storys_day(extract_text):
    text = ("ขีดเส้น 3 เดือน รัฐมนตรีสั่งแก้ปัญหาน้ำเน่าเสียหาดใหญ่\n\n"
            "นายสุริยะ จึงรุ่งเรืองกิจ รัฐมนตรีว่าการกระทรวงอุตสาหกรรม เปิดเผยว่า จากการที่ตนเองและคณะ "
            "ลงพื้นที่ตรวจติดตามงานในพื้นที่จังหวัดสงขลา เมื่อวันที่ 11 ตุลาคมที่ผ่านมา พบว่าน้ำในคลองเน่าเสีย\n"
            "นอกจากนี้ นายสุริยะฯ และคณะ ได้ลงพื้นที่เยี่ยมชมตลาดคลองแห ซึ่งเป็นหนึ่งในหมู่บ้านอุตสาหกรรมสร้างสรรค์\n")
    visits = _visits(extract_text(text, published=date(2019, 10, 19)))
    assert any("คลองแห" in n and v.date == date(2019, 10, 11) for v in visits for n in v.names), \
        [(v.names, v.date) for v in visits]
