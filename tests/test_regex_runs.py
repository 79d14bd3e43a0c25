"""Patterns rewritten for speed in the twenty-fifth session (h25-speed) find what they found before: runs of spaces
and digits read whole (possessive) where no neighbouring part can open with a space or a digit, a clause that may open
at the text's start found in two scans, the last glued word of a window cut by a split. Each is checked against the
pattern it replaced on random texts made of the words the patterns read; and a long run of spaces or digits in a
release costs time in proportion to its length (before: the runs were split between the pattern's parts in every
way before the match failed, cubic or exponential in the run)."""

from __future__ import annotations

import random
import re
import time

import pytest

from phakhi.graph.extract import event_dates, events, program_evidence
from phakhi.graph.extract.pipeline import extract
from phakhi.graph.extract.program_words import program_data
from phakhi.graph.read import parse_release
from phakhi.graph.text import dates
from phakhi.ontology import load_months


def _backtracking(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The pattern as it was written before: its possessive runs greedy again."""
    return re.compile(pattern.pattern.replace("*+", "*").replace("++", "+"))


def _words() -> list[str]:
    counted, estates, months = program_data()["counted_after"], program_data()["estate_lots"], load_months()
    return (counted["quantity"] + counted["members"] + estates["lots"] + estates["between"] + list(months["months"])[:6]
            + months["run_leads"] + months["run_joiners"] + months["other_day_openers"] + months["today"]
            + ["โครงการ", "1", "12", "2563", "พ.ศ.", " ", "  ", "\n", ")", "(", ".", ",", "ใน", "x", "ก", "1,000", "๒"])


def _texts(count: int, seed: int = 25) -> list[str]:
    rnd, words = random.Random(seed), _words()
    return ["".join(rnd.choice(words) for _ in range(rnd.randint(1, 10))) for _ in range(count)]


def _found(match: re.Match[str] | None):
    return match and (match.span(), match.groupdict())


@pytest.mark.parametrize("name", ["counted", "estate", "day_first", "month_first", "run"])
def test_possessive_runs_match_as_the_backtracking_pattern_did(name):
    pattern = {"counted": lambda: program_evidence._count_after("โครงการ"), "estate": program_evidence._estate_lot,
               "day_first": lambda: dates._patterns()[0], "month_first": lambda: dates._patterns()[1],
               "run": lambda: dates._patterns()[2]}[name]()
    before = _backtracking(pattern)
    for text in _texts(4000):
        for pos in range(len(text) + 1):
            assert _found(pattern.match(text, pos)) == _found(before.match(text, pos)), (text, pos)
            assert _found(pattern.search(text, pos)) == _found(before.search(text, pos)), (text, pos)


def test_the_words_the_possessive_runs_meet_open_and_end_on_no_space_nor_digit():
    """The rewrite is exact only so: a word of quantity, of an estate's lot, a month, a lead or a joiner opening on a
    space or a digit would have been reached by giving back part of the run before it."""
    counted, estates, months = program_data()["counted_after"], program_data()["estate_lots"], load_months()
    for word in (counted["quantity"] + estates["lots"] + estates["between"] + list(months["months"])
                 + months["run_leads"] + months["run_joiners"]):
        assert word == word.strip() and not word[0].isdigit() and word[0] not in ".,", word


def test_todays_clauses_are_the_matches_of_the_pattern_that_may_open_at_the_start():
    at_start, after_space = event_dates._TODAY_CLAUSE()
    before = re.compile(f"(?:^|\\s){at_start.pattern}")
    texts = _texts(3000) + [" ".join(load_months()["other_day_openers"]) + "วันนี้ ได้", "โดยในวันนี้ จังหวัด"]
    for text in texts:
        assert [m.span() for m in event_dates._today_clauses(text)] == [m.span() for m in before.finditer(text)], text


@pytest.mark.parametrize("window", ["", " ", "\n", "ก\n", "ก \n", "ก\n\n", "การแสดงนิทรรศการ", "ประกอบด้วย การฝึก",
                                    "ประกอบด้วย\u00a0การฝึก", "ก\x1cข", "ก\u200bข", "abc def\n", "x\ty", "ข้อ 1.\r"])
def test_the_last_glued_word_is_what_the_search_from_the_end_found(window):
    assert events._last_word(window) == re.search(r"\S*$", window).group()


def test_the_last_glued_word_on_random_windows():
    rnd = random.Random(25)
    pieces = ["การ", "ประชุม", " ", "\n", "\t", "\u00a0", "\u3000", "\x1c", "\u200b", "ก", "1."]
    for _ in range(5000):
        window = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 8)))
        assert events._last_word(window) == re.search(r"\S*$", window).group(), repr(window)


def _cpu(text: str) -> float:
    release = parse_release(text, "runs.txt")
    started = time.thread_time()
    extract(release)
    return time.thread_time() - started


@pytest.mark.parametrize("text", [
    "ข่าว\nโครงการบ้านจัดสรร" + " " * 2000 + "ก\n",  # a count after a project's name (before: 30 s and more, cubic)
    "ข่าว\nขายห้องชุด " + "1" * 26 + "x โครงการบ้านสวน\n",  # an estate's plot before a prefix (before: about 13 s, 2^n)
    "ข่าว\nวันที่ 1 มกราคม" + " " * 20_000 + "ก\n",  # a year after a month (before: 13 s, quadratic)
])
def test_a_long_run_of_spaces_or_digits_costs_its_length(text):
    _cpu("ข่าว\nโครงการบ้านจัดสรร มีจำนวน 1,135 โครงการ วันที่ 1 มกราคม 2563 ขายห้องชุด 12 ชั้น\n")  # data loaded
    assert _cpu(text) < 1.0
