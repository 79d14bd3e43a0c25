"""Server settings: limits and the update token, from arguments or the environment."""

from __future__ import annotations

import os
from dataclasses import dataclass


@dataclass(frozen=True)
class Settings:
    update_token: str | None = None  # writes are refused unless this is set, and then need it
    query_timeout: float = 5.0  # seconds a query may run before the client gets 503
    max_rows: int = 10_000  # result rows (or triples) beyond which a query is refused, never truncated
    max_query_length: int = 100_000  # characters of query or update text
    max_body: int = 10 * 1024 * 1024  # bytes of any request body (a release, a graph)
    query_workers: int = 4  # queries running at once; more wait their turn (bounded by the timeout)

    @classmethod
    def from_env(cls, **overrides) -> Settings:
        values = {"update_token": os.environ.get("PHAKHI_UPDATE_TOKEN") or None}
        for name, env, kind in (("query_timeout", "PHAKHI_QUERY_TIMEOUT", float), ("max_rows", "PHAKHI_MAX_ROWS", int)):
            if os.environ.get(env):
                values[name] = kind(os.environ[env])
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)
