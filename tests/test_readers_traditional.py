"""Reports in traditional characters (mirror sites) are read as simplified ones, character by character;
a simplified report that quotes a traditional name is left as it is. The texts are written for these tests."""

from __future__ import annotations

from extractor.pipeline import check_file
from extractor.readers import read_document

TRADITIONAL = (
    "二、財政收支情況\n"
    "今年1月至6月，全縣一般公共預算支出完成{spent}萬元，較上年同期增加300萬元、增長{rate}%。"
    "其中，教育支出完成1200萬元，衛生健康支出完成800萬元。\n"
)


def test_traditional_text_is_read_and_checked(tmp_path):
    path = tmp_path / "trad.txt"
    path.write_text(TRADITIONAL.format(spent="3300", rate="10.0"), encoding="utf-8")
    result = check_file(path)
    money = [(f.raw, f.unit) for f in result.figures if f.kind == "money"]
    assert ("3300万元", "万元") in money and ("1200万元", "万元") in money
    assert "繁体字文本，已按简体字读取" in result.notes
    assert [f.rule for f in result.findings if f.severity != "info"] == []  # 300 / 3000 = 10.0%
    path.write_text(TRADITIONAL.format(spent="3300", rate="11.0"), encoding="utf-8")
    assert [f.rule for f in check_file(path).findings if f.severity != "info"] == ["CHG001"]


def test_conversion_keeps_every_offset(tmp_path):
    path = tmp_path / "trad.txt"
    text = TRADITIONAL.format(spent="3300", rate="10.0")
    path.write_text(text, encoding="utf-8")
    doc = read_document(path)
    assert [len(b.text) for b in doc.blocks] == [len(line) for line in text.splitlines()]


def test_a_simplified_report_quoting_a_traditional_name_is_left_alone(tmp_path):
    path = tmp_path / "simp.txt"
    text = "本年度支出决算为120.50万元，其中“萬壽宮”修缮项目支出20.00万元，较上年增加10.00万元。各项工作按计划推进，群众满意度较高。"
    path.write_text(text + "\n", encoding="utf-8")
    doc = read_document(path)
    assert doc.blocks[0].text == text and not doc.notes


GLOSSED = (
    "一、收支總體情況\n"
    "財政撥款收支總預(yù)算858016.06萬元。收入全部為一般公共預(yù)算撥款，包括：當(dāng)年撥款收入740198.73萬元、"
    "上年結(jié)轉(zhuǎn)117817.33萬元；支出包括：一般公共服務(wù)支出148185.15萬元、外交支出652206.45萬元、"
    "教育支出18079.91萬元、住房保障支出39544.55萬元。\n"
    "年末結(jié)轉(zhuǎn)和結(jié)餘{left}萬元。\n"
)


def test_pinyin_glosses_are_taken_out_and_lines_kept(tmp_path):
    # 結(jié)轉 is 結轉: with the gloss left in, 上年结转 is no carry-over, and the spending listed after it
    # was read as its parts
    path = tmp_path / "glossed.txt"
    path.write_text(GLOSSED.format(left="2.24"), encoding="utf-8")
    result = check_file(path)
    assert "文中拼音注音已去除" in result.notes
    label = next(f.label for f in result.figures if f.raw == "117817.33万元")
    assert "(" not in label and "上年结转" in label
    assert next(f.line for f in result.figures if f.raw == "2.24万元") == 3
    assert [f.rule for f in result.findings if f.severity != "info"] == []


def test_a_single_bracketed_syllable_is_no_gloss(tmp_path):
    path = tmp_path / "one.txt"
    path.write_text("本年度支出决算为120.50万元，其中“扎(zā)染”非遗项目支出20.00万元。\n", encoding="utf-8")
    assert "(zā)" in read_document(path).blocks[0].text
