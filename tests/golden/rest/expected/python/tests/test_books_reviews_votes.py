# File generated from spec.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.

"""Every method of `books.reviews.votes` over real HTTP against the mock server: what goes on the wire (method,
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
from library_api.types import Vote

_ = (PNG, BadRequestError, ParamValidationError, Path, Any, quote, dump, texts, re, date, datetime, TypeAdapter)


def test_create_with_required_params(client: Library, mock: MockServer) -> None:
    result = client.books.reviews.votes.create(
        "string",
        "string",
        helpful=True,
    )
    assert isinstance(result, Vote)
    assert dump(result) == {
        "review_id": "0b7c9d4e-8f3a-4b21-9c55-2d1e6f7a8b90",
        "helpful": True,
    }  # every property kept, dates and times exactly as sent
    received = mock.requests()
    assert [(r["method"], r["path"]) for r in received] == [("POST", "/books/{book_id}/reviews/{review_id}/votes")]
    path = "/books/{book_id}/reviews/{review_id}/votes".format(
        **{
            "book_id": quote(texts("string")[0], safe=""),
            "review_id": quote(texts("string")[0], safe=""),
        }
    )
    assert received[0]["raw_path"].endswith(path)  # path values percent-encoded


def test_create_with_all_params(client: Library, mock: MockServer) -> None:
    assert isinstance(
        client.books.reviews.votes.create(
            book_id="string",
            helpful=True,
            review_id="string",
        ),
        Vote,
    )
    received = mock.requests()[-1]
    params = received["params"]
    assert sorted(params) == [
        "book_id",
        "helpful",
        "review_id",
    ]
    assert params["book_id"] == "string"  # in the path
    assert params["helpful"] is True  # in the body
    assert params["review_id"] == "string"  # in the path


def test_create_raw_response(client: Library) -> None:
    response = client.books.reviews.votes.with_raw_response.create(
        "string",
        "string",
        helpful=True,
    )
    assert response.status_code == 200
    assert response.request_id
    parsed = response.parse()
    assert isinstance(parsed, Vote)


@pytest.mark.anyio
async def test_async_create_with_required_params(async_client: AsyncLibrary, mock: MockServer) -> None:
    result = await async_client.books.reviews.votes.create(
        "string",
        "string",
        helpful=True,
    )
    assert isinstance(result, Vote) and dump(result) == {
        "review_id": "0b7c9d4e-8f3a-4b21-9c55-2d1e6f7a8b90",
        "helpful": True,
    }
    assert [(r["method"], r["path"]) for r in mock.requests()] == [
        ("POST", "/books/{book_id}/reviews/{review_id}/votes")
    ]


@pytest.mark.anyio
async def test_async_create_raw_response(async_client: AsyncLibrary) -> None:
    response = await async_client.books.reviews.votes.with_raw_response.create(
        "string",
        "string",
        helpful=True,
    )
    assert response.status_code == 200
    assert isinstance(response.parse(), Vote)
