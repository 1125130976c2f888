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
from ._exceptions import OddClientError
from ._platform import Credential
from ._types import NOT_GIVEN, NotGiven
from ._validation import Validation
from .resources.class_ import AsyncClass, Class
from .resources.models import AsyncModels, Models

__all__ = ["OddClient", "AsyncOddClient"]


def _settings(
    credentials: Optional[str],
    from_: Optional[str],
    timeout_2: Optional[str],
    base_url: Union[str, httpx.URL, None],
) -> dict[str, Any]:
    """Each setting from its argument, else its environment variable, else the spec's default."""
    if credentials is None:
        credentials = os.environ.get("ODD_CREDENTIALS")
    if not credentials:
        raise OddClientError(
            "The credentials client option must be set either by passing credentials to the client"
            " or by setting the ODD_CREDENTIALS environment variable"
        )
    if from_ is None:
        from_ = os.environ.get("ODD_FROM")
    if base_url is None:
        base_url = "http://localhost:4010/v1"
    return {
        "credentials": credentials,
        "from_": from_,
        "timeout_2": timeout_2,
        "base_url": base_url,
    }


class OddClient(SyncAPIClient):
    class_: Class
    models: Models

    def __init__(
        self,
        *,
        credentials: Optional[str] = None,
        from_: Optional[str] = None,
        timeout_2: Optional[str] = None,
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
        """Construct a new synchronous OddClient client.

        `credentials` defaults to the `ODD_CREDENTIALS` environment variable.
        `from_` defaults to the `ODD_FROM` environment variable.
        `max_response_bytes` is the largest decoded response body read into memory (default 256 MiB);
        a larger one raises APIResponseValidationError. `_strict_response_validation` is the official
        SDK's name for the mode: True is `validation="strict"`, False `validation="warn"`.
        """
        s = _settings(credentials, from_, timeout_2, base_url)
        self.credentials: str = s["credentials"] or ""
        self.from_: Optional[str] = s["from_"]
        self.timeout_2: Optional[str] = s["timeout_2"]
        super().__init__(
            credentials=[
                Credential("credentials", "basic", "Authorization", "Basic ", self.credentials or ""),
            ],
            base_url=s["base_url"],
            option_headers={
                "X-From": self.from_,
                "X-Timeout": self.timeout_2,
            },
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            default_query=default_query,
            http_client=http_client,
            validation=validation,
            max_response_bytes=max_response_bytes,
            _strict_response_validation=_strict_response_validation,
            log_env="ODDCLIENT_LOG",
        )
        self.class_ = Class(self)
        self.models = Models(self)

    def with_options(
        self,
        *,
        credentials: Optional[str] = None,
        from_: Optional[str] = None,
        timeout_2: Optional[str] = None,
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
    ) -> "OddClient":
        """A copy of this client with some settings changed; it shares the connection pool.
        `default_headers` / `default_query` are merged into this client's, `set_default_headers` /
        `set_default_query` replace them."""
        headers, query = self._merged_defaults(default_headers, set_default_headers, default_query, set_default_query)
        return type(self)(
            credentials=credentials or self.credentials,
            from_=from_ if from_ is not None else self.from_,
            timeout_2=timeout_2 if timeout_2 is not None else self.timeout_2,
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


class AsyncOddClient(AsyncAPIClient):
    class_: AsyncClass
    models: AsyncModels

    def __init__(
        self,
        *,
        credentials: Optional[str] = None,
        from_: Optional[str] = None,
        timeout_2: Optional[str] = None,
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
        """Construct a new asynchronous OddClient client (settings as for `OddClient`)."""
        s = _settings(credentials, from_, timeout_2, base_url)
        self.credentials: str = s["credentials"] or ""
        self.from_: Optional[str] = s["from_"]
        self.timeout_2: Optional[str] = s["timeout_2"]
        super().__init__(
            credentials=[
                Credential("credentials", "basic", "Authorization", "Basic ", self.credentials or ""),
            ],
            base_url=s["base_url"],
            option_headers={
                "X-From": self.from_,
                "X-Timeout": self.timeout_2,
            },
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            default_query=default_query,
            http_client=http_client,
            validation=validation,
            max_response_bytes=max_response_bytes,
            _strict_response_validation=_strict_response_validation,
            log_env="ODDCLIENT_LOG",
        )
        self.class_ = AsyncClass(self)
        self.models = AsyncModels(self)

    def with_options(
        self,
        *,
        credentials: Optional[str] = None,
        from_: Optional[str] = None,
        timeout_2: Optional[str] = None,
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
    ) -> "AsyncOddClient":
        """A copy of this client with some settings changed; it shares the connection pool.
        `default_headers` / `default_query` are merged into this client's, `set_default_headers` /
        `set_default_query` replace them."""
        headers, query = self._merged_defaults(default_headers, set_default_headers, default_query, set_default_query)
        return type(self)(
            credentials=credentials or self.credentials,
            from_=from_ if from_ is not None else self.from_,
            timeout_2=timeout_2 if timeout_2 is not None else self.timeout_2,
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
