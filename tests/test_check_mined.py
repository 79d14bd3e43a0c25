"""scripts/check_mined.py: a mined data file rebuilt by its miner with today's extractor is compared with the one
shipped; drift is reported entry by entry (names apart from their counts) and `--write` puts the rebuilt one in place."""

import json
import shutil
import tarfile

import pytest
from conftest import REPO, load_script

check_mined = load_script("check_mined")


def test_drift_lists_added_and_removed_entries_by_their_names():
    shipped = {"names": [["ประชุมคณะรัฐมนตรี", 102, 321], ["วันสตรีสากล", 5, 9]]}
    rebuilt = {"names": [["ประชุมคณะรัฐมนตรี", 103, 322], ["วันเด็กแห่งชาติ", 4, 4]]}
    added, removed = check_mined.drift(shipped, rebuilt, "names")
    assert len(added) == 2 and len(removed) == 2  # counts moved too
    assert check_mined.drift(shipped, rebuilt, "names", (0,)) == (['["วันเด็กแห่งชาติ"]'], ['["วันสตรีสากล"]'])
    assert check_mined.drift(shipped, shipped, "names", (0,)) == ([], [])
    assert check_mined.drift({}, rebuilt, "names", (0,))[0] == ['["ประชุมคณะรัฐมนตรี"]', '["วันเด็กแห่งชาติ"]']
    with pytest.raises(ValueError, match="no 'names' list"):
        check_mined.drift({"names": 3}, rebuilt, "names")


def test_a_rebuild_on_other_releases_drifts_and_write_puts_it_in_place(tmp_path, monkeypatch, capsys):
    tar = tmp_path / "sample.tar"
    with tarfile.open(tar, "w") as archive:
        for release in sorted((REPO / "seeds" / "releases").glob("*.txt"))[:12]:
            archive.add(release, arcname=f"sample/{release.name}")
    data = tmp_path / "th"
    data.mkdir()
    shutil.copyfile(REPO / "ontology" / "th" / "event_series.json", data / "event_series.json")
    monkeypatch.setattr(check_mined, "DATA", data)
    only = ["--only", "mine_event_series.py"]
    assert check_mined.main([str(tar), *only]) == 1  # 12 releases hold none of the samples' series
    assert "event_series.json names: drifted" in capsys.readouterr().out
    assert check_mined.main([str(tar), *only, "--write"]) == 0
    assert json.loads((data / "event_series.json").read_text(encoding="utf-8"))["names"] == []
    assert check_mined.main([str(tar), *only]) == 0
    assert "as shipped (0 names)" in capsys.readouterr().out


def test_a_missing_archive_is_named(tmp_path, capsys):
    with pytest.raises(SystemExit) as stop:
        check_mined.main([str(tmp_path / "none.tar")])
    assert stop.value.code == 2 and "no such archive" in capsys.readouterr().err


def test_a_whole_corpus_file_with_a_row_its_filters_drop_is_reported(tmp_path, monkeypatch, capsys):
    # mine_program_continuations.py reads the whole corpora and is not rerun here; its filters are asked of each row:
    # a "…|ในพื้นที่" piece (a bare scope the rules end names before) is no tail of a name
    data = tmp_path / "th"
    data.mkdir()
    shipped = json.loads((REPO / "ontology" / "th" / "program_continuations.json").read_text(encoding="utf-8"))
    (data / "program_continuations.json").write_text(json.dumps(shipped, ensure_ascii=False), encoding="utf-8")
    monkeypatch.setattr(check_mined, "DATA", data)
    only = ["--only", "mine_program_continuations.py"]
    assert check_mined.main([str(tmp_path), *only]) == 0  # as shipped: every row kept
    shipped["continuations"].append(["โครงการพัฒนาภาคอุตสาหกรรม", "ในพื้นที่", 6, 6])
    (data / "program_continuations.json").write_text(json.dumps(shipped, ensure_ascii=False), encoding="utf-8")
    assert check_mined.unfiltered("mine_program_continuations.py", shipped) == [shipped["continuations"][-1]]
    assert check_mined.main([str(tmp_path), *only, "--write"]) == 1  # no rebuild here can mend it
    assert "1 rows mine_program_continuations.py kept_piece would not keep" in capsys.readouterr().out


def test_a_mined_loan_row_its_filters_drop_is_reported(tmp_path, monkeypatch, capsys):
    # mine_program_loans.py reads the whole corpora; its filter (`kept_row`) is asked of each shipped row: a quote
    # written after a kind's word in most of its uses ("ผู้ให้สินเชื่อพิโกไฟแนนซ์") is a kind of loan, no scheme
    data = tmp_path / "th"
    data.mkdir()
    shipped = json.loads((REPO / "ontology" / "th" / "program_loans.json").read_text(encoding="utf-8"))
    (data / "program_loans.json").write_text(json.dumps(shipped, ensure_ascii=False), encoding="utf-8")
    monkeypatch.setattr(check_mined, "DATA", data)
    only = ["--only", "mine_program_loans.py"]
    assert check_mined.main([str(tmp_path), *only]) == 0  # as shipped: every row kept
    shipped["names"].append(["สินเชื่อพิโกไฟแนนซ์", 2, 2, 126, 662, 371])
    (data / "program_loans.json").write_text(json.dumps(shipped, ensure_ascii=False), encoding="utf-8")
    assert check_mined.unfiltered("mine_program_loans.py", shipped) == [shipped["names"][-1]]
    assert check_mined.main([str(tmp_path), *only]) == 1
    assert "1 rows mine_program_loans.py kept_row would not keep" in capsys.readouterr().out


def test_a_generic_unit_work_its_filters_drop_is_reported(tmp_path, monkeypatch):
    # mine_org_functions.py reads the whole corpora; its one-row filter (kept_function) is asked of each listed work,
    # a row being the work itself: a province is a branch's place, no unit's work
    data = tmp_path / "th"
    data.mkdir()
    shipped = json.loads((REPO / "ontology" / "th" / "org_unit_functions.json").read_text(encoding="utf-8"))
    monkeypatch.setattr(check_mined, "DATA", data)
    only = ["--only", "mine_org_functions.py"]
    (data / "org_unit_functions.json").write_text(json.dumps(shipped, ensure_ascii=False), encoding="utf-8")
    assert "ประชาสัมพันธ์" in shipped["names"] and check_mined.main([str(tmp_path), *only]) == 0
    shipped["names"].append("เชียงใหม่")
    assert check_mined.unfiltered("mine_org_functions.py", shipped) == ["เชียงใหม่"]


def test_a_recurring_organization_name_the_run_time_refuses_is_reported(tmp_path, monkeypatch, capsys):
    # mine_organizations.py reads the whole corpora (an hour); its one-row filter (kept_name) is asked of each
    # recurring name: a prefix word and a count's cue (names.count_cue_name) or a clause (validity.clause_name)
    data = tmp_path / "th"
    data.mkdir()
    shipped = json.loads((REPO / "ontology" / "th" / "organization_names.json").read_text(encoding="utf-8"))
    monkeypatch.setattr(check_mined, "DATA", data)
    only = ["--only", "mine_organizations.py"]
    (data / "organization_names.json").write_text(json.dumps(shipped, ensure_ascii=False), encoding="utf-8")
    assert check_mined.main([str(tmp_path), *only]) == 0  # as shipped: every name kept
    shipped["names"] += ["ธนาคารขั้นต่ำ", "ธนาคารยั่งยืน"]
    (data / "organization_names.json").write_text(json.dumps(shipped, ensure_ascii=False), encoding="utf-8")
    assert check_mined.unfiltered("mine_organizations.py", shipped) == ["ธนาคารขั้นต่ำ", "ธนาคารยั่งยืน"]
    assert check_mined.main([str(tmp_path), *only]) == 1
    assert "2 rows mine_organizations.py kept_name would not keep" in capsys.readouterr().out


def test_a_closed_organization_name_no_prefix_begins_is_reported():
    # mine_org_closed.py reads the whole corpora; its one-row filter (kept_row) asks whether today's organization
    # prefix words still begin each shipped name: a name begun by none, or a Latin one, is drift
    shipped = json.loads((REPO / "ontology" / "th" / "org_closed.json").read_text(encoding="utf-8"))
    assert "สภาการพยาบาล" in shipped["names"] and check_mined.unfiltered("mine_org_closed.py", shipped) == []
    shipped["names"] += ["ประชาสัมพันธ์", "สภาThai"]
    assert check_mined.unfiltered("mine_org_closed.py", shipped) == ["ประชาสัมพันธ์", "สภาThai"]
