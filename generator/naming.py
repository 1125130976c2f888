"""Language-neutral word splitting and case styles, shared by every language's Namer.

Namers decide *which* style and which reserved words apply; this module only knows how to
split ``"gpt-image-1.5"`` into words and join them in a style.
"""

from __future__ import annotations

import re
from functools import lru_cache

_SPLIT = re.compile(r"[^0-9A-Za-z]+")
# Boundaries inside a run of letters/digits: fooBar, HTTPServer, v2Beta (not 1024x1024)
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")


def words(name: str) -> list[str]:
    """Split a spec name into lower-case words: ``"B64JSON_url"`` -> ``["b64", "json", "url"]``."""
    return list(_words(name))


@lru_cache(maxsize=65536)  # every name is split once per language and style
def _words(name: str) -> tuple[str, ...]:
    out: list[str] = []
    for chunk in _SPLIT.split(name):
        if not chunk:
            continue
        for part in _CAMEL.split(chunk):
            if part:
                out.append(part.lower())
    return tuple(out)


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


def resolve(
    candidates: list[tuple[str, str]], taken: frozenset[str] = frozenset(), spelled: dict[str, str] | None = None
) -> dict[str, str]:
    """Give each key a unique identifier in one scope: THE collision rule.

    ``candidates`` pairs each key with the identifier its language's case style made of it
    (``spelled`` maps a key to its spec name when the key is not the spec name itself). When
    several keys make the same identifier, a key whose spec name is spelled exactly like the
    identifier keeps it; otherwise the key whose spec name sorts first (by code point) does. Every
    other key, in that order, gets the identifier with ``_2``, ``_3``, ... appended, skipping any
    identifier in use or in ``taken``; an identifier in ``taken`` (a reserved name, or one an
    earlier pass gave out) is never handed out again, so all its keys get suffixes. Overrides from
    the spec (``names:``) are applied by the caller and are never renamed; a clash they cause is
    reported by the validate pass.
    """
    spelled = spelled or {}
    groups: dict[str, list[str]] = {}
    for key, ident in candidates:
        groups.setdefault(ident, []).append(key)
    used = set(taken) | set(groups)
    out: dict[str, str] = {}
    for ident in sorted(groups):
        keys = sorted(groups[ident], key=lambda k: (spelled.get(k, k) != ident, spelled.get(k, k), k))
        n = 2
        for i, key in enumerate(keys):
            if i == 0 and ident not in taken:
                out[key] = ident
                continue
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
