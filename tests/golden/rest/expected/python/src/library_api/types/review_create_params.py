# File generated from spec.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.


from typing import Iterable

from typing_extensions import Required, TypedDict

from .review_block_param import ReviewBlockParam

__all__ = [
    "ReviewCreateParams",
]


class ReviewCreateParams(TypedDict, total=False):
    blocks: Required[Iterable[ReviewBlockParam]]

    book_id: Required[str]

    stars: Required[int]
