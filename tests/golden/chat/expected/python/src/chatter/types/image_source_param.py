# File generated from spec.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.


from typing_extensions import Literal, Required, TypedDict

__all__ = [
    "ImageSourceParam",
]


class ImageSourceParam(TypedDict, total=False):
    data: Required[str]

    media_type: Required[Literal["image/png", "image/jpeg"]]

    type: Required[Literal["base64"]]
