"""The official SDKs' own Images tests pass against our SDKs (tests/conformance/harness.py fetches the
pinned releases from PyPI and the Go module proxy at test time; nothing of theirs is committed)."""

from __future__ import annotations

import re
import subprocess
import sys

from tests.conformance.harness import OPENAI_GO, OPENAI_PYTHON
from tests.conftest import ROOT


def test_the_official_images_tests_pass_against_our_sdks() -> None:
    proc = subprocess.run([sys.executable, "-m", "tests.conformance.harness", "python", "go"], cwd=ROOT, capture_output=True, text=True,
                          timeout=900)
    out = proc.stdout + proc.stderr
    assert proc.returncode == 0, out
    assert f"openai-python {OPENAI_PYTHON}" in out and f"openai-go {OPENAI_GO}" in out
    assert re.search(r"^100 passed", out, re.M), out  # 40 sync and async tests, loose and strict (and aiohttp for async)
    assert len(re.findall(r"^--- PASS: TestImage\w+WithOptionalParams", out, re.M)) == 3, out
