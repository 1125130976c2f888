# File generated from spec.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.


from typing import Union

from typing_extensions import TypeAlias

from .quote_block_param import QuoteBlockParam
from .text_block_param import TextBlockParam

__all__ = [
    "ReviewBlockParam",
]

ReviewBlockParam: TypeAlias = Union[TextBlockParam, QuoteBlockParam]
"""A part of a review; a block without a type is text."""
