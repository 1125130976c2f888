# File generated from spec.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.


from typing_extensions import Literal

from .._models import BaseModel
from .image_source import ImageSource

__all__ = [
    "ImageBlock",
]


class ImageBlock(BaseModel):
    source: ImageSource

    type: Literal["image"]
