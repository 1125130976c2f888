# File generated from spec.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.


from datetime import datetime
from typing import Optional, Union

from typing_extensions import TypedDict

from .._types import SequenceNotStr
from .genre import Genre

__all__ = [
    "BookListParams",
]


class BookListParams(TypedDict, total=False):
    added_after: Optional[Union[str, datetime]]

    after: Optional[str]

    available: Optional[bool]

    genre: Optional[Genre]

    limit: Optional[int]

    tags: Optional[SequenceNotStr[str]]
