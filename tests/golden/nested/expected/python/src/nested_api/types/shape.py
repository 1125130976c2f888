# File generated from spec.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.


from typing import Union

from pydantic import Field as FieldInfo
from typing_extensions import Annotated, TypeAlias

from .circle import Circle
from .polygon import Polygon

__all__ = [
    "Shape",
]

Shape: TypeAlias = Annotated[Union[Circle, Polygon], FieldInfo(discriminator="kind")]
