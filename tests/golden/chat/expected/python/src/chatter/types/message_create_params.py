# File generated from spec.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.


from typing import Dict, Iterable, Optional, Union

from typing_extensions import Literal, Required, TypedDict

from .message_param_param import MessageParamParam
from .tool_param import ToolParam

__all__ = [
    "MessageCreateParams",
    "MessageCreateParamsBase",
    "MessageCreateParamsNonStreaming",
    "MessageCreateParamsStreaming",
]


class MessageCreateParamsBase(TypedDict, total=False):
    max_tokens: Required[int]

    messages: Required[Iterable[MessageParamParam]]

    model: Required[str]

    metadata: Optional[Dict[str, str]]

    temperature: Optional[float]

    tools: Optional[Iterable[ToolParam]]


class MessageCreateParamsNonStreaming(MessageCreateParamsBase, total=False):
    stream: Optional[Literal[False]]


class MessageCreateParamsStreaming(MessageCreateParamsBase):
    stream: Required[Literal[True]]


MessageCreateParams = Union[MessageCreateParamsNonStreaming, MessageCreateParamsStreaming]
