# File generated from spec.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.


from typing import Optional

from typing_extensions import Required, TypedDict

__all__ = [
    "BookReplaceParams",
]


class BookReplaceParams(TypedDict, total=False):
    book_id: Required[str]

    title: Required[str]

    version: Optional[int]
