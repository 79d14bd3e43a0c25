"""One programme under several names in a release: a name and "หรือ" and a known programme ("…หรือแฟคทอรี่แซนด์บ็อกซ์"),
"X หรือ Y (Latin gloss)", scheme names chained and glossed by another programme ("เศรษฐกิจชีวภาพ – เศรษฐกิจหมุนเวียน -
เศรษฐกิจสีเขียว หรือ Bio-Circular-Green Economy"), mentions written alike, and which bracketed abbreviations may be
learned as another name of a programme (`abbreviation_fits`, `bracket_alias`, asked by the organization stage) and
what the prefix written before a learned name still names (`prefixed_aliases`: "โครงการ ODOS"). Kept apart: these
join names already found rather than find them."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from itertools import islice

from phakhi.graph.extract.document import Doc, Mentions
from phakhi.graph.extract.elided import full_named
from phakhi.graph.extract.program_evidence import kind_of_programme
from phakhi.graph.extract.program_words import (MAX_TAIL, MIN_REST, OR, PATTERN_KEY, canon, mined_tails,
                                                prefix_pattern, split_prefix)
from phakhi.graph.text.editions import without_yearly_edition
from phakhi.graph.text.normalize import normalize_label
from phakhi.graph.text.thai import ABBREVIATION_MARK, first_consonant, is_thai, tokenize
from phakhi.ontology import load_english


_LATIN_GLOSS = re.compile(r"\s?\(([A-Z][A-Za-z0-9&\-. ]{2,60})\)")


def alias_after(doc: Doc, pos: int, stop: int):
    """A program the scheme knows, written right after "หรือ" inside the run of a name (pos..stop): the name
    before it is another name of that program."""
    for _, other in doc.mentions.kind("program").starting_in(pos + MIN_REST + len(OR), stop + 1):
        if doc.text.endswith(OR, 0, other.nstart) and not other.key.startswith(PATTERN_KEY):
            return other
    return None


_OR_AFTER = re.compile(rf"\s?{OR}\s?")


def scheme_named_after(doc: Doc, end: int):
    """A program the scheme knows, written right after the whole name ending at `end` and "หรือ"
    ("มาตรการสนับสนุนการใช้ยานยนต์ไฟฟ้า ระยะที่ 2 หรือ|EV 3.5"): the name is another name of it, or None. The
    scheme's name must be written whole, not as the start of a longer word ("หรือ อีอีซี|ไอ" is EECi, not EEC)."""
    joined = _OR_AFTER.match(doc.text, end)
    if joined is None:
        return None
    for _, other in doc.mentions.kind("program").starting_in(joined.end(), joined.end() + 1):
        after = doc.text[other.nend:other.nend + 1]
        if not other.key.startswith(PATTERN_KEY) and not (after.isalnum() or is_thai(after)):
            return other
    return None


def glossed_alternative(doc: Doc, start: int, pos: int, end: int) -> bool:
    """"มาตรการ…พื้นที่เฉพาะหรือบับเบิลแอนด์ซีล (Bubble & Seal)": a name, "หรือ", another name and its Latin
    gloss of several words (an acronym such as "(BEV)" glosses the last words only): three names of one program. Adds them and says so; False when the name is not of that form."""
    text = doc.text
    gloss = _LATIN_GLOSS.match(text, end)
    split = text.rfind(OR, pos + MIN_REST, end - MIN_REST)
    if not gloss or " " not in gloss.group(1).strip() or split < 0 \
            or doc.covered(gloss.start(1), gloss.end(1), ("organization", "person")):
        return False
    spans = ((start, split), (split + len(OR), end), (gloss.start(1), gloss.end(1)))
    known = [m for s, e in spans[1:] for _, m in doc.mentions.kind("program").overlapping(s, e)]
    if any(m.key.startswith(PATTERN_KEY) for m in known):
        return False
    key = known[0].key if known else PATTERN_KEY + normalize_label(text[start:split])
    for s, e in spans:
        if not doc.covered(s, e, ("program",)):
            doc.add(doc.mention(s, e, "program", key, form="pattern"))
    return True


_CHAIN_SEP = re.compile(r"\s{0,2}(?:[-–,]\s{0,2}|และ\s?)?")
_CHAIN_GLOSS = re.compile(r"\s{0,2}(?:หรือ(?:ที่เรียกว่า)?\s{0,2}|[(\[]\s?)")
MIN_CHAIN = 3


def merge_chains(doc: Doc) -> None:
    """Scheme programs written one after another ("เศรษฐกิจชีวภาพ – เศรษฐกิจหมุนเวียน - เศรษฐกิจสีเขียว") and
    glossed by another program ("หรือ Bio-Circular-Green Economy", "(BCG Model)") are the pieces of that
    program's name: the chain is one more name of it, not MIN_CHAIN programs."""
    text = doc.text
    programs = [m for m in doc.of_kind("program") if not m.key.startswith(PATTERN_KEY)]
    drop: set[int] = set()
    i = 0
    while i < len(programs):
        j = i
        while j + 1 < len(programs) and _CHAIN_SEP.fullmatch(text, programs[j].nend, programs[j + 1].nstart):
            j += 1
        chain, i = programs[i:j + 1], j + 1
        if len(chain) < MIN_CHAIN:
            continue
        gloss = _CHAIN_GLOSS.match(text, chain[-1].nend)
        after = [m for m in doc.of_kind("program") if gloss and m.nstart == gloss.end()]
        if not after or after[0].key in {m.key for m in chain}:
            continue
        drop |= {id(m) for m in chain}
        doc.add(doc.mention(chain[0].nstart, chain[-1].nend, "program", after[0].key, form="name"))
    if drop:
        doc.mentions = Mentions(m for m in doc.mentions if id(m) not in drop)


def abbreviated_names(doc: Doc) -> None:
    """A name shortened with ฯ ("โครงการชดเชยดอกเบี้ยฯ", "กองทุนฯ") stands for the full name the release writes
    elsewhere, the one program whose name begins with the shortened words: it takes that program's key, so the program
    is labelled by its full name. A shortened name the release never writes in full whose words tell only a kind of
    programme (program_evidence.kind_of_programme) identifies nothing and is left out; one whose words identify the
    programme ("โครงการรับจำนำข้าวฯ") stays."""
    mentions = doc.of_kind("program")
    short = [m for m in mentions if doc.text[m.nstart:m.nend].rstrip().endswith(ABBREVIATION_MARK)]
    if not short:
        return
    full = [(canon(doc.text[m.nstart:m.nend]), m.key) for m in mentions
            if m not in short and "\n" not in doc.text[m.nstart:m.nend]]
    keys: dict[int, str | None] = {}
    for m in short:
        written = doc.text[m.nstart:m.nend].rstrip()[:-len(ABBREVIATION_MARK)]
        stem = canon(written)
        found = full_named(stem, full)  # the one rule of elided.py, asked again after validity by resolve
        if found is not None:
            keys[id(m)] = found
        elif not any(surface.startswith(stem) and len(surface) > len(stem) for surface, _ in full) \
                and kind_of_programme(*split_prefix(written)):
            keys[id(m)] = None  # "โครงการก่อสร้างสะพานฯ" never written in full: a kind, shortened
    doc.mentions = Mentions(replace(m, key=keys[id(m)]) if id(m) in keys else m
                            for m in doc.mentions if keys.get(id(m), "") is not None)


_QUOTE_MARKS = re.compile(r"[“”\"]")


def unify_keys(doc: Doc) -> None:
    """Program mentions of one release written the same way name one program: a name found by pattern takes
    the key of another mention with the same surface (the scheme's key first), so "มาตรการ…พื้นที่เฉพาะ หรือ
    บับเบิลแอนด์ซีล" and "มาตรการป้องกัน…พื้นที่เฉพาะหรือบับเบิลแอนด์ซีล" are one program, and a scheme's name
    quoted after its prefix is the scheme's ("โครงการ “คนละครึ่ง”" beside "โครงการคนละครึ่ง"). Two names found by
    pattern, one quoted, stay apart: joined, the programme would be labelled by its quoted words without the prefix
    ("ออมสินเพื่อสมุย" for "โครงการออมสินเพื่อสมุย"), which moved judged labels in the replays."""
    mentions = doc.of_kind("program")
    if len(mentions) < 2:
        return
    parent: dict[str, str] = {}

    def find(key: str) -> str:
        while parent.get(key, key) != key:
            key = parent[key]
        return key

    by_surface: dict[str, str] = {}
    schemes = {canon(doc.text[m.nstart:m.nend]): m.key for m in mentions if not m.key.startswith(PATTERN_KEY)}
    for m in mentions:
        written = doc.text[m.nstart:m.nend]
        others = [by_surface.setdefault(canon(written), m.key)]
        if _QUOTE_MARKS.search(written):
            others.append(schemes.get(canon(_QUOTE_MARKS.sub("", written)), m.key))
        label = normalize_label(written)
        edition = without_yearly_edition(label) if m.key.startswith(PATTERN_KEY) else label
        if edition != label:  # "โครงการ X ประจำปี 2566" beside "โครงการ X": one programme's edition
            others.append(by_surface.setdefault(canon(edition), m.key))
        for other in others:
            a, b = find(other), find(m.key)
            if a != b:
                if a.startswith(PATTERN_KEY) and not b.startswith(PATTERN_KEY):
                    a, b = b, a
                parent[b] = a  # the scheme's key, else the first found, represents the group
    if parent:
        doc.mentions = Mentions(replace(m, key=find(m.key)) if m.kind == "program" and m.key in parent else m
                                for m in doc.mentions)


# the English name of a programme in brackets after it: Title-Case words ("(Double Deck)"), or with its acronym after
# a colon ("(Outstanding Development Opportunity Scholarship : ODOS)", "(Bio-Circular-Green Economy Model: BCG)")
_ENGLISH_GLOSS = re.compile(r"\s?\(\s?(?P<long>[A-Z][A-Za-z0-9&\-.]*(?: [A-Za-z0-9&\-.]+){1,9}?)"
                            r"(?:\s?:\s?(?P<abbr>[A-Z][A-Za-z0-9&\-.]{1,11}))?\s?\)")
_BRACKET = re.compile(r"\s?\(\s?([^()\n]{2,40}?)\s?\)")


def bracket_alias(doc: Doc, m) -> tuple[int, int, bool] | None:
    """Another name of the programme `m` that the bracket right after it gives, beyond a bare abbreviation (which
    the organization stage reads first): (where the name to learn begins, where it ends, whether it still wants a
    mention of its own). An English name with its acronym after a colon ("… (Outstanding Development Opportunity
    Scholarship : ODOS)"): the English name is added here as another name, the acronym is learned; English words in
    Title Case ("โครงการทางพิเศษ…พระราม 9 (Double Deck)"); either only where the release also writes the short name
    after a prefix ("โครงการ ODOS", "โครงการ Double Deck"); or the prefix and a short name, found as a programme of
    its own ("… (โครงการ ODOS)"): that programme's mentions take `m`'s key, marked "joined" (labelled after `m`'s
    own names), and its short name, if Latin, is learned. None when
    the bracket holds none of these, or names a body or person, or a short form with ฯ ("(โครงการพัฒนา…ฯ)": it
    stands for a full name the release writes, maybe not `m`). An English programme's name in the bracket, found by
    the English stage as a programme of its own ("… (Relocation Program)"), is joined so too."""
    text = doc.text
    gloss = _ENGLISH_GLOSS.match(text, m.nend)
    if gloss is not None and not doc.covered(gloss.start("long"), gloss.end("long"), ("organization", "person")) \
            and not (gloss.group("abbr") is None and _english_programme(gloss.group("long"))):
        short = gloss.group("abbr") or gloss.group("long")
        if not _prefixed_elsewhere(text, short, gloss.end()):
            return None  # the gloss may gloss only the term the name ends on ("…ความโปร่งใส… (… Assessment: ITA)")
        if gloss.group("abbr") is None:
            upper = [word for word in gloss.group("long").split() if word[0].isupper()]
            return (gloss.start("long"), gloss.end("long"), True) if len(upper) == len(gloss.group("long").split()) \
                else None
        if not doc.covered(gloss.start("long"), gloss.end("long"), ("program",)):
            doc.add(doc.mention(gloss.start("long"), gloss.end("long"), "program", m.key, form="name", learned=True))
        return gloss.start("abbr"), gloss.end("abbr"), True
    bracket = _BRACKET.match(text, m.nend)
    if bracket is None:
        return None
    inner = [o for _, o in doc.mentions.kind("program").overlapping(bracket.start(1), bracket.end(1))]
    if len(inner) != 1 or (inner[0].nstart, inner[0].nend) != bracket.span(1) or inner[0].key == m.key \
            or bracket.group(1).rstrip().endswith(ABBREVIATION_MARK):
        return None  # a short form with ฯ stands for the full name abbreviated_names finds, maybe another
    prefix, rest = split_prefix(bracket.group(1))
    if not prefix and _english_programme(bracket.group(1)) and m.key.startswith(PATTERN_KEY) \
            and inner[0].key.startswith(PATTERN_KEY):  # a scheme's name may end a longer phrase the bracket glosses
        rest = bracket.group(1)  # "มาตรการส่งเสริมการย้ายฐานธุรกิจ (Relocation Program)": its English name, found
    elif not prefix or not rest.strip():  # by the English stage as a programme of its own
        return None
    joined = inner[0].key  # every mention of the bracketed programme is one of `m`'s
    doc.mentions = Mentions(replace(o, key=m.key, data={**o.data, "joined": True})
                            if o.kind == "program" and o.key == joined else o for o in doc.mentions)
    if not rest.strip().isascii():
        return None  # a Thai short form ("(กองทุนหมู่บ้านฯ)") is joined, its rest no name to learn
    start = bracket.start(1) + len(prefix) + (len(rest) - len(rest.lstrip()))
    return start, bracket.end(1), False


@lru_cache(maxsize=1)
def _english_heads() -> frozenset[str]:
    """The last words of an English programme's name (english.json "program_heads": Programme, Project, Scheme …)."""
    return frozenset(load_english()["program_heads"])


def _english_programme(bracketed: str) -> bool:
    """Is `bracketed` an English programme's name by its form: Latin words, the last a programme head
    ("Retention and Expansion Program")? Written in brackets right after a Thai programme's name, it is that
    programme's English name, not a second programme."""
    words = bracketed.split()
    return bracketed.isascii() and len(words) > 1 and words[-1] in _english_heads()


def _prefixed_elsewhere(text: str, short: str, after: int) -> bool:
    """Does the release write a programme's prefix right before `short` elsewhere than in the gloss ending at
    `after` ("… (… : ODOS)" and "โครงการ ODOS")? Then the English name names the programme itself, not only the term
    its Thai name ends on ("โครงการถอดบทเรียน…ความโปร่งใสในการดำเนินงานหน่วยงานภาครัฐ (Integrity and Transparency
    Assessment: ITA)": the assessment)."""
    return any(end != after for end in _prefixed_ends(text, short))


@lru_cache(maxsize=64)
def _prefixed_ends(text: str, short: str) -> tuple[int, ...]:
    """Where the first two writings of a prefix right before `short` end in `text`: two say "elsewhere" whatever
    one gloss's end is. One scan of the text per name, not one per mention glossed with it (a release naming a
    programme with its gloss again and again made each a scan of the whole text: quadratic on a long line)."""
    found = re.finditer(f"(?:{prefix_pattern().pattern}) ?{re.escape(short)}(?![A-Za-z])", text)
    return tuple(m.end() for m in islice(found, 2))


def prefixed_aliases(doc: Doc, learned: dict[str, str]) -> None:
    """A programme's prefix written before a name the release taught (`learned`: label -> key) names that programme
    ("โครงการทุนการศึกษา… (… : ODOS)" … "โครงการ ODOS"): the prefixed mention, found on its own by the scan, takes the
    learned name's key, so one programme is not given twice."""
    if not learned:
        return
    rekeyed = {}
    for m in doc.of_kind("program"):
        if not m.key.startswith(PATTERN_KEY):
            continue
        prefix, rest = split_prefix(doc.text[m.nstart:m.nend])
        if prefix and rest.strip() in learned and learned[rest.strip()] != m.key:
            rekeyed[id(m)] = learned[rest.strip()]
    if rekeyed:
        doc.mentions = Mentions(replace(m, key=rekeyed[id(m)]) if id(m) in rekeyed else m for m in doc.mentions)


_ACRONYM = re.compile(r"[A-Z][A-Za-z0-9&\-.]{1,11}|[A-Z][A-Z0-9&\-.]+(?: [A-Z][A-Z0-9&\-.]+){1,2}")


def prefixed_acronym(name: str) -> bool:
    """Is `name` a programme's prefix and an acronym ("โครงการ ODOS", "โครงการ WiL", "โครงการ CONNEXT ED"): a short
    form, labelled after the name it shortens when the release gives both (`prefixed_aliases` joins them)?"""
    prefix, rest = split_prefix(name)
    return bool(prefix) and _ACRONYM.fullmatch(rest.strip()) is not None


def abbreviation_fits(name: str, abbreviation: str) -> bool:
    """May `abbreviation`, in brackets after the program `name`, be learned as another name of it? It must look
    like an abbreviation: a Latin one holds two capitals ("EEC", "PointPay"; not "Drone", "Zoning"), a Thai one
    a dot ("กฟก."; not "(ภาคตะวันออก)", "(สายสีแดง)") and begins with the first consonant of the name or of the
    name after its prefix ("กคช." is no abbreviation of "โครงการคุณภาพของการเคหะแห่งชาติ": it names the body)."""
    if abbreviation.isascii():  # not after a term with its number ("…โคโรนา 2019 (COVID-19)"): it glosses the term
        return sum(ch.isupper() for ch in abbreviation) >= 2 and not ends_on_term(name)
    if "." not in abbreviation:  # a short name in brackets shares words with the name ("(นาแปลงใหญ่)")
        return _common_run(name, abbreviation) >= max(MIN_SHARED, len(abbreviation) // 2)
    prefix = prefix_pattern().match(name)
    heads = [name] + ([name[prefix.end():].lstrip()] if prefix else [])
    return any(first_consonant(head) == abbreviation[0] for head in heads)


MIN_SHARED = 5  # characters a short name in brackets shares with the name it shortens
_LAST_NUMBER = re.compile(r" (\d{1,4}(?:\.\d{1,2})?)$")


def ends_on_term(name: str) -> bool:
    """Does `name` end on a word and the number the corpora write after it ("โคโรนา 2019", `tails`)? A Latin
    abbreviation in brackets after it glosses that term ("(COVID-19)"), not the programme or body the name is."""
    number = _LAST_NUMBER.search(name)
    if not number or not name[:number.start()]:
        return False
    last = tokenize(name[max(0, number.start() - MAX_TAIL):number.start()])[-1]
    return number.group(1) in mined_tails()[1].get(last, ())


def glosses_term(name: str, bracketed: str) -> bool:
    """Does the Latin `bracketed`, written after `name`, gloss the term and number `name` ends on (`ends_on_term`):
    the bracket writes that number too, or its last digits ("…โคโรนา 2019 (COVID-19)", "…โควิด 19 (COVID-19)")? An
    acronym without it is the body's own ("คณะกรรมการประมวลสถานการณ์โควิด 19 (MIU)", "…โรคโควิด 19 (EOC)")."""
    number = _LAST_NUMBER.search(name)
    return number is not None and ends_on_term(name) and \
        any(number.group(1).endswith(digits) for digits in re.findall(r"\d+", bracketed))


def _common_run(a: str, b: str) -> int:
    """Length of the longest run of characters `a` and `b` share (short strings: a plain table)."""
    best, row = 0, [0] * (len(b) + 1)
    for ch in a:
        previous, row = row, [0] * (len(b) + 1)
        for j, other in enumerate(b, 1):
            if ch == other:
                row[j] = previous[j - 1] + 1
                best = max(best, row[j])
    return best
