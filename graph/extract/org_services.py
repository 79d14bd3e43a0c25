"""Units named by what they do, which any body of a kind may have: a hospital's clinical service written like a body's
name ("ศูนย์หลอดเลือดสมอง", "ศูนย์มะเร็งและรังสีรักษา", "ศูนย์อุบัติเหตุและฉุกเฉิน"), and a division named by one
word of function ("ฝ่ายประชาสัมพันธ์", "ฝ่ายปกครอง", "ฝ่ายเศรษฐกิจ").

Every hospital of a level has such centres (the fields of the Ministry of Public Health's service plan); written with
no hospital they name a service, not one body, and the judges call them junk. The pattern finds them because they
begin with "ศูนย์". A name whose whole rest after its head word (not_organizations `clinical_heads`) is made of the
words of those services and the words that join them (`clinical_services`) is a unit any hospital may have: it is
one body with its hospital written right after it (`clinical_parents`: "ศูนย์หัวใจและหลอดเลือด โรงพยาบาลระยอง", kept
as it was found; hospitals are no organizations here), and dropped otherwise (organizations.drop_bare_kinds). A name
with any other word ("ศูนย์วิจัยโรคเอดส์", "ศูนย์มะเร็งเฉลิมพระเกียรติจุฬาภรณ์", "ศูนย์หัวใจโรงพยาบาลควนขนุน") is a
name of its own.

A division (not_organizations `function_heads`: ฝ่าย) named by one dictionary word ("ฝ่ายโครงการ", "ฝ่ายโรงงาน",
"ฝ่ายกฎหมาย") is the division of that function any company, department or team has ("ฝ่ายเศรษฐกิจ", "ฝ่ายปกครอง":
the government's economic team, the administration): judged junk in the readable rounds when written with no parent.
It is read as a unit of many bodies (organizations._join_bare_units joins it to the parent the release writes with
it; drop_bare_kinds drops it otherwise). A division named by more words ("ฝ่ายสื่อสารองค์กรและกิจกรรมเพื่อสังคม",
"ฝ่ายกิจการสาขา", "ฝ่ายทวนสอบด้านความยั่งยืน") names one, judged valid though written alone. A club or a
cooperative named by one word (`kind_heads`: "ชมรมแบดมินตัน", "ชมรมผู้สูงอายุ", "สหกรณ์ผลไม้") is likewise the club
any school or village has, the cooperatives of a produce: it has no parent to join ("สหกรณ์ผลไม้ สมาคมผลไม้" is a
list of kinds) and is dropped like a clinical service; the clubs and cooperatives judged valid are named by more
("ชมรมมุสลิมรถไฟหาดใหญ่", "สหกรณ์ผลิตผักน้ำดุกใต้") or to their legal form ("… จำกัด"). Any head word with
nothing after it but a word of how or at what level it works (`modes`: "คณะทำงานเฉพาะกิจ", "คณะกรรมการระดับชาติ") is
the kind a release sets up, named by no task: judged junk, dropped where it is found (mode_only). So is one with nothing
after it but a word that says which bodies of the kind are meant (`generic_modifiers`: "กลุ่มงานหลัก", "สถาบันเฉพาะทาง",
"มหาวิทยาลัยพันธมิตร", "ธนาคารของรัฐ"): their rank, field, sector or size, no one body's name. Two kinds written
as one name and nothing after it (`kind_pairs`) are none either: a board, council or office and the kind of body it
belongs to ("คณะกรรมการบริษัท", "สภามหาวิทยาลัย", "สำนักงานบริษัท"), or two kinds of the same standing glued in a
list ("มูลนิธิสมาคม", "ทบวงกรม"); an association or a council named by its members ("สมาคมธนาคาร", "สภาหอการค้า") is
a body and no such pair.
"""

from __future__ import annotations

import re
from functools import lru_cache

from phakhi.graph.extract.names import dictionary
from phakhi.graph.text.thai import is_thai, tokenize
from phakhi.ontology import load_not_organizations


@lru_cache(maxsize=1)
def _service_run() -> re.Pattern[str]:
    data = load_not_organizations()
    heads = "|".join(map(re.escape, sorted(data["clinical_heads"], key=len, reverse=True)))
    words = "|".join(map(re.escape, sorted(data["clinical_services"], key=len, reverse=True)))
    return re.compile(rf"(?:{heads})(?:{words})+")


def clinical_service(text: str, start: int, name: str) -> bool:
    """Is `name` (at `start` in `text`; spaces ignored) a head word and nothing but the words of a hospital's clinical
    services, with no hospital written right after it (after one space at most)?"""
    if _service_run().fullmatch(name.replace(" ", "")) is None:
        return False
    end = start + len(name)
    end += text.startswith(" ", end)
    return not text.startswith(tuple(load_not_organizations()["clinical_parents"]), end)


def function_unit(name: str) -> bool:
    """Is `name` a division's head word (`function_heads`) and one dictionary word after it ("ฝ่ายปกครอง")?"""
    return _one_word(name, "function_heads")


def one_word_kind(name: str) -> bool:
    """Is `name` a club's or a cooperative's head word (`kind_heads`) and one dictionary word after it ("ชมรม
    แบดมินตัน", "สหกรณ์ผลไม้")?"""
    return _one_word(name, "kind_heads")


def _one_word(name: str, heads: str) -> bool:
    head = next((h for h in load_not_organizations()[heads] if name.startswith(h)), None)
    if head is None:
        return False
    words = [t for t in tokenize(name[len(head):]) if t.strip()]
    return len(words) == 1 and words[0] in dictionary()


def community_group(name: str) -> bool:
    """Is `name` a group (a prefix word of org_patterns.jsonl's lowest units, กลุ่ม) named by who its members are, a
    word of not_organizations `community_words` right after the prefix ("กลุ่ม|แม่บ้านเกษตรกรบ้านเขาตำหนอน", "กลุ่ม|
    วิสาหกิจชุมชนแม่บ้านเกษตรกรทองเอน")? A villagers' group is a body of its own, no unit of the office or enterprise
    written after it; a body's group is named by its work ("กลุ่มประชาสัมพันธ์", "กลุ่มงานเภสัชกรรม")."""
    data = load_not_organizations()
    head = "กลุ่ม"
    return name.startswith(head) and name[len(head):].lstrip().startswith(tuple(data["community_words"]))


def mode_only(text: str, start: int, name: str, prefix_length: int) -> bool:
    """Is `name` (at `start` in `text`) its prefix word (the first `prefix_length` characters) and nothing after it but
    a word of how or at what level a body works (not_organizations `modes`: "คณะทำงาน|เฉพาะกิจ",
    "คณะกรรมการ|ระดับชาติ") or of which bodies of the kind are meant (`generic_modifiers`: "กลุ่มงาน|หลัก",
    "สถาบัน|เฉพาะทาง"), written whole (no Thai letter glued after it: "คณะทำงานเฉพาะกิจ|อาเซียนด้านการรับมือ
    ข่าวลวง" goes on to whose task force it is, a body, which the pattern cut at the gazetteer's ASEAN)?"""
    end = start + len(name)
    data = load_not_organizations()
    rest = name[prefix_length:].replace(" ", "")
    return (rest in data["modes"] or rest in data["generic_modifiers"]) and not (end < len(text) and is_thai(text[end]))


def kind_pair(text: str, start: int, name: str) -> bool:
    """Is `name` (at `start` in `text`; spaces ignored) two kinds of body and nothing else, written whole (no Thai letter
    glued after it): a body's board, council or office (not_organizations `part_words`) then the kind it belongs to
    (`owner_kinds`: "คณะกรรมการ|บริษัท", "สำนักงาน|บริษัท"), or two kinds of the same standing (`list_kinds`:
    "มูลนิธิ|สมาคม", "ทบวง|กรม")? Not when the body it belongs to is written right after it, after one space, by its
    kind word ("สภาสถาบัน สถาบันวิทยสิริเมธี", "สำนักงานมหาวิทยาลัย มหาวิทยาลัยแม่โจ้"): the unit is joined to it."""
    end = start + len(name)
    if end < len(text) and is_thai(text[end]):
        return False
    data = load_not_organizations()
    whole = name.replace(" ", "")
    after = text[end + text.startswith(" ", end):]
    for first, second in (("part_words", "owner_kinds"), ("list_kinds", "list_kinds")):
        for head in data[first]:
            rest = whole[len(head):]
            if whole.startswith(head) and rest != head and rest in data[second]:
                return not (first == "part_words" and after.startswith(rest))
    return False


def field_kind(text: str, start: int, name: str) -> bool:
    """Is `name` (at `start` in `text`) a head word of not_organizations `field_kinds` with a field word (`field_words`:
    ด้าน) glued right after it ("สมาคม|ด้าน|ภาพยนตร์และวีดิทัศน์", "องค์การ|ด้าน|การศึกษา")? The bodies of a field are
    meant, not one body; a committee's head (คณะกรรมการด้าน…, named by its task) is none of these heads. Not when a
    bracket opens right after it: one body with its own name or abbreviation in it ("สถาบันด้านการขนส่งทางน้ำและ
    โลจิสติกส์ (Maritime And Logistics Institute : MLI)")."""
    data = load_not_organizations()
    if text[start + len(name):].lstrip(" \u00a0").startswith("("):
        return False
    return any(name.startswith(head + word) for head in data["field_kinds"] for word in data["field_words"])


def slogan_named(text: str, start: int) -> bool:
    """Is the name at `start` in `text` written after a slogan word (not_organizations `slogan_words`: วิสัยทัศน์,
    สโลแกน, คำขวัญ) with a space or an opening quote (`slogan_quotes`) between them ("ที่มีวิสัยทัศน์ “ธนาคารพัฒนา
    ชนบทที่ยั่งยืน”")? Then it is the vision or the slogan, no body; glued ("วิสัยทัศน์กรมศุลกากร", "วิสัยทัศน์สถาบัน
    ยานยนต์") the body whose vision it is follows, nearly always."""
    data = load_not_organizations()
    separators = " \u00a0" + "".join(data["slogan_quotes"])
    before = text[max(0, start - 24):start]
    stripped = before.rstrip(separators)
    return len(stripped) < len(before) and stripped.endswith(tuple(data["slogan_words"]))


_THAI_LETTER = "\u0e01-\u0e2e"


@lru_cache(maxsize=1)
def _route_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    data = load_not_organizations()
    joiners = re.escape("".join(data["route_joiners"]))
    sections = "|".join(map(re.escape, data["route_sections"]))
    lines = "|".join(map(re.escape, data["route_lines"]))
    opened = rf"(?:(?:{sections}) ?|(?:{lines})\S* ?\()"  # "ช่วง|", "ช่วง |", "สายสีส้ม (|"
    events = "|".join(map(re.escape, data["nominalizers"]))  # "ช่วงการประชุมสุดยอดอาเซียน - คณะมนตรี…": a time
    stop = rf"(?!{events})[{_THAI_LETTER}][^\s(){joiners}]*"
    first = re.compile(rf"{stop}ฯ? ?[{joiners}] ?[{_THAI_LETTER}]")  # "ศูนย์วัฒนธรรมฯ|-|มีนบุรี"
    second = re.compile(rf"{opened}{stop} ?[{joiners}] ?$")  # "ช่วงบางขุนนนท์ - |", "สายสีส้ม (ตลิ่งชัน-|"
    return re.compile(rf"{opened}$"), first, second


def route_stop(text: str, start: int) -> bool:
    """Is the name at `start` in `text` one end of a route written as its two ends joined by a hyphen (not_organizations
    `route_joiners`), after a section word (`route_sections`: ช่วง) or in a bracket after a line word (`route_lines`:
    สาย…)? "รถไฟฟ้าสายสีส้ม ช่วง|ศูนย์วัฒนธรรมฯ-มีนบุรี", "ช่วงบางขุนนนท์ - |ศูนย์วัฒนธรรมแห่งประเทศไทย", "สายสีส้ม
    (ตลิ่งชัน-|ศูนย์วัฒนธรรม)": a station or stop named after a place or a body, no body. A hyphen between two bodies
    written with no route word ("กระทรวงมหาดไทย-สมาคมแม่บ้านมหาดไทย", "สธ.-มูลนิธิถันยรักษ์") joins partners, not
    stops, and is left alone; so is an event written after ช่วง (during) with a nominalizer (not_organizations
    `nominalizers`: "ช่วงการประชุมสุดยอดอาเซียน - คณะมนตรีความร่วมมือรัฐอ่าวอาหรับ", the ASEAN-GCC summit)."""
    opened, first, second = _route_patterns()
    before = text[max(0, start - 60):start]
    return bool(opened.search(before) and first.match(text, start)) or bool(second.search(before))
