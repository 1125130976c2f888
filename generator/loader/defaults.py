"""Stage 3 of the meaning pass (validate): a field's default against its type, enum, const and bounds.

A default must be a value of the field's type: a string, integer, number or boolean of that
type; a known value of a closed enum (any string for an open one); the const itself; a list whose
items are values of the item type, within ``min_items``/``max_items``; one of a ``one_of``'s
types. Numbers must be within ``minimum``/``maximum`` and strings within
``min_length``/``max_length``. A nullable field may default to null. A file, object or union
cannot have a default (an ``any`` field may default to anything).
"""

from __future__ import annotations

from typing import Any, Callable, Optional

from .. import ir
from .report import did_you_mean, show

Problem = tuple[str, str]  # (message after "where: ", hint)
_FIX = "fix the default"


def default_problem(f: ir.Field, enum_of: Callable[[ir.EnumRef], ir.Enum]) -> Optional[Problem]:
    """What is wrong with ``f``'s default, or None."""
    value = f.default
    if value is None and f.nullable:
        return None
    problem = _value_problem(value, f.type, "default", enum_of)
    if problem is not None:
        return problem
    return _bounds_problem(value, f.bounds)


def _value_problem(value: Any, t: ir.TypeRef, label: str, enum_of: Callable[[ir.EnumRef], ir.Enum]) -> Optional[Problem]:
    """Whether ``value`` is a value of type ``t`` (``label`` says which value: the default or an item)."""
    if isinstance(t, ir.Primitive):
        if t.kind == "any":
            return None
        if t.kind == "file":
            return _unsupported(value, "a file", label)
        if not _is_kind(value, t.kind):
            return f"{label} {show(value)} is not of type {t.kind}", _FIX
        return None
    if isinstance(t, ir.EnumRef):
        enum = enum_of(t)
        if enum.open:
            return None if isinstance(value, str) else (f"{label} {show(value)} is not of type string", _FIX)
        known = list(dict.fromkeys(v.value for v in enum.values if v.value))
        if value not in known:
            return f"{label} {show(value)} is not one of the enum's values", did_you_mean(str(value), known) or "use one of: " + ", ".join(known)
        return None
    if isinstance(t, ir.Const):
        return None if value == t.value else (f"{label} {show(value)} is not the const '{t.value}'", f"use '{t.value}' or remove 'default'")
    if isinstance(t, ir.ArrayOf):
        if not isinstance(value, list):
            return f"{label} {show(value)} is not of type array", _FIX
        for i, item in enumerate(value):
            problem = _value_problem(item, t.items, f"{label} item #{i + 1}", enum_of)
            if problem is not None:
                return problem
        return None
    if isinstance(t, ir.OneOf):
        if any(_value_problem(value, v, label, enum_of) is None for v in t.variants):
            return None
        return f"{label} {show(value)} is not of type {' or '.join(_kind_word(v) for v in t.variants)}", _FIX
    return _unsupported(value, "an object" if isinstance(t, ir.ModelRef) else "a union", label)


def _unsupported(value: Any, what: str, label: str) -> Problem:
    return f"{label} {show(value)} is not allowed: {what} cannot have a default", "remove 'default'"


def _is_kind(value: Any, kind: str) -> bool:
    if kind == "string":
        return isinstance(value, str)
    if kind == "boolean":
        return isinstance(value, bool)
    if isinstance(value, bool):
        return False
    return isinstance(value, int) if kind == "integer" else isinstance(value, (int, float))


def _kind_word(t: ir.TypeRef) -> str:
    if isinstance(t, ir.Primitive):
        return t.kind
    if isinstance(t, ir.ArrayOf):
        return "array"
    if isinstance(t, ir.EnumRef):
        return "enum"
    if isinstance(t, ir.Const):
        return f"const '{t.value}'"
    if isinstance(t, ir.OneOf):
        return " or ".join(_kind_word(v) for v in t.variants)
    return "object" if isinstance(t, ir.ModelRef) else "union"


def _bounds_problem(value: Any, b: ir.Bounds) -> Optional[Problem]:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if (b.minimum is not None and value < b.minimum) or (b.maximum is not None and value > b.maximum):
            return f"default {value} is outside [{b.minimum}, {b.maximum}]", "fix the default or the bounds"
    if isinstance(value, str):
        if (b.min_length is not None and len(value) < b.min_length) or (b.max_length is not None and len(value) > b.max_length):
            return f"default {show(value)} has {len(value)} characters, outside [{b.min_length}, {b.max_length}]", "fix the default or the bounds"
    if isinstance(value, list):
        if (b.min_items is not None and len(value) < b.min_items) or (b.max_items is not None and len(value) > b.max_items):
            return f"default has {len(value)} items, outside [{b.min_items}, {b.max_items}]", "fix the default or the bounds"
    return None
