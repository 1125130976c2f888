"""The wheel as a user gets it: built from pyproject.toml, installed into a fresh venv (its
dependencies from the package index), and its `sdkgen` command run from a folder outside the
repository: a golden case byte for byte, a template overlay, a hand-written lib/ file that survives
regeneration and --check, `sdkgen check` and `sdkgen --version`.

One wheel and one venv for the module (building and installing is most of its time)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tomllib
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import ROOT

CASE = ROOT / "tests" / "golden" / "nested"
IMPORT = "nested_api"  # the case's Python import name


@dataclass(frozen=True)
class Installed:
    wheel: Path
    bin: Path
    home: Path  # a working folder outside the repository

    def run(self, *args: str, cache: str = "") -> subprocess.CompletedProcess[str]:
        env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV", "CI")}
        env["SDKGEN_CACHE_DIR"] = cache or str(self.home / "cache")
        env["PATH"] = f"{ROOT / 'node_modules' / '.bin'}{os.pathsep}{env['PATH']}"  # biome, as a user installs it (npm install -g)
        return subprocess.run([str(self.bin / "sdkgen"), *args], cwd=self.home, env=env, capture_output=True, text=True, timeout=600)


def _files(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file() and "__pycache__" not in p.parts}


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Installed:
    work = tmp_path_factory.mktemp("wheel")
    # Built from a copy of what the wheel is made of, so no stale build/ folder of the checkout leaks in.
    src = work / "src"
    src.mkdir()
    for name in ("pyproject.toml", "setup.py"):
        shutil.copy2(ROOT / name, src / name)
    for name in ("generator", "templates"):
        shutil.copytree(ROOT / name, src / name, ignore=shutil.ignore_patterns("__pycache__"))
    dist = work / "dist"
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check"]
    build = subprocess.run([*pip, "wheel", str(src), "--no-deps", "-q", "-w", str(dist)], capture_output=True, text=True, timeout=600)
    assert build.returncode == 0, build.stdout + build.stderr
    (wheel,) = dist.glob("sdkgen-*.whl")
    venv = work / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=600)
    install = subprocess.run([*pip, "--python", str(venv / "bin" / "python"), "install", "-q", str(wheel)], capture_output=True, text=True, timeout=600)
    assert install.returncode == 0, install.stdout + install.stderr
    home = work / "home"
    home.mkdir()
    return Installed(wheel, venv / "bin", home)


def test_the_wheel_holds_the_generator_its_schemas_and_every_template(installed: Installed) -> None:
    names = set(zipfile.ZipFile(installed.wheel).namelist())
    templates = {f"sdkgen_templates/{p.relative_to(ROOT / 'templates').as_posix()}" for p in (ROOT / "templates").rglob("*") if p.is_file()}
    modules = {p.relative_to(ROOT).as_posix() for p in (ROOT / "generator").rglob("*") if p.is_file() and p.suffix in (".py", ".json")}
    assert templates and templates <= names, sorted(templates - names)
    assert "generator/schema/spec.schema.json" in modules and modules <= names, sorted(modules - names)
    assert "sdkgen_templates/__init__.py" in names
    entry_points = next(n for n in names if n.endswith(".dist-info/entry_points.txt"))
    assert "sdkgen = generator.cli:main" in zipfile.ZipFile(installed.wheel).read(entry_points).decode()


def test_the_installed_command_runs_the_installed_generator(installed: Installed) -> None:
    proc = subprocess.run([str(installed.bin / "python"), "-c", "import generator, sdkgen_templates; print(generator.__file__); print(sdkgen_templates.__file__)"],
                          cwd=installed.home, capture_output=True, text=True, env={k: v for k, v in os.environ.items() if k != "PYTHONPATH"})
    assert proc.returncode == 0, proc.stderr
    for line in proc.stdout.splitlines():
        assert Path(line).is_relative_to(installed.bin.parent) and not Path(line).is_relative_to(ROOT), line


def test_version_and_check(installed: Installed) -> None:
    version = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    proc = installed.run("--version")
    assert (proc.returncode, proc.stdout.strip()) == (0, f"sdkgen {version}"), proc.stderr
    before = sorted(installed.home.rglob("*"))
    proc = installed.run("check", "--spec", str(CASE / "spec.yaml"))
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith(f"{CASE / 'spec.yaml'}: OK (") and proc.stdout.rstrip().endswith("; go, openapi, python, typescript)"), proc.stdout
    assert sorted(installed.home.rglob("*")) == before, "check writes nothing"


def test_installed_sdkgen_generates_a_golden_case_byte_for_byte(installed: Installed) -> None:
    out = installed.home / "plain"
    proc = installed.run("generate", "--spec", str(CASE / "spec.yaml"), "--out", "plain", cache="off")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert proc.stdout.strip().startswith("plain: ") and proc.stderr == "", proc.stdout + proc.stderr
    assert _files(out) == _files(CASE / "expected")


def test_overlay_and_a_preserved_lib_file(installed: Installed) -> None:
    overlay = installed.home / "overlay"
    (overlay / "python").mkdir(parents=True)
    (overlay / "python" / "README.md.j2").write_text("# Our SDK\n\nInstalled from our own index; ask the platform team.\n")
    out = installed.home / "custom"
    args = ("generate", "--spec", str(CASE / "spec.yaml"), "--out", "custom", "--templates", "overlay")
    proc = installed.run(*args)
    assert proc.returncode == 0, proc.stdout + proc.stderr

    expected = _files(CASE / "expected")
    got = _files(out)
    assert got["python/README.md"] == b"# Our SDK\n\nInstalled from our own index; ask the platform team.\n"
    assert got.pop("python/README.md") != expected.pop("python/README.md")
    assert got == expected, "only the overlaid file differs"

    custom = out / "python" / "src" / IMPORT / "lib" / "custom.py"
    custom.parent.mkdir()
    custom.write_text("def shout(text: str) -> str:\n    return text.upper()\n")
    for cache in ("", "off"):  # the no-op fast path, then the full pipeline and the writer
        proc = installed.run(*args, cache=cache)
        assert proc.returncode == 0 and " 0 removed" in proc.stdout, proc.stdout + proc.stderr
        assert custom.read_text() == "def shout(text: str) -> str:\n    return text.upper()\n"
        check = installed.run(*args, "--check", cache=cache)
        assert check.returncode == 0, check.stdout + check.stderr
        assert "custom.py" not in check.stdout + check.stderr and "is up to date" in check.stdout
