# File generated from spec.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.


from typing import Optional, Union

from typing_extensions import Literal, Required, TypedDict

from .none import None_
from .type import type_

__all__ = [
    "KlassImportParams",
    "KlassImportParamsBase",
    "KlassImportParamsNonStreaming",
    "KlassImportParamsStreaming",
]

KlassImportParamsBase = TypedDict(
    "KlassImportParamsBase",
    {
        "from": Required[str],
        "1st": Optional[int],
        "class": Optional[None_],
        "extra_headers": Optional[str],
        "timeout": Optional[float],
        "type": Optional[Union[str, type_]],
    },
    total=False,
)


class KlassImportParamsNonStreaming(KlassImportParamsBase, total=False):

    stream: Optional[Literal[False]]


class KlassImportParamsStreaming(KlassImportParamsBase):

    stream: Required[Literal[True]]


KlassImportParams = Union[KlassImportParamsNonStreaming, KlassImportParamsStreaming]
