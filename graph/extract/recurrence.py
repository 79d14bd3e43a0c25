"""How often the corpora write each candidate name (ontology/th/validity_corpus.json, mined by
scripts/mine_validity.py from the audit samples): read by the validity model and by the organization spelling
resolver, loaded once; and the organization names the whole corpora write glued on past a word that usually goes on
with the sentence, or with spaces inside (ontology/th/org_runs.json, scripts/mine_org_runs.py); and the stems the corpora
go on from into many names of a kind (common_stem, continued_kind)."""

from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache

from phakhi.graph.text.thai import ABBREVIATION_MARK
from phakhi.ontology import load_mined


@lru_cache(maxsize=1)
def corpus() -> dict:
    """Mined recurrence of candidate names: kind -> name (spaces removed) -> [releases, distinct next characters,
    distinct previous characters, releases of longer names beginning with it]."""
    return load_mined("validity_corpus.json")


@lru_cache(maxsize=None)
def _protect(kind: str) -> dict:
    """The recurrence rule a class model was trained with (validity_KIND.json `protect`; see validity.recurrent)."""
    return load_mined(f"validity_{kind}.json").get("protect", {})


def written_whole(kind: str, name: str) -> bool:
    """Do the corpora write `name` as a whole name of `kind`: in at least the rule's number of releases, followed by
    at least its number of different characters, and continued into a longer name at most its share of the time
    (the rule validity.recurrent keeps such names by)? What a release glues after such a name is the sentence's."""
    rule, row = _protect(kind), corpus().get(kind, {}).get(name.replace(" ", ""))
    if not rule or not row:
        return False
    releases, right, _, longer = row
    return releases >= rule["releases"] and right >= rule["right"] and longer <= rule["longer_share"] * (longer + releases)


def ends_there(kind: str, name: str, releases: int) -> bool:
    """Do the corpora end `name` where it is written: name it in at least `releases` releases, and in more of them
    whole than continued into a longer name ("สถาบันการบินพลเรือน", 8 releases, 1 longer; "กรมการแพทย์", 73 and 37; not
    "กรมการขนส่ง", 5 and 145, the short form of "กรมการขนส่งทางบก")? Looser than written_whole, which also counts what
    follows: for a release that writes the name alone beside a longer form of it."""
    row = corpus().get(kind, {}).get(name.replace(" ", ""))
    if not row:
        return False
    count, _, _, longer = row
    return count >= releases and longer < count


def followed_variously(kind: str, name: str) -> bool:
    """Do the audit samples write `name` followed by at least the recurrence rule's number of different characters
    (validity.recurrent's `right`)? A body named on its own is followed by anything ("สำนักพระราชวัง", 7); a division
    by its parent body, again and again ("กองสารนิเทศ| สำนักงานปลัดกระทรวงมหาดไทย", 1)."""
    rule, row = _protect(kind), corpus().get(kind, {}).get(name.replace(" ", ""))
    return bool(rule and row) and row[1] >= rule["right"]


def releases_of(kind: str, name: str) -> int:
    """The releases the corpora name `name` in as a candidate of `kind` (0: one release or none)."""
    row = corpus().get(kind, {}).get(name.replace(" ", ""))
    return row[0] if row else 0


@lru_cache(maxsize=1)
def _closed_names() -> frozenset[str]:
    return frozenset(load_mined("org_closed.json").get("names", ()))


def closed_by_corpora(name: str) -> bool:
    """Do the whole corpora end the organization name `name` where they write it: a run of letters begun by its prefix
    word and ended by a space, a bracket or punctuation is the name in at least 5 releases and in twice as many as a
    longer glued run goes on from it (org_closed.json, scripts/mine_org_closed.py: "สภาการพยาบาล", "สภามวยโลก"; not
    "สำนักงานคณะกรรมการ", "ศูนย์วิจัย")? `ends_there` asks the audit samples, too few for a name in few releases."""
    return name.replace(" ", "") in _closed_names()


@lru_cache(maxsize=1)
def _whole_runs() -> frozenset[str]:
    return frozenset(load_mined("org_runs.json").get("names", ()))


def written_whole_run(name: str) -> bool:
    """Do the corpora write `name` whole, glued on past a word that would end it, as the usual continuation of what
    comes before that word ("คณะกรรมการควบคุมการเรี่ยไร|ของหน่วยงานของรัฐ"; org_runs.json)?"""
    return name.replace(" ", "") in _whole_runs()


@lru_cache(maxsize=1)
def _spaced_runs() -> frozenset[str]:
    return frozenset(load_mined("org_runs.json").get("spaced", ()))


@lru_cache(maxsize=1)
def _squeezed_spaced_runs() -> frozenset[str]:
    return frozenset("".join(name.split()) for name in _spaced_runs())


def spaced_run(name: str, exact: bool = True) -> bool:
    """Do the corpora write `name` whole with spaces inside, as the usual continuation of its first chunk or as a
    company's name in its legal form ("คณะกรรมาธิการการพัฒนาสังคม และกิจการเด็ก เยาวชน สตรี", "บมจ.อลิอันซ์ อยุธยา
    ประกันภัย"; org_runs.json `spaced`)? With `exact`, spaces where the corpora write them (one between chunks); without,
    compared without spaces (the name glued now and then)."""
    if not exact:
        return "".join(name.split()) in _squeezed_spaced_runs()
    return " ".join(name.split()) in _spaced_runs()


@lru_cache(maxsize=1)
def _spaced_runs_by_head() -> dict[str, tuple[str, ...]]:
    heads: dict[str, list[str]] = {}
    for run in _spaced_runs():
        heads.setdefault(run.split(" ")[0], []).append(run)
    return {head: tuple(sorted(runs, key=len, reverse=True)) for head, runs in heads.items()}


def spaced_runs_after(head: str) -> tuple[str, ...]:
    """The names the corpora write with spaces inside (org_runs.json `spaced`) whose first chunk is `head`, longest
    first."""
    return _spaced_runs_by_head().get(head, ())


@lru_cache(maxsize=1)
def _list_runs() -> dict[str, tuple[str, ...]]:
    """org_runs.json `lists` by their first chunk."""
    runs = load_mined("org_runs.json").get("lists", ())
    heads: dict[str, list[str]] = {}
    for run in runs:
        heads.setdefault(run.split(" ")[0], []).append(run)
    return {head: tuple(v) for head, v in heads.items()}


def list_head(text: str, start: int, name: str) -> bool:
    """Is `name`, written at `start`, the head of a list the corpora write with spaces and mostly go on with, and does the
    text spell that list out here ("สถาบันชาติ| ศาสนา พระมหากษัตริย์", "คณะอนุกรรมการกำกับ| ติดตาม และประเมินผล";
    org_runs.json `lists`, scripts/mine_org_runs.py a_list)? A prefix word and one common word, the first of a list's
    items: no body."""
    return any(text.startswith(run, start) for run in _list_runs().get(name, ()))


COMMON_STEM_NAMES = 3  # different longer names the corpora write a stem on into before, written short, it is a kind
STEM_RELEASES = 2  # releases a longer name is written in to count


def common_stem(stem: str) -> bool:
    """Do the corpora (validity_corpus.json) go on from `stem` (spaces removed) into COMMON_STEM_NAMES or more
    different names, each written in STEM_RELEASES releases or more and none in half the releases of them all
    ("คณะกรรมการนโยบาย|การเงิน", "…|ที่ดินแห่งชาติ", … 56 names; "ศูนย์เรียนรู้|…", 6)? Then the stem names a kind. A
    stem the corpora mostly complete one way is that name short ("สำนักนายก|รัฐมนตรี" 1,143 of 1,147 releases,
    "สภาเกษตร|กรแห่งชาติ", "มูลนิธิส่งเสริมศิลปาชีพ|ในสมเด็จ…": "สำนักนายกฯ", "สภาเกษตรฯ" name one body)."""
    names, table = _sorted_organization_names(), corpus().get("organization", {})
    i, releases = bisect_right(names, stem), []
    while i < len(names) and names[i].startswith(stem):
        if ABBREVIATION_MARK not in names[i] and table[names[i]][0] >= STEM_RELEASES:
            releases.append(table[names[i]][0])
        i += 1
    return len(releases) >= COMMON_STEM_NAMES and 2 * max(releases) < sum(releases)


def continued_kind(name: str) -> bool:
    """Do the corpora write `name` (spaces removed) bare no more often than they go on from it into longer names, and
    go on into many different ones (`common_stem`: "สำนักงานเขต|บางรัก", "…|ปทุมวัน", 25 releases bare, 110 longer;
    "คณะกรรมการกองทุน|…", "กองอำนวยการ|…")? Written bare, it names any body of that kind, not one. A name the
    corpora mostly write bare ("กรมการแพทย์", 73 releases and 37 longer) or go on from one way ("กรมการขนส่ง|ทางบก")
    is a body."""
    row = corpus().get("organization", {}).get(name.replace(" ", ""))
    return bool(row) and row[3] >= row[0] and common_stem(name.replace(" ", ""))


@lru_cache(maxsize=1)
def _sorted_organization_names() -> list[str]:
    return sorted(corpus().get("organization", {}))
