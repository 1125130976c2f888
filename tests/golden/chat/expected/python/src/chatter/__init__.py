# File generated from spec.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.

"""Chat API: a typed Python client. Names load on first use."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import pagination as pagination
    from . import types as types
    from ._base_client import DEFAULT_CONNECTION_LIMITS as DEFAULT_CONNECTION_LIMITS
    from ._base_client import DEFAULT_MAX_RETRIES as DEFAULT_MAX_RETRIES
    from ._base_client import DEFAULT_TIMEOUT as DEFAULT_TIMEOUT
    from ._base_client import DefaultAioHttpClient as DefaultAioHttpClient
    from ._base_client import DefaultAsyncHttpxClient as DefaultAsyncHttpxClient
    from ._base_client import DefaultHttpxClient as DefaultHttpxClient
    from ._base_client import Timeout as Timeout
    from ._client import AsyncChatter as AsyncChatter
    from ._client import Chatter as Chatter
    from ._exceptions import APIConnectionError as APIConnectionError
    from ._exceptions import APIError as APIError
    from ._exceptions import APIRedirectError as APIRedirectError
    from ._exceptions import APIResponseValidationError as APIResponseValidationError
    from ._exceptions import APIStatusError as APIStatusError
    from ._exceptions import APITimeoutError as APITimeoutError
    from ._exceptions import AuthenticationError as AuthenticationError
    from ._exceptions import BadRequestError as BadRequestError
    from ._exceptions import ChatterError as ChatterError
    from ._exceptions import ConflictError as ConflictError
    from ._exceptions import InternalServerError as InternalServerError
    from ._exceptions import NotFoundError as NotFoundError
    from ._exceptions import ParamValidationError as ParamValidationError
    from ._exceptions import PermissionDeniedError as PermissionDeniedError
    from ._exceptions import RateLimitError as RateLimitError
    from ._exceptions import UnprocessableEntityError as UnprocessableEntityError
    from ._files import file_from_path as file_from_path
    from ._models import BaseModel as BaseModel
    from ._response import APIResponse as APIResponse
    from ._response import AsyncAPIResponse as AsyncAPIResponse
    from ._response import AsyncBinaryResponseContent as AsyncBinaryResponseContent
    from ._response import BinaryResponseContent as BinaryResponseContent
    from ._streaming import AsyncJSONLDecoder as AsyncJSONLDecoder
    from ._streaming import AsyncStream as AsyncStream
    from ._streaming import JSONLDecoder as JSONLDecoder
    from ._streaming import Stream as Stream
    from ._streaming import UnknownStreamEvent as UnknownStreamEvent
    from ._types import NOT_GIVEN as NOT_GIVEN
    from ._types import NotGiven as NotGiven
    from ._types import Omit as Omit
    from ._types import RequestOptions as RequestOptions
    from ._types import not_given as not_given
    from ._types import omit as omit

__version__ = "0.1.0"

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIRedirectError",
    "APIResponse",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncAPIResponse",
    "AsyncBinaryResponseContent",
    "AsyncChatter",
    "AsyncJSONLDecoder",
    "AsyncStream",
    "AuthenticationError",
    "BadRequestError",
    "BaseModel",
    "BinaryResponseContent",
    "Chatter",
    "ChatterError",
    "ConflictError",
    "DEFAULT_CONNECTION_LIMITS",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "DefaultAioHttpClient",
    "DefaultAsyncHttpxClient",
    "DefaultHttpxClient",
    "InternalServerError",
    "JSONLDecoder",
    "NOT_GIVEN",
    "NotFoundError",
    "NotGiven",
    "Omit",
    "ParamValidationError",
    "PermissionDeniedError",
    "RateLimitError",
    "RequestOptions",
    "Stream",
    "Timeout",
    "UnknownStreamEvent",
    "UnprocessableEntityError",
    "file_from_path",
    "not_given",
    "omit",
    "pagination",
    "types",
]

_LAZY = {
    "APIConnectionError": "._exceptions",
    "APIError": "._exceptions",
    "APIRedirectError": "._exceptions",
    "APIResponse": "._response",
    "APIResponseValidationError": "._exceptions",
    "APIStatusError": "._exceptions",
    "APITimeoutError": "._exceptions",
    "AsyncAPIResponse": "._response",
    "AsyncBinaryResponseContent": "._response",
    "AsyncChatter": "._client",
    "AsyncJSONLDecoder": "._streaming",
    "AsyncStream": "._streaming",
    "AuthenticationError": "._exceptions",
    "BadRequestError": "._exceptions",
    "BaseModel": "._models",
    "BinaryResponseContent": "._response",
    "Chatter": "._client",
    "ChatterError": "._exceptions",
    "ConflictError": "._exceptions",
    "DEFAULT_CONNECTION_LIMITS": "._base_client",
    "DEFAULT_MAX_RETRIES": "._base_client",
    "DEFAULT_TIMEOUT": "._base_client",
    "DefaultAioHttpClient": "._base_client",
    "DefaultAsyncHttpxClient": "._base_client",
    "DefaultHttpxClient": "._base_client",
    "InternalServerError": "._exceptions",
    "JSONLDecoder": "._streaming",
    "NOT_GIVEN": "._types",
    "NotFoundError": "._exceptions",
    "NotGiven": "._types",
    "Omit": "._types",
    "ParamValidationError": "._exceptions",
    "PermissionDeniedError": "._exceptions",
    "RateLimitError": "._exceptions",
    "RequestOptions": "._types",
    "Stream": "._streaming",
    "Timeout": "._base_client",
    "UnknownStreamEvent": "._streaming",
    "UnprocessableEntityError": "._exceptions",
    "file_from_path": "._files",
    "not_given": "._types",
    "omit": "._types",
    "pagination": ".",
    "types": ".",
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
