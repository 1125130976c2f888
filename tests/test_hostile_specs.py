"""Hostile and malformed spec files: each gives a `file:line: message (hint)` error and exit code 2,
with no traceback, no hang and the output folder untouched. Also: output file modes do not depend
on the umask, and output bytes do not depend on the locale.

The limits tested here are documented in generator/yamlsrc.py (and generator/writer.py).
"""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import time
from pathlib import Path
from typing import Any, Callable

import pytest

from generator import yamlsrc
from generator.errors import SpecInvalid
from tests.conftest import ROOT
from tests.test_bad_specs import BASE

TIMEOUT = 60


def _line(marker: str) -> int:
    """The line of BASE on which ``marker`` starts."""
    assert marker in BASE, f"{marker!r} is not in the base spec"
    return BASE[: BASE.index(marker)].count("\n") + 1


def _replace(old: str, new: str) -> tuple[str, int]:
    """BASE with ``old`` replaced, and the line where the replacement starts."""
    return BASE.replace(old, new, 1), _line(old)


def _append(block: str, line_in_block: int) -> tuple[str, int]:
    """BASE with ``block`` appended, and the line of the block's ``line_in_block`` (1-based)."""
    return BASE + block, BASE.count("\n") + line_in_block


def _next_line(built: tuple[str, int]) -> tuple[str, int]:
    return built[0], built[1] + 1


def _billion_laughs() -> tuple[str, int]:
    # 3 kB that would expand to 10**9 values. Counting the values aliases insert (anchor sizes
    # 11, 111, 1111, ...), the total passes 1,000,000 at the 8th alias on the line of lol5.
    block = "lol0: &b0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
    block += "".join(f"lol{i}: &b{i} [" + ", ".join([f"*b{i - 1}"] * 10) + "]\n" for i in range(1, 10))
    return _append(block, 6)


def _deep_block() -> tuple[str, int]:
    # 2,000 nested block mappings, one per line: the root mapping is level 1 and x_deep's value
    # (the block's line 2) level 2, so level 101 starts on the block's line 101.
    block = "x_deep:\n" + "".join(" " * i + "k:\n" for i in range(1, 2000)) + " " * 2000 + "k: 1\n"
    return _append(block, 101)


# (case id, builder of (spec text, expected error line), expected fragments of the message)
CASES: list[tuple[str, Callable[[], tuple[str, int]], list[str]]] = [
    ("tag-custom", lambda: _replace("info: {title: T,", "info: {title: !custom T,"), ["YAML tags are not supported (found '!custom')"]),
    (
        "tag-python-object",
        lambda: _replace("      size: {type: integer}", "      size: {type: integer, description: !!python/object/apply:os.system [echo pwned]}"),
        ["YAML tags are not supported (found '!!python/object/apply:os.system')"],
    ),
    ("tag-binary", lambda: _replace("      size: {type: integer}", "      size: {type: integer, description: !!binary aGVsbG8=}"), ["YAML tags are not supported (found '!!binary')"]),
    ("tag-set", lambda: _replace("    values: [m-small, m-large]", "    values: !!set {m-small, m-large}"), ["YAML tags are not supported (found '!!set')"]),
    ("tag-omap", lambda: _replace("    values: [m-small, m-large]", "    values: !!omap [m-small: 1, m-large: 2]"), ["YAML tags are not supported (found '!!omap')"]),
    ("tag-timestamp", lambda: _replace('version: "1"}', "version: !!timestamp 2024-01-01}"), ["YAML tags are not supported (found '!!timestamp')"]),
    ("tag-on-block-mapping", lambda: _replace("client:\n", "client: !custom\n"), ["YAML tags are not supported (found '!custom')"]),
    ("tag-non-specific", lambda: _replace("info: {title: T,", "info: {title: ! T,"), ["YAML tags are not supported (found '!')"]),
    ("nul-byte", lambda: _replace("      size: {type: integer}", "      size: {type: inte\x00ger}"), ["a NUL byte is not allowed in YAML"]),
    ("control-char", lambda: _replace("    open: true", "    open: \x1b[31mtrue"), ["control character U+001B is not allowed in YAML"]),
    ("escaped-nul", lambda: _replace("info: {title: T,", 'info: {title: "T\\0",'), ["the string holds a NUL byte (written as an escape)"]),
    ("recursive-alias", lambda: _replace("  big: {enum: Model, values: [m-large]}", "  big: &a {enum: Model, values: [*a]}"), ["recursive YAML alias '*a'"]),
    (
        "nesting-2000",
        lambda: _replace("      size: {type: integer}", "      size: {type: integer, example: " + "[" * 2000 + "]" * 2000 + "}"),
        ["the YAML nests deeper than 100 levels"],
    ),
    ("nesting-50000", lambda: _replace("      size: {type: integer}", "      size: " + "[" * 50_000), ["the YAML nests deeper than 100 levels"]),
    ("nesting-block-2000", _deep_block, ["the YAML nests deeper than 100 levels"]),
    ("integer-5000-digits", lambda: _replace("maximum: 10}", "maximum: " + "9" * 5000 + "}"), ["number too large: 5000 digits; at most 100"]),
    ("float-inf", lambda: _replace("maximum: 10}", "maximum: .inf}"), ["number '.inf' is not finite"]),
    ("float-nan", lambda: _replace("minimum: 1,", "minimum: .nan,"), ["number '.nan' is not finite"]),
    ("float-overflow", lambda: _replace("minimum: 1,", "minimum: 1.0e+999,"), ["number '1.0e+999' is not finite"]),
    ("date-in-list", lambda: _replace("          - id: n-large", "          - 2024-01-01\n          - id: n-large"), ["'2024-01-01'"]),
    # a plain key of over 1024 characters is already a YAML syntax error: an explicit key ('? ') is not
    ("key-200k", lambda: _replace("  Done:\n", "  ? " + "D" * 200_000 + "\n  :\n"), ["is 200000 characters long; at most 200"]),
    ("alias-bomb", _billion_laughs, ["YAML aliases expand to more than 1000000 values"]),
    ("bad-int-literal", lambda: _replace("maximum: 10}", "maximum: 0b_}"), ["'0b_' is not an integer"]),
    ("bad-explicit-int", lambda: _replace("maximum: 10}", "maximum: !!int ten}"), ["'ten' is not an integer"]),
    ("undefined-alias", lambda: _replace("          model: {type: Model}", "          model: *nowhere"), ["found undefined alias '*nowhere'"]),
    ("duplicate-anchor", lambda: _next_line(_replace("          model: {type: Model}", "          model: &x {type: Model}\n          other: &x {type: Model}")), ["found duplicate anchor '&x'"]),
    ("second-document", lambda: _append("---\nmore: 1\n", 1), ["expected a single document"]),
    ("list-as-key", lambda: _replace("      size: {type: integer}", "      ? [size]\n      : {type: integer}"), ["a list is not allowed as a key"]),
]


def _env(**extra: str) -> dict[str, str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    env.update(extra)
    return env


def _tree(folder: Path) -> dict[str, tuple[bytes, int]]:
    """Every file and folder under ``folder``: bytes (files) and permission bits."""
    out: dict[str, tuple[bytes, int]] = {}
    for p in sorted(folder.rglob("*")):
        mode = stat.S_IMODE(p.lstat().st_mode)
        out[p.relative_to(folder).as_posix()] = (p.read_bytes() if p.is_file() else b"<dir>", mode)
    return out


def _generate(spec: Path, out: Path, cwd: Path, env: dict[str, str], **kwargs: Any) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", "generate", "--spec", str(spec), "--out", str(out)],
        cwd=cwd, env=env, capture_output=True, text=True, encoding="utf-8", errors="replace", timeout=TIMEOUT, **kwargs,
    )


def test_cases_are_distinct() -> None:
    assert len({c[0] for c in CASES}) == len(CASES)


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_hostile_spec(case: tuple[str, Callable[[], tuple[str, int]], list[str]], tmp_path: Path) -> None:
    _, build, fragments = case
    text, line = build()
    assert text != BASE
    spec = tmp_path / "spec.yaml"
    spec.write_bytes(text.encode("utf-8"))
    out = tmp_path / "out"
    (out / "python").mkdir(parents=True)
    (out / "python" / "keep.txt").write_text("written by a previous run\n")
    (out / "openapi").mkdir()
    (out / "openapi" / "openapi.yaml").write_text("old: true\n")
    before = _tree(out)
    started = time.perf_counter()
    proc = _generate(Path("spec.yaml"), Path("out"), tmp_path, _env())
    elapsed = time.perf_counter() - started
    assert proc.returncode == 2, proc.stdout + proc.stderr[-3000:]
    assert "Traceback" not in proc.stderr, proc.stderr[-3000:]
    assert f"error: spec.yaml:{line}: " in proc.stderr, f"no error on line {line}:\n{proc.stderr[:3000]}"
    for fragment in fragments:
        assert fragment in proc.stderr, f"{fragment!r} not in:\n{proc.stderr[:3000]}"
    assert "nothing was written" in proc.stderr
    assert len(proc.stderr) < 20_000, "the error output should stay readable"
    assert _tree(out) == before, "a rejected spec changed the output folder"
    assert elapsed < 20, f"rejecting the spec took {elapsed:.1f}s"


def test_spec_over_64_mib_is_refused_before_parsing(tmp_path: Path) -> None:
    spec = tmp_path / "spec.yaml"
    with spec.open("wb") as f:
        f.write(BASE.encode())
        f.write(b"# " + b"x" * (64 * 1024 * 1024) + b"\n")
    size = spec.stat().st_size
    out = tmp_path / "out"
    proc = _generate(spec, out, tmp_path, _env())
    assert proc.returncode == 2, proc.stderr[-3000:]
    assert "Traceback" not in proc.stderr
    assert f"spec.yaml:1: the spec is {size} bytes; at most 67108864" in proc.stderr, proc.stderr
    assert not out.exists()


# ------------------------------------------------------------------ the YAML reader, in process


def _load(text: str) -> Any:
    return yamlsrc.load_yaml(text, "s.yaml")


def _error(text: str) -> str:
    with pytest.raises(SpecInvalid) as info:
        _load(text)
    return str(info.value)


def test_dates_and_other_plain_scalars_are_read_as_json_values() -> None:
    data = _load("a:\n  - 2024-01-01\n  - 2001-12-14 21:59:43.10\nb: =\nc: <<\nd: [1, -2.5, 0x1f, yes, ~, '3', !!str 4, !!int '5', !!float 6, !!bool true, !!null x]\n")
    assert data == {"a": ["2024-01-01", "2001-12-14 21:59:43.10"], "b": "=", "c": "<<", "d": [1, -2.5, 31, True, None, "3", "4", 5, 6.0, True, None]}
    assert [type(v) for v in data["a"]] == [str, str]
    assert isinstance(_load("!!map {a: !!seq [1]}"), yamlsrc.YMap)


def test_limits_are_inclusive() -> None:
    at_limit = "[" * yamlsrc.MAX_DEPTH + "]" * yamlsrc.MAX_DEPTH
    assert _depth(_load(at_limit)) == yamlsrc.MAX_DEPTH
    assert "nests deeper than 100 levels" in _error("[" + at_limit + "]")
    assert _load("k" * 200 + ": 1") == {"k" * 200: 1}
    assert "key 'kkk" in _error("k" * 201 + ": 1") and "is 201 characters long; at most 200" in _error("k" * 201 + ": 1")
    assert _load("n: " + "9" * 100) == {"n": int("9" * 100)}
    assert "number too large: 101 digits" in _error("n: " + "9" * 101)


def _depth(value: Any) -> int:
    if isinstance(value, (dict, list)):
        children = value.values() if isinstance(value, dict) else value
        return 1 + max((_depth(v) for v in children), default=0)
    return 0


def test_aliases_are_copies_and_count_towards_the_limits() -> None:
    data = _load("a: &x {b: [1, 2]}\nc: *x\nd:\n  - *x\n")
    assert data["a"] == data["c"] == data["d"][0] == {"b": [1, 2]}
    assert data["c"] is not data["a"] and data["c"]["b"] is not data["a"]["b"]
    assert data["c"].line == 1 and data["d"].item_lines == [4]
    # nesting through an alias counts: 60 levels used at depth 41 make 101
    assert "nests deeper than 100 levels (through alias '*a')" in _error("a: &a " + "[" * 60 + "]" * 60 + "\nb: " + "[" * 40 + "*a" + "]" * 40)
    assert _depth(_load("a: &a " + "[" * 60 + "]" * 60 + "\nb: " + "[" * 39 + "*a" + "]" * 39)) == 100


def test_alias_bomb_stops_quickly() -> None:
    text, line = _billion_laughs()
    started = time.perf_counter()
    message = _error(text)
    assert time.perf_counter() - started < 5
    assert f"s.yaml:{line}: YAML aliases expand to more than 1000000 values" in message


def test_every_error_is_collected_with_its_line() -> None:
    message = _error("a: !x 1\nb: .nan\nc: 2024-01-01\n" + "d" * 300 + ": 1\ne: \"\\e\"\n")
    assert message.splitlines() == [
        "s.yaml:1: YAML tags are not supported (found '!x') (remove the tag; quote the value if it is text)",
        "s.yaml:2: number '.nan' is not finite (JSON has no inf or nan: write a finite number)",
        f"s.yaml:4: key '{'d' * 40}...' is 300 characters long; at most 200 (use a shorter name)",
        "s.yaml:5: the string holds control character U+001B (written as an escape) (remove it; only TAB, LF and CR are allowed)",
    ]


def test_control_character_lines_count_like_libyaml() -> None:
    assert _error("a: 1\r\nb: 2\rc: 3\n\x00").startswith("s.yaml:4: a NUL byte")
    assert _error("a: 1\n\n\ud800").startswith("s.yaml:3: character U+D800")


def test_reader_errors_without_a_mark_become_spec_errors() -> None:
    # the text checks normally stop these first; the reader still turns libyaml's ReaderError
    # (a YAMLError that is not a MarkedYAMLError) into a SpecError with a line
    with pytest.raises(SpecInvalid) as info:
        yamlsrc._Reader("a: 1\nb: \x00\n", "s.yaml").read()
    assert str(info.value).startswith("s.yaml:2: not valid YAML: ")


# ------------------------------------------------------------------ the writer


def test_names_too_long_for_the_file_system_are_refused_before_writing(tmp_path: Path) -> None:
    # the value of packages.python.import becomes a folder name; the OS refuses names over 255
    # bytes, which used to surface as an OSError traceback halfway through writing
    spec = tmp_path / "spec.yaml"
    spec.write_text(BASE.replace("import: t_sdk", "import: t" + "_x" * 150))
    out = tmp_path / "out"
    (out / "python").mkdir(parents=True)
    (out / "python" / "keep.txt").write_text("written by a previous run\n")
    before = _tree(out)
    proc = _generate(spec, out, tmp_path, _env())
    assert proc.returncode == 2, proc.stdout + proc.stderr
    assert "Traceback" not in proc.stderr, proc.stderr
    # the writer's check says it (until the spec checks catch such names first, with their line)
    assert "is 301 bytes long; at most 255" in proc.stderr or "spec.yaml:8:" in proc.stderr, proc.stderr
    assert "nothing was written" in proc.stderr, proc.stderr
    assert _tree(out) == before


def test_the_writer_refuses_paths_the_file_system_cannot_hold(tmp_path: Path) -> None:
    from generator import writer
    from generator.errors import GenerationError

    writer.plan(tmp_path, {"py/" + "a" * 243: b"", "py/" + "b" * 255 + "/x": b""}, ["py"])  # at the limits
    for rel, message in [
        ("py/" + "a" * 244, "is 244 bytes long; at most 243"),  # its temporary file's name would be 256
        ("py/" + "\u00e9" * 128 + "/x", "is 256 bytes long; at most 255"),
        ("py/../x", "not a plain relative path"),
        ("/etc/x", "not a plain relative path"),
        ("py//x", "not a plain relative path"),
    ]:
        with pytest.raises(GenerationError, match=message):
            writer.plan(tmp_path, {rel: b"x"}, ["py"])


def test_a_failed_staging_removes_the_folders_it_made(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from generator import writer

    (tmp_path / "py").mkdir()
    (tmp_path / "py" / "old.txt").write_bytes(b"old")
    before = _tree(tmp_path)
    plan = writer.plan(tmp_path, {"py/old.txt": b"new", "py/a/b/new.txt": b"new", "py/c/new.txt": b"new"}, ["py"])
    real = writer._write
    calls: list[Path] = []

    def failing(path: Path, data: bytes, made: Any = None) -> None:
        calls.append(path)
        if len(calls) == 3:
            real(path, data[:1], made)  # a partial write, then the disk is full
            raise OSError(28, "No space left on device")
        real(path, data, made)

    monkeypatch.setattr(writer, "_write", failing)
    with pytest.raises(OSError):
        writer.apply(plan)
    assert len(calls) == 3
    assert _tree(tmp_path) == before, "a failed staging left files or folders behind"


# ------------------------------------------------------------------ modes and locale


def test_files_are_0644_and_folders_0755_whatever_the_umask(tmp_path: Path) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text(BASE)
    out = tmp_path / "deep" / "out"
    out.parent.mkdir()  # the output folder's parent must exist (the CLI says so); out and everything in it is the writer's
    proc = _generate(spec, out, tmp_path, _env(), preexec_fn=lambda: os.umask(0o077))
    assert proc.returncode == 0, proc.stderr
    tree = _tree(tmp_path / "deep")
    files = {name: mode for name, (data, mode) in tree.items() if data != b"<dir>"}
    folders = {name: mode for name, (data, mode) in tree.items() if data == b"<dir>"}
    assert len(files) > 10 and folders
    assert {oct(m) for m in files.values()} == {"0o644"}, {n: oct(m) for n, m in files.items() if m != 0o644}
    assert {oct(m) for m in folders.values()} == {"0o755"}, {n: oct(m) for n, m in folders.items() if m != 0o755}


ODD_NAMES = ROOT / "tests" / "golden" / "odd_names" / "spec.yaml"


def _non_ascii(tmp_path: Path) -> Path:
    """odd_names with non-ASCII text in a model's doc (it lands in the Go and Python output)."""
    text = ODD_NAMES.read_text(encoding="utf-8")
    old = "description: A model named after a keyword."
    assert old in text
    spec = tmp_path / "spec.yaml"
    spec.write_text(text.replace(old, 'description: "A model named after a keyword \u2014 caf\u00e9, na\u00efve, \u2603, \u65e5\u672c\u8a9e."'), encoding="utf-8")
    return spec


@pytest.mark.parametrize("variant", ["odd_names", "odd_names-non-ascii"])
def test_posix_locale_gives_identical_output(variant: str, tmp_path: Path) -> None:
    spec = ODD_NAMES if variant == "odd_names" else _non_ascii(tmp_path)
    trees = []
    for name, extra in (("utf8", {}), ("posix", {"LC_ALL": "POSIX", "PYTHONUTF8": "0", "LANG": ""})):
        out = tmp_path / f"out-{name}"
        # each run formats for itself: a shared format cache would hide a formatter that breaks
        env = _env(SDKGEN_CACHE_DIR=str(tmp_path / f"cache-{name}"), **extra)
        proc = _generate(spec, out, ROOT, env)
        assert proc.returncode == 0, f"{name}: {proc.stderr[-3000:]}"
        trees.append(_tree(out))
    utf8, posix = trees
    assert len(utf8) > 20
    assert utf8.keys() == posix.keys()
    assert [name for name in utf8 if utf8[name] != posix[name]] == []
    if variant != "odd_names":
        assert any("caf\u00e9".encode() in data for data, _ in utf8.values())
