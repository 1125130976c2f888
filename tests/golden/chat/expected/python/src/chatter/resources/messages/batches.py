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

if TYPE_CHECKING:
    from typing import Iterable, Optional

    from httpx import Timeout

    from ..._streaming import AsyncJSONLDecoder, JSONLDecoder
    from ..._types import Body, Headers, Query
    from ...pagination import AsyncPaginator, SyncPage
    from ...types.batch_list import BatchList
    from ...types.batch_request_param import BatchRequestParam
    from ...types.batch_result import BatchResult
    from ...types.message_batch import MessageBatch

__all__ = ["Batches", "AsyncBatches"]


class Batches(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> BatchesWithRawResponse:
        """Call a method through this to get the raw response (headers, status) with `.parse()`."""
        return BatchesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> BatchesWithStreamingResponse:
        """Like `with_raw_response`, in a `with` block, the body read only when asked."""
        return BatchesWithStreamingResponse(self)

    def create(
        self,
        *,
        requests: Iterable[BatchRequestParam],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
    ) -> MessageBatch:
        """
        extra_headers: Send extra headers

        extra_query: Add additional query parameters to the request

        extra_body: Add additional JSON properties to the request

        timeout: Override the client-level default timeout for this request, in seconds"""

        from ...types.message_batch import MessageBatch

        return self._client.request(
            operation("messages.batches.create"),
            {
                "requests": requests,
            },
            cast_to=MessageBatch,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def list(
        self,
        *,
        after_id: Optional[str] | NotGiven = NOT_GIVEN,
        limit: Optional[int] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPage[MessageBatch, BatchList]:
        """
        extra_headers: Send extra headers

        extra_query: Add additional query parameters to the request

        extra_body: Add additional JSON properties to the request

        timeout: Override the client-level default timeout for this request, in seconds"""

        from ...pagination import SyncPage
        from ...types.batch_list import BatchList
        from ...types.message_batch import MessageBatch

        return self._client.request(
            operation("messages.batches.list"),
            {
                "after_id": after_id,
                "limit": limit,
            },
            cast_to=SyncPage[MessageBatch, BatchList],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def results(
        self,
        message_batch_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
    ) -> JSONLDecoder[BatchResult]:
        """
        extra_headers: Send extra headers

        extra_query: Add additional query parameters to the request

        extra_body: Add additional JSON properties to the request

        timeout: Override the client-level default timeout for this request, in seconds"""

        from ..._streaming import JSONLDecoder
        from ...types.batch_result import BatchResult

        return self._client.request(
            operation("messages.batches.results"),
            {
                "message_batch_id": message_batch_id,
            },
            cast_to=JSONLDecoder[BatchResult],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def retrieve(
        self,
        message_batch_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
    ) -> MessageBatch:
        """
        extra_headers: Send extra headers

        extra_query: Add additional query parameters to the request

        extra_body: Add additional JSON properties to the request

        timeout: Override the client-level default timeout for this request, in seconds"""

        from ...types.message_batch import MessageBatch

        return self._client.request(
            operation("messages.batches.retrieve"),
            {
                "message_batch_id": message_batch_id,
            },
            cast_to=MessageBatch,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncBatches(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncBatchesWithRawResponse:
        """Call a method through this to get the raw response (headers, status) with `.parse()`."""
        return AsyncBatchesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncBatchesWithStreamingResponse:
        """Like `with_raw_response`, in a `with` block, the body read only when asked."""
        return AsyncBatchesWithStreamingResponse(self)

    async def create(
        self,
        *,
        requests: Iterable[BatchRequestParam],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
    ) -> MessageBatch:
        """
        extra_headers: Send extra headers

        extra_query: Add additional query parameters to the request

        extra_body: Add additional JSON properties to the request

        timeout: Override the client-level default timeout for this request, in seconds"""

        from ...types.message_batch import MessageBatch

        return await self._client.request(
            operation("messages.batches.create"),
            {
                "requests": requests,
            },
            cast_to=MessageBatch,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def list(
        self,
        *,
        after_id: Optional[str] | NotGiven = NOT_GIVEN,
        limit: Optional[int] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[MessageBatch, BatchList]:
        """
        extra_headers: Send extra headers

        extra_query: Add additional query parameters to the request

        extra_body: Add additional JSON properties to the request

        timeout: Override the client-level default timeout for this request, in seconds"""

        from ...pagination import AsyncPage
        from ...types.batch_list import BatchList
        from ...types.message_batch import MessageBatch

        return self._client.paginate(
            operation("messages.batches.list"),
            {
                "after_id": after_id,
                "limit": limit,
            },
            cast_to=AsyncPage[MessageBatch, BatchList],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def results(
        self,
        message_batch_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncJSONLDecoder[BatchResult]:
        """
        extra_headers: Send extra headers

        extra_query: Add additional query parameters to the request

        extra_body: Add additional JSON properties to the request

        timeout: Override the client-level default timeout for this request, in seconds"""

        from ..._streaming import AsyncJSONLDecoder
        from ...types.batch_result import BatchResult

        return await self._client.request(
            operation("messages.batches.results"),
            {
                "message_batch_id": message_batch_id,
            },
            cast_to=AsyncJSONLDecoder[BatchResult],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def retrieve(
        self,
        message_batch_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
    ) -> MessageBatch:
        """
        extra_headers: Send extra headers

        extra_query: Add additional query parameters to the request

        extra_body: Add additional JSON properties to the request

        timeout: Override the client-level default timeout for this request, in seconds"""

        from ...types.message_batch import MessageBatch

        return await self._client.request(
            operation("messages.batches.retrieve"),
            {
                "message_batch_id": message_batch_id,
            },
            cast_to=MessageBatch,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class BatchesWithRawResponse:
    def __init__(self, resource: Batches) -> None:
        self.create = to_raw_response_wrapper(resource.create)
        self.list = to_raw_response_wrapper(resource.list)
        self.results = to_raw_response_wrapper(resource.results)
        self.retrieve = to_raw_response_wrapper(resource.retrieve)


class AsyncBatchesWithRawResponse:
    def __init__(self, resource: AsyncBatches) -> None:
        self.create = async_to_raw_response_wrapper(resource.create)
        self.list = async_to_raw_response_wrapper(resource.list)
        self.results = async_to_raw_response_wrapper(resource.results)
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)


class BatchesWithStreamingResponse:
    def __init__(self, resource: Batches) -> None:
        self.create = to_streamed_response_wrapper(resource.create)
        self.list = to_streamed_response_wrapper(resource.list)
        self.results = to_streamed_response_wrapper(resource.results)
        self.retrieve = to_streamed_response_wrapper(resource.retrieve)


class AsyncBatchesWithStreamingResponse:
    def __init__(self, resource: AsyncBatches) -> None:
        self.create = async_to_streamed_response_wrapper(resource.create)
        self.list = async_to_streamed_response_wrapper(resource.list)
        self.results = async_to_streamed_response_wrapper(resource.results)
        self.retrieve = async_to_streamed_response_wrapper(resource.retrieve)
