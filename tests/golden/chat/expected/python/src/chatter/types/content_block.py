# File generated from spec.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.


from typing import Union

from pydantic import Field as FieldInfo
from typing_extensions import Annotated, TypeAlias

from .image_block import ImageBlock
from .text_block import TextBlock
from .tool_use_block import ToolUseBlock

__all__ = [
    "ContentBlock",
]

ContentBlock: TypeAlias = Annotated[Union[TextBlock, ImageBlock, ToolUseBlock], FieldInfo(discriminator="type")]
