"""The body a post's title is glued to when the release names it in words no organization mention covers:
"รองผอ.สพป.นครปฐม", "ผู้อำนวยการโรงเรียนบ้านหนองบัว", "ผู้ว่าราชการจังหวัดอุดรธานี".

Such a post had no body, so its IRI was its title alone (pid:post/รองผอ.): one post shared by every holder of the
title in every body, 70-130 persons each in a 4,000-release sample store, with one person's tenure of it running
across bodies. The words glued right after the title are what the release gives to tell whose post it is: they key
the post (types.Post.seat, as another country's name does), so each body's post is its own; a title alone, or one
followed by a clause ("ผู้อำนวยการกล่าวว่า"), stays the bare post.
"""

from __future__ import annotations

import re
from functools import lru_cache

from phakhi.graph.extract import person_tables as tables
from phakhi.graph.extract.authority import title_at
from phakhi.graph.extract.event_words import cue_pattern
from phakhi.graph.extract.foreign import clause_heads, starts_with_verb
from phakhi.graph.text.thai import NAME_CHARS, tokenize
from phakhi.ontology import load_honorifics, load_org_patterns, load_stopwords

MAX_BODY = 60  # characters of body words glued to a title, at most
# a word's start (a consonant or a leading vowel: not a vowel sign or tone mark of a syllable cut in two), then letters
# and "." inside ("สพป.นครปฐม")
_RUN = re.compile(f"[\u0e01-\u0e2e\u0e40-\u0e44](?:[{NAME_CHARS}]|\\.(?=[{NAME_CHARS}]))*")


def body_words_end(text: str, pos: int) -> int | None:
    """The end of the body words glued to a title that ends at `pos` (no space between), or None: nothing glued; a
    clause, a function word, a verb or a field or rank word (person_words.json "not_post_bodies") begins there; or
    the words are a kind of body alone ("ปลัดกระทรวง"), or an acting or former prefix begins them. The words run to
    the next space and stop before a clause head glued on ("โรงเรียนบ้านหนองบัวและนาย…", "…กล่าวว่า"); an event's
    cue is no body ("ประธานการประชุม")."""
    m = _RUN.match(text, pos)
    if (m is None or m.end() - pos > MAX_BODY or m.group().startswith(clause_heads() + _not_bodies())
            or cue_pattern()[0].match(text, pos)):
        return None
    prefix = title_at(text, pos)
    if prefix is not None and prefix[1]["kind"] in ("acting", "former"):
        return None  # "รองผู้ว่าการรักษาการแทนผู้ว่าการ…": a second post, acting, begins there (posts._posts_after)
    tokens = tokenize(m.group())
    if not tokens or tokens[0] in load_stopwords() or starts_with_verb(tuple(tokens[:2])):
        return None
    end = pos + len(tokens[0])
    for token in tokens[1:]:
        if token.startswith(clause_heads()) and not _joined_name(text, end, token):
            break
        end += len(token)
    if end - pos < 2 or text[pos:end] in _kinds():
        return None
    area = _numbered_area().match(text, end)  # "สพป.นครปฐม เขต 2": each area's office is a body of its own
    if area is None and text[pos:end].endswith(tuple(tables.person_words()["numbered_areas"])):
        area = _AREA_NUMBER.match(text, end)  # "สพม.เขต 15"
    return area.end() if area else end


_AREA_NUMBER = re.compile("[ ]?[0-9]{1,3}(?![0-9])")


@lru_cache(maxsize=1)
def _numbered_area() -> re.Pattern[str]:
    """A numbered area after the body's words (person_words.json "numbered_areas"), past a full stop or a space."""
    words = "|".join(map(re.escape, tables.person_words()["numbered_areas"]))
    return re.compile(f"\\.?[ ]?(?:{words})[ ]?[0-9]{{1,3}}(?![0-9])")


@lru_cache(maxsize=1)
def _not_bodies() -> tuple[str, ...]:
    return tuple(tables.person_words()["not_post_bodies"])


@lru_cache(maxsize=1)
def _kinds() -> frozenset[str]:
    """The kinds of body (org_patterns.jsonl prefixes: กระทรวง, บริษัท, สมาคม, …; person_words.json
    "generic_post_bodies": องค์กร, โครงการ, …): written alone they name no body."""
    return frozenset(p["prefix"] for p in load_org_patterns()) | frozenset(tables.person_words()["generic_post_bodies"])


def _joined_name(text: str, pos: int, token: str) -> bool:
    """"คณะกรรมการกำกับและดูแลโครงการ": "และ" inside a body's name joins two of its words; before an honorific or a
    title ("…หนองบัวและนายสมศักดิ์") it begins the next person."""
    joiner = _AND
    if not token.startswith(joiner) or not _RUN.match(text, pos + len(joiner)):
        return False
    after = pos + len(joiner)
    return title_at(text, after) is None and not text.startswith(_honorifics(), after)


_AND = "และ"


@lru_cache(maxsize=1)
def _honorifics() -> tuple[str, ...]:
    return tuple(h["form"] for h in load_honorifics() if not h["form"].isascii())

