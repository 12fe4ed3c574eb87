"""jixiao coverage: mining coincidences, covering them with relations, mutation (issue 13)."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import ROOT, corpus_file

from extractor.cli import cli
from extractor.coverage import cover_file
from extractor.coverage.mine import chance_hits, mine
from extractor.coverage.mutate import Mutant, plan, refigure, rewrite, run_mutant
from extractor.coverage.report import cover
from extractor.figures import extract_figures
from extractor.pipeline import CheckOptions, check_file

# Every figure checked by hand:
#   3128.46 = 1904.27 + 1224.19; 1904.27 / 3128.46 = 60.869% ; 1224.19 / 3128.46 = 39.131%
#   286.40 / 2315.20 = 12.370%; (14.36 − 12.83) / 12.83 = 11.925%; 52416 / 48 = 1092
#   table rows 14.36 = 15.00 − 0.64, 7.93 = 8.50 − 0.57, 22.29 = 23.50 − 1.21; columns 23.50 = 15.00 + 8.50,
#   −1.21 = −0.64 − 0.57; 382.31 = 135.78 + 246.53; 14.36 is written in the text and in the table
PLANTED = """青山县农业局2023年度部门整体支出绩效评价报告
一、部门收支情况
本单位2023年度支出合计3128.46万元，其中：基本支出1904.27万元，占60.87%；项目支出1224.19万元，占39.13%。
年中追加预算286.40万元，占年初预算2315.20万元的12.37%。
公务接待费支出14.36万元，比上年12.83万元增长11.93%。
全年举办业务培训，培训经费共计52416元，培训学员48人，人均1092元。
二、“三公”经费情况
单位：万元
项目 | 年初预算数 | 决算数 | 差额
公务接待费 | 15.00 | 14.36 | -0.64
公务用车运行维护费 | 8.50 | 7.93 | -0.57
合计 | 23.50 | 22.29 | -1.21
三、其他情况
办公楼维修支出为135.78万元，设备购置支出为246.53万元，维修和购置支出382.31万元。
"""

# Unrelated figures: no sum, difference, ratio, growth or average among them holds (checked by hand:
# the pairwise sums and differences of the amounts match none of them; no quotient is a percentage written).
RANDOM = """青山县林业局2023年度工作情况
一、工作情况
全年完成造林面积1234.7亩，抚育幼林873.2亩，森林覆盖率达到62.71%。
苗圃支出为417.93万元，林道养护支出为258.16万元，森林防火支出为96.47万元。
护林员共计173人，巡护里程2961公里，病虫害防治面积3308.5亩，防治率为87.36%。
宣传活动支出为31.82万元，科研支出为742.05万元，设备支出为119.64万元。
"""


def _result(tmp_path: Path, text: str, name: str = "r.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return check_file(path, CheckOptions(keep_document=True, keep_relations=True))


def _formulas(coincidences) -> dict[str, str]:
    return {c.formula: c.kind for c in coincidences}


def _by_raw(result, raw: str, table: bool | None = None):
    return next(f for f in result.figures if f.raw.rstrip("万元") == raw and (table is None or f.table == table))


# --------------------------------------------------------------------------- mining


def test_mining_finds_the_planted_coincidences(tmp_path):
    r = _result(tmp_path, PLANTED)
    found = _formulas(mine(r.document, r.figures))
    for formula, kind in {
        "3128.46万元 = 1904.27万元 + 1224.19万元": "sum",
        "60.87% = 1904.27万元 ÷ 3128.46万元": "ratio",
        "39.13% = 1224.19万元 ÷ 3128.46万元": "ratio",
        "12.37% = 286.40万元 ÷ 2315.20万元": "ratio",
        "11.93% ≈ 变动(12.83万元 → 14.36万元)": "growth",
        "1092元 = 52416元 ÷ 48人": "average",
        "14.36万元 = 15.00万元 − 0.64万元": "sum",
        "7.93万元 = 8.50万元 − 0.57万元": "sum",
        "23.50万元 = 15.00万元 + 8.50万元": "sum",
        "382.31万元 = 135.78万元 + 246.53万元": "sum",
        "14.36万元 = 14.36万元": "restated",
    }.items():
        assert found.get(formula) == kind, formula


def test_mining_records_place_and_shape(tmp_path):
    r = _result(tmp_path, PLANTED)
    c = next(c for c in mine(r.document, r.figures) if c.formula.startswith("382.31"))
    assert c.where == "sentence" and c.line == 14
    assert c.shape == "sum · 办公楼维修支出为#万元，设备购置支出为#万元，维修和购置支出#万元。"
    row = next(c for c in mine(r.document, r.figures) if c.formula.startswith("7.93"))
    assert row.where == "row" and "公务用车运行维护费" in row.excerpt


def test_unrelated_figures_give_no_coincidence(tmp_path):
    r = _result(tmp_path, RANDOM)
    assert len([f for f in r.figures if f.kind in ("money", "percent", "count")]) >= 12
    assert mine(r.document, r.figures) == []


def test_round_values_and_small_counts_are_not_results(tmp_path):
    # 16 = 10 + 6 and 5 = 2 + 3 hold, but round values add up by chance too often to count
    r = _result(tmp_path, "经费16万元，其中接待10万元、车辆6万元。人员5人，其中行政2人、事业3人。\n")
    assert mine(r.document, r.figures) == []


def test_a_small_growth_to_two_decimals_counts(tmp_path):
    # (350.35 − 348.52) / 348.52 = 0.525% → 0.53%: two digits, but only a pair 0.5% apart fits it
    r = _result(tmp_path, "住房公积金本年预算350.35万元，比上年执行数348.52万元增加0.53%。\n")
    assert _formulas(mine(r.document, r.figures)) == {"0.53% ≈ 变动(348.52万元 → 350.35万元)": "growth"}
    # 9.5% is written to one decimal: a quotient lands in [9.45, 9.55) too easily to count
    r = _result(tmp_path, "本年预算109.50万元，比上年执行数100.00万元增加9.5%。\n")
    assert mine(r.document, r.figures) == []


def test_a_part_too_small_to_move_the_total_is_not_a_coincidence(tmp_path):
    # 1980.3万元 stands for [1980.25, 1980.35)万元: adding 179.93元 changes nothing, so it proves nothing
    r = _result(tmp_path, "支出1980.3万元，收入1914.36万元，差额65.94万元，另有利息179.93元。\n")
    formulas = _formulas(mine(r.document, r.figures))
    assert "1980.3万元 = 1914.36万元 + 65.94万元" in formulas
    assert not any("179.93元" in f for f in formulas)


def test_the_same_values_in_two_sentences_of_a_paragraph_are_one_coincidence(tmp_path):
    # 收入 and 支出 each 2433.85 with the same change 1244.17 and rate 104.6% (1244.17 ÷ 1189.68 = 104.58%):
    # the rate of one sentence over the figures of the other is the same arithmetic, not a new coincidence
    text = ("收入总计2433.85万元，较上年决算数增加1244.17万元，增长104.6%。"
            "支出总计2433.85万元，较上年决算数增加1244.17万元，增长104.6%。\n")
    r = _result(tmp_path, text)
    growth = [c for c in mine(r.document, r.figures) if c.kind == "growth"]
    assert len(growth) == 1 and growth[0].where == "sentence"
    assert len(growth[0].variants) == 7  # each of its three figures from either sentence: 2 × 2 × 2 ways, less itself


def test_chance_estimate_is_small_for_a_real_report(tmp_path):
    r = _result(tmp_path, PLANTED)
    assert chance_hits(r.document, r.figures, rounds=5) <= 1


# --------------------------------------------------------------------------- coverage


def test_coverage_counts_what_jixiao_knows(tmp_path):
    r = _result(tmp_path, PLANTED)
    coincidences = mine(r.document, r.figures)
    rules = {coincidences[k].formula: rule for k, rule in cover(coincidences, r).items()}
    assert rules["3128.46万元 = 1904.27万元 + 1224.19万元"] == "SUM001"
    assert rules["60.87% = 1904.27万元 ÷ 3128.46万元"] == "PCT001"
    assert rules["23.50万元 = 15.00万元 + 8.50万元"] == "TBL001"
    # a total that names its parts (维修和购置支出) and no total word is not (yet) a relation jixiao reads
    assert "382.31万元 = 135.78万元 + 246.53万元" not in rules


def test_a_rate_checked_through_another_base_is_implied(tmp_path):
    # 0.57 / (15.43 + 0.57) = 3.5625%: the report's own arithmetic, which jixiao checks as 0.57 / 16.00
    # (PCT002) with 16.00 − 15.43 = 0.57 (DIF001). A slip in any of the three breaks one of those.
    r = _result(tmp_path, "公务接待费年初预算为16.00万元。全年决算支出公务接待费15.43万元，较年初预算节约0.57万元，节约比为3.56%。\n")
    (c,) = mine(r.document, r.figures)
    assert c.formula == "3.56% ≈ 0.57万元 ÷ (15.43万元 + 0.57万元)"
    assert cover([c], r) == {0: "implied"}
    # without the difference, 15.43 is in no checked relation: a slip in it would pass
    r = _result(tmp_path, "公务接待费年初预算为16.00万元。全年决算支出公务接待费15.43万元，节约比为3.56%，较上年节约0.57万元。\n")
    found = [c for c in mine(r.document, r.figures) if c.formula == "3.56% ≈ 0.57万元 ÷ (15.43万元 + 0.57万元)"]
    assert found and cover(found, r) == {}


def test_restatements_are_mined_once_per_amount_of_the_text(tmp_path):
    text = ("一、收支情况\n本年支出合计382.31万元，主要用于办公楼维修。\n二、表格\n单位：万元\n"
            "项目 | 预算数 | 决算数\n办公楼维修 | 382.31 | 382.31\n设备购置 | 246.53 | 246.53\n")
    r = _result(tmp_path, text)
    restated = [c for c in mine(r.document, r.figures) if c.kind == "restated"]
    # the text's 382.31 against its two cells, one coincidence; the equal budget and actual cells of
    # a row are not restatements (equal by how the year went, not by what they state)
    assert [(c.values, len(c.variants)) for c in restated] == [(["382.31万元", "382.31万元"], 1)]
    cells = {f.id for f in r.figures if f.table}
    assert restated[0].figures[1] in cells and restated[0].variants[0][1] in cells


def test_cover_file_counts(tmp_path):
    path = tmp_path / "r.txt"
    path.write_text(PLANTED, encoding="utf-8")
    fc = cover_file(str(path), mutants=0)
    c = fc.counts()
    assert c["mined"] == len(fc.coincidences) >= 11
    assert 0 < c["recognised"] < c["mined"]
    assert c["coverage"] == round(100 * c["recognised"] / c["mined"], 1)
    assert c["mutants"] == 0 and c["detection"] is None


# --------------------------------------------------------------------------- mutation


def _mutant(r, rule: str, raw: str, new: str, operator: str = "digit") -> Mutant:
    k = next(i for i, rel in enumerate(r.relations) if rel.rule == rule)
    fig = _by_raw(r, raw, table=False)
    assert fig.id in r.relations[k].figures
    return Mutant(k, rule, operator, fig.id, fig.raw, new)


def test_rewrite_keeps_offsets_consistent(tmp_path):
    r = _result(tmp_path, PLANTED)
    doc = r.document
    for fig in (_by_raw(r, "1904.27"), _by_raw(r, "-0.64", table=True)):
        new = rewrite(doc, fig, "10904.275")
        assert new.text == doc.text[: fig.start] + "10904.275" + doc.text[fig.end:]
        for b in new.blocks:
            assert new.text[b.start:b.end] == b.text
            if b.rows:
                assert b.text == "\n".join("\t".join(row) for row in b.rows)
        assert doc.text != new.text  # the original is left as it was


def test_shortcut_gives_the_figures_of_a_full_rerun(tmp_path):
    r = _result(tmp_path, PLANTED)
    for m in plan(r)[::3]:
        fig = next(f for f in r.figures if f.id == m.figure)
        doc = rewrite(r.document, fig, m.new)
        fast = refigure(doc, r.figures, fig.block, len(m.new) - len(m.old))
        assert [f.model_dump() for f in fast] == [f.model_dump() for f in extract_figures(doc)]


def test_mutation_detects_a_planted_change(tmp_path):
    r = _result(tmp_path, PLANTED)
    m = run_mutant(r, _mutant(r, "SUM001", "1224.19", "1234.19万元"))
    assert m.status == "detected" and "SUM001" in m.findings
    m = run_mutant(r, _mutant(r, "SUM001", "3128.46", "3128.46元", "unit"))
    assert m.status == "detected" and "UNIT001" in m.findings
    # 其中 lists are often partial, but shares making 100% (60.87% + 39.13%) name every part: a smaller part is a slip
    m = run_mutant(r, _mutant(r, "SUM001", "1224.19", "1224.19元", "unit"))
    assert m.status == "detected" and "UNIT001" in m.findings


def test_a_change_inside_rounding_is_equivalent(tmp_path):
    r = _result(tmp_path, PLANTED)
    # 1904.26 / 3128.46 = 60.8690% still rounds to 60.87%: nothing could detect it in this relation
    m = run_mutant(r, _mutant(r, "PCT001", "1904.27", "1904.26万元"))
    assert m.status == "equivalent"
    # at the rounding edge: 1904.47 / 3128.46 = 60.8755% rounds to 60.88%
    m = run_mutant(r, _mutant(r, "PCT001", "1904.27", "1904.47万元"))
    assert m.status == "detected"


def test_the_same_result_with_the_shortcut_and_a_full_rerun(tmp_path):
    r = _result(tmp_path, PLANTED)
    for m in plan(r, seed=1)[:12]:
        fast = run_mutant(r, Mutant(**{**m.__dict__}))
        full = run_mutant(r, Mutant(**{**m.__dict__}), full=True)
        assert (fast.status, fast.findings) == (full.status, full.findings)


# --------------------------------------------------------------------------- regression guards


def _detection(path: Path, count: int | None = None) -> tuple[float, Counter]:
    fc = cover_file(str(path), mutants=count, chance_rounds=0)
    status = Counter(m.status for m in fc.mutants)
    live = status["detected"] + status["survived"]
    return 100 * status["detected"] / live, status


@pytest.mark.slow
@pytest.mark.corpus
@pytest.mark.parametrize("name", ["report.txt", "report.docx"])
def test_dev_report_mutants_are_detected(name):
    # measured 2026-12-04: 133 mutants, 33 equivalent, 100 of 100 detected (txt and docx alike)
    rate, status = _detection(corpus_file("wuyang-2021", name))
    assert sum(status.values()) >= 100
    assert rate >= 95, status


@pytest.mark.slow
def test_sample_mutants_are_detected():
    # measured 2026-12-04 on samples/: 213 mutants, 76 equivalent, 136 of 137 detected
    status: Counter = Counter()
    for path in sorted((ROOT / "samples").glob("qingshi-*")):
        status += _detection(path)[1]
    live = status["detected"] + status["survived"]
    assert live >= 100
    assert 100 * status["detected"] / live >= 95, status


def test_cli_json(tmp_path):
    path = tmp_path / "r.txt"
    path.write_text(PLANTED, encoding="utf-8")
    out = tmp_path / "cov.json"
    res = CliRunner().invoke(cli, ["coverage", str(path), "--mutants", "5", "--seed", "3", "--format", "json",
                                   "--output", str(out)])
    assert res.exit_code == 0, res.output
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["total"]["mutants"] == 5
    assert data["total"]["mined"] == len(data["files"][0]["coincidences"])
    assert data["unrecognised"][0]["count"] >= 1
    text = CliRunner().invoke(cli, ["coverage", str(path), "--mutants", "0"]).output
    assert "Unrecognised coincidences by shape" in text and "维修和购置支出" in text


def test_checked_text_figures_counts_the_amounts_no_relation_reads(tmp_path):
    from extractor.coverage.report import checked_text_figures

    path = tmp_path / "r.txt"
    # 300.00 = 200.00 + 100.00 is checked; 50.00万元 and 12.5% stand alone (an edit there passes unseen)
    path.write_text("某局2024年度部门决算\n本年支出合计300.00万元，其中：基本支出200.00万元，项目支出100.00万元。\n"
                    "机关运行经费50.00万元，执行率12.5%。\n", encoding="utf-8")
    result = check_file(path, CheckOptions(keep_relations=True))
    assert checked_text_figures(result) == (5, 3)


def test_a_bug_of_ours_on_a_file_or_a_mutant_is_recorded_and_the_run_goes_on(tmp_path, monkeypatch):
    import importlib

    import extractor.coverage as coverage

    mutate_module = importlib.import_module("extractor.coverage.mutate")  # (the package's `mutate` is the function)

    good = tmp_path / "a.txt"
    good.write_text("本年支出合计500.00万元，其中：基本支出320.00万元，项目支出180.00万元。", encoding="utf-8")
    real_check = mutate_module.check_document

    def broken(*args, **kwargs):
        raise ValueError("boom")

    # a mutant whose re-check raises is no detection: it survives, naming the error
    monkeypatch.setattr(mutate_module, "check_document", broken)
    out = cover_file(str(good), mutants=None, chance_rounds=0)
    assert out.error is None and out.mutants and {m.status for m in out.mutants} == {"survived"}
    assert all(m.findings == ["处理出错 ValueError"] for m in out.mutants)
    monkeypatch.setattr(mutate_module, "check_document", real_check)
    # a file whose check raises is recorded as not read, with the reason, and the others are still covered
    monkeypatch.setattr(coverage, "check_file", lambda *a, **k: broken())
    result = CliRunner().invoke(cli, ["coverage", "--mutants", "0", str(good)])
    assert result.exit_code == 2 and "处理出错（程序内部错误 ValueError: boom）" in result.output
