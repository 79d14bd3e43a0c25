"""A name written short with the abbreviation mark is the full name its release writes (issue #12, identity).

Thai releases write a long name once and then short: "กองทุนหมู่บ้านและชุมชนเมืองแห่งชาติ" then "กองทุนหมู่บ้านฯ",
"กองทุนหมุนเวียนเพื่อการกู้ยืมแก่เกษตรกรและผู้ยากจน" then "กองทุนหมุนเวียนฯ", "คณะกรรมการ…" then "คณะกรรมการฯ". One rule for
the organizations and the programmes: a mention ending in "ฯ" whose stem (its words before the mark, spaces, dashes
and case aside) begins exactly one entity's full name of the same class written in the same release, before it or
after it, is that entity; with none, or several, it is left as it is. The programme stage asks it as it finds
names (program_aliases.abbreviated_names); resolve asks it again of the mentions the validity stage leaves, when a
full name the finder gave beside others ("กองทุนหมู่บ้านและชุมชนเมืองทั่วประเทศ", "…ที่มีความพร้อม") is gone and one
is left."""

from __future__ import annotations

from collections.abc import Iterable

from phakhi.graph.extract.document import Doc
from phakhi.graph.extract.program_words import PATTERN_KEY, canon
from phakhi.graph.text.thai import ABBREVIATION_MARK

ELIDED_KINDS = ("organization", "program")  # events join their short names as they cluster (resolve._alike)


def elided_stem(written: str) -> str | None:
    """The words a name written short ends its mark on, compared as `canon` compares names ("กองทุนหมู่บ้านฯ" ->
    "กองทุนหมู่บ้าน"), or None for a name that does not end on the mark, or has it inside too ("ศูนย์วิจัยเศรษฐกิจฯ
    ธนาคารออมสิน": a unit cut short and its parent, resolve._abbreviated_units)."""
    name = canon(written)
    if not name.endswith(ABBREVIATION_MARK):
        return None
    stem = name[:-len(ABBREVIATION_MARK)]
    return stem if stem and ABBREVIATION_MARK not in stem else None


def full_named(stem: str, names: Iterable[tuple[str, str]]) -> str | None:
    """The key of the one entity whose full name the stem begins and goes on from; None when none does, or the names
    of several entities do. `names`: (canon name, key) of the release's names of the class; a full name is one not
    ending on the mark (one with the mark inside counts: "โครงการจัดหาวัคซีนฯ AstraZeneca" is written on from the stem,
    and so may be what the short form stands for). One name written under two keys (with a space and without:
    "ศูนย์ศึกษาการพัฒนาห้วยฮ่องไคร้ อันเนื่องมาจากพระราชดำริ") is one full name: the first key it is written under."""
    found: dict[str, str] = {}  # key -> name, in the order given
    for name, key in names:
        if not name.endswith(ABBREVIATION_MARK) and len(name) > len(stem) and name.startswith(stem):
            found.setdefault(key, name)
    return next(iter(found)) if len(set(found.values())) == 1 else None


def elided_keys(doc: Doc, keys: dict[str, str]) -> dict[str, str]:
    """Key of each organization or programme found by pattern and written only short with the mark -> the key of the
    one entity of its class whose full name the release writes and its stem begins (`full_named`). `keys`: the
    release's keys already joined to others (resolve's short_to_full), so two names of one entity are one."""
    mapping: dict[str, str] = {}
    for kind in ELIDED_KINDS:
        mentions = doc.of_kind(kind)
        full = None  # (canon name, key) of every mention: read only when a name is written short (most releases
        # write none, and canonising every name of every release was most of this function's time)
        stems: dict[str, set[str | None]] = {}
        for m in mentions:
            if not m.key.startswith(PATTERN_KEY) or m.key in keys:
                continue
            stem = elided_stem(doc.text[m.nstart:m.nend])
            if stem and full is None:
                full = [(canon(doc.text[o.nstart:o.nend]), keys.get(o.key, o.key)) for o in mentions]
            stems.setdefault(m.key, set()).add(full_named(stem, full) if stem else None)
        for key, targets in stems.items():
            target = targets.pop() if len(targets) == 1 else None
            if target is not None and target != key:
                mapping[key] = target
    return mapping
