"""Event names cut at a function word inside a name the corpora write whole, standing after other words of the
event's name (twenty-fourth session, h24-evnames2; judged audit of round 15: "APEC leaders' meeting name cut before
'ในเอเชีย-แปซิฟิก'")."""

from phakhi.graph.extract.event_extents import mined_body_end
from test_open_world_event_names import _labels

APEC = "การประชุมผู้นำกลุ่มความร่วมมือทางเศรษฐกิจในเอเชีย-แปซิฟิก"
CUT = "การประชุมผู้นำกลุ่มความร่วมมือทางเศรษฐกิจ"


def test_a_forum_named_inside_a_leaders_meeting_keeps_its_function_word(extract_text):
    # the forum's name glued to the next clause's first word ("…แปซิฟิกหรือ เอเปค"): no space ends it
    text = ("Title: นายกรัฐมนตรีเข้าร่วมประชุม\n"
            "เมื่อวันที่ 16 พฤศจิกายน 2566 นายกรัฐมนตรีเข้าร่วม" + APEC + "หรือ เอเปค ณ นครซานฟรานซิสโก\n")
    labels = _labels(extract_text(text))
    assert APEC in labels, labels
    assert CUT not in labels, labels


def test_a_mined_body_is_read_on_only_to_where_the_corpora_end_it():
    text = CUT + "ในเอเชีย-แปซิฟิก ณ นครซานฟรานซิสโก"
    cue_end = len("การประชุม")
    assert mined_body_end(text, cue_end, len(CUT), len(text)) == len(APEC)
    # the words after the function word are not the mined name's: the cut stands
    other = CUT + "ในภูมิภาคอื่น ณ นครซานฟรานซิสโก"
    assert mined_body_end(other, cue_end, len(CUT), len(other)) == len(CUT)
