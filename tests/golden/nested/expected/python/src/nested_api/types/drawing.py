# File generated from spec.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.


from typing import List, Optional, Union

from typing_extensions import Literal

from .._models import BaseModel
from .color import Color
from .point import Point
from .shape import Shape

__all__ = [
    "Drawing",
    "LayersItem",
    "Owner",
    "OwnerAddress",
]


class LayersItem(BaseModel):
    name: str

    color: Optional[Color] = None

    opacity: Optional[float] = None


class OwnerAddress(BaseModel):
    city: Optional[str] = None

    tags: Optional[List[Literal["home", "work"]]] = None


class Owner(BaseModel):
    name: str

    address: Optional[OwnerAddress] = None


class Drawing(BaseModel):
    """A drawing with shapes, layers and metadata."""

    grid: List[List[int]]

    id: str

    shapes: List[Shape]

    label: Optional[Union[Point, str]] = None

    layers: Optional[List[LayersItem]] = None

    owner: Optional[Owner] = None

    palette: Optional[Union[str, Literal["warm", "cool"]]] = None

    title: Optional[str] = None
