# File generated from spec.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.


from typing_extensions import Literal, TypeAlias

__all__ = [
    "Role",
]

Role: TypeAlias = Literal["user", "assistant"]
