"""Plain text: encodings (with and without byte-order marks), binary files named .txt, and the
tables flattened into text that come back as grids (while prose stays prose)."""

from __future__ import annotations

import os

import pytest
from conftest import corpus_file

from extractor.errors import ReadError
from extractor.readers import read_document
from extractor.readers.flattened import find_flattened_tables
from extractor.readers.txt import decode_text

REPORT = "一、部门概况\n　　2021年决算支出“三公”经费15.42万元，较年初预算节约0.58万元（3.63%）。\n二、绩效评价\n"


@pytest.mark.parametrize(
    ("label", "data"),
    [
        ("utf-8", REPORT.encode("utf-8")),
        ("utf-8 with BOM", b"\xef\xbb\xbf" + REPORT.encode("utf-8")),
        ("gb18030", REPORT.encode("gb18030")),
        ("gbk", REPORT.encode("gbk")),
        ("utf-16-le with BOM", b"\xff\xfe" + REPORT.encode("utf-16-le")),
        ("utf-16-be with BOM", b"\xfe\xff" + REPORT.encode("utf-16-be")),
        ("utf-16-le without BOM", REPORT.encode("utf-16-le")),
        ("utf-16-be without BOM", REPORT.encode("utf-16-be")),
        ("utf-8 cut inside its last character", REPORT.rstrip("\n").encode("utf-8")[:-1]),
    ],
)
def test_encodings(label, data, tmp_path):
    path = tmp_path / "r.txt"
    path.write_bytes(data)
    doc = read_document(path)
    assert doc.format == "txt"
    assert doc.blocks[0].text == "一、部门概况", label
    assert "15.42万元" in doc.blocks[1].text, label


def test_short_gbk_is_not_taken_for_utf8():
    assert decode_text("预算".encode("gbk"), "x.txt") == "预算"
    assert decode_text("单位：万元".encode("gbk"), "x.txt") == "单位：万元"


def test_pure_chinese_utf16_without_bom():
    text = "部门整体支出绩效评价报告" * 5
    assert decode_text(text.encode("utf-16-le"), "x.txt") == text
    assert decode_text(text.encode("utf-16-be"), "x.txt") == text


@pytest.mark.parametrize(
    "data",
    [
        os.urandom(4096),
        b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8,
        b"\x00" * 1000,
        b"   \n\t\n  ",
    ],
    ids=["random bytes", "png", "zeros", "only white space"],
)
def test_binary_or_empty_content_named_txt(data, tmp_path):
    path = tmp_path / "r.txt"
    path.write_bytes(data)
    with pytest.raises(ReadError) as e:
        read_document(path)
    assert "\n" not in e.value.reason and e.value.reason


# --------------------------------------------------------------------------- flattened tables


def test_cell_per_line_tab_led(tmp_path):
    text = "金额单位：万元\n\t项目\n\t预算\n\t决算\n\n\t公务接待费\n\t10\n\t9.99\n\n\t合计\n\t16\n\t15.42\n\n\n正文继续。\n"
    path = tmp_path / "r.txt"
    path.write_text(text, encoding="utf-8")
    blocks = read_document(path).blocks
    assert [b.kind for b in blocks] == ["paragraph", "table", "paragraph"]
    assert blocks[1].rows == [["项目", "预算", "决算"], ["公务接待费", "10", "9.99"], ["合计", "16", "15.42"]]
    assert blocks[1].unit == "万元"


def test_tab_and_pipe_rows():
    tab = find_flattened_tables(["项目\t预算\t决算", "合计\t16\t15.42", "其中：接待\t10"])
    assert tab[0].rows == [["项目", "预算", "决算"], ["合计", "16", "15.42"], ["其中：接待", "10", ""]]
    pipe = find_flattened_tables(["| 项目 | 金额 |", "|---|---:|", "| 合计 | 16 |", "| 其中 | 10 |"])
    assert pipe[0].rows == [["项目", "金额"], ["合计", "16"], ["其中", "10"]]


def test_space_aligned_columns_with_a_centred_header():
    lines = [
        "项    目              年初预算数    年末决算数    金额差异",
        "公务接待费                    10         9.99       -0.01",
        "公务用车购置及运行维护费       6         5.43       -0.57",
        "合计                          16        15.42       -0.58",
    ]
    (t,) = find_flattened_tables(lines)
    assert t.rows == [
        ["项目", "年初预算数", "年末决算数", "金额差异"],
        ["公务接待费", "10", "9.99", "-0.01"],
        ["公务用车购置及运行维护费", "6", "5.43", "-0.57"],
        ["合计", "16", "15.42", "-0.58"],
    ]


def test_space_aligned_table_right_after_widely_spaced_prose():
    lines = [
        "本部门  2021年  三公经费  支出情况  说明如下",
        "项目            预算      决算",
        "公务接待费      10        9.99",
        "公务用车        6         5.43",
        "合计            16        15.42",
    ]
    (t,) = find_flattened_tables(lines)
    assert (t.first_line, t.last_line) == (1, 4)
    assert t.rows[0] == ["项目", "预算", "决算"] and t.rows[-1] == ["合计", "16", "15.42"]


def test_space_aligned_with_ideographic_spaces():
    lines = ["项目　　　　金额", "接待费　　　9.99", "用车费　　　5.43", "合计　　　　15.42"]
    (t,) = find_flattened_tables(lines)
    assert t.rows == [["项目", "金额"], ["接待费", "9.99"], ["用车费", "5.43"], ["合计", "15.42"]]


@pytest.mark.parametrize(
    "lines",
    [
        ["一、\t部门概况", "（一）\t基本情况", "二、\t支出情况"],  # a numbered list saved as text
        ["本  年  收  入  合  计  为  16", "本  年  支  出  合  计  为  15", "年  末  结  余  数  额  为  1"],
        ["　　2021年年初预算批复的基本支出为1168.51万元，年中追加789.37万元。", "　　项目支出为2万元。"],
        ["说明：\t" + "本表反映部门本年度一般公共预算财政拨款支出情况，按支出功能分类科目列示到项级。" * 2,
         "注：\t" + "本表金额转换为万元时，因四舍五入可能存在尾差，特此说明，敬请理解并以决算报表为准。" * 2],
        ["单位名称    某镇人民政府", "编制日期    2022年3月"],  # two lines are not enough to be sure
    ],
    ids=["numbered list", "spaced-out text", "prose", "notes", "two lines"],
)
def test_prose_never_becomes_a_table(lines):
    assert find_flattened_tables(lines) == []


@pytest.mark.corpus
def test_wuyang_txt_sangong_table():
    doc = read_document(corpus_file("wuyang-2021", "report.txt"))
    tables = [b for b in doc.blocks if b.kind == "table"]
    assert len(tables) == 1
    t = tables[0]
    # checked by eye against lines 57-91 of report.txt: five cells per row, six rows, caption 万元
    assert t.rows[0] == ["项目", "年初预算数", "年末决算数", "金额差异", "超支节约比率"]
    assert t.rows[3] == ["其中：公务用车运行维护费", "6", "5.43", "-0.57", "-9.5%"]
    assert t.rows[5] == ["合计", "16", "15.42", "-0.58", "-3.63%"]
    assert len(t.rows) == 6 and t.unit == "万元" and t.line == 57
    assert doc.blocks[doc.blocks.index(t) + 1].text == "1、公务接待费"


@pytest.mark.parametrize(("rate", "expected"), [("60.89%", []), ("66.89%", ["CHG001"])])
def test_prose_spaced_out_character_by_character_reads_as_prose(tmp_path, rate, expected):
    # text copied from a justified PDF line: 2433505.07 / (6429768.84 − 2433505.07) = 60.89%
    from extractor.pipeline import check_file
    path = tmp_path / "r.txt"
    path.write_text("2025 年 政 府 采 购 预 算 6429768.84 元 , 同 比 增 加 2433505.07 元 , 增 长 "
                    f"{rate} 。\n科目名称 基本支出 项目支出\n", encoding="utf-8")
    doc = read_document(path)
    assert doc.blocks[0].text.startswith("2025 年政府采购预算 6429768.84 元,同比增加")
    assert doc.blocks[1].text == "科目名称 基本支出 项目支出"  # (names parted by a space stay parted)
    assert [f.rule for f in check_file(path).findings if f.severity == "error"] == expected
