# File generated from spec.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.


from typing import Union

from typing_extensions import TypeAlias

from .image_block_param import ImageBlockParam
from .text_block_param import TextBlockParam
from .tool_use_block_param import ToolUseBlockParam

__all__ = [
    "ContentBlockParam",
]

ContentBlockParam: TypeAlias = Union[TextBlockParam, ImageBlockParam, ToolUseBlockParam]
