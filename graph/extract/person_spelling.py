"""The usual spelling of a full name written another way: with its space moved ("ประยุทธ์ จันทร์ โอชา",
"ชัยวัชรงค์"), with an honorific or a verb glued on ("ดร นฤมล ภิญโญสินวัฒน์", "อนุทิน ชาญวีรกูลลาออก"), or with
letters slipped anywhere in it ("ประยทุธ์ จันทร์โอชา", "คารม พรพลกลาง", "วิศิษฎ์ วิศิษฎ์สรอรรถ").

Each rule reads a name as a full name the corpus writes far more often (ontology/th/person_identity.json
"full_names", mined by scripts/mine_person_identity.py): RATIO times as many releases as the name itself, so
two names both written often stay two people. A slip reads a name as another only where nothing says the name is
a real one of its own: a differing surname the corpus writes with another first name, or that a name list knows,
is a family's name ("ฉัตรชัย พรหมเลิศ" is not "ฉัตรชัย สาริกัลยะ"); a differing first name that the corpus writes
with another surname, or that a name list knows, is a person's name.
"""

from __future__ import annotations

from functools import lru_cache

from rapidfuzz.distance import Levenshtein

from phakhi.graph.extract import person_tables as tables
from phakhi.graph.extract.authority import titles
from phakhi.graph.text.thai import DEPENDENT, tokenize
from phakhi.ontology import load_honorifics, load_stopwords

FREQUENT = 10  # releases a full name needs before other spellings of it are read as it
RATIO = 20  # ... and it must be written in this many times as many releases as the spelling read as it
NEAR_FREQUENT = 20  # releases a full name needs before letters slipped in it are read as it
NEAR_SHORT = 10  # letters (spaces aside) below which a name is forgiven one slipped letter, two from there
REORDER_MIN = 6  # letters a surname needs before the same letters in another order are read as it
TITLE_CUT = 3  # letters of a title glued after a name that are read as the title when the text cuts it there
ROUNDS = 3  # a usual spelling found may itself be a glued form ("… จันทร์โอชานายกรัฐมนตรี"): read it again
DOMINANT = 500  # releases a full name needs before a name the corpus never writes is read as it more freely
DOMINANT_LONG = 14  # letters (spaces aside) from which such a name may be three letters off, two below
CUT_SHARE = 0.6  # share of a dominant name's part a part cut short must keep ("ภิญโญสิน" of ภิญโญสินวัฒน์)


def squeeze(name: str) -> str:
    return name.replace(" ", "")


@lru_cache(maxsize=1)
def _frequent() -> dict[str, tuple[str, int]]:
    """A frequent full name without its space -> (the full name, releases); of two spacings of the same letters
    the more written."""
    out: dict[str, tuple[str, int]] = {}
    for first, surnames in tables.identity()["full_names"].items():
        for surname, count in surnames.items():
            key = first + surname
            if count >= FREQUENT and count > out.get(key, ("", 0))[1]:
                out[key] = (f"{first} {surname}", count)
    return out


@lru_cache(maxsize=1)
def _by_head() -> dict[str, tuple[str, ...]]:
    """The first two letters of a frequent full name (without its space) -> those names."""
    index: dict[str, list[str]] = {}
    for key in _frequent():
        index.setdefault(key[:2], []).append(key)
    return {head: tuple(keys) for head, keys in index.items()}


@lru_cache(maxsize=1)
def _by_first_letter_and_surname() -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]:
    """(first letter -> frequent full names without their space, surname -> the same)."""
    letters: dict[str, list[str]] = {}
    surnames: dict[str, list[str]] = {}
    for key, (full, _) in _frequent().items():
        letters.setdefault(key[:1], []).append(key)
        surnames.setdefault(full.split(" ")[1], []).append(key)
    return ({k: tuple(v) for k, v in letters.items()}, {k: tuple(v) for k, v in surnames.items()})


@lru_cache(maxsize=1)
def _surname_givers() -> dict[str, int]:
    """Surname -> how many first names the corpus writes it with. A full name the mined tables know as a misspelling
    of another ("เอกนัฏ พร้อมพันธ์" for เอกนัฏ พร้อมพันธุ์) gives its surname to no family: it is that person's name
    slipped, and counting it would make every other slip of the same person a relative ("เอกณัฐ พร้อมพันธ์")."""
    slips = {**tables.variants(), **tables.identity().get("variants", {})}
    givers: dict[str, int] = {}
    for first, surnames in tables.identity()["full_names"].items():
        for surname in surnames:
            if f"{first} {surname}" not in slips:
                givers[surname] = givers.get(surname, 0) + 1
    return givers


HEAD_REST = 3  # letters the rest of a compound honorific needs to be read as glued before a name


@lru_cache(maxsize=1)
def _heads() -> tuple[str, ...]:
    """What the text glues before a name when its honorific is not read: an honorific without its dots and
    spaces ("ดร"), or the rest of a compound honorific after a shorter one ("แพทย์" of นายแพทย์, "พิเศษ" of
    ศาสตราจารย์พิเศษ, "หญิง" of แพทย์หญิง), longest first."""
    forms = {_squeezed_form(h["form"]) for h in load_honorifics()}
    forms = {form for form in forms if len(form) >= 2 and not form.isascii()}
    rests = {long[len(short):] for long in forms for short in forms if long != short and long.startswith(short)}
    rests = {rest for rest in rests if len(rest) >= HEAD_REST and rest[0] not in DEPENDENT}
    return tuple(sorted(forms | rests, key=len, reverse=True))


def _squeezed_form(form: str) -> str:
    return "".join(ch for ch in form if ch not in ". ()")


@lru_cache(maxsize=1)
def _tail_words() -> tuple[frozenset[str], tuple[str, ...]]:
    """(words a name is seen glued to: verbs, function words, titles, honorifics written out in full; the
    titles, for a title the text cuts short)."""
    words = tables.person_words()
    title_names = tuple(title for title, _ in titles())
    honorifics = {h["form"] for h in load_honorifics() if "." not in h["form"] and len(h["form"]) >= HEAD_REST}
    glued = set(words["glued_verbs"]) | set(words["not_surname_prefixes"]) | set(words["glued_after_names"]) \
        | set(title_names) | honorifics
    return frozenset(glued), title_names


def _is_tail(rest: str) -> bool:
    """Is `rest`, glued after a full name, a word of its own (a verb, a function word, a title, or the start of
    a title the text cuts off, "…ศรีอ่อนรัฐ") rather than more of a surname ("… ณ อยุธยา")?"""
    if len(rest) < 2 or rest[0] in DEPENDENT or rest.startswith(tables.person_words()["surname_particle"]):
        return False
    glued, title_names = _tail_words()
    if any(rest.startswith(word) for word in glued):
        return True
    if len(rest) >= TITLE_CUT and any(title.startswith(rest) for title in title_names):
        return True
    return tokenize(rest)[0] in load_stopwords()


def _seen(name: str) -> int:
    first, _, surname = name.partition(" ")
    return tables.surnames_of(first).get(surname, 0)


@lru_cache(maxsize=16384)
def usual_spelling(name: str) -> str:
    """`name` (Thai, single-spaced) as the corpus usually writes that person's full name, or `name` itself."""
    for _ in range(ROUNDS):
        found = _one_round(name)
        if found == name:
            break
        name = tables.variants().get(found, found)
    return name


def _one_round(name: str) -> str:
    squeezed = squeeze(name)
    enough = RATIO * max(_seen(name), 1)
    spaced = _frequent().get(squeezed)
    if spaced and spaced[0] != name and spaced[1] >= enough:
        return spaced[0]  # "ประยุทธ์ จันทร์ โอชา", "ชัยวัชรงค์"
    glued = _unglued(name, squeezed) or _undoubled(squeezed)
    if glued and glued[1] >= enough:
        return glued[0]
    return _slipped(name, squeezed, enough) or _cut_from_only_surname(name) or _dominated(name, squeezed) or name


def _unglued(name: str, squeezed: str) -> tuple[str, int] | None:
    """The most written frequent full name that `squeezed` is with an honorific glued before it or a word
    glued after it."""
    last = name.rsplit(" ", 1)[-1]
    found = []
    for head in ("", *(h for h in _heads() if squeezed.startswith(h))):
        rest = squeezed[len(head):]
        if head and rest in _frequent():
            found.append(_frequent()[rest])
        for key in _by_head().get(rest[:2], ()):
            if len(rest) > len(key) and rest.startswith(key) and _is_tail(rest[len(key):]):
                if len(rest) - len(key) >= len(last) or not _family_name(last):
                    found.append(_frequent()[key])  # (not where the longer last word is a family's name)
    return max(found, key=lambda hit: hit[1]) if found else None


DOUBLED = 8  # letters of a piece the text may write twice ("ชาญวีรกูรกูล", "บูรพชัยศรี บูรพชัยศรี" has 10)


def _undoubled(squeezed: str) -> tuple[str, int] | None:
    """The frequent full name `squeezed` is with a piece of it written twice in a row."""
    for width in range(2, max(DOUBLED, len(squeezed) // 2) + 1):
        for at in range(1, len(squeezed) - 2 * width + 1):
            if squeezed[at:at + width] == squeezed[at + width:at + 2 * width]:
                hit = _frequent().get(squeezed[:at] + squeezed[at + width:])
                if hit:
                    return hit
    return None


def _slipped(name: str, squeezed: str, enough: int) -> str | None:
    """The one frequent full name `name` is a slip of: one or two letters off, or its surname's letters in
    another order, where nothing says the differing part is a real name of its own."""
    parts = name.split(" ")
    if len(parts) != 2:
        return None
    first, surname = parts
    limit = 1 if len(squeezed) < NEAR_SHORT else 2
    needed = max(NEAR_FREQUENT, enough)
    found = set()
    for key, (full, count) in _candidates(squeezed, first, surname):
        if count < needed or full == name:
            continue
        near = _near(squeezed, key, limit)
        their_first, their_surname = full.split(" ")
        if their_first == first:
            reordered = len(surname) >= REORDER_MIN and sorted(surname) == sorted(their_surname)
            if (near or reordered) and not _real_surname(first, surname):
                found.add(full)
        elif their_surname == surname:
            if near and not _real_first_name(first, surname):
                found.add(full)
        elif _one_letter_throughout(key, squeezed) and not _real_surname(first, surname):
            found.add(full)  # "วิศิษฎ์ วิศิษฎ์สรอรรถ": ฏ typed as ฎ wherever it occurs
    found = {usual_spelling(tables.variants().get(full, full)) for full in found}  # "ประยุทธ จันทร์โอชา" is one
    return found.pop() if len(found) == 1 else None


def _cut_from_only_surname(name: str) -> str | None:
    """The full name `name` is with its surname cut short ("อาคม พิทยาไพสิฐ" for อาคม เติมพิทยาไพสิฐ, 464 releases),
    where the corpus writes the first name with that one surname in NEAR_FREQUENT releases or more and with no other
    in FREQUENT (no namesake), never writes `name` itself, and the cut surname is no family's name of its own
    (written with another first name, or in a name list). _dominated allows the cut for names written in DOMINANT
    releases whatever the first name's other surnames; this is the same cut where the first name means one person."""
    parts = name.split(" ")
    if len(parts) != 2 or _seen(name) or name in tables.neighbours():
        return None
    first, surname = parts
    surnames = tables.surnames_of(first)
    if not surnames:
        return None
    their = max(surnames, key=surnames.get)
    if surnames[their] < NEAR_FREQUENT or not _no_namesake(first, their) or not _cut(surname, their) \
            or _real_surname(first, surname):
        return None
    return _frequent().get(first + their, (f"{first} {their}", 0))[0]


def _candidates(squeezed: str, first: str, surname: str):
    """Frequent names that may be slips apart from `squeezed`: those sharing its first letter (a slip rarely
    hits the first letter), its first name or its surname."""
    letters, surnames = _by_first_letter_and_surname()
    keys = set(letters.get(squeezed[:1], ())) | set(surnames.get(surname, ()))
    keys |= {first + s for s in tables.surnames_of(first) if first + s in _frequent()}
    return [(key, _frequent()[key]) for key in keys]


def _family_name(word: str) -> bool:
    """Is `word` a surname the corpus writes with some first name, or that a name list knows?"""
    return word in _surname_givers() or word in tables.known_names()[1]


def _real_surname(first: str, surname: str) -> bool:
    """Is `surname` a family's name in its own right: written with another first name, or in a name list?"""
    return _surname_givers().get(surname, 0) - (surname in tables.surnames_of(first)) > 0 \
        or surname in tables.known_names()[1]


def _real_first_name(first: str, surname: str) -> bool:
    """Is `first` a person's first name in its own right: written with another surname, or in a name list?"""
    return any(s != surname for s in tables.surnames_of(first)) or first in tables.known_names()[0]


def _one_letter_throughout(usual: str, written: str) -> bool:
    """Is `written` `usual` with one letter, which occurs at least twice, replaced by another everywhere?"""
    if len(usual) != len(written):
        return False
    pairs = {(a, b) for a, b in zip(usual, written) if a != b}
    if len(pairs) != 1:
        return False
    (a, b), = pairs
    return usual.count(a) >= 2 and written == usual.replace(a, b)


@lru_cache(maxsize=1)
def _dominant() -> tuple[tuple[str, str, str], ...]:
    """The full names written in DOMINANT releases or more, as (without the space, first name, surname)."""
    return tuple((key, *full.split(" ")) for key, (full, count) in _frequent().items() if count >= DOMINANT)


@lru_cache(maxsize=4096)
def dominant_despite_names(name: str) -> str | None:
    """The one dominant full name `name` would be read as (_dominated) were its differing part not a real name of
    its own: "ประยุกต์ จันทร์โอชา" (ประยุกต์ is a first name, ประยุทธ์ the prime minister), "วิศิษฐ์ วิศิษฏ์สรอรรถ"
    (วิศิษฐ์ ศรีสุวรรณ์ is another man). The name alone cannot tell a slip from a relative or a namesake; the release
    can, by writing the official's own rank, academic title or post beside it (persons.titled_slip)."""
    if usual_spelling(name) != name:
        return None
    return _dominated(name, squeeze(name), real_names=False)


def _dominated(name: str, squeezed: str, neighbours: bool = True, real_names: bool = True) -> str | None:
    """The one dominant full name that `name`, which the corpus never writes as a full name of its own, is written
    for: the prime minister written once as "ประยุกต์ จันทร์โอชา", a surname cut at a line ("นฤมล ภิญโญสิน") or
    losing its first syllable ("สุริยะ รุ่งเรืองกิจ"), a first name cut ("แพทอง ชินวัตร"), three letters slipped in a long name ("เอกณัฐ พร้อมพันธ์"),
    a cut surname with a title glued on ("ภูมิธรรม เวชยรอง"), stray letters before an honorific before the name.

    What _slipped does not allow and this does, for a name written in hundreds of releases only: a part cut
    short, three slipped letters in a long name (two where the surname differs and the corpus knows a namesake
    of the first name: "สมศักดิ์ เทพตุ่น" is not สมศักดิ์ เทพสุทิน), a title glued on a cut surname. The guards stay: a differing part
    that is a real name of its own (a relative, a namesake) keeps the name apart, and so does a name the corpus
    writes in two releases or more (ontology/th/person_neighbours.json: the official's wife, not a slip)."""
    parts = name.split(" ")
    if len(parts) != 2 or _seen(name) or (neighbours and name in tables.neighbours()):
        return None
    first, surname = parts
    real_first = _real_first_name if real_names else _never
    real_surname = _real_surname if real_names else _never
    limit = 3 if len(squeezed) >= DOMINANT_LONG else 2
    found = set()
    for key, their_first, their_surname in _dominant():
        if key == squeezed:
            continue
        if squeezed.endswith(key) and _honorific_before(squeezed[:-len(key)]):
            found.add(key)  # "อิทธินายอิทธิพล คุณปลื้ม"
        elif key[0] != squeezed[0]:
            continue
        elif first == their_first:
            if not real_surname(first, surname) and (
                    _cut(surname, their_surname) or _cut(_untailed(surname), their_surname)
                    or _near(squeezed, key, limit if _no_namesake(first, their_surname) else 2)):
                found.add(key)
        elif surname == their_surname:
            if not real_first(first, surname) and (
                    _cut(first, their_first) and their_first.startswith(first) or _near(squeezed, key, limit)):
                found.add(key)  # "แพทอง ชินวัตร" (a first name is cut at its end only)
        elif len(squeezed) >= DOMINANT_LONG and not real_first(first, surname) \
                and not real_surname(first, surname) and _near(squeezed, key, limit):
            found.add(key)  # "เอกณัฐ พร้อมพันธ์"
    if len(found) != 1:
        return None
    return _frequent()[found.pop()][0]


def _never(first: str, surname: str) -> bool:
    return False


def _no_namesake(first: str, surname: str) -> bool:
    """Does the corpus write `first` with no surname but `surname` in FREQUENT releases or more?"""
    return all(count < FREQUENT for other, count in tables.surnames_of(first).items() if other != surname)


def _near(written: str, usual: str, limit: int) -> bool:
    return Levenshtein.distance(written, usual, score_cutoff=limit) <= limit


def _cut(part: str, whole: str) -> bool:
    """Is `part` `whole` cut short at either end, keeping CUT_SHARE of it?"""
    return part != whole and len(part) >= CUT_SHARE * len(whole) and (whole.startswith(part) or whole.endswith(part))


def _untailed(word: str) -> str:
    """`word` without a word the text glues after a name (a title, a verb), when one ends it."""
    for at in range(2, len(word) - 1):
        if _is_tail(word[at:]):
            return word[:at]
    return word


def _honorific_before(head: str) -> bool:
    """Does `head`, glued before a name, end with an honorific ("…นาย")?"""
    return any(head.endswith(form) for form in _heads())
