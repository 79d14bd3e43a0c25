"""Numbers as Thai releases write them: digits with commas and decimals, Thai multipliers, number words."""

from __future__ import annotations

import re
from functools import lru_cache

from phakhi.ontology import load_counts_data

NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"


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
    return value


def parse_number(digits: str) -> int | float:
    value = float(digits.replace(",", ""))
    return int(value) if value.is_integer() else value


def scale(value: int | float, factor: int) -> int | float:
    result = value * factor
    if isinstance(result, float):
        rounded = round(result, 6)
        return int(rounded) if rounded.is_integer() else rounded
    return result
