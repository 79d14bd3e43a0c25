"""Scoring extracted facts against gold facts, exactly as shared/eval/SPEC.md says.

Per release, each gold item matches at most one predicted item (maximum bipartite matching, networkx);
precision = matched / predicted, recall = matched / gold, micro-averaged over releases. The headline is
the micro-F1 over organizations, persons, posts, programs, events and counts together.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import networkx as nx

from phakhi.ontology import HERE

CLASSES = ("organizations", "persons", "posts", "programs", "events", "counts")
_ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"


@lru_cache(maxsize=1)
def _rules() -> dict:
    return json.loads((HERE / "th" / "scoring.json").read_text(encoding="utf-8"))


def canon(text: str | None) -> str:
    if text is None:
        return ""
    text = unicodedata.normalize("NFC", str(text)).casefold()
    drop = set(_rules()["punctuation"]) | set(_ZERO_WIDTH)
    return "".join(ch for ch in text if not ch.isspace() and ch not in drop)


def canon_person(name: str) -> str:
    text = unicodedata.normalize("NFC", name).strip()
    changed = True
    while changed:
        changed = False
        for prefix in sorted(_rules()["person_prefixes"], key=len, reverse=True):
            dotless_latin = prefix.isascii() and not prefix.endswith(".")
            if text.casefold().startswith(prefix) and (not dotless_latin or text[len(prefix):len(prefix) + 1].isspace()):
                text = text[len(prefix):].lstrip()
                changed = True
    return canon(text)


def canon_program(name: str) -> str:
    text = canon(name)
    for prefix in _rules()["program_prefixes"]:
        if text.startswith(prefix) and len(text) > len(prefix):
            return text[len(prefix):]
    return text


def _names_match(a: Iterable[str], b: Iterable[str], key: Callable[[str], str]) -> bool:
    left = {key(x) for x in a} - {""}
    return bool(left & ({key(x) for x in b} - {""}))


def _program_names_match(a: Iterable[str], b: Iterable[str]) -> bool:
    for x in a:
        for y in b:
            cx, cy = canon_program(x), canon_program(y)
            if not cx or not cy:
                continue
            if cx == cy:
                return True
            short, long = sorted((canon(x), canon(y)), key=len)
            if short and short in long and len(short) >= 0.6 * len(long):
                return True
    return False


def _count_match(gold: dict, pred: dict) -> bool:
    try:
        if abs(float(gold["value"]) - float(pred["value"])) > 1e-9 * max(1.0, abs(float(gold["value"]))):
            return False
    except (TypeError, ValueError):
        return False
    gu, pu = canon(gold.get("unit")), canon(pred.get("unit"))
    return gu == pu or (gu and pu and (gu in pu or pu in gu)) or (gu and gu in canon(pred.get("text")))


def _posts(facts: dict) -> list[dict]:
    return [{"person": p["names"], **post} for p in facts.get("persons", []) for post in p.get("posts", [])]


def _matchers(gold: dict) -> dict[str, Callable[[dict, dict], bool]]:
    gold_orgs = gold.get("organizations", [])

    def org_names_of(name: str | None) -> list[str]:
        for org in gold_orgs:
            if name is not None and canon(name) in {canon(n) for n in org["names"]}:
                return org["names"]
        return [name] if name else []

    def post_match(g: dict, p: dict) -> bool:
        if not _names_match(g["person"], p["person"], canon_person):
            return False
        if g.get("organization") is None:  # a post that names no organization matches one that names none
            if p.get("organization") is not None:
                return False
        elif canon(p.get("organization")) not in {canon(n) for n in org_names_of(g.get("organization"))}:
            return False
        gt, pt = canon(g.get("title")), canon(p.get("title"))
        return bool(gt and pt and (gt in pt or pt in gt))

    return {
        "organizations": lambda g, p: _names_match(g["names"], p["names"], canon),
        "persons": lambda g, p: _names_match(g["names"], p["names"], canon_person),
        "posts": post_match,
        "programs": lambda g, p: _program_names_match(g["names"], p["names"]),
        "events": lambda g, p: (g.get("type") == p.get("type") and g.get("date") is not None
                                and g.get("date") == p.get("date")) or _program_names_match(g["names"], p["names"]),
        "counts": _count_match,
    }


def _items(facts: dict, cls: str) -> list[dict]:
    return _posts(facts) if cls == "posts" else list(facts.get(cls, []))


def match(gold_items: list[dict], pred_items: list[dict], same: Callable[[dict, dict], bool],
          bonus: Callable[[dict, dict], bool] | None = None) -> list[tuple[int, int]]:
    """A maximum matching of gold to predicted items. Among maximum matchings, prefer pairs for which
    `bonus` holds (counts: the same qualifier), so the secondary score does not depend on which of
    several equally large matchings a solver happens to find."""
    graph = nx.Graph()
    for i, g in enumerate(gold_items):
        for j, p in enumerate(pred_items):
            if same(g, p):
                graph.add_edge(("g", i), ("p", j), weight=1 + (0.5 if bonus and bonus(g, p) else 0))
    pairs = nx.max_weight_matching(graph, maxcardinality=True)
    return sorted((a[1], b[1]) if a[0] == "g" else (b[1], a[1]) for a, b in pairs)


@dataclass
class Tally:
    gold: int = 0
    predicted: int = 0
    matched: int = 0

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Score:
    classes: dict[str, Tally] = field(default_factory=lambda: {c: Tally() for c in CLASSES})
    qualifiers: Tally = field(default_factory=Tally)  # matched counts (gold) vs those with the right qualifier
    published: Tally = field(default_factory=Tally)
    releases: int = 0
    missing: list[str] = field(default_factory=list)

    @property
    def overall(self) -> Tally:
        total = Tally()
        for t in self.classes.values():
            total.gold += t.gold
            total.predicted += t.predicted
            total.matched += t.matched
        return total

    def as_dict(self) -> dict:
        row = lambda t: {"gold": t.gold, "predicted": t.predicted, "matched": t.matched,  # noqa: E731
                         "precision": round(t.precision, 4), "recall": round(t.recall, 4), "f1": round(t.f1, 4)}
        return {"releases": self.releases, "overall": row(self.overall),
                "classes": {c: row(t) for c, t in self.classes.items()},
                "count_qualifiers": {"matched_counts": self.qualifiers.gold, "qualifier_right": self.qualifiers.matched,
                                     "accuracy": round(self.qualifiers.matched / self.qualifiers.gold, 4) if self.qualifiers.gold else 0.0},
                "published": {"gold": self.published.gold, "right": self.published.matched},
                "missing_predictions": self.missing}


def score_release(gold: dict, pred: dict, score: Score) -> dict[str, list[tuple[int, int]]]:
    matchers = _matchers(gold)
    pairs_by_class = {}
    for cls in CLASSES:
        g_items, p_items = _items(gold, cls), _items(pred, cls)
        same_qualifier = (lambda g, p: g.get("qualifier") == p.get("qualifier")) if cls == "counts" else None
        pairs = match(g_items, p_items, matchers[cls], same_qualifier)
        tally = score.classes[cls]
        tally.gold += len(g_items)
        tally.predicted += len(p_items)
        tally.matched += len(pairs)
        pairs_by_class[cls] = pairs
        if cls == "counts":
            score.qualifiers.gold += len(pairs)
            score.qualifiers.matched += sum(1 for i, j in pairs if g_items[i].get("qualifier") == p_items[j].get("qualifier"))
    score.published.gold += 1
    score.published.matched += int(gold.get("published") == pred.get("published"))
    score.releases += 1
    return pairs_by_class


def score_all(gold_by_name: dict[str, dict], predicted_by_name: dict[str, dict]) -> Score:
    score = Score()
    for name, gold in sorted(gold_by_name.items()):
        pred = predicted_by_name.get(name)
        if pred is None:
            score.missing.append(name)
            pred = {"release": name}
        score_release(gold, pred, score)
    return score


def load_gold(directory: str | Path) -> dict[str, dict]:
    """Gold files NNN.json -> {release file name: facts}."""
    gold = {}
    for path in sorted(Path(directory).glob("*.json")):
        facts = json.loads(path.read_text(encoding="utf-8"))
        gold[facts.get("release") or path.stem + ".txt"] = facts
    return gold


def format_table(score: Score) -> str:
    lines = [f"{'class':<16}{'gold':>6}{'pred':>6}{'match':>7}{'P':>8}{'R':>8}{'F1':>8}"]
    for name, t in [*score.classes.items(), ("overall (micro)", score.overall)]:
        lines.append(f"{name:<16}{t.gold:>6}{t.predicted:>6}{t.matched:>7}{t.precision:>8.3f}{t.recall:>8.3f}{t.f1:>8.3f}")
    q = score.qualifiers
    accuracy = q.matched / q.gold if q.gold else 0.0
    lines.append(f"count qualifiers right: {q.matched}/{q.gold} = {accuracy:.3f}")
    lines.append(f"published date right: {score.published.matched}/{score.published.gold}")
    return "\n".join(lines)


def predict_paths(store, paths: Iterable[str | Path], report=None) -> dict[str, dict]:
    """Ingest the releases into `store` and read their facts back with SPARQL, by file name."""
    from phakhi.graph.views.facts import release_facts
    from phakhi.graph.ingest import ingest

    summary = ingest(store, paths)
    if report:
        for failure in summary.failures:
            report(failure)
    return {Path(name).name: release_facts(store, name) for name in summary.names}


def evaluate_paths(store, gold_dir: str | Path, paths: Iterable[str | Path], report=None) -> Score:
    """Ingest, read back and score against the gold facts in `gold_dir`."""
    return score_all(load_gold(gold_dir), predict_paths(store, paths, report))


def errors(gold_by_name: dict[str, dict], predicted_by_name: dict[str, dict]) -> list[dict]:
    """Every false negative (gold, unmatched) and false positive (predicted, unmatched), per release and class."""
    rows = []
    for name, gold in sorted(gold_by_name.items()):
        pred = predicted_by_name.get(name, {"release": name})
        pairs = score_release(gold, pred, Score())
        for cls in CLASSES:
            g_items, p_items = _items(gold, cls), _items(pred, cls)
            matched_g = {i for i, _ in pairs[cls]}
            matched_p = {j for _, j in pairs[cls]}
            rows += [{"release": name, "class": cls, "error": "missed", "item": g_items[i]}
                     for i in range(len(g_items)) if i not in matched_g]
            rows += [{"release": name, "class": cls, "error": "spurious", "item": p_items[j]}
                     for j in range(len(p_items)) if j not in matched_p]
    return rows
