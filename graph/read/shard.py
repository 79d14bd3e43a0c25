"""A deterministic share of the releases, so N processes on N machines can ingest one corpus into one store.

A release belongs to share I of N when the SHA-256 of its name, as a number, is I-1 modulo N: the shares
do not depend on the order the releases are read in, on the machine, or on Python's per-process string
hashing, they cover every release once, and they are about equal in size. (A release that cannot be read has no
trustworthy name: ingestion reports it in every share, so no share exits cleanly past it.)
"""

from __future__ import annotations

import hashlib
import re
from typing import NamedTuple


class ShardError(ValueError):
    """A --shard value that is not I/N with 1 <= I <= N."""


class Shard(NamedTuple):
    index: int  # 1-based, as written on the command line
    count: int

    @classmethod
    def parse(cls, text: str) -> Shard:
        match = re.fullmatch(r"\s*(\d+)\s*/\s*(\d+)\s*", text or "")
        if not match:
            raise ShardError(f"bad shard {text!r}: expected I/N, e.g. 1/2 for the first of two shares")
        index, count = int(match[1]), int(match[2])
        if count < 1:
            raise ShardError(f"bad shard {text!r}: the number of shares N must be at least 1")
        if not 1 <= index <= count:
            raise ShardError(f"bad shard {text!r}: the share I must be between 1 and {count}")
        return cls(index, count)

    def owns(self, name: str) -> bool:
        """Whether the release named `name` is in this share."""
        digest = hashlib.sha256(name.encode("utf-8")).digest()
        return int.from_bytes(digest[:8], "big") % self.count == self.index - 1
