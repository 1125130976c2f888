# File generated from spec.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.

"""File inputs: every accepted form becomes (filename, content, content type).

The content type comes from the caller, else the file's magic bytes, else its name; an image
is never sent as ``application/octet-stream``.
"""

from __future__ import annotations

import io
import mimetypes
import os
from typing import IO, Optional, Tuple, Union

from ._types import FileTypes

__all__ = ["FilePart", "is_file", "to_file_part", "sniff_content_type"]

FilePart = Tuple[str, Union[bytes, IO[bytes]], str]

_EXTENSIONS = {"image/png": ".png", "image/jpeg": ".jpg", "image/webp": ".webp", "image/gif": ".gif"}


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
    return isinstance(value, (bytes, bytearray, os.PathLike)) or (hasattr(value, "read") and not isinstance(value, str))


def is_file(value: object) -> bool:
    """Whether ``value`` is one of the forms of :data:`FileTypes`."""
    if isinstance(value, tuple):
        return len(value) in (2, 3) and (value[0] is None or isinstance(value[0], str)) and _is_content(value[1])
    return _is_content(value)


def _head(content: Union[bytes, IO[bytes]]) -> bytes:
    if isinstance(content, (bytes, bytearray)):
        return bytes(content[:16])
    try:
        pos = content.tell()
        head = content.read(16)
        content.seek(pos)
        return head if isinstance(head, bytes) else b""
    except (OSError, io.UnsupportedOperation, AttributeError):
        return b""


def to_file_part(value: FileTypes, field: str) -> FilePart:
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
    content: Union[bytes, IO[bytes]]
    if isinstance(raw, os.PathLike):
        path = os.fspath(raw)
        with open(path, "rb") as fh:
            content = fh.read()
        filename = filename or os.path.basename(path)
    elif isinstance(raw, (bytes, bytearray)):
        content = bytes(raw)
    else:
        content = raw
        name = getattr(raw, "name", None)
        if filename is None and isinstance(name, str):
            filename = os.path.basename(name)
    if content_type is None:
        content_type = sniff_content_type(_head(content))
    if content_type is None and filename:
        content_type = mimetypes.guess_type(filename)[0]
    content_type = content_type or "application/octet-stream"
    if not filename:
        filename = field + _EXTENSIONS.get(content_type, "")
    return (filename, content, content_type)
