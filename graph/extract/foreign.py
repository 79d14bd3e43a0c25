"""Another country's body named with a Thai body's name: "รัฐมนตรีว่าการกระทรวงอุตสาหกรรมและการค้าเวียดนาม",
"…กระทรวงอุตสาหกรรม สาธารณรัฐประชาชนบังกลาเทศ", "รัฐมนตรีอุตสาหกรรมของซาอุดีอาระเบีย", "…กระทรวงอุตสาหกรรม
พาณิชย์ และการจ้างงาน" (Bhutan's).

The gazetteer finds the Thai ministry's name (กระทรวงอุตสาหกรรม) at the start of these; the post after a
foreign minister's name would then make him a Thai minister and break the Thai ministry's succession. A
national body is one of a closed class (every Thai ministry is in the authority file), so when the name
after a post's title runs on past the Thai name, with "และ" and more name words or a list of name words
("…อุตสาหกรรม พาณิชย์ และการจ้างงาน"), or a country other than Thailand follows it (after แห่ง / ของ and a
state word such as สาธารณรัฐ, or not), the post is in that longer body: another country's
(ForeignGovernmentBody), named by the whole run, not the Thai one.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache

from phakhi.graph.extract.authority import organizations, title_at
from phakhi.graph.extract.document import Doc
from phakhi.graph.text.normalize import normalize_label
from phakhi.graph.text.patterns import literal_alternation
from phakhi.graph.text.thai import NAME_CHARS, tokenize
from phakhi.ontology import HERE, load_honorifics, load_org_patterns, load_places, load_stopwords, own_country

FOREIGN_TYPE = "ForeignGovernmentBody"
MAX_LISTED = 3  # name words listed before "และ" in one body's name ("อุตสาหกรรม วิทยาศาสตร์ เทคโนโลยีและ…")
_WORD = re.compile(f"[{NAME_CHARS}]{{2,40}}")


@lru_cache(maxsize=1)
def _listed_countries() -> frozenset[str]:
    """Country names: pythainlp's list, places.json "countries" and every other form of "country_forms"; a name
    joined by a hyphen also with the hyphen spaced, as releases write it ("…ติมอร์ - เลสเต"), and one with an
    abbreviation's full stop also with a space after it ("สปป. ลาว")."""
    from pythainlp.corpus import countries

    names = frozenset(countries()) | frozenset(load_places()["foreign"]["countries"]) | frozenset(_country_forms())
    return (names | {name.replace("-", " - ") for name in names if "-" in name}
            | {re.sub(r"\.(?=\S)", ". ", name) for name in names if re.search(r"\.\S", name)})


@lru_cache(maxsize=1)
def _country_names() -> str:
    """The country names as a regex alternation."""
    return literal_alternation(_listed_countries())


@lru_cache(maxsize=1)
def _country_forms() -> dict[str, str]:
    """Each other way a country is written (places.json "country_forms", spaces removed) -> its one name."""
    return {form.replace(" ", ""): name for name, forms in load_places()["foreign"]["country_forms"].items() for form in forms}


def country_key(written: str) -> str:
    """The one name of a country as a post's title is followed by it, so that one country's office written two
    ways is one post: "แห่งสาธารณรัฐสังคมนิยมเวียดนาม" and "เวียดนาม" -> "เวียดนาม", "อังกฤษ" -> "สหราชอาณาจักร". The
    joiner and a word such as ประเทศ go; a form places.json "country_forms" lists is its country; a listed name is
    itself; a state word alone before a listed name goes ("ราชอาณาจักรกัมพูชา"); anything else is kept as written
    (spaces aside), so a state unknown to the lists is its own post, never merged with another."""
    data = load_places()["foreign"]
    name = written.replace(" ", "")
    words = tuple(data["joiners"] + data["country_words"])  # "ประเทศแห่งสาธารณรัฐ…": either, in any order
    while (word := next((w for w in words if name.startswith(w) and len(name) > len(w)), None)) is not None:
        name = name[len(word):]
    forms = _country_forms()
    if name in forms or name in _listed_countries():
        return forms.get(name, name)
    state = next((w for w in sorted(data["state_words"], key=len, reverse=True)
                  if name.startswith(w) and name[len(w):] in _listed_countries()), None)
    return forms.get(name[len(state):], name[len(state):]) if state else name


@lru_cache(maxsize=1)
def _english_forms() -> dict[str, str]:
    """Each English name or adjective of a country (places.json "english_forms", case-folded) -> its one name."""
    return {form.casefold(): name for name, forms in load_places()["foreign"]["english_forms"].items() for form in forms}


def english_country_key(written: str) -> str | None:
    """The one name (as country_key gives it) of the country an English release names after a title ("Japan",
    "the Lao PDR", "Kingdom of Cambodia") or by its adjective before one ("Lao", "Japanese"), so "Prime Minister of
    Japan" is the post the Thai releases' "นายกรัฐมนตรีญี่ปุ่น" is; None for a state places.json does not list (its
    title stays as written, never merged with another)."""
    name = " ".join(written.split()).strip(" ,")
    if name.casefold().startswith("the "):
        name = name[4:]
    return _english_forms().get(name.casefold())


@lru_cache(maxsize=1)
def _english_places() -> frozenset[str]:
    """Places written in English, case-folded: every country name and adjective of places.json english_forms, own_country's
    English name (english.json), the capitals (english_capitals) and pythainlp's English names of Thailand's
    provinces."""
    from pythainlp.corpus import provinces

    from phakhi.ontology import load_english

    foreign = load_places()["foreign"]
    names = set(_english_forms()) | {c.casefold() for c in foreign["english_capitals"]}
    names |= {c.casefold() for c in load_english()["own_country"]}
    names |= {p["name_en"].casefold() for p in provinces(details=True) if p.get("name_en")}
    return frozenset(names)


def english_place(written: str) -> bool:
    """Does `written` name a country, a country's capital or a Thai province in English ("Taipei", "Malaysia",
    "Chonburi")? A place an English name is written with in brackets is no abbreviation of it."""
    return " ".join(written.split()).casefold() in _english_places()


@lru_cache(maxsize=1)
def _country() -> re.Pattern[str]:
    """A country after a body's name: optional joiner (แห่ง, ของ), optional state word and its qualifiers
    ("สาธารณรัฐประชาชน…", "สหพันธรัฐ…"), a country name."""
    data = load_places()["foreign"]
    states = literal_alternation(data["state_words"] + data["country_words"])
    return re.compile(f"[ ]{{0,2}}(?:{literal_alternation(data['joiners'])})?[ ]?(?:(?:{states})[{NAME_CHARS}]{{0,24}}?)?"
                      f"(?:{_country_names()})(?![{NAME_CHARS}])")


@lru_cache(maxsize=1)
def _state_after_joiner() -> re.Pattern[str]:
    """"…แห่งสาธารณรัฐ<any name>": a joiner and a state word (not "ประเทศ", "รัฐบาล": "ของรัฐบาล") name a
    state even when its name is not listed."""
    data = load_places()["foreign"]
    return re.compile(f"[ ]{{0,2}}(?:{literal_alternation(data['joiners'])})[ ]?(?:{literal_alternation(data['state_words'])})[{NAME_CHARS}]*")


def _own(found: str) -> bool:
    return found.endswith(own_country())


def _country_at(text: str, pos: int) -> int | None:
    """The end of a foreign country named at `pos`, or None (nothing there, or Thailand)."""
    m = _country().match(text, pos) or _state_after_joiner().match(text, pos)
    return None if m is None or _own(m.group()) else m.end()


_AFTER_SPACES = 16  # characters after a title where the joiner or state word past its spaces may start (" สปป. ลาว")


def title_country_end(text: str, pos: int, followers: tuple[str, ...] = ()) -> int | None:
    """The end of a foreign country named right after a post's title at `pos` ("นายกรัฐมนตรีเวียดนาม",
    "นายกรัฐมนตรีแห่งสาธารณรัฐสังคมนิยมเวียดนาม", "เอกอัครราชทูตสาธารณรัฐเกาหลี"), or None (nothing there, or
    Thailand: "นายกรัฐมนตรีแห่งราชอาณาจักรไทย"). A word glued on after the country ends it when it is a function
    word, begins with a clause head ("…มาเลเซียและภริยา", "…เวียดนามในฐานะ…", "…เนปาลเป็นเจ้าภาพ…": the tokenizer
    reads "เป็นเจ้าภาพ" as one word, so its first word alone missed the verb) or is one of `followers`
    ("…ปากีสถานประจำประเทศไทย").
    After a space only a joiner or a state word starts it ("นายกรัฐมนตรี สาธารณรัฐอินเดีย"): a bare country after a
    space begins the next clause ("นายกรัฐมนตรี ญี่ปุ่นและไทยได้…")."""
    if text.startswith(" ", pos):
        data = load_places()["foreign"]
        spaces = text[pos:pos + _AFTER_SPACES]
        at = pos + len(spaces) - len(spaces.lstrip(" "))  # the word itself is read whole: a window of characters
        if not text.startswith(tuple(data["joiners"] + data["state_words"]), at):  # cut "สหพันธ์สาธารณรัฐ"
            return None
    m = _country().match(text, pos)
    if m is not None and not _own(m.group()):
        return m.end()
    m = _country_glued_at().match(text, pos)  # "นายกรัฐมนตรีมาเลเซียและภริยา": a clause glued on after the country
    if m is not None and not _own(m.group()):  # (before a state word's run: "…ของสหราชอาณาจักร|ในฐานะ…")
        word = _WORD.match(text, m.end())
        tokens = tokenize(word.group()) if word else []
        if tokens and (tokens[0] in load_stopwords() or tokens[0].startswith(clause_heads())) \
                or text.startswith(followers, m.end()):
            return m.end()
    m = _state_after_joiner().match(text, pos)
    return None if m is None or _own(m.group()) else m.end()


def country_ends_at(text: str, end: int) -> bool:
    """May a foreign country's name end right at `end` ("…นายกรัฐมนตรีญี่ปุ่น| นายคิชิดะ", "…แห่งสาธารณรัฐเกาหลี|
    นายมุน")? A listed country or a state word and the letters after it; a cheap test before looking for the title
    it follows (title_country_end says whether it is one)."""
    m = _country_ending().search(text, max(0, end - _LONGEST_COUNTRY), end)
    return m is not None and not _own(m.group())


_LONGEST_COUNTRY = 40  # characters a country's name (its state words aside) runs to, at most


@lru_cache(maxsize=1)
def _country_ending() -> re.Pattern[str]:
    states = literal_alternation(load_places()["foreign"]["state_words"])
    return re.compile(f"(?:(?:{_country_names()})|(?:{states})[{NAME_CHARS}]*)$")


@lru_cache(maxsize=1)
def _country_glued_at() -> re.Pattern[str]:
    """A country right after a title, its joiner and state word optional, with no word boundary after it."""
    data = load_places()["foreign"]
    states = literal_alternation(data["state_words"] + data["country_words"])
    return re.compile(f"[ ]{{0,2}}(?:{literal_alternation(data['joiners'])})?[ ]?(?:(?:{states})[{NAME_CHARS}]{{0,24}}?)?"
                      f"(?:{_country_names()})")


def country_end(text: str, pos: int) -> int | None:
    """The end of a country, Thailand too, named at `pos` after at most two spaces ("ไทย", " สปป.ลาว"), or None."""
    m = _country().match(text, pos)
    return None if m is None else m.end()


@lru_cache(maxsize=1)
def _not_name_starts() -> tuple[str, ...]:
    """Words a national body's name never continues with: an organization's head word, an honorific, the
    words places.json "foreign" "not_continuing" lists (a group of people: "และคณะ", "และผู้บริหาร")."""
    return (tuple(p["prefix"] for p in load_org_patterns()) + tuple(h["form"] for h in load_honorifics()
                                                                      if not h["form"].isascii())
            + tuple(load_places()["foreign"]["not_continuing"]))


def _name_word(text: str, pos: int, verb: bool = False, head: bool = False) -> tuple[int, int, bool] | None:
    """A word at `pos` that may continue a body's name: (start, end, clause): no title, honorific, head of
    another body, function word or verb (person_words' lists, the tagger) begins it; where a clause head is
    glued on ("การจ้างงานเพื่อร่วมหารือ") the word ends there and `clause` says so. With `verb`, a word the tagger
    reads as a verb may begin it (a ministry named by what it does, "…และฝึกอาชีพ"); a clause head still may not,
    unless `head` (a listed word a country must close: "… ตรวจคนเข้าเมือง และประชากร สาธารณรัฐแห่งสหภาพเมียนมา")."""
    word = _WORD.match(text, pos)
    if word is None or title_at(text, pos) is not None or word.group().startswith(_not_name_starts()):
        return None
    tokens = tokenize(word.group())
    if tokens[0] in load_stopwords() or not head and tokens[0] in _clause_heads() \
            or not (verb or head) and starts_with_verb(tuple(tokens[:2])):
        return None
    end = pos + len(tokens[0])
    for token in tokens[1:]:
        if token != load_places()["foreign"]["and"] and (token in load_stopwords() or token in _clause_heads()):
            return pos, end, True
        end += len(token)
    return pos, word.end(), False


@lru_cache(maxsize=1)
def clause_heads() -> tuple[str, ...]:
    """The verbs and function words that begin a clause after a name (clause_head's), for a prefix test."""
    return tuple(sorted(_clause_heads()))


@lru_cache(maxsize=1)
def _clause_heads() -> frozenset[str]:
    """Verbs and function words that begin a clause after a name (person_words.json "glued_verbs",
    "not_surname_prefixes")."""
    words = json.loads((HERE / "th" / "person_words.json").read_text(encoding="utf-8"))
    return frozenset(words["glued_verbs"]) | frozenset(words["not_surname_prefixes"])


@lru_cache(maxsize=1024)
def starts_with_verb(tokens: tuple[str, ...]) -> bool:
    """Does pythainlp's part-of-speech tagger (Orchid UD) read the first word as a verb ("เข้าเฝ้า…")? Asked only
    of the few words after a post's ministry that may continue its name."""
    from pythainlp.tag import pos_tag

    return pos_tag(list(tokens), corpus="orchid_ud")[0][1] == "VERB"


def _continuation(text: str, end: int, loose: bool = False) -> int:
    """Where the name goes on to after the end of the Thai name: name words glued on that end with a foreign
    country ("…กระทรวงอุตสาหกรรมพื้นฐานนิวซีแลนด์", New Zealand's Ministry for Primary Industries), "และ" glued and a name word
    ("…อุตสาหกรรมและการค้า"), or up to MAX_LISTED name words then "และ" and a name word ("… พาณิชย์ และการจ้างงาน",
    "… วิทยาศาสตร์ เทคโนโลยีและนวัตกรรมกัมพูชา") when a country or (after a space or a line break) a title follows
    the list or a country ends it (a clause after a post also has spaces and "และ": "… เข้าเฝ้ารับเสด็จ … และ…",
    "… เข้าพบและหารือกับ…": a clause head glued on never closes it, unless `loose`: the holder is known to be
    foreign, and a list cut by a clause is that body's name, "… พาณิชยกรรม และการจ้างงานเพื่อร่วมหารือ"). A listed
    word the tagger reads as a verb ("… แรงงาน ตรวจคนเข้าเมือง และประชากร สาธารณรัฐแห่งสหภาพเมียนมา", Myanmar's Ministry
    of Labour, Immigration and Population) goes on naming it only when a country closes the list, as a clause's
    verbs ("… ตรวจเยี่ยม และมอบ…") never do; `end` when it does not go on."""
    joiner = load_places()["foreign"]["and"]
    glued = _name_word(text, end) if not text.startswith(joiner, end) else None
    if glued is not None and _country_end(text[glued[0]:glued[1]]):  # "…อุตสาหกรรมพื้นฐานนิวซีแลนด์": name words
        return glued[1]  # glued on up to a country (a clause glued after it ends the run)
    if text.startswith(joiner, end):
        word = _name_word(text, end + len(joiner)) or _named_by_a_verb(text, end + len(joiner), loose)
        if word is None:
            return end
        inside = _country_inside(text[word[0]:word[1]])  # "และการค้าแห่งสหพันธรัฐรัสเซียและคณะ": ends at the country
        return word[0] + inside if inside else word[1]
    pos = end
    verbal = False  # a listed word the tagger reads as a verb ("… แรงงาน ตรวจคนเข้าเมือง และประชากร <country>")
    for _ in range(MAX_LISTED):
        if not text.startswith(" ", pos) or text.startswith("  ", pos):
            return end
        word = _name_word(text, pos + 1)
        if word is None:
            word = _name_word(text, pos + 1, head=True)
            verbal = True
        if word is None:
            return end
        pos = word[1]
        last = word if joiner in text[word[0] + 1:word[1]] else None  # "เทคโนโลยีและนวัตกรรม": the last two together
        if last is None and word[2]:
            return end
        if last is None and text.startswith(f" {joiner}", pos):
            last = _name_word(text, pos + 1 + len(joiner) + text.startswith(" ", pos + 1 + len(joiner)))
            if last is None:
                return end
        if last is not None:
            after = len(text[last[1]:last[1] + 3]) - len(text[last[1]:last[1] + 3].lstrip())
            closed = loose and not verbal or not last[2] and (
                _country_at(text, last[1]) is not None or _country_end(text[last[0]:last[1]])
                or not verbal and 0 < after and title_at(text, last[1] + after) is not None)
            return last[1] if closed else end
    return end


def _named_by_a_verb(text: str, pos: int, loose: bool) -> tuple[int, int, bool] | None:
    """A word the tagger reads as a verb glued on after "และ" ("…แรงงานและฝึกอาชีพกัมพูชา", Cambodia's Ministry of
    Labour and Vocational Training): the name of another country's ministry, which says what it does, when its holder
    is known to be foreign (`loose`) or another country ends the word or follows it; a Thai ministry's name, which
    the gazetteer read whole, never goes on so, and without that evidence it is a clause ("…และเสนอให้…")."""
    word = _name_word(text, pos, verb=True)
    if word is None or word[2]:
        return None
    return word if loose or _country_end(text[word[0]:word[1]]) or _country_at(text, word[1]) is not None else None


@lru_cache(maxsize=1)
def _country_glued() -> re.Pattern[str]:
    """_country without its word boundary, after a joiner or a state word (inside a run of letters)."""
    data = load_places()["foreign"]
    return re.compile(f"(?:{literal_alternation(data['joiners'])})?(?:{literal_alternation(data['state_words'] + data['country_words'])})"
                      f"[{NAME_CHARS}]{{0,24}}?(?:{_country_names()})")


def _country_inside(word: str) -> int | None:
    """The end of a foreign country named with a state word inside a run of letters, if any."""
    m = _country_glued().search(word)
    return m.end() if m is not None and not _own(m.group()) else None


def _country_end(word: str) -> bool:
    """Does a word end with a foreign country's name ("…นวัตกรรมกัมพูชา")?"""
    return _foreign_country_ending(word) is not None


def country_ending(name: str) -> str | None:
    """The one name (country_key) of the foreign country a body's name ends with ("กระทรวงการต่างประเทศเวียดนาม" ->
    "เวียดนาม"), or None."""
    m = _foreign_country_ending(name.rstrip())
    return None if m is None else country_key(m.group())


@lru_cache(maxsize=1)
def _country_at_end() -> re.Pattern[str]:
    """_country at the end of a word, compiled once (a pattern built at each call is looked up in re's cache by
    its whole text, all the country names)."""
    return re.compile(f"(?:{_country().pattern})$")


@lru_cache(maxsize=4096)  # a pure function of the word: the same bodies' names are asked in release after release
def _foreign_country_ending(word: str) -> re.Match[str] | None:
    """The name of a country other than Thailand that `word` ends with, or None."""
    m = _country_at_end().search(word)
    return None if m is None or _own(m.group()) else m


def country_after(text: str, pos: int) -> str | None:
    """The one name (country_key) of the foreign country named at `pos` after at most two spaces ("…กระทรวงป้องกัน
    ประเทศ| สาธารณรัฐประชาธิปไตยประชาชนลาว"), or None (nothing there, or Thailand)."""
    m = _country().match(text, pos) or _state_after_joiner().match(text, pos)
    return None if m is None or _own(m.group()) else country_key(m.group())


def is_country(name: str) -> bool:
    """Is `name` a country's one name (country_key's answer for a listed country), not a body's words?"""
    return name in _listed_countries() or name in _country_forms().values()


def names_a_foreign_country(name: str) -> bool:
    """Does a body's name end with another country's ("กระทรวงเทคโนโลยีและการสื่อสารลาว")?"""
    return _country_end(name.rstrip())


def national(org) -> bool:
    """Is an organization mention a Thai national body the gazetteer found, named with its head word
    (กระทรวง, กรม, …): the start of another country's body when that country's name follows?"""
    return (org.key.startswith("org:") and organizations().get(org.key, {}).get("type") != FOREIGN_TYPE
            and org.text.lstrip().startswith(tuple(load_places()["foreign"]["national_heads"])))


def foreign_body(doc: Doc, org, headless: bool = False, held_by_latin: bool = False):
    """The foreign body a post's organization mention `org` (a Thai national body the gazetteer found, or
    `headless`: named without its head word, "รัฐมนตรีอุตสาหกรรม") is the start of, as a new organization
    mention that takes its place; None when it is the Thai body (or a foreign body the authority file knows).
    `held_by_latin`: the post's holder is named in Latin letters (a foreign dignitary), so a listed name cut by
    a clause still closes the foreign body's name."""
    if not (national(org) or headless and org.key.startswith("org:")
            and organizations().get(org.key, {}).get("type") != FOREIGN_TYPE):
        return None
    text = doc.text
    end = _continuation(text, org.nend, loose=held_by_latin)
    country = _country_at(text, end)
    if country is None and end == org.nend or country is None and _own(text[org.nend:end]):
        return None
    end = country or end
    doc.mentions.remove(org)
    return doc.add(foreign_mention(doc, org.nstart, end))


def foreign_mention(doc: Doc, start: int, end: int, **data):
    """The mention of another country's body named text[start:end], keyed by its words."""
    return doc.mention(start, end, "organization", "pattern:" + normalize_label(doc.text[start:end]),
                       type=FOREIGN_TYPE, form="pattern", foreign=True, **data)
