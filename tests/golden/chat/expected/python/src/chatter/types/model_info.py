# File generated from spec.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.


from datetime import datetime

from .._models import BaseModel

__all__ = [
    "ModelInfo",
]


class ModelInfo(BaseModel):
    created_at: datetime

    display_name: str

    id: str
