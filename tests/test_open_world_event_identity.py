"""Event identity in the open world: a type and a day are no identity. Two meetings or exhibitions one release
tells on one day under different real names are two events; one event told under its name and its session
number, its abbreviation or translation, or by its type word alone, stays one."""

from phakhi.graph.extract.event_identity import named_apart
from test_open_world_event_names import DAY


def _events(extraction):
    return [e for e in extraction.of_kind("event")]


def test_two_meetings_named_apart_on_one_day_are_two_events(extract_text):
    text = DAY + ("นายกรัฐมนตรีเข้าร่วมการประชุมสุดยอดอาเซียน ครั้งที่ 33 ณ สิงคโปร์ "
                  "และกล่าวถ้อยแถลงในการประชุมคณะมนตรีประชาคมเศรษฐกิจอาเซียน ครั้งที่ 17 ณ สิงคโปร์")
    events = _events(extract_text(text))
    assert len(events) == 2, [e.names for e in events]
    assert len({e.key for e in events}) == 2


def test_a_meeting_told_by_its_type_word_on_its_day_stays_one_event(extract_text):
    text = DAY + "นายสมชาย ใจดี เป็นประธานการประชุมคณะกรรมการส่งเสริมการลงทุน ครั้งที่ 1/2562 โดยการประชุมมีมติเห็นชอบ 5 โครงการ"
    events = _events(extract_text(text))
    assert len(events) == 1, [e.names for e in events]


def test_names_of_one_event_are_not_told_apart():
    assert not named_apart("Meeting", "ประชุม ครม.สัญจร ครั้งที่ 2/2567",
                           "การประชุมคณะรัฐมนตรีอย่างเป็นทางการนอกสถานที่ ครั้งที่ 2/2567")  # one session number
    assert not named_apart("Meeting", "การประชุมรัฐมนตรีว่าการกระทรวงการคลังอาเซียน ครั้งที่ 21", "การประชุม AFMGM")
    assert not named_apart("Meeting", "การประชุมเอเปค", "การประชุมเอเปค ประจำปี 2562")
    assert not named_apart("Visit", "ลงพื้นที่จังหวัดสงขลา", "ลงพื้นที่จังหวัดชายแดนใต้")  # one trip, told twice
    assert named_apart("Exhibition", "นิทรรศการกระตั้วแทงเสือ", "นิทรรศการตรานกยูงพระราชทาน")
