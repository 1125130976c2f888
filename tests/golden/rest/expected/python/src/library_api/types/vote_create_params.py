# File generated from spec.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.


from typing_extensions import Required, TypedDict

__all__ = [
    "VoteCreateParams",
]


class VoteCreateParams(TypedDict, total=False):
    book_id: Required[str]

    helpful: Required[bool]

    review_id: Required[str]
