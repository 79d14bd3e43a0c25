"""What a writer holding the store alone knows of the knowledge graph's counters without asking the store.

`finish` needs each touched aggregate's stored counters (ph:releases, ph:firstDate, ph:lastDate) to count them
up. Read from the store, that is three index lookups per aggregate, and each costs more as the store grows (on
the whole record 0.8 s per 1,000 releases into an empty store, 5.3 s into one of 80,000 releases): most of an
ingest's reads are of aggregates the same run wrote a moment ago, or of ones no release stated before. A writer
alone (maintain.Pending.alone: an ingest into an embedded on-disk store, which it has locked) is the only one
who changes the counters while it runs, so what it wrote is what the store holds:

- `values`: the counters it wrote last (None: the aggregate has none: deleted, or never counted), the most
  recently used SIZE of them (least recently used forgotten first);
- `written`: when the knowledge graph held no counter as the writer began (`fresh`, an ingest into a new
  store), a Bloom filter of every aggregate `values` forgot while it had counters. An aggregate in neither has
  none in the store; one in the filter (or a false positive, about 1 in 100) is read from the store. Aggregates
  go into the filter when they are forgotten, not each time they are remembered, and an empty filter answers
  without hashing: an ingest that forgets nothing (`values` holds every aggregate of about 25,000 releases)
  hashes nothing (the filter took 0.15-0.2 s of the 8-9 s of CPU of a 500-release one-process ingest), and on a
  corpus an aggregate is added once each time it is forgotten instead of at every `finish` that touches it.

Neither ever answers for an aggregate it does not know: a miss is read from the store, so forgetting changes
the cost, never the counters. A failed write forgets everything (`clear`): the store may hold either version.
"""

from __future__ import annotations

import hashlib
from collections import OrderedDict

Counter = tuple[int, "str | None", "str | None"]  # releases, first date, last date

# counters remembered: about 250 bytes each (the node's IRI, the tuple, the ordered dict's links), so 250,000
# take about 60 MB next to the 1.7 GB peak of an ingest of the whole record; every aggregate an 8,000-release
# ingest touches (75,000) fits, and on the whole record the aggregates touched in the last five `finish`es
SIZE = 250_000
# aggregates the Bloom filter is sized for at a 1% false-positive rate (9.6 bits each: 4.8 MB for 4M); beyond,
# false positives grow, and with them only reads
BLOOM_CAPACITY = 4_000_000
_HASHES = 7


class Bloom:
    """A set of strings that may answer yes for one it does not hold (about 1% at capacity), never no for
    one it holds."""

    def __init__(self, capacity: int = BLOOM_CAPACITY):
        self.bits = max(64, int(capacity * 9.6))
        self.array = bytearray(self.bits // 8 + 1)
        self.empty = True  # nothing added yet: every answer is no, without hashing (a run that forgets nothing)

    def _positions(self, item: str):
        digest = hashlib.blake2b(item.encode("utf-8"), digest_size=16).digest()
        h1, h2 = int.from_bytes(digest[:8], "little"), int.from_bytes(digest[8:], "little") | 1
        return [(h1 + i * h2) % self.bits for i in range(_HASHES)]

    def add(self, item: str) -> None:
        self.empty = False
        for p in self._positions(item):
            self.array[p >> 3] |= 1 << (p & 7)

    def __contains__(self, item: str) -> bool:
        return not self.empty and all(self.array[p >> 3] & (1 << (p & 7)) for p in self._positions(item))


class Counters:
    """The counters a writer alone wrote, as the store holds them (see the module's docstring)."""

    def __init__(self, fresh: bool = False, size: int = SIZE):
        self.size = size
        self.values: OrderedDict[str, Counter | None] = OrderedDict()
        self.written = Bloom() if fresh else None
        self.hits = self.misses = 0

    def known(self, nodes) -> tuple[dict[str, Counter], list[str]]:
        """(the counters of the nodes known to have them, the nodes whose counters must be read); a node
        known to have none is in neither."""
        found, missing = {}, []
        for node in nodes:
            if node in self.values:
                self.values.move_to_end(node)
                value = self.values[node]
                if value is not None:
                    found[node] = value
            elif self.written is not None and node not in self.written:
                pass  # fresh store, never written: no counter
            else:
                missing.append(node)
                continue
            self.hits += 1
        self.misses += len(missing)
        return found, missing

    def remember(self, values: dict[str, Counter | None]) -> None:
        """What the store now holds for these nodes (after the write): their counters, or None."""
        for node, value in values.items():
            self.values[node] = value
            self.values.move_to_end(node)
        while len(self.values) > self.size:
            node, value = self.values.popitem(last=False)
            if value is not None and self.written is not None:
                self.written.add(node)  # forgotten with counters: from now on the filter says it may have some

    def clear(self) -> None:
        """Forget everything (a write failed: the store may hold the old counters or the new)."""
        self.values.clear()
        self.written = None
