"""Running a query under the server's limits: off the event loop, within a time limit and a row cap.

Results are read row by row from Oxigraph in a worker thread that checks the deadline as it goes; the
request waits at most the time limit and then answers 503, never a truncated 200. A query still inside
Oxigraph's engine when its time is up keeps its thread until it returns (Oxigraph cannot be interrupted
from Python); the Executor below keeps such queries from taking the slots and the CPU other requests need.
"""

from __future__ import annotations

import asyncio
import os
import sys
import threading
import time
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
    if time.monotonic() > deadline:  # its time ran out before a worker took it
        raise QueryTimeout("time limit reached before the query started")
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
    """Where queries run, and what keeps the service answering while some of them cannot be stopped.

    `workers` queries run at once, each on a thread of its own; more wait their turn (the wait counts
    against their time limit, and a query whose time is up before it starts is never run). A query still
    inside Oxigraph when its time is up cannot be interrupted: it keeps its thread until Oxigraph returns,
    but up to `spare` such queries give their slot to the next query and drop to the lowest CPU priority,
    so they only use what the answered queries leave. Identical queries in flight at once share one run
    (`key`), and a query that overran is answered 503 at once, without running, for `remember` seconds:
    a heavy query sent again and again runs once, not once per request."""

    def __init__(self, workers: int, spare: int | None = None, remember: float = 60.0):
        self.workers, self.spare, self.remember = workers, workers if spare is None else spare, remember
        self.overrunning = 0  # queries past their time, off the slots
        self.slow: dict[object, float] = {}  # key -> until when it is refused without running
        self.inflight: dict[object, asyncio.Future] = {}  # key -> the run identical queries share
        self._slots: asyncio.Semaphore | None = None
        self._closed = False

    def _slot_pool(self) -> asyncio.Semaphore:
        if self._slots is None:  # made on first use, inside the server's event loop
            self._slots = asyncio.Semaphore(self.workers)
        return self._slots

    def _recently_slow(self, key) -> bool:
        now = time.monotonic()
        for stale in [k for k, until in self.slow.items() if until <= now]:
            del self.slow[stale]
        return key in self.slow

    async def submit(self, timeout: float, fn, *args, key=None):
        """Run `fn(*args)` on a worker thread and return its result, or raise QueryTimeout once `timeout`
        seconds have passed (waiting for a slot included). `key` names the work, for sharing and remembering."""
        deadline = time.monotonic() + timeout
        if self._closed:
            raise QueryTimeout("the server is shutting down")
        if key is not None and self._recently_slow(key):
            raise QueryTimeout(f"this query ran past the {timeout:g} s limit within the last {self.remember:g} s; "
                               "it is not run again yet: narrow it (LIMIT, fewer joins, GRAPH ?g { ... })")
        shared = self.inflight.get(key) if key is not None else None
        if shared is None:
            shared = asyncio.ensure_future(self._run(timeout, deadline, fn, args, key))
            shared.add_done_callback(_consume)
            if key is not None:
                self.inflight[key] = shared
                shared.add_done_callback(lambda _: self.inflight.pop(key, None))
        try:
            return await asyncio.wait_for(asyncio.shield(shared), max(0.0, deadline - time.monotonic()))
        except asyncio.TimeoutError:
            raise QueryTimeout(f"the query ran longer than the {timeout:g} s limit") from None

    async def _run(self, timeout: float, deadline: float, fn, args, key):
        slots = self._slot_pool()
        try:
            await asyncio.wait_for(slots.acquire(), max(0.0, deadline - time.monotonic()))
        except asyncio.TimeoutError:
            raise QueryTimeout(f"no query worker became free within the {timeout:g} s limit") from None
        future, thread_id = _start(asyncio.get_running_loop(), fn, args)
        try:
            result = await asyncio.wait_for(asyncio.shield(future), max(0.0, deadline - time.monotonic()))
        except asyncio.TimeoutError:
            # still inside Oxigraph, which cannot be interrupted: it keeps its thread until it returns
            if key is not None:
                self.slow[key] = time.monotonic() + self.remember
            _lowest_priority(thread_id)
            if self.overrunning < self.spare:
                self.overrunning += 1
                future.add_done_callback(self._overrun_done)
                slots.release()  # its slot serves the next query
            else:
                future.add_done_callback(lambda _: slots.release())
            future.add_done_callback(_consume)
            raise QueryTimeout(f"the query ran longer than the {timeout:g} s limit") from None
        except BaseException:  # cancelled: the slot is freed when the work ends
            future.add_done_callback(lambda _: slots.release())
            future.add_done_callback(_consume)
            raise
        slots.release()
        return result

    def _overrun_done(self, _future) -> None:
        self.overrunning -= 1

    def close(self) -> None:
        self._closed = True  # threads still running are daemons: they do not hold the process at exit


def _start(loop: asyncio.AbstractEventLoop, fn, args) -> tuple[asyncio.Future, list]:
    """Run `fn(*args)` on a new daemon thread; its outcome lands in the returned future. The list gets the
    thread's native id once it runs."""
    future = loop.create_future()
    thread_id: list[int] = []

    def settle(result, error) -> None:
        if not future.done():
            if error is not None:
                future.set_exception(error)
            else:
                future.set_result(result)

    def work() -> None:
        thread_id.append(threading.get_native_id())
        try:
            outcome = (fn(*args), None)
        except BaseException as error:  # noqa: BLE001 - handed to the awaiting request
            outcome = (None, error)
        try:
            loop.call_soon_threadsafe(settle, *outcome)
        except RuntimeError:  # the event loop is closed: the server stopped meanwhile
            pass

    threading.Thread(target=work, name="sparql-query", daemon=True).start()
    return future, thread_id


def _lowest_priority(thread_id: list[int]) -> None:
    """Give a thread the lowest CPU priority (nice 19). Linux only: there a thread id names the thread for
    setpriority; elsewhere it could name another process. The thread ends with its query."""
    if thread_id and sys.platform.startswith("linux"):
        try:
            os.setpriority(os.PRIO_PROCESS, thread_id[0], 19)
        except OSError:
            pass


def _consume(future) -> None:
    """Fetch the outcome of work nobody awaits any more (so asyncio does not log it as never retrieved)."""
    if not future.cancelled():
        future.exception()
