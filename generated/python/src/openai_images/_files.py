# File generated from images.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.

"""File inputs: every accepted form becomes (filename, content, content type).

The content type comes from the caller, else the file's magic bytes, else its name; an image
is never sent as ``application/octet-stream``. Content is not copied: bytes are sent as they
are, open files are streamed (and rewound for a retry), paths are opened when sent.
"""

from __future__ import annotations

import io
import mimetypes
import os
from typing import IO, Optional, Tuple, Union

from ._types import FileTypes

__all__ = ["FilePart", "PreparedFile", "file_from_path", "is_file", "prepare_file", "sniff_content_type"]

FilePart = Tuple[str, Union[bytes, IO[bytes]], str]

_EXTENSIONS = {"image/png": ".png", "image/jpeg": ".jpg", "image/webp": ".webp", "image/gif": ".gif"}


def file_from_path(path: str) -> FileTypes:
    """A file param from a path: its name and its bytes (read now)."""
    with open(path, "rb") as f:
        return (os.path.basename(path), f.read())


def sniff_content_type(head: bytes) -> Optional[str]:
    """The image type from a file's first bytes, or None."""
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if head.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if len(head) >= 12 and head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp"
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return "image/gif"
    return None


def _is_content(value: object) -> bool:
    return isinstance(value, (bytes, bytearray, memoryview, os.PathLike)) or (
        hasattr(value, "read") and not isinstance(value, str)
    )


def is_file(value: object) -> bool:
    """Whether ``value`` is one of the forms of :data:`FileTypes`."""
    if isinstance(value, tuple):
        return len(value) in (2, 3) and (value[0] is None or isinstance(value[0], str)) and _is_content(value[1])
    return _is_content(value)


class PreparedFile:
    """A file ready to send, possibly more than once (retries)."""

    def __init__(self, filename: str, content: Union[bytes, IO[bytes], str], content_type: str) -> None:
        self.filename = filename
        self._content = content
        self.content_type = content_type
        self._start = (
            content.tell() if hasattr(content, "tell") and hasattr(content, "seekable") and content.seekable() else None
        )

    def part(self) -> FilePart:
        content = self._content
        if isinstance(content, str):
            with open(content, "rb") as fh:
                return (self.filename, fh.read(), self.content_type)
        if not isinstance(content, bytes) and self._start is not None:
            content.seek(self._start)
        return (self.filename, content, self.content_type)


def _head(content: Union[bytes, IO[bytes]]) -> bytes:
    if isinstance(content, bytes):
        return content[:16]
    try:
        pos = content.tell()
        head = content.read(16)
        content.seek(pos)
        return head if isinstance(head, bytes) else b""
    except (OSError, io.UnsupportedOperation, AttributeError):
        return b""


def prepare_file(value: FileTypes, field: str) -> PreparedFile:
    """Normalise a file input for a multipart part named ``field``."""
    filename: Optional[str] = None
    content_type: Optional[str] = None
    if isinstance(value, tuple):
        filename = value[0]
        raw = value[1]
        if len(value) == 3:
            content_type = value[2]
    else:
        raw = value
    content: Union[bytes, IO[bytes], str]
    head: bytes
    if isinstance(raw, os.PathLike):
        path = os.fspath(raw)
        with open(path, "rb") as fh:
            head = fh.read(16)
        content = path
        filename = filename or os.path.basename(path)
    elif isinstance(raw, (bytes, bytearray, memoryview)):
        content = bytes(raw)
        head = content[:16]
    else:
        content = raw
        head = _head(raw)
        name = getattr(raw, "name", None)
        if filename is None and isinstance(name, str):
            filename = os.path.basename(name)
    if content_type is None:
        content_type = sniff_content_type(head)
    if content_type is None and filename:
        content_type = mimetypes.guess_type(filename)[0]
    content_type = content_type or "application/octet-stream"
    if not filename:
        filename = field + _EXTENSIONS.get(content_type, "")
    return PreparedFile(filename, content, content_type)
