"""--format html --output DIR: one self-contained page per report, and index.html over the batch.

A report's page: a header (file, unit, year, score, grade, counts), its findings grouped by
severity, and the report's text with every figure highlighted (kind, value, unit and label on
hover). Each finding links to the passage it points at, which carries an anchor and a highlight
of its own; report.js marks the passage when its finding is clicked.

Pages are self-contained (report.css and report.js inlined, nothing fetched) and safe: every
text taken from a report — its words, file name, messages — goes through `html.escape`, and a
Content-Security-Policy lets only our own inlined script run.
"""

from __future__ import annotations

import base64
import hashlib
import html
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path, PurePath
from urllib.parse import quote

from extractor import lexicon
from extractor.figures.report import NOT_A_REPORT
from extractor.model import CheckResult, Document, Figure, Finding
from extractor.outputs import KIND_NAMES, SEVERITY_NAMES, TYPE_NAMES, Outcome
from extractor.outputs.records import PerReportWriter
from extractor.outputs.text import place
from extractor.structure import StructureData

INDEX = "index.html"


def esc(value) -> str:
    return html.escape("" if value is None else str(value), quote=True)


@cache
def _asset(name: str) -> str:
    return resources.files("extractor.outputs").joinpath(name).read_text(encoding="utf-8")


def _sha256(text: str) -> str:
    return base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode()


def _page(title: str, body: str, script: bool, review: bool = False, body_attrs: str = "") -> str:
    css = _asset("report.css")
    scripts = ([_asset("report.js")] if script else []) + ([_asset("review.js")] if review else [])
    policy = f"default-src 'none'; style-src 'sha256-{_sha256(css)}'; " + (
        "script-src " + " ".join(f"'sha256-{_sha256(js)}'" for js in scripts) if scripts else "script-src 'none'"
    )
    return (
        "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
        f"<meta http-equiv=\"Content-Security-Policy\" content=\"{policy}\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        f"<title>{esc(title)}</title>\n<style>{css}</style>\n</head>\n<body{body_attrs}>\n{body}\n"
        + "".join(f"<script>{js}</script>\n" for js in scripts)
        + "</body>\n</html>\n"
    )


# --------------------------------------------------------------------------- where findings point


@dataclass(frozen=True)
class Span:
    """A stretch of Document.text to mark: a figure (`fig` = its index) or a finding's passage (`at` = its number)."""

    start: int
    end: int
    fig: int | None = None
    at: int | None = None
    severity: str = ""


@cache
def _sentence_marks() -> str:
    return lexicon.load("structure", StructureData).sentence_marks


def _sentence(doc: Document, figure: Figure) -> tuple[int, int]:
    """The sentence around a figure in a paragraph, or its cell in a table."""
    block = doc.blocks[figure.block] if 0 <= figure.block < len(doc.blocks) else None
    if block is None:
        return figure.start, figure.end
    if block.kind == "table":
        if figure.row is not None and figure.col is not None:
            try:
                return block.cell_span(figure.row, figure.col)
            except IndexError:
                pass
        return figure.start, figure.end
    text, base, marks = block.text, block.start, _sentence_marks()
    a, b = figure.start - base, figure.end - base
    while a > 0 and text[a - 1] not in marks:
        a -= 1
    while b < len(text) and text[b - 1 : b] not in marks:
        b += 1
    return base + a, base + b


def passage(finding: Finding, doc: Document, figures: dict[str, Figure]) -> tuple[int, int] | None:
    """The offsets of the passage a finding points at: its own, else the sentence of its first
    figure, else its block; None where it names no place."""
    size = doc.blocks[-1].end if doc.blocks else 0  # len(doc.text), without joining the text per finding
    if finding.start is not None and finding.end is not None and 0 <= finding.start < finding.end <= size:
        return finding.start, finding.end
    cited = [figures[i] for i in finding.figures if i in figures]
    if cited:
        return _sentence(doc, cited[0])
    if finding.block is not None and 0 <= finding.block < len(doc.blocks):
        b = doc.blocks[finding.block]
        return b.start, b.end
    return None


# --------------------------------------------------------------------------- the report's text


def _figure_tip(g: Figure) -> str:
    value = f"{g.value}–{g.high}" if g.high is not None else f"{g.value}"
    parts = [KIND_NAMES.get(g.kind, g.kind), f"{value} {g.unit}", g.label, "/".join(g.scope), g.period or "", g.id]
    return " · ".join(p for p in parts if p)


def _marked(text: str, a: int, b: int, spans: list[Span], figures: list[Figure], anchored: set[int]) -> str:
    """text[a:b] as HTML: figures in <mark>, finding passages in <span class="at">, the rest escaped."""
    inside = [s for s in spans if s.start < b and s.end > a]
    cuts = sorted({a, b} | {p for s in inside for p in (s.start, s.end) if a < p < b})
    out = []
    for x, y in zip(cuts, cuts[1:]):
        piece = esc(text[x:y])
        cover = [s for s in inside if s.start <= x and s.end >= y]
        fig = next((s.fig for s in cover if s.fig is not None), None)
        if fig is not None:
            g = figures[fig]
            kind = g.kind if g.kind in KIND_NAMES else "other"
            piece = f'<mark class="fig k-{kind}" data-fig="g{fig}" title="{esc(_figure_tip(g))}">{piece}</mark>'
        ats = [s for s in cover if s.at is not None]
        if ats:
            worst = min((s.severity for s in ats), key=list(SEVERITY_NAMES).index)
            numbers = " ".join(str(s.at) for s in ats)
            piece = f'<span class="at sev-{worst}" data-at="{numbers}">{piece}</span>'
            for s in ats:  # the first piece of each passage carries its anchor
                if s.at not in anchored:
                    anchored.add(s.at)
                    piece = f'<span class="anchor" id="at-{s.at}"></span>' + piece
        out.append(piece)
    return "".join(out)


def _overlapping(spans: list[Span], ranges: list[tuple[int, int]]) -> list[list[Span]]:
    """For each of `ranges` (in order, not overlapping), the spans that overlap it; found by bisection,
    so a long report with thousands of figures is not a blocks x figures loop."""
    starts = [a for a, _ in ranges]
    out: list[list[Span]] = [[] for _ in ranges]
    for s in spans:
        i = max(bisect_right(starts, s.start) - 1, 0)
        while i < len(ranges) and ranges[i][0] < s.end:
            if ranges[i][1] > s.start:
                out[i].append(s)
            i += 1
    return out


def _document_html(doc: Document, figures: list[Figure], spans: list[Span]) -> str:
    text = doc.text
    anchored: set[int] = set()
    out = []
    page = None
    per_block = _overlapping(spans, [(b.start, b.end) for b in doc.blocks])
    for block, local in zip(doc.blocks, per_block):
        if block.page is not None and block.page != page:
            page = block.page
            out.append(f'<div class="page-no">第 {page} 页</div>')
        if block.kind == "table" and block.rows:
            rows = []
            cell_spans = block.cell_spans()
            lines = [(row[0][0], row[-1][1]) if row else (0, 0) for row in cell_spans]
            for r, (row, in_row) in enumerate(zip(block.rows, _overlapping(local, lines))):
                cells = "".join(
                    f"<td>{_marked(text, *cell_spans[r][c], in_row, figures, anchored)}</td>" for c in range(len(row))
                )
                rows.append(f"<tr>{cells}</tr>")
            out.append(f'<div class="tbl"><table data-block="{block.index}">{"".join(rows)}</table></div>')
        elif block.kind == "heading":
            tag = f"h{min(max(block.level or 1, 0) + 2, 5)}"
            out.append(f'<{tag} data-block="{block.index}">{_marked(text, block.start, block.end, local, figures, anchored)}</{tag}>')
        else:
            out.append(f'<p data-block="{block.index}">{_marked(text, block.start, block.end, local, figures, anchored)}</p>')
    return "\n".join(out)


# --------------------------------------------------------------------------- the page of one report


def _header(r: CheckResult, index_href: str | None) -> str:
    m, c = r.report, r.counts
    facts = [
        ("单位", m.unit_name), ("年度", m.year), ("报告类型", m.doc_type), ("自评得分", m.score), ("等级", m.grade),
        ("格式", r.format), ("页数", r.pages), ("数字", f"{len(r.figures)} 个" if r.status == "ok" else None),
    ]
    meta = "".join(f"<div><dt>{k}</dt><dd>{esc(v)}</dd></div>" for k, v in facts if v not in (None, ""))
    crumb = f'<p class="crumb"><a href="{esc(index_href)}">← 全部文件</a></p>' if index_href else ""
    parts = [
        "<header>", crumb, f"<h1>{esc(PurePath(r.file).name)}</h1>", f'<p class="path">{esc(r.file)}</p>',
        f'<dl class="meta">{meta}</dl>',
    ]
    if r.status != "ok":
        parts.append(f'<p class="unreadable">无法读取：{esc(r.error)}</p>')
    else:
        parts.append(
            '<p class="counts">'
            + "".join(f'<span class="n-{s}">{name} {c[s]}</span>' for s, name in SEVERITY_NAMES.items())
            + "</p>"
        )
    parts += [f'<p class="notes">注：{esc(n)}</p>' for n in r.notes]
    parts.append("</header>")
    return "\n".join(parts)


def _finding_item(n: int, f: Finding, located: bool, fig_index: dict[str, int]) -> str:
    figs = " ".join(f"g{fig_index[i]}" for i in f.figures if i in fig_index)
    head = (
        f'<span class="rule">{esc(f.rule)}</span><span class="type">{esc(TYPE_NAMES.get(f.type, f.type))}</span>'
        f'<span class="where">{esc(place(f))}</span><p class="msg">{esc(f.message)}</p>'
    )
    body = f'<a href="#at-{n}" data-finding="{n}">{head}</a>' if located else head + '<p class="nowhere">原文中未定位</p>'
    vals = [f"陈述：{esc(f.stated)}" if f.stated else "", f"计算：{esc(f.computed)}" if f.computed else ""]
    if any(vals):
        body += f'<p class="vals">{"　".join(v for v in vals if v)}</p>'
    if f.excerpt:
        body += f"<blockquote>{esc(f.excerpt)}</blockquote>"
    return (f'<li class="finding sev-{f.severity}" id="finding-{n}" data-figs="{figs}" '
            f'data-rule="{esc(f.rule)}" data-fingerprint="{esc(f.fingerprint)}">{body}</li>')


def render_page(r: CheckResult, index_href: str | None = INDEX, review: bool = False) -> str:
    """The page of one report. Its text is shown when the result carries its Document. With
    `review`, each finding gets confirm / dismiss buttons and a reason, and the page saves the
    dismissed ones as a suppressions file (review.js)."""
    doc = r.document
    figures = r.figures
    fig_index = {g.id: i for i, g in enumerate(figures)}
    spans = [Span(g.start, g.end, fig=i) for i, g in enumerate(figures) if g.start < g.end]
    located: set[int] = set()
    if doc is not None:
        by_id = {g.id: g for g in figures}
        for n, f in enumerate(r.findings, 1):
            place = passage(f, doc, by_id)
            if place:
                spans.append(Span(*place, at=n, severity=f.severity))
                located.add(n)

    groups = []
    for sev, name in SEVERITY_NAMES.items():
        items = [_finding_item(n, f, n in located, fig_index) for n, f in enumerate(r.findings, 1) if f.severity == sev]
        if not items:
            continue
        block = f'<ol>{"".join(items)}</ol>'
        if sev == "info" and not review:  # rounding gaps and the like: folded away, auditors look at them last
            groups.append(f"<details><summary>{name}（{len(items)}）</summary>{block}</details>")
        else:
            groups.append(f"<h3 class=\"n-{sev}\">{name}（{len(items)}）</h3>{block}")
    findings = "".join(groups) or '<p class="none">未发现问题。</p>'
    legend = (
        '<p class="legend">数字：' + "".join(f'<mark class="fig k-{k}">{v}</mark>' for k, v in KIND_NAMES.items())
        + '<mark class="fig k-other">其他</mark> <span class="at">问题所指原文</span>（鼠标悬停数字可见其含义）</p>'
    )
    if doc is not None:
        text = legend + _document_html(doc, figures, spans)
    elif r.status == "ok":
        text = '<p class="none">未保留原文。</p>'
    else:
        text = ""
    if review and r.findings:
        name = f"{PurePath(r.file).name}.suppressions.toml"
        findings += (
            '<div id="review-box"><p>确认问题，或写明原因后忽略；再“保存忽略文件”，用 '
            '<code>jixiao check 报告 --suppressions 该文件</code> 复核时这些问题列为“已忽略”。</p>'
            f'<button type="button" id="review-save" data-name="{esc(name)}">保存忽略文件</button> '
            '<span id="review-tally"></span>'
            '<textarea id="review-toml" readonly rows="8" aria-label="忽略文件内容"></textarea></div>'
        )
    body = (
        _header(r, index_href)
        + f'\n<main>\n<nav id="findings"><h2>问题</h2>{findings}</nav>\n<article id="doc">{text}</article>\n</main>'
    )
    title = f"{PurePath(r.file).name} · jixiao " + ("审阅" if review else "检查结果")
    return _page(title, body, script=True, review=review, body_attrs=f' data-file="{esc(r.file)}"' if review else "")


# --------------------------------------------------------------------------- the index of a batch


def render_index(outcomes: list[Outcome], pages: set[str] | None = None) -> str:
    """The batch's index; a report links to its page when `pages` (the names written) holds it, or always."""
    totals = {s: sum(o.counts.get(s, 0) for o in outcomes) for s in SEVERITY_NAMES}
    failed = sum(1 for o in outcomes if o.status != "ok")
    strays = sum(1 for o in outcomes if o.not_report)
    rows = []
    for o in outcomes:
        m = o.report
        page = o.name + ".html"
        link = f'<a href="{esc(quote(page))}">{esc(o.file)}</a>' if pages is None or page in pages else esc(o.file)
        status = ("已检查" + (f"（{NOT_A_REPORT}）" if o.not_report else "")) if o.status == "ok" else f"无法读取：{esc(o.error)}"
        cls = "unreadable" if o.status != "ok" else ("has-errors" if o.counts.get("error") else "")
        nums = "".join(f'<td class="num">{o.counts.get(s, 0)}</td>' for s in SEVERITY_NAMES)
        rows.append(
            f'<tr class="{cls}"><td>{link}</td><td>{esc(m.unit_name)}</td><td>{esc(m.year)}</td>'
            f"<td>{esc(m.score)}</td><td>{esc(m.grade)}</td><td class=\"num\">{o.figures}</td>{nums}<td>{status}</td></tr>"
        )
    head = "".join(f"<th>{t}</th>" for t in ("文件", "单位", "年度", "自评得分", "等级", "数字", *SEVERITY_NAMES.values(), "状态"))
    body = (
        "<header><h1>jixiao 检查结果</h1>"
        f'<p class="counts">共 {len(outcomes)} 个文件：已检查 {len(outcomes) - failed}，无法读取 {failed}'
        + (f"，{NOT_A_REPORT}的文件 {strays}" if strays else "") + "；"
        + "".join(f'<span class="n-{s}">{SEVERITY_NAMES[s]} {n}</span>' for s, n in totals.items())
        + "</p></header>\n"
        f'<table class="index"><thead><tr>{head}</tr></thead><tbody>\n' + "\n".join(rows) + "\n</tbody></table>"
    )
    return _page("jixiao 检查结果", body, script=False)


class HtmlWriter(PerReportWriter):
    """One self-contained page per report, and index.html over the batch; with `review`, pages
    where each finding is confirmed or dismissed (`jixiao review`)."""

    suffix = ".html"

    def __init__(self, out: Path, review: bool = False):
        super().__init__(out)
        self.review = review

    def render(self, result: CheckResult) -> str:
        return render_page(result, review=self.review)

    def close(self, outcomes: list[Outcome]) -> list[Path]:
        index = self.out / INDEX
        index.write_text(render_index(outcomes, {p.name for p in self.written}), encoding="utf-8")
        return [index, *self.written]
