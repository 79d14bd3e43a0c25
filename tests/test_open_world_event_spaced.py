"""Event names cut at a space the release writes solid elsewhere, and Latin cues that only qualify the noun after
them (twenty-fourth session, h24-evnames; judged audits of rounds 4 and 16: "cut before ทางเศรษฐกิจอินโด-แปซิฟิก";
of round 13: "Fair Economy", "IPEF pillar, not an event")."""

from phakhi.graph.extract.event_labels import spaced_first
from test_open_world_event_names import _labels, _names

SHORT = "การประชุมระดับรัฐมนตรีกรอบความร่วมมือ"
WHOLE = "การประชุมระดับรัฐมนตรีกรอบความร่วมมือทางเศรษฐกิจอินโด-แปซิฟิก"


def test_a_title_cut_at_a_space_is_labelled_by_the_bodys_whole_name(extract_text):
    text = ("Title: รัฐมนตรีช่วยว่าการกระทรวงการต่างประเทศเข้าร่วมการประชุมระดับรัฐมนตรีกรอบความร่วมมือ"
            " ทางเศรษฐกิจอินโด-แปซิฟิก เสาความร่วมมือที่ 2-4 ณ นครซานฟรานซิสโก\n"
            "เมื่อวันที่ 14 พฤศจิกายน 2566 รัฐมนตรีช่วยว่าการกระทรวงการต่างประเทศ ได้เข้าร่วม" + WHOLE +
            " (Indo-Pacific Economic Framework: IPEF) ณ นครซานฟรานซิสโก\n")
    labels = _labels(extract_text(text))
    assert WHOLE in labels, labels
    assert SHORT not in labels, labels


def test_the_longer_name_goes_first_only_where_the_text_writes_the_cut():
    text = SHORT + " ทางเศรษฐกิจอินโด-แปซิฟิก ณ นครซานฟรานซิสโก " + WHOLE
    assert spaced_first([SHORT, WHOLE], text) == [WHOLE, SHORT]
    # the text writes the short name on its own: the Thai words the longer one goes on with may be a run-on
    assert spaced_first([SHORT, WHOLE], SHORT + " ณ นครซานฟรานซิสโก " + WHOLE) == [SHORT, WHOLE]


def test_a_latin_cue_before_the_noun_it_qualifies_is_no_event(extract_text):
    text = ("Title: เทศกาล\nรัฐบาลพร้อมผลักดันไทยเป็น Festival Hub ระดับโลก และให้ประเทศไทยพร้อมสำหรับการเป็น"
            " Festival Country ในอนาคต ส่วนเสาความร่วมมือที่ 4 Fair Economy ว่าด้วยการต่อต้านการทุจริต\n")
    names = _names(extract_text(text))
    assert not any(n.endswith(("Hub", "Country", "Economy")) for n in names), names
    assert not any(n.startswith(("Festival", "Fair")) for n in names), names


def test_a_longer_name_spaced_where_the_shorter_ends_is_no_whole_name_of_it():
    short = "งานมอบรางวัล World No Tobacco Day Awards 2020"
    longer = short + " จากองค์การอนามัยโลก"
    text = longer + " ณ กรุงเทพมหานคร"
    assert spaced_first([short, longer], text) == [short, longer]
