"""The html reader on pages written here: reading order, headings, dropped chrome, charsets,
rowspan/colspan grids and layout tables."""

from __future__ import annotations

from extractor.readers import read_document


def read(tmp_path, html: str, encoding: str = "utf-8", name: str = "p.html"):
    path = tmp_path / name
    path.write_bytes(html.encode(encoding))
    return read_document(path)


PAGE = """<!DOCTYPE html>
<html><head><meta charset="{charset}"><title>标题栏</title>
<style>p {{ color: red }}</style><script>var x = "不应出现";</script></head>
<body>
<nav><a href="/">首页</a> | <a href="/gk">政府信息公开</a></nav>
<h1>某镇2021年部门决算</h1>
<h2>一、部门概况</h2>
<p>　　本单位在职人员91人，
   其中行政人员27人。</p>
<div>第一行<br>第二行</div>
<ul><li>公务接待费9.99万元</li><li>公务用车5.43万元</li></ul>
<p style="display:none">隐藏的段落</p>
<p>金额单位：万元</p>
<table border="1">
<tr><th rowspan="2">项目</th><th colspan="2">本年支出</th><th rowspan="2">合计</th></tr>
<tr><th>基本支出</th><th>项目支出</th></tr>
<tr><td>一般公共服务</td><td>10</td><td>6</td><td>16</td></tr>
<tr><td>合<br>计</td><td>10</td><td>6</td><td>16</td></tr>
</table>
<!-- 注释不是正文 -->
<p>说明完毕。</p>
</body></html>"""


def test_blocks_in_reading_order_with_headings_and_grid(tmp_path):
    doc = read(tmp_path, PAGE.format(charset="utf-8"))
    assert doc.format == "html"
    assert [(b.kind, b.level) for b in doc.blocks if b.kind == "heading"] == [("heading", 1), ("heading", 1)]
    texts = [b.text for b in doc.blocks if b.kind != "table"]
    assert texts == [
        "某镇2021年部门决算", "一、部门概况", "本单位在职人员91人，其中行政人员27人。", "第一行", "第二行",
        "公务接待费9.99万元", "公务用车5.43万元", "金额单位：万元", "说明完毕。",
    ]
    table = next(b for b in doc.blocks if b.kind == "table")
    assert table.rows == [
        ["项目", "本年支出", "", "合计"],
        ["", "基本支出", "项目支出", ""],
        ["一般公共服务", "10", "6", "16"],
        ["合计", "10", "6", "16"],
    ]
    assert table.unit == "万元"
    for dropped in ("不应出现", "首页", "隐藏的段落", "注释", "标题栏", "color"):
        assert dropped not in doc.text


def test_gbk_page_declared_in_meta(tmp_path):
    doc = read(tmp_path, PAGE.format(charset="gb2312"), encoding="gbk")
    assert "本单位在职人员91人" in doc.text


def test_undeclared_gbk_page_is_detected(tmp_path):
    page = PAGE.replace('<meta charset="{charset}">', "").format()
    doc = read(tmp_path, page, encoding="gb18030")
    assert "公务接待费9.99万元" in doc.text


def test_layout_table_around_content_is_not_a_grid(tmp_path):
    page = """<html><body><table><tr><td>
      <p>一、收入支出决算总表</p><p>单位：元</p>
      <table><tr><td>项目</td><td>金额</td></tr><tr><td>本年收入合计</td><td>23,866.88</td></tr></table>
    </td><td><p>侧栏</p></td></tr></table></body></html>"""
    blocks = read(tmp_path, page).blocks
    assert [b.kind for b in blocks] == ["heading", "paragraph", "table", "paragraph"]
    assert blocks[2].rows == [["项目", "金额"], ["本年收入合计", "23,866.88"]]
    assert blocks[2].unit == "元"


def test_single_column_table_is_text(tmp_path):
    page = "<table><tr><td>第一段文字。</td></tr><tr><td>第二段文字。</td></tr></table>"
    blocks = read(tmp_path, page).blocks
    assert [(b.kind, b.text) for b in blocks] == [("paragraph", "第一段文字。"), ("paragraph", "第二段文字。")]


def test_oversized_spans_are_capped(tmp_path):
    page = '<table><tr><td rowspan="65000">甲</td><td colspan="99999">乙</td></tr><tr><td>丙</td></tr></table>'
    table = read(tmp_path, page).blocks[0]
    assert table.rows == [["甲", "乙"], ["", "丙"]]


def test_pre_block_keeps_its_flattened_table(tmp_path):
    page = "<html><body><pre>项目\t金额\n合计\t16\n其中\t10</pre></body></html>"
    table = read(tmp_path, page).blocks[0]
    assert table.rows == [["项目", "金额"], ["合计", "16"], ["其中", "10"]]


def test_utf16_page_with_bom(tmp_path):
    doc = read(tmp_path, "\ufeff<html><body><p>决算支出16万元</p></body></html>", encoding="utf-16-le")
    assert doc.format == "html"
    assert doc.blocks[0].text == "决算支出16万元"


def test_title_and_unit_rows_inside_the_table_become_its_caption(tmp_path):
    page = """<table><tr><td colspan="3">收入支出决算总表</td></tr>
    <tr><td colspan="2">编制单位：某镇</td><td>单位：万元</td></tr>
    <tr><td>项目</td><td>决算数</td><td>预算数</td></tr><tr><td>合计</td><td>16</td><td>15.42</td></tr></table>"""
    blocks = read(tmp_path, page).blocks
    assert [b.text for b in blocks[:2]] == ["收入支出决算总表", "编制单位：某镇  单位：万元"]
    assert blocks[2].rows == [["项目", "决算数", "预算数"], ["合计", "16", "15.42"]]
    assert blocks[2].unit == "万元"


def test_web_archive_named_doc(tmp_path):
    """Word's "single file web page" (MHT, quoted-printable GB2312), as some sites publish it under .doc."""
    import quopri

    html = '<html><body><p class=MsoNormal>一、部门概况</p><p>决算支出16万元</p></body></html>'.encode("gb2312")
    body = quopri.encodestring(html).decode("ascii")
    mht = (
        "MIME-Version: 1.0\r\n"
        'Content-Type: multipart/related; boundary="----=_NextPart_01"\r\n\r\n'
        "------=_NextPart_01\r\n"
        "Content-Location: file:///C:/report.htm\r\n"
        "Content-Transfer-Encoding: quoted-printable\r\n"
        'Content-Type: text/html; charset="gb2312"\r\n\r\n'
        f"{body}\r\n"
        "------=_NextPart_01--\r\n"
    )
    path = tmp_path / "report.doc"
    path.write_bytes(mht.encode("ascii"))
    doc = read_document(path)
    assert doc.format == "mht"
    assert [(b.kind, b.text) for b in doc.blocks] == [("heading", "一、部门概况"), ("paragraph", "决算支出16万元")]
