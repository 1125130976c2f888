# File generated from spec.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.


from __future__ import annotations

import os
from typing import Any, Mapping, Optional, Union

import httpx

from ._base_client import (
    DEFAULT_MAX_RESPONSE_BYTES,
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    AsyncAPIClient,
    SyncAPIClient,
)
from ._exceptions import LibraryError
from ._platform import Credential
from ._types import NOT_GIVEN, NotGiven
from ._validation import Validation
from .resources.authors import AsyncAuthors, Authors
from .resources.books.books import AsyncBooks, Books
from .resources.feed import AsyncFeed, Feed

__all__ = ["Library", "AsyncLibrary"]


def _settings(
    api_key: Optional[str],
    librarian_key: Optional[str],
    api_version: Optional[str],
    tenant: Optional[str],
    base_url: Union[str, httpx.URL, None],
) -> dict[str, Any]:
    """Each setting from its argument, else its environment variable, else the spec's default."""
    if api_key is None:
        api_key = os.environ.get("LIBRARY_API_KEY")
    if librarian_key is None:
        librarian_key = os.environ.get("LIBRARY_LIBRARIAN_KEY")
    if not api_key and not librarian_key:
        raise LibraryError(
            "Missing credentials: pass api_key or librarian_key to the client"
            " or set LIBRARY_API_KEY or LIBRARY_LIBRARIAN_KEY"
        )
    if api_version is None:
        api_version = "2025-01-01"
    if tenant is None:
        tenant = os.environ.get("LIBRARY_TENANT")
    if not tenant:
        raise LibraryError(
            "The tenant client option must be set either by passing tenant to the client or by setting the LIBRARY_TENANT environment variable"
        )
    if base_url is None:
        base_url = "http://localhost:4010/v2"
    return {
        "api_key": api_key,
        "librarian_key": librarian_key,
        "api_version": api_version,
        "tenant": tenant,
        "base_url": base_url,
    }


class Library(SyncAPIClient):
    authors: Authors
    books: Books
    feed: Feed

    def __init__(
        self,
        *,
        api_key: Optional[str] = None,
        librarian_key: Optional[str] = None,
        api_version: Optional[str] = None,
        tenant: Optional[str] = None,
        base_url: Union[str, httpx.URL, None] = None,
        timeout: Union[float, httpx.Timeout, None] = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Optional[Mapping[str, str]] = None,
        default_query: Optional[Mapping[str, object]] = None,
        http_client: Optional[httpx.Client] = None,
        validation: Optional[Validation] = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        _strict_response_validation: Optional[bool] = None,
    ) -> None:
        """Construct a new synchronous Library client.

        `api_key` defaults to the `LIBRARY_API_KEY` environment variable.
        `librarian_key` defaults to the `LIBRARY_LIBRARIAN_KEY` environment variable.
        `tenant` defaults to the `LIBRARY_TENANT` environment variable.
        `max_response_bytes` is the largest decoded response body read into memory (default 256 MiB);
        a larger one raises APIResponseValidationError. `_strict_response_validation` is the official
        SDK's name for the mode: True is `validation="strict"`, False `validation="warn"`.
        """
        s = _settings(api_key, librarian_key, api_version, tenant, base_url)
        self.api_key: str = s["api_key"] or ""
        self.librarian_key: Optional[str] = s["librarian_key"]
        self.api_version: Optional[str] = s["api_version"]
        self.tenant: Optional[str] = s["tenant"]
        super().__init__(
            credentials=[
                Credential("api_key", "header", "x-api-key", "", self.api_key or ""),
                Credential("librarian_key", "bearer", "Authorization", "Bearer ", self.librarian_key or ""),
            ],
            base_url=s["base_url"],
            option_headers={
                "Library-Version": self.api_version,
                "Library-Tenant": self.tenant,
            },
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            default_query=default_query,
            http_client=http_client,
            validation=validation,
            max_response_bytes=max_response_bytes,
            _strict_response_validation=_strict_response_validation,
            log_env="LIBRARY_LOG",
        )
        self.authors = Authors(self)
        self.books = Books(self)
        self.feed = Feed(self)

    def with_options(
        self,
        *,
        api_key: Optional[str] = None,
        librarian_key: Optional[str] = None,
        api_version: Optional[str] = None,
        tenant: Optional[str] = None,
        base_url: Union[str, httpx.URL, None] = None,
        timeout: Union[float, httpx.Timeout, None, NotGiven] = NOT_GIVEN,
        max_retries: Optional[int] = None,
        default_headers: Optional[Mapping[str, str]] = None,
        set_default_headers: Optional[Mapping[str, str]] = None,
        default_query: Optional[Mapping[str, object]] = None,
        set_default_query: Optional[Mapping[str, object]] = None,
        http_client: Optional[httpx.Client] = None,
        validation: Optional[Validation] = None,
        max_response_bytes: Optional[int] = None,
    ) -> "Library":
        """A copy of this client with some settings changed; it shares the connection pool.
        `default_headers` / `default_query` are merged into this client's, `set_default_headers` /
        `set_default_query` replace them."""
        headers, query = self._merged_defaults(default_headers, set_default_headers, default_query, set_default_query)
        return type(self)(
            api_key=api_key or self.api_key,
            librarian_key=librarian_key or self.librarian_key,
            api_version=api_version if api_version is not None else self.api_version,
            tenant=tenant if tenant is not None else self.tenant,
            base_url=base_url or self.base_url,
            timeout=self.timeout if isinstance(timeout, NotGiven) else timeout,
            max_retries=self.max_retries if max_retries is None else max_retries,
            default_headers=headers,
            default_query=query,
            http_client=http_client or self._client,
            validation=validation or self.validation,
            max_response_bytes=self.max_response_bytes if max_response_bytes is None else max_response_bytes,
        )

    copy = with_options


class AsyncLibrary(AsyncAPIClient):
    authors: AsyncAuthors
    books: AsyncBooks
    feed: AsyncFeed

    def __init__(
        self,
        *,
        api_key: Optional[str] = None,
        librarian_key: Optional[str] = None,
        api_version: Optional[str] = None,
        tenant: Optional[str] = None,
        base_url: Union[str, httpx.URL, None] = None,
        timeout: Union[float, httpx.Timeout, None] = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Optional[Mapping[str, str]] = None,
        default_query: Optional[Mapping[str, object]] = None,
        http_client: Optional[httpx.AsyncClient] = None,
        validation: Optional[Validation] = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        _strict_response_validation: Optional[bool] = None,
    ) -> None:
        """Construct a new asynchronous Library client (settings as for `Library`)."""
        s = _settings(api_key, librarian_key, api_version, tenant, base_url)
        self.api_key: str = s["api_key"] or ""
        self.librarian_key: Optional[str] = s["librarian_key"]
        self.api_version: Optional[str] = s["api_version"]
        self.tenant: Optional[str] = s["tenant"]
        super().__init__(
            credentials=[
                Credential("api_key", "header", "x-api-key", "", self.api_key or ""),
                Credential("librarian_key", "bearer", "Authorization", "Bearer ", self.librarian_key or ""),
            ],
            base_url=s["base_url"],
            option_headers={
                "Library-Version": self.api_version,
                "Library-Tenant": self.tenant,
            },
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            default_query=default_query,
            http_client=http_client,
            validation=validation,
            max_response_bytes=max_response_bytes,
            _strict_response_validation=_strict_response_validation,
            log_env="LIBRARY_LOG",
        )
        self.authors = AsyncAuthors(self)
        self.books = AsyncBooks(self)
        self.feed = AsyncFeed(self)

    def with_options(
        self,
        *,
        api_key: Optional[str] = None,
        librarian_key: Optional[str] = None,
        api_version: Optional[str] = None,
        tenant: Optional[str] = None,
        base_url: Union[str, httpx.URL, None] = None,
        timeout: Union[float, httpx.Timeout, None, NotGiven] = NOT_GIVEN,
        max_retries: Optional[int] = None,
        default_headers: Optional[Mapping[str, str]] = None,
        set_default_headers: Optional[Mapping[str, str]] = None,
        default_query: Optional[Mapping[str, object]] = None,
        set_default_query: Optional[Mapping[str, object]] = None,
        http_client: Optional[httpx.AsyncClient] = None,
        validation: Optional[Validation] = None,
        max_response_bytes: Optional[int] = None,
    ) -> "AsyncLibrary":
        """A copy of this client with some settings changed; it shares the connection pool.
        `default_headers` / `default_query` are merged into this client's, `set_default_headers` /
        `set_default_query` replace them."""
        headers, query = self._merged_defaults(default_headers, set_default_headers, default_query, set_default_query)
        return type(self)(
            api_key=api_key or self.api_key,
            librarian_key=librarian_key or self.librarian_key,
            api_version=api_version if api_version is not None else self.api_version,
            tenant=tenant if tenant is not None else self.tenant,
            base_url=base_url or self.base_url,
            timeout=self.timeout if isinstance(timeout, NotGiven) else timeout,
            max_retries=self.max_retries if max_retries is None else max_retries,
            default_headers=headers,
            default_query=query,
            http_client=http_client or self._client,
            validation=validation or self.validation,
            max_response_bytes=self.max_response_bytes if max_response_bytes is None else max_response_bytes,
        )

    copy = with_options
