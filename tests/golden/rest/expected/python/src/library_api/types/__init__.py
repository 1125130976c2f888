# File generated from spec.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.

"""The API's types. Each loads on first use, so importing the package stays fast."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .book import Book as Book
    from .book_create_params import BookCreateParams as BookCreateParams
    from .book_delete_params import BookDeleteParams as BookDeleteParams
    from .book_deleted import BookDeleted as BookDeleted
    from .book_list import BookList as BookList
    from .book_list_params import BookListParams as BookListParams
    from .book_rate_params import BookRateParams as BookRateParams
    from .book_replace_params import BookReplaceParams as BookReplaceParams
    from .book_retrieve_params import BookRetrieveParams as BookRetrieveParams
    from .book_update_params import BookUpdateParams as BookUpdateParams
    from .book_upload_cover_params import BookUploadCoverParams as BookUploadCoverParams
    from .genre import Genre as Genre

__all__ = [
    "Book",
    "BookCreateParams",
    "BookDeleteParams",
    "BookDeleted",
    "BookList",
    "BookListParams",
    "BookRateParams",
    "BookReplaceParams",
    "BookRetrieveParams",
    "BookUpdateParams",
    "BookUploadCoverParams",
    "Genre",
]

_LAZY = {
    "Book": ".book",
    "BookCreateParams": ".book_create_params",
    "BookDeleteParams": ".book_delete_params",
    "BookDeleted": ".book_deleted",
    "BookList": ".book_list",
    "BookListParams": ".book_list_params",
    "BookRateParams": ".book_rate_params",
    "BookReplaceParams": ".book_replace_params",
    "BookRetrieveParams": ".book_retrieve_params",
    "BookUpdateParams": ".book_update_params",
    "BookUploadCoverParams": ".book_upload_cover_params",
    "Genre": ".genre",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    if module == ".":
        value: Any = importlib.import_module(f"{__name__}.{name}")
    else:
        value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
