# File generated from spec.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.


from typing_extensions import Literal

from .._models import BaseModel

__all__ = [
    "TextBlock",
]


class TextBlock(BaseModel):
    text: str

    type: Literal["text"]
