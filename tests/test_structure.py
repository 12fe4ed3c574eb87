"""Headings, sections, table units: the structure every reader's blocks are given."""

from __future__ import annotations

import pytest

from extractor.model import Block
from extractor.structure import build_document, join_broken_sentences, numbering_of, unit_of_caption


def para(text: str) -> Block:
    return Block(index=0, kind="paragraph", text=text)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("一、部门概况", 1),
        ("十二、其他", 1),
        ("（一）部门基本情况", 2),
        ("(三) 三公经费", 2),
        ("1、职能职责", 3),
        ("3. 资金管理", 3),
        ("（1）基本支出", 4),
        ("(12) 其他", 4),
        ("第一部分 概况", 0),
        ("①宣传", 5),
    ],
)
def test_numbering_levels(text, level):
    assert numbering_of(text)[0] == level


@pytest.mark.parametrize("text", ["2021年年初预算", "1.5万元用于", "一岗双责", "十九届五中全会", "3.92元"])
def test_not_numbering(text):
    assert numbering_of(text) is None


def test_long_numbered_sentence_is_a_paragraph():
    doc = build_document(
        [para("一、部门概况"), para("（1）制定和组织实施经济、科技和社会发展计划，制定资源开发技术改造和产业结构调整方案。")],
        path="x", fmt="txt", sha256="0",
    )
    assert [b.kind for b in doc.blocks] == ["heading", "paragraph"]
    assert doc.blocks[1].number == "（1）"


def test_sections_nest_by_level_and_close():
    doc = build_document(
        [para("一、概况"), para("（一）职能"), para("正文。"), para("（二）支出"), para("二、绩效"), para("正文。")],
        path="x", fmt="txt", sha256="0",
    )
    top = doc.sections
    assert [s.title for s in top] == ["一、概况", "二、绩效"]
    assert [s.title for s in top[0].children] == ["（一）职能", "（二）支出"]
    assert top[0].end_block == 4
    assert doc.section_path(2) == ["一、概况", "（一）职能"]
    assert doc.section_path(5) == ["二、绩效"]


def test_offsets_index_document_text():
    doc = build_document(
        [para("一、概况"), Block(index=0, kind="table", text="", rows=[["项目", "金额"], ["合计", "16"]]), para("完。")],
        path="x", fmt="txt", sha256="0",
    )
    text = doc.text
    for b in doc.blocks:
        assert text[b.start:b.end] == b.text
    table = doc.blocks[1]
    s, e = table.cell_span(1, 1)
    assert text[s:e] == "16"


@pytest.mark.parametrize(
    ("caption", "unit"),
    [("金额单位：万元", "万元"), ("单位: 元", "元"), ("（单位：万元）", "万元"), ("编制部门：某局  单位：元", "元"), ("说明", None)],
)
def test_unit_captions(caption, unit):
    assert unit_of_caption(caption) == unit


def test_table_inherits_caption_unit():
    doc = build_document(
        [para("三公经费表"), para("金额单位：万元"), Block(index=0, kind="table", text="", rows=[["项目", "预算"], ["合计", "16"]])],
        path="x", fmt="txt", sha256="0",
    )
    assert doc.blocks[-1].unit == "万元"


@pytest.mark.parametrize(("lines", "expected"), [
    # a line ending with a comma goes on in the next one (text wrapped at a fixed width)
    (["（一）教育支出类科目850.00万元，", "占支出总预算78.00%，同比减少50.00万元。"],
     ["（一）教育支出类科目850.00万元，占支出总预算78.00%，同比减少50.00万元。"]),
    # a sentence's end, or a numbered item after the comma, starts a new paragraph
    (["支出合计900.00万元。", "占支出总预算的比例见下表，"], ["支出合计900.00万元。", "占支出总预算的比例见下表，"]),
    (["主要包括以下方面，", "（二）项目支出100.00万元。"], ["主要包括以下方面，", "（二）项目支出100.00万元。"]),
])
def test_a_paragraph_cut_after_a_comma_is_joined(lines, expected):
    blocks = join_broken_sentences([Block(index=0, kind="paragraph", text=t, line=i + 1) for i, t in enumerate(lines)])
    assert [b.text for b in blocks] == expected
    assert blocks[0].line_marks is None or [m[2] for m in blocks[0].line_marks] == list(range(1, len(lines) + 1))


def test_a_paragraph_ended_without_a_full_stop_before_an_empty_line_stays_apart():
    # the author left out the full stop; the plain text's empty line says the paragraph ended
    first, second = "公务用车购置费预算安排0万元，与2021年预算持平", "公务用车运行维护费预算安排8万元，较2021年预算下降42.86%。"
    apart = join_broken_sentences([Block(index=0, kind="paragraph", text=first, line=1),
                                   Block(index=0, kind="paragraph", text=second, line=3)])
    assert [b.text for b in apart] == [first, second]
    cut = join_broken_sentences([Block(index=0, kind="paragraph", text=first, line=1),
                                 Block(index=0, kind="paragraph", text=second, line=2)])
    assert [b.text for b in cut] == [first + second]
