"""The same spec gives byte-identical output whatever the hash seed or working directory."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT


def _run(out: Path, seed: str, cwd: Path, spec: Path) -> dict[str, bytes]:
    env = dict(os.environ, PYTHONHASHSEED=seed, PYTHONPATH=str(ROOT))
    subprocess.run(
        [sys.executable, "-m", "generator", "generate", "--spec", str(spec), "--out", str(out)],
        cwd=cwd, env=env, check=True, capture_output=True,
    )
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}


def test_hash_seed_and_cwd_do_not_change_output(tmp_path: Path) -> None:
    for spec in (ROOT / "spec" / "images.yaml", ROOT / "tests" / "golden" / "odd_names" / "spec.yaml"):
        a = _run(tmp_path / f"a-{spec.parent.name}", "1", ROOT, spec)
        b = _run(tmp_path / f"b-{spec.parent.name}", "4242", tmp_path, spec)
        assert a and a.keys() == b.keys()
        for name in a:
            assert a[name] == b[name], f"{name} differs between runs"


def test_noop_regeneration_touches_nothing(tmp_path: Path) -> None:
    out = tmp_path / "out"
    _run(out, "0", ROOT, ROOT / "spec" / "images.yaml")
    mtimes = {p: p.stat().st_mtime_ns for p in out.rglob("*") if p.is_file()}
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.run(
        [sys.executable, "-m", "generator", "generate", "--out", str(out)], cwd=ROOT, env=env, capture_output=True, text=True, check=True
    )
    assert " 0 written" in proc.stdout and "0 removed" in proc.stdout, proc.stdout
    assert mtimes == {p: p.stat().st_mtime_ns for p in out.rglob("*") if p.is_file()}
