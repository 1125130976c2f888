# File generated from spec.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.


from __future__ import annotations

from typing import Any, Mapping, Optional, Union

import httpx

from ._base_client import (
    DEFAULT_MAX_RESPONSE_BYTES,
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    AsyncAPIClient,
    SyncAPIClient,
)
from ._types import NOT_GIVEN, NotGiven
from ._validation import Validation
from .resources.drawings import AsyncDrawings, Drawings
from .resources.trees import AsyncTrees, Trees

__all__ = ["NestClient", "AsyncNestClient"]


def _settings(
    base_url: Union[str, httpx.URL, None],
) -> dict[str, Any]:
    """Each setting from its argument, else its environment variable, else the spec's default."""
    if base_url is None:
        base_url = "http://localhost:4010"
    return {
        "base_url": base_url,
    }


class NestClient(SyncAPIClient):
    drawings: Drawings
    trees: Trees

    def __init__(
        self,
        *,
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
        """Construct a new synchronous NestClient client.

        `max_response_bytes` is the largest decoded response body read into memory (default 256 MiB);
        a larger one raises APIResponseValidationError. `_strict_response_validation` is the official
        SDK's name for the mode: True is `validation="strict"`, False `validation="warn"`.
        """
        s = _settings(base_url)
        super().__init__(
            base_url=s["base_url"],
            option_headers={},
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            default_query=default_query,
            http_client=http_client,
            validation=validation,
            max_response_bytes=max_response_bytes,
            _strict_response_validation=_strict_response_validation,
            log_env="NESTCLIENT_LOG",
        )
        self.drawings = Drawings(self)
        self.trees = Trees(self)

    def with_options(
        self,
        *,
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
    ) -> "NestClient":
        """A copy of this client with some settings changed; it shares the connection pool.
        `default_headers` / `default_query` are merged into this client's, `set_default_headers` /
        `set_default_query` replace them."""
        headers, query = self._merged_defaults(default_headers, set_default_headers, default_query, set_default_query)
        return type(self)(
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


class AsyncNestClient(AsyncAPIClient):
    drawings: AsyncDrawings
    trees: AsyncTrees

    def __init__(
        self,
        *,
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
        """Construct a new asynchronous NestClient client (settings as for `NestClient`)."""
        s = _settings(base_url)
        super().__init__(
            base_url=s["base_url"],
            option_headers={},
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            default_query=default_query,
            http_client=http_client,
            validation=validation,
            max_response_bytes=max_response_bytes,
            _strict_response_validation=_strict_response_validation,
            log_env="NESTCLIENT_LOG",
        )
        self.drawings = AsyncDrawings(self)
        self.trees = AsyncTrees(self)

    def with_options(
        self,
        *,
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
    ) -> "AsyncNestClient":
        """A copy of this client with some settings changed; it shares the connection pool.
        `default_headers` / `default_query` are merged into this client's, `set_default_headers` /
        `set_default_query` replace them."""
        headers, query = self._merged_defaults(default_headers, set_default_headers, default_query, set_default_query)
        return type(self)(
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
