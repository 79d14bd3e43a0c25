"""SPARQL 1.1 Protocol requests: what was asked (query or update, text, dataset) and whether it is safe.

Parsing follows the protocol: GET with `query=`; POST with a form body (`query=` or `update=`) or a direct
body (application/sparql-query, application/sparql-update) in UTF-8. Repeated operation parameters,
other media types and other charsets are client errors.

Safety: SERVICE (outbound requests), LOAD (fetching a URL) and FROM / FROM NAMED / USING / USING NAMED
naming a graph the store does not hold are refused before anything runs. The cheap lexical test runs on
every request; rdflib's SPARQL parser decides only when one of those keywords appears.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import parse_qs

FORM = "application/x-www-form-urlencoded"
QUERY_BODY = "application/sparql-query"
UPDATE_BODY = "application/sparql-update"
_RISKY = re.compile(r"\b(SERVICE|LOAD|FROM|USING)\b", re.IGNORECASE)
# what cannot hold a keyword: strings, IRIs, comments and variables ("?from", "# from", "'from'")
_NOT_KEYWORDS = re.compile(r'"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|<[^<>\s]*>'
                           r"|#[^\n]*|[?$][\w]+")


class ProtocolError(ValueError):
    def __init__(self, message: str, status: int = 400):
        super().__init__(message)
        self.status = status


@dataclass
class Operation:
    kind: str  # query | update
    text: str
    default_graphs: list[str] = field(default_factory=list)  # default-graph-uri / using-graph-uri
    named_graphs: list[str] = field(default_factory=list)  # named-graph-uri / using-named-graph-uri


def _one(params: dict[str, list[str]], name: str) -> str | None:
    values = params.get(name, [])
    if len(values) > 1:
        raise ProtocolError(f"more than one '{name}' parameter")
    return values[0] if values else None


def _media(content_type: str) -> tuple[str, str | None]:
    parts = [p.strip() for p in content_type.split(";")]
    charset = next((p.split("=", 1)[1].strip().strip('"').lower() for p in parts[1:] if p.lower().startswith("charset=")), None)
    return parts[0].lower(), charset


def parse_request(method: str, query_string: str, content_type: str, body: bytes) -> Operation:
    url = parse_qs(query_string, keep_blank_values=True)
    if method == "GET":
        if "update" in url:
            raise ProtocolError("updates must be sent with POST", 405)
        text = _one(url, "query")
        if text is None:
            raise ProtocolError("missing the 'query' parameter")
        return Operation("query", text, url.get("default-graph-uri", []), url.get("named-graph-uri", []))
    if method != "POST":
        raise ProtocolError(f"method {method} is not allowed: use GET or POST", 405)
    media, charset = _media(content_type)
    if charset not in (None, "utf-8", "utf8"):
        raise ProtocolError(f"request bodies must be UTF-8, not {charset}", 415)
    try:
        decoded = body.decode("utf-8")
    except UnicodeDecodeError:
        raise ProtocolError("the request body is not UTF-8", 415) from None
    if media == FORM:
        form = parse_qs(decoded, keep_blank_values=True)
        query, update = _one(form, "query"), _one(form, "update")
        if (query is None) == (update is None):
            raise ProtocolError("a form body needs exactly one of 'query' or 'update'")
        if query is not None:
            return Operation("query", query, form.get("default-graph-uri", []), form.get("named-graph-uri", []))
        return Operation("update", update, form.get("using-graph-uri", []), form.get("using-named-graph-uri", []))
    if media == QUERY_BODY:
        return Operation("query", decoded, url.get("default-graph-uri", []), url.get("named-graph-uri", []))
    if media == UPDATE_BODY:
        return Operation("update", decoded, url.get("using-graph-uri", []), url.get("using-named-graph-uri", []))
    raise ProtocolError(f"POST a query as {FORM} or {QUERY_BODY}, an update as {FORM} or {UPDATE_BODY}; "
                        f"got {media or 'no content type'}", 415)


def _walk(node):
    from pyparsing import ParseResults

    yield node
    if isinstance(node, dict):
        for value in node.values():
            yield from _walk(value)
    elif isinstance(node, (list, tuple, ParseResults)):
        for value in node:
            yield from _walk(value)


def check_safe(op: Operation, has_graph) -> None:
    """Refuse what would reach outside the store. `has_graph(iri)` says whether the store holds a graph."""
    if not _RISKY.search(_NOT_KEYWORDS.sub(" ", op.text)):
        return
    from pyparsing import ParseException
    from rdflib.plugins.sparql.parser import parseQuery, parseUpdate

    try:
        parsed = parseQuery(op.text) if op.kind == "query" else parseUpdate(op.text)
    except (ParseException, Exception):  # noqa: BLE001 - rdflib's parser also fails on SPARQL it does not support
        # fail closed: what cannot be checked is not run
        raise ProtocolError(f"this {op.kind} mentions {_RISKY.search(op.text).group(1).upper()} and could not be "
                            "checked; write it without SERVICE/LOAD, and name only graphs the store holds") from None
    for node in _walk(parsed):
        name = getattr(node, "name", None)
        if name == "ServiceGraphPattern":
            raise ProtocolError("SERVICE is refused: this endpoint makes no outbound requests")
        if name == "Load":
            raise ProtocolError("LOAD is refused: this endpoint does not fetch URLs")
        if name in ("DatasetClause", "UsingClause"):
            iri = node.get("default") or node.get("named")
            if iri is not None and hasattr(iri, "startswith") and not has_graph(str(iri)):
                keyword = "FROM" if name == "DatasetClause" else "USING"
                raise ProtocolError(f"{keyword} <{iri}> names a graph this store does not hold; "
                                    "only graphs in the store can be queried")
