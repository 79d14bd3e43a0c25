"""The limits a page's queries run under: one deadline for the whole page and a row cap per query.

A page is several queries; each reads its rows through `Budget.select`, which stops reading at the row
cap (the page then shows what it has and says what was cut) and refuses to start a query once the
deadline has passed (`OutOfTime`; the service answers 503). A query already inside the store's engine is
not interrupted here: the service waits for the page at most until the deadline (api/execute.py).
"""

from __future__ import annotations

import time

import pyoxigraph as ox

from phakhi.graph.store import GraphStore, Text


class OutOfTime(RuntimeError):
    pass


class Budget:
    def __init__(self, store: GraphStore, deadline: float, max_rows: int):
        self.store, self.deadline, self.max_rows = store, deadline, max_rows
        self.cut: list[str] = []  # what was shown only in part

    def left(self) -> float:
        return self.deadline - time.monotonic()

    def select(self, sparql: str, what: str = "rows") -> list[dict[str, str]]:
        """Rows of plain strings (a language-tagged literal is a `Text`), at most `max_rows` of them."""
        if self.left() <= 0:
            raise OutOfTime(f"the page's time limit was reached before reading its {what}")
        solutions = self.store.run(sparql)
        rows: list[dict[str, str]] = []
        try:
            names = [v.value for v in solutions.variables]
            for solution in solutions:
                if len(rows) >= self.max_rows:
                    self.cut.append(f"{what}: only the first {self.max_rows:,} shown")
                    break
                if len(rows) % 500 == 499 and self.left() <= 0:
                    self.cut.append(f"{what}: only {len(rows):,} read within the time limit")
                    break
                row = {}
                for name in names:
                    term = solution[name]
                    if term is None:
                        continue
                    if isinstance(term, ox.Literal) and term.language:
                        row[name] = Text(term.value)
                        row[name].language = term.language
                    else:
                        row[name] = term.value
                rows.append(row)
                del solution
        finally:
            del solutions  # Oxigraph's iterators are dropped on the thread that made them
        return rows
