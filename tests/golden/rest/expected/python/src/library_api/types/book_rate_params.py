# File generated from spec.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.


from typing import Optional

from typing_extensions import Literal, Required, TypedDict

from .._types import SequenceNotStr

__all__ = [
    "BookRateParams",
]


class BookRateParams(TypedDict, total=False):
    book_id: Required[str]

    stars: Required[int]

    moods: Optional[SequenceNotStr[Literal["happy", "sad"]]]

    spoilers: Optional[bool]
