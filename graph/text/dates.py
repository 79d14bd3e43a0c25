"""Dates as Thai releases write them: "3 ตุลาคม 2561", "3 ต.ค. 61", "วันพุธที่ 3 ตุลาคม 2561", "3 October 2018".

Buddhist-era years (4 or 2 digits) are converted to the Gregorian calendar (2561 -> 2018, 61 -> 2018).
A date without a year takes its year from the release's publication date, unless it opens a run whose last date
tells the year ("ระหว่างวันที่ 30 ตุลาคม – 3 พฤศจิกายน 2566": the run's year, not the publication's). A run of days is
dated by its first day ("15-16 พฤศจิกายน", "ระหว่างวันที่ 15 ถึงวันที่ 16 พฤศจิกายน 2566": months.json run_leads and
run_joiners).
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from phakhi.graph.text.patterns import literal_alternation, not_after
from phakhi.ontology import load_months

BE_OFFSET = 543


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    words = load_months()
    months = sorted(words["months"], key=len, reverse=True)
    alternation = "|".join(re.escape(m) for m in months)
    # spaces read whole (`\s*+`) where no era, year, joiner or lead opens on one: the same matches, and a long run of
    # spaces after a month costs its length, not its square (tests/test_regex_runs.py)
    month_year = (r"\s*(?P<month>" + alternation + r")"
                  r"(?:\s*+(?:พ\.ศ\.|ค\.ศ\.)?\s*+(?P<year>\d{4}|\d{2})(?!\d))?")
    day_first = re.compile(  # a day of one or two digits, not after a digit
        r"(?P<day>\d" + not_after(r"\d") + r"\d?)(?:\s*[-–]\s*\d{1,2})?" + month_year
    )
    month_first = re.compile(
        r"(?P<month>" + "|".join(re.escape(m) for m in months if m.isascii()) + r")\s+(?P<day>\d{1,2}),?\s+(?P<year>\d{4})(?!\d)"
    )
    leads, joiners = literal_alternation(words["run_leads"]), literal_alternation(words["run_joiners"])
    # a day of the run may be told with its weekday ("ระหว่างวันจันทร์ที่ 11 – วันอังคารที่ 12 พฤศจิกายน 2562"): the
    # weekday (months.json weekdays) and "ที่" lead it as "วันที่" does
    leads = f"(?:{literal_alternation(words['weekdays'])})\\s*+(?:ที่)?|{leads}"
    run = re.compile(  # "ระหว่างวันที่ 15 ถึงวันที่ 16 พฤศจิกายน 2566": the run's first day, its month told after
        f"(?:{leads})\\s*+(?P<day>\\d{{1,2}})\\s*+(?:{joiners})\\s*+(?:{leads})?\\s*+(?P<last>\\d{{1,2}})(?!\\d)"
        + month_year
    )
    return day_first, month_first, run


@lru_cache(maxsize=1)
def run_join() -> re.Pattern[str]:
    """What joins the first date of a run to its last, whole (`fullmatch` it on the text between them): a joiner of
    months.json run_joiners, then perhaps a word of run_leads ("1 เมษายน ถึง 31 กรกฎาคม", "9 มกราคม ถึงวันที่ 30
    มิถุนายน", "21 เมษายน – 19 มิถุนายน")."""
    words = load_months()
    leads, joiners = literal_alternation(words["run_leads"]), literal_alternation(words["run_joiners"])
    return re.compile(f"\\s{{0,2}}(?:{joiners})\\s{{0,2}}(?:(?:{leads})\\s{{0,2}})?")


@lru_cache(maxsize=1)
def _month_names() -> dict[int, str]:
    """Month number -> its full Thai name (the first name months.json gives for it)."""
    names: dict[int, str] = {}
    for name, number in load_months()["months"].items():
        names.setdefault(int(number), name)
    return names


def thai_date(day: date) -> str:
    """`day` as the releases write one: "22 มกราคม 2562" (the full month name, the Buddhist-era year)."""
    return f"{day.day} {_month_names()[day.month]} {day.year + BE_OFFSET}"


def to_gregorian(year: int) -> int:
    """4-digit BE years (>= 2400) and 2-digit BE years (as in "ต.ค. 61") become Gregorian years."""
    if year < 100:
        return year + 2500 - BE_OFFSET
    if year >= 2400:
        return year - BE_OFFSET
    return year


def _make(year: int | None, month: int, day: int, reference: date | None) -> date | None:
    if year is None:
        if reference is None:
            return None
        year = reference.year
    try:
        return date(to_gregorian(year), month, day)
    except ValueError:
        return None


def find_dates(text: str, reference: date | None = None) -> list[tuple[int, int, date]]:
    """Every date in `text` as (start, end, date), in text order."""
    return list(_dates(text, reference))


@lru_cache(maxsize=4)  # the events and the counts of a release both read its dates: the text is scanned once
def _dates(text: str, reference: date | None) -> tuple[tuple[int, int, date], ...]:
    months = load_months()["months"]
    day_first, month_first, run = _patterns()
    found: list[tuple[int, int, date, bool]] = []  # with whether the date tells its year
    for pattern in (day_first, month_first, run):
        for m in pattern.finditer(text):
            month_name = m.group("month")
            if month_name.isascii() and pattern is not month_first and m.group("year") is None:
                continue  # "5 May" alone is too ambiguous in English text
            if pattern is run and int(m.group("last")) <= int(m.group("day")):
                continue  # "วันที่ 30 ถึง 2 ธันวาคม": the first day is another month's
            year = int(m.group("year")) if m.group("year") else None
            d = _make(year, months[month_name], int(m.group("day")), reference)
            if d is not None:
                found.append((m.start("day") if pattern is run else m.start(), m.end(), d, year is not None))
    found.sort()
    kept: list[tuple[int, int, date, bool]] = []
    for item in found:
        if not kept or item[0] >= kept[-1][1]:
            kept.append(item)
    return tuple(_run_years(text, kept))


def _run_years(text: str, dates: list[tuple[int, int, date, bool]]) -> list[tuple[int, int, date]]:
    """The dates, a first date of a run with no year of its own given the year of the run's last date, which tells
    one: the same year, or the year before when its month comes later than the last date's ("25 ธันวาคม – 5 มกราคม
    2562"). The publication's year is only a guess; the run's own year is told."""
    result: list[tuple[int, int, date]] = []
    for i, (start, end, d, told) in enumerate(dates):
        if not told and i + 1 < len(dates):
            n_start, _, last, last_told = dates[i + 1]
            if last_told and run_join().fullmatch(text, end, n_start):
                year = last.year - (1 if (d.month, d.day) > (last.month, last.day) else 0)
                try:
                    d = d.replace(year=year)
                except ValueError:  # 29 February of a year without one
                    pass
        result.append((start, end, d))
    return result


def parse_date(text: str, reference: date | None = None) -> date | None:
    """The first date in `text`, or None."""
    dates = find_dates(text, reference)
    return dates[0][2] if dates else None


RUN_DAYS = 31  # days at most from a run's first day to its last, for two dates joined as a run to be one run of days


def run_ends(text: str, reference: date | None = None) -> dict[int, date]:
    """The last day of each run of days, by the start of its first date as find_dates gives it: "ระหว่างวันจันทร์ที่ 5 -
    วันอังคารที่ 6 มีนาคม 2561" and "12 – 13 ธันวาคม" end on the 6th and the 13th, "30 ตุลาคม – 3 พฤศจิกายน 2566" on 3
    November. A run is dated by its first day; an event told over it may have its own day inside it (events, resolve)."""
    return dict(_run_ends(text, reference))


@lru_cache(maxsize=1)
def _joined_days() -> re.Pattern[str]:
    """A run of days told inside one date, its last day after a joiner ("12 – 13 ธันวาคม", "5 - วันอังคารที่ 6
    มีนาคม"): built once (its three word-list alternations cost 0.2 ms a release when it was built per release)."""
    words = load_months()
    return re.compile(f"\\d{{1,2}}\\s*+(?:{literal_alternation(words['run_joiners'])})\\s*+"
                      f"(?:(?:{literal_alternation(words['weekdays'])})\\s*+(?:ที่)?|"
                      f"{literal_alternation(words['run_leads'])})?\\s*+(?P<last>\\d{{1,2}})(?!\\d)")


@lru_cache(maxsize=4)
def _run_ends(text: str, reference: date | None) -> tuple[tuple[int, date], ...]:
    dates = _dates(text, reference)
    joined = _joined_days()
    found: list[tuple[int, date]] = []
    for i, (start, end, first) in enumerate(dates):
        last = None
        m = joined.match(text, start, end)
        if m and int(m.group("last")) > first.day:
            try:
                last = first.replace(day=int(m.group("last")))
            except ValueError:
                last = None
        elif i + 1 < len(dates) and run_join().fullmatch(text, end, dates[i + 1][0]):
            following = dates[i + 1][2]
            if 0 < (following - first).days <= RUN_DAYS:
                last = following
        if last is not None:
            found.append((start, last))
    return tuple(found)
