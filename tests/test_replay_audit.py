"""scripts/replay_audit.py: judged audit labels replayed on the current code get a status (same, changed,
removed) from what a release's extraction now gives at the quoted span."""

import tarfile

from conftest import REPO, load_script

replay_audit = load_script("replay_audit")


def test_every_judged_event_round_is_read_with_its_verdicts():
    rows = replay_audit.judged("event", ["round3"])
    assert len(rows) == 200 and {r["verdict"] for r in rows} >= {"valid", "junk", "boundary"}
    assert all(r["release"] and r["label"] for r in rows)
    assert len(replay_audit.judged("event", ["round10"])) == 200  # its judges ended each file with a JSON summary


def test_a_label_is_same_changed_or_removed_by_what_the_release_yields_now(tmp_path, extract_text):
    text = "การประชุมคณะกรรมการส่งเสริมการลงทุน\nเมื่อวันที่ 22 มกราคม 2562 นายสมชาย ใจดี เป็นประธานการประชุมคณะกรรมการส่งเสริมการลงทุน ณ ทำเนียบรัฐบาล"
    events = [e for e in extract_text(text).entities.values() if e.kind == "event"]
    start = text.rindex("การประชุม")
    row = {"label": "การประชุมคณะกรรมการส่งเสริมการลงทุน", "start": start, "end": start + 9}
    assert replay_audit.status(row, events)[0] == "same"
    assert replay_audit.status({**row, "label": "การประชุม"}, events) == ("changed", events[0].names[0])
    assert replay_audit.status({**row, "label": "การประชุม", "start": 0, "end": 0}, events) == ("removed", None)


def test_replay_reads_the_releases_from_a_tarball_and_lists_what_moved(tmp_path):
    release = REPO / "seeds" / "releases" / "019.txt"
    tar = tmp_path / "sample.tar"
    with tarfile.open(tar, "w") as archive:
        archive.add(release, arcname="sample/019.txt")
    row = {"round": "r", "release": "sample/019.txt", "verdict": "valid", "start": 0, "end": 1,
           "label": "การประชุมคณะกรรมการอำนวยการขับเคลื่อนเศรษฐกิจภาคอุตสาหกรรม"}
    missing = {**row, "release": "sample/none.txt"}
    rows = replay_audit.replay("event", [row, missing], [str(tar)])
    assert [r["status"] for r in rows] == ["same"]  # a release not in the tarballs is left out
    moved = replay_audit.differences([{**rows[0], "status": "removed", "now": None}], rows)
    assert len(moved) == 1 and "-> same" in moved[0]
    hidden = replay_audit.differences([{**rows[0], "status": "removed", "now": None}], rows, frozenset({"r"}))
    assert hidden == ["r: 1 labels moved (held out: not listed)"]  # a held-out round's labels are never printed
    assert "judged good 1.000" in replay_audit.summary(rows)
    sealed = replay_audit.sealed(rows, frozenset({"r"}))  # what -o writes for a held-out round
    assert row["label"] not in str(sealed) and "verdict" not in sealed[0] and "exact" not in sealed[0]
    assert replay_audit.sealed(rows, frozenset()) == rows  # a readable round is written whole
    # a sealed earlier output still tells what moved, against a sealed or a whole later run
    before = replay_audit.sealed([{**rows[0], "status": "removed", "now": None}], frozenset({"r"}))
    assert replay_audit.differences(before, rows, frozenset({"r"})) == hidden
    assert replay_audit.differences(before, sealed, frozenset({"r"})) == hidden
    assert replay_audit.differences(sealed, rows, frozenset({"r"})) == []


def test_with_first_a_label_is_same_only_as_the_preferred_label():
    from phakhi.graph.types import Entity

    event = Entity("event", "event:Meeting:x")
    event.names = ["การประชุมคณะกรรมการส่งเสริมการลงทุน ครั้งที่ 1/2562", "การประชุมคณะกรรมการส่งเสริมการลงทุน"]
    event.spans = [(0, 40)]
    row = {"label": "การประชุมคณะกรรมการส่งเสริมการลงทุน", "start": 0, "end": 9}
    assert replay_audit.status(row, [event])[0] == "same"
    assert replay_audit.status(row, [event], first=True) == ("changed", event.names[0])
