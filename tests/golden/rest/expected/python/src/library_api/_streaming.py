# File generated from spec.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.

"""Server-sent events (a linear-time decoder and the typed Stream / AsyncStream over it) and JSON
Lines (JSONLDecoder / AsyncJSONLDecoder).

The SSE decoder keeps one growing buffer, scans only bytes it has not scanned yet for a line end,
and copies each line out once; an event of several megabytes on one line costs one pass.
"""

from __future__ import annotations

import json
import re
import time
from types import TracebackType
from typing import TYPE_CHECKING, Any, AsyncIterator, Dict, Generic, Iterator, List, Optional, Type, TypeVar

from ._exceptions import (
    ERROR_ENVELOPE,
    ERROR_FIELDS,
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    error_object,
)
from ._models import validate
from ._validation import StreamSpec

if TYPE_CHECKING:
    import httpx

__all__ = [
    "ServerSentEvent",
    "SSEDecoder",
    "Stream",
    "AsyncStream",
    "UnknownStreamEvent",
    "JSONLDecoder",
    "AsyncJSONLDecoder",
]

_T = TypeVar("_T")
_LINE_END = re.compile(rb"\r\n|\r|\n")


class ServerSentEvent:
    __slots__ = ("event", "data", "id", "retry")

    def __init__(self, event: Optional[str], data: str, id: Optional[str], retry: Optional[int]) -> None:
        self.event = event
        self.data = data
        self.id = id
        self.retry = retry

    def json(self) -> Any:
        return json.loads(self.data)

    def __repr__(self) -> str:
        return f"ServerSentEvent(event={self.event!r}, data={self.data[:60]!r}, id={self.id!r}, retry={self.retry!r})"


class EventTooLarge(ValueError):
    """One event (or JSON line) is larger than the client's ``max_response_bytes``."""


class SSEDecoder:
    """Bytes in, events out (the WHATWG rules: ``event``, ``data``, ``id``, ``retry``, comments).

    ``max_event_bytes`` bounds one unfinished event (None: no bound); beyond it ``EventTooLarge``."""

    def __init__(self, max_event_bytes: Optional[int] = None) -> None:
        self._max = max_event_bytes
        self._size = 0  # bytes of the current event's data lines
        self._buf = bytearray()
        self._scanned = 0  # bytes of _buf known to hold no line end
        self._saw_cr = False
        self._data: List[bytes] = []
        self._event: Optional[str] = None
        self._id: Optional[str] = None
        self._retry: Optional[int] = None
        self._pending_fields = False

    def feed(self, chunk: bytes) -> List[ServerSentEvent]:
        buf = self._buf
        buf += chunk
        if not self._saw_cr and b"\r" in chunk:
            self._saw_cr = True
        out: List[ServerSentEvent] = []
        start = 0
        pos = self._scanned
        while True:
            if self._saw_cr:
                m = _LINE_END.search(buf, pos)
                if m is None:
                    break
                end, nxt = m.start(), m.end()
                if nxt == len(buf) and nxt - end == 1 and buf[end] == 0x0D:  # a lone CR may be half of CRLF: wait
                    break
            else:
                end = buf.find(b"\n", pos)
                if end < 0:
                    break
                nxt = end + 1
            event = self._line(bytes(buf[start:end]))
            if event is not None:
                out.append(event)
            start = pos = nxt
        if start:
            del buf[:start]
        self._scanned = len(buf) - (1 if buf.endswith(b"\r") else 0)
        if self._max is not None and len(buf) + self._size > self._max:
            raise EventTooLarge(f"an event is larger than max_response_bytes ({self._max} bytes)")
        return out

    def _line(self, line: bytes) -> Optional[ServerSentEvent]:
        if not line:
            return self._dispatch()
        if line[:1] == b":":
            return None
        colon = line.find(b":")
        if colon < 0:
            field, value = line, b""
        else:
            field = line[:colon]
            value = line[colon + 1 :]
            if value[:1] == b" ":
                value = value[1:]
        self._pending_fields = True
        if field == b"data":
            self._data.append(value)
            self._size += len(value) + 1
            if self._max is not None and self._size > self._max:
                raise EventTooLarge(f"an event is larger than max_response_bytes ({self._max} bytes)")
        elif field == b"event":
            self._event = value.decode("utf-8")
        elif field == b"id":
            if b"\0" not in value:
                self._id = value.decode("utf-8")
        elif field == b"retry":
            if value.isdigit():
                self._retry = int(value)
        return None

    def _dispatch(self) -> Optional[ServerSentEvent]:
        self._pending_fields = False
        self._size = 0
        if not self._data:
            self._event = None
            return None
        data = self._data[0] if len(self._data) == 1 else b"\n".join(self._data)
        event = ServerSentEvent(self._event, data.decode("utf-8"), self._id, self._retry)
        self._data = []
        self._event = None
        return event

    def pending(self) -> int:
        """Bytes of an unfinished event (0 when the stream ended on an event boundary)."""
        return len(self._buf) + sum(len(d) for d in self._data) + (1 if self._pending_fields else 0)


class UnknownStreamEvent:
    """An event whose ``type`` the spec does not know (the API added one): kept, not dropped."""

    def __init__(self, type: str, data: Dict[str, Any]) -> None:
        self.type = type
        self.data = data

    def __getattr__(self, name: str) -> Any:
        try:
            return self.data[name]
        except KeyError:
            raise AttributeError(name) from None

    def __repr__(self) -> str:
        return f"UnknownStreamEvent(type={self.type!r})"


class _EventParser:
    """Turns decoded events into the union's models, picking the variant by its discriminator."""

    _cache: Dict[Any, "_EventParser"] = {}

    def __init__(self, event_type: Any) -> None:
        import typing

        self.variants: Dict[str, Any] = {}
        self.discriminator = ""
        args = typing.get_args(event_type)
        members = typing.get_args(args[0]) if args and typing.get_origin(event_type) is typing.Annotated else args
        for meta in args[1:] if args else ():
            disc = getattr(meta, "discriminator", None)
            if isinstance(disc, str):
                self.discriminator = disc
        for model in members or (event_type,):
            fields = getattr(model, "model_fields", {})
            field = fields.get(self.discriminator)
            if field is not None:
                for value in typing.get_args(field.annotation):
                    self.variants[value] = model

    @classmethod
    def of(cls, event_type: Any) -> "_EventParser":
        parser = cls._cache.get(event_type)
        if parser is None:
            parser = cls._cache[event_type] = cls(event_type)
        return parser

    def parse(self, obj: Any, strict: bool) -> Any:
        kind = obj.get(self.discriminator) if isinstance(obj, dict) else None
        model = self.variants.get(kind) if isinstance(kind, str) else None
        if model is None:
            return UnknownStreamEvent(str(kind), obj if isinstance(obj, dict) else {"data": obj})
        return validate(model, obj, strict, lambda exc: None)


_SKIP = object()


def _event_or_error(sse: ServerSentEvent, parser: _EventParser, response: "httpx.Response", stream: "_Events") -> Any:
    """The event's typed value, ``_SKIP`` for a keep-alive, or the API error an error event carries."""
    spec = stream.spec
    if sse.event in spec.keepalive:
        return _SKIP
    obj = _loads(sse.data)
    kind = sse.event or (obj.get(parser.discriminator) if isinstance(obj, dict) else None)
    if kind in spec.keepalive:
        return _SKIP
    if kind == (spec.error_event or "error") and kind not in parser.variants:
        raise APIStatusError(_error_message(obj, sse.data), response=response, body=obj)
    error = obj.get(ERROR_ENVELOPE) if isinstance(obj, dict) and ERROR_ENVELOPE else None
    if error is not None and parser.discriminator not in obj:
        raise APIStatusError(_error_message(obj, sse.data), response=response, body=obj)
    return parser.parse(obj, stream.strict)


def _loads(data: str) -> Any:
    try:
        return json.loads(data)
    except (ValueError, RecursionError):
        return data


def _error_message(body: Any, raw: str) -> str:
    message = error_object(body).get(ERROR_FIELDS["message"]) if ERROR_FIELDS["message"] else None
    if isinstance(message, str) and message:
        return message
    return f"An error occurred during streaming: {raw[:200]}"


def _cut(pending: int, request: "httpx.Request") -> APIConnectionError:
    return APIConnectionError(
        message=f"The stream ended in the middle of an event ({pending} bytes unfinished); the response is incomplete.",
        request=request,
    )


class _Events:
    """What both stream classes share: the response, the event parser and the table's stream spec."""

    def __init__(
        self,
        *,
        event_type: Any,
        response: "httpx.Response",
        strict: bool = True,
        spec: Optional[StreamSpec] = None,
        max_event_bytes: Optional[int] = None,
    ) -> None:
        self.response = response
        self.max_event_bytes = max_event_bytes
        self.spec = spec or StreamSpec()
        self.strict = strict
        self._parser = _EventParser.of(event_type)

    def _decoded(self, decoder: SSEDecoder, chunk: bytes) -> Iterator[Any]:
        """The typed events of a chunk; ``None`` ends the stream (the done line)."""
        try:
            events = decoder.feed(chunk)
        except UnicodeDecodeError as exc:
            raise APIResponseValidationError(
                self.response, None, message=f"The stream sent an event that is not valid UTF-8: {exc}"
            ) from exc
        except EventTooLarge as exc:
            raise APIResponseValidationError(
                self.response, None, message=f"The stream was not read further: {exc}."
            ) from exc
        for sse in events:
            if self.spec.done and sse.data.strip() == self.spec.done:
                yield None
                return
            try:
                value = _event_or_error(sse, self._parser, self.response, self)
            except APIError:
                raise
            except (ValueError, RecursionError) as exc:  # a strict model that does not match
                raise APIResponseValidationError(
                    self.response, sse.data, message=f"A stream event does not match its type: {exc}"
                ) from exc
            if value is not _SKIP:
                yield value

    def _read_timeout(self) -> Optional[float]:
        """How long the stream may go without an event: the request's read timeout (None: no limit)."""
        timeouts = self.response.request.extensions.get("timeout")
        read = timeouts.get("read") if isinstance(timeouts, dict) else None
        return float(read) if isinstance(read, (int, float)) else None

    def _idle(self, since: float, limit: Optional[float]) -> None:
        """A stream that sends bytes but no event for longer than the read timeout times out."""
        if limit is not None and time.monotonic() - since > limit:
            raise APITimeoutError(self.response.request)


class Stream(_Events, Generic[_T]):
    """Iterate to get typed events; close it (or use ``with``) to release the connection."""

    def __init__(
        self,
        *,
        event_type: Any,
        response: "httpx.Response",
        strict: bool = True,
        spec: Optional[StreamSpec] = None,
        max_event_bytes: Optional[int] = None,
    ) -> None:
        super().__init__(
            event_type=event_type, response=response, strict=strict, spec=spec, max_event_bytes=max_event_bytes
        )
        self._iterator = self._events()

    def __iter__(self) -> Iterator[_T]:
        return self._iterator

    def __next__(self) -> _T:
        return next(self._iterator)

    def _events(self) -> Iterator[_T]:
        import httpx

        decoder = SSEDecoder(self.max_event_bytes)
        request = self.response.request
        limit = self._read_timeout()
        since = time.monotonic()  # the first event is due within the read timeout of the first read
        try:
            try:
                for chunk in self.response.iter_bytes():
                    for event in self._decoded(decoder, chunk):
                        if event is None:
                            return
                        yield event
                        since = time.monotonic()
                    self._idle(since, limit)
            except httpx.TimeoutException as exc:
                raise APITimeoutError(request) from exc
            except httpx.RequestError as exc:
                raise APIConnectionError(message=f"The stream was interrupted: {exc}", request=request) from exc
            if decoder.pending():
                raise _cut(decoder.pending(), request)
        finally:
            self.response.close()

    def close(self) -> None:
        self.response.close()

    def __enter__(self) -> "Stream[_T]":
        return self

    def __exit__(
        self, exc_type: Optional[Type[BaseException]], exc: Optional[BaseException], tb: Optional[TracebackType]
    ) -> None:
        self.close()


class AsyncStream(_Events, Generic[_T]):
    """``async for`` to get typed events; ``await close()`` (or ``async with``) to release the connection."""

    def __init__(
        self,
        *,
        event_type: Any,
        response: "httpx.Response",
        strict: bool = True,
        spec: Optional[StreamSpec] = None,
        max_event_bytes: Optional[int] = None,
    ) -> None:
        super().__init__(
            event_type=event_type, response=response, strict=strict, spec=spec, max_event_bytes=max_event_bytes
        )
        self._iterator = self._events()

    def __aiter__(self) -> AsyncIterator[_T]:
        return self._iterator

    async def __anext__(self) -> _T:
        return await self._iterator.__anext__()

    async def _events(self) -> AsyncIterator[_T]:
        import httpx

        decoder = SSEDecoder(self.max_event_bytes)
        request = self.response.request
        limit = self._read_timeout()
        since = time.monotonic()  # the first event is due within the read timeout of the first read
        try:
            try:
                async for chunk in self.response.aiter_bytes():
                    for event in self._decoded(decoder, chunk):
                        if event is None:
                            return
                        yield event
                        since = time.monotonic()
                    self._idle(since, limit)
            except httpx.TimeoutException as exc:
                raise APITimeoutError(request) from exc
            except httpx.RequestError as exc:
                raise APIConnectionError(message=f"The stream was interrupted: {exc}", request=request) from exc
            if decoder.pending():
                raise _cut(decoder.pending(), request)
        finally:
            await self.response.aclose()

    async def close(self) -> None:
        await self.response.aclose()

    async def __aenter__(self) -> "AsyncStream[_T]":
        return self

    async def __aexit__(
        self, exc_type: Optional[Type[BaseException]], exc: Optional[BaseException], tb: Optional[TracebackType]
    ) -> None:
        await self.close()


class _Lines:
    """JSON Lines: bytes in, one parsed value per non-empty line out."""

    def __init__(
        self,
        *,
        item_type: Type[Any],
        response: "httpx.Response",
        strict: bool = True,
        max_line_bytes: Optional[int] = None,
    ) -> None:
        self.response = response
        self._item_type = item_type
        self._strict = strict
        self._max = max_line_bytes
        self._buf = bytearray()

    def _feed(self, chunk: bytes) -> List[Any]:
        start = len(self._buf)
        self._buf += chunk
        end = self._buf.rfind(b"\n", start)
        if end < 0:  # no line ends in this chunk: only the unfinished line grew
            self._check(len(self._buf))
            return []
        lines = bytes(self._buf[:end]).split(b"\n")
        del self._buf[: end + 1]
        for line in lines:
            self._check(len(line))
        self._check(len(self._buf))
        return [self._parse(line) for line in lines if line.strip()]

    def _check(self, size: int) -> None:
        from ._exceptions import APIResponseValidationError

        if self._max is not None and size > self._max:
            raise APIResponseValidationError(
                self.response,
                None,
                message=f"A line is larger than max_response_bytes ({self._max} bytes); it was not read further.",
            )

    def _rest(self) -> List[Any]:
        rest = bytes(self._buf)
        self._buf = bytearray()
        return [self._parse(rest)] if rest.strip() else []

    def _parse(self, line: bytes) -> Any:
        from ._exceptions import APIResponseValidationError

        try:
            data = json.loads(line)
        except (ValueError, RecursionError) as exc:
            raise APIResponseValidationError(self.response, line.decode("utf-8", "replace"), message=str(exc)) from exc
        try:
            return validate(self._item_type, data, self._strict, lambda exc: None)
        except ValueError as exc:
            raise APIResponseValidationError(self.response, data, message=str(exc)) from exc


class JSONLDecoder(_Lines, Generic[_T]):
    """Iterate to get each line's value, read lazily; close it (or use ``with``) to release the connection."""

    def __init__(
        self,
        *,
        item_type: Type[_T],
        response: "httpx.Response",
        strict: bool = True,
        max_line_bytes: Optional[int] = None,
    ) -> None:
        super().__init__(item_type=item_type, response=response, strict=strict, max_line_bytes=max_line_bytes)
        self._iterator = self._items()

    def __iter__(self) -> Iterator[_T]:
        return self._iterator

    def __next__(self) -> _T:
        return next(self._iterator)

    def _items(self) -> Iterator[_T]:
        import httpx

        try:
            try:
                for chunk in self.response.iter_bytes():
                    yield from self._feed(chunk)
            except httpx.RequestError as exc:
                raise APIConnectionError(
                    message=f"The response was cut short: {exc}", request=self.response.request
                ) from exc
            yield from self._rest()
        finally:
            self.response.close()

    def close(self) -> None:
        self.response.close()

    def __enter__(self) -> "JSONLDecoder[_T]":
        return self

    def __exit__(
        self, exc_type: Optional[Type[BaseException]], exc: Optional[BaseException], tb: Optional[TracebackType]
    ) -> None:
        self.close()


class AsyncJSONLDecoder(_Lines, Generic[_T]):
    """``async for`` to get each line's value, read lazily; ``await close()`` (or ``async with``) when done early."""

    def __init__(
        self,
        *,
        item_type: Type[_T],
        response: "httpx.Response",
        strict: bool = True,
        max_line_bytes: Optional[int] = None,
    ) -> None:
        super().__init__(item_type=item_type, response=response, strict=strict, max_line_bytes=max_line_bytes)
        self._iterator = self._items()

    def __aiter__(self) -> AsyncIterator[_T]:
        return self._iterator

    async def __anext__(self) -> _T:
        return await self._iterator.__anext__()

    async def _items(self) -> AsyncIterator[_T]:
        import httpx

        try:
            try:
                async for chunk in self.response.aiter_bytes():
                    for item in self._feed(chunk):
                        yield item
            except httpx.RequestError as exc:
                raise APIConnectionError(
                    message=f"The response was cut short: {exc}", request=self.response.request
                ) from exc
            for item in self._rest():
                yield item
        finally:
            await self.response.aclose()

    async def close(self) -> None:
        await self.response.aclose()

    async def __aenter__(self) -> "AsyncJSONLDecoder[_T]":
        return self

    async def __aexit__(
        self, exc_type: Optional[Type[BaseException]], exc: Optional[BaseException], tb: Optional[TracebackType]
    ) -> None:
        await self.close()
