"""The writer replaces only changed files, removes stale ones, and --check reports a diff."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from generator import writer
from tests.conftest import ROOT


def test_plan_and_apply(tmp_path: Path) -> None:
    (tmp_path / "py").mkdir()
    (tmp_path / "py" / "same.txt").write_bytes(b"same")
    (tmp_path / "py" / "old.txt").write_bytes(b"old")
    (tmp_path / "py" / "stale.txt").write_bytes(b"gone soon")
    (tmp_path / "py" / "__pycache__").mkdir()
    (tmp_path / "py" / "__pycache__" / "x.pyc").write_bytes(b"cache")
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "untouched.txt").write_bytes(b"not ours")
    files = {"py/same.txt": b"same", "py/old.txt": b"new", "py/sub/added.txt": b"added"}
    plan = writer.plan(tmp_path, files, ["py"])
    assert sorted(plan.write) == ["py/old.txt", "py/sub/added.txt"]
    assert plan.unchanged == ["py/same.txt"]
    assert plan.remove == ["py/stale.txt"]
    assert "+new" in writer.diff(plan) and "-gone soon" in writer.diff(plan)
    writer.apply(plan)
    assert (tmp_path / "py" / "old.txt").read_bytes() == b"new"
    assert (tmp_path / "py" / "sub" / "added.txt").read_bytes() == b"added"
    assert not (tmp_path / "py" / "stale.txt").exists()
    assert (tmp_path / "py" / "__pycache__" / "x.pyc").exists()
    assert (tmp_path / "other" / "untouched.txt").exists()
    assert not list(tmp_path.rglob("*.sdkgen-tmp"))
    assert writer.plan(tmp_path, files, ["py"]).clean


def test_check_mode_prints_diff_and_fails(tmp_path: Path) -> None:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    out = tmp_path / "out"
    subprocess.run([sys.executable, "-m", "generator", "generate", "--out", str(out)], cwd=ROOT, env=env, check=True, capture_output=True)
    target = out / "python" / "src" / "openai_images" / "types" / "image.py"
    target.write_text(target.read_text().replace("class Image", "class Imag"))
    (out / "python" / "extra.py").write_text("x = 1\n")
    proc = subprocess.run(
        [sys.executable, "-m", "generator", "generate", "--check", "--out", str(out)], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert proc.returncode == 1
    assert "+class Image" in proc.stdout and "-class Imag" in proc.stdout
    assert "a/python/extra.py" in proc.stdout
    assert "make generate" in proc.stderr
    assert "class Imag(" in target.read_text(), "--check must not write"


def test_unknown_language_is_rejected(tmp_path: Path) -> None:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.run(
        [sys.executable, "-m", "generator", "generate", "--lang", "cobol", "--out", str(tmp_path)], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert proc.returncode == 2 and "unknown language(s): cobol (available: go, openapi, python)" in proc.stderr


def test_formatter_failure_writes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("SDKGEN_CACHE_DIR", "off")  # the broken emitter below must really run
    from generator import cli
    from generator.emitters.python.emitter import PythonEmitter

    out = tmp_path / "out"
    assert cli.main(["generate", "--spec", str(ROOT / "spec" / "images.yaml"), "--out", str(out)]) == 0
    before = {p: p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}
    real_emit = PythonEmitter.emit

    def broken_emit(self: PythonEmitter, plan: object, names: object) -> dict[str, str]:
        files = dict(real_emit(self, plan, names))  # type: ignore[arg-type]
        files["src/openai_images/broken.py"] = "def broken(:\n"
        return files

    monkeypatch.setattr(PythonEmitter, "emit", broken_emit)
    assert cli.main(["generate", "--spec", str(ROOT / "spec" / "images.yaml"), "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert "python/src/openai_images/broken.py: the formatter rejected the rendered file" in err
    assert "nothing was written" in err
    assert before == {p: p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}


def test_noop_fast_path_notices_edits_and_spec_changes(tmp_path: Path) -> None:
    env = dict(os.environ, PYTHONPATH=str(ROOT), SDKGEN_CACHE_DIR=str(tmp_path / "cache"))
    out = tmp_path / "out"
    spec = tmp_path / "spec.yaml"
    spec.write_text((ROOT / "spec" / "images.yaml").read_text())

    def run() -> str:
        proc = subprocess.run([sys.executable, "-m", "generator", "generate", "--spec", str(spec), "--out", str(out)], cwd=ROOT, env=env, capture_output=True, text=True, check=True)
        return proc.stdout

    assert " 0 unchanged" in run()
    assert "0 written," in run() and list((tmp_path / "cache" / "runs").iterdir())
    target = out / "python" / "src" / "openai_images" / "types" / "image.py"
    original = target.read_bytes()
    target.write_text("edited by hand\n")
    assert run().startswith(f"{out}: 1 written")
    assert target.read_bytes() == original
    (out / "python" / "stray.py").write_text("x = 1\n")
    assert "1 removed" in run()
    spec.write_text(spec.read_text().replace("The response from the image generation endpoint.", "The response."))
    assert "0 written" not in run()
    assert "The response." in (out / "python" / "src" / "openai_images" / "types" / "images_response.py").read_text()
