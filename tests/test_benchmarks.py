"""benchmarks/run.py runs end to end in --quick mode on a tiny corpus and reports every section.
Nothing here asserts a speed: the benchmark measures, it is not a timed test."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys

import pytest
from conftest import ROOT

from extractor.pipeline import CheckOptions, check_file

REPORT = """某镇人民政府2023年度部门整体支出绩效自评报告
一、部门基本情况
本单位在职人员91人，其中行政人员27人，事业人员64人。
二、部门整体支出情况
2023年年初预算批复的基本支出为856.20万元，年中追加45.30万元。全年支出合计500.00万元，其中：基本支出320.00万元，项目支出180.00万元。
三、绩效情况
全年开展专题培训4次，建设3个示范基地，群众满意度达95%。自评得分92分，等级为优。
"""


def _load_run_module():
    spec = importlib.util.spec_from_file_location("bench_run", ROOT / "benchmarks" / "run.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up while it loads
    spec.loader.exec_module(module)
    return module


def _tiny_pdf(path, lines):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    c = canvas.Canvas(str(path))
    c.setFont("STSong-Light", 11)
    for n, line in enumerate(lines):
        c.drawString(60, 780 - 18 * n, line)
    c.save()


def test_check_file_times_each_stage(tmp_path):
    f = tmp_path / "r.txt"
    f.write_text(REPORT, encoding="utf-8")
    assert set(check_file(f).timings) == {"read", "figures", "relations", "checks"}
    assert set(check_file(f, CheckOptions(run_checks=False)).timings) == {"read", "figures"}


def test_fitted_exponent():
    run = _load_run_module()
    assert run.fit_exponent([1, 10, 50], [2.0, 20.0, 100.0]) == pytest.approx(1.0)
    assert run.fit_exponent([1, 10, 50], [1.0, 100.0, 2500.0]) == pytest.approx(2.0)
    assert run.fit_exponent([1], [1.0]) is None


@pytest.mark.slow
def test_quick_run_reports_every_section(tmp_path):
    folder = tmp_path / "corpus" / "tiny"
    folder.mkdir(parents=True)
    (folder / "report.txt").write_text(REPORT, encoding="utf-8")
    _tiny_pdf(folder / "report.pdf", [line for line in REPORT.splitlines() if line])
    out = tmp_path / "bench.json"
    proc = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "run.py"), "--quick", "--corpus", str(folder.parent), "--no-samples", "--json", str(out)],
        capture_output=True, text=True, cwd=tmp_path,
    )
    assert proc.returncode == 0, proc.stderr
    res = json.loads(out.read_text(encoding="utf-8"))

    # html and xlsx inputs are built when the corpus has none
    assert set(res["formats"]["by_format"]) == {"txt", "pdf", "html", "xlsx"}
    assert all("error" not in f and f["figures"] > 0 for f in res["formats"]["files"])
    assert res["formats"]["by_format"]["pdf"]["pages"] == 1
    shares = res["formats"]["by_format"]["txt"]["share"]
    assert set(shares) == {"read", "figures", "relations", "checks", "json"} and sum(shares.values()) == pytest.approx(1, abs=0.01)

    pdf = res["pdf"]["all"]
    assert pdf["pages"] == 1 and pdf["pipeline_over_pdfplumber_cpu"] is not None and pdf["pipeline_over_pdfium_cpu"] is not None

    # the repeated document really holds n copies: n times the figures
    for fmt in ("txt", "pdf"):
        points = res["growth"][fmt]["points"]
        assert [p["times"] for p in points] == [1, 2, 4]
        assert [p["figures"] for p in points] == [points[0]["figures"] * n for n in (1, 2, 4)]
        assert res["growth"][fmt]["exponent_cpu"] is not None

    assert res["memory"]["one_worker_all_files"]["peak_mb"] > 0
    assert res["batch"]["files"] == 6 and res["batch"]["jobs_1"]["exit"] in (0, 1) and res["batch"]["jobs_2"]["exit"] in (0, 1)
    assert res["cold"]["check_s"] > 0 and res["warm"]["files"]
    ocr = res["ocr"]  # the tiny PDF printed as a scan and read by OCR (or why it could not be)
    assert "error" in ocr or (ocr["pages"] == 1 and ocr["jobs_1"]["s_per_page_wall"] > 0 and ocr["jobs_2"]["wall_s"] > 0)
    # every target is measured; whether it is met depends on the machine, not asserted here
    assert all(t["measured"] is not None for t in res["targets"])
    assert "Targets" in proc.stdout
