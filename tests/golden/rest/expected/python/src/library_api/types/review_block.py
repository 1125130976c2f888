# File generated from spec.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.


from typing import Union

from pydantic import Field as FieldInfo
from typing_extensions import Annotated, TypeAlias

from .._models import default_variant
from .quote_block import QuoteBlock
from .text_block import TextBlock

__all__ = [
    "ReviewBlock",
]

ReviewBlock: TypeAlias = Annotated[
    Union[TextBlock, QuoteBlock], FieldInfo(discriminator="type"), default_variant("type", "text")
]
"""A part of a review; a block without a type is text."""
