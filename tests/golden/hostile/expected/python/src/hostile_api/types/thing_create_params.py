# File generated from spec.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.


from typing import Optional, Union

from typing_extensions import Literal, Required, TypedDict

from .mode import Mode

__all__ = [
    "ThingCreateParams",
    "ThingCreateParamsBase",
    "ThingCreateParamsNonStreaming",
    "ThingCreateParamsStreaming",
]

ThingCreateParamsBase = TypedDict(
    "ThingCreateParamsBase",
    {
        "name": Required[str],
        "class": Optional[int],
        "mode": Optional[Union[str, Mode]],
        "x-y z": Optional[str],
    },
    total=False,
)


class ThingCreateParamsNonStreaming(ThingCreateParamsBase, total=False):
    stream: Optional[Literal[False]]
    """Stream \"\"" */ ${x}"""


class ThingCreateParamsStreaming(ThingCreateParamsBase):
    stream: Required[Literal[True]]
    """Stream \"\"" */ ${x}"""


ThingCreateParams = Union[ThingCreateParamsNonStreaming, ThingCreateParamsStreaming]
