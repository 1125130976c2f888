# File generated from spec.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.


from typing import Optional

from .._models import BaseModel

__all__ = [
    "KlassImportParams",
]


class KlassImportParams(BaseModel):
    """Named like the params type of class.import."""

    p: Optional[str] = None
