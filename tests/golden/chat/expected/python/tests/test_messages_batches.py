# File generated from spec.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.

"""Every method of `messages.batches` over real HTTP against the mock server: what goes on the wire (method,
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
from chatter.types import BatchList, BatchResult, MessageBatch

_ = (PNG, BadRequestError, ParamValidationError, Path, Any, quote, dump, texts, re, date, datetime, TypeAdapter)


def test_create_with_required_params(client: Chatter, mock: MockServer) -> None:
    result = client.messages.batches.create(
        requests=[{"custom_id": "string", "params": {"key": "value"}}],
    )
    assert isinstance(result, MessageBatch)
    assert dump(result) == {
        "created_at": "2025-01-02T03:04:05.123456Z",
        "id": "id",
        "processing_status": "in_progress",
    }  # every property kept, dates and times exactly as sent
    assert isinstance(result.created_at, datetime)
    received = mock.requests()
    assert [(r["method"], r["path"]) for r in received] == [("POST", "/messages/batches")]


def test_create_with_all_params(client: Chatter, mock: MockServer) -> None:
    assert isinstance(
        client.messages.batches.create(
            requests=[
                {"custom_id": "string", "params": {"key": "value"}},
                {"custom_id": "string", "params": {"key": "value"}},
            ],
        ),
        MessageBatch,
    )
    received = mock.requests()[-1]
    params = received["params"]
    assert sorted(params) == [
        "requests",
    ]
    assert params["requests"] == [
        {"custom_id": "string", "params": {"key": "value"}},
        {"custom_id": "string", "params": {"key": "value"}},
    ]  # in the body


def test_create_raw_response(client: Chatter) -> None:
    response = client.messages.batches.with_raw_response.create(
        requests=[{"custom_id": "string", "params": {"key": "value"}}],
    )
    assert response.status_code == 200
    assert response.request_id
    parsed = response.parse()
    assert isinstance(parsed, MessageBatch)


@pytest.mark.anyio
async def test_async_create_with_required_params(async_client: AsyncChatter, mock: MockServer) -> None:
    result = await async_client.messages.batches.create(
        requests=[{"custom_id": "string", "params": {"key": "value"}}],
    )
    assert isinstance(result, MessageBatch) and dump(result) == {
        "created_at": "2025-01-02T03:04:05.123456Z",
        "id": "id",
        "processing_status": "in_progress",
    }
    assert [(r["method"], r["path"]) for r in mock.requests()] == [("POST", "/messages/batches")]


@pytest.mark.anyio
async def test_async_create_raw_response(async_client: AsyncChatter) -> None:
    response = await async_client.messages.batches.with_raw_response.create(
        requests=[{"custom_id": "string", "params": {"key": "value"}}],
    )
    assert response.status_code == 200
    assert isinstance(response.parse(), MessageBatch)


def test_list_with_required_params(client: Chatter, mock: MockServer) -> None:
    result = client.messages.batches.list()
    assert isinstance(result.body, BatchList) and all(isinstance(x, MessageBatch) for x in result.items)
    assert dump(result.body) == {
        "data": [{"created_at": "2025-01-02T03:04:05.123456Z", "id": "id", "processing_status": "in_progress"}],
        "has_more": False,
        "last_id": "0",
    }
    received = mock.requests()
    assert [(r["method"], r["path"]) for r in received] == [("GET", "/messages/batches")]


def test_list_with_all_params(client: Chatter, mock: MockServer) -> None:
    client.messages.batches.list(
        after_id="string",
        limit=1,
    )
    received = mock.requests()[-1]
    params = received["params"]
    assert sorted(params) == [
        "after_id",
        "limit",
    ]
    assert received["query"]["after_id"] == texts("string", False)  # in the query
    assert received["query"]["limit"] == texts(1, False)  # in the query


def test_list_raw_response(client: Chatter) -> None:
    response = client.messages.batches.with_raw_response.list()
    assert response.status_code == 200
    assert response.request_id
    parsed = response.parse()
    assert dump(parsed.body) == {
        "data": [{"created_at": "2025-01-02T03:04:05.123456Z", "id": "id", "processing_status": "in_progress"}],
        "has_more": False,
        "last_id": "0",
    }


@pytest.mark.anyio
async def test_async_list_with_required_params(async_client: AsyncChatter, mock: MockServer) -> None:
    page = await async_client.messages.batches.list()
    assert dump(page.body) == {
        "data": [{"created_at": "2025-01-02T03:04:05.123456Z", "id": "id", "processing_status": "in_progress"}],
        "has_more": False,
        "last_id": "0",
    }
    assert [(r["method"], r["path"]) for r in mock.requests()] == [("GET", "/messages/batches")]


@pytest.mark.anyio
async def test_async_list_raw_response(async_client: AsyncChatter) -> None:
    response = await async_client.messages.batches.with_raw_response.list()
    assert response.status_code == 200


def test_list_iterates_every_page(client: Chatter, mock: MockServer) -> None:
    first = client.messages.batches.list()
    assert [x.id for x in first] == ["id"]  # every item, the later pages fetched on the way
    received = mock.requests()
    assert [{k: v for k, v in r["params"].items() if k in []} for r in received] == [{}]
    assert [r["path"] for r in received] == ["/messages/batches"] * 1
    pages = list(first.iter_pages())
    assert len(pages) == 1 and not pages[-1].has_next_page()
    assert [x.id for p in pages for x in p.items] == ["id"]


def test_list_next_page(client: Chatter) -> None:
    page = client.messages.batches.list()
    assert not page.has_next_page() and page.next_page_params() is None


@pytest.mark.anyio
async def test_async_list_iterates_every_page(async_client: AsyncChatter, mock: MockServer) -> None:
    assert [x.id async for x in async_client.messages.batches.list()] == ["id"]
    page = await async_client.messages.batches.list()
    assert [x.id async for x in page] == ["id"]
    pages = [p async for p in page.iter_pages()]
    assert len(pages) == 1


def test_results_with_required_params(client: Chatter, mock: MockServer) -> None:
    with client.messages.batches.results(
        "string",
    ) as result:
        rows = list(result)
    assert all(isinstance(row, BatchResult) for row in rows)
    assert [dump(row) for row in rows] == [
        {"custom_id": "custom_id", "result": {"key": None}},
        {"custom_id": "custom_id", "result": {"key": None}},
    ]
    received = mock.requests()
    assert [(r["method"], r["path"]) for r in received] == [("GET", "/messages/batches/{message_batch_id}/results")]
    path = "/messages/batches/{message_batch_id}/results".format(
        **{
            "message_batch_id": quote(texts("string")[0], safe=""),
        }
    )
    assert received[0]["raw_path"].endswith(path)  # path values percent-encoded


def test_results_with_all_params(client: Chatter, mock: MockServer) -> None:
    with client.messages.batches.results(
        message_batch_id="string",
    ):
        pass
    received = mock.requests()[-1]
    params = received["params"]
    assert sorted(params) == [
        "message_batch_id",
    ]
    assert params["message_batch_id"] == "string"  # in the path


def test_results_raw_response(client: Chatter) -> None:
    response = client.messages.batches.with_raw_response.results(
        "string",
    )
    assert response.status_code == 200
    assert response.request_id
    parsed = response.parse()
    with parsed:
        assert [dump(row) for row in parsed] == [
            {"custom_id": "custom_id", "result": {"key": None}},
            {"custom_id": "custom_id", "result": {"key": None}},
        ]


@pytest.mark.anyio
async def test_async_results_with_required_params(async_client: AsyncChatter, mock: MockServer) -> None:
    async with await async_client.messages.batches.results(
        "string",
    ) as rows:
        assert [dump(row) async for row in rows] == [
            {"custom_id": "custom_id", "result": {"key": None}},
            {"custom_id": "custom_id", "result": {"key": None}},
        ]
    assert [(r["method"], r["path"]) for r in mock.requests()] == [
        ("GET", "/messages/batches/{message_batch_id}/results")
    ]


@pytest.mark.anyio
async def test_async_results_raw_response(async_client: AsyncChatter) -> None:
    response = await async_client.messages.batches.with_raw_response.results(
        "string",
    )
    assert response.status_code == 200


def test_retrieve_with_required_params(client: Chatter, mock: MockServer) -> None:
    result = client.messages.batches.retrieve(
        "string",
    )
    assert isinstance(result, MessageBatch)
    assert dump(result) == {
        "created_at": "2025-01-02T03:04:05.123456Z",
        "id": "id",
        "processing_status": "in_progress",
    }  # every property kept, dates and times exactly as sent
    assert isinstance(result.created_at, datetime)
    received = mock.requests()
    assert [(r["method"], r["path"]) for r in received] == [("GET", "/messages/batches/{message_batch_id}")]
    path = "/messages/batches/{message_batch_id}".format(
        **{
            "message_batch_id": quote(texts("string")[0], safe=""),
        }
    )
    assert received[0]["raw_path"].endswith(path)  # path values percent-encoded


def test_retrieve_with_all_params(client: Chatter, mock: MockServer) -> None:
    assert isinstance(
        client.messages.batches.retrieve(
            message_batch_id="string",
        ),
        MessageBatch,
    )
    received = mock.requests()[-1]
    params = received["params"]
    assert sorted(params) == [
        "message_batch_id",
    ]
    assert params["message_batch_id"] == "string"  # in the path


def test_retrieve_raw_response(client: Chatter) -> None:
    response = client.messages.batches.with_raw_response.retrieve(
        "string",
    )
    assert response.status_code == 200
    assert response.request_id
    parsed = response.parse()
    assert isinstance(parsed, MessageBatch)


@pytest.mark.anyio
async def test_async_retrieve_with_required_params(async_client: AsyncChatter, mock: MockServer) -> None:
    result = await async_client.messages.batches.retrieve(
        "string",
    )
    assert isinstance(result, MessageBatch) and dump(result) == {
        "created_at": "2025-01-02T03:04:05.123456Z",
        "id": "id",
        "processing_status": "in_progress",
    }
    assert [(r["method"], r["path"]) for r in mock.requests()] == [("GET", "/messages/batches/{message_batch_id}")]


@pytest.mark.anyio
async def test_async_retrieve_raw_response(async_client: AsyncChatter) -> None:
    response = await async_client.messages.batches.with_raw_response.retrieve(
        "string",
    )
    assert response.status_code == 200
    assert isinstance(response.parse(), MessageBatch)
