import pytest

from phakhi.graph.cli.evaluate import Score, canon, canon_person, score_release


def _score(gold, pred):
    score = Score()
    base = {"organizations": [], "persons": [], "programs": [], "events": [], "counts": []}
    score_release({**base, **gold}, {**base, **pred}, score)
    return score


def test_canon_ignores_space_punctuation_case_and_zero_width():
    assert canon(" กระทรวง อุตสาหกรรม\u200b ") == canon("กระทรวงอุตสาหกรรม")
    assert canon("Eco-Industrial Town") == canon("eco industrial town")
    assert canon_person("นายอุตตม สาวนายน") == canon("อุตตม สาวนายน")
    assert canon_person("Mr. Li Yong") == canon("Li Yong")
    assert canon_person("Drake Smith") == canon("Drake Smith")


def test_organizations_match_on_any_name_and_only_once():
    gold = {"organizations": [{"names": ["กระทรวงอุตสาหกรรม", "อก."], "type": "Ministry"}]}
    pred = {"organizations": [{"names": ["อก."], "type": "Ministry"}, {"names": ["ก.อุตสาหกรรม", "กระทรวงอุตสาหกรรม"], "type": "Ministry"}]}
    t = _score(gold, pred).classes["organizations"]
    assert (t.gold, t.predicted, t.matched) == (1, 2, 1)


def test_posts_need_person_organization_and_title():
    gold = {"organizations": [{"names": ["กระทรวงอุตสาหกรรม", "อก."], "type": "Ministry"}],
            "persons": [{"names": ["อุตตม สาวนายน"], "posts": [{"title": "รัฐมนตรีว่าการ", "organization": "กระทรวงอุตสาหกรรม"}]}]}
    ok = {"persons": [{"names": ["นายอุตตม สาวนายน"], "posts": [{"title": "รัฐมนตรี", "organization": "อก."}]}]}
    wrong_org = {"persons": [{"names": ["อุตตม สาวนายน"], "posts": [{"title": "รัฐมนตรีว่าการ", "organization": "UNIDO"}]}]}
    assert _score(gold, ok).classes["posts"].matched == 1
    assert _score(gold, wrong_org).classes["posts"].matched == 0
    no_org = {"persons": [{"names": ["ประยุทธ์ จันทร์โอชา"], "posts": [{"title": "นายกรัฐมนตรี", "organization": None}]}]}
    assert _score(no_org, no_org).classes["posts"].matched == 1
    assert _score(no_org, ok).classes["posts"].matched == 0


def test_programs_prefix_and_containment():
    gold = {"programs": [{"names": ["โครงการอุตสาหกรรมสีเขียว"]}, {"names": ["Eco-Industrial Town Project"]}]}
    pred = {"programs": [{"names": ["อุตสาหกรรมสีเขียว"]}, {"names": ["Eco Industrial Town"]}, {"names": ["Town"]}]}
    assert _score(gold, pred).classes["programs"].matched == 2


def test_events_by_type_and_date_or_name():
    gold = {"events": [{"names": ["การประชุม ก"], "type": "Meeting", "date": "2018-10-03"},
                       {"names": ["พิธีลงนามความร่วมมือ"], "type": "Signing", "date": None}]}
    pred = {"events": [{"names": ["x"], "type": "Meeting", "date": "2018-10-03"},
                       {"names": ["พิธีลงนามความร่วมมือ"], "type": "Other", "date": None},
                       {"names": ["y"], "type": "Signing", "date": None}]}
    assert _score(gold, pred).classes["events"].matched == 2


def test_counts_value_and_unit_rules_and_qualifiers():
    gold = {"counts": [{"value": 34000, "qualifier": "more-than", "unit": "กิจการ", "text": "โรงงานกว่า 34,000 กิจการ"},
                       {"value": 21, "qualifier": "exact", "unit": "แห่ง", "text": "นิคม 21 แห่ง"}]}
    pred = {"counts": [{"value": 34000.0, "qualifier": "exact", "unit": "กิจการ", "text": ""},
                       {"value": 21, "qualifier": "exact", "unit": "นิคม", "text": "นิคม 21 แห่ง"}]}
    score = _score(gold, pred)
    assert score.classes["counts"].matched == 2
    assert (score.qualifiers.gold, score.qualifiers.matched) == (2, 1)


def test_micro_average():
    score = _score({"organizations": [{"names": ["A"], "type": "Other"}, {"names": ["B"], "type": "Other"}]},
                   {"organizations": [{"names": ["A"], "type": "Other"}]})
    assert score.overall.precision == 1.0 and score.overall.recall == 0.5
    assert score.overall.f1 == pytest.approx(2 / 3)


def test_matching_prefers_pairs_with_the_right_qualifier():
    # two predicted counts match one gold count each way; the scorer must pick the qualifier-consistent pairing
    gold = {"counts": [{"value": 5, "qualifier": "exact", "unit": "ราย", "text": ""},
                       {"value": 5, "qualifier": "more-than", "unit": "ราย", "text": ""}]}
    pred = {"counts": [{"value": 5, "qualifier": "more-than", "unit": "ราย", "text": ""},
                       {"value": 5, "qualifier": "exact", "unit": "ราย", "text": ""}]}
    score = _score(gold, pred)
    assert score.classes["counts"].matched == 2 and score.qualifiers.matched == 2
