"""Customization that lasts: template overlays (replace a template, or extend one and override a
block), the user's code in each package's lib/ and in paths .sdkgenignore names, and sdkgen.yaml.

The helper-method example of docs/customization.md is run as written: its files are read from the
page, the Images SDKs are generated with them, and the method is called from Python and `go test`."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from generator import runstamp, writer
from generator.config import CONFIG_NAME, find_config, load_config
from generator.errors import GenerationError, SpecInvalid
from generator.pipeline import Result, check_spec, generate
from tests.conftest import ROOT

NESTED = ROOT / "tests" / "golden" / "nested" / "spec.yaml"
IMAGES = ROOT / "spec" / "images.yaml"
DOC = ROOT / "docs" / "customization.md"


def _files(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def _generated(out: Path, spec: Path = NESTED, **kw: Any) -> Result:
    result = generate(spec, out, **kw)
    writer.apply(result.plan)
    return result


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path


def doc_files() -> dict[str, str]:
    """The files docs/customization.md shows, by the path in each code block's title."""
    found = dict(re.findall(r'```\w+ title="([^"]+)"\n(.*?)```', DOC.read_text(encoding="utf-8"), re.S))
    assert found, "docs/customization.md shows no files"
    return found


# ------------------------------------------------------------------ overlays


def test_overlay_replaces_the_python_readme(tmp_path: Path) -> None:
    out = tmp_path / "out"
    _generated(out)  # the golden case nested, as a user has it before customizing
    overlay = tmp_path / "overlay"
    _write(overlay / "python" / "README.md.j2", "# {{ title | md }} for our team\n\n{{ header[0] }}\n")
    result = generate(NESTED, out, templates=overlay)
    assert sorted(result.plan.write) == ["python/README.md"] and result.plan.remove == []
    text = result.plan.write["python/README.md"].decode()
    assert text == "# Nested API for our team\n\nFile generated from spec.yaml by sdkgen. DO NOT EDIT.\n"
    writer.apply(result.plan)
    assert (out / "python" / "README.md").read_text() == text
    assert "# Nested API for our team" not in (out / "go" / "README.md").read_text(), "only the python template was replaced"
    back = generate(NESTED, out)  # without the overlay the built-in README comes back
    assert sorted(back.plan.write) == ["python/README.md"]


def test_block_override_adds_a_method(tmp_path: Path) -> None:
    out = tmp_path / "out"
    overlay = tmp_path / "overlay"
    _write(overlay / "python" / "client.py.j2", (
        '{% extends "builtin/client.py.j2" %}\n'
        "{% block client_methods %}\n{{ super() }}\n"
        "    def client_name(self) -> str:\n        return {{ c.name | str }}\n"
        "{% endblock %}\n"))
    result = _generated(out, templates=overlay)
    client = (out / "python" / "src" / "nested_api" / "_client.py").read_text()
    assert client.count("def client_name(self) -> str:") == 1, "only the sync client's block was overridden"
    assert client.index("def client_name") < client.index("class AsyncNestClient")
    assert sorted(p for p in result.plan.write if p.startswith("python/")) == sorted(
        p for p in _files(out) if p.startswith("python/")), "the first run wrote everything"
    proc = subprocess.run([sys.executable, "-c", "from nested_api import NestClient; print(NestClient().client_name())"],
                          env={**os.environ, "PYTHONPATH": str(out / "python" / "src")}, capture_output=True, text=True, timeout=300)
    assert (proc.returncode, proc.stdout) == (0, "NestClient\n"), proc.stderr


def test_the_documented_helper_method_works_in_python_and_go(tmp_path: Path) -> None:
    """docs/customization.md, as written: lib/ modules, a block overlay per client, a Go test that
    .sdkgenignore keeps; generated twice (the user's files exist before the first run too)."""
    out, overlay = tmp_path / "generated", tmp_path / "overlay"
    for name, text in doc_files().items():
        if name.startswith(("generated/", "overlay/")):
            _write(tmp_path / name, text)
    users = {rel: data for rel, data in _files(out).items()}
    assert {"python/src/openai_images/lib/helpers.py", "go/lib/helpers.go", "go/save_images_test.go", ".sdkgenignore"} <= set(users)
    first = _generated(out, IMAGES, templates=overlay)
    assert not set(users) & {*first.plan.write, *first.plan.remove}
    second = generate(IMAGES, out, templates=overlay)
    assert second.plan.clean and not second.plan.write
    for rel, data in users.items():
        assert (out / rel).read_bytes() == data, rel

    code = (
        "import asyncio, sys\n"
        "from openai_images import AsyncOpenAI, OpenAI\n"
        "from openai_images.types import ImagesResponse\n"
        "r = ImagesResponse.model_validate({'created': 1, 'output_format': 'webp', 'data': [{'b64_json': 'aGk='}, {'url': 'u'}]})\n"
        "paths = OpenAI().save_images(r, sys.argv[1])\n"
        "assert [p.name for p in paths] == ['image-0.webp'] and paths[0].read_bytes() == b'hi', paths\n"
        "print(len(AsyncOpenAI().save_images(r, sys.argv[1] + '/async')))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(out / "python" / "src"), "OPENAI_API_KEY": "test"}
    proc = subprocess.run([sys.executable, "-c", code, str(tmp_path / "saved")], env=env, capture_output=True, text=True, timeout=300)
    assert (proc.returncode, proc.stdout) == (0, "1\n"), proc.stderr

    go_env = {**os.environ, "GOFLAGS": "-mod=mod"}
    test = subprocess.run(["go", "test", "-count=1", "-run", "^TestSaveImages$", "-v", "."], cwd=out / "go", env=go_env,
                          capture_output=True, text=True, timeout=600)
    assert test.returncode == 0 and "--- PASS: TestSaveImages" in test.stdout, test.stdout + test.stderr


def test_an_overlay_file_that_replaces_nothing_is_an_error(tmp_path: Path) -> None:
    out = tmp_path / "out"
    _generated(out)
    before = _files(out)
    overlay = tmp_path / "overlay"
    _write(overlay / "python" / "README.md.j", "typo\n")
    with pytest.raises(GenerationError) as exc:
        generate(NESTED, out, templates=overlay)
    assert f"{overlay / 'python' / 'README.md.j'}: replaces no built-in template (did you mean 'python/README.md.j2'?)" in str(exc.value)
    (overlay / "python" / "README.md.j").unlink()
    _write(overlay / "pyhton" / "client.py.j2", "x\n")
    _write(overlay / "python" / "runtime" / "_streeming.py.j2", "x\n")
    with pytest.raises(GenerationError) as exc:
        generate(NESTED, out, templates=overlay)
    message = str(exc.value)
    assert f"{overlay / 'pyhton' / 'client.py.j2'}: not inside a language folder of the overlay (did you mean 'python/'?)" in message
    assert "did you mean 'python/runtime/_streaming.py.j2'?" in message
    with pytest.raises(GenerationError, match="the templates folder does not exist"):
        generate(NESTED, out, templates=tmp_path / "nowhere")
    assert _files(out) == before


def test_a_template_error_in_an_overlay_names_its_file_and_line(tmp_path: Path) -> None:
    overlay = tmp_path / "overlay"
    readme = _write(overlay / "python" / "README.md.j2", "# {{ title | md }}\n\n{{ no_such_variable }}\n")
    with pytest.raises(GenerationError, match=re.escape(f"{readme}:3: 'no_such_variable' is undefined")):
        generate(NESTED, tmp_path / "out", templates=overlay)
    readme.write_text("# ok\n{% if %}\n")
    with pytest.raises(GenerationError, match=re.escape(f"{readme}:2: ")):
        generate(NESTED, tmp_path / "out", templates=overlay)
    assert not (tmp_path / "out").exists()


# ------------------------------------------------------------------ the user's files


def test_lib_and_sdkgenignore_files_survive_generate_and_check(tmp_path: Path) -> None:
    out = tmp_path / "out"
    first = _generated(out)
    assert first.keep == ["go/lib", "python/src/nested_api/lib", "typescript/lib"]
    mine = {
        "python/src/nested_api/lib/custom.py": "def shout(text: str) -> str:\n    return text.upper()\n",
        "go/lib/custom.go": "package lib\n",
        "python/notes/todo.txt": "ship it\n",
        "go/scratch.local": "x\n",
        "python/README.md": "# our own README\n",  # a generated file the user took over
        ".sdkgenignore": "# ours\n/python/README.md\nnotes/\n*.local\n",
    }
    for rel, text in mine.items():
        _write(out / rel, text)
    result = generate(NESTED, out)
    assert result.plan.clean and result.plan.kept == ["python/README.md"]
    assert result.plan.summary().endswith("0 removed, 1 left to you (.sdkgenignore)")
    writer.apply(result.plan)
    assert {rel: (out / rel).read_text() for rel in mine} == mine

    env = dict(os.environ, PYTHONPATH=str(ROOT))
    check = subprocess.run([sys.executable, "-m", "generator", "generate", "--check", "--spec", str(NESTED), "--out", str(out)],
                           cwd=tmp_path, env=env, capture_output=True, text=True, timeout=600)
    assert check.returncode == 0, check.stdout + check.stderr
    for rel in mine:
        assert Path(rel).name not in check.stdout + check.stderr

    (out / ".sdkgenignore").write_text("notes/\n*.local\n")  # README no longer ignored: generated again
    again = generate(NESTED, out)
    assert sorted(again.plan.write) == ["python/README.md"] and again.plan.remove == [] and again.plan.kept == []


def test_a_dropped_language_keeps_its_lib_folder(tmp_path: Path) -> None:
    out = tmp_path / "out"
    _generated(out)
    _write(out / "go" / "lib" / "custom.go", "package lib\n")
    spec = _write(tmp_path / "spec.yaml", NESTED.read_text().replace("  go: {module: example.com/nested, package: nested}\n", ""))
    result = _generated(out, spec)
    assert "go/client.go" in result.plan.remove and "go/lib/custom.go" not in result.plan.remove
    assert _files(out / "go") == {"lib/custom.go": b"package lib\n"}


# ------------------------------------------------------------------ the config file


def _api_folder(tmp_path: Path, spec_text: str = "") -> Path:
    _write(tmp_path / "api" / "spec.yaml", spec_text or NESTED.read_text())
    return tmp_path


def test_the_config_file_drives_a_run(tmp_path: Path) -> None:
    _api_folder(tmp_path)
    _write(tmp_path / "overlay" / "python" / "README.md.j2", "# {{ pkg.distribution }} {{ pkg.version }}\n")
    _write(tmp_path / CONFIG_NAME, (
        "spec: api/spec.yaml\nout: build\nlanguages: [python]\ntemplates: overlay\n"
        "packages:\n  python:\n    distribution: nested-sdk\n    version: 2.5.0\n"))
    path = find_config(tmp_path)
    assert path == tmp_path / CONFIG_NAME and find_config(tmp_path / "api") is None
    config = load_config(path)
    assert (config.spec, config.out, config.templates) == (tmp_path / "api" / "spec.yaml", tmp_path / "build", tmp_path / "overlay")
    assert config.languages == ("python",) and config.packages == {"python": {"distribution": "nested-sdk", "version": "2.5.0"}}

    api = check_spec(config.spec, config=config)  # type: ignore[arg-type]
    assert api.package("python") == {"distribution": "nested-sdk", "import": "nested_api", "version": "2.5.0"}
    result = _generated(config.out, config.spec, config=config)  # type: ignore[arg-type]
    assert result.roots == ["python"] and sorted({p.split("/")[0] for p in _files(tmp_path / "build")}) == ["python"]
    pyproject = (tmp_path / "build" / "python" / "pyproject.toml").read_text()
    assert 'name = "nested-sdk"' in pyproject and 'version = "2.5.0"' in pyproject
    assert (tmp_path / "build" / "python" / "README.md").read_text() == "# nested-sdk 2.5.0\n"
    # the explicit argument wins over the config: every language the spec declares
    both = generate(config.spec, tmp_path / "build", ["go", "python"], config=config)  # type: ignore[arg-type]
    assert {p.split("/")[0] for p in both.plan.write} == {"go"}


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ("spec: api/spec.yaml\nlangauges: [python]\n", 2, "unknown key 'langauges' (did you mean 'languages'?)"),
        ("spec: api/spec.yaml\nlanguages: python\n", 2, "languages: expected a list, got a string"),
        ("out: build\nspec: api/missing.yaml\n", 2, "spec: the file 'api/missing.yaml' does not exist"),
        ("spec: api/spec.yaml\ntemplates: nowhere\n", 2, "templates: the folder 'nowhere' does not exist"),
        ("spec: api/spec.yaml\npackages:\n  python:\n    version: 2\n", 4, "packages.python.version: expected a string, got a number"),
        ("spec: api/spec.yaml\npackages:\n  Python: {version: '2'}\n", 3, "packages.Python: 'Python' is not a name of lower-case letters"),
        ("- spec\n", 1, "the config file must be a mapping of keys"),
        ("spec: [unclosed\n", 2, "not valid YAML"),
    ],
)
def test_config_file_errors_name_the_file_and_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str, line: int, message: str) -> None:
    monkeypatch.chdir(_api_folder(tmp_path))
    _write(tmp_path / CONFIG_NAME, text)
    with pytest.raises(SpecInvalid) as exc:
        load_config(Path(CONFIG_NAME))
    first = str(exc.value.errors[0])
    assert first.startswith(f"{CONFIG_NAME}:{line}: ") and message in first, str(exc.value)


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ("spec: api/spec.yaml\nlanguages:\n  - python\n  - cobol\n", 4, "languages: unknown language 'cobol' (available: go, openapi, python, typescript)"),
        ("spec: api/spec.yaml\npackages:\n  cobol: {name: x}\n", 3, "packages.cobol: sdkgen has no 'cobol' generator"),
        ("spec: api/spec.yaml\npackages:\n  python:\n    version: 1.0.0\n    import: class\n", 5, "packages.python.import 'class' is not a Python module name"),
        ("spec: api/spec.yaml\npackages:\n  go:\n    package: nested\n", 3, "packages.go: missing 'module'"),
        ("spec: api/spec.yaml\nlanguages: [python, go]\n", 2, "languages: 'go' has no packages.go in"),
    ],
)
def test_errors_about_config_values_name_the_config_not_the_spec(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str, line: int,
                                                                  message: str) -> None:
    without_go = NESTED.read_text().replace("  go: {module: example.com/nested, package: nested}\n", "")
    monkeypatch.chdir(_api_folder(tmp_path, without_go))
    config = load_config(_write(tmp_path / CONFIG_NAME, text))
    for run in (lambda: check_spec(config.spec, config=config), lambda: generate(config.spec, tmp_path / "out", config=config)):  # type: ignore[arg-type]
        with pytest.raises(SpecInvalid) as exc:
            run()
        matching = [str(e) for e in exc.value.errors if message in str(e)]
        assert matching and all(m.startswith(f"{CONFIG_NAME}:{line}: ") for m in matching), str(exc.value)
    assert not (tmp_path / "out").exists()


def test_a_spec_without_config_keeps_its_packages(tmp_path: Path) -> None:
    api = check_spec(NESTED)
    assert api.package("python")["distribution"] == "nested-api" and api.package("go")["module"] == "example.com/nested"
    spec = _write(tmp_path / "spec.yaml", NESTED.read_text().replace("import: nested_api", "import: class"))
    with pytest.raises(SpecInvalid, match=re.escape("spec.yaml:11: packages.python.import 'class'")):
        check_spec(spec)


def test_the_documented_config_file_loads(tmp_path: Path) -> None:
    _write(tmp_path / "spec" / "images.yaml", IMAGES.read_text())
    (tmp_path / "overlay").mkdir()
    config = load_config(_write(tmp_path / CONFIG_NAME, doc_files()[CONFIG_NAME]))
    assert config.languages == ("python", "go") and config.templates == tmp_path / "overlay"
    api = check_spec(config.spec, config=config)  # type: ignore[arg-type]
    assert api.package("python")["version"] == "1.4.0" and api.package("go")["module"] == "github.com/acme/images-go"


# ------------------------------------------------------------------ the no-op fast path and progress


def test_runstamp_reruns_when_an_overlay_or_the_config_changes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SDKGEN_CACHE_DIR", str(tmp_path / "cache"))
    out, overlay = tmp_path / "out", tmp_path / "overlay"
    readme = _write(overlay / "python" / "README.md.j2", "# one\n")
    config = _write(tmp_path / CONFIG_NAME, "languages: [python]\n")

    def key() -> str:
        k = runstamp.key(NESTED, out, None, templates=overlay, config=config)
        assert k is not None
        return k

    k1 = key()
    result = _generated(out, templates=overlay)
    runstamp.record(k1, out, result.roots, {rel: result.files[rel] for rel in [*result.plan.write, *result.plan.unchanged]}, keep=result.keep)
    count = runstamp.unchanged(k1, out)
    assert count is not None and count == len(result.plan.write)
    _write(out / "python" / "src" / "nested_api" / "lib" / "custom.py", "x = 1\n")
    assert runstamp.unchanged(k1, out) == count, "the user's lib/ does not defeat the fast path"

    assert runstamp.key(NESTED, out, None) != k1
    readme.write_text("# two\n")
    k2 = key()
    assert k2 != k1 and runstamp.unchanged(k2, out) is None, "an edited overlay file means a full run"
    _write(overlay / "go" / "README.md.j2", "# go\n")
    k3 = key()
    assert k3 != k2
    config.write_text("languages: [python, go]\n")
    k4 = key()
    assert k4 != k3
    _write(out / ".sdkgenignore", "*.local\n")
    assert key() != k4
    rerun = generate(NESTED, out, templates=overlay)
    assert rerun.plan.write["python/README.md"] == b"# two\n"


def test_progress_is_reported_per_language(tmp_path: Path) -> None:
    seen: list[str] = []
    generate(NESTED, tmp_path / "out", progress=seen.append)
    assert seen[0] == f"{os.path.relpath(NESTED)}: loaded" or seen[0].endswith("spec.yaml: loaded")
    for lang in ("go", "openapi", "python"):
        assert any(re.fullmatch(rf"{lang}: \d+ files rendered", m) for m in seen), seen
        assert any(re.fullmatch(rf"{lang}: \d+ files (formatted by (ruff|gofmt) \(\d+ from the cache\)|not formatted \(no formatter\))", m) for m in seen), seen
    assert len(seen) <= 10


def test_the_config_sets_client_settings_and_package_metadata(tmp_path: Path) -> None:
    import tomllib

    from generator.config import load_config
    from generator.pipeline import generate

    (tmp_path / "sdkgen.yaml").write_text(
        f"spec: {ROOT / 'tests' / 'golden' / 'nested' / 'spec.yaml'}\nlanguages: [python]\n"
        'client: {base_url: "https://staging.example/v9/"}\n'
        'info: {license: Apache-2.0, authors: [Ann <ann@example.com>], urls: {Homepage: "https://example.com"}}\n',
        encoding="utf-8",
    )
    config = load_config(tmp_path / "sdkgen.yaml")
    result = generate(config.spec, tmp_path / "out", config=config)
    files = result.plan.write
    project = tomllib.loads(files["python/pyproject.toml"].decode())["project"]
    assert project["license"] == {"text": "Apache-2.0"}
    assert project["authors"] == [{"name": "Ann", "email": "ann@example.com"}]
    assert project["urls"] == {"Homepage": "https://example.com"}
    client = next(text for path, text in files.items() if path.endswith("/_client.py")).decode()
    assert '"https://staging.example/v9"' in client
