# File generated from spec.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.

"""Raw responses (``client.<resource>.with_raw_response.<method>(...)`` gives headers, status and
``.parse()``), streamed responses (``with client.<resource>.with_streaming_response.<method>(...) as
response:`` gives the status and headers at once and reads the body only when asked) and binary
response bodies, read only when asked."""

from __future__ import annotations

import functools
import json
import os
from types import TracebackType
from typing import (
    TYPE_CHECKING,
    Any,
    AsyncIterator,
    Awaitable,
    Callable,
    Generic,
    Iterator,
    Mapping,
    Optional,
    Type,
    TypeVar,
    Union,
    cast,
)

from typing_extensions import ParamSpec

from ._exceptions import HostileClientError

if TYPE_CHECKING:
    import datetime

    import httpx

__all__ = [
    "APIResponse",
    "AsyncAPIResponse",
    "BinaryResponseContent",
    "AsyncBinaryResponseContent",
    "StreamedAPIResponse",
    "AsyncStreamedAPIResponse",
    "StreamAlreadyConsumed",
    "ResponseContextManager",
    "AsyncResponseContextManager",
    "to_raw_response_wrapper",
    "async_to_raw_response_wrapper",
    "to_streamed_response_wrapper",
    "async_to_streamed_response_wrapper",
]

RAW_RESPONSE_HEADER = "X-Sdkgen-Raw-Response"  # "raw": the body read, "stream": read only when asked

_R = TypeVar("_R")
_T = TypeVar("_T")
_P = ParamSpec("_P")


class APIResponse(Generic[_R]):
    def __init__(self, http_response: "httpx.Response", parse: Callable[[], _R]) -> None:
        self.http_response = http_response
        self._parse = parse
        self._parsed: list[_R] = []

    @property
    def headers(self) -> "httpx.Headers":
        return self.http_response.headers

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def request_id(self) -> "str | None":
        from ._exceptions import REQUEST_ID_HEADER

        value = self.http_response.headers.get(REQUEST_ID_HEADER) if REQUEST_ID_HEADER else None
        return value if isinstance(value, str) else None

    @property
    def url(self) -> "httpx.URL":
        return self.http_response.url

    @property
    def http_request(self) -> "httpx.Request":
        """The request as sent (its headers included)."""
        return self.http_response.request

    @property
    def method(self) -> str:
        return self.http_response.request.method

    @property
    def http_version(self) -> str:
        return self.http_response.http_version

    @property
    def elapsed(self) -> "datetime.timedelta":
        """From sending the request to the end of the body (available once the body is read or closed)."""
        return self.http_response.elapsed

    @property
    def is_closed(self) -> bool:
        """Whether the body was read to the end (or given up); a streaming call's stays open until read."""
        return self.http_response.is_closed

    def parse(self) -> _R:
        """The typed result (a model, or a stream for streaming calls); parsed once."""
        if not self._parsed:
            self._parsed.append(self._parse())
        return self._parsed[0]

    def __repr__(self) -> str:
        return f"<{type(self).__name__} [{self.status_code}] {self.http_response.request.method} {self.url}>"


class AsyncAPIResponse(APIResponse[_R]):
    pass


class StreamAlreadyConsumed(HostileClientError):
    """A streamed response's body was iterated once already and was not kept (``.read()`` keeps it)."""

    def __init__(self) -> None:
        super().__init__(
            "The response body was already streamed, and a body can be streamed only once. Call .read() first to"
            " keep it in memory, then .text(), .json(), .parse() and the iter_ methods can each use it."
        )


class StreamedAPIResponse(APIResponse[_R]):
    """The response inside ``with ....with_streaming_response.<method>(...) as response:``: status and
    headers at once, the body only when asked (``.parse()``, ``.read()``, ``.text()``, ``.json()``,
    ``.iter_bytes()``, ``.iter_text()``, ``.iter_lines()``); leaving the block closes it."""

    def __init__(
        self, http_response: "httpx.Response", parse: Callable[[], _R], read: Callable[[], None], reads_itself: bool
    ) -> None:
        super().__init__(http_response, parse)
        self._read_body, self._reads_itself, self._was_read, self._streamed = read, reads_itself, False, False

    def _stream_once(self) -> None:
        """The body is streamed at most once, unless ``.read()`` kept it in memory first."""
        if self._streamed and not self._was_read:
            raise StreamAlreadyConsumed()
        self._streamed = True

    def read(self) -> bytes:
        """The whole body (within the client's size cap and deadline); read once."""
        if not self._was_read:
            self._stream_once()
            self._read_body()
            self._was_read = True
        return self.http_response.content

    def text(self) -> str:
        self.read()
        return self.http_response.text

    def json(self) -> object:
        return json.loads(self.read())

    def parse(self) -> _R:
        """The typed result: the body is read first, unless the result reads it (a stream, binary content)."""
        if not self._reads_itself:
            self.read()
        elif not self._parsed:
            self._stream_once()
        return super().parse()

    def iter_bytes(self, chunk_size: Optional[int] = None) -> Iterator[bytes]:
        self._stream_once()
        return self.http_response.iter_bytes(chunk_size)

    def iter_text(self, chunk_size: Optional[int] = None) -> Iterator[str]:
        self._stream_once()
        return self.http_response.iter_text(chunk_size)

    def iter_lines(self) -> Iterator[str]:
        self._stream_once()
        return self.http_response.iter_lines()

    def close(self) -> None:
        self.http_response.close()


class AsyncStreamedAPIResponse(APIResponse[_R]):
    """``StreamedAPIResponse`` for the async client: ``await response.parse()``, ``await .read()``,
    ``async for`` over ``.iter_bytes()`` / ``.iter_text()`` / ``.iter_lines()``."""

    def __init__(
        self,
        http_response: "httpx.Response",
        parse: Callable[[], _R],
        read: Callable[[], Awaitable[None]],
        reads_itself: bool,
    ) -> None:
        super().__init__(http_response, parse)
        self._read_body, self._reads_itself, self._was_read, self._streamed = read, reads_itself, False, False

    def _stream_once(self) -> None:
        if self._streamed and not self._was_read:
            raise StreamAlreadyConsumed()
        self._streamed = True

    async def read(self) -> bytes:
        if not self._was_read:
            self._stream_once()
            await self._read_body()
            self._was_read = True
        return self.http_response.content

    async def text(self) -> str:
        await self.read()
        return self.http_response.text

    async def json(self) -> object:
        return json.loads(await self.read())

    async def parse(self) -> _R:  # type: ignore[override]
        if not self._reads_itself:
            await self.read()
        elif not self._parsed:
            self._stream_once()
        return super().parse()

    async def iter_bytes(self, chunk_size: Optional[int] = None) -> AsyncIterator[bytes]:
        self._stream_once()
        async for data in self.http_response.aiter_bytes(chunk_size):
            yield data

    async def iter_text(self, chunk_size: Optional[int] = None) -> AsyncIterator[str]:
        self._stream_once()
        async for text in self.http_response.aiter_text(chunk_size):
            yield text

    async def iter_lines(self) -> AsyncIterator[str]:
        self._stream_once()
        async for line in self.http_response.aiter_lines():
            yield line

    async def close(self) -> None:
        await self.http_response.aclose()


class ResponseContextManager(Generic[_T]):
    """Makes the call on entering the ``with`` block (errors are raised there) and closes the
    response on leaving it."""

    def __init__(self, call: Callable[[], _T]) -> None:
        self._call = call
        self._response: Optional[_T] = None

    def __enter__(self) -> _T:
        self._response = self._call()
        return self._response

    def __exit__(
        self, exc_type: Optional[Type[BaseException]], exc: Optional[BaseException], tb: Optional[TracebackType]
    ) -> None:
        if isinstance(self._response, APIResponse):
            self._response.http_response.close()


class AsyncResponseContextManager(Generic[_T]):
    """``ResponseContextManager`` for ``async with``."""

    def __init__(self, call: Awaitable[_T]) -> None:
        self._call = call
        self._response: Optional[_T] = None

    async def __aenter__(self) -> _T:
        self._response = await self._call
        return self._response

    async def __aexit__(
        self, exc_type: Optional[Type[BaseException]], exc: Optional[BaseException], tb: Optional[TracebackType]
    ) -> None:
        if isinstance(self._response, APIResponse):
            await self._response.http_response.aclose()


class BinaryResponseContent:
    """A binary body, streamed: nothing is read until ``.content``, ``.text``, ``.iter_bytes()`` or
    ``.write_to_file()`` asks; close it (or use ``with``) when it is not read to the end."""

    def __init__(self, response: "httpx.Response", max_bytes: Optional[int] = None) -> None:
        self.response = response
        self.max_bytes = max_bytes  # .read()/.content/.text read no more than this (None: no bound)

    @property
    def content(self) -> bytes:
        """The whole body (read on first use)."""
        return self.read()

    @property
    def text(self) -> str:
        """The whole body decoded as text (its charset, else UTF-8)."""
        self.read()
        return self.response.text

    def read(self) -> bytes:
        if not self.response.is_stream_consumed:
            counter = _Counter(self.response, self.max_bytes)
            try:
                self.response._content = b"".join(counter.add(data) for data in self.response.iter_bytes())
            finally:
                self.response.close()
        return self.response.read()

    def iter_bytes(self, chunk_size: Optional[int] = None) -> Iterator[bytes]:
        return self.response.iter_bytes(chunk_size)

    def write_to_file(self, file: Union[str, "os.PathLike[str]"]) -> None:
        """Stream the body into ``file`` without holding it in memory."""
        with open(file, mode="wb") as f:
            for data in self.response.iter_bytes():
                f.write(data)

    def close(self) -> None:
        self.response.close()

    def __enter__(self) -> "BinaryResponseContent":
        return self

    def __exit__(
        self, exc_type: Optional[Type[BaseException]], exc: Optional[BaseException], tb: Optional[TracebackType]
    ) -> None:
        self.close()


class AsyncBinaryResponseContent:
    """A binary body on the async client: ``await .read()`` (then ``.content`` and ``.text``),
    ``async for`` over ``.iter_bytes()``, ``await .write_to_file(path)``; ``await .close()``."""

    def __init__(self, response: "httpx.Response", max_bytes: Optional[int] = None) -> None:
        self.response = response
        self.max_bytes = max_bytes  # await .read() reads no more than this (None: no bound)

    @property
    def content(self) -> bytes:
        """The whole body, once ``await .read()`` has read it."""
        return self.response.content

    @property
    def text(self) -> str:
        """The body decoded as text, once ``await .read()`` has read it."""
        return self.response.text

    async def read(self) -> bytes:
        if not self.response.is_stream_consumed:
            counter = _Counter(self.response, self.max_bytes)
            try:
                self.response._content = b"".join([counter.add(data) async for data in self.response.aiter_bytes()])
            finally:
                await self.response.aclose()
        return await self.response.aread()

    async def iter_bytes(self, chunk_size: Optional[int] = None) -> AsyncIterator[bytes]:
        async for data in self.response.aiter_bytes(chunk_size):
            yield data

    async def write_to_file(self, file: Union[str, "os.PathLike[str]"]) -> None:
        """Stream the body into ``file`` without holding it in memory."""
        with open(file, mode="wb") as f:
            async for data in self.response.aiter_bytes():
                f.write(data)

    async def close(self) -> None:
        await self.response.aclose()

    async def __aenter__(self) -> "AsyncBinaryResponseContent":
        return self

    async def __aexit__(
        self, exc_type: Optional[Type[BaseException]], exc: Optional[BaseException], tb: Optional[TracebackType]
    ) -> None:
        await self.close()


class _Counter:
    """Counts the bytes of a body read whole; past ``limit`` an ``APIResponseValidationError``."""

    def __init__(self, response: "httpx.Response", limit: Optional[int]) -> None:
        self.response, self.limit, self.size = response, limit, 0

    def add(self, data: bytes) -> bytes:
        self.size += len(data)
        if self.limit is not None and self.size > self.limit:
            from ._exceptions import APIResponseValidationError

            raise APIResponseValidationError(
                self.response,
                None,
                message=f"The response body is larger than max_response_bytes ({self.limit} bytes); it was not read.",
            )
        return data


def _with_raw_header(kwargs: Mapping[str, Any], mode: str = "raw") -> dict[str, Any]:
    out = dict(kwargs)
    headers = dict(out.get("extra_headers") or {})
    headers[RAW_RESPONSE_HEADER] = mode
    out["extra_headers"] = headers
    return out


def to_raw_response_wrapper(func: Callable[_P, _R]) -> Callable[_P, APIResponse[_R]]:
    @functools.wraps(func)
    def wrapped(*args: _P.args, **kwargs: _P.kwargs) -> APIResponse[_R]:
        return cast("APIResponse[_R]", func(*args, **_with_raw_header(kwargs)))

    return wrapped


def async_to_raw_response_wrapper(func: Callable[_P, Awaitable[_R]]) -> Callable[_P, Awaitable[AsyncAPIResponse[_R]]]:
    @functools.wraps(func)
    async def wrapped(*args: _P.args, **kwargs: _P.kwargs) -> AsyncAPIResponse[_R]:
        return cast("AsyncAPIResponse[_R]", await func(*args, **_with_raw_header(kwargs)))

    return wrapped


def to_streamed_response_wrapper(
    func: Callable[_P, _R],
) -> Callable[_P, ResponseContextManager[StreamedAPIResponse[_R]]]:
    @functools.wraps(func)
    def wrapped(*args: _P.args, **kwargs: _P.kwargs) -> ResponseContextManager[StreamedAPIResponse[_R]]:
        call = functools.partial(func, *args, **_with_raw_header(kwargs, "stream"))
        return ResponseContextManager(cast("Callable[[], StreamedAPIResponse[_R]]", call))

    return wrapped


def async_to_streamed_response_wrapper(
    func: Callable[_P, Awaitable[_R]],
) -> Callable[_P, AsyncResponseContextManager[AsyncStreamedAPIResponse[_R]]]:
    @functools.wraps(func)
    def wrapped(*args: _P.args, **kwargs: _P.kwargs) -> AsyncResponseContextManager[AsyncStreamedAPIResponse[_R]]:
        call = func(*args, **_with_raw_header(kwargs, "stream"))
        return AsyncResponseContextManager(cast("Awaitable[AsyncStreamedAPIResponse[_R]]", call))

    return wrapped
