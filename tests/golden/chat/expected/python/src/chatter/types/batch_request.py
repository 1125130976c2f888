# File generated from spec.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.


from typing import Dict

from .._models import BaseModel

__all__ = [
    "BatchRequest",
]


class BatchRequest(BaseModel):
    custom_id: str

    params: Dict[str, object]
