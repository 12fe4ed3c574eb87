"""Shared fixtures. Tests that read ../shared skip cleanly where it is absent."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus"


def corpus_file(folder: str, name: str) -> Path:
    """A file of ../shared/corpus, or a skip where the shared folder is absent."""
    path = CORPUS / folder / name
    if not path.is_file():
        pytest.skip(f"{path} is not here (../shared is absent)")
    return path


# The 三公 table of ../shared/corpus/wuyang-2021 as every format of the report holds it (6 rows x 5,
# unit 万元): reader tests compare against it, relation tests check it stays silent.
SANGONG = [
    ["项目", "年初预算数", "年末决算数", "金额差异", "超支节约比率"],
    ["公务接待费", "10", "9.99", "-0.01", "-0.1%"],
    ["公务用车购置及运行维护费", "6", "5.43", "-0.57", "-9.5%"],
    ["其中：公务用车运行维护费", "6", "5.43", "-0.57", "-9.5%"],
    ["公务车购置费", "0", "0", "0", "0"],
    ["合计", "16", "15.42", "-0.58", "-3.63%"],
]


# Headless Chromium for the browser tests: Debian's /usr/bin/chromium, never `playwright install`.
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run"]


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api")
    if not Path(CHROMIUM).exists():
        pytest.skip("chromium is not installed")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()
