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
    from ..types.klass_import_params import KlassImportParams

__all__ = ["Models", "AsyncModels"]


class Models(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> ModelsWithRawResponse:
        """Call a method through this to get the raw response (headers, status) with `.parse()`."""
        return ModelsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ModelsWithStreamingResponse:
        """Like `with_raw_response`, in a `with` block, the body read only when asked."""
        return ModelsWithStreamingResponse(self)

    def get(
        self,
        *,
        q: Optional[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
    ) -> KlassImportParams:
        """
        extra_headers: Send extra headers

        extra_query: Add additional query parameters to the request

        extra_body: Add additional JSON properties to the request

        timeout: Override the client-level default timeout for this request, in seconds"""

        from ..types.klass_import_params import KlassImportParams

        return self._client.request(
            operation("models.get"),
            {
                "q": q,
            },
            cast_to=KlassImportParams,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncModels(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncModelsWithRawResponse:
        """Call a method through this to get the raw response (headers, status) with `.parse()`."""
        return AsyncModelsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncModelsWithStreamingResponse:
        """Like `with_raw_response`, in a `with` block, the body read only when asked."""
        return AsyncModelsWithStreamingResponse(self)

    async def get(
        self,
        *,
        q: Optional[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
    ) -> KlassImportParams:
        """
        extra_headers: Send extra headers

        extra_query: Add additional query parameters to the request

        extra_body: Add additional JSON properties to the request

        timeout: Override the client-level default timeout for this request, in seconds"""

        from ..types.klass_import_params import KlassImportParams

        return await self._client.request(
            operation("models.get"),
            {
                "q": q,
            },
            cast_to=KlassImportParams,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class ModelsWithRawResponse:
    def __init__(self, resource: Models) -> None:
        self.get = to_raw_response_wrapper(resource.get)


class AsyncModelsWithRawResponse:
    def __init__(self, resource: AsyncModels) -> None:
        self.get = async_to_raw_response_wrapper(resource.get)


class ModelsWithStreamingResponse:
    def __init__(self, resource: Models) -> None:
        self.get = to_streamed_response_wrapper(resource.get)


class AsyncModelsWithStreamingResponse:
    def __init__(self, resource: AsyncModels) -> None:
        self.get = async_to_streamed_response_wrapper(resource.get)
