"""The posts the text gives each person mention.

The post is the title that follows the name (or precedes the honorific), split from the organization named right
after it: "รัฐมนตรีว่าการกระทรวงอุตสาหกรรม" -> title "รัฐมนตรีว่าการ", organization กระทรวงอุตสาหกรรม. Several posts follow
one another ("นายกรัฐมนตรีและรัฐมนตรีว่าการกระทรวงกลาโหม"), a prefix marks one acting or former, names listed one after
another share the title after the last, and a person acting for an organization ("สภาอุตสาหกรรมแห่งประเทศไทย
โดยนายสุพันธ์") gets the post "ผู้แทน" of it. Runs after persons.find_persons, over its mentions.
"""

from __future__ import annotations

import re
from functools import lru_cache

from phakhi.graph.extract import person_tables as tables
from phakhi.graph.extract.authority import organizations, title_at, titles
from phakhi.graph.extract.document import Doc, Spans
from phakhi.graph.extract.foreign import (FOREIGN_TYPE, country_after, country_ending, country_ends_at, country_key,
                                          foreign_body, is_country, names_a_foreign_country, title_country_end)
from phakhi.graph.extract.names import known_names as recurring_names
from phakhi.graph.extract.organizations import PATTERN_KEY as ORG_PATTERN_KEY
from phakhi.graph.extract.persons import _THAI_NAME, _skip
from phakhi.graph.extract.post_bodies import body_words_end
from phakhi.graph.text.dates import to_gregorian
from phakhi.graph.text.normalize import normalize_label
from phakhi.graph.text.patterns import literal_alternation
from phakhi.graph.text.thai import THAI_LETTERS
from phakhi.ontology import load_months

REPRESENTATIVE = "ผู้แทน"
YEAR_BEFORE_REACH = 40  # characters before a name, in its line, a year that dates the sentence's post may stand
LONG_AGO_YEARS = 10  # a post dated this many years before the release is history: no seat is held so long in the record
CONNECTORS = ("จาก", "ประจำ", "ของ")  # "เจ้าหน้าที่ระดับสูงจากคณะกรรมการ…": the post is in that body


def find_posts(doc: Doc) -> None:
    """The posts of each person mention: the titles after the name ("นายกรัฐมนตรีและรัฐมนตรีว่าการ
    กระทรวงกลาโหม", "รองอธิบดี… รักษาราชการแทนอธิบดี…"); for names listed one after another with one title
    after the last ("นายภาสกร ชัยรัตน์ นายใบน้อย สุวรรณชาตรี รองอธิบดี…"), that title; otherwise the title
    before the honorific, unless it is the post of the person named before."""
    persons = doc.of_kind("person")
    text = doc.text
    starts = frozenset(m.data["hstart"] for m in persons)
    after = [_posts_after(doc, m.nend, starts) for m in persons]
    for i in range(len(persons) - 1):
        if _title_of_the_next(text, after[i], after[i + 1], persons[i + 1].data["hstart"]):
            after[i + 1], after[i] = [after[i][-1]], after[i][:-1]
    claimed_until = -1  # the end of the last post given to a person named earlier
    run: list[int] = []  # indexes of the names listed without a post so far
    for i, mention in enumerate(persons):
        posts = after[i]
        if posts:
            for j in run:
                after[j] = [dict(p) for p in posts if not _one_holder(p)]
            run = []
            claimed_until = max(claimed_until, max(p["nend"] for p in posts))
        else:
            follower = persons[i + 1] if i + 1 < len(persons) else None
            if follower is not None and _listed(text, mention.nend, follower.data["hstart"]):
                run.append(i)
            else:
                run = []
    earlier = Spans()  # the posts after the persons named before this one: looked up by position, where gathering
    # every earlier person's posts at each name made a line of names cost its length squared
    for i, mention in enumerate(persons):
        posts = after[i]
        if not posts:
            before = _post_before(doc, mention.data["hstart"])
            if before and not earlier.overlaps(before["nstart"], before["nstart"] + 1):
                posts = [before]
        if posts:
            mention.data["posts"] = _in_a_past_period(doc, mention.data["hstart"], posts)
        for p in after[i]:
            earlier.add(p["nstart"], p["nend"])
    _drop_thai_twins_of_foreign_posts(doc, persons)
    _bodiless_posts_of_a_foreign_chain(doc, persons)
    _drop_thai_seats_of_latin_holders(doc, persons)


def _bodiless_posts_of_a_foreign_chain(doc: Doc, persons: list) -> None:
    """"พลเอก จันสะหมอน จันยาลาด รองนายกรัฐมนตรี และรัฐมนตรีว่าการกระทรวงป้องกันประเทศ สาธารณรัฐประชาธิปไตยประชาชนลาว",
    "นายบุ่ย แทงห์ เซิน รองนายกรัฐมนตรีและรัฐมนตรีว่าการกระทรวงการต่างประเทศเวียดนาม": a chain of titles whose body is
    another country's, or is followed by one ("…กระทรวงป้องกันประเทศ สาธารณรัฐ…ลาว", a body the authority lacks),
    names that country once, after the last; a title of the nation written with no body and no
    country in the same chain (รองนายกรัฐมนตรี) is that country's office, not Thailand's, and read as Thailand's it put
    Laos' and Vietnam's deputy prime ministers among Thailand's. Only when the chain holds no Thai body's post and
    names one country (a Thai minister's chain may run on into the next person's foreign title)."""
    foreign = {m.key: m.text for m in doc.of_kind("organization") if not _thai_body(m.key)
               and (m.data.get("type") == FOREIGN_TYPE or names_a_foreign_country(m.text))}
    for mention in persons:
        posts = mention.data.get("posts")
        if not posts or len(posts) < 2 or any(_thai_body(p["organization"]) for p in posts):
            continue
        countries = {p["seat"][1] for p in posts if p.get("seat") and is_country(p["seat"][1])}  # not body words
        countries |= {country_ending(foreign[p["organization"]]) for p in posts if p["organization"] in foreign}
        countries |= {country_after(doc.text, p["nend"]) for p in posts if p["organization"] is not None}
        countries.discard(None)
        if len(countries) != 1:
            continue
        (country,) = countries
        mention.data["posts"] = [{**p, "seat": (p["title"], country)}
                                 if p["organization"] is None and not p.get("seat") and not p["title"].isascii()
                                 and not p.get("former") else p for p in posts]


# a Latin name in brackets right after a name ("นายฟูมิโอะ คิชิดะ (Fumio Kishida)"), honorifics and initials with it
_LATIN_GLOSS = re.compile(r" ?\(\s*[A-Za-z][A-Za-z .,'’\-]*\)")


def _drop_thai_seats_of_latin_holders(doc: Doc, persons: list) -> None:
    """A Thai release writes its own officials in Thai script; a holder it names in Latin letters, or glosses so in
    brackets ("กับนายกรัฐมนตรี นายฟูมิโอะ คิชิดะ (Fumio Kishida) ถึงความร่วมมือ…"), is a foreign dignitary. A seat of
    the nation its Thai title names alone (titles.jsonl "seat": "one", no body, no country: นายกรัฐมนตรี) is then not
    his: the release does not say whose it is, and read as the Thai one it put Japan's prime minister in the Thai
    Prime Minister's seat. The post goes; a title with its country ("นายกรัฐมนตรีญี่ปุ่น") or a body stays."""
    text = doc.text
    for mention in persons:
        posts = mention.data.get("posts")
        if not posts or not (mention.text.isascii() or _LATIN_GLOSS.match(text, mention.nend)):
            continue
        kept = [p for p in posts if not _thai_seat_alone(p)]
        if len(kept) < len(posts):
            if kept:
                mention.data["posts"] = kept
            else:
                del mention.data["posts"]


def _thai_seat_alone(post: dict) -> bool:
    """Is the post a one-seat title of the nation written in Thai alone, with no body and no country?"""
    return (_role_kinds().get(post["role"], (None, None))[1] == "one" and post.get("organization") is None
            and not post.get("seat") and not post["title"].isascii())


def _drop_thai_twins_of_foreign_posts(doc: Doc, persons: list) -> None:
    """A person the release gives a title in another country's body ("นายบอเวียงคำ วงดารา รัฐมนตรีว่าการกระทรวง
    เทคโนโลยีเเละการสื่อสารลาว") holds no post of that title in a Thai body in the same release: where another mention
    of him writes the ministry without its country ("…กระทรวงเทคโนโลยีเเละการสื่อสาร ณ.นครเวียงจันทร์"), the gazetteer
    reads a Thai ministry, and the visiting minister sat on the Thai minister's seat beside its holder. The release
    tells one person's office once in full; the foreign body is that office: one the text keys as foreign, or whose
    name ends with another country's (a mined name, "กระทรวงเทคโนโลยีและการสื่อสารลาว", is not typed foreign)."""
    foreign = {m.key for m in doc.of_kind("organization") if not _thai_body(m.key)
               and (m.data.get("type") == FOREIGN_TYPE or names_a_foreign_country(m.text))}  # not หอการค้าญี่ปุ่น
    if not foreign:
        return
    abroad: dict[str, set[str]] = {}  # person key -> roles he holds in a foreign body here
    for mention in persons:
        for post in mention.data.get("posts", ()):
            if post["organization"] in foreign:
                abroad.setdefault(mention.key, set()).add(post["role"])
    for mention in persons:
        roles = abroad.get(mention.key)
        if roles and "posts" in mention.data:
            kept = [p for p in mention.data["posts"] if not (p["role"] in roles and _thai_body(p["organization"]))]
            if kept:
                mention.data["posts"] = kept
            else:
                del mention.data["posts"]


def _title_of_the_next(text: str, posts: list[dict], following: list[dict], next_start: int) -> bool:
    """"นายศักดิ์สยาม ชิดชอบ รัฐมนตรีว่าการกระทรวงคมนาคม และรัฐมนตรีช่วยว่าการกระทรวงคมนาคม ดร.อธิรัฐ รัตนเศรษฐ ได้…": is
    the last of a person's posts, joined to the one before by "และ" after a space, another post in a body he holds a
    post in already, written right before the next name, which has no post after it? Then it is that name's title
    written before it, not a second post of his in the same body (not "นายปิติ … ประธานสโมสร… และกรรมการบริหาร บริษัท…
    นายสมชาย เข็มกลัด กัปตันทีม…": a post in another body stays his)."""
    if len(posts) < 2 or following or not posts[-1].get("listed"):
        return False
    last = posts[-1]
    return _skip(text, last["nend"], " ") == next_start and last["organization"] is not None \
        and any(p["organization"] == last["organization"] for p in posts[:-1])


def _one_holder(post: dict) -> bool:
    """Is the post held by one person at a time: a body's head (titles.jsonl kind "executive": its minister, its
    director-general) or a title that is one seat alone ("seat": "one", นายกรัฐมนตรี)? Names listed before its
    holder's with no title of their own ("นายเศรษฐา ทวีสิน นายพิชัย นริพทะพันธุ์ รัฐมนตรีว่าการกระทรวงพาณิชย์") do not
    share it, as they share a deputy's or a staff title ("… นายใบน้อย สุวรรณชาตรี รองอธิบดี…")."""
    kind, seat = _role_kinds().get(post["role"], (None, None))
    return seat == "one" and not post.get("seat") or kind == "executive" and _thai_body(post.get("organization"))


def _thai_body(key: str | None) -> bool:
    """A Thai body of the authority file: another country's ministry may be written after two of its ministers
    ("H.E. Sergey Levin และ H.E. Elena Astrakhantseva รัฐมนตรีว่าการกระทรวงเกษตรประเทศรัสเซีย": the release lists both)."""
    return key is not None and key in organizations() and organizations()[key].get("type") != FOREIGN_TYPE


@lru_cache(maxsize=1)
def _role_kinds() -> dict[str, tuple[str, str | None]]:
    """Each title role -> (its kind, its seat) in titles.jsonl."""
    return {record["role"]: (record["kind"], record.get("seat")) for _, record in titles()}


def _in_a_past_period(doc: Doc, name_start: int, posts: list[dict]) -> list[dict]:
    """The posts marked former when the text places them in a period gone by: "ในช่วงรัฐบาล<name> นายกรัฐมนตรี" (the
    period of that government), "<name> นายกรัฐมนตรีในขณะนั้น" (then); person_words.json "past_periods_before" /
    "past_periods_after"; or a year long before the release right before the name ("ต่อมาวันที่ 31 สิงหาคม 2485
    พล.อ.มังกร พรหมโยธี … รัฐมนตรีว่าการกระทรวงมหาดไทย" in a release of 2025). Read as held at the release's date,
    they ran a former holder's tenure on for years, or put a minister of 1942 before one of 2025."""
    text, words = doc.text, tables.person_words()
    before = text[max(0, name_start - 20):name_start].rstrip(" ")
    after = text[posts[-1]["nend"]:posts[-1]["nend"] + 20].lstrip(" ")
    if not before.endswith(tuple(words["past_periods_before"])) and not _then_was(before) \
            and not after.startswith(tuple(words["past_periods_after"])) and not _dated_long_before(doc, name_start):
        return posts
    return [{**post, "former": True} for post in posts]


def _then_was(before: str) -> bool:
    """Does the text before a name end with a word of a period gone by and a copula ("…ในขณะนั้น คือ", at that time
    was; person_words.json "past_periods_after", "past_period_copulas")?"""
    words = tables.person_words()
    copula = next((c for c in words["past_period_copulas"] if before.endswith(c)), None)
    return copula is not None and before[:-len(copula)].rstrip(" ").endswith(tuple(words["past_periods_after"]))


@lru_cache(maxsize=1)
def _date_right_before() -> re.Pattern[str]:
    """A date's Buddhist-era year right before a name, after a month (months.json), "พ.ศ." or "ปี": "31 สิงหาคม 2485
    พล.อ.…", "เมื่อพ.ศ. 2544 นาย…"; not a room's number ("ห้องประชุม 2503 … นาย…") nor an act's year with words between."""
    lead = literal_alternation(["พ.ศ.", "ปี", *(m for m in load_months()["months"] if not m.isascii())])
    return re.compile(rf"(?:{lead})\s*(2[45][0-9]{{2}})[\s,]*$")


def _dated_long_before(doc: Doc, name_start: int) -> bool:
    """Does a date whose Buddhist-era year is LONG_AGO_YEARS or more before the release's end right before the name,
    within YEAR_BEFORE_REACH and its line?"""
    published = doc.release.published
    if published is None:
        return False
    text = doc.text
    low = max(text.rfind("\n", 0, name_start) + 1, name_start - YEAR_BEFORE_REACH)
    found = _date_right_before().search(text, low, name_start)
    return found is not None and published.year - to_gregorian(int(found.group(1))) >= LONG_AGO_YEARS


def _listed(text: str, end: int, next_start: int) -> bool:
    """Only spaces, a comma or "และ" between one name and the next."""
    between = text[end:next_start].strip(" ,")
    return next_start - end < 12 and between in tables.person_words()["list_joiners"]


def _posts_after(doc: Doc, pos: int, honorific_starts: frozenset[int] = frozenset()) -> list[dict]:
    """One post after another: "รองอธิบดีกรม… รักษาราชการแทนอธิบดีกรม…", "นายกรัฐมนตรีและรัฐมนตรีว่าการ
    กระทรวงกลาโหม", "รองปลัด… ในฐานะประธานคณะกรรมการ…", "… เป็นประธานการประชุมคณะกรรมการ…"."""
    text = doc.text
    words = tables.person_words()
    posts: list[dict] = []
    pos = _skip(text, pos, " ,)")
    # "นายจรัญ อินทสระ นายกัมปนาทจักรวาล …": the next person's honorific, not the title นายก
    if pos in honorific_starts:
        return posts
    post = _post_after(doc, pos)
    while post and len(posts) < MAX_POSTS:
        posts.append(post)
        pos = _skip(text, post["nend"], " ,")
        joiner = next((j for j in words["post_joiners"] if text.startswith(j, pos)), None)
        if joiner in words["list_joiners"] and _body_named_by_a_post(post):
            break  # "ประธานคณะที่ปรึกษารองนายกรัฐมนตรีและรัฐมนตรีว่าการ…": the second title is that post's, not his
            # (not after "ในฐานะ": "ประธานที่ปรึกษานายกรัฐมนตรี ในฐานะที่ปรึกษาคณะกรรมการฯ", his own second post)
        spaced = joiner in words["list_joiners"] and pos > post["nend"]
        if joiner is not None:
            pos = _skip(text, pos + len(joiner), " ")
        if pos in honorific_starts:  # "… และนายกอบชัย": the next person, not the title นายก
            break
        post = _post_after(doc, pos)
        if post is not None and spaced:
            post["listed"] = True  # "… รัฐมนตรีว่าการกระทรวงคมนาคม และรัฐมนตรีช่วยว่าการ…": maybe the next name's
        if post is not None and joiner is None and not (post["acting"] or post["former"]):
            post = None  # "ผู้อำนวยการ… ผู้แทนจากสภาอุตสาหกรรม…": a title after a post, unjoined, is someone else's
        if post is not None and (post.get("seat") or (post["title"],))[0] in words["not_second_titles"]:
            post = None  # "… และผู้บริหารกระทรวง", "… และผู้บริหารระดับสูง": and the ministry's executives
        if post is None and text.startswith(tuple(words["chair_phrases"]), pos):
            post = _chair_of(doc, pos)
    return posts


MAX_POSTS = 4


def _body_named_by_a_post(post: dict) -> bool:
    """Is the post's body, in words no mention covers, named by the post it serves ("คณะที่ปรึกษารองนายกรัฐมนตรี",
    the deputy prime minister's advisory board)? Then a title joined after it by "และ" ("…และรัฐมนตรีว่าการกระทรวง
    มหาดไทย") goes on naming that post (the deputy prime minister and minister), and is no second post of the holder's."""
    body = (post.get("seat") or ("", ""))[1]
    return any(body.endswith(title) and len(body) > len(title) and record["kind"] not in ("acting", "former")
               for title, record in _titles_by_last_character().get(body[-1:], ()))


def _chair_of(doc: Doc, pos: int) -> dict | None:
    """"เป็นประธานการประชุมคณะกรรมการ…": chairing a committee's meeting is the chair of that committee."""
    text = doc.text
    for phrase in sorted(tables.person_words()["chair_phrases"], key=len, reverse=True):
        if text.startswith(phrase, pos):
            org = _org_at(doc, _skip(text, pos + len(phrase), " "))
            if org is not None and org.data.get("type", "Committee") == "Committee" \
                    and org.text.lstrip().startswith(tuple(tables.person_words()["committee_heads"])):
                return {"title": tables.person_words()["chair_title"], "organization": org.key, "nstart": pos,
                        "nend": org.nend, "role": "chair", "acting": False, "former": False}
            return None
    return None


def _org_at(doc: Doc, pos: int):
    found = doc.starting_at(pos, "organization")
    return found[0] if found else None


def _org_ending_at(doc: Doc, pos: int):
    return doc.ending_at(pos, "organization")


# a name in Latin letters right before a Thai post title ("H.E. Lyonpo Namgyal Dorji, รัฐมนตรีว่าการ…"), or in
# brackets after the Thai spelling of it ("นายเหวียน วัน หุ่ง (H.E. Nguyen Van Hung) รัฐมนตรีว่าการ…"): a Thai
# release writes its own officials in Thai script, so the holder is a foreign dignitary
_LATIN_HOLDER = re.compile(r"[A-Za-z]{2,}\)?[ ,]{0,3}$")


def _post_after(doc: Doc, pos: int) -> dict | None:
    """The post whose title starts at `pos`, with the organization named right after it. A prefix
    ("รักษาราชการแทน", "อดีต") marks the post acting or former and stays part of the title."""
    text = doc.text
    start = pos
    found = title_at(text, pos)
    if found is None:
        return None
    title, record = found
    pos += len(title)
    flags = {"acting": False, "former": False}
    gaps = []  # the spaces between a prefix and its post ("รักษาราชการแทน รัฐมนตรีว่าการ"), left out of the title
    while record["kind"] in flags:  # "รักษาราชการแทน" / "อดีต" + the post itself
        flags[record["kind"]] = True
        inner = title_at(text, _skip(text, pos, " "))
        if not inner:
            if record["kind"] == "former":
                return None  # "อดีต" alone is no post
            break
        gaps.append((pos, _skip(text, pos, " ")))
        pos = _skip(text, pos, " ") + len(inner[0])
        record = inner[1]
    org = None
    if record.get("org_follows", True):
        at = _skip(text, pos, " ")
        org = _org_at(doc, at)
        for connector in CONNECTORS:
            if org is None and text.startswith(connector, at):
                org = _org_at(doc, _skip(text, at + len(connector), " "))
        headless = False
        if org is None and record.get("org_head"):  # "รมว.สาธารณสุข": the ministry named without กระทรวง
            org = _headless_org(doc, at, record["org_head"])
            headless = org is not None
        if org is not None:  # "…กระทรวงอุตสาหกรรมและการค้าเวียดนาม": another country's ministry
            org = foreign_body(doc, org, headless, held_by_latin=_LATIN_HOLDER.search(text, max(0, start - 40), start)
                               is not None) or org
    elif record.get("office") and pos < len(text) and text[pos] in THAI_LETTERS:
        # "อุตสาหกรรมจังหวัดนราธิวาส": the title runs over the province; the post is in its office
        # ("สำนักงานอุตสาหกรรมจังหวัดนราธิวาส") when the release names it
        place = _THAI_NAME.match(text, pos)
        if place:  # (a letter no name starts with, such as a vowel sign after a line break, is no province)
            pos = place.end()
            org = _named_org(doc, record["office"] + text[start:pos])
    written = "".join(text[a:b] for a, b in zip([start] + [g[1] for g in gaps], [g[0] for g in gaps] + [pos]))
    seat = None
    country = title_country_end(text, pos, CONNECTORS) if org is None else None
    if country is not None:  # "นายกรัฐมนตรีเวียดนาม": another country's post, not the Thai one; the title keeps
        seat = (written, country_key(text[pos:country]))  # the country, the post is that country's office
        written, pos = written + text[pos:country], country
    elif org is None and record.get("seat") in (None, "many") and not record.get("office") and not gaps:
        body = body_words_end(text, pos)  # "รองผอ.สพป.นครปฐม": the body in words no mention covers keys the post
        if body is not None:
            seat = (written, text[pos:body])
            written, pos = written + text[pos:body], body
    # "รมว.คลัง": a short title keys the post by the title the office is written in full (titles.jsonl "th"), so the
    # minister's tenures are not split by how a release writes the title; the title stays as written
    office = record.get("th") if seat is None and not gaps else None
    return {"title": written, "organization": org.key if org else None, "nstart": start,
            "nend": org.nend if org and org.nstart >= start else pos, "role": record["role"], "seat": seat,
            "office": office, **flags}


@lru_cache(maxsize=1)
def _authority_names() -> dict[str, str]:
    """Thai name of each authority organization -> its key."""
    return {normalize_label(row["th"]): key for key, row in organizations().items() if row.get("th")}


def _headless_org(doc: Doc, pos: int, head: str):
    """The authority organization `head` + the word at `pos` names ("สาธารณสุข" -> กระทรวงสาธารณสุข), added
    as an organization mention of that word."""
    word = _THAI_NAME.match(doc.text, pos)
    if not word:
        return None
    name = head + word.group()
    key = _authority_names().get(name)
    if key is None:  # "รมช.คลัง": the one authority body of that head whose name ends so (กระทรวงการคลัง)
        ending = {k for n, k in _authority_names().items() if n.startswith(head) and n.endswith(word.group())}
        key = ending.pop() if len(ending) == 1 else None
        if key is None and not ending and name in recurring_names() and not doc.covered(word.start(), word.end()):
            # "รมช.การค้าระหว่างประเทศ (Minister for International Trade) แห่งสหราชอาณาจักร": a ministry the
            # authority file lacks (another country's), named so in the corpora often enough to be mined
            key = ORG_PATTERN_KEY + name
    if key is None:
        return None
    return doc.add(doc.mention(word.start(), word.end(), "organization", key))


def _named_org(doc: Doc, name: str):
    """An organization of this release written exactly `name` (spaces aside): a mention found already, or
    the first place the text writes it, which becomes an organization mention."""
    squeezed = name.replace(" ", "")
    for org in doc.of_kind("organization"):
        if org.text.replace(" ", "") == squeezed:
            return org
    at = doc.text.find(name)
    if at < 0 or doc.covered(at, at + len(name), ("organization", "person", "place")):
        return None
    return doc.add(doc.mention(at, at + len(name), "organization", ORG_PATTERN_KEY + normalize_label(name),
                               type=tables.person_words()["office_type"], form="pattern"))


def _post_before(doc: Doc, honorific_start: int) -> dict | None:
    text = doc.text
    end = honorific_start
    while end > 0 and text[end - 1] in " ,":
        end -= 1
    if text.endswith("โดย", 0, end):
        org = _org_ending_at(doc, _back(text, end - 3))
        if org:
            return {"title": REPRESENTATIVE, "organization": org.key, "nstart": org.nstart, "nend": end,
                    "role": "representative", "acting": False, "former": False}
        return None
    org = _org_ending_at(doc, end)
    title_end = org.nstart if org else end
    for title, record in _titles_by_last_character().get(text[title_end - 1:title_end], ()):
        if record["kind"] in ("acting", "former"):
            continue  # a prefix, not a post
        if text.startswith(title, title_end - len(title)) and title_end - len(title) >= 0:
            # "อดีตนายกรัฐมนตรี นางสาวยิ่งลักษณ์": a former holder, as after the name
            title, start, flags = _with_prefix(text, title, title_end - len(title))
            return {"title": title, "organization": org.key if org else None, "nstart": start,
                    "nend": end, "role": record["role"], **flags}
    return _foreign_post_before(text, end) if org is None else None


FOREIGN_BEFORE_REACH = 80  # characters a title and the country after it run to, before a name


def _foreign_post_before(text: str, end: int) -> dict | None:
    """"นายกรัฐมนตรีญี่ปุ่น นายคิชิดะ", "ประธานาธิบดีแห่งสาธารณรัฐเกาหลี นายมุน แจ-อิน": a title with another
    country after it, written before the name, is that country's post, as it is after the name
    (foreign.title_country_end reads the country the same way); the title keeps the country."""
    if not country_ends_at(text, end):
        return None
    for start in range(max(0, end - FOREIGN_BEFORE_REACH), end):
        found = title_at(text, start)
        if found is None or found[1]["kind"] in ("acting", "former"):
            continue
        office_end = start + len(found[0])
        if title_country_end(text, office_end, CONNECTORS) == end:
            # "อดีตประธานาธิบดีสหรัฐอเมริกา นายบารัก โอบามา"
            title, start, flags = _with_prefix(text, text[start:end], start)
            seat = (title[:len(title) - (end - office_end)], country_key(text[office_end:end]))
            return {"title": title, "organization": None, "nstart": start, "nend": end,
                    "role": found[1]["role"], "seat": seat, **flags}
    return None


def _with_prefix(text: str, title: str, start: int) -> tuple[str, int, dict[str, bool]]:
    """A title written before the name at `start`, with the acting or former prefix that may stand before it: the
    title with its prefix, where it starts, and the post's acting/former flags."""
    flags = {"acting": False, "former": False}
    prefix = _prefix_ending_at(text, _back(text, start))
    if prefix is not None:
        flags[prefix[1]["kind"]] = True
        title, start = prefix[0] + title, _back(text, start) - len(prefix[0])
    return title, start, flags


def _prefix_ending_at(text: str, pos: int) -> tuple[str, dict] | None:
    """The acting or former prefix ("รักษาราชการแทน", "อดีต") that ends at `pos`, if any."""
    return next(((title, record) for title, record in _prefixes()
                 if pos >= len(title) and text.startswith(title, pos - len(title))), None)


@lru_cache(maxsize=1)
def _prefixes() -> tuple[tuple[str, dict], ...]:
    """The titles that mark a post acting or former (titles.jsonl kind "acting" / "former"), longest first."""
    return tuple((title, record) for title, record in titles() if record["kind"] in ("acting", "former"))


@lru_cache(maxsize=1)
def _titles_by_last_character() -> dict[str, tuple[tuple[str, dict], ...]]:
    """The titles (longest first, as `titles`) by their last character: only those can end where a post ends."""
    index: dict[str, list[tuple[str, dict]]] = {}
    for title, record in titles():
        index.setdefault(title[-1:], []).append((title, record))
    return {last: tuple(rows) for last, rows in index.items()}


def _back(text: str, pos: int) -> int:
    while pos > 0 and text[pos - 1] == " ":
        pos -= 1
    return pos
