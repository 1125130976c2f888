# File generated from spec.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.

"""Every method of `books` over real HTTP against the mock server: required params,
all params, files, raw responses and streams (each event's type and fields), sync and async."""

from __future__ import annotations

import pytest
from conftest import PNG, MockServer

from library_api import AsyncLibrary, BadRequestError, Library, ParamValidationError
from library_api.types import Book, BookDeleted, BookList

_ = (PNG, BadRequestError, ParamValidationError)


def test_create_with_required_params(client: Library, mock: MockServer) -> None:
    result = client.books.create(
        title="string",
    )
    assert isinstance(result, Book)
    received = mock.requests()
    assert [(r["method"], r["path"]) for r in received] == [("POST", "/books")]


def test_create_with_all_params(client: Library, mock: MockServer) -> None:
    result = client.books.create(
        title="string",
        genre="fiction",
        request_source="string",
        tags=["string", "string"],
    )
    assert isinstance(result, Book)
    params = mock.requests()[-1]["params"]
    assert sorted(params) == [
        "genre",
        "request_source",
        "tags",
        "title",
    ]
    assert params["request_source"] == "string"  # sent in the header
    assert result.model_dump(mode="json", exclude_none=True)


def test_create_raw_response(client: Library) -> None:
    response = client.books.with_raw_response.create(
        title="string",
    )
    assert response.status_code == 200
    assert response.request_id
    assert isinstance(response.parse(), Book)


@pytest.mark.anyio
async def test_async_create_with_required_params(async_client: AsyncLibrary, mock: MockServer) -> None:
    result = await async_client.books.create(
        title="string",
    )
    assert isinstance(result, Book)
    assert [(r["method"], r["path"]) for r in mock.requests()] == [("POST", "/books")]


@pytest.mark.anyio
async def test_async_create_with_all_params(async_client: AsyncLibrary) -> None:
    result = await async_client.books.create(
        title="string",
        genre="fiction",
        request_source="string",
        tags=["string", "string"],
    )
    assert isinstance(result, Book)


@pytest.mark.anyio
async def test_async_create_raw_response(async_client: AsyncLibrary) -> None:
    response = await async_client.books.with_raw_response.create(
        title="string",
    )
    assert response.status_code == 200
    assert isinstance(response.parse(), Book)


def test_delete_with_required_params(client: Library, mock: MockServer) -> None:
    result = client.books.delete(
        book_id="string",
    )
    assert isinstance(result, BookDeleted)
    received = mock.requests()
    assert [(r["method"], r["path"]) for r in received] == [("DELETE", "/books/{book_id}")]


def test_delete_with_all_params(client: Library, mock: MockServer) -> None:
    result = client.books.delete(
        book_id="string",
    )
    assert isinstance(result, BookDeleted)
    params = mock.requests()[-1]["params"]
    assert sorted(params) == [
        "book_id",
    ]
    assert params["book_id"] == "string"  # sent in the path
    assert result.model_dump(mode="json", exclude_none=True)


def test_delete_raw_response(client: Library) -> None:
    response = client.books.with_raw_response.delete(
        book_id="string",
    )
    assert response.status_code == 200
    assert response.request_id
    assert isinstance(response.parse(), BookDeleted)


@pytest.mark.anyio
async def test_async_delete_with_required_params(async_client: AsyncLibrary, mock: MockServer) -> None:
    result = await async_client.books.delete(
        book_id="string",
    )
    assert isinstance(result, BookDeleted)
    assert [(r["method"], r["path"]) for r in mock.requests()] == [("DELETE", "/books/{book_id}")]


@pytest.mark.anyio
async def test_async_delete_with_all_params(async_client: AsyncLibrary) -> None:
    result = await async_client.books.delete(
        book_id="string",
    )
    assert isinstance(result, BookDeleted)


@pytest.mark.anyio
async def test_async_delete_raw_response(async_client: AsyncLibrary) -> None:
    response = await async_client.books.with_raw_response.delete(
        book_id="string",
    )
    assert response.status_code == 200
    assert isinstance(response.parse(), BookDeleted)


def test_list_with_required_params(client: Library, mock: MockServer) -> None:
    result = client.books.list()
    assert isinstance(result, BookList)
    received = mock.requests()
    assert [(r["method"], r["path"]) for r in received] == [("GET", "/books")]


def test_list_with_all_params(client: Library, mock: MockServer) -> None:
    result = client.books.list(
        after="string",
        available=True,
        genre="fiction",
        limit=1,
        tags=["string", "string"],
    )
    assert isinstance(result, BookList)
    params = mock.requests()[-1]["params"]
    assert sorted(params) == [
        "after",
        "available",
        "genre",
        "limit",
        "tags",
    ]
    assert params["after"] == "string"  # sent in the query
    assert params["available"] is True  # sent in the query
    assert params["genre"] == "fiction"  # sent in the query
    assert params["limit"] == 1  # sent in the query
    assert params["tags"] == ["string", "string"]  # sent in the query
    assert result.model_dump(mode="json", exclude_none=True)


def test_list_raw_response(client: Library) -> None:
    response = client.books.with_raw_response.list()
    assert response.status_code == 200
    assert response.request_id
    assert isinstance(response.parse(), BookList)


@pytest.mark.anyio
async def test_async_list_with_required_params(async_client: AsyncLibrary, mock: MockServer) -> None:
    result = await async_client.books.list()
    assert isinstance(result, BookList)
    assert [(r["method"], r["path"]) for r in mock.requests()] == [("GET", "/books")]


@pytest.mark.anyio
async def test_async_list_with_all_params(async_client: AsyncLibrary) -> None:
    result = await async_client.books.list(
        after="string",
        available=True,
        genre="fiction",
        limit=1,
        tags=["string", "string"],
    )
    assert isinstance(result, BookList)


@pytest.mark.anyio
async def test_async_list_raw_response(async_client: AsyncLibrary) -> None:
    response = await async_client.books.with_raw_response.list()
    assert response.status_code == 200
    assert isinstance(response.parse(), BookList)


def test_rate_with_required_params(client: Library, mock: MockServer) -> None:
    result = client.books.rate(
        book_id="string",
        stars=1,
    )
    assert isinstance(result, Book)
    received = mock.requests()
    assert [(r["method"], r["path"]) for r in received] == [("POST", "/books/{book_id}/ratings")]


def test_rate_with_all_params(client: Library, mock: MockServer) -> None:
    result = client.books.rate(
        book_id="string",
        stars=1,
        moods=["happy", "happy"],
        spoilers=True,
    )
    assert isinstance(result, Book)
    params = mock.requests()[-1]["params"]
    assert sorted(params) == [
        "book_id",
        "moods",
        "spoilers",
        "stars",
    ]
    assert params["book_id"] == "string"  # sent in the path
    assert result.model_dump(mode="json", exclude_none=True)


def test_rate_raw_response(client: Library) -> None:
    response = client.books.with_raw_response.rate(
        book_id="string",
        stars=1,
    )
    assert response.status_code == 200
    assert response.request_id
    assert isinstance(response.parse(), Book)


@pytest.mark.anyio
async def test_async_rate_with_required_params(async_client: AsyncLibrary, mock: MockServer) -> None:
    result = await async_client.books.rate(
        book_id="string",
        stars=1,
    )
    assert isinstance(result, Book)
    assert [(r["method"], r["path"]) for r in mock.requests()] == [("POST", "/books/{book_id}/ratings")]


@pytest.mark.anyio
async def test_async_rate_with_all_params(async_client: AsyncLibrary) -> None:
    result = await async_client.books.rate(
        book_id="string",
        stars=1,
        moods=["happy", "happy"],
        spoilers=True,
    )
    assert isinstance(result, Book)


@pytest.mark.anyio
async def test_async_rate_raw_response(async_client: AsyncLibrary) -> None:
    response = await async_client.books.with_raw_response.rate(
        book_id="string",
        stars=1,
    )
    assert response.status_code == 200
    assert isinstance(response.parse(), Book)


def test_replace_with_required_params(client: Library, mock: MockServer) -> None:
    result = client.books.replace(
        book_id="string",
        title="string",
    )
    assert isinstance(result, Book)
    received = mock.requests()
    assert [(r["method"], r["path"]) for r in received] == [("PUT", "/books/{book_id}")]


def test_replace_with_all_params(client: Library, mock: MockServer) -> None:
    result = client.books.replace(
        book_id="string",
        title="string",
        version=1,
    )
    assert isinstance(result, Book)
    params = mock.requests()[-1]["params"]
    assert sorted(params) == [
        "book_id",
        "title",
        "version",
    ]
    assert params["book_id"] == "string"  # sent in the path
    assert params["version"] == 1  # sent in the query
    assert result.model_dump(mode="json", exclude_none=True)


def test_replace_raw_response(client: Library) -> None:
    response = client.books.with_raw_response.replace(
        book_id="string",
        title="string",
    )
    assert response.status_code == 200
    assert response.request_id
    assert isinstance(response.parse(), Book)


@pytest.mark.anyio
async def test_async_replace_with_required_params(async_client: AsyncLibrary, mock: MockServer) -> None:
    result = await async_client.books.replace(
        book_id="string",
        title="string",
    )
    assert isinstance(result, Book)
    assert [(r["method"], r["path"]) for r in mock.requests()] == [("PUT", "/books/{book_id}")]


@pytest.mark.anyio
async def test_async_replace_with_all_params(async_client: AsyncLibrary) -> None:
    result = await async_client.books.replace(
        book_id="string",
        title="string",
        version=1,
    )
    assert isinstance(result, Book)


@pytest.mark.anyio
async def test_async_replace_raw_response(async_client: AsyncLibrary) -> None:
    response = await async_client.books.with_raw_response.replace(
        book_id="string",
        title="string",
    )
    assert response.status_code == 200
    assert isinstance(response.parse(), Book)


def test_retrieve_with_required_params(client: Library, mock: MockServer) -> None:
    result = client.books.retrieve(
        book_id="b 1/2?x=#%",
    )
    assert isinstance(result, Book)
    received = mock.requests()
    assert [(r["method"], r["path"]) for r in received] == [("GET", "/books/{book_id}")]


def test_retrieve_with_all_params(client: Library, mock: MockServer) -> None:
    result = client.books.retrieve(
        book_id="b 1/2?x=#%",
        fields=["title", "title"],
    )
    assert isinstance(result, Book)
    params = mock.requests()[-1]["params"]
    assert sorted(params) == [
        "book_id",
        "fields",
    ]
    assert params["book_id"] == "b 1/2?x=#%"  # sent in the path
    assert params["fields"] == ["title", "title"]  # sent in the query
    assert result.model_dump(mode="json", exclude_none=True)


def test_retrieve_raw_response(client: Library) -> None:
    response = client.books.with_raw_response.retrieve(
        book_id="b 1/2?x=#%",
    )
    assert response.status_code == 200
    assert response.request_id
    assert isinstance(response.parse(), Book)


@pytest.mark.anyio
async def test_async_retrieve_with_required_params(async_client: AsyncLibrary, mock: MockServer) -> None:
    result = await async_client.books.retrieve(
        book_id="b 1/2?x=#%",
    )
    assert isinstance(result, Book)
    assert [(r["method"], r["path"]) for r in mock.requests()] == [("GET", "/books/{book_id}")]


@pytest.mark.anyio
async def test_async_retrieve_with_all_params(async_client: AsyncLibrary) -> None:
    result = await async_client.books.retrieve(
        book_id="b 1/2?x=#%",
        fields=["title", "title"],
    )
    assert isinstance(result, Book)


@pytest.mark.anyio
async def test_async_retrieve_raw_response(async_client: AsyncLibrary) -> None:
    response = await async_client.books.with_raw_response.retrieve(
        book_id="b 1/2?x=#%",
    )
    assert response.status_code == 200
    assert isinstance(response.parse(), Book)


def test_update_with_required_params(client: Library, mock: MockServer) -> None:
    result = client.books.update(
        book_id="string",
    )
    assert isinstance(result, Book)
    received = mock.requests()
    assert [(r["method"], r["path"]) for r in received] == [("PATCH", "/books/{book_id}")]


def test_update_with_all_params(client: Library, mock: MockServer) -> None:
    result = client.books.update(
        book_id="string",
        genre="fiction",
        title="string",
    )
    assert isinstance(result, Book)
    params = mock.requests()[-1]["params"]
    assert sorted(params) == [
        "book_id",
        "genre",
        "title",
    ]
    assert params["book_id"] == "string"  # sent in the path
    assert result.model_dump(mode="json", exclude_none=True)


def test_update_raw_response(client: Library) -> None:
    response = client.books.with_raw_response.update(
        book_id="string",
    )
    assert response.status_code == 200
    assert response.request_id
    assert isinstance(response.parse(), Book)


@pytest.mark.anyio
async def test_async_update_with_required_params(async_client: AsyncLibrary, mock: MockServer) -> None:
    result = await async_client.books.update(
        book_id="string",
    )
    assert isinstance(result, Book)
    assert [(r["method"], r["path"]) for r in mock.requests()] == [("PATCH", "/books/{book_id}")]


@pytest.mark.anyio
async def test_async_update_with_all_params(async_client: AsyncLibrary) -> None:
    result = await async_client.books.update(
        book_id="string",
        genre="fiction",
        title="string",
    )
    assert isinstance(result, Book)


@pytest.mark.anyio
async def test_async_update_raw_response(async_client: AsyncLibrary) -> None:
    response = await async_client.books.with_raw_response.update(
        book_id="string",
    )
    assert response.status_code == 200
    assert isinstance(response.parse(), Book)


def test_upload_cover_with_required_params(client: Library, mock: MockServer) -> None:
    result = client.books.upload_cover(
        book_id="string",
        cover=PNG,
    )
    assert isinstance(result, Book)
    received = mock.requests()
    assert [(r["method"], r["path"]) for r in received] == [("PUT", "/books/{book_id}/cover")]
    assert received[0]["params"]["cover"]["content_type"] == "image/png"  # one part named "cover", not "cover[]"


def test_upload_cover_with_all_params(client: Library, mock: MockServer) -> None:
    result = client.books.upload_cover(
        book_id="string",
        cover=PNG,
    )
    assert isinstance(result, Book)
    params = mock.requests()[-1]["params"]
    assert sorted(params) == [
        "book_id",
        "cover",
    ]
    assert params["book_id"] == "string"  # sent in the path
    files = params["cover"] if isinstance(params["cover"], list) else [params["cover"]]
    assert files and all(f["content_type"] == "image/png" and f["size"] == len(PNG) for f in files)
    assert result.model_dump(mode="json", exclude_none=True)


def test_upload_cover_raw_response(client: Library) -> None:
    response = client.books.with_raw_response.upload_cover(
        book_id="string",
        cover=PNG,
    )
    assert response.status_code == 200
    assert response.request_id
    assert isinstance(response.parse(), Book)


@pytest.mark.anyio
async def test_async_upload_cover_with_required_params(async_client: AsyncLibrary, mock: MockServer) -> None:
    result = await async_client.books.upload_cover(
        book_id="string",
        cover=PNG,
    )
    assert isinstance(result, Book)
    assert [(r["method"], r["path"]) for r in mock.requests()] == [("PUT", "/books/{book_id}/cover")]


@pytest.mark.anyio
async def test_async_upload_cover_with_all_params(async_client: AsyncLibrary) -> None:
    result = await async_client.books.upload_cover(
        book_id="string",
        cover=PNG,
    )
    assert isinstance(result, Book)


@pytest.mark.anyio
async def test_async_upload_cover_raw_response(async_client: AsyncLibrary) -> None:
    response = await async_client.books.with_raw_response.upload_cover(
        book_id="string",
        cover=PNG,
    )
    assert response.status_code == 200
    assert isinstance(response.parse(), Book)
