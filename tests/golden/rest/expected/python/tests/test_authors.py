# File generated from spec.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.

"""Every method of `authors` over real HTTP against the mock server: what goes on the wire (method,
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
from library_api.types import Author, AuthorPage

_ = (PNG, BadRequestError, ParamValidationError, Path, Any, quote, dump, texts, re, date, datetime, TypeAdapter)


def test_list_with_required_params(client: Library, mock: MockServer) -> None:
    result = client.authors.list()
    assert isinstance(result.body, AuthorPage) and all(isinstance(x, Author) for x in result.items)
    assert dump(result.body) == {
        "items": [{"name": "Frank Herbert"}, {"name": "Jane Austen"}],
        "page": 1,
        "total_pages": 2,
    }
    received = mock.requests()
    assert [(r["method"], r["path"]) for r in received] == [("GET", "/authors")]


def test_list_with_all_params(client: Library, mock: MockServer) -> None:
    client.authors.list(
        page=1,
    )
    received = mock.requests()[-1]
    params = received["params"]
    assert sorted(params) == [
        "page",
    ]
    assert received["query"]["page"] == texts(1, False)  # in the query


def test_list_raw_response(client: Library) -> None:
    response = client.authors.with_raw_response.list()
    assert response.status_code == 200
    assert response.request_id
    parsed = response.parse()
    assert dump(parsed.body) == {
        "items": [{"name": "Frank Herbert"}, {"name": "Jane Austen"}],
        "page": 1,
        "total_pages": 2,
    }


@pytest.mark.anyio
async def test_async_list_with_required_params(async_client: AsyncLibrary, mock: MockServer) -> None:
    page = await async_client.authors.list()
    assert dump(page.body) == {
        "items": [{"name": "Frank Herbert"}, {"name": "Jane Austen"}],
        "page": 1,
        "total_pages": 2,
    }
    assert [(r["method"], r["path"]) for r in mock.requests()] == [("GET", "/authors")]


@pytest.mark.anyio
async def test_async_list_raw_response(async_client: AsyncLibrary) -> None:
    response = await async_client.authors.with_raw_response.list()
    assert response.status_code == 200


def test_list_iterates_every_page(client: Library, mock: MockServer) -> None:
    first = client.authors.list()
    assert [x.name for x in first] == [
        "Frank Herbert",
        "Jane Austen",
        "Toni Morrison",
    ]  # every item, the later pages fetched on the way
    received = mock.requests()
    assert [{k: v for k, v in r["params"].items() if k in ["page"]} for r in received] == [{}, {"page": 2}]
    assert [r["path"] for r in received] == ["/authors"] * 2
    pages = list(first.iter_pages())
    assert len(pages) == 2 and not pages[-1].has_next_page()
    assert [x.name for p in pages for x in p.items] == ["Frank Herbert", "Jane Austen", "Toni Morrison"]


def test_list_next_page(client: Library) -> None:
    page = client.authors.list()
    assert page.has_next_page()
    assert page.next_page_params() == {"page": 2}
    following = page.get_next_page()
    seen = [x.name for x in page.items] + [x.name for x in following.items]
    assert following.items and seen == ["Frank Herbert", "Jane Austen", "Toni Morrison"][: len(seen)]


@pytest.mark.anyio
async def test_async_list_iterates_every_page(async_client: AsyncLibrary, mock: MockServer) -> None:
    assert [x.name async for x in async_client.authors.list()] == ["Frank Herbert", "Jane Austen", "Toni Morrison"]
    page = await async_client.authors.list()
    assert [x.name async for x in page] == ["Frank Herbert", "Jane Austen", "Toni Morrison"]
    pages = [p async for p in page.iter_pages()]
    assert len(pages) == 2
    following = await page.get_next_page()
    assert [x.name for x in following.items] == ["Frank Herbert", "Jane Austen", "Toni Morrison"][
        len(page.items) : len(page.items) + len(following.items)
    ]
