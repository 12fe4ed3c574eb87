"""The steps made near-linear for long documents (benchmarks/run.py measures the growth) give the
same answers as the plain definitions they replaced, and stay inside the part of the report a
statement belongs to. No timing here: speed is measured by the benchmark, not asserted."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from conftest import ROOT, corpus_file
from quickfig import doc_of, figures_of

from extractor.checks.findings import _block_at, _excerpt
from extractor.figures import extract_figures
from extractor.model import ReportMeta
from extractor.readers import read_document
from extractor.relations import find_relations
from extractor.relations.facts import FactIndex, facts_of
from extractor.relations.mentions import build_mentions
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


def test_fact_index_gives_the_latest_facts_of_a_quantity():
    doc = read_document(corpus_file("wuyang-2021", "report.txt"))
    mentions = build_mentions(doc, extract_figures(doc))
    index = FactIndex(mentions)
    facts = facts_of(mentions)
    assert facts, "the report states facts"
    for f in facts:
        key = f.key
        brute = [g for g in facts if g.mention.index < f.mention.index
                 and (g.key.measure, g.key.scope) == (key.measure, key.scope)][::-1]
        assert list(index.latest_before(f.mention.index, key.measure, key.scope)) == brute
        assert index.of(f.mention) == f


def test_finding_excerpt_from_its_blocks_matches_the_whole_text():
    doc = doc_of("一、收支情况", "收入100.00万元。支出80.00万元，结余20.00万元。", "第二段：结余为20.00万元，较上年增加。")
    text = doc.text
    for start in range(len(text)):
        for end in (start + 1, min(len(text), start + 12), len(text)):
            assert _excerpt(doc, start, end) == excerpt(text, start, end)
    assert _block_at(doc, doc.blocks[1].end) == 1  # the newline after a block belongs to it


def test_a_statement_is_not_read_against_an_earlier_part_with_the_same_title():
    part = [
        "一、项目支出情况",
        "年初预算批复的项目支出为100.00万元，年中追加30.00万元。",
        "2023年决算项目支出为130.00万元。决算数与年初预算指标对比，项目支出差异30.00万元。",
    ]
    doc = doc_of(*part, "二、其他情况", "无。", "一、项目支出情况", "决算数与年初预算指标对比，项目支出差异32.00万元。")
    figs = figures_of(doc)
    rels = find_relations(doc, figs, ReportMeta())
    by_id = {f.id: f for f in figs}
    differences = [r for r in rels if r.rule == "DIF001"]
    # the first part's statement has its two stages; the repeated title's has none of its own
    assert [by_id[r.figures[0]].raw for r in differences] == ["30.00万元"]


def test_relations_come_in_the_same_order_whatever_the_hash_seed():
    path = corpus_file("wuyang-2021", "report.txt")
    code = (
        "import json, sys\n"
        "from extractor.readers import read_document\n"
        "from extractor.figures import extract_figures\n"
        "from extractor.model import ReportMeta\n"
        "from extractor.relations import find_relations\n"
        "doc = read_document(sys.argv[1]); figs = extract_figures(doc)\n"
        "print(json.dumps([r.figures for r in find_relations(doc, figs, ReportMeta())]))\n"
    )
    runs = []
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        out = subprocess.run([sys.executable, "-c", code, str(path)], env=env, cwd=ROOT, capture_output=True,
                             text=True, check=True)
        runs.append(json.loads(out.stdout))
    assert runs[0] and runs[0] == runs[1]
