"""SPARQL queries from the command line: run over the union of the release graphs and format as a table,
SPARQL 1.1 results JSON or CSV (graphs from CONSTRUCT/DESCRIBE as Turtle)."""

from __future__ import annotations

import csv
import io
import json

import pyoxigraph as ox

from phakhi.graph.store import GraphStore


class QueryError(ValueError):
    """The query is malformed or cannot run; the message is the parser's."""


def run_query(store: GraphStore, sparql: str):
    """Run with the phakhi prefixes predeclared (a query may redeclare them)."""
    try:
        return store.run(sparql)
    except SyntaxError as error:
        raise QueryError(f"malformed query: {error}") from None
    except (OSError, ValueError, RuntimeError) as error:
        raise QueryError(f"query failed: {error}") from None


def _text(term) -> str:
    if term is None:
        return ""
    return term.value if hasattr(term, "value") else str(term)


def format_result(result, fmt: str) -> str:
    if isinstance(result, ox.QueryBoolean):
        if fmt == "json":
            return result.serialize(format=ox.QueryResultsFormat.JSON).decode("utf-8") + "\n"
        return ("true" if bool(result) else "false") + "\n"
    if isinstance(result, ox.QueryTriples):
        return result.serialize(format=ox.RdfFormat.TURTLE).decode("utf-8")
    if isinstance(result, list):  # triples from a remote store
        return ox.serialize(result, format=ox.RdfFormat.TURTLE).decode("utf-8")
    if fmt == "json":
        return result.serialize(format=ox.QueryResultsFormat.JSON).decode("utf-8") + "\n"
    names = [v.value for v in result.variables]
    rows = [[_text(solution[v]) for v in names] for solution in result]
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(names)
        writer.writerows(rows)
        return out.getvalue()
    return _table(names, rows)


def _table(names: list[str], rows: list[list[str]]) -> str:
    widths = [max([len(n)] + [len(r[i]) for r in rows]) for i, n in enumerate(names)]
    line = lambda cells: "  ".join(c.ljust(w) for c, w in zip(cells, widths)).rstrip()  # noqa: E731
    out = [line(names), line(["-" * w for w in widths])] + [line(r) for r in rows]
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out) + "\n"


def format_rows(fields: tuple[str, ...] | list[str], rows: list[dict], fmt: str) -> str:
    """Rows of plain values (dicts with these fields, as the knowledge functions return them) as a table,
    JSON (a list of objects, values typed: booleans, numbers, null) or CSV (empty for null)."""
    if fmt == "json":
        return json.dumps([{f: row.get(f) for f in fields} for row in rows], ensure_ascii=False, indent=2) + "\n"
    cells = [["" if row.get(f) is None else str(row[f]).lower() if isinstance(row[f], bool) else str(row[f])
              for f in fields] for row in rows]
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(fields)
        writer.writerows(cells)
        return out.getvalue()
    return _table(list(fields), cells)
