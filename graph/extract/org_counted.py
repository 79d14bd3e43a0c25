"""A name counted right after it: bodies of a kind, as many as the number says.

A release that writes a name found by pattern and then a number of places or of bodies of its own prefix word
("มหาวิทยาลัยราชภัฏเขตภาคตะวันออกเฉียงเหนือ| 12 แห่ง", "สำนักที่ปรึกษาฝ่ายการเกษตร| 7 แห่ง", "ศูนย์แพทยศาสตรศึกษาชั้นคลินิก
นอกโครงการ| อีก 10 ศูนย์ฯ", "ศูนย์การเรียนรู้| จำนวน 882 ศูนย์") counts the bodies the name stands for: a kind of body,
one in each of many places, not one body (judged junk in the readable audit rounds). The count is another's when a
word of belonging stands right before the name ("โรงเรียนสังกัด|สำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน 19 แห่ง": the
schools under the office; "ตลาดกลางยางพาราของ| กยท. 7 แห่ง"), and a company's or a state enterprise's count after it
is of its own sites ("บริษัท … 120 แห่ง": its branches). The words are data: ontology/th/org_counted.json.
The count of a name's own last word ("องค์การศาสนา 5 ศาสนา") is organizations._spread_after's; this one also reads
it across the two spaces some releases write.
"""

from __future__ import annotations

import re
from functools import lru_cache

from phakhi.graph.extract.authority import organizations
from phakhi.graph.extract.names import org_prefix
from phakhi.graph.text.thai import tokenize
from phakhi.ontology import load_not_organizations, load_org_counted

_GLOSS = re.compile(r"\s{0,2}\([^()\n]{1,80}\)")  # an abbreviation or an English name in brackets after the name
_THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
_THAI = re.compile(r"[\u0e01-\u0e4e]")


@lru_cache(maxsize=1)
def _count() -> re.Pattern[str]:
    intros = "|".join(map(re.escape, sorted(load_org_counted()["intros"], key=len, reverse=True)))
    return re.compile(r"\s{0,2}(?:(?:" + intros + r")\s?)?(?P<number>[\d๐-๙][\d๐-๙,]*)(?![\d๐-๙/.:])\s?(?P<counter>[\u0e01-\u0e4e]+ฯ?)")


_TALLY = re.compile(r"[\d๐-๙][\d๐-๙,]*\s?(?P<counter>[\u0e01-\u0e4e]+ฯ?)\s?,?\s{0,2}(?:และ\s?)?$")  # "… 442 แห่ง, |"


def _owners_tally(text: str, start: int, counter: str, owners: list[str]) -> bool:
    """Is the name at `start` an item of a tally (another item's count right before it, "… 442 แห่ง, |") on a line
    that a word of owning heads ("สถานศึกษาสังกัดต่าง ๆ จำนวน 5,321 แห่ง อาทิ …")? Then each item counts what that
    owner has."""
    line = text[text.rfind("\n", 0, start) + 1:start]
    tally = _TALLY.search(line[-40:])
    return bool(tally) and counter.startswith(tally.group("counter")[:4]) and any(w in line[:-len(tally.group())] for w in owners)


@lru_cache(maxsize=1)
def _authority() -> frozenset[str]:
    """The authority file's Thai names, written without spaces."""
    return frozenset(label.replace(" ", "") for row in organizations().values() for label in (row["th"], *row["alt"])
                     if label)


def counted_after(text: str, start: int, name: str, prefix: str) -> bool:
    """Is the name written at `start` (found by its prefix word `prefix`) counted right after it (past a gloss in
    brackets): a number of places ("… 12 แห่ง") or of bodies of its prefix word ("ศูนย์… อีก 10 ศูนย์ฯ", "คณะทำงาน…
    21 คณะ") or of its own last word ("องค์การศาสนา  5 ศาสนา")? Not when a word of belonging stands right before it
    (the count is of what the body has), the name is one body of many sites (a company, a bank), or one the authority
    file knows ("…, สำนักงานคณะกรรมการส่งเสริมการศึกษาเอกชน 100 แห่ง": its schools, in a list of owners)."""
    data = load_org_counted()
    if prefix in data["own_sites"] or name.replace(" ", "") in _authority() or text[max(0, start - 12):start].rstrip().endswith(tuple(data["owners"])):
        return False
    pos = start + len(name)
    gloss = _GLOSS.match(text, pos)
    m = _count().match(text, gloss.end() if gloss else pos)
    if m is None or int(m.group("number").replace(",", "").translate(_THAI_DIGITS)) < 2:
        return False  # "จัดตั้งกอง…เพิ่มใหม่ จำนวน 1 กอง": one body
    counter = m.group("counter")
    if _owners_tally(text, start, counter, data["list_owners"]):
        return False  # "สถานศึกษาสังกัดต่าง ๆ … อาทิ …, สำนักงานคณะกรรมการการอาชีวศึกษา 442 แห่ง, |…|": an owner's count
    if counter.startswith(tuple(data["places"])):
        return True  # "… 12 แห่ง", "… 1,209 แห่งทั่วประเทศ"
    word = tokenize(counter.rstrip("ฯ"))[0]
    if org_prefix(counter) and len(counter) > len(org_prefix(counter)) and not counter.endswith("ฯ"):
        return False  # the number begins the next item of a list ("… 4 สำนักงานพัฒนาฝีมือแรงงานยโสธร"), no count
    own = [t for t in tokenize(name[len(prefix):]) if _THAI.match(t)]
    classifier = word in load_not_organizations()["classifiers"] and prefix.startswith(word)
    return classifier or word == prefix or bool(own) and len(word) > 1 and word == own[-1]
