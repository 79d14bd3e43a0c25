"""Draw a reproducible random sample of releases from a corpus archive into a new .tar, for corpus-scale checks
that do not need every release (an audit store, a quick before/after comparison).

    python scripts/sample_corpus.py ../shared/corpus/thaigov-v2.tar.xz --releases 5000 --seed 1 -o v2-sample.tar

Members are chosen uniformly at random (seeded) among the archive's .txt/.json members and written in their
archive order, byte for byte, so `phakhi ingest v2-sample.tar` reads exactly those releases. `--exclude DIR` leaves out a drawn release whose
title (its first line) is the title of a release in DIR, so a sample for judging or training holds none of the gold
sets' releases (`--exclude seeds/releases --exclude seeds/releases-b`); fewer than --releases are then written.
"""

from __future__ import annotations

import argparse
import io
import random
import sys
import tarfile
from pathlib import Path

RELEASE_SUFFIXES = (".txt", ".json")


def member_names(archive: Path) -> list[str]:
    with tarfile.open(archive, mode="r|*") as tar:
        return [m.name for m in tar if m.isfile() and m.name.lower().endswith(RELEASE_SUFFIXES)]


def title(data: bytes) -> str:
    """A release's first line (its title), without a byte-order mark or surrounding spaces."""
    return data.decode("utf-8", errors="replace").lstrip("\ufeff").split("\n", 1)[0].strip()


def titles(folders: list[Path]) -> set[str]:
    """The titles of the releases in these folders (the releases a sample must not hold)."""
    return {title(path.read_bytes()) for folder in folders for path in sorted(folder.iterdir())
            if path.name.lower().endswith(RELEASE_SUFFIXES)}


def sample(archive: Path, releases: int, seed: int, output: Path, exclude: set[str] = frozenset()) -> int:
    names = member_names(archive)
    chosen = set(random.Random(seed).sample(names, min(releases, len(names))))
    written = 0
    with tarfile.open(archive, mode="r|*") as tar, tarfile.open(output, mode="w") as out:
        for member in tar:
            if member.name in chosen:
                data = tar.extractfile(member).read()
                if exclude and title(data) in exclude:
                    continue
                info = tarfile.TarInfo(member.name)
                info.size, info.mtime = len(data), member.mtime
                out.addfile(info, io.BytesIO(data))
                written += 1
    return written


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("archive", type=Path)
    parser.add_argument("--releases", type=int, required=True)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--exclude", type=Path, action="append", default=[], metavar="DIR",
                        help="leave out releases whose title is that of a release in DIR (repeatable)")
    parser.add_argument("-o", "--output", type=Path, required=True)
    args = parser.parse_args()
    if not args.archive.exists():
        print(f"no archive at {args.archive}", file=sys.stderr)
        return 2
    if args.releases < 1:
        print("--releases must be at least 1", file=sys.stderr)
        return 2
    written = sample(args.archive, args.releases, args.seed, args.output, titles(args.exclude))
    print(f"{written} releases from {args.archive.name} -> {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
