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
    from typing import Iterable, Optional

    from httpx import Timeout

    from .._types import Body, Headers, Query, SequenceNotStr
    from ..types import drawing_create_params
    from ..types.color import Color
    from ..types.drawing import Drawing
    from ..types.shape_param import ShapeParam

__all__ = ["Drawings", "AsyncDrawings"]


class Drawings(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> DrawingsWithRawResponse:
        """Call a method through this to get the raw response (headers, status) with `.parse()`."""
        return DrawingsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> DrawingsWithStreamingResponse:
        """Like `with_raw_response`, in a `with` block, the body read only when asked."""
        return DrawingsWithStreamingResponse(self)

    def create(
        self,
        *,
        id: str,
        color: Optional[Color] | NotGiven = NOT_GIVEN,
        grid: Optional[SequenceNotStr[SequenceNotStr[int]]] | NotGiven = NOT_GIVEN,
        shapes: Optional[Iterable[ShapeParam]] | NotGiven = NOT_GIVEN,
        style: Optional[drawing_create_params.Style] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Drawing:
        """
        extra_headers: Send extra headers

        extra_query: Add additional query parameters to the request

        extra_body: Add additional JSON properties to the request

        timeout: Override the client-level default timeout for this request, in seconds"""

        from ..types.drawing import Drawing

        return self._client.request(
            operation("drawings.create"),
            {
                "id": id,
                "color": color,
                "grid": grid,
                "shapes": shapes,
                "style": style,
            },
            cast_to=Drawing,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncDrawings(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncDrawingsWithRawResponse:
        """Call a method through this to get the raw response (headers, status) with `.parse()`."""
        return AsyncDrawingsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncDrawingsWithStreamingResponse:
        """Like `with_raw_response`, in a `with` block, the body read only when asked."""
        return AsyncDrawingsWithStreamingResponse(self)

    async def create(
        self,
        *,
        id: str,
        color: Optional[Color] | NotGiven = NOT_GIVEN,
        grid: Optional[SequenceNotStr[SequenceNotStr[int]]] | NotGiven = NOT_GIVEN,
        shapes: Optional[Iterable[ShapeParam]] | NotGiven = NOT_GIVEN,
        style: Optional[drawing_create_params.Style] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Drawing:
        """
        extra_headers: Send extra headers

        extra_query: Add additional query parameters to the request

        extra_body: Add additional JSON properties to the request

        timeout: Override the client-level default timeout for this request, in seconds"""

        from ..types.drawing import Drawing

        return await self._client.request(
            operation("drawings.create"),
            {
                "id": id,
                "color": color,
                "grid": grid,
                "shapes": shapes,
                "style": style,
            },
            cast_to=Drawing,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class DrawingsWithRawResponse:
    def __init__(self, resource: Drawings) -> None:
        self.create = to_raw_response_wrapper(resource.create)


class AsyncDrawingsWithRawResponse:
    def __init__(self, resource: AsyncDrawings) -> None:
        self.create = async_to_raw_response_wrapper(resource.create)


class DrawingsWithStreamingResponse:
    def __init__(self, resource: Drawings) -> None:
        self.create = to_streamed_response_wrapper(resource.create)


class AsyncDrawingsWithStreamingResponse:
    def __init__(self, resource: AsyncDrawings) -> None:
        self.create = async_to_streamed_response_wrapper(resource.create)
