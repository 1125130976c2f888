# File generated from spec.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.

"""Raw responses (``client.<resource>.with_raw_response.<method>(...)`` gives headers, status and
``.parse()``) and binary response bodies, read only when asked."""

from __future__ import annotations

import functools
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

if TYPE_CHECKING:
    import httpx

__all__ = [
    "APIResponse",
    "AsyncAPIResponse",
    "BinaryResponseContent",
    "AsyncBinaryResponseContent",
    "to_raw_response_wrapper",
    "async_to_raw_response_wrapper",
]

RAW_RESPONSE_HEADER = "X-Sdkgen-Raw-Response"

_R = TypeVar("_R")
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

    def parse(self) -> _R:
        """The typed result (a model, or a stream for streaming calls); parsed once."""
        if not self._parsed:
            self._parsed.append(self._parse())
        return self._parsed[0]

    def __repr__(self) -> str:
        return f"<{type(self).__name__} [{self.status_code}] {self.http_response.request.method} {self.url}>"


class AsyncAPIResponse(APIResponse[_R]):
    pass


class BinaryResponseContent:
    """A binary body, streamed: nothing is read until ``.content``, ``.text``, ``.iter_bytes()`` or
    ``.write_to_file()`` asks; close it (or use ``with``) when it is not read to the end."""

    def __init__(self, response: "httpx.Response") -> None:
        self.response = response

    @property
    def content(self) -> bytes:
        """The whole body (read on first use)."""
        return self.response.read()

    @property
    def text(self) -> str:
        """The whole body decoded as text (its charset, else UTF-8)."""
        self.response.read()
        return self.response.text

    def read(self) -> bytes:
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

    def __init__(self, response: "httpx.Response") -> None:
        self.response = response

    @property
    def content(self) -> bytes:
        """The whole body, once ``await .read()`` has read it."""
        return self.response.content

    @property
    def text(self) -> str:
        """The body decoded as text, once ``await .read()`` has read it."""
        return self.response.text

    async def read(self) -> bytes:
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


def _with_raw_header(kwargs: Mapping[str, Any]) -> dict[str, Any]:
    out = dict(kwargs)
    headers = dict(out.get("extra_headers") or {})
    headers[RAW_RESPONSE_HEADER] = "true"
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
