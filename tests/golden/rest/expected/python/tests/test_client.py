# File generated from spec.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.

"""Client behaviour over real HTTP against the mock server: errors, retries, timeouts,
validation, settings, streams; sync and async."""

from __future__ import annotations

import base64
import time
from typing import Type

import pytest
from conftest import API_KEY, BASE_URL, PNG, MockServer

from library_api import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AsyncLibrary,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    Library,
    LibraryError,
    NotFoundError,
    ParamValidationError,
    PermissionDeniedError,
    RateLimitError,
    UnknownStreamEvent,
    UnprocessableEntityError,
)

_ = (PNG, API_KEY, base64)
ERROR_DETAILS = {
    "detail": "boom",
    "field": "mock_param",
    "code": "mock_code",
}
ERROR_BODY = ERROR_DETAILS
STATUSES = [
    (400, BadRequestError),
    (401, AuthenticationError),
    (403, PermissionDeniedError),
    (404, NotFoundError),
    (409, ConflictError),
    (422, UnprocessableEntityError),
    (429, RateLimitError),
    (500, InternalServerError),
    (503, InternalServerError),
]


@pytest.mark.parametrize("status, error_class", STATUSES)
def test_status_maps_to_error_class(
    client: Library, mock: MockServer, status: int, error_class: Type[APIStatusError]
) -> None:
    mock.fault(status=status, should_retry=False, body=ERROR_BODY)
    with pytest.raises(error_class) as info:
        client.authors.list()
    err = info.value
    assert type(err) is error_class and err.status_code == status
    assert err.message == f"Error code: {status} - {ERROR_BODY}"
    expected = ("mock_code", "mock_param", None, ERROR_BODY)
    assert (err.code, err.param, err.type, err.body) == expected
    assert err.request_id and err.request_id.startswith("req_")
    assert len(mock.requests()) == 1


def test_retries_429_then_succeeds(client: Library, mock: MockServer) -> None:
    mock.fault(status=429, retry_after=0, count=1)
    client.authors.list()
    received = mock.requests()
    assert len(received) == 2
    assert [r["headers"]["x-library-attempt"] for r in received] == ["0", "1"]


def test_500_exhausts_retries(client: Library, mock: MockServer) -> None:
    mock.fault(status=500, retry_after=0, count=10)
    with pytest.raises(InternalServerError):
        client.with_options(max_retries=3).authors.list()
    assert len(mock.requests()) == 1 + 3


def test_default_max_retries_is_two(client: Library, mock: MockServer) -> None:
    mock.fault(status=503, retry_after=0, count=10)
    with pytest.raises(InternalServerError):
        client.authors.list()
    assert len(mock.requests()) == 3


def test_retry_after_ms_is_honoured(client: Library, mock: MockServer) -> None:
    mock.fault(status=429, retry_after_ms=400, count=1)
    started = time.monotonic()
    client.authors.list()
    assert 0.4 <= time.monotonic() - started < 5


def test_x_should_retry_false_stops_retries(client: Library, mock: MockServer) -> None:
    mock.fault(status=500, should_retry=False, count=5)
    with pytest.raises(InternalServerError):
        client.authors.list()
    assert len(mock.requests()) == 1


def test_x_should_retry_true_retries_a_400(client: Library, mock: MockServer) -> None:
    mock.fault(status=400, should_retry=True, retry_after=0, count=1)
    client.authors.list()
    assert len(mock.requests()) == 2


def test_timeout_raises_after_retries(client: Library, mock: MockServer) -> None:
    mock.fault(delay=1.5, count=2)
    started = time.monotonic()
    with pytest.raises(APITimeoutError):
        client.with_options(timeout=0.3, max_retries=1).authors.list()
    assert time.monotonic() - started < 1.4
    assert len(mock.requests()) == 2


def test_per_call_timeout(client: Library, mock: MockServer) -> None:
    mock.fault(delay=1.5, count=3)
    with pytest.raises(APITimeoutError):
        client.with_options(max_retries=0).authors.list(timeout=0.3)


def test_connection_error() -> None:
    with Library(
        api_key=API_KEY,
        librarian_key="test-librarian_key",
        tenant="test-tenant",
        base_url="http://127.0.0.1:9/v1",
        max_retries=0,
    ) as c:
        with pytest.raises(APIConnectionError):
            c.authors.list()


_ = ParamValidationError


def test_response_not_matching_the_spec(client: Library, mock: MockServer) -> None:
    mock.fault(status=200, body={"unexpected": True}, count=2)
    with pytest.raises(APIResponseValidationError) as info:
        client.authors.list()
    assert info.value.status_code == 200 and info.value.body == {"unexpected": True}
    lenient = client.with_options(validation="off").authors.list()
    assert lenient.body.model_extra == {"unexpected": True}


def test_missing_api_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("LIBRARY_API_KEY", raising=False)
    with pytest.raises(LibraryError, match="LIBRARY_API_KEY"):
        Library()


def test_required_option_tenant_missing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("LIBRARY_TENANT", raising=False)
    with pytest.raises(LibraryError, match="tenant.*LIBRARY_TENANT"):
        Library(api_key=API_KEY, base_url=BASE_URL)
    monkeypatch.setenv("LIBRARY_TENANT", "from-env")
    with Library(api_key=API_KEY, base_url=BASE_URL) as c:
        assert c.tenant == "from-env"


def test_settings_headers_and_secrets(mock: MockServer, scope: str) -> None:
    with Library(
        api_key="sk-secret-value",
        api_version="value-api_version",
        tenant="value-tenant",
        base_url=BASE_URL,
        default_headers={"X-Mock-Scope": scope, "X-Custom": "1"},
    ) as c:
        assert "sk-secret-value" not in repr(c)
        c.authors.list(extra_headers={"X-Extra": "2"})
    headers = mock.requests()[-1]["headers"]
    assert headers["x-api-key"] == "sk-secret-value"
    assert headers["x-custom"] == "1" and headers["x-extra"] == "2"
    assert headers["library-version"] == "value-api_version"
    assert headers["library-tenant"] == "value-tenant"


def test_header_defaults(client: Library, mock: MockServer) -> None:
    client.authors.list()
    headers = mock.requests()[-1]["headers"]
    assert headers["library-version"] == "2025-01-01"


@pytest.mark.anyio
async def test_async_retries_and_errors(async_client: AsyncLibrary, mock: MockServer) -> None:
    mock.fault(status=429, retry_after=0, count=1)
    await async_client.authors.list()
    assert len(mock.requests()) == 2
    mock.fault(status=404, should_retry=False, body=ERROR_BODY)
    with pytest.raises(NotFoundError):
        await async_client.authors.list()


@pytest.mark.anyio
async def test_async_timeout(async_client: AsyncLibrary, mock: MockServer) -> None:
    mock.fault(delay=1.5, count=1)
    with pytest.raises(APITimeoutError):
        await async_client.with_options(timeout=0.3, max_retries=0).authors.list()


def test_stream_keeps_unknown_event_types(client: Library, mock: MockServer) -> None:
    mock.fault(inject_event={"type": "future.event_kind", "detail": 7})
    with client.feed.stream() as stream:
        events = list(stream)
    assert len(events) == 2 + 1
    unknown = events[1]
    assert isinstance(unknown, UnknownStreamEvent)
    assert unknown.type == "future.event_kind" and unknown.detail == 7
    known = [e for e in events if not isinstance(e, UnknownStreamEvent)]
    assert type(known[-1]).__name__ == "BookRemoved"


def test_stream_cut_mid_event_is_an_error(client: Library, mock: MockServer) -> None:
    mock.fault(cut_after_events=1)
    with pytest.raises(APIConnectionError, match="middle of an event"):
        with client.feed.stream() as stream:
            for _event in stream:
                pass


def test_stream_error_event_raises(client: Library, mock: MockServer) -> None:
    mock.fault(error_event="the server is overloaded")
    with pytest.raises(APIError, match="the server is overloaded") as info:
        with client.feed.stream() as stream:
            list(stream)
    assert isinstance(info.value, APIStatusError) and info.value.status_code == 200  # the stream's own status
    assert info.value.api_message == "the server is overloaded"  # the event's data, read as an error body


def test_stream_done_marker_ends_the_stream(client: Library, mock: MockServer) -> None:
    mock.fault(done=True)
    with client.feed.stream() as stream:
        assert len(list(stream)) == 2


def test_stream_retries_before_the_first_byte(client: Library, mock: MockServer) -> None:
    mock.fault(status=500, retry_after=0, count=1)
    with client.feed.stream() as stream:
        assert len(list(stream)) == 2
    assert len(mock.requests()) == 2


@pytest.mark.anyio
async def test_async_stream_cut_mid_event(async_client: AsyncLibrary, mock: MockServer) -> None:
    mock.fault(cut_after_events=1)
    stream = await async_client.feed.stream()
    with pytest.raises(APIConnectionError, match="middle of an event"):
        async for _event in stream:
            pass
