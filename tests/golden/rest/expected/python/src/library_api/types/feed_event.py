# File generated from spec.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.


from typing import Union

from pydantic import Field as FieldInfo
from typing_extensions import Annotated, TypeAlias

from .book_added import BookAdded
from .book_removed import BookRemoved

__all__ = [
    "FeedEvent",
]

FeedEvent: TypeAlias = Annotated[Union[BookAdded, BookRemoved], FieldInfo(discriminator="type")]
"""What happens in the catalog."""
