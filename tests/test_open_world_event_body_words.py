"""Words of a body's name inside a meeting's name, twenty-fifth session (round 19 judged both names below cut short:
"committee name cut: missing 'ระหว่างเพศ'", "committee name cut before 'เพื่อขับเคลื่อนการดำเนินการตามนโยบายของรัฐบาล
(ครน.)'"): event_extents.partners_end reads no list of parties from a between word inside an organization found
there, and event_extents.anchored_end reads a body's name on over the purpose "เพื่อ" states to its alias."""

from test_open_world_event_names import _names


def test_a_between_word_inside_a_body_is_the_bodys_name(extract_text):
    text = ("ข่าวทำเนียบรัฐบาล\nวันจันทร์ที่ 13 มกราคม 2563 รองโฆษกประจำสำนักนายกรัฐมนตรี เปิดเผยผลการประชุม"
            "คณะกรรมการส่งเสริมความเท่าเทียมระหว่างเพศ โดยมีนายจุรินทร์ ลักษณวิศิษฏ์ รองนายกรัฐมนตรี เป็นประธาน"
            " ที่ประชุมเห็นชอบมาตรการ 12 ข้อ"
            " ให้หน่วยงานรายงานต่อคณะกรรมการส่งเสริมความเท่าเทียมระหว่างเพศอย่างน้อยปีละหนึ่งครั้ง")
    names = _names(extract_text(text))
    assert any(n.startswith("การประชุมคณะกรรมการส่งเสริมความเท่าเทียมระหว่างเพศ") for n in names), names
    assert not any(n.startswith("การประชุมคณะกรรมการส่งเสริมความเท่าเทียม วันที่") for n in names), names


def test_a_body_named_with_its_purpose_runs_on_to_its_alias(extract_text):
    text = ("ข่าวรัฐมนตรี\nวันนี้ (7 มีนาคม 2568) ที่ทำเนียบรัฐบาล รัฐมนตรีประจำสำนักนายกรัฐมนตรี เป็นประธานการประชุม"
            "คณะกรรมการเร่งรัดการเสนอร่างพระราชบัญญัติ เพื่อขับเคลื่อนการดำเนินการตามนโยบายของรัฐบาล (ครน.)"
            " เพื่อติดตามความคืบหน้าของร่างพระราชบัญญัติที่เข้าสู่กระบวนการ")
    names = _names(extract_text(text))
    assert any(n.startswith("การประชุมคณะกรรมการเร่งรัดการเสนอร่างพระราชบัญญัติ เพื่อขับเคลื่อนการดำเนินการตาม"
                            "นโยบายของรัฐบาล (ครน.)") for n in names), names


def test_a_signing_is_no_body_and_stops_before_its_purpose_verb(extract_text):
    # (this branch's first version read every name on over "เพื่อ" and a verb to an alias: the title's signing became
    # a second event beside the body's "พิธีลงนาม…", which names the same one)
    text = ("บริษัท บีเวอร์เทค จำกัด ร่วมลงนามในบันทึกความร่วมมือเพื่อพัฒนาการใช้งานแพลตฟอร์มโคเนื้อไทย (e-Catt)\n"
            "วันที่ 1 ตุลาคม 2563 อธิบดีกรมปศุสัตว์ เป็นสักขีพยานในพิธีลงนามบันทึกความร่วมมือในการพัฒนาและใช้งาน"
            "แพลตฟอร์มโคเนื้อไทย (e-Catt) ระหว่างกรมปศุสัตว์กับ บริษัท บีเวอร์เทค จำกัด  ณ ตึกอำนวยการ กรมปศุสัตว์")
    names = _names(extract_text(text))
    assert not any(n.startswith("ลงนามในบันทึกความร่วมมือเพื่อพัฒนา") for n in names), names
