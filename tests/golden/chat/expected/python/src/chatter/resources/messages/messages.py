# File generated from spec.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.


from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, overload

from ..._resource import AsyncAPIResource, SyncAPIResource
from ..._response import (
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from ..._types import NOT_GIVEN, NotGiven
from ..._validation import operation
from .batches import (
    AsyncBatches,
    AsyncBatchesWithRawResponse,
    AsyncBatchesWithStreamingResponse,
    Batches,
    BatchesWithRawResponse,
    BatchesWithStreamingResponse,
)

if TYPE_CHECKING:
    from typing import Dict, Iterable, Optional

    from httpx import Timeout
    from typing_extensions import Literal

    from ..._streaming import AsyncStream, Stream
    from ..._types import Body, Headers, Query
    from ...types.message import Message
    from ...types.message_param_param import MessageParamParam
    from ...types.message_stream_event import MessageStreamEvent
    from ...types.tool_param import ToolParam

__all__ = ["Messages", "AsyncMessages"]


class Messages(SyncAPIResource):
    @cached_property
    def batches(self) -> Batches:
        return Batches(self._client)

    @cached_property
    def with_raw_response(self) -> MessagesWithRawResponse:
        """Call a method through this to get the raw response (headers, status) with `.parse()`."""
        return MessagesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> MessagesWithStreamingResponse:
        """Like `with_raw_response`, in a `with` block, the body read only when asked."""
        return MessagesWithStreamingResponse(self)

    @overload
    def create(
        self,
        *,
        max_tokens: int,
        messages: Iterable[MessageParamParam],
        model: str,
        metadata: Optional[Dict[str, str]] | NotGiven = NOT_GIVEN,
        temperature: Optional[float] | NotGiven = NOT_GIVEN,
        tools: Optional[Iterable[ToolParam]] | NotGiven = NOT_GIVEN,
        stream: Optional[Literal[False]] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Message: ...

    @overload
    def create(
        self,
        *,
        max_tokens: int,
        messages: Iterable[MessageParamParam],
        model: str,
        stream: Literal[True],
        metadata: Optional[Dict[str, str]] | NotGiven = NOT_GIVEN,
        temperature: Optional[float] | NotGiven = NOT_GIVEN,
        tools: Optional[Iterable[ToolParam]] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Stream[MessageStreamEvent]: ...

    @overload
    def create(
        self,
        *,
        max_tokens: int,
        messages: Iterable[MessageParamParam],
        model: str,
        stream: bool,
        metadata: Optional[Dict[str, str]] | NotGiven = NOT_GIVEN,
        temperature: Optional[float] | NotGiven = NOT_GIVEN,
        tools: Optional[Iterable[ToolParam]] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Message | Stream[MessageStreamEvent]: ...

    def create(
        self,
        *,
        max_tokens: int,
        messages: Iterable[MessageParamParam],
        model: str,
        metadata: Optional[Dict[str, str]] | NotGiven = NOT_GIVEN,
        temperature: Optional[float] | NotGiven = NOT_GIVEN,
        tools: Optional[Iterable[ToolParam]] | NotGiven = NOT_GIVEN,
        stream: Optional[Literal[False]] | Literal[True] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Message | Stream[MessageStreamEvent]:
        """
        extra_headers: Send extra headers

        extra_query: Add additional query parameters to the request

        extra_body: Add additional JSON properties to the request

        timeout: Override the client-level default timeout for this request, in seconds"""

        from ..._streaming import Stream
        from ...types.message import Message
        from ...types.message_stream_event import MessageStreamEvent

        return self._client.request(
            operation("messages.create"),
            {
                "max_tokens": max_tokens,
                "messages": messages,
                "model": model,
                "metadata": metadata,
                "temperature": temperature,
                "tools": tools,
                "stream": stream,
            },
            cast_to=Message,
            stream_cls=Stream[MessageStreamEvent],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncMessages(AsyncAPIResource):
    @cached_property
    def batches(self) -> AsyncBatches:
        return AsyncBatches(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncMessagesWithRawResponse:
        """Call a method through this to get the raw response (headers, status) with `.parse()`."""
        return AsyncMessagesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncMessagesWithStreamingResponse:
        """Like `with_raw_response`, in a `with` block, the body read only when asked."""
        return AsyncMessagesWithStreamingResponse(self)

    @overload
    async def create(
        self,
        *,
        max_tokens: int,
        messages: Iterable[MessageParamParam],
        model: str,
        metadata: Optional[Dict[str, str]] | NotGiven = NOT_GIVEN,
        temperature: Optional[float] | NotGiven = NOT_GIVEN,
        tools: Optional[Iterable[ToolParam]] | NotGiven = NOT_GIVEN,
        stream: Optional[Literal[False]] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Message: ...

    @overload
    async def create(
        self,
        *,
        max_tokens: int,
        messages: Iterable[MessageParamParam],
        model: str,
        stream: Literal[True],
        metadata: Optional[Dict[str, str]] | NotGiven = NOT_GIVEN,
        temperature: Optional[float] | NotGiven = NOT_GIVEN,
        tools: Optional[Iterable[ToolParam]] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncStream[MessageStreamEvent]: ...

    @overload
    async def create(
        self,
        *,
        max_tokens: int,
        messages: Iterable[MessageParamParam],
        model: str,
        stream: bool,
        metadata: Optional[Dict[str, str]] | NotGiven = NOT_GIVEN,
        temperature: Optional[float] | NotGiven = NOT_GIVEN,
        tools: Optional[Iterable[ToolParam]] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Message | AsyncStream[MessageStreamEvent]: ...

    async def create(
        self,
        *,
        max_tokens: int,
        messages: Iterable[MessageParamParam],
        model: str,
        metadata: Optional[Dict[str, str]] | NotGiven = NOT_GIVEN,
        temperature: Optional[float] | NotGiven = NOT_GIVEN,
        tools: Optional[Iterable[ToolParam]] | NotGiven = NOT_GIVEN,
        stream: Optional[Literal[False]] | Literal[True] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Message | AsyncStream[MessageStreamEvent]:
        """
        extra_headers: Send extra headers

        extra_query: Add additional query parameters to the request

        extra_body: Add additional JSON properties to the request

        timeout: Override the client-level default timeout for this request, in seconds"""

        from ..._streaming import AsyncStream
        from ...types.message import Message
        from ...types.message_stream_event import MessageStreamEvent

        return await self._client.request(
            operation("messages.create"),
            {
                "max_tokens": max_tokens,
                "messages": messages,
                "model": model,
                "metadata": metadata,
                "temperature": temperature,
                "tools": tools,
                "stream": stream,
            },
            cast_to=Message,
            stream_cls=AsyncStream[MessageStreamEvent],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class MessagesWithRawResponse:
    def __init__(self, resource: Messages) -> None:
        self._resource = resource
        self.create = to_raw_response_wrapper(resource.create)

    @cached_property
    def batches(self) -> BatchesWithRawResponse:
        return BatchesWithRawResponse(self._resource.batches)


class AsyncMessagesWithRawResponse:
    def __init__(self, resource: AsyncMessages) -> None:
        self._resource = resource
        self.create = async_to_raw_response_wrapper(resource.create)

    @cached_property
    def batches(self) -> AsyncBatchesWithRawResponse:
        return AsyncBatchesWithRawResponse(self._resource.batches)


class MessagesWithStreamingResponse:
    def __init__(self, resource: Messages) -> None:
        self._resource = resource
        self.create = to_streamed_response_wrapper(resource.create)

    @cached_property
    def batches(self) -> BatchesWithStreamingResponse:
        return BatchesWithStreamingResponse(self._resource.batches)


class AsyncMessagesWithStreamingResponse:
    def __init__(self, resource: AsyncMessages) -> None:
        self._resource = resource
        self.create = async_to_streamed_response_wrapper(resource.create)

    @cached_property
    def batches(self) -> AsyncBatchesWithStreamingResponse:
        return AsyncBatchesWithStreamingResponse(self._resource.batches)
