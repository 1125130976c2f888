# File generated from spec.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.

"""The API's types. Each loads on first use, so importing the package stays fast."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .circle import Circle as Circle
    from .circle_param import CircleParam as CircleParam
    from .color import Color as Color
    from .drawing import Drawing as Drawing
    from .drawing_create_params import DrawingCreateParams as DrawingCreateParams
    from .owner import Owner as Owner
    from .point import Point as Point
    from .point_param import PointParam as PointParam
    from .polygon import Polygon as Polygon
    from .polygon_param import PolygonParam as PolygonParam
    from .shape import Shape as Shape
    from .shape_param import ShapeParam as ShapeParam
    from .tree_grow_params import TreeGrowParams as TreeGrowParams
    from .tree_node import TreeNode as TreeNode

__all__ = [
    "Circle",
    "CircleParam",
    "Color",
    "Drawing",
    "DrawingCreateParams",
    "Owner",
    "Point",
    "PointParam",
    "Polygon",
    "PolygonParam",
    "Shape",
    "ShapeParam",
    "TreeGrowParams",
    "TreeNode",
]

_LAZY = {
    "Circle": ".circle",
    "CircleParam": ".circle_param",
    "Color": ".color",
    "Drawing": ".drawing",
    "DrawingCreateParams": ".drawing_create_params",
    "Owner": ".owner",
    "Point": ".point",
    "PointParam": ".point_param",
    "Polygon": ".polygon",
    "PolygonParam": ".polygon_param",
    "Shape": ".shape",
    "ShapeParam": ".shape_param",
    "TreeGrowParams": ".tree_grow_params",
    "TreeNode": ".tree_node",
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
