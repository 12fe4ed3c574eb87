"""The docx reader on documents the tests write with python-docx: body order, headings, merged
cells, nested tables, text boxes, list numbering, units; plus the wuyang-2021 report."""

from __future__ import annotations

import hashlib
import re

import docx
import pytest
from conftest import SANGONG, corpus_file
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

from extractor.readers import read_document


def save(document, tmp_path, name="t.docx"):
    path = tmp_path / name
    document.save(path)
    return path


def fill_table(container, values: list[list[str]]):
    """A table (in the document or in a cell) holding `values`; empty strings stay empty cells."""
    t = container.add_table(rows=len(values), cols=len(values[0]))
    for r, row in enumerate(values):
        for c, v in enumerate(row):
            if v:
                t.cell(r, c).text = v
    return t


def test_paragraphs_and_tables_keep_body_order(tmp_path):
    d = docx.Document()
    d.add_paragraph("第一段。")
    fill_table(d, [["项目", "金额"], ["合计", "16"]])
    d.add_paragraph("第二段。")
    fill_table(d, [["甲", "乙"], ["", "9"]])
    d.add_paragraph("第三段。")
    doc = read_document(save(d, tmp_path))
    assert [b.kind for b in doc.blocks] == ["paragraph", "table", "paragraph", "table", "paragraph"]
    assert doc.blocks[1].rows == [["项目", "金额"], ["合计", "16"]]
    assert doc.blocks[3].rows == [["甲", "乙"], ["", "9"]]
    assert doc.format == "docx"


def test_heading_styles_give_levels_and_numbering_wins(tmp_path):
    d = docx.Document()
    d.add_heading("部门整体支出绩效评价报告", 0)  # Title
    d.add_heading("一、部门概况", 1)
    d.add_heading("（一）收入情况", 1)  # styled Heading 1, numbered as level 2
    d.add_heading("工作成效", 3)  # no numbering: the style decides
    d.add_paragraph("正文。")
    blocks = read_document(save(d, tmp_path)).blocks
    assert [(b.kind, b.level) for b in blocks] == [
        ("heading", 0), ("heading", 1), ("heading", 2), ("heading", 3), ("paragraph", None)]


def test_chinese_heading_style_names(tmp_path):
    d = docx.Document()
    style = d.styles.add_style("标题 2", 1)  # WPS names its heading styles in Chinese
    d.add_paragraph("主要做法", style=style)
    blocks = read_document(save(d, tmp_path)).blocks
    assert (blocks[0].kind, blocks[0].level) == ("heading", 2)


def test_direct_outline_level_overrides_the_style(tmp_path):
    d = docx.Document()
    p1 = d.add_paragraph("主要成效")
    p1._p.get_or_add_pPr().append(parse_xml(f'<w:outlineLvl {nsdecls("w")} w:val="1"/>'))
    p2 = d.add_paragraph("一段正文，不是标题", style="Heading 2")
    p2._p.get_or_add_pPr().append(parse_xml(f'<w:outlineLvl {nsdecls("w")} w:val="9"/>'))
    blocks = read_document(save(d, tmp_path)).blocks
    assert [(b.kind, b.level) for b in blocks] == [("heading", 2), ("paragraph", None)]


def test_merged_cells_value_top_left_and_grid_rectangular(tmp_path):
    d = docx.Document()
    t = fill_table(d, [["项目", "本年支出", "", "合计"], ["基本支出", "10", "20", "30"], ["", "5", "6", "11"]])
    t.cell(0, 1).merge(t.cell(0, 2))  # horizontal: gridSpan
    t.cell(1, 0).merge(t.cell(2, 0))  # vertical: vMerge
    rows = read_document(save(d, tmp_path)).blocks[0].rows
    assert rows == [["项目", "本年支出", "", "合计"], ["基本支出", "10", "20", "30"], ["", "5", "6", "11"]]
    assert len({len(r) for r in rows}) == 1


def test_cell_paragraphs_join_without_newline(tmp_path):
    d = docx.Document()
    t = fill_table(d, [["项目", "年初"], ["合计", "16"]])
    t.cell(0, 1).add_paragraph("预算数")
    rows = read_document(save(d, tmp_path)).blocks[0].rows
    assert rows[0] == ["项目", "年初预算数"]


def test_nested_table_comes_out_after_its_outer_table(tmp_path):
    d = docx.Document()
    outer = fill_table(d, [["项目", "明细"], ["三公经费", "见下表"]])
    fill_table(outer.cell(1, 1), [["接待", "9.99"], ["用车", "5.43"]])
    tables = [b for b in read_document(save(d, tmp_path)).blocks if b.kind == "table"]
    assert tables[0].rows == [["项目", "明细"], ["三公经费", "见下表"]]
    assert tables[1].rows == [["接待", "9.99"], ["用车", "5.43"]]


def test_single_cell_frame_is_read_as_body(tmp_path):
    d = docx.Document()
    frame = d.add_table(rows=1, cols=1)
    cell = frame.cell(0, 0)
    cell.text = "一、部门概况"
    cell.add_paragraph("单位：万元")
    fill_table(cell, [["项目", "金额"], ["合计", "16"]])
    blocks = read_document(save(d, tmp_path)).blocks
    assert [b.kind for b in blocks] == ["heading", "paragraph", "table"]
    assert blocks[2].rows == [["项目", "金额"], ["合计", "16"]]
    assert blocks[2].unit == "万元"


def test_title_and_unit_rows_inside_a_table_become_its_caption(tmp_path):
    d = docx.Document()
    t = fill_table(d, [["一般公共预算财政拨款基本支出决算表", "", ""], ["编制单位：某镇", "", "单位：元"],
                  ["科目", "人员经费", "公用经费"], ["合计", "1,000.00", "200.00"]])
    t.cell(0, 0).merge(t.cell(0, 2))
    blocks = read_document(save(d, tmp_path)).blocks
    assert [(b.kind, b.text) for b in blocks[:2]] == [
        ("paragraph", "一般公共预算财政拨款基本支出决算表"), ("paragraph", "编制单位：某镇  单位：元")]
    assert blocks[2].rows == [["科目", "人员经费", "公用经费"], ["合计", "1,000.00", "200.00"]]
    assert blocks[2].unit == "元"


def test_unit_caption_above_table(tmp_path):
    d = docx.Document()
    d.add_paragraph("“三公”经费支出决算表")
    d.add_paragraph("金额单位：万元")
    fill_table(d, [["项目", "决算数"], ["合计", "15.42"]])
    table = read_document(save(d, tmp_path)).blocks[-1]
    assert table.unit == "万元"


TEXT_BOX = (
    '<w:r {}><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData>'
    "<wps:wsp><wps:txbx><w:txbxContent><w:p><w:r><w:t>框内：年末结余40万元</w:t></w:r></w:p></w:txbxContent>"
    "</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict>"
    "<v:shape><v:textbox><w:txbxContent><w:p><w:r><w:t>框内：年末结余40万元</w:t></w:r></w:p></w:txbxContent>"
    "</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>"
).format(
    nsdecls("w", "wp", "a")
    + ' xmlns:v="urn:schemas-microsoft-com:vml"'
    + ' xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
    + ' xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'
)


def test_text_box_read_once_after_its_paragraph(tmp_path):
    d = docx.Document()
    p = d.add_paragraph("正文在前。")
    p._p.append(parse_xml(TEXT_BOX))
    d.add_paragraph("正文在后。")
    texts = [b.text for b in read_document(save(d, tmp_path)).blocks]
    assert texts == ["正文在前。", "框内：年末结余40万元", "正文在后。"]


def test_deleted_revisions_and_field_codes_are_not_text(tmp_path):
    d = docx.Document()
    p = d.add_paragraph("支出")
    p._p.append(parse_xml(f'<w:del {nsdecls("w")} w:id="1" w:author="a"><w:r><w:delText>99</w:delText></w:r></w:del>'))
    p._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:instrText> PAGE </w:instrText></w:r>'))
    p.add_run("16万元")
    assert read_document(save(d, tmp_path)).blocks[0].text == "支出16万元"


def _chinese_list(document) -> str:
    """Add a two-level list (一、 / （一）) to the document's numbering part; return its numId."""
    numbering = document.part.numbering_part.element
    abstract = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="90">'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>'
        "</w:abstractNum>"
    )
    numbering.insert(0, abstract)
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
    return "90"


def _number(paragraph, num_id: str, ilvl: int) -> None:
    ppr = paragraph._p.get_or_add_pPr()
    ppr.append(parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>'))


def test_automatic_list_numbers_are_rendered(tmp_path):
    d = docx.Document()
    d.add_paragraph("x", style="List Number")  # makes sure the numbering part exists
    num = _chinese_list(d)
    for text, lvl in [("部门概况", 0), ("基本情况", 1), ("支出情况", 1), ("绩效评价", 0), ("评价结论", 1)]:
        _number(d.add_paragraph(text), num, lvl)
    blocks = read_document(save(d, tmp_path)).blocks
    assert [b.text for b in blocks] == ["1.x", "一、部门概况", "（一）基本情况", "（二）支出情况", "二、绩效评价", "（一）评价结论"]
    assert [(b.kind, b.level) for b in blocks[1:]] == [("heading", 1), ("heading", 2), ("heading", 2), ("heading", 1),
                                                      ("heading", 2)]


def test_list_instances_continue_unless_restarted(tmp_path):
    d = docx.Document()
    d.add_paragraph("甲", style="List Number")
    d.add_paragraph("乙", style="List Number")
    style_num = d.styles["List Number"].element.pPr.find(qn("w:numPr")).find(qn("w:numId")).get(qn("w:val"))
    numbering = d.part.numbering_part.element
    abstract_id = next(n for n in numbering.findall(qn("w:num")) if n.get(qn("w:numId")) == style_num) \
        .find(qn("w:abstractNumId")).get(qn("w:val"))
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="76"><w:abstractNumId w:val="{abstract_id}"/></w:num>'))
    numbering.append(parse_xml(
        f'<w:num {nsdecls("w")} w:numId="77"><w:abstractNumId w:val="{abstract_id}"/>'
        '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'))
    _number(d.add_paragraph("丙"), "76", 0)  # another instance of the same list continues it
    _number(d.add_paragraph("丁"), "77", 0)  # "restart numbering" in Word
    assert [b.text for b in read_document(save(d, tmp_path)).blocks] == ["1.甲", "2.乙", "3.丙", "1.丁"]


# --------------------------------------------------------------------------- wuyang-2021




@pytest.mark.corpus
def test_wuyang_docx_table_headings_and_text():
    path = corpus_file("wuyang-2021", "report.docx")
    doc = read_document(path)
    tables = [b for b in doc.blocks if b.kind == "table"]
    # The report has one table, the 三公 table: 6 rows x 5 columns in every source (checked by eye
    # against report.txt and the PDF), under the caption 金额单位：万元.
    assert len(tables) == 1
    assert tables[0].rows == SANGONG
    assert tables[0].unit == "万元"
    assert doc.blocks[0].text == "部门整体支出绩效评价报告" and doc.blocks[0].level == 0
    heading = next(b for b in doc.blocks if b.text == "（三）“三公”经费情况")
    assert (heading.kind, heading.level) == ("heading", 2)
    assert doc.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.corpus
def test_wuyang_docx_and_txt_have_the_same_text():
    docx_text = read_document(corpus_file("wuyang-2021", "report.docx")).text
    txt_text = read_document(corpus_file("wuyang-2021", "report.txt")).text
    assert re.sub(r"\s+", "", docx_text) == re.sub(r"\s+", "", txt_text)
    assert "年中追加 789.37万元（占年初预算批复数67.55%）" in docx_text
