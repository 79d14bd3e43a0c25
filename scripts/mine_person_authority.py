"""Mine the person authority: one entry per official who is written in Thai in some releases and in Latin
letters in others (thaigov's English desk), so both spellings get one key (ontology/authority/persons.jsonl).

Two kinds of evidence, from the thaigov corpora:
1. Glosses: a Thai release writes the Latin spelling in brackets after the Thai name ("นายอนุทิน ชาญวีรกูล
   (Anutin Charnvirakul)"); read with a regular expression over every release.
2. Posts in time: an English release names the holder of a post ("Government Spokesperson Thanakorn
   Wangboonkongchana"), Thai releases of the same months name the holder of the same post ("โฆษกประจำ
   สำนักนายกรัฐมนตรี นายธนกร วังบุญคงชนะ"). The pipeline is run on the English releases and on a sample of
   Thai ones; a Latin name and a Thai name are one person when they hold the same post in at least
   MIN_MONTHS common months, the Thai name is the one most often sharing its months, and the Thai name's
   royin romanisation is close to the Latin one (MIN_SIMILARITY; romanisation is rough, so it only vetoes).
Only the posts of TARGET_ROLES are aligned: prime ministers, deputy prime ministers, ministers (with the
ministry), government spokespersons and their deputies. Thai spellings given one Latin spelling are one person, and
so is a Thai spelling whose letters slip those of another's (person_spelling.usual_spelling: "ศรษฐา ทวีสิน" and
its "Srettha Thavisi" are เศรษฐา ทวีสิน's).

Output (JSON Lines, stdout): {"id", "th", "en": [{"name", "source"}], "source", "roles"} sorted by id, where
each "source" is the URL of a release that writes that name for that post.

Usage:
    python scripts/mine_person_authority.py ../shared/corpus/thaigov-v1.tar.xz ../shared/corpus/thaigov-v2.tar.xz > ontology/authority/persons.jsonl
Options (environment): THAI_SAMPLE (Thai releases run through the pipeline, default 6000), SEED (default 7).
"""
from __future__ import annotations

import collections
import difflib
import json
import os
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from phakhi.graph.read import iter_releases  # noqa: E402
from phakhi.graph.extract.pipeline import extract  # noqa: E402
from phakhi.graph.extract.person_spelling import usual_spelling  # noqa: E402
from phakhi.graph.types import Release  # noqa: E402

TARGET_ROLES = ("prime-minister", "deputy-prime-minister", "minister", "government-spokesperson",
                "deputy-government-spokesperson", "spokesperson", "deputy-spokesperson")
MIN_MONTHS = 2
MIN_SIMILARITY = 0.55
MIN_GLOSSES = 2
ENGLISH_SHARE = 0.8
THAI = "\u0e01-\u0e4e"
_GLOSS = re.compile(rf"(?:นายแพทย์|แพทย์หญิง|นาย|นางสาว|นาง|พลเอก|พล\.อ\.|ดร\.)\s?([{THAI}]{{2,20}} [{THAI}]{{2,25}})\s?\(\s?"
                    r"(?:(?:Mr|Mrs|Ms|Dr|Gen|H\.E)\.?\s)*([A-Z][a-z]+(?:[ \-][A-Za-z][a-z\-]+){1,3})\s?\)")


def is_english(release: Release) -> bool:
    latin = sum(ch.isascii() and ch.isalpha() for ch in release.text)
    thai = sum("\u0e01" <= ch <= "\u0e4e" for ch in release.text)
    return latin >= ENGLISH_SHARE * (latin + thai) and latin > 200


def romanised(thai: str) -> str:
    from pythainlp.transliterate import romanize
    return " ".join(romanize(w, engine="royin") for w in thai.split())


def similar(thai: str, latin: str) -> float:
    a = re.sub(r"[^a-z]", "", romanised(thai).casefold())
    b = re.sub(r"[^a-z]", "", latin.casefold()).replace("h", "")
    return difflib.SequenceMatcher(None, a.replace("h", ""), b).ratio()


_RANKS = re.compile(r"^(?:(?:General|Gen\.|Police|Air|Chief|Marshal|Admiral|Lieutenant|Major|Colonel|Mr\.|Ms\.|Dr\.)\s)+")
_SOUNDS = (("ph", "p"), ("th", "t"), ("kh", "k"), ("ch", "c"), ("sh", "s"), ("dh", "t"), ("j", "c"), ("g", "k"),
           ("v", "w"), ("d", "t"), ("z", "s"), ("x", "s"), ("q", "k"))


def _initial(word: str) -> str:
    word = word.casefold()
    if word[:1] in ("a", "e", "i", "o", "u"):
        return "V"
    for a, b in _SOUNDS:
        if word.startswith(a):
            return b
    return word[:1]


# Thai first letters whose owners also write them another way: ช as "Sh"/"S" ("ชินวัตร" -> Shinawatra), a leading
# ห before a low consonant as "H" ("ห่วงทรัพย์" -> Houngsub; royin drops it: "uangthrap").
_THAI_SPELT_ALSO = (("ช", "s"), ("หง", "h"), ("หญ", "h"), ("หน", "h"), ("หม", "h"), ("หย", "h"), ("หร", "h"),
                    ("หล", "h"), ("หว", "h"))


def _thai_initials(word: str) -> set[str]:
    """A Thai word's first sounds: a vowel when it begins on the silent อ ("อนุทิน" -> Anutin), which
    romanisation drops ("nuthin"); else that of its romanisation, and the other one its owner may write
    (_THAI_SPELT_ALSO)."""
    bare = re.sub("[\u0e48-\u0e4b]", "", word).lstrip("เแโใไ")  # tone marks off: "ห่วง" starts on หว
    if bare.startswith("อ"):
        return {"V"}
    return {_initial(romanised(word))} | {latin for thai, latin in _THAI_SPELT_ALSO if bare.startswith(thai)}


def initials_agree(thai: str, latin: str) -> bool:
    """The first sounds of the first and last names agree ("เศรษฐา ทวีสิน" is no "Sheikh Hasina")."""
    roman = thai.split()
    words = latin.split()
    return bool(roman) and len(words) >= 2 and _initial(words[0]) in _thai_initials(roman[0]) \
        and _initial(words[-1]) in _thai_initials(roman[-1])


def post_role(post, entity_orgs) -> str | None:
    role = post.get("role")
    if role not in TARGET_ROLES:
        return None
    if role in ("minister", "deputy-minister"):
        return f"{role}:{post['organization']}" if post.get("organization") else None
    return "spokesperson" if role.endswith("spokesperson") else role  # Thai "โฆษกประจำ…" is the Government Spokesperson


def main(paths: list[str]) -> None:
    sample = int(os.environ.get("THAI_SAMPLE", "6000"))
    rng = random.Random(int(os.environ.get("SEED", "7")))
    glosses: collections.Counter = collections.Counter()
    gloss_source: dict[tuple[str, str], str] = {}
    english, thai = [], []
    for release in iter_releases(paths):
        if not isinstance(release, Release):
            continue
        if is_english(release):
            english.append(release)
            continue
        for m in _GLOSS.finditer(release.text):
            pair = (m.group(1), m.group(2))
            glosses[pair] += 1
            gloss_source.setdefault(pair, release.source_url or release.name)
        if release.published and release.published.year >= 2016:
            thai.append(release)
    thai = rng.sample(thai, min(sample, len(thai)))
    print(f"english releases {len(english)}, thai sample {len(thai)}, glosses {len(glosses)}", file=sys.stderr)

    holders: dict[str, dict[tuple[str, str], collections.Counter]] = {"th": {}, "en": {}}
    sources: dict[tuple[str, str], str] = {}
    for side, releases in (("en", english), ("th", thai)):
        for release in releases:
            if release.published is None:
                continue
            month = release.published.strftime("%Y-%m")
            result = extract(release)
            for entity in result.entities.values():
                if entity.kind != "person" or not entity.names:
                    continue
                name = _RANKS.sub("", max(entity.names, key=len))
                if " " not in name or (side == "th") != any("\u0e01" <= ch <= "\u0e4e" for ch in name):
                    continue
                for post in entity.posts:
                    role = post_role({"role": _role(post.title), "organization": post.organization}, None)
                    if role:
                        holders[side].setdefault((role, month), collections.Counter())[name] += 1
                        sources.setdefault((name, role), release.source_url or release.name)
    rows: dict[str, dict] = {}
    # glosses
    for (th, en), n in glosses.items():
        en = _RANKS.sub("", en)
        if n >= MIN_GLOSSES and similar(th, en) >= MIN_SIMILARITY and initials_agree(th, en):
            row = rows.setdefault(th, {"th": th, "en": {}, "source": gloss_source[(th, en)], "roles": set()})
            row["en"].setdefault(en, gloss_source[(th, en)])
    # posts in time
    shared: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    roles_of: dict[tuple[str, str], set] = collections.defaultdict(set)
    for bucket, latin_names in holders["en"].items():
        thai_names = holders["th"].get(bucket)
        if not thai_names:
            continue
        for en in latin_names:
            for th in thai_names:
                shared[en][th] += 1
                roles_of[(en, th)].add(bucket[0])
    best_for_thai: dict[str, tuple[int, str]] = {}
    for en, counts in shared.items():
        for th, n in counts.items():
            if n > best_for_thai.get(th, (0, ""))[0]:
                best_for_thai[th] = (n, en)
    for en, counts in shared.items():
        ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
        candidates = [(th, n) for th, n in ranked
                      if n >= MIN_MONTHS and similar(th, en) >= MIN_SIMILARITY and initials_agree(th, en)]
        if not candidates:
            continue
        th, n = candidates[0]
        role = sorted(roles_of[(en, th)])[0]
        row = rows.setdefault(th, {"th": th, "en": {}, "source": sources.get((th, role), ""), "roles": set()})
        row["source"] = row["source"] or sources.get((th, role), "")
        row["en"].setdefault(en, sources.get((en, role), ""))
        row["roles"] |= {r.split(":")[0] for r in roles_of[(en, th)]}
    weight = collections.Counter()
    for (th, en), n in glosses.items():
        weight[th] += n
    for counts in shared.values():
        for th, n in counts.items():
            weight[th] += n
    latin_weight = collections.Counter()
    for (th, en), n in glosses.items():
        latin_weight[_RANKS.sub("", en)] += n
    for en, counts in shared.items():
        latin_weight[en] += sum(counts.values())
    groups: dict[str, list[str]] = {}  # a Latin spelling (squeezed) -> the Thai spellings it is given
    for th, row in rows.items():
        for en in row["en"]:
            groups.setdefault(re.sub(r"[^a-z]", "", en.casefold()), []).append(th)
    parent = {th: th for th in rows}

    def find(th: str) -> str:
        while parent[th] != th:
            th = parent[th]
        return th

    for ths in groups.values():
        for other in ths[1:]:
            parent[find(other)] = find(ths[0])
    for th in rows:  # a Thai spelling that slips the letters of another's ("ศรษฐา ทวีสิน") is that person
        usual = usual_spelling(th)
        if usual != th and usual in rows:
            parent[find(th)] = find(usual)
    merged: dict[str, list[str]] = collections.defaultdict(list)
    for th in rows:
        merged[find(th)].append(th)
    out = []
    for members in merged.values():
        members.sort(key=lambda t: (-weight[t], t))
        main = rows[members[0]]
        en = {}
        roles = set()
        for th in members:
            for name, source in rows[th]["en"].items():
                en.setdefault(name, source)
            roles |= rows[th]["roles"]
        if not en:
            continue
        first = max(en, key=lambda n: (latin_weight[n], -len(n), n))  # the spelling most often written
        ident = re.sub(r"[^a-z0-9]+", "-", first.casefold()).strip("-")
        out.append({"id": ident, "th": main["th"], "th_alt": [{"name": t, "source": rows[t]["source"]} for t in members[1:]],
                    "en": [{"name": n, "source": s} for n, s in sorted(en.items())],
                    "source": main["source"], "roles": sorted(roles)})
    for row in sorted(out, key=lambda r: r["id"]):
        print(json.dumps(row, ensure_ascii=False))

def _role(title: str) -> str | None:
    from phakhi.graph.extract.authority import title_at
    found = title_at(title, 0)
    return found[1]["role"] if found and len(found[0]) == len(title) else None


if __name__ == "__main__":
    main(sys.argv[1:])
