"""What is known before a release is read, shaped for matching: gazetteer entries for organizations and
programs, post titles longest first, and lookups from an entity key back to its authority record."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from phakhi.graph.extract.gazetteer import Entry, Gazetteer
from phakhi.graph.text.normalize import normalize_label
from phakhi.ontology import load_organizations, load_programs, load_stopwords, load_titles

ORG_PREFIX = "org:"
PROGRAM_PREFIX = "program:"


@lru_cache(maxsize=1)
def organizations() -> dict[str, dict[str, Any]]:
    return {ORG_PREFIX + row["id"]: row for row in load_organizations()}


@lru_cache(maxsize=1)
def programs() -> dict[str, dict[str, Any]]:
    return {PROGRAM_PREFIX + row["id"]: row for row in load_programs()}


def organization_entries() -> list[Entry]:
    entries = []
    for key, row in organizations().items():
        for label in (row["th"], row["en"], *row["alt"]):
            if label:
                entries.append(Entry("organization", key, label))
        for label in row["abbr"]:
            entries.append(Entry("organization", key, label, "abbr"))
    return entries


def program_entries() -> list[Entry]:
    entries = []
    for key, row in programs().items():
        for labels in row["labels"].values():
            for label in labels:
                entries.append(Entry("program", key, label, "abbr" if label.isupper() and len(label) <= 6 else "name"))
    return entries


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    return Gazetteer(organization_entries() + program_entries(), load_stopwords())


def organization_labels(key: str) -> dict[str, list[str]]:
    """Known labels of an authority organization by language: th, en and abbreviations ('abbr')."""
    row = organizations().get(key)
    if row is None:
        return {}
    labels: dict[str, list[str]] = {"th": [row["th"]], "en": [row["en"]] if row["en"] else [], "abbr": list(row["abbr"])}
    for alt in row["alt"]:
        labels["en" if alt.isascii() else "th"].append(alt)
    return labels


@lru_cache(maxsize=1)
def titles() -> tuple[tuple[str, dict[str, Any]], ...]:
    """(normalised title, record), longest first, so "ผู้อำนวยการใหญ่" wins over "ผู้อำนวยการ"."""
    rows = [(normalize_label(r["title"]), r) for r in load_titles()]
    return tuple(sorted(rows, key=lambda item: -len(item[0])))


@lru_cache(maxsize=1)
def _titles_by_first_character() -> dict[str, tuple[tuple[str, dict[str, Any]], ...]]:
    index: dict[str, list[tuple[str, dict[str, Any]]]] = {}
    for title, record in titles():
        index.setdefault(title[:1], []).append((title, record))
    return {first: tuple(rows) for first, rows in index.items()}


def title_at(text: str, pos: int) -> tuple[str, dict[str, Any]] | None:
    """The longest known title starting exactly at `pos`, or None. Called at every candidate position of
    every release, so only the titles sharing the first character are tried."""
    for title, record in _titles_by_first_character().get(text[pos:pos + 1], ()):
        if text.startswith(title, pos):
            return title, record
    return None
