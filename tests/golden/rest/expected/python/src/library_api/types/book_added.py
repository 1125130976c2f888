# File generated from spec.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.


from typing_extensions import Literal

from .._models import BaseModel
from .book import Book

__all__ = [
    "BookAdded",
]


class BookAdded(BaseModel):
    book: Book

    type: Literal["book.added"]
