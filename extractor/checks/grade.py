"""GRD: the self-evaluation score against the grade the report gives it."""

from __future__ import annotations

from decimal import Decimal

from pydantic import BaseModel

from extractor import lexicon
from extractor.checks.context import CheckContext
from extractor.checks.findings import make_finding
from extractor.checks.registry import define


class Band(BaseModel):
    grades: list[str]
    low: Decimal
    high: Decimal


class Grades(BaseModel):
    band: list[Band]


define(
    "GRD001", "grade", "score-grade-band", "error",
    "The stated grade is not the band the stated score falls in.",
    """
    What it checks: the report's self-evaluation score (自评得分) against its stated grade (等级),
    with the bands of 财预〔2020〕10号: 优 ≥ 90, 良 80–<90, 中 60–<80, 差 < 60 (and the four-level
    wording 优秀/良好/合格/不合格). Bands are data in patterns/grades.toml.

    Why: the grade is what readers quote; a grade that its own score does not support is either a
    typing slip in the score or a grade inflated by hand.

    Example: "自评得分83分，绩效等级为“优”" → 83 is in 良 (80–<90), not 优.
    Use instead: "…绩效等级为“良”".

    Tolerance: none — the bands are closed-open intervals on the score as written.
    """,
)


def band_of(score: Decimal) -> Band | None:
    """The band a score falls in.

    >>> band_of(Decimal(83)).grades[0], band_of(Decimal(90)).grades[0], band_of(Decimal(100)).grades[0]
    ('良', '优', '优')
    """
    for b in lexicon.load("grades", Grades).band:
        if b.low <= score < b.high or (score == b.high == 100):
            return b
    return None


def check(ctx: CheckContext):
    score, grade = ctx.meta.score, ctx.meta.grade
    if score is None or not grade:
        return
    band = band_of(score)
    bands = lexicon.load("grades", Grades).band
    stated = next((b for b in bands if grade in b.grades), None)
    if band is None or stated is None or stated is band:
        return
    cited = [f for f in ctx.figures if f.unit == "分" and f.value == score][:1]
    yield make_finding(
        ctx.doc, "GRD001", cited,
        f"自评得分{score}分应属“{band.grades[0]}”档（{band.low}–{band.high}分），报告等级为“{grade}”",
        stated=grade, computed=band.grades[0],
    )
