# File generated from spec.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.

"""Every method of `trees` over real HTTP against the mock server: what goes on the wire (method,
path, query, headers, body) and what comes back, raw responses, pages, streams; sync and async."""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
from conftest import PNG, MockServer, dump, texts
from pydantic import TypeAdapter

from nested_api import AsyncNestClient, BadRequestError, NestClient, ParamValidationError
from nested_api.types import TreeNode

_ = (PNG, BadRequestError, ParamValidationError, Path, Any, quote, dump, texts, re, date, datetime, TypeAdapter)


def test_grow_with_required_params(client: NestClient, mock: MockServer) -> None:
    result = client.trees.grow(
        label="string",
    )
    assert isinstance(result, TreeNode)
    assert dump(result) == {
        "label": "label",
        "children": [],
        "owner": {"name": "name"},
    }  # every property kept, dates and times exactly as sent
    received = mock.requests()
    assert [(r["method"], r["path"]) for r in received] == [("POST", "/trees")]


def test_grow_with_all_params(client: NestClient, mock: MockServer) -> None:
    assert isinstance(
        client.trees.grow(
            label="string",
            depth=0,
        ),
        TreeNode,
    )
    received = mock.requests()[-1]
    params = received["params"]
    assert sorted(params) == [
        "depth",
        "label",
    ]
    assert params["label"] == "string"  # in the body
    assert params["depth"] == 0  # in the body


def test_grow_raw_response(client: NestClient) -> None:
    response = client.trees.with_raw_response.grow(
        label="string",
    )
    assert response.status_code == 200
    assert response.request_id
    parsed = response.parse()
    assert isinstance(parsed, TreeNode)


@pytest.mark.anyio
async def test_async_grow_with_required_params(async_client: AsyncNestClient, mock: MockServer) -> None:
    result = await async_client.trees.grow(
        label="string",
    )
    assert isinstance(result, TreeNode) and dump(result) == {
        "label": "label",
        "children": [],
        "owner": {"name": "name"},
    }
    assert [(r["method"], r["path"]) for r in mock.requests()] == [("POST", "/trees")]


@pytest.mark.anyio
async def test_async_grow_raw_response(async_client: AsyncNestClient) -> None:
    response = await async_client.trees.with_raw_response.grow(
        label="string",
    )
    assert response.status_code == 200
    assert isinstance(response.parse(), TreeNode)
