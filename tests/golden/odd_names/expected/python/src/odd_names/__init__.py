# File generated from spec.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.

"""Odd Names API: a typed Python client."""

from . import types as types
from ._client import OddClient as OddClient
from ._exceptions import APIError as APIError
from ._exceptions import APIStatusError as APIStatusError
from ._exceptions import OddClientError as OddClientError
from ._exceptions import ParamValidationError as ParamValidationError
from ._streaming import Stream as Stream
from ._types import NOT_GIVEN as NOT_GIVEN
from ._types import NotGiven as NotGiven

__version__ = "0.0.1"
