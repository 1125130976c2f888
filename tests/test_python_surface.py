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


def test_streaming_response_body_methods_and_async_errors(sdk: Any, mock: MockProcess) -> None:
    client = sdk.OpenAI(api_key="k", base_url=mock.url)
    with client.images.with_streaming_response.generate(prompt="p") as response:
        assert response.method == "POST" and response.http_version.startswith("HTTP/")
        body = response.json()
        assert isinstance(body, dict) and body["data"] and response.read() == response.text().encode() and response.is_closed
        assert response.elapsed.total_seconds() >= 0
    with client.images.with_streaming_response.generate(prompt="p") as response:
        assert b"".join(response.iter_bytes()).startswith(b"{")
    with client.images.with_streaming_response.generate(prompt="p") as response:
        assert "".join(response.iter_text()).startswith("{")
        with pytest.raises(sdk.OpenAIError, match="already streamed"):
            response.iter_lines()
    with client.images.with_streaming_response.generate(prompt="p") as response:
        assert response.read() and list(response.iter_lines()) == list(response.iter_lines()) != []  # kept in memory
    httpx.post(f"{mock.origin}/__mock/faults", json={"scope": "aerr", "status": 404, "count": 1}).raise_for_status()

    async def main() -> None:
        async with sdk.AsyncOpenAI(api_key="k", base_url=mock.url, max_retries=0) as aclient:
            async with aclient.images.with_streaming_response.generate(prompt="p", stream=True) as response:
                stream = await response.parse()
                assert isinstance(stream, sdk.AsyncStream) and not response.is_closed
                assert [e.type async for e in stream][-1] == "image_generation.completed"
            assert response.is_closed
            async with aclient.images.with_streaming_response.generate(prompt="p") as response:
                assert (await response.json())["data"] and await response.text() and (await response.read()).startswith(b"{")
            async with aclient.images.with_streaming_response.generate(prompt="p") as response:
                assert [line async for line in response.iter_lines()][0].startswith("{")
            async with aclient.images.with_streaming_response.generate(prompt="p") as response:
                assert b"".join([b async for b in response.iter_bytes()]).startswith(b"{")
                with pytest.raises(sdk.OpenAIError, match="already streamed"):  # not httpx's StreamConsumed
                    await response.read()
            async with aclient.images.with_streaming_response.generate(prompt="p") as response:
                pass
            assert response.is_closed  # left unread: closed on leaving the block
            with pytest.raises(sdk.NotFoundError):  # raised on entering, as official
                async with aclient.images.with_streaming_response.generate(prompt="p", extra_headers={"X-Mock-Scope": "aerr"}):
                    pass
            raw = await aclient.images.with_raw_response.generate(prompt="p")
            assert raw.is_closed and raw.http_request.url.path.endswith("/images/generations") and raw.method == "POST"

    asyncio.run(main())


def test_streaming_response_for_every_kind_of_result(mock: MockProcess, monkeypatch: pytest.MonkeyPatch) -> None:
    """Pages, binary bodies, JSON Lines, empty bodies and always-streamed operations (the rest golden case)."""
    monkeypatch.syspath_prepend(str(ROOT / "tests" / "golden" / "rest" / "expected" / "python" / "src"))
    import library_api as lib

    with MockProcess(ROOT / "tests" / "golden" / "rest" / "spec.yaml") as m:
        client = lib.Library(api_key="k", librarian_key="l", tenant="t", base_url=m.url)
        with client.authors.with_streaming_response.list() as response:
            assert [a.name for a in response.parse()] == ["Frank Herbert", "Jane Austen", "Toni Morrison"]
        with client.books.with_streaming_response.download_cover("b") as response:
            assert not response.is_closed
            cover = response.parse()
            assert isinstance(cover, lib.BinaryResponseContent) and cover.read().startswith(b"\x89PNG")
        with client.books.with_streaming_response.exists("b") as response:
            assert response.parse() is None and response.read() == b"" and response.is_closed
        with client.books.with_streaming_response.export() as response:
            assert len(list(response.parse())) == 2
        with client.feed.with_streaming_response.stream() as response:
            assert len(list(response.parse())) == 2
        assert response.is_closed

        async def main() -> None:
            async with lib.AsyncLibrary(api_key="k", librarian_key="l", tenant="t", base_url=m.url) as aclient:
                async with aclient.authors.with_streaming_response.list() as response:
                    page = await response.parse()
                    assert [a.name async for a in page] == ["Frank Herbert", "Jane Austen", "Toni Morrison"]
                async with aclient.books.with_streaming_response.download_cover("b") as response:
                    assert (await (await response.parse()).read()).startswith(b"\x89PNG")
                async with aclient.books.with_streaming_response.export() as response:
                    assert len([row async for row in await response.parse()]) == 2
                async with aclient.feed.with_streaming_response.stream() as response:
                    assert isinstance(await response.parse(), lib.AsyncStream)
                assert response.is_closed

        asyncio.run(main())


def test_max_response_bytes_bounds_binary_bodies_json_lines_and_stream_events(monkeypatch: pytest.MonkeyPatch) -> None:
    """Bodies the caller reads lazily are bounded too: a binary body read whole, each JSON line, each event."""
    monkeypatch.syspath_prepend(str(ROOT / "tests" / "golden" / "rest" / "expected" / "python" / "src"))
    import library_api as lib

    with MockProcess(ROOT / "tests" / "golden" / "rest" / "spec.yaml") as m:
        roomy = lib.Library(api_key="k", librarian_key="l", tenant="t", base_url=m.url)
        tight = roomy.with_options(max_response_bytes=8)
        assert roomy.books.download_cover("b").read().startswith(b"\x89PNG")
        with pytest.raises(lib.APIResponseValidationError, match="max_response_bytes"):
            tight.books.download_cover("b").read()
        assert len(list(roomy.books.export())) == 2
        with pytest.raises(lib.APIResponseValidationError, match="max_response_bytes"):
            list(tight.books.export())
        assert len(list(roomy.feed.stream())) == 2
        with pytest.raises(lib.APIResponseValidationError, match="max_response_bytes"):
            list(tight.feed.stream())

        async def main() -> None:
            async with lib.AsyncLibrary(
                api_key="k", librarian_key="l", tenant="t", base_url=m.url, max_response_bytes=8
            ) as aclient:
                with pytest.raises(lib.APIResponseValidationError, match="max_response_bytes"):
                    await (await aclient.books.download_cover("b")).read()
                with pytest.raises(lib.APIResponseValidationError, match="max_response_bytes"):
                    [row async for row in await aclient.books.export()]
                with pytest.raises(lib.APIResponseValidationError, match="max_response_bytes"):
                    [event async for event in await aclient.feed.stream()]

        asyncio.run(main())


def test_aiohttp_client_without_the_extra_names_it(sdk: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "httpx_aiohttp", None)  # as if the extra were not installed
    with pytest.raises(RuntimeError, match=r"pip install openai-images\[aiohttp\]"):
        sdk.DefaultAioHttpClient()


def test_async_client_settings_and_more_top_level_names(sdk: Any, mock: MockProcess) -> None:
    client = sdk.OpenAI(api_key="k", base_url=mock.url, default_query={"a": "1"})
    with pytest.raises(ValueError, match="mutually exclusive"):
        client.with_options(default_query={"b": "2"}, set_default_query={"c": "3"})
    for name in ("BaseModel", "RequestOptions", "Timeout", "DEFAULT_TIMEOUT", "DEFAULT_MAX_RETRIES", "DEFAULT_CONNECTION_LIMITS"):
        assert hasattr(sdk, name) and name in sdk.__all__, name
    assert issubclass(sdk.types.ImagesResponse, sdk.BaseModel) and sdk.Timeout is httpx.Timeout
    assert sdk.DEFAULT_MAX_RETRIES == 2 and sdk.DefaultHttpxClient().timeout == sdk.DEFAULT_TIMEOUT
    options: Any = sdk.RequestOptions(extra_headers={"X-Mock-Scope": "opts"}, extra_query={"q": "1"}, timeout=30.0)
    client.images.generate(prompt="p", **options)

    async def main() -> None:
        aclient = sdk.AsyncOpenAI(api_key="k", base_url=mock.url, default_query={"a": "1"}, http_client=sdk.DefaultAsyncHttpxClient())
        assert str(aclient.base_url).endswith("/") and not aclient.is_closed()
        await aclient.copy(set_default_query={"c": "3"}).images.generate(prompt="p", extra_headers={"X-Mock-Scope": "opts"})
        await aclient.with_options(default_query={"b": "2"}).images.generate(prompt="p", extra_headers={"X-Mock-Scope": "opts"})
        await aclient.close()
        assert aclient.is_closed()

    asyncio.run(main())
    got = httpx.get(f"{mock.origin}/__mock/requests", params={"scope": "opts"}).json()["requests"]
    assert [r["query"] for r in got] == [{"a": ["1"], "q": ["1"]}, {"c": ["3"]}, {"a": ["1"], "b": ["2"]}]
