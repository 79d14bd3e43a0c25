"""Reading: release files, directories, archives and HTTP bodies -> `Release` objects (text untouched, plus
title, date, publisher, source URL and the regions that are release content).

`formats` knows the layouts (plain text like the DIP seed, the thaigov corpus format, JSON); `sources` walks
files, directories and archives; `shard` picks a deterministic share of them. This namespace is the stage's public interface.

May import: phakhi.graph.types, phakhi.graph.text, phakhi.ontology. Never extraction, RDF, storage or views.
"""

from __future__ import annotations

from phakhi.graph.read.formats import (MAX_RELEASE_BYTES, THAIGOV_PREFIX, THAIGOV_PUBLISHER, ReadError, ReadFailure,
                                       decode, parse_release, read_bytes, release_from_json)
from phakhi.graph.read.shard import Shard, ShardError
from phakhi.graph.read.sources import count_releases, is_archive, iter_releases

__all__ = ["MAX_RELEASE_BYTES", "THAIGOV_PREFIX", "THAIGOV_PUBLISHER", "ReadError", "ReadFailure", "Shard", "ShardError", "count_releases",
           "decode", "is_archive", "iter_releases", "parse_release", "read_bytes", "release_from_json"]
