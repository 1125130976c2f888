# File generated from spec.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.

"""Client behaviour over real HTTP against the mock server: errors, retries, timeouts,
validation, settings; sync and async."""

from __future__ import annotations

import base64
import time
from typing import Type

import pytest
from conftest import API_KEY, BASE_URL, PNG, MockServer

from nested_api import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AsyncNestClient,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    NestClient,
    NotFoundError,
    ParamValidationError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
)

_ = (PNG, API_KEY, base64)
ERROR_DETAILS = {
    "message": "boom",
    "type": "mock_type",
    "param": "mock_param",
    "code": "mock_code",
}
ERROR_BODY = {"error": ERROR_DETAILS}
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
    client: NestClient, mock: MockServer, status: int, error_class: Type[APIStatusError]
) -> None:
    mock.fault(status=status, should_retry=False, body=ERROR_BODY)
    with pytest.raises(error_class) as info:
        client.drawings.create(
            id="string",
        )
    err = info.value
    assert type(err) is error_class and err.status_code == status
    assert err.message == f"Error code: {status} - {ERROR_BODY}"
    expected = ("mock_code", "mock_param", "mock_type", ERROR_BODY)
    assert (err.code, err.param, err.type, err.body) == expected
    assert err.request_id and err.request_id.startswith("req_")
    assert len(mock.requests()) == 1


def test_retries_429_then_succeeds(client: NestClient, mock: MockServer) -> None:
    mock.fault(status=429, retry_after=0, count=1)
    client.drawings.create(
        id="string",
    )
    received = mock.requests()
    assert len(received) == 2
    assert [r["headers"]["x-retry-count"] for r in received] == ["0", "1"]


def test_500_exhausts_retries(client: NestClient, mock: MockServer) -> None:
    mock.fault(status=500, retry_after=0, count=10)
    with pytest.raises(InternalServerError):
        client.with_options(max_retries=3).drawings.create(
            id="string",
        )
    assert len(mock.requests()) == 1 + 3


def test_default_max_retries_is_two(client: NestClient, mock: MockServer) -> None:
    mock.fault(status=503, retry_after=0, count=10)
    with pytest.raises(InternalServerError):
        client.drawings.create(
            id="string",
        )
    assert len(mock.requests()) == 3


def test_retry_after_ms_is_honoured(client: NestClient, mock: MockServer) -> None:
    mock.fault(status=429, retry_after_ms=400, count=1)
    started = time.monotonic()
    client.drawings.create(
        id="string",
    )
    assert 0.4 <= time.monotonic() - started < 5


def test_x_should_retry_false_stops_retries(client: NestClient, mock: MockServer) -> None:
    mock.fault(status=500, should_retry=False, count=5)
    with pytest.raises(InternalServerError):
        client.drawings.create(
            id="string",
        )
    assert len(mock.requests()) == 1


def test_x_should_retry_true_retries_a_400(client: NestClient, mock: MockServer) -> None:
    mock.fault(status=400, should_retry=True, retry_after=0, count=1)
    client.drawings.create(
        id="string",
    )
    assert len(mock.requests()) == 2


def test_timeout_raises_after_retries(client: NestClient, mock: MockServer) -> None:
    mock.fault(delay=1.5, count=2)
    started = time.monotonic()
    with pytest.raises(APITimeoutError):
        client.with_options(timeout=0.3, max_retries=1).drawings.create(
            id="string",
        )
    assert time.monotonic() - started < 1.4
    assert len(mock.requests()) == 2


def test_per_call_timeout(client: NestClient, mock: MockServer) -> None:
    mock.fault(delay=1.5, count=3)
    with pytest.raises(APITimeoutError):
        client.with_options(max_retries=0).drawings.create(id="string", timeout=0.3)


def test_connection_error() -> None:
    with NestClient(base_url="http://127.0.0.1:9/v1", max_retries=0) as c:
        with pytest.raises(APIConnectionError):
            c.drawings.create(
                id="string",
            )


_ = ParamValidationError


def test_response_not_matching_the_spec(client: NestClient, mock: MockServer) -> None:
    mock.fault(status=200, body={"unexpected": True}, count=2)
    with pytest.raises(APIResponseValidationError) as info:
        client.drawings.create(
            id="string",
        )
    assert info.value.status_code == 200 and info.value.body == {"unexpected": True}
    lenient = client.with_options(validation="off").drawings.create(
        id="string",
    )
    assert lenient.model_extra == {"unexpected": True}


def test_no_credential_is_sent(client: NestClient, mock: MockServer) -> None:
    client.drawings.create(
        id="string",
    )
    assert "authorization" not in mock.requests()[-1]["headers"]  # the API takes no key: none is asked for or sent


def test_settings_headers_and_secrets(mock: MockServer, scope: str) -> None:
    with NestClient(
        base_url=BASE_URL,
        default_headers={"X-Mock-Scope": scope, "X-Custom": "1"},
    ) as c:
        assert "sk-secret-value" not in repr(c)
        c.drawings.create(id="string", extra_headers={"X-Extra": "2"})
    headers = mock.requests()[-1]["headers"]
    assert "authorization" not in headers
    assert headers["x-custom"] == "1" and headers["x-extra"] == "2"


@pytest.mark.anyio
async def test_async_retries_and_errors(async_client: AsyncNestClient, mock: MockServer) -> None:
    mock.fault(status=429, retry_after=0, count=1)
    await async_client.drawings.create(
        id="string",
    )
    assert len(mock.requests()) == 2
    mock.fault(status=404, should_retry=False, body=ERROR_BODY)
    with pytest.raises(NotFoundError):
        await async_client.drawings.create(
            id="string",
        )


@pytest.mark.anyio
async def test_async_timeout(async_client: AsyncNestClient, mock: MockServer) -> None:
    mock.fault(delay=1.5, count=1)
    with pytest.raises(APITimeoutError):
        await async_client.with_options(timeout=0.3, max_retries=0).drawings.create(
            id="string",
        )
