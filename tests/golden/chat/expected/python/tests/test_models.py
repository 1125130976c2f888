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

from chatter import AsyncChatter, BadRequestError, Chatter, ParamValidationError
from chatter.types import ModelInfo, ModelList

_ = (PNG, BadRequestError, ParamValidationError, Path, Any, quote, dump, texts, re, date, datetime, TypeAdapter)


def test_list_with_required_params(client: Chatter, mock: MockServer) -> None:
    result = client.models.list()
    assert isinstance(result.body, ModelList) and all(isinstance(x, ModelInfo) for x in result.items)
    assert dump(result.body) == {
        "data": [{"created_at": "2025-01-02T03:04:05.123456Z", "display_name": "display_name", "id": "id"}],
        "has_more": False,
        "first_id": "0",
        "last_id": "0",
    }
    received = mock.requests()
    assert [(r["method"], r["path"]) for r in received] == [("GET", "/models")]


def test_list_with_all_params(client: Chatter, mock: MockServer) -> None:
    client.models.list(
        after_id="string",
        before_id="string",
        limit=1,
    )
    received = mock.requests()[-1]
    params = received["params"]
    assert sorted(params) == [
        "after_id",
        "before_id",
        "limit",
    ]
    assert received["query"]["after_id"] == texts("string", False)  # in the query
    assert received["query"]["before_id"] == texts("string", False)  # in the query
    assert received["query"]["limit"] == texts(1, False)  # in the query


def test_list_raw_response(client: Chatter) -> None:
    response = client.models.with_raw_response.list()
    assert response.status_code == 200
    assert response.request_id
    parsed = response.parse()
    assert dump(parsed.body) == {
        "data": [{"created_at": "2025-01-02T03:04:05.123456Z", "display_name": "display_name", "id": "id"}],
        "has_more": False,
        "first_id": "0",
        "last_id": "0",
    }


@pytest.mark.anyio
async def test_async_list_with_required_params(async_client: AsyncChatter, mock: MockServer) -> None:
    page = await async_client.models.list()
    assert dump(page.body) == {
        "data": [{"created_at": "2025-01-02T03:04:05.123456Z", "display_name": "display_name", "id": "id"}],
        "has_more": False,
        "first_id": "0",
        "last_id": "0",
    }
    assert [(r["method"], r["path"]) for r in mock.requests()] == [("GET", "/models")]


@pytest.mark.anyio
async def test_async_list_raw_response(async_client: AsyncChatter) -> None:
    response = await async_client.models.with_raw_response.list()
    assert response.status_code == 200


def test_list_iterates_every_page(client: Chatter, mock: MockServer) -> None:
    first = client.models.list()
    assert [x.id for x in first] == ["id"]  # every item, the later pages fetched on the way
    received = mock.requests()
    assert [{k: v for k, v in r["params"].items() if k in []} for r in received] == [{}]
    assert [r["path"] for r in received] == ["/models"] * 1
    pages = list(first.iter_pages())
    assert len(pages) == 1 and not pages[-1].has_next_page()
    assert [x.id for p in pages for x in p.items] == ["id"]


def test_list_next_page(client: Chatter) -> None:
    page = client.models.list()
    assert not page.has_next_page() and page.next_page_params() is None


@pytest.mark.anyio
async def test_async_list_iterates_every_page(async_client: AsyncChatter, mock: MockServer) -> None:
    assert [x.id async for x in async_client.models.list()] == ["id"]
    page = await async_client.models.list()
    assert [x.id async for x in page] == ["id"]
    pages = [p async for p in page.iter_pages()]
    assert len(pages) == 1


def test_retrieve_with_required_params(client: Chatter, mock: MockServer) -> None:
    result = client.models.retrieve(
        "string",
    )
    assert isinstance(result, ModelInfo)
    assert dump(result) == {
        "created_at": "2025-01-02T03:04:05.123456Z",
        "display_name": "display_name",
        "id": "id",
    }  # every property kept, dates and times exactly as sent
    assert isinstance(result.created_at, datetime)
    received = mock.requests()
    assert [(r["method"], r["path"]) for r in received] == [("GET", "/models/{model_id}")]
    path = "/models/{model_id}".format(
        **{
            "model_id": quote(texts("string")[0], safe=""),
        }
    )
    assert received[0]["raw_path"].endswith(path)  # path values percent-encoded


def test_retrieve_with_all_params(client: Chatter, mock: MockServer) -> None:
    assert isinstance(
        client.models.retrieve(
            model_id="string",
        ),
        ModelInfo,
    )
    received = mock.requests()[-1]
    params = received["params"]
    assert sorted(params) == [
        "model_id",
    ]
    assert params["model_id"] == "string"  # in the path


def test_retrieve_raw_response(client: Chatter) -> None:
    response = client.models.with_raw_response.retrieve(
        "string",
    )
    assert response.status_code == 200
    assert response.request_id
    parsed = response.parse()
    assert isinstance(parsed, ModelInfo)


@pytest.mark.anyio
async def test_async_retrieve_with_required_params(async_client: AsyncChatter, mock: MockServer) -> None:
    result = await async_client.models.retrieve(
        "string",
    )
    assert isinstance(result, ModelInfo) and dump(result) == {
        "created_at": "2025-01-02T03:04:05.123456Z",
        "display_name": "display_name",
        "id": "id",
    }
    assert [(r["method"], r["path"]) for r in mock.requests()] == [("GET", "/models/{model_id}")]


@pytest.mark.anyio
async def test_async_retrieve_raw_response(async_client: AsyncChatter) -> None:
    response = await async_client.models.with_raw_response.retrieve(
        "string",
    )
    assert response.status_code == 200
    assert isinstance(response.parse(), ModelInfo)
