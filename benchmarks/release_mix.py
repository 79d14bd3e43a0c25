"""The release mix by tenth of a corpus run: how much of the fall of releases/s from the first tenth to the last in
`scale.py`'s whole record is the releases themselves (longer texts, more facts) rather than the store growing.

Reads the corpora in the order `phakhi ingest` reads them (v1 then v2, archive order: what scale.py's tenths are
tenths of) and, for each tenth of the releases: characters a release, and for every --every-th release the
extraction CPU (`time.thread_time` of extract + to_ntriples in this process, the extractor's data loaded first by
--warm releases) and the triples it maps to (what the store takes in). The last column is the releases/s the tenth
would run at if extraction CPU alone set the pace, against the first tenth: set beside scale.py's measured rates,
the rest of the fall is the store's. Nothing is stored (no ingest): for v1 + v2, about 30 s of CPU with --every 100,
80 s with --every 20 (benchmarks/README.md, "Fourteenth session").

Run: python benchmarks/release_mix.py CORPUS... [--every 100] [--warm 50]
"""

from __future__ import annotations

import os

os.environ.setdefault("PYTHAINLP_OFFLINE", "1")
os.environ.setdefault("PYTHAINLP_READ_ONLY", "1")

import argparse  # noqa: E402
import statistics  # noqa: E402
import time  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="+", help="Corpus archives in the order they are ingested (v1, then v2).")
    parser.add_argument("--every", type=int, default=100, help="Extract every N-th release (default 100).")
    parser.add_argument("--warm", type=int, default=50, help="Releases extracted first, uncounted (data loading).")
    parser.add_argument("--raw", help="Also write each extracted release as a TSV line: position, chars, CPU s, triples.")
    args = parser.parse_args()

    from phakhi.graph.extract.pipeline import extract
    from phakhi.graph.rdf.mapping import to_ntriples
    from phakhi.graph.read import iter_releases

    chars: list[int] = []  # every release, in order (a failure counts as a release read: the bar counts it too)
    sampled: list[tuple[int, float, int]] = []  # (position, CPU seconds, triples)
    warm = 0
    for position, item in enumerate(iter_releases(args.corpus)):
        text = getattr(item, "text", "")
        chars.append(len(text))
        if not text:
            continue
        if warm < args.warm:
            to_ntriples(extract(item))
            warm += 1
            continue
        if position % args.every == 0:
            start = time.thread_time()
            lines = to_ntriples(extract(item))
            sampled.append((position, time.thread_time() - start, len(lines)))

    total = len(chars)
    if args.raw:
        with open(args.raw, "w", encoding="utf-8") as out:
            out.writelines(f"{p}\t{chars[p]}\t{c:.6f}\t{t}\n" for p, c, t in sampled)
    print(f"{total} releases; {len(sampled)} extracted (every {args.every}th), after {warm} to load the data\n")
    print("tenth  releases  chars/release  sampled  extraction ms/release (mean, median)  us/1K chars  triples/release"
          "  pace (CPU only)")
    rows = []
    for k in range(10):
        lo, hi = k * total // 10, (k + 1) * total // 10
        part = chars[lo:hi]
        cpu = [c for p, c, _ in sampled if lo <= p < hi]
        triples = [t for p, _, t in sampled if lo <= p < hi]
        sampled_chars = sum(chars[p] for p, _, _ in sampled if lo <= p < hi)
        ms = 1000 * statistics.mean(cpu) if cpu else float("nan")
        rows.append(ms)
        per_k = 1e9 * sum(cpu) / sampled_chars if sampled_chars else float("nan")
        median = 1000 * statistics.median(cpu) if cpu else float("nan")
        print(f"{k + 1:5d}  {len(part):8d}  {statistics.mean(part) if part else 0:13.0f}  {len(cpu):7d}  {ms:21.2f}"
              f" {median:14.2f}"
              f"  {per_k:11.1f}  {statistics.mean(triples) if triples else 0:15.0f}  {rows[0] / ms:15.2f}")


if __name__ == "__main__":
    main()
