"""``assert_matches_type`` for the official tests: the value has the declared type, checked field by
field through a pydantic model's annotations (our own checker; the official one reads openai's
private modules)."""

from __future__ import annotations

import types
import typing
from datetime import date, datetime
from typing import Any

import pydantic
from typing_extensions import Literal, get_args, get_origin


def assert_matches_type(type_: Any, value: object, *, path: list[str]) -> None:
    origin = get_origin(type_)
    if type_ is Any or type_ is object:
        return
    if origin is typing.Annotated:
        return assert_matches_type(get_args(type_)[0], value, path=path)
    if origin in (typing.Union, types.UnionType):
        errors = []
        for arg in get_args(type_):
            try:
                assert_matches_type(arg, value, path=path)
                return
            except AssertionError as exc:
                errors.append(str(exc))
        raise AssertionError(f"{'.'.join(path)}: {value!r} matches none of {type_}: {errors}")
    if type_ is None or type_ is type(None):
        assert value is None, f"{'.'.join(path)}: {value!r} is not None"
        return
    if origin is Literal:
        assert value in get_args(type_), f"{'.'.join(path)}: {value!r} not in {get_args(type_)}"
        return
    if origin in (list, typing.List):
        assert isinstance(value, list), f"{'.'.join(path)}: {value!r} is not a list"
        for i, item in enumerate(value):
            assert_matches_type(get_args(type_)[0], item, path=[*path, str(i)])
        return
    if origin in (dict, typing.Dict):
        assert isinstance(value, dict), f"{'.'.join(path)}: {value!r} is not a dict"
        return
    if isinstance(type_, type) and issubclass(type_, pydantic.BaseModel):
        assert isinstance(value, type_), f"{'.'.join(path)}: {type(value).__name__} is not {type_.__name__}"
        hints = typing.get_type_hints(type_, include_extras=True)
        for name in type_.model_fields:
            assert_matches_type(hints[name], getattr(value, name), path=[*path, name])
        return
    if type_ is float:
        assert isinstance(value, (int, float)) and not isinstance(value, bool), f"{'.'.join(path)}: {value!r} is not a number"
        return
    if type_ in (str, int, bool, bytes, datetime, date):
        assert isinstance(value, type_), f"{'.'.join(path)}: {value!r} is not {type_.__name__}"
        return
    if isinstance(type_, typing.TypeAliasType if hasattr(typing, "TypeAliasType") else ()):  # type: ignore[arg-type]
        return assert_matches_type(type_.__value__, value, path=path)
    raise AssertionError(f"{'.'.join(path)}: cannot check against {type_!r}")
