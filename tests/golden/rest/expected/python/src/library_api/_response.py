# File generated from spec.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.

"""Raw responses: ``client.images.with_raw_response.generate(...)`` gives headers, status and ``.parse()``."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any, Awaitable, Callable, Generic, Mapping, TypeVar, cast

from typing_extensions import ParamSpec

if TYPE_CHECKING:
    import httpx

__all__ = ["APIResponse", "AsyncAPIResponse", "to_raw_response_wrapper", "async_to_raw_response_wrapper"]

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
