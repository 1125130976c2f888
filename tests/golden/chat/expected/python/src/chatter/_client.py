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
from ._exceptions import ChatterError
from ._platform import Credential
from ._types import NOT_GIVEN, NotGiven
from ._validation import Validation
from .resources.messages.messages import AsyncMessages, Messages
from .resources.models import AsyncModels, Models

__all__ = ["Chatter", "AsyncChatter"]


def _settings(
    api_key: Optional[str],
    api_version: Optional[str],
    base_url: Union[str, httpx.URL, None],
) -> dict[str, Any]:
    """Each setting from its argument, else its environment variable, else the spec's default."""
    if api_key is None:
        api_key = os.environ.get("CHATTER_API_KEY")
    if not api_key:
        raise ChatterError(
            "The api_key client option must be set either by passing api_key to the client"
            " or by setting the CHATTER_API_KEY environment variable"
        )
    if api_version is None:
        api_version = "2023-06-01"
    if base_url is None:
        base_url = "https://api.chatter.example/v1"
    return {
        "api_key": api_key,
        "api_version": api_version,
        "base_url": base_url,
    }


class Chatter(SyncAPIClient):
    messages: Messages
    models: Models

    def __init__(
        self,
        *,
        api_key: Optional[str] = None,
        api_version: Optional[str] = None,
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
        """Construct a new synchronous Chatter client.

        `api_key` defaults to the `CHATTER_API_KEY` environment variable.
        `max_response_bytes` is the largest decoded response body read into memory (default 256 MiB);
        a larger one raises APIResponseValidationError. `_strict_response_validation` is the official
        SDK's name for the mode: True is `validation="strict"`, False `validation="warn"`.
        """
        s = _settings(api_key, api_version, base_url)
        self.api_key: str = s["api_key"] or ""
        self.api_version: Optional[str] = s["api_version"]
        super().__init__(
            credentials=[
                Credential("api_key", "header", "x-api-key", "", self.api_key or ""),
            ],
            base_url=s["base_url"],
            option_headers={
                "chatter-version": self.api_version,
            },
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            default_query=default_query,
            http_client=http_client,
            validation=validation,
            max_response_bytes=max_response_bytes,
            _strict_response_validation=_strict_response_validation,
            log_env="CHATTER_LOG",
        )
        self.messages = Messages(self)
        self.models = Models(self)

    def with_options(
        self,
        *,
        api_key: Optional[str] = None,
        api_version: Optional[str] = None,
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
    ) -> "Chatter":
        """A copy of this client with some settings changed; it shares the connection pool.
        `default_headers` / `default_query` are merged into this client's, `set_default_headers` /
        `set_default_query` replace them."""
        headers, query = self._merged_defaults(default_headers, set_default_headers, default_query, set_default_query)
        return type(self)(
            api_key=api_key or self.api_key,
            api_version=api_version if api_version is not None else self.api_version,
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


class AsyncChatter(AsyncAPIClient):
    messages: AsyncMessages
    models: AsyncModels

    def __init__(
        self,
        *,
        api_key: Optional[str] = None,
        api_version: Optional[str] = None,
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
        """Construct a new asynchronous Chatter client (settings as for `Chatter`)."""
        s = _settings(api_key, api_version, base_url)
        self.api_key: str = s["api_key"] or ""
        self.api_version: Optional[str] = s["api_version"]
        super().__init__(
            credentials=[
                Credential("api_key", "header", "x-api-key", "", self.api_key or ""),
            ],
            base_url=s["base_url"],
            option_headers={
                "chatter-version": self.api_version,
            },
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            default_query=default_query,
            http_client=http_client,
            validation=validation,
            max_response_bytes=max_response_bytes,
            _strict_response_validation=_strict_response_validation,
            log_env="CHATTER_LOG",
        )
        self.messages = AsyncMessages(self)
        self.models = AsyncModels(self)

    def with_options(
        self,
        *,
        api_key: Optional[str] = None,
        api_version: Optional[str] = None,
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
    ) -> "AsyncChatter":
        """A copy of this client with some settings changed; it shares the connection pool.
        `default_headers` / `default_query` are merged into this client's, `set_default_headers` /
        `set_default_query` replace them."""
        headers, query = self._merged_defaults(default_headers, set_default_headers, default_query, set_default_query)
        return type(self)(
            api_key=api_key or self.api_key,
            api_version=api_version if api_version is not None else self.api_version,
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
