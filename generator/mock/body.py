"""Request bodies read off the socket with suspicion: the framing (``Content-Length`` or chunked)
checked before a byte is read, limits on what is held in memory, and multipart bodies parsed as
they arrive, so a 100 MB upload is counted, never held.

A malformed body is a :class:`BodyError` (the status to answer: 400, 413, 501); a client that
hangs up before the body's end is :class:`ClientGone` (a ``ConnectionError``: no error of the
server's). Either way the connection cannot carry another request.
"""

from __future__ import annotations

import email.message
import email.parser
import email.policy
import io
import re
from dataclasses import dataclass
from typing import Callable, Optional

CHUNK = 256 * 1024
MAX_IN_MEMORY = 64 * 1024 * 1024  # a JSON, form or control body; the text fields of a multipart one together
_MAX_LINE = 8 * 1024  # a chunk-size line, a trailer line
_MAX_PART_HEADERS = 16 * 1024
_MAX_PARTS = 10_000
_LENGTH = re.compile(r"[0-9]{1,18}")
_CHUNK_SIZE = re.compile(rb"[0-9A-Fa-f]{1,15}")


class BodyError(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


class ClientGone(ConnectionError):
    """The client hung up before the end of the body it announced."""


def framing(headers: email.message.Message) -> Optional[int]:
    """The body's length from the request's headers; ``None`` for a chunked body. A length that is
    not a number, several different lengths, a length next to ``Transfer-Encoding`` (a request
    smuggler's favourite) and a transfer coding whose last one is not ``chunked`` are a 400; codings
    besides ``chunked`` (``gzip, chunked``) a 501."""
    lengths = [v.strip() for h in headers.get_all("Content-Length") or [] for v in str(h).split(",")]
    codings = [c.strip().lower() for h in headers.get_all("Transfer-Encoding") or [] for c in str(h).split(",") if c.strip()]
    if codings:
        if lengths:
            raise BodyError(400, "Content-Length and Transfer-Encoding must not come together")
        if codings[-1] != "chunked":
            raise BodyError(400, f"Unsupported Transfer-Encoding {', '.join(codings)!r}: the last coding must be chunked")
        if codings != ["chunked"]:
            raise BodyError(501, f"Unsupported Transfer-Encoding {', '.join(codings)!r}: only chunked is supported")
        return None
    if not lengths:
        return 0
    if any(_LENGTH.fullmatch(v) is None for v in lengths):
        raise BodyError(400, f"Invalid Content-Length {', '.join(lengths)!r}")
    if len({int(v) for v in lengths}) > 1:
        raise BodyError(400, f"Conflicting Content-Length values {', '.join(lengths)!r}")
    return int(lengths[0])


class BodyReader:
    """The request body, de-chunked: ``read(n)`` gives up to ``n`` bytes, ``b""`` at its end."""

    def __init__(self, rfile: io.BufferedIOBase, length: Optional[int]) -> None:
        self._rfile = rfile
        self._chunked = length is None
        self._left = 0 if length is None else length  # of the body, or of the current chunk
        self._done = length == 0
        self.size = 0

    def read(self, n: int = CHUNK) -> bytes:
        if self._done:
            return b""
        if self._chunked and self._left == 0:
            self._next_chunk()
            if self._done:
                return b""
        data = self._rfile.read(min(n, self._left))
        if not data:
            raise ClientGone("the client hung up in the middle of the body")
        self._left -= len(data)
        self.size += len(data)
        if self._left == 0:
            if self._chunked:
                end = self._rfile.readline(_MAX_LINE)
                if not end:
                    raise ClientGone("the client hung up in the middle of the body")
                if end not in (b"\r\n", b"\n"):
                    raise BodyError(400, "Malformed chunked body: a chunk does not end with CRLF")
            else:
                self._done = True
        return data

    def _next_chunk(self) -> None:
        line = self._line()
        size = line.split(b";", 1)[0].strip()
        if _CHUNK_SIZE.fullmatch(size) is None:
            shown = size[:40].decode("ascii", "backslashreplace")
            raise BodyError(400, f"Malformed chunked body: bad chunk size {shown!r}")
        self._left = int(size, 16)
        if self._left == 0:  # the last chunk, then trailers up to an empty line
            for _ in range(100):
                if self._line().strip() == b"":
                    self._done = True
                    return
            raise BodyError(400, "Malformed chunked body: too many trailers")

    def _line(self) -> bytes:
        line = self._rfile.readline(_MAX_LINE + 1)
        if not line:
            raise ClientGone("the client hung up in the middle of the body")
        if len(line) > _MAX_LINE or not line.endswith(b"\n"):
            raise BodyError(400, "Malformed chunked body: a line too long")
        return line

    def read_all(self, limit: int = MAX_IN_MEMORY) -> bytes:
        """The whole body (413 past ``limit``)."""
        out = bytearray()
        while chunk := self.read():
            out += chunk
            if len(out) > limit:
                raise BodyError(413, f"The request body is larger than {limit // (1024 * 1024)} MB")
        return bytes(out)

    def drain(self) -> int:
        """Read what is left of the body, holding none of it; its length."""
        n = 0
        while chunk := self.read():
            n += len(chunk)
        return n


@dataclass
class Part:
    """A part of a multipart body: its field name, file name and content type (``None`` when its
    headers give none), its size, and its bytes unless it was only counted."""

    name: Optional[str]
    filename: Optional[str]
    content_type: Optional[str]
    size: int
    data: Optional[bytes]


def boundary_of(ctype: str) -> Optional[bytes]:
    m = email.message.Message()
    m["Content-Type"] = ctype
    boundary = m.get_boundary()
    if not boundary or len(boundary) > 200:
        return None
    try:
        return boundary.encode("ascii")
    except UnicodeEncodeError:
        return None


def parse_multipart(body: BodyReader, boundary: bytes, counted: Callable[[Optional[str], Optional[str]], bool]) -> list[Part]:
    """The parts of a ``multipart/form-data`` body, read as they arrive: a part for which
    ``counted(name, filename)`` holds is only counted, the others are kept (at most
    ``MAX_IN_MEMORY`` together). ``BodyError`` (400) when the body is not multipart."""
    delimiter = b"\r\n--" + boundary
    keep_tail = len(delimiter) - 1
    buf = bytearray(b"\r\n")  # a delimiter right at the start is preceded by no CRLF
    state = {"eof": False}

    def fill() -> bool:
        if state["eof"]:
            return False
        chunk = body.read()
        if not chunk:
            state["eof"] = True
            return False
        buf.extend(chunk)
        return True

    def malformed(why: str) -> BodyError:
        return BodyError(400, f"Malformed multipart body: {why}")

    while (at := buf.find(delimiter)) < 0:  # the preamble
        if len(buf) > keep_tail:
            del buf[: len(buf) - keep_tail]
        if not fill():
            raise malformed("no boundary")
    del buf[: at + len(delimiter)]
    parts: list[Part] = []
    kept = 0
    while True:
        while len(buf) < 2 and fill():
            pass
        if buf[:2] == b"--":  # the close delimiter; the epilogue is ignored
            body.drain()
            return parts
        while (eol := buf.find(b"\r\n")) < 0:
            if len(buf) > 1024 or not fill():
                raise malformed("a boundary line does not end")
        if buf[:eol].strip(b" \t"):
            raise malformed("text after a boundary")
        del buf[: eol + 2]
        while len(buf) < 2 and fill():
            pass
        if buf[:2] == b"\r\n":  # a part without headers
            raw_headers = b""
            del buf[:2]
        else:
            while (end := buf.find(b"\r\n\r\n")) < 0:
                if len(buf) > _MAX_PART_HEADERS or not fill():
                    raise malformed("a part's headers do not end")
            raw_headers = bytes(buf[: end + 2])
            del buf[: end + 4]
        headers = email.parser.BytesHeaderParser(policy=email.policy.HTTP).parsebytes(raw_headers + b"\r\n")
        raw_name = headers.get_param("name", header="content-disposition")
        name = raw_name if isinstance(raw_name, str) else None
        filename = headers.get_filename()
        ctype = headers.get_content_type() if headers.get("Content-Type") else None
        keep = not counted(name, filename)
        data = bytearray()
        size = 0
        while True:
            at = buf.find(delimiter)
            upto = at if at >= 0 else len(buf) - keep_tail
            if upto > 0:
                size += upto
                if keep:
                    data += buf[:upto]
                    kept += upto
                    if kept > MAX_IN_MEMORY:
                        raise BodyError(413, f"The text fields of the body are larger than {MAX_IN_MEMORY // (1024 * 1024)} MB")
                del buf[:upto]
            if at >= 0:
                del buf[: len(delimiter)]
                break
            if not fill():
                raise malformed("no closing boundary")
        parts.append(Part(name, filename, ctype, size, bytes(data) if keep else None))
        if len(parts) > _MAX_PARTS:
            raise BodyError(413, f"More than {_MAX_PARTS} parts in a multipart body")
