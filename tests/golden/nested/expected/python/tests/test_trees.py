# File generated from spec.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.

"""Every method of `trees` over real HTTP against the mock server: required params,
all params, files, raw responses and streams (each event's type and fields), sync and async."""

from __future__ import annotations

import pytest
from conftest import PNG, MockServer

from nested_api import AsyncNestClient, BadRequestError, NestClient, ParamValidationError
from nested_api.types import TreeNode

_ = (PNG, BadRequestError, ParamValidationError)


def test_grow_with_required_params(client: NestClient, mock: MockServer) -> None:
    result = client.trees.grow(
        label="string",
    )
    assert isinstance(result, TreeNode)
    received = mock.requests()
    assert [(r["method"], r["path"]) for r in received] == [("POST", "/trees")]


def test_grow_with_all_params(client: NestClient, mock: MockServer) -> None:
    result = client.trees.grow(
        label="string",
        depth=0,
    )
    assert isinstance(result, TreeNode)
    params = mock.requests()[-1]["params"]
    assert sorted(params) == [
        "depth",
        "label",
    ]
    assert result.model_dump(mode="json", exclude_none=True)


def test_grow_raw_response(client: NestClient) -> None:
    response = client.trees.with_raw_response.grow(
        label="string",
    )
    assert response.status_code == 200
    assert response.request_id
    assert isinstance(response.parse(), TreeNode)


@pytest.mark.anyio
async def test_async_grow_with_required_params(async_client: AsyncNestClient, mock: MockServer) -> None:
    result = await async_client.trees.grow(
        label="string",
    )
    assert isinstance(result, TreeNode)
    assert [(r["method"], r["path"]) for r in mock.requests()] == [("POST", "/trees")]


@pytest.mark.anyio
async def test_async_grow_with_all_params(async_client: AsyncNestClient) -> None:
    result = await async_client.trees.grow(
        label="string",
        depth=0,
    )
    assert isinstance(result, TreeNode)


@pytest.mark.anyio
async def test_async_grow_raw_response(async_client: AsyncNestClient) -> None:
    response = await async_client.trees.with_raw_response.grow(
        label="string",
    )
    assert response.status_code == 200
    assert isinstance(response.parse(), TreeNode)
