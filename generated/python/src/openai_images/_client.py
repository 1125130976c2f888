# File generated from images.yaml by sdkgen. DO NOT EDIT.
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
from ._exceptions import OpenAIError
from ._platform import Credential
from ._types import NOT_GIVEN, NotGiven
from ._validation import Validation
from .resources.images import AsyncImages, Images

__all__ = ["OpenAI", "AsyncOpenAI"]


def _settings(
    api_key: Optional[str],
    admin_api_key: Optional[str],
    organization: Optional[str],
    project: Optional[str],
    base_url: Union[str, httpx.URL, None],
) -> dict[str, Any]:
    """Each setting from its argument, else its environment variable, else the spec's default."""
    if api_key is None:
        api_key = os.environ.get("OPENAI_API_KEY")
    if admin_api_key is None:
        admin_api_key = os.environ.get("OPENAI_ADMIN_KEY")
    if not api_key and not admin_api_key:
        raise OpenAIError(
            "Missing credentials: pass api_key or admin_api_key to the client or set OPENAI_API_KEY or OPENAI_ADMIN_KEY"
        )
    if organization is None:
        organization = os.environ.get("OPENAI_ORG_ID")
    if project is None:
        project = os.environ.get("OPENAI_PROJECT_ID")
    if base_url is None:
        base_url = os.environ.get("OPENAI_BASE_URL") or "https://api.openai.com/v1"
    return {
        "api_key": api_key,
        "admin_api_key": admin_api_key,
        "organization": organization,
        "project": project,
        "base_url": base_url,
    }


class OpenAI(SyncAPIClient):
    images: Images

    def __init__(
        self,
        *,
        api_key: Optional[str] = None,
        admin_api_key: Optional[str] = None,
        organization: Optional[str] = None,
        project: Optional[str] = None,
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
        """Construct a new synchronous OpenAI client.

        `api_key` defaults to the `OPENAI_API_KEY` environment variable.
        `admin_api_key` defaults to the `OPENAI_ADMIN_KEY` environment variable.
        `organization` defaults to the `OPENAI_ORG_ID` environment variable.
        `project` defaults to the `OPENAI_PROJECT_ID` environment variable.
        `max_response_bytes` is the largest decoded response body read into memory (default 256 MiB);
        a larger one raises APIResponseValidationError. `_strict_response_validation` is the official
        SDK's name for the mode: True is `validation="strict"`, False `validation="warn"`.
        """
        s = _settings(api_key, admin_api_key, organization, project, base_url)
        self.api_key: str = s["api_key"] or ""
        self.admin_api_key: Optional[str] = s["admin_api_key"]
        self.organization: Optional[str] = s["organization"]
        self.project: Optional[str] = s["project"]
        super().__init__(
            credentials=[
                Credential("api_key", "bearer", "Authorization", "Bearer ", self.api_key or ""),
                Credential("admin_api_key", "bearer", "Authorization", "Bearer ", self.admin_api_key or ""),
            ],
            base_url=s["base_url"],
            option_headers={
                "OpenAI-Organization": self.organization,
                "OpenAI-Project": self.project,
            },
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            default_query=default_query,
            http_client=http_client,
            validation=validation,
            max_response_bytes=max_response_bytes,
            _strict_response_validation=_strict_response_validation,
            log_env="OPENAI_LOG",
        )
        self.images = Images(self)

    def with_options(
        self,
        *,
        api_key: Optional[str] = None,
        admin_api_key: Optional[str] = None,
        organization: Optional[str] = None,
        project: Optional[str] = None,
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
    ) -> "OpenAI":
        """A copy of this client with some settings changed; it shares the connection pool.
        `default_headers` / `default_query` are merged into this client's, `set_default_headers` /
        `set_default_query` replace them."""
        headers, query = self._merged_defaults(default_headers, set_default_headers, default_query, set_default_query)
        return type(self)(
            api_key=api_key or self.api_key,
            admin_api_key=admin_api_key or self.admin_api_key,
            organization=organization if organization is not None else self.organization,
            project=project if project is not None else self.project,
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


class AsyncOpenAI(AsyncAPIClient):
    images: AsyncImages

    def __init__(
        self,
        *,
        api_key: Optional[str] = None,
        admin_api_key: Optional[str] = None,
        organization: Optional[str] = None,
        project: Optional[str] = None,
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
        """Construct a new asynchronous OpenAI client (settings as for `OpenAI`)."""
        s = _settings(api_key, admin_api_key, organization, project, base_url)
        self.api_key: str = s["api_key"] or ""
        self.admin_api_key: Optional[str] = s["admin_api_key"]
        self.organization: Optional[str] = s["organization"]
        self.project: Optional[str] = s["project"]
        super().__init__(
            credentials=[
                Credential("api_key", "bearer", "Authorization", "Bearer ", self.api_key or ""),
                Credential("admin_api_key", "bearer", "Authorization", "Bearer ", self.admin_api_key or ""),
            ],
            base_url=s["base_url"],
            option_headers={
                "OpenAI-Organization": self.organization,
                "OpenAI-Project": self.project,
            },
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            default_query=default_query,
            http_client=http_client,
            validation=validation,
            max_response_bytes=max_response_bytes,
            _strict_response_validation=_strict_response_validation,
            log_env="OPENAI_LOG",
        )
        self.images = AsyncImages(self)

    def with_options(
        self,
        *,
        api_key: Optional[str] = None,
        admin_api_key: Optional[str] = None,
        organization: Optional[str] = None,
        project: Optional[str] = None,
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
    ) -> "AsyncOpenAI":
        """A copy of this client with some settings changed; it shares the connection pool.
        `default_headers` / `default_query` are merged into this client's, `set_default_headers` /
        `set_default_query` replace them."""
        headers, query = self._merged_defaults(default_headers, set_default_headers, default_query, set_default_query)
        return type(self)(
            api_key=api_key or self.api_key,
            admin_api_key=admin_api_key or self.admin_api_key,
            organization=organization if organization is not None else self.organization,
            project=project if project is not None else self.project,
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
