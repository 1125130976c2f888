"""The Python SDK's surface beyond the calls themselves, as openai-python has it: streamed and raw
responses, the default httpx clients (aiohttp behind an extra), the client's settings and copies, and
the top-level names. Real HTTP against the mock (spec/images.yaml)."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from tests.conftest import ROOT
from tests.mockproc import MockProcess


@pytest.fixture(scope="module")
def mock() -> Iterator[MockProcess]:
    with MockProcess(ROOT / "spec" / "images.yaml") as m:
        yield m


@pytest.fixture()
def sdk(monkeypatch: pytest.MonkeyPatch) -> Any:
    monkeypatch.syspath_prepend(str(ROOT / "generated" / "python" / "src"))
    import openai_images

    return openai_images


def test_with_streaming_response_reads_the_body_only_when_asked(sdk: Any, mock: MockProcess) -> None:
    client = sdk.OpenAI(api_key="k", base_url=mock.url)
    with client.images.with_streaming_response.generate(prompt="p") as response:
        assert not response.is_closed and response.status_code == 200
        assert response.http_request.headers["X-Stainless-Lang"] == "python"
        assert response.headers["content-type"].startswith("application/json")
        image = response.parse()
        assert isinstance(image, sdk.types.ImagesResponse) and response.is_closed  # read to the end
    with client.images.with_streaming_response.generate(prompt="p") as response:
        lines = list(response.iter_lines())
        assert lines and lines[0].startswith("{")
    assert response.is_closed
    with client.images.with_streaming_response.generate(prompt="p") as response:
        pass
    assert response.is_closed  # left unread: closed on leaving the block
    with client.images.with_streaming_response.generate(prompt="p", stream=True) as response:
        events = list(response.parse())
        assert events[-1].type == "image_generation.completed"
    httpx.post(f"{mock.origin}/__mock/faults", json={"scope": "err", "status": 400, "count": 1}).raise_for_status()
    with pytest.raises(sdk.BadRequestError):  # an error status is raised on entering, as official
        with client.with_options(max_retries=0).images.with_streaming_response.generate(prompt="p", extra_headers={"X-Mock-Scope": "err"}):
            pass


def test_raw_response_says_closed_and_keeps_the_request(sdk: Any, mock: MockProcess) -> None:
    client = sdk.OpenAI(api_key="k", base_url=mock.url)
    raw = client.images.with_raw_response.generate(prompt="p")
    assert raw.is_closed is True and raw.http_request.method == "POST"
    raw_stream = client.images.with_raw_response.generate(prompt="p", stream=True)
    assert raw_stream.is_closed is False
    raw_stream.parse().close()


def test_async_streaming_response_and_the_aiohttp_client(sdk: Any, mock: MockProcess) -> None:
    async def main() -> None:
        async with sdk.AsyncOpenAI(api_key="k", base_url=mock.url, http_client=sdk.DefaultAioHttpClient()) as client:
            async with client.images.with_streaming_response.generate(prompt="p") as response:
                assert not response.is_closed
                image = await response.parse()
                assert image.data
            assert response.is_closed
            assert (await client.images.generate(prompt="p")).created > 0
        assert client.is_closed()

    asyncio.run(main())


def test_the_default_httpx_clients(sdk: Any) -> None:
    sync, asy = sdk.DefaultHttpxClient(), sdk.DefaultAsyncHttpxClient()
    assert sync.timeout.read == 600.0 and sync.timeout.connect == 5.0 and not sync.follow_redirects
    assert isinstance(asy, httpx.AsyncClient) and asy.timeout == sync.timeout
    assert sdk.DefaultHttpxClient(timeout=3.0).timeout.read == 3.0
    with pytest.raises(TypeError, match="Expected an instance of `httpx.Client`"):
        sdk.OpenAI(api_key="k", http_client=asy)
    with pytest.raises(TypeError, match="Expected an instance of `httpx.AsyncClient`"):
        sdk.AsyncOpenAI(api_key="k", http_client=sync)
    with pytest.raises(TypeError, match="max_retries cannot be None"):
        sdk.OpenAI(api_key="k", max_retries=None)


def test_default_query_and_copies(sdk: Any, mock: MockProcess) -> None:
    client = sdk.OpenAI(api_key="k", base_url=mock.url, default_query={"tenant": "a"}, default_headers={"X-A": "1"}, max_retries=0)
    assert str(client.base_url).endswith("/v1/") and not client.is_closed()
    client.images.generate(prompt="p", extra_headers={"X-Mock-Scope": "dq"})
    merged = client.with_options(default_query={"b": "2"}, default_headers={"X-B": "2"})
    replaced = client.copy(set_default_query={"c": "3"}, set_default_headers={"X-C": "3"})
    merged.images.generate(prompt="p", extra_headers={"X-Mock-Scope": "dq"})
    replaced.images.generate(prompt="p", extra_headers={"X-Mock-Scope": "dq"})
    got = httpx.get(f"{mock.origin}/__mock/requests", params={"scope": "dq"}).json()["requests"]
    assert [r["query"] for r in got] == [{"tenant": ["a"]}, {"tenant": ["a"], "b": ["2"]}, {"c": ["3"]}]
    assert ["x-a" in r["headers"] for r in got] == [True, True, False] and "x-c" in got[2]["headers"]
    with pytest.raises(ValueError, match="mutually exclusive"):
        client.with_options(default_headers={"a": "b"}, set_default_headers={"c": "d"})
    client.close()
    assert client.is_closed()


def test_top_level_names_and_omit(sdk: Any, mock: MockProcess, tmp_path: Any) -> None:
    for name in ("NOT_GIVEN", "NotGiven", "not_given", "omit", "Omit", "file_from_path", "Stream", "AsyncStream", "APIError",
                 "APIStatusError", "APITimeoutError", "APIConnectionError", "APIResponseValidationError", "BadRequestError",
                 "AuthenticationError", "PermissionDeniedError", "NotFoundError", "ConflictError", "UnprocessableEntityError",
                 "RateLimitError", "InternalServerError", "DefaultHttpxClient", "DefaultAsyncHttpxClient", "DefaultAioHttpClient"):
        assert hasattr(sdk, name) and name in sdk.__all__, name
    assert sdk.not_given is sdk.NOT_GIVEN and isinstance(sdk.omit, sdk.Omit) and not sdk.omit
    path = tmp_path / "cat.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + b"0" * 16)
    assert sdk.file_from_path(str(path)) == ("cat.png", path.read_bytes())
    client = sdk.OpenAI(api_key="k", base_url=mock.url, organization="org")
    client.images.generate(prompt="p", n=sdk.omit, extra_headers={"X-Mock-Scope": "omit", "OpenAI-Organization": sdk.omit})
    sent = httpx.get(f"{mock.origin}/__mock/requests", params={"scope": "omit"}).json()["requests"][0]
    assert "n" not in sent["params"] and "openai-organization" not in sent["headers"]
