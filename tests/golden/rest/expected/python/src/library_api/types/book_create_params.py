# File generated from spec.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.


from typing import Dict, Optional

from typing_extensions import Required, TypedDict

from .._types import SequenceNotStr
from .author_param import AuthorParam
from .genre import Genre

__all__ = [
    "BookCreateParams",
]


class BookCreateParams(TypedDict, total=False):
    title: Required[str]

    author: Optional[AuthorParam]

    genre: Optional[Genre]

    isbn: Optional[str]

    metadata: Optional[Dict[str, str]]

    request_source: Optional[str]

    tags: Optional[SequenceNotStr[str]]
