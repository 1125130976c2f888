# File generated from spec.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.


from __future__ import annotations

from typing import Optional, overload, Union

from httpx import Timeout
from typing_extensions import Literal

from .. import _operations
from .._resource import SyncAPIResource
from .._streaming import Stream
from .._types import Body, FileTypes, Headers, NOT_GIVEN, NotGiven, Query
from ..types.class_ import class_
from ..types.either import Either
from ..types.none import None_
from ..types.type import type_

__all__ = ["Class"]


class Class(SyncAPIResource):

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

        return self._client.request(
            _operations.CLASS_DEL,
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

        return self._client.request(
            _operations.CLASS_IMPORT,
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
