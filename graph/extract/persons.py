"""Person mentions: where a person's name begins and ends.

A person is anchored on an honorific, rank or academic title (นาย, ดร., พล.อ., Mr., H.E., ...); the name
runs over the first name and, when the next word is not a title or a verb, the surname. A first name written
alone after the full name, a slip of a frequent name and a name glued to a title or verb are told here too; the
posts the text gives each person are read after this, by posts.find_posts.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from difflib import SequenceMatcher
from functools import lru_cache

from rapidfuzz.distance import OSA, Levenshtein

from phakhi.graph.extract.authority import title_at, title_start, titles
from phakhi.graph.extract.document import Doc
from phakhi.graph.extract import person_tables as tables
from phakhi.graph.extract.person_spelling import dominant_despite_names, usual_spelling
from phakhi.graph.text.normalize import normalize_label
from phakhi.graph.text.patterns import literal_alternation
from phakhi.graph.text.thai import ABBREVIATION_MARK, DEPENDENT, LEADING_VOWELS, NAME_CHARS, THAI_LETTERS, is_thai, starts_word, tokenize
from phakhi.ontology import load_honorifics, load_not_names, load_org_patterns, load_persons, load_stopwords

PERSON_KEY = "person:"
# Latin letters with their accented forms (Latin-1, Latin Extended-A/B and Additional: "José García", "Müller", "Łukasz"):
# a name runs over them, not cut at the first accent ("Andelfo Jos")
LATIN_UPPER = "A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u024f\u1e00-\u1eff"
LATIN_LETTER = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff"
MAX_LATIN_WORDS = 10  # words of a Latin name after its first ("Dato Seri Setia Dr Haji Mohammad Isham bin Haji Jaafar");
# a title ends it before (_cut_latin_at_title)
_LATIN_NAME = re.compile(f"[{LATIN_UPPER}][{LATIN_LETTER}'’\\-]+(?:[ \\t]+(?:(?:{literal_alternation(tables.person_words()['latin_particles'])})[ \\t]+)?"
                         f"(?:[{LATIN_UPPER}][{LATIN_LETTER}'’\\-]+|[{LATIN_UPPER}]\\.(?:[{LATIN_UPPER}]\\.)*(?=[ \\t]+[{LATIN_UPPER}])"
                         f"|al-[{LATIN_LETTER}]+)){{0,{MAX_LATIN_WORDS}}}")
MAX_NAME = 80  # a longer run of Thai letters is not one name (the longest, a surname glued to a title, is ~50)
# a hyphen or an en dash joins the parts of a transliterated name ("ฟรังค์-วัลเทอร์", "อัล–นาอีม")
_THAI_NAME = re.compile(f"[{NAME_CHARS}]{{1,{MAX_NAME}}}(?:[-–][{NAME_CHARS}]{{2,30}})?(?![{NAME_CHARS}])")


@lru_cache(maxsize=1)
def _honorific_pattern() -> re.Pattern[str]:
    one = literal_alternation(normalize_label(h["form"]) for h in load_honorifics())
    # stacked: "ศาสตราจารย์  นาวาอากาศโท ดร."; the first written out (not "(?:…)+"), so the engine skips to the
    # positions where a form can begin (twice as fast over a release)
    return re.compile(f"{one}[ \\t]{{0,2}}(?:{one}[ \\t]{{0,2}})*")


@lru_cache(maxsize=1)
def _non_name_starts() -> tuple[str, ...]:
    return tuple(p["prefix"] for p in load_org_patterns()) + tuple(t for t, _ in titles())


_COUNTED = re.compile(r"(?<![\d.,])(?:\d{1,3}|\d{1,3}(?:,\d{3})+)\s*$")  # "ตำรวจ 20 นาย", not "2560 นาย…"


def _starts_at_word(doc: Doc, pos: int, honorific: str) -> bool:
    """"โดยนายสุพันธ์" starts a name at นาย; "ทนายความ" does not; nor does the "ศ." ending an abbreviation
    ("อ.ก.ค.ศ.", "กยศ."), nor นาย counting people ("ตำรวจ 20 นาย")."""
    before = doc.text[max(0, pos - 12):pos]
    after_end = pos + len(honorific)
    if honorific.isascii() and not honorific.endswith(".") and doc.text[after_end:after_end + 1] not in (" ", "\t"):
        return False  # "ACMECS" is no Air Chief Marshal
    if honorific.isascii() and before and is_thai(before[-1]):
        return True  # "กล่าวภายหลังMrs. Winnie Byanyima": Thai writes no space before a Latin word; a Latin name follows
    if honorific.endswith(".") and before and (is_thai(before[-1]) or before[-1] == "."):
        # "และนพ.มรุต", "ของดร.เฉลิมชัย", "ท่านพล.อ.ประวิตร": glued to the word before, an abbreviation of two letters
        # or more begins a name when a known first name follows it; not the "ศ." ending "กยศ.", nor "ลงพ.ท.|รับฟัง…"
        # (ลงพื้นที่ shortened); nor the "ทพ." ending "กทพ." before "และ", a function word the name lists hold as a
        # first name
        at = _skip(doc.text, after_end, " ")
        return before[-1] != "." and len(honorific.replace(".", "")) > 1 \
            and _known_first_at(doc.text, at, tables.known_names()[0]) and not _function_word_at(doc.text, at)
    after = doc.text[pos + len(honorific):pos + len(honorific) + 1]
    if honorific in tables.person_words()["classifiers"] and _COUNTED.search(before) and not (
            is_thai(after or " ") and not _counted_run(doc.text, pos + len(honorific))):
        return False  # "ตำรวจ 20 นาย และ…" (a name is written glued: "… 66 นายอนุทิน", "เขต 1 นายจุมพลศรี")
    if honorific in tables.person_words()["classifiers"] and before.endswith(tuple(tables.person_words()["quantifiers"])):
        return False  # "เจ้าหน้าที่ตำรวจทุกนาย ขอให้…": every officer
    if pos == 0 or not is_thai(doc.text[pos - 1]) or not is_thai(honorific[0]):
        return pos == 0 or not doc.text[pos - 1].isalnum() or not honorific[0].isascii()
    # "พร้อมด้วยศาสตราจารย์คลินิก นพ.อุดม", "ถึงนางเทรีซา เมย์": newmm may read a function word and the honorific
    # glued to it as other words; a short honorific only after a word names follow (not "ทำ|นาย", a verb)
    return starts_word(doc.text, pos, after=len(honorific) + 6) \
        or _after_function_word(doc.text, pos, heads_only=len(honorific) <= SHORT_HONORIFIC)


def _function_word_at(text: str, pos: int) -> bool:
    """Is the run of letters at `pos` a function word alone ("และ", "หรือ"; pythainlp's stop words)?"""
    run = _THAI_NAME.match(text, pos)
    return run is not None and run.group() in load_stopwords()


def _glued_full_name_stands(text: str, name: str, end: int) -> bool:
    """A full name after an honorific glued to a word that is no function word ("ในการนี้นางทศานุช ธรรมโชติ",
    "ทั้งนี้นายแจ็คกี้ จาง ประธาน…", "ใจถึง|นางเทรีซา เมย์ นายกรัฐมนตรี…") is a name when the name lists know its
    first name or its surname, or a title follows a surname of MIN_SURNAME_CONSONANTS: a place named with นาง has
    no known surname after it ("อำเภอนางรอง จังหวัด…"), and a slip before a post is no surname ("อำเภอเดิมบางนางบวช
    เป็ประธาน…", เป็น cut short)."""
    first, _, surname = name.partition(" ")
    firsts, families = tables.known_names()
    if len(first) > MAX_FIRST:
        return False  # "สนามม้านางเลิ้งไปยังบริเวณลานคนเมือง ศาลา…": a clause runs on from the place's name
    return first in firsts or surname in families or _title_follows(text, end) \
        and sum(ch in THAI_CONSONANTS for ch in surname) >= MIN_SURNAME_CONSONANTS


MIN_SURNAME_CONSONANTS = 2  # no surname is one consonant and its vowels ("จาง", "เมย์" have two)
THAI_CONSONANTS = frozenset(chr(c) for c in range(0x0E01, 0x0E2F))


SHORT_HONORIFIC = 4  # letters of an honorific that may be the tail of a word (นาย of ทำนาย, นาง of อำเภอนางรอง)


def _counted_run(text: str, pos: int) -> bool:
    """After a count and its classifier นาย, is the run glued on what was counted ("820 นายหน่วยสนับสนุนและหน่วย…":
    it holds a clause word and begins with no known first name), not a name?"""
    run = _THAI_NAME.match(text, pos)
    return run is not None and _holds_clause_word(run.group()) \
        and not _known_first_at(text, pos, tables.known_names()[0])


@lru_cache(maxsize=1)
def _venue_heads() -> tuple[str, ...]:
    """Words for venues ("ห้องประชุม", "อาคาร") and for foundations, funds and prizes ("มูลนิธิ": person_words.json
    "namesake_heads"): an honorific glued right after one begins the person a place or a body is named after
    ("มูลนิธิศาสตราจารย์ปกรณ์ อังศุสิงห์"), no person the release mentions."""
    words = tables.person_words()
    return tuple(words["venue_heads"]) + tuple(words["namesake_heads"])


@lru_cache(maxsize=1)
def _not_surname_prefixes() -> tuple[str, ...]:
    return tuple(tables.person_words()["not_surname_prefixes"])


@lru_cache(maxsize=1)
def _never_surname_starts() -> tuple[str, ...]:
    """Words no surname begins with, even when a title follows ("น.ส.ไตรศุลี กล่าวว่า รองนายกรัฐมนตรี…"), and the
    heads of role nouns ("ดร.จอมขวัญ ผู้ช่วย รมว.กษ.": a post, person_words.json "role_heads"); a surname the name
    lists know is taken before this is asked."""
    words = tables.person_words()
    return tuple(words["never_surname_starts"]) + tuple(words["glued_verbs"]) + tuple(words["role_heads"])


@lru_cache(maxsize=1)
def _end_words() -> tuple[re.Pattern[str], frozenset[str]]:
    """Words that end a name glued to them ("ประยุทธ์กล่าวว่า"): any of not_surname_prefixes after a known
    name, and the verbs of person_words.json "glued_verbs" after any name."""
    words = tables.person_words()
    every = sorted(set(words["not_surname_prefixes"]) | set(words["glued_verbs"]), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, every))), frozenset(words["glued_verbs"])


MAX_FIRST = 16  # a longer run after an honorific is a name with words glued on (first names are <= 15)


def _name_length(run: str, known: frozenset[str]) -> int:
    """How much of a run of Thai letters is the name: the run may have a verb or function word glued on
    ("อนุทินกล่าวว่า", "อนุทินได้นำคณะ") or, when over MAX_FIRST letters, anything glued on after a known
    name ("ประยุทธ์หาเงินเข้าประเทศ"). A run that is a known name is whole."""
    if run in known or len(run) < 4:
        return len(run)
    pattern, verbs = _end_words()
    for pos in range(2, len(run) - 1):
        if run[pos] in DEPENDENT or run[pos - 1] in LEADING_VOWELS:
            continue  # not a syllable boundary
        found = pattern.match(run, pos)
        # a short word ends the name only after a known name and before more words ("อนุทินได้นำ", not "สุภามา")
        if found and (found.group() in verbs or run[:pos] in known and (found.end() < len(run) or len(found.group()) > 2)):
            return pos
    if len(run) > MAX_FIRST:
        for pos in range(len(run) - 2, 1, -1):
            if run[:pos] in known and run[pos] not in DEPENDENT:
                return pos
    return len(run)


LONGEST_NAME_WORD = 32  # letters of the longest first name written glued to its surname ("ฟรังค์วัลเทอร์ชไตน์ไมเออร์" 26)
MAX_SURNAME = 22  # a longer run after a first name is a clause ("ยิ้มภูมิใจไปกับความสำเร็จ…"), not a surname


def _is_surname(word: str) -> bool:
    """A known surname, or a name word that does not begin with a verb or function word: the long ones
    ("กล่าว…") by letters, the short ones as the first newmm word ("ตาม|ชู" is a clause head, "มาศ|เกษม"
    a surname)."""
    if word in tables.known_names()[1]:
        return True
    if len(word) > MAX_SURNAME or word.startswith(_never_surname_starts()):
        return False
    if not _is_name_word(word):
        return _stop_headed_surname(word)
    prefixes = _not_surname_prefixes()
    return not word.startswith(tuple(p for p in prefixes if len(p) >= 4)) and tokenize(word)[0] not in prefixes


def _stop_headed_surname(word: str) -> bool:
    """"นายบุญเลิศ พัฒนารุ่งอโนทัย": a long word whose first newmm word is one of pythainlp's stop words (พัฒนา) is
    a surname when the rest holds no stop word and a piece that is no dictionary word (อ, ทัย): letters coined
    for a name, where a clause glued on is dictionary words throughout ("พัฒนา|การเกษตร")."""
    if word.startswith(_non_name_starts()):
        return False  # ("กรม|พระ…", "ด้าน…": a royal title, a field; only the stop word head is forgiven)
    head, *rest = tokenize(word)
    return len(word) >= MIN_HEADED_SURNAME + 2 and bool(rest) and head not in _not_surname_prefixes() \
        and not any(token in load_stopwords() for token in rest) and any(token not in _dictionary() for token in rest)


def _holds_clause_word(word: str) -> bool:
    """An unknown surname-shaped word holding a clause word ("มุ่งมั่นและตั้งใจ", "ไม่เคยทอดทิ้ง")."""
    if word in tables.known_names()[1] or len(word) < 6:
        return False
    clause = tables.person_words()["clause_words"]
    # a token that is a clause word is in the word as written: most words hold none and are not segmented at all
    return any(w in word for w in clause) and any(token in clause for token in tokenize(word))


MIN_GLUED_SURNAME = 4  # letters of a surname "และ" is glued to ("เมฆตรง|และบิดา")


def _surname_before_clause_word(word: str) -> str | None:
    """The surname at the head of a word that runs on into "และ" (person_words.json "list_joiners": "เมฆตรง|และบิดา",
    "ศิริพร|และนายอินทัช"): the tokens before the first clause word, when that word joins a list and they make a
    surname the name lists know or a plain one (surname-shaped, no dictionary word, no function word: not
    "มุ่งมั่น|และตั้งใจ"). Other clause words glued on ("บุญช่วย|แล้ว") are left alone: the validity model reads a
    name with a verb's marker glued after it as no name, and drops the person the first name alone keeps."""
    words = tables.person_words()
    tokens = tokenize(word)
    at = next((i for i, token in enumerate(tokens) if token in words["clause_words"]), 0)
    if tokens[at] not in words["list_joiners"]:
        return None
    head = "".join(tokens[:at])
    if len(head) < MIN_GLUED_SURNAME or not (head in tables.known_names()[1] or _plain_surname(head)):
        return None
    return head


def _is_name_word(word: str) -> bool:
    if len(word) < 2 or word.startswith(_non_name_starts()):
        return False
    first = tokenize(word)[0]
    return first not in load_stopwords() and word not in load_stopwords()


def _thai_name(text: str, start: int) -> tuple[int, str, bool] | None:
    """The Thai name starting at `start`: (end, key name, full). A first name glued to its surname
    ("ประยุทธ์จันทร์โอชา") is split for the key, so it is the same person as the spaced form."""
    first = _THAI_NAME.match(text, start)
    if not first or first.group().startswith(tuple(tables.person_words()["not_name_starts"])) \
            or first.group()[0] in DEPENDENT:
        return None  # "พ.ต.ท. ขึ้นไป": a rank and above, no one's name; "รพ.สต.นา|ยาว": no word begins with a vowel sign
    title = title_at(text, start)
    if title is not None and len(title[0]) >= len(first.group()) and not tables.surnames_of(first.group()):
        return None  # "นายแพทย์สาธารณสุขจังหวัด": a post, no name (not "นายนิสิต", written with surnames)
    if _post_of_place(text[start:_cut_at_title(text, start, first.end())]):
        return None  # "นายแพทย์สาธารณสุขอำเภอเมืองลำปาง", "ดร. เจ้าคณะอำเภอสันกำแพง": a post, no name
    found = _thai_name_core(text, start, first)
    if found is None:
        return None
    end, name, full = found
    if full:
        end, name = _longer_name(text, end, name)
    else:
        end, name, full = _after_former_surname(text, end, name) or (end, name, full)
    particle = _particle_surname(text, end)
    if particle is not None:
        end, surname = particle
        return end, f"{name} {surname}", True
    initials = _initials(text, end, name)
    if initials is not None:
        return *initials, True
    return end, name, full


_BRACKETED = re.compile(f"[ \t]*\\(([{NAME_CHARS}]+)\\)[ \t]+")


def _after_former_surname(text: str, end: int, first: str) -> tuple[int, str, bool] | None:
    """"นางวราพรรณ (หงุ่ยตระกูล) ทรัพย์ธนะอุดม": a former surname in brackets between a first name and the surname
    now borne; the name is the first name and the surname after the brackets, when each would be read as this
    first name's surname written alone (no "สงวนนามสกุล", a surname withheld: never_surname_starts)."""
    bracket = _BRACKETED.match(text, end)
    if bracket is None or not _reads_as_surname(first, bracket.group(1), ""):
        return None
    after = _THAI_NAME.match(text, bracket.end())
    if after is None or not _reads_as_surname(first, after.group(), text[after.end():after.end() + 40]):
        return None
    return after.end(), f"{first} {after.group()}", True


def _reads_as_surname(first: str, word: str, rest: str) -> bool:
    """Would this word, written right after the first name (and before `rest`), be read as its surname?"""
    if word.startswith(tuple(tables.person_words()["never_surname_starts"])):
        return False
    run = f"{first} {word}{rest}"
    found = _thai_name_core(run, 0, _THAI_NAME.match(run, 0))
    return found is not None and found[2] and found[1] == f"{first} {word}"


def _post_of_place(run: str) -> bool:
    """Does this run after an honorific (up to any title in it) hold a place's unit (person_words.json
    "place_units": จังหวัด, อำเภอ, ตำบล) past its first letters, what comes before it being no known first name
    ("สาธารณสุขอำเภอเมืองลำปาง", "เจ้าคณะอำเภอสันกำแพง")? Then it names a post of that place: no first name or
    surname of the name lists holds อำเภอ or ตำบล."""
    for unit in tables.person_words()["place_units"]:
        pos = run.find(unit, 2)
        if pos >= 2 and run[:pos] not in tables.known_names()[0]:
            return True
    return False


@lru_cache(maxsize=1)
def _initials_pattern() -> re.Pattern[str]:
    """One to three Latin letters spelled in Thai, each with its period ("ซี.", "เอ.เจ.", "เอ. เจ."), then a space."""
    letters = literal_alternation(tables.person_words()["letter_names"])
    return re.compile(f"(?:{letters})\\.(?:[ \\t]?(?:{letters})\\.){{0,2}}[ \\t]{{0,2}}")


def _initials(text: str, end: int, name: str) -> tuple[int, str] | None:
    """"โรเบิร์ต ซี. โอไบรอัน", "อะห์มัด อะลี เอ.เจ. อัตตะมีมี": a transliterated middle initial (a Latin letter
    spelled in Thai with a period, person_words.json "letter_names") and the name word after it are part of the
    name; the name read so far may end in the initial's letter, read as a surname ("โรเบิร์ต ซี")."""
    words = name.split(" ")
    if text.startswith(".", end) and len(words) > 1 and words[-1] in tables.person_words()["letter_names"]:
        at, words = end - len(words[-1]), words[:-1]
    else:
        at = _skip(text, end, " ")
        if not 0 < at - end < 3:
            return None
    initials = _initials_pattern().match(text, at)
    if initials is None:
        return None
    word = _THAI_NAME.match(text, initials.end())
    if word is None or not _is_name_word(word.group()) or word.group() in _dictionary() \
            or title_at(text, word.start()) or _honorific_pattern().match(text, word.start()):
        return None
    surname = word.group()[:_name_length(word.group(), frozenset())]  # "โกเดคกล่าวว่า": a verb glued on
    return word.start() + len(surname), " ".join([*words, "".join(initials.group().split()), surname])


def _inside_royal_rank(text: str, start: int) -> bool:
    """Does the honorific at `start` lie inside a royal rank of kinship ("สมเด็จพระเจ้าน้องนางเธอ": นาง;
    person_words.json "royal_ranks")? No name begins there."""
    # a rank written from at most its length before the honorific up to one character before it: one find a rank
    return any(text.find(rank, max(0, start - len(rank)), start - 1 + len(rank)) >= 0
               for rank in tables.person_words()["royal_ranks"])


MISSPELT_TITLE = 8  # letters a title needs before one or two letters off it are read as a slip of it
TITLE_EDITS = 2


@lru_cache(maxsize=4096)
def _misspelt_title(honorific: str, name: str) -> bool:
    """Is an honorific and the first name after it (no known first name, none the corpus writes with a surname) a
    title beginning with that honorific written a letter or two wrong ("นายกรัฐนตรี", "นายกรัฐมในตรี", "นายกัฐมนตรี":
    นายกรัฐมนตรี), not a person?"""
    if name in tables.known_names()[0] or tables.surnames_of(name):
        return False
    written = honorific + name
    return any(len(title) >= MISSPELT_TITLE and title.startswith(honorific) and abs(len(title) - len(written)) <= TITLE_EDITS
               and _distance(written, title, TITLE_EDITS) <= TITLE_EDITS for title, _ in titles())


def _particle_surname(text: str, end: int) -> tuple[int, str] | None:
    """"ดร.เอกพล ณ สงขลา", "นางสาวพิไลลักษณ์ ชุมสาย ณ อยุธยา": ณ + a place word after a name is (the end of)
    its surname when it is one of the ณ-surnames (person_words.json "particle_surnames", pythainlp's list), or
    a surname-shaped word that is no dictionary word, a title following it."""
    words = tables.person_words()
    at = _skip(text, end, " ")
    particle = words["surname_particle"]
    if not 0 < at - end < 4 or not text.startswith(particle + " ", at):
        return None
    word = _THAI_NAME.match(text, _skip(text, at + len(particle), " "))
    if word is None or word.start() - at - len(particle) > 2:
        return None
    surname = f"{particle} {word.group()}"
    if surname in _particle_surnames() or _is_surname(word.group()) and word.group() not in _dictionary() \
            and _title_follows(text, word.end()):
        return word.end(), surname  # (a lineage name the lists lack, before a title: "นายสนั่น ณ นุวงษ์ หัวหน้า…")
    return None


@lru_cache(maxsize=1)
def _particle_surnames() -> frozenset[str]:
    particle = tables.person_words()["surname_particle"] + " "
    return frozenset(tables.person_words()["particle_surnames"]) | frozenset(
        s for s in tables.known_names()[1] if s.startswith(particle))


def _particle_spaced(name: str) -> str:
    """"กิตติรัตน์ณ ระนอง", "กิตติรัตน์ ณระนอง": an ณ-surname with its particle glued to a word, spaced as the
    name lists write it ("กิตติรัตน์ ณ ระนอง"), when what comes before it is a known first name (a first name
    ending in ณ before a surname ระนอง stays)."""
    particle = tables.person_words()["surname_particle"]
    if particle not in name:
        return name  # every form tried below holds the particle
    for surname in _particle_surnames():
        place = surname[len(particle) + 1:]
        for written in (f"{particle} {place}", particle + place):
            head = name[:len(name) - len(written)]
            if name.endswith(written) and head.rstrip(" ").split(" ")[-1] in tables.known_names()[0]:
                return f"{head.rstrip(' ')} {surname}"
    return name


MAX_FOREIGN_PARTS = 4  # words a transliterated name runs over after its first two ("ไฟยาด บิน ฮาเมด อาล โรไวลิ")


def _longer_name(text: str, end: int, name: str) -> tuple[int, str]:
    """A name of three or more words, mostly transliterated ("ราซีน่าร์ อูเบรอย บาจาจ กรรมการผู้จัดการ",
    "ไบรอัน จอห์น เดวิดสัน เอกอัครราชทูต…"): the words after the surname are name words up to a title, or up to
    where the release writes the same longer name in brackets elsewhere ("นาง อีนอเง มูทูควา วีนา กล่าว…" beside
    "Inonge Mutukwa Wina (อีนอเง มูทูควา วีนา)"), or the words are no dictionary words and the release writes
    the longer name again ("มาร์ก เอลเลียต ซักเคอร์เบิร์ก") or an abbreviated title follows them ("ไฟยาด บิน
    ฮาเมด อาล โรไวลิ ผบ.ทสส.ซาอุดิอาระเบีย"); otherwise they are not taken (a clause may follow a name, and a phrase
    repeated after a name, "… นะครับ", "… จุฬาราชมนตรี", or an abbreviation, "… ผช.", is no evidence)."""
    if " " not in name:
        return end, name
    pos, words, best = end, [], None
    for _ in range(MAX_FOREIGN_PARTS):
        at = _skip(text, pos, " ")
        if not 0 < at - pos < 3:
            break
        word = _THAI_NAME.match(text, at)
        if word is None or _honorific_pattern().match(text, at) or len(word.group()) > MAX_FIRST \
                or _glued_after_at(text, at) > at \
                or word.group().startswith(tuple(tables.person_words()["role_heads"])) or not _is_name_word(word.group()) \
                or word.group().startswith(_never_surname_starts()) or title_at(text, at) \
                or _holds_clause_word(word.group()) or _name_length(word.group(), frozenset()) < len(word.group()) \
                or _verb_headed(word.group()) or any(unit in word.group() for unit in tables.person_words()["place_units"]):
            break  # (nor a verb, "… คัลลิส เข้าพบนายอนุทิน ชาญวีรกูล รองนายกรัฐมนตรี", nor a post of a place, "… บุญมา
            # อัยการจังหวัด หัวหน้าส่วนราชการ…")
        words.append(word.group())
        pos = word.end()
        longer = " ".join([name, *words])
        if _title_follows(text, pos) or f"({longer})" in text or _transliterated(words) and text[pos:pos + 1] != "." \
                and (text.count(longer) > 1 or _TITLE_ABBREVIATION.match(text, _skip(text, pos, " "))
                     or _syllable_name(longer)) or len(words) == 1 and (_surname_after_middle(name, word.group())
                                                         or _maiden_and_married(text, name, word.group())
                                                         and text[pos:pos + 1] != "."):
            best = (pos, words[:])
    if best is None:
        return end, name
    return best[0], " ".join([name, *best[1]])


def _surname_after_middle(name: str, word: str) -> bool:
    """"นางสาวสุชาดา ซาง แทนทรัพย์": a name of three parts, the middle a given or maiden name, is told by the whole
    record: the corpus writes this first name with the third word as its surname (person_identity.json, in two
    releases or more), never with the second, and the third is no dictionary word (not "… สมชาย ใจดี")."""
    first, second = name.split(" ", 1)
    surnames = tables.surnames_of(first)
    return surnames.get(word, 0) >= 2 and not surnames.get(second) and word not in _dictionary()


MIN_SURNAME_FIRSTS = 1  # first names the corpus writes a surname after before a third word is read as one


def _maiden_and_married(text: str, name: str, word: str) -> bool:
    """"ดร.วันดี กุญชรยาคง จุลเจริญ", "รศ.ดร.พันธุ์ทิพย์ กาญจนะจิตรา สายสุนทร": a Thai woman's maiden and married
    surnames, or another name of three parts whose third is a surname. The third word is the name's when the record
    writes it as a surname: after another first name in the mined identity table or the name lists, or after another
    titled name in this release ("นายสุทธิพงษ์ จุลเจริญ ... ดร.วันดี กุญชรยาคง จุลเจริญ"); the second word is a
    surname too (written with this first name, or known as above); and the third is no dictionary word, nor a known
    first name (the next person of a list written bare), nor, checked by the caller, an abbreviation ("… พลพรม
    ผกก.สภ.…")."""
    first, second = name.split(" ", 1)
    if word in _dictionary() or word in tables.known_names()[0] or " " in second \
            or not (tables.surnames_of(first).get(second) or _known_surname(second)):
        return False  # (the second word a surname too: not "พุฒ มารดาชื่อนางแก้ว ก้อนจันเทศ")
    return _known_surname(word) or _written_after_another(text, name, word)


def _known_surname(word: str) -> bool:
    """Is `word` a surname by the name lists or the mined identity table (after another first name), and no
    dictionary word nor known first name?"""
    return word not in _dictionary() and word not in tables.known_names()[0] \
        and (word in tables.known_names()[1] or _surname_firsts().get(word, 0) >= MIN_SURNAME_FIRSTS)


@lru_cache(maxsize=1)
def _surname_firsts() -> dict[str, int]:
    """Surname -> the number of first names the mined identity table writes it after."""
    counts: dict[str, int] = {}
    for surnames in tables.identity()["full_names"].values():
        for surname in surnames:
            counts[surname] = counts.get(surname, 0) + 1
    return counts


def _written_after_another(text: str, name: str, word: str) -> bool:
    """Does the release write `word` as the surname of another first name, an honorific before it ("นายสุทธิพงษ์
    จุลเจริญ")? The pattern that answers holds `word` and the whole honorific alternation: compiling it costs
    20-40 ms, so it is built only where some place `word` is written on (a whole word) has an honorific and a first
    name's letters before it (_honorific_before); in most releases none has, and the answer is no without it."""
    if not any(_honorific_before().search(text, 0, at) for at in _word_places(text, word)):
        return False  # (every match of the pattern below ends on such a place: it cannot match)
    first = name.split(" ", 1)[0]
    other = re.compile(f"(?:{_honorific_pattern().pattern})([{NAME_CHARS}]{{2,{MAX_FIRST}}})[ \\t]{{1,2}}"
                       f"{re.escape(word)}(?![{NAME_CHARS}])")
    return any(found.group(1) != first for found in other.finditer(text))


@lru_cache(maxsize=1)
def _honorific_before() -> re.Pattern[str]:
    """An honorific, then two to MAX_FIRST letters of a name and one or two spaces, ending where the text is cut
    (`search(text, 0, at)`): what _written_after_another's pattern reads before the surname it names, compiled
    once. The honorific pattern has no lookaround, so cutting the text at the surname changes none of its matches."""
    return re.compile(f"(?:{_honorific_pattern().pattern})[{NAME_CHARS}]{{2,{MAX_FIRST}}}[ \\t]{{1,2}}\\Z")


def _word_places(text: str, word: str):
    """Where `text` writes `word` with no name letter after it (the end of _written_after_another's pattern)."""
    at = text.find(word)
    while at >= 0:
        after = at + len(word)
        if after == len(text) or not _NAME_CHAR.match(text, after):
            yield at
        at = text.find(word, at + 1)


SYLLABLE = 4  # letters of a one-syllable part of a transliterated East Asian name ("คิม", "จอง", "อุน")
SYLLABLE_PARTS = 3


def _syllable_name(name: str) -> bool:
    """"คิม จอง อุน", "ลี กวน ยู": three parts of one syllable each, a Korean, Chinese or Vietnamese name written
    part by part, the last no dictionary word (checked by the caller): the third part belongs to the name."""
    parts = name.split(" ")
    return len(parts) == SYLLABLE_PARTS and all(len(part) <= SYLLABLE for part in parts)


# an abbreviated title of two parts ("ผบ.ทสส.", "ผอ.สสว."), no province ("จ.สงขลา"): after a transliterated name
_TITLE_ABBREVIATION = re.compile(f"[{THAI_LETTERS}]{{2,4}}\\.[{THAI_LETTERS}]{{2,5}}\\.")


def _verb_headed(word: str) -> bool:
    """Does `word` begin with one of the verbs and function words after which a surname is absent (person_words.json
    "not_surname_prefixes": the long ones by letters, the short ones as the first newmm word, "เข้า|พบ")?"""
    prefixes = _not_surname_prefixes()
    return word.startswith(tuple(p for p in prefixes if len(p) >= 4)) or tokenize(word)[0] in prefixes


def _transliterated(words: list[str]) -> bool:
    """Are these words spelled letters of a foreign name, none of them a dictionary word or made of one?"""
    return all(word not in _dictionary() and not any(token in _dictionary() and len(token) > 3
                                                      for token in tokenize(word)) for word in words)


def _thai_name_core(text: str, start: int, first: re.Match) -> tuple[int, str, bool] | None:
    firsts, families = tables.known_names()
    run_end = _cut_at_title(text, start, first.end())
    run = text[start:run_end]
    glued = _glued_full_name(run)
    if glued is not None:  # "อนุพงษ์เผ่าจินดา", "อนุกูลปีดแก้วกล่าว": a full name the corpus writes spaced
        first_name, surname = glued
        return start + len(first_name) + len(surname), f"{first_name} {surname}", True
    length = _name_length(run, firsts)
    if length == len(run) and run not in firsts:
        length = _glued_word_length(run, families)  # "“พล.อ.ประยุทธ์มุ่ง ลดการว่างงาน…”": a headline's verb
    if length < len(run):
        rest = run[length:]
        if rest in families and run[:length] in firsts:  # first name and surname written together
            return run_end, f"{run[:length]} {rest}", True
        run_end = start + length
        run = run[:length]
        if not _is_name_word(run):
            return None
        return run_end, run, False  # a word is glued on: the surname, if any, is not here
    if not _is_name_word(run) and run not in firsts or len(run) > LONGEST_NAME_WORD:
        return None  # "นางเพย์นในครั้งนี้แสดงถึงความสัมพันธ์…": a clause with nowhere to cut it
    if run_end < first.end():  # a title glued on
        return run_end, run, False
    spaces = text[run_end:run_end + MAX_GAP + 1]
    gap = len(spaces) - len(spaces.lstrip(" \t\n"))
    if 0 < gap <= MAX_GAP:
        last = _THAI_NAME.match(text, run_end + gap)
        if last and _next_person(last.group()):
            return run_end, run, False  # "นายสมชาย นายสมศักดิ์ และ…": names listed without surnames
        if last:
            last_end = _cut_at_title(text, last.start(), last.end())
            word = text[last.start():last_end]
            cut = _name_length(word, families)
            if cut == len(word):
                cut = _known_surname_length(run, word)  # "วิษณุ เครืองามเป็น"
            elif _written_surname(run, word) or _surname_of_two_names(word, cut, text, last_end):
                cut = len(word)  # "ภาสกรณ์ รุ่งเรืองเดชาภัทร์": the corpus writes the longer surname, not รุ่งเรือง
            if cut < len(word) and cut >= 2:
                rest, word, last_end = word[cut:], word[:cut], last.start() + cut
                if word in _dictionary() and not tables.surnames_of(run).get(word) \
                        and (word not in families or _verb_glued_after_known_first(run, word, rest)):
                    return run_end, run, False  # "นายสุทิน ก่อนบอกว่า": a clause's first word, glued to its verb
            line_break = "\n" in spaces[:gap]
            if (gap >= NARROW_GAP or line_break) and not _written_surname(run, word) \
                    and not (not line_break and _line_ends(text, last_end) and _plain_surname(word)) and not (
                    _title_follows(text, last_end) and (
                    word in families or tables.surnames_of(run).get(word, 0) >= 2
                    or not line_break and _is_surname(word) or _plain_surname(word))):
                return run_end, run, False  # across a wide gap or a line break: the surname the corpus writes
                # with this first name ("นายวรณัฎฐ์\nหนูรอต"), or before a title a surname the name lists or the
                # corpus know, or a surname-shaped word holding no function word and no dictionary word itself
                # ("นางสาวกมลลักษณ์\nอ้นอารี ข้าราชการพลเรือนสามัญ ตำแหน่ง…"; not "พระองค์เจ้าพัชรกิติยาภา\nโอกาสนี้
                # รัฐมนตรี…"); across spaces alone (a justified list: "นางอำภา" + 16 spaces + "พรหมวาทย์
                # ผู้อำนวยการ…") any surname-shaped word, or with no title, a plain surname ending the line
                # ("10. นางพงษ์ทิพย์" + spaces + "เทศะภู" + end of line)
            if _written_surname(run, word):
                return last_end, f"{run} {word}", True  # "นายไกรสร กองฉลาด": the corpus writes this full name
            if title_at(text, last.start()):
                pass  # "นายชัยวุฒิ รมว.ดีอี": a title, not a surname
            elif title_at(text, last_end) and _clause_glued_to_title(run, word):
                pass  # "นายนวนิตย์ ประชุมคณะอนุกรรมการ…", "พระองค์เจ้าพัชรกิติยาภา เสด็จเป็นประธาน": a clause
            elif _verb_after_known_first(run, word) and not _title_follows(text, last_end):
                pass  # "พล.ต.อ.พัชรวาท ติดภารกิจ": the first name alone, then a verb
            elif _conjunction_after_first(run, word, text, last_end):
                pass  # "พล.อ.ประยุทธ์ ดังนั้น นายกรัฐมนตรีจะ…": the first name ends a clause, the next opens
            elif _abbreviated(text, last_end, word):
                pass  # "พล.ต.อ.สุวัฒน์ ผบ.ตร.": an abbreviated post, not a surname
            elif _holds_clause_word(word) and not _surname_holding_clause_word(run, word, text, last_end):
                head = _surname_before_clause_word(word)
                if head is not None:  # "นางสาวอรฤดี เมฆตรงและบิดา": the surname, then the clause glued on
                    return last.start() + len(head), f"{run} {head}", True
                # "ประยุทธ์ มุ่งมั่นและตั้งใจ": a clause, not a surname
            elif _is_surname(word) or _verb_headed_surname(run, word, text, last_end) or _is_name_word(word) and not word.startswith(_never_surname_starts()) \
                    and len(word) <= MAX_SURNAME and _title_follows(text, last_end):
                return last_end, f"{run} {word}", True
    return run_end, run, False


def _surname_of_two_names(word: str, cut: int, text: str, end: int) -> bool:
    """"นายบุญสันต์ ประสิทธิ์สัมฤทธิ์ ผู้จัดการใหญ่…": a surname made of two names the lists know (ประสิทธิ์ +
    สัมฤทธิ์), no longer than a surname, with a title after it, is whole; the cut at the first known name is for a
    clause glued on ("ประยุทธ์หาเงินเข้าประเทศ"), and a clause is more than one word."""
    rest = word[cut:]
    first_names, families = tables.known_names()
    return 0 < cut and len(word) <= MAX_SURNAME and len(tokenize(rest)) == 1 \
        and (rest in families or rest in first_names) and _title_follows(text, end)


WELL_KNOWN_FIRST = 20  # releases the corpus writes a first name with its surnames in before a verb after it is told


def _verb_glued_after_known_first(first: str, word: str, rest: str) -> bool:
    """"พลเอก ฉัตรชัย ชื่นชมแผนปฏิบัติการ…": a first name the corpus writes often with its surnames, never with this
    dictionary word, which pythainlp's name list holds as a surname but the corpus writes after no first name (the
    mined identity table), with more dictionary words glued on: the first name alone, then a clause. (pythainlp's
    tagger is no help: it reads ชื่นชม before แผน a noun.)"""
    surnames = tables.surnames_of(first)
    return bool(rest) and sum(surnames.values()) >= WELL_KNOWN_FIRST and not _surname_firsts().get(word) \
        and tokenize(rest)[0] in _dictionary()


_ABBREVIATION_GOES_ON = re.compile(f"\\.[{THAI_LETTERS}]")


def _abbreviated(text: str, end: int, word: str) -> bool:
    """Is `word` the head of an abbreviation, a period and more letters glued after it ("ผบ.ตร.", "รมว.กษ.")? No
    surname is written so; a surname the name lists know and a transliterated initial ("ซี.เจ.", person_words.json
    "letter_names", read by _initials) are not asked about."""
    return bool(_ABBREVIATION_GOES_ON.match(text, end)) and word not in tables.known_names()[1] \
        and word not in tables.person_words()["letter_names"]


def _clause_glued_to_title(first: str, word: str) -> bool:
    """Is `word`, written glued to the title after it, the head of a clause rather than a surname: no surname the
    name lists know or the corpus writes with this first name, and either begun by a verb or function word after
    which surnames are absent (not one that begins many surnames, _surname_heads: "ชู|งาน") or made of dictionary
    words the last of them a function word (stop word: "เสด็จ|เป็น|ประธาน", "ทรง|เป็น|รองประธาน")?"""
    if word in tables.known_names()[1] or _written_surname(first, word):
        return False
    tokens = tokenize(word)
    if _verb_headed(word) and tokens[0] not in _surname_heads():
        return True
    return len(tokens) > 1 and tokens[-1] in load_stopwords() and all(token in _dictionary() for token in tokens)


def _glued_word_length(run: str, families: frozenset[str]) -> int:
    """How much of a run that is no known name is a first name the corpus writes in full in KNOWN_FULL releases
    with a verb glued on (one or VERB_TOKENS dictionary words, the first a function word or read as a verb by the
    tagger: "ประยุทธ์|มุ่ง", headlines glue the verb to the name) that is no surname the name lists or the corpus
    give; the whole run otherwise (names are made of dictionary words: "ธีระ|เกียรติ", "กนก|ทิพย์")."""
    if tables.surnames_of(run):
        return len(run)  # a first name the corpus writes with a surname ("ธีระเกียรติ" is no ธีระ + เกียรติ)
    for pos in range(len(run) - 2, 1, -1):
        if run[pos] in DEPENDENT or run[pos - 1] in LEADING_VOWELS:
            continue
        head, rest = run[:pos], run[pos:]
        surnames = tables.surnames_of(head)
        if not surnames or max(surnames.values()) < KNOWN_FULL or rest in families or rest in surnames:
            continue
        tokens = tokenize(rest)
        if len(tokens) <= VERB_TOKENS and all(token in _dictionary() for token in tokens) \
                and (tokens[0] in load_stopwords() or _starts_with_verb(tuple(tokens))):
            return pos
    return len(run)


def _surname_holding_clause_word(first: str, word: str, text: str, end: int) -> bool:
    """"นางสาวสุกัญญา ดีด้วยชาติ ผู้อำนวยการ…", "นายพยุงศักดิ์ ชาญด้วยวิทย์ ที่ปรึกษา…": a surname holding a clause
    word (ด้วย, และ) inside it, not at its head, when a title follows it, it is a surname-shaped word none of the
    dictionary's and the first name is not one the corpus means one person by (not "พลเอกประยุทธ์ ไม่เคยทอดทิ้ง
    นายกรัฐมนตรี…")."""
    return _title_follows(text, end) and _is_surname(word) and word not in _dictionary() \
        and tokenize(word)[0] not in tables.person_words()["clause_words"] and not _means_one_person(first)


def _line_ends(text: str, pos: int) -> bool:
    """Is `pos` at the end of a line, spaces aside?"""
    at = _skip(text, pos, " \t\r")
    return at >= len(text) or text[at] == "\n"


def _plain_surname(word: str) -> bool:
    """A surname-shaped word no dictionary word and holding no function word (stop word) or clause word: across
    a line break, before a title, the surname of a name broken over two lines."""
    return _is_surname(word) and word not in _dictionary() and not _holds_clause_word(word) \
        and not any(token in load_stopwords() for token in tokenize(word))


def _written_surname(first: str, word: str) -> bool:
    """Is `word` the surname the corpus writes after this first name, whatever word it begins with and whatever
    follows it ("ดร.กิติพงค์ พร้อมวงค์)", "รองศาสตราจารย์สุธรรม  อยู่ในธรรม")? Yes when the mined full names
    (person_identity.json, written in at least 5 releases) hold it KNOWN_FULL times, or hold it at all and it is no
    dictionary word itself (a verb the miner read as a surname is one: "ศศิกานต์ ทิ้งท้าย"); never a clause."""
    seen = tables.surnames_of(first).get(word, 0)
    return bool(seen) and (seen >= KNOWN_FULL or word not in _dictionary()) and not _holds_clause_word(word)


def _next_person(word: str) -> bool:
    """Is `word`, after a first name, an honorific glued to a known first name ("นายสมศักดิ์", "นางสาวศศิกานต์"),
    not a surname the name lists know?"""
    honorific = _honorific_pattern().match(word)
    return honorific is not None and word[honorific.end():] in tables.known_names()[0] \
        and word not in tables.known_names()[1]


NARROW_GAP = 4  # spaces a name's words are written apart by; a wider gap or a line break ("นายชาย\nนครชัย อธิบดี…",
MAX_GAP = 24  # "นายสิงห์ทอง        ลาภพิเศษพันธุ์ อธิบดี…", up to MAX_GAP) holds a surname only before a title (a known one across a line break)
MIN_HEADED_SURNAME = 6  # letters of a surname beginning with a verb or function word ("ตามประทีป")


def _verb_headed_surname(first: str, word: str, text: str, end: int) -> bool:
    """"นายจิตติ ตั้งสิทธิ์ภักดี นายกสมาคม…", "พลเรือเอกพะจุณณ์ ตามประทีป กรรมการ": a word beginning with a
    verb or function word (ตั้ง, ตาม) is a surname when a title follows it and the corpus writes it with that
    first name, or its head begins many known surnames ("นางสาวชมัยพร ชูงาน ผู้เชี่ยวชาญ…", _surname_heads), or it is long (MIN_HEADED_SURNAME + 2), holds no function word after its head, and the first
    name is not one the corpus writes with another surname (see _verb_after_known_first). With no title after it,
    only a word so headed that is no dictionary word itself ("ผศ.ดร.พนิตนาฎ ชูฤกษ์ วิชาภาษาไทย")."""
    if len(word) > MAX_SURNAME or word.startswith(_never_surname_starts()) or _holds_clause_word(word):
        return False
    if not _title_follows(text, end):
        return word.startswith(tuple(_surname_heads())) and word not in _dictionary() and _headed(first, word)
    if tables.surnames_of(first).get(word, 0) >= 2:
        return True  # (one release may be a misreading; two are the corpus writing it)
    if _headed(first, word, common=not _means_one_person(first)):
        return True  # ("นายปัญญา ชูพาณิช ผู้อำนวยการ…": ปัญญา is many people's first name)
    rest = tokenize(word)[1:]
    if len(word) < MIN_HEADED_SURNAME:
        return False
    return len(word) >= MIN_HEADED_SURNAME + 2 and not _verb_after_known_first(first, word) \
        and not any(token in load_stopwords() for token in rest)


def _headed(first: str, word: str, common: bool = False) -> bool:
    """ชู|งาน: a word begun by one of _surname_heads with no stop word after it; not "อนุทิน มา|ร่วม|งาน", nor
    after a first name the corpus writes with its surname, unless (`common`, a title following) the first name
    is one the corpus gives many people."""
    head, *rest = tokenize(word)
    return head in _surname_heads() and bool(rest) and not any(token in load_stopwords() for token in rest) \
        and (common or not any(count >= KNOWN_FULL for count in tables.surnames_of(first).values()))


def _means_one_person(first: str) -> bool:
    """Does the corpus mean one person by this first name (_one_person_of its most written surname: อนุทิน)?"""
    surnames = tables.surnames_of(first)
    return bool(surnames) and _one_person_of(first, max(surnames, key=surnames.get))


SURNAME_HEAD = 10  # known surnames a verb or function word must begin to begin a surname before a title


@lru_cache(maxsize=1)
def _surname_heads() -> frozenset[str]:
    """Verbs and function words (stopwords) that begin SURNAME_HEAD or more of the surnames the name lists know
    (ชู|เวทย์, มี|สุข, อยู่|ยืน, มุ่ง|ดี: ชู begins 49, มา 51): a word they begin, right before a title, is a surname
    ("พล.ต.ต.บรรลือ ชูเวทย์ ผู้บังคับการ…", "นางสาวชมัยพร ชูงาน ผู้เชี่ยวชาญ…")."""
    heads: dict[str, int] = {}
    stopwords = load_stopwords()
    longest = max(map(len, stopwords), default=0)
    for surname in tables.known_names()[1]:
        if not any(surname[:n] in stopwords for n in range(1, longest + 1)):
            continue  # its first token is no stopword if no stopword begins it: not segmented (most surnames)
        tokens = tokenize(surname)
        if len(tokens) > 1 and tokens[0] in stopwords:
            heads[tokens[0]] = heads.get(tokens[0], 0) + 1
    return frozenset(head for head, count in heads.items() if count >= SURNAME_HEAD)


def _verb_after_known_first(first: str, word: str) -> bool:
    """A first name the corpus means one person by (_one_person_of: อนุทิน, พัชรวาท), followed by a word that is
    none of the surnames it writes with it (nor 1-2 letters from one) nor a known surname, made of one or two
    dictionary words, the first a verb ("อนุทิน เรียกประชุม", "พัชรวาท ติดภารกิจ"): the first name written alone,
    then a verb phrase (unless a title follows it: "นายชัยวัฒน์ ค้ำแก่นคูณ นายกสมาคม…")."""
    surnames = tables.surnames_of(first)
    seen = surnames.get(word, 0)
    if not surnames or seen >= KNOWN_FULL or word in tables.known_names()[1]:
        return False
    top = max(surnames, key=surnames.get)
    if surnames[top] < NEAR_RATIO * seen or not _one_person_of(first, top):
        return False  # (a rare "surname" beside a frequent one is the verb the miner read: "ศศิกานต์ ทิ้งท้าย")
    tokens = tokenize(word)
    return len(tokens) <= VERB_TOKENS and all(token in _dictionary() for token in tokens) \
        and not any(_distance(word, s, NEAR_EDITS) <= NEAR_EDITS for s in surnames if s != word) \
        and _starts_with_verb(tuple(tokens))


@lru_cache(maxsize=1024)
def _starts_with_verb(tokens: tuple[str, ...]) -> bool:
    """Does pythainlp's part-of-speech tagger (bundled perceptron, Orchid UD tags) read the first word as a
    verb ("ติด|ภารกิจ", "เรียก|ประชุม"; not "ชื่นตา", "โฆษิต|พิพัฒน์")? Only asked of the rare words that reach it."""
    from pythainlp.tag import pos_tag

    return pos_tag(list(tokens), corpus="orchid_ud")[0][1] == "VERB"


def _conjunction_after_first(first: str, word: str, text: str, end: int) -> bool:
    """Is `word`, written after a first name, a conjunction opening the next clause ("พล.อ.ประยุทธ์ ดังนั้น
    นายกรัฐมนตรีจะ…", "… ทั้งนี้ รัฐบาล…") rather than a surname? Asked of a dictionary word only that is no surname
    the name lists know nor one the corpus writes with this first name: pythainlp's tagger (bundled perceptron, Orchid
    UD tags), reading the first name, the word and the word after it, tags it a conjunction (person_words.json
    "clause_tags"). Read so, none of the name lists' 585 surnames that are dictionary words is one ("ใจดี",
    "ดวงดี", "สัตย์ซื่อ" are tagged conjunctions or adverbs alone, proper nouns after a first name)."""
    if word not in _dictionary() or word in tables.known_names()[1] or tables.surnames_of(first).get(word):
        return False
    after = _TITLE_WORD.match(text, _skip(text, end, " "))
    return _tag_after_first(first, word, after.group() if after else "") in tables.person_words()["clause_tags"]


@lru_cache(maxsize=1024)
def _tag_after_first(first: str, word: str, after: str) -> str:
    from pythainlp.tag import pos_tag

    tokens = [first, " ", word, " ", *tokenize(after)[:1]]
    return pos_tag(tokens, corpus="orchid_ud")[2][1]


VERB_TOKENS = 2  # dictionary words in a verb phrase read as a surname ("ติด|ภารกิจ"); surnames often hold more
NEAR_EDITS = 2  # ... and it is no misspelling of a surname the corpus writes with that first name


def _honorific_noun(honorific: str, name: str, full: bool) -> bool:
    """Do the honorific and the name's first part make one noun that names no one ("นายพล", "นายเรือ", "นายตนเอง":
    the dictionary's words or person_words.json "honorific_nouns"), the name being that part alone, or that part
    before a "surname" no name list knows ("ชั้นนายพล ประจำปีงบประมาณ")? Compared whole: "นายพลากร" stays, and a
    known name stays ("นายพล สมบูรณ์" when สมบูรณ์ is a surname; พล alone is a first name of the lists)."""
    first, _, surname = name.partition(" ")
    noun = honorific + first
    if noun not in _dictionary() and noun not in tables.person_words()["honorific_nouns"]:
        return False
    if full:
        return surname not in tables.known_names()[1] and not tables.surnames_of(first).get(surname)
    return first not in tables.known_names()[0]


@lru_cache(maxsize=1)
def _dictionary() -> frozenset[str]:
    from pythainlp.corpus import thai_words

    return frozenset(thai_words())


def find_persons(doc: Doc) -> None:
    text = doc.text
    not_names = load_not_names()
    for m in _honorific_pattern().finditer(text):
        start = m.start()
        if text.startswith(not_names, start) or doc.covered(start, m.end(), ("person",)) \
                or _inside_royal_rank(text, start):
            continue
        honorific, end = _honorific_before_name(text, start, m.group())
        if not _starts_at_word(doc, start, honorific) or text.endswith(_venue_heads(), 0, start):
            continue  # (glued to a room's or a building's word: "ห้องประชุมศาสตราจารย์วิจิตร" names a room; or to a
            # foundation's: "มูลนิธิศาสตราจารย์ปกรณ์ อังศุสิงห์" names the foundation)
        name_start = _after_honorific_rest(text, end, honorific)
        title_rest = _title_rest(text, start, name_start, honorific)  # "นายกแพทองธาร": the title นายก, then a name
        name_start += title_rest
        if honorific.isascii() or _LATIN_NAME.match(text, _skip(text, name_start, " ")):  # "นาย Nigel Huddleston"
            name_start = _skip(text, name_start, " ")
            match = _LATIN_NAME.match(text, name_start)
            if not match or _latin_body(match.group()) or _pageant_title(honorific, match.group()):
                continue
            name_end = _comma_given_name(text, name_start, _cut_latin_at_title(text, name_start, match.end()))
            name_end = _without_postnominal(text, name_start, name_end)
            possessive = _POSSESSIVE.search(text, name_start, name_end)
            name_end = possessive.start() if possessive else name_end
            while name_end > name_start and text[name_end - 1] in _QUOTES:
                name_end -= 1  # "นาย Geoffrey’ ได้กล่าว…": a stray quote mark
            name_start += _latin_rank_length(text[name_start:name_end])
            name = " ".join(text[name_start:name_end].split())
            full = " " in name
        else:
            if _title_not_honorific(text, start, m.end()):
                continue
            found = _thai_name(text, name_start)
            if found is None:
                continue
            name_end, name, full = found
            if full and _royal_verb_surname(honorific, name):
                name = name.split(" ")[0]  # "พระองค์เจ้าพัชรกิติยาภา ทรงเป็นองค์ประธาน…": the first name, then a verb
                name_end, full = name_start + len(name), False
            if text.startswith(tuple(tables.person_words()["company_ends"]), _skip(text, name_end, " ")):
                continue  # "กลุ่มบริษัท นายเลิศ จำกัด": a company's name
            if not full and name in tables.person_words()["post_levels"] or _misspelt_title(honorific, name.split(" ")[0]):
                continue  # "นายแพทย์ชำนาญการพิเศษ": a post; "นายกรัฐนตรี", "นายกัฐมนตรี": the prime minister's title,
                # a clause after it read as a surname or not ("นายดรัฐมนตรี ตอบคำถามสื่อมวลชน…")
            if _honorific_noun(honorific, name, full):
                continue  # "ชั้นนายพล ประจำปีงบประมาณ": a rank class; "จากนายเรือ": a ship's master; "เป็นนายตนเอง"
            if start and is_thai(text[start - 1]) and not _after_function_word(text, start) \
                    and not (full and _glued_full_name_stands(text, name, name_end)):
                continue  # glued to the word before, "นาง" starts a name after a function word or before a
                # full name vouched for ("หารือกับนายดมิทรี", "บ้านพักนายอินสนธิ์ วงศ์สาม"), not in
                # "อำเภอนางรอง", "รังนกนางแอ่น"
        glued = {"glued_title": text[start:start + len(honorific) + title_rest]} if title_rest else {}
        doc.add(doc.mention(name_start, name_end, "person", person_key(name), honorific=None if title_rest else honorific,
                            full=full, hstart=start, **glued))
    _find_quoted_names(doc)
    _find_bare_full_names(doc)
    _run_to_bracket(doc)
    _join_glosses(doc)
    _run_on_to_written_name(doc)
    _cut_glued_phrases(doc)
    _join_titled_slips(doc)


# two words standing apart (a space, a line, punctuation or the text's ends around them), one space between
# possessive: a shorter run is never followed by the space (a name character is), so nothing is tried twice
_BARE_PAIR = re.compile(f"(?<![{NAME_CHARS}.])([{NAME_CHARS}]{{2,{MAX_FIRST}}}+)(?=[ \t]([{NAME_CHARS}]{{2,{MAX_SURNAME}}})(?![{NAME_CHARS}.]))")


def _find_bare_full_names(doc: Doc) -> None:
    """A full name written with no honorific ("…ที่เป็นที่รู้จักคือ อนุทิน ชาญวีรกูล รองนายกรัฐมนตรี"), standing
    apart as a name is written: the corpus writes that first name and surname with an honorific in KNOWN_FULL
    releases or more (person_identity.json), so the pair is a person's name, no phrase."""
    text = doc.text
    for m in _BARE_PAIR.finditer(text):
        first, surname = m.group(1), m.group(2)
        if tables.surnames_of(first).get(surname, 0) < KNOWN_FULL:
            continue
        start, end = m.start(1), m.end(1) + 1 + len(surname)
        if doc.covered(start, end):
            continue
        end, name = _longer_name(text, end, f"{first} {surname}")  # "นายกรัฐมนตรี เหวียน ซวน ฟุก"
        doc.add(doc.mention(start, end, "person", person_key(name), honorific="", full=True, hstart=start))


_QUOTED = re.compile(f"[“\"‘']([{NAME_CHARS}]{{2,{MAX_FIRST}}}(?: [{NAME_CHARS}]{{2,{MAX_SURNAME}}})?)[”\"’']")


def _find_quoted_names(doc: Doc) -> None:
    """A name the release quotes with no honorific, as headlines write officials ("รัฐบาลส่ง “อุตตม” ร่วมลงนาม…",
    "“พุทธิพงษ์ ปุณณกันต์” รมว.ดีอีเอส เผย…", in single quotes too: "ตามนโยบาย 'เฉลิมชัย' ปล่อยพันธุ์ปูทะเล…"): a full name the corpus writes with an honorific in KNOWN_FULL releases,
    or a first name the corpus means one person by (_one_person_of its most written surname), which takes the full
    name the release writes with that first name, else that person's."""
    text = doc.text
    written = {m.key.removeprefix(PERSON_KEY).split(" ")[0] for m in doc.of_kind("person") if m.data.get("full")}
    for m in _QUOTED.finditer(text):
        start, end = m.span(1)
        if doc.covered(start, end):
            continue
        first, _, surname = m.group(1).partition(" ")
        surnames = tables.surnames_of(first)
        extra = {}
        if surname:
            if surnames.get(surname, 0) < KNOWN_FULL:
                continue
        elif first in written:
            pass  # resolution joins the first name to the full name the release writes (resolve._short_names)
        elif surnames and _one_person_of(first, top := max(surnames, key=surnames.get)):
            extra = {"one_person": f"{first} {top}"}  # and to the one person the corpus means by it
        else:
            continue
        doc.add(doc.mention(start, end, "person", person_key(m.group(1)), honorific="", full=bool(surname),
                            hstart=start, **extra))


def _honorific_before_name(text: str, start: int, matched: str) -> tuple[str, int]:
    """The honorific at `start` and where it ends: the longest form matched, or, when a vowel sign follows it (no
    name begins so), the longest shorter form of it that leaves a name ("นางสาวิตรี": นาง + สาวิตรี, not นางสาว + ิตรี)."""
    honorific, end = matched.strip(), start + len(matched)
    if end >= len(text) or text[end] not in DEPENDENT:
        return honorific, end
    for form in sorted(_honorific_forms()[0], key=len, reverse=True):
        if len(form) < len(honorific) and honorific.startswith(form) and text[start + len(form)] not in DEPENDENT:
            return form, start + len(form)
    return honorific, end


MAX_BRACKET_PARTS = 2  # name words a bracketed name may run on by up to its closing bracket
_BRACKET_REST = re.compile(f"((?:[ \t]+[{NAME_CHARS}]{{2,{MAX_SURNAME}}}){{1,{MAX_BRACKET_PARTS}}})[ \t]*\\)")


def _run_to_bracket(doc: Doc) -> None:
    """A foreign name in brackets, written out after its Latin form or its post ("Mr. Vu Le Bang (นายวู เล บัง)",
    "(นาย ฌอง-อีฟว์ เลอ ดริยอง)"): the brackets hold the name alone, so a full name the surname rule cut short runs
    on to the closing bracket over name words (no title, no honorific and name, no word no surname begins with),
    unless the name lists know the surname it has."""
    text = doc.text
    for m in doc.of_kind("person"):
        if not m.data.get("full") or not any(is_thai(ch) for ch in m.key) \
                or not text[:m.data.get("hstart", m.nstart)].rstrip(" \t").endswith("("):
            continue
        first, _, surname = m.key.removeprefix(PERSON_KEY).partition(" ")
        if surname in tables.known_names()[1] or tables.surnames_of(first).get(surname):
            continue  # a Thai name the lists know is whole ("(นายสมชาย ใจดี บุตรชาย)")
        rest = _BRACKET_REST.match(text, m.nend)
        if rest is None:
            continue
        words = rest.group(1).split()
        if any(not _is_name_word(w) or w.startswith(_never_surname_starts()) or _next_person(w)
               or title_at(text, text.find(w, m.nend)) for w in words):
            continue
        name = " ".join([m.key.removeprefix(PERSON_KEY), *words])
        doc.mentions.remove(m)
        doc.add(doc.mention(m.nstart, m.nend + len(rest.group(1)), "person", person_key(name), **m.data))


def _run_on_to_written_name(doc: Doc) -> None:
    """"ที่นายเอกตอร์ กอนเด อัลเมย์ดา เข้ารับตำแหน่ง…" where the release reads "นายเอกตอร์ กอนเด อัลเมย์ดา
    เอกอัครราชทูต…" as one name elsewhere: a full Thai name cut after its surname (no title after the third word to
    vouch for it here) runs on over the words the text writes after it when they are the rest of a longer name of
    the same release beginning with the same words, a space between each, and no name letter after them."""
    text = doc.text
    persons = doc.of_kind("person")
    longest_first = sorted({m.key.removeprefix(PERSON_KEY) for m in persons if m.data.get("full")}, key=len,
                           reverse=True)  # the longest the text goes on with is tried first
    for m in persons:
        name = m.key.removeprefix(PERSON_KEY)
        if not m.data.get("full") or not is_thai(name[0]):
            continue
        for longer in longest_first:
            if not longer.startswith(name + " "):
                continue
            rest = re.match("".join(f"[ \t]{{1,2}}{re.escape(word)}" for word in longer[len(name):].split())
                            + f"(?![{NAME_CHARS}])", text[m.nend:m.nend + len(longer) * 2])
            if rest:
                doc.mentions.remove(m)
                doc.add(doc.mention(m.nstart, m.nend + rest.end(), "person", person_key(longer), **m.data))
                break


def _join_titled_slips(doc: Doc) -> None:
    """A full name the release writes with the post or rank of the official it is a slip of takes that official's
    key (titled_slip)."""
    for m in [m for m in doc.of_kind("person") if m.data.get("full")]:
        usual = titled_slip(doc, m)
        if usual is not None:
            doc.mentions.remove(m)
            doc.add(doc.mention(m.nstart, m.nend, "person", person_key(usual), **m.data))


def _cut_glued_phrases(doc: Doc) -> None:
    """"นางสาวศศิกานต์ ทิ้งท้าย" where the release also writes "นางสาวศศิกานต์ วัฒนะจันทร์": a first name
    followed by a phrase read as its surname is the first name alone (which resolve then joins to the full name)
    when the release writes that first name with exactly one other surname, and the phrase is no known surname,
    and it is made of dictionary words: the first of them read as a verb by the tagger ("ประชุม|คณะ") and the
    phrase written with that first name in one release at most, or the phrase written with it in more (the
    miner took "ทิ้งท้าย" for a surname of ศศิกานต์ in 14 releases) and the other surname NEAR_RATIO times as
    many (วัฒนะจันทร์, 495). A namesake the corpus hardly writes ("ประภาส พรมโสดา" beside "ประภาส ภิญโญชีพ")
    stays."""
    persons = [m for m in doc.of_kind("person") if m.data.get("full") and not m.data.get("gloss")]
    written: dict[str, set[str]] = {}
    for m in persons:
        first, _, surname = m.key.removeprefix(PERSON_KEY).partition(" ")
        if surname and is_thai(first[0]):
            written.setdefault(first, set()).add(surname)
    for m in persons:
        first, _, phrase = m.key.removeprefix(PERSON_KEY).partition(" ")
        if len(written.get(first, ())) != 2 or " " in phrase or phrase in tables.known_names()[1] \
                or not doc.text.startswith(first, m.nstart):
            continue
        tokens = tokenize(phrase)
        if len(tokens) > VERB_TOKENS or not all(t in _dictionary() for t in tokens):
            continue
        seen = tables.surnames_of(first)
        other = seen.get(next(iter(written[first] - {phrase})), 0)
        count = seen.get(phrase, 0)
        if not (count <= 1 and _starts_with_verb(tuple(tokens)) or count > 1 and other >= NEAR_RATIO * count):
            continue
        doc.mentions.remove(m)
        doc.add(doc.mention(m.nstart, m.nstart + len(first), "person", person_key(first), **{**m.data, "full": False}))


@lru_cache(maxsize=1)
def _honorific_forms() -> tuple[dict[str, str], frozenset[str]]:
    """(honorifics.jsonl form -> kind; what a compound rank adds to a shorter rank, "หญิง" of พันเอกหญิง)."""
    kinds = {normalize_label(h["form"]): h["kind"] for h in load_honorifics()}
    ranks = [form for form, kind in kinds.items() if kind == "rank"]
    rests = {long[len(short):] for long in ranks for short in ranks if long != short and long.startswith(short)}
    return kinds, frozenset(r for r in rests if len(r) >= 3 and all(is_thai(ch) for ch in r))


def _honorific_rest(text: str, pos: int, honorific: str) -> str | None:
    """The rest of a compound honorific written apart at `pos`, before a space: one that makes with `honorific` a
    form of honorifics.jsonl ("ศาสตราจารย์คลินิก" + "เกียรติคุณ"), or one that completes ranks after any rank (the
    female ranks: "นาวาโท" + "หญิง"; not "ดร." + "พิเศษ": ดร.พิเศษ สอาดเย็น)."""
    kinds, rank_rests = _honorific_forms()
    run = _THAI_NAME.match(text, pos)
    if run is None or text[run.end():run.end() + 1] not in (" ", "\t"):
        return None
    rest = run.group()
    if honorific + rest in kinds or f"{honorific} {rest}" in kinds \
            or kinds.get(honorific) == "rank" and rest in rank_rests:
        return rest
    return None


def _after_honorific_rest(text: str, pos: int, honorific: str) -> int:
    """Where the name begins when the rest of a compound rank or title is written apart after it ("นาวาโทหญิง
    แพทย์หญิงอุบลวัณณ์", "ร้อยเอกหญิง ปวีณา", "ศาสตราจารย์คลินิก  เกียรติคุณ นายแพทย์ปิยะสกล"): the rest, the
    spaces and any honorific after them."""
    rest = _honorific_rest(text, pos, honorific)
    while rest is not None:
        pos = _skip(text, pos + len(rest), " \t")
        more = _honorific_pattern().match(text, pos)
        honorific = honorific + rest
        if more:
            pos, honorific = more.end(), more.group().strip()
        rest = _honorific_rest(text, pos, honorific)
    return pos


def _title_rest(text: str, start: int, name_start: int, honorific: str) -> int:
    """"นายกกฤษฎา", "นายกแพทองธาร": a title beginning with the honorific (person_words.json "honorific_titles",
    นายก: the prime minister, a body's president) written glued to a first name: the letters of the title after
    the honorific, when the run after the title is a known first name and the run after the honorific is not
    ("นายกมล" is นาย + กมล), nor with the honorific a title written a letter or two wrong ("นายกรัฐมนต์":
    นายกรัฐมนตรี, cut or misspelt, whose "รัฐ" is a known first name: no title นายก and a name "รัฐมนต์")."""
    run = _THAI_NAME.match(text, name_start)
    if run is None:
        return 0
    firsts = tables.known_names()[0]
    for title in tables.person_words()["honorific_titles"]:
        rest = start + len(title) - name_start
        if 0 < rest < len(run.group()) and text.startswith(title, start) \
                and run.group() not in firsts and _known_first_at(text, start + len(title), firsts) \
                and not _misspelt_title(honorific, run.group()):
            return rest
    return 0


def _known_first_at(text: str, pos: int, firsts: frozenset[str]) -> bool:
    """Does a known first name begin at `pos`, alone or glued to what follows ("แพทองธาร", "เศรษฐากล่าว")?"""
    run = _THAI_NAME.match(text, pos)
    return run is not None and (run.group() in firsts or _name_length(run.group(), firsts) < len(run.group())
                                and run.group()[:_name_length(run.group(), firsts)] in firsts)


MIN_TITLED_WORD = 5  # letters of a dictionary word after นายก read as a body, not a name ("แม่บ้าน"; not "ล่ำ" of กล่ำ)


def _title_not_honorific(text: str, start: int, name_start: int) -> bool:
    """"นายกเหล่ากาชาดจังหวัดศรีสะเกษ", "นายกแม่บ้าน มท.": a title beginning with the honorific (person_words.json
    "honorific_titles") with a run of letters longer than any first name glued on, or a dictionary word (the
    body it presides, shortened) that is no first name; or the beginning of a title, cut ("นายกรัฐ")."""
    run = _THAI_NAME.match(text, name_start)
    if run is None or run.group() in tables.known_names()[0]:
        return False
    written = text[start:run.end()]
    if any(len(title) > len(written) and title.startswith(written) for title, _ in titles()):
        return True  # "นายกรัฐ\n": a title cut by a line break
    for title in tables.person_words()["honorific_titles"]:
        if text.startswith(title, start) and name_start - start < len(title) <= name_start - start + 2:
            rest = _THAI_NAME.match(text, start + len(title))
            if len(run.group()) > MAX_FIRST or rest is not None and len(rest.group()) >= MIN_TITLED_WORD \
                    and _titled_body(rest.group()) and (rest.group() not in tables.known_names()[0]
                                                        or _next_is_honorific(text, rest.end())):
                return True
            if rest is not None and _verb_after_title(rest.group()) \
                    and not _known_first_at(text, name_start, tables.known_names()[0]):
                return True
    return False


MIN_TITLE_VERB = 3  # letters of a verb read after นายก (the prime minister, shortened: "นายกเสนอ", "นายกย้ำ")


def _verb_after_title(word: str) -> bool:
    """"(พบ)นายกเสนอไอเดีย": a headline's นายก, the prime minister, before a verb phrase, not นาย before a name
    "กเสนอไอเดีย": the letters after the title are dictionary words, the first a verb to pythainlp's tagger."""
    tokens = tokenize(word)
    return len(tokens[0]) >= MIN_TITLE_VERB and all(token in _dictionary() for token in tokens) \
        and _starts_with_verb(tuple(tokens))


def _titled_body(word: str) -> bool:
    """Is `word`, after นายก, the body it presides: a dictionary word ("แม่บ้าน"), or a run beginning with one of
    MIN_TITLED_WORD letters or more ("เมือง|พัทยา": นายกเมืองพัทยา, the mayor; not "มล|วัฒน์" of นายกมลวัฒน์)?"""
    if word in _dictionary():
        return True
    head = tokenize(word)[0]
    return len(head) >= MIN_TITLED_WORD and head in _dictionary()


def _next_is_honorific(text: str, pos: int) -> bool:
    """Does the next word, one or two spaces on, begin with an honorific rather than a title ("นายกกิตติมศักดิ์
    นายสุนทร สถาพร นายกสมาคม": the name is the next one's; not "นายกแพทองธาร นายกรัฐมนตรี")?"""
    at = _skip(text, pos, " ")
    return 0 < at - pos < 3 and _honorific_pattern().match(text, at) is not None and title_at(text, at) is None


@lru_cache(maxsize=1)
def _gloss_pattern() -> re.Pattern[str]:
    """" กีม เงิน (H.E. Ms. Nguyen Thi Kim Ngan)": Thai letters and initials (the rest of a transliterated
    name: " เอ.เจ. อัตตะมีมี (H.E. Mr. Ahmed Ali A.J. Al-Tamimi)"), then a bracketed Latin name with or
    without honorifics."""
    honorifics = _honorific_pattern().pattern
    return re.compile(f"(?P<extra>[{NAME_CHARS} .\\-–]{{0,30}}?) ?\\(\\s*(?:{honorifics})?(?P<name>{_LATIN_NAME.pattern})\\s*\\)")


def _join_glosses(doc: Doc) -> None:
    """A Latin name in brackets right after a Thai one is the same person written in Latin letters:
    "นายอาเบะ อิชิโระ (Mr. Abe Ichiro)" or "นายดมิทรี เมดเวเดฟ (Dmitry Medvedev)": it takes the Thai
    mention's key; and a transliterated foreign name the surname rule cut short ("นางสาวเหวียน ถิ กีม เงิน
    (H.E. Ms. Nguyen Thi Kim Ngan)") runs up to the bracket."""
    text = doc.text
    for thai in doc.of_kind("person"):
        if not any(is_thai(ch) for ch in thai.key):
            continue
        gloss = _gloss_pattern().match(text, thai.nend)
        if not gloss:
            continue
        extra = gloss.group("extra").strip()
        name = gloss.group("name")
        if len(extra.split()) > 3 or name.isupper() or " " not in name and not gloss.group(0).count(".") \
                or title_at(text, gloss.start("name")):
            continue  # "(WHO)" is no person's name, "Mr.Yang Xin (Minister Counsellor)" a post
        if extra and (not thai.data.get("full") or any(
                not _is_name_word(w) or w.startswith(_never_surname_starts()) or _next_person(w) for w in extra.split())):
            continue
        key = thai.key
        if extra:
            name = thai.key.removeprefix(PERSON_KEY) + (" " if text[thai.nend:thai.nend + 1] == " " else "") + extra
            key = person_key(name)
            doc.mentions.remove(thai)
            end = thai.nend + len(gloss.group("extra").rstrip())
            doc.add(doc.mention(thai.nstart, end, "person", key, **{**thai.data, "full": True}))
        start, end = gloss.span("name")
        end = _without_postnominal(text, start, end)
        for latin in doc.starting_at(start, "person"):
            doc.mentions.remove(latin)
        start += _latin_rank_length(text[start:end])  # "(Brigadier General Samsul Rizal bin Musa)"
        for latin in doc.starting_at(start, "person"):
            doc.mentions.remove(latin)
        doc.add(doc.mention(start, end, "person", key, honorific=None, full=True, hstart=start, gloss=True))


def _latin_rank_length(name: str) -> int:
    """"General Khamtai Siphandone" (after H.E.), "Dato Seri Setia Dr Haji Mohammad Isham bin Haji Jaafar": English
    rank words and conferred or courtesy titles (person_words.json latin_ranks, latin_honorifics) stacked before a
    name are honorifics, cut one after another while a name of two words or more remains; the length to skip."""
    words = tables.person_words()
    ranks = sorted([*words["latin_ranks"], *words["latin_honorifics"]], key=len, reverse=True)
    skipped = 0
    while True:
        rest = name[skipped:]
        rank = next((rank for rank in ranks if rest.startswith(rank + " ") and " " in rest[len(rank):].strip()), None)
        if rank is None:
            return skipped
        after = rest[len(rank):]
        skipped += len(rank) + len(after) - len(after.lstrip())


_POSSESSIVE = re.compile(r"['’]s$")  # "Prayut Chan-o-cha’s"
_QUOTES = "'’"


def _latin_body(name: str) -> bool:
    """Does a Latin run after an honorific hold a word for a kind of body past its first word ("Miss Global
    Organization 140k followers": a page's name; person_words.json "latin_body_words")? Then it names no person."""
    return any(word in tables.person_words()["latin_body_words"] for word in name.split()[1:])


def _pageant_title(honorific: str, name: str) -> bool:
    """Is a Latin run after "Miss" a contest's title ("Miss Universe Thailand 2016" after the winner's own name,
    "Miss Deaf Asia", "การประกวด Miss Queen แก่งสะพือ"): does it hold a word of such titles (person_words.json
    "pageant_words") anywhere, the first word too? Then it names no person."""
    words = tables.person_words()
    return honorific in words["pageant_honorifics"] and any(word in words["pageant_words"] for word in name.split())


def _royal_verb_surname(honorific: str, name: str) -> bool:
    """Is the "surname" after a royal honorific (honorifics.jsonl kind royal, the last of stacked ones) a verb of
    the royal vocabulary ("ทรงเป็นองค์", "เสด็จแทนพระองค์": person_words.json "royal_verbs"), not a surname the name
    lists know? Then the name is its first word and the sentence goes on."""
    royal_forms, royal_verbs = _royal_words()
    if not honorific.endswith(royal_forms):
        return False
    surname = name.partition(" ")[2]
    return surname.startswith(royal_verbs) and surname not in tables.known_names()[1]


@lru_cache(maxsize=1)
def _royal_words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(the royal honorifics' forms, the royal verbs) as tuples for one `endswith` / `startswith` each: asked for
    every full name after an honorific, where a pass over every honorific form cost 1% of extraction."""
    forms = tuple(form for form, kind in _honorific_forms()[0].items() if kind == "royal")
    return forms, tuple(tables.person_words()["royal_verbs"])


def _cut_latin_at_title(text: str, start: int, end: int) -> int:
    """"Mr. Tetsuya Tanigaki Managing Director": the name ends where a known title begins, and before the words
    of Latin titles written right before that title ("Ms. Katsura Iyazaki Chief Representative", "Mr. Poonpat
    Sripleng Senior Executive Vice President": Chief and Senior are words of titles of titles.jsonl), a first name
    and a surname kept."""
    words = list(re.finditer(r"\S+", text[start:end]))
    heads = tables.person_words()["latin_title_heads"]
    for i, word in enumerate(words):
        title = title_at(text, start + word.start()) if i else None
        if title:
            while i > MIN_LATIN_NAME and words[i - 1].group() in _latin_title_words():
                i -= 1
            if i > MIN_LATIN_NAME and title[0] in heads:  # a bare head ("Director") after words of its title
                i = _title_run_start(words, i)
            return start + words[i - 1].end()
        if i > MIN_LATIN_NAME and word.group().rstrip(",.;:") in heads:
            return start + words[_title_run_start(words, i)].start() - 1
    return end


MAX_TITLE_LEAD = 3  # capitalised words before a title's head word that are the title's ("Commercial Vehicles Sales")


def _title_run_start(words: list[re.Match], head: int) -> int:
    """The first word of a title that no title row names, a capitalised run ending on a head word of
    person_words.json "latin_title_heads" ("Mr.Itthipol Pichaikal Commercial Vehicles Sales Manager", "Mr.Jochen
    Henkels Business Director"): up to MAX_TITLE_LEAD words before the head, the name keeping MIN_LATIN_NAME words;
    a name joined by a particle runs whole to the head ("Mohammad Isham bin Haji Jaafar Director")."""
    if any(word.group() in tables.person_words()["latin_particles"] for word in words[:head]):
        return head
    return max(MIN_LATIN_NAME, head - MAX_TITLE_LEAD)


MIN_LATIN_NAME = 2  # words a Latin name keeps when title words are cut off its end
_POSTNOMINAL = re.compile(r"[ \t]+[A-Z]{2,3}$")  # "Boris Johnson MP", "… OBE": letters after a name, no part of it


def _without_postnominal(text: str, start: int, end: int) -> int:
    """Where a Latin name of MIN_LATIN_NAME words or more ends before a post-nominal in capitals of two or three
    letters ("The Right Honourable Boris Johnson MP": MP; not "Khairy Jamaluddin ABU BAKAR")."""
    found = _POSTNOMINAL.search(text, start, end)
    if found is None or len(text[start:found.start()].split()) < MIN_LATIN_NAME:
        return end
    return found.start()


@lru_cache(maxsize=1)
def _latin_title_words() -> frozenset[str]:
    """The words of the Latin titles of titles.jsonl ("Senior", "Chief", "Executive", "Vice"…)."""
    return frozenset(word for title, _ in titles() if title.isascii() for word in title.split())


# "นาย JU, Jae-ha", "นาย Suh, Wook": a family name written first, then a comma and the given name
_COMMA_GIVEN = re.compile(f",[ \\t]?[{LATIN_UPPER}][{LATIN_LETTER}'’\\-]+(?![{LATIN_LETTER}'’.\\-]|[ \\t]*[,A-Za-z])")


def _comma_given_name(text: str, start: int, end: int) -> int:
    """Where a one-word Latin name (a family name) ends when a comma and a given name of one word follow it, and
    nothing Latin after that ("JU, Jae-ha ผู้แทน…"; not "Pisit, President of…", a title)."""
    if " " in text[start:end] or "\t" in text[start:end]:
        return end
    given = _COMMA_GIVEN.match(text, end)
    if given is None or title_at(text, _skip(text, end, " ,\t")):
        return end
    return given.end()


def _after_function_word(text: str, pos: int, heads_only: bool = False) -> bool:
    """Does the word before `pos` end a clause head a name may follow (กับ, โดยมี, ตามที่, ชื่อ…)? With
    `heads_only`, only the words of person_words.json "name_heads" (not any stop word or verb: ทำ|นาย, ลง|พ.ท.)."""
    tokens = tokenize(text[max(0, pos - 12):pos])
    last = tokens[-1] if tokens else ""
    words = tables.person_words()
    return last in words["name_heads"] or not heads_only and (
        last in load_stopwords() or last in words["not_surname_prefixes"] or last in words["glued_verbs"])


def person_key(name: str) -> str:
    """One key per person however the name is written: spaces collapsed (zero-width characters are gone
    already), Latin letters case-folded, a misspelt full name ("ประยุทธ์ จันทรโอชา") under the spelling the
    corpus mostly uses (mined variants, ontology/th/person_names.json), a misspelt or cut name of an official
    under the full name the corpus writes beside the same title in the same years (ontology/th/person_identity.json
    "variants")."""
    name = " ".join(name.split())
    if not any(is_thai(ch) for ch in name):
        return PERSON_KEY + (_latin_authority().get(latin_squeeze(name)) or _official_misspelt(name) or name.casefold())
    name = _particle_spaced(name)
    name = tables.variants().get(name, name)
    name = tables.identity().get("variants", {}).get(name, name)  # "อุตมม สาวนายน", "สุริยะ จึงรุ่งเรือง": mined
    name = tables.variants().get(name, name)  # (a mined name may itself be a variant spelling)
    name = _without_middle_name(name)  # "สุชาดา ซาง แทนทรัพย์": the key of "สุชาดา แทนทรัพย์"
    name = usual_spelling(_near_full_name(name))  # "ประยุทธ์ จันทร์ โอชา", "ดร นฤมล ภิญโญสินวัฒน์", "คารม พรพลกลาง"
    return PERSON_KEY + _thai_authority().get(name, name)


def latin_squeeze(name: str) -> str:
    """A Latin name as the person authority compares it: letters only, case-folded ("Chan-o-cha" = "Chan-ocha")."""
    return "".join(ch for ch in name.casefold() if ch.isalpha())


@lru_cache(maxsize=1)
def _latin_authority() -> dict[str, str]:
    """Latin spelling -> the Thai name of the person authority (ontology/authority/persons.jsonl): an official
    written in Latin letters by the English desk takes the key the Thai releases give him."""
    thai = {}
    for row in load_persons():
        for latin in row["en"]:
            thai.setdefault(latin_squeeze(latin["name"]), tables.variants().get(row["th"], row["th"]))
    return thai


OFFICIAL_SPELLING = 0.8  # how like (difflib ratio) a Latin first name and surname each are to an official's own


@lru_cache(maxsize=4096)
def _official_misspelt(name: str) -> str | None:
    """The Thai name of the one official of Thailand (the person authority's rows with "roles") whose Latin first name
    and surname are each so like the written ones that these are his, misspelt or run on by the English desk
    ("Settha Thavisin" for Srettha Thavisin, 0.92 and 1.0; "Prayut Chan-o-chawas", the surname glued to "was", 1.0 and
    0.84), or None. Read as another person, the misspelling held Thailand's Prime Minister's seat beside its holder.
    Each part must be near: of the person authority's 201 Latin names no other person's is within 0.7 of an
    official's in both; a first name alone would join brothers ("Prawit"/"Patcharawat" Wongsuwan share a surname)."""
    words = name.split()
    if len(words) < 2:
        return None
    first, rest = latin_squeeze(words[0]), latin_squeeze("".join(words[1:]))
    found = {thai for own_first, own_rest, thai in _officials_latin()
             if _near(first, own_first) and _near(rest, own_rest)}
    return found.pop() if len(found) == 1 else None


def _near(written: str, own: str) -> bool:
    matcher = SequenceMatcher(None, written, own)
    return matcher.real_quick_ratio() >= OFFICIAL_SPELLING and matcher.ratio() >= OFFICIAL_SPELLING


@lru_cache(maxsize=1)
def _officials_latin() -> tuple[tuple[str, str, str], ...]:
    """(first name, surname, Thai name) of each Latin spelling of Thailand's officials in the person authority."""
    return tuple((latin_squeeze(latin["name"].split()[0]), latin_squeeze("".join(latin["name"].split()[1:])),
                  tables.variants().get(row["th"], row["th"]))
                 for row in load_persons() if row.get("roles") for latin in row["en"] if len(latin["name"].split()) > 1)


@lru_cache(maxsize=1)
def _thai_authority() -> dict[str, str]:
    """Another Thai spelling the person authority records ("ชินโซะ อาเบะ") -> its main one ("ชินโซ อาเบะ")."""
    return {alt["name"]: tables.variants().get(row["th"], row["th"]) for row in load_persons() for alt in row.get("th_alt", ())}


KNOWN_FULL = 20  # releases writing a full name before its surname is taken even where it looks like a word ("กอง…")
GLUED_MIN = 10  # releases a full name needs before the same letters written without the space are read as it


@lru_cache(maxsize=1)
def _glued_index() -> dict[str, tuple[tuple[str, str], ...]]:
    """The first four letters of a frequent full name -> (first name, surname) pairs starting with them."""
    index: dict[str, list[tuple[str, str]]] = {}
    for first, surnames in tables.identity()["full_names"].items():
        for surname, count in surnames.items():
            if count >= GLUED_MIN and len(first) >= 3 and len(surname) >= 3 and not _holds_clause_word(surname):
                index.setdefault(first[:4], []).append((first, surname))
    return {head: tuple(sorted(pairs, key=lambda p: -len(p[0]) - len(p[1]))) for head, pairs in index.items()}


def _glued_full_name(run: str) -> tuple[str, str] | None:
    """A frequent full name written without its space at the start of `run`, ending the run or followed by
    a word that ends a name ("อนุกูลปีดแก้วกล่าวว่า")."""
    for first, surname in _glued_index().get(run[:4], ()):
        if run.startswith(first) and run.startswith(surname, len(first)):
            rest = run[len(first) + len(surname):]
            if not rest or _ends_name(rest):
                return first, surname
    return None


def _ends_name(rest: str) -> bool:
    """Does `rest`, glued after a name, begin with a verb or function word (not more of the name)?"""
    if rest[0] in DEPENDENT:
        return False
    pattern, _ = _end_words()
    return bool(pattern.match(rest)) or tokenize(rest)[0] in load_stopwords()


def _known_surname_length(first: str, word: str) -> int:
    """How much of `word`, written after the first name `first`, is a surname the corpus writes with that
    first name when a verb or function word is glued on ("วิษณุ เครืองามเป็น" -> เครืองาม)."""
    for surname in sorted(tables.surnames_of(first), key=len, reverse=True):
        if len(word) > len(surname) and word.startswith(surname) and _ends_name(word[len(surname):]):
            return len(surname)
    return len(word)


NEAR_RARE = 2  # releases a full name may have and still be read as a misspelling of a frequent one
NEAR_RATIO = 20  # the frequent name is written in this many times as many releases
NEAR_FREQUENT = 20  # ... and in at least this many
NEAR_SHORT = 7  # surnames shorter than this are forgiven one edit, longer ones two


def _without_middle_name(name: str) -> str:
    """A Thai name of three words that _surname_after_middle takes whole ("สุชาดา ซาง แทนทรัพย์") keys as the full
    name the corpus writes without its middle word ("สุชาดา แทนทรัพย์"), and one that _maiden_and_married takes whole
    ("วันดี กุญชรยาคง จุลเจริญ") as the full name the corpus writes without its last ("วันดี กุญชรยาคง"), so one
    person keeps one IRI."""
    parts = name.split(" ")
    if len(parts) != 3:
        return name
    if _surname_after_middle(f"{parts[0]} {parts[1]}", parts[2]):
        return f"{parts[0]} {parts[2]}"
    surnames = tables.surnames_of(parts[0])
    if surnames.get(parts[1]) and not surnames.get(parts[2]) and _known_surname(parts[2]) \
            and parts[1] not in _dictionary():
        return f"{parts[0]} {parts[1]}"  # "วันดี กุญชรยาคง จุลเจริญ": the maiden name the corpus writes her by
    return name


@lru_cache(maxsize=4096)
def _near_full_name(name: str) -> str:
    """A rare full name one or two letters from a frequent one with the same first name ("ประวิตร
    วงสุวรรณ" -> "ประวิตร วงษ์สุวรรณ", "อนุทิน ชาญวีกูล" -> "อนุทิน ชาญวีรกูล"), like the organizations'
    near-miss matching; never between two names the corpus both writes often, and only when one frequent
    name is that close."""
    parts = name.split(" ")
    if len(parts) != 2 or len(parts[1]) < 4:
        return name
    first, surname = parts
    surnames = tables.surnames_of(first)
    seen = surnames.get(surname, 0)
    if seen > NEAR_RARE:
        return name
    close = {tables.variants().get(f"{first} {s}", f"{first} {s}") for s, count in surnames.items()
             if count >= max(NEAR_FREQUENT, NEAR_RATIO * max(seen, 1)) and s != surname
             and _distance(s, surname, 1 if len(s) < NEAR_SHORT else 2) <= (1 if len(s) < NEAR_SHORT else 2)}
    return close.pop() if len(close) == 1 else name  # spellings of one name ("ชาญวีรกุล", "ชาญวีรกูล") are one


MIN_SLIPPED_FIRST = 4  # letters a first name needs before a slip of it is read as it


def slip_of_first_name(first: str, written: Iterable[str]) -> str | None:
    """The one first name of `written` (the full names' first names in a release) that a Thai first name written
    alone is a slip of: one letter apart or two letters swapped ("อนุทุน" beside "อนุทิน", "อดลุย์" beside "อดุลย์",
    "ภิญโญญ" beside "ภิญโญ"), when it is no first name the name lists know nor one the corpus writes with a surname
    (a relative or namesake may share a near name: "นายสมชาย" beside "นายสมชัย" stays apart)."""
    if len(first) < MIN_SLIPPED_FIRST or not is_thai(first[0]) or first in tables.known_names()[0] \
            or tables.surnames_of(first):
        return None
    near = {other for other in written if other != first and is_thai(other[:1]) and len(other) >= MIN_SLIPPED_FIRST
            and OSA.distance(first, other, score_cutoff=1) <= 1}
    return near.pop() if len(near) == 1 else None


def _distance(a: str, b: str, limit: int) -> int:
    """Levenshtein distance, or limit + 1 once it exceeds `limit` (rapidfuzz stops early there)."""
    return Levenshtein.distance(a, b, score_cutoff=limit)


_TITLE_WORD = re.compile(f"[{NAME_CHARS}]+")
_NAME_CHAR = re.compile(f"[{NAME_CHARS}]")
MAX_TITLE_WORD = 60  # the longest title word the miner reads
TITLE_WORD = 24  # characters of a title word the mined table keeps (scripts/mine_person_identity.py)
TITLED_YEARS = 1  # years before or after the mined span a first name is still read as that person
HONORIFIC_MARK = "@"  # the mined table's key for an honorific ("@พล.อ."), beside its title words


def titled_full_name(doc: Doc, mention) -> str | None:
    """The full name a first name written alone stands for, from the title written right before its
    honorific or right after it ("นายกรัฐมนตรี พลเอกประยุทธ์", "นายวิษณุ รองนายกรัฐมนตรี"), when the corpus
    writes that title with that first name in full for one person only, in the years around the release's;
    failing a title, from its honorific, when the corpus writes that honorific and first name in full for
    one person only ("พล.อ.ประยุทธ์"; not "นายวิษณุ": วิษณุ เครืองาม and วิษณุ ทับเที่ยง)."""
    titled = tables.identity()["titled"].get(mention.key.removeprefix(PERSON_KEY))
    published = doc.release.published
    if not titled or published is None:
        return None
    text = doc.text
    first = mention.key.removeprefix(PERSON_KEY)
    keys = _title_keys(doc, mention)
    for key in keys:
        found = titled.get(key)
        if not found or not found[1] - TITLED_YEARS <= published.year <= found[2] + TITLED_YEARS:
            continue
        if not _no_other_surname(text, mention.nend, found[0]):
            return None  # "นายวราวุธ ชูธรรมธัช", "นายเธียรชัย ณ นคร": a surname the name test missed
        if key.startswith(HONORIFIC_MARK) and not _one_person_of(first, found[0]):
            continue
        return f"{first} {found[0]}"
    return None


def _title_keys(doc: Doc, mention) -> list[str]:
    """The keys of the mined "titled" table the text writes beside a person mention: the title word right before
    its honorific, the one right after the name (TITLE_WORD characters of each), then HONORIFIC_MARK + its
    honorific."""
    text = doc.text
    words = []
    end = len(text[:mention.data["hstart"]].rstrip(" "))
    if mention.data["hstart"] - end in (1, 2):
        start = end
        while start > max(0, end - MAX_TITLE_WORD) and _NAME_CHAR.match(text, start - 1):
            start -= 1
        words.append(text[start:end])
    # after the abbreviation mark a first name may carry ("พลเอก ฉัตรชัยฯ รองนายกรัฐมนตรี": the name told short)
    name_end = mention.nend + text.startswith(ABBREVIATION_MARK, mention.nend)
    after = _TITLE_WORD.match(text, _skip(text, name_end, " "))
    if after and name_end < after.start() <= name_end + 2:
        words.append(after.group())
    keys = [word[:TITLE_WORD] for word in words]
    if mention.data.get("honorific"):
        keys.append(HONORIFIC_MARK + mention.data["honorific"])  # "พล.อ.ประยุทธ์" with no title beside it
    return keys


def titled_slip(doc: Doc, mention) -> str | None:
    """The official a full name is a slip of, where only the release can tell: "พลเอกประยุกต์ จันทร์โอชา
    นายกรัฐมนตรี", "ศาสตราจารย์พิเศษวิศิษฐ์ วิศิษฏ์สรอรรถ". The name, never written as a full name of its own, is
    a slip or cut of a name written in hundreds of releases, but its differing part is a real name (ประยุกต์ is a
    first name), so the name alone keeps it apart (person_spelling._dominated: a relative, a namesake). The
    release tells them apart: it writes beside it a post, a rank or an academic title the corpus gives that
    official in those years (the mined "titled" table), not a plain นาย/นาง (the official's wife, "นางสุริสา
    จึงรุ่งเรืองกิจ ภริยา", is not "นายสุริยะ จึงรุ่งเรืองกิจ")."""
    published = doc.release.published
    name = mention.key.removeprefix(PERSON_KEY)
    if published is None or " " not in name or not is_thai(name[0]):
        return None
    usual = dominant_despite_names(name)
    if usual is None:
        return None
    first, surname = usual.split(" ")
    titled = tables.identity()["titled"].get(first, {})
    for key in _title_keys(doc, mention):
        found = titled.get(key)
        if key.removeprefix(HONORIFIC_MARK) in _plain_honorifics() or not found or found[0] != surname:
            continue
        if found[1] - TITLED_YEARS <= published.year <= found[2] + TITLED_YEARS:
            return usual
    return None


@lru_cache(maxsize=1)
def _plain_honorifics() -> frozenset[str]:
    """นาย, นาง, นางสาว, Mr. ...: honorifics everyone has (honorifics.jsonl kind "honorific"), no evidence of who."""
    return frozenset(h["form"] for h in load_honorifics() if h["kind"] == "honorific")


HONORIFIC_FULL = 100  # releases writing the full name before its first name alone is read by the honorific
HONORIFIC_SHARE = 0.9  # ... and its share of the releases writing that first name with any surname


def _one_person_of(first: str, surname: str) -> bool:
    """Is `first` + `surname` the person the corpus means by that first name, whatever the honorific: written
    in HONORIFIC_FULL releases and HONORIFIC_SHARE of all that first name's full names (a villager "นางกัญญา"
    is not the official กัญญา จุนถิระพงศ์, written in 24)?"""
    surnames = tables.surnames_of(first)
    count = surnames.get(surname, 0)
    return count >= HONORIFIC_FULL and count >= HONORIFIC_SHARE * sum(surnames.values())


def _no_other_surname(text: str, end: int, surname: str) -> bool:
    """After a first name taken alone: no word follows that may be another surname. A title, a verb of
    saying (4 letters or more: กล่าว, เปิดเผย), the mined surname itself, anything but a Thai word after
    one or two spaces, a clause word (person_words.json "clause_words": "ได้…") leaves the first name alone;
    "ชูธรรมธัช" or "ณ นคร" does not."""
    gap = len(text[end:end + 3]) - len(text[end:end + 3].lstrip(" "))
    word = _TITLE_WORD.match(text, end + gap) if 0 < gap < 3 else None
    if word is None:
        return True
    word = word.group()
    words = tables.person_words()
    long_verbs = tuple(w for w in (*words["not_surname_prefixes"], *words["glued_verbs"]) if len(w) >= 4)
    return word.startswith((surname, *long_verbs, *words["clause_words"])) or title_at(word, 0) is not None


def _title_follows(text: str, pos: int) -> bool:
    """"นางสาวนิสากร จึงเจริญธรรม รองปลัด…": a word that looks like a verb is a surname when a title follows,
    written right after it or after words announcing it ("… ตั้งจิตวิริยานนท์ ตำแหน่ง ผู้เชี่ยวชาญ…", "… อ้นอารี
    ข้าราชการพลเรือนสามัญ ตำแหน่ง ที่ปรึกษา…": person_words.json "glued_after_names")."""
    at = _skip(text, pos)
    marker = _glued_after_at(text, at)
    while title_at(text, at) is None and marker > at:  # "… ข้าราชการพลเรือนสามัญ ตำแหน่ง รองผู้ว่าราชการ…"
        at = _skip(text, marker)
        marker = _glued_after_at(text, at)
    return title_at(text, at) is not None


def _glued_after_at(text: str, pos: int) -> int:
    """The end of a word the releases write after a name without it being part of it ("ตำแหน่ง",
    "ดำรงตำแหน่ง", "ลาออก": person_words.json "glued_after_names") starting at `pos`, or `pos`."""
    for word in sorted(tables.person_words()["glued_after_names"], key=len, reverse=True):
        if text.startswith(word, pos):
            return pos + len(word)
    return pos


def _cut_at_title(text: str, start: int, end: int) -> int:
    """A surname with a title glued on ("จาตุธนานันท์รองอธิบดี") ends where the title begins."""
    pos = title_start(text, start + 2, end)
    return end if pos is None else pos


def _skip(text: str, pos: int, chars: str = " ,") -> int:
    while pos < len(text) and text[pos] in chars:
        pos += 1
    return pos
