"""--format xlsx --output DIR: one workbook, DIR/jixiao.xlsx, for auditors to filter and sort.

Sheets: 汇总 (a row per report), 问题 (a row per finding), 数据 (a row per figure); Chinese column
titles, frozen header row, auto-filter, set column widths. The workbook is written row by row
(openpyxl's write-only mode), so a batch of thousands of reports does not sit in memory.
Every text is written as text: a report's "=..." never becomes a formula.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from extractor.model import CheckResult
from extractor.outputs import SEVERITY_NAMES, TYPE_NAMES, Outcome
from extractor.outputs.records import (
    FIGURE_COLUMNS,
    FILE_COLUMNS,
    FINDING_COLUMNS,
    figure_rows,
    file_row,
    finding_rows,
)

FILE_NAME = "jixiao.xlsx"
EXCEL_CELL_LIMIT = 32767

# Column title and width (in characters) for every column the sheets use.
COLUMNS = {
    "file": ("文件", 40), "status": ("状态", 8), "error": ("无法读取的原因", 36), "format": ("格式", 6),
    "pages": ("页数", 6), "unit_name": ("单位", 28), "year": ("年度", 6), "doc_type": ("报告类型", 14),
    "score": ("自评得分", 9), "grade": ("等级", 6), "figures": ("数字个数", 9), "errors": ("错误", 6),
    "warnings": ("警告", 6), "infos": ("提示", 6), "seconds": ("用时（秒）", 10),
    "page": ("页", 5), "line": ("行", 6), "location": ("位置", 22), "fingerprint": ("指纹", 14), "rule": ("规则", 9), "type": ("类型", 10), "severity": ("严重程度", 9),
    "message": ("说明", 60), "stated": ("陈述值", 14), "computed": ("计算值", 14), "excerpt": ("原文摘录", 50),
    "id": ("编号", 8), "kind": ("种类", 8), "raw": ("原文", 16), "value": ("数值", 14), "high": ("上限", 10),
    "unit": ("单位", 6), "label": ("含义", 30), "scope": ("口径", 16), "period": ("时期", 6),
    "section": ("所在章节", 40), "decimals": ("小数位", 6), "yuan": ("折合元", 14), "approx": ("约数", 8),
    "block": ("块", 5), "row": ("表内行", 6), "col": ("表内列", 6), "table": ("表格单元", 8),
    "start": ("起始位置", 8), "end": ("结束位置", 8),
}
STATUS_NAMES = {"ok": "已检查", "unreadable": "无法读取"}


class XlsxWriter:
    ordered = True

    def __init__(self, out: Path):
        self.path = out / FILE_NAME
        self.book = Workbook(write_only=True)
        self.columns = {"files": FILE_COLUMNS, "findings": FINDING_COLUMNS, "figures": FIGURE_COLUMNS}
        # Created in this order so 汇总 comes first; it is filled at close, when every report is known.
        titles = {"files": "汇总", "findings": "问题", "figures": "数据"}
        self.sheets = {name: self._sheet(titles[name], columns) for name, columns in self.columns.items()}
        self.rows = dict.fromkeys(self.columns, 1)

    def _sheet(self, title: str, columns: tuple[str, ...]):
        ws = self.book.create_sheet(title)
        for i, c in enumerate(columns, 1):
            ws.column_dimensions[get_column_letter(i)].width = COLUMNS[c][1]
        ws.freeze_panes = "A2"
        header = []
        for c in columns:
            cell = WriteOnlyCell(ws, COLUMNS[c][0])
            cell.font = Font(bold=True)
            header.append(cell)
        ws.append(header)
        return ws

    def _append(self, name: str, row: dict) -> None:
        ws = self.sheets[name]
        ws.append([_cell(ws, _shown(c, row[c])) for c in self.columns[name]])
        self.rows[name] += 1

    def add(self, result: CheckResult, name: str) -> None:
        for row in finding_rows(result):
            self._append("findings", row)
        for row in figure_rows(result):
            self._append("figures", row)

    def close(self, outcomes: list[Outcome]) -> list[Path]:
        for o in outcomes:
            self._append("files", file_row(o))
        for name, ws in self.sheets.items():
            last = get_column_letter(len(self.columns[name]))
            ws.auto_filter.ref = f"A1:{last}{self.rows[name]}"
        self.book.save(self.path)
        return [self.path]


def _shown(column: str, value):
    """Codes an auditor reads in Chinese: severity, finding type, status."""
    names = {"severity": SEVERITY_NAMES, "type": TYPE_NAMES, "status": STATUS_NAMES}.get(column)
    return names.get(value, value) if names and value is not None else value


def _cell(ws, value) -> WriteOnlyCell:
    if isinstance(value, str):
        cell = WriteOnlyCell(ws, ILLEGAL_CHARACTERS_RE.sub("", value)[:EXCEL_CELL_LIMIT])
        cell.data_type = "s"  # never a formula, whatever the text starts with
        return cell
    return WriteOnlyCell(ws, value)
