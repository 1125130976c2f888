# File generated from spec.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.


from typing import Optional

from typing_extensions import Required, TypedDict

__all__ = [
    "TreeGrowParams",
]


class TreeGrowParams(TypedDict, total=False):
    label: Required[str]

    depth: Optional[int]
