# File generated from spec.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.


from typing import Optional

from typing_extensions import Required, TypedDict

from .._types import FileTypes

__all__ = [
    "KlassDeleteParams",
]

KlassDeleteParams = TypedDict(
    "KlassDeleteParams",
    {
        "file": Required[FileTypes],
        "lambda": Optional[str],
    },
    total=False,
)
