# File generated from spec.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.


from typing import Dict

from typing_extensions import Required, TypedDict

__all__ = [
    "BatchRequestParam",
]


class BatchRequestParam(TypedDict, total=False):
    custom_id: Required[str]

    params: Required[Dict[str, object]]
