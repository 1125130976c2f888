# File generated from spec.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.


from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from ...._resource import AsyncAPIResource, SyncAPIResource
from ...._response import (
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from ...._types import NOT_GIVEN, NotGiven
from ...._validation import operation
from .votes import (
    AsyncVotes,
    AsyncVotesWithRawResponse,
    AsyncVotesWithStreamingResponse,
    Votes,
    VotesWithRawResponse,
    VotesWithStreamingResponse,
)

if TYPE_CHECKING:
    from typing import Iterable, Optional

    from httpx import Timeout

    from ...._types import Body, Headers, Query
    from ....pagination import AsyncPaginator, SyncPage
    from ....types.review import Review
    from ....types.review_block_param import ReviewBlockParam
    from ....types.review_list import ReviewList

__all__ = ["Reviews", "AsyncReviews"]


class Reviews(SyncAPIResource):
    """Readers' reviews of a book."""

    @cached_property
    def votes(self) -> Votes:
        return Votes(self._client)

    @cached_property
    def with_raw_response(self) -> ReviewsWithRawResponse:
        """Call a method through this to get the raw response (headers, status) with `.parse()`."""
        return ReviewsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ReviewsWithStreamingResponse:
        """Like `with_raw_response`, in a `with` block, the body read only when asked."""
        return ReviewsWithStreamingResponse(self)

    def create(
        self,
        book_id: str,
        *,
        blocks: Iterable[ReviewBlockParam],
        stars: int,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Review:
        """
        extra_headers: Send extra headers

        extra_query: Add additional query parameters to the request

        extra_body: Add additional JSON properties to the request

        timeout: Override the client-level default timeout for this request, in seconds"""

        from ....types.review import Review

        return self._client.request(
            operation("books.reviews.create"),
            {
                "blocks": blocks,
                "book_id": book_id,
                "stars": stars,
            },
            cast_to=Review,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def delete(
        self,
        book_id: str,
        review_id: str,
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
            operation("books.reviews.delete"),
            {
                "book_id": book_id,
                "review_id": review_id,
            },
            cast_to=type(None),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def list(
        self,
        book_id: str,
        *,
        limit: Optional[int] | NotGiven = NOT_GIVEN,
        offset: Optional[int] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPage[Review, ReviewList]:
        """
        extra_headers: Send extra headers

        extra_query: Add additional query parameters to the request

        extra_body: Add additional JSON properties to the request

        timeout: Override the client-level default timeout for this request, in seconds"""

        from ....pagination import SyncPage
        from ....types.review import Review
        from ....types.review_list import ReviewList

        return self._client.request(
            operation("books.reviews.list"),
            {
                "book_id": book_id,
                "limit": limit,
                "offset": offset,
            },
            cast_to=SyncPage[Review, ReviewList],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncReviews(AsyncAPIResource):
    """Readers' reviews of a book."""

    @cached_property
    def votes(self) -> AsyncVotes:
        return AsyncVotes(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncReviewsWithRawResponse:
        """Call a method through this to get the raw response (headers, status) with `.parse()`."""
        return AsyncReviewsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncReviewsWithStreamingResponse:
        """Like `with_raw_response`, in a `with` block, the body read only when asked."""
        return AsyncReviewsWithStreamingResponse(self)

    async def create(
        self,
        book_id: str,
        *,
        blocks: Iterable[ReviewBlockParam],
        stars: int,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Review:
        """
        extra_headers: Send extra headers

        extra_query: Add additional query parameters to the request

        extra_body: Add additional JSON properties to the request

        timeout: Override the client-level default timeout for this request, in seconds"""

        from ....types.review import Review

        return await self._client.request(
            operation("books.reviews.create"),
            {
                "blocks": blocks,
                "book_id": book_id,
                "stars": stars,
            },
            cast_to=Review,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def delete(
        self,
        book_id: str,
        review_id: str,
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
            operation("books.reviews.delete"),
            {
                "book_id": book_id,
                "review_id": review_id,
            },
            cast_to=type(None),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def list(
        self,
        book_id: str,
        *,
        limit: Optional[int] | NotGiven = NOT_GIVEN,
        offset: Optional[int] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[Review, ReviewList]:
        """
        extra_headers: Send extra headers

        extra_query: Add additional query parameters to the request

        extra_body: Add additional JSON properties to the request

        timeout: Override the client-level default timeout for this request, in seconds"""

        from ....pagination import AsyncPage
        from ....types.review import Review
        from ....types.review_list import ReviewList

        return self._client.paginate(
            operation("books.reviews.list"),
            {
                "book_id": book_id,
                "limit": limit,
                "offset": offset,
            },
            cast_to=AsyncPage[Review, ReviewList],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class ReviewsWithRawResponse:
    def __init__(self, resource: Reviews) -> None:
        self._resource = resource
        self.create = to_raw_response_wrapper(resource.create)
        self.delete = to_raw_response_wrapper(resource.delete)
        self.list = to_raw_response_wrapper(resource.list)

    @cached_property
    def votes(self) -> VotesWithRawResponse:
        return VotesWithRawResponse(self._resource.votes)


class AsyncReviewsWithRawResponse:
    def __init__(self, resource: AsyncReviews) -> None:
        self._resource = resource
        self.create = async_to_raw_response_wrapper(resource.create)
        self.delete = async_to_raw_response_wrapper(resource.delete)
        self.list = async_to_raw_response_wrapper(resource.list)

    @cached_property
    def votes(self) -> AsyncVotesWithRawResponse:
        return AsyncVotesWithRawResponse(self._resource.votes)


class ReviewsWithStreamingResponse:
    def __init__(self, resource: Reviews) -> None:
        self._resource = resource
        self.create = to_streamed_response_wrapper(resource.create)
        self.delete = to_streamed_response_wrapper(resource.delete)
        self.list = to_streamed_response_wrapper(resource.list)

    @cached_property
    def votes(self) -> VotesWithStreamingResponse:
        return VotesWithStreamingResponse(self._resource.votes)


class AsyncReviewsWithStreamingResponse:
    def __init__(self, resource: AsyncReviews) -> None:
        self._resource = resource
        self.create = async_to_streamed_response_wrapper(resource.create)
        self.delete = async_to_streamed_response_wrapper(resource.delete)
        self.list = async_to_streamed_response_wrapper(resource.list)

    @cached_property
    def votes(self) -> AsyncVotesWithStreamingResponse:
        return AsyncVotesWithStreamingResponse(self._resource.votes)
