"""Numbers as Thai releases write them: digits with commas and decimals, Thai multipliers, number words."""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

from phakhi.ontology import load_counts_data

NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
# NUMBER after its first digit ("\\d(?:NUMBER_REST)" matches as NUMBER does, trying the same lengths in the same
# order), for a pattern that opens on that digit (text.patterns.not_after)
NUMBER_REST = r"\d{0,2}(?:,\d{3})+(?:\.\d+)?|\d*(?:\.\d+)?"
MAX_DIGITS = 24  # more than any amount a release states (a national budget has 13); longer runs are not counts


class NumberTooLarge(ValueError):
    """A digit run or a product of multipliers beyond MAX_DIGITS digits: not a number anyone reports."""


@lru_cache(maxsize=1)
def multiplier_pattern() -> re.Pattern[str]:
    words = sorted(load_counts_data()["multipliers"], key=len, reverse=True)
    return re.compile(r"\s?((?:" + "|".join(map(re.escape, words)) + r")+)")


def multiplier_value(words: str) -> int:
    """"แสนล้าน" -> 100000 * 1000000; "พันล้าน" -> 1e9. Multipliers in a run multiply."""
    table = load_counts_data()["multipliers"]
    value, rest = 1, words
    names = sorted(table, key=len, reverse=True)
    while rest:
        for name in names:
            if rest.startswith(name):
                value *= table[name]
                rest = rest[len(name):]
                break
        else:
            raise ValueError(f"not a Thai multiplier: {words!r}")
        if value >= _LIMIT:
            raise NumberTooLarge(f"multipliers over {MAX_DIGITS} digits: {words[:40]!r}")
    return value


_LIMIT = 10 ** MAX_DIGITS


def parse_number(digits: str) -> int | float:
    """"34,000" -> 34000, "1.5" -> 1.5, "๓๔,๐๐๐" -> 34000. Whole numbers stay exact ints at any size up to
    MAX_DIGITS digits (a float would round 9,007,199,254,740,993); longer runs raise NumberTooLarge."""
    plain = digits.replace(",", "")
    whole, _, fraction = plain.partition(".")
    if len(whole) > MAX_DIGITS:
        raise NumberTooLarge(f"{len(whole)} digits: {digits[:40]}…")
    fraction = fraction[:MAX_DIGITS]  # no release is more precise than that
    if not fraction or int(fraction) == 0:
        return int(whole)
    return float(whole + "." + fraction)


def scale(value: int | float, factor: int) -> int | float:
    """value × factor, exact for the decimals releases write ("1.1 ล้านล้าน" is 1,100,000,000,000)."""
    result = value * factor if isinstance(value, int) else Decimal(repr(value)) * factor
    if result >= _LIMIT:
        raise NumberTooLarge(f"{value} × {factor} is over {MAX_DIGITS} digits")
    if result == int(result):
        return int(result)
    return float(result)
