"""`jixiao ingest` and `jixiao db` end to end: reruns, versions, broken files, workers, a killed run.

The figures come from the stand-in extractor of dataset_builders (the real one is written elsewhere),
patched into the pipeline here and, for the subprocess tests, by a small launcher script.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from dataset_builders import (
    counts,
    fake_extract_figures,
    fake_figure_count,
    fake_report_meta,
)

import extractor.figures
import extractor.figures.report
from extractor.cli import cli

TESTS = Path(__file__).resolve().parent


@pytest.fixture
def fake_extractor(monkeypatch):
    monkeypatch.setattr(extractor.figures, "extract_figures", fake_extract_figures)
    monkeypatch.setattr(extractor.figures.report, "report_meta", fake_report_meta)


def write_reports(folder: Path, n: int) -> list[Path]:
    """n small distinct reports of n units."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        p = folder / f"r{i:03}.txt"
        p.write_text(f"单位：测试单位{i}\n2024年度部门决算\n本年收入{100 + i}.5万元，其中基本支出{i}万元，"
                     f"项目支出{100}.5万元。\n在职人员{i + 3}人。\n", encoding="utf-8")
        paths.append(p)
    return paths


def ingest(*args: str):
    return CliRunner().invoke(cli, ["ingest", "--no-progress", *args], catch_exceptions=False)


def test_ingesting_twice_adds_nothing(tmp_path, fake_extractor):
    write_reports(tmp_path / "in", 5)
    db = tmp_path / "x.db"
    first = ingest(str(tmp_path / "in"), "--db", str(db), "-j", "1")
    assert first.exit_code == 0, first.output
    assert "新增 5 份" in first.output
    before = counts(db)
    assert before["documents"] == 5 and before["figures"] == 5 * 4
    again = ingest(str(tmp_path / "in"), "--db", str(db), "-j", "1")
    assert again.exit_code == 0 and "新增 0 份" in again.output and "跳过 5 份" in again.output
    assert counts(db) == before


def test_a_changed_file_becomes_a_new_version(tmp_path, fake_extractor):
    [p] = write_reports(tmp_path / "in", 1)
    db = tmp_path / "x.db"
    ingest(str(p), "--db", str(db), "-j", "1")
    p.write_text(p.read_text(encoding="utf-8").replace("在职人员3人", "在职人员4人"), encoding="utf-8")
    ingest(str(p), "--db", str(db), "-j", "1")
    c = sqlite3.connect(db)
    assert c.execute("SELECT version, supersedes FROM documents ORDER BY id").fetchall() == [(1, None), (2, 1)]
    assert c.execute("""SELECT f.raw FROM figures f JOIN latest_documents d ON d.id = f.document_id
                        WHERE f.unit = '人'""").fetchall() == [("4人",)]


def test_unreadable_files_are_recorded_and_the_run_goes_on(tmp_path, fake_extractor):
    write_reports(tmp_path / "in", 3)
    (tmp_path / "in" / "empty.pdf").write_bytes(b"")
    (tmp_path / "in" / "broken.docx").write_bytes(b"PK\x03\x04 not really a zip")
    db = tmp_path / "x.db"
    out = ingest(str(tmp_path / "in"), "--db", str(db), "-j", "1")
    assert out.exit_code == 2
    assert "empty.pdf：文件为空" in out.output and "broken.docx" in out.output
    c = sqlite3.connect(db)
    rows = dict(c.execute("SELECT name, status FROM documents").fetchall())
    assert rows == {"r000.txt": "ok", "r001.txt": "ok", "r002.txt": "ok", "empty.pdf": "unreadable", "broken.docx": "unreadable"}
    assert c.execute("SELECT error FROM documents WHERE name = 'empty.pdf'").fetchone()[0] == "文件为空（0 字节）"
    # recorded once: a rerun skips them too
    assert ingest(str(tmp_path / "in"), "--db", str(db), "-j", "1").exit_code == 0
    assert counts(db)["documents"] == 5


def table_rows(db: Path) -> dict[str, list]:
    """Every stored row but ids and times, by file name: what --jobs must not change."""
    c = sqlite3.connect(db)
    return {
        "documents": sorted(c.execute("SELECT name, sha256, status, unit_key, year FROM documents").fetchall()),
        "figures": sorted(c.execute("""SELECT d.name, f.fig_id, f.raw, f.value, f.label, f.start FROM figures f
                                       JOIN documents d ON d.id = f.document_id""").fetchall()),
        "blocks": sorted(c.execute("""SELECT d.name, b.block, b.text FROM blocks b
                                      JOIN documents d ON d.id = b.document_id""").fetchall()),
    }


def test_workers_give_what_one_process_gives(tmp_path, fake_extractor):
    write_reports(tmp_path / "in", 8)
    ingest(str(tmp_path / "in"), "--db", str(tmp_path / "one.db"), "-j", "1")
    ingest(str(tmp_path / "in"), "--db", str(tmp_path / "two.db"), "-j", "2")
    assert table_rows(tmp_path / "one.db") == table_rows(tmp_path / "two.db")
    assert counts(tmp_path / "two.db")["documents"] == 8


def _dies_on_crash_files(doc):
    if "crash" in doc.path:
        os._exit(3)  # what a native library segfaulting on a damaged file looks like from outside
    return fake_extract_figures(doc)


def test_a_worker_that_dies_loses_only_its_own_file(tmp_path, monkeypatch, fake_extractor):
    monkeypatch.setattr(extractor.figures, "extract_figures", _dies_on_crash_files)
    write_reports(tmp_path / "in", 12)
    for name in ("crash1.txt", "r005-crash.txt"):
        (tmp_path / "in" / name).write_text(f"单位：坏文件{name}\n本年收入1万元。", encoding="utf-8")
    db = tmp_path / "x.db"
    out = ingest(str(tmp_path / "in"), "--db", str(db), "-j", "2")
    assert out.exit_code == 2
    assert "crash1.txt：处理该文件时进程异常退出" in out.output and "r005-crash.txt：处理该文件时" in out.output
    c = sqlite3.connect(db)
    by_status = dict(c.execute("SELECT status, count(*) FROM documents GROUP BY status").fetchall())
    assert by_status == {"ok": 12, "unreadable": 2}
    assert c.execute("SELECT count(*) FROM figures").fetchone()[0] == 12 * 4
    assert "新增 14 份（其中无法读取 2 份），已在库中跳过 0 份" in out.output


TWO_YEARS = {
    "2024.txt": "单位：东湖区和平街道办事处\n2024年度部门预算\n2024年，本部门财政拨款收入11,205.25万元，比2023年预算减少300.00万元。\n",
    "2025.txt": "单位：东湖区和平街道办事处（部门）\n2025年度部门预算\n"
                "2025年，本部门财政拨款收入12,480.50万元，比2024年预算增加1,230.25万元。\n",
}


def test_a_units_reports_are_linked_across_years_and_checked(tmp_path, fake_extractor):
    for name, text in TWO_YEARS.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    db = tmp_path / "x.db"
    out = ingest(str(tmp_path / "2024.txt"), str(tmp_path / "2025.txt"), "--db", str(db), "-j", "1")
    assert "跨年度核对：1 个单位，发现不一致 1 处" in out.output
    c = sqlite3.connect(db)
    [(rule, this, other, message)] = c.execute("""
        SELECT f.rule, d.name, o.name, f.message FROM findings f
        JOIN documents d ON d.id = f.document_id JOIN documents o ON o.id = f.other_document_id""").fetchall()
    assert (rule, this, other) == ("XYR002", "2025.txt", "2024.txt")
    assert "= 11250.25万元" in message and "所载 11,205.25万元" in message
    # the second run, over the folder that also holds the dataset, finds nothing new and writes nothing twice
    again = ingest(str(tmp_path), "--db", str(db), "-j", "1")
    assert "新增 0 份" in again.output and "跳过 2 份" in again.output
    assert c.execute("SELECT count(*) FROM findings WHERE source = 'cross_year'").fetchone()[0] == 1
    stats = CliRunner().invoke(cli, ["db", "stats", "--db", str(db)])
    assert stats.exit_code == 0
    assert "有多个年度报告的单位：1 个" in stats.output and "2024–2025（2 个年度）" in stats.output
    assert "警告\t1" in stats.output and "XYR002\t1" in stats.output


# --------------------------------------------------------------------------- a run killed part-way

LAUNCHER = """
import sys, time
sys.path.insert(0, {tests!r})
import dataset_builders, extractor.figures, extractor.figures.report

def slow(doc):
    time.sleep(0.04)  # long enough for the test to kill the run half-way
    return dataset_builders.fake_extract_figures(doc)

extractor.figures.extract_figures = slow
extractor.figures.report.report_meta = dataset_builders.fake_report_meta
from extractor.cli import main
sys.argv = ["jixiao", *sys.argv[1:]]
main()
"""


def launch(tmp_path: Path, *args: str) -> subprocess.Popen:
    script = tmp_path / "launch.py"
    script.write_text(LAUNCHER.format(tests=str(TESTS)), encoding="utf-8")
    return subprocess.Popen([sys.executable, str(script), *args], stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, start_new_session=True)


def stored_documents(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        c = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
        try:
            return c.execute("SELECT count(*) FROM documents").fetchone()[0]
        finally:
            c.close()
    except sqlite3.OperationalError:  # tables not made yet
        return 0


@pytest.mark.slow
def test_a_killed_run_loses_nothing_committed_and_the_next_run_finishes(tmp_path):
    files = write_reports(tmp_path / "in", 150)
    db = tmp_path / "x.db"
    proc = launch(tmp_path, "ingest", str(tmp_path / "in"), "--db", str(db), "--jobs", "2", "--no-progress")
    deadline = time.monotonic() + 60
    while stored_documents(db) < 5 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    assert proc.poll() is None, "the run ended before it could be killed"
    os.killpg(proc.pid, signal.SIGKILL)  # the writer and its workers, mid-batch
    proc.wait()

    c = sqlite3.connect(db)
    assert c.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    stored = c.execute("SELECT path, id FROM documents").fetchall()
    assert 5 <= len(stored) < len(files)
    for path, doc_id in stored:  # no half-written document: each has every figure and block of its file
        text = Path(path).read_text(encoding="utf-8")
        assert c.execute("SELECT count(*) FROM figures WHERE document_id = ?", (doc_id,)).fetchone()[0] == fake_figure_count(text)
        assert c.execute("SELECT count(*) FROM blocks WHERE document_id = ?", (doc_id,)).fetchone()[0] == 4
    c.close()

    rerun = launch(tmp_path, "ingest", str(tmp_path / "in"), "--db", str(db), "--jobs", "2", "--no-progress")
    assert rerun.wait(timeout=120) == 0
    c = sqlite3.connect(db)
    assert c.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert sorted(r[0] for r in c.execute("SELECT path FROM documents")) == sorted(str(p.resolve()) for p in files)
    assert c.execute("SELECT count(DISTINCT sha256) FROM documents").fetchone()[0] == len(files)
    assert c.execute("SELECT count(*) FROM figures").fetchone()[0] == 4 * len(files)
    assert c.execute("SELECT count(*) FROM documents WHERE cross_year_checked = 0").fetchone()[0] == 0
