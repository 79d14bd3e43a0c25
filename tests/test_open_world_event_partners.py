"""Who signed or met, listed after "ระหว่าง", fifteenth session (issue #12; judged audits called every name cut after
its first party a boundary error: "ลงนามบันทึกความเข้าใจระหว่างกรมประชาสัมพันธ์| สำนักนายกรัฐมนตรี…และ…",
"พิธีลงนามบันทึกข้อตกลงความเข้าใจระหว่าง ธ.ก.ส.|", "…ระหว่างรัฐบาลแห่งราชอาณาจักรไทย| และรัฐบาลแห่งสาธารณรัฐอินเดีย"):
event_extents.partners_end."""

from test_open_world_event_names import _names


def test_a_name_cut_after_its_first_party_runs_on_to_the_next(extract_text):
    text = ("ข่าวกระทรวง\nเมื่อวันที่ 2 ตุลาคม 2561 พลเอก ประยุทธ์ จันทร์โอชา เป็นประธานในพิธีลงนามบันทึกความเข้าใจ"
            "ว่าด้วยความร่วมมือทางวัฒนธรรมระหว่าง กต.แห่งราชอาณาจักรไทยกับกระทรวงการต่างประเทศแห่ง"
            "บอสเนียและเฮอร์เซโกวีนา ณ ทำเนียบรัฐบาล")
    names = _names(extract_text(text))
    assert any(n.endswith("ราชอาณาจักรไทยกับกระทรวงการต่างประเทศแห่งบอสเนียและเฮอร์เซโกวีนา") for n in names), names


def test_a_name_whose_list_goes_on_past_a_clause_ends_before_between(extract_text):
    text = ("ข่าวทำเนียบรัฐบาล\nเมื่อวันที่ 2 ตุลาคม 2561 นางเรณู ตังคจิวางกูร เป็นประธานในพิธีลงนามบันทึกข้อตกลงความเข้าใจระหว่าง ธ.ก.ส."
            " ร่วมมือกับบริษัทห้องปฏิบัติการกลาง (ประเทศไทย) จำกัด ตรวจสอบวิเคราะห์สินค้าเกษตร ณ ทำเนียบรัฐบาล")
    extraction = extract_text(text)
    names = _names(extraction)
    assert not any("ระหว่าง" in n for n in names), names
    signings = [e for e in extraction.of_kind("event") if e.type == "Signing"]
    assert signings and "org:baac" in signings[0].parties, [(e.names, e.parties) for e in signings]


def test_a_person_after_between_is_a_party_not_the_name(extract_text):
    text = ("วันนี้ (28 กุมภาพันธ์ 2568) ณ ทำเนียบรัฐบาล ได้มีการพบหารือระหว่างนางสาวแพทองธาร ชินวัตร นายกรัฐมนตรี"
            " และ นาง Helena Lersch รองประธานฝ่ายนโยบายสาธารณะ บริษัท ติ๊กต๊อก จำกัด")
    extraction = extract_text(text)
    names = _names(extraction)
    assert not any("ระหว่าง" in n for n in names), names
    assert any("person:แพทองธาร ชินวัตร" in e.parties for e in extraction.of_kind("event")), \
        [(e.names, e.parties) for e in extraction.of_kind("event")]


def test_a_whole_list_of_parties_and_a_word_made_with_between_stay(extract_text):
    text = ("เมื่อวันที่ 10 มีนาคม 2563 พลเอก ประยุทธ์ จันทร์โอชา เป็นสักขีพยานในพิธีลงนามบันทึกความเข้าใจระหว่างกระทรวง"
            "กลาโหมกับกระทรวงสาธารณสุข ณ ทำเนียบรัฐบาล\n"
            "เมื่อวันที่ 17 กันยายน 2563 กรมกิจการสตรีและสถาบันครอบครัว จัดการประชุมวิชาการระดับชาติด้านความเท่าเทียม"
            "ระหว่างเพศ ประจำปี 2563 ณ โรงแรมเซ็นจูรี่ พาร์ค")
    names = _names(extract_text(text))
    assert any(n.endswith("ระหว่างกระทรวงกลาโหมกับกระทรวงสาธารณสุข") for n in names), names
    assert "การประชุมวิชาการระดับชาติด้านความเท่าเทียมระหว่างเพศ ประจำปี 2563" in names, names
