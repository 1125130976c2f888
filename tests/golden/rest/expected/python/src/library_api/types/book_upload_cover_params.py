# File generated from spec.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.


from typing_extensions import Required, TypedDict

from .._types import FileTypes

__all__ = [
    "BookUploadCoverParams",
]


class BookUploadCoverParams(TypedDict, total=False):
    book_id: Required[str]

    cover: Required[FileTypes]
