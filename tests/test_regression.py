"""Extraction quality on the development set and on dev-b (2021-2025 releases the rules were not written for),
scored by shared/eval/SPEC.md's rules, read back from the store. The floors are set from measured numbers
(see the README) and only ever go up."""

from conftest import GOLD, GOLD_B, SEED, SEEDS_B
from phakhi.graph.ingest import ingest
from phakhi.graph.cli.evaluate import evaluate_paths, load_gold, score_all
from phakhi.graph.views.facts import release_facts
from phakhi.graph.store import Store

DEV_FLOOR = {"overall": 0.93, "organizations": 0.91, "persons": 0.97, "posts": 0.93, "programs": 0.87,
             "events": 0.86, "counts": 0.94}
SEED_FLOOR = 0.90
QUALIFIER_FLOOR = 0.95  # share of matched counts whose qualifier is right (dev 0.974, dev-b 0.973)
DEV_B_FLOOR = {"overall": 0.89, "organizations": 0.90, "persons": 0.96, "posts": 0.94, "programs": 0.76,
               "events": 0.83, "counts": 0.91}


def test_dev_set_micro_f1(dev_store):
    predicted = {name: release_facts(dev_store, name) for name in dev_store.release_names()}
    score = score_all(load_gold(GOLD), predicted)
    assert score.releases == 39 and not score.missing
    assert score.overall.f1 >= DEV_FLOOR["overall"]
    for cls, floor in DEV_FLOOR.items():
        if cls != "overall":
            assert score.classes[cls].f1 >= floor, (cls, score.classes[cls].f1)
    assert score.published.matched == 39
    assert score.qualifiers.matched / score.qualifiers.gold >= QUALIFIER_FLOOR


def test_seed_release_f1(tmp_path):
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / SEED.with_suffix(".json").name).write_bytes((GOLD / SEED.with_suffix(".json").name).read_bytes())
    score = evaluate_paths(Store.memory(), gold, [SEED])
    assert score.overall.f1 >= SEED_FLOOR


def test_dev_b_micro_f1():
    store = Store.memory()
    summary = ingest(store, [SEEDS_B])
    assert not summary.failures
    predicted = {name: release_facts(store, name) for name in store.release_names()}
    score = score_all(load_gold(GOLD_B), predicted)
    assert score.releases == 31 and not score.missing
    for cls, floor in DEV_B_FLOOR.items():
        f1 = score.overall.f1 if cls == "overall" else score.classes[cls].f1
        assert f1 >= floor, (cls, f1)
    assert score.published.matched == 31
    assert score.qualifiers.matched / score.qualifiers.gold >= QUALIFIER_FLOOR
