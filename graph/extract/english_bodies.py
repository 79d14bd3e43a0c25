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
  title: "Director of the …"), without a sentence's opening word ("The", "Meanwhile", english_bodies.json not_starts);
  back across "and" only from a run's first word ("Su-ngai Kolok Customs House and Map …": "House" ends another name);
- a function word glued to the word before it (v1's missing spaces: "Co-operativesand", "Kratomfromthe") is read
  apart: the word, then the joiner it stands for, or the end of the name;
- "for (the)" going on to a route, place or project ("… Authority for the Blue Line") is what the body serves: the
  name ends before it; a name written as a list after its "of" ("Ministry of Information, Culture, and Tourism") is
  read whole; a conferred title ("Dato’", person_words.json latin_honorifics) ends a name;
- no name holds a capitalised function word ("Empowerment of Persons With Disabilities Department": a heading's
  capitals or a cut) or begins after a dash written with spaces ("ASEAN Socio - Cultural Community …") or on a
  line whose previous line ends in a capitalised word ("… meeting of Japan\nThailand Trade and …").

Two guards on the names the authority file matched in English:
- a known name followed by "of" and another country ("the Prime Minister's Office of Japan") is that country's body,
  not Thailand's: the known mention is dropped and the longer name kept as a body of its own;
- a known name the run goes on from with more capitalised words of a unit's name ("Department of Health| Service
  Support") is not the shorter body: the longer name replaces it.
Only releases written in English are read (english.english_release)."""

from __future__ import annotations

import re
from functools import lru_cache

from phakhi.graph.extract.authority import organizations
from phakhi.graph.extract.document import Doc
from phakhi.graph.extract.english import _english_org_names, _latin_title_at, _spelled, english_release
from phakhi.graph.extract.foreign import english_country_key
from phakhi.graph.extract.organizations import PATTERN_KEY
from phakhi.graph.extract.person_tables import person_words
from phakhi.graph.text.normalize import normalize_label
from phakhi.graph.text.patterns import literal_alternation
from phakhi.ontology import load_english, load_english_bodies

_CAP = r"[A-Z][A-Za-z0-9\-]*"
_ABBR = r"\([A-Z][A-Za-z]{1,9}\)"  # "Eastern Economic Corridor (EEC) Policy Committee": an abbreviation inside
MAX_WORDS = 14  # words of a body's name at most ("Office of Research and Innovation for Competitiveness and …")
_WORD = re.compile(r"[A-Z][A-Za-z0-9\-]*")
_DASH_BEFORE = re.compile(r"[A-Za-z] ?[-–] ?$")  # a word and a dash just before a name's first word
_WRAP_BEFORE = re.compile(r" [A-Z][A-Za-z\-]*\n$")  # a line ending in a capitalised word ("Gist" alone heads a line)
_LIST_TAIL = re.compile(r"(?:, [A-Z][a-z]+)+,? and (?P<last>[A-Z][a-z]+(?: [A-Z][a-z]+)?)(?![A-Za-z\-’'])(?! [A-Z])")
# "of" and capitalised words after a known name, "of (the)" inside ("… of the Republic of the Union of Myanmar")
_COUNTRY_RUN = re.compile(r" of (?:the )?([A-Z][A-Za-z\-’'.]*(?:(?: of| of the)? [A-Z][A-Za-z\-’'.]*){0,4})")
# capitalised words right before a known name, with a possessive or none ("Malaysia’s ", "the Vietnamese ")
_COUNTRY_BEFORE = re.compile(r"(?<![A-Za-z\-])([A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*){0,3})(?:’s|'s)? $")


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


@lru_cache(maxsize=1)
def _stops() -> frozenset[str]:
    """Words no body's name holds: english_bodies.json stop_words and the one-word conferred or courtesy titles
    written before a Latin name (person_words.json latin_honorifics: "Ministry of Foreign Affairs| Dato’ Amran …")."""
    honorifics = {h.rstrip(".’'") for h in person_words()["latin_honorifics"] if " " not in h}
    return frozenset(_data()["stop_words"]) | frozenset(h for h in honorifics if h)


def _glued(word: str) -> tuple[str, str] | None:
    """(the word, the function word glued to it) when a capitalised word ends in a lower-case function word written
    without its space ("Co-operativesand", "Kratomfromthe", "Ministryof", "Womenand"): four letters at least before
    it, and not an ending English words have ("Thailand", "Command", "Grandstand": english_bodies.json
    word_endings)."""
    data = _data()
    if word.endswith(tuple(data["word_endings"])):
        return None
    for glue in sorted(data["glued_words"], key=len, reverse=True):
        stem = word[:-len(glue)]
        if word.endswith(glue) and len(stem) >= 4 and stem[-1].islower():
            return stem, glue
    return None


def _segments(run: str, offset: int) -> list[list[tuple[str, str, int, int]]]:
    """(joiner before it, word, start, end) of each capitalised word of a run, in pieces: a word glued to a
    function word is read as the word and that function word ("Bank for Agriculture and Agricultural
    Co-operatives|and Government Housing Bank"); a glued word that joins no name ("Kratom|fromthe Narcotics …")
    ends a piece."""
    joins = _data()["glued_words"]
    pieces: list[list[tuple[str, str, int, int]]] = [[]]
    carried = ""
    for t in _TOKEN.finditer(run):
        joiner, word, start, end = t.group(1) or "", t.group(2), offset + t.start(2), offset + t.end(2)
        if carried and not joiner:
            joiner = carried
        carried = ""
        glued = _glued(word)
        if glued is None:
            pieces[-1].append((joiner, word, start, end))
            continue
        stem, glue = glued
        pieces[-1].append((joiner, stem, start, start + len(stem)))
        carried = joins[glue]
        if not carried:
            pieces.append([])
    return [p for p in pieces if p]


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
        while start > 0 and tokens[start][0] in crossing and tokens[start - 1][1] not in _stops() \
                and _latin_title_at(text, tokens[start - 1][2]) is None \
                and not doc.covered(tokens[start - 1][2], tokens[start - 1][3],
                                    ("person",) if tokens[start][0] == "" else ("organization", "person")):
            if tokens[start][0] in ("and", "&") and start > 1 and tokens[start - 1][0] == "" \
                    and tokens[start - 2][1] not in _data()["not_starts"]:
                if _ends_a_name(tokens[start - 1][1], tokens[start][0]):
                    break  # "Su-ngai Kolok Customs House and Map …", "ASEAN Finance Ministers and Central Bank …"
                start -= 1  # one name: "United Nations Economic and Social Council", "US Trade and Development …"
                while start > 0 and tokens[start][0] == "" and tokens[start - 1][1] not in _stops() \
                        and _latin_title_at(text, tokens[start - 1][2]) is None \
                        and not doc.covered(tokens[start - 1][2], tokens[start - 1][3], ("person",)):
                    start -= 1
                break
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
                if word in _stops() or (joiner == "" and _latin_title_at(text, wstart) is not None
                                                     and not _title_goes_on(text, tokens[end - 1][2], wstart)):
                    break
                end += 1
            while end - 1 > i and tokens[end - 1][1] in _data()["not_starts"]:
                end -= 1
            if tokens[end - 1][1] in _data()["purpose_ends"]:  # "… Authority| for the Blue Line": what it is for
                end = next((k for k in range(i + 1, end) if tokens[k][0] in ("for", "for the")), end)
        else:  # "… Fund": up to the last head joined by spaces ("Student Loan Fund Office")
            end = i + 1
            k = i + 1
            while k < len(tokens) and tokens[k][0] == "" and _latin_title_at(text, tokens[k][2]) is None \
                    and tokens[k][1] not in _stops():
                k += 1
                if tokens[k - 1][1] in heads:
                    end = k
        if end - start < 2 or all(t[1] in _data()["generic_words"] or t[1] in heads for t in tokens[start:end]):
            continue  # "Ministry", "Council" alone, "Central Bank", "State Agency": a kind, no body
        if any(t[1] in _data()["title_case_words"] for t in tokens[start + 1:end]) \
                and not _title_cased(tokens, start, end):
            continue  # "Empowerment of Persons With Disabilities Department": a heading's capitals, or a cut name
        if _DASH_BEFORE.search(text, max(0, tokens[start][2] - 4), tokens[start][2]) \
                or _WRAP_BEFORE.search(text, max(0, tokens[start][2] - 40), tokens[start][2]):
            continue  # "ASEAN Socio - Cultural Community (ASCC) Council", "… of Japan\nThailand Trade and Economic
            # Committee", "… the Royal\nIrrigation Department": begun inside a name cut by spaces or a line's end
        return start, end, heads[head]
    return None


def _title_cased(tokens: list[tuple[str, str, int, int]], start: int, end: int) -> bool:
    """Is a name written wholly in title case, its joiners capitalised ("Selangor And Federal Territory Engineering
    And Motor Parts Traders Association", "Trim And Fitness International Sports For All Association"): no lower-case
    joiner inside it or right before it (a name begun after "of" in "… of Persons With Disabilities Department" is a
    cut), and every capitalised function word in it one of the joiners names hold (english_bodies.json joiners: "And",
    "For", "Of"), not a heading's preposition ("With", "In", "To")."""
    joiners = {w.capitalize() for j in _data()["joiners"] for w in j.split(" ")}
    if tokens[start][0] or any(t[0] for t in tokens[start + 1:end] if t[0] != "&"):
        return False
    return all(t[1] in joiners for t in tokens[start + 1:end - 1] if t[1] in _data()["title_case_words"])


def _list_end(doc: Doc, end: int) -> int:
    """The end of a body's name that goes on as a list after its "of" ("Ministry of Information|, Culture, and
    Tourism", "Ministry of Economy|, Trade and Industry"): on one line, commas between single capitalised words and "and" before
    the last, which may hold two words ("Power, Energy and Mineral Resources") and after which no capitalised word
    goes on ("… Research and Innovation Administration Act": another name's), less a country, a title, an opening
    word or a head ("… Culture Malaysia", "… The")."""
    m = _LIST_TAIL.match(doc.text, end)
    if m is None:
        return end
    words = m.group("last").split(" ")
    while words and (words[-1] in _data()["not_starts"] or words[-1] in _stops()
                     or english_country_key(words[-1]) is not None or words[-1] in _data()["heads"]):
        words.pop()
    if not words:
        return end
    return m.start("last") + len(" ".join(words))


def _ends_a_name(word: str, joiner: str) -> bool:
    """Whether a word with capitalised words before it and "and" after it ends a name of its own ("Customs House| and
    Map Ta Phut Customs Office", "Finance Ministers| and Central Bank Governors", "Thai Oil Plc| and Bangkok Bank"): a
    head, a plural, a country or one of english_bodies.json and_ends; a word that modifies ("Disaster Prevention and
    Mitigation Department") does not. "&" joins words of one name ("Thai Festivals & Events Association")."""
    if joiner != "and":
        return False
    return (word in _data()["heads"] or word in _data()["and_ends"] or english_country_key(word) is not None
            or (word.endswith("s") and not word.endswith("ss")))


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
        for tokens in _segments(m.group(), m.start()):
            while tokens:
                found = _body(doc, tokens)
                if found is None:
                    break
                i, j, kind = found
                end = tokens[j - 1][3]
                if j == len(tokens) and any(t[0] in ("of", "of the") for t in tokens[i + 1:j]):
                    end = _list_end(doc, end)
                spans.append((tokens[i][2], end, kind))
                tokens = tokens[j:]
    taken: list[tuple[int, int]] = []
    for start, end, kind in sorted(spans, key=lambda s: (s[0], -s[1])):
        if any(a <= start and end <= b for a, b in taken):
            continue  # inside a longer body found here ("… Co., Ltd." holding "… Company")
        if any(_glued(w) for w in _WORD.findall(text, start, end)):
            continue  # "Ministryof Agriculture and Cooperatives": a name holding v1's missing space is no label
        if _add(doc, start, end, kind):
            taken.append((start, end))


def _add(doc: Doc, start: int, end: int, kind: str) -> bool:
    if doc.covered(start, end, ("person", "place", "program", "event")):
        return False
    known = doc.starting_in(max(0, start - 200), end, ("organization",))
    for m in known:
        if m.data.get("foreign") and m.nstart < start < m.nend < end:
            doc.mentions.remove(m)  # "Japan’s Cabinet| Secretariat", "Korea’s Ministry of Culture|, Sport, and Tourism":
            start, kind = m.nstart, "ForeignGovernmentBody"  # the longer body, with its country
            known = doc.starting_in(max(0, start - 200), end, ("organization",))
            break
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
        elif m.nstart == start and m.nend < end and m.data.get("foreign"):
            shorter.append(m)  # "Lao Ministry of Industry| and Commerce": another country's body, named whole
        elif m.nstart < start or m.nend > end:
            return False  # crossing a known name: the boundaries disagree
        elif "," in doc.text[start:m.nstart]:
            shorter.append(m)  # "Ministry of Tourism, Arts and Culture": an item of the name's list, no body
    for m in shorter:
        doc.mentions.remove(m)
    name = doc.text[start:end]
    known_key = _english_org_names().get(_spelled(name))
    if known_key is not None:  # the authority's English name in another spelling ("… Agricultural Co-operatives")
        doc.add(doc.mention(start, end, "organization", known_key, form="name"))
        return True
    doc.add(doc.mention(start, end, "organization", PATTERN_KEY + normalize_label(name), type=kind, form="pattern"))
    return True


def _foreign_known(doc: Doc) -> None:
    """A known name with another country named before it ("Malaysia’s Ministry of Foreign Affairs", "the Vietnamese
    Ministry of …", "Lao Ministry of …": a country or its adjective, places.json english_forms) or after it with
    "of" ("Prime Minister's Office of Japan", "Ministry of Foreign Affairs of the Republic of Korea"): that country's
    body, not Thailand's (english.json own_country and own_demonyms name Thailand). The known mention is dropped and
    the name with its country kept as a body of its own."""
    text = doc.text
    national = set(_data()["national_types"])
    for m in list(doc.of_kind("organization")):
        if not m.key or m.key.startswith(PATTERN_KEY) or not text[m.nstart:m.nend].isascii() \
                or m.data.get("form") == "abbr" or organizations().get(m.key, {}).get("type") not in national:
            continue  # an acronym, an international body, a company: no state's own ("Malaysia’s ASEAN chairmanship")
        start, end = _country_before(text, m.nstart), _country_after(text, m.nend)
        if start is None and end is None:
            continue
        start, end = m.nstart if start is None else start, m.nend if end is None else end
        doc.mentions.remove(m)
        if not doc.covered(start, end, ("person", "place", "program", "event")):
            doc.add(doc.mention(start, end, "organization", PATTERN_KEY + normalize_label(text[start:end]),
                                type="ForeignGovernmentBody", form="pattern", foreign=True))


def _foreign(written: str) -> bool:
    """Does `written` name a country other than Thailand (places.json english_forms, less english.json own_country
    and own_demonyms)?"""
    country = english_country_key(written)
    if country is None:
        return False
    data = load_english()
    own = set(data["own_country"]) | set(data["own_demonyms"])
    return written not in own and country not in {english_country_key(w) for w in own}


def _country_after(text: str, end: int) -> int | None:
    """The end of "of <another country>" right after a known name ("… Office of Japan", "… of the Republic of
    Korea", "… of the Russian Federation"): the longest country name the capitalised words begin with, its last
    word also without the full stop of a sentence's end ("… National Assembly of the Lao PDR. She …": read with the
    stop, only "Lao" was a country and the name was cut to "… of the Lao")."""
    after = _COUNTRY_RUN.match(text, end)
    if after is None:
        return None
    words = after.group(1).split(" ")
    for n in range(len(words), 0, -1):
        if words[n - 1] in ("of", "the"):
            continue
        name = " ".join(words[:n])
        for form in dict.fromkeys((name, name.removesuffix("."))):  # "U.S." keeps its stop
            if _foreign(form):
                return after.start(1) + len(form)
    return None


def _country_before(text: str, start: int) -> int | None:
    """The start of another country's name or adjective written right before a known name, possessive or not
    ("Malaysia’s Ministry …", "the Vietnamese Ministry …", "Lao Ministry …", "South Korea's …"): the longest country
    name the capitalised words before it end with. None for Thailand's ("Thailand’s Ministry …", "Thai Ministry …")."""
    before = _COUNTRY_BEFORE.search(text, max(0, start - 60), start)
    if before is None:
        return None
    words = before.group(1).split(" ")
    for n in range(len(words)):
        if words[n] not in _data()["not_starts"] and _foreign(" ".join(words[n:])):
            return before.start(1) + len(" ".join(words[:n])) + (1 if n else 0)
    return None
