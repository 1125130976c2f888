# File generated from spec.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.


from .._models import BaseModel

__all__ = [
    "Usage",
]


class Usage(BaseModel):
    input_tokens: int

    output_tokens: int
