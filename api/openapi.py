"""What the OpenAPI schema (/openapi.json) says about routes whose handlers read the raw request (the
SPARQL protocol, the graph store, releases, pages): their parameters, request bodies, answers and which
need the bearer token. Declarations only; the handlers decide everything at run time.

Routes with one method take their declarations as keyword arguments of their decorator (RELEASE_POST,
HOME, NETWORK...). /sparql, /graph-store and /entity/... are one route each for several methods or any
depth of path, so their operations are written out in PATHS and added to FastAPI's schema by `document`
(create_app does that); the schemathesis tests fuzz the server from exactly this schema."""

from __future__ import annotations

from phakhi.api.examples import EXAMPLES
from phakhi.api.negotiation import GRAPH_TYPES, SELECT_TYPES
from phakhi.api.settings import Settings

BEARER = "bearerAuth"
SECURITY_SCHEMES = {BEARER: {"type": "http", "scheme": "bearer",
                             "description": "the server's --update-token; writes are off (403) when none is set"}}
WRITE = [{BEARER: []}]  # the operation always needs the token
MAYBE_WRITE = [{}, {BEARER: []}]  # queries need nothing, updates the token

_TEXT = {"text/plain": {"schema": {"type": "string"}}}
_STRING = {"schema": {"type": "string"}}
_MAX_QUERY = Settings.max_query_length


def _answer(description: str, content: dict | None = None) -> dict:
    return {"description": description, "content": content if content is not None else _TEXT}


def _errors(*codes: int) -> dict:
    described = {
        400: "a malformed request: the message says what is wrong", 401: "the write needs 'Authorization: Bearer <token>'",
        403: "writes are disabled on this server", 404: "no such resource", 405: "method not allowed",
        406: "cannot answer in a media type the Accept header allows",
        413: "over a limit: request body, query length or result rows",
        415: "unsupported media type or charset", 503: "the query ran into the time limit",
    }
    return {code: _answer(described[code]) for code in codes}


_SPARQL_JSON = {"schema": {"type": "object", "required": ["head"], "properties": {
    "head": {"type": "object"}, "results": {"type": "object", "required": ["bindings"]}, "boolean": {"type": "boolean"}}}}
_ANY_JSON = {"schema": {}}


def _typed(media: str) -> dict:
    if media in ("application/sparql-results+json", "application/json"):
        return _SPARQL_JSON
    return _ANY_JSON if media.endswith("json") else _STRING


_RESULT_TYPES = {media: _typed(media) for media in [*SELECT_TYPES, *GRAPH_TYPES]}
_GRAPHS = {"type": "array", "items": {"type": "string"}}
_EXAMPLE_QUERIES = {f"example{i}": {"summary": label.split(" / ")[-1], "value": query}
                    for i, (label, query) in enumerate(EXAMPLES, 1)}
_EXAMPLE_QUERIES["ask"] = {"summary": "ASK", "value": "ASK { ?o a ph:Ministry }"}
_QUERY_TEXT = {"type": "string", "maxLength": _MAX_QUERY}


def _query_parameter(name: str, schema: dict, description: str, required: bool = False, **extra) -> dict:
    return {"name": name, "in": "query", "required": required, "schema": schema, "description": description, **extra}


_DATASET = [_query_parameter("default-graph-uri", _GRAPHS, "graphs merged into the default graph (else: all graphs)"),
            _query_parameter("named-graph-uri", _GRAPHS, "the named graphs the query may see (else: all graphs)")]
_USING = [_query_parameter("using-graph-uri", _GRAPHS, "an update's USING graphs (application/sparql-update)"),
          _query_parameter("using-named-graph-uri", _GRAPHS, "an update's USING NAMED graphs (application/sparql-update)")]


def _operation(operation_id: str, summary: str, tag: str, responses: dict, **fields) -> dict:
    return {"operationId": operation_id, "summary": summary, "tags": [tag],
            "responses": {str(code): answer for code, answer in responses.items()}, **fields}


_FORM_GRAPHS = {"anyOf": [{"type": "string"}, _GRAPHS]}  # one value or several (the field repeated)
_FORM = {"type": "object", "properties": {
    "query": {**_QUERY_TEXT, "description": "a SPARQL query (or `update`, not both)"},
    "update": {**_QUERY_TEXT, "description": "a SPARQL update: needs the bearer token"},
    "default-graph-uri": _FORM_GRAPHS, "named-graph-uri": _FORM_GRAPHS,
    "using-graph-uri": _FORM_GRAPHS, "using-named-graph-uri": _FORM_GRAPHS}}
_GRAPH_PARAMETERS = [
    _query_parameter("graph", {"type": "string"}, "the graph's IRI (or `default`, not both)",
                     example="http://example.org/g"),
    _query_parameter("default", {"type": "string"}, "present (with any value, usually none) for the default graph"),
]
_RDF = {**{media: _STRING for media in ("text/turtle", "application/n-triples", "application/rdf+xml", "text/plain")},
        "application/ld+json": {"schema": {"type": ["object", "array"]}}}
_GRAPH_WRITE = dict(parameters=_GRAPH_PARAMETERS, security=WRITE, requestBody={"required": True, "content": _RDF})
_GRAPH_WRITTEN = {201: {"description": "the graph was created"}, 204: {"description": "the graph was changed"},
                  **_errors(400, 401, 403, 413, 415)}

# /sparql and /graph-store each have one route (api/sparql.py, api/graph_store.py) serving several methods,
# so that other methods get 405 with the right Allow header; their operations are declared here.
PATHS = {
    "/sparql": {
        "get": _operation(
            "sparql_query_get", "SPARQL query (GET)", "sparql",
            {200: _answer("query results, in the negotiated media type", _RESULT_TYPES), **_errors(400, 405, 406, 413, 503)},
            parameters=[_query_parameter("query", _QUERY_TEXT, "a SPARQL 1.1 query; the phakhi prefixes are predeclared",
                                         required=True, examples=_EXAMPLE_QUERIES), *_DATASET]),
        "post": _operation(
            "sparql_post", "SPARQL query or update (POST)", "sparql",
            {200: _answer("query results, in the negotiated media type", _RESULT_TYPES),
             204: {"description": "the update was applied"}, **_errors(400, 401, 403, 406, 413, 415, 503)},
            parameters=[*_DATASET, *_USING], security=MAYBE_WRITE,
            requestBody={"required": True, "content": {
                "application/x-www-form-urlencoded": {"schema": _FORM,
                                                      "example": {"query": "SELECT * WHERE { ?s ?p ?o } LIMIT 3"}},
                "application/sparql-query": {"schema": _QUERY_TEXT, "examples": _EXAMPLE_QUERIES},
                "application/sparql-update": {"schema": _QUERY_TEXT,
                                              "example": "DROP SILENT GRAPH <http://example.org/g>"}}}),
    },
    "/graph-store": {
        "get": _operation("graph_store_get", "Read a graph", "graph-store",
                          {200: _answer("the graph, in the negotiated media type", {m: _typed(m) for m in GRAPH_TYPES}),
                           **_errors(400, 404, 406)}, parameters=_GRAPH_PARAMETERS),
        "put": _operation("graph_store_put", "Replace a graph", "graph-store", _GRAPH_WRITTEN, **_GRAPH_WRITE),
        "post": _operation("graph_store_post", "Add to a graph", "graph-store", _GRAPH_WRITTEN, **_GRAPH_WRITE),
        "delete": _operation("graph_store_delete", "Delete a graph", "graph-store",
                             {204: {"description": "the graph was deleted"}, **_errors(400, 401, 403, 404)},
                             parameters=_GRAPH_PARAMETERS, security=WRITE),
    },
}


# /entity/{path:path} takes any IRI below https://w3id.org/phakhi/id/; documented as kind/name, the shape of
# the IRIs of organizations, persons, programs, events and releases (a name keeps its percent-escapes:
# org/A%2FB is the organization "A/B", not a deeper path)
PATHS["/entity/{kind}/{name}"] = {"get": _operation(
    "entity_page", "Entity page", "pages",
    {200: _answer("the entity as a page, JSON-LD, Turtle or N-Triples",
                  {"text/html": _STRING, "application/ld+json": _ANY_JSON, "text/turtle": _STRING,
                   "application/n-triples": _STRING}),
     **_errors(400, 406),
     # a path no route matches (a newline in it) gets the framework's JSON 404
     404: _answer("no such entity", {**_TEXT, "application/json": {"schema": {"type": "object"}}})},
    parameters=[
        {"name": "kind", "in": "path", "required": True, "schema": {"type": "string"}, "example": "org",
         "description": "org, person, program, event, release, ..."},
        {"name": "name", "in": "path", "required": True, "schema": {"type": "string"}, "example": "unido",
         "description": "the rest of the entity's IRI, as it is written there"},
        _query_parameter("format", {"type": "string", "enum": ["", "jsonld", "turtle", "nt"]},
                         "instead of an Accept header (empty: by the Accept header)"),
        _query_parameter("page", {"type": "integer", "minimum": 1, "maximum": 100000, "default": 1},
                         "which 20 of the releases that mention it, newest first"),
        _query_parameter("with", {"type": "string", "example": "program-eec"},
                         "list only the releases that also mention this entity (its IRI after https://w3id.org/phakhi/id/)")])}


def document(schema: dict) -> dict:
    """Add the operations declared here, and the bearer scheme they name, to FastAPI's generated schema."""
    schema.setdefault("paths", {}).update(PATHS)
    schema.setdefault("components", {})["securitySchemes"] = SECURITY_SCHEMES
    return schema


# for the routes FastAPI documents itself (keyword arguments of the route decorators)
_OPTIONAL = ["string", "null"]
_RELEASE_JSON = {"type": "object", "required": ["text"], "properties": {
    "name": {"type": _OPTIONAL, "description": "the release's file name (or ?name=)"},
    "text": {"type": "string"}, "title": {"type": _OPTIONAL}, "publisher": {"type": _OPTIONAL},
    "published": {"type": _OPTIONAL, "format": "date"}, "source_url": {"type": _OPTIONAL}}}
RELEASE_POST = dict(
    summary="Ingest one release", tags=["releases"], status_code=201,
    responses={200: _answer("the release was already stored unchanged", {"application/json": {"schema": {"type": "object"}}}),
               201: _answer("the release was extracted and stored", {"application/json": {"schema": {"type": "object"}}}),
               **_errors(400, 401, 403, 413, 415)},
    openapi_extra={
        "parameters": [_query_parameter("name", {"type": "string"}, "the release's file name, e.g. 027.txt")],
        "security": WRITE,
        "requestBody": {"required": True, "content": {
            "text/plain": {"schema": {"type": "string"}},
            "application/json": {"schema": _RELEASE_JSON,
                                 "example": {"name": "j.json", "text": "นายอุตตม สาวนายน รัฐมนตรีว่าการกระทรวงอุตสาหกรรม",
                                             "published": "2019-01-02"}}}},
    },
)

_HTML = {"text/html": _STRING}
HOME = dict(summary="Home page: query editor and example queries", tags=["pages"],
            responses={200: _answer("the page", _HTML)})
NETWORK = dict(summary="Network page", tags=["pages"],
               responses={200: _answer("a self-contained page", _HTML), **_errors(400, 404)})
NETWORK_JSON = dict(summary="Network view as node-link JSON", tags=["pages"],
                    responses={200: _answer("node-link JSON", {"application/json": {"schema": {"type": "object"}}}),
                               **_errors(400, 404)})
SEARCH = dict(summary="Search entities by name (Thai, English, abbreviations, near spellings)", tags=["pages"],
              responses={200: _answer("hits as a page, or JSON with Accept: application/json or ?format=json",
                                      {**_HTML, "application/json": {"schema": {"type": "object"}}}),
                         **_errors(400, 503)})
RELEASE = dict(summary="Release reader: the text with every mention marked, and its facts", tags=["pages"],
               responses={200: _answer("the page", _HTML), **_errors(404, 503)})
LABELS = dict(summary="Labels of entity IRIs (for the query editor's results)", tags=["pages"],
              responses={200: _answer("IRI -> label and page", {"application/json": {"schema": {"type": "object"}}}),
                         **_errors(400)})
