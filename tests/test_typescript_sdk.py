"""The generated TypeScript packages: tsc --strict (noUncheckedIndexedAccess, exactOptionalPropertyTypes)
and Biome's lint pass on each, their generated suites pass under `node --test` over real HTTP against
a mock server of their spec, and the images package packs into a tarball that installs in a fresh
project, type-checks there (code written against openai-node's Images surface, only the import
changed) and loads as ESM and CommonJS."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import GOLDEN_CASES, ROOT
from tests.mockproc import MockProcess

GOLDEN = ROOT / "tests" / "golden"
BIN = ROOT / "node_modules" / ".bin"


def run(args: list[str], cwd: Path, timeout: int = 300, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=cwd, env={**os.environ, **env}, capture_output=True, text=True, timeout=timeout)


def package(case: str) -> Path:
    return GOLDEN / case / "expected" / "typescript"


@pytest.mark.parametrize("case", GOLDEN_CASES)
def test_tsc_strict_and_lint(case: str) -> None:
    pkg = package(case)
    for config in ("tsconfig.json", "tsconfig.test.json"):
        proc = run([str(BIN / "tsc"), "-p", config, "--noEmit"], pkg)
        assert proc.returncode == 0, f"tsc -p {config}:\n{proc.stdout}{proc.stderr}"
    lint = run([str(BIN / "biome"), "lint", "--config-path=.", "--error-on-warnings", "src", "tests"], pkg)
    assert lint.returncode == 0, lint.stdout[-6000:] + lint.stderr[-2000:]


def compile_tests(pkg: Path, out: Path) -> Path:
    """The package and its tests as ES modules in ``out`` (a folder Node reads as ESM)."""
    (out / "package.json").write_text('{"type": "module"}\n')
    proc = run([str(BIN / "tsc"), "-p", "tsconfig.test.json", "--outDir", str(out / "build")], pkg)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return out / "build" / "tests"


@pytest.mark.parametrize("case", GOLDEN_CASES)
def test_generated_typescript_tests_pass_against_mock(case: str, tmp_path: Path) -> None:
    tests = compile_tests(package(case), tmp_path)
    files = sorted(str(p) for p in tests.rglob("*.test.js"))  # the generated suites and the runtime's own (tests/runtime/)
    assert files
    with MockProcess(GOLDEN / case / "spec.yaml") as mock:
        proc = run(["node", "--test", "--test-reporter=tap", *files], tmp_path, timeout=600, TEST_API_BASE_URL=mock.url)
    out = proc.stdout
    assert proc.returncode == 0, out[-10000:] + proc.stderr[-3000:]
    passed = int(re.search(r"^# pass (\d+)", out, re.M).group(1))  # type: ignore[union-attr]
    assert re.search(r"^# fail 0$", out, re.M) and re.search(r"^# skipped 0$", out, re.M) and re.search(r"^# todo 0$", out, re.M), out[-3000:]
    assert passed >= 10, out[-3000:]
    print(f"{case}: {passed} TypeScript tests passed")


def test_npm_pack_installs_and_type_checks_official_usage(tmp_path: Path) -> None:
    """The images package as a user gets it: built (ESM + CommonJS + .d.ts), packed, installed into a
    fresh project; openai-node-style code type-checks there, and the package loads both ways."""
    pkg = tmp_path / "pkg"
    shutil.copytree(ROOT / "generated" / "typescript", pkg)
    path = f"{BIN}{os.pathsep}{os.environ['PATH']}"
    build = run(["npm", "run", "build", "--silent"], pkg, PATH=path)
    assert build.returncode == 0, build.stdout + build.stderr
    packed = run(["npm", "pack", "--ignore-scripts", "--json"], pkg, PATH=path)
    assert packed.returncode == 0, packed.stderr
    tarball = pkg / json.loads(packed.stdout)[0]["filename"]
    user = tmp_path / "user"
    user.mkdir()
    (user / "package.json").write_text('{"name": "user", "private": true, "type": "module"}\n')
    install = run(["npm", "install", "--offline", "--no-audit", "--no-fund", str(tarball)], user)
    assert install.returncode == 0, install.stdout + install.stderr
    shutil.copy(ROOT / "tests" / "typescript" / "official_usage.ts", user / "usage.ts")
    config = {"compilerOptions": {"target": "ES2022", "module": "NodeNext", "moduleResolution": "NodeNext", "strict": True, "noEmit": True,
                                  "noUncheckedIndexedAccess": True, "exactOptionalPropertyTypes": True, "esModuleInterop": True,
                                  "typeRoots": [str(ROOT / "node_modules" / "@types")], "types": ["node"], "lib": ["ES2022", "DOM", "DOM.Iterable"]},
              "files": ["usage.ts"]}
    (user / "tsconfig.json").write_text(json.dumps(config))
    check = run([str(BIN / "tsc"), "-p", "tsconfig.json"], user)
    assert check.returncode == 0, check.stdout + check.stderr
    esm = run(["node", "--input-type=module", "-e", "import OpenAI, { toFile } from 'openai-images'; console.log(typeof OpenAI, typeof toFile)"], user)
    cjs = run(["node", "--input-type=commonjs", "-e", "const m = require('openai-images'); console.log(typeof m.default, typeof m.OpenAI)"], user)
    assert esm.stdout.split() == ["function", "function"], esm.stdout + esm.stderr
    assert cjs.stdout.split() == ["function", "function"], cjs.stdout + cjs.stderr
    files = {f["path"] for f in json.loads(packed.stdout)[0]["files"]}
    assert {"dist/index.js", "dist/index.d.ts", "dist/cjs/index.js", "dist/cjs/package.json", "package.json"} <= files
    assert not any(f.startswith(("tests/", "build/", "node_modules/")) for f in files)


@pytest.mark.parametrize("case", GOLDEN_CASES)
def test_nothing_node_only_at_import(case: str) -> None:
    """Deno and browsers load the package: src/ imports no node: module and reaches process or Buffer
    only through globalThis (the tests may use Node freely)."""
    found = []
    for path in sorted((package(case) / "src").rglob("*.ts")):
        for n, line in enumerate(path.read_text().splitlines(), 1):
            code = re.sub(r"\"(?:\\.|[^\"\\])*\"|'(?:\\.|[^'\\])*'", "''", line)  # strings (spec text) say what they like,
            code = re.sub(r"/\*.*?\*/", "", code).split("//")[0]  # and so do comments
            imports_node = re.match(r"\s*(import|export) .* from ['\"]node:", line)
            if imports_node or (re.search(r"\brequire\(|(?<![.\w])(process|Buffer)\s*\.|__dirname", code) and not code.lstrip().startswith("*")):
                found.append(f"{path.relative_to(ROOT)}:{n}: {line.strip()}")
    assert not found, "\n".join(found)
