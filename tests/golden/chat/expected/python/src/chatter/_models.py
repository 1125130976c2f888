# File generated from spec.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.

"""The base of every response model, and how a JSON value becomes a typed one."""

from __future__ import annotations

import functools
import typing
from typing import Any, Callable

import pydantic

__all__ = ["BaseModel", "construct", "default_variant", "validate"]


_OPEN = "sdkgen_open_enums"  # the validation context key that lets unknown enum values through
_ENUM_ERRORS = frozenset({"literal_error", "enum"})


def _only_unknown_values(exc: pydantic.ValidationError) -> bool:
    """Whether every problem is a value outside an enum (the API added one), nothing else."""
    return all(error["type"] in _ENUM_ERRORS for error in exc.errors())


class BaseModel(pydantic.BaseModel):
    """A response object. Unknown properties the API adds later are kept, not dropped, and so are
    enum values the spec does not know (see ``validate``): forward compatibility, in strict mode too."""

    model_config = pydantic.ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    @pydantic.model_validator(mode="wrap")
    @classmethod
    def _keep_unknown_values(cls, data: Any, handler: Any, info: pydantic.ValidationInfo) -> Any:
        if not (info.context and info.context.get(_OPEN)) or not isinstance(data, dict):
            return handler(data)
        try:
            return handler(data)
        except pydantic.ValidationError as exc:
            if not _only_unknown_values(exc):
                raise
        values: "dict[str, Any]" = {}
        known = set()
        for name, field in cls.model_fields.items():  # field by field: each unknown value kept as it came
            key = field.alias or name
            known.add(key)
            if key in data:
                try:
                    annotation: Any = field.annotation
                    values[name] = _adapter(annotation).validate_python(data[key], context=info.context)
                except (ValueError, TypeError):
                    values[name] = data[key]
        return cls.model_construct(**values, **{k: v for k, v in data.items() if k not in known})


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
    """``data`` validated as ``type_``; an enum value the spec does not know is kept as it is; when it does
    not match otherwise, raise (``strict``) or ``warn`` and construct."""
    adapter = _adapter(type_)
    try:
        return adapter.validate_python(data)
    except pydantic.ValidationError as exc:
        if _only_unknown_values(exc):  # values the spec does not know yet: kept as they came
            try:
                return adapter.validate_python(data, context={_OPEN: True})
            except ValueError:
                pass
        if strict:
            raise
        warn(exc)
        return construct(type_, data)
    except ValueError as exc:
        if strict:
            raise
        warn(exc)
        return construct(type_, data)
