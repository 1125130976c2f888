"""Adding a language must not change the others: the other targets' output is the same bytes
whether or not the Go (or TypeScript) emitter is registered, and a spec is checked only for the
languages it generates."""

from __future__ import annotations

import pytest

from generator import pipeline
from generator.emitters import available
from generator.loader import load_spec
from tests.conftest import ROOT


@pytest.mark.parametrize(("case", "added", "others"), [
    ("images", "go", ["openapi", "python"]), ("odd_names", "go", ["openapi", "python"]), ("nested", "go", ["openapi", "python"]),
    ("images", "typescript", ["go", "openapi", "python"]), ("rest", "typescript", ["go", "openapi", "python"]),
])
def test_a_language_does_not_change_the_others(case: str, added: str, others: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    api = load_spec(ROOT / "tests" / "golden" / case / "spec.yaml")
    with_it = pipeline.render(api, others)
    everything = available()
    assert added in everything
    monkeypatch.setattr(pipeline, "available", lambda: {k: v for k, v in everything.items() if k != added})
    without_it = pipeline.render(api, others)
    assert with_it.keys() == without_it.keys()
    for path in with_it:
        assert with_it[path] == without_it[path], path
    expected = ROOT / "tests" / "golden" / case / "expected"
    for path, data in with_it.items():
        assert (expected / path).read_bytes() == data, path
