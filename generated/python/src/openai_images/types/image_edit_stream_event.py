# File generated from images.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.


from typing import Union

from pydantic import Field as FieldInfo
from typing_extensions import Annotated, TypeAlias

from .image_edit_completed_event import ImageEditCompletedEvent
from .image_edit_partial_image_event import ImageEditPartialImageEvent

__all__ = [
    "ImageEditStreamEvent",
]

ImageEditStreamEvent: TypeAlias = Annotated[
    Union[ImageEditPartialImageEvent, ImageEditCompletedEvent], FieldInfo(discriminator="type")
]
"""Emitted when a partial image is available during image editing streaming."""
