# File generated from spec.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.


from typing import Optional

from typing_extensions import Literal

from .._models import BaseModel
from .thing import Thing

__all__ = [
    "Done",
]


class Done(BaseModel):
    type: Literal["evt.done */"]

    thing: Optional[Thing] = None
