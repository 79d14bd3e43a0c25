"""SPARQL CSV results written from Oxigraph's own terms. The endpoint lets Oxigraph write JSON, XML and TSV
itself, counting rows as they stream out (api/execute.py); CSV rows cannot be counted in the byte stream
(quoted fields may hold newlines), so CSV is written here from rows collected under the row cap."""

from __future__ import annotations

import csv
import io

import pyoxigraph as ox


def _csv_value(term) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, ox.Triple):
        return str(term)
    return term.value


def to_csv(variables: list[str], rows: list[list]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(variables)
    writer.writerows([_csv_value(t) for t in row] for row in rows)
    return out.getvalue().encode()
