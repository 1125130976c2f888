# File generated from spec.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.


from typing import Optional

from typing_extensions import Literal

from .._models import BaseModel

__all__ = [
    "ContentBlockDeltaEvent",
    "Delta",
]


class Delta(BaseModel):
    type: str

    text: Optional[str] = None


class ContentBlockDeltaEvent(BaseModel):
    delta: Delta

    index: int

    type: Literal["content_block_delta"]
