# File generated from spec.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.

"""The base of every response model, and how a JSON value becomes a typed one."""

from __future__ import annotations

import functools
import typing
from typing import Any, Callable

import pydantic

__all__ = ["BaseModel", "construct", "default_variant", "validate"]


class BaseModel(pydantic.BaseModel):
    """A response object. Unknown properties the API adds later are kept, not dropped."""

    model_config = pydantic.ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())


def default_variant(discriminator: str, value: str) -> Any:
    """A union's validator that gives an object without the discriminator its default variant."""

    def fill(data: Any) -> Any:
        if isinstance(data, dict) and discriminator not in data:
            return {**data, discriminator: value}
        return data

    return pydantic.BeforeValidator(fill)


@functools.lru_cache(maxsize=None)
def _adapter(type_: Any) -> "pydantic.TypeAdapter[Any]":
    return pydantic.TypeAdapter(type_)


def construct(type_: Any, data: Any) -> Any:
    """``data`` as ``type_`` without validation (models built as they are, lists item by item)."""
    if isinstance(type_, type) and issubclass(type_, pydantic.BaseModel) and isinstance(data, dict):
        return type_.model_construct(**data)
    if typing.get_origin(type_) is list and isinstance(data, list):
        item = typing.get_args(type_)[0]
        return [construct(item, x) for x in data]
    return data


def validate(type_: Any, data: Any, strict: bool, warn: Callable[[Exception], None]) -> Any:
    """``data`` validated as ``type_``; when it does not match, raise (``strict``) or ``warn`` and construct."""
    try:
        return _adapter(type_).validate_python(data)
    except ValueError as exc:
        if strict:
            raise
        warn(exc)
        return construct(type_, data)
