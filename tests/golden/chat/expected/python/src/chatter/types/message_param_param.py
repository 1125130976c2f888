# File generated from spec.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.


from typing import Iterable

from typing_extensions import Required, TypedDict

from .content_block_param import ContentBlockParam
from .role import Role

__all__ = [
    "MessageParamParam",
]


class MessageParamParam(TypedDict, total=False):
    content: Required[Iterable[ContentBlockParam]]

    role: Required[Role]
