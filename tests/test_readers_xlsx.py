"""The xlsx reader on workbooks the tests write with openpyxl: sheet order, title and unit rows,
merged cells, numbers as the sheet shows them, hidden and empty sheets."""

from __future__ import annotations

import openpyxl
import pytest

from extractor.readers import read_document
from extractor.readers.xlsx import format_number


def sangong_workbook(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "三公经费"
    ws["A1"] = "2021年“三公”经费支出决算表"
    ws.merge_cells("A1:E1")
    ws["E2"] = "单位：万元"
    ws.append(["项目", "预算数", None, "决算数", "执行率"])  # row 3; B3:C3 merged over two budget columns
    ws.merge_cells("B3:C3")
    rows = [
        ["公务接待费", 10, 0, 9.99, 0.999],
        ["公务用车购置及运行维护费", 6, 0, 5.43, 0.905],
        ["合计", 16, 0, 9.99 + 5.43, (9.99 + 5.43) / 16],  # 15.420000000000002 in binary floating point
    ]
    for r, values in enumerate(rows, start=4):
        for c, v in enumerate(values, start=1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.number_format = "0.00%" if c == 5 else "0.00"
    ws["G4"] = None  # a styled but empty column far right must not widen the grid
    ws["G4"].number_format = "0.00"
    second = wb.create_sheet("说明")
    second["A1"] = "本表数据来源于部门决算。"
    wb.create_sheet("空表")
    hidden = wb.create_sheet("底稿")
    hidden["A1"], hidden["B1"] = "内部", 1
    hidden.sheet_state = "hidden"
    wb.save(path)
    return path


def test_sheet_heading_title_unit_and_table(tmp_path):
    doc = read_document(sangong_workbook(tmp_path / "t.xlsx"))
    assert doc.format == "xlsx"
    assert [(b.kind, b.text.split("\n")[0]) for b in doc.blocks] == [
        ("heading", "三公经费"),
        ("paragraph", "2021年“三公”经费支出决算表"),
        ("paragraph", "单位：万元"),
        ("table", "项目\t预算数\t\t决算数\t执行率"),
        ("heading", "说明"),
        ("paragraph", "本表数据来源于部门决算。"),
    ]
    table = doc.blocks[3]
    assert table.unit == "万元"
    assert table.rows == [
        ["项目", "预算数", "", "决算数", "执行率"],
        ["公务接待费", "10.00", "0.00", "9.99", "99.90%"],
        ["公务用车购置及运行维护费", "6.00", "0.00", "5.43", "90.50%"],
        ["合计", "16.00", "0.00", "15.42", "96.38%"],
    ]
    assert any("底稿" in n for n in doc.notes)
    assert "内部" not in doc.text


def test_general_format_has_no_float_noise(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["项目", "金额"])
    ws.append(["合计", 9.99 + 5.43])
    ws.append(["人数", 91])
    ws.append(["比率", 0.1 + 0.2])
    path = tmp_path / "g.xlsx"
    wb.save(path)
    table = next(b for b in read_document(path).blocks if b.kind == "table")
    assert table.rows == [["项目", "金额"], ["合计", "15.42"], ["人数", "91"], ["比率", "0.3"]]


def test_formula_without_cached_value_reads_empty(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["项目", "金额"])
    ws.append(["甲", 1])
    ws.append(["合计", "=SUM(B2:B2)"])  # openpyxl stores no cached result
    path = tmp_path / "f.xlsx"
    wb.save(path)
    table = next(b for b in read_document(path).blocks if b.kind == "table")
    assert table.rows[-1] == ["合计", ""]


def test_caption_row_with_two_cells_still_gives_the_unit(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["编制单位：某镇人民政府", None, "单位：元"])
    ws.append(["项目", "预算数", "决算数"])
    ws.append(["合计", 23866.875, 1000])
    ws["B3"].number_format = "#,##0.00"
    path = tmp_path / "c.xlsx"
    wb.save(path)
    blocks = read_document(path).blocks
    assert blocks[1].text == "编制单位：某镇人民政府  单位：元"
    assert blocks[2].unit == "元"
    assert blocks[2].rows[-1] == ["合计", "23,866.88", "1000"]


@pytest.mark.parametrize(
    ("value", "fmt", "shown"),
    [
        (16, "0.00", "16.00"),
        (15.420000000000002, "0.00", "15.42"),
        (2.675, "0.00", "2.68"),  # Excel rounds half away from zero on the decimal value
        (-0.575, "0.00", "-0.58"),
        (-0.0363, "0.00%", "-3.63%"),
        (0.5, "0%", "50%"),
        (1234567.891, "#,##0.00", "1,234,567.89"),
        (-0.57, "0.00_);[Red](0.00)", "-0.57"),
        (-0.001, "0.00", "0.00"),  # no "-0.00"
        (16, '0.00"万元"', "16.00万元"),
        (16, "[$¥-804]#,##0.00", "¥16.00"),
        (0, '_ * #,##0.00_ ;_ * -#,##0.00_ ;_ * "-"??_ ;_ @_ ', "0.00"),
        (2.5, "0.0#", "2.5"),
        (1e-7, "General", "0.0000001"),
        (123456789012, "General", "123456789012"),
        (0.1 + 0.2, "General", "0.3"),
    ],
)
def test_number_formats(value, fmt, shown):
    assert format_number(value, fmt) == shown
