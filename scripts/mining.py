"""What the mining scripts share: the texts of a corpus's releases as the extractor's matchers see them, and
writing a mined data file. (Imported by the scripts beside it: `python scripts/mine_….py` puts scripts/ on
sys.path.)"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from phakhi.graph.extract.document import Doc
from phakhi.graph.read import ReadFailure, iter_releases
from phakhi.graph.types import Release


def readable_releases(paths: Iterable[str | Path], limit: int | None = None) -> Iterator[Release]:
    """Each readable release under `paths`, in archive order, at most `limit` of them; unreadable releases are
    skipped."""
    seen = 0
    for release in iter_releases(paths):
        if isinstance(release, ReadFailure):
            continue
        seen += 1
        if limit and seen > limit:
            return
        yield release


def release_docs(paths: Iterable[str | Path], limit: int | None = None) -> Iterator[Doc]:
    """The Doc (normalised text, boilerplate blanked, offsets kept) of each readable release under `paths` (see
    `readable_releases`)."""
    return (Doc.from_release(release) for release in readable_releases(paths, limit))


def release_texts(paths: Iterable[str | Path], limit: int | None = None) -> Iterator[str]:
    """The normalised text of each readable release under `paths` (see `release_docs`)."""
    return (doc.text for doc in release_docs(paths, limit))


def write_data(data: dict, path: str | Path) -> None:
    """A mined data file as the ontology keeps them: UTF-8 JSON, one item a line, ending in a newline."""
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(data, fh, ensure_ascii=False, indent=0)
        fh.write("\n")


def run_miner(doc: str, out: str, mine: Callable[[list[str], int | None], dict], describe: Callable[[dict], str]) -> None:
    """The command line every mining script shares: the archive paths, --out (default ontology/th/<out>) and
    --limit (releases per archive); prints what was mined, how long it took and where it went."""
    parser = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    parser.add_argument("paths", nargs="+")
    parser.add_argument("--out", default=str(Path(__file__).resolve().parent.parent / "ontology" / "th" / out))
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args()
    started = time.monotonic()
    data = mine(args.paths, args.limit)
    write_data(data, args.out)
    print(f"{describe(data)} in {time.monotonic() - started:.0f} s -> {args.out}", file=sys.stderr)
