# File generated from spec.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.

"""The exceptions the client raises, mirroring the official SDK's hierarchy."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Optional, Sequence

from typing_extensions import Literal

if TYPE_CHECKING:
    import httpx

__all__ = [
    "LibraryError",
    "ParamValidationError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APIConnectionError",
    "APITimeoutError",
    "BadRequestError",
    "AuthenticationError",
    "PermissionDeniedError",
    "NotFoundError",
    "ConflictError",
    "UnprocessableEntityError",
    "RateLimitError",
    "InternalServerError",
]


class LibraryError(Exception):
    """The base of every error this package raises."""


class ParamValidationError(LibraryError, ValueError):
    """Params break the spec's constraints or per-model rules; raised before anything is sent."""

    def __init__(self, operation: str, problems: Sequence[str]) -> None:
        self.operation = operation
        self.problems = list(problems)
        super().__init__(f"{operation}: " + "; ".join(self.problems))


class APIError(LibraryError):
    """An error about a request: the API's own error fields are parsed when the body has them."""

    message: str
    request: "httpx.Request"
    body: object | None
    code: Optional[str]
    param: Optional[str]
    type: Optional[str]

    def __init__(self, message: str, request: "httpx.Request", *, body: object | None) -> None:
        super().__init__(message)
        self.request = request
        self.message = message
        self.body = body
        error: Any = body.get("error") if isinstance(body, dict) else None
        if not isinstance(error, dict):
            error = body if isinstance(body, dict) else {}
        self.code = _opt_str(error.get("code"))
        self.param = _opt_str(error.get("param"))
        self.type = _opt_str(error.get("type"))
        if isinstance(error.get("message"), str) and error["message"]:
            self.api_message: Optional[str] = error["message"]
        else:
            self.api_message = None


def _opt_str(value: object) -> Optional[str]:
    return None if value is None else str(value)


class APIResponseValidationError(APIError):
    """The response does not match the spec (raised in strict mode)."""

    response: "httpx.Response"
    status_code: int

    def __init__(self, response: "httpx.Response", body: object | None, *, message: Optional[str] = None) -> None:
        super().__init__(message or "Data returned by API invalid for expected schema.", response.request, body=body)
        self.response = response
        self.status_code = response.status_code


class APIStatusError(APIError):
    """The API answered with a 4xx or 5xx status."""

    response: "httpx.Response"
    status_code: int
    request_id: Optional[str]

    def __init__(self, message: str, *, response: "httpx.Response", body: object | None) -> None:
        super().__init__(message, response.request, body=body)
        self.response = response
        self.status_code = response.status_code
        self.request_id = response.headers.get("x-request-id")


class APIConnectionError(APIError):
    """The request did not get a complete response (network error, or a stream cut short)."""

    def __init__(self, *, message: str = "Connection error.", request: "httpx.Request") -> None:
        super().__init__(message, request, body=None)


class APITimeoutError(APIConnectionError):
    def __init__(self, request: "httpx.Request") -> None:
        super().__init__(message="Request timed out.", request=request)


class BadRequestError(APIStatusError):
    status_code: Literal[400]


class AuthenticationError(APIStatusError):
    status_code: Literal[401]


class PermissionDeniedError(APIStatusError):
    status_code: Literal[403]


class NotFoundError(APIStatusError):
    status_code: Literal[404]


class ConflictError(APIStatusError):
    status_code: Literal[409]


class UnprocessableEntityError(APIStatusError):
    status_code: Literal[422]


class RateLimitError(APIStatusError):
    status_code: Literal[429]


class InternalServerError(APIStatusError):
    pass


_BY_STATUS = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def make_status_error(response: "httpx.Response", body: object | None) -> APIStatusError:
    """The error class for a status code, carrying the body and the request id."""
    message = f"Error code: {response.status_code} - {body}"
    cls = _BY_STATUS.get(response.status_code)
    if cls is None:
        cls = InternalServerError if response.status_code >= 500 else APIStatusError
    return cls(message, response=response, body=body)
