# File generated from spec.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.


from typing import List, Optional, Union

from typing_extensions import Literal

from .._models import BaseModel
from .content_block import ContentBlock
from .stop_reason import StopReason
from .usage import Usage

__all__ = [
    "Message",
]


class Message(BaseModel):
    content: List[ContentBlock]

    id: str

    model: str

    role: Literal["assistant"]

    type: Literal["message"]

    usage: Usage

    stop_reason: Optional[Union[str, StopReason]] = None
