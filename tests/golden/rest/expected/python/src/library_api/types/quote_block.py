# File generated from spec.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.


from typing import Optional

from typing_extensions import Literal

from .._models import BaseModel

__all__ = [
    "QuoteBlock",
]


class QuoteBlock(BaseModel):
    text: str

    type: Literal["quote"]

    page: Optional[int] = None
