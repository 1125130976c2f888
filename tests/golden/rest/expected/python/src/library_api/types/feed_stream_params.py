# File generated from spec.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.


from typing import Optional

from typing_extensions import TypedDict

from .genre import Genre

__all__ = [
    "FeedStreamParams",
]


class FeedStreamParams(TypedDict, total=False):
    genre: Optional[Genre]
