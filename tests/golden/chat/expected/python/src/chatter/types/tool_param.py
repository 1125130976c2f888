# File generated from spec.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.


from typing import Dict, Optional

from typing_extensions import Required, TypedDict

__all__ = [
    "ToolParam",
]


class ToolParam(TypedDict, total=False):
    input_schema: Required[Dict[str, object]]

    name: Required[str]

    description: Optional[str]
