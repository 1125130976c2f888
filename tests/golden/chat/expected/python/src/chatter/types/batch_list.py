# File generated from spec.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.


from typing import List, Optional

from .._models import BaseModel
from .message_batch import MessageBatch

__all__ = [
    "BatchList",
]


class BatchList(BaseModel):
    data: List[MessageBatch]

    has_more: bool

    last_id: Optional[str] = None
