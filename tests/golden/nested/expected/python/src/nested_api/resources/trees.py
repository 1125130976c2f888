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

    from .._types import Body, Headers, Query
    from ..types.tree_node import TreeNode

__all__ = ["Trees", "AsyncTrees"]


class Trees(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> TreesWithRawResponse:
        """Call a method through this to get the raw response (headers, status) with `.parse()`."""
        return TreesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> TreesWithStreamingResponse:
        """Like `with_raw_response`, in a `with` block, the body read only when asked."""
        return TreesWithStreamingResponse(self)

    def grow(
        self,
        *,
        label: str,
        depth: Optional[int] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
    ) -> TreeNode:
        """
        extra_headers: Send extra headers

        extra_query: Add additional query parameters to the request

        extra_body: Add additional JSON properties to the request

        timeout: Override the client-level default timeout for this request, in seconds"""

        from ..types.tree_node import TreeNode

        return self._client.request(
            operation("trees.grow"),
            {
                "label": label,
                "depth": depth,
            },
            cast_to=TreeNode,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncTrees(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncTreesWithRawResponse:
        """Call a method through this to get the raw response (headers, status) with `.parse()`."""
        return AsyncTreesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncTreesWithStreamingResponse:
        """Like `with_raw_response`, in a `with` block, the body read only when asked."""
        return AsyncTreesWithStreamingResponse(self)

    async def grow(
        self,
        *,
        label: str,
        depth: Optional[int] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
    ) -> TreeNode:
        """
        extra_headers: Send extra headers

        extra_query: Add additional query parameters to the request

        extra_body: Add additional JSON properties to the request

        timeout: Override the client-level default timeout for this request, in seconds"""

        from ..types.tree_node import TreeNode

        return await self._client.request(
            operation("trees.grow"),
            {
                "label": label,
                "depth": depth,
            },
            cast_to=TreeNode,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class TreesWithRawResponse:
    def __init__(self, resource: Trees) -> None:
        self.grow = to_raw_response_wrapper(resource.grow)


class AsyncTreesWithRawResponse:
    def __init__(self, resource: AsyncTrees) -> None:
        self.grow = async_to_raw_response_wrapper(resource.grow)


class TreesWithStreamingResponse:
    def __init__(self, resource: Trees) -> None:
        self.grow = to_streamed_response_wrapper(resource.grow)


class AsyncTreesWithStreamingResponse:
    def __init__(self, resource: AsyncTrees) -> None:
        self.grow = async_to_streamed_response_wrapper(resource.grow)
