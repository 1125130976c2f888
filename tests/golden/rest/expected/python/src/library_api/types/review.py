# File generated from spec.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.


from datetime import datetime
from typing import List, Optional

from .._models import BaseModel
from .review_block import ReviewBlock

__all__ = [
    "Review",
]


class Review(BaseModel):
    blocks: List[ReviewBlock]

    id: str

    stars: int

    created_at: Optional[datetime] = None
