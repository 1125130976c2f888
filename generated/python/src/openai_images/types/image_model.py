# File generated from images.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.


from typing_extensions import Literal, TypeAlias

__all__ = [
    "ImageModel",
]

ImageModel: TypeAlias = Literal[
    "gpt-image-1.5",
    "dall-e-2",
    "dall-e-3",
    "gpt-image-1",
    "gpt-image-1-mini",
    "gpt-image-2",
    "gpt-image-2-2026-04-21",
    "chatgpt-image-latest",
]
"""The image models. Any other string is accepted too (an open enum)."""
