"""Automatic list numbering of a .docx (一、 （二） 1. ①), which Word draws but never stores in the
paragraph's text: rendered here so the text reads as printed and headings keep their numbers.

numbering.xml holds abstract lists (one format per level) and list instances (w:num) that point
to them, possibly restarting a level. A paragraph joins a list through its own w:numPr or its
style's. Counters run per abstract list, as in Word: a new instance continues the list unless it
restarts it; a level's counter restarts whenever a higher level advances. Bullets are not
rendered (their glyph is a symbol-font character, not text).
"""

from __future__ import annotations

from dataclasses import dataclass, field

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

_CN_DIGITS = "零一二三四五六七八九"
_TIANGAN = "甲乙丙丁戊己庚辛壬癸"
_DIZHI = "子丑寅卯辰巳午未申酉戌亥"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_PAREN = "⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇"


def chinese_number(n: int) -> str:
    """Chinese counting as Word writes it.

    >>> [chinese_number(n) for n in (1, 10, 12, 20, 35, 100, 105, 1010)]
    ['一', '十', '十二', '二十', '三十五', '一百', '一百零五', '一千零一十']
    """
    if n <= 0 or n >= 10000:
        return str(n)
    out = ""
    zero = False
    for value, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        digit = n // value % 10
        if digit:
            if zero and out:
                out += "零"
            out += _CN_DIGITS[digit] + unit
            zero = False
        else:
            zero = True
    return out[1:] if out.startswith("一十") else out


def _letters(n: int) -> str:
    return chr(ord("A") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def _roman(n: int) -> str:
    out = ""
    for value, sym in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"),
                       (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out, n = out + sym, n - value
    return out


def format_counter(n: int, fmt: str) -> str:
    """One level's counter in a w:numFmt.

    >>> format_counter(3, "chineseCounting"), format_counter(2, "decimalEnclosedCircle"), format_counter(4, "upperRoman")
    ('三', '②', 'IV')
    """
    if fmt in ("chineseCounting", "chineseCountingThousand", "taiwaneseCountingThousand", "japaneseCounting",
               "chineseLegalSimplified", "taiwaneseCounting", "ideographDigital"):
        return chinese_number(n)
    if fmt in ("decimalEnclosedCircle", "decimalEnclosedCircleChinese", "ideographEnclosedCircle") and n <= 20:
        return _CIRCLED[n - 1]
    if fmt == "decimalEnclosedParen" and n <= 20:
        return _PAREN[n - 1]
    if fmt == "ideographTraditional":
        return _TIANGAN[(n - 1) % 10]
    if fmt == "ideographZodiac":
        return _DIZHI[(n - 1) % 12]
    if fmt == "upperLetter":
        return _letters(n)
    if fmt == "lowerLetter":
        return _letters(n).lower()
    if fmt == "upperRoman":
        return _roman(n)
    if fmt == "lowerRoman":
        return _roman(n).lower()
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt == "decimalFullWidth" or fmt == "decimalFullWidth2":
        return str(n).translate({ord(c): 0xFF10 + int(c) for c in "0123456789"})
    if fmt == "none":
        return ""
    return str(n)


@dataclass
class _Level:
    start: int = 1
    fmt: str = "decimal"
    text: str = "%1."
    style: str | None = None
    legal: bool = False


@dataclass
class Numbering:
    """Renders the list number of each numbered paragraph, in document order."""

    abstract: dict[str, dict[int, _Level]] = field(default_factory=dict)  # abstractNumId -> levels
    instances: dict[str, str] = field(default_factory=dict)  # numId -> abstractNumId
    overrides: dict[str, dict[int, _Level | int]] = field(default_factory=dict)  # numId -> level or start
    style_numpr: dict[str, tuple[str | None, int | None]] = field(default_factory=dict)  # style id -> (numId, ilvl)
    counters: dict[str, list[int | None]] = field(default_factory=dict)  # None: not started
    started: set[str] = field(default_factory=set)

    @classmethod
    def of(cls, document) -> Numbering:
        out = cls()
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            root = None
        if root is not None:
            for a in root.iterfind(f"{W}abstractNum"):
                out.abstract[a.get(f"{W}abstractNumId", "")] = {
                    int(lvl.get(f"{W}ilvl", "0")): _level(lvl) for lvl in a.iterfind(f"{W}lvl")
                }
            for num in root.iterfind(f"{W}num"):
                num_id = num.get(f"{W}numId", "")
                out.instances[num_id] = _val(num.find(f"{W}abstractNumId")) or ""
                for o in num.iterfind(f"{W}lvlOverride"):
                    ilvl = int(o.get(f"{W}ilvl", "0"))
                    lvl = o.find(f"{W}lvl")
                    start = _val(o.find(f"{W}startOverride"))
                    if lvl is not None:
                        out.overrides.setdefault(num_id, {})[ilvl] = _level(lvl)
                    elif start is not None and start.isdigit():
                        out.overrides.setdefault(num_id, {})[ilvl] = int(start)
        for style in document.styles:
            if style.type != 1:
                continue
            ppr = style.element.find(f"{W}pPr")
            numpr = ppr.find(f"{W}numPr") if ppr is not None else None
            if numpr is not None:
                ilvl = _val(numpr.find(f"{W}ilvl"))
                out.style_numpr[style.style_id] = (_val(numpr.find(f"{W}numId")),
                                                   int(ilvl) if ilvl and ilvl.isdigit() else None)
            elif style.base_style is not None:
                out.style_numpr.setdefault(style.style_id, (None, None))
        out._inherit(document)
        return out

    def _inherit(self, document) -> None:
        """A style without numPr of its own takes its base style's."""
        bases = {s.style_id: s.base_style.style_id for s in document.styles
                 if s.type == 1 and s.base_style is not None}
        for sid in list(self.style_numpr):
            seen = 0
            cur = sid
            while self.style_numpr.get(cur, (None, None))[0] is None and cur in bases and seen < 10:
                cur, seen = bases[cur], seen + 1
            if cur != sid and cur in self.style_numpr:
                self.style_numpr[sid] = self.style_numpr[cur]

    def label(self, ppr, style_id: str | None) -> str:
        """The number printed before a paragraph ('' when it has none), advancing the counters."""
        num_id, ilvl = None, None
        numpr = ppr.find(f"{W}numPr") if ppr is not None else None
        if numpr is not None:
            num_id = _val(numpr.find(f"{W}numId"))
            raw = _val(numpr.find(f"{W}ilvl"))
            ilvl = int(raw) if raw and raw.isdigit() else None
        if num_id is None and style_id:
            num_id, style_ilvl = self.style_numpr.get(style_id, (None, None))
            ilvl = ilvl if ilvl is not None else style_ilvl
        if not num_id or num_id == "0" or num_id not in self.instances:
            return ""
        abstract_id = self.instances[num_id]
        levels = dict(self.abstract.get(abstract_id, {}))
        if ilvl is None:  # a heading style linked to a multilevel list: the level naming the style
            ilvl = next((i for i, lv in levels.items() if style_id and lv.style == style_id), 0)
        ilvl = max(0, min(ilvl, 8))
        overrides = self.overrides.get(num_id, {})
        for i, o in overrides.items():
            if isinstance(o, _Level):
                levels[i] = o
        counters = self.counters.setdefault(abstract_id, [None] * 9)
        if num_id not in self.started:
            self.started.add(num_id)
            for i, o in overrides.items():
                if isinstance(o, int) and 0 <= i < 9:
                    counters[i] = o - 1
        level = levels.get(ilvl, _Level())
        if level.fmt == "bullet":
            return ""
        current = counters[ilvl]
        counters[ilvl] = level.start if current is None else current + 1
        for deeper in range(ilvl + 1, 9):
            counters[deeper] = None
        text = level.text
        for i in range(ilvl, -1, -1):
            lv = levels.get(i, _Level())
            n = counters[i] if counters[i] is not None else lv.start
            fmt = "decimal" if level.legal and lv.fmt != "none" else lv.fmt
            text = text.replace(f"%{i + 1}", format_counter(n, fmt))
        return text


def _val(el) -> str | None:
    return None if el is None else el.get(f"{W}val")


def _level(lvl) -> _Level:
    start = _val(lvl.find(f"{W}start"))
    return _Level(
        start=int(start) if start and start.lstrip("-").isdigit() else 1,
        fmt=_val(lvl.find(f"{W}numFmt")) or "decimal",
        text=_val(lvl.find(f"{W}lvlText")) or "",
        style=_val(lvl.find(f"{W}pStyle")),
        legal=lvl.find(f"{W}isLgl") is not None,
    )
