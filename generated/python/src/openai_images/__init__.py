# File generated from images.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.

"""OpenAI Images API: a typed Python client."""

from . import types as types
from ._client import OpenAI as OpenAI
from ._exceptions import APIError as APIError
from ._exceptions import APIStatusError as APIStatusError
from ._exceptions import OpenAIError as OpenAIError
from ._exceptions import ParamValidationError as ParamValidationError
from ._streaming import Stream as Stream
from ._types import NOT_GIVEN as NOT_GIVEN
from ._types import NotGiven as NotGiven

__version__ = "0.1.0"
