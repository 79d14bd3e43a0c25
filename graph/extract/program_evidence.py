"""Whether the words after a prefix name a programme or only tell a kind of one or describe one: kinds of
programme the corpora write bare far more often than after a prefix ("โครงการ|พลังงานสะอาด", program_kinds.json),
and the evidence that makes a measure or a policy written on directly a name (the headline, a list item or cue, a
bracketed gloss, a mined name, a phase or year, another item of its kind beside it). Kept apart from where a name
ends: these judge a name already bounded, and the scan holds it back until the evidence is read."""

from __future__ import annotations

import re
from functools import lru_cache

from phakhi.graph.extract.program_ends import EDITION
from phakhi.graph.extract.program_words import generic_word, mined_program_names, prefix_pattern, program_data
from phakhi.graph.text.normalize import normalize_label
from phakhi.graph.text.patterns import literal_alternation
from phakhi.graph.text.thai import tokenize
from phakhi.ontology import load_mined, load_titles


@lru_cache(maxsize=1)
def kinds() -> frozenset[str]:
    """Kinds of programme written after a prefix as if they were names: words the corpora write bare far more often
    than after a prefix ("โครงการ|พลังงานสะอาด", "ยุทธศาสตร์|การสื่อสาร", "มาตรการ|คัดกรอง"), mined by
    scripts/mine_program_kinds.py; normalised."""
    return frozenset(row[0] for row in load_mined("program_kinds.json").get("kinds", ()))


@lru_cache(maxsize=1)
def heads_of_many() -> frozenset[str]:
    """Programme labels the whole record writes as the head of many different longer names and seldom whole
    ("โครงการพัฒนาท่าเรือ|แหลมฉบัง", "…|ชายฝั่ง", "มาตรการคัดกรอง|ผู้เดินทาง", "…|กลุ่มเสี่ยง"): the kind those names
    are of, mined by scripts/mine_program_heads.py; normalised, prefix included."""
    return frozenset(row[0] for row in load_mined("program_heads.json").get("heads", ()))


TRAILING_PHASE = re.compile(f" ?{EDITION}$")


def head_of_many(prefix: str, words: str) -> bool:
    """Are `prefix` and the `words` after it, undated, a head of many (`heads_of_many`: "โครงการพัฒนาท่าเรือ",
    "มาตรการคัดกรอง")? Such a label written in a sentence speaks of projects or measures of a kind; it names one only
    where the text marks it as a name (`evidence`: a list cue, "อาทิ มาตรการยกเว้นค่าธรรมเนียมต่าง ๆ", a dev gold
    measure; a list item, the headline, a gloss) or lists it beside another name of its kind. A year or a phase
    ("… ปี 2565", "… ระยะที่ 2") makes it one programme."""
    bare = normalize_label(words)
    return TRAILING_PHASE.search(bare) is None and normalize_label(prefix + bare) in heads_of_many()


def kind_of_programme(prefix: str, words: str) -> bool:
    """Do `words` right after `prefix`, less a phase or year ("… ปี 2565"), tell a kind of programme rather than name
    one: a kind (`kinds`), or a kind followed by nothing but generic words, a generic purpose or modifier
    ("โครงการ|โครงสร้างพื้นฐาน|สำคัญ", "มาตรการ|กระตุ้น|การท่องเที่ยว": the kind with a purpose any such measure has
    names no one scheme; not when dated, "…ระยะที่ 1": one measure is) or, after a prefix that needs no evidence,
    by a relative clause ("โครงการ|โครงสร้างพื้นฐาน|ที่มีความพร้อม"), or one generic word placed or owned
    (`_placed_kind`, after any prefix: "กองทุน|ชุมชน|ในพื้นที่")? The kinds do not apply after a prefix named by its
    subject ("กองทุน|อ้อยและน้ำตาลทราย": program_patterns.json "named_by_subject")."""
    bare = normalize_label(TRAILING_PHASE.sub("", words))
    undated = bare == normalize_label(words)
    if prefix in program_data()["named_by_subject"]:
        return undated and _placed_kind(bare)
    clause_ok = prefix not in program_data()["need_evidence"]
    return bare in kinds() or (undated and (_kind_with_generic_rest(bare, clause_ok) or _placed_kind(bare)
                                            or _field_kind(prefix, bare)))


_YEAR = re.compile(r"(?:25|20|19)\d\d")  # a number that is a year ("… 2562 โครงการ…") counts nothing


@lru_cache(maxsize=16)
def _count_after(prefix: str) -> re.Pattern[str]:
    """A count of `prefix`'s programmes (program_patterns.json "counted_after": its words of quantity, a number,
    the prefix as a word of its own), then the word that lists its members if one follows."""
    data = program_data()["counted_after"]
    # possessive spaces (no word of quantity opens or ends with one): the same matches, but a long run of spaces
    # after a name ("\n\n    \n   ", v1's layout) is not split between the three runs in every way before failing
    return re.compile(rf"\s*+\)?\s*+(?:{literal_alternation(data['quantity'])})?\s*+(?P<n>[\d๐-๙][\d๐-๙,]*)\s*"
                      rf"{re.escape(prefix)}(?![ก-ฮ])\s*(?P<members>{literal_alternation(data['members'])})?")


CLASSIFIED_REACH = 40  # characters read before a prefix for the clause whose predicate it opens


@lru_cache(maxsize=1)
def _classified_before() -> re.Pattern[str]:
    """The relative ซึ่ง or a programme's prefix noun, a determiner if any, then a copula, ending right before a
    prefix (program_patterns.json "classified")."""
    data = program_data()["classified"]
    subjects = [*data["relatives"], *program_data()["prefixes"]]
    return re.compile(rf"(?:{literal_alternation(subjects)})(?:{literal_alternation(data['determiners'])})?\s?"
                      rf"(?:{literal_alternation(data['copulas'])})\s?$")


def classified(text: str, start: int, end: int) -> bool:
    """Is the undated programme [start, end) the predicate of a clause whose subject is the relative ซึ่ง or a
    programme's own prefix noun ("…ซึ่งเป็น|โครงการเคเบิลใยแก้วใต้น้ำระหว่างประเทศระบบใหม่", "ซึ่งโครงการ
    ดังกล่าว เป็น|โครงการพระราชดำริโครงการหนึ่ง…", "…ของกองทุนเป็น|กองทุนหมุนเวียน")? Such words say what kind of programme something already named
    is, a class, not the name of one: held back as a kind is. A dated one ("… ระยะที่ 2") or a name the corpora
    attest names one all the same."""
    if _classified_before().search(text, max(0, start - CLASSIFIED_REACH), start) is None:
        return False
    return TRAILING_PHASE.search(text, start, end) is None \
        and normalize_label(text[start:end]) not in mined_program_names()[0]


def counted_kind(text: str, end: int, prefix: str, words: str) -> bool:
    """Is the undated project `prefix` + `words` ending at `end` followed by a count of the prefix's own programmes
    with no list of them after it ("โครงการบ้านจัดสรร| มีจำนวน 1,135 โครงการ มีจำนวนหน่วย…", "โครงการผลิตรถEV| แล้ว 26
    โครงการ")? The text counts many of what the words name: a category, a kind, no one programme. An umbrella counted
    by its parts and listing them ("… จำนวน 7 โครงการ ได้แก่ 1) …") or a dated one names one and stays, and so does a
    fund or a measure (program_patterns.json "counted_after" "prefixes": a scheme counted by its village funds, a
    package by its measures)."""
    if prefix not in program_data()["counted_after"]["prefixes"] or TRAILING_PHASE.search(normalize_label(words)):
        return False  # a fund or a measure counted by its own prefix is a scheme or a package: named
    count = _count_after(prefix).match(text, end)
    return count is not None and count.group("members") is None and not _YEAR.fullmatch(count.group("n"))


COUNTED_BEFORE_REACH = 24  # characters read before a prefix for a count of its programmes


@lru_cache(maxsize=1)
def _count_before() -> re.Pattern[str]:
    """A count ending right before a prefix, after one space or none (program_patterns.json "counted_before"): a
    number of one or two digits not glued to a dot, comma or digit, or a word that picks one of many ("หนึ่งใน")."""
    one_of = literal_alternation(program_data()["counted_before"]["one_of"])
    # \Z, not $: a table row's number on a line of its own ("…⏎9⏎|โครงการ…") is no count
    return re.compile(rf"(?:(?<![\d.,/:\-–“\"])(?P<n>[1-9]\d?)|{one_of}) ?\Z")


def counted_before(text: str, start: int, end: int, prefix: str) -> bool:
    """Is the prefix at `start` written right after a count of its programmes ("ได้มี 2 |โครงการช่วยเหลือผู้พิการ
    คือ …", "ธ.ก.ส. ดัน 7 |โครงการสร้างการเติบโตที่เป็นมิตรกับสิ่งแวดล้อม", "หนึ่งใน|โครงการปฏิรูปภาคการเกษตร")? The
    words after the prefix then tell the class of the several programmes counted, a kind, no one programme's name. Not
    a number of one, nor one above program_patterns.json "counted_before" "max_number", nor one the word before it
    owns (an ordinal, a phase, a village, a year: "ระยะที่ 3 |โครงการ…"; "not_after"), nor a disease's number
    ("โควิด 19 |มาตรการ…"), nor one opening a quotation ("“5 |ยุทธศาสตร์ปฏิรูปเกษตร4.0”"); only before a prefix of
    "prefixes" (a plan holds items: "หนึ่งใน|แผนแม่บท…" is an item in one named plan), and not when the name [start,
    end) is dated ("8 |มาตรการเตรียมความพร้อมรองรับน้ำฝน ปี 2563": one package of measures)."""
    data = program_data()["counted_before"]
    if prefix not in data["prefixes"] or TRAILING_PHASE.search(text, start, end) is not None:
        return False
    before = text[max(0, start - COUNTED_BEFORE_REACH):start]
    count = _count_before().search(before)
    if count is None:
        return False
    if count.group("n") is None:  # "ส่วนหนึ่งใน|โครงการ…": a part of one project, which it names
        return not before[:count.start()].endswith(tuple(data["one_of_not_after"]))
    if not 2 <= int(count.group("n")) <= data["max_number"]:
        return False
    owner = before[:count.start()].rstrip()
    return not owner.endswith(tuple(data["not_after"])) and not owner.endswith(
        tuple(word.split()[0].rstrip("-–") for word in program_data()["diseases"]["words"]))


MAX_GENERIC_REST = 1  # generic words after a kind: more tell a scope of their own ("…ทั้งภาครัฐและเอกชน")


def _kind_with_generic_rest(words: str, clause: bool = True) -> bool:
    """Do `words` open with a kind (whole tokens) and go on with one generic word only, or, when `clause`, with a
    relative clause (program_patterns.json "relative": "โครงสร้างพื้นฐาน|ที่|มีความพร้อม")? A clause after a kind
    picks out the programmes of that kind it holds true of, the infrastructure projects that are ready: a kind still,
    no name. Not for a measure or a policy, which stands as a name only on evidence already, and whose evidence, a
    list item, names one ("2.มาตรการช่วยเหลือลูกค้าที่ได้รับผลกระทบทางเศรษฐกิจ :", a bank's measure)."""
    tokens = tokenize(words)
    for i in range(1, len(tokens)):
        if "".join(tokens[:i]) in kinds():
            rest = [token for token in tokens[i:] if not token.isspace()]
            if clause and rest and rest[0] in program_data()["relative"]:
                return True
            return len(rest) <= MAX_GENERIC_REST and all(generic_word(token) for token in rest)
    return False


def _placed_kind(words: str) -> bool:
    """Do `words` open with one generic word and go on with a link that places or owns it (program_patterns.json
    "placed_kinds": "นำร่อง|ในมหาวิทยาลัยที่มีความพร้อม", "พระราชดำริ|ของในหลวงรัชกาลที่ 9"): pilot projects in
    universities, the royal projects of a king, a kind found somewhere, not one programme? Not when the words after
    the link open a royal patronage ("กำลังใจ|ใน|พระดำริ…") or an act done ("นำร่อง|ใน|การบริหารจัดการขยะ": a purpose)."""
    data = program_data()["placed_kinds"]
    tokens = tokenize(words)
    if len(tokens) < 3 or tokens[1] not in data["links"] or not generic_word(tokens[0]):
        return False
    return not words[len(tokens[0]) + len(tokens[1]):].startswith(tuple(data["not_after_link"]))


_THAI_WORD = re.compile(r"[ก-๛]+")


def _field_kind(prefix: str, words: str) -> bool:
    """Do `words` after `prefix` open with one generic word and go on with a field word and a short field in Thai
    letters, nothing more (program_patterns.json "field_kinds": "โครงการ|พัฒนา|ด้าน|แหล่งน้ำ", "มาตรการ|ผ่อนคลาย|ด้าน|
    วีซ่า")? The projects of a kind in a field, development projects for water sources, are a kind, no one programme;
    a field told at more length, or by a Latin name ("มาตรการช่วยเหลือ|ด้าน|ราคาก๊าซ LPG"), narrows it to one."""
    data = program_data()["field_kinds"]
    if prefix not in data["prefixes"]:
        return False
    tokens = tokenize(words)
    if len(tokens) < 3 or not generic_word(tokens[0]):
        return False
    rest = words[len(tokens[0]):]
    field = next((word for word in sorted(data["fields"], key=len, reverse=True) if rest.startswith(word)), None)
    if field is None:
        return False
    field_words = [token for token in tokenize(rest[len(field):]) if not token.isspace()]
    return 0 < len(field_words) <= data["max_field_words"] and all(_THAI_WORD.fullmatch(w) for w in field_words)


MAX_QUOTED_GENERIC = 2  # words of a quoted name all generic that tell a kind; more are a slogan, a name


def generic_quoted(words: str) -> bool:
    """Are the quoted `words` after a prefix one or two words each naming nothing on its own (`generic_word`:
    "โครงการ “นำร่อง”", "นโยบาย “ด้าน|สังคม”"): a kind or a field put in quotes, no name? Longer quoted runs of
    common words are slogans the release names a policy by ("นโยบาย “เชิงรุก เชิงลึก และครอบคลุม”")."""
    tokens = [token for token in tokenize(words) if not token.isspace()]
    return 0 < len(tokens) <= MAX_QUOTED_GENERIC and all(generic_word(token) for token in tokens)


@lru_cache(maxsize=1)
def _abbreviated_titles() -> tuple[str, ...]:
    """The post titles of titles.jsonl written abbreviated, with a period ("รมว.", "รมช.", "รมต."): a title by their
    form. Titles written in full are left out: a scheme may be named by an office ("“ผู้ว่าฯ สัญจร”"-like slogans)."""
    return tuple(row["title"] for row in load_titles() if "." in row["title"])


def titled_quoted(words: str) -> bool:
    """Do the quoted `words` after a prefix open with an abbreviated post title ("แผนงาน “รมว.สุดาวรรณ”", "นโยบาย
    “รมต.เอกนัฏ”")? The quotes hold the office holder whose plan or policy it is, a person, not the programme's name."""
    return words.startswith(_abbreviated_titles())


# marks that a name stands as a name: a list item ("2.มาตรการ…", "• มาตรการ…") or a bracketed gloss after it
_LIST_ITEM = re.compile(r"(?:^|\n|\s)(?:\d{1,2}[.)]|[•\-–*])\s*$")
_LIST_CUE = re.compile(r"(?:ประกอบด้วย|ได้แก่|อาทิ|เช่น|คือ|ดังนี้)\s*(?:\d{1,2}[.)])?\s*$")
_GLOSS = re.compile(r"\s?\((?:[A-Za-z][^()\n]{1,60}|[ก-ฮ]{1,6}\.(?:[ก-ฮ]{1,6}\.)*|[ก-๛]{2,20})\)")


def evidence(text: str, start: int, end: int, headline_end: int, prefix: str = "") -> bool:
    """Does the text mark [start, end) as a name: the headline (after a prefix of program_patterns.json
    "headline_names": a measure a headline writes on is the release's topic, a policy one what an official stressed or
    handed down, "มอบนโยบาย…"), the start of a line (a lead or an agenda item names
    its topic: "นโยบายส่งเสริมการจัดการของเสีย…ให้มีประสิทธิภาพ ดัน…", "มาตรการลดภาระค่าใช้จ่าย… มีรายละเอียด ดังนี้"),
    a list item or a list cue before it, a bracketed gloss after it, a name the corpora attest, or the phase or year it
    ends on ("มาตรการสนับสนุนการใช้ยานยนต์ไฟฟ้า ระยะที่ 2", "…ข้าวโพดเลี้ยงสัตว์ ปี 2566/67": a description is not
    dated, one measure is)? Measures and policies (มาตรการ…, นโยบาย…) written on directly inside a sentence are mostly
    descriptions, not names."""
    headline = start < headline_end and prefix in program_data()["headline_names"]["prefixes"]
    return bool(headline or text[start - 1:start] == "\n"
                or _LIST_ITEM.search(text, max(0, start - 8), start) or _LIST_CUE.search(text, max(0, start - 16), start) or _glossed(text, start, end)
                or normalize_label(text[start:end]) in mined_program_names()[0]
                or TRAILING_PHASE.search(text, start, end) is not None)


GLOSS_SLACK = 20  # characters more than the name's length read before another writing of its gloss for a prefix


def _glossed(text: str, start: int, end: int) -> bool:
    """Is a bracketed gloss written right after the name [start, end) the name's own: wherever else the release
    writes it, a programme's prefix comes shortly before (within the name's length and a little)? A gloss the release
    also writes after other words glosses a term the name ends on ("มาตรการควบคุมการแพร่ระบาดของเชื้อไวรัสโคโรนา 2019
    (COVID-19)" / "ผู้ติดเชื้อไวรัสโคโรนา 2019 (COVID-19)": the disease's gloss) and says nothing of the words before
    it naming a measure."""
    gloss = _GLOSS.match(text, end)
    if gloss is None:
        return False
    written, reach = gloss.group().strip(), end - start + GLOSS_SLACK
    at = text.find(written)
    while at >= 0:
        if abs(at - end) > 1 and not prefix_pattern().search(text, max(0, at - reach), at):
            return False
        at = text.find(written, at + len(written))
    return True


_BETWEEN_ITEMS = re.compile(r"\s{1,3}(?:และ|หรือ)?\s?")


def enumerated(text: str, items: list[tuple[int, int, str]]) -> set[int]:
    """Indexes of items next to another item with the same prefix ("มาตรการปีแห่งการลงทุน มาตรการระบบราง")."""
    found = set()
    for i in range(len(items) - 1):
        (_, end, prefix), (start, _, other) = items[i], items[i + 1]
        if prefix == other and _BETWEEN_ITEMS.fullmatch(text, end, start):
            found |= {i, i + 1}
    return found


ESTATE_REACH = 80  # characters read before a prefix for the plot of real property it may follow


@lru_cache(maxsize=1)
def _estate_lot() -> re.Pattern[str]:
    """A plot of real property ending right before a prefix: a kind of property or a unit of area, then only numbers and
    the words a plot's description holds ("ทาวน์เฮ้าส์ 3 ชั้น เนื้อที่ 27.7 ตารางวา ใน"): program_patterns.json
    "estate_lots"."""
    data = program_data()["estate_lots"]
    lots = literal_alternation(data["lots"])
    words = literal_alternation(data["lots"] + data["between"])
    # each run of spaces and of digits read whole (possessive: no word opens with a space or a digit): the same
    # matches, where a long number ("ห้องชุด 1234…" before a prefix) was split between the runs in every way
    return re.compile(f"(?:{lots})(?:\\s*+(?:[\\d.,]++|{words}))*\\s*+(?:ใน)?\\s*+$")


def estate(text: str, start: int) -> bool:
    """Is the prefix at `start` the opening of a housing or condominium estate's name, written after the plot that lies
    in it ("ห้องชุด|โครงการแฟลตปลาทอง", "ที่ดินเปล่า ใน|โครงการราชพฤกษ์การ์เด้นโฮม"): a place a developer named, not a
    programme? Asset sales list such plots; a programme is not written after a plot's size."""
    return _estate_lot().search(text, max(0, start - ESTATE_REACH), start) is not None


@lru_cache(maxsize=1)
def _between_estates() -> re.Pattern[str]:
    places = literal_alternation(program_data()["estate_lots"]["places"])
    return re.compile(f"(?:\\s|,|และ|(?:{places}) ?[ก-๛]+)*")


def listed_estate(text: str, previous_end: int, start: int) -> bool:
    """Is the prefix at `start` the next item of a list of estates whose last one's name ended at `previous_end`, with
    only places, commas, spaces and "และ" between ("…โครงการบ้านสวนดอกไม้ จังหวัดเพชรบุรี โครงการหัวหินริมธาร")?"""
    return 0 <= previous_end <= start and _between_estates().fullmatch(text, previous_end, start) is not None


COMPANY_REACH = 120  # characters read on a project's line for its company's investment, and before it for an approval


@lru_cache(maxsize=1)
def _company_project() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(the company and its investment after a project's name, the approval right before its prefix):
    program_patterns.json "company_projects"."""
    data = program_data()["company_projects"]
    companies, investments = literal_alternation(data["companies"]), literal_alternation(data["investments"])
    owned = re.compile(f"(?:[ \\t]+และ[^\\s]+)?[ \\t]*(?:ของ[ \\t]*)?(?:{companies})[^\\n]{{0,{COMPANY_REACH}}}?"
                       f"(?:{investments})")
    approved = re.compile(f"(?:{literal_alternation(data['approvals'])})[ \\t]*$")
    return owned, approved


def company_project(text: str, start: int, end: int) -> bool:
    """Is the name [start, end) a company's own investment project, as the Board of Investment's approval lists write
    it: granted promotion ("… จำกัด ได้รับส่งเสริม|โครงการผลิตยางล้อสำหรับยานพาหนะ") or followed on its line by the
    company that owns it and that company's investment ("โครงการขนส่งทางอากาศ| บริษัท การบินไทย จำกัด (มหาชน)
    มูลค่าลงทุน 9,314 ล้านบาท")? A factory or a fleet a firm builds is no public programme; a company's project told
    without its investment (a foundation's, a CSR project's) is not read as one."""
    owned, approved = _company_project()
    return owned.match(text, end) is not None or approved.search(text, max(0, start - COMPANY_REACH), start) is not None
