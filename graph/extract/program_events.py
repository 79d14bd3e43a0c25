"""Programmes that are the events the release reports: a release may call a training, a contest, a fair or an
exhibition a โครงการ ("เป็นประธานในพิธีเปิดโครงการอบรมคณะกรรมการศูนย์ยุติธรรมชุมชน รุ่นที่ ๕", "โครงการ Town Hall
Meeting"), and the event rules then read the same words as the event ("การอบรม…รุ่นที่ 5", "Town Hall Meeting").
The guideline lists one thing in one class: where an event's name ends where a programme's does and begins right
after the programme's prefix (or inside it: "โครง|การอบรม…"), less a word for holding it (program_patterns.json
"event_acts": "โครงการจัดแสดง|นิทรรศการศิลปะ"), the programme is that event, and only the event is kept. A project
around an event keeps its own words before the event's name and stays ("โครงการเข้าร่วมงาน The International
Horticultural Expo", "โครงการพัฒนาหลักสูตร Moral Community … Forum"). Runs after the events are found; events are
never dropped by the validity stage (their threshold is 0), so the thing stays in the graph."""

from __future__ import annotations

import re
from functools import lru_cache

from phakhi.graph.extract.document import Doc
from phakhi.graph.extract.program_words import PATTERN_KEY, prefix_pattern, program_data
from phakhi.graph.text.patterns import literal_alternation


@lru_cache(maxsize=1)
def _acts() -> re.Pattern[str]:
    """Words for holding an event between a prefix and the event's name, none or one, then spaces."""
    return re.compile(f"(?:{literal_alternation(program_data()['event_acts']['words'])})?\\s*")


def _names_the_event(text: str, start: int, event_start: int) -> bool:
    """Does the programme starting at `start` hold nothing but its prefix (and a word for holding an event) before
    the event that begins at `event_start`?"""
    prefix = prefix_pattern().match(text, start)
    if prefix is None or event_start <= start:
        return False
    if event_start < prefix.end():
        return True  # "โครง|การอบรม…": the event's name takes the prefix's last letters
    return _acts().fullmatch(text, prefix.end(), event_start) is not None


def drop_event_programmes(doc: Doc) -> None:
    """Drop the programme mentions found by the scan that name an event the release reports (see the module's
    docstring), and every other mention of the same programme in the release: its key is the event's words. A
    programme the authority scheme knows stays."""
    events = doc.of_kind("event")
    if not events:
        return
    ends = {}
    for e in events:
        ends.setdefault(e.nend, []).append(e.nstart)
    text = doc.text
    keys = {m.key for m in doc.of_kind("program") if m.key.startswith(PATTERN_KEY)
            and any(_names_the_event(text, m.nstart, s) for s in ends.get(m.nend, ()))}
    for m in [m for m in doc.of_kind("program") if m.key in keys]:
        doc.mentions.remove(m)
