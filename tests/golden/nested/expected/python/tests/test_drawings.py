# File generated from spec.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.

"""Every method of `drawings` over real HTTP against the mock server: what goes on the wire (method,
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
from nested_api.types import Drawing

_ = (PNG, BadRequestError, ParamValidationError, Path, Any, quote, dump, texts, re, date, datetime, TypeAdapter)


def test_create_with_required_params(client: NestClient, mock: MockServer) -> None:
    result = client.drawings.create(
        id="string",
    )
    assert isinstance(result, Drawing)
    assert dump(result) == {
        "id": "d1",
        "shapes": [],
        "grid": [[1, 2], [3, 4]],
    }  # every property kept, dates and times exactly as sent
    received = mock.requests()
    assert [(r["method"], r["path"]) for r in received] == [("POST", "/drawings")]


def test_create_with_all_params(client: NestClient, mock: MockServer) -> None:
    assert isinstance(
        client.drawings.create(
            id="string",
            color="red",
            grid=[[1, 1], [1, 1]],
            shapes=[
                {"center": {"x": 1.0, "y": 1.0}, "kind": "circle", "radius": 0},
                {"center": {"x": 1.0, "y": 1.0}, "kind": "circle", "radius": 0},
            ],
            style={},
        ),
        Drawing,
    )
    received = mock.requests()[-1]
    params = received["params"]
    assert sorted(params) == [
        "color",
        "grid",
        "id",
        "shapes",
        "style",
    ]
    assert params["id"] == "string"  # in the body
    assert params["color"] == "red"  # in the body
    assert params["grid"] == [[1, 1], [1, 1]]  # in the body
    assert params["shapes"] == [
        {"center": {"x": 1.0, "y": 1.0}, "kind": "circle", "radius": 0},
        {"center": {"x": 1.0, "y": 1.0}, "kind": "circle", "radius": 0},
    ]  # in the body
    assert params["style"] == {}  # in the body


def test_create_raw_response(client: NestClient) -> None:
    response = client.drawings.with_raw_response.create(
        id="string",
    )
    assert response.status_code == 200
    assert response.request_id
    parsed = response.parse()
    assert isinstance(parsed, Drawing)


@pytest.mark.anyio
async def test_async_create_with_required_params(async_client: AsyncNestClient, mock: MockServer) -> None:
    result = await async_client.drawings.create(
        id="string",
    )
    assert isinstance(result, Drawing) and dump(result) == {"id": "d1", "shapes": [], "grid": [[1, 2], [3, 4]]}
    assert [(r["method"], r["path"]) for r in mock.requests()] == [("POST", "/drawings")]


@pytest.mark.anyio
async def test_async_create_raw_response(async_client: AsyncNestClient) -> None:
    response = await async_client.drawings.with_raw_response.create(
        id="string",
    )
    assert response.status_code == 200
    assert isinstance(response.parse(), Drawing)
