"""Mine the names of event series from the thaigov corpora -> ontology/th/event_series.json.

    python scripts/mine_event_series.py /path/v1-sample.tar /path/v2-sample.tar [--out FILE] [--limit N]

A name that names one event (a summit, a fair, a numbered session) is written in the releases of a few weeks;
a name written, with no session number or year in it, on many different months ("การประชุมคณะรัฐมนตรี", "การประชุม
คณะกรรมการขับเคลื่อนและปฏิรูปการบริหารราชการแผ่นดิน", "งานวันต่อต้านคอร์รัปชันสากล") names a series: a meeting
that sits every week, a committee that meets every month, a day kept every year. Such a name alone says which
series, not which event of it (judged audits called it "a series without its edition"): the extractor gives a
dated event of a series its date as its edition in its label, and an undated one no name
(graph/extract/event_labels.py is_series).

This script runs the extractor over the releases and keeps the core (event_labels.series_core: normalised, no
bracketed alias, no ceremony word) of every real event name without a digit that the releases write on at least
MIN_MONTHS different months (the event's date, else the release's), with its count of months and releases. A name
that tells what was done (event_labels.told_not_named: a visit's or a call's verb phrase, "เข้าเยี่ยมคารวะรอง
นายกรัฐมนตรี") is not counted: a deed told again on many months is many deeds, no series. Nor is a name that
begins with a call verb (event_words call_verbs) in either script: "courtesy call on Prime Minister and Defense
Minister Gen. Prayut Chan-o-cha" (told_not_named keeps a Latin name as a name) is written by the ambassadors' calls
of four months; mined as a series, two calls of one day were one entity (judged round 3: "entity merges EU and
Bahrain ambassadors' calls"). A call is made by one visitor on one host, never a series. A name
written as the framework work goes on under ("ภายใต้กรอบการประชุมสุดยอดเอเชียตะวันออก (อีเอเอส)", "ในกรอบการประชุม
รัฐมนตรีกลาโหมอาเซียน": event_words framework_before, no event of its own, events.framework_seen) counts too, on its
release's month: a framework of meetings is a standing series (without them the samples write the East Asia Summit,
ADMM and AFMM dated on two months only, and their dated sittings lost their day as their edition).
Only the names are kept; nothing is downloaded.

The extractor is run as if no series were known (labels: no dated edition, no undated event left unnamed) and as if
any name might be one (validity: the events' model, which keeps a known series' name whatever it says, judges no
name without a digit). Since the model came (commit 7346b71) a miner that only
emptied the list had the model reject the series it was to find ("ครม.สัญจร" in 12 releases), and each
rebuild would have lost more of them.
"""

from __future__ import annotations

from collections import defaultdict

from mining import readable_releases, run_miner

from phakhi.graph.extract import event_known, event_labels, events
from phakhi.graph.extract.event_identity import is_real_name
from phakhi.graph.extract.event_labels import series_core
from phakhi.graph.extract.event_words import word_set
from phakhi.graph.extract.pipeline import extract

MIN_MONTHS = 3  # different months a name is written on to be a series (one event is told within a few weeks)
MIN_CORE = 6  # characters of core at least: shorter cores are type words, which is_real_name already tells


def _told_call(name: str) -> bool:
    """Does the name begin with a call verb (event_words call_verbs: "courtesy call on …", "เข้าพบ…", "เข้าหารือกับ…"),
    whatever its case? It tells one visitor's call, not an event of a series."""
    return name.casefold().startswith(tuple(w.casefold() for w in word_set("call_verbs")))


def _could_be_series(name: str) -> bool:
    """While mining, every name without a digit may be a series: the validity model keeps a series' name whatever
    it says (event_known.vouched), so which names are series is for their months to tell, not the model's verdict."""
    return not any(ch.isdigit() for ch in name)


def mine(paths: list[str], limit: int | None) -> dict:
    event_labels._series = frozenset  # the extractor as if no series were known: the file does not feed on itself
    event_known.is_series = _could_be_series  # ... nor a series kept out by the model because it is not yet known
    months: dict[str, set[str]] = defaultdict(set)
    releases: dict[str, int] = defaultdict(int)
    cores: set[str] = set()

    def count(name: str, when) -> None:
        if any(ch.isdigit() for ch in name) or not is_real_name(name):
            return
        core = series_core(name)
        if len(core) >= MIN_CORE:
            if when:
                months[core].add(when.isoformat()[:7])
            cores.add(core)

    events.framework_seen = count  # a framework's name, no event of its own, is a month of its series
    for release in readable_releases(paths, limit):
        cores.clear()
        for entity in extract(release).entities.values():
            if entity.kind != "event":
                continue
            for name in entity.names:
                if not event_labels.told_not_named(entity.type, [name]) and not _told_call(name):  # a deed told
                    count(name, entity.date or release.published)  # by its verb phrase ("เข้าเยี่ยมคารวะรอง
                    # นายกรัฐมนตรี", "courtesy call on Prime Minister …") names no series
        for core in cores:
            releases[core] += 1
    rows = sorted(([core, len(m), releases[core]] for core, m in months.items() if len(m) >= MIN_MONTHS),
                  key=lambda row: (-row[1], row[0]))
    return {"_doc": "Event names the thaigov corpora write, with no number in them, on many different months: "
                    "series (a weekly cabinet meeting, a committee, a yearly day), not one event. [core, months, "
                    "releases]. Built by scripts/mine_event_series.py from the 4,000-release samples of v1 and v2.",
            "names": rows}


if __name__ == "__main__":
    run_miner(__doc__, "event_series.json", mine, lambda data: f"{len(data['names'])} series names")
