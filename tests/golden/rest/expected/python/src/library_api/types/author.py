# File generated from spec.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.


from datetime import date
from typing import Optional

from .._models import BaseModel

__all__ = [
    "Author",
]


class Author(BaseModel):
    """A person who wrote books."""

    name: str

    born: Optional[date] = None
