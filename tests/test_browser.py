"""A report's page in headless Chromium: the findings show, clicking one brings its passage into view
highlighted, and the page fetches nothing. Uses Debian's /usr/bin/chromium; never `playwright install`."""

from __future__ import annotations

from pathlib import Path

import pytest
from batch_fixtures import sample_check, write_sample
from click.testing import CliRunner

from extractor import batch
from extractor.cli import cli

pytestmark = pytest.mark.browser

pytest.importorskip("playwright.sync_api")
ACTIVE = "rgb(255, 183, 77)"  # --active in report.css


@pytest.fixture
def page_file(tmp_path: Path, monkeypatch) -> Path:
    monkeypatch.setattr(batch, "check_file", sample_check)
    report = write_sample(tmp_path / "in", "某镇 报告.txt")  # a space and CJK in the link from index.html
    out = tmp_path / "out"
    res = CliRunner().invoke(cli, ["check", str(report), "--output", str(out), "--jobs", "1"], catch_exceptions=False)
    assert res.exit_code == 1, res.output
    return out / "某镇_报告.txt.html"


def test_clicking_a_finding_brings_its_passage_into_view_highlighted(browser, page_file: Path, tmp_path: Path):
    page = browser.new_page(viewport={"width": 1000, "height": 480})
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto(page_file.as_uri())

    findings = page.locator("#findings .finding")
    assert findings.count() == 4
    assert findings.first.is_visible() and "SUM001" in findings.first.inner_text()

    passage = page.locator('[data-at~="3"]').first  # TBL001: the 合计 cell of the table, far below the fold
    assert passage.inner_text() == "11.60"
    viewport = page.viewport_size

    def in_view() -> bool:
        box = passage.bounding_box()
        return box is not None and box["y"] >= 0 and box["y"] + box["height"] <= viewport["height"]

    assert not in_view()
    page.click('a[data-finding="3"]')
    assert in_view()
    assert "active" in passage.get_attribute("class")
    assert passage.evaluate("el => getComputedStyle(el).backgroundColor") == ACTIVE
    assert page.url.endswith("#at-3")
    # the finding's other figures are outlined, and every figure tells what it is on hover
    assert page.locator("mark.fig.cited").count() == 3
    assert "4.20 万元" in page.locator("mark.cited").first.get_attribute("title")

    # another finding moves the highlight
    page.click('a[data-finding="1"]')
    assert "active" not in passage.get_attribute("class")
    assert page.locator(".at.active").first.inner_text().startswith("2021年度收入合计")

    page.screenshot(path=str(tmp_path / "report-page.png"), full_page=True)
    assert (tmp_path / "report-page.png").stat().st_size > 0
    assert all(u.startswith("file://") for u in requests), requests
    page.close()


def test_the_index_links_to_the_page_of_each_report(browser, page_file: Path):
    page = browser.new_page()
    page.goto((page_file.parent / "index.html").as_uri())
    page.click("table.index a")
    assert page.url == page_file.as_uri()
    assert page.locator("h1").inner_text() == "某镇 报告.txt"
    assert page.locator("#findings .finding").count() == 4
    page.close()
