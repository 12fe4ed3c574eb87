"""The review page end to end in headless Chromium: open it, dismiss a finding with a reason,
save the suppressions file, rerun `jixiao check` with it: the finding is reported as suppressed.
Uses Debian's /usr/bin/chromium; never `playwright install`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import ROOT

from extractor.cli import cli

pytestmark = pytest.mark.browser

pytest.importorskip("playwright.sync_api")
REPORT = ROOT / "samples" / "qingshi-agri-2023.txt"


def test_dismiss_with_reason_save_and_rerun_reports_it_suppressed(browser, tmp_path: Path):
    out = tmp_path / "review"
    res = CliRunner().invoke(cli, ["review", str(REPORT), "--output", str(out), "-j", "1"], catch_exceptions=False)
    assert res.exit_code == 0, res.output
    before = json.loads(CliRunner().invoke(cli, ["check", str(REPORT), "--format", "json"]).stdout)
    target = next(f for f in before["findings"] if f["rule"] == "PCT001")

    context = browser.new_context(accept_downloads=True)
    page = context.new_page()
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto((out / "qingshi-agri-2023.txt.html").as_uri())

    item = page.locator(f'#findings .finding[data-fingerprint="{target["fingerprint"]}"]')
    assert item.count() == 1 and "PCT001" in item.inner_text()
    # dismissing without a reason is refused
    item.locator("button.dismiss").click()
    assert item.locator(".review-state").inner_text() == "请先写明忽略原因"
    assert "dismissed" not in (item.get_attribute("class") or "")
    item.locator("input.reason").fill("已与单位核实：占比按调整后预算计算")
    item.locator("button.dismiss").click()
    assert "dismissed" in item.get_attribute("class")
    # another finding confirmed: a comment in the file, never a suppression
    other = page.locator('#findings .finding[data-rule="GRD001"]')
    other.locator("button.confirm").click()
    assert page.locator("#review-tally").inner_text() == "已确认 1 条，已忽略 1 条"

    with page.expect_download() as info:
        page.click("#review-save")
    saved = tmp_path / "reviewed.toml"
    info.value.save_as(saved)
    text = saved.read_text(encoding="utf-8")
    assert text == page.locator("#review-toml").input_value()
    assert text.count("[[suppress]]") == 1 and f'fingerprint = "{target["fingerprint"]}"' in text
    assert "# 已确认 GRD001" in text
    assert not errors, errors
    assert all(u.startswith(("file://", "blob:")) for u in requests), requests
    context.close()

    res = CliRunner().invoke(cli, ["check", str(REPORT), "--suppressions", str(saved)])
    lines = res.output.splitlines()
    assert not any(ln.startswith("  [错误] PCT001") for ln in lines)
    assert f"  [已忽略] PCT001 {target['fingerprint']}: 已与单位核实：占比按调整后预算计算" in lines
    assert "已按忽略文件略去 1 条问题" in res.output
    assert any(ln.startswith("  [错误] GRD001") for ln in lines)  # confirmed stays reported
