# File generated from spec.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.


from typing import Union

from pydantic import Field as FieldInfo
from typing_extensions import Annotated, TypeAlias

from .done import Done
from .started import Started

__all__ = [
    "Event",
]

Event: TypeAlias = Annotated[Union[Started, Done], FieldInfo(discriminator="type")]
"""A union \"\"" */ `tick`"""
