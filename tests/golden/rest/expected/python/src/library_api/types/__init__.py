# File generated from spec.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.

"""The API's types. Each loads on first use, so importing the package stays fast."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .author import Author as Author
    from .author_list_params import AuthorListParams as AuthorListParams
    from .author_page import AuthorPage as AuthorPage
    from .author_param import AuthorParam as AuthorParam
    from .book import Book as Book
    from .book_added import BookAdded as BookAdded
    from .book_create_params import BookCreateParams as BookCreateParams
    from .book_deleted import BookDeleted as BookDeleted
    from .book_export_params import BookExportParams as BookExportParams
    from .book_list import BookList as BookList
    from .book_list_params import BookListParams as BookListParams
    from .book_rate_params import BookRateParams as BookRateParams
    from .book_removed import BookRemoved as BookRemoved
    from .book_replace_params import BookReplaceParams as BookReplaceParams
    from .book_retrieve_params import BookRetrieveParams as BookRetrieveParams
    from .book_update_params import BookUpdateParams as BookUpdateParams
    from .book_upload_cover_params import BookUploadCoverParams as BookUploadCoverParams
    from .feed_event import FeedEvent as FeedEvent
    from .feed_stream_params import FeedStreamParams as FeedStreamParams
    from .genre import Genre as Genre
    from .quote_block import QuoteBlock as QuoteBlock
    from .quote_block_param import QuoteBlockParam as QuoteBlockParam
    from .review import Review as Review
    from .review_block import ReviewBlock as ReviewBlock
    from .review_block_param import ReviewBlockParam as ReviewBlockParam
    from .review_create_params import ReviewCreateParams as ReviewCreateParams
    from .review_list import ReviewList as ReviewList
    from .review_list_params import ReviewListParams as ReviewListParams
    from .stats import Stats as Stats
    from .text_block import TextBlock as TextBlock
    from .text_block_param import TextBlockParam as TextBlockParam
    from .vote import Vote as Vote
    from .vote_create_params import VoteCreateParams as VoteCreateParams

__all__ = [
    "Author",
    "AuthorListParams",
    "AuthorPage",
    "AuthorParam",
    "Book",
    "BookAdded",
    "BookCreateParams",
    "BookDeleted",
    "BookExportParams",
    "BookList",
    "BookListParams",
    "BookRateParams",
    "BookRemoved",
    "BookReplaceParams",
    "BookRetrieveParams",
    "BookUpdateParams",
    "BookUploadCoverParams",
    "FeedEvent",
    "FeedStreamParams",
    "Genre",
    "QuoteBlock",
    "QuoteBlockParam",
    "Review",
    "ReviewBlock",
    "ReviewBlockParam",
    "ReviewCreateParams",
    "ReviewList",
    "ReviewListParams",
    "Stats",
    "TextBlock",
    "TextBlockParam",
    "Vote",
    "VoteCreateParams",
]

_LAZY = {
    "Author": ".author",
    "AuthorListParams": ".author_list_params",
    "AuthorPage": ".author_page",
    "AuthorParam": ".author_param",
    "Book": ".book",
    "BookAdded": ".book_added",
    "BookCreateParams": ".book_create_params",
    "BookDeleted": ".book_deleted",
    "BookExportParams": ".book_export_params",
    "BookList": ".book_list",
    "BookListParams": ".book_list_params",
    "BookRateParams": ".book_rate_params",
    "BookRemoved": ".book_removed",
    "BookReplaceParams": ".book_replace_params",
    "BookRetrieveParams": ".book_retrieve_params",
    "BookUpdateParams": ".book_update_params",
    "BookUploadCoverParams": ".book_upload_cover_params",
    "FeedEvent": ".feed_event",
    "FeedStreamParams": ".feed_stream_params",
    "Genre": ".genre",
    "QuoteBlock": ".quote_block",
    "QuoteBlockParam": ".quote_block_param",
    "Review": ".review",
    "ReviewBlock": ".review_block",
    "ReviewBlockParam": ".review_block_param",
    "ReviewCreateParams": ".review_create_params",
    "ReviewList": ".review_list",
    "ReviewListParams": ".review_list_params",
    "Stats": ".stats",
    "TextBlock": ".text_block",
    "TextBlockParam": ".text_block_param",
    "Vote": ".vote",
    "VoteCreateParams": ".vote_create_params",
}


if not TYPE_CHECKING:  # type checkers see the imports above: a misspelled name is an error, not Any

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
