"""A small, fast block-style YAML writer for JSON-like values (the OpenAPI export).

``dump(doc)`` writes dicts (str keys, in their order) and lists in block style with a 2-space
indent, a list as ``- item`` lines at its key's indent (``tags:`` then ``- images``), ``{}`` and
``[]`` for empty ones, and never an anchor, an alias or a folded line: each scalar stays on one
line (or one literal block), so a one-word change in a description is a one-line diff. It reads
back the same under YAML 1.1 (PyYAML) and YAML 1.2 (core schema).

Scalars:

- ``None``: ``null``; ``bool``: ``true`` / ``false``; ``int``: its digits; ``float``: ``repr``
  with a ``.0`` added before an exponent (``1.0e+20``: YAML 1.1 needs the dot), ``.inf``,
  ``-.inf``, ``.nan``.
- A string (a value or a key) is plain (unquoted) only when all of these hold, else it is
  double-quoted: it starts with an ASCII letter, ``_``, ``/``, ``$``, ``(``, or ``.`` and a letter
  or ``/`` (so no indicator, digit, sign, space or non-ASCII character starts it); it holds only
  printable characters, no tab and no line break; it holds no ``": "`` and no ``" #"``, and does
  not end with ``:`` or a space; it is not, in any case, one of ``y n yes no true false on off
  null .inf .nan``, nor an exponent alone (``e5``, ``.E+5``: some YAML 1.1 readers take it for a
  float). Numbers, timestamps, ``~``, ``=``, ``<<`` and the empty string are thus always quoted.
- A double-quoted string is JSON's escaping (``\\"``, ``\\\\``, ``\\n``, ``\\t`` and the like,
  ``\\u00XX`` for the other C0 controls), plus ``\\uXXXX`` for DEL, the C1 controls (U+0085 among
  them), U+2028, U+2029, U+FEFF, surrogates, U+FFFE and U+FFFF; every other character, non-ASCII
  ones included, stays as it is.
- A string holding a line break is a literal block (``|`` when it ends with one ``\\n``, ``|-``
  when it ends with none) when that reads back exactly: the first line is not empty and starts
  with neither a space nor a tab, no line starts with a tab or ends with a space or a tab, it
  does not end with two line breaks, and every character is printable (no ``\\r``, U+0085, U+2028,
  U+2029 or U+FEFF). Otherwise it is double-quoted on one line, ``\\n`` and all.
- A key longer than 1,000 characters once written is an explicit key (``? key`` then ``: value``),
  since YAML limits implicit keys to 1,024 characters.
"""

from __future__ import annotations

import functools
import json
import math
import re

__all__ = ["dump"]

# Characters that are not printable in YAML (or are line breaks in YAML 1.1) beyond C0, which
# JSON's encoder already escapes; written as \uXXXX.
_NOT_PRINTABLE = "\x7f-\x9f\u2028\u2029\ufeff\ud800-\udfff\ufffe\uffff"
_ESCAPE = re.compile(f"[{_NOT_PRINTABLE}]")
_json_string = json.JSONEncoder(ensure_ascii=False).encode  # a str -> "..." with \" \\ \n \t \u00XX

_PLAIN = re.compile(
    r"(?!(?i:y|n|yes|no|true|false|on|off|null|\.inf|\.nan)\Z)"  # YAML 1.1 booleans, null, .inf, .nan
    r"(?!\.?[eE][-+]?[0-9]+\Z)"  # an exponent alone: some YAML 1.1 readers take it for a float
    r"(?:[A-Za-z_/$(]|\.[A-Za-z/])"  # first: no indicator, digit, sign, space or number-like dot
    rf"(?:[^\x00-\x1f{_NOT_PRINTABLE}:#]|:(?! )|(?<! )#)*"  # printable, no tab or break, no ": " or " #"
    r"(?<![ :])"  # no trailing space or colon
)

_NOT_LITERAL = re.compile(
    rf"[\x00-\x08\x0b-\x1f{_NOT_PRINTABLE}]"  # not printable (tab and \n are), \r included
    r"|\A[ \t\n]|\n\t"  # the first line empty or indented, a tab starting a line
    r"|[ \t]\n|[ \t]\Z|\n\n\Z"  # a blank ending a line, more than one final line break
)

_MAX_KEY = 1000


def dump(doc: object) -> str:
    """``doc`` (dict with str keys, list, str, int, float, bool, None) as a block-style YAML document."""
    out: list[str] = []
    if isinstance(doc, dict) and doc:
        _mapping(doc, 0, "", out)
    elif isinstance(doc, list) and doc:
        _sequence(doc, 0, "", out)
    else:
        out.append(_scalar(doc, 0)[1:])  # without the space that follows "key:"
    return "".join(out)


def _mapping(d: dict[object, object], indent: int, lead: str, out: list[str]) -> None:
    """The pairs of ``d`` at column ``indent``; the first line starts with ``lead`` (the indent, or ``- ``)."""
    pad = " " * indent
    for key, value in d.items():
        if not isinstance(key, str):
            raise TypeError(f"YAML keys must be str, not {type(key).__name__}: {key!r}")
        text = _text(key)
        out.append(f"{lead}{text}:" if len(text) <= _MAX_KEY else f"{lead}? {text}\n{pad}:")
        lead = pad
        _value(value, indent, out)


def _sequence(items: list[object], indent: int, lead: str, out: list[str]) -> None:
    """The items of ``items`` as ``- item`` lines at column ``indent``; the first starts with ``lead``."""
    pad = " " * indent
    for item in items:
        if isinstance(item, dict) and item:
            _mapping(item, indent + 2, lead + "- ", out)
        elif isinstance(item, list) and item:
            _sequence(item, indent + 2, lead + "- ", out)
        else:
            out.append(lead + "-")
            out.append(_scalar(item, indent))
        lead = pad


def _value(value: object, indent: int, out: list[str]) -> None:
    """What follows ``key:`` for a key at column ``indent``: a nested block, or the scalar on that line."""
    if isinstance(value, dict) and value:
        out.append("\n")
        _mapping(value, indent + 2, " " * (indent + 2), out)
    elif isinstance(value, list) and value:
        out.append("\n")
        _sequence(value, indent, " " * indent, out)
    else:
        out.append(_scalar(value, indent))


def _scalar(value: object, indent: int) -> str:
    """A scalar (or an empty collection) as it follows ``key:`` or ``-``: a space, the text, a newline."""
    if isinstance(value, str):
        if "\n" in value and not _NOT_LITERAL.search(value):
            return _literal(value, indent + 2)
        return f" {_text(value)}\n"
    if value is None:
        return " null\n"
    if isinstance(value, bool):
        return " true\n" if value else " false\n"
    if isinstance(value, int):
        return f" {int(value)}\n"
    if isinstance(value, float):
        return f" {_float(value)}\n"
    if isinstance(value, dict) and not value:
        return " {}\n"
    if isinstance(value, list) and not value:
        return " []\n"
    raise TypeError(f"cannot write {type(value).__name__} as YAML: {value!r}")


@functools.lru_cache(maxsize=4096)  # keys and short values repeat: caching saves a third of the time
def _text(s: str) -> str:
    """A one-line string: plain when that is unambiguous, else double-quoted."""
    return s if _PLAIN.fullmatch(s) else _ESCAPE.sub(_escape, _json_string(s))


def _escape(m: re.Match[str]) -> str:
    return f"\\u{ord(m[0]):04x}"


def _literal(s: str, indent: int) -> str:
    """A literal block (``|`` keeps the one final line break, ``|-`` there is none), lines at ``indent``."""
    head, body = (" |", s[:-1]) if s.endswith("\n") else (" |-", s)
    pad = "\n" + " " * indent
    return head + "".join(pad + line if line else "\n" for line in body.split("\n")) + "\n"


def _float(v: float) -> str:
    if math.isnan(v):
        return ".nan"
    if math.isinf(v):
        return ".inf" if v > 0 else "-.inf"
    text = repr(float(v))
    return text.replace("e", ".0e") if "e" in text and "." not in text else text
