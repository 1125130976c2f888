# File generated from spec.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.


from typing_extensions import Required, TypedDict

__all__ = [
    "PointParam",
]


class PointParam(TypedDict, total=False):
    x: Required[float]

    y: Required[float]
