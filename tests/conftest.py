"""Shared fixtures. Tests that read ../shared skip cleanly where it is absent."""

from __future__ import annotations

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
