# File generated from spec.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.

"""Every method of `models` over real HTTP against the mock server: required params,
all params, files, raw responses and streams (each event's type and fields), sync and async."""

from __future__ import annotations

import pytest
from conftest import PNG, MockServer

from odd_names import AsyncOddClient, BadRequestError, OddClient, ParamValidationError
from odd_names.types import KlassImportParams

_ = (PNG, BadRequestError, ParamValidationError)


def test_get_with_required_params(client: OddClient, mock: MockServer) -> None:
    result = client.models.get()
    assert isinstance(result, KlassImportParams)
    received = mock.requests()
    assert [(r["method"], r["path"]) for r in received] == [("POST", "/models")]


def test_get_with_all_params(client: OddClient, mock: MockServer) -> None:
    result = client.models.get(
        q="string",
    )
    assert isinstance(result, KlassImportParams)
    params = mock.requests()[-1]["params"]
    assert sorted(params) == [
        "q",
    ]
    assert result.model_dump(mode="json", exclude_none=True)


def test_get_raw_response(client: OddClient) -> None:
    response = client.models.with_raw_response.get()
    assert response.status_code == 200
    assert response.request_id
    assert isinstance(response.parse(), KlassImportParams)


@pytest.mark.anyio
async def test_async_get_with_required_params(async_client: AsyncOddClient, mock: MockServer) -> None:
    result = await async_client.models.get()
    assert isinstance(result, KlassImportParams)
    assert [(r["method"], r["path"]) for r in mock.requests()] == [("POST", "/models")]


@pytest.mark.anyio
async def test_async_get_with_all_params(async_client: AsyncOddClient) -> None:
    result = await async_client.models.get(
        q="string",
    )
    assert isinstance(result, KlassImportParams)


@pytest.mark.anyio
async def test_async_get_raw_response(async_client: AsyncOddClient) -> None:
    response = await async_client.models.with_raw_response.get()
    assert response.status_code == 200
    assert isinstance(response.parse(), KlassImportParams)
