"""The person data tables read from ontology/th/, loaded once: the name lists, the mined identity table and the
words around names. Their own module so that the name finder (persons.py) and the spelling resolver
(person_spelling.py) read the same copy without importing each other."""

from __future__ import annotations

import json
from functools import lru_cache

from phakhi.ontology import HERE, load_mined


@lru_cache(maxsize=1)
def person_words() -> dict:
    return json.loads((HERE / "th" / "person_words.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def known_names() -> tuple[frozenset[str], frozenset[str]]:
    """(first names, surnames): pythainlp's bundled Thai name lists plus the names mined from the thaigov
    corpus that they lack (ontology/th/person_names.json, rebuilt by scripts/mine_person_names.py)."""
    from pythainlp.corpus import thai_family_names, thai_female_names, thai_male_names

    mined = load_mined("person_names.json")  # read once with `variants`' table
    first = thai_female_names() | thai_male_names() | frozenset(mined["first_names"])
    family = thai_family_names() | frozenset(mined["surnames"])
    return frozenset(first), frozenset(family)


@lru_cache(maxsize=1)
def variants() -> dict[str, str]:
    """A misspelt full name -> the spelling the corpus mostly uses (ontology/th/person_names.json "variants")."""
    return load_mined("person_names.json")["variants"]


@lru_cache(maxsize=1)
def identity() -> dict:
    """Full names with the releases writing them, and the full name a first name stands for next to a title
    (ontology/th/person_identity.json, rebuilt by scripts/mine_person_identity.py)."""
    return json.loads((HERE / "th" / "person_identity.json").read_text(encoding="utf-8"))


def surnames_of(first: str) -> dict[str, int]:
    """Surname -> releases, for the full names the corpus writes with this first name."""
    return identity()["full_names"].get(first, {})


@lru_cache(maxsize=1)
def neighbours() -> frozenset[str]:
    """Full names a slip apart from a dominant one that the corpus writes often enough to be people of their own
    (ontology/th/person_neighbours.json, rebuilt by scripts/mine_person_neighbours.py; empty before it is mined)."""
    return frozenset(load_mined("person_neighbours.json").get("names", ()))
