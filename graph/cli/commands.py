"""The `phakhi` command: thin click commands over importable functions."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import click

from phakhi import __version__

STORE_HELP = ("Store: a directory (default: $PHAKHI_STORE or the per-user data directory), ':memory:', or the "
              "URL of a SPARQL 1.1 service (e.g. http://127.0.0.1:7878/query, or query=URL,update=URL,graph-store=URL).")


def _store(location: str | None, read_only: bool = False):
    from phakhi.graph.store import StoreError, open_store

    try:
        return open_store(location, read_only=read_only)
    except StoreError as error:
        raise click.ClickException(str(error)) from None


def _print_failures(summary) -> None:
    for failure in summary.failures:
        click.echo(f"error: {failure.name}: {failure.reason}", err=True)


def _shard(value):
    from phakhi.graph.read import Shard, ShardError

    if value is None:
        return None
    try:
        return Shard.parse(value)
    except ShardError as error:
        raise click.BadParameter(str(error)) from None


def _ingest(store, paths, force=False, workers=1, shard=None):
    """Ingest with a progress bar (count, rate and ETA; on a terminal only) and failures on stderr."""
    from tqdm import tqdm

    from phakhi.graph.ingest import ingest
    from phakhi.graph.read import count_releases
    from phakhi.graph.store import StoreError

    shown = sys.stderr.isatty()
    total = count_releases(paths) if shown else None
    with tqdm(desc="releases", unit=" rel", total=total, disable=not shown, file=sys.stderr) as bar:
        try:  # each step of the run's end is shown with the count it starts at (tqdm draws at most every 0.1 s)
            summary = ingest(store, paths, force=force, workers=workers, progress=lambda name: bar.update(), shard=shard,
                             stage=lambda step: bar.set_postfix_str(step))
            bar.set_postfix_str("", refresh=False)  # the bar's last line: the whole run's count and rate
        except StoreError as error:  # a store of an earlier model, or one that refuses a write: say so, no traceback
            raise click.ClickException(str(error)) from None
    _print_failures(summary)
    return summary


@click.group()
@click.version_option(__version__, prog_name="phakhi")
def cli() -> None:
    """phakhi (ภาคี): a knowledge graph of Thai industrial-policy actors from government press releases."""


@cli.command("ingest")
@click.argument("paths", nargs=-1, required=True)
@click.option("--store", "location", help=STORE_HELP)
@click.option("--force", is_flag=True, help="Re-extract releases even when their text is unchanged.")
@click.option("--workers", type=click.IntRange(1, 64), default=os.cpu_count() or 1, show_default="number of cores",
              help="Processes extracting releases in parallel (this process writes the store).")
@click.option("--shard", callback=lambda ctx, param, value: _shard(value), metavar="I/N",
              help="Only share I of N of the releases (by a hash of the release name), so N processes, on N "
                   "machines, ingest one corpus into one remote store.")
def ingest_command(paths, location, force, workers, shard):
    """Read releases (files, directories, .tar/.tar.xz archives), extract their facts and store them."""
    with _store(location) as store:
        summary = _ingest(store, paths, force, workers, shard)
        click.echo(f"releases stored: {summary.releases}, unchanged: {summary.unchanged}, "
                   f"failed: {len(summary.failures)}; triples added: {summary.triples}, "
                   f"entities: {summary.entities}, counts: {summary.counts}")
    if summary.failures:
        sys.exit(1)


@cli.command("facts")
@click.argument("paths", nargs=-1, required=True)
@click.option("--store", "location", help=STORE_HELP)
def facts_command(paths, location):
    """Print the facts of each given release as JSON Lines (shared/eval/SPEC.md), read back from the store."""
    from phakhi.graph.views.facts import release_facts

    with _store(location) as store:
        summary = _ingest(store, paths)
        for name in summary.names:
            click.echo(json.dumps(release_facts(store, name), ensure_ascii=False))
    if summary.failures:
        sys.exit(1)


@cli.command("query")
@click.argument("sparql")
@click.option("--store", "location", help=STORE_HELP)
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table", show_default=True)
def query_command(sparql, location, fmt):
    """Run a SPARQL query (text, @FILE, or - for standard input) over the union of all releases."""
    from phakhi.graph.views.query import QueryError, format_result, run_query

    if sparql == "-":
        sparql = sys.stdin.read()
    elif sparql.startswith("@"):
        sparql = Path(sparql[1:]).read_text(encoding="utf-8")
    with _store(location, read_only=True) as store:
        try:
            click.echo(format_result(run_query(store, sparql), fmt), nl=False)
        except QueryError as error:
            raise click.ClickException(str(error)) from None


@cli.command("series")
@click.option("--program", help="A program: any of its labels, abbreviations or English names, or its IRI.")
@click.option("--organization", help="An organization: any of its labels, abbreviations or English names, or its IRI.")
@click.option("--unit", help="Only counts in this unit (as written, e.g. ราย, บาท).")
@click.option("--store", "location", help=STORE_HELP)
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table", show_default=True)
def series_command(program, organization, unit, location, fmt):
    """The counts about one program or organization over time: date, value, qualifier, unit, about, release."""
    from phakhi.graph.knowledge.series import COLUMNS, series

    if (program is None) == (organization is None):
        raise click.UsageError("give one of --program NAME or --organization NAME")
    _echo_rows(location, fmt, COLUMNS, lambda store: series(store, program=program, organization=organization, unit=unit))


def _echo_rows(location, fmt: str, columns, rows_of) -> None:
    """Rows `rows_of(store)` reads from the store (opened read-only) printed as a table, JSON or CSV; a name that
    fits nothing (LookupError) is a clear error, not a traceback."""
    from phakhi.graph.views.query import format_rows

    with _store(location, read_only=True) as store:
        try:
            rows = rows_of(store)
        except LookupError as error:
            raise click.ClickException(str(error)) from None
    click.echo(format_rows(columns, rows, fmt), nl=False)


@cli.command("timeline")
@click.option("--organization", help="Tenures of this organization's posts (any label, abbreviation or English name).")
@click.option("--person", help="Tenures of this person (any label).")
@click.option("--title", help="Only posts with this title (e.g. รัฐมนตรีว่าการ, อธิบดี, ปลัด).")
@click.option("--store", "location", help=STORE_HELP)
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table", show_default=True)
def timeline_command(organization, person, title, location, fmt):
    """Who held which post, from when to when, after and before whom (from the knowledge graph)."""
    from phakhi.graph.knowledge import FIELDS, tenures

    if (organization is None) == (person is None):
        raise click.UsageError("give --organization NAME or --person NAME (one of the two)")
    _echo_rows(location, fmt, FIELDS, lambda store: tenures(store, organization=organization, person=person, title=title))


@cli.command("knowledge")
@click.option("--store", "location", help=STORE_HELP)
@click.option("--rebuild", is_flag=True, help="Drop the knowledge graph and build it again from the release graphs.")
def knowledge_command(location, rebuild):
    """Bring the knowledge graph up to date with the release graphs (or rebuild it from scratch)."""
    from phakhi.graph import knowledge

    with _store(location) as store:
        done = knowledge.rebuild(store) if rebuild else knowledge.sync(store)
    click.echo(f"knowledge graph {'rebuilt' if rebuild else 'synced'}: {done['added']} releases added, "
               f"{done['removed']} removed")


@cli.command("eval")
@click.option("--gold", "gold_dir", required=True, type=click.Path(exists=True, file_okay=False))
@click.argument("paths", nargs=-1, required=True)
@click.option("--store", "location", default=":memory:", show_default=True, help=STORE_HELP)
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON instead of a table.")
def eval_command(gold_dir, paths, location, as_json):
    """Score extracted facts (read back from the store) against gold facts, per shared/eval/SPEC.md."""
    from phakhi.graph.cli.evaluate import evaluate_paths, format_table

    with _store(location) as store:
        score = evaluate_paths(store, gold_dir, paths, report=lambda f: click.echo(f"error: {f.name}: {f.reason}", err=True))
    click.echo(json.dumps(score.as_dict(), ensure_ascii=False, indent=2) if as_json else format_table(score))


@cli.command("errors")
@click.option("--gold", "gold_dir", required=True, type=click.Path(exists=True, file_okay=False))
@click.argument("paths", nargs=-1, required=True)
@click.option("--class", "classes", multiple=True,
              type=click.Choice(["organizations", "persons", "posts", "programs", "events", "counts"]),
              help="Only these classes (repeatable).")
def errors_command(gold_dir, paths, classes):
    """Error analysis: every missed (false negative) and spurious (false positive) item, as JSON lines."""
    from phakhi.graph.cli.evaluate import errors, load_gold, predict_paths
    from phakhi.graph.store import Store

    predicted = predict_paths(Store.memory(), paths, report=lambda f: click.echo(f"error: {f.name}: {f.reason}", err=True))
    for row in errors(load_gold(gold_dir), predicted):
        if not classes or row["class"] in classes:
            click.echo(json.dumps(row, ensure_ascii=False))


@cli.command("audit")
@click.option("--store", "location", help=STORE_HELP)
@click.option("--sample", "n", required=True, type=int, help="Distinct entities to draw per class (at least 1).")
@click.option("--class", "classes", multiple=True,
              help="Only this class (repeatable): organization, person, program, event. Default: all four.")
@click.option("--seed", type=int, default=0, show_default=True, help="The same seed draws the same sample.")
@click.option("--html", "html_path", type=click.Path(dir_okay=False), help="Also write a self-contained review page.")
def audit_command(location, n, classes, seed, html_path):
    """A random sample of distinct entities per class with a quoted context each, as JSON lines (and a review page)."""
    from phakhi.graph.views.audit import AuditError, audit, review_page

    with _store(location, read_only=True) as store:
        try:
            items = audit(store, n, list(classes) or None, seed)
        except AuditError as error:
            raise click.ClickException(str(error)) from None
    for item in items:
        click.echo(json.dumps(item.as_dict(), ensure_ascii=False))
    if html_path:
        Path(html_path).write_text(review_page(items), encoding="utf-8")
        click.echo(f"wrote {html_path}: {len(items)} entities", err=True)


@cli.command("network")
@click.option("--store", "location", help=STORE_HELP)
@click.option("--focus", help="Name or IRI of the actor (or any entity) whose neighbourhood to draw.")
@click.option("--program", help="Name or IRI of a program: who is mentioned with it, its events' parties, its counts.")
@click.option("--release", help="A release (identifier such as 027.txt, IRI, or title): everything it mentions.")
@click.option("--classes", help="Only these classes, comma-separated: organization,person,program,event,count.")
@click.option("--since", help="Only facts from releases published on or after YYYY-MM-DD.")
@click.option("--until", help="Only facts from releases published on or before YYYY-MM-DD.")
@click.option("--depth", type=click.IntRange(1, 3), default=2, show_default=True, help="Steps out from --focus.")
@click.option("--limit", type=click.IntRange(1, 5000), default=150, show_default=True,
              help="Draw at most N nodes (nearest the focus first, else the most connected).")
@click.option("--recent", type=click.IntRange(1), default=50, show_default=True,
              help="With --focus or --program: read at most the N most recent releases mentioning it.")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False))
def network_command(location, focus, program, release, classes, since, until, depth, limit, recent, output):
    """Write a self-contained network page (works offline)."""
    from phakhi.graph.views import draw, project

    try:
        with _store(location, read_only=True) as store:
            releases, note = project.scope(store, focus=focus, program=program, release=release, since=since,
                                           until=until, recent=recent)
            graph = project.build(store, releases)
        shown = project.select(graph, focus=focus, program=program, release=release, classes=classes, since=since,
                               until=until, depth=depth, limit=limit)
    except (LookupError, ValueError) as error:
        raise click.ClickException(str(error)) from None
    shown.graph["title"] += note
    draw.render(shown, output, title=f"phakhi: {shown.graph['title']}")
    total = shown.graph["total"]
    cut = f" (of {total}; narrow with --focus, --program, --release or --classes)" if total > shown.number_of_nodes() else ""
    click.echo(f"wrote {output}: {shown.number_of_nodes()} nodes{cut}, {shown.number_of_edges()} edges")


@cli.command("serve")
@click.option("--store", "location", help=STORE_HELP)
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8000, show_default=True, type=int)
@click.option("--update-token", envvar="PHAKHI_UPDATE_TOKEN", default=None,
              help="Enable writes (SPARQL Update, Graph Store, POST /releases) for requests bearing this token.")
@click.option("--query-timeout", type=click.FloatRange(0.1, 3600), default=None, help="Seconds per query [5].")
@click.option("--max-rows", type=click.IntRange(1), default=None, help="Result rows per query [10000].")
def serve_command(location, host, port, update_token, query_timeout, max_rows):
    """Serve SPARQL 1.1 (query, update, graph store) at /sparql, ingestion at /releases, and pages."""
    from phakhi.api.app import serve
    from phakhi.api.settings import Settings

    settings = Settings.from_env(update_token=update_token, query_timeout=query_timeout, max_rows=max_rows)
    from phakhi.graph.store import is_remote

    if is_remote(location):
        raise click.ClickException("phakhi serve serves an embedded store (a directory); a remote SPARQL service "
                                   "already answers SPARQL itself: point clients at it")
    # Without a token nothing is written: open read-only, so `phakhi query` and others can share the store.
    serve(_store(location, read_only=not settings.update_token), host, port, settings)


@cli.command("demo")
@click.option("--store", "location", help=STORE_HELP)
@click.option("--seeds", default=None, help="Release folder to ingest (default: the repository's seeds/releases/).")
@click.option("--output", default="phakhi-network.html", show_default=True, type=click.Path(dir_okay=False))
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8000, show_default=True, type=int)
@click.option("--no-serve", is_flag=True, help="Stop after writing the network page.")
def demo_command(location, seeds, output, host, port, no_serve):
    """The main job: ingest seeds/, summarise, write a network page, serve SPARQL."""
    from phakhi.graph.views import draw, project

    seeds = seeds or str(Path(__file__).resolve().parents[2] / "seeds" / "releases")
    store = _store(location)
    summary = _ingest(store, [seeds])
    stats = store.stats()
    click.echo(f"store: {store.location}")
    click.echo(f"ingested {summary.releases} releases ({summary.unchanged} unchanged, {len(summary.failures)} failed)")
    click.echo("found: " + ", ".join(f"{k} {v}" for k, v in stats.items()))
    shown = project.view(project.build(store), None, limit=150)
    draw.render(shown, output)
    click.echo(f"network page: {Path(output).resolve()} ({shown.number_of_nodes()} nodes)")
    if no_serve:
        store.close()
        return
    from phakhi.api.app import serve

    click.echo(f"SPARQL endpoint: http://{host}:{port}/sparql   home: http://{host}:{port}/   (Ctrl-C to stop)")
    serve(store, host, port)


@cli.command("export")
@click.option("--store", "location", help=STORE_HELP)
@click.option("--format", "fmt", type=click.Choice(["trig", "nquads", "jsonld", "turtle"]), default=None,
              help="Default: from the output file's extension (.trig .nq .jsonld .ttl).")
@click.option("--graph", help="Only this named graph (Turtle: default is the union of all graphs).")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, allow_dash=True),
              help="File to write, or - for standard output.")
def export_command(location, fmt, graph, output):
    """Write the whole store (every release's named graph) to a file; `phakhi load` reads it back."""
    from phakhi.graph.store.dump import DumpError, export, format_of

    try:
        fmt = format_of(output, fmt) if output != "-" else (fmt or "nquads")
    except DumpError as error:
        raise click.ClickException(str(error)) from None
    with _store(location, read_only=True) as store:
        if output == "-":
            count = export(store, sys.stdout.buffer, fmt, graph)
        else:
            partial = Path(output + ".partial")
            with partial.open("wb") as handle:
                count = export(store, handle, fmt, graph)
            partial.replace(output)  # a file at OUTPUT is always a whole export
    click.echo(f"exported {count} statements as {fmt}" + (f" to {output}" if output != "-" else ""), err=True)


@cli.command("load")
@click.argument("path", type=click.Path(exists=True, dir_okay=False))
@click.option("--store", "location", help=STORE_HELP)
@click.option("--format", "fmt", type=click.Choice(["trig", "nquads", "jsonld", "turtle"]), default=None,
              help="Default: from the file's extension.")
@click.option("--graph", help="Named graph to load a Turtle file into (required for Turtle).")
def load_command(path, location, fmt, graph):
    """Load a dump written by `phakhi export` (or any TriG/N-Quads/JSON-LD): each graph in it replaces the store's."""
    from phakhi.graph import knowledge
    from phakhi.graph.store.dump import DumpError, format_of, load

    try:
        fmt = format_of(path, fmt)
        with _store(location) as store:
            graphs, statements = load(store, path, fmt, graph)
            knowledge.sync(store)  # the loaded graphs replaced releases: the knowledge graph follows
    except DumpError as error:
        raise click.ClickException(str(error)) from None
    click.echo(f"loaded {statements} statements in {graphs} graphs from {path}")


def main() -> None:
    from phakhi.graph.store import StoreError

    try:
        cli()
    except StoreError as error:  # a store that cannot be reached or refuses: say so, no traceback
        click.echo(f"Error: {error}", err=True)
        sys.exit(1)


if __name__ == "__main__":
    main()
