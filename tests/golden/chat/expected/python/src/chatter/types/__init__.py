# File generated from spec.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.

"""The API's types. Each loads on first use, so importing the package stays fast."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .batch_create_params import BatchCreateParams as BatchCreateParams
    from .batch_list import BatchList as BatchList
    from .batch_list_params import BatchListParams as BatchListParams
    from .batch_request import BatchRequest as BatchRequest
    from .batch_request_param import BatchRequestParam as BatchRequestParam
    from .batch_result import BatchResult as BatchResult
    from .content_block import ContentBlock as ContentBlock
    from .content_block_delta_event import ContentBlockDeltaEvent as ContentBlockDeltaEvent
    from .content_block_param import ContentBlockParam as ContentBlockParam
    from .image_block import ImageBlock as ImageBlock
    from .image_block_param import ImageBlockParam as ImageBlockParam
    from .image_source import ImageSource as ImageSource
    from .image_source_param import ImageSourceParam as ImageSourceParam
    from .message import Message as Message
    from .message_batch import MessageBatch as MessageBatch
    from .message_create_params import MessageCreateParams as MessageCreateParams
    from .message_param import MessageParam as MessageParam
    from .message_param_param import MessageParamParam as MessageParamParam
    from .message_start_event import MessageStartEvent as MessageStartEvent
    from .message_stop_event import MessageStopEvent as MessageStopEvent
    from .message_stream_event import MessageStreamEvent as MessageStreamEvent
    from .model_info import ModelInfo as ModelInfo
    from .model_list import ModelList as ModelList
    from .model_list_params import ModelListParams as ModelListParams
    from .role import Role as Role
    from .stop_reason import StopReason as StopReason
    from .text_block import TextBlock as TextBlock
    from .text_block_param import TextBlockParam as TextBlockParam
    from .tool import Tool as Tool
    from .tool_param import ToolParam as ToolParam
    from .tool_use_block import ToolUseBlock as ToolUseBlock
    from .tool_use_block_param import ToolUseBlockParam as ToolUseBlockParam
    from .usage import Usage as Usage

__all__ = [
    "BatchCreateParams",
    "BatchList",
    "BatchListParams",
    "BatchRequest",
    "BatchRequestParam",
    "BatchResult",
    "ContentBlock",
    "ContentBlockDeltaEvent",
    "ContentBlockParam",
    "ImageBlock",
    "ImageBlockParam",
    "ImageSource",
    "ImageSourceParam",
    "Message",
    "MessageBatch",
    "MessageCreateParams",
    "MessageParam",
    "MessageParamParam",
    "MessageStartEvent",
    "MessageStopEvent",
    "MessageStreamEvent",
    "ModelInfo",
    "ModelList",
    "ModelListParams",
    "Role",
    "StopReason",
    "TextBlock",
    "TextBlockParam",
    "Tool",
    "ToolParam",
    "ToolUseBlock",
    "ToolUseBlockParam",
    "Usage",
]

_LAZY = {
    "BatchCreateParams": ".batch_create_params",
    "BatchList": ".batch_list",
    "BatchListParams": ".batch_list_params",
    "BatchRequest": ".batch_request",
    "BatchRequestParam": ".batch_request_param",
    "BatchResult": ".batch_result",
    "ContentBlock": ".content_block",
    "ContentBlockDeltaEvent": ".content_block_delta_event",
    "ContentBlockParam": ".content_block_param",
    "ImageBlock": ".image_block",
    "ImageBlockParam": ".image_block_param",
    "ImageSource": ".image_source",
    "ImageSourceParam": ".image_source_param",
    "Message": ".message",
    "MessageBatch": ".message_batch",
    "MessageCreateParams": ".message_create_params",
    "MessageParam": ".message_param",
    "MessageParamParam": ".message_param_param",
    "MessageStartEvent": ".message_start_event",
    "MessageStopEvent": ".message_stop_event",
    "MessageStreamEvent": ".message_stream_event",
    "ModelInfo": ".model_info",
    "ModelList": ".model_list",
    "ModelListParams": ".model_list_params",
    "Role": ".role",
    "StopReason": ".stop_reason",
    "TextBlock": ".text_block",
    "TextBlockParam": ".text_block_param",
    "Tool": ".tool",
    "ToolParam": ".tool_param",
    "ToolUseBlock": ".tool_use_block",
    "ToolUseBlockParam": ".tool_use_block_param",
    "Usage": ".usage",
}


if not TYPE_CHECKING:  # type checkers see the imports above: a misspelled name is an error, not Any

    def __getattr__(name: str) -> Any:
        module = _LAZY.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        if module == ".":
            value: Any = importlib.import_module(f"{__name__}.{name}")
        else:
            value = getattr(importlib.import_module(module, __name__), name)
        globals()[name] = value
        return value


def __dir__() -> list[str]:
    return sorted(__all__)
