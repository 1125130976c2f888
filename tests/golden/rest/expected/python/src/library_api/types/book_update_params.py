# File generated from spec.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.


from typing import Optional

from typing_extensions import Required, TypedDict

from .genre import Genre

__all__ = [
    "BookUpdateParams",
]


class BookUpdateParams(TypedDict, total=False):
    book_id: Required[str]

    genre: Optional[Genre]

    title: Optional[str]
