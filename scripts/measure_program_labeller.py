"""Measure whether a program-span sequence labeller adds to the rules: K folds over gold releases, never scored on
its own training data. Nothing is written to ontology/: the measurement is the output.

    python scripts/measure_program_labeller.py --gold tests/gold seeds/releases \
        --gold TUNE/gold TUNE/releases [--folds 5] [--seed 7]

A linear-chain CRF (python-crfsuite, the bench extra) labels newmm tokens B/I/O for program names, line by line. Its
labels come from the gold: every place a gold program's name is written in the release (the longest first, no
overlaps). Its features: the token, its shape, its first and last two letters, whether it is a program prefix, a
dictionary word, a mined tail or cut word, a mined generic word or the first word of a mined program name; the same
for two tokens either side; the pair with the token before; and the extractor's own view of each character (inside a
program the rules found, inside a body, person or place). The releases are dealt into K folds; each fold is labelled
by a model trained on the others. The labeller's spans are then used two ways, each scored as the evaluator scores
programs (shared/eval/SPEC.md; a program's names are its surface forms and, for the scheme's programs, their labels):

- add: a span no program of the rules overlaps is one more program;
- extend: a span that starts inside a program of the rules and ends after it runs that program on to its end.
"""

from __future__ import annotations

import argparse
import random
import tempfile
from collections import defaultdict
from pathlib import Path

import pycrfsuite

from phakhi.graph.cli.evaluate import _program_names_match, load_gold, match
from phakhi.graph.extract import program_words, validity
from phakhi.graph.extract.authority import program_entries
from phakhi.graph.extract.document import Doc
from phakhi.graph.extract.pipeline import STAGES
from phakhi.graph.read import ReadFailure, iter_releases
from phakhi.graph.text.thai import is_thai, tokenize

OTHER_KINDS = ("organization", "person", "place")


def releases(gold_dir: str, release_dir: str) -> list[dict]:
    """Each release of a gold set: its text, the mentions before and after the validity stage, its gold programs."""
    gold = load_gold(gold_dir)
    out = []
    for release in iter_releases(sorted(str(p) for p in Path(release_dir).glob("*.txt"))):
        if isinstance(release, ReadFailure) or release.name not in gold:
            continue
        doc = Doc.from_release(release)
        before = []
        for stage in STAGES:
            if stage is validity.drop_invalid:
                before = [(m.nstart, m.nend, m.kind, m.key) for m in doc.mentions]
            stage(doc)
        out.append({"set": gold_dir, "name": release.name, "text": doc.text, "before": before,
                    "after": [(m.nstart, m.nend, m.kind, m.key) for m in doc.mentions],
                    "gold": gold[release.name].get("programs", [])})
    return out


def gold_spans(r: dict) -> list[tuple[int, int]]:
    spans = []
    for item in r["gold"]:
        for name in item["names"]:
            at = r["text"].find(name) if len(name) >= 3 else -1
            while at >= 0:
                spans.append((at, at + len(name)))
                at = r["text"].find(name, at + 1)
    kept: list[tuple[int, int]] = []
    for s in sorted(spans, key=lambda s: (s[0] - s[1], s[0])):
        if all(s[1] <= k[0] or s[0] >= k[1] for k in kept):
            kept.append(s)
    return kept


def char_tags(n: int, spans) -> list[str]:
    tags = ["O"] * n
    for s, e in spans:
        tags[s:e] = ["B"] + ["I"] * (e - s - 1)
    return tags


class Features:
    """The token features (see the module's docstring), with the data files read once."""

    def __init__(self) -> None:
        data = program_words.program_data()
        self.prefixes = tuple(data["prefixes"])
        self.words = program_words.dictionary_words()
        self.tails = program_words.mined_tails()[0]
        self.cuts = program_words.mined_cut_words()
        names, self.generic = program_words.mined_program_names()
        self.first = {tokenize(n)[0] for n in names if n}

    def token(self, t: str) -> dict:
        shape = ("space" if t.isspace() else "digit" if t[:1].isdigit() else "thai" if is_thai(t[:1])
                 else "latin" if t[:1].isascii() and t[:1].isalpha() else "punct")
        return {"w": t, "shape": shape, "p2": t[:2], "s2": t[-2:], "prefix": t.startswith(self.prefixes),
                "dict": t in self.words, "tail": t in self.tails, "cut": t in self.cuts, "generic": t in self.generic,
                "first": t in self.first}

    def sequence(self, tokens, rule, other) -> list[list[str]]:
        base = [self.token(t) for _, t in tokens]
        out = []
        for i, (start, t) in enumerate(tokens):
            f = ["bias", f"rule={rule[start]}", f"other={other[start]}", *(f"{k}={v}" for k, v in base[i].items())]
            for off in (-2, -1, 1, 2):
                j = i + off
                if not 0 <= j < len(tokens):
                    f.append(f"{off}:none")
                    continue
                b, s = base[j], tokens[j][0]
                f += [f"{off}:{k}={b[k]}" for k in ("w", "shape", "prefix", "tail", "cut")]
                f += [f"{off}:rule={rule[s]}", f"{off}:other={other[s]}"]
            if i:
                f.append(f"pair={base[i - 1]['w']}|{t}")
            out.append(f)
        return out


def lines(r: dict, features: Features, labelled: bool = True):
    """(token starts, features, labels or None) for each non-empty line of a release."""
    text = r["text"]
    rule = char_tags(len(text), [(s, e) for s, e, k, _ in r["before"] if k == "program"])
    other = char_tags(len(text), [(s, e) for s, e, k, _ in r["before"] if k in OTHER_KINDS])
    gold = char_tags(len(text), gold_spans(r)) if labelled else None
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            tokens, at = [], pos
            for t in tokenize(line):
                tokens.append((at, t))
                at += len(t)
            yield ([(s, s + len(t)) for s, t in tokens], features.sequence(tokens, rule, other),
                   [gold[s] for s, _ in tokens] if labelled else None)
        pos += len(line) + 1


def spans(r: dict, tagger, features: Features) -> list[tuple[int, int]]:
    found = []
    for bounds, xs, _ in lines(r, features, labelled=False):
        current = None
        for (s, e), y in zip(bounds, tagger.tag(xs)):
            if y == "B" or (y == "I" and current is None):
                if current:
                    found.append(current)
                current = [s, e]
            elif y == "I":
                current[1] = e
            elif current:
                found.append(current)
                current = None
        if current:
            found.append(current)
    text = r["text"]
    return [(s, len(text[:e].rstrip())) for s, e in found if text[s:e].strip()]


def combined(r: dict, found, add: bool, extend: bool) -> list[tuple]:
    """The mentions after the validity stage, with the labeller's spans added or used to extend (see the docstring)."""
    mentions = list(r["after"])
    for s, e in found:
        over = [i for i, m in enumerate(mentions) if m[2] == "program" and m[0] < e and s < m[1]]
        if not over and add and e - s >= program_words.MIN_REST:
            mentions.append((s, e, "program", "labeller:" + r["text"][s:e]))
        for i in over if extend else ():
            if s <= mentions[i][0] and e > mentions[i][1]:
                mentions[i] = (mentions[i][0], e, *mentions[i][2:])
    return mentions


def score(rs: list[dict], mentions_of) -> dict[str, tuple]:
    labels = defaultdict(list)
    for entry in program_entries():
        labels[entry.key].append(entry.label)
    out = {}
    for name in dict.fromkeys(r["set"] for r in rs):
        g = p = m = 0
        for r in (r for r in rs if r["set"] == name):
            forms = defaultdict(list)
            for s, e, kind, key in mentions_of(r):
                if kind == "program":
                    forms[key].append(" ".join(r["text"][s:e].split()))
            pred = [{"names": list(dict.fromkeys(v + labels.get(k, [])))} for k, v in forms.items()]
            m += len(match(r["gold"], pred, lambda a, b: _program_names_match(a["names"], b["names"])))
            g, p = g + len(r["gold"]), p + len(pred)
        precision, recall = m / max(1, p), m / max(1, g)
        out[name] = (g, p, m, round(precision, 3), round(recall, 3),
                     round(2 * precision * recall / max(1e-9, precision + recall), 3))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gold", nargs=2, action="append", required=True, metavar=("GOLD_DIR", "RELEASES"))
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    rs = [r for gold_dir, release_dir in args.gold for r in releases(gold_dir, release_dir)]
    features = Features()
    order = list(range(len(rs)))
    random.Random(args.seed).shuffle(order)
    found: dict[int, list] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for k in range(args.folds):
            held = set(order[k::args.folds])
            trainer = pycrfsuite.Trainer(verbose=False)
            for i in order:
                if i not in held:
                    for _, xs, ys in lines(rs[i], features):
                        trainer.append(xs, ys)
            trainer.set_params({"c1": 0.1, "c2": 0.05, "max_iterations": 100, "feature.possible_transitions": True})
            trainer.train(f"{tmp}/fold.crf")
            tagger = pycrfsuite.Tagger()
            tagger.open(f"{tmp}/fold.crf")
            for i in held:
                found[i] = spans(rs[i], tagger, features)
    index = {id(r): i for i, r in enumerate(rs)}
    print("programs (gold, predicted, matched, P, R, F1) per gold set; each release labelled by a model not trained on it")
    print("rules         ", score(rs, lambda r: r["after"]))
    for add, extend, title in ((True, False, "rules + add   "), (False, True, "rules + extend"),
                               (True, True, "rules + both  ")):
        print(title, score(rs, lambda r: combined(r, found[index[id(r)]], add, extend)))


if __name__ == "__main__":
    main()
