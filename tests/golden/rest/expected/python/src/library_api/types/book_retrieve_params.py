# File generated from spec.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.


from typing import Optional

from typing_extensions import Literal, Required, TypedDict

from .._types import SequenceNotStr

__all__ = [
    "BookRetrieveParams",
]


class BookRetrieveParams(TypedDict, total=False):
    book_id: Required[str]

    fields: Optional[SequenceNotStr[Literal["title", "genre", "tags"]]]
