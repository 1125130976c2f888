# File generated from spec.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.


from datetime import datetime
from typing import Dict, List, Optional

from .._models import BaseModel
from .author import Author
from .genre import Genre

__all__ = [
    "Book",
]


class Book(BaseModel):
    id: str

    title: str

    added_at: Optional[datetime] = None

    author: Optional[Author] = None

    genre: Optional[Genre] = None

    isbn: Optional[str] = None

    metadata: Optional[Dict[str, str]] = None
    """Free-form labels."""

    tags: Optional[List[str]] = None
