# File generated from spec.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.

"""Every method of `models` over real HTTP against the mock server: what goes on the wire (method,
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

from odd_names import AsyncOddClient, BadRequestError, OddClient, ParamValidationError
from odd_names.types import KlassImportParams

_ = (PNG, BadRequestError, ParamValidationError, Path, Any, quote, dump, texts, re, date, datetime, TypeAdapter)


def test_get_with_required_params(client: OddClient, mock: MockServer) -> None:
    result = client.models.get()
    assert isinstance(result, KlassImportParams)
    assert dump(result) == {"p": "p"}  # every property kept, dates and times exactly as sent
    received = mock.requests()
    assert [(r["method"], r["path"]) for r in received] == [("POST", "/models")]


def test_get_with_all_params(client: OddClient, mock: MockServer) -> None:
    assert isinstance(
        client.models.get(
            q="string",
        ),
        KlassImportParams,
    )
    received = mock.requests()[-1]
    params = received["params"]
    assert sorted(params) == [
        "q",
    ]
    assert params["q"] == "string"  # in the body


def test_get_raw_response(client: OddClient) -> None:
    response = client.models.with_raw_response.get()
    assert response.status_code == 200
    assert response.request_id
    parsed = response.parse()
    assert isinstance(parsed, KlassImportParams)


@pytest.mark.anyio
async def test_async_get_with_required_params(async_client: AsyncOddClient, mock: MockServer) -> None:
    result = await async_client.models.get()
    assert isinstance(result, KlassImportParams) and dump(result) == {"p": "p"}
    assert [(r["method"], r["path"]) for r in mock.requests()] == [("POST", "/models")]


@pytest.mark.anyio
async def test_async_get_raw_response(async_client: AsyncOddClient) -> None:
    response = await async_client.models.with_raw_response.get()
    assert response.status_code == 200
    assert isinstance(response.parse(), KlassImportParams)
