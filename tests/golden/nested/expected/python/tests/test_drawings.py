# File generated from spec.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.

"""Every method of `drawings` over real HTTP against the mock server: required params,
all params, files, raw responses and streams (each event's type and fields), sync and async."""

from __future__ import annotations

import pytest
from conftest import PNG, MockServer

from nested_api import AsyncNestClient, BadRequestError, NestClient, ParamValidationError
from nested_api.types import Drawing

_ = (PNG, BadRequestError, ParamValidationError)


def test_create_with_required_params(client: NestClient, mock: MockServer) -> None:
    result = client.drawings.create(
        id="string",
    )
    assert isinstance(result, Drawing)
    received = mock.requests()
    assert [(r["method"], r["path"]) for r in received] == [("POST", "/drawings")]


def test_create_with_all_params(client: NestClient, mock: MockServer) -> None:
    result = client.drawings.create(
        id="string",
        color="red",
        grid=[[1, 1], [1, 1]],
        shapes=[
            {"center": {"x": 1.0, "y": 1.0}, "kind": "circle", "radius": 0},
            {"center": {"x": 1.0, "y": 1.0}, "kind": "circle", "radius": 0},
        ],
        style={},
    )
    assert isinstance(result, Drawing)
    params = mock.requests()[-1]["params"]
    assert sorted(params) == [
        "color",
        "grid",
        "id",
        "shapes",
        "style",
    ]
    assert result.model_dump(mode="json", exclude_none=True)


def test_create_raw_response(client: NestClient) -> None:
    response = client.drawings.with_raw_response.create(
        id="string",
    )
    assert response.status_code == 200
    assert response.request_id
    assert isinstance(response.parse(), Drawing)


@pytest.mark.anyio
async def test_async_create_with_required_params(async_client: AsyncNestClient, mock: MockServer) -> None:
    result = await async_client.drawings.create(
        id="string",
    )
    assert isinstance(result, Drawing)
    assert [(r["method"], r["path"]) for r in mock.requests()] == [("POST", "/drawings")]


@pytest.mark.anyio
async def test_async_create_with_all_params(async_client: AsyncNestClient) -> None:
    result = await async_client.drawings.create(
        id="string",
        color="red",
        grid=[[1, 1], [1, 1]],
        shapes=[
            {"center": {"x": 1.0, "y": 1.0}, "kind": "circle", "radius": 0},
            {"center": {"x": 1.0, "y": 1.0}, "kind": "circle", "radius": 0},
        ],
        style={},
    )
    assert isinstance(result, Drawing)


@pytest.mark.anyio
async def test_async_create_raw_response(async_client: AsyncNestClient) -> None:
    response = await async_client.drawings.with_raw_response.create(
        id="string",
    )
    assert response.status_code == 200
    assert isinstance(response.parse(), Drawing)
