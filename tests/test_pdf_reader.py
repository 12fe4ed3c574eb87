"""The PDF reader, on PDFs these tests draw themselves (reportlab, CJK through its built-in
STSong-Light font) and on the corpus reports (skipped where ../shared is absent).

The drawn pages imitate what Word and WPS exports do: 12 pt CJK text on a 37-character measure
(x 72–516), first lines indented by two characters, digits in a Latin font on a lower baseline,
running headers and page numbers, ruled tables with a unit caption above.
"""

from __future__ import annotations

import io

import pytest
from conftest import corpus_file
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

from extractor.errors import ReadError
from extractor.readers import read_document

CJK = "STSong-Light"
pdfmetrics.registerFont(UnicodeCIDFont(CJK))
LEFT, SIZE, PER_LINE = 72, 12, 37  # the text area is 37 characters of 12 pt: x 72 to 516 (page 595 wide)
TOP = 842 - 90


def _pdf(tmp_path, pages, name="t.pdf", **kw):
    """A PDF whose pages are drawn by the functions in `pages` (each gets the canvas)."""
    path = tmp_path / name
    c = canvas.Canvas(str(path), pagesize=A4, **kw)
    for draw in pages:
        c.setFont(CJK, SIZE)
        draw(c)
        c.showPage()
    c.save()
    return path


def _wrap(text: str, indent: int = 2) -> list[str]:
    """Lines as Word breaks them: as many characters as fit the measure (digits are half as wide)."""
    lines, line, room = [], "", (PER_LINE - indent) * SIZE
    for ch in text:
        if pdfmetrics.stringWidth(line + ch, CJK, SIZE) > room:
            lines.append(line)
            line, room = "", PER_LINE * SIZE
        line += ch
    return lines + [line]


def _paragraph(c, text: str, y: float, indent: int = 2, pitch: float = 18) -> float:
    """Lay text out as Word does: wrapped at the measure, the first line indented."""
    for i, line in enumerate(_wrap(text, indent)):
        c.drawString(LEFT + (indent * SIZE if i == 0 else 0), y, line)
        y -= pitch
    return y


def _text(doc) -> str:
    return "\n".join(b.text for b in doc.blocks)


def _paragraphs(doc) -> list[str]:
    return [b.text for b in doc.blocks if b.kind != "table"]


# --------------------------------------------------------------------------- page furniture


def test_running_header_and_page_numbers_are_dropped(tmp_path):
    footers = ["- 1 -", "第 2 页", "3"]

    def page(n):
        def draw(c):
            c.drawString(LEFT, 842 - 40, "某某县财政局2021年度部门整体支出绩效评价报告")
            _paragraph(c, f"第{n}页的正文内容，说明本年收入情况，共计{n}项。", TOP)
            c.drawCentredString(297, 30, footers[n - 1])

        return draw

    doc = read_document(_pdf(tmp_path, [page(1), page(2), page(3)]))
    assert doc.pages == 3
    assert _paragraphs(doc) == [f"第{n}页的正文内容，说明本年收入情况，共计{n}项。" for n in (1, 2, 3)]
    assert "绩效评价报告" not in _text(doc)


def test_a_line_in_the_body_that_looks_like_a_number_is_kept(tmp_path):
    def draw(c):
        _paragraph(c, "本年度共完成以下项目数：", TOP)
        c.drawString(LEFT, TOP - 18, "12")  # in the body, not in a margin: not a page number

    doc = read_document(_pdf(tmp_path, [draw]))
    assert "12" in _paragraphs(doc)


# --------------------------------------------------------------------------- paragraphs


def test_wrapped_lines_are_joined_and_paragraphs_kept_apart(tmp_path):
    first = "（5）抓好精神文明建设，丰富群众文化生活，提倡移风易俗，反对封建迷信，破除陈规陋习，树立社会主义新风尚，推进公共文化服务体系建设。"
    second = "全年财政拨款支出为1980.3万元，本年财政拨款收支差额65.94万元，年末财政拨款结转和结余179.93元，均已按规定列支。"
    third = "一、部门概况"
    fourth = "第四段没有缩进也没有编号，但上一行没有写满，所以这是新的一段。"

    def draw(c):
        y = _paragraph(c, first, TOP, indent=0)
        y = _paragraph(c, second, y)  # indented first line
        y = _paragraph(c, third, y, indent=0)  # numbering
        _paragraph(c, fourth, y, indent=0)

    doc = read_document(_pdf(tmp_path, [draw]))
    assert _paragraphs(doc) == [first, second, third, fourth]
    assert doc.blocks[2].kind == "heading" and doc.blocks[2].level == 1


def test_a_line_ended_early_because_the_next_word_did_not_fit_is_still_a_wrap(tmp_path):
    # Word moves "5000-10000元" whole to the next line, leaving the line above short.
    def draw(c):
        c.drawString(LEFT, TOP, "（2）实行财务支出一笔审批制度。一次性开支五千元以内由分管财务领导审批，")
        c.drawString(LEFT, TOP - 18, "5000-10000元的须经集体研究决定审批。")

    doc = read_document(_pdf(tmp_path, [draw]))
    assert _paragraphs(doc) == ["（2）实行财务支出一笔审批制度。一次性开支五千元以内由分管财务领导审批，5000-10000元的须经集体研究决定审批。"]


def test_a_paragraph_runs_on_over_a_page_break(tmp_path):
    text = "上海市普陀区规划和自然资源局2024年度收入支出总计9859.38万元。与2023年度相比，收入支出总计增加1062.85万元，增长12.08%。"

    first, *rest = _wrap(text)

    def one(c):
        _paragraph(c, "前一段。", TOP)
        c.drawString(LEFT + 2 * SIZE, 80, first)

    def two(c):
        for i, line in enumerate(rest):
            c.drawString(LEFT, TOP - 18 * i, line)

    doc = read_document(_pdf(tmp_path, [one, two]))
    assert _paragraphs(doc) == ["前一段。", text]
    assert doc.blocks[1].page == 1


def test_digits_on_a_lower_baseline_stay_in_their_sentence(tmp_path):
    pieces = [("2021", "Times-Roman"), ("年年初预算批复的基本支出为", CJK), ("1168.51", "Times-Roman"),
              ("万元，年中追加", CJK), ("789.37", "Times-Roman"), ("万元。", CJK)]

    def draw(c):
        x = LEFT
        for text, font in pieces:
            c.setFont(font, SIZE)
            c.drawString(x, TOP - (1.5 if font != CJK else 0), text)  # Latin digits 1.5 pt lower
            x += pdfmetrics.stringWidth(text, font, SIZE)
        c.setFont(CJK, SIZE)
        c.drawString(LEFT, TOP - 15, "下一行紧跟在后，行距只有十五磅。")

    doc = read_document(_pdf(tmp_path, [draw]))
    assert _paragraphs(doc)[0] == "2021年年初预算批复的基本支出为1168.51万元，年中追加789.37万元。"
    assert _paragraphs(doc)[1] == "下一行紧跟在后，行距只有十五磅。"


def test_spaced_out_cjk_is_closed_up_but_latin_spaces_stay(tmp_path):
    def draw(c):
        for i, ch in enumerate("本年收入合计"):
            c.drawString(LEFT + i * 2 * SIZE, TOP, ch)  # justified: one character apart
        c.drawString(LEFT, TOP - 40, "2024 年 收 入")
        c.setFont("Helvetica", SIZE)
        c.drawString(LEFT, TOP - 80, "Total income 2024: 16 15.42")

    doc = read_document(_pdf(tmp_path, [draw]))
    assert _paragraphs(doc) == ["本年收入合计", "2024年收入", "Total income 2024: 16 15.42"]


def test_rotated_page_whose_text_displays_upright_is_read(tmp_path):
    def draw(c):
        c.setPageRotation(90)  # stored rotated, drawn turned back: reads upright on screen
        c.translate(300, 400)
        c.rotate(90)
        c.drawString(0, 0, "旋转页面上的文字共计1234元。")

    doc = read_document(_pdf(tmp_path, [draw]))
    assert _paragraphs(doc) == ["旋转页面上的文字共计1234元。"]


# --------------------------------------------------------------------------- tables


COLS = [72, 252, 342, 432, 522]


def _table(c, rows, top, heights=None):
    """A ruled table; a cell given as a list of strings is printed on several lines."""
    heights = heights or [20] * len(rows)
    bottom = top - sum(heights)
    for x in COLS:
        c.line(x, top, x, bottom)
    y = top
    c.line(COLS[0], y, COLS[-1], y)
    for row, h in zip(rows, heights):
        for x, cell in zip(COLS, row):
            lines = cell if isinstance(cell, list) else [cell]
            for k, line in enumerate(lines):
                c.drawString(x + 3, y - 15 - k * 15, line)
        y -= h
        c.line(COLS[0], y, COLS[-1], y)
    return bottom


HEADER = ["项目", "年初预算数", "年末决算数", "金额差异"]


def test_ruled_table_with_unit_caption_and_wrapped_cell(tmp_path):
    def draw(c):
        _paragraph(c, "具体情况列表如下：", TOP)
        c.drawRightString(522, TOP - 30, "金额单位：万元")
        bottom = _table(c, [HEADER, ["公务接待费", "10", "9.99", "-0.01"],
                            [["机关事业单位基本", "养老保险缴费"], "6", "5.43", "-0.57"], ["合计", "16", "15.42", "-0.58"]],
                        TOP - 40, heights=[20, 20, 36, 20])
        _paragraph(c, "表后的说明文字。", bottom - 30)

    doc = read_document(_pdf(tmp_path, [draw]))
    kinds = [b.kind for b in doc.blocks]
    assert kinds == ["paragraph", "paragraph", "table", "paragraph"]
    assert doc.blocks[1].text == "金额单位：万元"
    table = doc.blocks[2]
    assert table.unit == "万元" and table.page == 1
    assert table.rows == [HEADER, ["公务接待费", "10", "9.99", "-0.01"],
                          ["机关事业单位基本养老保险缴费", "6", "5.43", "-0.57"], ["合计", "16", "15.42", "-0.58"]]
    assert "公务接待费" not in "".join(_paragraphs(doc))  # table text is not read twice


def _rows(first, count):
    return [[f"科目{i}", f"{i}.00", f"{i}.50", "-0.50"] for i in range(first, first + count)]


@pytest.mark.parametrize("repeat_header", [True, False])
def test_table_continued_on_the_next_page_is_one_table(tmp_path, repeat_header):
    def one(c):
        c.drawCentredString(297, TOP, "支出决算表")
        c.drawRightString(522, TOP - 24, "单位：万元")
        _table(c, [HEADER] + _rows(1, 30), TOP - 30)  # runs down to the bottom of the page

    def two(c):
        _table(c, ([HEADER] if repeat_header else []) + _rows(31, 3) + [["合计", "528.00", "543.00", "-15.00"]], 842 - 72)
        _paragraph(c, "注：本表反映部门本年度各项支出情况。", 842 - 72 - 120)

    doc = read_document(_pdf(tmp_path, [one, two]))
    tables = [b for b in doc.blocks if b.kind == "table"]
    assert len(tables) == 1
    assert tables[0].rows == [HEADER] + _rows(1, 33) + [["合计", "528.00", "543.00", "-15.00"]]
    assert tables[0].unit == "万元" and tables[0].page == 1
    assert _paragraphs(doc)[-1] == "注：本表反映部门本年度各项支出情况。"


def test_tables_with_a_caption_between_them_stay_apart(tmp_path):
    def one(c):
        c.drawCentredString(297, TOP, "政府性基金预算财政拨款收入支出决算表")
        _table(c, [HEADER] + _rows(1, 30), TOP - 30)

    def two(c):
        c.drawCentredString(297, 842 - 60, "国有资本经营预算财政拨款收入支出决算表")
        _table(c, [HEADER] + _rows(1, 2), 842 - 90)

    doc = read_document(_pdf(tmp_path, [one, two]))
    assert [len(b.rows) for b in doc.blocks if b.kind == "table"] == [31, 3]


# --------------------------------------------------------------------------- unreadable files


def test_encrypted_pdf_is_refused_with_a_reason(tmp_path):
    path = _pdf(tmp_path, [lambda c: c.drawString(LEFT, TOP, "机密内容")], encrypt="pw")
    with pytest.raises(ReadError) as e:
        read_document(path)
    assert "加密" in e.value.reason


def test_pdf_with_only_an_owner_password_is_read(tmp_path):
    from reportlab.lib.pdfencrypt import StandardEncryption

    lock = StandardEncryption("", ownerPassword="owner", canModify=0)
    doc = read_document(_pdf(tmp_path, [lambda c: _paragraph(c, "只限制编辑、不限制打开的文件。", TOP)], encrypt=lock))
    assert _paragraphs(doc) == ["只限制编辑、不限制打开的文件。"]


def _image_page(c):
    from PIL import Image
    from reportlab.lib.utils import ImageReader

    buf = io.BytesIO()
    Image.new("RGB", (40, 40), "gray").save(buf, format="PNG")
    c.drawImage(ImageReader(io.BytesIO(buf.getvalue())), 100, 400, 200, 200)


def test_pdf_without_text_is_a_scan_that_needs_ocr(tmp_path):
    with pytest.raises(ReadError) as e:
        read_document(_pdf(tmp_path, [_image_page, _image_page]))
    assert "OCR" in e.value.reason and "扫描" in e.value.reason


def test_pages_without_text_are_named_in_a_note(tmp_path):
    doc = read_document(_pdf(tmp_path, [lambda c: _paragraph(c, "第一页有文字。", TOP), _image_page, _image_page]))
    assert _paragraphs(doc) == ["第一页有文字。"]
    assert any("第 2–3 页" in n and "OCR" in n for n in doc.notes)


def test_corrupt_and_truncated_pdfs_are_refused(tmp_path):
    (tmp_path / "bad.pdf").write_bytes(b"%PDF-1.4\n" + b"\x00garbage" * 50)
    whole = _pdf(tmp_path, [lambda c: _paragraph(c, "正文。", TOP)]).read_bytes()
    (tmp_path / "cut.pdf").write_bytes(whole[: len(whole) // 3])
    for name in ("bad.pdf", "cut.pdf"):
        with pytest.raises(ReadError) as e:
            read_document(tmp_path / name)
        assert "PDF" in e.value.reason


# --------------------------------------------------------------------------- the corpus


_READ: dict[str, object] = {}


def _doc(folder):
    """Each corpus PDF is read once for all the tests that look at it."""
    if folder not in _READ:
        _READ[folder] = read_document(corpus_file(folder, "report.pdf"))
    return _READ[folder]


@pytest.mark.corpus
def test_wuyang_text_and_three_public_expenses_table():
    doc = _doc("wuyang-2021")
    text = _text(doc)
    assert "2021年年初预算批复的基本支出为1168.51万元，年中追加789.37万元（占年初预算批复数67.55%）" in text
    # a paragraph whose line broke before a number that did not fit
    assert "一次性开支5000元以内的由分管财务领导审批，5000-10000元的须经集体研究决定审批。" in text
    tables = [b for b in doc.blocks if b.kind == "table"]
    assert len(tables) == 1 and tables[0].unit == "万元" and tables[0].page == 5
    # every source of this report has 6 rows x 5 columns (header + 5 rows including 合计)
    assert tables[0].rows == [
        ["项目", "年初预算数", "年末决算数", "金额差异", "超支节约比率"],
        ["公务接待费", "10", "9.99", "-0.01", "-0.1%"],
        ["公务用车购置及运行维护费", "6", "5.43", "-0.57", "-9.5%"],
        ["其中：公务用车运行维护费", "6", "5.43", "-0.57", "-9.5%"],
        ["公务车购置费", "0", "0", "0", "0"],
        ["合计", "16", "15.42", "-0.58", "-3.63%"],
    ]
    caption = doc.blocks[tables[0].index - 1]
    assert caption.text == "金额单位：万元"


@pytest.mark.corpus
def test_wanli_budget_tables_split_over_pages_are_merged():
    doc = _doc("putuo-wanli-budget-2025")
    tables = [b for b in doc.blocks if b.kind == "table"]
    assert len(tables) == 9  # the nine standard budget tables, each once
    income = tables[1]  # 收入预算总表, printed over pages 10-13 with its header once
    assert income.page == 10 and income.unit == "元"
    assert income.rows[:4] == [
        ["项目", "", "", "", "收入预算", "", "", "", ""],
        ["功能分类科目编码", "", "", "功能分类科目名称", "合计", "财政拨款收入", "事业收入", "事业单位经营收入", "其他收入"],
        ["类", "款", "项", "", "", "", "", "", ""],
        ["201", "", "", "一般公共服务支出", "3,296,600", "3,296,600", "0", "0", "0"],
    ]
    assert income.rows[-1] == ["合计", "", "", "", "189,767,551", "189,767,551", "0", "0", "0"]
    assert sum(1 for r in income.rows if r[0] == "项目") == 1
    # 一般公共预算支出功能分类预算表 repeats its three header rows on pages 21-24: kept once
    general = tables[4]
    assert general.page == 20 and sum(1 for r in general.rows if r[0] == "类") == 1
    assert general.rows[-1] == ["合计", "", "", "", "189,767,551", "101,341,746", "88,425,805"]
    assert tables[8].unit == "万元" and tables[8].rows[-1] == ["37.91", "0", "1.35", "36.56", "15", "21.56", "464.64"]


@pytest.mark.corpus
@pytest.mark.parametrize("folder", ["putuo-planning-2024", "putuo-social-2024", "putuo-wanli-budget-2024",
                                    "putuo-wanli-budget-2025"])
def test_putuo_tables_hold_one_value_per_cell(folder):
    import re

    doc = _doc(folder)
    tables = [b for b in doc.blocks if b.kind == "table"]
    assert len(tables) >= 9
    two_numbers = re.compile(r"\d[\d,]*\.?\d*\s+-?\d[\d,]*\.?\d*")
    assert not [c for t in tables for r in t.rows for c in r if two_numbers.search(c)]


@pytest.mark.corpus
def test_planning_final_accounts_text_and_tables():
    doc = _doc("putuo-planning-2024")
    heads = [b.text for b in doc.blocks if b.kind == "heading" and b.level == 0]
    assert "第三部分上海市普陀区规划和自然资源局2024年度部门决算情况说明" in heads  # a centred title over two lines
    text = _text(doc)
    assert "1、因公出国（境）费支出0.00万元。全年安排因公出国（境）团组0个、累计0人次。" in text  # over a page break
    assert "上海市规划和自然资源局2024年度部门决算表" in text  # the p7 heading the expected finding is about
    tables = [b for b in doc.blocks if b.kind == "table"]
    assert len(tables) == 10
    sangong = next(t for t in tables if t.rows[0][0] == "财政拨款“三公”经费")
    assert sangong.unit == "万元"
    assert sangong.rows[-1] == ["2.85", "0.39", "0.00", "0.00", "0.00", "0.00", "0.00", "0.00", "0.00", "0.00", "2.85", "0.39"]
    income = next(t for t in tables if t.rows[0][2:4] == ["本年收入合计", "财政拨款收入"])
    assert income.rows[1][:2] == ["功能分类科目编码", "科目名称"]  # two-level header, cells joined
    assert ["2080505", "机关事业单位基本养老保险缴费支出", "446.11", "446.11", "", "", "", "", ""] in income.rows


@pytest.mark.corpus
def test_social_three_public_expenses_table_without_data():
    doc = _doc("putuo-social-2024")
    sangong = next(b for b in doc.blocks if b.kind == "table" and b.rows[0][0] == "财政拨款“三公”经费")
    assert len(sangong.rows) == 5 and sangong.rows[-1] == [""] * 12
    after = doc.blocks[sangong.index + 2]
    assert after.text.startswith("说明：") and "没有财政拨款“三公”经费支出" in after.text
