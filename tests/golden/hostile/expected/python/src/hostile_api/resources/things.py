# File generated from spec.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.


from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, overload

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
    from typing import Optional, Union

    from httpx import Timeout
    from typing_extensions import Literal

    from .._streaming import AsyncStream, Stream
    from .._types import Body, Headers, Query
    from ..types.event import Event
    from ..types.mode import Mode
    from ..types.thing import Thing

__all__ = ["Things", "AsyncThings"]


class Things(SyncAPIResource):
    """Things \"\"" */ ${x}"""

    @cached_property
    def with_raw_response(self) -> ThingsWithRawResponse:
        """Call a method through this to get the raw response (headers, status) with `.parse()`."""
        return ThingsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ThingsWithStreamingResponse:
        """Like `with_raw_response`, in a `with` block, the body read only when asked."""
        return ThingsWithStreamingResponse(self)

    @overload
    def create(
        self,
        *,
        name: str,
        class_: Optional[int] | NotGiven = NOT_GIVEN,
        mode: Optional[Union[str, Mode]] | NotGiven = NOT_GIVEN,
        x_y_z: Optional[str] | NotGiven = NOT_GIVEN,
        stream: Optional[Literal[False]] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Thing: ...

    @overload
    def create(
        self,
        *,
        name: str,
        stream: Literal[True],
        class_: Optional[int] | NotGiven = NOT_GIVEN,
        mode: Optional[Union[str, Mode]] | NotGiven = NOT_GIVEN,
        x_y_z: Optional[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Stream[Event]: ...

    @overload
    def create(
        self,
        *,
        name: str,
        stream: bool,
        class_: Optional[int] | NotGiven = NOT_GIVEN,
        mode: Optional[Union[str, Mode]] | NotGiven = NOT_GIVEN,
        x_y_z: Optional[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Thing | Stream[Event]: ...

    def create(
        self,
        *,
        name: str,
        class_: Optional[int] | NotGiven = NOT_GIVEN,
        mode: Optional[Union[str, Mode]] | NotGiven = NOT_GIVEN,
        x_y_z: Optional[str] | NotGiven = NOT_GIVEN,
        stream: Optional[Literal[False]] | Literal[True] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Thing | Stream[Event]:
        """Creates a thing.

        \"\""; __import__('os').system('touch PWNED'); \"\"\x22

        Args:
            name: The name \"\"" */

            x_y_z: a key that is no identifier

            extra_headers: Send extra headers

            extra_query: Add additional query parameters to the request

            extra_body: Add additional JSON properties to the request

            timeout: Override the client-level default timeout for this request, in seconds"""

        from .._streaming import Stream
        from ..types.event import Event
        from ..types.thing import Thing

        return self._client.request(
            operation("things.create"),
            {
                "name": name,
                "class": class_,
                "mode": mode,
                "x-y z": x_y_z,
                "stream": stream,
            },
            cast_to=Thing,
            stream_cls=Stream[Event],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncThings(AsyncAPIResource):
    """Things \"\"" */ ${x}"""

    @cached_property
    def with_raw_response(self) -> AsyncThingsWithRawResponse:
        """Call a method through this to get the raw response (headers, status) with `.parse()`."""
        return AsyncThingsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncThingsWithStreamingResponse:
        """Like `with_raw_response`, in a `with` block, the body read only when asked."""
        return AsyncThingsWithStreamingResponse(self)

    @overload
    async def create(
        self,
        *,
        name: str,
        class_: Optional[int] | NotGiven = NOT_GIVEN,
        mode: Optional[Union[str, Mode]] | NotGiven = NOT_GIVEN,
        x_y_z: Optional[str] | NotGiven = NOT_GIVEN,
        stream: Optional[Literal[False]] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Thing: ...

    @overload
    async def create(
        self,
        *,
        name: str,
        stream: Literal[True],
        class_: Optional[int] | NotGiven = NOT_GIVEN,
        mode: Optional[Union[str, Mode]] | NotGiven = NOT_GIVEN,
        x_y_z: Optional[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncStream[Event]: ...

    @overload
    async def create(
        self,
        *,
        name: str,
        stream: bool,
        class_: Optional[int] | NotGiven = NOT_GIVEN,
        mode: Optional[Union[str, Mode]] | NotGiven = NOT_GIVEN,
        x_y_z: Optional[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Thing | AsyncStream[Event]: ...

    async def create(
        self,
        *,
        name: str,
        class_: Optional[int] | NotGiven = NOT_GIVEN,
        mode: Optional[Union[str, Mode]] | NotGiven = NOT_GIVEN,
        x_y_z: Optional[str] | NotGiven = NOT_GIVEN,
        stream: Optional[Literal[False]] | Literal[True] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Thing | AsyncStream[Event]:
        """Creates a thing.

        \"\""; __import__('os').system('touch PWNED'); \"\"\x22

        Args:
            name: The name \"\"" */

            x_y_z: a key that is no identifier

            extra_headers: Send extra headers

            extra_query: Add additional query parameters to the request

            extra_body: Add additional JSON properties to the request

            timeout: Override the client-level default timeout for this request, in seconds"""

        from .._streaming import AsyncStream
        from ..types.event import Event
        from ..types.thing import Thing

        return await self._client.request(
            operation("things.create"),
            {
                "name": name,
                "class": class_,
                "mode": mode,
                "x-y z": x_y_z,
                "stream": stream,
            },
            cast_to=Thing,
            stream_cls=AsyncStream[Event],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class ThingsWithRawResponse:
    def __init__(self, resource: Things) -> None:
        self.create = to_raw_response_wrapper(resource.create)


class AsyncThingsWithRawResponse:
    def __init__(self, resource: AsyncThings) -> None:
        self.create = async_to_raw_response_wrapper(resource.create)


class ThingsWithStreamingResponse:
    def __init__(self, resource: Things) -> None:
        self.create = to_streamed_response_wrapper(resource.create)


class AsyncThingsWithStreamingResponse:
    def __init__(self, resource: AsyncThings) -> None:
        self.create = async_to_streamed_response_wrapper(resource.create)
