# File generated from spec.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.


from typing import Iterable

from typing_extensions import Literal, Required, TypedDict

from .point_param import PointParam

__all__ = [
    "PolygonParam",
]


class PolygonParam(TypedDict, total=False):
    kind: Required[Literal["polygon"]]

    points: Required[Iterable[PointParam]]
