# File generated from spec.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.


from typing import List

from .._models import BaseModel
from .review import Review

__all__ = [
    "ReviewList",
]


class ReviewList(BaseModel):
    data: List[Review]

    total: int
