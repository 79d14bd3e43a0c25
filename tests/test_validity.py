"""The candidate-validity stage (graph/extract/validity.py), its mined and trained data, and the scripts that
build them."""

import json
import math
from datetime import date
from pathlib import Path

import pytest

from phakhi.graph.extract import validity
from phakhi.graph.extract.document import Doc
from phakhi.graph.extract.pipeline import STAGES, extract
from phakhi.graph.read import parse_release
from conftest import load_script

ROOT = Path(__file__).resolve().parent.parent


def _doc(text: str) -> Doc:
    return Doc.from_release(parse_release(text, "snippet.txt", published=date(2020, 5, 1)))


def _candidate(doc: Doc, name: str, kind: str = "organization"):
    start = doc.text.index(name)
    return doc.mention(start, start + len(name), kind, "name:" + name, form="pattern")


def test_a_candidate_ending_inside_a_word_is_seen_as_cut():
    doc = _doc("ผู้แทนศูนย์ส่งเสริมการเกษตรที่สูง แถลงข่าว")
    cut = validity.features(doc, _candidate(doc, "ศูนย์ส่งเสริมการเก"))
    whole = validity.features(doc, _candidate(doc, "ศูนย์ส่งเสริมการเกษตรที่สูง"))
    assert cut["end_splits_word"] == 1.0 and cut["after_thai"] == 1.0
    assert whole["end_splits_word"] == 0.0 and whole["after_gap"] == 1.0


def test_quotes_around_a_candidate_and_a_quotation_running_past_it():
    doc = _doc("ภายใต้ “โครงการสนับสนุนอุตสาหกรรมแปรรูปกัญชง เพื่อตอบสนองเศรษฐกิจชีวภาพ” และ “โครงการหลวง” ต่อไป")
    cut = validity.features(doc, _candidate(doc, "โครงการสนับสนุนอุตสาหกรรมแปรรูปกัญชง", "program"))
    quoted = validity.features(doc, _candidate(doc, "โครงการหลวง", "program"))
    assert cut["quote_inside"] == 1.0 and cut["quoted"] == 0.0
    assert quoted["quoted"] == 1.0 and quoted["quote_inside"] == 0.0


def test_features_are_weighed_per_class():
    doc = _doc("นายสมชาย ใจดี ประธานคณะกรรมการติดตามการปฏิบัติงาน ตามนโยบาย")
    f = validity.features(doc, _candidate(doc, "คณะกรรมการติดตามการปฏิบัติงาน"))
    assert f["kind_organization"] == 1.0 and f["kind_person"] == 0.0
    assert f["length@organization"] == f["length"] and "length@person" not in f


def test_the_stage_drops_what_the_model_rejects_but_never_authority_names_nor_described_events(monkeypatch):
    text = ("กระทรวงอุตสาหกรรม ร่วมกับศูนย์เรียนรู้เพื่อการพัฒนาชุมชนต้นแบบ จัดการประชุม "
            "เมื่อวันที่ 3 ตุลาคม 2561")
    release = parse_release(text, "snippet.txt", published=date(2018, 10, 3))
    kept = extract(release)
    assert any(e.kind == "organization" and e.key.startswith("name:") for e in kept.entities.values())
    reject_all = dict(validity.class_model("organization"), bias=-50.0)
    monkeypatch.setattr(validity, "class_model", lambda kind: reject_all)
    dropped = extract(release)
    kinds = {(e.kind, e.key.startswith("name:")) for e in dropped.entities.values()}
    assert ("organization", True) not in kinds  # the pattern-found centre is gone
    assert ("organization", False) in kinds  # the ministry (authority) stays
    assert any(e.kind == "event" for e in dropped.entities.values())  # "การประชุม" + date: described, not judged


def test_without_a_model_the_stage_changes_nothing(monkeypatch):
    monkeypatch.setattr(validity, "class_model", lambda kind: {})
    doc = _doc("ศูนย์เรียนรู้เพื่อการพัฒนาชุมชนต้นแบบ")
    doc.add(_candidate(doc, "ศูนย์เรียนรู้เพื่อการพัฒนาชุมชนต้นแบบ"))
    validity.drop_invalid(doc)
    assert len(doc.mentions) == 1


def test_a_class_model_judges_its_class_in_place_of_the_shared_one(monkeypatch):
    doc = _doc("ตามโครงการพัฒนาผู้ประกอบการรุ่นใหม่ และศูนย์เรียนรู้เพื่อการพัฒนาชุมชนต้นแบบ")
    doc.add(_candidate(doc, "โครงการพัฒนาผู้ประกอบการรุ่นใหม่", "program"))
    doc.add(_candidate(doc, "ศูนย์เรียนรู้เพื่อการพัฒนาชุมชนต้นแบบ"))
    shared = validity.model()
    reject_programs = dict(validity.model_of("program"), bias=-50.0)
    monkeypatch.setattr(validity, "class_model", lambda kind: reject_programs if kind == "program" else {})
    assert validity.model_of("organization") is shared
    validity.drop_invalid(doc)
    assert [m.kind for m in doc.mentions] == ["organization"]


def test_program_features_read_the_words_after_the_prefix():
    doc = _doc("โครงการเสนอ ยุทธศาสตร์ที่ 4 พัฒนาวิชาการ และโครงการบ้านนี้มีรัก ปลูกผักกินเอง")
    fragment = validity.features(doc, _candidate(doc, "โครงการเสนอ", "program"))
    item = validity.features(doc, _candidate(doc, "ยุทธศาสตร์ที่ 4 พัฒนาวิชาการ", "program"))
    name = validity.features(doc, _candidate(doc, "โครงการบ้านนี้มีรัก ปลูกผักกินเอง", "program"))
    assert fragment["prog_rest_one_word"] == 1.0 and fragment["prog_prefix=โครงการ"] == 1.0
    assert item["prog_numbered"] == 1.0 and fragment["prog_numbered"] == name["prog_numbered"] == 0.0
    assert name["prog_rest_words"] > fragment["prog_rest_words"] and name["prog_rest_one_word"] == 0.0
    organization = validity.features(doc, _candidate(doc, "โครงการเสนอ"))
    assert not any(key.startswith("prog_") for key in organization)


def test_an_organization_is_judged_by_the_organizations_own_model(monkeypatch):
    shared = validity.model()
    own = validity.model_of("organization")
    assert own is not shared and set(own["thresholds"]) == {"organization"}
    assert validity.model_of("person") is shared  # no model of its own: the shared one
    doc = _doc("ศูนย์เรียนรู้เพื่อการพัฒนาชุมชนต้นแบบ")
    doc.add(_candidate(doc, "ศูนย์เรียนรู้เพื่อการพัฒนาชุมชนต้นแบบ"))
    monkeypatch.setattr(validity, "class_model", lambda kind: dict(own, bias=-50.0) if kind == "organization" else shared)
    validity.drop_invalid(doc)
    assert doc.mentions == []


def test_organization_features_tell_a_kind_of_office_from_one_office():
    doc = _doc("ติดต่อสำนักงานคลังจังหวัด และสำนักงานคลังจังหวัดเชียงใหม่ (สคจ.) ได้")
    kind = validity.features(doc, _candidate(doc, "สำนักงานคลังจังหวัด"))
    one = validity.features(doc, _candidate(doc, "สำนักงานคลังจังหวัดเชียงใหม่"))
    assert kind["org_area_end"] == 1.0 and kind["org_place_inside"] == 0.0
    assert one["org_area_end"] == 0.0 and one["org_place_inside"] == 1.0 and one["org_bracket_after"] == 1.0
    assert "org_area_end" not in validity.features(doc, _candidate(doc, "สำนักงานคลังจังหวัด", "program"))


def test_the_stage_is_last_in_the_pipeline():
    assert STAGES[-1] is validity.drop_invalid


def test_trained_and_mined_data_are_small_consistent_and_documented():
    model = json.loads((ROOT / "ontology" / "th" / "validity.json").read_text(encoding="utf-8"))
    assert len(model["features"]) == len(model["weights"]) == len(model["mean"]) == len(model["scale"])
    assert set(model["thresholds"]) == set(validity.KINDS) and "train_validity.py" in model["_doc"]
    for kind in ("program", "organization"):
        own = validity.class_model(kind)
        assert set(own["thresholds"]) == {kind} and f"{kind} class alone" in own["_doc"]
    for name in ("validity.json", "validity_corpus.json", "validity_program.json", "validity_organization.json"):
        assert (ROOT / "ontology" / "th" / name).stat().st_size < 1_000_000
    mined = json.loads((ROOT / "ontology" / "th" / "validity_corpus.json").read_text(encoding="utf-8"))
    assert "mine_validity.py" in mined["_doc"] and set(validity.KINDS) <= set(mined)
    sources = (ROOT / "ontology" / "authority" / "SOURCES.md").read_text(encoding="utf-8")
    assert "validity.json" in sources and "validity_corpus.json" in sources and "validity_organization.json" in sources


def test_mining_counts_releases_continuations_and_longer_names(tmp_path):
    for i, after in enumerate((" แถลงข่าว", " เปิดเผย", ", กรมการปกครอง")):
        (tmp_path / f"{i}.txt").write_text(f"ผู้แทนศูนย์ส่งเสริมการเรียนรู้ชุมชนบ้านดอน{after}วันนี้", encoding="utf-8")
    table = load_script("mine_validity").mine([str(tmp_path)])["organization"]
    row = table["ศูนย์ส่งเสริมการเรียนรู้ชุมชนบ้านดอน"]
    assert row[0] == 3  # releases naming it
    assert row[1] == 2  # distinct characters after it: " " and ","


@pytest.mark.parametrize("scores, cost, expected", [([0.1, 0.2, 0.3, 0.4], 0.25, 0.2), ([0.1, 0.2], 0.0, 0.1)])
def test_a_threshold_drops_at_most_the_share_allowed(scores, cost, expected):
    assert load_script("train_validity")._highest(scores, cost) == expected


def test_a_short_name_glued_to_the_sentence_is_judged_less_likely_than_the_same_name_standing_alone():
    glued = _doc("ทั้งนี้ ศูนย์ดำรงธรรมอย่างต่อเนื่องได้รับเรื่อง")
    alone = _doc("ทั้งนี้ ศูนย์ดำรงธรรม ได้รับเรื่อง")
    own = validity.class_model("organization")
    p = [validity.probability(validity.features(d, _candidate(d, "ศูนย์ดำรงธรรม")), own) for d in (glued, alone)]
    assert p[0] < own["thresholds"]["organization"] <= p[1]


def test_a_name_the_corpora_write_whole_is_kept_whatever_one_release_writes_around_it(monkeypatch):
    text = "กรมศิลปากร ร่วมกับสถาบันเกษตรกร จัดนิทรรศการ เมื่อวันที่ 3 ตุลาคม 2561"
    release = parse_release(text, "snippet.txt", published=date(2018, 10, 3))
    names = lambda result: {e.names[0] for e in result.entities.values() if e.kind == "organization"}  # noqa: E731
    assert "กรมศิลปากร" in names(extract(release))  # not in the authority file: a candidate the model judges
    rule = {"releases": 15, "right": 7, "longer_share": 0.25}
    reject_all = dict(validity.class_model("organization"), bias=-50.0, protect=rule)
    monkeypatch.setattr(validity, "class_model", lambda kind: reject_all if kind == "organization" else {})
    kept = names(extract(release))
    assert "กรมศิลปากร" in kept  # written whole in dozens of releases, seldom continued into a longer name
    assert "สถาบันเกษตรกร" not in kept  # as often the head of longer names ("สถาบันเกษตรกรกลุ่ม…"): not protected
    monkeypatch.setattr(validity, "class_model", lambda kind: dict(reject_all, protect=None))
    assert "กรมศิลปากร" not in names(extract(release))  # a model without the rule protects nothing


def test_recurrence_protects_by_the_rule_and_never_a_kind_of_office():
    rule = {"protect": {"releases": 15, "right": 7, "longer_share": 0.25}}
    whole = {"rec_releases": math.log1p(35), "rec_right": 16 / 64, "rec_longer_share": 0.1}
    assert validity.recurrent(whole, rule)
    assert not validity.recurrent(whole, {})
    assert not validity.recurrent({**whole, "rec_releases": math.log1p(14)}, rule)
    assert not validity.recurrent({**whole, "rec_right": 6 / 64}, rule)
    assert not validity.recurrent({**whole, "rec_longer_share": 0.3}, rule)
    assert not validity.recurrent({**whole, "org_area_end": 1.0}, rule)  # "สำนักงานจัดหางานจังหวัด"


def test_a_candidate_the_corpora_name_further_through_the_next_chunk_is_read_as_cut():
    doc = _doc("ผู้แทนสำนักเลขาธิการ อาเซียน เข้าร่วม และผู้แทนสำนักเลขาธิการ ประจำจังหวัด")
    cut, whole = (doc.text.index("สำนักเลขาธิการ"), doc.text.rindex("สำนักเลขาธิการ"))
    first = doc.mention(cut, cut + len("สำนักเลขาธิการ"), "organization", "name:สำนักเลขาธิการ", form="pattern")
    second = doc.mention(whole, whole + len("สำนักเลขาธิการ"), "organization", "name:สำนักเลขาธิการ", form="pattern")
    assert validity.features(doc, first)["org_goes_on"] > 0  # "สำนักเลขาธิการอาเซียน" recurs in the corpora
    assert validity.features(doc, second)["org_goes_on"] == 0


def test_a_word_the_corpora_use_as_a_verb_after_a_prefix_word_reads_as_a_clause():
    from phakhi.graph.extract.organizations import bare_subject, follower_verb

    for clause in ("ธนาคารลดดอกเบี้ย", "สหกรณ์สร้างรายได้เสริม"):  # "ลด", "สร้าง" follow จะ/ไม่/ต้อง far more
        assert follower_verb(clause) >= validity.CLAUSE_VERB and bare_subject(clause) >= validity.CLAUSE_SUBJECT
    for name in ("ศูนย์พัฒนาฝีมือแรงงาน", "กรมพัฒนาที่ดิน"):  # a verb that names many bodies
        assert 0.0 < follower_verb(name) < validity.CLAUSE_VERB
    # a committee is named by what it does: its prefix word rarely stands alone before a verb
    for name in ("คณะทำงานเผาทำลายยาเสพติด", "คณะกรรมการติดตามการใช้จ่ายงบประมาณ"):
        assert follower_verb(name) >= validity.CLAUSE_VERB and bare_subject(name) < validity.CLAUSE_SUBJECT
    assert follower_verb("ธนาคารออมสิน") == 0.0  # no verb
    assert follower_verb("ลดดอกเบี้ย") == 0.0  # no prefix word


def test_a_bank_then_a_word_the_corpora_mostly_use_as_a_verb_is_a_clause_but_a_units_name_is_not():
    from phakhi.graph.extract.organizations import bare_subject, follower_verb

    def clause_like(name):
        return follower_verb(name) >= validity.CLAUSE_VERB and bare_subject(name) >= validity.CLAUSE_SUBJECT

    # judged junk in the readable rounds: "the bank waives the appraisal fee", "the bank supports saving to …"
    assert clause_like("ธนาคารยกเว้นค่าธรรมเนียมประเมินราคา")
    assert clause_like("ธนาคารสนับสนุนการออมเพื่อสร้างความมั่นคงทางการเงิน")
    assert not clause_like("ฝ่ายทวนสอบด้านความยั่งยืน")  # a company's division, judged valid


def test_a_clause_is_dropped_whatever_the_model_says_however_often_it_is_written():
    f = {"org_follower_verb": validity.CLAUSE_VERB, "org_bare_subject": validity.CLAUSE_SUBJECT, "rec_seen": 0.0}
    assert validity.clause(f)
    assert validity.clause(f | {"rec_seen": 1.0})  # the audit samples write "ธนาคารลดดอกเบี้ย" in two releases
    assert validity.clause(f | {"known_name": 1.0})  # "ธนาคารสนับสนุนสินเชื่อ" is among the mined recurring names
    assert not validity.clause(f | {"org_rule=จำกัด": 1.0})  # a registered name: "สหกรณ์วัดจันทร์ จำกัด"
    assert not validity.clause(f | {"org_follower_verb": validity.CLAUSE_VERB - 0.01})
    assert not validity.clause(f | {"org_bare_subject": validity.CLAUSE_SUBJECT - 0.01})
    doc = _doc("ทั้งนี้ ธนาคารสร้างโอกาสให้ลูกค้ารายย่อย")
    m = _candidate(doc, "ธนาคารสร้างโอกาส")
    doc.add(m)
    validity.drop_invalid(doc)
    assert m not in doc.mentions


def _organizations_of(text: str) -> list[str]:
    result = extract(parse_release(text, "snippet.txt", published=date(2023, 5, 1)))
    return [n for e in result.entities.values() if e.kind == "organization" for n in e.names]


def test_a_bank_then_a_verb_phrase_the_corpora_repeat_is_still_a_clause():
    # judged junk in the mid round and round 22 (v2 2022-11-05): the audit samples write the phrase in two releases
    assert "ธนาคารลดดอกเบี้ย" not in _organizations_of(
        "ผลการเจรจาธนาคารลดดอกเบี้ย และยกเว้นค่าใช้จ่ายในการดำเนินคดี 100% ลดไปทั้งหมด")
    # v1: "the bank supports credit", a phrase among organization_names.json's recurring names
    assert "ธนาคารสนับสนุนสินเชื่อ" not in _organizations_of(
        "ซึ่งรัฐบาลได้รับมอบหมายให้ธนาคารสนับสนุนสินเชื่อ SMEs Transformation Loan อัตราดอกเบี้ยต่ำ")


def test_a_cooperative_registered_in_its_legal_form_is_no_clause_whatever_its_first_word():
    # v2: the first cooperative of Thailand, "วัด" (a temple; also "to measure", mostly a verb after จะ, ไม่, …)
    assert "สหกรณ์วัดจันทร์ จำกัด" in _organizations_of("สำหรับสหกรณ์วัดจันทร์ จำกัด เป็นสหกรณ์แห่งแรกของประเทศไทย")


def test_the_follower_miner_counts_words_after_prefix_words():
    from phakhi.graph.extract.organizations import followers

    assert followers("โดยธนาคารลดดอกเบี้ยให้ และศูนย์พัฒนาฝีมือแรงงาน") >= {("ธนาคาร", "ลด"), ("ศูนย์", "พัฒนา")}
    assert not any(p == "กรม" for p, _ in followers("ด้านทรัพยากรมนุษย์"))  # "กร|ม" splits a word
    data = json.loads((ROOT / "ontology" / "th" / "org_followers.json").read_text(encoding="utf-8"))
    assert "mine_org_followers.py" in data["_doc"] and all(v >= 3 for _, v in data["words"].values())
    assert all(0 <= bare <= n for n, bare in data["prefixes"].values())
    assert (ROOT / "ontology" / "th" / "org_followers.json").stat().st_size < 1_000_000


def test_a_name_written_apart_from_its_prefix_word_is_a_proper_name_whatever_its_first_word():
    from phakhi.graph.extract.organizations import follower_verb

    assert follower_verb("บริษัทเป็นตาฮักออร์แกนิคฟาร์มจำกัด") > 0.9  # "เป็น" is a verb ...
    assert follower_verb("บริษัท เป็นตาฮักออร์แกนิค ฟาร์ม จำกัด") == 0.0  # ... but the name is written apart


def test_judged_audits_are_read_past_a_closing_summary_line(tmp_path, monkeypatch):
    """A helper's self-judged file may close with a plain-text summary ("summary: valid 77, junk 12, …"); the
    trainer reads its verdicts all the same, so such a round can be trained on (--train self7-programs)."""
    script = load_script("train_validity")
    (tmp_path / "r").mkdir()
    item = {"class": "program", "iri": "x:1", "label": "โครงการคนละครึ่ง", "context": {"release": "a.txt"}}
    (tmp_path / "r" / "v1-program.jsonl").write_text(json.dumps(item, ensure_ascii=False) + "\n", encoding="utf-8")
    (tmp_path / "r" / "v1-program.judged.jsonl").write_text(
        json.dumps({"iri": "x:1", "verdict": "valid"}) + "\nsummary: valid 1\n", encoding="utf-8")
    monkeypatch.setattr(script, "AUDITS", tmp_path)
    rows = script.judged(["r"])
    assert [(r["label"], r["valid"], r["round"]) for r in rows] == [("โครงการคนละครึ่ง", True, "r")]


def test_a_prefix_word_before_a_place_names_that_places_body_not_a_subject():
    from phakhi.graph.extract.organizations import bare_subject

    doc = _doc("นายกรัฐมนตรีหารือกับรัฐบาลมาเลเซีย เรื่องการค้าชายแดน ทั้งนี้ รัฐบาลจะเร่งผลักดันการลงทุน")
    assert bare_subject("รัฐบาลจะ") > 0  # the corpora write รัฐบาล alone as a subject
    place = _candidate(doc, "รัฐบาลมาเลเซีย")
    assert validity.features(doc, place)["org_bare_subject"] == 0.0


def test_a_unit_named_right_before_its_parent_is_no_bare_subject():
    from phakhi.graph.extract.organizations import bare_subject

    doc = _doc("นายสมชาย ใจดี ผู้อำนวยการฝ่ายสื่อสารองค์กร การไฟฟ้าส่วนภูมิภาค กล่าว")
    assert bare_subject("ฝ่ายสื่อสารองค์กร") > 0  # the corpora write ฝ่าย alone as a subject ("ฝ่าย|ค้าน…")
    unit = _candidate(doc, "ฝ่ายสื่อสารองค์กร")
    assert validity.features(doc, unit)["org_bare_subject"] > 0  # no parent found after it yet
    doc.add(_candidate(doc, "การไฟฟ้าส่วนภูมิภาค"))
    f = validity.features(doc, unit)
    assert f["org_parent_after"] == 1.0 and f["org_bare_subject"] == 0.0


def test_a_short_form_with_the_abbreviation_mark_of_a_name_given_in_full_is_not_judged(monkeypatch):
    # release 019: "คณะกรรมการอำนวยการฯ" shortens the committee named in full before it; a model that rejects
    # every name whose second word is the mark drops it unless it is read as the full name's short form
    text = ("ตั้งคณะกรรมการอำนวยการขับเคลื่อนเศรษฐกิจภาคอุตสาหกรรม ทั้งนี้ คณะกรรมการอำนวยการฯ "
            "ประกอบด้วย สมาคมชาวไร่อ้อยน้ำพอง")
    release = parse_release(text, "snippet.txt", published=date(2018, 10, 3))
    marked = {"features": ["second=ฯ"], "weights": [-50.0], "bias": 5.0, "mean": [0.0], "scale": [1.0],
              "thresholds": {"organization": 0.5}}
    monkeypatch.setattr(validity, "class_model", lambda kind: marked if kind == "organization" else {})
    committee = [e for e in extract(release).entities.values() if "คณะกรรมการอำนวยการฯ" in e.names]
    assert len(committee) == 1 and "คณะกรรมการอำนวยการขับเคลื่อนเศรษฐกิจภาคอุตสาหกรรม" in committee[0].names
    alone = _doc("ทั้งนี้ ศูนย์ประสานงานฯ ได้รับเรื่อง")  # the mark with no full name in the release: still judged
    assert not validity._short_of_full(alone)(_candidate(alone, "ศูนย์ประสานงานฯ"))


def test_a_committees_second_word_is_read_past_a_word_opening_its_field():
    # "คณะทำงาน|ด้าน|ผลิตภัณฑ์…": ด้าน opens the field a committee is named by; it says nothing of the name, the
    # word after it does (for another body or another class the second word is still the one right after the first)
    doc = _doc("ที่ประชุมคณะทำงานด้านผลิตภัณฑ์อาหารสำเร็จรูป ณ กรุงเทพมหานคร")
    f = validity.features(doc, _candidate(doc, "คณะทำงานด้านผลิตภัณฑ์อาหารสำเร็จรูป"))
    assert "second=ด้าน" not in f and f"second={validity._words('คณะทำงานด้านผลิตภัณฑ์อาหารสำเร็จรูป')[2]}" in f
    assert validity._second(("คณะทำงาน", "ด้าน"), "organization", "คณะทำงานด้าน") == ""
    assert validity._second(("สมาคม", "ด้าน", "การโฆษณา"), "organization", "สมาคมด้านการโฆษณา") == "ด้าน"
    assert validity._second(("โครงการ", "เพื่อ", "ชุมชน"), "program", "โครงการเพื่อชุมชน") == "เพื่อ"


def test_training_counts_a_unit_named_before_its_parent_as_a_body():
    """The project's convention (guideline: "กอง, ศูนย์… units" are Department bodies; the gold sets count a unit
    written right before its parent): a judged unit with its parent right after it trains as valid, whatever the
    judge said; a deputy's portfolio and two names glued together do not."""
    script = load_script("train_validity")
    doc = _doc("นายสมชาย ใจดี ผู้อำนวยการฝ่ายสื่อสารองค์กร การไฟฟ้าส่วนภูมิภาค และรองอธิบดีฝ่ายการทะเบียน กรมการปกครอง "
               "และฝ่ายเลขานุการคณะกรรมการ สำนักงานส่งเสริมวิสาหกิจขนาดกลางและขนาดย่อม")
    for parent in ("การไฟฟ้าส่วนภูมิภาค", "กรมการปกครอง", "สำนักงานส่งเสริมวิสาหกิจขนาดกลางและขนาดย่อม"):
        doc.add(_candidate(doc, parent))
    unit, portfolio, glued = (_candidate(doc, n) for n in ("ฝ่ายสื่อสารองค์กร", "ฝ่ายการทะเบียน", "ฝ่ายเลขานุการคณะกรรมการ"))
    judged = {u: validity.features(doc, u) for u in (unit, portfolio, glued)}
    assert all(f["org_parent_after"] == 1.0 for f in judged.values())
    assert script.unit_before_parent(doc, unit, judged[unit])
    assert not script.unit_before_parent(doc, portfolio, judged[portfolio])
    assert not script.unit_before_parent(doc, glued, judged[glued])
    alone = _doc("ทั้งนี้ ฝ่ายสื่อสารองค์กร ได้รับเรื่อง")
    m = _candidate(alone, "ฝ่ายสื่อสารองค์กร")
    assert not script.unit_before_parent(alone, m, validity.features(alone, m))  # no parent after it
    row = {"class": "organization", "valid": False}
    assert script._unit_convention(row, True) == {**row, "valid": True, "valid_judged": False, "unit_before_parent": True}
    assert script._unit_convention(row, False)["valid"] is False


def test_event_features_read_what_the_name_says_after_its_cue():
    """The event model's own features (validity._event_features): a day run into the name and a name cut with ฯ
    (judged boundary and junk), against a session's number and an acronym that mark one event."""
    run_on = validity._event_features("การประชุมติดตามการดำเนินงาน วันที่ 28 มิถุนายน 2564")
    cut = validity._event_features("การประชุมอาเซียนฯ")
    session = validity._event_features("การประชุม JCR ครั้งที่ 4/2567")
    plain = validity._event_features("การอบรมสร้างเครือข่ายภาคส่วน")
    assert run_on["ev_dated"] == 1.0 and session["ev_dated"] == plain["ev_dated"] == 0.0
    assert cut["ev_abbr_end"] == 1.0 and run_on["ev_abbr_end"] == 0.0
    assert session["ev_numbered"] == session["ev_acronym"] == 1.0 and plain["ev_numbered"] == plain["ev_acronym"] == 0.0
    assert plain["ev_rest_dictionary_share"] == 1.0 and plain["ev_first=สร้าง"] == 1.0
    doc = _doc("จัดการประชุมอาเซียนฯ ที่กรุงเทพฯ")
    assert "ev_abbr_end" not in validity.features(doc, _candidate(doc, "การประชุมอาเซียนฯ", "program"))


def test_an_event_name_the_events_model_rejects_leaves_the_event_told_by_its_cue(monkeypatch):
    """An events' own model (validity_event.json, when one is kept) judges event names; a rejected name that begins
    with a cue leaves the event told by that cue word, one that does not (a Latin name) is dropped."""
    own = dict(validity.model(), thresholds={"event": 0.5})
    doc = _doc("จัดการประชุมอาเซียนว่าด้วยความมั่นคง เมื่อวันที่ 3 ตุลาคม 2561 และ Leaders Meeting")
    for name in ("การประชุมอาเซียนว่าด้วยความมั่นคง", "Leaders Meeting"):
        start = doc.text.index(name)
        doc.add(doc.mention(start, start + len(name), "event", "event:Meeting", name=name, type="Meeting"))
    monkeypatch.setattr(validity, "class_model", lambda kind: dict(own, bias=-50.0) if kind == "event" else {})
    validity.drop_invalid(doc)
    # judged no name: told by its cue word (described by resolve); a name that begins with no cue is dropped
    assert [m.data["name"] for m in doc.mentions] == ["การประชุม"]
    assert doc.mentions[0].text == "การประชุม" and doc.text[doc.mentions[0].nstart:doc.mentions[0].nend] == "การประชุม"


def test_a_rejected_name_whose_cue_ends_on_its_type_word_is_told_by_the_whole_cue(monkeypatch):
    """A cue whose type word ends it rather than begins it (events.jsonl "ครม.สัญจร", word "สัญจร") tells a rejected
    name by the cue as written, not by as many letters from its start as the type word has ("ครม.ส")."""
    own = dict(validity.model(), thresholds={"event": 0.5})
    doc = _doc("รัฐบาลจะจัดให้มี ครม.สัญจร ภาคกลาง ที่จังหวัดพระนครศรีอยุธยา")
    name = "ครม.สัญจร ภาคกลาง"
    start = doc.text.index(name)
    doc.add(doc.mention(start, start + len(name), "event", "event:Meeting", name=name, type="Meeting"))
    monkeypatch.setattr(validity, "class_model", lambda kind: dict(own, bias=-50.0) if kind == "event" else {})
    validity.drop_invalid(doc)
    assert [m.data["name"] for m in doc.mentions] == ["ครม.สัญจร"]
    assert doc.text[doc.mentions[0].nstart:doc.mentions[0].nend] == "ครม.สัญจร"


def test_an_event_name_judged_invalid_is_told_by_its_type_and_described(monkeypatch):
    """The whole pipeline: a meeting whose name the event model rejects stays as the dated meeting the text tells,
    described by its type word and day, not dropped (the gold sets match an event by its type and day)."""
    release = parse_release("กระทรวงอุตสาหกรรม จัดการประชุมอาเซียนว่าด้วยความมั่นคง เมื่อวันที่ 3 ตุลาคม 2561",
                            "snippet.txt", published=date(2018, 10, 3))
    named = [e for e in extract(release).entities.values() if e.kind == "event"]
    assert [e.names[0] for e in named] == ["การประชุมอาเซียนว่าด้วยความมั่นคง"] and not named[0].description
    reject = dict(validity.model(), thresholds={"event": 0.5}, bias=-50.0)
    monkeypatch.setattr(validity, "class_model", lambda kind: reject if kind == "event" else {})
    told = [e for e in extract(release).entities.values() if e.kind == "event"]
    assert len(told) == 1 and told[0].date == date(2018, 10, 3) and told[0].description.startswith("การประชุม (")


def test_leave_one_round_out_scores_each_round_and_gold_set_by_a_model_that_never_saw_it():
    """--by-round: a round's candidates are scored by a model trained on the other rounds alone (a word one judge
    calls valid and the others not reads as not valid there), and a gold set is its own fold (`fold`), not one
    with the audit rounds' candidates."""
    script = load_script("train_validity")
    items = []
    for rnd, valid_with_word in (("r1", True), ("r2", False), ("r3", False)):
        for i in range(20):
            word = i % 2 == 0
            items.append(({"class": "program", "round": rnd, "valid": word == valid_with_word},
                          {"last=เดียว": float(word), "length": 1.0 + i / 20}))
    items += [({"class": "program", "round": "gold", "fold": "g", "valid": True}, {"last=เดียว": 1.0, "length": 1.0})]
    p = script.leave_one_round_out(items, 0.1)
    others = script.train([it for it in items if it[0]["round"] != "r1"], 0.1)
    r1 = [i for i, (r, _) in enumerate(items) if r["round"] == "r1"]
    assert list(p[r1]) == list(script.predict(others, [items[i] for i in r1]))
    assert all(p[i] < 0.5 for i in r1 if items[i][0]["valid"])  # r1's judge alone calls the word valid
    without_gold = script.train(items[:-1], 0.1)
    assert p[-1] == script.predict(without_gold, items[-1:])[0]


def test_an_event_name_that_says_which_event_by_something_known_is_vouched_for():
    """event_known.vouched: the words after the cue end on a body of the authority or of the release, a body's kind
    word cut short with ฯ, a mined series or its dated sitting, an acronym defined in brackets; not plain words
    saying what was done, nor a name whose ฯ cuts off what followed the body."""
    from phakhi.graph.extract.event_known import vouched
    assert vouched("การประชุมคณะรัฐมนตรี") and vouched("การประชุมสภาผู้แทนราษฎร")
    assert vouched("การประชุม ครม. วันที่ 28 เมษายน 2563")  # a series' sitting told by its day
    assert vouched("Asia-Europe Meeting (ASEM)") and not vouched("Leaders Meeting")
    assert vouched("นิทรรศการผลการดำเนินงานของกระทรวงฯ") and not vouched("การประชุมอาเซียนฯ")
    own = "การประชุมคณะทำงานด้านผลิตภัณฑ์อาหารสำเร็จรูป"
    assert not vouched(own) and vouched(own, ["คณะทำงานด้านผลิตภัณฑ์อาหารสำเร็จรูป"])  # the release's own body
    assert not vouched("การอบรมสร้างเครือข่ายภาคส่วน")
    assert not vouched("การประชุมติดตามการดำเนินงาน วันที่ 28 มิถุนายน 2564")
    # the release's own bodies' cores built once (own_cores) say what the bodies themselves say, name after name
    from phakhi.graph.extract.event_known import own_cores
    bodies = ["คณะทำงานด้านผลิตภัณฑ์อาหารสำเร็จรูป", "กระทรวงอุตสาหกรรม", "สศอ."]
    for name in (own, "การประชุมคณะรัฐมนตรี", "การอบรมสร้างเครือข่ายภาคส่วน", "การประชุมกระทรวงอุตสาหกรรม"):
        assert vouched(name, own=own_cores(bodies)) == vouched(name, bodies)
    assert vouched(own, own=own_cores(bodies)) and not vouched(own, own=own_cores(bodies[1:]))


def test_a_latin_name_of_capitalised_words_before_its_cue_is_vouched_for(monkeypatch):
    """event_known.vouched: two capitalised words or more before the Latin cue that ends a name say which event
    ("Southern Industrial Fair", dropped by the events' model at BASE: a Latin name ending on its cue begins with
    no cue, so it was not even told by its type); one word before the cue ("Technical Meeting", "Music Festival")
    and a prize ("Prince Mahidol Award") are not vouched for."""
    from phakhi.graph.extract.event_known import vouched
    assert vouched("Southern Industrial Fair") and vouched("Bali International Choir Festival")
    assert not vouched("Technical Meeting") and not vouched("Music Festival") and not vouched("Leaders Meeting")
    assert not vouched("Prince Mahidol Award") and not vouched("APEC BCG Awards")
    doc = _doc("กระทรวงอุตสาหกรรมจัดงาน Southern Industrial Fair ณ จังหวัดสงขลา เมื่อวันที่ 3 ตุลาคม 2561")
    name = "Southern Industrial Fair"
    start = doc.text.index(name)
    doc.add(doc.mention(start, start + len(name), "event", "event:Exhibition", name=name, type="Exhibition"))
    reject = dict(validity.model(), thresholds={"event": 0.5}, bias=-50.0)
    monkeypatch.setattr(validity, "class_model", lambda kind: reject if kind == "event" else {})
    validity.drop_invalid(doc)
    assert [m.data["name"] for m in doc.mentions] == [name]


def test_a_body_with_its_partner_country_or_number_is_vouched_for_as_the_body():
    """event_known.vouched: a name going on from a known body with a partner word and a country or a number ("ASEAN
    Plus Three", "ASEAN - China", rejected by the events' model at BASE) is vouched for as the name before the
    partner is; a partner after no known body, or followed by no country or number, is not."""
    from phakhi.graph.extract.event_known import vouched
    assert vouched("การประชุมอาเซียนบวกสาม") and vouched("การประชุมสุดยอดอาเซียนบวกสาม")
    assert vouched("แถลงการณ์ร่วมอาเซียน - จีน") and vouched("แถลงการณ์ร่วมอาเซียน – จีน")
    assert not vouched("การประชุมหารือ - จีน") and not vouched("การประชุมอาเซียนบวกผัก")


def test_an_events_model_never_drops_a_name_vouched_for(monkeypatch):
    """A model that rejects every event name leaves a vouched-for name ("การประชุมคณะรัฐมนตรี") as it is and tells
    the other event by its cue word."""
    doc = _doc("ในการประชุมคณะรัฐมนตรี และการอบรมสร้างเครือข่ายภาคส่วน เมื่อวันที่ 3 ตุลาคม 2561")
    for name in ("การประชุมคณะรัฐมนตรี", "การอบรมสร้างเครือข่ายภาคส่วน"):
        start = doc.text.index(name)
        doc.add(doc.mention(start, start + len(name), "event", "event:Meeting", name=name, type="Meeting"))
    reject = dict(validity.model(), thresholds={"event": 0.5}, bias=-50.0)
    monkeypatch.setattr(validity, "class_model", lambda kind: reject if kind == "event" else {})
    validity.drop_invalid(doc)
    assert [m.data["name"] for m in doc.mentions] == ["การประชุมคณะรัฐมนตรี", "การอบรม"]


def test_a_visit_told_by_its_verb_phrase_is_not_judged_as_a_name():
    """A visit told by what was done (event_labels.told_not_named) is described with its phrase by resolve: the
    name model does not judge it (a rejected phrase would shorten the description to the bare cue word)."""
    doc = _doc("นายกรัฐมนตรีศึกษาดูงานนวัตกรรมเทคโนโลยีการสกัดสารสำคัญ ณ จังหวัดเชียงใหม่")
    name = "ศึกษาดูงานนวัตกรรมเทคโนโลยีการสกัดสารสำคัญ"
    start = doc.text.index(name)
    told = doc.mention(start, start + len(name), "event", "event:Visit", name=name, type="Visit")
    named = doc.mention(start, start + len(name), "event", "event:Meeting", name=name, type="Meeting")
    assert not validity.judged(told) and validity.judged(named)


def test_a_verdict_against_a_label_since_lengthened_is_not_trained_on():
    """A judge called "วิทยาลัยจุฬาภรณ์" cut ("ราช" missing); today's extractor finds "ราชวิทยาลัยจุฬาภรณ์" there. With
    --stale the verdict is left out (it is about the shorter string); a valid verdict, an unchanged label and a label
    today's extractor cut shorter are kept."""
    script = load_script("train_validity")
    doc = _doc("ร่วมกับราชวิทยาลัยจุฬาภรณ์ เพื่อ")
    m = _candidate(doc, "ราชวิทยาลัยจุฬาภรณ์")
    doc.add(m)

    def row(label, valid):
        return {"class": "organization", "label": label, "valid": valid, "round": "r", "file": "f", "iri": label,
                "context": {"release": "snippet.txt", "start": m.start, "end": m.end}}

    rows = [row("วิทยาลัยจุฬาภรณ์", False), row("วิทยาลัยจุฬาภรณ์", True), row("ราชวิทยาลัยจุฬาภรณ์", False),
            row("ราชวิทยาลัยจุฬาภรณ์ เพื่อ", False)]
    docs = {"snippet.txt": doc}
    assert [r["label"] for r, _ in script.table(rows, docs)] == [r["label"] for r in rows]
    kept = [(r["label"], r["valid"]) for r, _ in script.table(rows, docs, stale=True)]
    assert kept == [("วิทยาลัยจุฬาภรณ์", True), ("ราชวิทยาลัยจุฬาภรณ์", False), ("ราชวิทยาลัยจุฬาภรณ์ เพื่อ", False)]


def test_the_leading_cue_of_a_name_is_the_longest_cue_it_begins_with():
    """event_words.leading_cue looks a name's prefixes up, longest first: it must answer what trying every cue on the
    name answers (the longest cue the name begins with; "" for none), here for each cue, each cue with text after
    it, and names that begin with none."""
    from phakhi.graph.extract.event_words import event_cues, leading_cue
    cues = list(event_cues())
    names = cues + [c + "อาเซียน ครั้งที่ 3" for c in cues] + [c[:-1] for c in cues] + ["", "Leaders Meeting", "ก"]
    for name in names:
        assert leading_cue(name) == max((c for c in cues if name.startswith(c)), key=len, default=""), name
    assert leading_cue("การประชุมคณะรัฐมนตรี").startswith("การประชุม")


def _behind(earlier_bias: float, later_bias: float) -> dict:
    """The programmes' model with its bias set to `later_bias`, written behind itself with `earlier_bias`."""
    shipped = {k: v for k, v in validity.class_model("program").items() if k != "after"}
    earlier = validity.class_model("program").get("after", shipped)
    return dict(shipped, bias=later_bias, after=dict(earlier, bias=earlier_bias))


def test_a_model_written_behind_an_earlier_one_judges_what_it_keeps_and_never_drops_a_guarded_name(monkeypatch):
    text = "ให้กองทุนหมู่บ้านและชุมชนเมือง และโครงการพัฒนาผู้ประกอบการรุ่นใหม่ ดำเนินการ"
    fund, scheme = "กองทุนหมู่บ้านและชุมชนเมือง", "โครงการพัฒนาผู้ประกอบการรุ่นใหม่"
    monkeypatch.setattr(validity, "_guarded_names", lambda: frozenset({fund}))

    def kept(weights: dict) -> list[str]:
        monkeypatch.setattr(validity, "class_model", lambda kind: weights if kind == "program" else {})
        doc = _doc(text)
        doc.add(_candidate(doc, fund, "program"))
        doc.add(_candidate(doc, scheme, "program"))
        validity.drop_invalid(doc)
        return [validity.surface(doc, m) for m in doc.mentions]

    assert kept(_behind(50.0, -50.0)) == [fund]  # the earlier keeps both; the later drops all but the guarded fund
    assert kept(_behind(-50.0, 50.0)) == []  # the earlier drops first, the guard and the later model aside
    assert kept(_behind(50.0, 50.0)) == [fund, scheme]
    alone = {k: v for k, v in _behind(50.0, -50.0).items() if k != "after"}
    assert kept(alone) == []  # a model written behind none guards nothing: as before


@pytest.mark.parametrize("name, guarded", [
    ("FTA ไทย - EU", True), ("FTA THAI-EU", True), ("ความตกลงเขตการค้าเสรีอาเซียน - จีน", True),
    ("ความตกลงการค้าเสรี (FTA) ไทย-สหภาพยุโรป (EU)", True), ("Thailand-EU FTA", True),
    ("FTA", False), ("ความตกลงการค้าเสรี", False),  # an agreement word without its parties names none
    # or named by its acronym; a memorandum or a body after an agreement word names none
    ("ความตกลง RCEP", True), ("ความตกลงหุ้นส่วนทางเศรษฐกิจระดับภูมิภาค (RCEP)", True),
    ("ข้อตกลงความร่วมมือ (MOU)", False), ("ความตกลง WTO", False),
])
def test_a_trade_agreement_named_by_its_parties_is_guarded(name, guarded):
    assert validity.guarded("program", name) is guarded
    assert not validity.guarded("organization", name)


def test_the_guard_holds_names_the_corpora_write_whole_and_no_kinds():
    names = validity._guarded_names()
    assert "กองทุนหมู่บ้านและชุมชนเมือง" in names  # a national fund, in hundreds of releases
    miner = load_script("mine_program_guard")
    assert miner.kind_only("โครงการพัฒนา") and miner.kind_only("มาตรการเร่งด่วน")
    assert not miner.kind_only("กองทุนหมู่บ้านและชุมชนเมือง")
    data = json.loads((ROOT / "ontology" / "th" / "program_guard.json").read_text(encoding="utf-8"))
    assert "mine_program_guard.py" in data["_doc"] and min(data["names"].values()) >= miner.MIN_RELEASES


def test_training_counts_a_trade_agreement_named_by_its_parties_valid():
    script = load_script("train_validity")
    rows = [({"class": "program", "label": "FTA ไทย-สหภาพยุโรป", "valid": False}, {}),
            ({"class": "program", "label": "โครงการพัฒนาท่าเรือ", "valid": False}, {}),
            ({"class": "organization", "label": "FTA ไทย-EU", "valid": False}, {})]
    out = script.agreements_valid(rows)
    assert [r["valid"] for r, _ in out] == [True, False, False]
    assert out[0][0]["valid_judged"] is False  # the judge's verdict is kept beside the ruling


def test_training_matches_a_gold_programme_as_the_evaluation_does(monkeypatch):
    from phakhi.graph.cli import evaluate

    script = load_script("train_validity")
    doc = _doc("ธนาคารออกมาตรการยกเว้นค่าธรรมเนียม และโครงการพัฒนาผู้ประกอบการรุ่นใหม่ ให้ประชาชน")
    doc.add(_candidate(doc, "มาตรการยกเว้นค่าธรรมเนียม", "program"))
    doc.add(_candidate(doc, "โครงการพัฒนาผู้ประกอบการรุ่นใหม่", "program"))
    gold = {"r.txt": {"programs": [{"names": ["มาตรการยกเว้นค่าธรรมเนียมต่าง ๆ"]}]}}
    monkeypatch.setattr(evaluate, "load_gold", lambda gold_dir: gold)
    monkeypatch.setattr(script, "_docs", lambda paths, wanted: {"r.txt": doc})
    rows = {r["label"]: r["valid"] for r, _ in script.gold_items("gold", "releases") if r["class"] == "program"}
    assert rows == {"มาตรการยกเว้นค่าธรรมเนียม": True, "โครงการพัฒนาผู้ประกอบการรุ่นใหม่": False}



def test_a_name_the_corpora_confirm_whole_is_kept_whatever_the_model_says_when_written_standing(monkeypatch):
    # the foundation for the forests of five provinces (v2 2023-06-09: h29-orgcut's run-on, then dropped by the
    # model) and UN Women's Thai name (org_joined_tails.json) standing before a space or a bracket are kept; the
    # tails list's run up to the number is no name, and glued on to more letters the release writes another run
    # than the one the corpora confirm: the model judges it
    monkeypatch.setattr(validity, "judge", lambda *args: 0.0)  # the model drops every candidate it judges
    monkeypatch.setattr(validity, "recurrent", lambda *args: False)
    women = "องค์การเพื่อการส่งเสริมความเสมอภาคระหว่างเพศ และเพิ่มพลังของผู้หญิงแห่งสหประชาชาติ"
    cases = [("เวลา 10.30 น. ณ มูลนิธิอนุรักษ์ป่ารอยต่อ 5 จังหวัด พลเอก ประวิตร วงษ์สุวรรณ รองนายกรัฐมนตรี",
              "มูลนิธิอนุรักษ์ป่ารอยต่อ 5 จังหวัด", True),
             (f"ผู้แทน{women} (UN Women) ประจำประเทศไทย เข้าพบ", women, True),
             ("เวลา 10.30 น. ณ มูลนิธิอนุรักษ์ป่ารอยต่อ 5 จังหวัด พลเอก ประวิตร", "มูลนิธิอนุรักษ์ป่ารอยต่อ 5", False),
             ("กรมอุทยานแห่งชาติ ร่วมกับมูลนิธิอนุรักษ์ป่ารอยต่อ 5 จังหวัดภาคตะวันออก จัดกิจกรรม",
              "มูลนิธิอนุรักษ์ป่ารอยต่อ 5 จังหวัด", False)]
    for text, name, kept in cases:
        doc = _doc(text)
        doc.add(_candidate(doc, name))
        validity.drop_invalid(doc)
        assert bool(doc.mentions) is kept, (name, text)


def test_the_names_confirmed_whole_are_the_tails_lists_longest_rows():
    organizations = validity.confirmed_whole("organization")
    assert "มูลนิธิอนุรักษ์ป่ารอยต่อ5จังหวัด" in organizations  # org_numbered_tails.json, spaces left out
    assert "มูลนิธิอนุรักษ์ป่ารอยต่อ5" not in organizations  # the same list's run up to the number
    assert "กรมกิจการเด็กและเยาวชน" in organizations  # org_joined_tails.json
    # the programme guard stays behind the later programme model only (validity.guarded): measured, not kept here
    assert not validity.confirmed_whole("program") and not validity.confirmed_whole("event")


def test_the_foundation_named_with_its_number_is_kept_by_the_whole_pipeline(extract_text):
    # v2 2023-06-09: the validity model dropped the name the numbered tails had repaired (h29-orgcut)
    result = extract_text("ข่าว\nวันนี้ (วันที่ 9 มิถุนายน 2566) เวลา 10.30 น. ณ มูลนิธิอนุรักษ์ป่ารอยต่อ 5 จังหวัด พลเอก "
                          "ประวิตร วงษ์สุวรรณ รองนายกรัฐมนตรี เป็นประธานการประชุม\n")
    names = {n for e in result.of_kind("organization") for n in e.names}
    assert "มูลนิธิอนุรักษ์ป่ารอยต่อ 5 จังหวัด" in names, names


def test_a_relative_word_before_an_attribute_is_no_clause_word_in_a_programme():
    """"ที่เหมาะสม" inside a programme's name is the noun's attribute (program_patterns.json "attributes"), not a clause
    word (thaigov-v2 2020/09/17 ครม._4; "ที่ได้รับ…" still is one)."""
    doc = _doc("ดำเนินโครงการจัดสร้างแหล่งอาศัยสัตว์ทะเลให้มีระบบนิเวศที่เหมาะสม สำหรับ และโครงการฟื้นฟูถนนที่ได้รับความเสียหาย ต่อไป")
    attributed = validity.features(doc, _candidate(doc, "โครงการจัดสร้างแหล่งอาศัยสัตว์ทะเลให้มีระบบนิเวศที่เหมาะสม", "program"))
    clause = validity.features(doc, _candidate(doc, "โครงการฟื้นฟูถนนที่ได้รับความเสียหาย", "program"))
    as_body = validity.features(doc, _candidate(doc, "โครงการจัดสร้างแหล่งอาศัยสัตว์ทะเลให้มีระบบนิเวศที่เหมาะสม"))
    assert attributed["inner_sentence_words"] == as_body["inner_sentence_words"] - 1
    assert clause["inner_sentence_words"] >= 1
