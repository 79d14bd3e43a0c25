"""What the mining scripts share: the texts of a corpus's releases as the extractor's matchers see them, and
writing a mined data file. (Imported by the scripts beside it: `python scripts/mine_….py` puts scripts/ on
sys.path.)"""

from __future__ import annotations

import argparse
import inspect
import json
import re
import sys
import tarfile
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from phakhi.graph.extract.document import Doc
from phakhi.graph.read import ReadError, ReadFailure, iter_releases, read_bytes
from phakhi.graph.types import Release


def archive_names(paths: Iterable[str | Path]) -> frozenset[str]:
    """The member names of the archives at `paths`: the releases a miner skips (--skip), so that the audit samples
    the judged labels are replayed on are not mined from (a sample keeps its corpus's member names)."""
    names: set[str] = set()
    for path in paths:
        with tarfile.open(path) as archive:
            names.update(member.name for member in archive.getmembers() if member.isfile())
    return frozenset(names)


def readable_releases(paths: Iterable[str | Path], limit: int | None = None,
                      skip: frozenset[str] = frozenset()) -> Iterator[Release]:
    """Each readable release under `paths`, in archive order, at most `limit` of them, none named in `skip`;
    unreadable releases are skipped."""
    seen = 0
    for release in iter_releases(paths):
        if isinstance(release, ReadFailure) or release.name in skip:
            continue
        seen += 1
        if limit and seen > limit:
            return
        yield release


def release_docs(paths: Iterable[str | Path], limit: int | None = None,
                 skip: frozenset[str] = frozenset()) -> Iterator[Doc]:
    """The Doc (normalised text, boilerplate blanked, offsets kept) of each readable release under `paths` (see
    `readable_releases`)."""
    return (Doc.from_release(release) for release in readable_releases(paths, limit, skip))


def release_texts(paths: Iterable[str | Path], limit: int | None = None,
                  skip: frozenset[str] = frozenset()) -> Iterator[str]:
    """The normalised text of each readable release under `paths` (see `release_docs`)."""
    return (doc.text for doc in release_docs(paths, limit, skip))


def strided_texts(paths: Iterable[str | Path], skip_paths: Iterable[str | Path], per_archive: int) -> Iterator[str]:
    """The normalised text of up to `per_archive` releases of each archive at `paths`, taken at an even stride
    through its members, leaving out every release a `skip_paths` archive holds (the audit samples, so the judged
    labels replayed on them are not mined from); unreadable releases are skipped. A stride rather than the first N:
    a bounded run still spans every year of an archive. The organization miners read the corpora so."""
    skip = archive_names(skip_paths)
    for path in paths:
        with tarfile.open(path) as archive:
            names = [m.name for m in archive.getmembers() if m.isfile() and m.name.endswith(".txt") and m.name not in skip]
        wanted = set(names[::max(1, len(names) // per_archive)][:per_archive])
        with tarfile.open(path, mode="r|*") as archive:
            for member in archive:
                handle = archive.extractfile(member) if member.name in wanted else None
                if handle is None:
                    continue
                try:
                    yield Doc.from_release(read_bytes(handle.read(), member.name)).text
                except ReadError:
                    continue


def write_data(data: dict, path: str | Path) -> None:
    """A mined data file as the ontology keeps them: UTF-8 JSON, one item a line, ending in a newline."""
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(data, fh, ensure_ascii=False, indent=0)
        fh.write("\n")


def run_archive_miner(doc: str, out: Path, mine: Callable[[list[str], list[str], int], dict],
                      describe: Callable[[dict], str], per_archive: int) -> None:
    """The command line of the miners that read up to --per-archive releases of each archive, leaving out every
    release of the --skip archives (the audit samples, so that replaying judged labels is not scored on mined text):
    the archive paths, --skip, --per-archive, -o; prints what was mined, its CPU time and where it went."""
    parser = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    parser.add_argument("archives", nargs="+")
    parser.add_argument("--skip", action="append", default=[], help="archives whose releases are not read")
    parser.add_argument("--per-archive", type=int, default=per_archive)
    parser.add_argument("-o", "--output", default=str(out))
    args = parser.parse_args()
    missing = [p for p in [*args.archives, *args.skip] if not Path(p).exists()]
    if missing:
        parser.error(f"no such archive: {', '.join(missing)}")
    started = time.process_time()
    data = mine(args.archives, args.skip, args.per_archive)
    write_data(data, args.output)
    print(f"{describe(data)} in {time.process_time() - started:.0f} s CPU -> {args.output}", file=sys.stderr)


def run_miner(doc: str, out: str, mine: Callable[[list[str], int | None], dict], describe: Callable[[dict], str]) -> None:
    """The command line every mining script shares: the archive paths, --out (default ontology/th/<out>) and
    --limit (releases per archive) and, for a miner whose `mine` takes `skip`, --skip (archives whose releases are
    not read: the audit samples); prints what was mined, the CPU time it took and where it went."""
    parser = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    parser.add_argument("paths", nargs="+")
    parser.add_argument("--out", default=str(Path(__file__).resolve().parent.parent / "ontology" / "th" / out))
    parser.add_argument("--limit", type=int, default=None)
    skips = "skip" in inspect.signature(mine).parameters
    if skips:
        parser.add_argument("--skip", action="append", default=[], help="an archive whose releases are not read")
    args = parser.parse_args()
    missing = [p for p in [*args.paths, *getattr(args, "skip", [])] if not Path(p).exists()]
    if missing:
        parser.error(f"no such archive: {', '.join(missing)}")
    started = time.process_time()
    data = mine(args.paths, args.limit, skip=archive_names(args.skip)) if skips else mine(args.paths, args.limit)
    write_data(data, args.out)
    print(f"{describe(data)} in {time.process_time() - started:.0f} s of CPU -> {args.out}", file=sys.stderr)


def counted_before(data: dict) -> re.Pattern[str]:
    """What stands right before an organization prefix word a release counts or spreads (the kinds miners search
    the 12 characters before it; `data` is not_organizations.json): a quantifier (`generic_before`: "ทุก", "แต่ละ",
    "หลาย") or a number after a word that joins it to the sentence (`count_joiners`: "ร่วมกับ 4 กระทรวงหลัก", "ทั้ง 76
    สำนักงาน"; not "ชั้น 2 สำนักเลขาธิการ…", "ฮอลล์ 104 ศูนย์…")."""
    joiners = "|".join(map(re.escape, data["count_joiners"]))
    return re.compile(r"(?:" + "|".join(map(re.escape, data["generic_before"]))
                      + r"|(?:" + joiners + r")\s?[\d๐-๙]{1,3})\s?$")


# what the organization-run miners (mine_org_kinds.py, mine_org_schemes.py) read after a prefix word
RUN_REACH = 60  # longest run read after a prefix word
RUN_END = re.compile(r"[\s()\[\]“”\"',:;/.]")


def run_end(text: str, after: int, reach: int = RUN_REACH) -> int | None:
    """Where a run of letters read from `after` (the end of an organization prefix word) ends: at a space, a bracket,
    punctuation or a line end within `reach` characters; None when none comes (the run is cut there, not ended)."""
    m = RUN_END.search(text, after, after + reach)
    return m.start() if m else None


def run_stop(text: str, after: int, reach: int = RUN_REACH) -> int:
    """Where a miner stops reading a run: its end (`run_end`), or where the reach cuts it (read as far as it goes)."""
    end = run_end(text, after, reach)
    return min(len(text), after + reach) if end is None else end


def authority_labels() -> set[str]:
    """Every Thai name and alias of the organization authority: matched before any pattern, so a miner of
    pattern-found runs never lists one."""
    from phakhi.graph.extract.authority import organizations

    return {label for row in organizations().values() for label in (row["th"], *row["alt"]) if label}


def select_by_share(marked: dict[str, int], uses: dict[str, int], tiers: tuple[tuple[int, int], ...]) -> list[str]:
    """The runs marked in at least `least` releases and in one in `share` or more of the releases writing them, for
    some (least, share) of `tiers`, that are no authority name (`authority_labels`)."""
    known = authority_labels()
    return sorted(run for run, n in marked.items() if run not in known
                  and any(n >= least and n * share >= uses[run] for least, share in tiers))
