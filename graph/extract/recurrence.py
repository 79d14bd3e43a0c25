"""How often the corpora write each candidate name (ontology/th/validity_corpus.json, mined by
scripts/mine_validity.py from the audit samples): read by the validity model and by the organization spelling
resolver, loaded once."""

from __future__ import annotations

import json
from functools import lru_cache

from phakhi.ontology import HERE


@lru_cache(maxsize=1)
def corpus() -> dict:
    """Mined recurrence of candidate names: kind -> name (spaces removed) -> [releases, distinct next characters,
    distinct previous characters, releases of longer names beginning with it]."""
    path = HERE / "th" / "validity_corpus.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
