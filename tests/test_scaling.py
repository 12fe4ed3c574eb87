"""The steps made near-linear for long documents (benchmarks/run.py measures the growth) give the
same answers as the plain definitions they replaced, and stay inside the part of the report a
statement belongs to. No timing here: speed is measured by the benchmark, not asserted."""

from __future__ import annotations

from quickfig import doc_of

from extractor.checks.findings import _block_at, _excerpt
from extractor.sentences import excerpt


def _linear_section_path(doc, index):
    path, nodes = [], doc.sections
    while True:
        inside = next((s for s in nodes if s.block <= index < s.end_block), None)
        if inside is None:
            return path
        path.append(inside.title)
        nodes = inside.children


def test_section_path_by_bisection_matches_the_walk():
    doc = doc_of(
        "前言部分没有标题。",
        "一、基本情况", "（一）部门职责", "1、主要职能", "说明文字。", "2、机构设置", "说明文字。",
        "（二）人员情况", "说明文字。",
        "二、收支情况", "说明文字。", "（一）收入", "1、财政拨款", "说明文字。",
        "三、绩效情况", "说明文字。",
    )
    assert len(doc.sections) == 3
    for b in doc.blocks:
        assert doc.section_path(b.index) == _linear_section_path(doc, b.index)
    assert doc.section_path(0) == []
    assert doc.section_path(4) == ["一、基本情况", "（一）部门职责", "1、主要职能"]


def test_finding_excerpt_from_its_blocks_matches_the_whole_text():
    doc = doc_of("一、收支情况", "收入100.00万元。支出80.00万元，结余20.00万元。", "第二段：结余为20.00万元，较上年增加。")
    text = doc.text
    for start in range(len(text)):
        for end in (start + 1, min(len(text), start + 12), len(text)):
            assert _excerpt(doc, start, end) == excerpt(text, start, end)
    assert _block_at(doc, doc.blocks[1].end) == 1  # the newline after a block belongs to it
