"""Peer comparison: pythainlp's bundled ThaiNER 1.5.1 CRF against phakhi, on the dev set, with phakhi's scorer.

What it measures: organizations and persons only (the two classes a general-purpose Thai NER can produce),
precision / recall / F1 as shared/eval/SPEC.md defines them (phakhi.graph.evaluate.score_all), and throughput
in characters of release content per second, each system's wall time measured once (one cold run: reading
the releases, tagging or ingesting, scoring).

Why: ThaiNER's CRF is what a user would otherwise reach for to pull actors out of Thai press releases; this
shows what phakhi's extraction adds over it, on the same text and the same matching rules.

How ThaiNER is run: the steps of pythainlp/tag/thainer.py (ThaiNameTagger version 1.5) rebuilt here,
because that constructor asks for a download offline: word_tokenize with pythainlp's own tokenizer engine,
perceptron POS tags, ThaiNameTagger._extract_features, pycrfsuite. Only each release's content regions are
tagged, line by line (the CRF was trained on sentences), long lines cut at whitespace into chunks of at most
500 characters. B-/I- ORGANIZATION and PERSON spans become organizations (type "Other") and persons (no posts),
deduplicated by text per release.

POS tags: the model was trained on Blackboard/LST20 tags (NN, VV, PU, ...), which pythainlp makes with its
"blackboard" perceptron tagger. That tagger is NOT in the pythainlp wheel (it is a download); where it has
not been downloaded, `--pos auto` (the default) falls back to the bundled UD perceptron tagger ("pud", the
default corpus of pythainlp.tag.pos_tag) with the UD tags mapped back to LST20. The output says which was used.

Credit: the ThaiNER model (thainer_crf_1_5_1.model, shipped in the pythainlp wheel) is by Wannaphong
Phatthiyaphaibun, https://github.com/wannaphong/thai-ner, licensed CC BY 3.0 (pythainlp's corpus catalogue,
default_db.json, lists it as CC-BY-4.0).

Tokens: pythainlp 5.4's ThaiNER uses word_tokenize engine "mm" (multi-cut), while the model file was trained on
"newmm" tokens (it was published as thai-ner-1-5-newmm-lst20.crfsuite); the default follows pythainlp, what a
user gets, and --tokenizer newmm shows the difference.

Run: python benchmarks/peer_thainer.py [--releases DIR] [--gold DIR] [--json] [--pos auto|blackboard|ud]
                                       [--tokenizer ENGINE]
Needs python-crfsuite (pip install -e '.[bench]'). Exit status 2 on a setup error (missing model, module, dir).
"""

from __future__ import annotations

import os

os.environ.setdefault("PYTHAINLP_OFFLINE", "1")  # a benchmark never downloads
os.environ.setdefault("PYTHAINLP_READ_ONLY", "1")

import argparse  # noqa: E402
import importlib.resources  # noqa: E402
import json  # noqa: E402
import re  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from collections.abc import Callable, Iterator  # noqa: E402
from dataclasses import dataclass  # noqa: E402
from pathlib import Path  # noqa: E402

import pythainlp  # noqa: E402
from pythainlp.tag import pos_tag  # noqa: E402
from pythainlp.tag.thainer import _TOKENIZER_ENGINE, ThaiNameTagger  # noqa: E402
from pythainlp.tokenize import word_tokenize  # noqa: E402

from phakhi.graph.cli.evaluate import Score, Tally, evaluate_paths, load_gold, score_all  # noqa: E402
from phakhi.graph.read import ReadFailure, iter_releases  # noqa: E402
from phakhi.graph.store import Store  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
MODEL_FILE = "thainer_crf_1_5_1.model"
THAINER = "pythainlp ThaiNER 1.5.1 CRF"
CREDIT = ("ThaiNER 1.5.1 CRF model by Wannaphong Phatthiyaphaibun (github.com/wannaphong/thai-ner), CC BY 3.0, "
          f"bundled with pythainlp {pythainlp.__version__}")
MAX_CHUNK = 500
KINDS = {"ORGANIZATION": "organizations", "PERSON": "persons"}
# UD -> Blackboard/LST20, the inverse of pythainlp.tag.blackboard.TO_UD where that is one-to-one; LST20 has no
# proper-noun or determiner tag (names are NN; demonstratives AJ) and tags negators NG.
UD_TO_LST20 = {"ADJ": "AJ", "ADV": "AV", "AUX": "AX", "CCONJ": "CC", "SCONJ": "CC", "NOUN": "NN", "PROPN": "NN",
               "NUM": "NU", "PART": "PA", "PRON": "PR", "ADP": "PS", "PUNCT": "PU", "SYM": "PU", "VERB": "VV",
               "DET": "AJ", "INTJ": "IJ", "X": "XX"}
NEGATORS = {"ไม่", "มิ", "ไม่ได้", "มิได้"}

PosTagger = Callable[[list[str]], list[tuple[str, str]]]


class SetupError(RuntimeError):
    """Something the benchmark needs is missing; the message says what and how to get it."""


def model_path() -> Path:
    path = Path(str(importlib.resources.files("pythainlp") / "corpus" / MODEL_FILE))
    if not path.is_file():
        raise SetupError(f"ThaiNER model not found: {path} (expected inside the pythainlp {pythainlp.__version__} "
                         "wheel; reinstall pythainlp)")
    return path


def _blackboard(tokens: list[str]) -> list[tuple[str, str]]:
    return pos_tag(tokens, engine="perceptron", corpus="blackboard")


def _ud_as_lst20(tokens: list[str]) -> list[tuple[str, str]]:
    tags = pos_tag(tokens, engine="perceptron", corpus="pud")
    return [(w, "PU" if w.isspace() else "NG" if w in NEGATORS else UD_TO_LST20.get(t, "XX")) for w, t in tags]


def pos_tagger(choice: str) -> tuple[PosTagger, str]:
    """The POS tagger to feed the CRF and a line saying which it is."""
    if choice in ("auto", "blackboard"):
        try:
            _blackboard(["ทดสอบ"])
            return _blackboard, "pythainlp perceptron 'blackboard' (as ThaiNameTagger 1.5 does)"
        except FileNotFoundError:
            if choice == "blackboard":
                raise SetupError("pythainlp's 'blackboard_pt_tagger' POS model is not installed (it is a download, "
                                 "not in the wheel); use --pos ud, or download it with network access") from None
    return _ud_as_lst20, ("pythainlp perceptron 'pud' (UD) mapped to LST20 - SUBSTITUTE: the 'blackboard' tagger "
                          "ThaiNameTagger 1.5 uses is not installed")


class ThaiNer:
    """ThaiNameTagger(version="1.5").get_ner, without the constructor's corpus download."""

    def __init__(self, pos: PosTagger, tokenizer: str = _TOKENIZER_ENGINE):
        try:
            import pycrfsuite
        except ImportError:
            raise SetupError("python module pycrfsuite is missing: pip install python-crfsuite "
                             "(or pip install -e '.[bench]')") from None
        self.crf = pycrfsuite.Tagger()
        self.crf.open(str(model_path()))
        self.pos, self.tokenizer = pos, tokenizer

    def spans(self, text: str) -> Iterator[tuple[str, str]]:
        """(NER class, surface text) for each entity span, B-/I- read leniently (a stray I- starts a span)."""
        tokens = word_tokenize(text, engine=self.tokenizer)
        if not tokens:
            return
        labels = self.crf.tag(ThaiNameTagger._extract_features(self.pos(tokens)))
        kind, words = None, []
        for token, label in [*zip(tokens, labels), ("", "O")]:
            prefix, _, name = label.partition("-")
            if kind and (prefix != "I" or name != kind):
                yield kind, "".join(words).strip()
                kind, words = None, []
            if prefix in ("B", "I") and name != kind:
                kind, words = name, []
            if kind:
                words.append(token)


def chunks(text: str) -> Iterator[str]:
    """Non-blank lines of `text`, each cut at whitespace runs into pieces of at most MAX_CHUNK characters
    (a single longer word stays whole)."""
    for line in text.splitlines():
        piece = ""
        for part in re.findall(r"\S+\s*", line.strip()):
            if piece and len(piece) + len(part.rstrip()) > MAX_CHUNK:
                yield piece.rstrip()
                piece = ""
            piece += part
        if piece.strip():
            yield piece.rstrip()


def thainer_facts(ner: ThaiNer, releases_dir: Path) -> tuple[dict[str, dict], int]:
    """Facts per release file name, and the number of characters tagged."""
    facts, tagged = {}, 0
    for release in iter_releases([releases_dir]):
        if isinstance(release, ReadFailure):
            print(f"warning: {release.name}: {release.reason}", file=sys.stderr)
            continue
        found: dict[str, dict[str, None]] = {cls: {} for cls in KINDS.values()}  # ordered sets
        for start, end in release.regions:
            for chunk in chunks(release.text[start:end]):
                tagged += len(chunk)
                for kind, surface in ner.spans(chunk):
                    if kind in KINDS and surface:
                        found[KINDS[kind]][surface] = None
        facts[release.name] = {
            "release": release.name,
            "published": release.published.isoformat() if release.published else None,
            "organizations": [{"names": [n], "type": "Other"} for n in found["organizations"]],
            "persons": [{"names": [n], "posts": []} for n in found["persons"]],
            "programs": [], "events": [], "counts": [],
        }
    return facts, tagged


@dataclass
class Row:
    system: str
    score: Score
    seconds: float
    chars: int

    @property
    def chars_per_second(self) -> float:
        return self.chars / self.seconds if self.seconds else 0.0

    def as_dict(self) -> dict:
        classes = self.score.as_dict()["classes"]
        return {"system": self.system, "seconds": round(self.seconds, 3), "chars": self.chars,
                "chars_per_second": round(self.chars_per_second), "releases": self.score.releases,
                "organizations": classes["organizations"], "persons": classes["persons"]}


def run(releases_dir: Path, gold_dir: Path, pos_choice: str, tokenizer: str) -> tuple[list[Row], str]:
    for label, path in (("releases", releases_dir), ("gold", gold_dir)):
        if not path.is_dir():
            raise SetupError(f"{label} directory not found: {path}")
    gold = load_gold(gold_dir)
    if not gold:
        raise SetupError(f"no gold files (*.json) in {gold_dir}")
    pos, pos_note = pos_tagger(pos_choice)
    try:  # also loads pythainlp's shared word list, outside both timings
        word_tokenize("ทดสอบ", engine=tokenizer)
    except ValueError:
        raise SetupError(f"pythainlp has no word_tokenize engine {tokenizer!r}") from None

    began = time.perf_counter()
    ner = ThaiNer(pos, tokenizer)
    predicted, chars = thainer_facts(ner, releases_dir)
    thainer_score = score_all(gold, predicted)
    thainer_seconds = time.perf_counter() - began

    began = time.perf_counter()
    phakhi_score = evaluate_paths(Store.memory(), gold_dir, [releases_dir],
                                  report=lambda failure: print(f"warning: {failure}", file=sys.stderr))
    phakhi_seconds = time.perf_counter() - began
    note = f"POS tags {pos_note}; tokenizer engine {tokenizer!r}" + (
        " (pythainlp's ThaiNER setting)" if tokenizer == _TOKENIZER_ENGINE else
        f" (NOT pythainlp's ThaiNER setting, {_TOKENIZER_ENGINE!r})")
    return [Row(THAINER, thainer_score, thainer_seconds, chars), Row("phakhi", phakhi_score, phakhi_seconds, chars)], note


def format_rows(rows: list[Row], note: str) -> str:
    prf = lambda t: f"{t.precision:.3f} / {t.recall:.3f} / {t.f1:.3f}"  # noqa: E731
    counts = lambda t: f"{t.matched}/{t.predicted}/{t.gold}"  # noqa: E731
    width = max(len(r.system) for r in rows)
    head = (f"{'system':<{width}} | {'organizations P / R / F1':<24} | {'persons P / R / F1':<24} | {'chars/s':>9}"
            f" | {'org m/p/g':>11} | {'per m/p/g':>11}")
    lines = [f"Peer comparison, {rows[0].score.releases} releases, {rows[0].chars:,} characters of release content; "
             "scored with shared/eval/SPEC.md (phakhi.graph.cli.evaluate)",
             f"Credit: {CREDIT}",
             f"ThaiNER run with: {note}",
             "", head, "-" * len(head)]
    for r in rows:
        org: Tally = r.score.classes["organizations"]
        per: Tally = r.score.classes["persons"]
        lines.append(f"{r.system:<{width}} | {prf(org):<24} | {prf(per):<24} | {r.chars_per_second:>9,.0f}"
                     f" | {counts(org):>11} | {counts(per):>11}")
    lines.append("")
    lines.append("m/p/g = matched / predicted / gold items; chars/s = the characters above / one cold wall-clock run "
                 + ", ".join(f"({r.system}: {r.seconds:.2f} s)" for r in rows))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--releases", type=Path, default=REPO / "seeds" / "releases", help="release files (dev set)")
    parser.add_argument("--gold", type=Path, default=REPO / "tests" / "gold", help="gold facts, NNN.json")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    parser.add_argument("--pos", choices=("auto", "blackboard", "ud"), default="auto",
                        help="POS tags for the CRF: blackboard (pythainlp's own, needs its downloaded model), "
                             "ud (bundled UD tagger mapped to LST20), auto (blackboard if installed, else ud)")
    parser.add_argument("--tokenizer", default=_TOKENIZER_ENGINE,
                        help=f"word_tokenize engine for ThaiNER (default {_TOKENIZER_ENGINE!r}, pythainlp's ThaiNER "
                             "setting; the model file was trained on 'newmm' tokens)")
    args = parser.parse_args(argv)
    try:
        rows, note = run(args.releases, args.gold, args.pos, args.tokenizer)
    except SetupError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps({"credit": CREDIT, "thainer_setup": note, "tokenizer": args.tokenizer,
                          "systems": [r.as_dict() for r in rows]}, ensure_ascii=False, indent=2))
    else:
        print(format_rows(rows, note))
    return 0


if __name__ == "__main__":
    sys.exit(main())
