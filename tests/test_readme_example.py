"""The README's Python example is examples/python_quickstart.py, and it runs against the mock server."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT
from tests.mockproc import MockProcess


def test_readme_shows_the_example_verbatim() -> None:
    example = (ROOT / "examples" / "python_quickstart.py").read_text()
    assert "```python\n" + example + "```" in (ROOT / "README.md").read_text()


def test_example_runs_against_mock(tmp_path: Path) -> None:
    work = tmp_path / "work"
    work.mkdir()
    with MockProcess(ROOT / "spec" / "images.yaml") as mock:
        env = dict(os.environ, OPENAI_API_KEY="test", OPENAI_BASE_URL=mock.url, PYTHONPATH=str(ROOT / "generated" / "python" / "src"),
                   TMPDIR=str(tmp_path))
        proc = subprocess.run(
            [sys.executable, str(ROOT / "examples" / "python_quickstart.py")], cwd=work, env=env, capture_output=True, text=True, timeout=60
        )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    lines = proc.stdout.splitlines()
    assert lines[0].startswith(f"saved {tmp_path / 'otter.png'} (") and "100 tokens" in lines[0]
    assert lines[1:] == [
        "partial image 0: 96 base64 chars",
        "partial image 1: 96 base64 chars",
        "completed: 96 base64 chars, 100 tokens",
    ]
    assert (tmp_path / "otter.png").read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
    assert not (work / "otter.png").exists(), "the example wrote into the working folder"


def test_readme_shows_the_go_example_verbatim() -> None:
    example = (ROOT / "examples" / "go" / "main.go").read_text()
    assert "```go\n" + example + "```" in (ROOT / "README.md").read_text()


def test_go_example_runs_against_mock(tmp_path: Path) -> None:
    work = tmp_path / "work"
    work.mkdir()
    with MockProcess(ROOT / "spec" / "images.yaml") as mock:
        env = dict(os.environ, OPENAI_API_KEY="test", OPENAI_BASE_URL=mock.url, TMPDIR=str(tmp_path))
        build = subprocess.run(["go", "build", "-o", str(tmp_path / "quickstart"), "."], cwd=ROOT / "examples" / "go", env=env, capture_output=True, text=True, timeout=300)
        assert build.returncode == 0, build.stderr
        proc = subprocess.run([str(tmp_path / "quickstart")], cwd=work, env=env, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert proc.stdout.splitlines() == [
        f"saved {tmp_path / 'otter.png'} (70 bytes, 100 tokens)",
        "partial image 0: 96 base64 chars",
        "partial image 1: 96 base64 chars",
        "completed: 96 base64 chars, 100 tokens",
    ]
    assert (tmp_path / "otter.png").read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
    assert not (work / "otter.png").exists(), "the example wrote into the working folder"


def test_readme_shows_the_typescript_example_verbatim() -> None:
    example = (ROOT / "examples" / "typescript" / "quickstart.ts").read_text()
    assert "```ts\n" + example + "```" in (ROOT / "README.md").read_text()


def test_typescript_example_runs_against_mock(tmp_path: Path) -> None:
    """The example type-checks against the built package (imported by its npm name) and prints what the Python one does."""
    bin_dir = ROOT / "node_modules" / ".bin"
    pkg = tmp_path / "node_modules" / "openai-images"
    shutil.copytree(ROOT / "generated" / "typescript", pkg, ignore=shutil.ignore_patterns("node_modules", "dist", "build"))
    build = subprocess.run([str(bin_dir / "tsc"), "-p", "tsconfig.build.json"], cwd=pkg, capture_output=True, text=True, timeout=300)
    assert build.returncode == 0, build.stdout + build.stderr
    (tmp_path / "package.json").write_text('{"type": "module"}\n')
    shutil.copy(ROOT / "examples" / "typescript" / "quickstart.ts", tmp_path / "quickstart.ts")
    config = {"compilerOptions": {"target": "ES2022", "module": "NodeNext", "moduleResolution": "NodeNext", "strict": True,
                                  "typeRoots": [str(ROOT / "node_modules" / "@types")], "types": ["node"], "lib": ["ES2022", "DOM"]},
              "files": ["quickstart.ts"]}
    (tmp_path / "tsconfig.json").write_text(json.dumps(config))
    check = subprocess.run([str(bin_dir / "tsc"), "-p", "tsconfig.json"], cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert check.returncode == 0, check.stdout + check.stderr
    work = tmp_path / "work"
    work.mkdir()
    with MockProcess(ROOT / "spec" / "images.yaml") as mock:
        env = dict(os.environ, OPENAI_API_KEY="test", OPENAI_BASE_URL=mock.url, TMPDIR=str(tmp_path))
        proc = subprocess.run(["node", str(tmp_path / "quickstart.js")], cwd=work, env=env, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert proc.stdout.splitlines() == [
        f"saved {tmp_path / 'otter.png'} (70 bytes, 100 tokens)",
        "partial image 0: 96 base64 chars",
        "partial image 1: 96 base64 chars",
        "completed: 96 base64 chars, 100 tokens",
    ]
