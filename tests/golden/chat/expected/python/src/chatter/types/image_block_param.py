# File generated from spec.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.


from typing_extensions import Literal, Required, TypedDict

from .image_source_param import ImageSourceParam

__all__ = [
    "ImageBlockParam",
]


class ImageBlockParam(TypedDict, total=False):
    source: Required[ImageSourceParam]

    type: Required[Literal["image"]]
