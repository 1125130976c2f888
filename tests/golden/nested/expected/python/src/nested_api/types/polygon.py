# File generated from spec.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.


from typing import List

from typing_extensions import Literal

from .._models import BaseModel
from .point import Point

__all__ = [
    "Polygon",
]


class Polygon(BaseModel):
    kind: Literal["polygon"]

    points: List[Point]
