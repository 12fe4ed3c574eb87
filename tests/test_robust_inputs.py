"""The broken corpus (tests/broken/corpus.py) through the `jixiao` command, one file at a time, in a
fresh process capped at 1.5 GB: each file is either read correctly or refused with ONE line that
names it and says why, exit status 2 — never a traceback, a hang or a read outside the file."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from broken import corpus
from broken.corpus import Case
from broken.run import Run, jixiao

from extractor.errors import ReadError
from extractor.readers import read_document

NOISE = ("Traceback", "Fatal Python error", "Error:", "Warning:")


def assert_quiet(run: Run) -> None:
    for word in NOISE:
        assert word not in run.stderr, run.stderr[-2000:]


def assert_outcome(case: Case, run: Run) -> None:
    """`jixiao check FILE --format json` did what the case says is correct."""
    assert_quiet(run)
    if case.refused:
        assert run.status == 2, (case.name, run.stdout[:500])
        assert len(run.stderr_lines) == 1, (case.name, run.stderr)
        line = run.stderr_lines[0]
        assert line.startswith(f"jixiao: {case.path}: "), line
        for word in case.reason:
            assert word in line, (case.name, line)
        assert run.json()["status"] == "unreadable"
        return
    assert run.stderr_lines == [], (case.name, run.stderr)
    data = run.json()
    assert data["status"] == "ok", (case.name, data["error"])
    found = {f["raw"]: f["value"] for f in data["figures"]}
    for raw, value in case.figures.items():
        assert found.get(raw) == value, (case.name, raw, sorted(found)[:20])
    claims = [f for f in data["findings"] if f["severity"] != "info"]
    if case.figure_count is not None:
        assert len(data["figures"]) == case.figure_count, case.name
    if case.findings is not None:
        assert sorted({f["rule"] for f in claims}) == sorted(case.findings), (case.name, claims)
    assert run.status == (1 if any(f["severity"] == "error" for f in claims) else 0)


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("broken")


@pytest.mark.parametrize("make", corpus.SMALL_MAKERS, ids=lambda m: m.__name__)
def test_check_reads_or_refuses_in_one_line(make, folder):
    for case in make(folder):
        assert_outcome(case, jixiao("check", case.path, "--format", "json", env=case.env, wall=120))
        if case.refused:  # the summary a person reads says the same in one line
            run = jixiao("check", case.path, env=case.env, wall=120)
            assert_quiet(run)
            assert run.status == 2
            (line,) = run.stdout.splitlines()
            assert line.startswith(f"{case.path}: 无法读取：") and all(word in line for word in case.reason)


@pytest.mark.parametrize("make", corpus.SMALL_MAKERS, ids=lambda m: m.__name__)
def test_parse_reads_or_refuses_in_one_line(make, folder):
    """`jixiao parse` reads in this process (no worker pool): its own guards must hold too."""
    for case in make(folder):
        run = jixiao("parse", case.path, "--format", "json", env=case.env, wall=120)
        assert_quiet(run)
        if case.refused:
            assert run.status == 2 and run.stdout == ""
            assert len(run.stderr_lines) == 1 and run.stderr_lines[0].startswith(f"jixiao: {case.path}: ")
        else:
            assert run.status == 0 and run.json()["blocks"], case.name
            text = "\n".join(b["text"] for b in run.json()["blocks"])
            assert all(passage in text for passage in case.text), (case.name, text[:200])


def test_external_entity_never_reaches_any_output(folder):
    """file:///etc/passwd is named in the DTD: neither check, parse nor extract may show a byte of it."""
    (case,) = [c for c in corpus.entity_bombs(folder) if c.name == "external-entity-docx"]
    secret = Path("/etc/passwd").read_text(errors="replace").splitlines()[0] if Path("/etc/passwd").exists() else "root:"
    for args in (("check", case.path, "--format", "json"), ("parse", case.path, "--format", "json"),
                 ("extract", case.path, "--format", "json")):
        run = jixiao(*args)
        assert run.status == 2
        assert secret not in run.stdout + run.stderr and "root:x:" not in run.stdout + run.stderr


def test_a_big_text_file_is_refused_within_the_memory_cap(folder):
    """50 MB of report sentences: past the length limit, refused before figures are built."""
    (case,) = corpus.big_text(folder)
    assert case.path.stat().st_size >= 50 * 1024 * 1024
    assert_outcome(case, jixiao("check", case.path, "--format", "json", "--timeout", "60", wall=90))
    case.path.unlink()


def test_a_docx_with_a_60_mb_body_is_refused_before_it_is_parsed(folder):
    """Within the zip-bomb limits (it compresses about 15 to 1), but parsing 60 MB of XML whole would
    take gigabytes: refused from the zip directory."""
    (case,) = corpus.huge_docx(folder)
    run = jixiao("check", case.path, "--format", "json", wall=90)
    assert_outcome(case, run)
    assert run.seconds < 30  # from the zip directory, not after parsing (generous: this is a bound)


def test_a_sheet_16384_columns_wide_is_read_whole(folder):
    """Every cell of the widest sheet Excel makes, and its one bad total (offsets are found in one
    pass per table: cell by cell it took 45 s)."""
    (case,) = corpus.widest_sheet(folder)
    assert_outcome(case, jixiao("check", case.path, "--format", "json", "--timeout", "120", wall=150))


def test_a_2000_page_pdf_is_read_whole_within_the_time_limit(folder):
    """Read in full (no page cap) under a per-file time limit: 2,000 pages, 6 sentences of 3 figures
    each per page, every sum consistent. About 20 s on 2 cores."""
    (case,) = corpus.many_pages_pdf(folder, pages=2000)
    run = jixiao("check", case.path, "--format", "json", "--timeout", "150", wall=200)
    data = run.json()
    if data["status"] != "ok" and "超时" in (data["error"] or ""):  # a slow machine: the limit ends it, in one line
        assert run.status == 2 and run.stderr_lines == [f"jixiao: {case.path}: {data['error']}"]
        pytest.skip(f"the 2,000-page PDF did not finish within 150 s here: {data['error']}")
    assert_outcome(case, run)
    assert data["pages"] == 2000


def test_the_time_limit_ends_a_long_file_and_names_it(folder):
    """The same PDF under a 2-second limit: one line, status 2, back within the limit plus the
    worker's grace to stop (generous margins: this measures a bound, not a speed)."""
    path = folder / "pages-2000.pdf"
    if not path.exists():
        (case,) = corpus.many_pages_pdf(folder, pages=2000)
        path = case.path
    run = jixiao("check", path, "--timeout", "2", wall=60)
    assert_quiet(run)
    assert run.status == 2
    assert run.stdout.strip() == f"{path}: 无法读取：超时：超过 2 秒"
    assert run.seconds < 30


# --------------------------------------------------------------------------- files that go away


def test_a_missing_file_or_dangling_link_is_named(tmp_path):
    link = tmp_path / "link.txt"
    link.symlink_to(tmp_path / "gone.txt")
    for path in (tmp_path / "never-there.txt", link):
        run = jixiao("check", path)
        assert_quiet(run)
        assert run.status == 2 and run.stdout.strip() == f"{path}: 无法读取：文件不存在"


def test_a_file_that_vanishes_after_it_was_listed(tmp_path):
    """Listed while the folder was walked, deleted before a worker opened it: a record, not a crash."""
    from extractor.batch import expand_paths, run_batch
    from extractor.outputs.records import JsonlWriter
    from extractor.pipeline import CheckOptions

    (tmp_path / "a.txt").write_text(corpus.GOOD_TEXT, encoding="utf-8")
    (tmp_path / "b.txt").write_text(corpus.GOOD_TEXT, encoding="utf-8")
    inputs = expand_paths([str(tmp_path)])
    (tmp_path / "b.txt").unlink()
    out = tmp_path / "out"
    out.mkdir()
    outcomes, _ = run_batch(inputs, JsonlWriter.to_dir(out), CheckOptions(), jobs=1)
    assert [(Path(o.file).name, o.status) for o in outcomes] == [("a.txt", "ok"), ("b.txt", "unreadable")]
    assert "文件不存在" in outcomes[1].error


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads a file whatever its mode")
def test_an_unreadable_file_is_named(tmp_path):
    path = tmp_path / "locked.txt"
    path.write_text(corpus.GOOD_TEXT, encoding="utf-8")
    path.chmod(0)
    try:
        run = jixiao("check", path)
    finally:
        path.chmod(0o644)
    assert_quiet(run)
    assert run.status == 2 and run.stdout.strip() == f"{path}: 无法读取：没有读取该文件的权限"


def test_a_permission_error_reads_as_chinese(tmp_path, monkeypatch):
    """What the test above checks, where it cannot run (as root): the system's refusal, in Chinese."""
    path = tmp_path / "locked.txt"
    path.write_text(corpus.GOOD_TEXT, encoding="utf-8")

    def refuse(self):
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", refuse)
    with pytest.raises(ReadError) as e:
        read_document(path)
    assert e.value.reason == "没有读取该文件的权限"


# --------------------------------------------------------------------------- one line, whatever the names and messages


def test_a_library_message_over_several_lines_still_gives_one_line(tmp_path, monkeypatch):
    """A reader library choking with a multi-line message (lxml, pdfminer do): the reason is one line."""
    from extractor.readers import txt

    def choke(path, data):
        raise ValueError("line 1: bad thing\n  line 2: worse thing\r\n")

    monkeypatch.setattr(txt, "read_txt", choke)
    path = tmp_path / "x.txt"
    path.write_text(corpus.GOOD_TEXT, encoding="utf-8")
    with pytest.raises(ReadError) as e:
        read_document(path)
    assert "\n" not in e.value.reason and "\r" not in e.value.reason
    assert "bad thing line 2: worse thing" in e.value.reason


def test_a_check_failing_with_a_multi_line_message_gives_one_line():
    from extractor.pipeline import CheckOptions
    from extractor.pool import check_one

    def broken(path, options):
        raise RuntimeError("first\nsecond")

    result = check_one(broken, "x.txt", CheckOptions())
    assert result.status == "unreadable" and "\n" not in result.error and "first second" in result.error


def test_a_file_name_cannot_break_the_line_or_drive_the_terminal(tmp_path):
    name = "a\x1b[2Jb\nc.txt"
    (tmp_path / name).write_bytes(b"")
    run = jixiao("check", tmp_path)
    assert run.status == 2 and "\x1b" not in run.stdout
    assert run.stdout.splitlines() == [f"{tmp_path}/a\\x1b[2Jb\\nc.txt: 无法读取：文件为空（0 字节）"]
    run = jixiao("check", tmp_path / name, "--format", "json")
    assert run.stderr_lines == [f"jixiao: {tmp_path}/a\\x1b[2Jb\\nc.txt: 文件为空（0 字节）"]


def test_a_pipe_named_like_a_report_is_refused_not_waited_on(tmp_path):
    """A FIFO in a folder of reports: reading it would wait for a writer forever."""
    os.mkfifo(tmp_path / "report.txt")
    (tmp_path / "good.txt").write_text(corpus.GOOD_TEXT, encoding="utf-8")
    run = jixiao("check", tmp_path, "--format", "jsonl", wall=60)
    assert run.status == 2 and "Traceback" not in run.stderr
    assert f"  {tmp_path / 'report.txt'}：不是普通文件（管道、设备或套接字），无法读取" in run.stderr.splitlines()
