"""The hostile golden case: spec text full of quotes, comment closers, template syntax, escapes and
code payloads (each would create a file named PWNED if it ever ran) generates SDKs that compile and
run (the shared golden tests build, type-check and run them end to end); here, proof that the text
stayed text: no payload is code in the generated Python, and importing and using the SDK runs none."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT

CASE = ROOT / "tests" / "golden" / "hostile"
PKG = CASE / "expected" / "python"


def test_the_spec_has_hostile_text_everywhere() -> None:
    spec = (CASE / "spec.yaml").read_text(encoding="utf-8")
    for needle in ['\\"\\"\\"', "*/", "${x}", "{{ x }}", "\\u2028", "\\u202e", "🦦", "touch PWNED", "coding: utf-7"]:
        assert needle in spec, needle


def test_no_payload_is_code_in_the_generated_python() -> None:
    files = sorted(PKG.rglob("*.py"))
    assert len(files) > 10
    for path in files:
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call):
                func = node.func
                name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
                assert name not in ("system", "__import__", "exec", "eval", "panic"), f"{path}: a call to {name}"
        assert "PWNED" not in _code_only(path.read_text(encoding="utf-8")), f"{path}: PWNED outside strings and comments"


def _code_only(source: str) -> str:
    """The source without its string literals and comments."""
    import io
    import tokenize

    kept = [t.string for t in tokenize.generate_tokens(io.StringIO(source).readline) if t.type not in (tokenize.STRING, tokenize.COMMENT)]
    return " ".join(kept)


def test_importing_and_using_the_sdk_runs_nothing_from_the_spec(tmp_path: Path) -> None:
    code = """
import importlib, pkgutil
import hostile_api, hostile_api.types as types
for info in pkgutil.walk_packages(hostile_api.__path__, "hostile_api."):
    importlib.import_module(info.name)
for name in types.__all__:
    getattr(types, name)
client = hostile_api.HostileClient(api_key="k")
print(repr(client), client.base_url, hostile_api.__version__)
thing = types.Thing.model_validate({"id": "x", "mode": 'a"b'})
print(thing.model_dump_json())
"""
    env = dict(os.environ, PYTHONPATH=str(PKG / "src"), HOSTILE_LOG="debug")
    proc = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert "https://example.com/v1#" in proc.stdout
    assert not list(tmp_path.rglob("PWNED")) and not list(CASE.rglob("PWNED"))
