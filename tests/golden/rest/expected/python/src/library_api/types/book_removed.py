# File generated from spec.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.


from typing_extensions import Literal

from .._models import BaseModel

__all__ = [
    "BookRemoved",
]


class BookRemoved(BaseModel):
    id: str

    type: Literal["book.removed"]
