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


@dataclass
class Answer:
    kind: str  # select | ask | graph
    variables: list[str] | None = None
    rows: list[list] | None = None
    boolean: bool | None = None
    triples: list | None = None
    raw: object = None  # the QueryBoolean, serialised by Oxigraph


def _graphs(iris: list[str]):
    return [ox.NamedNode(i) for i in iris]


def run(store: Store, text: str, default_graphs: list[str], named_graphs: list[str], deadline: float,
        max_rows: int, predeclared: bool = False, base_iri: str | None = None) -> Answer:
    kwargs: dict = {"base_iri": base_iri}
    if default_graphs or named_graphs:
        kwargs["default_graph"] = _graphs(default_graphs) if default_graphs else []
        kwargs["named_graphs"] = _graphs(named_graphs)
    else:
        kwargs["use_default_graph_as_union"] = True
    if predeclared:
        kwargs["prefixes"] = {p: str(ns) for p, ns in PREFIXES.items()}
    result = store.ox.query(text, **kwargs)
    if isinstance(result, ox.QueryBoolean):
        return Answer("ask", boolean=bool(result), raw=result)
    # Oxigraph's result iterators must be dropped on the thread that made them: `del` before leaving
    # (an exception's traceback would otherwise carry them to the event loop's thread).
    try:
        collected = []
        graph = isinstance(result, ox.QueryTriples)
        variables = [] if graph else list(result.variables)
        for index, item in enumerate(result):
            if index >= max_rows:
                raise TooManyRows(f"the result has more than {max_rows} rows; add LIMIT or narrow the query")
            if index % 1000 == 999 and time.monotonic() > deadline:
                raise QueryTimeout("time limit reached while reading results")
            collected.append(item if graph else [item[v] for v in variables])
            del item
    finally:
        del result
    if graph:
        return Answer("graph", triples=collected)
    return Answer("select", variables=[v.value for v in variables], rows=collected)


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
