# File generated from spec.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.


from typing import List, Optional

from .._models import BaseModel

__all__ = [
    "TreeNode",
]


class TreeNode(BaseModel):
    """A node of a tree; it links to nodes of its own type."""

    label: str

    child: Optional["TreeNode"] = None

    children: Optional[List["TreeNode"]] = None

    owner: Optional["Owner"] = None

    parent: Optional["TreeNode"] = None


# Types that refer back to this module (a reference cycle) are imported once its classes exist.
from .owner import Owner  # noqa: E402
