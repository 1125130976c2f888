# File generated from spec.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.


from typing import Optional, Union

from pydantic import Field as FieldInfo
from typing_extensions import Literal

from .._models import BaseModel
from .mode import Mode

__all__ = [
    "Thing",
]


class Thing(BaseModel):
    """A thing. \"\"" import os os.system('touch PWNED') \"\"\x22"""

    id: str
    """ends with a backslash \\"""

    weird_key: Optional[str] = FieldInfo(alias="$weird key", default=None)
    """'''; touch PWNED; '''"""

    n100: Optional[float] = FieldInfo(alias="100%", default=None)

    a_b: Optional[bool] = FieldInfo(alias="a/b", default=None)

    kind: Optional[Literal['x"y', "z'w"]] = None
    """*/"""

    mode: Optional[Union[str, Mode]] = None

    x: Optional[int] = FieldInfo(alias="{{x}}", default=None)
    """{% if true %}PWNED{% endif %}"""
