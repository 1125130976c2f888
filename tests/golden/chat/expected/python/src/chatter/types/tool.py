# File generated from spec.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.


from typing import Dict, Optional

from .._models import BaseModel

__all__ = [
    "Tool",
]


class Tool(BaseModel):
    input_schema: Dict[str, object]

    name: str

    description: Optional[str] = None
