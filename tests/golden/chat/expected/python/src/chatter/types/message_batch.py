# File generated from spec.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.


from datetime import datetime

from typing_extensions import Literal

from .._models import BaseModel

__all__ = [
    "MessageBatch",
]


class MessageBatch(BaseModel):
    created_at: datetime

    id: str

    processing_status: Literal["in_progress", "canceling", "ended"]
