# File generated from spec.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.


from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from ..._resource import AsyncAPIResource, SyncAPIResource
from ..._response import (
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from ..._types import NOT_GIVEN, NotGiven
from ..._validation import operation
from .reviews.reviews import (
    AsyncReviews,
    AsyncReviewsWithRawResponse,
    AsyncReviewsWithStreamingResponse,
    Reviews,
    ReviewsWithRawResponse,
    ReviewsWithStreamingResponse,
)

if TYPE_CHECKING:
    from datetime import datetime
    from typing import Dict, List, Optional, Union

    from httpx import Timeout
    from typing_extensions import Literal

    from ..._response import AsyncBinaryResponseContent, BinaryResponseContent
    from ..._streaming import AsyncJSONLDecoder, JSONLDecoder
    from ..._types import Body, FileTypes, Headers, Query, SequenceNotStr
    from ...pagination import AsyncPaginator, SyncPage
    from ...types.author_param import AuthorParam
    from ...types.book import Book
    from ...types.book_deleted import BookDeleted
    from ...types.book_list import BookList
    from ...types.genre import Genre
    from ...types.stats import Stats

__all__ = ["Books", "AsyncBooks"]


class Books(SyncAPIResource):
    """The books of the catalog."""

    @cached_property
    def reviews(self) -> Reviews:
        return Reviews(self._client)

    @cached_property
    def with_raw_response(self) -> BooksWithRawResponse:
        """Call a method through this to get the raw response (headers, status) with `.parse()`."""
        return BooksWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> BooksWithStreamingResponse:
        """Like `with_raw_response`, in a `with` block, the body read only when asked."""
        return BooksWithStreamingResponse(self)

    def create(
        self,
        *,
        title: str,
        author: Optional[AuthorParam] | NotGiven = NOT_GIVEN,
        genre: Optional[Genre] | NotGiven = NOT_GIVEN,
        isbn: Optional[str] | NotGiven = NOT_GIVEN,
        metadata: Optional[Dict[str, str]] | NotGiven = NOT_GIVEN,
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

        from ...types.book import Book

        return self._client.request(
            operation("books.create"),
            {
                "title": title,
                "author": author,
                "genre": genre,
                "isbn": isbn,
                "metadata": metadata,
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

        from ...types.book_deleted import BookDeleted

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

    def download_cover(
        self,
        book_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BinaryResponseContent:
        """
        extra_headers: Send extra headers

        extra_query: Add additional query parameters to the request

        extra_body: Add additional JSON properties to the request

        timeout: Override the client-level default timeout for this request, in seconds"""

        from ..._response import BinaryResponseContent

        return self._client.request(
            operation("books.download_cover"),
            {
                "book_id": book_id,
            },
            cast_to=BinaryResponseContent,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def exists(
        self,
        book_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """
        extra_headers: Send extra headers

        extra_query: Add additional query parameters to the request

        extra_body: Add additional JSON properties to the request

        timeout: Override the client-level default timeout for this request, in seconds"""

        return self._client.request(
            operation("books.exists"),
            {
                "book_id": book_id,
            },
            cast_to=type(None),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def export(
        self,
        *,
        genre: Optional[Genre] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
    ) -> JSONLDecoder[Book]:
        """
        extra_headers: Send extra headers

        extra_query: Add additional query parameters to the request

        extra_body: Add additional JSON properties to the request

        timeout: Override the client-level default timeout for this request, in seconds"""

        from ..._streaming import JSONLDecoder
        from ...types.book import Book

        return self._client.request(
            operation("books.export"),
            {
                "genre": genre,
            },
            cast_to=JSONLDecoder[Book],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def list(
        self,
        *,
        added_after: Optional[Union[str, datetime]] | NotGiven = NOT_GIVEN,
        after: Optional[str] | NotGiven = NOT_GIVEN,
        available: Optional[bool] | NotGiven = NOT_GIVEN,
        genre: Optional[Genre] | NotGiven = NOT_GIVEN,
        limit: Optional[int] | NotGiven = NOT_GIVEN,
        tags: Optional[SequenceNotStr[str]] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPage[Book, BookList]:
        """
        extra_headers: Send extra headers

        extra_query: Add additional query parameters to the request

        extra_body: Add additional JSON properties to the request

        timeout: Override the client-level default timeout for this request, in seconds"""

        from ...pagination import SyncPage
        from ...types.book import Book
        from ...types.book_list import BookList

        return self._client.request(
            operation("books.list"),
            {
                "added_after": added_after,
                "after": after,
                "available": available,
                "genre": genre,
                "limit": limit,
                "tags": tags,
            },
            cast_to=SyncPage[Book, BookList],
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

        from ...types.book import Book

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

        from ...types.book import Book

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

        from ...types.book import Book

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

    def similar(
        self,
        book_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
    ) -> List[Book]:
        """
        extra_headers: Send extra headers

        extra_query: Add additional query parameters to the request

        extra_body: Add additional JSON properties to the request

        timeout: Override the client-level default timeout for this request, in seconds"""

        from typing import List

        from ...types.book import Book

        return self._client.request(
            operation("books.similar"),
            {
                "book_id": book_id,
            },
            cast_to=List[Book],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def stats(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Stats:
        """
        extra_headers: Send extra headers

        extra_query: Add additional query parameters to the request

        extra_body: Add additional JSON properties to the request

        timeout: Override the client-level default timeout for this request, in seconds"""

        from ...types.stats import Stats

        return self._client.request(
            operation("books.stats"),
            {},
            cast_to=Stats,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def summary(
        self,
        book_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
    ) -> str:
        """
        extra_headers: Send extra headers

        extra_query: Add additional query parameters to the request

        extra_body: Add additional JSON properties to the request

        timeout: Override the client-level default timeout for this request, in seconds"""

        return self._client.request(
            operation("books.summary"),
            {
                "book_id": book_id,
            },
            cast_to=str,
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

        from ...types.book import Book

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

        from ...types.book import Book

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
    def reviews(self) -> AsyncReviews:
        return AsyncReviews(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncBooksWithRawResponse:
        """Call a method through this to get the raw response (headers, status) with `.parse()`."""
        return AsyncBooksWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncBooksWithStreamingResponse:
        """Like `with_raw_response`, in a `with` block, the body read only when asked."""
        return AsyncBooksWithStreamingResponse(self)

    async def create(
        self,
        *,
        title: str,
        author: Optional[AuthorParam] | NotGiven = NOT_GIVEN,
        genre: Optional[Genre] | NotGiven = NOT_GIVEN,
        isbn: Optional[str] | NotGiven = NOT_GIVEN,
        metadata: Optional[Dict[str, str]] | NotGiven = NOT_GIVEN,
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

        from ...types.book import Book

        return await self._client.request(
            operation("books.create"),
            {
                "title": title,
                "author": author,
                "genre": genre,
                "isbn": isbn,
                "metadata": metadata,
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

        from ...types.book_deleted import BookDeleted

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

    async def download_cover(
        self,
        book_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncBinaryResponseContent:
        """
        extra_headers: Send extra headers

        extra_query: Add additional query parameters to the request

        extra_body: Add additional JSON properties to the request

        timeout: Override the client-level default timeout for this request, in seconds"""

        from ..._response import AsyncBinaryResponseContent

        return await self._client.request(
            operation("books.download_cover"),
            {
                "book_id": book_id,
            },
            cast_to=AsyncBinaryResponseContent,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def exists(
        self,
        book_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """
        extra_headers: Send extra headers

        extra_query: Add additional query parameters to the request

        extra_body: Add additional JSON properties to the request

        timeout: Override the client-level default timeout for this request, in seconds"""

        return await self._client.request(
            operation("books.exists"),
            {
                "book_id": book_id,
            },
            cast_to=type(None),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def export(
        self,
        *,
        genre: Optional[Genre] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncJSONLDecoder[Book]:
        """
        extra_headers: Send extra headers

        extra_query: Add additional query parameters to the request

        extra_body: Add additional JSON properties to the request

        timeout: Override the client-level default timeout for this request, in seconds"""

        from ..._streaming import AsyncJSONLDecoder
        from ...types.book import Book

        return await self._client.request(
            operation("books.export"),
            {
                "genre": genre,
            },
            cast_to=AsyncJSONLDecoder[Book],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def list(
        self,
        *,
        added_after: Optional[Union[str, datetime]] | NotGiven = NOT_GIVEN,
        after: Optional[str] | NotGiven = NOT_GIVEN,
        available: Optional[bool] | NotGiven = NOT_GIVEN,
        genre: Optional[Genre] | NotGiven = NOT_GIVEN,
        limit: Optional[int] | NotGiven = NOT_GIVEN,
        tags: Optional[SequenceNotStr[str]] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[Book, BookList]:
        """
        extra_headers: Send extra headers

        extra_query: Add additional query parameters to the request

        extra_body: Add additional JSON properties to the request

        timeout: Override the client-level default timeout for this request, in seconds"""

        from ...pagination import AsyncPage
        from ...types.book import Book
        from ...types.book_list import BookList

        return self._client.paginate(
            operation("books.list"),
            {
                "added_after": added_after,
                "after": after,
                "available": available,
                "genre": genre,
                "limit": limit,
                "tags": tags,
            },
            cast_to=AsyncPage[Book, BookList],
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

        from ...types.book import Book

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

        from ...types.book import Book

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

        from ...types.book import Book

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

    async def similar(
        self,
        book_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
    ) -> List[Book]:
        """
        extra_headers: Send extra headers

        extra_query: Add additional query parameters to the request

        extra_body: Add additional JSON properties to the request

        timeout: Override the client-level default timeout for this request, in seconds"""

        from typing import List

        from ...types.book import Book

        return await self._client.request(
            operation("books.similar"),
            {
                "book_id": book_id,
            },
            cast_to=List[Book],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def stats(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Stats:
        """
        extra_headers: Send extra headers

        extra_query: Add additional query parameters to the request

        extra_body: Add additional JSON properties to the request

        timeout: Override the client-level default timeout for this request, in seconds"""

        from ...types.stats import Stats

        return await self._client.request(
            operation("books.stats"),
            {},
            cast_to=Stats,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def summary(
        self,
        book_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
    ) -> str:
        """
        extra_headers: Send extra headers

        extra_query: Add additional query parameters to the request

        extra_body: Add additional JSON properties to the request

        timeout: Override the client-level default timeout for this request, in seconds"""

        return await self._client.request(
            operation("books.summary"),
            {
                "book_id": book_id,
            },
            cast_to=str,
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

        from ...types.book import Book

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

        from ...types.book import Book

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
        self._resource = resource
        self.create = to_raw_response_wrapper(resource.create)
        self.delete = to_raw_response_wrapper(resource.delete)
        self.download_cover = to_raw_response_wrapper(resource.download_cover)
        self.exists = to_raw_response_wrapper(resource.exists)
        self.export = to_raw_response_wrapper(resource.export)
        self.list = to_raw_response_wrapper(resource.list)
        self.rate = to_raw_response_wrapper(resource.rate)
        self.replace = to_raw_response_wrapper(resource.replace)
        self.retrieve = to_raw_response_wrapper(resource.retrieve)
        self.similar = to_raw_response_wrapper(resource.similar)
        self.stats = to_raw_response_wrapper(resource.stats)
        self.summary = to_raw_response_wrapper(resource.summary)
        self.update = to_raw_response_wrapper(resource.update)
        self.upload_cover = to_raw_response_wrapper(resource.upload_cover)

    @cached_property
    def reviews(self) -> ReviewsWithRawResponse:
        return ReviewsWithRawResponse(self._resource.reviews)


class AsyncBooksWithRawResponse:
    def __init__(self, resource: AsyncBooks) -> None:
        self._resource = resource
        self.create = async_to_raw_response_wrapper(resource.create)
        self.delete = async_to_raw_response_wrapper(resource.delete)
        self.download_cover = async_to_raw_response_wrapper(resource.download_cover)
        self.exists = async_to_raw_response_wrapper(resource.exists)
        self.export = async_to_raw_response_wrapper(resource.export)
        self.list = async_to_raw_response_wrapper(resource.list)
        self.rate = async_to_raw_response_wrapper(resource.rate)
        self.replace = async_to_raw_response_wrapper(resource.replace)
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
        self.similar = async_to_raw_response_wrapper(resource.similar)
        self.stats = async_to_raw_response_wrapper(resource.stats)
        self.summary = async_to_raw_response_wrapper(resource.summary)
        self.update = async_to_raw_response_wrapper(resource.update)
        self.upload_cover = async_to_raw_response_wrapper(resource.upload_cover)

    @cached_property
    def reviews(self) -> AsyncReviewsWithRawResponse:
        return AsyncReviewsWithRawResponse(self._resource.reviews)


class BooksWithStreamingResponse:
    def __init__(self, resource: Books) -> None:
        self._resource = resource
        self.create = to_streamed_response_wrapper(resource.create)
        self.delete = to_streamed_response_wrapper(resource.delete)
        self.download_cover = to_streamed_response_wrapper(resource.download_cover)
        self.exists = to_streamed_response_wrapper(resource.exists)
        self.export = to_streamed_response_wrapper(resource.export)
        self.list = to_streamed_response_wrapper(resource.list)
        self.rate = to_streamed_response_wrapper(resource.rate)
        self.replace = to_streamed_response_wrapper(resource.replace)
        self.retrieve = to_streamed_response_wrapper(resource.retrieve)
        self.similar = to_streamed_response_wrapper(resource.similar)
        self.stats = to_streamed_response_wrapper(resource.stats)
        self.summary = to_streamed_response_wrapper(resource.summary)
        self.update = to_streamed_response_wrapper(resource.update)
        self.upload_cover = to_streamed_response_wrapper(resource.upload_cover)

    @cached_property
    def reviews(self) -> ReviewsWithStreamingResponse:
        return ReviewsWithStreamingResponse(self._resource.reviews)


class AsyncBooksWithStreamingResponse:
    def __init__(self, resource: AsyncBooks) -> None:
        self._resource = resource
        self.create = async_to_streamed_response_wrapper(resource.create)
        self.delete = async_to_streamed_response_wrapper(resource.delete)
        self.download_cover = async_to_streamed_response_wrapper(resource.download_cover)
        self.exists = async_to_streamed_response_wrapper(resource.exists)
        self.export = async_to_streamed_response_wrapper(resource.export)
        self.list = async_to_streamed_response_wrapper(resource.list)
        self.rate = async_to_streamed_response_wrapper(resource.rate)
        self.replace = async_to_streamed_response_wrapper(resource.replace)
        self.retrieve = async_to_streamed_response_wrapper(resource.retrieve)
        self.similar = async_to_streamed_response_wrapper(resource.similar)
        self.stats = async_to_streamed_response_wrapper(resource.stats)
        self.summary = async_to_streamed_response_wrapper(resource.summary)
        self.update = async_to_streamed_response_wrapper(resource.update)
        self.upload_cover = async_to_streamed_response_wrapper(resource.upload_cover)

    @cached_property
    def reviews(self) -> AsyncReviewsWithStreamingResponse:
        return AsyncReviewsWithStreamingResponse(self._resource.reviews)
