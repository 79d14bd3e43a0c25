"""Names of bodies written in English that the authority file does not know, in releases written in English
(thaigov's English desk): "National Security Council", "Student Loan Fund", "Rights and Liberties Protection
Department", "Department of Health Service Support", "Office of the Permanent Secretary for Ministry of …",
"HIP Global Co., Ltd.". The English counterpart of the Thai pattern finder (organizations.find_by_pattern), with
the same care for where a name begins and ends:

- a run of capitalised words, holding "of", "for", "and", "&" (and "of the"/"for the") between them, is a body's
  name when a head word of ontology/th/english_bodies.json ends it ("… Fund", "… Council") or has "of"/"for" after
  it ("Department of …"); a company's name is capitalised words before a legal form ("… Co., Ltd.");
- it ends where the capitalised run ends (a lower-case word, a comma, a possessive), before a title written after
  it with a space ("Ministry of Industry Permanent Secretary …") and before a person's name;
- it begins at the head, or at the capitalised words joined to it by spaces or "and" before it ("Royal Irrigation
  Department", "Rights and Liberties Protection Department"), never across "of"/"for" (what comes before them is a
  title: "Director of the …"), without a sentence's opening word ("The", "Meanwhile", english_bodies.json not_starts).

Two guards on the names the authority file matched in English:
- a known name followed by "of" and another country ("the Prime Minister's Office of Japan") is that country's body,
  not Thailand's: the known mention is dropped and the longer name kept as a body of its own;
- a known name the run goes on from with more capitalised words of a unit's name ("Department of Health| Service
  Support") is not the shorter body: the longer name replaces it.
Only releases written in English are read (english_counts.english_release)."""

from __future__ import annotations

import re
from functools import lru_cache

from phakhi.graph.extract.document import Doc
from phakhi.graph.extract.english import _latin_title_at
from phakhi.graph.extract.english_counts import english_release
from phakhi.graph.extract.foreign import english_country_key
from phakhi.graph.extract.organizations import PATTERN_KEY
from phakhi.graph.text.normalize import normalize_label
from phakhi.graph.text.patterns import literal_alternation
from phakhi.ontology import load_english, load_english_bodies

_CAP = r"[A-Z][A-Za-z0-9\-]*"
_ABBR = r"\([A-Z][A-Za-z]{1,9}\)"  # "Eastern Economic Corridor (EEC) Policy Committee": an abbreviation inside
MAX_WORDS = 14  # words of a body's name at most ("Office of Research and Innovation for Competitiveness and …")
_COUNTRY_RUN = re.compile(r" of (?:the )?((?:[A-Z][A-Za-z\-]*)(?: [A-Z][A-Za-z\-]*){0,3})")


@lru_cache(maxsize=1)
def _data() -> dict:
    return load_english_bodies()


@lru_cache(maxsize=1)
def _run() -> re.Pattern[str]:
    joiners = literal_alternation(_data()["joiners"])
    return re.compile(rf"(?<![A-Za-z0-9\-’'.]){_CAP}(?:(?: (?:{joiners}))?(?: {_ABBR})? {_CAP})*")


@lru_cache(maxsize=1)
def _company() -> re.Pattern[str]:
    tails = literal_alternation(_data()["company_tails"])
    return re.compile(rf"(?<![A-Za-z0-9\-’'.]){_CAP}(?: {_CAP}){{0,5}},? (?:{tails})(?![A-Za-z])")


_TOKEN = re.compile(r"(?: (of the|for the|of|for|and|&))?(?: \([A-Z][A-Za-z]{1,9}\))? ?([A-Z][A-Za-z0-9\-]*)")


def _tokens(run: str, offset: int) -> list[tuple[str, str, int, int]]:
    """(joiner before it, word, start, end) of each capitalised word of a run."""
    return [(t.group(1) or "", t.group(2), offset + t.start(2), offset + t.end(2)) for t in _TOKEN.finditer(run)]


def _body(doc: Doc, tokens: list[tuple[str, str, int, int]]) -> tuple[int, int, str] | None:
    """The first body's (start index, end index, type) among a run's words."""
    heads = _data()["heads"]
    text = doc.text
    for i, (_, head, _, _) in enumerate(tokens):
        if head not in heads:
            continue
        initial = i + 1 < len(tokens) and tokens[i + 1][0] in ("of", "for", "of the", "for the")
        final = i + 1 == len(tokens) or tokens[i + 1][0] in ("", "&")
        if not (initial or final) or (i > 0 and tokens[i - 1][1] in _data()["place_words"]):
            continue  # "… Convention Center": a place
        start = i
        crossing = ("",) if initial else ("", "and", "&")  # "Thai Government and Ministry of …": two bodies
        while start > 0 and tokens[start][0] in crossing and tokens[start - 1][1] not in _data()["stop_words"] \
                and _latin_title_at(text, tokens[start - 1][2]) is None \
                and not doc.covered(tokens[start - 1][2], tokens[start - 1][3],
                                    ("person",) if tokens[start][0] == "" else ("organization", "person")):
            start -= 1
            if tokens[start + 1][0] in ("and", "&"):
                break  # one word back across "and" ("Rights and Liberties …"); more is another body's or a meeting's
        while start < i and tokens[start][1] in _data()["not_starts"]:
            start += 1
        if initial:  # "Department of …": the run's words after it, up to a title or a stop word written with a space
            end = i + 1
            while end < len(tokens) and end - start < MAX_WORDS:
                joiner, word, wstart, _ = tokens[end]
                if joiner in ("and", "&") and (word in heads or doc.starting_at(wstart, "organization")
                                               or (_body(doc, tokens[end:]) or (1,))[0] == 0
                                               or english_country_key(word) is not None):
                    break  # "Ministry of Foreign Affairs and Ministry of Defense": two bodies; "… and Lao PDR’s …"
                if word in _data()["stop_words"] or (joiner == "" and _latin_title_at(text, wstart) is not None
                                                     and not _title_goes_on(text, tokens[end - 1][2], wstart)):
                    break
                end += 1
            while end - 1 > i and tokens[end - 1][1] in _data()["not_starts"]:
                end -= 1
        else:  # "… Fund": up to the last head joined by spaces ("Student Loan Fund Office")
            end = i + 1
            k = i + 1
            while k < len(tokens) and tokens[k][0] == "" and _latin_title_at(text, tokens[k][2]) is None \
                    and tokens[k][1] not in _data()["stop_words"]:
                k += 1
                if tokens[k - 1][1] in heads:
                    end = k
        if end - start < 2 or all(t[1] in _data()["generic_words"] or t[1] in heads for t in tokens[start:end]):
            continue  # "Ministry", "Council" alone, "Central Bank", "State Agency": a kind, no body
        return start, end, heads[head]
    return None


def _title_goes_on(text: str, previous: int, at: int) -> bool:
    """A title read at `at` that is the end of one begun at the word before ("Office of the Permanent| Secretary")."""
    title = _latin_title_at(text, previous)
    return title is not None and previous + len(title[0]) > at


def find_english_bodies(doc: Doc) -> None:
    if not english_release(doc):
        return
    text = doc.text
    _foreign_known(doc)
    spans: list[tuple[int, int, str]] = []
    for m in _company().finditer(text):
        words = m.group().split()
        skip = 0
        while skip < len(words) - 1 and words[skip] in _data()["not_starts"]:
            skip += 1
        start = m.start() + len(" ".join(words[:skip])) + (1 if skip else 0)
        spans.append((start, m.end(), "Company"))
    for m in _run().finditer(text):
        tokens = _tokens(m.group(), m.start())
        while tokens:
            found = _body(doc, tokens)
            if found is None:
                break
            i, j, kind = found
            spans.append((tokens[i][2], tokens[j - 1][3], kind))
            tokens = tokens[j:]
    taken: list[tuple[int, int]] = []
    for start, end, kind in sorted(spans, key=lambda s: (s[0], -s[1])):
        if any(a <= start and end <= b for a, b in taken):
            continue  # inside a longer body found here ("… Co., Ltd." holding "… Company")
        if _add(doc, start, end, kind):
            taken.append((start, end))


def _add(doc: Doc, start: int, end: int, kind: str) -> bool:
    if doc.covered(start, end, ("person", "place", "program", "event")):
        return False
    known = doc.starting_in(max(0, start - 200), end, ("organization",))
    shorter = []
    for m in known:
        if m.nend <= start:
            continue
        if m.nstart == start and m.nend == end:
            return False  # the authority's own name
        if m.nstart <= start and m.nend >= end:
            return False  # inside a longer known name
        if m.nstart == start and m.nend < end and doc.text[m.nend:m.nend + 1] == " " \
                and doc.text[m.nend + 1:m.nend + 2].isupper():
            shorter.append(m)  # "Department of Health| Service Support": not the shorter body
        elif m.nstart < start or m.nend > end:
            return False  # crossing a known name: the boundaries disagree
    for m in shorter:
        doc.mentions.remove(m)
    name = doc.text[start:end]
    doc.add(doc.mention(start, end, "organization", PATTERN_KEY + normalize_label(name), type=kind, form="pattern"))
    return True


def _foreign_known(doc: Doc) -> None:
    """A known name followed by "of" another country ("Prime Minister's Office of Japan"): that country's body."""
    text = doc.text
    own = set(load_english()["own_country"])
    own |= {english_country_key(w) for w in own}
    for m in list(doc.of_kind("organization")):
        if not m.key or m.key.startswith(PATTERN_KEY) or not text[m.nstart:m.nend].isascii():
            continue
        after = _COUNTRY_RUN.match(text, m.nend)
        if after is None:
            continue
        words = after.group(1).split()
        for n in range(len(words), 0, -1):  # the longest country name the words begin with
            country = english_country_key(" ".join(words[:n]))
            if country is not None:
                break
        if country is None or " ".join(words[:n]) in own or country in own:
            continue
        end = after.start(1) + len(" ".join(words[:n]))
        doc.mentions.remove(m)
        if not doc.covered(m.nstart, end, ("person", "place", "program", "event")):
            doc.add(doc.mention(m.nstart, end, "organization", PATTERN_KEY + normalize_label(text[m.nstart:end]),
                                type="ForeignGovernmentBody", form="pattern"))
