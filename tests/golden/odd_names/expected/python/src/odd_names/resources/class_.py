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
    from .._types import Body, FileTypes, Headers, Query
    from ..types.class_ import class_
    from ..types.either import Either
    from ..types.none import None_
    from ..types.type import type_

__all__ = ["Class", "AsyncClass"]


class Class(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> ClassWithRawResponse:
        """Call a method through this to get the raw response (headers, status) with `.parse()`."""
        return ClassWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ClassWithStreamingResponse:
        """Like `with_raw_response`, in a `with` block, the body read only when asked."""
        return ClassWithStreamingResponse(self)

    def delete(
        self,
        *,
        file: FileTypes,
        lambda_: Optional[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
    ) -> class_:
        """
        extra_headers: Send extra headers

        extra_query: Add additional query parameters to the request

        extra_body: Add additional JSON properties to the request

        timeout: Override the client-level default timeout for this request, in seconds"""

        from ..types.class_ import class_

        return self._client.request(
            operation("class.del"),
            {
                "file": file,
                "lambda": lambda_,
            },
            cast_to=class_,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    @overload
    def import_(
        self,
        *,
        from_: str,
        n1st: Optional[int] | NotGiven = NOT_GIVEN,
        class__: Optional[None_] | NotGiven = NOT_GIVEN,
        extra_headers_: Optional[str] | NotGiven = NOT_GIVEN,
        timeout_: Optional[float] | NotGiven = NOT_GIVEN,
        type: Optional[Union[str, type_]] | NotGiven = NOT_GIVEN,
        stream: Optional[Literal[False]] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
    ) -> class_: ...

    @overload
    def import_(
        self,
        *,
        from_: str,
        stream: Literal[True],
        n1st: Optional[int] | NotGiven = NOT_GIVEN,
        class__: Optional[None_] | NotGiven = NOT_GIVEN,
        extra_headers_: Optional[str] | NotGiven = NOT_GIVEN,
        timeout_: Optional[float] | NotGiven = NOT_GIVEN,
        type: Optional[Union[str, type_]] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Stream[Either]: ...

    @overload
    def import_(
        self,
        *,
        from_: str,
        stream: bool,
        n1st: Optional[int] | NotGiven = NOT_GIVEN,
        class__: Optional[None_] | NotGiven = NOT_GIVEN,
        extra_headers_: Optional[str] | NotGiven = NOT_GIVEN,
        timeout_: Optional[float] | NotGiven = NOT_GIVEN,
        type: Optional[Union[str, type_]] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
    ) -> class_ | Stream[Either]: ...

    def import_(
        self,
        *,
        from_: str,
        n1st: Optional[int] | NotGiven = NOT_GIVEN,
        class__: Optional[None_] | NotGiven = NOT_GIVEN,
        extra_headers_: Optional[str] | NotGiven = NOT_GIVEN,
        timeout_: Optional[float] | NotGiven = NOT_GIVEN,
        type: Optional[Union[str, type_]] | NotGiven = NOT_GIVEN,
        stream: Optional[Literal[False]] | Literal[True] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
    ) -> class_ | Stream[Either]:
        """
        extra_headers: Send extra headers

        extra_query: Add additional query parameters to the request

        extra_body: Add additional JSON properties to the request

        timeout: Override the client-level default timeout for this request, in seconds"""

        from .._streaming import Stream
        from ..types.class_ import class_
        from ..types.either import Either

        return self._client.request(
            operation("class.import"),
            {
                "from": from_,
                "1st": n1st,
                "class": class__,
                "extra_headers": extra_headers_,
                "timeout": timeout_,
                "type": type,
                "stream": stream,
            },
            cast_to=class_,
            stream_cls=Stream[Either],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncClass(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncClassWithRawResponse:
        """Call a method through this to get the raw response (headers, status) with `.parse()`."""
        return AsyncClassWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncClassWithStreamingResponse:
        """Like `with_raw_response`, in a `with` block, the body read only when asked."""
        return AsyncClassWithStreamingResponse(self)

    async def delete(
        self,
        *,
        file: FileTypes,
        lambda_: Optional[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
    ) -> class_:
        """
        extra_headers: Send extra headers

        extra_query: Add additional query parameters to the request

        extra_body: Add additional JSON properties to the request

        timeout: Override the client-level default timeout for this request, in seconds"""

        from ..types.class_ import class_

        return await self._client.request(
            operation("class.del"),
            {
                "file": file,
                "lambda": lambda_,
            },
            cast_to=class_,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    @overload
    async def import_(
        self,
        *,
        from_: str,
        n1st: Optional[int] | NotGiven = NOT_GIVEN,
        class__: Optional[None_] | NotGiven = NOT_GIVEN,
        extra_headers_: Optional[str] | NotGiven = NOT_GIVEN,
        timeout_: Optional[float] | NotGiven = NOT_GIVEN,
        type: Optional[Union[str, type_]] | NotGiven = NOT_GIVEN,
        stream: Optional[Literal[False]] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
    ) -> class_: ...

    @overload
    async def import_(
        self,
        *,
        from_: str,
        stream: Literal[True],
        n1st: Optional[int] | NotGiven = NOT_GIVEN,
        class__: Optional[None_] | NotGiven = NOT_GIVEN,
        extra_headers_: Optional[str] | NotGiven = NOT_GIVEN,
        timeout_: Optional[float] | NotGiven = NOT_GIVEN,
        type: Optional[Union[str, type_]] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncStream[Either]: ...

    @overload
    async def import_(
        self,
        *,
        from_: str,
        stream: bool,
        n1st: Optional[int] | NotGiven = NOT_GIVEN,
        class__: Optional[None_] | NotGiven = NOT_GIVEN,
        extra_headers_: Optional[str] | NotGiven = NOT_GIVEN,
        timeout_: Optional[float] | NotGiven = NOT_GIVEN,
        type: Optional[Union[str, type_]] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
    ) -> class_ | AsyncStream[Either]: ...

    async def import_(
        self,
        *,
        from_: str,
        n1st: Optional[int] | NotGiven = NOT_GIVEN,
        class__: Optional[None_] | NotGiven = NOT_GIVEN,
        extra_headers_: Optional[str] | NotGiven = NOT_GIVEN,
        timeout_: Optional[float] | NotGiven = NOT_GIVEN,
        type: Optional[Union[str, type_]] | NotGiven = NOT_GIVEN,
        stream: Optional[Literal[False]] | Literal[True] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
    ) -> class_ | AsyncStream[Either]:
        """
        extra_headers: Send extra headers

        extra_query: Add additional query parameters to the request

        extra_body: Add additional JSON properties to the request

        timeout: Override the client-level default timeout for this request, in seconds"""

        from .._streaming import AsyncStream
        from ..types.class_ import class_
        from ..types.either import Either

        return await self._client.request(
            operation("class.import"),
            {
                "from": from_,
                "1st": n1st,
                "class": class__,
                "extra_headers": extra_headers_,
                "timeout": timeout_,
                "type": type,
                "stream": stream,
            },
            cast_to=class_,
            stream_cls=AsyncStream[Either],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class ClassWithRawResponse:
    def __init__(self, resource: Class) -> None:
        self.delete = to_raw_response_wrapper(resource.delete)
        self.import_ = to_raw_response_wrapper(resource.import_)


class AsyncClassWithRawResponse:
    def __init__(self, resource: AsyncClass) -> None:
        self.delete = async_to_raw_response_wrapper(resource.delete)
        self.import_ = async_to_raw_response_wrapper(resource.import_)


class ClassWithStreamingResponse:
    def __init__(self, resource: Class) -> None:
        self.delete = to_streamed_response_wrapper(resource.delete)
        self.import_ = to_streamed_response_wrapper(resource.import_)


class AsyncClassWithStreamingResponse:
    def __init__(self, resource: AsyncClass) -> None:
        self.delete = async_to_streamed_response_wrapper(resource.delete)
        self.import_ = async_to_streamed_response_wrapper(resource.import_)
