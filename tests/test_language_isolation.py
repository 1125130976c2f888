"""Adding a language must not change the others: the Python and OpenAPI output are the same bytes
whether or not the Go emitter is registered, and a spec is checked only for the languages it generates."""

from __future__ import annotations

import pytest

from generator import pipeline
from generator.emitters import available
from generator.loader import load_spec
from tests.conftest import ROOT


@pytest.mark.parametrize("case", ["images", "odd_names", "nested"])
def test_go_does_not_change_python_or_openapi(case: str, monkeypatch: pytest.MonkeyPatch) -> None:
    api = load_spec(ROOT / "tests" / "golden" / case / "spec.yaml")
    with_go = pipeline.render(api, ["openapi", "python"])
    everything = available()
    assert "go" in everything
    monkeypatch.setattr(pipeline, "available", lambda: {k: v for k, v in everything.items() if k != "go"})
    without_go = pipeline.render(api, ["openapi", "python"])
    assert with_go.keys() == without_go.keys()
    for path in with_go:
        assert with_go[path] == without_go[path], path
    expected = ROOT / "tests" / "golden" / case / "expected"
    for path, data in with_go.items():
        assert (expected / path).read_bytes() == data, path
