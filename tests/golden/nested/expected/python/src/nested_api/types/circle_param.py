# File generated from spec.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.


from typing_extensions import Literal, Required, TypedDict

from .point_param import PointParam

__all__ = [
    "CircleParam",
]


class CircleParam(TypedDict, total=False):
    center: Required[PointParam]

    kind: Required[Literal["circle"]]

    radius: Required[float]
