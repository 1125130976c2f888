"""The generated Go modules: gofmt-clean, go vet-clean, they build, and their generated tests pass
over real HTTP against a mock server of their spec."""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

import pytest

from tests.conftest import GOLDEN_CASES, ROOT
from tests.mockproc import MockProcess

GOLDEN = ROOT / "tests" / "golden"
CASES = GOLDEN_CASES


def go(args: list[str], cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["go", *args], cwd=cwd, env={**os.environ, "GOFLAGS": "-mod=mod", **env}, capture_output=True, text=True, timeout=600)


@pytest.mark.parametrize("case", CASES)
def test_gofmt_vet_build(case: str) -> None:
    module = GOLDEN / case / "expected" / "go"
    fmt = subprocess.run(["gofmt", "-l", "."], cwd=module, capture_output=True, text=True)
    assert fmt.returncode == 0 and fmt.stdout == "", f"gofmt -l lists: {fmt.stdout}{fmt.stderr}"
    vet = go(["vet", "./..."], module)
    assert vet.returncode == 0, vet.stdout + vet.stderr
    build = go(["build", "./..."], module)
    assert build.returncode == 0, build.stdout + build.stderr


@pytest.mark.parametrize("case", CASES)
def test_generated_go_tests_pass_against_mock(case: str) -> None:
    module = GOLDEN / case / "expected" / "go"
    with MockProcess(GOLDEN / case / "spec.yaml") as mock:
        proc = go(["test", "-count=1", "-v", "./..."], module, TEST_API_BASE_URL=mock.url)
    assert proc.returncode == 0, proc.stdout[-8000:] + proc.stderr[-3000:]
    passed = re.findall(r"^--- PASS: (\S+)", proc.stdout, re.M)
    assert "--- FAIL" not in proc.stdout and "--- SKIP" not in proc.stdout
    assert len(passed) >= 10, passed
    print(f"{case}: {len(passed)} Go tests passed")
