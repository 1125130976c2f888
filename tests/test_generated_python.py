"""The generated Python package: installs into a fresh venv, passes mypy --strict and ruff, and
its validators and request building do what the spec says."""

from __future__ import annotations

import json
import subprocess
import sys
import venv
from pathlib import Path

import httpx
import pytest

from tests.conftest import GOLDEN_CASES, ROOT

PKG = ROOT / "generated" / "python"
BIN = Path(sys.executable).parent


@pytest.fixture(scope="session")
def fresh_venv(tmp_path_factory: pytest.TempPathFactory) -> Path:
    where = tmp_path_factory.mktemp("venv")
    venv.EnvBuilder(with_pip=True).create(where)
    py = where / "bin" / "python"
    subprocess.run([str(py), "-m", "pip", "install", "-q", "--disable-pip-version-check", str(PKG)], check=True)
    return py


def test_installs_and_imports_in_fresh_venv(fresh_venv: Path) -> None:
    out = subprocess.run(
        [str(fresh_venv), "-c", "import openai_images, openai_images.types as t; print(openai_images.__version__, t.ImagesResponse.__name__)"],
        check=True, capture_output=True, text=True, cwd="/",
    )
    assert out.stdout.split() == ["0.1.0", "ImagesResponse"]
    files = subprocess.run(
        [str(fresh_venv), "-c", "import importlib.resources as r; print(r.files('openai_images').joinpath('py.typed').is_file())"],
        check=True, capture_output=True, text=True, cwd="/",
    )
    assert files.stdout.strip() == "True"


def test_validators_and_wire_format_in_fresh_venv(fresh_venv: Path) -> None:
    proc = subprocess.run([str(fresh_venv), str(ROOT / "tests" / "python_sdk" / "checks.py")], capture_output=True, text=True, cwd="/")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "checks passed" in proc.stdout


def test_usage_type_checks_against_installed_package(fresh_venv: Path, tmp_path: Path) -> None:
    proc = subprocess.run(
        [str(BIN / "mypy"), "--strict", "--python-executable", str(fresh_venv), "--cache-dir", str(tmp_path / "cache"),
         str(ROOT / "tests" / "python_sdk" / "usage.py")],
        capture_output=True, text=True, cwd=tmp_path,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


@pytest.mark.parametrize("case", GOLDEN_CASES)
def test_mypy_strict_and_ruff(case: str, tmp_path: Path) -> None:
    pkg = ROOT / "tests" / "golden" / case / "expected" / "python"
    mypy = subprocess.run(
        [str(BIN / "mypy"), "--strict", "--cache-dir", str(tmp_path / "cache"), "src"], cwd=pkg, capture_output=True, text=True
    )
    assert mypy.returncode == 0, mypy.stdout + mypy.stderr
    ruff = subprocess.run(
        [str(BIN / "ruff"), "check", "--no-cache", "."], cwd=pkg, capture_output=True, text=True
    )
    assert ruff.returncode == 0, ruff.stdout + ruff.stderr


@pytest.fixture()
def sdk(monkeypatch: pytest.MonkeyPatch) -> object:
    monkeypatch.syspath_prepend(str(PKG / "src"))
    import openai_images

    return openai_images


def _client(sdk: object, seen: list[httpx.Request], **kwargs: object) -> object:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.content.startswith(b"{") and json.loads(request.content).get("stream") is True:  # Accept is application/json, as official
            body = (
                'event: image_generation.partial_image\ndata: {"type":"image_generation.partial_image","b64_json":"AA==",'
                '"background":"opaque","created_at":1,"output_format":"png","partial_image_index":0,"quality":"low","size":"1024x1024"}\n\n'
                'data: {"type":"image_generation.completed","b64_json":"AQ==","background":"opaque","created_at":2,'
                '"output_format":"png","quality":"low","size":"1024x1024","usage":{"input_tokens":1,'
                '"input_tokens_details":{"image_tokens":0,"text_tokens":1},"output_tokens":2,"total_tokens":3}}\n\n'
                "data: [DONE]\n\n"
            )
            return httpx.Response(200, content=body.encode(), headers={"content-type": "text/event-stream"})
        return httpx.Response(200, json={"created": 7, "data": [{"url": "https://x"}]})

    return sdk.OpenAI(http_client=httpx.Client(transport=httpx.MockTransport(handler)), **kwargs)  # type: ignore[attr-defined]


def test_client_settings_and_headers(sdk: object, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    with pytest.raises(sdk.OpenAIError, match="OPENAI_API_KEY"):  # type: ignore[attr-defined]
        sdk.OpenAI()  # type: ignore[attr-defined]
    monkeypatch.setenv("OPENAI_API_KEY", "sk-env")
    monkeypatch.setenv("OPENAI_PROJECT_ID", "proj")
    monkeypatch.setenv("OPENAI_BASE_URL", "http://127.0.0.1:9/v1")
    seen: list[httpx.Request] = []
    client = _client(sdk, seen, organization="org")
    assert "sk-env" not in repr(client)
    response = client.images.generate(prompt="p", extra_headers={"X-Extra": "1"}, extra_body={"foo": "bar"})  # type: ignore[attr-defined]
    assert response.created == 7 and response.data[0].url == "https://x"
    req = seen[-1]
    assert str(req.url) == "http://127.0.0.1:9/v1/images/generations"
    assert req.headers["authorization"] == "Bearer sk-env"
    assert req.headers["openai-organization"] == "org" and req.headers["openai-project"] == "proj"
    assert req.headers["x-extra"] == "1"
    assert json.loads(req.content) == {"prompt": "p", "foo": "bar"}


def test_multipart_one_and_many_images(sdk: object, tmp_path: Path) -> None:
    seen: list[httpx.Request] = []
    client = _client(sdk, seen, api_key="k")
    png = b"\x89PNG\r\n\x1a\n" + b"\0" * 8
    webp = b"RIFF\0\0\0\0WEBPVP8 " + b"\0" * 8
    path = tmp_path / "photo.jpg"
    path.write_bytes(b"\xff\xd8\xff\xe0" + b"\0" * 8)
    client.images.edit(image=png, prompt="hat", n=2, mask=("m.png", png))  # type: ignore[attr-defined]
    one = seen[-1].read().decode("latin-1")
    assert 'name="image"; filename="image.png"\r\nContent-Type: image/png' in one
    assert 'name="mask"; filename="m.png"\r\nContent-Type: image/png' in one
    assert 'name="n"\r\n\r\n2\r\n' in one and 'name="prompt"\r\n\r\nhat\r\n' in one
    assert "image[]" not in one
    client.images.edit(image=[png, webp, path], prompt="hat", stream=False)  # type: ignore[attr-defined]
    many = seen[-1].read().decode("latin-1")
    assert many.count('name="image[]"') == 3
    assert "Content-Type: image/webp" in many and 'filename="photo.jpg"\r\nContent-Type: image/jpeg' in many
    assert 'name="stream"\r\n\r\nfalse' in many
    assert "application/octet-stream" not in many


def test_streaming_returns_typed_events(sdk: object) -> None:
    seen: list[httpx.Request] = []
    client = _client(sdk, seen, api_key="k")
    with client.images.generate(prompt="p", stream=True, partial_images=1) as stream:  # type: ignore[attr-defined]
        events = list(stream)
    assert json.loads(seen[-1].content) == {"prompt": "p", "partial_images": 1, "stream": True}
    assert [type(e).__name__ for e in events] == ["ImageGenPartialImageEvent", "ImageGenCompletedEvent"]
    assert events[0].partial_image_index == 0 and events[1].usage.total_tokens == 3


def _python_trees() -> list[Path]:
    return [ROOT / "generated" / "python"] + [p for p in (ROOT / "tests" / "golden" / c / "expected" / "python" for c in GOLDEN_CASES)
                                              if p.is_dir() and not p.parent.is_symlink()]


@pytest.mark.parametrize("tree", _python_trees(), ids=lambda p: p.relative_to(ROOT).as_posix())
def test_black_agrees_with_every_generated_python_file(tree: Path) -> None:
    """ruff formats the Python output (black's style, far faster); black is the verifier: it must
    leave every generated file exactly as it is, the hand-written runtime included."""
    import black

    from generator.emitters.python.emitter import LINE_LENGTH
    from generator.formatcache import black_mode

    mode = black_mode(LINE_LENGTH, "py39")
    files = sorted(tree.rglob("*.py"))
    assert len(files) > 20
    changed = [f.relative_to(ROOT).as_posix() for f in files if black.format_str(f.read_text("utf-8"), mode=mode) != f.read_text("utf-8")]
    assert changed == [], "black would change these files: make the templates emit a shape both formatters agree on"


def test_formatter_black_gives_the_same_output(tmp_path: Path) -> None:
    """``--formatter black`` (black itself, for those who want it) writes the same bytes as the default (ruff)."""
    from generator import cli

    case = ROOT / "tests" / "golden" / "rest"
    out = tmp_path / "out"
    assert cli.main(["generate", "--spec", str(case / "spec.yaml"), "--out", str(out), "--lang", "python", "--formatter", "black"]) == 0
    expected = case / "expected" / "python"
    written = sorted(p.relative_to(out / "python").as_posix() for p in (out / "python").rglob("*") if p.is_file())
    assert written == sorted(p.relative_to(expected).as_posix() for p in expected.rglob("*") if p.is_file() and ".mypy_cache" not in p.parts)
    assert all((out / "python" / rel).read_bytes() == (expected / rel).read_bytes() for rel in written)


def test_an_unknown_formatter_is_an_error(capsys: pytest.CaptureFixture[str]) -> None:
    from generator import cli

    assert cli.main(["generate", "--spec", str(ROOT / "spec" / "images.yaml"), "--out", "unused", "--formatter", "yapf"]) == 2
    assert "--formatter yapf: no language being generated uses it (formatters: go: gofmt; python: ruff, black; typescript: biome)" in capsys.readouterr().err


def test_a_misspelled_import_is_a_type_error_not_any(tmp_path: Path) -> None:
    """The packages' lazy ``__getattr__`` is hidden from type checkers: they see the real imports."""
    probe = tmp_path / "probe.py"
    probe.write_text("from openai_images.types import ImagesResponz\nfrom openai_images import OpenAl\n", encoding="utf-8")
    proc = subprocess.run(
        [str(BIN / "mypy"), "--strict", "--cache-dir", str(tmp_path / "cache"), str(probe)],
        capture_output=True, text=True, cwd=tmp_path, env={"MYPYPATH": str(PKG / "src"), "PATH": str(BIN)},
    )
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert 'Module "openai_images.types" has no attribute "ImagesResponz"' in proc.stdout, proc.stdout
    assert 'Module "openai_images" has no attribute "OpenAl"' in proc.stdout, proc.stdout
