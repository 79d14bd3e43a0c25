"""scripts/sample_corpus.py --exclude and scripts/unfiltered_sample.py: a judged sample for the validity model drawn
from releases that are not the gold sets', with the validity stage off for one class, each line marked with what
the shipped model does with it."""

import io
import json
import tarfile

from conftest import load_script

from phakhi.graph.extract import validity

sample_corpus = load_script("sample_corpus")
unfiltered_sample = load_script("unfiltered_sample")


def _tar(path, releases):
    with tarfile.open(path, "w") as out:
        for name, text in releases.items():
            data = text.encode("utf-8")
            info = tarfile.TarInfo(name)
            info.size = len(data)
            out.addfile(info, io.BytesIO(data))


def test_a_release_whose_title_is_a_gold_releases_title_is_left_out(tmp_path):
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "001.txt").write_text("\ufeffรัฐบาลไทย-ข่าวทำเนียบรัฐบาล-กรมโรงงานฯ เผยยอด\n\nเนื้อความ", encoding="utf-8")
    _tar(tmp_path / "all.tar", {"c/1.txt": "รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-กรมโรงงานฯ เผยยอด \nอีกฉบับ",
                                "c/2.txt": "รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-นายกฯ ประชุม\nเนื้อความ"})
    written = sample_corpus.sample(tmp_path / "all.tar", 2, 1, tmp_path / "out.tar", sample_corpus.titles([gold]))
    with tarfile.open(tmp_path / "out.tar") as out:
        assert written == 1 and out.getnames() == ["c/2.txt"]


def test_the_switch_turns_one_class_off_and_leaves_the_others(monkeypatch):
    monkeypatch.setattr(validity, "model_of", validity.model_of)  # undone after the test
    shipped = {kind: validity.model_of(kind).get("thresholds", {}).get(kind, 0.0) for kind in validity.KINDS}
    unfiltered_sample.without_stage("organization")
    now = {kind: validity.model_of(kind).get("thresholds", {}).get(kind, 0.0) for kind in validity.KINDS}
    assert shipped["organization"] > 0 and now["organization"] == 0.0
    assert {k: v for k, v in now.items() if k != "organization"} == {k: v for k, v in shipped.items() if k != "organization"}


def test_an_audit_line_is_marked_with_the_shipped_models_decision(tmp_path):
    text = "ข่าว\nนายสมชาย ใจดี ประธานคณะทำงานจังหวัด ซึ่งมีผู้ว่าราชการจังหวัดเป็นประธาน และกระทรวงอุตสาหกรรม ร่วมประชุม"
    _tar(tmp_path / "s.tar", {"s/1.txt": text})
    lines = []
    for label in ("คณะทำงานจังหวัด", "กระทรวงอุตสาหกรรม"):
        start = text.index(label)
        lines.append({"class": "organization", "iri": label, "label": label,
                      "context": {"release": "s/1.txt", "start": start, "end": start + len(label)}})
    marks = unfiltered_sample.mark([str(tmp_path / "s.tar")], lines)
    assert [m["mention"] for m in marks] == ["คณะทำงานจังหวัด", "กระทรวงอุตสาหกรรม"]
    assert marks[0]["dropped"] and marks[0]["probability"] < marks[0]["threshold"]  # a kind: the model drops it
    assert not marks[1]["dropped"] and not marks[1]["judged"]  # an authority name is never judged
    assert json.dumps(marks, ensure_ascii=False)
