"""Conformance: the official SDKs' own Images tests, run against our SDKs and the lax mock.

Nothing of theirs is committed. At run time this fetches the pinned releases from the package
registries (the ``openai`` sdist from PyPI, the openai-go module from the Go module proxy), takes
their Images test files, rewrites only their imports (and, for Python, puts our fixtures beside
them), and runs them against ``python -m generator mock --lax`` serving spec/images.yaml.

    python -m tests.conformance.harness [python] [go]     (make conformance)

A new pin is a deliberate change: the tests of another release may use names or models our spec
does not have (openai 2.47 moved its tests to httpx2; openai-go 3.53 added image params).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

from tests.mockproc import MockProcess

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
OPENAI_PYTHON = "2.46.0"  # the newest release whose tests use httpx (2.47 moved to httpx2)
OPENAI_GO = "v3.52.0"  # the newest release whose image params are those of the seed pages
GO_MODULE = "github.com/openai/openai-go/v3"
CACHE = Path(os.environ.get("SDKGEN_CONFORMANCE_CACHE", Path(tempfile.gettempdir()) / "sdkgen-conformance"))


def python_tests(work: Path) -> Path:
    """openai-python's tests/api_resources/test_images.py, its imports pointed at our package."""
    sdist = CACHE / f"openai-{OPENAI_PYTHON}.tar.gz"
    if not sdist.exists():
        CACHE.mkdir(parents=True, exist_ok=True)
        subprocess.run([sys.executable, "-m", "pip", "download", "-q", "--disable-pip-version-check", "--no-deps", "--no-binary", ":all:",
                        f"openai=={OPENAI_PYTHON}", "-d", str(CACHE)], check=True)
    with tarfile.open(sdist) as tar:
        member = tar.getmember(f"openai-{OPENAI_PYTHON}/tests/api_resources/test_images.py")
        source = tar.extractfile(member).read().decode("utf-8")  # type: ignore[union-attr]
    source = re.sub(r"^from openai(\.types)? import", lambda m: f"from openai_images{m.group(1) or ''} import", source, flags=re.M)
    source = source.replace("from tests.utils import", "from conformance_utils import")
    work.mkdir(parents=True, exist_ok=True)
    (work / "test_images.py").write_text(source, encoding="utf-8")
    shutil.copy(HERE / "python_conftest.py", work / "conftest.py")
    shutil.copy(HERE / "python_utils.py", work / "conformance_utils.py")
    return work


def go_tests(work: Path) -> Path:
    """A copy of generated/go with openai-go's image_test.go beside our tests, imports pointed at our module."""
    env = {**os.environ, "GOFLAGS": "-mod=mod"}
    found = subprocess.run(["go", "mod", "download", "-json", f"{GO_MODULE}@{OPENAI_GO}"], check=True, capture_output=True, text=True, env=env,
                           cwd=tempfile.gettempdir())
    directory = Path(re.search(r'"Dir":\s*"([^"]+)"', found.stdout).group(1))  # type: ignore[union-attr]
    source = (directory / "image_test.go").read_text(encoding="utf-8")
    module = re.search(r"^module (\S+)", (ROOT / "generated" / "go" / "go.mod").read_text(), re.M).group(1)  # type: ignore[union-attr]
    source = source.replace(f'"{GO_MODULE}/', f'"{module}/').replace(f'"{GO_MODULE}"', f'"{module}"')
    shutil.copytree(ROOT / "generated" / "go", work)
    (work / "official_image_test.go").write_text(source, encoding="utf-8")
    return work


def run(languages: list[str]) -> int:
    failed = 0
    env = {**os.environ, "OPENAI_VALIDATION": "warn"}  # the official tests send combinations our rules refuse; warn, as an operator would
    with tempfile.TemporaryDirectory() as tmp, MockProcess(ROOT / "spec" / "images.yaml", ["--lax"]) as mock:
        env["TEST_API_BASE_URL"] = mock.url
        if "python" in languages:
            work = python_tests(Path(tmp) / "python")
            env_py = {**env, "PYTHONPATH": os.pathsep.join([str(ROOT / "generated" / "python" / "src"), str(work)])}
            cmd = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-W", "ignore::UserWarning", "-o",
                   "asyncio_default_fixture_loop_scope=session", "-o",
                   "asyncio_default_test_loop_scope=session", "-o", "asyncio_mode=auto", "--rootdir", str(work), "-c", os.devnull, str(work)]
            print(f"conformance: openai-python {OPENAI_PYTHON} tests/api_resources/test_images.py against generated/python", flush=True)
            failed |= subprocess.run(cmd, env=env_py, cwd=work).returncode
        if "go" in languages:
            work = go_tests(Path(tmp) / "go")
            print(f"conformance: openai-go {OPENAI_GO} image_test.go against generated/go", flush=True)
            cmd = ["go", "test", "-count=1", "-v", "-run", "^TestImage(NewVariation|Edit|Generate)WithOptionalParams$", "."]
            failed |= subprocess.run(cmd, env={**env, "GOFLAGS": "-mod=mod"}, cwd=work).returncode
    return failed


if __name__ == "__main__":
    sys.exit(run(sys.argv[1:] or ["python", "go"]))
