"""Shared by every stage of the loader: how a problem is reported and how a place in the spec is said.

Each problem is a ``SpecError`` (file, line, message, hint). ``Report`` collects them across the
stages, so one run shows every problem; the loader raises ``SpecInvalid`` once, at the end.
"""

from __future__ import annotations

import difflib
from functools import lru_cache
from typing import Any, Iterable, Optional

from ..errors import SpecError
from ..naming import words
from ..yamlsrc import YMap, line_at

PRIMITIVES = ("string", "integer", "number", "boolean", "file", "any")
MAX_NAME_CHARS = 100  # a spec name that becomes an identifier (and maybe a file name)

At = tuple[Any, ...]  # a path into the spec: keys and list indexes


class Report:
    """The problems found so far, each at a line of the spec."""

    def __init__(self, root: YMap, file: str) -> None:
        self.root = root
        self.file = file
        self.errors: list[SpecError] = []

    def err(self, at: At, message: str, hint: str = "", line: Optional[int] = None) -> None:
        """A problem at the line of ``at`` (or at ``line`` when given)."""
        self.errors.append(SpecError(self.file, line if line is not None else line_at(self.root, at), message, hint))


def describe(path: tuple[Any, ...]) -> str:
    """A path inside the spec, said the way a person would say it."""
    p = list(path)
    if len(p) >= 4 and p[0] == "resources" and p[2] == "operations":
        op = p[3]
        rest = p[4:]
        if len(rest) >= 2 and rest[0] == "params":
            return f"param '{'.'.join(str(x) for x in _prop_chain(rest))}' of '{op}'"
        if len(rest) >= 2 and rest[0] == "rules":
            return f"rule #{rest[1] + 1 if isinstance(rest[1], int) else rest[1]} of '{op}'"
        if rest:
            return f"'{rest[0]}' of operation '{op}'"
        return f"operation '{op}'"
    if len(p) >= 2 and p[0] == "models":
        rest = p[2:]
        if len(rest) >= 2 and rest[0] == "properties":
            return f"property '{'.'.join(str(x) for x in _prop_chain(rest))}' of model '{p[1]}'"
        return f"model '{p[1]}'"
    if len(p) >= 2 and p[0] in ("enums", "unions", "value_sets", "resources"):
        kind = {"enums": "enum", "unions": "union", "value_sets": "value set", "resources": "resource"}[p[0]]
        return f"{kind} '{p[1]}'"
    return "'" + ".".join(str(x) for x in p) + "'" if p else "the spec"


def _prop_chain(rest: list[Any]) -> list[Any]:
    """['properties', 'usage', 'properties', 'x', 'type'] -> ['usage', 'x']."""
    out: list[Any] = []
    i = 0
    while i + 1 < len(rest) and rest[i] in ("properties", "params"):
        out.append(rest[i + 1])
        i += 2
    return out or rest[:1]


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    close = difflib.get_close_matches(word, sorted(set(choices)), n=1, cutoff=0.6)
    return f"did you mean '{close[0]}'?" if close else ""


def shorten(name: str) -> str:
    """A name as an error message shows it: at most 40 characters (as yamlsrc shows long keys)."""
    return name if len(name) <= 40 else name[:40] + "..."


def show(value: Any) -> str:
    """A value from the spec as an error message shows it: its repr, at most 60 characters."""
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


@lru_cache(maxsize=8192)
def name_words(name: str) -> tuple[str, ...]:
    """``naming.words`` for the names of one spec, which repeat (param names across operations)."""
    return tuple(words(name))
