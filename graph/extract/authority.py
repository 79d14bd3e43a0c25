"""What is known before a release is read, shaped for matching: gazetteer entries for organizations and
programs, post titles longest first, and lookups from an entity key back to its authority record."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Any

from rapidfuzz.distance import Levenshtein

from phakhi.graph.extract.gazetteer import Entry, Gazetteer
from phakhi.graph.text.normalize import normalize_label
from phakhi.graph.text.patterns import literal_alternation
from phakhi.graph.text.thai import is_thai, starts_word, tokenize
from phakhi.ontology import load_english, load_mined, load_organizations, load_programs, load_stopwords, load_titles

ORG_PREFIX = "org:"
PROGRAM_PREFIX = "program:"


@lru_cache(maxsize=1)
def organizations() -> dict[str, dict[str, Any]]:
    return {ORG_PREFIX + row["id"]: row for row in load_organizations()}


@lru_cache(maxsize=1)
def programs() -> dict[str, dict[str, Any]]:
    return {PROGRAM_PREFIX + row["id"]: row for row in load_programs()}


@lru_cache(maxsize=None)
def parents_of(key: str) -> tuple[str, ...]:
    """The keys of the authority bodies above `key`, nearest first, up to the top of its chain of parents."""
    chain: list[str] = []
    while (parent := organizations().get(key, {}).get("parent")) and ORG_PREFIX + parent not in chain:
        key = ORG_PREFIX + parent
        chain.append(key)
    return tuple(chain)


def english_variants(label: str) -> list[str]:
    """The forms an English name of the authority file is also written in by the English desk: each word written
    the other way (english.json spellings, both ways: "Ministry of Labour" is "Ministry of Labor", "Ministry of
    Defence" "Ministry of Defense"), and without the article after "of" (dropped_articles: "Office of the Council
    of State" is "Office of Council of State"), and both. A Thai label has none."""
    if not label.isascii():
        return []
    data = load_english()
    swap = {**{v: k for k, v in data["spellings"].items()}, **data["spellings"]}
    respelled = " ".join(swap.get(word, word) for word in label.split(" "))
    forms = [label, respelled]
    for article in data["dropped_articles"]:
        forms += [re.sub(rf"\bof {article} ", "of ", form) for form in forms]
    return [form for form in dict.fromkeys(forms) if form != label]


def organization_entries() -> list[Entry]:
    entries = []
    for key, row in organizations().items():
        for label in (row["th"], row["en"], *row["alt"]):
            if label:
                entries.append(Entry("organization", key, label))
                entries += [Entry("organization", key, form) for form in english_variants(label)]
        for label in row["abbr"]:
            entries.append(Entry("organization", key, label, "abbr"))
    return entries


def program_entries() -> list[Entry]:
    entries = []
    for key, row in programs().items():
        for labels in row["labels"].values():
            for label in labels:
                entries.append(Entry("program", key, label, "abbr" if label.isupper() and len(label) <= 6 else "name"))
    return entries


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    return Gazetteer(organization_entries() + program_entries(), load_stopwords())


def organization_labels(key: str) -> dict[str, list[str]]:
    """Known labels of an authority organization by language: th, en and abbreviations ('abbr')."""
    row = organizations().get(key)
    if row is None:
        return {}
    labels: dict[str, list[str]] = {"th": [row["th"]], "en": [row["en"]] if row["en"] else [], "abbr": list(row["abbr"])}
    for alt in row["alt"]:
        labels["en" if alt.isascii() else "th"].append(alt)
    return labels


@lru_cache(maxsize=1)
def titles() -> tuple[tuple[str, dict[str, Any]], ...]:
    """(normalised title, record), longest first, so "ผู้อำนวยการใหญ่" wins over "ผู้อำนวยการ"."""
    rows = [(normalize_label(r["title"]), r) for r in load_titles()]
    return tuple(sorted(rows, key=lambda item: -len(item[0])))


@lru_cache(maxsize=1)
def _title_index() -> tuple[re.Pattern[str], dict[str, dict[str, Any]]]:
    """The titles as one trie pattern (its match is the longest title written at a position) and each title's
    record (the first of titles() for a title written twice)."""
    records: dict[str, dict[str, Any]] = {}
    for title, record in titles():
        records.setdefault(title, record)
    return re.compile(literal_alternation(records)), records


def title_at(text: str, pos: int) -> tuple[str, dict[str, Any]] | None:
    """The longest known title starting exactly at `pos`, or None. Called at every candidate position of
    every release, so the titles are one trie pattern, matched in one C call."""
    pattern, records = _title_index()
    m = pattern.match(text, pos)
    return (m.group(), records[m.group()]) if m else None


def acting_seat(title: str) -> str | None:
    """The title of the seat an acting title is held in, or None for a title with no acting prefix: the title less
    its prefix (titles.jsonl kind "acting", any case: "รักษาราชการแทน", "Acting", "acting") and the spaces after it,
    a short Thai title written in full (its "th": "รักษาราชการแทนรมว." -> รัฐมนตรีว่าการ). One acting in a seat holds
    the seat's post, flagged acting (ph:acting), however the release writes the prefix: keyed by the prefixed title,
    "รักษาราชการแทนนายกรัฐมนตรี", "รักษาการนายกรัฐมนตรี" and "acting Prime Minister" were three posts of one seat.
    None too after a delegation's prefix (titles.jsonl "delegated": ปฏิบัติราชการแทน performs a duty in the holder's
    name, it does not act in the seat): the delegate's post keeps its written title."""
    for prefix, record in _acting_prefixes():
        if title[:len(prefix)].lower() == prefix.lower():
            if record.get("delegated"):
                return None
            rest = title[len(prefix):].lstrip()
            found = title_at(rest, 0)
            if not rest or found is None or found[1].get("kind") == "acting":
                return None  # the prefix alone, or a title no row knows
            return found[1].get("th") if found[0] == rest and found[1].get("th") and not rest.isascii() else rest
    return None


@lru_cache(maxsize=1)
def _acting_prefixes() -> tuple[tuple[str, dict[str, Any]], ...]:
    """The acting prefixes (titles.jsonl kind "acting"), longest first."""
    return tuple((title, record) for title, record in titles() if record.get("kind") == "acting")


def title_start(text: str, start: int, end: int) -> int | None:
    """The first position in [start, end) where a known title begins (it may run on past `end`), or None: one
    search of the trie, not a title_at at every position."""
    pattern, records = _title_index()
    m = pattern.search(text, start, end + _longest_title())
    return m.start() if m and m.start() < end else None


@lru_cache(maxsize=1)
def _longest_title() -> int:
    return max((len(title) for title in _title_index()[1]), default=0)


# Near matches: a name the authority file knows, written with a space inside ("กระทรวงการพัฒนาสังคม และความมั่นคง
# ของมนุษย์") or misspelled by a letter or two ("กระทรวงแรงงงาน", "กระทรวงทรัพยากรธะรมชาติและสิ่งแวดล้อม").
NEAR_MIN = 10  # characters (spaces aside) a name needs before one edit is forgiven
NEAR_MIN_TWO = 18  # ... and two
NEAR_MIN_SLIP = 15  # ... and a function word more or less, or a word doubled
_NEAR_KEY = 2  # characters after the prefix word that must be written right (they pick the candidates)
_DIGITS = re.compile(r"[0-9๐-๙A-Za-z]")
# a long name may also be written with a function word more or less ("กระทรวงการท่องเที่ยวและการกีฬา",
# "…ความมั่นคงมนุษย์") or a word doubled ("กระทรวงเกษตรเกษตรและสหกรณ์"): one such slip costs no edit
_SLIP = 6  # characters such a slip may span


@lru_cache(maxsize=1)
def _function_words() -> tuple[str, ...]:
    """The function words a near name may add or drop, longest first (then by text): the first one a text starts
    with is taken, so a word that begins another must be tried after it, in an order no hash seed changes."""
    from phakhi.ontology import load_not_organizations

    return tuple(sorted(set(load_not_organizations()["near_function_words"]), key=lambda w: (-len(w), w)))


@lru_cache(maxsize=65536)  # a pure function of its arguments; the same near names are met in release after release
def _slip_explained(label: str, written: str, limit: int) -> bool:
    """Is `written` `label` with one function word added or dropped, or one word doubled, and at most `limit`
    other edits?"""
    variants = set()
    for word in _function_words():
        for text, other in ((written, label), (label, written)):
            at = text.find(word)
            while at > 0:
                variants.add((text[:at] + text[at + len(word):], other))
                at = text.find(word, at + 1)
    for width in range(2, _SLIP + 1):  # a word written twice
        for at in range(1, len(written) - 2 * width + 1):
            if written[at:at + width] == written[at + width:at + 2 * width]:
                variants.add((written[:at] + written[at + width:], label))
    return any(Levenshtein.distance(a, b, score_cutoff=limit) <= limit for a, b in variants)


def _end_kept(label: str, written: str) -> bool:
    """A misspelling keeps the end of the name it misspells ("…ราชภัฏเขต" is not "…ราชภัฏเลย"): its last two
    characters, or, when the name ends on a silencing mark, that mark and the consonant before the silenced one
    ("กระทรวงพาณิชน์")."""
    if written[-2:] == label[-2:]:
        return True
    return len(label) >= 3 and len(written) >= 3 and unicodedata.category(label[-1]) == "Mn" \
        and written[-1] == label[-1] and written[-3] == label[-3]


@lru_cache(maxsize=1)
def _near_index() -> dict[tuple[str, str], tuple[tuple[str, str], ...]]:
    """(prefix word, next characters) -> (label without spaces, key), for the Thai names of authority
    organizations long enough to be forgiven an edit."""
    from phakhi.ontology import load_org_patterns

    prefixes = sorted({p["prefix"] for p in load_org_patterns()}, key=len, reverse=True)
    index: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for key, row in organizations().items():
        for label in (row["th"], *row["alt"]):
            compact = "".join(normalize_label(label).split()) if label else ""
            if len(compact) < NEAR_MIN or compact.isascii():
                continue
            prefix = next((p for p in prefixes if compact.startswith(p)), None)
            if prefix is not None:
                index.setdefault((prefix, compact[len(prefix):len(prefix) + _NEAR_KEY]), []).append((compact, key))
    return {k: tuple(dict.fromkeys(v)) for k, v in index.items()}


@lru_cache(maxsize=1)
def _unspaced_labels() -> frozenset[str]:
    """The Thai names of authority organizations as the gazetteer knows them, without a space: written so, they
    are its business. "กระทรวงการอุดมศึกษา วิทยาศาสตร์ วิจัยและนวัตกรรม" written without spaces is a near match."""
    return frozenset(normalize_label(label) for row in organizations().values() for label in (row["th"], *row["alt"])
                     if label and " " not in normalize_label(label))


@lru_cache(maxsize=1)
def unspaced_organization_keys() -> dict[str, str]:
    """The Thai names of authority organizations without spaces -> their keys: a name a release writes, squeezed, is
    the authority body's (org_run_ons cuts a run-on back to one; resolve keeps such a short name apart from a longer
    body)."""
    keys: dict[str, str] = {}
    for key, row in organizations().items():
        for label in (row["th"], *row["alt"]):
            if label and not label.isascii():
                keys.setdefault("".join(label.split()), key)
    return keys


@lru_cache(maxsize=1)
def _frequent_names() -> frozenset[str]:
    data = load_mined("organization_names.json")
    return frozenset("".join(n.split()) for n in data["names"])


def _prefix_distances(label: str, text: str, limit: int) -> list[int]:
    """Edit distance from `label` to each prefix text[:j] (j = 0..len(text)); values above `limit` are capped at
    limit + 1. Only prefixes within `limit` characters of the label's length can be that near, so only those are
    measured (rapidfuzz, in C: the Python band this replaces was the costliest step of matching a release). First
    one bound for all of them: with the text's characters inserted for free, no prefix of it is nearer than the
    whole text is, so when even that is above `limit` every value is the cap (two thirds of the calls on a release,
    in one call instead of about sixteen; benchmarks/README.md, sixteenth session)."""
    cap = limit + 1
    distances = [cap] * (len(text) + 1)
    if Levenshtein.distance(label, text, weights=(0, 1, 1), score_cutoff=limit) > limit:
        return distances
    for j in range(max(0, len(label) - limit), min(len(text), len(label) + limit) + 1):
        distances[j] = Levenshtein.distance(label, text[:j], score_cutoff=limit)
    return distances


def _glued_word(text: str, pos: int, words: frozenset[str]) -> bool:
    tokens = tokenize(text[pos:pos + 20])
    return bool(tokens) and tokens[0] in words


def near_authority(text: str, start: int, prefix_end: int, line_end: int, guard: bool = True,
                   glued: frozenset[str] = frozenset()) -> tuple[int, str] | None:
    """(end, key) of an authority organization whose Thai name begins at `start` once spaces inside it are
    ignored and one edit (two for long names) is forgiven; None if there is none. Only ever links to an
    authority entry: two names the file does not know are never merged. A candidate that is itself a name
    mined as recurring in the corpora is a different body ("…จังหวัดระนอง" is not "…จังหวัดระยอง"), and
    names differing in a digit or a Latin letter are never near. A Thai word right after the match must be one
    of `glued` (words that continue the sentence, "…สิ่งแวดล้อมจะ…"): any other word may continue the name, and
    "กระทรวงเกษตรประเทศรัสเซีย" is Russia's ministry, not a short form of Thailand's. (`guard=False`: without
    the mined names, for the script that mines them.)"""
    prefix = text[start:prefix_end]
    after = "".join(text[prefix_end:min(line_end, prefix_end + 16)].split())
    candidates = _near_index().get((prefix, after[:_NEAR_KEY]), ())
    slipped = next((w for w in _function_words() if after.startswith(w)), None)
    if slipped:  # "กระทรวงการศึกษาธิการ": a function word slipped in right after the prefix word
        candidates += tuple(c for c in _near_index().get((prefix, after[len(slipped):len(slipped) + _NEAR_KEY]), ())
                            if len(c[0]) >= NEAR_MIN_SLIP and c not in candidates)
    if not candidates:
        return None  # most prefix words begin no authority name of that spelling: nothing to compare
    longest = max(len(label) for label, _ in candidates) + 2 + _SLIP
    window, offsets = [], []
    for i in range(start, min(line_end, start + 3 * longest)):  # spaces aside, as far as the longest can reach
        if not text[i].isspace():
            window.append(text[i])
            offsets.append(i)
            if len(window) == longest:
                break
    compact = "".join(window)
    best: tuple[int, int, str] | None = None  # (distance, end, key)
    for label, key in candidates:
        limit = 2 if len(label) >= NEAR_MIN_TWO else 1
        reach = limit + _SLIP if len(label) >= NEAR_MIN_SLIP else limit
        if len(compact) < len(label) - reach:
            continue
        scope = compact[:len(label) + reach]
        distances = _prefix_distances(label, scope, reach)
        if min(distances) > reach:
            continue
        for j in sorted(range(len(scope) + 1), key=lambda j: (distances[j], abs(j - len(label)))):
            d = distances[j]
            if d > reach:
                break
            if d > limit and not _slip_explained(label, scope[:j], limit):
                continue
            end = offsets[j - 1] + 1
            if d == 0 and " " not in text[start:end] and label in _unspaced_labels():
                continue  # written exactly: the gazetteer's own business (not a name it knows only with spaces)
            if d and (_DIGITS.findall(label) != _DIGITS.findall(scope[:j]) or guard and scope[:j] in _frequent_names()):
                continue
            if d and j == len(label) and not _end_kept(label, scope[:j]):
                continue  # "…ราชภัฏเขต" is not "…ราชภัฏเลย": a misspelling keeps the end of the name it misspells
            if end < len(text) and is_thai(text[end]) and not (starts_word(text, end) and _glued_word(text, end, glued)):
                continue
            if end < len(text) and _DIGITS.match(text[end]) and _DIGITS.match(text[end - 1]):
                continue  # "…ภาคที่ 14" is not "…ภาคที่ 1"
            if best is None or (d, -(end - start)) < (best[0], -(best[1] - start)):
                best = (d, end, key)
            break
    return (best[1], best[2]) if best else None


# Aligned matches: a prefix word that heads a closed class of national bodies (the ministries) names one of the
# bodies the authority file lists, however it is written: "กระทรวง-มหาดไทย", "กระทรวงเภษตรและสหกรณ์" (a letter
# misspelt right after the prefix word), "กระทรวงดิจิทัลเพื่อเศรษฐกิจและเศรษฐกิจและสังคม" (words doubled),
# "กระทรวงทรัพยากรและสิ่งแวดล้อม" (a word missing), "กระทรวงการพัฒนาสังคมและความมั่นคง" (a short form),
# "กระทรวงทรัพฯ". The caller keeps foreign ministries ("…ประเทศรัสเซีย", "…แห่ง…") away.
_SQUASH = re.compile(r"[\s\u200b-\u200d\ufeff.\-–—_\"'“”‘’()\[\]{}:;,/]+")
ALIGN_MIN = 3  # characters after the prefix word a name needs before it is aligned at all
PIECE_MIN = 3  # characters of each word a compound is split into ("และ")
SHORT_MIN = 6  # ... and a short form the file does not list ("ดิจิทัล"; not "พัฒนา", which many bodies begin with)


def _align_limit(length: int) -> int:
    """Edits forgiven in `length` characters after the prefix word: one letter in a short name, two in a longer
    one ("ดิจิตอล" for "ดิจิทัล")."""
    return 1 if length < 6 else 2


@lru_cache(maxsize=1)
def _closed_prefixes() -> tuple[str, ...]:
    from phakhi.ontology import load_not_organizations

    return tuple(sorted(load_not_organizations()["closed_prefixes"], key=len, reverse=True))


@lru_cache(maxsize=1)
def _align_targets() -> dict[str, tuple[tuple[str, str, int], ...]]:
    """prefix word -> (written form after the prefix word, key, cost) of every Thai authority name it heads: the
    name itself (cost 0), the name less one word (cost 1), and its short forms cut at a word boundary (cost 1);
    an abbreviated name ("กระทรวงทรัพย์ฯ") is itself a short form."""
    targets: dict[str, dict[tuple[str, str], int]] = {}
    for key, row in organizations().items():
        for label in (row["th"], *row["alt"]):
            compact = _SQUASH.sub("", unicodedata.normalize("NFC", label or ""))
            prefix = next((p for p in _closed_prefixes() if compact.startswith(p)), None)
            if prefix is None or compact.isascii():
                continue
            rest, short = compact[len(prefix):].rstrip("ฯ"), compact.endswith("ฯ")
            if len(rest) < ALIGN_MIN or row.get("type") == "ForeignGovernmentBody":
                continue  # another country's ministry is matched by its full name only
            forms = targets.setdefault(prefix, {})
            lead = next((w for w in _function_words() if rest.startswith(w)), "")
            for whole in {rest, rest[len(lead):]}:  # "กระทรวงคลัง" for "กระทรวงการคลัง"
                forms[(whole, key)] = min(forms.get((whole, key), 9), int(short))
            words = [piece for word in tokenize(rest) for piece in _pieces(word)]
            cuts = ["".join(words[:i]) for i in range(1, len(words)) if words[i - 1] not in _joining_words()
                    and len("".join(words[:i])) - len(lead) >= SHORT_MIN]
            dropped = ["".join(words[:i] + words[i + 1:]) for i in range(1, len(words) - 1)]
            for form in cuts + dropped:  # "ดิจิทัล", "การพัฒนาสังคมและความมั่นคง"; "ทรัพยากรและสิ่งแวดล้อม"
                if len(form) >= ALIGN_MIN:
                    forms[(form, key)] = min(forms.get((form, key), 9), 1)
    return {p: tuple((form, key, cost) for (form, key), cost in forms.items()) for p, forms in targets.items()}


@lru_cache(maxsize=1)
def _joining_words() -> frozenset[str]:
    """Words a short form never ends on ("…สังคมและ"): the function words that may sit inside a name."""
    from phakhi.ontology import load_not_organizations

    return frozenset(load_not_organizations()["inside_ok"]) | frozenset(_function_words())


@lru_cache(maxsize=256)
def _pieces(word: str) -> tuple[str, ...]:
    """A compound the dictionary lists whole, split into two words it also lists ("ทรัพยากร|ธรรมชาติ",
    "เกษตร|และสหกรณ์"), so that either can be missing from a name; else the word itself."""
    from pythainlp.corpus import thai_words

    words = thai_words()
    for k in range(len(word) - PIECE_MIN, PIECE_MIN - 1, -1):  # the longest first word that leaves words
        if word[:k] in words:
            rest = (word[k:],) if word[k:] in words else _pieces(word[k:])
            if rest[0] != word[k:] or word[k:] in words:
                return (word[:k], *rest)
    return (word,)


def _undoubled(rest: str) -> set[str]:
    """`rest` with one word written twice written once ("การพัฒนาการพัฒนาสังคม…", "เศรษฐกิจและเศรษฐกิจและ…")."""
    forms = set()
    for width in range(2, len(rest) // 2 + 1):
        for at in range(0, len(rest) - 2 * width + 1):
            if rest[at:at + width] == rest[at + width:at + 2 * width]:
                forms.add(rest[:at] + rest[at + width:])
    return forms


def aligned_authority(name: str) -> str | None:
    """The key of the authority body a name headed by a closed-class prefix word names, or None. The name is
    aligned with every written form of the bodies that prefix heads (see _align_targets), forgiving one or two
    letters anywhere, a doubled word, a function word slipped in after the prefix word, a hyphen and ฯ; a short
    form counts only if it is no other body's. The best body must beat every other by a margin, names with a
    digit or a Latin letter are never aligned, and a name that is itself mined as recurring in the corpora is
    its own body."""
    compact = _SQUASH.sub("", unicodedata.normalize("NFC", name))
    prefix = next((p for p in _closed_prefixes() if compact.startswith(p)), None)
    if prefix is None or _DIGITS.search(compact):
        return None
    rest, abbreviated = compact[len(prefix):].rstrip("ฯ"), compact.endswith("ฯ")
    if len(rest) < ALIGN_MIN:
        return None
    written = {rest} | _undoubled(rest)
    written |= {w[len(f):] for w in tuple(written) for f in _function_words() if w.startswith(f) and len(w) > len(f) + ALIGN_MIN}
    best: dict[str, int] = {}
    for form, key, cost in _align_targets().get(prefix, ()):
        limit = _align_limit(len(form))
        for text in written:
            if abbreviated and len(text) < len(form):  # "ทรัพฯ": the start of the name, cut anywhere
                form_cut, extra = form[:len(text)], 1
            else:
                form_cut, extra = form, 0
            d = Levenshtein.distance(text, form_cut, score_cutoff=limit)
            if d <= limit:
                best[key] = min(best.get(key, 99), d + cost + extra)
    if not best:
        return None
    ranked = sorted(best.items(), key=lambda kv: kv[1])
    if len(ranked) > 1 and ranked[1][1] <= ranked[0][1]:
        return None  # as near to two bodies: neither
    return ranked[0][0]
