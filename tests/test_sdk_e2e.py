"""Every golden case's generated Python SDK runs its own generated test suite over real HTTP
against a mock server of its spec (started here, on 127.0.0.1, and stopped after)."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest

from tests.conftest import GOLDEN_CASES, ROOT
from tests.mockproc import MockProcess

GOLDEN = ROOT / "tests" / "golden"


@pytest.mark.parametrize("case", GOLDEN_CASES)
def test_generated_suite_passes_against_mock(case: str) -> None:
    folder = GOLDEN / case
    pkg = folder / "expected" / "python"
    with MockProcess(folder / "spec.yaml") as mock:
        proc = subprocess.run(
            [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests"],
            cwd=pkg,
            env=dict(os.environ, TEST_API_BASE_URL=mock.url, PYTHONPATH=str(pkg / "src")),
            capture_output=True,
            text=True,
            timeout=600,
        )
    summary = proc.stdout.strip().splitlines()[-1] if proc.stdout.strip() else ""
    assert proc.returncode == 0, proc.stdout[-8000:] + proc.stderr[-4000:]
    m = re.search(r"(\d+) passed", summary)
    assert m and int(m.group(1)) >= 20, summary
    assert "skipped" not in summary and "xfail" not in summary, summary
    print(f"{case}: {summary}")
