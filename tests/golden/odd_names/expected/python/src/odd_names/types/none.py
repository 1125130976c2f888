# File generated from spec.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.


from typing_extensions import Literal, TypeAlias

__all__ = [
    "None_",
]

None_: TypeAlias = Literal["1024x1024", "auto", "a-b", "a_b", "None", "true", "class"]
"""An enum named like a Python constant."""
