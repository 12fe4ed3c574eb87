"""Properties that must hold for any text, not just the samples we thought of (hypothesis).

- the figure recogniser never crashes, and every figure's offsets index the text it came from;
- the checks never crash (nor give up on a check) on documents built from generated sentences;
- a relation written as a report writes it, from values that agree before rounding, is never
  reported as an error or a warning — and moving one of its values beyond rounding always is.

Examples are drawn at random; a failure prints the smallest text that shows it.
"""

from __future__ import annotations

import os
from decimal import ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, Decimal

import pytest
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from extractor.checks import run_checks
from extractor.figures import extract_figures, find_figures
from extractor.figures.report import report_meta
from extractor.model import Block
from extractor.pipeline import CheckOptions
from extractor.readers.txt import text_blocks
from extractor.relations import find_relations
from extractor.structure import build_document

# 150 examples a property in CI; JIXIAO_EXAMPLES=5000 for a deeper search. No deadline: time is not a property.
SETTINGS = settings(max_examples=int(os.environ.get("JIXIAO_EXAMPLES", "150")), deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])


@pytest.fixture(autouse=True)
def _checks_raise(monkeypatch):
    """A check that fails becomes a note in production; here it must fail the test."""
    monkeypatch.setenv("JIXIAO_DEBUG", "1")


# --------------------------------------------------------------------------- text that looks like a report

# Pieces reports are made of: numbers in every shape, units, approximations, cue words of
# relations, dates and document numbers, brackets and punctuation (full-width and ASCII).
WORDS = [
    "万元", "元", "亿元", "千元", "%", "％", "个百分点", "人", "人次", "户", "个", "亩", "㎡", "平方米", "分", "辆", "台",
    "余", "多", "近", "约", "以上", "左右", "至", "-", "~", "—", "百分之", "成", "万", "亿", "千",
    "其中", "包括", "合计", "总计", "占", "的", "较上年", "增加", "减少", "增长", "下降", "完成", "预算", "决算", "执行率",
    "为", "节约", "超支", "差额", "平均每", "人均", "收入", "支出", "基本支出", "项目支出", "年初", "年末", "结转和结余",
    "年", "月", "日", "第", "届", "号", "〔2022〕", "《", "》", "“", "”", "（", "）", "(", ")", "，", "。", "；", "：", "、",
    "\n", "\t", " ", "\u3000", "一", "二", "两", "三", "十", "百", "零", "〇", "点", "五六", "九成",
]


def _number() -> st.SearchStrategy[str]:
    arabic = st.decimals(min_value=-10**9, max_value=10**12, places=2).map(str)
    grouped = st.integers(min_value=0, max_value=10**12).map(lambda n: f"{n:,}")
    wide = arabic.map(lambda s: s.translate(str.maketrans("0123456789.-", "０１２３４５６７８９．－")))
    return st.one_of(arabic, grouped, wide, st.integers(0, 10**6).map(str), st.from_regex(r"\A[0-9]{1,30}(\.[0-9]{1,6})?\Z"))


report_text = st.lists(st.one_of(st.sampled_from(WORDS), _number(), st.characters(), st.text(max_size=3)),
                       max_size=40).map("".join)


def assert_offsets(text: str, found) -> None:
    last_end = 0
    for f in found:
        assert 0 <= f.start < f.end <= len(text)
        assert text[f.start:f.end] == f.raw
        assert f.start >= last_end, "figures overlap or are out of order"
        last_end = f.end
        assert f.value.is_finite()
        assert f.kind in ("money", "percent", "count", "percent_point")


@SETTINGS
@given(st.text())
@example("５００．００万元")
@example("1" * 5000 + "万元")
@example("百分之")
@example("约-0.5至-0.3万元")
@example("\U00010d40万元")  # a digit of another script: \d matched it, Decimal could not read it
@example("٣成")
def test_recogniser_on_any_text(text):
    assert_offsets(text, find_figures(text))


@SETTINGS
@given(report_text)
def test_recogniser_on_report_like_text(text):
    assert_offsets(text, find_figures(text))


def _doc_from_lines(lines: list[str]):
    blocks = text_blocks(lines)
    return build_document(blocks, path="t.txt", fmt="txt", sha256="0")


@SETTINGS
@given(st.lists(report_text, min_size=1, max_size=8))
def test_document_figures_index_the_document_text(lines):
    doc = _doc_from_lines(lines)
    text = doc.text
    for f in extract_figures(doc):
        assert text[f.start:f.end] == f.raw, (f.raw, text[f.start:f.end])


@SETTINGS
@given(st.lists(st.lists(st.text(max_size=4), max_size=6), min_size=1, max_size=6), st.integers(0, 50))
def test_cell_spans_in_one_pass_agree_with_cell_span(rows, start):
    """The one-pass offsets (used for wide tables) are those of the cell-by-cell definition, and
    index the table's text."""
    block = Block(index=0, kind="table", text="\n".join("\t".join(r) for r in rows), rows=rows, start=start)
    spans = block.cell_spans()
    assert spans == [[block.cell_span(r, c) for c in range(len(row))] for r, row in enumerate(rows)]
    for row, row_spans in zip(rows, spans):
        for cell, (a, b) in zip(row, row_spans):
            assert block.text[a - start:b - start] == cell


# --------------------------------------------------------------------------- documents of generated sentences

ITEMS = ["培训费", "会议费", "宣传费", "维修费", "印刷费", "咨询费", "物业管理费", "专用材料费", "设备购置费", "劳务费"]
HEADS = ["本年支出合计", "本年收入合计", "财政拨款支出", "年初预算", "全年预算", "支出决算", "年末结转和结余",
         "基本支出", "项目支出", "人员经费", "公用经费", "“三公”经费", "公务接待费"]
CUES = ["，其中", "，其中：", "，包括", "，占", "，占本年支出合计的", "，较上年增加", "，较上年减少", "，增长", "，下降",
        "，完成全年预算数的", "，执行率为", "，较年初预算节约", "，收支差额", "，平均每人", "、", "；", "。"]
UNITS = ["万元", "元", "%", "人", "个", "分"]


def _amount(draw) -> str:
    value = draw(st.decimals(min_value=0, max_value=10**7, places=draw(st.sampled_from([0, 1, 2, 2, 4]))))
    return str(value)


@st.composite
def sentence(draw) -> str:
    parts = [draw(st.sampled_from(HEADS + ITEMS)), "为", _amount(draw), draw(st.sampled_from(UNITS))]
    for _ in range(draw(st.integers(0, 5))):
        parts += [draw(st.sampled_from(CUES)), draw(st.sampled_from(ITEMS + HEADS + [""])), _amount(draw),
                  draw(st.sampled_from(UNITS))]
    return "".join(parts) + "。"


@st.composite
def table(draw) -> list[list[str]]:
    cols = draw(st.integers(2, 6))
    rows = [["项目"] + [draw(st.sampled_from(["预算数", "决算数", "执行率", "上年数", "增减额", "增减率"])) for _ in range(cols - 1)]]
    for k in range(draw(st.integers(1, 5))):
        rows.append([draw(st.sampled_from(ITEMS + ["合计", "小计", "其中："]))] + [_amount(draw) for _ in range(cols - 1)])
    return rows


@st.composite
def document(draw):
    lines = []
    for n in range(draw(st.integers(1, 4))):
        lines.append("一二三四"[n] + "、" + draw(st.sampled_from(["部门收支情况", "预算执行", "三公经费", "绩效目标完成情况"])))
        lines += draw(st.lists(sentence(), min_size=0, max_size=4))
    blocks = text_blocks(lines)
    for rows in draw(st.lists(table(), max_size=2)):
        blocks.append(Block(index=0, kind="paragraph", text=draw(st.sampled_from(["单位：万元", "金额单位：元", "表1"]))))
        blocks.append(Block(index=0, kind="table", text="", rows=rows))
    return build_document(blocks, path="t.txt", fmt="txt", sha256="0")


def check(doc):
    figures = extract_figures(doc)
    meta = report_meta(doc, figures)
    relations = find_relations(doc, figures, meta)
    findings, _, notes = run_checks(doc, figures, relations, meta, CheckOptions())
    return figures, findings, notes


@SETTINGS
@given(document())
def test_checks_never_crash_on_generated_documents(doc):
    figures, findings, notes = check(doc)
    ids = {f.id for f in figures}
    assert not [n for n in notes if "内部错误" in n]
    text = doc.text
    for f in findings:
        assert set(f.figures) <= ids
        assert f.message and "\n" not in f.message
        if f.start is not None and f.end is not None:
            assert 0 <= f.start <= f.end <= len(text)


# --------------------------------------------------------------------------- relations that hold, and relations moved

def rounded(x: Decimal, decimals: int) -> Decimal:
    return x.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)


def written(x: Decimal, decimals: int) -> str:
    return str(rounded(x, decimals))


decimals = st.sampled_from([0, 1, 2])
unit = st.sampled_from(["万元", "元"])


def exact(d: int, u: str) -> st.SearchStrategy[Decimal]:
    """A value before rounding. Whole 万元 are exact amounts (budgets are set in whole 万元, and the
    checks read 16万元 as exactly 16), so a figure written without decimals in 万元 is a whole number."""
    if d == 0 and u != "元":
        return st.integers(1, 90000).map(Decimal)
    return st.decimals(min_value=Decimal("1"), max_value=Decimal("90000"), places=4)


def claims(text: str) -> list[tuple[str, str, str]]:
    """Errors and warnings about the arithmetic of one statement (text rules, such as a 决算 that
    lacks its standard tables, are about the whole document and are left out)."""
    doc = build_document([Block(index=0, kind="heading", text="一、部门收支情况"), Block(index=0, kind="paragraph", text=text)],
                         path="t.txt", fmt="txt", sha256="0")
    _, findings, notes = check(doc)
    assert not notes
    return [(f.rule, f.severity, f.message) for f in findings if f.severity != "info" and f.type != "text"]


@st.composite
def sum_statement(draw):
    """合计T，其中A a、B b…: parts exact before rounding, every figure rounded to d decimals.
    Returns (writer of the text with the total written as given, the exact total, d, the parts as written)."""
    d = draw(decimals)
    u = draw(unit)
    parts = draw(st.lists(exact(d, u), min_size=2, max_size=5))
    names = draw(st.lists(st.sampled_from(ITEMS), min_size=len(parts), max_size=len(parts), unique=True))
    marker = draw(st.sampled_from(["，其中", "，其中：", "，包括"]))
    joiner = draw(st.sampled_from(["、", "，", "；"]))
    listed = joiner.join(f"{name}{written(p, d)}{u}" for name, p in zip(names, parts))

    def write(total: str) -> str:
        return f"本年项目支出合计{total}{u}{marker}{listed}。"

    return write, sum(parts), d, [rounded(p, d) for p in parts]


@SETTINGS
@given(sum_statement())
def test_sum_that_holds_before_rounding_is_not_reported(case):
    write, total, d, _ = case
    assert claims(write(written(total, d))) == []


@SETTINGS
@given(sum_statement(), st.integers(1, 50), st.sampled_from([1, -1]))
def test_sum_moved_beyond_rounding_is_reported(case, steps, sign):
    """The total moved by more than every rounding together (n parts and the total, ½ unit each)
    in either direction. A list after 其中 may be partial, so only a total below its parts is a
    certain error; a total above them is checked when the list is complete (see SUM001)."""
    write, total, d, shown = case
    n = len(shown)
    unit_step = Decimal(1).scaleb(-d)
    moved = rounded(total, d) - (n + 1 + steps) * unit_step
    assume(moved > 0)
    # (not where every part was written as the moved total: parts that each restate their total break nothing
    # down, as SUM001 says — "合计1.0万元，其中A1.0万元、B1.0万元")
    assume(write(str(moved)).count(str(moved)) < n + 1)
    # (nor where the first parts, written as they are, make the moved total within their rounding, or the last part is
    # written as it: SUM001 reads such a list as ending there, what follows being another measure or the total written
    # again — "总投资61.8万元，其中中央30.9万元，县级30.9万元，中央下达资金61.8万元", "合计2.2万元，包括A1.2万元、B1.0万元、C0.9万元")
    assume(all(abs(sum(shown[:k]) - moved) > k * unit_step for k in range(2, n)) and shown[-1] != moved)
    got = claims(write(str(moved)))
    assert [rule for rule, _, _ in got] == ["SUM001"], got


def half(d: int, u: str, *amounts: Decimal) -> Decimal:
    """Half a unit of the last digit written: what rounding may have moved a figure (none for a
    whole 万元 amount, which the checks read as exact, unless the relation's amounts are tallies:
    all whole and all but one of four digits or more)."""
    if d == 0 and u != "元":
        tallies = len(amounts) >= 2 and sum(abs(rounded(x, 0)) < 1000 for x in amounts) <= 1
        return Decimal("0.5") if tallies else Decimal(0)
    return Decimal(5).scaleb(-(d + 1))


def beyond(lo: Decimal, hi: Decimal, dp: int, sign: int) -> Decimal:
    """A percentage written with dp decimals whose own rounding interval lies wholly above `hi`
    (sign 1) or below `lo` (sign -1): a stated rate no rounding of the figures can explain."""
    step = Decimal(1).scaleb(-dp)
    if sign > 0:
        return (hi + step).quantize(step, rounding=ROUND_CEILING)
    return (lo - step).quantize(step, rounding=ROUND_FLOOR)


@st.composite
def share_statement(draw):
    """本年支出合计T，其中：A a，占p%；B b，占q%. p and q from the exact values."""
    d = draw(decimals)
    dp = draw(st.sampled_from([1, 2]))
    u = draw(unit)
    a, b = draw(exact(d, u)), draw(exact(d, u))
    t = a + b
    names = draw(st.lists(st.sampled_from(ITEMS), min_size=2, max_size=2, unique=True))

    def write(p: str) -> str:
        q = written(b / t * 100, dp)
        return (f"本年项目支出合计{written(t, d)}{u}，其中：{names[0]}{written(a, d)}{u}，占{p}%；"
                f"{names[1]}{written(b, d)}{u}，占{q}%。")

    # the share the written figures allow: a and t anywhere in their rounding intervals
    h, aw, tw = half(d, u, a, t), rounded(a, d), rounded(t, d)
    return write, a / t * 100, dp, ((aw - h) / (tw + h) * 100, (aw + h) / (tw - h) * 100)


@SETTINGS
@given(share_statement())
def test_share_that_holds_before_rounding_is_not_reported(case):
    write, p, dp, _ = case
    assert claims(write(written(p, dp))) == []


@SETTINGS
@given(share_statement(), st.sampled_from([1, -1]))
def test_share_moved_beyond_rounding_is_reported(case, sign):
    write, _, dp, (lo, hi) = case
    moved = beyond(lo, hi, dp, sign)
    assume(Decimal(0) < moved < Decimal(100))
    got = claims(write(str(moved)))
    assert [rule for rule, _, _ in got] == ["PCT001"], got


@st.composite
def completion_statement(draw):
    """全年预算为B，支出决算为A，完成全年预算数的p%: an execution rate, p = A / B."""
    d = draw(decimals)
    dp = draw(st.sampled_from([1, 2]))
    u = draw(unit)
    budget, actual = draw(exact(d, u)), draw(exact(d, u))
    lead = draw(st.sampled_from(["完成全年预算数的", "预算执行率为"]))

    def write(p: str) -> str:
        return f"全年预算为{written(budget, d)}{u}，支出决算为{written(actual, d)}{u}，{lead}{p}%。"

    h, aw, bw = half(d, u, actual, budget), rounded(actual, d), rounded(budget, d)
    return write, actual / budget * 100, dp, ((aw - h) / (bw + h) * 100, (aw + h) / (bw - h) * 100)


@SETTINGS
@given(completion_statement())
def test_completion_that_holds_before_rounding_is_not_reported(case):
    write, p, dp, _ = case
    assert claims(write(written(p, dp))) == []


@SETTINGS
@given(completion_statement(), st.sampled_from([1, -1]))
def test_completion_moved_beyond_rounding_is_reported(case, sign):
    write, _, dp, (lo, hi) = case
    moved = beyond(lo, hi, dp, sign)
    assume(moved > 0)
    got = claims(write(str(moved)))
    assert [rule for rule, _, _ in got] == ["PCT002"], got


@st.composite
def change_statement(draw):
    """全年X支出C，较上年增加/减少D，增长/下降r%: r = D / (C ∓ D) from the exact values."""
    d = draw(decimals)
    dp = draw(st.sampled_from([1, 2]))
    u = draw(unit)
    delta, rest = draw(exact(d, u)), draw(exact(d, u))
    up = draw(st.booleans())
    previous = rest if up else delta + rest  # a decrease never exceeds last year's amount
    current = previous + delta if up else previous - delta
    name = draw(st.sampled_from(ITEMS))
    more, grow = ("增加", "增长") if up else ("减少", "下降")

    def write(r: str) -> str:
        return f"全年{name}支出{written(current, d)}{u}，较上年{more}{written(delta, d)}{u}，{grow}{r}%。"

    # last year is not written: it is this year's figure ∓ the change, each within its rounding
    h, cw, dw = half(d, u, current, delta), rounded(current, d), rounded(delta, d)
    base = cw - dw if up else cw + dw
    bounds = None if base - 2 * h <= 0 else ((dw - h) / (base + 2 * h) * 100, (dw + h) / (base - 2 * h) * 100)
    return write, delta / previous * 100, dp, bounds


@SETTINGS
@given(change_statement())
def test_change_that_holds_before_rounding_is_not_reported(case):
    write, rate, dp, _ = case
    assert claims(write(written(rate, dp))) == []


@SETTINGS
@given(change_statement(), st.sampled_from([1, -1]))
def test_change_moved_beyond_rounding_is_reported(case, sign):
    write, _, dp, bounds = case
    assume(bounds is not None)
    moved = beyond(*bounds, dp, sign)
    assume(moved > 0)
    got = claims(write(str(moved)))
    assert [rule for rule, _, _ in got] == ["CHG001"], got


@st.composite
def gap_statement(draw):
    """全年财政拨款收入为I，全年财政拨款支出为O，本年财政拨款收支差额G: G = |I − O|."""
    d = draw(decimals)
    u = draw(unit)
    income, spending = draw(exact(d, u)), draw(exact(d, u))

    def write(g: str) -> str:
        return f"全年财政拨款收入为{written(income, d)}{u}，全年财政拨款支出为{written(spending, d)}{u}，本年财政拨款收支差额{g}{u}。"

    return write, abs(income - spending), d


@SETTINGS
@given(gap_statement())
def test_difference_that_holds_before_rounding_is_not_reported(case):
    write, gap, d = case
    assert claims(write(written(gap, d))) == []


@SETTINGS
@given(gap_statement(), st.integers(1, 50), st.sampled_from([1, -1]))
def test_difference_moved_beyond_rounding_is_reported(case, steps, sign):
    write, gap, d = case
    moved = rounded(gap, d) + sign * (3 + steps) * Decimal(1).scaleb(-d)
    assume(moved > 0)
    got = claims(write(str(moved)))
    assert [rule for rule, _, _ in got] == ["DIF001"], got
