# File generated from spec.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.


from typing_extensions import Literal

from .._models import BaseModel

__all__ = [
    "ImageSource",
]


class ImageSource(BaseModel):
    data: str

    media_type: Literal["image/png", "image/jpeg"]

    type: Literal["base64"]
