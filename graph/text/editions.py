"""A programme's yearly edition written at its name's end ("โครงการสืบสานประเพณีถวายเทียนพรรษา ประจำปี 2566",
"โครงการลงทะเบียนเพื่อสวัสดิการแห่งรัฐ ปี 2565", "…ข้าวเปลือกนาปี ปีการผลิต 2566/67"): the year says which edition of
one programme is meant, not which programme (ontology/th/program_patterns.json "yearly_editions"). The extraction
joins a release's mentions of one programme with and without it, and its IRI is the same for every edition
(graph/rdf/iris.py): the releases of 2566 and 2567 write about one programme, their counts one series. A phase
("ระยะที่ 2", "เฟส 3"), an issue ("ฉบับที่ 5") or a plan's span of years ("พ.ศ. 2560 – 2579", "ปี 2560 - 2564") names
another stage or another plan, and stays in the name's identity."""

from __future__ import annotations

import re
from functools import lru_cache

from phakhi.graph.text.patterns import literal_alternation
from phakhi.ontology import load_program_patterns


@lru_cache(maxsize=1)
def _data() -> tuple[list[str], list[str]]:
    data = load_program_patterns()
    return data["yearly_editions"]["words"] + data["yearly_editions"]["years"], data["era_marks"]["marks"]


@lru_cache(maxsize=1)
def _edition_tail() -> re.Pattern[str]:
    """One year's edition at the end of a name, after a space: an edition word, the era's mark or none, one year (a
    crop or school year "2566/67" is one year), no span of years."""
    words, marks = _data()
    return re.compile(f"\\s(?:{literal_alternation(words)})\\s*(?:(?:{literal_alternation(marks)})\\s*)?"
                      f"\\d{{1,4}}(?:/\\d{{2,4}})?$")


@lru_cache(maxsize=65536)
def without_yearly_edition(name: str) -> str:
    """`name` without the one year's edition it ends on ("โครงการ X ประจำปี 2566" -> "โครงการ X"); `name` when it ends
    on none or nothing would be left."""
    tail = _edition_tail().search(name)
    return name[:tail.start()] if tail and name[:tail.start()].strip() else name
