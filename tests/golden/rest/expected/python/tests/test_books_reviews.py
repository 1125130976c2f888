# File generated from spec.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.

"""Every method of `books.reviews` over real HTTP against the mock server: what goes on the wire (method,
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
from library_api.types import Review, ReviewBlock, ReviewList, TextBlock

_ = (PNG, BadRequestError, ParamValidationError, Path, Any, quote, dump, texts, re, date, datetime, TypeAdapter)


def test_create_with_required_params(client: Library, mock: MockServer) -> None:
    result = client.books.reviews.create(
        "string",
        blocks=[{"text": "string", "type": "text"}],
        stars=1,
    )
    assert isinstance(result, Review)
    assert dump(result) == {
        "id": "0b7c9d4e-8f3a-4b21-9c55-2d1e6f7a8b90",
        "stars": 5,
        "blocks": [{"type": "text", "text": "A classic."}],
        "created_at": "2025-01-02T03:04:05Z",
    }  # every property kept, dates and times exactly as sent
    assert isinstance(result.created_at, datetime)
    received = mock.requests()
    assert [(r["method"], r["path"]) for r in received] == [("POST", "/books/{book_id}/reviews")]
    path = "/books/{book_id}/reviews".format(
        **{
            "book_id": quote(texts("string")[0], safe=""),
        }
    )
    assert received[0]["raw_path"].endswith(path)  # path values percent-encoded


def test_create_with_all_params(client: Library, mock: MockServer) -> None:
    assert isinstance(
        client.books.reviews.create(
            blocks=[{"text": "string", "type": "text"}, {"text": "string", "type": "text"}],
            book_id="string",
            stars=1,
        ),
        Review,
    )
    received = mock.requests()[-1]
    params = received["params"]
    assert sorted(params) == [
        "blocks",
        "book_id",
        "stars",
    ]
    assert params["blocks"] == [{"text": "string", "type": "text"}, {"text": "string", "type": "text"}]  # in the body
    assert params["book_id"] == "string"  # in the path
    assert params["stars"] == 1  # in the body


def test_create_raw_response(client: Library) -> None:
    response = client.books.reviews.with_raw_response.create(
        "string",
        blocks=[{"text": "string", "type": "text"}],
        stars=1,
    )
    assert response.status_code == 200
    assert response.request_id
    parsed = response.parse()
    assert isinstance(parsed, Review)


@pytest.mark.anyio
async def test_async_create_with_required_params(async_client: AsyncLibrary, mock: MockServer) -> None:
    result = await async_client.books.reviews.create(
        "string",
        blocks=[{"text": "string", "type": "text"}],
        stars=1,
    )
    assert isinstance(result, Review) and dump(result) == {
        "id": "0b7c9d4e-8f3a-4b21-9c55-2d1e6f7a8b90",
        "stars": 5,
        "blocks": [{"type": "text", "text": "A classic."}],
        "created_at": "2025-01-02T03:04:05Z",
    }
    assert [(r["method"], r["path"]) for r in mock.requests()] == [("POST", "/books/{book_id}/reviews")]


@pytest.mark.anyio
async def test_async_create_raw_response(async_client: AsyncLibrary) -> None:
    response = await async_client.books.reviews.with_raw_response.create(
        "string",
        blocks=[{"text": "string", "type": "text"}],
        stars=1,
    )
    assert response.status_code == 200
    assert isinstance(response.parse(), Review)


def test_create_checks_nested_values(client: Library, mock: MockServer) -> None:
    with pytest.raises(ParamValidationError, match=re.escape("param 'blocks[1].text'")):
        client.books.reviews.create(
            blocks=[{"text": "string", "type": "text"}, {"text": "x" * 501, "type": "text"}],
            book_id="string",
            stars=1,
        )
    assert mock.requests() == []
    with pytest.raises(BadRequestError):  # the server checks the same
        client.with_options(validation="off").books.reviews.create(
            blocks=[{"text": "string", "type": "text"}, {"text": "x" * 501, "type": "text"}],
            book_id="string",
            stars=1,
        )


def test_create_union_default_variant(client: Library, mock: MockServer) -> None:
    client.books.reviews.create(
        blocks=[{"text": "string"}, {"text": "string", "type": "text"}],
        book_id="string",
        stars=1,
    )  # an object without the discriminator is accepted
    assert isinstance(TypeAdapter(ReviewBlock).validate_python({"text": "string"}), TextBlock)


def test_delete_with_required_params(client: Library, mock: MockServer) -> None:
    result = client.books.reviews.delete(
        "string",
        "string",
    )
    assert result is None
    received = mock.requests()
    assert [(r["method"], r["path"]) for r in received] == [("DELETE", "/books/{book_id}/reviews/{review_id}")]
    path = "/books/{book_id}/reviews/{review_id}".format(
        **{
            "book_id": quote(texts("string")[0], safe=""),
            "review_id": quote(texts("string")[0], safe=""),
        }
    )
    assert received[0]["raw_path"].endswith(path)  # path values percent-encoded


def test_delete_with_all_params(client: Library, mock: MockServer) -> None:
    client.books.reviews.delete(
        book_id="string",
        review_id="string",
    )
    received = mock.requests()[-1]
    params = received["params"]
    assert sorted(params) == [
        "book_id",
        "review_id",
    ]
    assert params["book_id"] == "string"  # in the path
    assert params["review_id"] == "string"  # in the path


def test_delete_raw_response(client: Library) -> None:
    response = client.books.reviews.with_raw_response.delete(
        "string",
        "string",
    )
    assert response.status_code == 204
    assert response.request_id
    parsed = response.parse()
    assert parsed is None


@pytest.mark.anyio
async def test_async_delete_with_required_params(async_client: AsyncLibrary, mock: MockServer) -> None:
    result = await async_client.books.reviews.delete(
        "string",
        "string",
    )
    assert result is None
    assert [(r["method"], r["path"]) for r in mock.requests()] == [("DELETE", "/books/{book_id}/reviews/{review_id}")]


@pytest.mark.anyio
async def test_async_delete_raw_response(async_client: AsyncLibrary) -> None:
    response = await async_client.books.reviews.with_raw_response.delete(
        "string",
        "string",
    )
    assert response.status_code == 204


def test_list_with_required_params(client: Library, mock: MockServer) -> None:
    result = client.books.reviews.list(
        "string",
    )
    assert isinstance(result.body, ReviewList) and all(isinstance(x, Review) for x in result.items)
    assert dump(result.body) == {
        "data": [
            {"id": "0b7c9d4e-8f3a-4b21-9c55-2d1e6f7a8b90", "stars": 5, "blocks": []},
            {"id": "1c8d0e5f-9a4b-4c32-8d66-3e2f7a8b9c01", "stars": 3, "blocks": []},
        ],
        "total": 3,
    }
    received = mock.requests()
    assert [(r["method"], r["path"]) for r in received] == [("GET", "/books/{book_id}/reviews")]
    path = "/books/{book_id}/reviews".format(
        **{
            "book_id": quote(texts("string")[0], safe=""),
        }
    )
    assert received[0]["raw_path"].endswith(path)  # path values percent-encoded


def test_list_with_all_params(client: Library, mock: MockServer) -> None:
    client.books.reviews.list(
        book_id="string",
        limit=1,
        offset=0,
    )
    received = mock.requests()[-1]
    params = received["params"]
    assert sorted(params) == [
        "book_id",
        "limit",
        "offset",
    ]
    assert params["book_id"] == "string"  # in the path
    assert received["query"]["limit"] == texts(1, False)  # in the query
    assert received["query"]["offset"] == texts(0, False)  # in the query


def test_list_raw_response(client: Library) -> None:
    response = client.books.reviews.with_raw_response.list(
        "string",
    )
    assert response.status_code == 200
    assert response.request_id
    parsed = response.parse()
    assert dump(parsed.body) == {
        "data": [
            {"id": "0b7c9d4e-8f3a-4b21-9c55-2d1e6f7a8b90", "stars": 5, "blocks": []},
            {"id": "1c8d0e5f-9a4b-4c32-8d66-3e2f7a8b9c01", "stars": 3, "blocks": []},
        ],
        "total": 3,
    }


@pytest.mark.anyio
async def test_async_list_with_required_params(async_client: AsyncLibrary, mock: MockServer) -> None:
    page = await async_client.books.reviews.list(
        "string",
    )
    assert dump(page.body) == {
        "data": [
            {"id": "0b7c9d4e-8f3a-4b21-9c55-2d1e6f7a8b90", "stars": 5, "blocks": []},
            {"id": "1c8d0e5f-9a4b-4c32-8d66-3e2f7a8b9c01", "stars": 3, "blocks": []},
        ],
        "total": 3,
    }
    assert [(r["method"], r["path"]) for r in mock.requests()] == [("GET", "/books/{book_id}/reviews")]


@pytest.mark.anyio
async def test_async_list_raw_response(async_client: AsyncLibrary) -> None:
    response = await async_client.books.reviews.with_raw_response.list(
        "string",
    )
    assert response.status_code == 200


def test_list_iterates_every_page(client: Library, mock: MockServer) -> None:
    first = client.books.reviews.list(
        "string",
    )
    assert [x.id for x in first] == [
        "0b7c9d4e-8f3a-4b21-9c55-2d1e6f7a8b90",
        "1c8d0e5f-9a4b-4c32-8d66-3e2f7a8b9c01",
        "2d9e1f60-ab5c-4d43-9e77-4f308b9cad12",
    ]  # every item, the later pages fetched on the way
    received = mock.requests()
    assert [{k: v for k, v in r["params"].items() if k in ["offset"]} for r in received] == [{}, {"offset": 2}]
    assert [r["path"] for r in received] == ["/books/{book_id}/reviews"] * 2
    pages = list(first.iter_pages())
    assert len(pages) == 2 and not pages[-1].has_next_page()
    assert [x.id for p in pages for x in p.items] == [
        "0b7c9d4e-8f3a-4b21-9c55-2d1e6f7a8b90",
        "1c8d0e5f-9a4b-4c32-8d66-3e2f7a8b9c01",
        "2d9e1f60-ab5c-4d43-9e77-4f308b9cad12",
    ]


def test_list_next_page(client: Library) -> None:
    page = client.books.reviews.list(
        "string",
    )
    assert page.has_next_page()
    assert page.next_page_params() == {"book_id": "string", "offset": 2}
    following = page.get_next_page()
    seen = [x.id for x in page.items] + [x.id for x in following.items]
    assert (
        following.items
        and seen
        == [
            "0b7c9d4e-8f3a-4b21-9c55-2d1e6f7a8b90",
            "1c8d0e5f-9a4b-4c32-8d66-3e2f7a8b9c01",
            "2d9e1f60-ab5c-4d43-9e77-4f308b9cad12",
        ][: len(seen)]
    )


@pytest.mark.anyio
async def test_async_list_iterates_every_page(async_client: AsyncLibrary, mock: MockServer) -> None:
    assert [
        x.id
        async for x in async_client.books.reviews.list(
            "string",
        )
    ] == [
        "0b7c9d4e-8f3a-4b21-9c55-2d1e6f7a8b90",
        "1c8d0e5f-9a4b-4c32-8d66-3e2f7a8b9c01",
        "2d9e1f60-ab5c-4d43-9e77-4f308b9cad12",
    ]
    page = await async_client.books.reviews.list(
        "string",
    )
    assert [x.id async for x in page] == [
        "0b7c9d4e-8f3a-4b21-9c55-2d1e6f7a8b90",
        "1c8d0e5f-9a4b-4c32-8d66-3e2f7a8b9c01",
        "2d9e1f60-ab5c-4d43-9e77-4f308b9cad12",
    ]
    pages = [p async for p in page.iter_pages()]
    assert len(pages) == 2
    following = await page.get_next_page()
    assert [x.id for x in following.items] == [
        "0b7c9d4e-8f3a-4b21-9c55-2d1e6f7a8b90",
        "1c8d0e5f-9a4b-4c32-8d66-3e2f7a8b9c01",
        "2d9e1f60-ab5c-4d43-9e77-4f308b9cad12",
    ][len(page.items) : len(page.items) + len(following.items)]
