# File generated from spec.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.


from typing import List, Optional

from .._models import BaseModel
from .genre import Genre

__all__ = [
    "Book",
]


class Book(BaseModel):

    id: str

    title: str

    genre: Optional[Genre] = None

    tags: Optional[List[str]] = None
