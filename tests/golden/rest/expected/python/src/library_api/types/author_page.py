# File generated from spec.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.


from typing import List

from .._models import BaseModel
from .author import Author

__all__ = [
    "AuthorPage",
]


class AuthorPage(BaseModel):
    items: List[Author]

    page: int

    total_pages: int
