# File generated from spec.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.

"""Types shared by the generated code: the "not given" marker, file inputs, request options."""

from __future__ import annotations

import os
from typing import (
    IO,
    TYPE_CHECKING,
    Any,
    Iterator,
    Mapping,
    Optional,
    Sequence,
    SupportsIndex,
    Tuple,
    TypeVar,
    Union,
    overload,
)

from typing_extensions import Literal, Protocol, TypeAlias, TypedDict

if TYPE_CHECKING:
    import httpx

__all__ = [
    "NotGiven",
    "NOT_GIVEN",
    "not_given",
    "Omit",
    "omit",
    "FileContent",
    "FileTypes",
    "Headers",
    "Query",
    "Body",
    "RequestOptions",
    "SequenceNotStr",
]


class NotGiven:
    """Marks a param the caller did not give. Omitted params are not sent; ``None`` is sent as null."""

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN = NotGiven()
not_given = NOT_GIVEN  # the official SDK's other spelling


class Omit(NotGiven):
    """Leaves a value out: a param given ``omit`` is not sent, and ``extra_headers={"X-Name": omit}``
    removes a header the client would send."""

    def __repr__(self) -> str:
        return "omit"


omit = Omit()

FileContent: TypeAlias = Union[IO[bytes], bytes, "os.PathLike[str]"]
FileTypes: TypeAlias = Union[
    FileContent,
    Tuple[Optional[str], FileContent],
    Tuple[Optional[str], FileContent, Optional[str]],
]
"""A file: bytes, a path, an open binary file, or ``(filename, content[, content_type])``."""

Headers: TypeAlias = Mapping[str, Union[str, NotGiven]]
Query: TypeAlias = Mapping[str, object]
Body: TypeAlias = object


class RequestOptions(TypedDict, total=False):
    """The per-request options every method takes, as one mapping: ``client.<resource>.<method>(..., **options)``."""

    extra_headers: Headers
    extra_query: Query
    extra_body: Body
    timeout: Union[float, "httpx.Timeout", None, NotGiven]


_T_co = TypeVar("_T_co", covariant=True)


class SequenceNotStr(Protocol[_T_co]):
    """A sequence that is not a ``str`` (so ``["a"]`` is accepted where ``"a"`` would be a mistake)."""

    @overload
    def __getitem__(self, index: SupportsIndex, /) -> _T_co: ...

    @overload
    def __getitem__(self, index: slice, /) -> Sequence[_T_co]: ...

    def __contains__(self, value: object, /) -> bool: ...

    def __len__(self) -> int: ...

    def __iter__(self) -> Iterator[_T_co]: ...

    def index(self, value: Any, start: int = 0, stop: int = ..., /) -> int: ...

    def count(self, value: Any, /) -> int: ...

    def __reversed__(self) -> Iterator[_T_co]: ...
