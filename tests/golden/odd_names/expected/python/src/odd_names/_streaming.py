# File generated from spec.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.

"""A stream of server-sent events, decoded into the operation's event union."""

from __future__ import annotations

import json
from types import TracebackType
from typing import Any, Generic, Iterator, Optional, Type, TypeVar

import httpx
import pydantic

from ._exceptions import APIError

__all__ = ["Stream"]

_T = TypeVar("_T")


class Stream(Generic[_T]):
    """Iterate to get typed events; close it (or use ``with``) to release the connection."""

    def __init__(self, *, event_type: Any, response: httpx.Response) -> None:
        self.response = response
        self._adapter: pydantic.TypeAdapter[_T] = pydantic.TypeAdapter(event_type)
        self._iterator = self._events()

    def __iter__(self) -> Iterator[_T]:
        return self._iterator

    def __next__(self) -> _T:
        return next(self._iterator)

    def _events(self) -> Iterator[_T]:
        data: list[str] = []
        try:
            for line in self.response.iter_lines():
                if line:
                    if line.startswith("data:"):
                        data.append(line[5:].lstrip(" ") if line[5:6] == " " else line[5:])
                    continue
                if not data:
                    continue
                payload = "\n".join(data)
                data = []
                if payload == "[DONE]":
                    return
                yield self._decode(payload)
            if data and data != ["[DONE]"]:
                yield self._decode("\n".join(data))
        finally:
            self.response.close()

    def _decode(self, payload: str) -> _T:
        obj = json.loads(payload)
        if isinstance(obj, dict) and "error" in obj:
            err = obj["error"]
            message = err.get("message") if isinstance(err, dict) else str(err)
            raise APIError(str(message or "stream error"), self.response.request, body=obj)
        return self._adapter.validate_python(obj)

    def close(self) -> None:
        self.response.close()

    def __enter__(self) -> "Stream[_T]":
        return self

    def __exit__(
        self, exc_type: Optional[Type[BaseException]], exc: Optional[BaseException], tb: Optional[TracebackType]
    ) -> None:
        self.close()
