# File generated from spec.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.

"""Every method of `feed` over real HTTP against the mock server: what goes on the wire (method,
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

from library_api import AsyncLibrary, BadRequestError, Library, ParamValidationError
from library_api.types import BookAdded, BookRemoved

_ = (PNG, BadRequestError, ParamValidationError, Path, Any, quote, dump, texts, re, date, datetime, TypeAdapter)


def test_stream_with_required_params(client: Library, mock: MockServer) -> None:
    with client.feed.stream() as stream:
        events = list(stream)
    assert len(events) == 2
    received = mock.requests()
    assert [(r["method"], r["path"]) for r in received] == [("GET", "/feed")]


def test_stream_with_all_params(client: Library, mock: MockServer) -> None:
    with client.feed.stream(
        genre="fiction",
    ):
        pass
    received = mock.requests()[-1]
    params = received["params"]
    assert sorted(params) == [
        "genre",
    ]
    assert received["query"]["genre"] == texts("fiction", False)  # in the query


@pytest.mark.anyio
async def test_async_stream_with_required_params(async_client: AsyncLibrary, mock: MockServer) -> None:
    stream = await async_client.feed.stream()
    assert len([event async for event in stream]) == 2
    assert [(r["method"], r["path"]) for r in mock.requests()] == [("GET", "/feed")]


def test_stream_streaming(client: Library, mock: MockServer) -> None:
    with client.feed.stream() as stream:
        events = list(stream)
    assert [type(e).__name__ for e in events] == [
        "BookAdded",
        "BookRemoved",
    ]  # keep-alives skipped
    assert isinstance(events[0], BookAdded)
    assert events[0].model_dump(mode="json", by_alias=True, exclude_none=True) == {
        "type": "book.added",
        "book": {"id": "b1", "title": "Dune"},
    }
    assert isinstance(events[1], BookRemoved)
    assert events[1].model_dump(mode="json", by_alias=True, exclude_none=True) == {"type": "book.removed", "id": "b1"}
    assert mock.requests()[-1]["headers"]["accept"] == "text/event-stream"


def test_stream_streaming_raw_response(client: Library) -> None:
    response = client.feed.with_raw_response.stream()
    assert response.headers["content-type"].startswith("text/event-stream")
    with response.parse() as stream:
        assert len(list(stream)) == 2


@pytest.mark.anyio
async def test_async_stream_streaming(async_client: AsyncLibrary) -> None:
    stream = await async_client.feed.stream()
    events = [event async for event in stream]
    assert [type(e).__name__ for e in events] == [
        "BookAdded",
        "BookRemoved",
    ]
    assert events[0].model_dump(mode="json", by_alias=True, exclude_none=True) == {
        "type": "book.added",
        "book": {"id": "b1", "title": "Dune"},
    }
    assert events[1].model_dump(mode="json", by_alias=True, exclude_none=True) == {"type": "book.removed", "id": "b1"}
