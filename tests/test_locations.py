"""Every finding points where a person opens the report: the places below were read off the
files by hand (a text editor's line numbers, Word's paragraphs and tables, Excel's cells, the
PDF page as PDFium lays out its lines)."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner
from conftest import ROOT, corpus_file

from extractor.checks.location import Place, column_letter
from extractor.cli import cli
from extractor.pipeline import check_file

SAMPLES = ROOT / "samples"


def _finding(path: Path, rule: str, raw: str | None = None):
    r = check_file(path)
    by_id = {g.id: g for g in r.figures}
    hits = [f for f in r.findings if f.rule == rule and (raw is None or by_id[f.figures[0]].raw == raw)]
    assert hits, f"no {rule} finding on {raw} in {path.name}: {[(f.rule, f.message) for f in r.findings]}"
    return hits[0]


def test_txt_paragraph_finding_gives_its_line():
    f = _finding(SAMPLES / "qingshi-agri-2023.txt", "PCT001", "48.66%")  # line 19 of the file
    assert (f.line, f.location) == (19, "第19行")


def test_txt_table_one_cell_per_line_gives_the_cells_line_not_the_tables():
    # the 自评表 starts on line 4; its 总分 row holds 100 on line 166 and 93.70 on line 167
    f = _finding(SAMPLES / "qingshi-water-2023.txt", "IND003")
    assert (f.line, f.location) == (167, "第167行")


def test_txt_cell_per_line_table_of_our_own(tmp_path: Path):
    text = ("某单位2023年度部门决算说明\n一、支出情况\n单位：万元\n\t项目\n\t金额\n\n\t工资福利支出\n\t10.00\n\n"
            "\t商品和服务支出\n\t10.00\n\n\t合计\n\t30.00\n")
    path = tmp_path / "r.txt"
    path.write_text(text, encoding="utf-8")
    f = _finding(path, "TBL001", "30.00")
    assert text.split("\n")[13] == "\t30.00"
    assert (f.line, f.location) == (14, "第14行")


def test_docx_finding_gives_paragraph_or_table_cell():
    path = SAMPLES / "qingshi-road-2023.docx"
    # 经自评，本项目综合得分95.85分… is the 14th non-empty paragraph of the document
    assert _finding(path, "IND010").location == "第14段"
    # 上年结转资金 86.60% stands in the 6th row, 7th column of the document's only table
    f = _finding(path, "IND001", "86.60%")
    assert (f.table, f.row, f.col, f.location) == (1, 6, 7, "第1个表格第6行第7列")


def test_xlsx_finding_gives_sheet_and_cell():
    f = _finding(SAMPLES / "qingshi-farmland-2023.xlsx", "IND009")  # 总分 88.6 in G19 (A19 reads 总分)
    assert (f.sheet, f.cell, f.location) == ("绩效自评表", "G19", "工作表“绩效自评表”G19")
    f = _finding(SAMPLES / "qingshi-farmland-2023.xlsx", "IND006")  # 得分 12 over a weight of 10, in G12
    assert f.cell == "G12"


def test_pdf_finding_gives_page_and_line():
    # page 4 of the wuyang report: line 8 reads 差异 868.34 万元…, line 5 …179.93 元。
    path = corpus_file("wuyang-2021", "report.pdf")
    f = _finding(path, "DIF001", "868.34万元")
    assert (f.page, f.line, f.location) == (4, 8, "第4页第8行")
    assert _finding(path, "BAL001", "179.93元").location == "第4页第5行"


def test_text_output_shows_locations_info_and_a_summary_line():
    res = CliRunner().invoke(cli, ["check", str(SAMPLES / "qingshi-agri-2023.txt")])
    lines = res.output.splitlines()
    assert "问题 6 错误 / 1 警告 / 1 提示" in lines[0]
    info = [ln for ln in lines if ln.startswith("  [提示]")]
    assert len(info) == 1 and "SUM001 第39行" in info[0]
    assert any(ln.startswith("共 1 个文件") for ln in lines)
    assert all(" 第" in ln for ln in lines if ln.startswith("  ["))


def test_place_text_and_column_letters():
    assert Place(page=3, line=12).text() == "第3页第12行"
    assert Place(page=3, row=2, col=5).text() == "第3页表格第2行第5列"
    assert Place(paragraph=5).text() == "第5段"
    assert Place().text() is None
    assert [column_letter(n) for n in (1, 26, 27, 52, 703)] == ["A", "Z", "AA", "AZ", "AAA"]


def test_html_finding_gives_the_source_line_of_paragraph_and_cell(tmp_path: Path):
    page = "\n".join([
        "<!DOCTYPE html>",                                   # 1
        "<html><head><title>决算</title>",                   # 2
        "<style>p { margin: 0 }</style></head>",              # 3
        "<body>",                                            # 4
        "<h1>某单位2023年度部门决算说明</h1>",                # 5
        "<p>一、收入情况</p>",                                 # 6
        "<p>本年收入合计30.00万元，其中：财政拨款收入",        # 7
        "10.00万元，其他收入10.00万元。</p>",                 # 8
        "<p>单位：万元</p>",                                   # 9
        "<table>",                                           # 10
        "<tr><td>项目</td><td>金额</td></tr>",               # 11
        "<tr><td>工资福利支出</td><td>10.00</td></tr>",      # 12
        "<tr><td>商品和服务支出</td><td>10.00</td></tr>",    # 13
        "<tr><td>合计</td>",                                 # 14
        "<td>30.00</td></tr>",                               # 15
        "</table></body></html>",
    ])
    path = tmp_path / "r.html"
    path.write_text(page, encoding="utf-8")
    assert _finding(path, "SUM001", "30.00万元").location == "第7行"
    assert _finding(path, "TBL001", "30.00").location == "第15行"


def test_docx_table_rows_count_a_caption_row_as_word_does(tmp_path: Path):
    import docx

    d = docx.Document()
    d.add_paragraph("某单位2023年度部门决算说明")
    rows = [["支出表", ""], ["项目", "金额"], ["工资福利支出", "10.00"], ["商品和服务支出", "10.00"], ["合计", "30.00"]]
    table = d.add_table(rows=len(rows), cols=2)
    for i, row in enumerate(rows):
        for j, value in enumerate(row):
            table.cell(i, j).text = value
    path = tmp_path / "r.docx"
    d.save(path)
    # the caption row 支出表 is read as a paragraph, yet 合计 30.00 stays in Word's 5th row
    assert _finding(path, "TBL001", "30.00").location == "第1个表格第5行第2列"
