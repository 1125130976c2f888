# File generated from spec.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.


from typing_extensions import Literal

from .._models import BaseModel
from .message import Message

__all__ = [
    "MessageStartEvent",
]


class MessageStartEvent(BaseModel):
    message: Message

    type: Literal["message_start"]
