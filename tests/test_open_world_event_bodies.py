"""English event names (twenty-third session, h23-events): a heading on a line of its own ("Gist") is no part of
the name on the next line; a Latin name that is a body's ("ASEAN Centre for … Dialogue", "… Events Association") is
no event (judged audits of rounds 7 and 13: "an organization, not an event"); the sitting numbered before a Latin
name ("43rd session of the …") is part of it."""

from test_open_world_event_names import _names


def test_a_heading_on_its_own_line_is_no_part_of_the_name_after_it(extract_text):
    text = ("Title: Joint Commission\nThe cabinet approved the draft statement.\nGist\nThe Joint Press Statement of"
            " the Fifth Meeting of the Japan-Thailand Joint Commission prescribes discussion of cooperation.\n")
    names = _names(extract_text(text))
    assert names, names
    assert not any(n.startswith("Gist") for n in names), names


def test_a_bodys_name_that_runs_on_to_a_cue_is_no_event(extract_text):
    text = ("Title: ASEAN centre\nการจัดตั้งศูนย์อาเซียนเพื่อการศึกษาและการหารือด้านการพัฒนาที่ยั่งยืน"
            " (ASEAN Centre for Sustainable Development Studies and Dialogue) ในประเทศไทย\n")
    assert not any("Centre" in n for n in _names(extract_text(text)))


def test_a_name_ending_on_a_bodys_head_word_is_no_event(extract_text):
    text = ("Title: IFEA\nได้รับรางวัลจาก International Festival & Events Association (IFEA) ประจำปี 2567\n")
    assert not any("Association" in n for n in _names(extract_text(text)))


def test_an_event_a_body_holds_or_one_with_a_network_in_its_name_stays(extract_text):
    text = ("Title: Forums\nนายกรัฐมนตรีเข้าร่วมงาน People Go Network Forum เมื่อวันที่ 5 มีนาคม 2561 และงาน"
            " International Conference Association on Literacy in Digital Era เมื่อวันที่ 24 พฤษภาคม 2561\n")
    names = _names(extract_text(text))
    assert "People Go Network Forum" in names, names
    assert any(n.startswith("International Conference Association on Literacy") for n in names), names


def test_the_sitting_numbered_before_a_latin_name_is_part_of_it(extract_text):
    text = ("Title: UNESCO\nElection of members of UNESCO Executive Board will be held at the 43rd session of the"
            " UNESCO General Conference in November 2025.\n")
    names = _names(extract_text(text))
    assert "43rd session of the UNESCO General Conference" in names, names
