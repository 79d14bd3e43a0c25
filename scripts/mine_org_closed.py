"""Mine ontology/th/org_closed.json: the runs of letters begun by an organization prefix word that the whole corpora end
where they write them: a run ended by a space, a bracket, punctuation or a line end is that name in MIN_RELEASES
releases or more, and in SHARE times as many releases as a longer glued run goes on from it ("สภาการพยาบาล", 31 releases
whole and 15 going on; "สภามวยโลก", 6 and 0; not "สำนักงานคณะกรรมการ", "ศูนย์วิจัย", "องค์การบริหารส่วนตำบล", heads the
corpora go on from into many names, nor "ศูนย์อาหาร", 34 and 31: "…|และสันทนาการกระทรวงการคลัง").

    python scripts/mine_org_closed.py thaigov-v1.tar thaigov-v2.tar --skip v1-sample.tar --skip v2-sample.tar \
        --per-archive 100000

recurrence.ends_there asks the same of the audit samples' counts (validity_corpus.json), which hold a name written in
few releases in too few to tell: a name the whole corpora close, glued to a word that goes on with the sentence, is cut
back to it by graph/extract/org_run_ons.py ("สภาการพยาบาล|ในการพัฒนาและรับรองหลักสูตร…", "คณะกรรมการพัฒนาระบบสุขภาพ
แห่งชาติ|นัดแรก"). Two passes over the releases: the runs (not splitting a word, at least two letters after the prefix
word, read to where the corpora end them, up to REACH letters) counted by the releases writing them whole; then, for
the runs written whole in MIN_RELEASES releases or more, the releases where a longer run goes on from them. About
100 s of CPU for the whole corpora (--per-archive 100000: 83,704 releases), the run that made the shipped file.
The releases read are a stride of each archive (--per-archive of them), skipping every release a --skip archive holds
(the audit samples).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from mining import run_archive_miner, run_stop, strided_texts

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "ontology" / "th" / "org_closed.json"
MIN_RELEASES = 5  # releases writing the name whole
SHARE = 2  # ... at least this many times as many as the releases going on from it
REACH = 200  # letters a run is read to after its prefix word
END = "$"  # a trie node's mark: a run written whole ends here


def _trie(names: set[str]) -> dict:
    root: dict = {}
    for name in names:
        node = root
        for ch in name:
            node = node.setdefault(ch, {})
        node[END] = name
    return root


def _runs(text: str, prefix, splits, is_thai) -> Iterator[tuple[int, int]]:
    """(start, stop) of each run of letters begun by an organization prefix word in `text` (not splitting a word; at
    least two letters after the prefix word): `stop` is where the corpora end it (run_stop)."""
    for m in prefix.finditer(text):
        start = m.start()
        if start > 0 and is_thai(text[start - 1]) and splits(text, start, m.end()):
            continue
        stop = run_stop(text, m.end(), REACH)
        if stop - m.end() >= 2:
            yield start, stop


def kept_row(name: str) -> bool:
    """Would today's rules still read `name` as a run (scripts/check_mined.py asks it of every shipped row): begun by an
    organization prefix word of today's lists, at least two letters after it, Thai letters only? Its release counts
    are the corpora's and are not asked again."""
    from phakhi.graph.extract.organizations import _prefix_pattern
    from phakhi.graph.text.thai import is_thai

    m = _prefix_pattern().match(name)
    return m is not None and len(name) - m.end() >= 2 and all(is_thai(ch) for ch in name)


def mine(paths: list[str], skip_paths: list[str], per_archive: int) -> dict:
    from phakhi.graph.extract.organizations import _prefix_pattern, _splits_prefix
    from phakhi.graph.text.thai import is_thai

    def runs(text: str) -> Iterator[tuple[int, int]]:
        return _runs(text, _prefix_pattern(), _splits_prefix, is_thai)

    whole: Counter[str] = Counter()
    read = 0
    for text in strided_texts(paths, skip_paths, per_archive):  # first: the runs written whole, by release
        read += 1
        whole.update({text[start:stop] for start, stop in runs(text)
                      if all(is_thai(ch) for ch in text[start:stop])})
    trie = _trie({run for run, count in whole.items() if count >= MIN_RELEASES})
    continued: Counter[str] = Counter()
    for text in strided_texts(paths, skip_paths, per_archive):  # then: the releases going on from them
        seen: set[str] = set()
        for start, stop in runs(text):
            node, at = trie, start
            while at < stop - 1 and (node := node.get(text[at])) is not None:
                at += 1
                if END in node:
                    seen.add(node[END])
        continued.update(seen)
    names = sorted(n for n, count in whole.items() if count >= MIN_RELEASES and count >= SHARE * continued[n])
    return {"_doc": (f"Mined by scripts/mine_org_closed.py from {read} releases of the thaigov v1 and v2 corpora (every "
                     "release but the audit samples'): runs of letters begun by an organization prefix word and ended "
                     "by a space, a bracket, punctuation or a line end, written whole in at least "
                     f"{MIN_RELEASES} releases and in at least {SHARE} times as many as a longer glued run goes on from "
                     "them: the corpora end the name where it is written. evidence: releases writing it whole, releases "
                     "going on from it. graph/extract/org_run_ons.py cuts a name run on past such a name into the "
                     "sentence back to it."),
            "names": names,
            "evidence": {n: [whole[n], continued[n]] for n in names}}


def main() -> None:
    run_archive_miner(__doc__, OUT, mine, lambda data: f"{len(data['names'])} names", per_archive=2000)


if __name__ == "__main__":
    main()
