# File generated from spec.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.


from typing import Optional

from typing_extensions import TypedDict

__all__ = [
    "ModelListParams",
]


class ModelListParams(TypedDict, total=False):
    after_id: Optional[str]

    before_id: Optional[str]

    limit: Optional[int]
