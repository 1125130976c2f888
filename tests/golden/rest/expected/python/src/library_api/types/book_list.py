# File generated from spec.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.


from typing import List

from .._models import BaseModel
from .book import Book

__all__ = [
    "BookList",
]


class BookList(BaseModel):
    data: List[Book]

    has_more: bool
