"""What releases written in English say the way English says it (thaigov's English desk: "Mr. Achim Steiner,
UN Deputy Secretary General and Administrator of the United Nations Development Programme (UNDP), paid a
courtesy call on Prime Minister and Defense Minister Gen. Prayut Chan-o-cha").

- find_titled_persons: a Latin name right after an English title is a person even without an honorific
  ("Government Spokesperson Thanakorn Wangboonkongchana").
- find_english_posts: the posts of a person named in Latin letters, as a chain of titles before the name
  ("Prime Minister and Defense Minister Gen. Prayut …") or as an apposition after it ("…, UN Deputy
  Secretary General and Administrator of the United Nations Development Programme (UNDP),"); a title's
  organization comes before it ("UNDP Administrator") or after "of (the)" ("Minister of Public Health", the
  ministry the authority file calls "Ministry of Public Health").
- find_english_programs: English program names ending on a program word of ontology/th/english.json
  ("UNDP Country Programme Document (CPD)", "BCG Economic Model", "Millennium Development Goals (MDGs)").

Titles are the Latin rows of ontology/th/titles.jsonl; the words are data in ontology/th/english.json.
"""

from __future__ import annotations

import re
from dataclasses import replace
from difflib import SequenceMatcher
from functools import lru_cache

from phakhi.graph.extract.authority import acting_seat, organizations, title_at, titles
from phakhi.graph.extract.document import Doc
from phakhi.graph.extract.foreign import english_country_key
from phakhi.graph.extract.persons import (_LATIN_NAME, _cut_latin_at_title, _latin_body, _skip, latin_squeeze,
                                          person_key)
from phakhi.graph.extract.program_words import PATTERN_KEY
from phakhi.graph.text.normalize import normalize_label
from phakhi.graph.text.patterns import literal_alternation, not_after
from phakhi.graph.text.thai import has_thai, script_letters
from phakhi.ontology import load_english, load_event_cues, load_persons

MAX_BEFORE = 160  # characters a chain of titles before a name may take ("Deputy Prime Minister and Minister of …")
MAX_POSTS = 4
_POSSESSIVE = re.compile(r"['’]s(?![A-Za-z])")
_NUMBERED = re.compile(r"[ \t]+\d")  # a number after a capitalised run names an event or a thing ("… Forum 2018")
_GLUED = re.compile(r"[a-z]{3}(?:The|This|In|On|At|A)$")  # two words written without a space ("ManagementThe")


def _is_latin_key(key: str) -> bool:
    return not has_thai(key)


@lru_cache(maxsize=1)
def _latin_titles() -> re.Pattern[str]:
    forms = [t for t, _ in titles() if t.isascii() and t[:1].isupper()]
    return re.compile(literal_alternation(forms, r"[A-Za-z\-]") + r"(?![A-Za-z\-])")


_POSSESSIVES = ("’s", "'s")
_PREFIX_REACH = 40  # characters an English acting or former prefix runs to, at most


def _latin_title_at(text: str, pos: int) -> tuple[str, dict] | None:
    """A Latin title starting at a word's start. An acting or former prefix in lower case too: a sentence writes
    "… acting Prime Minister Phumtham Wechayachai", its heading "Acting Prime Minister …"; read as no prefix, the acting
    holder held the seat itself."""
    if pos > 0 and (text[pos - 1].isalnum() or text[pos - 1] == "-"):
        return None
    found = title_at(text, pos)
    if found is None and text[pos:pos + 1].islower():
        capital = title_at(text[pos].upper() + text[pos + 1:pos + _PREFIX_REACH], 0)
        if capital is not None and capital[1]["kind"] in ("acting", "former"):
            found = (text[pos:pos + len(capital[0])], capital[1])
    if found is None or not found[0].isascii():
        return None
    end = pos + len(found[0])
    if end < len(text) and (text[end].isalnum() or text[end] == "-" or text.startswith(_POSSESSIVES, end)):
        return None  # "Director" in "Directorate"; "Prime Minister’s Secretary General": the title of another
    return found


# --- persons named after a title, without an honorific ------------------------------------------------------

def find_titled_persons(doc: Doc) -> None:
    """"Government Spokesperson Thanakorn Wangboonkongchana": a title, one space, then two to five
    capitalised words that are no organization, place or known word (ontology/th/english.json "not_names")."""
    text = doc.text
    not_names = frozenset(load_english()["not_names"])
    for m in _latin_titles().finditer(text):
        post = _post(doc, m.start(), add=False)  # "Minister of Labor Suchart Chomklin"
        title_end = post["nend"] if post else m.end()
        start = hstart = title_end + 1
        if text[title_end:start] != " ":
            continue
        name = _LATIN_NAME.match(text, start)
        if not name or doc.covered(start, name.end(), ("organization", "program", "person", "place")):
            continue
        for form in load_english()["leading_honorifics"]:
            if text.startswith(form + " ", start):  # "Prime Minister Right Honourable Jacinda Ardern"
                start += len(form) + 1
                name = _LATIN_NAME.match(text, start)
                break
        if not name:
            continue
        end = _cut_latin_at_title(text, start, name.end())
        possessive = _POSSESSIVE.search(text, start, end)  # "President Putin’s Greater Eurasian Partnership"
        end = possessive.start() if possessive else end
        words = text[start:end].split()
        if not 2 <= len(words) <= 5 or any(w in not_names or w.isupper() for w in words):
            continue
        if text[end:end + 1].isalnum() or text[end:end + 2] == " (" or _NUMBERED.match(text, end):
            continue  # "Minister Council (…)": a body's name, not a person's; "CEO Insurance Forum 2018": an event's
        label = " ".join(words)
        if _latin_body(label):
            continue  # "CEO Wiseline Corporation Ltd": the body the title heads, named after it, no person
        doc.add(doc.mention(start, end, "person", person_key(label), honorific=None, full=True, hstart=hstart))


# --- posts ----------------------------------------------------------------------------------------------------

def find_english_posts(doc: Doc) -> None:
    """Posts of the persons named in Latin letters, from the English title chain before or after the name;
    they replace what the Thai-shaped post finder gave when they say more."""
    text = doc.text
    persons = doc.of_kind("person")
    starts = {m.data.get("hstart", m.nstart) for m in persons}  # once: a long line may name thousands
    english_lines: dict[int, bool] = {}  # line start -> written in English (each line counted once)
    for person in persons:
        if not _is_latin_key(person.text) or person.data.get("gloss"):  # written in Latin letters
            continue
        after = _own_posts(doc, _chain(doc, _skip(text, person.nend, " ,"), stop=None), starts)
        before = _chain_before(doc, person.data.get("hstart", person.nstart))
        if before and not after:  # "Prime Minister Sonexay Siphandone of Lao PDR": that state's post
            before[-1] = _of_state_after_name(doc, before[-1], person.nend)
            before = _without_the_thai_office(text, before)
        posts = (before + after)[:MAX_POSTS]
        if _english_line(doc, person.nstart, english_lines):
            person.data["posts"] = posts  # the Thai-shaped finder reads an English line wrongly
        elif posts and len(posts) >= len(person.data.get("posts") or []):
            person.data["posts"] = posts
    latin = [p for p in persons if _is_latin_key(p.text) and not p.data.get("gloss")]
    _seats_named_elsewhere(doc, latin)
    _thai_offices(doc, latin)


def _thai_offices(doc: Doc, persons: list) -> None:
    """Thailand's offices written in English are the posts the Thai releases name: "Prime Minister Gen. Prayut
    Chan-o-cha" holds นายกรัฐมนตรี, "Minister of Industry" รัฐมนตรีว่าการ of the Ministry of Industry, so the tenures,
    the post's page and its successions do not split by the release's language. A title is Thailand's when no other
    country is named with it (another country's office has its seat by now; "Deputy Minister of Finance of the Lao
    PDR", whose ministry is read without the state, is not Thailand's either); one acting in it ("acting Prime
    Minister") holds the same office, acting (authority.acting_seat, as the Thai releases' "รักษาราชการแทน…"); a former
    one keeps its own post. The title stays as written (types.Post.office).
    A title of a seat of the nation written alone ("Prime Minister", no body) is Thailand's only for one of
    Thailand's officials (_own_official): the English desk writes another country's leader the same way ("conveyed
    the regards of Prime Minister Boris Johnson to the Prime Minister", "Prime Minister Pham Minh Chinh"), so for
    anyone else the post keeps its English title and no Thai office."""
    for person in persons:
        for i, post in enumerate(person.data.get("posts") or ()):
            if post.get("seat") or post.get("former") or not post["title"].isascii():
                continue
            if _state_after(doc, post["nend"]) > post["nend"]:
                continue
            office = _english_offices().get(acting_seat(post["title"]) if post.get("acting") else post["title"])
            if office is not None and _seat_alone(office) and not _own_official(person):
                continue
            if office is not None:
                person.data["posts"][i] = {**post, "office": office}


OWN_FIRST_NAME = 0.8  # how like a Thai official's first name (difflib ratio) a Latin first name is taken for it


def _own_official(person) -> bool:
    """Is a person named in Latin letters one of Thailand's officials: one of the person authority's, or named with
    a first name so like one of theirs that it is a spelling the authority lacks ("Paethongthan" for "Paetongtarn",
    "Settha" for "Srettha"); the English desk's other prime ministers' first names are far from every one of
    theirs ("Boris", "Fumio", "Phankham")."""
    if person.key in _own_officials():
        return True
    first = latin_squeeze(person.text.split()[0]) if person.text.split() else ""
    return any(SequenceMatcher(None, first, name).ratio() >= OWN_FIRST_NAME for name in _own_first_names())


@lru_cache(maxsize=1)
def _own_first_names() -> frozenset[str]:
    """The first names (latin_squeeze) the person authority writes Thailand's officials with."""
    return frozenset(latin_squeeze(latin["name"].split()[0]) for row in load_persons() if row.get("roles")
                     for latin in row["en"] if latin["name"].split())


@lru_cache(maxsize=1)
def _own_officials() -> frozenset[str]:
    """The person keys of Thailand's officials: the person authority's persons whose mining saw them hold a Thai
    post in the Thai releases that gloss their Latin name (persons.jsonl "roles": every Prime Minister of the
    record, acting ones among the deputies and ministers). Another country's leader the authority joins to a Thai
    spelling ("Shinzo Abe", "ชินโซ อาเบะ") has no role there."""
    return frozenset(person_key(row["th"]) for row in load_persons() if row.get("roles"))


@lru_cache(maxsize=1)
def _seats_alone() -> frozenset[str]:
    """The Thai titles of one seat of the nation that every other country has too (titles.jsonl "every_nation":
    นายกรัฐมนตรี): a Prime Minister named in English is anyone's, a Government Spokesperson is the government's own."""
    return frozenset(title for title, record in titles() if not title.isascii() and record.get("every_nation"))


def _seat_alone(office: str) -> bool:
    return office in _seats_alone()


@lru_cache(maxsize=1)
def _english_offices() -> dict[str, str]:
    """English title -> the Thai title of the same office: a Latin row's "th" (titles.jsonl: "Minister" ->
    รัฐมนตรีว่าการ, where the Thai rows of the role are several), else the one Thai row of its role written without a
    body whose "en" it is (_thai_titles)."""
    offices = dict(_thai_titles())
    offices.update({title: record["th"] for title, record in titles() if title.isascii() and record.get("th")})
    return offices


def _seats_named_elsewhere(doc: Doc, persons: list) -> None:
    """"Prime Minister Hun Manet" where the release says elsewhere whose office he holds ("Samdech … Hun Manet,
    Prime Minister of the Kingdom of Cambodia", "… HUN Manet of Cambodia", "Cambodian Prime Minister Hun Manet"): a
    bare title of a nation's seat (no body follows it) before or after a Latin name is the country's office the
    release gives the same person under the same title, at another mention or where it writes the name again (any
    case); read alone it put a foreign head of government in the Thai Prime Minister's seat. One country only: a
    release giving the name two countries' offices of that title changes nothing."""
    text = doc.text
    seats: dict[str, set[tuple[str | None, str]]] = {}
    for person in persons:
        for post in person.data.get("posts") or ():
            if post.get("seat"):
                seats.setdefault(person.key, set()).add(post["seat"])
    for person in persons:
        bare = [i for i, post in enumerate(person.data.get("posts") or ()) if _bare_seat_title(post)]
        if not bare:
            continue
        found = set(seats.get(person.key, ()))
        name = " ".join(person.text.split())
        for m in re.finditer(r"(?<![A-Za-z\-])" + re.escape(name).replace(r"\ ", r"\s+") + r"(?![A-Za-z\-])", text,
                             re.IGNORECASE):
            seat = _seat_after_name(doc, m.end())
            if seat is not None:
                found.add(seat)
        for i in bare:
            post = person.data["posts"][i]
            office = _thai_titles().get(_bare_seat_title(post)["title"], post["title"])
            countries = {country for title, country in found if title in (office, None)}
            if len(countries) == 1:
                person.data["posts"][i] = {**post, "seat": (office, countries.pop())}


def _bare_seat_title(post: dict) -> dict | None:
    """The titles.jsonl record of a post that is a title of a nation's seat written alone (no body, no country, not
    former), or None."""
    if post.get("organization") or post.get("seat") or post.get("former") or not post["title"].isascii():
        return None
    record = _latin_records().get(post["title"])
    return record if record is not None and not record.get("org_follows", True) else None


@lru_cache(maxsize=1)
def _latin_records() -> dict[str, dict]:
    return {title: record for title, record in reversed(titles()) if title.isascii()}


def _seat_after_name(doc: Doc, end: int) -> tuple[str | None, str] | None:
    """Another country's office the text gives right after a name ending at `end`: " of Cambodia" (a title of a
    nation's seat written before the name: (None, country)) or ", Prime Minister of the Kingdom of Cambodia" (the
    office's Thai title, country); read without adding any mention."""
    text = doc.text
    state = _state_after(doc, end)
    if state > end:  # the title is the one written before the name
        country = _state_country(text[end:state])
        return (None, country) if country else None
    pos = _skip(text, end, " ,")
    found = _latin_title_at(text, pos)
    if found is None or found[1].get("org_follows", True) or found[1]["kind"] in ("acting", "former"):
        return None
    title_end = pos + len(found[0])
    state = _state_after(doc, title_end)
    return _seat(found[1], text[title_end:state]) if state > title_end else None


ENGLISH_SHARE = 0.9  # a line whose letters are at least this share Latin is written in English


def _english_line(doc: Doc, pos: int, seen: dict[int, bool]) -> bool:
    start, end = doc.line_bounds(pos)
    if start not in seen:
        thai, latin = script_letters(doc.text[start:end])
        seen[start] = latin > 0 and latin >= ENGLISH_SHARE * (latin + thai)
    return seen[start]


ENGLISH_RELEASE = 4  # Latin letters at least this many times the Thai ones: a release written in English (h30-english)


def english_release(doc: Doc) -> bool:
    """Latin letters at least ENGLISH_RELEASE times the Thai ones (the whole text: a release is written in one)."""
    cached = doc.__dict__.get("_english")
    if cached is None:
        thai, latin = script_letters(doc.text)
        cached = doc.__dict__["_english"] = latin > 0 and latin >= ENGLISH_RELEASE * thai
    return cached


def _without_the_thai_office(text: str, chain: list[dict]) -> list[dict]:
    """A chain of titles before a name that begins after Thailand's adjective ("the Thai Prime Minister and President
    Xi Jinping of China"): the first title is the Thai office, whose holder is another person; the named person
    holds the titles after it (english.json "own_demonyms"). A chain without it ("Prime Minister and Minister of
    Defence Gen. Prayut") is one person's, and so is one title ("Thai Prime Minister Srettha"). Neither sample has a
    chain after "Thai" that is one person's."""
    if len(chain) < 2:
        return chain
    before = text[max(0, chain[0]["nstart"] - 12):chain[0]["nstart"]]
    own = any(before.endswith(f"{word} ") for word in load_english()["own_demonyms"])
    return chain[1:] if own else chain


def _own_posts(doc: Doc, posts: list[dict], starts: set[int]) -> list[dict]:
    """The posts after a name up to the first one a next name follows ("Minister of Interior Gen. Anupong
    Paojinda, Minister of Labor Suchart Chomklin": the second post is Suchart's), or another title and then a next
    name ("…, Deputy Minister … Praphat Phothasoothon, Prime Minister Secretary General Distat Hotrakitya": a title
    run into the next title, with no joiner, begins the next person's; read as Praphat's it put him in the Prime
    Minister's seat); `starts`: where names begin."""
    text = doc.text
    for i, post in enumerate(posts):
        after = _skip(text, post["nend"], " ")
        if after in starts:
            return posts[:i]
        ahead = _post(doc, after, add=False) if after > post["nend"] else None
        if ahead is not None and _skip(text, ahead["nend"], " ") in starts:
            return posts[:i]
    return posts


def _chain_before(doc: Doc, hstart: int) -> list[dict]:
    """The chain of titles that ends right before the honorific (or name) at `hstart`."""
    text = doc.text
    end = hstart
    while end > 0 and text[end - 1] == " ":
        end -= 1
    line_start, _ = doc.line_bounds(max(0, end - 1))
    low = max(line_start, end - MAX_BEFORE)
    for word in re.finditer(r"(?<![A-Za-z\-])[A-Za-z]", text[low:end]):  # "acting Prime Minister …" too
        start = low + word.start()
        posts = _chain(doc, start, stop=end)
        if posts and posts[-1]["nend"] == end:
            return [] if _serves(text, start) else posts
    return []


_TO_THE = re.compile(r"([A-Za-z-]+) to (?:the )?$")
_SERVING_REACH = 40  # characters of "<word> to the " before a title


def _serves(text: str, start: int) -> bool:
    """"chief adviser to the Prime Minister Kittiratt Na-Ranong": is the title at `start` the office a title written
    before it serves, "<word> to the", with a word that heads such a title in titles.jsonl's English ("Advisor to the
    Prime Minister", "Secretary-General to the …"; english.json spellings: "adviser")? Then the name is of the one
    who serves it, not of its holder; after any other word the name holds it ("regards to President Thongloun")."""
    m = _TO_THE.search(text, max(0, start - _SERVING_REACH), start)
    if m is None:
        return False
    word = m.group(1)
    return load_english()["spellings"].get(word.capitalize(), word).casefold() in _serving_words()


@lru_cache(maxsize=1)
def _serving_words() -> frozenset[str]:
    """The last word before " to " in the English titles (titles.jsonl "en") of offices that serve another."""
    return frozenset(record["en"].split(" to ")[0].split()[-1].casefold() for _, record in titles()
                     if " to " in record.get("en", ""))


def _chain(doc: Doc, pos: int, stop: int | None) -> list[dict]:
    """Posts one after another from `pos`: "[ORG ]TITLE[ of [the ]ORG]", joined by "and" or a comma."""
    text = doc.text
    posts: list[dict] = []
    joiners = tuple(load_english()["post_joiners"])
    while len(posts) < MAX_POSTS:
        post = _post(doc, pos)
        if post is None or (stop is not None and post["nend"] > stop):
            break
        posts.append(post)
        pos = post["nend"]
        joiner = next((j for j in joiners if text.startswith(j, pos)), None)
        if joiner is None:
            break
        pos += len(joiner)
    return posts


def _post(doc: Doc, pos: int, add: bool = True) -> dict | None:
    """The post at `pos`; add=False finds where it ends without adding the organization it names."""
    text = doc.text
    start, org = pos, None
    found = _latin_title_at(text, pos)
    if found is not None and found[1]["kind"] in ("acting", "former"):
        return _prefixed(doc, pos, found, add)
    nation = _demonym_at(text, pos) if found is None else None
    if nation is not None:  # "Lao Prime Minister": another nation's, if no organization follows the title
        found = _latin_title_at(text, nation)
        title_start = nation
    if found is None:  # "UN Deputy Secretary General", "UNDP Administrator"
        ahead = doc.starting_at(pos, "organization")
        if (not ahead or text[ahead[0].nend:ahead[0].nend + 1] != " ") and nation is None:
            return _ministry_before(doc, pos, add)
        if not ahead or text[ahead[0].nend:ahead[0].nend + 1] != " ":
            return None
        org = ahead[0]
        title_start = ahead[0].nend + 1
        found = _latin_title_at(text, title_start)
        if found is None:
            return None
    elif nation is None:
        title_start = pos
    title, record = found
    if record["kind"] in ("acting", "former"):
        return None
    end = title_start + len(title)
    seat = None
    if org is None and record.get("org_follows", True):
        org, end = _org_after(doc, end, record, add)
        title = text[title_start:end] if org is None else title  # a foreign ministry's post keeps its words
    elif org is None and add:  # "Prime Minister of Japan": the title keeps the state, another country's post
        state_end = _state_after(doc, end)
        seat = _seat(record, text[end:state_end]) if state_end > end else None
        end = state_end
        title = text[title_start:end]
    if nation is not None and org is None:  # the nation's adjective is part of the title: its own post
        seat = _seat(record, text[start:title_start])
        title, title_start = text[start:title_start] + title, start
    elif nation is not None:  # "… Minister of Finance": the body after the title says whose post it is
        start = title_start
    return {"title": text[title_start:title_start + len(title)], "organization": org.key if org else None,
            "nstart": start, "nend": end, "role": record["role"], "seat": seat, "acting": False, "former": False}


_MINISTRY_WORDS = re.compile(r"[A-Z][A-Za-z]*(?:(?:,? and |, | )[A-Z][A-Za-z]*){0,6}")


def _ministry_before(doc: Doc, pos: int, add: bool) -> dict | None:
    """"Transport Minister Suriya", "Digital Economy and Society Minister Prasert": the words of a ministry written
    before a title that names its body after "of" ("Minister of Transport": titles.jsonl "org_head_en"); the body is
    the authority's whose English name the head and the words make ("Ministry of Transport"). Not after another
    capitalised word ("Lao Transport Minister", "Vietnam Transport Minister": another state's) or a possessive, and
    not when a state follows the title ("Transport Minister of Japan"); None otherwise. A title row written so
    ("Defense Minister", titles.jsonl) stays a title alone, as the gold writes it (dev-b 125: "Defense Minister",
    no organization; read as the ministry's, the tune half's posts F1 fell 0.981 -> 0.962)."""
    text = doc.text
    if _foreign_before(text, pos):
        return None
    words = _MINISTRY_WORDS.match(text, pos)
    if words is None:
        return None
    for space in re.finditer(" ", text[pos:words.end()]):
        at = pos + space.start() + 1
        found = _latin_title_at(text, at)
        if found is None:
            continue
        head = found[1].get("org_head_en")
        phrase = text[pos:at - 1]
        key = _english_org_names().get(_spelled(f"{head} {phrase}")) if head else None
        end = at + len(found[0])
        if key is None or found[1]["kind"] in ("acting", "former") or _state_after(doc, end) > end:
            return None
        org = doc.mention(pos, pos + len(phrase), "organization", key)
        if add:
            org = doc.add(org)
        return {"title": found[0], "organization": org.key, "nstart": pos, "nend": end, "role": found[1]["role"],
                "seat": None, "acting": False, "former": False}
    return None


def _foreign_before(text: str, pos: int) -> bool:
    """Whether a capitalised word other than Thailand's own (english.json "own_demonyms", "own_country") or a
    word that is no name ("not_names": "The"), or a possessive, stands right before `pos`: the title after it is
    then another state's or another body's."""
    before = re.search(r"([A-Za-z’'.]+) $", text[max(0, pos - 40):pos])
    if before is None:
        return False
    word, data = before.group(1), load_english()
    own = {*data["own_demonyms"], *data["own_country"], *data["not_names"]}  # "The Transport Minister"
    return word.endswith(_POSSESSIVES) or (word[:1].isupper() and word not in own)


def _seat(record: dict, state: str) -> tuple[str, str] | None:
    """Another country's office an English title names with its state (" of the Lao PDR") or its adjective ("Lao "):
    (the Thai title of that office, the country's one name), as the Thai releases' posts give it (posts._post_after),
    so "Prime Minister of Japan", "Japanese Prime Minister" and "นายกรัฐมนตรีญี่ปุ่น" are one post; None when the
    state is not one places.json "english_forms" knows (the post keeps its title as written)."""
    country = _state_country(state)
    return (_thai_titles().get(record["title"], record["title"]), country) if country else None


def _state_country(state: str) -> str | None:
    """The one name of the country " of the Lao PDR" or "Lao " names (english_country_key), or None."""
    words = state.strip()
    of = next((w.strip() for w in load_english()["of"] if words.startswith(w.strip() + " ")), None)
    return english_country_key(words[len(of):] if of else words)


@lru_cache(maxsize=1)
def _thai_titles() -> dict[str, str]:
    """The Thai title of each English title of a post named without a body (titles.jsonl: the one Thai row of the
    same role, written without a body, whose "en" is the English title: "Prime Minister" -> นายกรัฐมนตรี)."""
    thai: dict[tuple[str, str], set[str]] = {}
    for title, record in titles():
        if not title.isascii() and record.get("en") and not record.get("org_follows", True):
            thai.setdefault((record["en"], record["role"]), set()).add(title)
    return {title: next(iter(found)) for title, record in titles() if title.isascii()
            and len(found := thai.get((title, record["role"]), set())) == 1}


def _prefixed(doc: Doc, pos: int, prefix: tuple[str, dict], add: bool) -> dict | None:
    """"Acting Government Spokesperson", "Former Prime Minister": the post after the prefix, marked acting or former,
    the prefix kept in its title as the Thai posts keep theirs. Skipped, the chain began at the post itself, and
    a former prime minister held the seat at the release's date."""
    after = pos + len(prefix[0])
    if not doc.text.startswith(" ", after):
        return None
    post = _post(doc, after + 1, add)
    if post is None or post["acting"] or post["former"]:
        return None
    return {**post, "title": f"{prefix[0]} {post['title']}", "nstart": pos, prefix[1]["kind"]: True}


def _demonym_at(text: str, pos: int) -> int | None:
    """Where the title starts after another nation's adjective at `pos` ("Lao Prime Minister", english.json
    "demonyms"), or None: the adjective is no title's start."""
    m = _demonyms().match(text, pos)
    return m.end() if m else None


@lru_cache(maxsize=1)
def _demonyms() -> re.Pattern[str]:
    return re.compile(f"(?<![A-Za-z\\-])(?:{literal_alternation(load_english()['demonyms'])}) (?=[A-Z])")


_STATE_WORD = r"[A-Z][A-Za-z’'-]*(?:\.[A-Z][A-Za-z’'-]*)*"  # "Japan", "P.D.R" (a sentence's full stop is no part)
_STATE = re.compile(f"{_STATE_WORD}(?: (?:of (?:the )?)?{_STATE_WORD}){{0,5}}")


def _state_after(doc: Doc, pos: int) -> int:
    """Where a title of a nation's seat (no body follows it: "Prime Minister") ends when "of" and a state other
    than Thailand follow ("Prime Minister of Japan", "… of the Lao PDR"): the title is that country's post, not the
    Thai one. The state runs over capitalised words up to a person's name or an organization; `pos` otherwise."""
    text = doc.text
    of = next((w for w in load_english()["of"] if text.startswith(w, pos)), None)
    if of is None or doc.starting_at(pos + len(of), "organization"):
        return pos
    m = _STATE.match(text, pos + len(of))
    if m is None:
        return pos
    end = min([m.end()] + [p.data.get("hstart", p.nstart) for p in doc.starting_in(m.start(), m.end(), ("person",))])
    state = text[m.start():end].rstrip(" ")
    if not state or state.endswith(tuple(load_english()["own_country"])):
        return pos
    return m.start() + len(state)


def _of_state_after_name(doc: Doc, post: dict, name_end: int) -> dict:
    """A title of a nation's seat before a name, with "of" and a state other than Thailand after the name
    ("Prime Minister Hun Manet of Cambodia"): the post is "Prime Minister of Cambodia", that state's."""
    found = _latin_title_at(doc.text, post["nend"] - len(post["title"]))
    if post["organization"] is not None or found is None or found[1].get("org_follows", True):
        return post
    end = _state_after(doc, name_end)
    return post if end == name_end else {**post, "title": post["title"] + doc.text[name_end:end],
                                         "seat": _seat(found[1], doc.text[name_end:end])}


def _org_after(doc: Doc, pos: int, record: dict, add: bool = True):
    """The organization after "of (the)": one the release names there, or the authority body the title's
    "org_head_en" and the words after it name ("Minister of Public Health" -> "Ministry of Public Health"). Words
    followed by another state ("Minister of Finance of the Lao PDR") name that state's ministry, which the
    authority (Thailand's bodies) lacks: no organization, and the end of the state, so the title keeps them all."""
    text = doc.text
    of = next((w for w in load_english()["of"] if text.startswith(w, pos)), None)
    if of is None:
        return None, pos
    at = pos + len(of)
    found = doc.starting_at(at, "organization")
    if found:
        return found[0], found[0].nend
    head = record.get("org_head_en")
    if head:
        words = re.match(r"[A-Z][A-Za-z]*(?:(?:,? and |, | )[A-Z][A-Za-z]*){0,6}", text[at:at + 90])
        if words:
            names = _english_org_names()
            parts = re.split(r"(?<=[A-Za-z])(?=,? and |, | )", words.group())
            for n in range(len(parts), 0, -1):  # the longest run of words that names a body
                phrase = "".join(parts[:n])
                key = names.get(_spelled(f"{head} {phrase}"))
                if key and (state := _state_after(doc, at + len(phrase))) > at + len(phrase):
                    return None, state  # "Minister of Finance of the Lao PDR": that state's ministry, not Thailand's
                if key:
                    org = doc.mention(at, at + len(phrase), "organization", key)
                    return (doc.add(org) if add else org), org.nend
    return None, pos


def _spelled(name: str) -> str:
    """A name for lookup: normalised, case-folded, one spelling of words written two ways (Labor/Labour)."""
    spellings = load_english()["spellings"]
    return " ".join(spellings.get(w, w) for w in normalize_label(name).split()).casefold()


@lru_cache(maxsize=1)
def _english_org_names() -> dict[str, str]:
    names = {}
    for key, row in organizations().items():
        for label in (row["en"], *row["alt"]):
            if label and label.isascii():
                names.setdefault(_spelled(label), key)
    return names


# --- programs -------------------------------------------------------------------------------------------------

@lru_cache(maxsize=1)
def _program_pattern() -> re.Pattern[str]:
    data = load_english()
    heads = literal_alternation(data["program_heads"])
    small = "|".join(map(re.escape, data["name_joiners"]))
    word = r"[A-Z0-9][A-Za-z0-9\-\.&]*"
    # a name starts on a capital ("5-year UNDP Programme" is no name), not inside a word
    first = r"[A-Z]" + not_after(r"[A-Za-z0-9\-]") + r"[A-Za-z0-9\-\.&]*"
    # a spaced dash joins two parties ("Singapore - Thailand Leadership …"), a party and more words before the head
    # ("Final Draft - Project| Report …" is no name)
    gap = rf" (?:(?:{small}|[-–](?= (?!(?:{heads})(?![A-Za-z\-])))) )?"
    return re.compile(rf"{first}{gap}(?:{word}{gap}){{0,6}}(?:{heads})(?![A-Za-z\-])"
                      r"(?: \((?P<abbr>[A-Z][A-Za-z\-]{1,10})\))?")


@lru_cache(maxsize=1)
def _program_tail() -> re.Pattern[str]:
    """What an English programme name goes on with after its head word: a joining word and capitalised words or
    numbers ("BIMSTEC Master Plan| on Transport Connectivity", "… Work Plan| for Maritime Security 2022-2026",
    "Australia-Asia Program| to Combat Trafficking in Persons"), ending on a capitalised word or a number, then the
    abbreviation in brackets; a lower-case word after the joiner is the sentence's ("Project to be used")."""
    data = load_english()
    joins = "|".join(map(re.escape, data["program_tail_joiners"]))
    small = "|".join(map(re.escape, data["name_joiners"]))
    word = r"(?:\d{4} [-–] \d{4}|[A-Z0-9][A-Za-z0-9\-\.&]*(?<![.\-]))"  # "… on Education 2022 - 2026"
    first = r"(?:the )?[A-Z][A-Za-z\-&]*(?<!-)"  # "Plan in 2020" is dated, "Plan on Transport …" named
    return re.compile(rf" (?:{joins}) {first}(?: (?:(?:{small}) ){{0,2}}{word})*"
                      r"(?: \((?P<abbr>[A-Z][A-Za-z\-]{1,10})\))?")


# after a tail, the name goes on in a way the tail does not read: a list of its words after a comma ("… Strategy for
# Green|, Sustainable and Innovative MSMEs"), a possessive ("Action Plan on ASEAN|’s Sustainable …"), a spaced dash
# joining two parties ("… on Advancing the China| - ASEAN Science …"; a subtitle after a dash, "… States - a Renewed
# Declaration", leaves the name whole)
_GOES_ON = re.compile(r", [A-Z]|['’]s(?![A-Za-z])| [-–] [A-Z]")


def _whole_tail(doc: Doc, end: int) -> re.Match[str] | None:
    """The tail an English programme name ending at `end` goes on with (`_program_tail`), when it ends the name and
    names nothing of its own: None where the name goes on past it (`_GOES_ON`) or a programme found before
    stands in it ("Bangkok Goals on |Bio-Circular-Green (BCG) Economy": the name keeps its head, as before)."""
    tail = _program_tail().match(doc.text, end)
    if not tail:
        return None
    stop = tail.start("abbr") - 2 if tail.group("abbr") else tail.end()
    if _GOES_ON.match(doc.text, stop) or doc.starting_in(end, stop, ("program",)):
        return None
    return tail


@lru_cache(maxsize=1)
def _event_head() -> re.Pattern[str]:
    """A Latin event cue of events.jsonl ("Conference", "Summit", "Forum" …) as the next word."""
    cues = [cue["cue"] for cue in load_event_cues() if cue["cue"].isascii()]
    return re.compile(f" (?:{literal_alternation(cues)})(?![A-Za-z])")


def find_english_programs(doc: Doc) -> None:
    """Capitalised English names ending on a program word ("Programme", "Model", "Goals", …), with the
    abbreviation in brackets after them, and what the name goes on with after its head word (`_program_tail`: "…
    Master Plan on Transport Connectivity"); an organization named at the start stays outside the name only
    when the name is nothing but it and the head word. A name an event's word goes on after ("Cyber Defense
    Initiative Conference (CDIC)") is a piece of the event's name, no programme."""
    text = doc.text
    generic = frozenset(load_english()["not_program_starts"])
    generic_words = frozenset(load_english()["generic_program_words"])
    heads = frozenset(load_english()["program_heads"])
    for m in _program_pattern().finditer(text):
        start = m.start()
        tail = None if m.group("abbr") else _whole_tail(doc, m.end())
        if not m.group("abbr") and _event_head().match(text, tail.end() if tail else m.end()):
            continue  # "… Initiative| Conference": the event's name
        if tail:
            m = tail  # "… Master Plan on Transport Connectivity": the name and its abbreviation go on
        end = m.start("abbr") - 2 if m.group("abbr") else m.end()
        words = text[start:end].split()
        glued = max((i for i, w in enumerate(words[:-1]) if _GLUED.search(w)), default=-1)
        for word in words[:glued + 1]:  # "ManagementThe ASEAN Action Plan": a missing space, the name is after it
            start = text.index(word, start) + len(word) + 1
        words = words[glued + 1:]
        while words and words[0] in generic:
            start = text.index(words[0], start) + len(words[0]) + 1
            words = words[1:]
        if len(words) < 2 or doc.covered(start, end, ("person",)) or text[max(0, start - 2):start] == ") ":
            continue  # "Bio-Circular-Green (BCG) Economy Model": the name began before the bracket
        if all(w in generic_words or (tail and w in heads) for w in words[:-1]):
            continue  # "Implementation Plan", "Joint Strategic Plan", "Strategic Plan of Action"
        known = doc.starting_at(start, "program")
        if known and known[0].nend < end:  # "BCG Economic Model": the program "BCG" under its full name
            doc.add(doc.mention(start, end, "program", known[0].key, form="name"))
            continue
        if doc.covered(start, end, ("program",)):
            continue
        inside = doc.starting_in(start, end, ("organization",))
        if any(o.nstart == start and o.nend >= end - len(words[-1]) - 1 for o in inside):
            continue  # "UNDP Programme" is the body, not a program
        key = PATTERN_KEY + normalize_label(" ".join(words))
        doc.add(doc.mention(start, end, "program", key, form="pattern"))
        abbr = m.group("abbr")
        if abbr and not doc.covered(m.start("abbr"), m.end("abbr"), ("organization", "program")):
            for later in re.finditer(rf"(?<![A-Za-z\-]){re.escape(abbr)}(?![A-Za-z\-])", text[m.start("abbr"):]):
                at = m.start("abbr") + later.start()
                if not doc.covered(at, at + len(abbr), ("program", "organization", "person")):
                    doc.add(doc.mention(at, at + len(abbr), "program", key, form="abbr"))


# --- one person across scripts --------------------------------------------------------------------------------

def join_short_latin_names(doc: Doc) -> None:
    """A short Latin name ("Gen. Prayut", "Mr. Anutin") of a person the person authority knows under a Thai
    key ("Prayut Chan-o-cha" -> ประยุทธ์ จันทร์โอชา) takes that key when a full name of the release begins
    or ends with it, as resolve joins short names to full ones of the same script."""
    persons = doc.of_kind("person")
    keys: dict[str, str] = {}
    for m in persons:
        written = " ".join(m.text.split())
        if m.data.get("full") and written.isascii() and not _is_latin_key(m.key):
            words = written.split()
            keys.setdefault(person_key(words[0]), m.key)
            keys.setdefault(person_key(words[-1]), m.key)
    if not keys:
        return
    for m in persons:
        if not m.data.get("full") and m.key in keys:
            doc.mentions.remove(m)
            doc.add(replace(m, key=keys[m.key]))
