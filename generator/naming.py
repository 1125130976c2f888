"""Language-neutral word splitting and case styles, shared by every language's Namer.

Namers decide *which* style and which reserved words apply; this module only knows how to
split ``"gpt-image-1.5"`` into words and join them in a style.
"""

from __future__ import annotations

import re

_SPLIT = re.compile(r"[^0-9A-Za-z]+")
# Boundaries inside a run of letters/digits: fooBar, HTTPServer, v2Beta (not 1024x1024)
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")


def words(name: str) -> list[str]:
    """Split a spec name into lower-case words: ``"B64JSON_url"`` -> ``["b64", "json", "url"]``."""
    out: list[str] = []
    for chunk in _SPLIT.split(name):
        if not chunk:
            continue
        for part in _CAMEL.split(chunk):
            if part:
                out.append(part.lower())
    return out


def snake(name: str) -> str:
    return "_".join(words(name))


def upper_snake(name: str) -> str:
    return snake(name).upper()


def pascal(name: str) -> str:
    return "".join(w[:1].upper() + w[1:] for w in words(name))


def camel(name: str) -> str:
    p = pascal(name)
    return p[:1].lower() + p[1:]


def is_identifier(name: str) -> bool:
    return name.isidentifier() and name.isascii()


def resolve(candidates: list[tuple[str, str]], taken: frozenset[str] = frozenset()) -> dict[str, str]:
    """Give each spec key a unique identifier in one scope: THE collision rule.

    ``candidates`` pairs each spec key with the identifier its language's case style made of it.
    When several keys make the same identifier, a key that is already spelled exactly like the
    identifier keeps it; otherwise the key that sorts first (by code point) keeps it. Every other
    key, in sorted order, gets the identifier with ``_2``, ``_3``, ... appended (skipping any
    identifier already in use or in ``taken``). Overrides from the spec (``names:``) are applied
    by the caller and are never renamed; a clash they cause is reported by the validate pass.
    """
    groups: dict[str, list[str]] = {}
    for key, ident in candidates:
        groups.setdefault(ident, []).append(key)
    used = set(taken) | set(groups)
    out: dict[str, str] = {}
    for ident in sorted(groups):
        keys = sorted(groups[ident], key=lambda k: (k != ident, k))
        out[keys[0]] = ident
        n = 2
        for key in keys[1:]:
            while f"{ident}_{n}" in used:
                n += 1
            out[key] = f"{ident}_{n}"
            used.add(out[key])
            n += 1
    return out


def clashes(assigned: dict[str, str]) -> list[tuple[str, str, str]]:
    """The validate pass: (identifier, first key, second key) for every identifier used twice."""
    seen: dict[str, str] = {}
    out = []
    for key in sorted(assigned):
        ident = assigned[key]
        if ident in seen:
            out.append((ident, seen[ident], key))
        else:
            seen[ident] = key
    return out
