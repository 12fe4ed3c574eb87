"""Cross-year checks on figures built by hand: what is compared, what is left alone, and the findings."""

from __future__ import annotations

from dataset_builders import Figures, budget, document, result

from extractor.dataset import crossyear
from extractor.dataset.crossyear import Report, compare, quantity_key, readings
from extractor.dataset.schema import connect
from extractor.dataset.store import add_document

_ids = iter(range(1, 10_000))


def report(doc, figures, year, doc_type=None) -> Report:
    return Report(next(_ids), doc.sha256, doc.path, year, doc_type, figures,
                  {b.index: (b.start, b.text) for b in doc.blocks})


def test_quantity_key_drops_years_periods_quotes_and_brackets():
    assert quantity_key("2025年“三公”经费预算数") == quantity_key("2024 年度 三公经费预算数") == "三公经费预算数"
    assert quantity_key("上年决算数") == quantity_key("本年决算数") == "决算数"
    assert quantity_key("因公出国（境）费") == quantity_key("因公出国(境)费")
    assert quantity_key("公务接待费") != quantity_key("公务用车运行费")


def test_a_change_states_last_years_value():
    doc, figs = budget(2025, "12,480.50", "增加", "1,230.25")
    got = [r for r in readings(report(doc, figs, 2025)) if r.when == "last-year"]
    assert len(got) == 1
    r = got[0]
    assert r.key == "财政拨款收入" and r.scope == {"财政拨款"} and r.measure == "元"
    assert [f.id for f in r.figures] == ["F3", "F2"]  # the change amount, then what it changes
    assert r.interval.lo <= 112_502_500 <= r.interval.hi
    assert r.stated == "12,480.50万元 − 1,230.25万元 = 11250.25万元"
    assert r.basis == "预算"


def test_consecutive_budgets_that_agree_give_no_finding():
    this = report(*budget(2025, "12,480.50", "增加", "1,230.25"), 2025, "预算")
    last = report(*budget(2024, "11,250.25", "减少", "300.00"), 2024, "预算")
    assert compare(this, last) == []


def test_a_stated_change_that_last_years_report_contradicts_is_a_conflict():
    this = report(*budget(2025, "12,480.50", "增加", "1,230.25"), 2025, "预算")
    last = report(*budget(2024, "11,205.25", "减少", "300.00", name="old.txt"), 2024, "预算")
    [(finding, cited)] = compare(this, last)
    assert finding.rule == "XYR002" and finding.type == "conflict" and finding.severity == "warning"
    assert finding.figures == ["F3", "F2"] and cited == ["F2"]
    assert "= 11250.25万元" in finding.message and "所载 11,205.25万元" in finding.message and "old.txt" in finding.message
    assert "+45.00万元" in finding.message
    assert finding.excerpt.startswith("2025年") and "比2024年预算增加1,230.25万元" in finding.excerpt
    assert finding.start == this.figures[2].start


def test_a_decrease_is_added_back():
    this = report(*budget(2025, "12,480.50", "减少", "1,230.25"), 2025, "预算")
    last = report(*budget(2024, "13,710.75", "减少", "300.00"), 2024, "预算")
    assert compare(this, last) == []


def test_rounding_decides_not_the_digits():
    def sangong(year, text, *specs):
        doc = document(text)
        fs = Figures(doc)
        for raw, label in specs:
            fs.add(raw, label, ("三公经费",))
        return report(doc, fs.figures, year, "预算")

    last = sangong(2024, "2024年“三公”经费预算数为47.91万元。", ("47.91万元", "2024年“三公”经费预算数"))
    # 37.9 ± 0.05 plus 10 ± 0.5 spans 47.35..48.45: it can be 47.91.
    close = sangong(2025, "2025年“三公”经费预算数为37.9万元，比2024年预算减少10万元。",
                    ("37.9万元", "2025年“三公”经费预算数"), ("10万元", "比2024年预算减少"))
    assert compare(close, last) == []
    # 37.91 plus 9 ± 0.5 reaches 47.41 at most.
    far = sangong(2025, "2025年“三公”经费预算数为37.91万元，比2024年预算减少9万元。",
                  ("37.91万元", "2025年“三公”经费预算数"), ("9万元", "比2024年预算减少"))
    [(finding, _)] = compare(far, last)
    assert finding.stated == "37.91万元 + 9万元 = 46.91万元" and finding.computed == "47.91万元"


def test_yuan_and_wan_yuan_are_compared_in_yuan():
    doc = document("2024年财政拨款收入112,502,500元。")
    fs = Figures(doc)
    fs.add("112,502,500元", "财政拨款收入", ("财政拨款",))
    last = report(doc, fs.figures, 2024, "预算")
    this = report(*budget(2025, "12,480.50", "增加", "1,230.25"), 2025, "预算")
    assert compare(this, last) == []
    fs.figures[0] = fs.figures[0].model_copy(update={"value": 112_602_500})
    assert [f.rule for f, _ in compare(this, report(doc, fs.figures, 2024, "预算"))] == ["XYR002"]


def test_what_is_not_compared():
    last = report(*budget(2024, "11,205.25", "减少", "300.00"), 2024, "预算")
    # a change against another year than the one before
    doc, figs = budget(2025, "12,480.50", "增加", "1,230.25")
    wrong_year = document(doc.blocks[0].text.replace("比2024年", "比2023年"))
    fs = Figures(wrong_year)
    for f in figs:
        fs.add(f.raw, f.label, tuple(f.scope))
    assert compare(report(wrong_year, fs.figures, 2025, "预算"), last) == []
    # a percentage change states no exact value
    pct = document("财政拨款收入12,480.50万元，比2024年预算增加10.9%。")
    fs = Figures(pct)
    fs.add("12,480.50万元", "财政拨款收入", ("财政拨款",))
    fs.add("10.9%", "比2024年预算增加", ("财政拨款",))
    assert compare(report(pct, fs.figures, 2025, "预算"), last) == []
    # last year's report of another kind than the comparison names (执行数 is 决算, not 预算)
    execd = document("财政拨款收入12,480.50万元，比2024年预算执行数增加1,230.25万元。")
    fs = Figures(execd)
    fs.add("12,480.50万元", "财政拨款收入", ("财政拨款",))
    fs.add("1,230.25万元", "比2024年预算执行数增加", ("财政拨款",))
    assert compare(report(execd, fs.figures, 2025, "预算"), last) == []
    # the same words with another scope measure another quantity
    doc, figs = budget(2025, "12,480.50", "增加", "1,230.25")
    figs = [f.model_copy(update={"scope": ["政府性基金"]}) for f in figs]
    assert compare(report(doc, figs, 2025, "预算"), last) == []
    # figures without labels are never matched
    doc, figs = budget(2025, "12,480.50", "增加", "1,230.25")
    figs = [f.model_copy(update={"label": ""}) for f in figs]
    assert compare(report(doc, figs, 2025, "预算"), last) == []


def test_one_agreeing_restatement_is_enough():
    """Last year's report gives the quantity twice (text and table); one agreeing value clears it."""
    doc = document("2024年财政拨款收入11,205.25万元。", [["项目", "预算数"], ["财政拨款收入", "11,250.25"]])
    fs = Figures(doc)
    fs.add("11,205.25万元", "财政拨款收入", ("财政拨款",))
    fs.add("11,250.25", "财政拨款收入", ("财政拨款",), unit="万元")
    this = report(*budget(2025, "12,480.50", "增加", "1,230.25"), 2025, "预算")
    assert compare(this, report(doc, fs.figures, 2024, "预算")) == []


def closing_and_opening(opening_value: str, closing_value: str, opening_scope=("财政拨款",)):
    last_doc = document("（三）结转结余情况", [["项目", "金额"], ["年初结转和结余", "180.10"], ["年末结转和结余", closing_value]])
    fs = Figures(last_doc)
    fs.add("180.10", "年初结转和结余·金额", ("财政拨款",), unit="万元")
    fs.add(closing_value, "年末结转和结余·金额", ("财政拨款",), unit="万元")
    last = report(last_doc, fs.figures, 2023, "决算")
    this_doc = document([["项目", "金额"], ["年初结转和结余", opening_value], ["本年收入", "1,000.00"]])
    fs = Figures(this_doc)
    fs.add(opening_value, "年初结转和结余·金额", opening_scope, "年初", unit="万元")
    fs.add("1,000.00", "本年收入·金额", ("财政拨款",), unit="万元")
    return report(this_doc, fs.figures, 2024, "绩效评价报告"), last


def test_opening_balance_against_last_years_closing_balance():
    """Both from the same table of two years' 决算 (labels are row·column, as the extractor gives them)."""
    this, last = closing_and_opening("223.45", "223.45")
    assert compare(this, last) == []
    this, last = closing_and_opening("232.45", "223.45")
    [(finding, cited)] = compare(this, last)
    assert finding.rule == "XYR001" and finding.figures == ["F1"] and cited == ["F2"]
    assert "232.45万元" in finding.message and "223.45万元" in finding.message and "+9.00万元" in finding.message
    # another scope (all funds, not 财政拨款) is another quantity
    this, last = closing_and_opening("232.45", "223.45", opening_scope=())
    assert compare(this, last) == []


def test_a_column_for_last_year_is_compared_with_last_years_own_column():
    this_doc = document([["项目", "2025年预算数", "2024年预算数"], ["公务接待费", "1.35", "1.53"]])
    fs = Figures(this_doc)
    fs.add("1.35", "公务接待费·2025年预算数", ("三公经费",), unit="万元")
    fs.add("1.53", "公务接待费·2024年预算数", ("三公经费",), unit="万元")
    last_doc = document([["项目", "2024年预算数", "2023年预算数"], ["公务接待费", "1.35", "1.35"]])
    fs2 = Figures(last_doc)
    fs2.add("1.35", "公务接待费·2024年预算数", ("三公经费",), unit="万元")
    fs2.add("1.35", "公务接待费·2023年预算数", ("三公经费",), unit="万元")
    [(finding, cited)] = compare(report(this_doc, fs.figures, 2025, "预算"), report(last_doc, fs2.figures, 2024, "预算"))
    assert finding.rule == "XYR002" and finding.figures == ["F2"] and cited == ["F1"]
    assert finding.excerpt == "公务接待费 | 1.35 | 1.53"


def test_the_database_pass_links_a_unit_across_years_and_is_idempotent(tmp_path):
    conn = connect(tmp_path / "x.db")
    (tmp_path / "a.txt").write_text("a")
    (tmp_path / "b.txt").write_text("b")
    doc25, figs25 = budget(2025, "12,480.50", "增加", "1,230.25")
    doc24, figs24 = budget(2024, "11,205.25", "减少", "300.00")
    # the same unit, written two ways
    new = add_document(conn, path=tmp_path / "a.txt", sha256="a" * 64, doc=doc25,
                       result=result(doc25, figs25, unit_name="东湖区和平街道办事处（部门）", year=2025, doc_type="预算"))
    old = add_document(conn, path=tmp_path / "b.txt", sha256="b" * 64, doc=doc24,
                       result=result(doc24, figs24, unit_name="东湖区 和平街道办事处", year=2024, doc_type="预算"))
    assert crossyear.run(conn) == (1, 1)
    rows = conn.execute("SELECT * FROM findings WHERE source = 'cross_year'").fetchall()
    assert [(r["rule"], r["document_id"], r["other_document_id"], r["other_figures"]) for r in rows] == [
        ("XYR002", new, old, '["F2"]')]
    assert crossyear.run(conn) == (0, 0)  # nothing new: nothing redone
    conn.execute("UPDATE documents SET cross_year_checked = 0")
    assert crossyear.run(conn) == (1, 1)  # redone whole: the same one finding, not two
    assert conn.execute("SELECT count(*) FROM findings WHERE source = 'cross_year'").fetchone()[0] == 1
    # last year's report is corrected: a new version at the same path replaces the finding
    fixed, fixed_figs = budget(2024, "11,250.25", "减少", "300.00")
    add_document(conn, path=tmp_path / "b.txt", sha256="c" * 64, doc=fixed,
                 result=result(fixed, fixed_figs, unit_name="东湖区和平街道办事处", year=2024, doc_type="预算"))
    assert crossyear.run(conn) == (1, 0)
    assert conn.execute("SELECT count(*) FROM findings WHERE source = 'cross_year'").fetchone()[0] == 0
