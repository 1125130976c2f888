# File generated from spec.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.


from typing import Union

from typing_extensions import TypeAlias

from .circle_param import CircleParam
from .polygon_param import PolygonParam

__all__ = [
    "ShapeParam",
]

ShapeParam: TypeAlias = Union[CircleParam, PolygonParam]
