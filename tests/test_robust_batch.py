"""A folder mixing the broken corpus with good reports, checked as auditors check a folder:
`jixiao check DIR --jobs 2 --output OUT --format html`. Every good file gets its result, every
broken one a record, the summary names each broken file, the exit status is 2."""

from __future__ import annotations

from pathlib import Path

import pytest
from broken import corpus
from broken.run import jixiao
from bs4 import BeautifulSoup


@pytest.fixture(scope="module")
def batch(tmp_path_factory):
    root = tmp_path_factory.mktemp("mixed")
    src = root / "reports"
    cases = corpus.small_cases(src / "broken") + corpus.big_text(src / "broken") + corpus.huge_docx(src / "broken")
    good = src / "good"
    good.mkdir()
    (good / "good.txt").write_text(corpus.GOOD_TEXT, encoding="utf-8")
    (good / "bad-sum.txt").write_text(corpus.BAD_SUM_TEXT, encoding="utf-8")
    (good / "good.docx").write_bytes(corpus.docx_bytes(corpus.GOOD_TEXT.splitlines()))
    (good / "good.pdf").write_bytes(corpus.pdf_bytes([corpus.GOOD_TEXT.splitlines()]))
    cases += [corpus.Case(p.name, p, figures=corpus.GOOD_FIGURES, findings=()) for p in sorted(good.iterdir())
              if p.name != "bad-sum.txt"]
    cases.append(corpus.Case("bad-sum.txt", good / "bad-sum.txt", findings=("SUM001",)))
    for case in cases:
        if case.env.get("PATH"):  # with soffice on PATH the fake .doc reaches LibreOffice, which refuses it
            case.env = {}
    out = root / "out"
    run = jixiao("check", src, "--jobs", "2", "--output", out, "--format", "html", "--no-progress", wall=170)
    return cases, run, out


def index_rows(out: Path) -> dict[str, tuple[str | None, str]]:
    """file -> (page it links to, status text), from index.html."""
    soup = BeautifulSoup((out / "index.html").read_text(encoding="utf-8"), "html.parser")
    rows = {}
    for tr in soup.select("table.index tbody tr"):
        cells = tr.find_all("td")
        link = cells[0].find("a")
        rows[cells[0].get_text()] = (link["href"] if link else None, cells[-1].get_text())
    return rows


def test_exit_status_and_no_traceback(batch):
    _, run, _ = batch
    assert run.status == 2
    assert "Traceback" not in run.stderr and "Fatal Python error" not in run.stderr
    assert run.stderr.strip() == ""


def test_every_file_has_a_row_and_good_ones_their_figures(batch):
    cases, _, out = batch
    rows = index_rows(out)
    assert sorted(rows) == sorted(str(c.path) for c in cases)
    for case in cases:
        page, status = rows[str(case.path)]
        if case.refused:
            assert status.startswith("无法读取："), (case.name, status)
            assert any(w in status for w in case.reason) or "LibreOffice" in status, (case.name, status)
        else:
            assert status == "已检查", (case.name, status)
            text = BeautifulSoup((out / page).read_text(encoding="utf-8"), "html.parser").get_text()
            for raw in case.figures:
                assert raw in text, (case.name, raw)


def test_summary_names_each_broken_file_with_its_reason(batch):
    cases, run, _ = batch
    refused = [c for c in cases if c.refused]
    lines = run.stdout.splitlines()
    assert lines[0] == f"共 {len(cases)} 个文件：已检查 {len(cases) - len(refused)}，无法读取 {len(refused)}"
    listed = lines[lines.index("无法读取的文件：") + 1:]
    for case in refused:
        (line,) = [ln for ln in listed if ln.startswith(f"  {case.path}：")]
        assert any(w in line for w in case.reason) or "LibreOffice" in line, line


def test_the_summary_counts_the_files_with_errors(batch):
    """Broken files do not hide the findings of the others: each case that must report an
    error-severity finding (sums, a table total) is counted."""
    cases, run, _ = batch
    with_errors = [c for c in cases if c.findings]
    assert f"（{len(with_errors)} 个文件有错误）" in run.stdout.splitlines()[1]
