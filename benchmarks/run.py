"""jixiao's benchmarks: throughput, latency, memory and growth, each against a baseline timed in
the same run on the same machine, so that the figures compare as ratios even on a busy computer.

    python benchmarks/run.py [--quick] [--json OUT] [--corpus DIR] [--wild DIR] [--no-samples] [--repeat N]
                             [--only SECTIONS] [--quiet-load L --patience S]

Inputs: the reports of ../shared/corpus (or --corpus) and of samples/; html and xlsx inputs are
built from them when neither folder has one. The pdf section also reads the PDFs of
../shared/corpus-wild (or --wild). Linux (it reads /proc and uses the resource module).

Sections (all by default; --only formats,pdf,... picks some):
  formats  documents, pages and characters per second through check_file, for every format in the
           corpus, plus html and xlsx inputs built from it; the share of each stage (read, figures,
           relations, checks, and the output: JSON and the HTML page rendered apart)
  pdf      the same PDFs through pdfplumber's page.extract_text() (the baseline) and pypdfium2's
           text extraction (the floor); our reader and whole pipeline with each table engine
           (pdfium, the default, and pdfplumber, the reference) as ratios over both, pages per
           second, and the share of each stage
  cold     `jixiao check` on a small txt as a new process (wall time), and what loading jieba costs
  warm     seconds per txt/docx/html report in this process, after one warm-up
  memory   peak resident memory (ru_maxrss) of a child process checking each corpus file, and of
           one child checking them all in turn as a batch worker does
  growth   one report's text repeated 1x, 10x, 50x in one document (txt, and pdf); the exponent of
           time against size fitted by least squares on log-log axes, for the whole and each stage
  batch    100 copies of the corpus files through `jixiao check DIR --output OUT` with --jobs 1 and
           --jobs 2, in turn, twice; the speed-up between the best run of each
  ocr      the first pages of the smallest PDF printed as a scan (pages rendered at 200 dpi, no text
           layer) and read by OCR: seconds per page with the pages recognised one and two at a time

Timing: every figure is the median of --repeat runs (3 by default, 1 with --quick), both CPU time
(time.process_time, plus the CPU of waited-for child processes such as soffice for .doc) and wall
time. The load average is recorded before and after: on a shared machine the wall figures move
with it, CPU time much less. --quick makes every section run on small sizes (a smoke test, not a
measurement). The targets of issue 7 are compared at the end; none of this is a unit test.
"""

from __future__ import annotations

import argparse
import html
import json
import math
import os
import platform
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus"
DEFAULT_WILD = ROOT.parent / "shared" / "corpus-wild"
SAMPLES = ROOT / "samples"
FORMAT_ORDER = ("txt", "docx", "doc", "pdf", "html", "xlsx")
SECTIONS = ("formats", "pdf", "cold", "warm", "memory", "growth", "batch", "ocr")
OCR_PAGES = 4  # pages of the scan the ocr section reads (1 with --quick)
BUILD_FROM = ("docx", "txt", "pdf", "doc")  # html and xlsx inputs are built from these, in this order of preference

# Targets of issues 7 and 14: (key, what is measured, limit, whether lower is better)
TARGETS = (
    ("pdf_speedup", "pdfplumber extract_text ÷ whole PDF check, pdfium engine (CPU)", 4.0, False),
    ("pdf_over_floor", "whole PDF check ÷ pypdfium2 raw text (CPU; stretch)", 3.0, True),
    ("figures_share", "figure stage's share of the PDF check (wall)", 0.25, True),
    ("warm_ms", "txt/docx report warm (ms, wall)", 100.0, True),
    ("cold_s", "cold `jixiao check` on a small txt (s, wall)", 0.8, True),
    ("cold_full_s", "cold `jixiao check` on the largest txt, jieba loading (s, wall)", 1.5, True),
    ("peak_mb", "peak memory per worker on the corpus (MB RSS)", 300.0, True),
    ("growth_exponent", "growth exponent of check time (txt, CPU)", 1.15, True),
    ("pdf_growth_exponent", "growth exponent of check time (pdf, CPU)", 1.15, True),
    ("jobs_speedup", "--jobs 2 speed-up over --jobs 1 (wall)", 1.6, False),
)


# --------------------------------------------------------------------------- timing


@dataclass
class Timed:
    cpu: float  # seconds of CPU: this process plus waited-for children
    wall: float


def _cpu_now() -> float:
    t = os.times()
    return time.process_time() + t.children_user + t.children_system


def timed(fn: Callable[[], object], repeat: int) -> tuple[Timed, object]:
    """Median CPU and wall time of `repeat` calls, and the last call's result."""
    cpus, walls, result = [], [], None
    for _ in range(max(1, repeat)):
        c, w = _cpu_now(), time.perf_counter()
        result = fn()
        walls.append(time.perf_counter() - w)
        cpus.append(_cpu_now() - c)
    return Timed(statistics.median(cpus), statistics.median(walls)), result


def fit_exponent(sizes: list[float], times: list[float]) -> float | None:
    """The slope of log(time) against log(size), least squares: 1 is linear, 2 quadratic."""
    pts = [(math.log(s), math.log(t)) for s, t in zip(sizes, times) if s > 0 and t > 0]
    if len(pts) < 2:
        return None
    mx = sum(x for x, _ in pts) / len(pts)
    my = sum(y for _, y in pts) / len(pts)
    den = sum((x - mx) ** 2 for x, _ in pts)
    return sum((x - mx) * (y - my) for x, y in pts) / den if den else None


def load() -> list[float]:
    return [round(x, 2) for x in os.getloadavg()]


def r(x: float | None, n: int = 3) -> float | None:
    return None if x is None else round(x, n)


# --------------------------------------------------------------------------- inputs


@dataclass
class Input:
    path: Path
    fmt: str
    pages: int | None  # the document's pages, or those of the same report's PDF (pages_estimated)
    pages_estimated: bool = False
    built_from: str | None = None  # html/xlsx made for the benchmark: the corpus file they come from


def corpus_files(corpus: Path) -> list[Path]:
    exts = {"." + f for f in FORMAT_ORDER}
    return sorted(p for p in corpus.rglob("*") if p.is_file() and p.suffix.lower() in exts)


def pdf_pages(path: Path) -> int:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(path))
    try:
        return len(doc)
    finally:
        doc.close()


def pages_of(path: Path) -> tuple[int | None, bool]:
    """A PDF's pages; for another format, the pages of a PDF of the same report beside it."""
    if path.suffix.lower() == ".pdf":
        return pdf_pages(path), False
    sibling = path.with_suffix(".pdf")
    return (pdf_pages(sibling), True) if sibling.is_file() else (None, False)


def build_html(doc, path: Path) -> None:
    """A web page of the document as a government site publishes one: headings, paragraphs, tables."""
    out = ["<!DOCTYPE html><html><head><meta charset='utf-8'><title>report</title></head><body>"]
    for b in doc.blocks:
        if b.kind == "heading":
            n = min(b.level or 1, 6)
            out.append(f"<h{n}>{html.escape(b.text)}</h{n}>")
        elif b.kind == "table" and b.rows:
            rows = "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>" for row in b.rows)
            out.append(f"<table border='1'>{rows}</table>")
        else:
            out.append(f"<p>{html.escape(b.text)}</p>")
    out.append("</body></html>")
    path.write_text("\n".join(out), encoding="utf-8")


_NUMBER = re.compile(r"-?\d+(?:\.(\d+))?")


def build_xlsx(doc, path: Path) -> None:
    """A workbook with a sheet per table (numbers as numeric cells in a number format, as 决算
    workbooks have them); a document without tables gives one sheet of its paragraphs."""
    import openpyxl

    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    tables = [b for b in doc.blocks if b.kind == "table" and b.rows]
    if not tables:
        ws = wb.create_sheet("报告")
        for b in doc.blocks:
            ws.append([b.text])
    for n, b in enumerate(tables, 1):
        ws = wb.create_sheet(f"表{n}")
        if b.caption:
            ws.append([b.caption])
        if b.unit:
            ws.append([f"单位：{b.unit}"])
        for row in b.rows:
            ws.append([_cell_value(c) for c in row])
            for cell, text in zip(ws[ws.max_row], row):
                m = _NUMBER.fullmatch(text.replace(",", ""))
                if m:
                    cell.number_format = "0." + "0" * len(m.group(1)) if m.group(1) else "0"
    wb.save(path)


def _cell_value(text: str):
    plain = text.replace(",", "")
    return float(Decimal(plain)) if _NUMBER.fullmatch(plain) else text  # Excel stores numbers as doubles


def build_inputs(folders: list[Path], work: Path) -> list[Input]:
    """The report files of the folders, plus html and xlsx inputs built from them where they have none."""
    from extractor.readers import read_document

    inputs = []
    for p in (f for folder in folders for f in corpus_files(folder)):
        pages, estimated = pages_of(p)
        inputs.append(Input(p, p.suffix.lower().lstrip("."), pages, estimated))
    have = {i.fmt for i in inputs}
    sources = [i for i in inputs if i.fmt in BUILD_FROM]
    if "html" not in have and sources:  # the web page of the report most like one: a Word file first
        src = min(sources, key=lambda i: BUILD_FROM.index(i.fmt))
        out = work / "built.html"
        build_html(read_document(src.path), out)
        inputs.append(Input(out, "html", src.pages, src.pages_estimated or src.fmt != "pdf", built_from=str(src.path)))
    if "xlsx" not in have and sources:  # the workbook of the report with the most table rows
        docs = [(i, read_document(i.path)) for i in sources if i.fmt != "doc"]
        if docs:
            src, doc = max(docs, key=lambda t: sum(len(b.rows or []) for b in t[1].blocks if b.kind == "table"))
            out = work / "built.xlsx"
            build_xlsx(doc, out)
            inputs.append(Input(out, "xlsx", None, False, built_from=str(src.path)))
    return inputs


def label(i: Input) -> str:
    """folder/file, or for a built input the folder of the report it was built from."""
    return f"{i.path.name} ← {Path(i.built_from).parent.name}" if i.built_from else f"{i.path.parent.name}/{i.path.name}"


# --------------------------------------------------------------------------- sections


def bench_formats(inputs: list[Input], repeat: int) -> dict:
    """Each file through the whole pipeline; per format documents, pages and characters per second,
    and the share of each stage."""
    from extractor.outputs.html import render_page
    from extractor.outputs.records import contract_json
    from extractor.pipeline import CheckOptions, check_file

    options = CheckOptions(keep_document=True)
    files = []
    for i in inputs:
        check_file(i.path, options)  # warm-up: imports and lexicons load once per process
        runs = []

        def one():
            result = check_file(i.path, options)
            t0 = time.perf_counter()
            contract_json(result)
            t1 = time.perf_counter()
            render_page(result)
            t2 = time.perf_counter()
            runs.append({**result.timings, "json": t1 - t0, "html": t2 - t1})
            return result

        t, result = timed(one, repeat)
        if result.status != "ok":
            files.append({"file": label(i), "format": i.fmt, "error": result.error})
            continue
        stages = {k: statistics.median(run.get(k, 0.0) for run in runs)
                  for k in ("read", "figures", "relations", "checks", "json", "html")}
        chars = len(result.document.text) if result.document else 0
        files.append({
            "file": label(i), "format": i.fmt, "pages": i.pages, "pages_estimated": i.pages_estimated,
            "chars": chars, "figures": len(result.figures), "findings": len(result.findings),
            "cpu_s": r(t.cpu), "wall_s": r(t.wall), "stages_s": {k: r(v, 4) for k, v in stages.items()},
        })
    by_format = {}
    for fmt in FORMAT_ORDER:
        rows = [f for f in files if f["format"] == fmt and "error" not in f]
        if not rows:
            continue
        cpu = sum(f["cpu_s"] for f in rows)
        wall = sum(f["wall_s"] for f in rows)
        paged = [f for f in rows if f["pages"]]  # pages per second only over the files whose pages are known
        pages = sum(f["pages"] for f in paged)
        paged_cpu, paged_wall = sum(f["cpu_s"] for f in paged), sum(f["wall_s"] for f in paged)
        stage_total = {k: sum(f["stages_s"][k] for f in rows) for k in rows[0]["stages_s"]}
        pipeline_part = sum(stage_total[k] for k in ("read", "figures", "relations", "checks"))
        whole = pipeline_part + stage_total["json"]
        by_format[fmt] = {
            "files": len(rows), "pages": pages or None,
            "docs_per_s_cpu": r(len(rows) / cpu, 2) if cpu else None,
            "docs_per_s_wall": r(len(rows) / wall, 2) if wall else None,
            "pages_per_s_cpu": r(pages / paged_cpu, 1) if paged_cpu and pages else None,
            "pages_per_s_wall": r(pages / paged_wall, 1) if paged_wall and pages else None,
            "kchars_per_s_wall": r(sum(f["chars"] for f in rows) / wall / 1000, 1) if wall else None,
            # shares of read + figures + relations + checks + JSON output (the HTML page apart)
            "share": {k: r(stage_total[k] / whole, 3) for k in ("read", "figures", "relations", "checks", "json")}
            if whole else {},
            "html_page_s": r(stage_total["html"] / len(rows), 4),
        }
    return {"files": files, "by_format": by_format}


def bench_pdf(pdfs: list[Path], repeat: int) -> dict:
    """pdfplumber's extract_text (baseline), pypdfium2's text (floor), our reader, our pipeline."""
    import pdfplumber
    import pypdfium2 as pdfium

    from extractor.pipeline import check_file
    from extractor.readers import read_document
    from extractor.readers.pdf import ENGINE_VARIABLE

    def plumber(path):
        with pdfplumber.open(path) as pdf:
            for page in pdf.pages:
                page.extract_text()
                page.close()

    def pdfium_text(path):
        doc = pdfium.PdfDocument(str(path))
        try:
            for page in doc:
                tp = page.get_textpage()
                tp.get_text_bounded()
                tp.close()
                page.close()
        finally:
            doc.close()

    def with_engine(engine: str, run):
        saved = os.environ.get(ENGINE_VARIABLE)
        os.environ[ENGINE_VARIABLE] = engine
        try:
            return run()
        finally:
            if saved is None:
                os.environ.pop(ENGINE_VARIABLE, None)
            else:
                os.environ[ENGINE_VARIABLE] = saved

    stage_names = ("read", "figures", "relations", "checks")
    stages = {k: 0.0 for k in stage_names}

    def pipeline(p):
        res = check_file(p)
        for k in stage_names:
            stages[k] += res.timings.get(k, 0.0) / repeat
        return res

    kinds = ("pdfplumber", "pdfium", "read", "pipeline", "read_pdfplumber", "pipeline_pdfplumber")
    rows, total = [], {k: Timed(0.0, 0.0) for k in kinds}
    for p in pdfs:
        check_file(p)  # warm-up
        got = {
            "pdfplumber": timed(lambda: plumber(p), repeat)[0],
            "pdfium": timed(lambda: pdfium_text(p), repeat)[0],
            "read": with_engine("pdfium", lambda: timed(lambda: read_document(p), repeat)[0]),
            "pipeline": with_engine("pdfium", lambda: timed(lambda: pipeline(p), repeat)[0]),
            "read_pdfplumber": with_engine("pdfplumber", lambda: timed(lambda: read_document(p), repeat)[0]),
            "pipeline_pdfplumber": with_engine("pdfplumber", lambda: timed(lambda: check_file(p), repeat)[0]),
        }
        for k, t in got.items():
            total[k] = Timed(total[k].cpu + t.cpu, total[k].wall + t.wall)
        rows.append(_pdf_row(f"{p.parent.name}/{p.name}", pdf_pages(p), got))
    summary = _pdf_row("all", sum(x["pages"] for x in rows), total) if rows else {}
    whole = sum(stages.values())
    return {"files": rows, "all": summary,
            "stages_s": {k: r(v) for k, v in stages.items()},  # pdfium engine, wall, per run
            "share": {k: r(v / whole, 3) for k, v in stages.items()} if whole else {}}


def _pdf_row(name: str, pages: int, got: dict[str, Timed]) -> dict:
    row = {"file": name, "pages": pages}
    for k, t in got.items():
        row[f"{k}_cpu_s"], row[f"{k}_wall_s"] = r(t.cpu), r(t.wall)
        row[f"{k}_pages_per_s_cpu"] = r(pages / t.cpu, 1) if t.cpu else None
    for ours in ("read", "pipeline", "read_pdfplumber", "pipeline_pdfplumber"):
        for base in ("pdfplumber", "pdfium"):
            for clock in ("cpu", "wall"):
                b = getattr(got[base], clock)
                row[f"{ours}_over_{base}_{clock}"] = r(getattr(got[ours], clock) / b, 2) if b else None
    for clock in ("cpu", "wall"):  # how many times faster than pdfplumber's text alone
        ours = getattr(got["pipeline"], clock)
        row[f"speedup_over_pdfplumber_{clock}"] = r(getattr(got["pdfplumber"], clock) / ours, 2) if ours else None
    return row


def _jixiao() -> list[str]:
    exe = Path(sys.executable).parent / "jixiao"
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "extractor"]


def _run(cmd: list[str], runs: int) -> tuple[list[float], list[float], int]:
    """Wall and CPU seconds of each run of a command (CPU: the process and its waited-for children),
    and the last run's exit status."""
    walls, cpus, status = [], [], 0
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t = time.perf_counter()
        status = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode
        walls.append(time.perf_counter() - t)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return walls, cpus, status


def bench_cold(txt: Path, runs: int, baselines: bool = True) -> dict:
    """A new process per run, as an auditor's shell starts one: medians of `runs`. The baselines: a
    bare interpreter, importing the command, and loading jieba (what using it would add)."""
    med = statistics.median
    check_wall, check_cpu, _ = _run(_jixiao() + ["check", str(txt), "--format", "json"], runs)
    out = {"file": txt.name, "bytes": txt.stat().st_size, "runs": runs, "check_s": r(med(check_wall)),
           "check_cpu_s": r(med(check_cpu)), "check_all_s": [r(x) for x in check_wall]}
    if baselines:
        python_wall, _, _ = _run([sys.executable, "-c", "pass"], runs)
        import_wall, _, _ = _run([sys.executable, "-c", "import extractor.cli"], runs)
        jieba = "import jieba, jieba.posseg; jieba.setLogLevel(60); jieba.initialize()"
        jieba_wall, jieba_cpu, _ = _run([sys.executable, "-c", jieba], runs)
        out |= {"python_s": r(med(python_wall)), "import_cli_s": r(med(import_wall)),
                "jieba_load_s": r(med(jieba_wall)), "jieba_load_cpu_s": r(med(jieba_cpu))}
    return out


def bench_warm(inputs: list[Input], runs: int) -> dict:
    from extractor.pipeline import check_file

    out = []
    for i in inputs:
        if i.fmt not in ("txt", "docx", "html"):
            continue
        check_file(i.path)
        t, _ = timed(lambda: check_file(i.path), runs)
        out.append({"file": label(i), "format": i.fmt, "runs": runs, "cpu_ms": r(t.cpu * 1000, 1),
                    "wall_ms": r(t.wall * 1000, 1)})
    return {"files": out}


# The child reads its own peak RSS from /proc (VmHWM, Linux): ru_maxrss would not do here, as Linux
# carries the launching process's peak over into a child across fork and exec, so every child
# would report at least this benchmark's own size. Elsewhere ru_maxrss is the fallback.
_MEMORY_CHILD = """
import json, resource, sys
from extractor.pipeline import check_file
for p in sys.argv[1:]:
    check_file(p)
peak = None
try:
    with open("/proc/self/status") as f:
        peak = next((int(line.split()[1]) for line in f if line.startswith("VmHWM:")), None)
except OSError:
    pass
kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
helper = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(json.dumps({"peak_kb": peak or kb, "source": "VmHWM" if peak else "ru_maxrss", "children_kb": helper}))
"""


def _child_peak(paths: list[Path]) -> dict:
    out = subprocess.run([sys.executable, "-c", _MEMORY_CHILD, *map(str, paths)], capture_output=True, text=True,
                         check=True)
    got = json.loads(out.stdout.strip().splitlines()[-1])
    return {"peak_mb": r(got["peak_kb"] / 1024, 1), "source": got["source"],
            "helper_peak_mb": r(got["children_kb"] / 1024, 1)}


def bench_memory(inputs: list[Input]) -> dict:
    """Peak resident memory of a fresh child per file, and of one child checking all of them in turn
    (a batch worker's life). A helper process (soffice for .doc) is reported apart, as the largest
    ru_maxrss of the child's children (an upper bound: it includes what it inherited)."""
    idle = _child_peak([])
    files = [{"file": label(i), "format": i.fmt, **_child_peak([i.path])} for i in inputs]
    worker = _child_peak([i.path for i in inputs])
    return {"method": f"peak RSS of a child process ({idle['source']}; not tracemalloc)",
            "idle_worker_mb": idle["peak_mb"], "files": files, "one_worker_all_files": worker}


def _repeat_pdf(src: Path, times: int, out: Path) -> None:
    import pypdfium2 as pdfium

    source = pdfium.PdfDocument(str(src))
    dest = pdfium.PdfDocument.new()
    try:
        for _ in range(times):
            dest.import_pages(source)
        dest.save(str(out))
    finally:
        dest.close()
        source.close()


def bench_growth(txt: Path | None, pdf: Path | None, sizes: list[int], repeat: int, work: Path) -> dict:
    """One report repeated n times in one document; time per run and the fitted exponents."""
    from extractor.pipeline import check_file

    out = {}
    sources = []
    if txt is not None:
        text = txt.read_text(encoding="utf-8")
        sources.append(("txt", lambda n, p: p.write_text("\n".join([text] * n), encoding="utf-8")))
    if pdf is not None:
        sources.append(("pdf", lambda n, p: _repeat_pdf(pdf, n, p)))
    for fmt, make in sources:
        points = []
        for n in sizes:
            path = work / f"growth-{n}x.{fmt}"
            make(n, path)
            if n == sizes[0]:
                check_file(path)  # warm-up, once per format
            stages: list[dict] = []

            def one():
                res = check_file(path)
                stages.append(res.timings)
                return res

            t, res = timed(one, repeat)
            points.append({"times": n, "figures": len(res.figures), "findings": len(res.findings),
                           "cpu_s": r(t.cpu), "wall_s": r(t.wall),
                           "stages_s": {k: r(statistics.median(s.get(k, 0.0) for s in stages), 4)
                                        for k in ("read", "figures", "relations", "checks")}})
            path.unlink()
        xs = [p["times"] for p in points]
        out[fmt] = {
            "source": (txt if fmt == "txt" else pdf).name, "points": points,
            "exponent_cpu": r(fit_exponent(xs, [p["cpu_s"] for p in points]), 3),
            "exponent_wall": r(fit_exponent(xs, [p["wall_s"] for p in points]), 3),
            "exponent_by_stage_wall": {k: r(fit_exponent(xs, [p["stages_s"][k] for p in points]), 3)
                                       for k in ("read", "figures", "relations", "checks")},
        }
    return out


def bench_ocr(pdf: Path, pages: int, work: Path) -> dict:
    """OCR seconds per page of a scan made from `pdf`'s first pages, one and two pages at a time.
    One run each: a page takes seconds, far above the noise the median guards against."""
    import pypdfium2 as pdfium

    from extractor.readers import ocr, read_document

    if not ocr.available():
        return {"error": "the OCR engine is not installed: pip install 'jixiao[ocr]'"}
    doc = pdfium.PdfDocument(str(pdf))
    try:
        n = min(pages, len(doc))
        images = [doc[i].render(scale=ocr.DPI / 72, grayscale=True).to_pil() for i in range(n)]
    finally:
        doc.close()
    scan = work / "scan.pdf"
    images[0].save(scan, save_all=True, append_images=images[1:], resolution=ocr.DPI)
    out: dict = {"file": label_path(pdf), "pages": n, "dpi": ocr.DPI}
    saved = os.environ.get(ocr.JOBS_VARIABLE)
    try:
        for jobs in (1, 2):
            os.environ[ocr.JOBS_VARIABLE] = str(jobs)
            t, got = timed(lambda: read_document(scan), 1)
            out[f"jobs_{jobs}"] = {"wall_s": r(t.wall), "cpu_s": r(t.cpu), "s_per_page_wall": r(t.wall / n),
                                   "s_per_page_cpu": r(t.cpu / n), "chars": len(got.text)}
    finally:
        if saved is None:
            os.environ.pop(ocr.JOBS_VARIABLE, None)
        else:
            os.environ[ocr.JOBS_VARIABLE] = saved
    out["speedup"] = r(out["jobs_1"]["wall_s"] / out["jobs_2"]["wall_s"], 2) if out["jobs_2"]["wall_s"] else None
    return out


def label_path(path: Path) -> str:
    return f"{path.parent.name}/{path.name}"


def wait_for_quiet(limit: float | None, patience: float) -> None:
    """Wait up to `patience` seconds for the 1-minute load average to fall to `limit` (other people's
    work on a shared machine takes the cores a parallel run needs)."""
    deadline = time.monotonic() + patience
    while limit is not None and os.getloadavg()[0] > limit and time.monotonic() < deadline:
        time.sleep(5)


def bench_batch(inputs: list[Input], n_files: int, work: Path, rounds: int = 1, quiet_load: float | None = None,
                patience: float = 0.0) -> dict:
    """n copies of the corpus files in a folder, checked by `jixiao check DIR --output OUT` with
    --jobs 1 and --jobs 2 in turn, `rounds` times; for each, the round with the least wall time
    (the least disturbed by other work), with its CPU time (the command and its workers)."""
    folder = work / "batch"
    folder.mkdir()
    sources = [i.path for i in inputs]
    for k in range(n_files):
        src = sources[k % len(sources)]
        shutil.copyfile(src, folder / f"{k:03d}-{src.parent.name}{src.suffix}")
    runs: dict[int, list[dict]] = {1: [], 2: []}
    for _ in range(rounds):
        for jobs in (1, 2):
            out = work / f"out-{jobs}"
            wait_for_quiet(quiet_load, patience)
            before = load()
            walls, cpus, status = _run(_jixiao() + ["check", str(folder), "--jobs", str(jobs), "--output", str(out)], 1)
            runs[jobs].append({"wall_s": r(walls[0], 2), "cpu_s": r(cpus[0], 2), "exit": status,
                               "cores_used": r(cpus[0] / walls[0], 2),  # CPU over wall: the cores the run got
                               "load_before": before, "load_after": load()})
            shutil.rmtree(out, ignore_errors=True)
    shutil.rmtree(folder, ignore_errors=True)
    best = {jobs: min(rs, key=lambda x: x["wall_s"]) for jobs, rs in runs.items()}
    speedup = best[1]["wall_s"] / best[2]["wall_s"] if best[2]["wall_s"] else None
    return {"files": n_files, "output": "html (the default with --output)", "rounds": rounds,
            "jobs_1": best[1], "jobs_2": best[2], "all_runs": {f"jobs_{j}": rs for j, rs in runs.items()},
            "speedup": r(speedup, 2), "cores": os.cpu_count()}


# --------------------------------------------------------------------------- report


def targets(res: dict) -> list[dict]:
    got: dict[str, float | None] = {}
    if res.get("pdf", {}).get("all"):
        got["pdf_speedup"] = res["pdf"]["all"]["speedup_over_pdfplumber_cpu"]
        got["pdf_over_floor"] = res["pdf"]["all"]["pipeline_over_pdfium_cpu"]
        got["figures_share"] = res["pdf"]["share"].get("figures")
    warm = [f["wall_ms"] for f in res.get("warm", {}).get("files", []) if f["format"] in ("txt", "docx")]
    if warm:
        got["warm_ms"] = max(warm)
    if "cold" in res:
        got["cold_s"] = res["cold"]["check_s"]
    cold = [res[k]["check_s"] for k in ("cold", "cold_full_report") if k in res]
    if cold:
        got["cold_full_s"] = max(cold)  # the largest txt (the only one when there is one)
    if "memory" in res:
        got["peak_mb"] = max([f["peak_mb"] for f in res["memory"]["files"]] + [res["memory"]["one_worker_all_files"]["peak_mb"]])
    if res.get("growth", {}).get("txt"):
        got["growth_exponent"] = res["growth"]["txt"]["exponent_cpu"]
    if res.get("growth", {}).get("pdf"):
        got["pdf_growth_exponent"] = res["growth"]["pdf"]["exponent_cpu"]
    if "batch" in res:
        got["jobs_speedup"] = res["batch"]["speedup"]
    out = []
    for key, text, limit, lower in TARGETS:
        v = got.get(key)
        ok = None if v is None else (v <= limit if lower else v >= limit)
        out.append({"target": key, "what": text, "limit": limit, "measured": v, "met": ok})
    return out


def _table(rows: list[list], head: list[str]) -> str:
    cells = [head] + [["" if c is None else str(c) for c in row] for row in rows]
    widths = [max(_width(r[i]) for r in cells) for i in range(len(head))]
    lines = []
    for n, row in enumerate(cells):
        lines.append("  ".join(c + " " * (w - _width(c)) for c, w in zip(row, widths)).rstrip())
        if n == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)


def _width(s: str) -> int:
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in s)


def print_report(res: dict) -> None:
    m = res["machine"]
    print(f"jixiao benchmarks — {m['date']}  python {m['python']}  cores {m['cores']}  "
          f"load {m['load_before']} → {m['load_after']}  repeat {m['repeat']}{'  (quick)' if m['quick'] else ''}")
    if "formats" in res:
        print("\n## Formats (whole check pipeline, median of repeats)")
        print(_table([[f, v["files"], v["pages"], v["docs_per_s_cpu"], v["docs_per_s_wall"], v["pages_per_s_cpu"],
                       v["pages_per_s_wall"], v["kchars_per_s_wall"], " ".join(f"{k} {x:.0%}" for k, x in v["share"].items()),
                       v["html_page_s"]]
                      for f, v in res["formats"]["by_format"].items()],
                     ["format", "files", "pages", "docs/s cpu", "docs/s wall", "pages/s cpu", "pages/s wall",
                      "kchars/s", "stage shares (wall)", "html page s"]))
        print(_table([[f["file"], f["format"], f.get("pages"), f.get("figures"), f.get("cpu_s"), f.get("wall_s"),
                       " ".join(f"{k} {v}" for k, v in f.get("stages_s", {}).items()) or f.get("error")]
                      for f in res["formats"]["files"]], ["file", "fmt", "pages", "figures", "cpu s", "wall s", "stages s"]))
    if res.get("pdf", {}).get("files"):
        print("\n## PDF against pdfplumber extract_text (baseline) and pypdfium2 text (floor), CPU seconds")
        rows = res["pdf"]["files"] + [res["pdf"]["all"]]
        print(_table([[x["file"], x["pages"], x["pdfplumber_cpu_s"], x["pdfium_cpu_s"], x["read_cpu_s"], x["pipeline_cpu_s"],
                       x["read_pdfplumber_cpu_s"], x["pipeline_pdfplumber_cpu_s"], x["speedup_over_pdfplumber_cpu"],
                       x["pipeline_over_pdfium_cpu"], x["pipeline_pdfplumber_over_pdfplumber_cpu"]] for x in rows],
                     ["file", "pages", "plumber text", "pdfium text", "read", "check", "read (plumber)",
                      "check (plumber)", "plumber text ÷ check", "check ÷ pdfium text", "check (plumber) ÷ plumber text"]))
        a = res["pdf"]["all"]
        print(_table([[name, a[f"{k}_pages_per_s_cpu"]] for name, k in (
            ("pdfplumber extract_text", "pdfplumber"), ("pypdfium2 raw text", "pdfium"), ("read, pdfium engine", "read"),
            ("check, pdfium engine", "pipeline"), ("read, pdfplumber engine", "read_pdfplumber"),
            ("check, pdfplumber engine", "pipeline_pdfplumber"))], ["pages per CPU second", ""]))
        print("stage shares of the check (pdfium engine, wall): "
              + " ".join(f"{k} {v:.0%}" for k, v in res["pdf"]["share"].items()))
    for c in (res[k] for k in ("cold", "cold_full_report") if k in res):
        line = (f"\n## Cold start (new process, median of {c['runs']}): jixiao check {c['file']} ({c['bytes']} bytes) "
                f"{c['check_s']} s wall, {c['check_cpu_s']} s CPU")
        if "python_s" in c:
            line += (f"; python alone {c['python_s']} s; import extractor.cli {c['import_cli_s']} s; "
                     f"loading jieba + posseg {c['jieba_load_s']} s wall, {c['jieba_load_cpu_s']} s CPU")
        print(line)
    if res.get("warm", {}).get("files"):
        print("\n## Warm, in process after one warm-up")
        print(_table([[f["file"], f["format"], f["cpu_ms"], f["wall_ms"]] for f in res["warm"]["files"]],
                     ["file", "fmt", "cpu ms", "wall ms"]))
    if "memory" in res:
        mem = res["memory"]
        print(f"\n## Peak memory ({mem['method']}); idle worker {mem['idle_worker_mb']} MB")
        w = mem["one_worker_all_files"]
        print(_table([[f["file"], f["format"], f["peak_mb"], f["helper_peak_mb"]] for f in mem["files"]]
                     + [["one worker, every file", "", w["peak_mb"], w["helper_peak_mb"]]],
                     ["file", "fmt", "peak MB", "helper MB"]))
    for fmt, g in res.get("growth", {}).items():
        print(f"\n## Growth: {g['source']} repeated in one {fmt} (exponent cpu {g['exponent_cpu']}, wall {g['exponent_wall']}; "
              f"by stage {g['exponent_by_stage_wall']})")
        print(_table([[f"{p['times']}x", p["figures"], p["cpu_s"], p["wall_s"], " ".join(f"{k} {v}" for k, v in p["stages_s"].items())]
                      for p in g["points"]], ["size", "figures", "cpu s", "wall s", "stages s"]))
    if "batch" in res:
        b = res["batch"]
        print(f"\n## Batch of {b['files']} files, {b['output']}; best of {b['rounds']} rounds; "
              f"speed-up {b['speedup']}x on {b['cores']} cores")
        print(_table([[f"--jobs {n}", b[f"jobs_{n}"]["wall_s"], b[f"jobs_{n}"]["cpu_s"], b[f"jobs_{n}"]["cores_used"],
                       b[f"jobs_{n}"]["load_before"], b[f"jobs_{n}"]["exit"]] for n in (1, 2)],
                     ["run", "wall s", "CPU s", "cores used", "load before", "exit"]))
    if "ocr" in res:
        o = res["ocr"]
        if "error" in o:
            print(f"\n## OCR: {o['error']}")
        else:
            print(f"\n## OCR of a scan: {o['file']}, first {o['pages']} pages rendered at {o['dpi']} dpi; "
                  f"speed-up of two pages at a time {o['speedup']}x")
            print(_table([[f"{n} page(s) at a time", o[f"jobs_{n}"]["s_per_page_wall"], o[f"jobs_{n}"]["s_per_page_cpu"],
                           o[f"jobs_{n}"]["wall_s"], o[f"jobs_{n}"]["chars"]] for n in (1, 2)],
                         ["run", "s/page wall", "s/page CPU", "wall s", "characters"]))
    print("\n## Targets (issues 7 and 14)")
    print(_table([[t["what"], t["limit"], t["measured"], {True: "met", False: "NOT met", None: "-"}[t["met"]]]
                  for t in res["targets"]], ["target", "limit", "measured", ""]))


# --------------------------------------------------------------------------- main


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="small sizes and one run each: checks that it all works")
    ap.add_argument("--json", type=Path, help="also write the results to this JSON file")
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="folder of reports (default ../shared/corpus)")
    ap.add_argument("--wild", type=Path, default=DEFAULT_WILD,
                    help="more PDFs for the pdf section (default ../shared/corpus-wild; a missing folder is skipped)")
    ap.add_argument("--no-samples", action="store_true", help="leave out the reports of samples/")
    ap.add_argument("--repeat", type=int, help="runs per measurement, the median is kept (default 3; 1 with --quick)")
    ap.add_argument("--only", default="", help="comma-separated sections: " + ",".join(SECTIONS))
    ap.add_argument("--quiet-load", type=float, help="before each batch run, wait for the 1-minute load average to "
                                                     "fall to this (see --patience)")
    ap.add_argument("--patience", type=float, default=900, help="seconds to wait for --quiet-load (default 900)")
    a = ap.parse_args(argv)
    repeat = a.repeat or (1 if a.quick else 3)
    only = [s.strip() for s in a.only.split(",") if s.strip()] or list(SECTIONS)
    unknown = set(only) - set(SECTIONS)
    if unknown:
        ap.error(f"unknown sections: {', '.join(sorted(unknown))}")
    folders = [f for f in (a.corpus, None if a.no_samples else SAMPLES) if f is not None and f.is_dir()]
    if not any(corpus_files(f) for f in folders):
        ap.error(f"no report files in {a.corpus}")
    from importlib.metadata import version

    res: dict = {"machine": {
        "date": time.strftime("%Y-%m-%d %H:%M"), "python": platform.python_version(), "cores": os.cpu_count(),
        "platform": platform.platform(), "load_before": load(), "repeat": repeat, "quick": a.quick,
        "versions": {p: version(p) for p in ("jixiao", "pdfplumber", "pypdfium2", "jieba")},
    }}
    with tempfile.TemporaryDirectory(prefix="jixiao-bench-") as tmp:
        work = Path(tmp)
        inputs = build_inputs(folders, work)
        if a.quick:  # one file per format is enough to see every section run
            inputs = list({i.fmt: i for i in reversed(inputs)}.values())[::-1]
        inputs.sort(key=lambda i: (FORMAT_ORDER.index(i.fmt), str(i.path)))
        pdfs = [i.path for i in inputs if i.fmt == "pdf"]
        txts = sorted((i.path for i in inputs if i.fmt == "txt"), key=lambda p: p.stat().st_size)
        if "formats" in only:
            res["formats"] = bench_formats(inputs, repeat)
        wild = sorted(a.wild.rglob("*.pdf")) if a.wild and a.wild.is_dir() and not a.quick else []
        if "pdf" in only and pdfs + wild:
            res["pdf"] = bench_pdf(pdfs + wild, repeat)
        if "cold" in only and txts:
            res["cold"] = bench_cold(txts[0], 1 if a.quick else 5)
            if len(txts) > 1:  # a whole report too, as an auditor's usual file
                res["cold_full_report"] = bench_cold(txts[-1], 1 if a.quick else 5, baselines=False)
        if "warm" in only:
            res["warm"] = bench_warm(inputs, 2 if a.quick else 5)
        if "memory" in only:
            res["memory"] = bench_memory(inputs)
        if "growth" in only:
            small_pdf = min(pdfs, key=pdf_pages) if pdfs else None
            res["growth"] = bench_growth(txts[-1] if txts else None, small_pdf, [1, 2, 4] if a.quick else [1, 10, 50],
                                         repeat, work)
        if "ocr" in only and pdfs:
            res["ocr"] = bench_ocr(min(pdfs, key=pdf_pages), 1 if a.quick else OCR_PAGES, work)
        if "batch" in only:
            res["batch"] = bench_batch(inputs, 6 if a.quick else 100, work, 1 if a.quick else 2, a.quiet_load, a.patience)
    res["machine"]["load_after"] = load()
    res["targets"] = targets(res)
    print_report(res)
    if a.json:
        a.json.write_text(json.dumps(res, ensure_ascii=False, indent=1), encoding="utf-8")
    return res


if __name__ == "__main__":
    main()
