"""Write the binary and flattened samples of samples/README.md from the tables below.

    python samples/make_samples.py        (from the repository root; overwrites the files)

Each 绩效自评表 is a grid of cell strings in which "<" marks a slot merged into the cell on its left
and "^" a slot merged into the cell above, so the same grid becomes a Word table and a worksheet
with real merged cells, and a text file flattened the way Word's text export writes a table.
The deliberate errors are listed in samples/README.md; everything else adds up.
"""

from __future__ import annotations

import re
from pathlib import Path

HERE = Path(__file__).resolve().parent

# --------------------------------------------------------------------------- qingshi-road-2023.docx

ROAD_TITLE = "青石县交通运输局2023年度农村公路养护工程项目支出绩效自评报告"

ROAD_TEXT_BEFORE = [
    "一、项目基本情况",
    "农村公路养护工程是我局2023年度重点民生项目，由青石县公路事务中心具体实施，养护范围为全县县道、乡道共126公里。"
    "项目年度目标为：完成农村公路日常养护，及时处置路面病害，提升路况水平，保障群众安全便捷出行。",
    "二、项目资金使用情况",
    "2023年项目年初预算500.00万元，年中追加20.00万元，全年预算520.00万元，其中当年财政拨款470.00万元、上年结转资金50.00万元。"
    "全年执行496.60万元，预算执行率为95.50%。",
    "三、绩效目标完成情况",
    "（一）产出情况",
    "全年养护农村公路126公里，修复路面坑槽8350平方米，路面病害平均处置时间5天。养护路段优良路率为82.6%，未达到年度目标。",
    "（二）效益情况",
    "农村公路通行条件明显改善，全年道路交通事故起数较上年下降15%；养护长效机制基本建立。",
    "（三）满意度情况",
    "通过问卷调查，沿线群众满意度为93.5%。",
    "四、自评结论",
    "经自评，本项目综合得分95.85分，评价等级为“优”。项目自评表如下：",
    "2023年度项目支出绩效自评表",
]

ROAD_TABLE = [
    ["项目名称", "农村公路养护工程", "<", "<", "<", "<", "<", "<", "<"],
    ["主管部门", "青石县交通运输局", "<", "<", "实施单位", "青石县公路事务中心", "<", "<", "<"],
    ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", "<"],
    ["^", "年度资金总额", "500.00", "520.00", "496.60", "10", "95.50%", "9.55", "<"],
    ["^", "其中：当年财政拨款", "450.00", "470.00", "452.30", "—", "96.23%", "—", "<"],
    ["^", "上年结转资金", "50.00", "50.00", "44.30", "—", "86.60%", "—", "<"],
    ["^", "其他资金", "0.00", "0.00", "0.00", "—", "—", "—", "<"],
    ["年度总体目标", "预期目标", "<", "<", "<", "实际完成情况", "<", "<", "<"],
    ["^", "完成全县农村公路日常养护，及时处置路面病害，优良路率达到年度目标，保障群众安全便捷出行。", "<", "<", "<",
     "完成全县农村公路日常养护，路面病害及时处置，优良路率低于年度目标，群众出行条件明显改善。", "<", "<", "<"],
    ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
    ["^", "产出指标", "数量指标", "养护农村公路里程", "≥126公里", "126公里", "10", "10", ""],
    ["^", "^", "^", "修复路面坑槽面积", "≥8000平方米", "8350平方米", "10", "10", ""],
    ["^", "^", "质量指标", "养护路段优良路率", "≥85%", "82.6%", "10", "10", ""],
    ["^", "^", "时效指标", "路面病害处置时限", "≤7天", "5天", "10", "10", ""],
    ["^", "^", "成本指标", "每公里养护成本", "≤4万元", "3.94万元", "10", "10", ""],
    ["^", "效益指标", "社会效益指标", "农村公路通行条件", "有效改善", "明显改善", "10", "10", ""],
    ["^", "^", "^", "道路交通事故起数", "较上年下降", "较上年下降15%", "10", "10", ""],
    ["^", "^", "可持续影响指标", "养护长效机制", "建立健全", "基本建立", "10", "9",
     "村道养护责任尚未全部落实到人，下一步将村道养护纳入乡镇年度考核。"],
    ["^", "满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", "93.5%", "10", "10", ""],
    ["总分", "<", "<", "<", "<", "<", "100", "98.55", ""],
]

ROAD_TEXT_AFTER = [
    "五、存在的问题及改进措施",
    "部分村道养护责任落实不到位，养护质量不均衡。下一步将完善养护考核办法，加大对低等级路段的养护投入。",
    "青石县交通运输局",
    "2024年3月15日",
]

# --------------------------------------------------------------------------- qingshi-farmland-2023.xlsx

FARMLAND_ROWS = [
    ["2023年度项目支出绩效自评表", "", "", "", "", "", "", ""],
    ["填报单位：青石县农业农村局", "", "", "", "", "", "金额单位：万元", ""],
    ["项目名称", "高标准农田建设项目", "<", "<", "<", "<", "<", "<"],
    ["项目资金", "资金来源", "年初预算数", "调整后预算数", "实际支出数", "预算执行率", "分值", "得分"],
    ["^", "资金总额", "1200.00", "1180.00", "1085.60", "92.00%", "10", "9.6"],
    ["^", "其中：财政资金", "1000.00", "980.00", "901.60", "92.00%", "", ""],
    ["^", "其他资金", "200.00", "200.00", "184.00", "92.00%", "", ""],
    ["年度绩效目标", "新建高标准农田5000亩，配套建设灌排渠道12公里，项目区粮食亩产提高50公斤以上，受益农户满意度达到90%以上。",
     "<", "<", "<", "<", "<", "<"],
    ["一级指标", "二级指标", "三级指标", "指标值", "实际完成值", "权重", "自评得分", "未完成原因分析及改进措施"],
    ["产出指标（50分）", "数量指标", "新建高标准农田面积", "≥5000亩", "5120亩", "10", "10", ""],
    ["^", "^", "配套灌排渠道长度", "≥12公里", "12.5公里", "10", "10", ""],
    ["^", "质量指标", "项目工程验收合格率", "100%", "100%", "10", "12", ""],
    ["^", "时效指标", "项目完工时间", "2023年11月底前", "2023年12月20日", "10", "5", "受连续降雨影响工期延后20天，今后将合理安排施工时序。"],
    ["效益指标（30分）", "经济效益指标", "项目区粮食亩产增加", "≥50公斤", "46公斤", "10", "8", "夏季持续干旱影响单产，将加快配套节水灌溉设施建设。"],
    ["^", "社会效益指标", "受益农户数", "≥1800户", "1860户", "10", "10", ""],
    ["^", "可持续影响指标", "工程管护制度", "建立并落实", "已建立，管护经费未落实", "10", "7", "管护经费未纳入预算，将协调财政部门落实。"],
    ["满意度指标（20分）", "服务对象满意度指标", "受益农户满意度", "≥90%", "91%", "10", "10", ""],
    ["^", "^", "村集体经济组织满意度", "≥90%", "88%", "10", "7", ""],
    ["总分", "<", "<", "<", "<", "100", "88.6", ""],
    ["自评等级", "优", "<", "<", "<", "<", "<", "<"],
]

# --------------------------------------------------------------------------- qingshi-water-2023.txt

WATER_BEFORE = [
    "青石县2023年度农村饮水安全巩固提升项目绩效自评表",
    "填报单位：青石县水利局",
    "",
]

WATER_TABLE = [
    ["项目名称", "农村饮水安全巩固提升工程", "<", "<", "<", "<", "<", "<", "<"],
    ["主管部门", "青石县水利局", "<", "<", "实施单位", "青石县农村供水管理站", "<", "<", "<"],
    ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", "<"],
    ["^", "年度资金总额", "300.00", "320.00", "310.40", "10", "97.50%", "9.70", "<"],
    ["^", "其中：当年财政拨款", "300.00", "300.00", "292.50", "—", "97.50%", "—", "<"],
    ["^", "上年结转资金", "0.00", "20.00", "17.90", "—", "89.50%", "—", "<"],
    ["^", "其他资金", "0.00", "0.00", "0.00", "—", "—", "—", "<"],
    ["年度总体目标", "预期目标", "<", "<", "<", "实际完成情况", "<", "<", "<"],
    ["^", "新建和改造农村供水管网，提升农村自来水普及率和水质达标率，健全工程运行管护机制。", "<", "<", "<",
     "新建改造供水管网46.2公里，农村自来水普及率达到93.1%，水质检测合格率96.8%。", "<", "<", "<"],
    ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
    ["^", "产出指标", "数量指标", "新建改造供水管网长度", "≥45公里", "46.2公里", "10", "10", ""],
    ["^", "^", "^", "巩固提升受益人口", "≥1.2万人", "1.26万人", "10", "10", ""],
    ["^", "^", "质量指标", "水质检测合格率", "≥95%", "96.8%", "10", "10", ""],
    ["^", "^", "时效指标", "供水故障修复时间", "≤24小时", "30小时", "10", "10", ""],
    ["^", "^", "成本指标", "管网建设每公里造价", "≤6.5万元", "6.4万元", "10", "10", ""],
    ["^", "效益指标", "社会效益指标", "农村自来水普及率", "≥92%", "93.1%", "10", "10", ""],
    ["^", "^", "生态效益指标", "水源地保护范围划定", "全部划定", "已全部划定", "5", "5", ""],
    ["^", "^", "可持续影响指标", "工程运行管护机制", "健全", "基本健全", "10", "8",
     "村级管水员培训尚未全覆盖，下一步将分片区开展培训。"],
    ["^", "满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", "94%", "10", "10", ""],
    ["总分", "<", "<", "<", "<", "<", "100", "93.70", ""],
]

WATER_AFTER = [
    "",
    "填表人：李明    联系电话：0000-0000000    填报日期：2024年2月28日",
]


# --------------------------------------------------------------------------- writers


def merges(grid: list[list[str]]) -> list[tuple[int, int, int, int]]:
    """The merged areas of a grid, as (top, left, bottom, right) inclusive: "<" slots extend a cell
    to the right, "^" slots under it extend it down (each covered row repeats "^" then "<"s).

    >>> merges([["a", "<", "b"], ["^", "<", "c"]])
    [(0, 0, 1, 1)]
    """
    out = []
    for r, row in enumerate(grid):
        for c, cell in enumerate(row):
            if cell in ("<", "^"):
                continue
            right = c
            while right + 1 < len(row) and row[right + 1] == "<":
                right += 1
            bottom = r
            while bottom + 1 < len(grid) and grid[bottom + 1][c] == "^":
                bottom += 1
            for rr in range(r + 1, bottom + 1):  # a merged area is a rectangle
                assert grid[rr][c + 1:right + 1] == ["<"] * (right - c), (r, c, rr)
            if (right, bottom) != (c, r):
                out.append((r, c, bottom, right))
    return out


def write_docx(path: Path) -> None:
    from docx import Document
    from docx.shared import Pt

    doc = Document()
    doc.styles["Normal"].font.size = Pt(10.5)
    doc.add_heading(ROAD_TITLE, level=0)
    for text in ROAD_TEXT_BEFORE:
        doc.add_paragraph(text)
    grid = ROAD_TABLE
    table = doc.add_table(rows=len(grid), cols=len(grid[0]))
    table.style = "Table Grid"
    for r, row in enumerate(grid):
        for c, cell in enumerate(row):
            if cell not in ("<", "^"):
                table.cell(r, c).text = cell
    for top, left, bottom, right in merges(grid):
        table.cell(top, left).merge(table.cell(bottom, right))
    for text in ROAD_TEXT_AFTER:
        doc.add_paragraph(text)
    doc.core_properties.title = ROAD_TITLE
    doc.core_properties.author = "jixiao samples"
    doc.save(path)


def write_xlsx(path: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "绩效自评表"
    grid = FARMLAND_ROWS
    for r, row in enumerate(grid, 1):
        for c, cell in enumerate(row, 1):
            if cell in ("<", "^", ""):
                continue
            value, number_format = _typed(cell)
            ws.cell(row=r, column=c, value=value).number_format = number_format
    for top, left, bottom, right in merges(grid):
        ws.merge_cells(start_row=top + 1, start_column=left + 1, end_row=bottom + 1, end_column=right + 1)
    wb.properties.creator = "jixiao samples"
    wb.save(path)


def _typed(cell: str) -> tuple[object, str]:
    """A cell as a worksheet stores it: numbers as numbers (92.00% as 0.92), with the number format
    that shows them as written in the grid.

    >>> _typed("1085.60"), _typed("92.00%"), _typed("10"), _typed("≥90%")
    ((1085.6, '0.00'), (0.92, '0.00%'), (10, 'General'), ('≥90%', 'General'))
    """
    body = cell[:-1] if cell.endswith("%") else cell
    if not re.fullmatch(r"\d+(\.\d+)?", body):
        return cell, "General"
    places = len(body.split(".")[1]) if "." in body else 0
    shape = ("0." + "0" * places if places else "0") + ("%" if body != cell else "")
    if body != cell:
        return round(float(body) / 100, places + 2), shape
    return (float(body) if places else int(body)), (shape if places else "General")


def write_txt(path: Path) -> None:
    """The layout of a real report's text export (../shared/corpus/wuyang-2021/report.txt): one cell
    per line led by a tab, rows apart by a blank line. A merged cell is written once; a slot merged
    into the cell above is an empty cell."""
    lines = list(WATER_BEFORE)
    for row in WATER_TABLE:
        for cell in row:
            if cell == "<":
                continue
            lines.append("\t" + ("" if cell == "^" else cell))
        lines.append("")
    lines += WATER_AFTER
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> None:
    write_docx(HERE / "qingshi-road-2023.docx")
    write_xlsx(HERE / "qingshi-farmland-2023.xlsx")
    write_txt(HERE / "qingshi-water-2023.txt")


if __name__ == "__main__":
    main()
