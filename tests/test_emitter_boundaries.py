"""The pipeline's one-way boundaries: emitters read the IR and the plan only."""

from __future__ import annotations

import ast

from tests.conftest import ROOT

FORBIDDEN = ("generator.semantics", "generator.loader", "generator.yamlsrc", "generator.mock", "yaml")


def _imports(path: str) -> set[str]:
    tree = ast.parse((ROOT / path).read_text(encoding="utf-8"))
    out: set[str] = set()
    pkg = ".".join(path[:-3].split("/")[:-1])
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom):
            base = pkg.split(".")[: len(pkg.split(".")) - (node.level - 1)] if node.level else []
            out.add(".".join([*base, node.module or ""]).strip("."))
    return out


def test_no_emitter_imports_the_semantics_package_or_reads_yaml() -> None:
    files = sorted(p.relative_to(ROOT).as_posix() for p in (ROOT / "generator" / "emitters").rglob("*.py"))
    assert files
    for path in files:
        if path.startswith("generator/emitters/openapi/"):
            allowed_yaml = True  # OpenAPI is YAML output: it dumps with PyYAML, it does not read a spec
        else:
            allowed_yaml = False
        for name in _imports(path):
            for bad in FORBIDDEN:
                if bad == "yaml" and allowed_yaml:
                    continue
                assert not (name == bad or name.startswith(bad + ".")), f"{path} imports {name}"


def test_the_boundary_check_sees_relative_imports() -> None:
    assert "generator.planning" in _imports("generator/emitters/python/emitter.py")


def test_each_emitter_package_is_at_most_520_lines() -> None:
    """An emitter is name styles + a type mapper + views; everything shared lives in the planning layer."""
    packages = sorted(p for p in (ROOT / "generator" / "emitters").iterdir() if p.is_dir() and (p / "__init__.py").exists())
    assert {p.name for p in packages} >= {"python", "go", "openapi"}
    for package in packages:
        lines = sum(len(f.read_text(encoding="utf-8").splitlines()) for f in package.rglob("*.py"))
        assert lines <= 520, f"generator/emitters/{package.name} has {lines} lines of Python (at most 520)"
