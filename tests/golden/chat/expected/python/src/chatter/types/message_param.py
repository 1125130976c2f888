# File generated from spec.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.


from typing import List

from .._models import BaseModel
from .content_block import ContentBlock
from .role import Role

__all__ = [
    "MessageParam",
]


class MessageParam(BaseModel):
    content: List[ContentBlock]

    role: Role
