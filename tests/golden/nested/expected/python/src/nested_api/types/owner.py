# File generated from spec.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.


from typing import Optional

from .._models import BaseModel

__all__ = [
    "Owner",
]


class Owner(BaseModel):
    """Links back to TreeNode, so the two models form a cycle across two modules."""

    name: str

    favorite: Optional["TreeNode"] = None


# Types that refer back to this module (a reference cycle) are imported once its classes exist.
from .tree_node import TreeNode  # noqa: E402
