"""The W3C SPARQL 1.1 Protocol tests (tests/conformance/sparql11-protocol/), run against a real `phakhi serve`.

Why a real process and http.client: the protocol is about bytes on the wire (a POST without Content-Type, a
UTF-16 body, a repeated parameter); an in-process client would normalise them away, and urllib adds a form
Content-Type to every POST, which would hide the "missing content type" tests.

How a manifest entry becomes requests (the manifest asks runners to replace its `/sparql/` prefix):
- setup: the store is emptied (`DROP ALL` as application/sparql-update) and each ut:graphData file is PUT to
  /graph-store?graph=<rdfs:label> (?default when unlabelled) as application/n-triples. Data IRIs are mapped by
  base name onto the local data*.nt files: nothing is ever fetched.
- each ht:Request, in order: its method, `/sparql/?x` sent as `/sparql?x`, its headers only, and its body
  encoded byte-exactly in cnt:characterEncoding. `Authorization: Bearer <token>` is added to every request:
  our server needs it for updates and the tests predate auth. ht:connectionAuthority ("www.example") is not
  sent as Host, since we talk to 127.0.0.1; ht:httpVersion must be "1.1", which http.client speaks.
- each ht:resp: the status class must be one of mf:expectedStatus (successes list both 2xx and 3xx);
  mf:expectedFormat "boolean" must parse as an ASK result (JSON or XML, by Content-Type) equal to
  mf:expectedBoolean when given, "tabular" as a SELECT result (JSON, XML, CSV or TSV), "RDF" as an rdflib
  graph (Turtle, N-Triples, RDF/XML or JSON-LD).
A manifest predicate this module does not know fails collection, so no expectation is silently ignored.
"""

from __future__ import annotations

import http.client
import io
import os
import re
import socket
import subprocess
import sys
import time
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

import pytest
from rdflib import RDF, RDFS, Graph, Namespace
from rdflib.collection import Collection
from rdflib.query import Result
from rdflib.term import Node

from conftest import REPO

pytestmark = pytest.mark.slow  # a real server process

SUITE = REPO / "tests" / "conformance" / "sparql11-protocol"
TOKEN = "w3c-protocol-conformance"
MF = Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#")
HT = Namespace("http://www.w3.org/2011/http#")
CNT = Namespace("http://www.w3.org/2011/content#")
UT = Namespace("http://www.w3.org/2009/sparql/tests/test-update#")
DAWGT = Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-dawg#")
KNOWN = {  # every predicate the harness reads (or, for dawgt:, deliberately ignores), per kind of node
    "test": {RDF.type, MF.name, MF.action, UT.graphData, DAWGT.approval, DAWGT.approvedBy},
    "data": {UT.graph, RDFS.label},
    "connection": {RDF.type, HT.connectionAuthority, HT.requests},
    "request": {RDF.type, HT.absolutePath, HT.body, HT.headers, HT.httpVersion, HT.methodName, HT.resp},
    "header": {RDF.type, HT.fieldName, HT.fieldValue},
    "body": {RDF.type, CNT.characterEncoding, CNT.chars},
    "response": {RDF.type, MF.expectedStatus, MF.expectedFormat, MF.expectedBoolean},
}
RESULT_TYPES = {"application/sparql-results+json": "json", "application/json": "json",
                "application/sparql-results+xml": "xml", "application/xml": "xml", "text/xml": "xml",
                "text/csv": "csv", "text/tab-separated-values": "tsv"}
RDF_TYPES = {"text/turtle": "turtle", "application/n-triples": "nt", "application/rdf+xml": "xml",
             "application/ld+json": "json-ld"}


@dataclass(frozen=True)
class Step:
    """One ht:Request as it will be sent, and what its ht:resp expects."""
    method: str
    path: str
    headers: dict[str, str]
    body: bytes | None
    statuses: frozenset[str]  # accepted first digits of the status code
    format: str | None  # "boolean", "tabular", "RDF"
    boolean: bool | None


@dataclass(frozen=True)
class Case:
    """One manifest entry: its id, its mf:name, the data to load and the requests to send."""
    ident: str
    name: str
    data: tuple[tuple[str | None, Path], ...]  # (graph name or None for the default graph, local file)
    steps: tuple[Step, ...]


@dataclass(frozen=True)
class Reply:
    """What came back; its str() is the evidence quoted in every failure message."""
    status: int
    reason: str
    content_type: str
    body: bytes

    def __str__(self) -> str:
        return f"got {self.status} {self.reason}, Content-Type {self.content_type!r}, body {self.body[:400]!r}"


def _known(g: Graph, node: Node, kind: str) -> None:
    """Refuse manifest fields we do not implement, rather than pass a test without checking them."""
    if unknown := set(g.predicates(node)) - KNOWN[kind]:
        raise ValueError(f"manifest {kind} node uses {sorted(map(str, unknown))}, which this harness does not check")


def _local(iri: str) -> Path:
    """data1.nt, .../data1.rdf -> tests/conformance/sparql11-protocol/data1.nt (never fetch)."""
    path = SUITE / (iri.rstrip("/").rsplit("/", 1)[-1].split(".")[0] + ".nt")
    if not path.is_file():
        raise ValueError(f"no local copy of {iri} (looked for {path})")
    return path


def _step(g: Graph, request: Node) -> Step:
    """One ht:Request mapped onto our /sparql; refuses what http.client cannot send as written."""
    _known(g, request, "request")
    if str(g.value(request, HT.httpVersion)) != "1.1":
        raise ValueError("only HTTP/1.1 requests can be sent with http.client")
    written = str(g.value(request, HT.absolutePath))
    rest = written.removeprefix("/sparql/")
    if rest == written or rest[:1] not in ("", "?"):
        raise ValueError(f"unexpected ht:absolutePath {written!r}")
    headers: dict[str, str] = {}
    listed = g.value(request, HT.headers)
    for header in Collection(g, listed) if listed is not None else ():
        _known(g, header, "header")
        headers[str(g.value(header, HT.fieldName))] = str(g.value(header, HT.fieldValue))
    body = None
    if (content := g.value(request, HT.body)) is not None:
        _known(g, content, "body")
        body = str(g.value(content, CNT.chars)).encode(str(g.value(content, CNT.characterEncoding) or "UTF-8"))
    response = g.value(request, HT.resp)
    _known(g, response, "response")
    codes = [re.fullmatch(r".*#StatusCode([1-5])xx", str(s)) for s in g.objects(response, MF.expectedStatus)]
    if not codes or not all(codes):
        raise ValueError(f"unexpected mf:expectedStatus in {written!r}")
    fmt, boolean = g.value(response, MF.expectedFormat), g.value(response, MF.expectedBoolean)
    if str(fmt) not in ("None", "boolean", "tabular", "RDF"):
        raise ValueError(f"unknown mf:expectedFormat {fmt}")
    return Step(str(g.value(request, HT.methodName)), "/sparql" + rest, headers, body,
                frozenset(m.group(1) for m in codes if m), None if fmt is None else str(fmt),
                None if boolean is None else bool(boolean.toPython()))


def load_cases() -> list[Case]:
    """The manifest's entries, in its order, parsed at collection time."""
    g = Graph().parse(SUITE / "manifest.ttl", format="turtle")
    manifest = g.value(predicate=RDF.type, object=MF.Manifest)
    cases = []
    for entry in Collection(g, g.value(manifest, MF.entries)):
        _known(g, entry, "test")
        data = []
        for item in g.objects(entry, UT.graphData):
            _known(g, item, "data")
            label = g.value(item, RDFS.label)
            data.append((None if label is None else str(label), _local(str(g.value(item, UT.graph)))))
        action = g.value(entry, MF.action)
        _known(g, action, "connection")
        steps = tuple(_step(g, request) for request in Collection(g, g.value(action, HT.requests)))
        cases.append(Case(str(entry).rsplit("#", 1)[1], str(g.value(entry, MF.name)),
                          tuple(sorted(data, key=lambda d: d[1])), steps))
    return cases


CASES = load_cases()


def send(port: int, method: str, path: str, headers: dict[str, str], body: bytes | None) -> Reply:
    """Exactly these headers (plus the bearer token) and these body bytes; http.client adds only Host,
    Accept-Encoding and Content-Length."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    try:
        connection.request(method, path, body=body, headers={**headers, "Authorization": f"Bearer {TOKEN}"})
        response = connection.getresponse()
        return Reply(response.status, response.reason, response.getheader("Content-Type", ""), response.read())
    finally:
        connection.close()


def _answers(port: int) -> bool:
    try:
        return send(port, "GET", "/", {}, None).status == 200
    except OSError:
        return False


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[int]:
    """`phakhi serve` over a fresh store directory on a free port; yields the port. If it does not come
    up, the test run shows its output (written to a file, so a chatty log can never block the server)."""
    store, logs = tmp_path_factory.mktemp("protocol-store"), tmp_path_factory.mktemp("protocol-log")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    command = [str(Path(sys.executable).with_name("phakhi")), "serve", "--store", str(store), "--host", "127.0.0.1",
               "--port", str(port), "--update-token", TOKEN]
    env = {**os.environ, "PYTHAINLP_OFFLINE": "1", "PYTHAINLP_READ_ONLY": "1"}
    with open(logs / "server.log", "wb") as log:
        process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, env=env, cwd=REPO)
    try:
        deadline = time.monotonic() + 60
        while not _answers(port):
            if process.poll() is not None or time.monotonic() > deadline:
                state = "did not answer in 60 s" if process.poll() is None else f"exited with {process.returncode}"
                output = (logs / "server.log").read_text(errors="replace")
                pytest.fail(f"phakhi serve {state}; its output:\n{output}", pytrace=False)
            time.sleep(0.2)
        yield port
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def check(where: str, step: Step, reply: Reply) -> None:
    """The status class, then the body against mf:expectedFormat / mf:expectedBoolean."""
    assert reply.status not in (401, 403), f"{where}: the bearer token was refused, so nothing else is tested; {reply}"
    wanted = "/".join(f"{c}xx" for c in sorted(step.statuses))
    assert str(reply.status)[0] in step.statuses, f"{where}: expected {wanted}; {reply}"
    if step.format is None:
        return
    media = reply.content_type.split(";")[0].strip().lower()
    if step.format == "RDF":
        assert media in RDF_TYPES, f"{where}: expected an RDF graph as one of {sorted(RDF_TYPES)}; {reply}"
        try:
            with warnings.catch_warnings():  # rdflib's JSON-LD parser warns about its own ConjunctiveGraph use
                warnings.simplefilter("ignore", DeprecationWarning)
                Graph().parse(data=reply.body, format=RDF_TYPES[media])
        except Exception as error:  # noqa: BLE001 - any parser failure is the finding
            pytest.fail(f"{where}: body is not valid {media}: {error!r}; {reply}", pytrace=False)
        return
    allowed = {m for m, f in RESULT_TYPES.items() if step.format == "tabular" or f in ("json", "xml")}
    assert media in allowed, f"{where}: expected {step.format} results as one of {sorted(allowed)}; {reply}"
    try:
        result = Result.parse(io.BytesIO(reply.body), format=RESULT_TYPES[media])
    except Exception as error:  # noqa: BLE001
        pytest.fail(f"{where}: body is not valid {media}: {error!r}; {reply}", pytrace=False)
    kind = "ASK" if step.format == "boolean" else "SELECT"
    assert result.type == kind, f"{where}: expected a {kind} result, parsed a {result.type} one; {reply}"
    if kind == "ASK":
        answer = result.askAnswer if type(result.askAnswer) is bool else None
        wanted = "true or false" if step.boolean is None else str(step.boolean).lower()
        assert answer is not None and step.boolean in (None, answer), f"{where}: expected boolean {wanted}; {reply}"


@pytest.mark.parametrize("case", CASES, ids=[case.ident for case in CASES])  # entry names: mf:name repeats
def test_protocol(server: int, case: Case) -> None:
    """Empty the store, load the entry's graph data, then send each request in order and check its reply."""
    reset = send(server, "POST", "/sparql", {"Content-Type": "application/sparql-update"}, b"DROP ALL")
    assert reset.status // 100 == 2, f"setup: DROP ALL to empty the store; {reset}"
    for graph, path in case.data:
        target = "default" if graph is None else "graph=" + quote(graph, safe="")
        put = send(server, "PUT", f"/graph-store?{target}", {"Content-Type": "application/n-triples"},
                   path.read_bytes())
        assert put.status // 100 == 2, f"setup: PUT {path.name} to /graph-store?{target}; {put}"
    for number, step in enumerate(case.steps, 1):
        where = f"{case.ident} ({case.name!r}) request {number}/{len(case.steps)} {step.method} {step.path}"
        check(where, step, send(server, step.method, step.path, step.headers, step.body))


def test_manifest_has_every_entry() -> None:
    """The parametrization above covers all 34 tests, with unique ids."""
    assert len(CASES) == 34 and len({case.ident for case in CASES}) == 34
