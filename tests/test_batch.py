"""`jixiao check` over files, folders and globs: what is taken, parallel workers, time limits,
crashes, the closing summary and exit statuses."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from batch_fixtures import SAMPLE, sample_check, write_sample
from click.testing import CliRunner

from extractor import batch
from extractor.batch import Input, expand_paths, in_input_order, run_batch
from extractor.cli import cli
from extractor.outputs.records import JsonlWriter
from extractor.pipeline import CheckOptions
from extractor.pool import check_many

CLEAN = "一、部门概况\n本单位共有在编人员35人。\n"


def run(args, monkeypatch=None, check=sample_check):
    """The CLI in this process, with the stand-in check (workers are forked and inherit it)."""
    if monkeypatch is not None:
        monkeypatch.setattr(batch, "check_file", check)
    return CliRunner().invoke(cli, ["check", *map(str, args)], catch_exceptions=False)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """Two good reports, one in a subfolder, plus things a folder must not contribute or must name as broken."""
    root = tmp_path / "reports"
    write_sample(root, "a.txt")
    write_sample(root / "sub", "b.txt")
    (root / "empty.txt").write_bytes(b"")
    (root / "garbage.pdf").write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 4)
    (root / "expected.toml").write_text("[report]\n", encoding="utf-8")
    (root / ".hidden.txt").write_text(SAMPLE, encoding="utf-8")
    (root / "~$a.docx").write_bytes(b"lock")
    (root / ".git").mkdir()
    (root / ".git" / "notes.txt").write_text(SAMPLE, encoding="utf-8")
    (root / "notes.md").write_text("# notes", encoding="utf-8")
    return root


# --------------------------------------------------------------------------- which files


def test_a_folder_contributes_report_files_only(folder: Path):
    got = [Path(i.path).relative_to(folder).as_posix() for i in expand_paths([str(folder)])]
    assert got == ["a.txt", "empty.txt", "garbage.pdf", "sub/b.txt"]


def test_a_file_without_extension_is_taken_when_its_bytes_say_report(tmp_path: Path):
    (tmp_path / "download").write_bytes(b"%PDF-1.4\n...")
    (tmp_path / "README").write_text("just words", encoding="utf-8")
    assert [Path(i.path).name for i in expand_paths([str(tmp_path)])] == ["download"]


def test_the_output_folder_is_not_read_back(folder: Path):
    out = folder / "out"
    write_sample(out, "a.txt.html", "<html><body>page</body></html>")
    got = [Path(i.path).name for i in expand_paths([str(folder)], skip=out)]
    assert "a.txt.html" not in got
    assert "a.txt.html" in [Path(i.path).name for i in expand_paths([str(folder)])]


def test_globs_explicit_files_and_missing_paths(folder: Path):
    got = expand_paths([str(folder / "**" / "*.txt"), str(folder / "notes.md"), str(folder / "a.txt"),
                        str(folder / "none*.pdf"), str(folder / "missing.txt")])
    names = [(Path(i.path).name, i.problem) for i in got]
    assert names == [
        ("a.txt", None), ("empty.txt", None), ("b.txt", None),  # a.txt named twice, kept once
        ("notes.md", None),  # named explicitly: checked even though a folder would skip it
        ("none*.pdf", "没有与之匹配的文件"), ("missing.txt", "文件不存在"),
    ]


def test_in_input_order_waits_for_each_turn():
    done = [(2, "c"), (0, "a"), (3, "d"), (1, "b")]
    assert list(in_input_order(done)) == [(0, "a"), (1, "b"), (2, "c"), (3, "d")]


# --------------------------------------------------------------------------- workers


def _records(results) -> list[dict]:
    return [{k: v for k, v in r.model_dump(mode="json").items() if k != "timings"} for r in results]


def test_two_workers_give_the_same_results_as_one(folder: Path):
    files = [i.path for i in expand_paths([str(folder)])]
    one = sorted(check_many(files, jobs=1, check=sample_check), key=lambda x: x[0])
    two = sorted(check_many(files, jobs=2, check=sample_check), key=lambda x: x[0])
    assert [i for i, _ in two] == list(range(len(files)))
    assert _records(r for _, r in one) == _records(r for _, r in two)
    assert any(r.findings for _, r in one)  # the comparison compared something


def test_the_cli_gives_the_same_json_with_jobs_1_and_2(folder: Path, monkeypatch):
    outs = []
    for jobs in ("1", "2"):
        res = run([folder, "--format", "json", "--jobs", jobs], monkeypatch)
        data = json.loads(res.stdout)
        for d in data:
            d.pop("timings")
        outs.append(data)
    assert outs[0] == outs[1]
    assert [Path(d["file"]).name for d in outs[0]] == ["a.txt", "empty.txt", "garbage.pdf", "b.txt"]


def test_a_slow_file_is_killed_at_its_time_limit_and_the_rest_go_on(tmp_path: Path):
    files = [write_sample(tmp_path, n) for n in ("a.txt", "slow.txt", "b.txt")]
    results = dict(check_many([str(f) for f in files], jobs=2, timeout=1.5, check=sample_check))
    assert results[1].status == "unreadable" and results[1].error == "超时：超过 1.5 秒"
    assert results[0].status == results[2].status == "ok"
    assert results[0].findings and results[2].findings


def test_a_crashing_worker_is_recorded_against_its_file(tmp_path: Path):
    files = [write_sample(tmp_path, n) for n in ("a.txt", "crash.txt", "b.txt", "c.txt")]
    results = dict(check_many([str(f) for f in files], jobs=2, check=sample_check))
    assert sorted(results) == [0, 1, 2, 3]
    assert results[1].status == "unreadable" and "SIGSEGV" in results[1].error
    assert all(results[i].status == "ok" for i in (0, 2, 3))


def test_an_exception_in_the_check_fails_only_that_file(tmp_path: Path):
    files = [write_sample(tmp_path, n) for n in ("a.txt", "b.txt")]

    def check(path, options):
        if path.endswith("b.txt"):
            raise ValueError("bad table")
        return sample_check(path, options)

    results = dict(check_many([str(f) for f in files], jobs=1, check=check))
    assert results[0].status == "ok"
    assert results[1].status == "unreadable" and "ValueError: bad table" in results[1].error


def test_every_input_comes_back_once_in_order(tmp_path: Path, capsys):
    names = ["crash.txt", "a.txt", "slow.txt", "b.txt", "a.txt"]
    inputs = [Input(str(write_sample(tmp_path, n))) for n in names] + [Input("nowhere.txt", "文件不存在")]
    writer = JsonlWriter(open(os.devnull, "w"))
    outcomes, _ = run_batch(inputs, writer, CheckOptions(), jobs=2, timeout=1.0, check=sample_check)
    assert [o.file for o in outcomes] == [i.path for i in inputs]
    assert [o.status for o in outcomes] == ["unreadable", "ok", "unreadable", "ok", "ok", "unreadable"]
    assert len({o.name for o in outcomes}) == len(outcomes)


# --------------------------------------------------------------------------- the command


def test_a_broken_file_does_not_stop_the_others_and_the_summary_names_it(folder: Path, tmp_path: Path, monkeypatch):
    out = tmp_path / "out"
    res = run([folder, "--output", out, "--format", "html", "--jobs", "2"], monkeypatch)
    assert res.exit_code == 2
    pages = sorted(p.name for p in out.glob("*.html"))
    assert pages == ["a.txt.html", "b.txt.html", "empty.txt.html", "garbage.pdf.html", "index.html"]
    assert "SUM001" in (out / "a.txt.html").read_text(encoding="utf-8")
    assert "共 4 个文件：已检查 2，无法读取 2" in res.stdout
    assert f"{folder / 'empty.txt'}：文件为空（0 字节）" in res.stdout
    assert str(folder / "garbage.pdf") in res.stdout.split("无法读取的文件：")[1]


@pytest.mark.parametrize(("text", "status"), [(CLEAN, 0), (SAMPLE, 1)])
def test_exit_status_follows_the_worst_finding(tmp_path: Path, monkeypatch, text, status):
    f = write_sample(tmp_path, "r.txt", text)
    res = run([f], monkeypatch)
    assert res.exit_code == status, res.output


def test_exit_status_2_when_a_file_cannot_be_read_even_beside_errors(tmp_path: Path, monkeypatch):
    good = write_sample(tmp_path, "r.txt")
    (tmp_path / "empty.txt").write_bytes(b"")
    assert run([good, tmp_path / "empty.txt"], monkeypatch).exit_code == 2
    assert run([tmp_path / "missing.txt"], monkeypatch).exit_code == 2


def test_one_file_as_json_prints_one_object_and_nothing_else(tmp_path: Path, monkeypatch):
    f = write_sample(tmp_path, "r.txt")
    res = run([f, "--format", "json"], monkeypatch)
    obj = json.loads(res.stdout)
    assert isinstance(obj, dict)
    assert {"report", "figures", "findings"} <= obj.keys()
    assert "document" not in obj
    assert res.stderr == ""


def test_several_files_as_json_print_an_array_and_the_summary_on_stderr(folder: Path, monkeypatch):
    res = run([folder / "a.txt", folder / "sub" / "b.txt", "--format", "json"], monkeypatch)
    arr = json.loads(res.stdout)
    assert [Path(d["file"]).name for d in arr] == ["a.txt", "b.txt"]
    assert "共 2 个文件" in res.stderr


def test_jsonl_on_stdout_names_the_file_of_every_record(folder: Path, monkeypatch):
    res = run([folder / "a.txt", folder / "empty.txt", "--format", "jsonl"], monkeypatch)
    recs = [json.loads(line) for line in res.stdout.splitlines()]
    assert [r["record"] for r in recs if r["record"] == "file"] == ["file", "file"]
    assert {r["record"] for r in recs} == {"file", "finding", "figure"}
    assert all(r["file"] for r in recs)
    assert recs[-1] == {**recs[-1], "record": "file", "status": "unreadable", "error": "文件为空（0 字节）"}


def test_html_and_xlsx_need_an_output_folder(tmp_path: Path):
    f = write_sample(tmp_path, "r.txt")
    res = run([f, "--format", "html"])
    assert res.exit_code == 2 and "--output" in res.stderr


def test_no_report_in_the_paths_is_an_error(tmp_path: Path):
    (tmp_path / "notes.md").write_text("x", encoding="utf-8")
    res = run([tmp_path])
    assert res.exit_code == 2 and "没有找到" in res.stderr


def test_progress_lines_when_asked_and_not_on_a_terminal(folder: Path, monkeypatch):
    quiet = run([folder / "a.txt", folder / "empty.txt"], monkeypatch)
    assert quiet.stderr == ""
    loud = run([folder / "a.txt", folder / "empty.txt", "--progress", "--jobs", "1"], monkeypatch)  # lines come as files finish
    lines = loud.stderr.splitlines()
    assert lines[0].startswith("[1/2] ") and "错误 2，警告 1" in lines[0]
    assert lines[1].startswith("[2/2] ") and "无法读取：文件为空" in lines[1]


def test_a_writer_failing_on_one_report_fails_that_report_only(folder: Path, tmp_path: Path, monkeypatch):
    from extractor.outputs import html

    real = html.render_page

    def render(result, *args, **kw):
        if result.file.endswith("b.txt"):
            raise KeyError("F99")
        return real(result, *args, **kw)

    monkeypatch.setattr(html, "render_page", render)
    out = tmp_path / "out"
    res = run([folder / "a.txt", folder / "sub" / "b.txt", "--output", out, "--jobs", "1"], monkeypatch)
    assert res.exit_code == 2
    assert (out / "a.txt.html").is_file() and not (out / "b.txt.html").exists()
    assert "写出结果时出错（程序内部错误 KeyError: 'F99'）" in res.stdout
    index = (out / "index.html").read_text(encoding="utf-8")
    assert 'href="a.txt.html"' in index and "b.txt" in index and 'href="b.txt.html"' not in index


def test_suppressions_silence_findings_and_unused_entries_are_named(tmp_path: Path):
    """With the real checks: one finding the checks raise on the sample is silenced in both copies
    of the report, and an entry that matches nothing is reported as unused."""
    reports = [write_sample(tmp_path / "in", n) for n in ("a.txt", "b.txt")]

    def findings(res) -> list[dict]:
        return [r for r in map(json.loads, res.stdout.splitlines()) if r["record"] == "finding"]

    before = findings(run([*reports, "--format", "jsonl"]))
    assert before, "the real checks flag nothing in the sample"
    target = before[0]
    sup = tmp_path / "ignore.toml"
    sup.write_text(
        f'[[suppress]]\nrule = "{target["rule"]}"\nfingerprint = "{target["fingerprint"]}"\nreason = "已核实"\n\n'
        '[[suppress]]\nrule = "SUM001"\nfigures = ["1.00万元"]\nreason = "旧条目"\n',
        encoding="utf-8",
    )
    res = run([*reports, "--format", "jsonl", "--suppressions", sup])
    after = findings(res)
    assert target["fingerprint"] not in {f["fingerprint"] for f in after}
    assert len(after) == len(before) - 2  # the same finding in each copy
    assert "已按忽略文件略去 2 条问题" in res.stderr
    assert "忽略文件中有 1 条本次未用上：SUM001 1.00万元" in res.stderr

    sup.write_text('[[suppress]]\nrule = "GRD001"\nreason = ""\n', encoding="utf-8")
    bad = run([reports[0], "--suppressions", sup])
    assert bad.exit_code == 2 and "忽略文件无法读取" in bad.stderr


class Recorder:
    """A writer that notes the order reports reach it."""

    def __init__(self, ordered: bool):
        self.ordered, self.seen = ordered, []

    def add(self, result, name):
        self.seen.append(Path(result.file).name)

    def close(self, outcomes):
        return []


@pytest.mark.parametrize("ordered", [True, False])
def test_a_slow_first_file_holds_back_only_writers_that_need_input_order(tmp_path: Path, ordered: bool):
    inputs = [Input(str(write_sample(tmp_path, n))) for n in ("slow.txt", "a.txt", "b.txt")]
    writer = Recorder(ordered)
    outcomes, _ = run_batch(inputs, writer, CheckOptions(), jobs=2, timeout=1.5, check=sample_check)
    assert writer.seen == (["slow.txt", "a.txt", "b.txt"] if ordered else ["a.txt", "b.txt", "slow.txt"])
    assert [Path(o.file).name for o in outcomes] == ["slow.txt", "a.txt", "b.txt"]  # the index keeps input order


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="finds a worker's children through /proc")
def test_a_timed_out_worker_takes_its_helper_processes_with_it(tmp_path: Path):
    from batch_fixtures import check_with_helper

    f = write_sample(tmp_path, "r.txt")
    [(_, result)] = check_many([str(f)], jobs=2, timeout=1.0, check=check_with_helper)
    assert result.error == "超时：超过 1 秒"
    pid = int((tmp_path / "r.txt.pid").read_text())
    stat = Path(f"/proc/{pid}/stat")
    assert not stat.exists() or stat.read_text().rsplit(")", 1)[1].split()[0] == "Z"  # gone, or a zombie awaiting init
