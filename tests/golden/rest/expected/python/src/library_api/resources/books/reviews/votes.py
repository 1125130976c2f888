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

if TYPE_CHECKING:
    from httpx import Timeout

    from ...._types import Body, Headers, Query
    from ....types.vote import Vote

__all__ = ["Votes", "AsyncVotes"]


class Votes(SyncAPIResource):
    """Whether readers found a review helpful."""

    @cached_property
    def with_raw_response(self) -> VotesWithRawResponse:
        """Call a method through this to get the raw response (headers, status) with `.parse()`."""
        return VotesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> VotesWithStreamingResponse:
        """Like `with_raw_response`, in a `with` block, the body read only when asked."""
        return VotesWithStreamingResponse(self)

    def create(
        self,
        book_id: str,
        review_id: str,
        *,
        helpful: bool,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Vote:
        """
        extra_headers: Send extra headers

        extra_query: Add additional query parameters to the request

        extra_body: Add additional JSON properties to the request

        timeout: Override the client-level default timeout for this request, in seconds"""

        from ....types.vote import Vote

        return self._client.request(
            operation("books.reviews.votes.create"),
            {
                "book_id": book_id,
                "helpful": helpful,
                "review_id": review_id,
            },
            cast_to=Vote,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncVotes(AsyncAPIResource):
    """Whether readers found a review helpful."""

    @cached_property
    def with_raw_response(self) -> AsyncVotesWithRawResponse:
        """Call a method through this to get the raw response (headers, status) with `.parse()`."""
        return AsyncVotesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncVotesWithStreamingResponse:
        """Like `with_raw_response`, in a `with` block, the body read only when asked."""
        return AsyncVotesWithStreamingResponse(self)

    async def create(
        self,
        book_id: str,
        review_id: str,
        *,
        helpful: bool,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Vote:
        """
        extra_headers: Send extra headers

        extra_query: Add additional query parameters to the request

        extra_body: Add additional JSON properties to the request

        timeout: Override the client-level default timeout for this request, in seconds"""

        from ....types.vote import Vote

        return await self._client.request(
            operation("books.reviews.votes.create"),
            {
                "book_id": book_id,
                "helpful": helpful,
                "review_id": review_id,
            },
            cast_to=Vote,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class VotesWithRawResponse:
    def __init__(self, resource: Votes) -> None:
        self.create = to_raw_response_wrapper(resource.create)


class AsyncVotesWithRawResponse:
    def __init__(self, resource: AsyncVotes) -> None:
        self.create = async_to_raw_response_wrapper(resource.create)


class VotesWithStreamingResponse:
    def __init__(self, resource: Votes) -> None:
        self.create = to_streamed_response_wrapper(resource.create)


class AsyncVotesWithStreamingResponse:
    def __init__(self, resource: AsyncVotes) -> None:
        self.create = async_to_streamed_response_wrapper(resource.create)
