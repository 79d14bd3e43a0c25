"""Person mentions and the posts the text gives them.

A person is anchored on an honorific, rank or academic title (นาย, ดร., พล.อ., Mr., H.E., ...); the name
runs over the first name and, when the next word is not a title or a verb, the surname. The post is the
title that follows the name (or precedes the honorific), split from the organization named right after
it: "รัฐมนตรีว่าการกระทรวงอุตสาหกรรม" -> title "รัฐมนตรีว่าการ", organization กระทรวงอุตสาหกรรม. A person
acting for an organization ("สภาอุตสาหกรรมแห่งประเทศไทย โดยนายสุพันธ์") gets the post "ผู้แทน" of it.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache

from phakhi.graph.extract.authority import title_at, titles
from phakhi.graph.extract.document import Doc
from phakhi.graph.text.normalize import normalize_label
from phakhi.graph.text.thai import NAME_CHARS, is_thai, starts_word, tokenize
from phakhi.ontology import HERE, load_honorifics, load_not_names, load_org_patterns, load_stopwords

PERSON_KEY = "person:"
REPRESENTATIVE = "ผู้แทน"
CONNECTORS = ("จาก", "ประจำ", "ของ")  # "เจ้าหน้าที่ระดับสูงจากคณะกรรมการ…": the post is in that body
_LATIN_NAME = re.compile(r"[A-Z][A-Za-z'\-]+(?:[ \t]+(?:[A-Z][A-Za-z'\-]+|bin|van|de|von|der|la|le|al-[A-Za-z]+)){0,4}")
MAX_NAME = 80  # a longer run of Thai letters is not one name (the longest, a surname glued to a title, is ~50)
_THAI_NAME = re.compile(f"[{NAME_CHARS}]{{1,{MAX_NAME}}}(?![{NAME_CHARS}])")


@lru_cache(maxsize=1)
def _honorific_pattern() -> re.Pattern[str]:
    forms = sorted((normalize_label(h["form"]) for h in load_honorifics()), key=len, reverse=True)
    one = "|".join(map(re.escape, forms))
    return re.compile(f"(?:(?:{one})(?:[ \\t]?))+")


@lru_cache(maxsize=1)
def _non_name_starts() -> tuple[str, ...]:
    return tuple(p["prefix"] for p in load_org_patterns()) + tuple(t for t, _ in titles())


def _starts_at_word(doc: Doc, pos: int, honorific: str) -> bool:
    """"โดยนายสุพันธ์" starts a name at นาย; "ทนายความ" does not."""
    if pos == 0 or not is_thai(doc.text[pos - 1]) or not is_thai(honorific[0]):
        return pos == 0 or not doc.text[pos - 1].isalnum() or not honorific[0].isascii()
    return starts_word(doc.text, pos, after=len(honorific) + 6)


@lru_cache(maxsize=1)
def _not_surname_prefixes() -> tuple[str, ...]:
    return tuple(json.loads((HERE / "th" / "person_words.json").read_text(encoding="utf-8"))["not_surname_prefixes"])


def _is_surname(word: str) -> bool:
    return _is_name_word(word) and not word.startswith(_not_surname_prefixes())


def _is_name_word(word: str) -> bool:
    if len(word) < 2 or word.startswith(_non_name_starts()):
        return False
    first = tokenize(word)[0]
    return first not in load_stopwords() and word not in load_stopwords()


def find_persons(doc: Doc) -> None:
    text = doc.text
    not_names = load_not_names()
    for m in _honorific_pattern().finditer(text):
        start = m.start()
        if text.startswith(not_names, start) or doc.covered(start, m.end(), ("person",)):
            continue
        honorific = m.group().strip()
        if not _starts_at_word(doc, start, honorific):
            continue
        name_start = m.end()
        if honorific.isascii():
            match = _LATIN_NAME.match(text, name_start)
            if not match:
                continue
            name_end = match.end()
            full = True
        else:
            first = _THAI_NAME.match(text, name_start)
            if not first or not _is_name_word(first.group()):
                continue
            name_end = first.end()
            full = False
            gap = len(text[name_end:name_end + 4]) - len(text[name_end:name_end + 4].lstrip(" "))
            if 0 < gap < 4:
                last = _THAI_NAME.match(text, name_end + gap)
                if last and (_is_surname(last.group()) or _is_name_word(last.group()) and _title_follows(text, last.end())):
                    name_end = _cut_at_title(text, last.start(), last.end())
                    full = True
        name = " ".join(text[name_start:name_end].split())
        doc.add(doc.mention(name_start, name_end, "person", PERSON_KEY + name, honorific=honorific,
                            full=full, hstart=start))


def find_posts(doc: Doc) -> None:
    """The post each person mention is given: the title after the name, or before the honorific."""
    for mention in doc.of_kind("person"):
        post = _post_after(doc, mention.nend) or _post_before(doc, mention.data["hstart"])
        if post:
            mention.data["post"] = post


def _title_follows(text: str, pos: int) -> bool:
    """"นางสาวนิสากร จึงเจริญธรรม รองปลัด…": a word that looks like a verb is a surname when a title follows."""
    return title_at(text, _skip(text, pos)) is not None


def _cut_at_title(text: str, start: int, end: int) -> int:
    """A surname with a title glued on ("จาตุธนานันท์รองอธิบดี") ends where the title begins."""
    for pos in range(start + 2, end):
        if title_at(text, pos):
            return pos
    return end


def _org_at(doc: Doc, pos: int):
    found = doc.starting_in(pos, pos + 1, ("organization",))
    return found[0] if found else None


def _org_ending_at(doc: Doc, pos: int):
    return doc.ending_at(pos, "organization")


def _skip(text: str, pos: int, chars: str = " ,") -> int:
    while pos < len(text) and text[pos] in chars:
        pos += 1
    return pos


def _post_after(doc: Doc, pos: int) -> dict | None:
    text = doc.text
    pos = _skip(text, pos)
    start = pos
    found = title_at(text, pos)
    if found is None:
        return None
    title, record = found
    pos += len(title)
    if record["kind"] == "acting":  # "รักษาราชการแทน" + the post acted in
        inner = title_at(text, _skip(text, pos, " "))
        if inner:
            pos = _skip(text, pos, " ") + len(inner[0])
            record = inner[1]
    org = None
    if record.get("org_follows", True):
        at = _skip(text, pos, " ")
        org = _org_at(doc, at)
        for connector in CONNECTORS:
            if org is None and text.startswith(connector, at):
                org = _org_at(doc, _skip(text, at + len(connector), " "))
    return {"title": text[start:pos], "organization": org.key if org else None, "nstart": start,
            "nend": org.nend if org else pos, "role": record["role"]}


def _post_before(doc: Doc, honorific_start: int) -> dict | None:
    text = doc.text
    end = honorific_start
    while end > 0 and text[end - 1] in " ,":
        end -= 1
    if text[:end].endswith("โดย"):
        org = _org_ending_at(doc, _back(text, end - 3))
        if org:
            return {"title": REPRESENTATIVE, "organization": org.key, "nstart": org.nstart, "nend": end,
                    "role": "representative"}
        return None
    org = _org_ending_at(doc, end)
    title_end = org.nstart if org else end
    for title, record in titles():
        if text.startswith(title, title_end - len(title)) and title_end - len(title) >= 0:
            return {"title": title, "organization": org.key if org else None, "nstart": title_end - len(title),
                    "nend": end, "role": record["role"]}
    return None


def _back(text: str, pos: int) -> int:
    while pos > 0 and text[pos - 1] == " ":
        pos -= 1
    return pos
