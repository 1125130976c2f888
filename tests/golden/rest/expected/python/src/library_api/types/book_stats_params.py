# File generated from spec.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.


from typing_extensions import TypedDict

__all__ = [
    "BookStatsParams",
]


class BookStatsParams(TypedDict, total=False):

    pass
