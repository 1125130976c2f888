# File generated from spec.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.


from typing import Optional, Union

from pydantic import Field as FieldInfo

from .._models import BaseModel
from .none import None_
from .type import type_

__all__ = [
    "class_",
]


class class_(BaseModel):
    """A model named after a keyword."""

    class_: str = FieldInfo(alias="class")

    n1st_place: Optional[bool] = FieldInfo(alias="1st_place", default=None)

    literal: Optional[str] = FieldInfo(alias="Literal", default=None)

    none: Optional[None_] = FieldInfo(alias="None", default=None)

    foo_bar_2: Optional[str] = FieldInfo(alias="fooBar", default=None)
    """camelCase wire name; "quotes" and a \\backslash in the doc"""

    foo_bar: Optional[str] = None
    """collides with fooBar after snake_case"""

    from_: Optional[int] = FieldInfo(alias="from", default=None)

    json_: Optional[str] = FieldInfo(alias="json", default=None)
    """shadows a pydantic method"""

    model_config_: Optional[str] = FieldInfo(alias="model_config", default=None)

    self_: Optional[str] = FieldInfo(alias="self", default=None)

    type: Optional[Union[str, type_]] = None
