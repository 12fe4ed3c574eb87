"""Formats read through LibreOffice: Word .doc (and .rtf, .odt) become .docx, Excel .xls (and
.ods) become .xlsx, then the docx or xlsx reader reads the converted file.

Each conversion runs `soffice --headless --convert-to` in a private temporary folder with its own
LibreOffice profile, so parallel runs never share (or lock) a profile, and under a time limit
after which the whole LibreOffice process group is killed. The Document keeps the original
file's path, format and sha256 (read_document hashes the original bytes).
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

from extractor.errors import ReadError
from extractor.readers import Extracted

TIMEOUT_SECONDS = 180  # the first run of a fresh profile takes a few seconds; big files take more

# format -> (suffix LibreOffice is given, target format, what the reason calls the file, import filter)
# The import filter is named so that a damaged file fails instead of being opened as plain text.
_TARGETS = {
    "doc": ("doc", "docx", ".doc", "MS Word 97"),
    "rtf": ("rtf", "docx", ".rtf", "Rich Text Format"),
    "odt": ("odt", "docx", ".odt", "writer8"),
    "xls": ("xls", "xlsx", ".xls", "MS Excel 97"),
    "ods": ("ods", "xlsx", ".ods", "calc8"),
}


def soffice_path() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def convert(data: bytes, fmt: str, name: str) -> bytes:
    """The bytes of `data` (in format `fmt`) converted by LibreOffice to docx or xlsx."""
    suffix, target, label, infilter = _TARGETS[fmt]
    soffice = soffice_path()
    if soffice is None:
        raise ReadError(name, f"读取 {label} 需要 LibreOffice (soffice)，未安装")
    if target == "xlsx" and _component_missing(soffice, "libsclo"):
        raise ReadError(name, f"读取 {label} 需要 LibreOffice Calc，本机未安装（可另存为 .xlsx 后再读取）")
    with tempfile.TemporaryDirectory(prefix="jixiao-soffice-") as tmp:
        work = Path(tmp)
        src = work / f"input.{suffix}"  # a plain name: the original may have any name or extension
        src.write_bytes(data)
        out = work / "out"
        cmd = [
            soffice,
            f"-env:UserInstallation={(work / 'profile').as_uri()}",
            "--headless", "--norestore", "--nolockcheck", "--nodefault", "--nologo",
            f"--infilter={infilter}", "--convert-to", target, "--outdir", str(out), str(src),
        ]
        _run(cmd, name, label)
        produced = out / f"input.{target}"
        if not produced.is_file() or produced.stat().st_size == 0:
            hint = "（可能缺少 LibreOffice Calc 组件）" if target == "xlsx" else ""
            raise ReadError(name, f"LibreOffice 无法转换此 {label} 文件{hint}，文件可能已加密或已损坏；可另存为 {target} 后再读取")
        return produced.read_bytes()


def _component_missing(soffice: str, library: str) -> bool:
    """True when LibreOffice's program folder is found and lacks a component's library (libsclo: Calc).
    A layout we do not recognise counts as present: the conversion itself will tell."""
    program = Path(os.path.realpath(soffice)).parent
    if not (program / "soffice.bin").exists() and not (program / "soffice.exe").exists():
        return False
    return not any(program.glob(f"{library}.*"))


def _run(cmd: list[str], name: str, label: str) -> None:
    env = dict(os.environ, HOME=os.environ.get("HOME") or tempfile.gettempdir())
    proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            start_new_session=True, env=env)
    try:
        proc.communicate(timeout=TIMEOUT_SECONDS)
    except subprocess.TimeoutExpired:
        # soffice is a launcher: kill its whole group, or soffice.bin lives on
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        proc.communicate()
        raise ReadError(name, f"LibreOffice 转换 {label} 超时（{TIMEOUT_SECONDS} 秒），文件可能过大或已损坏") from None


def read_doc(path, data: bytes) -> Extracted:
    return _via(path, data, "doc")


def read_rtf(path, data: bytes) -> Extracted:
    return _via(path, data, "rtf")


def read_odt(path, data: bytes) -> Extracted:
    return _via(path, data, "odt")


def read_xls(path, data: bytes) -> Extracted:
    return _via(path, data, "xls")


def read_ods(path, data: bytes) -> Extracted:
    return _via(path, data, "ods")


def _via(path, data: bytes, fmt: str) -> Extracted:
    converted = convert(data, fmt, str(path))
    if _TARGETS[fmt][1] == "docx":
        from extractor.readers.docx import read_docx

        got = read_docx(path, converted)
    else:
        from extractor.readers.xlsx import read_xlsx

        got = read_xlsx(path, converted)
    got.notes.insert(0, f"{_TARGETS[fmt][2]} 文件经 LibreOffice 转换为 {_TARGETS[fmt][1]} 后读取")
    return got
