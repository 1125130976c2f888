# File generated from spec.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.


from typing import Optional, Union

from typing_extensions import Literal, Required, TypedDict

from .none import None_
from .type import type_

__all__ = [
    "KlassImportParams_2",
    "KlassImportParams_2Base",
    "KlassImportParams_2NonStreaming",
    "KlassImportParams_2Streaming",
]

KlassImportParams_2Base = TypedDict(
    "KlassImportParams_2Base",
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


class KlassImportParams_2NonStreaming(KlassImportParams_2Base, total=False):
    stream: Optional[Literal[False]]


class KlassImportParams_2Streaming(KlassImportParams_2Base):
    stream: Required[Literal[True]]


KlassImportParams_2 = Union[KlassImportParams_2NonStreaming, KlassImportParams_2Streaming]
