"""Score a worktree's extraction of English releases on this probe (h32-english, issue #12):

    python docs/audit/probe32-english/score.py [--worktree PATH] [--misses] [--unseen]

It links the worktree as the package `phakhi` in a temporary folder, runs `python -m phakhi facts --store :memory:`
on releases/ with it (PYTHAINLP_OFFLINE=1, PYTHAINLP_READ_ONLY=1) and compares with items.jsonl, the judged items:
per class, how many of the facts a reader expects (verdict right or missing) are given, and how many of the judged
wrong ones (junk, boundary) are still given. --misses lists each expected item not given and each wrong one still
given. --unseen prints every fact of unseen/ instead (one line per fact: diff two worktrees' output), since those
releases are not judged. Without --worktree it scores the worktree this file is in.

Matching (case folded, a leading "the " dropped): an organization, program or event by one of its names; a person by
one of its names and, when the item gives a title, a post of that title (and of an organization holding the item's
organization among its names); a count by its value and its text found in the item's text or the other way round.
"""

import json
import os
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _n(s: str | None) -> str:
    s = (s or "").casefold().strip()
    return s[4:] if s.startswith("the ") else s


def facts(worktree: Path, folder: Path) -> dict[str, dict]:
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / "phakhi").symlink_to(worktree)
        env = dict(os.environ, PYTHONPATH=tmp, PYTHAINLP_OFFLINE="1", PYTHAINLP_READ_ONLY="1")
        out = subprocess.run([sys.executable, "-m", "phakhi", "facts", "--store", ":memory:", str(folder)],
                             env=env, capture_output=True, text=True, check=True, cwd=tmp).stdout
    return {r["release"]: r for r in map(json.loads, out.splitlines())}


def given(item: dict, rel: dict) -> bool:
    name = _n(item.get("name"))
    cls = item["cls"]
    if cls in ("organization", "program", "event"):
        key = {"organization": "organizations", "program": "programs", "event": "events"}[cls]
        return any(name in map(_n, x["names"]) for x in rel[key])
    if cls == "person":
        orgs = {o["names"][0]: set(map(_n, o["names"])) for o in rel["organizations"]}
        for person in rel["persons"]:
            if name not in map(_n, person["names"]):
                continue
            if item.get("title") is None:
                return True
            for post in person["posts"]:
                if _n(post["title"]) == _n(item["title"]) and (
                        item.get("organization") is None or _n(item["organization"]) in orgs.get(post["organization"], ())):
                    return True
        return False
    text = _n(item["text"])
    return any(c["value"] == item["value"] and (text in _n(c["text"]) or _n(c["text"]) in text) for c in rel["counts"])


def main() -> None:
    args = sys.argv[1:]
    worktree = HERE.parents[2]
    if "--worktree" in args:
        worktree = Path(args[args.index("--worktree") + 1]).resolve()
    print(f"worktree {worktree}")
    if "--unseen" in args:
        for name, rel in sorted(facts(worktree, HERE / "unseen").items()):
            for key in ("organizations", "persons", "programs", "events", "counts"):
                for x in rel[key]:
                    print(name, key, json.dumps(x, ensure_ascii=False, sort_keys=True), sep="\t")
        return
    predicted = facts(worktree, HERE / "releases")
    items = [json.loads(line) for line in (HERE / "items.jsonl").read_text().splitlines() if line.strip()]
    want, got, bad, still = Counter(), Counter(), Counter(), Counter()
    lines = []
    for item in items:
        hit = given(item, predicted[item["release"]])
        expected = item["verdict"] in ("right", "missing")
        (want if expected else bad)[item["cls"]] += 1
        (got if expected else still)[item["cls"]] += hit
        if expected != hit:
            lines.append(f"{'missed' if expected else 'still'}\t{item['verdict']}\t{item['release']}\t{item['cls']}\t"
                         f"{item.get('name', item.get('text'))}\t{item.get('title') or ''}")
    for cls in ("organization", "person", "program", "event", "count"):
        print(f"{cls:13} expected given {got[cls]}/{want[cls]}; judged wrong still given {still[cls]}/{bad[cls]}")
    print(f"{'all':13} expected given {sum(got.values())}/{sum(want.values())}; "
          f"judged wrong still given {sum(still.values())}/{sum(bad.values())}")
    if "--misses" in args:
        print("\n".join(lines))


if __name__ == "__main__":
    main()
