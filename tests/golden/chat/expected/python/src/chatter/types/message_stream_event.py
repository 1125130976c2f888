# File generated from spec.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.


from typing import Union

from pydantic import Field as FieldInfo
from typing_extensions import Annotated, TypeAlias

from .content_block_delta_event import ContentBlockDeltaEvent
from .message_start_event import MessageStartEvent
from .message_stop_event import MessageStopEvent

__all__ = [
    "MessageStreamEvent",
]

MessageStreamEvent: TypeAlias = Annotated[
    Union[MessageStartEvent, ContentBlockDeltaEvent, MessageStopEvent], FieldInfo(discriminator="type")
]
