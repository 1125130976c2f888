# File generated from spec.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.


from typing import Dict

from .._models import BaseModel

__all__ = [
    "BatchResult",
]


class BatchResult(BaseModel):
    custom_id: str

    result: Dict[str, object]
