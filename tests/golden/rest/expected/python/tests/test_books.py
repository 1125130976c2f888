# File generated from spec.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.

"""Every method of `books` over real HTTP against the mock server: what goes on the wire (method,
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
from library_api.types import Book, BookDeleted, BookList, Stats

_ = (PNG, BadRequestError, ParamValidationError, Path, Any, quote, dump, texts, re, date, datetime, TypeAdapter)


def test_create_with_required_params(client: Library, mock: MockServer) -> None:
    result = client.books.create(
        title="string",
    )
    assert isinstance(result, Book)
    assert dump(result) == {
        "id": "b 1/2?x=#%",
        "title": "Dune",
        "genre": "fiction",
        "tags": ["classic"],
        "isbn": "9780441013593",
        "author": {"name": "Frank Herbert", "born": "1920-10-08"},
        "metadata": {"shelf": "A3"},
        "added_at": "2025-01-02T03:04:05.123456Z",
    }  # every property kept, dates and times exactly as sent
    assert isinstance(result.added_at, datetime)
    received = mock.requests()
    assert [(r["method"], r["path"]) for r in received] == [("POST", "/books")]


def test_create_with_all_params(client: Library, mock: MockServer) -> None:
    assert isinstance(
        client.books.create(
            title="string",
            author={"name": "string"},
            genre="fiction",
            isbn="9780441013593",
            metadata={"key": "string"},
            request_source="string",
            tags=["string", "string"],
        ),
        Book,
    )
    received = mock.requests()[-1]
    params = received["params"]
    assert sorted(params) == [
        "author",
        "genre",
        "isbn",
        "metadata",
        "request_source",
        "tags",
        "title",
    ]
    assert params["title"] == "string"  # in the body
    assert params["author"] == {"name": "string"}  # in the body
    assert params["genre"] == "fiction"  # in the body
    assert params["isbn"] == "9780441013593"  # in the body
    assert params["metadata"] == {"key": "string"}  # in the body
    assert received["headers"]["x-request-source"] == ",".join(texts("string"))  # in a header
    assert params["tags"] == ["string", "string"]  # in the body


def test_create_raw_response(client: Library) -> None:
    response = client.books.with_raw_response.create(
        title="string",
    )
    assert response.status_code == 200
    assert response.request_id
    parsed = response.parse()
    assert isinstance(parsed, Book)


@pytest.mark.anyio
async def test_async_create_with_required_params(async_client: AsyncLibrary, mock: MockServer) -> None:
    result = await async_client.books.create(
        title="string",
    )
    assert isinstance(result, Book) and dump(result) == {
        "id": "b 1/2?x=#%",
        "title": "Dune",
        "genre": "fiction",
        "tags": ["classic"],
        "isbn": "9780441013593",
        "author": {"name": "Frank Herbert", "born": "1920-10-08"},
        "metadata": {"shelf": "A3"},
        "added_at": "2025-01-02T03:04:05.123456Z",
    }
    assert [(r["method"], r["path"]) for r in mock.requests()] == [("POST", "/books")]


@pytest.mark.anyio
async def test_async_create_raw_response(async_client: AsyncLibrary) -> None:
    response = await async_client.books.with_raw_response.create(
        title="string",
    )
    assert response.status_code == 200
    assert isinstance(response.parse(), Book)


def test_delete_with_required_params(client: Library, mock: MockServer) -> None:
    result = client.books.delete(
        "string",
    )
    assert isinstance(result, BookDeleted)
    assert dump(result) == {"id": "b1", "deleted": True}  # every property kept, dates and times exactly as sent
    received = mock.requests()
    assert [(r["method"], r["path"]) for r in received] == [("DELETE", "/books/{book_id}")]
    path = "/books/{book_id}".format(
        **{
            "book_id": quote(texts("string")[0], safe=""),
        }
    )
    assert received[0]["raw_path"].endswith(path)  # path values percent-encoded


def test_delete_with_all_params(client: Library, mock: MockServer) -> None:
    assert isinstance(
        client.books.delete(
            book_id="string",
        ),
        BookDeleted,
    )
    received = mock.requests()[-1]
    params = received["params"]
    assert sorted(params) == [
        "book_id",
    ]
    assert params["book_id"] == "string"  # in the path


def test_delete_raw_response(client: Library) -> None:
    response = client.books.with_raw_response.delete(
        "string",
    )
    assert response.status_code == 200
    assert response.request_id
    parsed = response.parse()
    assert isinstance(parsed, BookDeleted)


@pytest.mark.anyio
async def test_async_delete_with_required_params(async_client: AsyncLibrary, mock: MockServer) -> None:
    result = await async_client.books.delete(
        "string",
    )
    assert isinstance(result, BookDeleted) and dump(result) == {"id": "b1", "deleted": True}
    assert [(r["method"], r["path"]) for r in mock.requests()] == [("DELETE", "/books/{book_id}")]


@pytest.mark.anyio
async def test_async_delete_raw_response(async_client: AsyncLibrary) -> None:
    response = await async_client.books.with_raw_response.delete(
        "string",
    )
    assert response.status_code == 200
    assert isinstance(response.parse(), BookDeleted)


def test_download_cover_with_required_params(client: Library, mock: MockServer) -> None:
    with client.books.download_cover(
        "string",
    ) as result:
        assert (
            result.content
            == b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\xdac\xf8?\xd3\xf8?\x00\x071\x02\xcb\x83\x7fqT\x00\x00\x00\x00IEND\xaeB`\x82"
        )
    received = mock.requests()
    assert [(r["method"], r["path"]) for r in received] == [("GET", "/books/{book_id}/cover")]
    path = "/books/{book_id}/cover".format(
        **{
            "book_id": quote(texts("string")[0], safe=""),
        }
    )
    assert received[0]["raw_path"].endswith(path)  # path values percent-encoded


def test_download_cover_with_all_params(client: Library, mock: MockServer) -> None:
    with client.books.download_cover(
        book_id="string",
    ):
        pass
    received = mock.requests()[-1]
    params = received["params"]
    assert sorted(params) == [
        "book_id",
    ]
    assert params["book_id"] == "string"  # in the path


def test_download_cover_raw_response(client: Library) -> None:
    response = client.books.with_raw_response.download_cover(
        "string",
    )
    assert response.status_code == 200
    assert response.request_id
    parsed = response.parse()
    with parsed:
        assert (
            b"".join(parsed.iter_bytes())
            == b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\xdac\xf8?\xd3\xf8?\x00\x071\x02\xcb\x83\x7fqT\x00\x00\x00\x00IEND\xaeB`\x82"
        )


@pytest.mark.anyio
async def test_async_download_cover_with_required_params(async_client: AsyncLibrary, mock: MockServer) -> None:
    async with await async_client.books.download_cover(
        "string",
    ) as result:
        assert (
            await result.read()
            == b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\xdac\xf8?\xd3\xf8?\x00\x071\x02\xcb\x83\x7fqT\x00\x00\x00\x00IEND\xaeB`\x82"
            and result.content
            == b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\xdac\xf8?\xd3\xf8?\x00\x071\x02\xcb\x83\x7fqT\x00\x00\x00\x00IEND\xaeB`\x82"
        )
    assert [(r["method"], r["path"]) for r in mock.requests()] == [("GET", "/books/{book_id}/cover")]


@pytest.mark.anyio
async def test_async_download_cover_raw_response(async_client: AsyncLibrary) -> None:
    response = await async_client.books.with_raw_response.download_cover(
        "string",
    )
    assert response.status_code == 200


def test_download_cover_streams_the_body_to_a_file(client: Library, tmp_path: Path) -> None:
    with client.books.download_cover(
        "string",
    ) as content:
        content.write_to_file(tmp_path / "out.bin")
    written = (tmp_path / "out.bin").read_bytes()
    assert (
        written
        == b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\xdac\xf8?\xd3\xf8?\x00\x071\x02\xcb\x83\x7fqT\x00\x00\x00\x00IEND\xaeB`\x82"
    )


@pytest.mark.anyio
async def test_async_download_cover_streams_the_body_to_a_file(async_client: AsyncLibrary, tmp_path: Path) -> None:
    content = await async_client.books.download_cover(
        "string",
    )
    await content.write_to_file(tmp_path / "out.bin")
    written = (tmp_path / "out.bin").read_bytes()
    assert (
        written
        == b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\xdac\xf8?\xd3\xf8?\x00\x071\x02\xcb\x83\x7fqT\x00\x00\x00\x00IEND\xaeB`\x82"
    )


def test_exists_with_required_params(client: Library, mock: MockServer) -> None:
    result = client.books.exists(
        "string",
    )
    assert result is None
    received = mock.requests()
    assert [(r["method"], r["path"]) for r in received] == [("HEAD", "/books/{book_id}")]
    path = "/books/{book_id}".format(
        **{
            "book_id": quote(texts("string")[0], safe=""),
        }
    )
    assert received[0]["raw_path"].endswith(path)  # path values percent-encoded


def test_exists_with_all_params(client: Library, mock: MockServer) -> None:
    client.books.exists(
        book_id="string",
    )
    received = mock.requests()[-1]
    params = received["params"]
    assert sorted(params) == [
        "book_id",
    ]
    assert params["book_id"] == "string"  # in the path


def test_exists_raw_response(client: Library) -> None:
    response = client.books.with_raw_response.exists(
        "string",
    )
    assert response.status_code == 200
    assert response.request_id
    parsed = response.parse()
    assert parsed is None


@pytest.mark.anyio
async def test_async_exists_with_required_params(async_client: AsyncLibrary, mock: MockServer) -> None:
    result = await async_client.books.exists(
        "string",
    )
    assert result is None
    assert [(r["method"], r["path"]) for r in mock.requests()] == [("HEAD", "/books/{book_id}")]


@pytest.mark.anyio
async def test_async_exists_raw_response(async_client: AsyncLibrary) -> None:
    response = await async_client.books.with_raw_response.exists(
        "string",
    )
    assert response.status_code == 200


def test_export_with_required_params(client: Library, mock: MockServer) -> None:
    with client.books.export() as result:
        rows = list(result)
    assert all(isinstance(row, Book) for row in rows)
    assert [dump(row) for row in rows] == [
        {
            "id": "b 1/2?x=#%",
            "title": "Dune",
            "genre": "fiction",
            "tags": ["classic"],
            "isbn": "9780441013593",
            "author": {"name": "Frank Herbert", "born": "1920-10-08"},
            "metadata": {"shelf": "A3"},
            "added_at": "2025-01-02T03:04:05.123456Z",
        },
        {
            "id": "b 1/2?x=#%",
            "title": "Dune",
            "genre": "fiction",
            "tags": ["classic"],
            "isbn": "9780441013593",
            "author": {"name": "Frank Herbert", "born": "1920-10-08"},
            "metadata": {"shelf": "A3"},
            "added_at": "2025-01-02T03:04:05.123456Z",
        },
    ]
    received = mock.requests()
    assert [(r["method"], r["path"]) for r in received] == [("GET", "/books/export")]


def test_export_with_all_params(client: Library, mock: MockServer) -> None:
    with client.books.export(
        genre="fiction",
    ):
        pass
    received = mock.requests()[-1]
    params = received["params"]
    assert sorted(params) == [
        "genre",
    ]
    assert received["query"]["genre"] == texts("fiction", False)  # in the query


def test_export_raw_response(client: Library) -> None:
    response = client.books.with_raw_response.export()
    assert response.status_code == 200
    assert response.request_id
    parsed = response.parse()
    with parsed:
        assert [dump(row) for row in parsed] == [
            {
                "id": "b 1/2?x=#%",
                "title": "Dune",
                "genre": "fiction",
                "tags": ["classic"],
                "isbn": "9780441013593",
                "author": {"name": "Frank Herbert", "born": "1920-10-08"},
                "metadata": {"shelf": "A3"},
                "added_at": "2025-01-02T03:04:05.123456Z",
            },
            {
                "id": "b 1/2?x=#%",
                "title": "Dune",
                "genre": "fiction",
                "tags": ["classic"],
                "isbn": "9780441013593",
                "author": {"name": "Frank Herbert", "born": "1920-10-08"},
                "metadata": {"shelf": "A3"},
                "added_at": "2025-01-02T03:04:05.123456Z",
            },
        ]


@pytest.mark.anyio
async def test_async_export_with_required_params(async_client: AsyncLibrary, mock: MockServer) -> None:
    async with await async_client.books.export() as rows:
        assert [dump(row) async for row in rows] == [
            {
                "id": "b 1/2?x=#%",
                "title": "Dune",
                "genre": "fiction",
                "tags": ["classic"],
                "isbn": "9780441013593",
                "author": {"name": "Frank Herbert", "born": "1920-10-08"},
                "metadata": {"shelf": "A3"},
                "added_at": "2025-01-02T03:04:05.123456Z",
            },
            {
                "id": "b 1/2?x=#%",
                "title": "Dune",
                "genre": "fiction",
                "tags": ["classic"],
                "isbn": "9780441013593",
                "author": {"name": "Frank Herbert", "born": "1920-10-08"},
                "metadata": {"shelf": "A3"},
                "added_at": "2025-01-02T03:04:05.123456Z",
            },
        ]
    assert [(r["method"], r["path"]) for r in mock.requests()] == [("GET", "/books/export")]


@pytest.mark.anyio
async def test_async_export_raw_response(async_client: AsyncLibrary) -> None:
    response = await async_client.books.with_raw_response.export()
    assert response.status_code == 200


def test_list_with_required_params(client: Library, mock: MockServer) -> None:
    result = client.books.list()
    assert isinstance(result.body, BookList) and all(isinstance(x, Book) for x in result.items)
    assert dump(result.body) == {
        "data": [{"id": "b1", "title": "Dune"}, {"id": "b2", "title": "Emma"}],
        "has_more": True,
    }
    received = mock.requests()
    assert [(r["method"], r["path"]) for r in received] == [("GET", "/books")]


def test_list_with_all_params(client: Library, mock: MockServer) -> None:
    client.books.list(
        added_after="2025-01-02T03:04:05.123456Z",
        after="string",
        available=True,
        genre="fiction",
        limit=1,
        tags=["string", "string"],
    )
    received = mock.requests()[-1]
    params = received["params"]
    assert sorted(params) == [
        "added_after",
        "after",
        "available",
        "genre",
        "limit",
        "tags",
    ]
    assert received["query"]["added_after"] == texts("2025-01-02T03:04:05.123456Z", False)  # in the query
    assert received["query"]["after"] == texts("string", False)  # in the query
    assert received["query"]["available"] == texts(True, False)  # in the query
    assert received["query"]["genre"] == texts("fiction", False)  # in the query
    assert received["query"]["limit"] == texts(1, False)  # in the query
    assert received["query"]["tags"] == texts(["string", "string"], False)  # in the query


def test_list_raw_response(client: Library) -> None:
    response = client.books.with_raw_response.list()
    assert response.status_code == 200
    assert response.request_id
    parsed = response.parse()
    assert dump(parsed.body) == {
        "data": [{"id": "b1", "title": "Dune"}, {"id": "b2", "title": "Emma"}],
        "has_more": True,
    }


@pytest.mark.anyio
async def test_async_list_with_required_params(async_client: AsyncLibrary, mock: MockServer) -> None:
    page = await async_client.books.list()
    assert dump(page.body) == {"data": [{"id": "b1", "title": "Dune"}, {"id": "b2", "title": "Emma"}], "has_more": True}
    assert [(r["method"], r["path"]) for r in mock.requests()] == [("GET", "/books")]


@pytest.mark.anyio
async def test_async_list_raw_response(async_client: AsyncLibrary) -> None:
    response = await async_client.books.with_raw_response.list()
    assert response.status_code == 200


def test_list_iterates_every_page(client: Library, mock: MockServer) -> None:
    first = client.books.list()
    assert [x.id for x in first] == ["b1", "b2", "b3"]  # every item, the later pages fetched on the way
    received = mock.requests()
    assert [{k: v for k, v in r["params"].items() if k in ["after"]} for r in received] == [{}, {"after": "b2"}]
    assert [r["path"] for r in received] == ["/books"] * 2
    pages = list(first.iter_pages())
    assert len(pages) == 2 and not pages[-1].has_next_page()
    assert [x.id for p in pages for x in p.items] == ["b1", "b2", "b3"]


def test_list_next_page(client: Library) -> None:
    page = client.books.list()
    assert page.has_next_page()
    assert page.next_page_params() == {"after": "b2"}
    following = page.get_next_page()
    seen = [x.id for x in page.items] + [x.id for x in following.items]
    assert following.items and seen == ["b1", "b2", "b3"][: len(seen)]


@pytest.mark.anyio
async def test_async_list_iterates_every_page(async_client: AsyncLibrary, mock: MockServer) -> None:
    assert [x.id async for x in async_client.books.list()] == ["b1", "b2", "b3"]
    page = await async_client.books.list()
    assert [x.id async for x in page] == ["b1", "b2", "b3"]
    pages = [p async for p in page.iter_pages()]
    assert len(pages) == 2
    following = await page.get_next_page()
    assert [x.id for x in following.items] == ["b1", "b2", "b3"][
        len(page.items) : len(page.items) + len(following.items)
    ]


def test_list_sends_dates_as_text(client: Library, mock: MockServer) -> None:
    client.books.list(
        added_after=datetime.fromisoformat("2025-01-02T03:04:05.123456Z".replace("Z", "+00:00")),
        after="string",
        available=True,
        genre="fiction",
        limit=1,
        tags=["string", "string"],
    )
    params = mock.requests()[-1]["params"]
    assert params["added_after"] == "2025-01-02T03:04:05.123456Z"  # sent as RFC 3339 / YYYY-MM-DD, exactly


def test_rate_with_required_params(client: Library, mock: MockServer) -> None:
    result = client.books.rate(
        "string",
        stars=1,
    )
    assert isinstance(result, Book)
    assert dump(result) == {
        "id": "b 1/2?x=#%",
        "title": "Dune",
        "genre": "fiction",
        "tags": ["classic"],
        "isbn": "9780441013593",
        "author": {"name": "Frank Herbert", "born": "1920-10-08"},
        "metadata": {"shelf": "A3"},
        "added_at": "2025-01-02T03:04:05.123456Z",
    }  # every property kept, dates and times exactly as sent
    assert isinstance(result.added_at, datetime)
    received = mock.requests()
    assert [(r["method"], r["path"]) for r in received] == [("POST", "/books/{book_id}/ratings")]
    path = "/books/{book_id}/ratings".format(
        **{
            "book_id": quote(texts("string")[0], safe=""),
        }
    )
    assert received[0]["raw_path"].endswith(path)  # path values percent-encoded


def test_rate_with_all_params(client: Library, mock: MockServer) -> None:
    assert isinstance(
        client.books.rate(
            book_id="string",
            stars=1,
            moods=["happy", "happy"],
            spoilers=True,
        ),
        Book,
    )
    received = mock.requests()[-1]
    params = received["params"]
    assert sorted(params) == [
        "book_id",
        "moods",
        "spoilers",
        "stars",
    ]
    assert params["book_id"] == "string"  # in the path
    assert params["stars"] == 1  # in the body
    assert params["moods"] == ["happy", "happy"]  # in the body
    assert params["spoilers"] is True  # in the body


def test_rate_raw_response(client: Library) -> None:
    response = client.books.with_raw_response.rate(
        "string",
        stars=1,
    )
    assert response.status_code == 200
    assert response.request_id
    parsed = response.parse()
    assert isinstance(parsed, Book)


@pytest.mark.anyio
async def test_async_rate_with_required_params(async_client: AsyncLibrary, mock: MockServer) -> None:
    result = await async_client.books.rate(
        "string",
        stars=1,
    )
    assert isinstance(result, Book) and dump(result) == {
        "id": "b 1/2?x=#%",
        "title": "Dune",
        "genre": "fiction",
        "tags": ["classic"],
        "isbn": "9780441013593",
        "author": {"name": "Frank Herbert", "born": "1920-10-08"},
        "metadata": {"shelf": "A3"},
        "added_at": "2025-01-02T03:04:05.123456Z",
    }
    assert [(r["method"], r["path"]) for r in mock.requests()] == [("POST", "/books/{book_id}/ratings")]


@pytest.mark.anyio
async def test_async_rate_raw_response(async_client: AsyncLibrary) -> None:
    response = await async_client.books.with_raw_response.rate(
        "string",
        stars=1,
    )
    assert response.status_code == 200
    assert isinstance(response.parse(), Book)


def test_replace_with_required_params(client: Library, mock: MockServer) -> None:
    result = client.books.replace(
        "string",
        title="string",
    )
    assert isinstance(result, Book)
    assert dump(result) == {
        "id": "b 1/2?x=#%",
        "title": "Dune",
        "genre": "fiction",
        "tags": ["classic"],
        "isbn": "9780441013593",
        "author": {"name": "Frank Herbert", "born": "1920-10-08"},
        "metadata": {"shelf": "A3"},
        "added_at": "2025-01-02T03:04:05.123456Z",
    }  # every property kept, dates and times exactly as sent
    assert isinstance(result.added_at, datetime)
    received = mock.requests()
    assert [(r["method"], r["path"]) for r in received] == [("PUT", "/books/{book_id}")]
    path = "/books/{book_id}".format(
        **{
            "book_id": quote(texts("string")[0], safe=""),
        }
    )
    assert received[0]["raw_path"].endswith(path)  # path values percent-encoded


def test_replace_with_all_params(client: Library, mock: MockServer) -> None:
    assert isinstance(
        client.books.replace(
            book_id="string",
            title="string",
            version=1,
        ),
        Book,
    )
    received = mock.requests()[-1]
    params = received["params"]
    assert sorted(params) == [
        "book_id",
        "title",
        "version",
    ]
    assert params["book_id"] == "string"  # in the path
    assert params["title"] == "string"  # in the body
    assert received["query"]["version"] == texts(1, False)  # in the query


def test_replace_raw_response(client: Library) -> None:
    response = client.books.with_raw_response.replace(
        "string",
        title="string",
    )
    assert response.status_code == 200
    assert response.request_id
    parsed = response.parse()
    assert isinstance(parsed, Book)


@pytest.mark.anyio
async def test_async_replace_with_required_params(async_client: AsyncLibrary, mock: MockServer) -> None:
    result = await async_client.books.replace(
        "string",
        title="string",
    )
    assert isinstance(result, Book) and dump(result) == {
        "id": "b 1/2?x=#%",
        "title": "Dune",
        "genre": "fiction",
        "tags": ["classic"],
        "isbn": "9780441013593",
        "author": {"name": "Frank Herbert", "born": "1920-10-08"},
        "metadata": {"shelf": "A3"},
        "added_at": "2025-01-02T03:04:05.123456Z",
    }
    assert [(r["method"], r["path"]) for r in mock.requests()] == [("PUT", "/books/{book_id}")]


@pytest.mark.anyio
async def test_async_replace_raw_response(async_client: AsyncLibrary) -> None:
    response = await async_client.books.with_raw_response.replace(
        "string",
        title="string",
    )
    assert response.status_code == 200
    assert isinstance(response.parse(), Book)


def test_retrieve_with_required_params(client: Library, mock: MockServer) -> None:
    result = client.books.retrieve(
        "b 1/2?x=#%",
    )
    assert isinstance(result, Book)
    assert dump(result) == {
        "id": "b 1/2?x=#%",
        "title": "Dune",
        "genre": "fiction",
        "tags": ["classic"],
        "isbn": "9780441013593",
        "author": {"name": "Frank Herbert", "born": "1920-10-08"},
        "metadata": {"shelf": "A3"},
        "added_at": "2025-01-02T03:04:05.123456Z",
    }  # every property kept, dates and times exactly as sent
    assert isinstance(result.added_at, datetime)
    received = mock.requests()
    assert [(r["method"], r["path"]) for r in received] == [("GET", "/books/{book_id}")]
    path = "/books/{book_id}".format(
        **{
            "book_id": quote(texts("b 1/2?x=#%")[0], safe=""),
        }
    )
    assert received[0]["raw_path"].endswith(path)  # path values percent-encoded


def test_retrieve_with_all_params(client: Library, mock: MockServer) -> None:
    assert isinstance(
        client.books.retrieve(
            book_id="b 1/2?x=#%",
            fields=["title", "title"],
        ),
        Book,
    )
    received = mock.requests()[-1]
    params = received["params"]
    assert sorted(params) == [
        "book_id",
        "fields",
    ]
    assert params["book_id"] == "b 1/2?x=#%"  # in the path
    assert received["query"]["fields"] == texts(["title", "title"], True)  # in the query


def test_retrieve_raw_response(client: Library) -> None:
    response = client.books.with_raw_response.retrieve(
        "b 1/2?x=#%",
    )
    assert response.status_code == 200
    assert response.request_id
    parsed = response.parse()
    assert isinstance(parsed, Book)


@pytest.mark.anyio
async def test_async_retrieve_with_required_params(async_client: AsyncLibrary, mock: MockServer) -> None:
    result = await async_client.books.retrieve(
        "b 1/2?x=#%",
    )
    assert isinstance(result, Book) and dump(result) == {
        "id": "b 1/2?x=#%",
        "title": "Dune",
        "genre": "fiction",
        "tags": ["classic"],
        "isbn": "9780441013593",
        "author": {"name": "Frank Herbert", "born": "1920-10-08"},
        "metadata": {"shelf": "A3"},
        "added_at": "2025-01-02T03:04:05.123456Z",
    }
    assert [(r["method"], r["path"]) for r in mock.requests()] == [("GET", "/books/{book_id}")]


@pytest.mark.anyio
async def test_async_retrieve_raw_response(async_client: AsyncLibrary) -> None:
    response = await async_client.books.with_raw_response.retrieve(
        "b 1/2?x=#%",
    )
    assert response.status_code == 200
    assert isinstance(response.parse(), Book)


def test_similar_with_required_params(client: Library, mock: MockServer) -> None:
    result = client.books.similar(
        "string",
    )
    assert isinstance(result, list) and all(isinstance(x, Book) for x in result)
    assert [dump(x) for x in result] == [
        {
            "id": "b 1/2?x=#%",
            "title": "Dune",
            "genre": "fiction",
            "tags": ["classic"],
            "isbn": "9780441013593",
            "author": {"name": "Frank Herbert", "born": "1920-10-08"},
            "metadata": {"shelf": "A3"},
            "added_at": "2025-01-02T03:04:05.123456Z",
        },
        {
            "id": "b 1/2?x=#%",
            "title": "Dune",
            "genre": "fiction",
            "tags": ["classic"],
            "isbn": "9780441013593",
            "author": {"name": "Frank Herbert", "born": "1920-10-08"},
            "metadata": {"shelf": "A3"},
            "added_at": "2025-01-02T03:04:05.123456Z",
        },
    ]
    received = mock.requests()
    assert [(r["method"], r["path"]) for r in received] == [("GET", "/books/{book_id}/similar")]
    path = "/books/{book_id}/similar".format(
        **{
            "book_id": quote(texts("string")[0], safe=""),
        }
    )
    assert received[0]["raw_path"].endswith(path)  # path values percent-encoded


def test_similar_with_all_params(client: Library, mock: MockServer) -> None:
    client.books.similar(
        book_id="string",
    )
    received = mock.requests()[-1]
    params = received["params"]
    assert sorted(params) == [
        "book_id",
    ]
    assert params["book_id"] == "string"  # in the path


def test_similar_raw_response(client: Library) -> None:
    response = client.books.with_raw_response.similar(
        "string",
    )
    assert response.status_code == 200
    assert response.request_id
    parsed = response.parse()
    assert [dump(x) for x in parsed] == [
        {
            "id": "b 1/2?x=#%",
            "title": "Dune",
            "genre": "fiction",
            "tags": ["classic"],
            "isbn": "9780441013593",
            "author": {"name": "Frank Herbert", "born": "1920-10-08"},
            "metadata": {"shelf": "A3"},
            "added_at": "2025-01-02T03:04:05.123456Z",
        },
        {
            "id": "b 1/2?x=#%",
            "title": "Dune",
            "genre": "fiction",
            "tags": ["classic"],
            "isbn": "9780441013593",
            "author": {"name": "Frank Herbert", "born": "1920-10-08"},
            "metadata": {"shelf": "A3"},
            "added_at": "2025-01-02T03:04:05.123456Z",
        },
    ]


@pytest.mark.anyio
async def test_async_similar_with_required_params(async_client: AsyncLibrary, mock: MockServer) -> None:
    result = await async_client.books.similar(
        "string",
    )
    assert [dump(x) for x in result] == [
        {
            "id": "b 1/2?x=#%",
            "title": "Dune",
            "genre": "fiction",
            "tags": ["classic"],
            "isbn": "9780441013593",
            "author": {"name": "Frank Herbert", "born": "1920-10-08"},
            "metadata": {"shelf": "A3"},
            "added_at": "2025-01-02T03:04:05.123456Z",
        },
        {
            "id": "b 1/2?x=#%",
            "title": "Dune",
            "genre": "fiction",
            "tags": ["classic"],
            "isbn": "9780441013593",
            "author": {"name": "Frank Herbert", "born": "1920-10-08"},
            "metadata": {"shelf": "A3"},
            "added_at": "2025-01-02T03:04:05.123456Z",
        },
    ]
    assert [(r["method"], r["path"]) for r in mock.requests()] == [("GET", "/books/{book_id}/similar")]


@pytest.mark.anyio
async def test_async_similar_raw_response(async_client: AsyncLibrary) -> None:
    response = await async_client.books.with_raw_response.similar(
        "string",
    )
    assert response.status_code == 200


def test_stats_with_required_params(client: Library, mock: MockServer) -> None:
    result = client.books.stats()
    assert isinstance(result, Stats)
    assert dump(result) == {
        "total": 3,
        "fiction": 2,
        "history": 1,
    }  # every property kept, dates and times exactly as sent
    assert result.model_extra == {
        "fiction": 2,
        "history": 1,
    }  # the properties beyond the known ones
    received = mock.requests()
    assert [(r["method"], r["path"]) for r in received] == [("GET", "/books/stats")]


def test_stats_with_all_params(client: Library, mock: MockServer) -> None:
    assert isinstance(client.books.stats(), Stats)
    received = mock.requests()[-1]
    params = received["params"]
    assert sorted(params) == []


def test_stats_raw_response(client: Library) -> None:
    response = client.books.with_raw_response.stats()
    assert response.status_code == 200
    assert response.request_id
    parsed = response.parse()
    assert isinstance(parsed, Stats)


@pytest.mark.anyio
async def test_async_stats_with_required_params(async_client: AsyncLibrary, mock: MockServer) -> None:
    result = await async_client.books.stats()
    assert isinstance(result, Stats) and dump(result) == {"total": 3, "fiction": 2, "history": 1}
    assert [(r["method"], r["path"]) for r in mock.requests()] == [("GET", "/books/stats")]


@pytest.mark.anyio
async def test_async_stats_raw_response(async_client: AsyncLibrary) -> None:
    response = await async_client.books.with_raw_response.stats()
    assert response.status_code == 200
    assert isinstance(response.parse(), Stats)


def test_summary_with_required_params(client: Library, mock: MockServer) -> None:
    result = client.books.summary(
        "string",
    )
    assert result == "A text answer, line one.\nLine two: naïve café ✓"
    received = mock.requests()
    assert [(r["method"], r["path"]) for r in received] == [("GET", "/books/{book_id}/summary")]
    path = "/books/{book_id}/summary".format(
        **{
            "book_id": quote(texts("string")[0], safe=""),
        }
    )
    assert received[0]["raw_path"].endswith(path)  # path values percent-encoded


def test_summary_with_all_params(client: Library, mock: MockServer) -> None:
    client.books.summary(
        book_id="string",
    )
    received = mock.requests()[-1]
    params = received["params"]
    assert sorted(params) == [
        "book_id",
    ]
    assert params["book_id"] == "string"  # in the path


def test_summary_raw_response(client: Library) -> None:
    response = client.books.with_raw_response.summary(
        "string",
    )
    assert response.status_code == 200
    assert response.request_id
    parsed = response.parse()
    assert parsed == "A text answer, line one.\nLine two: naïve café ✓"


@pytest.mark.anyio
async def test_async_summary_with_required_params(async_client: AsyncLibrary, mock: MockServer) -> None:
    result = await async_client.books.summary(
        "string",
    )
    assert result == "A text answer, line one.\nLine two: naïve café ✓"
    assert [(r["method"], r["path"]) for r in mock.requests()] == [("GET", "/books/{book_id}/summary")]


@pytest.mark.anyio
async def test_async_summary_raw_response(async_client: AsyncLibrary) -> None:
    response = await async_client.books.with_raw_response.summary(
        "string",
    )
    assert response.status_code == 200


def test_update_with_required_params(client: Library, mock: MockServer) -> None:
    result = client.books.update(
        "string",
    )
    assert isinstance(result, Book)
    assert dump(result) == {
        "id": "b 1/2?x=#%",
        "title": "Dune",
        "genre": "fiction",
        "tags": ["classic"],
        "isbn": "9780441013593",
        "author": {"name": "Frank Herbert", "born": "1920-10-08"},
        "metadata": {"shelf": "A3"},
        "added_at": "2025-01-02T03:04:05.123456Z",
    }  # every property kept, dates and times exactly as sent
    assert isinstance(result.added_at, datetime)
    received = mock.requests()
    assert [(r["method"], r["path"]) for r in received] == [("PATCH", "/books/{book_id}")]
    path = "/books/{book_id}".format(
        **{
            "book_id": quote(texts("string")[0], safe=""),
        }
    )
    assert received[0]["raw_path"].endswith(path)  # path values percent-encoded


def test_update_with_all_params(client: Library, mock: MockServer) -> None:
    assert isinstance(
        client.books.update(
            book_id="string",
            genre="fiction",
            title="string",
        ),
        Book,
    )
    received = mock.requests()[-1]
    params = received["params"]
    assert sorted(params) == [
        "book_id",
        "genre",
        "title",
    ]
    assert params["book_id"] == "string"  # in the path
    assert params["genre"] == "fiction"  # in the body
    assert params["title"] == "string"  # in the body


def test_update_raw_response(client: Library) -> None:
    response = client.books.with_raw_response.update(
        "string",
    )
    assert response.status_code == 200
    assert response.request_id
    parsed = response.parse()
    assert isinstance(parsed, Book)


@pytest.mark.anyio
async def test_async_update_with_required_params(async_client: AsyncLibrary, mock: MockServer) -> None:
    result = await async_client.books.update(
        "string",
    )
    assert isinstance(result, Book) and dump(result) == {
        "id": "b 1/2?x=#%",
        "title": "Dune",
        "genre": "fiction",
        "tags": ["classic"],
        "isbn": "9780441013593",
        "author": {"name": "Frank Herbert", "born": "1920-10-08"},
        "metadata": {"shelf": "A3"},
        "added_at": "2025-01-02T03:04:05.123456Z",
    }
    assert [(r["method"], r["path"]) for r in mock.requests()] == [("PATCH", "/books/{book_id}")]


@pytest.mark.anyio
async def test_async_update_raw_response(async_client: AsyncLibrary) -> None:
    response = await async_client.books.with_raw_response.update(
        "string",
    )
    assert response.status_code == 200
    assert isinstance(response.parse(), Book)


def test_upload_cover_with_required_params(client: Library, mock: MockServer) -> None:
    result = client.books.upload_cover(
        "string",
        cover=PNG,
    )
    assert isinstance(result, Book)
    assert dump(result) == {
        "id": "b 1/2?x=#%",
        "title": "Dune",
        "genre": "fiction",
        "tags": ["classic"],
        "isbn": "9780441013593",
        "author": {"name": "Frank Herbert", "born": "1920-10-08"},
        "metadata": {"shelf": "A3"},
        "added_at": "2025-01-02T03:04:05.123456Z",
    }  # every property kept, dates and times exactly as sent
    assert isinstance(result.added_at, datetime)
    received = mock.requests()
    assert [(r["method"], r["path"]) for r in received] == [("PUT", "/books/{book_id}/cover")]
    path = "/books/{book_id}/cover".format(
        **{
            "book_id": quote(texts("string")[0], safe=""),
        }
    )
    assert received[0]["raw_path"].endswith(path)  # path values percent-encoded
    assert received[0]["params"]["cover"]["content_type"] == "image/png"  # one part named "cover", not "cover[]"


def test_upload_cover_with_all_params(client: Library, mock: MockServer) -> None:
    assert isinstance(
        client.books.upload_cover(
            book_id="string",
            cover=PNG,
        ),
        Book,
    )
    received = mock.requests()[-1]
    params = received["params"]
    assert sorted(params) == [
        "book_id",
        "cover",
    ]
    assert params["book_id"] == "string"  # in the path
    files = params["cover"] if isinstance(params["cover"], list) else [params["cover"]]
    assert files and all(f["content_type"] == "image/png" and f["size"] == len(PNG) for f in files)


def test_upload_cover_raw_response(client: Library) -> None:
    response = client.books.with_raw_response.upload_cover(
        "string",
        cover=PNG,
    )
    assert response.status_code == 200
    assert response.request_id
    parsed = response.parse()
    assert isinstance(parsed, Book)


@pytest.mark.anyio
async def test_async_upload_cover_with_required_params(async_client: AsyncLibrary, mock: MockServer) -> None:
    result = await async_client.books.upload_cover(
        "string",
        cover=PNG,
    )
    assert isinstance(result, Book) and dump(result) == {
        "id": "b 1/2?x=#%",
        "title": "Dune",
        "genre": "fiction",
        "tags": ["classic"],
        "isbn": "9780441013593",
        "author": {"name": "Frank Herbert", "born": "1920-10-08"},
        "metadata": {"shelf": "A3"},
        "added_at": "2025-01-02T03:04:05.123456Z",
    }
    assert [(r["method"], r["path"]) for r in mock.requests()] == [("PUT", "/books/{book_id}/cover")]


@pytest.mark.anyio
async def test_async_upload_cover_raw_response(async_client: AsyncLibrary) -> None:
    response = await async_client.books.with_raw_response.upload_cover(
        "string",
        cover=PNG,
    )
    assert response.status_code == 200
    assert isinstance(response.parse(), Book)
