"""Golden cases: tests/golden/<case>/spec.yaml renders exactly to tests/golden/<case>/expected/.

The images case links to spec/images.yaml and generated/, so it is also the drift check that
fails CI when generated/ is stale. Tests only compare; `make generate` is the one writer.
"""

from __future__ import annotations

import pytest

from generator import writer
from generator.pipeline import generate
from tests.conftest import ROOT

GOLDEN = ROOT / "tests" / "golden"
CASES = sorted(p.name for p in GOLDEN.iterdir() if (p / "spec.yaml").exists())


def test_cases_present() -> None:
    assert {"images", "odd_names", "nested"} <= set(CASES)


@pytest.mark.parametrize("case", CASES)
def test_golden(case: str) -> None:
    folder = GOLDEN / case
    result = generate(folder / "spec.yaml", folder / "expected")
    if not result.plan.clean:
        pytest.fail(
            f"golden case '{case}' is stale ({result.plan.summary()}).\n{writer.diff(result.plan)[:6000]}\n"
            "Regenerate with `make generate`, review the diff and commit it."
        )


def test_generated_matches_main_spec() -> None:
    result = generate(ROOT / "spec" / "images.yaml", ROOT / "generated")
    assert result.plan.clean, (
        f"generated/ is stale ({result.plan.summary()}):\n{writer.diff(result.plan)[:6000]}\nRun `make generate` and commit."
    )


def test_every_file_has_the_do_not_edit_header() -> None:
    for case in CASES:
        for path in (GOLDEN / case / "expected").rglob("*"):
            if path.is_file() and path.suffix in (".py", ".yaml", ".toml"):
                assert "DO NOT EDIT" in path.read_text().split("\n", 3)[0] + path.read_text().split("\n", 3)[1], path
