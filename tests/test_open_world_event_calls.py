"""A call or visit told by its verb, twenty-eighth session (issue #12): a talk told after the call verb is the
call's purpose, the same event (judged round 22: "หารือ (กรมโรงงานอุตสาหกรรม, สำนักงานปลัดกระทรวงอุตสาหกรรม)" "misses
Toyota, the visiting party"); the call names who came (the subject before the verb) and whom they called on (right
after it) first (judged round 20: "EU-ABC's call on PM; description omits EU-ABC"): event_calls."""


def _events(extraction):
    return [(e.type, e.names, e.parties) for e in extraction.of_kind("event")]


def test_a_talk_after_a_call_verb_names_the_visitors(extract_text):
    text = ("รองปลัดภานุวัฒน์ฯ ให้คณะผู้บริหารโตโยต้า มอเตอร์ ประเทศไทย จำกัด เข้าพบ\n"
            "วันนี้ (27 พฤษภาคม 2565) นายภานุวัฒน์ ตริยางกูรศรี รองปลัดกระทรวงอุตสาหกรรม ให้นายสุรภูมิ อุดมวงศ์"
            " รองกรรมการผู้จัดการใหญ่ บริษัท โตโยต้า มอเตอร์ ประเทศไทย จำกัด นำคณะผู้บริหารบริษัทฯ เข้าพบ"
            " เพื่อหารือเรื่องโครงการศึกษาความเหมาะสมในการกำจัดซากรถยนต์ที่เป็นมิตรกับสิ่งแวดล้อม โดยมี นายสหวัฒน์ โสภา"
            " รองอธิบดีกรมโรงงานอุตสาหกรรม และเจ้าหน้าที่ที่เกี่ยวข้อง ร่วมหารือ ณ ห้องประชุมชุณหะวัณ ชั้น 3")
    events = _events(extract_text(text))
    meetings = [e for e in events if e[0] == "Meeting"]
    assert meetings and meetings[0][2][0].startswith("org:toyota"), events


def test_a_talk_after_a_courtesy_call_names_the_visitors_and_the_host(extract_text):
    text = ("วันนี้ (20 กันยายน 2561) เวลา 13.30 น. คณะผู้แทนธนาคารพัฒนาเอเชีย เข้าเยี่ยมคารวะ พลเอก ประยุทธ์"
            " จันทร์โอชา นายกรัฐมนตรี โดยมีบุคคลระดับสูงภาครัฐเข้าร่วมหารือประกอบด้วย นายสมคิด จาตุศรีพิทักษ์"
            " รองนายกรัฐมนตรี นายอุตตม สาวนายน รัฐมนตรีว่าการกระทรวงอุตสาหกรรม")
    meetings = [e for e in _events(extract_text(text)) if e[0] == "Meeting"]
    assert meetings, meetings
    parties = meetings[0][2]
    assert parties[0] != "person:สมคิด จาตุศรีพิทักษ์" and "person:ประยุทธ์ จันทร์โอชา" in parties[:2], meetings


def test_a_talk_far_from_a_call_stays_its_own(extract_text):
    text = ("วันนี้ (1 มิถุนายน 2565) นายสุชาติ ชมกลิ่น รัฐมนตรีว่าการกระทรวงแรงงาน ร่วมหารือกับ"
            " สภาองค์การนายจ้างผู้ประกอบการค้าและอุตสาหกรรมไทย ณ กระทรวงแรงงาน")
    meetings = [e for e in _events(extract_text(text)) if e[0] == "Meeting"]
    assert meetings, _events(extract_text(text))
