"""The fast paths give exactly what the slow ones give: the compiled schema check accepts every
valid spec (jsonschema only explains failures), rendering on several processes writes the same
bytes as one, and a formatter run once over a tree names the file it rejects."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from generator import parallel, pipeline
from generator.errors import GenerationError
from generator.formatcache import FormatCache, gofmt, ruff_format
from generator.loader import load_spec
from generator.loader.schema import _fast_check
from generator.yamlsrc import load_yaml
from tests.conftest import GOLDEN_CASES, ROOT

SPECS = [ROOT / "spec" / "images.yaml", *(ROOT / "tests" / "golden" / c / "spec.yaml" for c in GOLDEN_CASES)]


@pytest.mark.parametrize("spec", SPECS, ids=lambda p: p.parent.name)
def test_the_compiled_schema_check_accepts_every_valid_spec(spec: Path) -> None:
    """A pattern fastjsonschema cannot compile once sent every load down the slow path (4 s at
    1,000 endpoints) without a word: the compiled check must run and pass on every golden spec."""
    _fast_check()(load_yaml(spec.read_text("utf-8"), str(spec)))


def test_rendering_on_two_processes_gives_the_same_bytes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parallel, "cores", lambda: 2)  # forks even where one core is all there is
    monkeypatch.setattr(pipeline, "cores", lambda: 2)
    assert parallel.can_fork()
    api = load_spec(ROOT / "tests" / "golden" / "rest" / "spec.yaml")
    languages = ["go", "openapi", "python"]
    forked = pipeline.render(api, languages)
    monkeypatch.setattr(parallel, "can_fork", lambda: False)
    monkeypatch.setattr(pipeline, "can_fork", lambda: False)
    assert pipeline.render(api, languages) == forked


def test_a_thunk_failing_in_the_forked_half_raises_here(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parallel, "cores", lambda: 2)

    def boom() -> str:
        raise ValueError("the child's error")

    files: dict[str, parallel.Rendered] = {f"f{i:03}": (lambda i=i: str(i)) for i in range(parallel.FORK_FROM * 2)}
    files["f001"] = boom  # odd positions render in the child
    with pytest.raises(ValueError, match="the child's error"):
        parallel.realize(files)
    del files["f001"]
    assert parallel.realize(files) == {k: str(int(k[1:])) for k in files}


@pytest.mark.parametrize("tool, rel, text, fine", [
    (gofmt("install Go"), "pkg/broken.go", "package x\nfunc (\n", "package x\n"),
    (ruff_format(120, "py39"), "src/pkg/broken.py", "def broken(:\n", "x = 1\n"),
])
def test_a_tree_formatter_names_the_file_it_rejects(tool: object, rel: str, text: str, fine: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("SDKGEN_CACHE_DIR", str(tmp_path / "cache"))
    files = {rel: text, rel.replace("broken", "fine"): fine}
    with pytest.raises(GenerationError) as info:
        FormatCache("lang", tool).format_all(files)  # type: ignore[arg-type]
    assert str(info.value).startswith(f"lang/{rel}: the formatter ({tool.name}) rejected the rendered file: "), str(info.value)  # type: ignore[attr-defined]
    assert "fine" not in str(info.value)
    assert not any(p.name.startswith("sdkgen-format-") for p in Path("/dev/shm" if os.path.isdir("/dev/shm") else "/tmp").iterdir())


def test_the_format_cache_returns_the_formatters_bytes(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("SDKGEN_CACHE_DIR", str(tmp_path / "cache"))
    files = {"a.py": "x  =  1\n", "b.py": "def f( ):\n  return 2\n", "notes.md": "kept   as is\n"}
    first = FormatCache("python", ruff_format(120, "py39"))
    formatted = first.format_all(files)
    assert formatted == {"a.py": "x = 1\n", "b.py": "def f():\n    return 2\n", "notes.md": "kept   as is\n"}
    assert (first.hits, first.misses) == (0, 2)
    again = FormatCache("python", ruff_format(120, "py39"))
    assert again.format_all(files) == formatted and (again.hits, again.misses) == (2, 0)
    other = FormatCache("python", ruff_format(100, "py39"))  # other settings: another key
    other.format_all(files)
    assert (other.hits, other.misses) == (0, 2)


def test_the_spec_cache_gives_the_ir_a_fresh_load_gives(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import sqlite3

    from generator.loader import speccache

    monkeypatch.setenv("SDKGEN_CACHE_DIR", str(tmp_path / "cache"))
    spec = ROOT / "tests" / "golden" / "rest" / "spec.yaml"
    fresh = load_spec(spec)
    parallel.wait_background()  # the entry is written by a forked child
    k = speccache.key(spec.read_text("utf-8"), fresh.source)
    cached = speccache.get(k)
    assert cached is not None and cached is not fresh and cached == fresh
    assert load_spec(spec) == fresh
    assert speccache.key(spec.read_text("utf-8") + "\n", fresh.source) != k  # any change of the text: another key
    with sqlite3.connect(tmp_path / "cache" / "specs.sqlite") as db:
        db.execute("UPDATE specs SET api = ?", (b"not a pickle",))
    db.close()
    assert speccache.get(k) is None and load_spec(spec) == fresh  # an unreadable entry is a miss
