# File generated from spec.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.


from typing import Dict

from pydantic import Field as FieldInfo

from .._models import BaseModel

__all__ = [
    "Stats",
]


class Stats(BaseModel):
    """Counts of the catalog; one extra key per genre with its count."""

    total: int

    __pydantic_extra__: Dict[str, int] = FieldInfo(init=False)
    """The properties beyond the known ones."""
