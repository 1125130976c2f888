# File generated from spec.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.


from typing import Optional

from typing_extensions import Required, TypedDict

from .._types import SequenceNotStr
from .genre import Genre

__all__ = [
    "BookCreateParams",
]


class BookCreateParams(TypedDict, total=False):

    title: Required[str]

    genre: Optional[Genre]

    request_source: Optional[str]

    tags: Optional[SequenceNotStr[str]]
