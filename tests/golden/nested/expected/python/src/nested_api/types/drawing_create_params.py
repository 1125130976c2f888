# File generated from spec.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.


from typing import Iterable, Optional

from typing_extensions import Required, TypedDict

from .._types import SequenceNotStr
from .color import Color
from .shape_param import ShapeParam

__all__ = [
    "DrawingCreateParams",
    "Style",
]


class Style(TypedDict, total=False):
    stroke: Optional[Color]

    width: Optional[int]


class DrawingCreateParams(TypedDict, total=False):
    id: Required[str]

    color: Optional[Color]

    grid: Optional[SequenceNotStr[SequenceNotStr[int]]]

    shapes: Optional[Iterable[ShapeParam]]

    style: Optional[Style]
