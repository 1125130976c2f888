# File generated from spec.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.


from typing import List, Optional

from .._models import BaseModel
from .model_info import ModelInfo

__all__ = [
    "ModelList",
]


class ModelList(BaseModel):
    data: List[ModelInfo]

    has_more: bool

    first_id: Optional[str] = None

    last_id: Optional[str] = None
