"""The `jixiao` command: a thin layer over the library.

Exit status everywhere: 0 nothing wrong, 1 an error-severity finding, 2 a file could not be read
(or the command was used wrongly).
"""

from __future__ import annotations

import json
import sys

import click

from extractor import __version__
from extractor.errors import ReadError


def _fail(e: ReadError) -> None:
    from extractor.outputs.text import shown

    click.echo(f"jixiao: {shown(e.path)}: {shown(e.reason)}", err=True)
    sys.exit(2)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="jixiao")
@click.option("--pdf-engine", type=click.Choice(["pdfium", "pdfplumber"]), default=None,
              help="How PDF tables are found: pdfium (default, fast) or pdfplumber (the reference). "
                   "Same as the environment variable JIXIAO_PDF_ENGINE.")
@click.option("--ocr", type=click.Choice(["auto", "always", "never"]), default=None,
              help="Which PDF pages are read by OCR: auto (default: pages without a usable text layer, such as "
                   "scans), always, never. Same as the environment variable JIXIAO_OCR. Needs: pip install 'jixiao[ocr]'.")
def cli(pdf_engine: str | None, ocr: str | None) -> None:
    """jixiao (绩效): read, extract and cross-check budget performance-evaluation reports."""
    import os

    if pdf_engine:
        os.environ["JIXIAO_PDF_ENGINE"] = pdf_engine  # the environment reaches the --jobs workers too
    if ocr:
        os.environ["JIXIAO_OCR"] = ocr


@cli.command()
@click.argument("file", type=click.Path(dir_okay=False))
@click.option("--format", "fmt", type=click.Choice(["outline", "json"]), default="outline", show_default=True)
def parse(file: str, fmt: str) -> None:
    """Print the document model of FILE: headings, paragraphs, tables."""
    from extractor.readers import read_document

    try:
        doc = read_document(file)
    except ReadError as e:
        _fail(e)
    if fmt == "json":
        click.echo(json.dumps(doc.model_dump(mode="json", exclude_none=True), ensure_ascii=False))
        return
    from extractor.outputs.outline import outline

    click.echo(outline(doc))


@cli.command()
@click.argument("file", type=click.Path(dir_okay=False))
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table", show_default=True)
def extract(file: str, fmt: str) -> None:
    """Print every figure of FILE with its unit, label, scope and place."""
    from extractor.outputs import figures_out
    from extractor.pipeline import CheckOptions, check_file

    result = check_file(file, CheckOptions(run_checks=False))
    if result.status != "ok":
        _fail(ReadError(file, result.error or ""))
    click.echo(figures_out.render(result, fmt), nl=False)


_engine_option = click.option(
    "--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
    help="local: worker processes on this machine (--jobs); dask: tasks on a Dask cluster (--scheduler, or a "
         "LocalCluster of --jobs worker processes). Needs: pip install 'jixiao[scale]'.")
_scheduler_option = click.option(
    "--scheduler", default=None, metavar="ADDRESS",
    help="With --engine dask: the scheduler to use (tcp://host:8786); none: a LocalCluster on this machine.")


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["text", "json", "jsonl", "csv", "html", "xlsx", "pdf"]),
              default=None,
              help="text (default): a summary to read; json: the contract's object for one file, an array for "
                   "several; jsonl: file/finding/figure records; csv: findings. With --output (default html): "
                   "html pages + index.html, xlsx workbook, csv files, results.jsonl, a .json per file, or pdf: "
                   "each PDF report annotated (a highlight and the message per finding).")
@click.option("--output", "output", type=click.Path(file_okay=False), help="Write the results into this folder.")
@click.option("--jobs", "-j", type=click.IntRange(min=0), default=0,
              help="Worker processes (0: all cores; 1: in this process, without time limit or crash protection). "
                   "Cores left over by fewer files recognise the pages of a scanned PDF in parallel.")
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), default=300.0, show_default=True,
              help="Seconds allowed per file; a file that runs longer is recorded as failed.")
@click.option("--memory-limit", "memory_mb", type=click.FloatRange(min=0), default=2048.0, show_default=True,
              help="MB of memory a worker may use; a file that needs more is recorded as failed (0: no limit; "
                   "not with --jobs 1).")
@click.option("--select", default="", help="Only these rule codes or prefixes, comma-separated (SUM,TBL002).")
@click.option("--ignore", default="", help="Skip these rule codes or prefixes, comma-separated.")
@click.option("--suppressions", type=click.Path(dir_okay=False), help="TOML file of findings silenced with a reason.")
@click.option("--progress/--no-progress", default=None, help="Progress bar (default: on a terminal).")
@_engine_option
@_scheduler_option
def check(paths, fmt, output, jobs, timeout, memory_mb, select, ignore, suppressions, progress, engine,
          scheduler) -> None:
    """Cross-check the arithmetic of report files, folders or globs.

    \b
    Exit status:
      0  no error-severity finding (warnings and info may remain)
      1  at least one error-severity finding (suppressed findings do not count)
      2  a file could not be read, or the command was used wrongly
    """
    from extractor.batch import run_check_command

    sys.exit(run_check_command(paths=paths, fmt=fmt, output=output, jobs=jobs, timeout=timeout, select=select,
                               ignore=ignore, suppressions=suppressions, progress=progress, memory_mb=memory_mb,
                               engine=engine, scheduler=scheduler))


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--output", "output", type=click.Path(file_okay=False), default="jixiao-review", show_default=True,
              help="Folder for the review pages (index.html + one page per report).")
@click.option("--jobs", "-j", type=click.IntRange(min=0), default=0, help="Worker processes (0: all cores).")
@click.option("--suppressions", type=click.Path(dir_okay=False),
              help="Findings already dismissed: they are left off the pages.")
def review(paths, output, jobs, suppressions) -> None:
    """Write review pages: each finding beside the report's text, its figures highlighted.

    Open DIR/index.html in a browser (no server needed). Confirm a finding, or dismiss it with a
    reason; "保存忽略文件" saves the dismissed ones as a suppressions TOML keyed by fingerprint, for
    `jixiao check PATH --suppressions FILE`.

    \b
    Exit status: 0 pages written, 2 a file could not be read or the command was used wrongly.
    """
    from extractor.batch import run_check_command

    sys.exit(run_check_command(paths=paths, fmt="html", output=output, jobs=jobs, timeout=300.0, select="",
                               ignore="", suppressions=suppressions, progress=None, review=True))


@cli.command()
@click.argument("code", required=False)
def rules(code: str | None) -> None:
    """List every rule, or explain one (jixiao rules SUM001)."""
    from extractor.checks.registry import explain, listing

    if code:
        text = explain(code)
        if text is None:
            click.echo(f"jixiao: 没有这条规则：{code}", err=True)
            sys.exit(2)
        click.echo(text)
    else:
        click.echo(listing())


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--mutants", type=click.IntRange(min=0), default=None,
              help="Mutants per file: a seeded sample of this many (default: every relation, every operator; 0: none).")
@click.option("--seed", type=int, default=0, show_default=True, help="Seed of the sampling and of the operators.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--output", type=click.Path(dir_okay=False), help="Write the report into this file.")
def coverage(paths, mutants, seed, fmt, output) -> None:
    """How much of the arithmetic the reports state jixiao recognises, and whether it catches a
    figure changed in each relation it recognises (no labels needed)."""
    from extractor.coverage import run_coverage
    from extractor.coverage.report import render_text, to_json

    files = run_coverage(paths, mutants=mutants, seed=seed,
                         progress=lambda p: click.echo(f"… {p}", err=True) if sys.stderr.isatty() else None)
    text = json.dumps(to_json(files), ensure_ascii=False, indent=1) + "\n" if fmt == "json" else render_text(files)
    if output:
        with open(output, "w", encoding="utf-8") as f:
            f.write(text)
    else:
        click.echo(text, nl=False)
    sys.exit(2 if any(f.error for f in files) else 0)


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--db", default="jixiao.db", show_default=True, type=click.Path(dir_okay=False),
              help="The SQLite file to add to (made if missing).")
@click.option("--jobs", "-j", type=int, default=0, help="Parallel processes reading files (0: all cores).")
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), default=300.0, show_default=True,
              help="Seconds allowed per file (with --jobs other than 1).")
@click.option("--progress/--no-progress", default=None, help="Progress bar (default: on a terminal).")
@_engine_option
@_scheduler_option
@click.option("--dataset", type=click.Path(file_okay=False), default=None,
              help="With --engine dask: the Parquet dataset folder the workers write (default: jixiao-dataset).")
def ingest(paths, db, jobs, timeout, progress, engine, scheduler, dataset) -> None:
    """Check report files, folders or globs and keep every result in a SQLite dataset
    (or, with --engine dask, in a partitioned Parquet dataset written by the workers).

    A file already stored (same content) is skipped, so a rerun only adds what is new.
    """
    from extractor.dataset.ingest import run_ingest_command

    sys.exit(run_ingest_command(paths=paths, db=db, jobs=jobs, timeout=timeout, progress=progress, engine=engine,
                                scheduler=scheduler, dataset=dataset))


@cli.group()
def db() -> None:
    """Look into the dataset that `jixiao ingest` builds."""


_db_option = click.option("--db", "db_path", default="jixiao.db", show_default=True,
                          type=click.Path(dir_okay=False), help="The SQLite file made by `jixiao ingest`.")


def _open_db(path: str):
    """An existing dataset file, or exit 2 with the reason."""
    from extractor.dataset.schema import DatabaseError, connect

    try:
        return connect(path, create=False)
    except DatabaseError as e:
        click.echo(f"jixiao: {e}", err=True)
        sys.exit(2)


_dataset_option = click.option("--dataset", type=click.Path(file_okay=False), default=None,
                               help="A Parquet dataset folder (`jixiao ingest --engine dask`), read through DuckDB.")


def _open_dataset(path: str):
    """An existing Parquet dataset as a DuckDB connection, or exit 2 with the reason."""
    from extractor.dataset.parquet import DatasetError, open_dataset

    try:
        return open_dataset(path)
    except DatasetError as e:
        click.echo(f"jixiao: {e}", err=True)
        sys.exit(2)


@db.command()
@_db_option
@_dataset_option
def stats(db_path: str, dataset: str | None) -> None:
    """Documents by type, year and unit; figures; findings by severity; units with several years."""
    from extractor.dataset.stats import stats_text

    conn = _open_dataset(dataset) if dataset else _open_db(db_path)
    try:
        click.echo(stats_text(conn))
    finally:
        conn.close()


@db.command()
@click.argument("sql")
@click.option("--dataset", type=click.Path(file_okay=False), default="jixiao-dataset", show_default=True,
              help="The Parquet dataset folder written by `jixiao ingest --engine dask`.")
@click.option("--format", "fmt", type=click.Choice(["tsv", "csv", "json"]), default="tsv", show_default=True)
def query(sql: str, dataset: str, fmt: str) -> None:
    """Run SQL (DuckDB) over a Parquet dataset: tables documents, figures, findings, indicators, blocks,
    joined on sha256; views latest_documents and unit_years."""
    from extractor.dataset.parquet import run_query

    conn = _open_dataset(dataset)
    try:
        click.echo(run_query(conn, sql, fmt), nl=False)
    except Exception as e:  # DuckDB's own errors (syntax, unknown column) say what is wrong
        click.echo(f"jixiao: 查询出错：{e}", err=True)
        sys.exit(2)
    finally:
        conn.close()  # DuckDB is not fork-safe: nothing of it may outlive the command in a caller's process


@db.command()
@_db_option
@click.option("--format", "fmt", type=click.Choice(["csv", "parquet"]), default="csv", show_default=True)
@click.option("--output", required=True, type=click.Path(file_okay=False),
              help="Folder to write one file per table into.")
def export(db_path: str, fmt: str, output: str) -> None:
    """Write every table of the dataset as CSV or Parquet files."""
    from extractor.dataset.export import ExportError, export_tables

    conn = _open_db(db_path)
    try:
        files = export_tables(conn, fmt, output)
    except ExportError as e:
        click.echo(f"jixiao: {e}", err=True)
        sys.exit(2)
    click.echo(f"已导出 {len(files)} 个文件到 {output}")


def main() -> None:
    try:
        cli.main(prog_name="jixiao", standalone_mode=True)
    except KeyboardInterrupt:
        click.echo("jixiao: 已中断", err=True)
        sys.exit(130)


if __name__ == "__main__":
    main()
