# File generated from spec.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.

"""The exceptions the client raises, mirroring the official SDK's hierarchy."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, Iterable, Optional, Sequence
from urllib.parse import quote, quote_plus

from typing_extensions import Literal

if TYPE_CHECKING:
    import httpx

__all__ = [
    "HostileClientError",
    "ParamValidationError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APIRedirectError",
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


# Where this API's error responses keep their details (from the spec's client.errors): the object under
# ERROR_ENVELOPE (the body itself when empty), its fields by role ("" when the API has no such field).
ERROR_ENVELOPE = "error"
ERROR_FIELDS = {
    "message": "message",
    "type": "type",
    "code": "code",
    "param": "param",
}
REQUEST_ID_HEADER = "x-request-id"

REDACTED = "[redacted]"
SECRETS_EXTENSION = "sdkgen_secrets"  # a request's credentials, kept with it so its errors can hide them
_CREDENTIAL_HEADER = re.compile(r"auth|key|token|secret|password|cookie|session", re.IGNORECASE)
_MIN_SECRET = 4  # shorter values would hide ordinary text


def is_credential_header(name: str) -> bool:
    """Whether a header's value is a credential by its name (Authorization, api-key, X-Auth-Token...)."""
    return bool(_CREDENTIAL_HEADER.search(name))


def secret_forms(values: Iterable[str]) -> "tuple[str, ...]":
    """Each credential as sent and as it may come back (percent-encoded), longest first."""
    forms: "set[str]" = set()
    for value in values:
        if len(value) >= _MIN_SECRET:
            forms.update((value, quote(value, safe=""), quote_plus(value)))
    return tuple(sorted(forms, key=len, reverse=True))


def redact(text: str, secrets: Sequence[str]) -> str:
    """``text`` with every occurrence of each secret replaced by ``[redacted]``."""
    for secret in secrets:
        if secret in text:
            text = text.replace(secret, REDACTED)
    return text


def scrub(value: object, secrets: Sequence[str]) -> object:
    """A JSON-like value with every secret in its strings (keys too) redacted."""
    if not secrets:
        return value
    if isinstance(value, str):
        return redact(value, secrets)
    if isinstance(value, dict):
        return {scrub(k, secrets): scrub(v, secrets) for k, v in value.items()}
    if isinstance(value, list):
        return [scrub(v, secrets) for v in value]
    return value


def request_secrets(request: "Optional[httpx.Request]") -> "tuple[str, ...]":
    """The credentials a request carries: those the client attached, and credential headers' values."""
    if request is None:
        return ()
    attached = request.extensions.get(SECRETS_EXTENSION)
    values = list(attached) if isinstance(attached, tuple) else []
    values += [v for k, v in request.headers.items() if is_credential_header(k)]
    return secret_forms(values)


def error_object(body: object) -> "dict[str, Any]":
    """The error object of a response body, or {} when it has none."""
    inner = body.get(ERROR_ENVELOPE) if ERROR_ENVELOPE and isinstance(body, dict) else body
    if isinstance(inner, dict):
        return inner
    return {ERROR_FIELDS["message"]: inner} if isinstance(inner, str) and ERROR_FIELDS["message"] else {}


def _role(error: "dict[str, Any]", role: str) -> Optional[str]:
    field = ERROR_FIELDS[role]
    value = error.get(field) if field else None
    return None if value is None else str(value)


class HostileClientError(Exception):
    """The base of every error this package raises."""


class ParamValidationError(HostileClientError, ValueError):
    """Params break the spec's constraints or per-model rules; raised before anything is sent."""

    def __init__(self, operation: str, problems: Sequence[str]) -> None:
        self.operation = operation
        self.problems = list(problems)
        super().__init__(f"{operation}: " + "; ".join(self.problems))


class APIError(HostileClientError):
    """An error about a request: the API's own error fields are parsed when the body has them."""

    message: str
    request: "httpx.Request"
    body: object | None
    code: Optional[str]
    param: Optional[str]
    type: Optional[str]

    def __init__(self, message: str, request: "httpx.Request", *, body: object | None) -> None:
        secrets = request_secrets(request)
        message = redact(message, secrets)
        body = scrub(body, secrets)
        super().__init__(message)
        self.request = request
        self.message = message
        self.body = body
        error = error_object(body)
        self.code = _role(error, "code")
        self.param = _role(error, "param")
        self.type = _role(error, "type")
        self.api_message: Optional[str] = _role(error, "message") or None


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
        self.request_id = response.headers.get(REQUEST_ID_HEADER) if REQUEST_ID_HEADER else None


class APIRedirectError(APIStatusError):
    """The API answered with a redirect the client does not follow (to another origin, or one it
    cannot repeat): credentials are never sent to another scheme, host or port."""

    location: Optional[str]

    def __init__(self, message: str, *, response: "httpx.Response", body: object | None) -> None:
        super().__init__(message, response=response, body=body)
        location = response.headers.get("location")
        self.location = None if location is None else redact(location, request_secrets(response.request))


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
