"""Programmes that are the events the release reports: a release may call a training, a contest, a fair or an
exhibition a โครงการ ("เป็นประธานในพิธีเปิดโครงการอบรมคณะกรรมการศูนย์ยุติธรรมชุมชน รุ่นที่ ๕", "โครงการ Town Hall
Meeting"), and the event rules then read the same words as the event ("การอบรม…รุ่นที่ 5", "Town Hall Meeting").
The guideline lists one thing in one class: where an event's name ends where a programme's does and begins right
after the programme's prefix (or inside it: "โครง|การอบรม…"), less a word for holding it (program_patterns.json
"event_acts": "โครงการจัดแสดง|นิทรรศการศิลปะ"), the programme is that event, and only the event is kept. A project
around an event keeps its own words before the event's name and stays ("โครงการเข้าร่วมงาน The International
Horticultural Expo", "โครงการพัฒนาหลักสูตร Moral Community … Forum"). The name may be quoted after the prefix
("โครงการ “eGovernment Forum 2017”"), and the event rules may have begun it inside its first word ("e|Government
Forum 2017": a Latin word read from its capital): letters glued before the event's start are no words of the project's
own. A quoted name with no prefix of its own that is the quoted title of an event the release reports, right after
the event's type word ("ปาฐกถาพิเศษ “Museum Talk”"; judged round 19: "a special lecture (event)"), is that event too,
for the types titled so (program_patterns.json "titled_events"; a launch's or a visit's quote names what is launched
or visited: "เปิดตัว “กาญจนบุรีโมเดล”"); with a prefix before the quote ("พิธีเปิดโครงการ “…”") the quote names the
project the event is about and stays.
Runs after the events are found; events are never dropped by the validity stage (their threshold is 0), so the thing
stays in the graph."""

from __future__ import annotations

import re
from functools import lru_cache

from phakhi.graph.extract.document import Doc
from phakhi.graph.extract.program_words import PATTERN_KEY, prefix_pattern, program_data
from phakhi.graph.text.patterns import literal_alternation
from phakhi.ontology import EVENT_TYPES, DataError


@lru_cache(maxsize=1)
def _acts() -> re.Pattern[str]:
    """Words for holding an event between a prefix and the event's name, none or one, then spaces, an opening quote
    and the Latin letters glued before the event's start ("โครงการ “e|Government Forum 2017”")."""
    return re.compile(f"(?:{literal_alternation(program_data()['event_acts']['words'])})?\\s*(?:[“\"]\\s*)?"
                      r"[A-Za-z]*")


_CLOSING = "”\""  # a quote closing a name: an event's or a programme's span may end on either side of it
_TYPE_WORD = re.compile(r"[^\s“\"]+\s?[“\"]")  # one word (no space inside) and the opening quote of its title


def _names_the_title(text: str, start: int, event_start: int) -> bool:
    """Is the programme at `start`, with no prefix of its own, the quoted title an event's one type word opens
    ("ปาฐกถาพิเศษ “Museum Talk”")?"""
    return prefix_pattern().match(text, start) is None and event_start < start \
        and _TYPE_WORD.fullmatch(text, event_start, start) is not None and not prefix_pattern().search(
            text, event_start, start)


def _names_the_event(text: str, start: int, event_start: int) -> bool:
    """Does the programme starting at `start` hold nothing but its prefix (and a word for holding an event) before
    the event that begins at `event_start`?"""
    prefix = prefix_pattern().match(text, start)
    if prefix is None or event_start <= start:
        return False
    if event_start < prefix.end():
        return True  # "โครง|การอบรม…": the event's name takes the prefix's last letters
    return _acts().fullmatch(text, prefix.end(), event_start) is not None


def _open_end(text: str, end: int) -> int:
    """Where a span ending at `end` ends before the quote that closes it, if one does: an event's span and a
    programme's may end on either side of the closing quote of the same name."""
    return end - 1 if end and text[end - 1] in _CLOSING else end


@lru_cache(maxsize=1)
def _titled_types() -> frozenset[str]:
    """The event types whose quoted title after their type word is their own name (program_patterns.json
    "titled_events"), not the thing launched, visited or signed; each one of events.jsonl's types."""
    types = frozenset(program_data()["titled_events"]["types"])
    if not types <= set(EVENT_TYPES):
        raise DataError(f"program_patterns.json titled_events: unknown types {sorted(types - set(EVENT_TYPES))}")
    return types


def drop_event_programmes(doc: Doc) -> None:
    """Drop the programme mentions found by the scan that name an event the release reports (see the module's
    docstring), and every other mention of the same programme in the release: its key is the event's words. A
    quoted title with no prefix of its own is dropped alone: the same words after a prefix elsewhere in the release
    ("โครงการยุติธรรมสู่หมู่บ้าน…" and a lecture "ในหัวข้อ “ยุติธรรมสู่หมู่บ้าน…”") still name the programme. A
    programme the authority scheme knows stays."""
    events = doc.of_kind("event")
    if not events:
        return
    text = doc.text
    ends, titled = {}, {}
    for e in events:
        ends.setdefault(_open_end(text, e.nend), []).append(e.nstart)
        if e.data.get("type") in _titled_types():
            titled.setdefault(_open_end(text, e.nend), []).append(e.nstart)
    programmes = [m for m in doc.of_kind("program") if m.key.startswith(PATTERN_KEY)]
    keys = {m.key for m in programmes
            if any(_names_the_event(text, m.nstart, s) for s in ends.get(_open_end(text, m.nend), ()))}
    titles = {id(m) for m in programmes
              if any(_names_the_title(text, m.nstart, s) for s in titled.get(_open_end(text, m.nend), ()))}
    for m in [m for m in doc.of_kind("program") if m.key in keys or id(m) in titles]:
        doc.mentions.remove(m)
