# File generated from spec.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.

"""The API's types. Each loads on first use, so importing the package stays fast."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .circle import Circle as Circle
    from .color import Color as Color
    from .drawing import Drawing as Drawing
    from .drawing_create_params import DrawingCreateParams as DrawingCreateParams
    from .owner import Owner as Owner
    from .point import Point as Point
    from .polygon import Polygon as Polygon
    from .shape import Shape as Shape
    from .tree_grow_params import TreeGrowParams as TreeGrowParams
    from .tree_node import TreeNode as TreeNode

__all__ = [
    "Circle",
    "Color",
    "Drawing",
    "DrawingCreateParams",
    "Owner",
    "Point",
    "Polygon",
    "Shape",
    "TreeGrowParams",
    "TreeNode",
]

_LAZY = {
    "Circle": ".circle",
    "Color": ".color",
    "Drawing": ".drawing",
    "DrawingCreateParams": ".drawing_create_params",
    "Owner": ".owner",
    "Point": ".point",
    "Polygon": ".polygon",
    "Shape": ".shape",
    "TreeGrowParams": ".tree_grow_params",
    "TreeNode": ".tree_node",
}


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
