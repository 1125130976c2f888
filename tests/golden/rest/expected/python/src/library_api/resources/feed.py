# File generated from spec.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.


from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import (
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from .._types import NOT_GIVEN, NotGiven
from .._validation import operation

if TYPE_CHECKING:
    from typing import Optional

    from httpx import Timeout

    from .._streaming import AsyncStream, Stream
    from .._types import Body, Headers, Query
    from ..types.feed_event import FeedEvent
    from ..types.genre import Genre

__all__ = ["Feed", "AsyncFeed"]


class Feed(SyncAPIResource):
    """The catalog's changes as they happen."""

    @cached_property
    def with_raw_response(self) -> FeedWithRawResponse:
        """Call a method through this to get the raw response (headers, status) with `.parse()`."""
        return FeedWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> FeedWithStreamingResponse:
        """Like `with_raw_response`, in a `with` block, the body read only when asked."""
        return FeedWithStreamingResponse(self)

    def stream(
        self,
        *,
        genre: Optional[Genre] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Stream[FeedEvent]:
        """
        extra_headers: Send extra headers

        extra_query: Add additional query parameters to the request

        extra_body: Add additional JSON properties to the request

        timeout: Override the client-level default timeout for this request, in seconds"""

        from .._streaming import Stream
        from ..types.feed_event import FeedEvent

        return self._client.request(
            operation("feed.stream"),
            {
                "genre": genre,
            },
            cast_to=Stream[FeedEvent],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncFeed(AsyncAPIResource):
    """The catalog's changes as they happen."""

    @cached_property
    def with_raw_response(self) -> AsyncFeedWithRawResponse:
        """Call a method through this to get the raw response (headers, status) with `.parse()`."""
        return AsyncFeedWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncFeedWithStreamingResponse:
        """Like `with_raw_response`, in a `with` block, the body read only when asked."""
        return AsyncFeedWithStreamingResponse(self)

    async def stream(
        self,
        *,
        genre: Optional[Genre] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncStream[FeedEvent]:
        """
        extra_headers: Send extra headers

        extra_query: Add additional query parameters to the request

        extra_body: Add additional JSON properties to the request

        timeout: Override the client-level default timeout for this request, in seconds"""

        from .._streaming import AsyncStream
        from ..types.feed_event import FeedEvent

        return await self._client.request(
            operation("feed.stream"),
            {
                "genre": genre,
            },
            cast_to=AsyncStream[FeedEvent],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class FeedWithRawResponse:
    def __init__(self, resource: Feed) -> None:
        self.stream = to_raw_response_wrapper(resource.stream)


class AsyncFeedWithRawResponse:
    def __init__(self, resource: AsyncFeed) -> None:
        self.stream = async_to_raw_response_wrapper(resource.stream)


class FeedWithStreamingResponse:
    def __init__(self, resource: Feed) -> None:
        self.stream = to_streamed_response_wrapper(resource.stream)


class AsyncFeedWithStreamingResponse:
    def __init__(self, resource: AsyncFeed) -> None:
        self.stream = async_to_streamed_response_wrapper(resource.stream)
