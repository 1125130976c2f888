"""What the spec's client block adds to every SDK: extra credentials chosen per operation
(client.extra_auth, operation auth), the platform headers (client.platform_headers), the Accept
header of a stream (client.stream_accept) and the validation mode from the environment
(client.validation_env). Python and Go against a server on 127.0.0.1 that records what it gets,
and the mock's check of per-operation credentials."""

from __future__ import annotations

import json
import platform
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.conftest import ROOT
from tests.mockproc import MockProcess

IMAGE = {"created": 1, "data": [{"url": "https://x/y.png"}]}
EVENT = {"type": "image_generation.completed", "b64_json": "aGk=", "created_at": 1, "background": "auto", "output_format": "png",
         "quality": "auto", "size": "auto",
         "usage": {"input_tokens": 1, "output_tokens": 1, "total_tokens": 2, "input_tokens_details": {"image_tokens": 0, "text_tokens": 1}}}


class Recorder(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    seen: list[dict[str, Any]] = []

    def log_message(self, *args: object) -> None:
        pass

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        self.seen.append({"headers": {k.lower(): v for k, v in self.headers.items()}, "body": body})
        if b'"stream": true' in body or b'"stream":true' in body:
            out, ctype = f"data: {json.dumps(EVENT)}\n\ndata: [DONE]\n\n".encode(), "text/event-stream"
        else:
            out, ctype = json.dumps(IMAGE).encode(), "application/json"
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(out)))
        self.end_headers()
        self.wfile.write(out)


@pytest.fixture()
def recorder() -> Iterator[tuple[str, list[dict[str, Any]]]]:
    seen: list[dict[str, Any]] = []
    handler = type("Handler", (Recorder,), {"seen": seen})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/v1", seen
    server.shutdown()
    server.server_close()


@pytest.fixture()
def sdk(monkeypatch: pytest.MonkeyPatch) -> Any:
    for var in ("OPENAI_API_KEY", "OPENAI_ADMIN_KEY", "OPENAI_VALIDATION", "OPENAI_BASE_URL"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.syspath_prepend(str(ROOT / "generated" / "python" / "src"))
    import openai_images

    return openai_images


# Python ------------------------------------------------------------------------------------------


def test_python_sends_the_platform_headers_the_spec_names(sdk: Any, recorder: Any) -> None:
    url, seen = recorder
    client = sdk.OpenAI(api_key="k", base_url=url, max_retries=0)
    client.images.generate(prompt="p")
    with client.images.generate(prompt="p", stream=True) as stream:
        assert [e.type for e in stream] == ["image_generation.completed"]
    h = seen[0]["headers"]
    assert h["user-agent"] == f"OpenAI/Python {sdk.__version__}"
    assert h["x-stainless-lang"] == "python" and h["x-stainless-package-version"] == sdk.__version__
    assert h["x-stainless-runtime"] == platform.python_implementation() and h["x-stainless-runtime-version"] == platform.python_version()
    assert h["x-stainless-os"] == "Linux" and h["x-stainless-arch"] in ("x64", "arm64")
    assert h["x-stainless-async"] == "false" and h["x-stainless-retry-count"] == "0" and h["x-stainless-read-timeout"] == "600.0"
    assert "x-retry-count" not in h and "x-stainless-timeout" not in h  # the spec names the retry header; timeout is Go's
    assert h["accept"] == "application/json" and seen[1]["headers"]["accept"] == "application/json"  # a stream too: stream_accept


def test_python_async_client_says_so(sdk: Any, recorder: Any) -> None:
    import asyncio

    url, seen = recorder

    async def main() -> None:
        async with sdk.AsyncOpenAI(api_key="k", base_url=url, max_retries=0, timeout=20) as client:
            await client.images.generate(prompt="p")

    asyncio.run(main())
    assert seen[0]["headers"]["x-stainless-async"] == "async:asyncio" and seen[0]["headers"]["x-stainless-read-timeout"] == "20"


def test_python_extra_credential(sdk: Any, recorder: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    url, seen = recorder
    with pytest.raises(sdk.OpenAIError, match="OPENAI_API_KEY or OPENAI_ADMIN_KEY"):
        sdk.OpenAI(base_url=url)
    monkeypatch.setenv("OPENAI_ADMIN_KEY", "admin-from-env")
    admin_only = sdk.OpenAI(base_url=url)
    assert admin_only.admin_api_key == "admin-from-env" and admin_only.api_key == ""
    with pytest.raises(sdk.OpenAIError, match="generate needs one of these credentials and the client has none: api_key"):
        admin_only.images.generate(prompt="p")  # the images operations take the api key only
    assert seen == []
    admin_only.images.generate(prompt="p", extra_headers={"Authorization": "Bearer by-hand"})  # a header set by hand will do
    both = admin_only.with_options(api_key="sk-main")
    both.images.generate(prompt="p")
    assert [r["headers"]["authorization"] for r in seen] == ["Bearer by-hand", "Bearer sk-main"]
    assert both.admin_api_key == "admin-from-env"
    assert "admin-from-env" not in repr(both)


def test_python_validation_mode_from_the_environment(sdk: Any, recorder: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    url, seen = recorder
    monkeypatch.setenv("OPENAI_VALIDATION", "off")
    sdk.OpenAI(api_key="k", base_url=url).images.generate(prompt="p", n=100)  # out of range: sent as it is
    assert json.loads(seen[-1]["body"])["n"] == 100
    with pytest.raises(sdk.ParamValidationError):
        sdk.OpenAI(api_key="k", base_url=url, validation="strict").images.generate(prompt="p", n=100)  # the code wins
    monkeypatch.setenv("OPENAI_VALIDATION", "Warn")
    with pytest.warns(UserWarning):
        sdk.OpenAI(api_key="k", base_url=url).images.generate(prompt="p", n=100)
    monkeypatch.setenv("OPENAI_VALIDATION", "sometimes")
    with pytest.raises(sdk.OpenAIError, match="OPENAI_VALIDATION environment variable must be strict, warn or off, not 'sometimes'"):
        sdk.OpenAI(api_key="k", base_url=url)
    assert len(seen) == 2


def test_per_operation_credentials_in_python_and_the_mock(monkeypatch: pytest.MonkeyPatch) -> None:
    """The rest case: deleting a book takes the librarian key or the api key (in that order of
    preference), deleting a review only the librarian key; the mock enforces the same."""
    monkeypatch.syspath_prepend(str(ROOT / "tests" / "golden" / "rest" / "expected" / "python" / "src"))
    for var in ("LIBRARY_API_KEY", "LIBRARY_LIBRARIAN_KEY", "LIBRARY_VALIDATION"):
        monkeypatch.delenv(var, raising=False)
    import library_api

    with MockProcess(ROOT / "tests" / "golden" / "rest" / "spec.yaml") as mock:
        plain = library_api.Library(api_key="k", tenant="t", base_url=mock.url, max_retries=0)
        assert plain.books.delete("b1").deleted is True  # x-api-key: the book's second choice
        with pytest.raises(library_api.LibraryError, match="needs one of these credentials and the client has none: librarian_key"):
            plain.books.reviews.delete("b1", "r1")
        librarian = plain.with_options(librarian_key="lib")
        librarian.books.reviews.delete("b1", "r1")
        raw = httpx.delete(f"{mock.url}/books/b1/reviews/r1", headers={"x-api-key": "k", "Library-Tenant": "t"})
        assert raw.status_code == 401  # the api key is not a credential of this operation
        sent = [r["headers"] for r in httpx.get(f"{mock.origin}/__mock/requests").json()["requests"]]
    assert "authorization" not in sent[0] and sent[0]["x-api-key"] == "k"
    assert sent[1]["authorization"] == "Bearer lib"
    assert sent[1]["x-library-lang"] == "python" and sent[1]["x-library-attempt"] == "0"


# Go ----------------------------------------------------------------------------------------------

GO_TEST = """package openai_test

import (
	"context"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/openai-images/openai-images-go"
	"github.com/openai-images/openai-images-go/option"
)

func TestSettings(t *testing.T) {
	url := os.Getenv("RECORDER_URL")
	client := openai.NewClient(option.WithBaseURL(url), option.WithAPIKey("k"), option.WithMaxRetries(0))
	if _, err := client.Images.Generate(context.Background(), openai.ImageGenerateParams{Prompt: "p"}); err != nil {
		t.Fatal(err)
	}
	stream := client.Images.GenerateStreaming(context.Background(), openai.ImageGenerateParams{Prompt: "p"})
	for stream.Next() {
	}
	if err := stream.Err(); err != nil {
		t.Fatal(err)
	}
	admin := openai.NewClient(option.WithBaseURL(url), option.WithAdminAPIKey("adm"))
	_, err := admin.Images.Generate(context.Background(), openai.ImageGenerateParams{Prompt: "p"})
	if err == nil || !strings.Contains(err.Error(), "needs one of these credentials and the client has none: api_key") {
		t.Fatalf("want a missing-credential error, got %v", err)
	}
	os.Unsetenv("OPENAI_API_KEY")
	os.Unsetenv("OPENAI_ADMIN_KEY")
	none := openai.NewClient(option.WithBaseURL(url))
	_, err = none.Images.Generate(context.Background(), openai.ImageGenerateParams{Prompt: "p"})
	if err == nil || !strings.Contains(err.Error(), "OPENAI_API_KEY or OPENAI_ADMIN_KEY") || !strings.Contains(err.Error(), "option.WithAdminAPIKey") {
		t.Fatalf("want a missing-credentials error, got %v", err)
	}
	t.Setenv("OPENAI_VALIDATION", "off")
	lax := openai.NewClient(option.WithBaseURL(url), option.WithAPIKey("k"))
	if _, err := lax.Images.Generate(context.Background(), openai.ImageGenerateParams{Prompt: "p", N: openai.Int(100)}); err != nil {
		t.Fatal(err)
	}
	fmt.Println("ok")
}
"""


def test_go_sends_the_platform_headers_and_takes_the_extra_key(recorder: Any, tmp_path: Path) -> None:
    if shutil.which("go") is None:
        pytest.fail("the Go toolchain is needed (make setup's machine has it)")
    url, seen = recorder
    work = tmp_path / "go"
    shutil.copytree(ROOT / "generated" / "go", work)
    (work / "settings_extra_test.go").write_text(GO_TEST)
    env = {**_go_env(), "RECORDER_URL": url}
    proc = subprocess.run(["go", "test", "-count=1", "-run", "^TestSettings$", "."], cwd=work, env=env, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert len(seen) == 3  # the two calls without a credential sent nothing
    h = seen[0]["headers"]
    assert h["user-agent"].startswith("OpenAI/Go ") and h["x-stainless-lang"] == "go" and h["x-stainless-runtime"] == "go"
    assert h["x-stainless-os"] == "Linux" and h["x-stainless-arch"] in ("x64", "arm64") and h["x-stainless-runtime-version"].startswith("go")
    assert h["x-stainless-retry-count"] == "0" and h["x-stainless-timeout"] == "600" and "x-stainless-async" not in h
    assert seen[1]["headers"]["accept"] == "application/json"  # the stream
    assert json.loads(seen[2]["body"])["n"] == 100  # OPENAI_VALIDATION=off


def _go_env() -> dict[str, str]:
    import os

    return {**os.environ, "GOFLAGS": "-mod=mod", "GOTOOLCHAIN": "local", "PYTHONPATH": str(ROOT), "PATH": os.environ["PATH"] + ":" + str(Path(sys.executable).parent)}
