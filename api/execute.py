"""Running a query under the server's limits: off the event loop, within a time limit and a row cap.

Results are read row by row from Oxigraph in a worker thread that checks the deadline as it goes; the
request waits at most the time limit and then answers 503, never a truncated 200. A query still inside
Oxigraph's engine when its time is up keeps its worker until it returns (Oxigraph cannot be interrupted
from Python); the pool is bounded, so other requests keep being answered meanwhile.
"""

from __future__ import annotations

import asyncio
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

import pyoxigraph as ox

from phakhi.graph.store import Store
from phakhi.ontology import PREFIXES


class QueryTimeout(RuntimeError):
    pass


class TooManyRows(RuntimeError):
    pass


# Oxigraph writes SELECT results itself; a row boundary in its output is one of these byte strings, so
# the row cap is enforced while it writes (JSON: "},{\"" only occurs between rows, since quotes inside
# strings are escaped; XML: each row is a <result>; TSV: one line per row after the header).
ROW_MARKERS = {ox.QueryResultsFormat.JSON: (b'},{"', 1), ox.QueryResultsFormat.XML: (b"<result>", 0),
               ox.QueryResultsFormat.TSV: (b"\n", -1)}


@dataclass
class Answer:
    kind: str  # select | ask | graph
    payload: bytes | None = None  # serialised SELECT results or ASK answer
    variables: list[str] | None = None  # SELECT results for writers of our own (CSV)
    rows: list[tuple] | None = None
    triples: list | None = None


class _CappedWriter:
    """A binary sink for Oxigraph's serialiser that counts rows as they stream out and stops the
    serialisation (by raising) past the row cap or the deadline."""

    def __init__(self, marker: bytes, offset: int, max_rows: int, deadline: float):
        self.marker, self.offset, self.max_rows, self.deadline = marker, offset, max_rows, deadline
        self.parts: list[bytes] = []
        self.tail = b""
        self.count = 0

    def write(self, data) -> int:
        data = bytes(data)
        self.count += (self.tail + data).count(self.marker)
        self.tail = data[-(len(self.marker) - 1):] if len(self.marker) > 1 else b""
        if self.count + self.offset > self.max_rows:
            raise TooManyRows(f"the result has more than {self.max_rows} rows; add LIMIT or narrow the query")
        if time.monotonic() > self.deadline:
            raise QueryTimeout("time limit reached while writing results")
        self.parts.append(data)
        return len(data)

    def flush(self) -> None:
        pass


def _graphs(iris: list[str]):
    return [ox.NamedNode(i) for i in iris]


def run(store: Store, text: str, default_graphs: list[str], named_graphs: list[str], deadline: float,
        max_rows: int, select_format=None, boolean_format=None, predeclared: bool = False,
        base_iri: str | None = None) -> Answer:
    """Run a query and produce its answer within the limits. SELECT results are serialised by Oxigraph in
    `select_format` (a QueryResultsFormat) when one is given, else collected as rows for our own writers."""
    kwargs: dict = {"base_iri": base_iri}
    if default_graphs or named_graphs:
        kwargs["default_graph"] = _graphs(default_graphs) if default_graphs else []
        kwargs["named_graphs"] = _graphs(named_graphs)
    else:
        kwargs["use_default_graph_as_union"] = True
    if predeclared:
        kwargs["prefixes"] = {p: str(ns) for p, ns in PREFIXES.items()}
    result = store.ox.query(text, **kwargs)
    # Oxigraph's result iterators must be dropped on the thread that made them: `del` before leaving
    # (an exception's traceback would otherwise carry them to the event loop's thread).
    try:
        if isinstance(result, ox.QueryBoolean):
            return Answer("ask", payload=result.serialize(format=boolean_format) if boolean_format else None)
        if isinstance(result, ox.QuerySolutions) and select_format is not None:
            marker, offset = ROW_MARKERS[select_format]
            sink = _CappedWriter(marker, offset, max_rows, deadline)
            result.serialize(sink, format=select_format)
            return Answer("select", payload=b"".join(sink.parts))
        collected = []
        graph = isinstance(result, ox.QueryTriples)
        variables = [] if graph else [v.value for v in result.variables]
        for index, item in enumerate(result):
            if index >= max_rows:
                raise TooManyRows(f"the result has more than {max_rows} rows; add LIMIT or narrow the query")
            if index % 1000 == 999 and time.monotonic() > deadline:
                raise QueryTimeout("time limit reached while reading results")
            collected.append(item if graph else tuple(item))
            del item
    finally:
        del result
    if graph:
        return Answer("graph", triples=collected)
    return Answer("select", variables=variables, rows=collected)


class Executor:
    def __init__(self, workers: int):
        self.pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="sparql")

    async def submit(self, timeout: float, fn, *args):
        loop = asyncio.get_running_loop()
        future = loop.run_in_executor(self.pool, fn, *args)
        try:
            return await asyncio.wait_for(asyncio.shield(future), timeout)
        except asyncio.TimeoutError:
            raise QueryTimeout(f"the query ran longer than the {timeout:g} s limit") from None

    def close(self) -> None:
        self.pool.shutdown(wait=False, cancel_futures=True)
