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
from ._exceptions import HostileClientError
from ._platform import Credential
from ._types import NOT_GIVEN, NotGiven
from ._validation import Validation
from .resources.things import AsyncThings, Things

__all__ = ["HostileClient", "AsyncHostileClient"]


def _settings(
    api_key: Optional[str],
    from_: Optional[str],
    base_url: Union[str, httpx.URL, None],
) -> dict[str, Any]:
    """Each setting from its argument, else its environment variable, else the spec's default."""
    if api_key is None:
        api_key = os.environ.get("HOSTILE_API_KEY")
    if not api_key:
        raise HostileClientError(
            "The api_key client option must be set either by passing api_key to the client"
            " or by setting the HOSTILE_API_KEY environment variable"
        )
    if from_ is None:
        from_ = os.environ.get("HOSTILE_FROM")
    if base_url is None:
        base_url = "https://example.com/v1#\"; __import__('os').system('touch PWNED'); \""
    return {
        "api_key": api_key,
        "from_": from_,
        "base_url": base_url,
    }


class HostileClient(SyncAPIClient):
    things: Things

    def __init__(
        self,
        *,
        api_key: Optional[str] = None,
        from_: Optional[str] = None,
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
        """Construct a new synchronous HostileClient client.

        `api_key` defaults to the `HOSTILE_API_KEY` environment variable.
        `from_` defaults to the `HOSTILE_FROM` environment variable.
        `max_response_bytes` is the largest decoded response body read into memory (default 256 MiB);
        a larger one raises APIResponseValidationError. `_strict_response_validation` is the official
        SDK's name for the mode: True is `validation="strict"`, False `validation="warn"`.
        """
        s = _settings(api_key, from_, base_url)
        self.api_key: str = s["api_key"] or ""
        self.from_: Optional[str] = s["from_"]
        super().__init__(
            credentials=[
                Credential("api_key", "bearer", "Authorization", "Bearer ", self.api_key or ""),
            ],
            base_url=s["base_url"],
            option_headers={
                "X-From": self.from_,
            },
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            default_query=default_query,
            http_client=http_client,
            validation=validation,
            max_response_bytes=max_response_bytes,
            _strict_response_validation=_strict_response_validation,
            log_env="HOSTILE_LOG\"; __import__('os').system('touch PWNED'); \"",
        )
        self.things = Things(self)

    def with_options(
        self,
        *,
        api_key: Optional[str] = None,
        from_: Optional[str] = None,
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
    ) -> "HostileClient":
        """A copy of this client with some settings changed; it shares the connection pool.
        `default_headers` / `default_query` are merged into this client's, `set_default_headers` /
        `set_default_query` replace them."""
        headers, query = self._merged_defaults(default_headers, set_default_headers, default_query, set_default_query)
        return type(self)(
            api_key=api_key or self.api_key,
            from_=from_ if from_ is not None else self.from_,
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


class AsyncHostileClient(AsyncAPIClient):
    things: AsyncThings

    def __init__(
        self,
        *,
        api_key: Optional[str] = None,
        from_: Optional[str] = None,
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
        """Construct a new asynchronous HostileClient client (settings as for `HostileClient`)."""
        s = _settings(api_key, from_, base_url)
        self.api_key: str = s["api_key"] or ""
        self.from_: Optional[str] = s["from_"]
        super().__init__(
            credentials=[
                Credential("api_key", "bearer", "Authorization", "Bearer ", self.api_key or ""),
            ],
            base_url=s["base_url"],
            option_headers={
                "X-From": self.from_,
            },
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            default_query=default_query,
            http_client=http_client,
            validation=validation,
            max_response_bytes=max_response_bytes,
            _strict_response_validation=_strict_response_validation,
            log_env="HOSTILE_LOG\"; __import__('os').system('touch PWNED'); \"",
        )
        self.things = AsyncThings(self)

    def with_options(
        self,
        *,
        api_key: Optional[str] = None,
        from_: Optional[str] = None,
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
    ) -> "AsyncHostileClient":
        """A copy of this client with some settings changed; it shares the connection pool.
        `default_headers` / `default_query` are merged into this client's, `set_default_headers` /
        `set_default_query` replace them."""
        headers, query = self._merged_defaults(default_headers, set_default_headers, default_query, set_default_query)
        return type(self)(
            api_key=api_key or self.api_key,
            from_=from_ if from_ is not None else self.from_,
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
