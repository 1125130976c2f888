# File generated from spec.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.

"""The exceptions the client raises."""

from __future__ import annotations

from typing import Optional, Sequence

import httpx

__all__ = ["OddClientError", "ParamValidationError", "APIError", "APIStatusError"]


class OddClientError(Exception):
    """The base of every error this package raises."""


class ParamValidationError(OddClientError, ValueError):
    """Params break the spec's constraints or per-model rules; raised before anything is sent."""

    def __init__(self, operation: str, problems: Sequence[str]) -> None:
        self.operation = operation
        self.problems = list(problems)
        super().__init__(f"{operation}: " + "; ".join(self.problems))


class APIError(OddClientError):
    def __init__(self, message: str, request: httpx.Request, *, body: object | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.request = request
        self.body = body


class APIStatusError(APIError):
    """The API answered with a 4xx or 5xx status."""

    def __init__(self, message: str, *, response: httpx.Response, body: object | None = None) -> None:
        super().__init__(message, response.request, body=body)
        self.response = response
        self.status_code = response.status_code
        self.request_id: Optional[str] = response.headers.get("x-request-id")
