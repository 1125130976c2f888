# File generated from images.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.

"""The API's types. Each loads on first use, so importing the package stays fast."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .image import Image as Image
    from .image_create_variation_params import ImageCreateVariationParams as ImageCreateVariationParams
    from .image_edit_completed_event import ImageEditCompletedEvent as ImageEditCompletedEvent
    from .image_edit_params import ImageEditParams as ImageEditParams
    from .image_edit_partial_image_event import ImageEditPartialImageEvent as ImageEditPartialImageEvent
    from .image_edit_stream_event import ImageEditStreamEvent as ImageEditStreamEvent
    from .image_gen_completed_event import ImageGenCompletedEvent as ImageGenCompletedEvent
    from .image_gen_partial_image_event import ImageGenPartialImageEvent as ImageGenPartialImageEvent
    from .image_gen_stream_event import ImageGenStreamEvent as ImageGenStreamEvent
    from .image_generate_params import ImageGenerateParams as ImageGenerateParams
    from .image_model import ImageModel as ImageModel
    from .images_response import ImagesResponse as ImagesResponse

__all__ = [
    "Image",
    "ImageCreateVariationParams",
    "ImageEditCompletedEvent",
    "ImageEditParams",
    "ImageEditPartialImageEvent",
    "ImageEditStreamEvent",
    "ImageGenCompletedEvent",
    "ImageGenPartialImageEvent",
    "ImageGenStreamEvent",
    "ImageGenerateParams",
    "ImageModel",
    "ImagesResponse",
]

_LAZY = {
    "Image": ".image",
    "ImageCreateVariationParams": ".image_create_variation_params",
    "ImageEditCompletedEvent": ".image_edit_completed_event",
    "ImageEditParams": ".image_edit_params",
    "ImageEditPartialImageEvent": ".image_edit_partial_image_event",
    "ImageEditStreamEvent": ".image_edit_stream_event",
    "ImageGenCompletedEvent": ".image_gen_completed_event",
    "ImageGenPartialImageEvent": ".image_gen_partial_image_event",
    "ImageGenStreamEvent": ".image_gen_stream_event",
    "ImageGenerateParams": ".image_generate_params",
    "ImageModel": ".image_model",
    "ImagesResponse": ".images_response",
}


if not TYPE_CHECKING:  # type checkers see the imports above: a misspelled name is an error, not Any

    def __getattr__(name: str) -> Any:
        module = _LAZY.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        if module == ".":
            value: Any = importlib.import_module(f"{__name__}.{name}")
        else:
            value = getattr(importlib.import_module(module, __name__), name)
        globals()[name] = value
        return value


def __dir__() -> list[str]:
    return sorted(__all__)
