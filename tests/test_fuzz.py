"""A short mutation-fuzz run (tests/fuzz/driver.py): mutants of small valid specs never crash,
hang or change the output folder when rejected. All mutants run in one subprocess, so a
segfault or a hang fails this test instead of the session."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT

DRIVER = ROOT / "tests" / "fuzz" / "driver.py"
SEED = 20260101
COUNT = 300
TIMEOUT = 50  # the run takes a few seconds; more means something is wrong


def _run(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))  # SDKGEN_CACHE_DIR (the session's fresh cache) passes through
    return subprocess.run(
        [sys.executable, str(DRIVER), "--work", str(tmp_path / "work"), *args],
        cwd=ROOT, env=env, capture_output=True, text=True, encoding="utf-8", errors="replace", timeout=TIMEOUT,
    )


def test_mutants_never_crash(tmp_path: Path) -> None:
    proc = _run(tmp_path, "--seed", str(SEED), "--count", str(COUNT))
    last = tmp_path / "work" / "mutant.yaml"
    assert proc.returncode == 0, (
        f"exit {proc.returncode}\n{proc.stderr[-6000:]}\n{proc.stdout[-2000:]}"
        + (f"\nlast mutant:\n{last.read_text(encoding='utf-8', errors='replace')[:3000]}" if last.exists() else "")
    )
    summary = proc.stdout.strip().splitlines()[-1]
    assert f"{COUNT} mutants" in summary, summary
    # the mutations must reach both outcomes, or the run checks less than it seems to
    assert " accepted" in summary and " rejected" in summary, summary


def test_driver_reports_a_crash(tmp_path: Path) -> None:
    """The driver itself fails when the pipeline raises something other than a spec error."""
    probe = tmp_path / "probe.py"
    probe.write_text(
        "import runpy, sys\n"
        "from generator import pipeline\n"
        "def boom(*a, **k):\n"
        "    raise KeyError('injected')\n"
        "pipeline.generate = boom\n"
        f"sys.argv = [{str(DRIVER)!r}] + sys.argv[1:]\n"
        f"runpy.run_path({str(DRIVER)!r}, run_name='__main__')\n"
    )
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.run(
        [sys.executable, str(probe), "--work", str(tmp_path / "work"), "--count", "3"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=TIMEOUT,
    )
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "FAILED: KeyError: 'injected'" in proc.stderr
    assert "3 FAILED" in proc.stdout
