"""Restatements (extractor/relations/restated.py): an item's amount restated in a later clause of
the item (CON001) and a 说明's figures against the table cells they restate (CON002). Every
report here is written for these tests: a consistent one, then one figure changed, the rounding
edge, other scopes, stages and periods, and names that could mean several rows."""

from __future__ import annotations

import pytest

from extractor.pipeline import check_file

HEAD = [
    "东江街道办事处2025年部门预算",
    "一、部门预算编制说明",
    "2025年，东江街道办事处收入预算1,250.40万元，其中：财政拨款收入1,250.40万元。",
    "财政拨款支出主要内容如下：",
]
ITEMS = [
    "1.“一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）”860.25万元，主要用于机关运行。"
    "2024年当年预算执行数为845.10万元，2025年预算安排860.25万元，比2024年预算执行数增加1.79%。",
    "2.“社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）”120.15万元，主要用于养老保险缴费。",
    "3.“住房保障支出（类）住房改革支出（款）住房公积金（项）”270.00万元，主要用于住房公积金。",
]
ROWS = {  # code: (name, 合计, 基本支出, 项目支出) in 元
    "201": ("一般公共服务支出", "8,602,500", "6,102,500", "2,500,000"),
    "20103": ("政府办公厅（室）及相关机构事务", "8,602,500", "6,102,500", "2,500,000"),
    "2010301": ("行政运行", "8,602,500", "6,102,500", "2,500,000"),
    "208": ("社会保障和就业支出", "1,201,530", "1,201,530", "0"),
    "20805": ("行政事业单位养老支出", "1,201,530", "1,201,530", "0"),
    "2080505": ("机关事业单位基本养老保险缴费支出", "1,201,530", "1,201,530", "0"),
    "221": ("住房保障支出", "2,700,000", "2,700,000", "0"),
    "22102": ("住房改革支出", "2,700,000", "2,700,000", "0"),
    "2210201": ("住房公积金", "2,700,000", "2,700,000", "0"),
}


def table(title: str = "二、2025年部门一般公共预算支出功能分类预算表", rows: dict | None = None) -> list[str]:
    lines = [title, "单位：元", "科目编码\t科目名称\t合计\t基本支出\t项目支出"]
    rows = rows or ROWS
    lines += ["\t".join((code, *cells)) for code, cells in rows.items()]
    totals = [sum(int(cells[k].replace(",", "")) for code, cells in rows.items() if len(code) == 3) for k in (1, 2, 3)]
    return lines + ["合计\t\t" + "\t".join(f"{t:,}" for t in totals)]


def report(tmp_path, items=ITEMS, tables=None, head=HEAD, name="r.txt"):
    lines = head + items + (table() if tables is None else tables) + ["三、其他说明", "本部门2025年无其他需说明事项。"]
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return check_file(path)


def claims(result, rule=None):
    return [f for f in result.findings if f.severity != "info" and (rule is None or f.rule == rule)]


def cited(result, finding) -> list[str]:
    by_id = {f.id: f for f in result.figures}
    return [by_id[i].raw for i in finding.figures]


def test_a_consistent_statement_restating_its_table_is_quiet(tmp_path):
    result = report(tmp_path)
    assert claims(result) == []


def test_joins_are_made(tmp_path):
    """The three item amounts and the table's rows are joined (not merely left alone)."""
    from extractor.figures.report import report_meta
    from extractor.readers import read_document
    from extractor.figures import extract_figures
    from extractor.relations import find_relations

    (tmp_path / "j.txt").write_text("\n".join(HEAD + ITEMS + table()) + "\n", encoding="utf-8")
    doc = read_document(tmp_path / "j.txt")
    figs = extract_figures(doc)
    rels = [r for r in find_relations(doc, figs, report_meta(doc, figs)) if r.rule == "CON002"]
    by_id = {f.id: f for f in figs}
    assert sorted(by_id[r.figures[0]].raw for r in rels) == ["120.15万元", "270.00万元", "860.25万元"]
    # each against the 合计 column of its own row: 住房公积金 is 2,700,000, never a 基本支出 cell of another row
    housing = next(r for r in rels if by_id[r.figures[0]].raw == "270.00万元")
    assert {by_id[i].raw for i in housing.figures[1:]} == {"2,700,000"}
    assert all(by_id[i].col == 2 for i in housing.figures[1:])


def test_tables_read_once_serve_both_finders(tmp_path):
    """find_relations reads each table once (tables.read_tables) for the table relations and the
    restatements; each finder gives the same relations with that reading as reading on its own."""
    from extractor.figures import extract_figures
    from extractor.figures.report import report_meta
    from extractor.readers import read_document
    from extractor.relations.mentions import build_mentions
    from extractor.relations.restated import find_restated_relations
    from extractor.relations.tables import find_table_relations, read_tables

    (tmp_path / "s.txt").write_text("\n".join(HEAD + ITEMS + table()) + "\n", encoding="utf-8")
    doc = read_document(tmp_path / "s.txt")
    figs = extract_figures(doc)
    meta, mentions = report_meta(doc, figs), build_mentions(doc, figs)
    tables = read_tables(doc, figs)
    assert len(tables) == 1 and tables[0].block.kind == "table"
    alone = find_restated_relations(doc, figs, mentions, meta)
    assert {r.rule for r in alone} >= {"CON002"}
    assert find_restated_relations(doc, figs, mentions, meta, tables) == alone
    table_alone = find_table_relations(doc, figs)
    assert table_alone and find_table_relations(doc, figs, tables) == table_alone


def test_one_text_figure_changed_is_found(tmp_path):
    items = ITEMS[:2] + [ITEMS[2].replace("270.00万元", "207.00万元")]
    found = claims(report(tmp_path, items), "CON002")
    assert len(found) == 1 and found[0].stated == "207.00万元" and "2,700,000" in found[0].message
    assert found[0].severity == "error" and "相差63.00万元" in found[0].message


def test_a_class_amount_in_a_list_is_found(tmp_path):
    items = ITEMS + ["一般公共预算拨款支出主要用于：一般公共服务支出（类）860.25万元；住房保障支出（类）207.00万元。"]
    found = claims(report(tmp_path, items), "CON002")
    assert [f.stated for f in found] == ["207.00万元"]


@pytest.mark.parametrize("cell, text, quiet", [
    ("2,700,049", "270.00", True),   # 270.0049万元 rounds to 270.00
    ("2,700,050", "270.00", True),   # 270.005万元: both roundings meet at the edge
    ("2,700,051", "270.00", True),   # 270.0051 → 270.01; cut off at the last digit: info only
    ("2,699,949", "270.00", False),  # 269.9949 → 269.99, and no cut-off gives 270.00
    ("2,701,000", "270.00", False),  # 270.10
    ("2,961.68", "0.3", True),  # 0.296168万元 to one decimal
    ("2,961.68", "0.30", True),  # to two decimals
    ("2,961.68", "0.31", False),
    ("2,961.68", "2961.68", False),  # the 元 amount copied as 万元
])
def test_yuan_table_against_wan_text_at_the_rounding_edge(tmp_path, cell, text, quiet):
    rows = {**ROWS, "2210201": ("住房公积金", cell, cell, "0")}
    items = ITEMS[:2] + [ITEMS[2].replace("270.00万元", f"{text}万元")]
    found = [f.rule for f in claims(report(tmp_path, items, table(rows=rows))) if f.rule in ("CON002", "UNIT001")]
    assert (found == []) == quiet
    if text == "2961.68":
        assert found == ["UNIT001"]  # the 元 amount copied as 万元: a unit slip


def test_an_item_restated_in_a_later_clause_is_found(tmp_path):
    items = [ITEMS[0].replace("2025年预算安排860.25万元", "2025年预算安排862.25万元")] + ITEMS[1:]
    result = report(tmp_path, items)
    found = claims(result, "CON001")
    assert len(found) == 1 and found[0].stated == "862.25万元" and "860.25万元" in found[0].message
    assert claims(result, "CON002") == []  # the heading agrees with the table: the slip is blamed once


@pytest.mark.parametrize("clause", [
    "2024年当年预算执行数为845.10万元",  # another year and stage
    "2024年预算安排845.10万元",  # another year
    "其中基本支出预算安排600.00万元",  # a part
    "上年预算安排845.10万元",  # last year
    "比2024年预算执行数增加15.15万元",  # a change
])
def test_other_periods_stages_and_parts_of_an_item_never_conflict(tmp_path, clause):
    items = ["1.“一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）”860.25万元，主要用于机关运行。"
             f"{clause}。"] + ITEMS[1:]
    assert claims(report(tmp_path, items)) == []


def test_an_item_without_a_heading_amount_is_checked_against_the_table(tmp_path):
    items = ["1.“住房保障支出（类）住房改革支出（款）住房公积金（项）”，主要用于住房公积金。2025年预算安排207.00万元。"]
    found = claims(report(tmp_path, items), "CON002")
    assert [f.stated for f in found] == ["207.00万元"]


def test_other_stage_funds_and_scope_are_other_quantities(tmp_path):
    changed = ITEMS[:2] + [ITEMS[2].replace("270.00万元", "207.00万元")]
    # a 决算 table in a 预算 report: another stage
    assert claims(report(tmp_path, changed, table(title="二、2024年度一般公共预算财政拨款支出决算表")), "CON002") == []
    # last year's table: another period
    assert claims(report(tmp_path, changed, table(title="二、2024年部门一般公共预算支出功能分类预算表")), "CON002") == []
    # items of 政府性基金 against a 一般公共预算 table: other funds
    head = HEAD[:3] + ["政府性基金预算拨款支出主要内容如下："]
    assert claims(report(tmp_path, changed, head=head), "CON002") == []
    # a table of other units' scope (基本支出 only): the item's whole amount is not in it
    rows = {code: (name, base, base, "0") for code, (name, total, base, _) in ROWS.items()}
    one_col = [ln.replace("\t合计\t基本支出\t项目支出", "\t基本支出") for ln in table(rows=rows)]
    one_col = [ln.rsplit("\t", 2)[0] if ln[:1].isdigit() or ln.startswith("合计") else ln for ln in one_col]
    assert claims(report(tmp_path, ITEMS, one_col), "CON002") == []


def test_ambiguous_names_stay_quiet_unless_no_reading_agrees(tmp_path):
    # 一般行政管理事务 under two 款: the item's own 款 decides; a name alone under either is ambiguous
    rows = {
        "201": ("一般公共服务支出", "600,000", "0", "600,000"),
        "20129": ("群众团体事务", "400,000", "0", "400,000"),
        "2012902": ("一般行政管理事务", "400,000", "0", "400,000"),
        "20132": ("组织事务", "200,000", "0", "200,000"),
        "2013202": ("一般行政管理事务", "200,000", "0", "200,000"),
    }
    tables = table(rows=rows)
    item = "1.“一般公共服务支出（类）组织事务（款）一般行政管理事务（项）”{}万元，主要用于组织事务。"
    assert claims(report(tmp_path, [item.format("20.00")], tables)) == []
    found = claims(report(tmp_path, [item.format("40.00")], tables), "CON002")
    assert [f.stated for f in found] == ["40.00万元"]  # 40 is the other 款's amount, not this one's
    # the same class in two tables of compatible funds with different amounts: either may be meant
    other = [ln.replace("8,602,500", "8,000,000") for ln in table(title="三、2025年部门财政拨款收支预算总表")]
    items = ["一般公共预算拨款支出主要用于：一般公共服务支出（类）800.00万元。"]
    assert claims(report(tmp_path, items, table() + other), "CON002") == []
    items = ["一般公共预算拨款支出主要用于：一般公共服务支出（类）830.00万元。"]
    assert len(claims(report(tmp_path, items, table() + other), "CON002")) == 1


SANGONG = [
    "四、2025年部门“三公”经费预算表",
    "单位：万元",
    "“三公”经费预算数\t\t\t\t\t\t机关运行经费预算数",
    "合计\t因公出国(境)费\t公务接待费\t公务用车购置及运行费\t\t\t",
    "\t\t\t小计\t购置费\t运行费\t",
    "45.60\t0.00\t7.60\t38.00\t0.00\t38.00\t386.50",
]


@pytest.mark.parametrize("text, found", [
    ("2025年“三公”经费预算数为45.60万元，与2024年预算持平。其中：公务接待费7.60万元，公务用车运行费38.00万元。", []),
    ("2025年“三公”经费预算数为45.60万元，与2024年预算持平。其中：公务接待费7.06万元，公务用车运行费38.00万元。", ["7.06万元"]),
    ("2025年“三公”经费预算数为46.50万元，比2024年预算增加0.90万元。", ["46.50万元"]),
    ("2024年“三公”经费预算数为46.50万元。", []),  # last year's budget
])
def test_sangong_text_against_its_table(tmp_path, text, found):
    result = report(tmp_path, ITEMS + ["五、“三公”经费预算情况说明", text], table() + SANGONG)
    assert [f.stated for f in claims(result, "CON002")] == found


FINAL_HEAD = ["西岭区文化局2024年度部门决算", "一、收入支出决算总体情况说明"]
FINAL_TABLES = [
    "二、收入支出决算总表", "单位：万元",
    "项目\t决算数\t项目\t决算数",
    "一、一般公共预算财政拨款收入\t500.00\t一、文化旅游体育与传媒支出\t560.00",
    "二、事业收入\t60.00\t\t",
    "本年收入合计\t560.00\t本年支出合计\t560.00",
    "年初结转和结余\t40.00\t年末结转和结余\t40.00",
    "总计\t600.00\t总计\t600.00",
    "三、财政拨款收入支出决算总表", "单位：万元",
    "项目\t决算数\t项目\t决算数",
    "一、一般公共预算财政拨款\t500.00\t一、文化旅游体育与传媒支出\t500.00",
    "本年收入合计\t500.00\t本年支出合计\t500.00",
    "总计\t500.00\t总计\t500.00",
]


@pytest.mark.parametrize("all_funds, appropriation, found", [
    ("600.00", "500.00", []),
    ("660.00", "500.00", ["660.00万元"]),
    ("600.00", "560.00", ["560.00万元"]),  # the all-funds 本年收入合计, not the 财政拨款 total
])
def test_totals_of_a_final_account_by_funds(tmp_path, all_funds, appropriation, found):
    text = [f"西岭区文化局2024年度收入支出总计{all_funds}万元。本年收入合计560.00万元，本年支出合计560.00万元。",
            f"西岭区文化局2024年度财政拨款收入支出总计{appropriation}万元。"]
    result = report(tmp_path, text, FINAL_TABLES, head=FINAL_HEAD)
    assert [f.stated for f in claims(result, "CON002")] == found


def test_a_text_amount_where_the_table_is_blank(tmp_path):
    blank = [ln.replace("7.60", "") for ln in SANGONG]  # 公务接待费 left blank: the table says 0
    said = "2025年“三公”经费预算数为45.60万元。其中：公务用车运行费38.00万元，公务接待费{}万元。"
    assert claims(report(tmp_path, ITEMS + [said.format("0")], table() + blank), "CON002") == []
    found = claims(report(tmp_path, ITEMS + [said.format("7.60")], table() + blank), "CON002")
    assert [f.stated for f in found] == ["7.60万元"] and "空白" in found[0].message


SANGONG_ROWS = [
    "四、“三公”经费决算情况", "金额单位：万元",
    "项目\t年初预算数\t年末决算数",
    "公务接待费\t10\t9.99",
    "公务用车购置及运行维护费\t6\t5.43",
    "其中：公务用车运行维护费\t6\t5.43",
    "公务车购置费\t0\t0",
    "合计\t16\t15.42",
]


@pytest.mark.parametrize("text, found", [
    ("全年决算支出公务接待费9.99万元，公务用车购置及运行维护费5.43万元。", []),
    ("全年决算支出公务接待费9.90万元，公务用车购置及运行维护费5.43万元。", ["9.90万元"]),
    ("年初批复预算的公务接待费10万元、公务用车购置及运行维护费6万元。", []),  # the 年初预算数 column
    ("年初批复预算的公务接待费9.99万元、公务用车购置及运行维护费6万元。", ["9.99万元"]),  # the 决算 value as 年初
    ("年初批复预算的公务接待费10万元、公务用车购置及运行维护费5.43万元。", []),  # the stage of a list member is not said
    ("公务用车购置及运行维护费5.43万元。", []),  # no stage said: either column may be meant
    ("公务用车购置及运行维护费5.50万元。", ["5.50万元"]),  # neither column
    ("国内公务接待支出9.99万（含外宾接待支出0.00万元）。", []),  # 国内 qualifies the measure
    ("国内公务接待支出9.90万（含外宾接待支出0.00万元）。", ["9.90万"]),
])
def test_sangong_table_by_rows(tmp_path, text, found):
    head = ["西岭区文化局2024年度部门整体支出绩效评价报告", "一、基本情况"]
    result = report(tmp_path, [text], SANGONG_ROWS, head=head)
    assert [f.stated for f in claims(result, "CON002")] == found


SANGONG_FINAL = [
    "三、财政拨款“三公”经费支出决算表", "单位：万元",
    "合计\t\t因公出国（境）费\t\t公务用车购置及运行维护费\t\t公务接待费\t",
    "预算数\t决算数\t预算数\t决算数\t预算数\t决算数\t预算数\t决算数",
    "12.00\t9.10\t0.00\t0.00\t8.00\t7.20\t4.00\t1.90",
]


@pytest.mark.parametrize("rate, found", [
    ("47.50%", []),  # 1.90 / 4.00: the 公务接待费 budget only the table gives
    ("45.70%", ["45.70%"]),
    ("15.83%", ["15.83%"]),  # 1.90 / 12.00: not the rate of the whole 三公 budget
])
def test_a_completion_rate_over_a_budget_only_the_table_gives(tmp_path, rate, found):
    text = ["“三公”经费财政拨款支出年初预算为12.00万元，支出决算为9.10万元，完成预算的75.83%，其中：因公出国（境）费"
            "决算为0.00万元，完成预算的0.00%；公务用车购置及运行维护费支出决算为7.20万元，完成预算的90.00%；"
            f"公务接待费支出决算为1.90万元，完成预算的{rate}。"]
    result = report(tmp_path, text, SANGONG_FINAL, head=FINAL_HEAD)
    assert [f.stated for f in claims(result)] == found


@pytest.mark.parametrize("said, found", [
    ("12.00", []),  # the table's bare 预算数: the only budget column of the measure
    ("12.50", ["12.50万元"]),
])
def test_an_initial_budget_restating_a_bare_budget_column(tmp_path, said, found):
    text = [f"“三公”经费财政拨款支出年初预算为{said}万元，支出决算为9.10万元。"]
    # the 三公 columns under one header naming them (合计 of 财政拨款“三公”经费)
    table = SANGONG_FINAL[:2] + ["财政拨款“三公”经费\t\t\t\t\t\t\t"] + SANGONG_FINAL[2:]
    result = report(tmp_path, text, table, head=FINAL_HEAD)
    assert [f.stated for f in claims(result, "CON002")] == found


BUDGET_TOTALS = [
    "四、2025年部门财务收支预算总表", "单位：元",
    "本年收入\t\t本年支出\t\t\t",
    "项目\t预算数\t项目\t合计\t基本支出\t项目支出",
    "一、财政拨款收入\t12,504,030\t一、一般公共服务支出\t8,602,500\t6,102,500\t2,500,000",
    "二、事业收入\t\t二、社会保障和就业支出\t1,201,530\t1,201,530\t",
    "\t\t三、住房保障支出\t2,700,000\t2,700,000\t",
    "收入总计\t12,504,030\t支出总计\t12,504,030\t10,004,030\t2,500,000",
]


@pytest.mark.parametrize("text, found", [
    ("2025年，东江街道办事处收入预算1,250.40万元，其中：财政拨款收入1,250.40万元。支出预算1,250.40万元，其中：基本支出1,000.40万元，项目支出250.00万元。", []),
    ("2025年，东江街道办事处收入预算1,250万元。", []),  # whole 万元 restating 元: rounded, not exact
    ("2025年，东江街道办事处收入预算1,250.04万元，其中：财政拨款收入1,250.40万元。", ["1,250.04万元"]),
    ("支出预算1,250.40万元，其中：基本支出1,000.04万元，项目支出250.00万元。", ["1,000.04万元"]),
    ("2025年，东江街道办事处收入预算1,251万元。", ["1,251万元"]),
])
def test_budget_totals_against_the_summary_table(tmp_path, text, found):
    head = ["东江街道办事处2025年部门预算", "一、部门预算编制说明", text, "财政拨款支出主要内容如下："]
    result = report(tmp_path, ITEMS, table() + BUDGET_TOTALS, head=head)
    assert [f.stated for f in claims(result, "CON002")] == found


def test_a_total_of_all_appropriations_is_not_its_general_budget_part(tmp_path):
    tables = [
        "二、财政拨款收入支出决算总表", "单位：万元",
        "项目\t决算数\t项目\t决算数",
        "一、一般公共预算财政拨款收入\t100.00\t一、文化旅游体育与传媒支出\t150.00",
        "二、政府性基金预算财政拨款收入\t50.00\t\t",
        "本年收入合计\t150.00\t本年支出合计\t150.00",
    ]
    text = ["本年收入合计150.00万元，其中：财政拨款收入150.00万元。", "一般公共预算财政拨款收入{}万元。"]
    assert claims(report(tmp_path, [text[0], text[1].format("100.00")], tables, head=FINAL_HEAD), "CON002") == []
    found = claims(report(tmp_path, [text[0], text[1].format("150.00")], tables, head=FINAL_HEAD), "CON002")
    assert [f.stated for f in found] == ["150.00万元"]


def test_one_slip_is_one_finding(tmp_path):
    # item 1 restates 860.25 as 866.25; the change it states (1.79% over 845.10) fits 860.25 (15.15 / 845.10
    # = 1.79%) and fails only through 866.25 (2.50%): the restatement says it, the change does not again
    items = [ITEMS[0].replace("2025年预算安排860.25万元", "2025年预算安排866.25万元")] + ITEMS[1:]
    result = report(tmp_path, items=items)
    assert [(f.rule, cited(result, f)[0]) for f in claims(result)] == [("CON001", "866.25万元")]
    # a change wrong on its own is still reported beside the restatement
    items = [items[0].replace("增加1.79%", "增加1.97%")] + ITEMS[1:]
    assert sorted(f.rule for f in claims(report(tmp_path, items=items))) == ["CHG001", "CON001"]


def test_a_table_restating_another_table(tmp_path):
    # the 财政拨款 table repeats every 项 of the 一般公共预算 table (an item belongs to one kind of funds);
    # one cell typed over (2,700,000 → 2,070,000) is the one reported, once: its own table's total then
    # fails only through it
    rows = dict(ROWS)
    second = table("四、2025年部门财政拨款支出预算表", rows)
    assert claims(report(tmp_path, tables=table() + second)) == []
    typed = {**rows, "2210201": ("住房公积金", "2,700,000", "2,070,000", "0")}
    result = report(tmp_path, tables=table() + table("四、2025年部门财政拨款支出预算表", typed))
    got = [(f.rule, cited(result, f)[0]) for f in claims(result)]
    assert got == [("CON003", "2,070,000")]


@pytest.mark.parametrize("row, found", [
    ("45.60\t0.00\t7.60\t38.00\t0.00\t38.00\t386.50", []),
    ("45.60\t0.00\t7.60\t38.00\t1.00\t38.00\t386.50", [("SUM002", "38.00万元")]),  # 1.00 + 38.00 is not its 小计 38.00
    ("46.50\t0.00\t7.60\t38.00\t0.00\t38.00\t386.50", [("SUM002", "46.50万元")]),  # 0 + 7.60 + 38.00 = 45.60
])
def test_a_one_row_sangong_table_adds_up_by_the_identities(tmp_path, row, found):
    # one row: no column formula to learn; the identities of patterns/identities.toml say how it adds up
    result = report(tmp_path, tables=table() + SANGONG[:-1] + [row])
    assert [(f.rule, f.stated) for f in claims(result) if f.rule == "SUM002"] == found


# --------------------------------------------------------------------------- a class alone, and numbered 三公 items


@pytest.mark.parametrize(("amount", "expected"), [("1,202万元", []), ("1,212万元", ["1,212万元"])])
def test_a_quoted_class_called_kemu_restates_its_row(tmp_path, amount, expected):
    # "“社会保障和就业支出”科目1,202万元" is the class row 208 (1,201,530元 = 120.15万元 … here 1,202 of 12,015,300)
    rows = {**ROWS, "208": ("社会保障和就业支出", "12,015,300", "12,015,300", "0"),
            "20805": ("行政事业单位养老支出", "12,015,300", "12,015,300", "0"),
            "2080505": ("机关事业单位基本养老保险缴费支出", "12,015,300", "12,015,300", "0")}
    items = [f"1.“社会保障和就业支出”科目{amount}，主要用于缴纳在职人员养老保险缴费等支出。"]
    result = report(tmp_path, items=items, tables=table(rows=rows))
    assert [cited(result, f)[0] for f in claims(result, "CON002")] == expected


THREE_PUBLIC_TABLE = ["部门“三公”经费和机关运行经费预算表", "单位：万元",
                      "2025年“三公”经费预算数\t\t\t\t\t\t2025年机关运行经费预算数",
                      "合计\t因公出国（境）费\t公务接待费\t公务用车购置及运行费\t\t\t",
                      "\t\t\t小计\t购置费\t运行费\t",
                      "47.91\t0\t1.35\t46.56\t25\t21.56\t443.18"]


@pytest.mark.parametrize(("amount", "expected"), [("1.35万元", []), ("1.53万元", ["1.53万元"]),
                                                   ("1万元", []), ("0万元", ["0万元"])])  # 1.35 cut short to 1, but 0 is none
def test_a_numbered_item_of_three_public_restates_the_table(tmp_path, amount, expected):
    items = ["二、其他相关情况说明", "2025年“三公”经费预算数为47.91万元。其中：",
             "（一）因公出国（境）费0万元，比2024年预算持平。",
             "（二）公务用车购置及运行费46.56万元，比2024年预算持平。",
             f"（三）公务接待费{amount}，比2024年预算持平。"]
    result = report(tmp_path, items=items, tables=THREE_PUBLIC_TABLE)
    con = [cited(result, f)[0] for f in claims(result, "CON002")]
    assert con == expected


FINAL_DETAIL = [
    "四、收入决算表", "单位：万元",
    "科目编码\t科目名称\t本年收入合计\t财政拨款收入\t事业收入",
    "\t合计\t560.00\t500.00\t60.00",
    "207\t文化旅游体育与传媒支出\t560.00\t500.00\t60.00",
    "20701\t文化和旅游\t560.00\t500.00\t60.00",
    "2070101\t行政运行\t380.00\t320.00\t60.00",
    "2070199\t其他文化和旅游支出\t180.00\t180.00\t",
    "五、支出决算表", "单位：万元",
    "科目编码\t科目名称\t本年支出合计\t基本支出\t项目支出",
    "\t合计\t560.00\t380.00\t180.00",
    "207\t文化旅游体育与传媒支出\t560.00\t380.00\t180.00",
    "20701\t文化和旅游\t560.00\t380.00\t180.00",
    "2070101\t行政运行\t380.00\t380.00\t",
    "2070199\t其他文化和旅游支出\t180.00\t\t180.00",
    "六、一般公共预算财政拨款支出决算表", "单位：万元",
    "科目编码\t科目名称\t合计\t基本支出\t项目支出",
    "\t合计\t500.00\t320.00\t180.00",
    "207\t文化旅游体育与传媒支出\t500.00\t320.00\t180.00",
    "20701\t文化和旅游\t500.00\t320.00\t180.00",
    "2070101\t行政运行\t320.00\t320.00\t",
    "2070199\t其他文化和旅游支出\t180.00\t\t180.00",
    "七、一般公共预算财政拨款基本支出决算表", "单位：万元",
    "科目编码\t科目名称\t决算数",
    "301\t工资福利支出\t290.00",
    "30101\t基本工资\t290.00",
    "302\t商品和服务支出\t30.00",
    "30201\t办公费\t30.00",
    "\t人员经费合计\t290.00",
    "\t公用经费合计\t30.00",
]
FINAL_TEXT = [
    "本年收入合计560.00万元，其中：财政拨款收入500.00万元。",
    "本年支出合计560.00万元，其中：基本支出380.00万元，项目支出180.00万元。",
    "一般公共预算财政拨款支出年初预算为480.00万元，支出决算为500.00万元。",
    "一般公共预算财政拨款基本支出320.00万元。其中：人员经费290.00万元，公用经费30.00万元。",
]


@pytest.mark.parametrize("old, new", [
    (None, None),
    ("财政拨款收入500.00", "财政拨款收入506.00"),  # the 收入决算表's 合计 row, 财政拨款收入 column
    ("基本支出380.00", "基本支出388.00"),  # the 支出决算表's 合计 row, 基本支出 column
    ("支出决算为500.00", "支出决算为505.00"),  # named by the sentence's opening: the 一般公共预算 table
    ("基本支出320.00", "基本支出380.00"),  # the all-funds amount written as the 一般公共预算 one
    ("人员经费290.00", "人员经费292.00"),  # a part of 其中 takes its whole's funds: the 基本支出 table
])
def test_a_final_account_text_restates_the_total_rows_of_its_tables(tmp_path, old, new):
    text = [line.replace(old, new) for line in FINAL_TEXT] if old else FINAL_TEXT
    found = claims(report(tmp_path, text, FINAL_DETAIL, head=FINAL_HEAD), "CON002")
    assert [f.stated for f in found] == ([new.lstrip("财政拨款收入基本支出决算为人员经费") + "万元"] if old else [])


def test_a_total_row_of_a_project_table_is_not_compared_with_other_tables(tmp_path):
    # a project table's 合计 covers the projects it lists; the 支出决算表's 项目支出 covers all
    projects = ["八、项目支出绩效目标表", "单位：万元", "科目编码\t项目名称\t项目支出",
                "2070199\t文化惠民演出\t100.00", "\t合计\t100.00"]
    result = report(tmp_path, FINAL_TEXT, FINAL_DETAIL + projects, head=FINAL_HEAD)
    assert claims(result, "CON003") == [] and claims(result, "CON002") == []


@pytest.mark.parametrize("text, found", [
    ("全年决算支出“三公”经费15.42万元，其中公务接待费9.99万元、公务用车购置及运行维护费5.43万元。", []),
    ("全年决算支出“三公”经费15.24万元，其中公务接待费9.99万元、公务用车购置及运行维护费5.43万元。", ["15.24万元"]),
    # a part of the list takes the whole's stage (决算): the 年初预算数 column is not a reading
    ("全年决算支出“三公”经费15.42万元，其中公务接待费9.99万元、公务用车购置及运行维护费6万元。", ["6万元"]),
])
def test_the_total_row_of_a_sangong_table_by_rows(tmp_path, text, found):
    head = ["西岭区文化局2024年度部门整体支出绩效评价报告", "一、基本情况"]
    result = report(tmp_path, [text], SANGONG_ROWS, head=head)
    assert [f.stated for f in claims(result, "CON002")] == found


@pytest.mark.parametrize("amount, found", [("270.00", []), ("275.00", ["275.00万元"])])
def test_an_item_whose_kuan_is_misnamed_still_restates_its_row(tmp_path, amount, found):
    # the text names the 款 住房保障支出 where the table's is 住房改革支出; the 类 and 项 agree
    items = ITEMS[:2] + [f"3.“住房保障支出（类）住房保障支出（款）住房公积金（项）”{amount}万元，主要用于住房公积金。"]
    assert [f.stated for f in claims(report(tmp_path, items), "CON002")] == found


@pytest.mark.parametrize(("amount", "found"), [("270.00", []), ("207.00", ["207.00万元"])])
def test_an_item_naming_its_kuan_as_the_xiang_restates_the_kuan_row(tmp_path, amount, found):
    # the text names the class again as the 款 and the 款 住房改革支出 as the 项: the 类 and the last
    # name given are the table's 221 / 22102 row (2,700,000元 = 270.00万元)
    items = ITEMS[:2] + [f"3.“住房保障支出（类）住房保障支出（款）住房改革支出（项）”{amount}万元，主要用于住房改革。"]
    assert [f.stated for f in claims(report(tmp_path, items), "CON002")] == found


SANGONG_TWO_COLUMNS = """2015年度“三公”经费决算说明
一、总体情况
2015年“三公”经费决算支出数为{total}万元，其中，因公出国(境)费65.98万元，公务接待费918.5万元，公务用车费{car}万元。
2015年度“三公”经费决算财政拨款情况统计表
单位:万元
项 目 | 决算数
合 计 | 1957.23
1、因公出国(境)费 | 65.98
2、公务接待费 | 918.5
3、公务用车费 | 972.75
"""


@pytest.mark.parametrize(("total", "car", "expected"), [
    ("1957.23", "972.75", []),
    ("1975.23", "972.75", [("CON002", "1975.23万元")]),  # the 合计 row is the 三公经费 a 决算支出数 names
    ("1957.23", "927.75", [("CON002", "927.75万元")]),  # 公务用车费 is the 公务用车购置及运行维护费 line
])
def test_a_text_restates_a_two_column_three_public_table(tmp_path, total, car, expected):
    path = tmp_path / "sangong.txt"
    path.write_text(SANGONG_TWO_COLUMNS.format(total=total, car=car), encoding="utf-8")
    result = check_file(path)
    by_id = {f.id: f.raw for f in result.figures}
    assert [(f.rule, by_id[f.figures[0]]) for f in result.findings if f.rule.startswith("CON")] == expected
