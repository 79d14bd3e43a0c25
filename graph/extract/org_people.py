"""A name run on into "และ <a kind of person>": "สำนักงานพัฒนาดิจิทัล|และเจ้าหน้าที่", "คณะกรรมการประกันสังคม|และ
ที่ปรึกษา", "สภามหาวิทยาลัยนวมินทราธิราช|และคณาจารย์…", "สมาคมมันสำปะหลังไทยภาคเหนือ|และเกษตรกรผู้ปลูกมันสำปะหลัง".

A body's name is read on through "และ" because names hold it ("กระทรวงเกษตรและสหกรณ์"), and a name found by
pattern runs on through glued words. After a body's name "และ" often begins the next item of a list of those present
("… และเจ้าหน้าที่ที่เกี่ยวข้อง"), and the people it names are no part of the body's name. Names do hold some kinds
of people after "และ" ("สมาคมผู้ปกครองและครู", "สำนักพัฒนาครูและบุคลากรการศึกษาขั้นพื้นฐาน", "สมาคมตัวแทนประกันชีวิต
และที่ปรึกษาการเงิน"), so the words cut at are only those the corpora write after a recurring name far more often than
inside one (not_organizations.json "and_people", with the counts), and a name the corpora write whole with the word
(organization_names.json "names", org_runs.json "names") is kept whole.
"""

from __future__ import annotations

from functools import lru_cache

from phakhi.graph.extract.names import AND, known_names
from phakhi.graph.text.patterns import begins_any
from phakhi.graph.text.thai import tokenize
from phakhi.ontology import load_mined, load_not_organizations


@lru_cache(maxsize=1)
def _people() -> frozenset[str]:
    return frozenset(load_not_organizations()["and_people"])


@lru_cache(maxsize=1)
def _whole_names() -> list[str]:
    """The names the corpora write whole, spaces left out, sorted for a bisection."""
    names = set(known_names()) | set(load_mined("org_runs.json").get("names", ()))
    return sorted({name.replace(" ", "") for name in names})


def people_cut(name: str, prefix_length: int) -> str:
    """`name` cut before "และ" (or " และ") when a kind of person the corpora write after names follows it, the word
    before "และ" is none (a body named by its members: "สภาคณาจารย์และพนักงาน") and no name the corpora write whole
    begins with the name read so far and that word; else `name` as it is."""
    at = name.find(AND, prefix_length)
    while at != -1:
        words = [w for w in tokenize(name[at + len(AND):]) if w.strip()]
        before = [w for w in tokenize(name[:at]) if w.strip()]
        if words and words[0] in _people() and not (before and before[-1] in _people()) \
                and not begins_any(_whole_names(), (name[:at] + AND + words[0]).replace(" ", "")):
            return name[:at].rstrip()  # not after a kind of people: "สภาคณาจารย์และพนักงาน" is named by its members
        at = name.find(AND, at + len(AND))
    return name
