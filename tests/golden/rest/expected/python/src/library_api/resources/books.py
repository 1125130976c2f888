# File generated from spec.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.


from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, NotGiven
from .._validation import operation

if TYPE_CHECKING:
    from typing import Optional

    from httpx import Timeout
    from typing_extensions import Literal

    from .._types import Body, FileTypes, Headers, Query, SequenceNotStr
    from ..types.book import Book
    from ..types.book_deleted import BookDeleted
    from ..types.book_list import BookList
    from ..types.genre import Genre

__all__ = ["Books", "AsyncBooks"]


class Books(SyncAPIResource):
    """The books of the catalog."""

    @cached_property
    def with_raw_response(self) -> BooksWithRawResponse:
        """Call a method through this to get the raw response (headers, status) with `.parse()`."""
        return BooksWithRawResponse(self)

    def create(
        self,
        *,
        title: str,
        genre: Optional[Genre] | NotGiven = NOT_GIVEN,
        request_source: Optional[str] | NotGiven = NOT_GIVEN,
        tags: Optional[SequenceNotStr[str]] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Book:
        """
        extra_headers: Send extra headers

        extra_query: Add additional query parameters to the request

        extra_body: Add additional JSON properties to the request

        timeout: Override the client-level default timeout for this request, in seconds"""

        from ..types.book import Book

        return self._client.request(
            operation("books.create"),
            {
                "title": title,
                "genre": genre,
                "request_source": request_source,
                "tags": tags,
            },
            cast_to=Book,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def delete(
        self,
        book_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BookDeleted:
        """
        extra_headers: Send extra headers

        extra_query: Add additional query parameters to the request

        extra_body: Add additional JSON properties to the request

        timeout: Override the client-level default timeout for this request, in seconds"""

        from ..types.book_deleted import BookDeleted

        return self._client.request(
            operation("books.delete"),
            {
                "book_id": book_id,
            },
            cast_to=BookDeleted,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def list(
        self,
        *,
        after: Optional[str] | NotGiven = NOT_GIVEN,
        available: Optional[bool] | NotGiven = NOT_GIVEN,
        genre: Optional[Genre] | NotGiven = NOT_GIVEN,
        limit: Optional[int] | NotGiven = NOT_GIVEN,
        tags: Optional[SequenceNotStr[str]] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BookList:
        """
        extra_headers: Send extra headers

        extra_query: Add additional query parameters to the request

        extra_body: Add additional JSON properties to the request

        timeout: Override the client-level default timeout for this request, in seconds"""

        from ..types.book_list import BookList

        return self._client.request(
            operation("books.list"),
            {
                "after": after,
                "available": available,
                "genre": genre,
                "limit": limit,
                "tags": tags,
            },
            cast_to=BookList,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def rate(
        self,
        book_id: str,
        *,
        stars: int,
        moods: Optional[SequenceNotStr[Literal["happy", "sad"]]] | NotGiven = NOT_GIVEN,
        spoilers: Optional[bool] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Book:
        """
        extra_headers: Send extra headers

        extra_query: Add additional query parameters to the request

        extra_body: Add additional JSON properties to the request

        timeout: Override the client-level default timeout for this request, in seconds"""

        from ..types.book import Book

        return self._client.request(
            operation("books.rate"),
            {
                "book_id": book_id,
                "stars": stars,
                "moods": moods,
                "spoilers": spoilers,
            },
            cast_to=Book,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def replace(
        self,
        book_id: str,
        *,
        title: str,
        version: Optional[int] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Book:
        """
        extra_headers: Send extra headers

        extra_query: Add additional query parameters to the request

        extra_body: Add additional JSON properties to the request

        timeout: Override the client-level default timeout for this request, in seconds"""

        from ..types.book import Book

        return self._client.request(
            operation("books.replace"),
            {
                "book_id": book_id,
                "title": title,
                "version": version,
            },
            cast_to=Book,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def retrieve(
        self,
        book_id: str,
        *,
        fields: Optional[SequenceNotStr[Literal["title", "genre", "tags"]]] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Book:
        """
        extra_headers: Send extra headers

        extra_query: Add additional query parameters to the request

        extra_body: Add additional JSON properties to the request

        timeout: Override the client-level default timeout for this request, in seconds"""

        from ..types.book import Book

        return self._client.request(
            operation("books.retrieve"),
            {
                "book_id": book_id,
                "fields": fields,
            },
            cast_to=Book,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def update(
        self,
        book_id: str,
        *,
        genre: Optional[Genre] | NotGiven = NOT_GIVEN,
        title: Optional[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Book:
        """
        extra_headers: Send extra headers

        extra_query: Add additional query parameters to the request

        extra_body: Add additional JSON properties to the request

        timeout: Override the client-level default timeout for this request, in seconds"""

        from ..types.book import Book

        return self._client.request(
            operation("books.update"),
            {
                "book_id": book_id,
                "genre": genre,
                "title": title,
            },
            cast_to=Book,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def upload_cover(
        self,
        book_id: str,
        *,
        cover: FileTypes,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Book:
        """
        extra_headers: Send extra headers

        extra_query: Add additional query parameters to the request

        extra_body: Add additional JSON properties to the request

        timeout: Override the client-level default timeout for this request, in seconds"""

        from ..types.book import Book

        return self._client.request(
            operation("books.upload_cover"),
            {
                "book_id": book_id,
                "cover": cover,
            },
            cast_to=Book,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncBooks(AsyncAPIResource):
    """The books of the catalog."""

    @cached_property
    def with_raw_response(self) -> AsyncBooksWithRawResponse:
        """Call a method through this to get the raw response (headers, status) with `.parse()`."""
        return AsyncBooksWithRawResponse(self)

    async def create(
        self,
        *,
        title: str,
        genre: Optional[Genre] | NotGiven = NOT_GIVEN,
        request_source: Optional[str] | NotGiven = NOT_GIVEN,
        tags: Optional[SequenceNotStr[str]] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Book:
        """
        extra_headers: Send extra headers

        extra_query: Add additional query parameters to the request

        extra_body: Add additional JSON properties to the request

        timeout: Override the client-level default timeout for this request, in seconds"""

        from ..types.book import Book

        return await self._client.request(
            operation("books.create"),
            {
                "title": title,
                "genre": genre,
                "request_source": request_source,
                "tags": tags,
            },
            cast_to=Book,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def delete(
        self,
        book_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BookDeleted:
        """
        extra_headers: Send extra headers

        extra_query: Add additional query parameters to the request

        extra_body: Add additional JSON properties to the request

        timeout: Override the client-level default timeout for this request, in seconds"""

        from ..types.book_deleted import BookDeleted

        return await self._client.request(
            operation("books.delete"),
            {
                "book_id": book_id,
            },
            cast_to=BookDeleted,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def list(
        self,
        *,
        after: Optional[str] | NotGiven = NOT_GIVEN,
        available: Optional[bool] | NotGiven = NOT_GIVEN,
        genre: Optional[Genre] | NotGiven = NOT_GIVEN,
        limit: Optional[int] | NotGiven = NOT_GIVEN,
        tags: Optional[SequenceNotStr[str]] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BookList:
        """
        extra_headers: Send extra headers

        extra_query: Add additional query parameters to the request

        extra_body: Add additional JSON properties to the request

        timeout: Override the client-level default timeout for this request, in seconds"""

        from ..types.book_list import BookList

        return await self._client.request(
            operation("books.list"),
            {
                "after": after,
                "available": available,
                "genre": genre,
                "limit": limit,
                "tags": tags,
            },
            cast_to=BookList,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def rate(
        self,
        book_id: str,
        *,
        stars: int,
        moods: Optional[SequenceNotStr[Literal["happy", "sad"]]] | NotGiven = NOT_GIVEN,
        spoilers: Optional[bool] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Book:
        """
        extra_headers: Send extra headers

        extra_query: Add additional query parameters to the request

        extra_body: Add additional JSON properties to the request

        timeout: Override the client-level default timeout for this request, in seconds"""

        from ..types.book import Book

        return await self._client.request(
            operation("books.rate"),
            {
                "book_id": book_id,
                "stars": stars,
                "moods": moods,
                "spoilers": spoilers,
            },
            cast_to=Book,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def replace(
        self,
        book_id: str,
        *,
        title: str,
        version: Optional[int] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Book:
        """
        extra_headers: Send extra headers

        extra_query: Add additional query parameters to the request

        extra_body: Add additional JSON properties to the request

        timeout: Override the client-level default timeout for this request, in seconds"""

        from ..types.book import Book

        return await self._client.request(
            operation("books.replace"),
            {
                "book_id": book_id,
                "title": title,
                "version": version,
            },
            cast_to=Book,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def retrieve(
        self,
        book_id: str,
        *,
        fields: Optional[SequenceNotStr[Literal["title", "genre", "tags"]]] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Book:
        """
        extra_headers: Send extra headers

        extra_query: Add additional query parameters to the request

        extra_body: Add additional JSON properties to the request

        timeout: Override the client-level default timeout for this request, in seconds"""

        from ..types.book import Book

        return await self._client.request(
            operation("books.retrieve"),
            {
                "book_id": book_id,
                "fields": fields,
            },
            cast_to=Book,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def update(
        self,
        book_id: str,
        *,
        genre: Optional[Genre] | NotGiven = NOT_GIVEN,
        title: Optional[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Book:
        """
        extra_headers: Send extra headers

        extra_query: Add additional query parameters to the request

        extra_body: Add additional JSON properties to the request

        timeout: Override the client-level default timeout for this request, in seconds"""

        from ..types.book import Book

        return await self._client.request(
            operation("books.update"),
            {
                "book_id": book_id,
                "genre": genre,
                "title": title,
            },
            cast_to=Book,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def upload_cover(
        self,
        book_id: str,
        *,
        cover: FileTypes,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Book:
        """
        extra_headers: Send extra headers

        extra_query: Add additional query parameters to the request

        extra_body: Add additional JSON properties to the request

        timeout: Override the client-level default timeout for this request, in seconds"""

        from ..types.book import Book

        return await self._client.request(
            operation("books.upload_cover"),
            {
                "book_id": book_id,
                "cover": cover,
            },
            cast_to=Book,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class BooksWithRawResponse:
    def __init__(self, resource: Books) -> None:
        self.create = to_raw_response_wrapper(resource.create)
        self.delete = to_raw_response_wrapper(resource.delete)
        self.list = to_raw_response_wrapper(resource.list)
        self.rate = to_raw_response_wrapper(resource.rate)
        self.replace = to_raw_response_wrapper(resource.replace)
        self.retrieve = to_raw_response_wrapper(resource.retrieve)
        self.update = to_raw_response_wrapper(resource.update)
        self.upload_cover = to_raw_response_wrapper(resource.upload_cover)


class AsyncBooksWithRawResponse:
    def __init__(self, resource: AsyncBooks) -> None:
        self.create = async_to_raw_response_wrapper(resource.create)
        self.delete = async_to_raw_response_wrapper(resource.delete)
        self.list = async_to_raw_response_wrapper(resource.list)
        self.rate = async_to_raw_response_wrapper(resource.rate)
        self.replace = async_to_raw_response_wrapper(resource.replace)
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
        self.update = async_to_raw_response_wrapper(resource.update)
        self.upload_cover = async_to_raw_response_wrapper(resource.upload_cover)
