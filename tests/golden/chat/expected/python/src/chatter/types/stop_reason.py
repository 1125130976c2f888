# File generated from spec.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.


from typing_extensions import Literal, TypeAlias

__all__ = [
    "StopReason",
]

StopReason: TypeAlias = Literal["end_turn", "max_tokens", "tool_use"]
"""Any other string is accepted too (an open enum)."""
