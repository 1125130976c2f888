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
    from ..pagination import AsyncPaginator, SyncPage
    from ..types.author import Author
    from ..types.author_page import AuthorPage

__all__ = ["Authors", "AsyncAuthors"]


class Authors(SyncAPIResource):
    """The authors of the catalog's books."""

    @cached_property
    def with_raw_response(self) -> AuthorsWithRawResponse:
        """Call a method through this to get the raw response (headers, status) with `.parse()`."""
        return AuthorsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AuthorsWithStreamingResponse:
        """Like `with_raw_response`, in a `with` block, the body read only when asked."""
        return AuthorsWithStreamingResponse(self)

    def list(
        self,
        *,
        page: Optional[int] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPage[Author, AuthorPage]:
        """
        extra_headers: Send extra headers

        extra_query: Add additional query parameters to the request

        extra_body: Add additional JSON properties to the request

        timeout: Override the client-level default timeout for this request, in seconds"""

        from ..pagination import SyncPage
        from ..types.author import Author
        from ..types.author_page import AuthorPage

        return self._client.request(
            operation("authors.list"),
            {
                "page": page,
            },
            cast_to=SyncPage[Author, AuthorPage],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncAuthors(AsyncAPIResource):
    """The authors of the catalog's books."""

    @cached_property
    def with_raw_response(self) -> AsyncAuthorsWithRawResponse:
        """Call a method through this to get the raw response (headers, status) with `.parse()`."""
        return AsyncAuthorsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncAuthorsWithStreamingResponse:
        """Like `with_raw_response`, in a `with` block, the body read only when asked."""
        return AsyncAuthorsWithStreamingResponse(self)

    def list(
        self,
        *,
        page: Optional[int] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[Author, AuthorPage]:
        """
        extra_headers: Send extra headers

        extra_query: Add additional query parameters to the request

        extra_body: Add additional JSON properties to the request

        timeout: Override the client-level default timeout for this request, in seconds"""

        from ..pagination import AsyncPage
        from ..types.author import Author
        from ..types.author_page import AuthorPage

        return self._client.paginate(
            operation("authors.list"),
            {
                "page": page,
            },
            cast_to=AsyncPage[Author, AuthorPage],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AuthorsWithRawResponse:
    def __init__(self, resource: Authors) -> None:
        self.list = to_raw_response_wrapper(resource.list)


class AsyncAuthorsWithRawResponse:
    def __init__(self, resource: AsyncAuthors) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)


class AuthorsWithStreamingResponse:
    def __init__(self, resource: Authors) -> None:
        self.list = to_streamed_response_wrapper(resource.list)


class AsyncAuthorsWithStreamingResponse:
    def __init__(self, resource: AsyncAuthors) -> None:
        self.list = async_to_streamed_response_wrapper(resource.list)
