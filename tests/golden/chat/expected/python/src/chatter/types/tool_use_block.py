# File generated from spec.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.


from typing import Dict

from typing_extensions import Literal

from .._models import BaseModel

__all__ = [
    "ToolUseBlock",
]


class ToolUseBlock(BaseModel):
    id: str

    input: Dict[str, object]

    name: str

    type: Literal["tool_use"]
