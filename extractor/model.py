"""The schema: one pydantic model per concept, shared by every stage of the pipeline.

readers -> Document (blocks, sections) -> Figure -> Relation -> Finding -> CheckResult

Offsets (`start`, `end`) always index `Document.text`, which is the blocks' text joined by
newlines; a table's text is its cells joined by tabs, rows by newlines. Money and every other
amount are `Decimal`, never float, and serialise to JSON as decimal strings.
"""

from __future__ import annotations

from bisect import bisect_right
from decimal import Decimal
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, computed_field

BlockKind = Literal["heading", "paragraph", "table"]
Severity = Literal["error", "warning", "info"]
FindingType = Literal[
    "sum", "balance", "difference", "ratio", "change", "average",
    "unit", "conflict", "table", "grade", "text", "other",
]


class Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


# --------------------------------------------------------------------------- document


# The characters a figure's value is read from. The confidence of a figure read by OCR is the least
# over these (a recogniser is often unsure of a % sign or a bracket it reads right; a digit it doubts
# may change the value).
NUMERALS = frozenset("0123456789０１２３４５６７８９.．-−－〇零一二三四五六七八九十百千两")


class OcrSpan(Model):
    """Text of a block read by OCR out of one box the recogniser found on a scanned page."""

    start: int  # offsets in the block's text
    end: int
    confidence: float  # the recogniser's for the box, 0-1: the mean over its characters
    page: int
    box: tuple[float, float, float, float]  # x0, top, x1, bottom: points from the page's top left
    chars: list[float | None] = Field(default_factory=list)  # its confidence in each character of text[start:end] (None: a space put in)


class Block(Model):
    """One heading, paragraph or table, in reading order."""

    index: int
    kind: BlockKind
    text: str
    start: int = 0
    end: int = 0
    page: int | None = None
    line: int | None = None  # 1-based line in a plain-text source, where there is one
    level: int | None = None  # headings: 1 for 一、, 2 for （一）, 3 for 1、, 4 for （1）
    number: str | None = None  # the numbering as written: 一、 （二） 3、 （4）
    rows: list[list[str]] | None = None  # tables: rows x cells
    caption: str | None = None  # tables: the title or unit line printed above
    unit: str | None = None  # tables: the unit the caption or header gives (万元, 元)
    row_pages: list[int] | None = None  # tables continued over a page break: the page of each row
    # Where the text stands in the source, for locations a person can open (None where unknown):
    line_marks: list[tuple[int, int | None, int]] | None = None  # (offset in text, page, line) where each source line starts
    cell_lines: list[list[int]] | None = None  # tables from plain text: the 1-based line of each cell, 0 unknown
    row_lines: list[int] | None = None  # the source's number of each table row: sheet row (xlsx), table row (docx)
    col_refs: list[int] | None = None  # tables from a sheet: the 1-based sheet column of each table column
    sheet: str | None = None  # the worksheet a block comes from
    # Text read by OCR (None for text from a text layer):
    ocr: list[OcrSpan] | None = None  # paragraphs: where each recognised box's text stands, its confidence and place
    cell_confidence: list[list[float | None]] | None = None  # tables: the recogniser's confidence in each cell, as rows

    def cell_span(self, row: int, col: int) -> tuple[int, int]:
        """Offsets of one table cell in Document.text."""
        assert self.rows is not None
        pos = self.start
        for r in self.rows[:row]:
            pos += len("\t".join(r)) + 1
        line = self.rows[row]
        pos += sum(len(c) + 1 for c in line[:col])
        return pos, pos + len(line[col])

    def cell_spans(self) -> list[list[tuple[int, int]]]:
        """Offsets of every cell in Document.text, row by row, in one pass (cell_span for each
        cell in turn costs the whole table each time: minutes for a sheet 16,000 columns wide)."""
        assert self.rows is not None
        out, pos = [], self.start
        for row in self.rows:
            spans = []
            for cell in row:
                spans.append((pos, pos + len(cell)))
                pos += len(cell) + 1  # the tab after a cell, or the newline after the row's last
            out.append(spans)
            if not row:
                pos += 1  # an empty row is still a line of the text
        return out


class Section(Model):
    """A node of the outline built from heading numbering."""

    title: str
    number: str | None = None
    level: int
    block: int  # index of the heading block
    end_block: int  # first block index after this section
    children: list[Section] = Field(default_factory=list)


class Document(Model):
    path: str
    format: str
    sha256: str
    pages: int | None = None
    blocks: list[Block]
    sections: list[Section] = Field(default_factory=list)
    notes: list[str] = Field(default_factory=list)  # reader remarks, e.g. "pages 3-4 have no text layer"

    @property
    def text(self) -> str:
        return "\n".join(b.text for b in self.blocks)

    def section_path(self, block_index: int) -> list[str]:
        """Titles of the sections enclosing a block, outermost first."""
        path: list[str] = []
        nodes = self.sections
        while nodes:
            # siblings are in order and never overlap: only the last one opening at or before the
            # block can hold it (found by bisection: a long report has hundreds of sections)
            k = bisect_right(nodes, block_index, key=lambda s: s.block) - 1
            if k < 0 or block_index >= nodes[k].end_block:
                break
            path.append(nodes[k].title)
            nodes = nodes[k].children
        return path


# --------------------------------------------------------------------------- figures


class Figure(Model):
    """One number found in the document, with what it measures and where it stands."""

    id: str
    kind: str  # money | percent | count | other words for what is neither
    raw: str  # the span as written: 179.93元, 1万余亩, 六座
    value: Decimal  # in the unit as written; for a range, the lower bound
    high: Decimal | None = None  # for a range, the upper bound
    unit: str  # canonical: 元 千元 万元 亿元 万亿元 % or the measure word
    decimals: int = 0  # digits after the decimal point as written (rounding tolerance)
    yuan: Decimal | None = None  # money only: the amount in 元
    approx: str | None = None  # more-than | near | about | at-least | range
    label: str = ""  # what it measures: 年初预算批复的基本支出, 公务接待费·年末决算数
    scope: list[str] = Field(default_factory=list)  # 基本支出 项目支出 三公 财政拨款 ...
    period: str | None = None  # 年初 年中 年末 上年 本年 全年
    section: list[str] = Field(default_factory=list)
    block: int
    start: int
    end: int
    page: int | None = None
    line: int | None = None
    row: int | None = None  # table cells
    col: int | None = None
    table: bool = False
    confidence: float | None = None  # read by OCR: the recogniser's least confidence (0-1) in the figure's numerals


# --------------------------------------------------------------------------- relations and findings


Term = tuple[str, int]  # a figure id and its sign


class Reading(Model):
    """One way to read a statement's operands: the relation's own, or one of its alternatives.

    Linear kinds (sum, difference, balance, conflict): stated = Σ sign × figure over `terms`.
    Ratios (share, rate, change, average): stated = scale × Σ num / Σ den.
    Directions: `pair` compared by `op` (<, >, =).
    """

    terms: list[Term] = Field(default_factory=list)
    num: list[Term] = Field(default_factory=list)
    den: list[Term] = Field(default_factory=list)
    scale: int = 100  # 100 for a percentage, 1 for an average
    pair: list[str] = Field(default_factory=list)
    op: str | None = None
    blank: bool = False  # a restated table cell left blank (it stands for 0)
    table: str = ""  # the table a restated cell stands in
    at_most: bool = False  # a partial list: its parts may only not exceed the total


class RelationData(Reading):
    """What a relation states besides its figures: one schema for every kind, each finder filling
    the fields its kind uses (extra keys are refused, so a misspelt one fails where it is written)."""

    abs: bool = False  # the stated value may be written without its sign (节约 0.58 or 差异 −0.58)
    growth: bool = False  # a change rate over this year's figure less the change
    base_stated: bool = False  # a change rate whose base the text writes itself
    named_base: bool = False  # the base the text names is the reading even at 0 (the alternatives only explain)
    share_of: str | None = None  # a share: the figure it is a share of (F3+F5+F7: of their sum)
    rounded: bool = False  # a text amount restating a table cell in a coarser unit
    whole_actuals: bool = False  # every amount is an actual of a 决算 in whole 万元: each rounded to it
    change: bool = False  # a direction word about a change (持平)
    word: str = ""  # the words the statement uses (持平, 大于)
    same: str = ""  # what a restatement is of, for messages
    subject: str = ""
    table_of_stated: str = ""
    alternatives: list[Reading] = Field(default_factory=list)  # other plausible readings


class Relation(Model):
    """An arithmetic statement the document makes, found in its text, tables or identities.

    `figures` are figure ids in the order the kind defines (e.g. total first, then parts).
    """

    kind: str  # sum | balance | difference | ratio | change | average | direction | ...
    figures: list[str]
    source: str  # text | table | identity | cross-year
    rule: str  # the rule code that checks it
    data: RelationData = Field(default_factory=RelationData)


class Finding(Model):
    rule: str  # stable code, e.g. SUM001
    type: FindingType
    severity: Severity
    figures: list[str] = Field(default_factory=list)  # suspect one first
    message: str  # Chinese, with stated and computed values
    excerpt: str | None = None
    page: int | None = None
    line: int | None = None
    block: int | None = None
    start: int | None = None  # offsets of the passage the finding points at
    end: int | None = None
    stated: str | None = None
    computed: str | None = None
    fingerprint: str = ""  # stable id for suppressions: rule + the raw figures + their places
    # Where a person finds the cited figure (the lead one), as the source format counts places:
    location: str | None = None  # in Chinese: 第3页第12行 | 第5段 | 第2个表格第3行第4列 | 工作表“收支”C7 | 第110行
    paragraph: int | None = None  # docx: 1-based paragraph, counting headings and paragraphs, not tables
    table: int | None = None  # docx: 1-based table
    row: int | None = None  # 1-based row (docx/pdf tables: of the table; xlsx: of the sheet)
    col: int | None = None  # 1-based column of the table (docx/pdf) or the sheet (xlsx)
    sheet: str | None = None  # xlsx: the worksheet
    cell: str | None = None  # xlsx: A1 reference of the cell


# --------------------------------------------------------------------------- 绩效自评表


Comparator = Literal["≥", "≤", "=", ">", "<"]


class Measure(Model):
    """An indicator's target (年度指标值) or actual value (实际完成值), as written and as read.

    `value` is None for a qualitative one (达标, 有效提升, a date); `comparator` is None when the text
    writes none (100%, 126公里); a range (90%-95%) has `high`."""

    raw: str
    comparator: Comparator | None = None
    value: Decimal | None = None
    high: Decimal | None = None
    unit: str = ""  # as written after the number: %, 公里, 天, 万元, 万人


class Indicator(Model):
    """One indicator row of a 绩效自评表, with merged level cells carried down."""

    block: int
    row: int
    page: int | None = None
    line: int | None = None
    level1: str = ""  # 产出指标 (a weight stated in the cell, 产出指标（50分）, is in IndicatorTable.level_weights)
    level2: str = ""  # 数量指标
    level3: str = ""  # 三级指标 or the indicator's name
    content: str = ""  # 指标内容, where the table has such a column
    target: Measure | None = None
    actual: Measure | None = None
    weight: Decimal | None = None  # 分值
    points: Decimal | None = None  # 得分
    reason: str = ""  # 偏差原因分析及改进措施
    figures: dict[str, str] = Field(default_factory=dict)  # target/actual/weight/points -> figure id of the cell


class FundingLine(Model):
    """One funding row of a 绩效自评表: 年度资金总额, 其中：当年财政拨款, 上年结转资金, 其他资金."""

    name: str
    block: int
    row: int
    page: int | None = None
    line: int | None = None
    budget: Decimal | None = None  # 年初预算数
    adjusted: Decimal | None = None  # 全年预算数 / 调整后预算数
    executed: Decimal | None = None  # 全年执行数
    weight: Decimal | None = None  # 分值
    rate: Decimal | None = None  # 执行率, in %
    points: Decimal | None = None  # 得分
    figures: dict[str, str] = Field(default_factory=dict)  # field name -> figure id of the cell


class IndicatorTable(Model):
    """A 绩效自评表 (or an indicator scoring table): its funding part, its indicators and its totals."""

    block: int
    page: int | None = None
    headers: dict[str, str] = Field(default_factory=dict)  # field -> the header words the table uses
    funding: list[FundingLine] = Field(default_factory=list)
    indicators: list[Indicator] = Field(default_factory=list)
    level_weights: dict[str, Decimal] = Field(default_factory=dict)  # 产出指标 -> 50, from 产出指标（50分）
    total_block: int | None = None  # where the 总分/合计 row stands (a table split over pages spans blocks)
    total_row: int | None = None
    total_weight: Decimal | None = None  # the 总分/合计 row
    total_points: Decimal | None = None
    grade: str | None = None  # a grade the table itself states (自评等级 | 优)
    figures: dict[str, str] = Field(default_factory=dict)  # total_weight/total_points -> figure id


class ReportMeta(Model):
    unit_name: str | None = None
    year: int | None = None
    date: str | None = None
    score: Decimal | None = None
    grade: str | None = None
    doc_type: str | None = None  # 绩效评价报告 | 决算 | 预算 | 自评表 ...


class CheckResult(Model):
    """Everything `jixiao check` knows about one file: the contract of eval/CONTRACT.md and more."""

    file: str
    format: str | None = None
    sha256: str | None = None
    pages: int | None = None
    status: Literal["ok", "unreadable"] = "ok"
    error: str | None = None  # why the file could not be read
    report: ReportMeta = Field(default_factory=ReportMeta)
    figures: list[Figure] = Field(default_factory=list)
    findings: list[Finding] = Field(default_factory=list)
    indicators: list[IndicatorTable] = Field(default_factory=list)  # the 绩效自评表 tables read
    suppressed: list[str] = Field(default_factory=list)  # findings a suppression file silenced: "rule key: reason"
    notes: list[str] = Field(default_factory=list)
    timings: dict[str, float] = Field(default_factory=dict)
    # The document read, kept only when asked (CheckOptions.keep_document) for writers that show
    # the report's text, such as the HTML page; never part of the JSON.
    document: Document | None = Field(default=None, exclude=True)
    # The relations found, kept only when asked (CheckOptions.keep_relations), e.g. for `jixiao coverage`.
    relations: list[Relation] | None = Field(default=None, exclude=True)

    @computed_field
    @property
    def counts(self) -> dict[str, int]:
        out = {"error": 0, "warning": 0, "info": 0}
        for f in self.findings:
            out[f.severity] += 1
        return out
