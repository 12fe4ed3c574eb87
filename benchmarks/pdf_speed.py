"""Seconds per PDF: jixiao's reader and whole pipeline against pdfplumber's own extract_text.

Issue 7 asks for the whole pipeline within 1.5x of `page.extract_text()` over all pages.
Usage: python benchmarks/pdf_speed.py [PDF ...]   (default: every PDF of ../shared/corpus)
Each figure is CPU seconds (process time), the best of --repeat runs, so that other work on a shared
machine counts less.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import pdfplumber

from extractor.pipeline import check_file
from extractor.readers import read_document

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"


def best(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t = time.process_time()
        fn()
        times.append(time.process_time() - t)
    return min(times)


def plumber_text(path: Path) -> None:
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.extract_text()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("pdfs", nargs="*", type=Path)
    ap.add_argument("--repeat", type=int, default=3)
    a = ap.parse_args()
    pdfs = a.pdfs or sorted(CORPUS.glob("*/*.pdf"))
    print(f"{'file':<40} {'extract_text':>12} {'read':>8} {'pipeline':>9} {'ratio':>6}")
    total = [0.0, 0.0, 0.0]
    for f in pdfs:
        base = best(lambda: plumber_text(f), a.repeat)
        read = best(lambda: read_document(f), a.repeat)
        whole = best(lambda: check_file(f), a.repeat)
        for i, v in enumerate((base, read, whole)):
            total[i] += v
        print(f"{f.parent.name + '/' + f.name:<40} {base:12.2f} {read:8.2f} {whole:9.2f} {whole / base:6.2f}")
    print(f"{'all':<40} {total[0]:12.2f} {total[1]:8.2f} {total[2]:9.2f} {total[2] / total[0]:6.2f}")


if __name__ == "__main__":
    main()
