"""YAML reading that keeps line numbers, and that no input can crash.

Mappings become ``YMap`` (a dict with ``line`` and ``key_lines``), sequences ``YList`` (a list
with ``line`` and ``item_lines``); scalars are plain Python values (``str``, ``int``, ``float``,
``bool``, ``None``) whose line is held by their parent. Duplicate keys, which PyYAML silently
drops, are errors here.

The tree is built straight from libyaml's event stream (``CSafeLoader.get_event``), in a loop
rather than by recursion, so the checks below run while the text is being parsed: a hostile file
stops at the first limit it crosses, before it costs time or memory. Anything the text does
wrong becomes a ``SpecError`` (file, line, message, hint); nothing else escapes ``load_yaml``.

What is accepted (JSON's data model, written as YAML):

* Tags: none, except the core tags written explicitly on the matching kind of node: ``!!str``,
  ``!!int``, ``!!float``, ``!!bool``, ``!!null`` on scalars, ``!!map`` on mappings, ``!!seq`` on
  sequences. Any other tag (``!custom``, ``!``, ``!!binary``, ``!!set``, ``!!omap``, ``!!pairs``,
  ``!!timestamp``, ``!!python/...``) is an error: "YAML tags are not supported".
* Dates and times are strings: ``2024-01-01`` reads as ``"2024-01-01"`` (as in YAML 1.2 and JSON);
  no ``datetime`` object ever leaves this module. ``=`` and a ``<<`` value are strings too; ``<<``
  as a key (a merge key) is an error.
* Numbers: at most ``MAX_NUMBER_DIGITS`` (100) digits, which keeps every integer convertible to a
  float; floats must be finite (``.inf``, ``.nan`` and ``1e999`` are errors: JSON cannot carry
  them).
* Characters: the text may not hold control characters other than TAB, LF and CR (nor the other
  characters YAML forbids: DEL, C1 controls but NEL, lone surrogates, U+FFFE, U+FFFF); the error
  names the first one's line. Neither may a value, through a double-quoted escape (``"\\0"``,
  ``"\\e"``): such characters have no place in names or docs, and would land raw in generated code.

Limits, each an error naming the line where it is crossed:

* ``MAX_BYTES`` (64 MiB): the size of the text in UTF-8, checked before parsing.
* ``MAX_DEPTH`` (100): how deeply mappings and sequences may nest (the document's top mapping is
  level 1).
* ``MAX_KEY_CHARS`` (200): the length of a mapping key (keys become names, and names file names).
* ``MAX_ALIAS_VALUES`` (1,000,000): each use of an alias (``*name``) inserts a copy of the anchored
  value; all such copies together may hold at most this many values (scalars, mappings and
  sequences), which stops "billion laughs" files at the alias that crosses the limit. A recursive
  alias (one used inside the value it names) is an error.
"""

from __future__ import annotations

import math
import re
from typing import Any, Optional, Union

import yaml

from .errors import SpecError, SpecInvalid

try:  # libyaml is about 4x faster; fall back to pure Python when it is missing
    _Base: Any = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - depends on the PyYAML build
    _Base = yaml.SafeLoader

MAX_BYTES = 64 * 1024 * 1024
MAX_DEPTH = 100
MAX_KEY_CHARS = 200
MAX_ALIAS_VALUES = 1_000_000
MAX_NUMBER_DIGITS = 100


class _Loader(_Base):  # type: ignore[misc]
    """Resolves each distinct plain scalar once: specs repeat the same keys and values thousands of
    times, and PyYAML's resolver (regexes per scalar, in Python) was 40 % of composing a large spec."""

    _plain: dict[str, str] = {}

    def resolve(self, kind: Any, value: Any, implicit: Any) -> Any:
        if kind is yaml.ScalarNode and implicit[0]:
            tag = self._plain.get(value)
            if tag is None:
                tag = super().resolve(kind, value, implicit)
                if len(value) <= 64:
                    self._plain[value] = tag
            return tag
        return super().resolve(kind, value, implicit)


_CORE = "tag:yaml.org,2002:"
_STR = _CORE + "str"
_INT = _CORE + "int"
_FLOAT = _CORE + "float"
_BOOL = _CORE + "bool"
_NULL = _CORE + "null"
_MAP = _CORE + "map"
_SEQ = _CORE + "seq"
_MERGE = _CORE + "merge"
# Tags the resolver gives plain scalars that are read as the text itself.
_AS_TEXT = frozenset({_STR, _CORE + "timestamp", _CORE + "value", _MERGE})
_SCALAR_TAGS = frozenset({_STR, _INT, _FLOAT, _BOOL, _NULL})
_TAG_HINT = "remove the tag; quote the value if it is text"

# Characters YAML does not allow in a stream (libyaml would stop with a ReaderError and no line).
_BAD_CHAR = re.compile("[^\t\n\r\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
# Line breaks as libyaml counts them (its marks are what every other error's line comes from).
_BREAK = re.compile("\r\n|[\r\n\x85\u2028\u2029]")


class YMap(dict):  # type: ignore[type-arg]
    line: int
    key_lines: dict[str, int]

    def line_of(self, key: str) -> int:
        return self.key_lines.get(key, self.line)


class YList(list):  # type: ignore[type-arg]
    line: int
    item_lines: list[int]

    def line_of(self, index: int) -> int:
        if 0 <= index < len(self.item_lines):
            return self.item_lines[index]
        return self.line


def line_at(root: Any, path: tuple[Any, ...]) -> int:
    """The line of the value at ``path`` (keys and indexes), or of its nearest known parent."""
    node = root
    line = getattr(root, "line", 1)
    for part in path:
        if isinstance(node, YMap) and part in node:
            line = node.line_of(part)
            node = node[part]
        elif isinstance(node, YList) and isinstance(part, int) and part < len(node):
            line = node.line_of(part)
            node = node[part]
        else:
            break
    return line


def load_yaml(text: str, file: str) -> Any:
    """The one document in ``text`` as YMap/YList/scalars; raises ``SpecInvalid`` for anything else."""
    _check_text(text, file)
    return _Reader(text, file).read()


def plain(value: Any) -> Any:
    """The same data as plain dicts and lists (for values kept in the IR)."""
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [plain(v) for v in value]
    return value


def _line_of_offset(text: str, offset: int) -> int:
    return len(_BREAK.findall(text, 0, offset)) + 1


def _check_text(text: str, file: str) -> None:
    """The checks on the whole text, before the parser sees it."""
    size = len(text)
    if size > MAX_BYTES // 4:  # only then can the UTF-8 form be over the limit
        size = len(text.encode("utf-8", "surrogatepass"))
    if size > MAX_BYTES:
        raise SpecInvalid([SpecError(file, 1, f"the spec is {size} bytes; at most {MAX_BYTES} (64 MiB)", "split or shorten it")])
    bad = _BAD_CHAR.search(text)
    if bad is not None:
        what = _char_name(ord(bad.group()))
        raise SpecInvalid(
            [SpecError(file, _line_of_offset(text, bad.start()), f"{what} is not allowed in YAML", "remove it; only TAB, LF and CR are allowed")]
        )


def _char_name(char: int) -> str:
    return "a NUL byte" if char == 0 else f"control character U+{char:04X}" if char < 0xA0 else f"character U+{char:04X}"


class _Fatal(Exception):
    """Stops reading: the document cannot be read on (bad syntax) or must not be (a limit)."""

    def __init__(self, line: int, message: str, hint: str) -> None:
        super().__init__(message)
        self.line = line
        self.message = message
        self.hint = hint


_NO_KEY: Any = object()  # a mapping frame waiting for its next key
_SKIP: Any = object()  # a mapping frame whose current key was rejected: its value is dropped
_OPEN: Any = object()  # an anchor whose collection is still being read
_EMPTY: Any = object()  # a stream without a document


class _Frame:
    """A mapping or sequence being read."""

    __slots__ = ("value", "lines", "key", "key_line", "anchor", "start_count", "is_map")

    def __init__(self, value: Union[YMap, YList], lines: Any, anchor: Optional[str], start_count: int) -> None:
        self.value: Any = value
        self.lines = lines  # YMap.key_lines or YList.item_lines
        self.key: Any = _NO_KEY
        self.key_line = 0
        self.anchor = anchor
        self.start_count = start_count
        self.is_map = isinstance(value, YMap)


class _Merge:
    """A plain ``<<`` (YAML's merge key): an error as a key, the text ``<<`` as a value."""


_MERGE_KEY = _Merge()


class _Reader:
    def __init__(self, text: str, file: str) -> None:
        self.text = text
        self.file = file
        self.errors: list[SpecError] = []
        self.anchors: dict[str, Any] = {}  # name -> (value, size, line, depth); value _OPEN while being read
        self.count = 0  # values read so far, alias copies included
        self.alias_values = 0  # values inserted by aliases
        self.line = 1  # the line of the last event, for errors that carry none
        self.ctor = yaml.SafeLoader("")

    def read(self) -> Any:
        loader = _Loader(self.text)
        try:
            root = self._events(loader)
        except _Fatal as exc:
            raise SpecInvalid([*self.errors, SpecError(self.file, exc.line, exc.message, exc.hint)]) from None
        except yaml.MarkedYAMLError as exc:
            mark = exc.problem_mark or exc.context_mark
            line = mark.line + 1 if mark else self.line
            problem = exc.problem or exc.context or "unreadable"
            at = f" at column {mark.column + 1}" if mark else ""
            hint = "fix the YAML syntax"
            bad_line = self.text.splitlines()[mark.line] if mark and mark.line < len(self.text.splitlines()) else ""
            if "\t" in bad_line[: mark.column + 1 if mark else 0]:
                problem, hint = "a tab character (YAML indents with spaces only)", "replace the tab with spaces"
            raise SpecInvalid([*self.errors, SpecError(self.file, line, f"not valid YAML{at}: {problem}", hint)]) from None
        except yaml.YAMLError as exc:  # a ReaderError (the checks above should leave none) or another
            line = self._byte_line(getattr(exc, "position", None))
            reason = getattr(exc, "reason", None) or type(exc).__name__
            raise SpecInvalid([*self.errors, SpecError(self.file, line, f"not valid YAML: {reason}", "fix the YAML syntax")]) from None
        except (ValueError, OverflowError, RecursionError, MemoryError) as exc:
            raise SpecInvalid(
                [*self.errors, SpecError(self.file, self.line, f"the YAML could not be read: {type(exc).__name__}: {str(exc)[:200]}", "simplify this part")]
            ) from None
        finally:
            loader.dispose()
        if self.errors:
            raise SpecInvalid(self.errors)
        if root is _EMPTY:
            raise SpecInvalid([SpecError(self.file, 1, "the spec is empty", "start from spec/images.yaml")])
        return root

    def _byte_line(self, position: Any) -> int:
        """The line of a byte offset in the UTF-8 text (libyaml's ReaderError position)."""
        if not isinstance(position, int) or position < 0:
            return self.line
        head = self.text.encode("utf-8", "surrogatepass")[:position].decode("utf-8", "replace")
        return _line_of_offset(head, len(head))

    def _events(self, loader: Any) -> Any:
        """Reads the single document; returns its value, or _EMPTY when the stream has none."""
        get = loader.get_event
        memo = _Loader._plain
        resolve = loader.resolve
        scalar_event = yaml.ScalarEvent
        stack: list[_Frame] = []
        root: Any = _EMPTY
        documents = 0
        while True:
            event = get()
            kind = type(event)
            if kind is scalar_event:
                line = event.start_mark.line + 1
                self.line = line
                self.count += 1
                if event.style == '"':  # only double quotes have escapes
                    self._check_escapes(event.value, line)
                if event.tag is None:
                    value = event.value
                    if event.implicit[0]:
                        tag = memo.get(value)
                        if tag is None:
                            tag = resolve(yaml.ScalarNode, value, event.implicit)
                        if tag != _STR:
                            value = self._implicit(tag, value, line)
                else:
                    value = self._tagged(event, line)
                if event.anchor is not None:
                    self._define(event.anchor, line)
                    self.anchors[event.anchor] = (value, 1, line, 0)
            elif kind is yaml.MappingStartEvent or kind is yaml.SequenceStartEvent:
                line = event.start_mark.line + 1
                self.line = line
                if len(stack) >= MAX_DEPTH:
                    raise _Fatal(line, f"the YAML nests deeper than {MAX_DEPTH} levels", "flatten the structure")
                self.count += 1
                is_map = kind is yaml.MappingStartEvent
                self._check_collection_tag(event.tag, _MAP if is_map else _SEQ, line)
                collection: Union[YMap, YList]
                lines: Any
                if is_map:
                    collection = YMap()
                    collection.key_lines = lines = {}
                else:
                    collection = YList()
                    collection.item_lines = lines = []
                collection.line = line
                if event.anchor is not None:
                    self._define(event.anchor, line)
                    self.anchors[event.anchor] = (_OPEN, 0, line, 0)
                stack.append(_Frame(collection, lines, event.anchor, self.count))
                continue
            elif kind is yaml.MappingEndEvent or kind is yaml.SequenceEndEvent:
                frame = stack.pop()
                value = frame.value
                line = value.line
                if frame.anchor is not None:
                    self.anchors[frame.anchor] = (value, self.count - frame.start_count + 1, line, _depth(value))
            elif kind is yaml.AliasEvent:
                line = event.start_mark.line + 1
                self.line = line
                value = self._alias(event.anchor, line, len(stack))
            elif kind is yaml.DocumentStartEvent:
                documents += 1
                if documents > 1:
                    line = event.start_mark.line + 1
                    raise _Fatal(line, "not valid YAML: expected a single document in the stream, but found another document", "remove the '---' line and what follows, or split the file")
                continue
            elif kind is yaml.StreamEndEvent or event is None:
                return root
            else:  # StreamStart, DocumentEnd
                continue
            # a value is complete: it goes to the collection being read, or is the document
            if not stack:
                root = value
                continue
            top = stack[-1]
            if top.is_map:
                if top.key is _NO_KEY:
                    top.key = self._key(top, value, line)
                    top.key_line = line
                else:
                    if top.key is not _SKIP:
                        top.lines[top.key] = top.key_line
                        dict.__setitem__(top.value, top.key, "<<" if value is _MERGE_KEY else value)
                    top.key = _NO_KEY
            else:
                top.value.append("<<" if value is _MERGE_KEY else value)
                top.lines.append(line)

    # ---------------------------------------------------------------- scalars

    def _implicit(self, tag: str, value: str, line: int) -> Any:
        """A plain scalar the resolver did not read as a string."""
        if tag == _MERGE:
            return _MERGE_KEY
        if tag in _AS_TEXT:
            return value
        return self._construct(tag, value, line)

    def _tagged(self, event: Any, line: int) -> Any:
        tag = event.tag
        value = event.value
        if tag == "!" or tag not in _SCALAR_TAGS:
            self._tag_error(tag, line)
            return value
        if tag == _STR:
            return value
        return self._construct(tag, value, line)

    def _construct(self, tag: str, value: str, line: int) -> Any:
        if tag == _NULL:
            return None
        if tag in (_INT, _FLOAT):
            digits = sum(c.isalnum() for c in value) if len(value) > MAX_NUMBER_DIGITS else 0
            if digits > MAX_NUMBER_DIGITS:
                self.errors.append(
                    SpecError(self.file, line, f"number too large: {digits} digits; at most {MAX_NUMBER_DIGITS}", "quote it if it is meant as text")
                )
                return value
        node = yaml.ScalarNode(tag, value)
        try:
            if tag == _BOOL:
                return self.ctor.construct_yaml_bool(node)
            if tag == _INT:
                return self.ctor.construct_yaml_int(node)
            number = self.ctor.construct_yaml_float(node)
        except (ValueError, KeyError, TypeError, OverflowError):
            kind = {_BOOL: "a boolean", _INT: "an integer", _FLOAT: "a number"}[tag]
            self.errors.append(SpecError(self.file, line, f"{_short(value)!r} is not {kind}", "fix the value, or quote it if it is meant as text"))
            return value
        if not math.isfinite(number):
            self.errors.append(
                SpecError(self.file, line, f"number {_short(value)!r} is not finite", "JSON has no inf or nan: write a finite number")
            )
            return value
        return number

    def _check_escapes(self, value: str, line: int) -> None:
        bad = _BAD_CHAR.search(value)
        if bad is not None:
            char = ord(bad.group())
            self.errors.append(
                SpecError(self.file, line, f"the string holds {_char_name(char)} (written as an escape)", "remove it; only TAB, LF and CR are allowed")
            )

    # ---------------------------------------------------------------- tags, keys, anchors

    def _tag_error(self, tag: Any, line: int) -> None:
        shown = "!!" + tag[len(_CORE):] if isinstance(tag, str) and tag.startswith(_CORE) else str(tag)
        self.errors.append(SpecError(self.file, line, f"YAML tags are not supported (found '{_short(shown)}')", _TAG_HINT))

    def _check_collection_tag(self, tag: Optional[str], core: str, line: int) -> None:
        if tag is not None and tag != core:
            self._tag_error(tag, line)

    def _key(self, frame: _Frame, key: Any, line: int) -> Any:
        """The key for the next entry of ``frame``, or _SKIP when it is rejected (with an error)."""
        if key is _MERGE_KEY:
            self.errors.append(SpecError(self.file, line, "YAML merge keys ('<<') are not supported", "write the keys out"))
            return _SKIP
        if not isinstance(key, str):
            if isinstance(key, (dict, list)):
                kind = "mapping" if isinstance(key, dict) else "list"
                self.errors.append(SpecError(self.file, line, f"a {kind} is not allowed as a key", "keys are names: write a string"))
            else:
                self.errors.append(SpecError(self.file, line, f"key {key!r} is not a string", "quote the key"))
            return _SKIP
        if len(key) > MAX_KEY_CHARS:
            self.errors.append(
                SpecError(self.file, line, f"key '{key[:40]}...' is {len(key)} characters long; at most {MAX_KEY_CHARS}", "use a shorter name")
            )
            return _SKIP
        first = frame.lines.get(key)
        if first is not None:
            self.errors.append(SpecError(self.file, line, f"duplicate key '{key}' (first at line {first})", "remove or rename one of them"))
            return _SKIP
        return key

    def _define(self, anchor: str, line: int) -> None:
        if anchor in self.anchors:
            first = self.anchors[anchor][2]
            raise _Fatal(line, f"not valid YAML: found duplicate anchor '&{_short(anchor)}' (first at line {first})", "rename one of them")

    def _alias(self, anchor: str, line: int, level: int) -> Any:
        if anchor not in self.anchors:
            raise _Fatal(line, f"not valid YAML: found undefined alias '*{_short(anchor)}'", "define the anchor ('&name') before using it")
        value, size, _, depth = self.anchors[anchor]
        if value is _OPEN:
            raise _Fatal(line, f"recursive YAML alias '*{_short(anchor)}': it is used inside the value it names", "write the value out")
        if level + depth > MAX_DEPTH:
            raise _Fatal(line, f"the YAML nests deeper than {MAX_DEPTH} levels (through alias '*{_short(anchor)}')", "flatten the structure")
        self.alias_values += size
        if self.alias_values > MAX_ALIAS_VALUES:
            raise _Fatal(line, f"YAML aliases expand to more than {MAX_ALIAS_VALUES} values", "write the values out, or use fewer aliases")
        self.count += size
        return _copy(value)


def _depth(value: Any) -> int:
    """How deeply a read value nests (a scalar 0); at most MAX_DEPTH, so recursion is safe."""
    if isinstance(value, dict):
        return 1 + max(map(_depth, value.values()), default=0)
    if isinstance(value, list):
        return 1 + max(map(_depth, value), default=0)
    return 0


def _copy(value: Any) -> Any:
    """A deep copy of a read value (nesting is at most MAX_DEPTH deep, so recursion is safe)."""
    if isinstance(value, YMap):
        out = YMap()
        out.line = value.line
        out.key_lines = dict(value.key_lines)
        for k, v in value.items():
            dict.__setitem__(out, k, _copy(v))
        return out
    if isinstance(value, YList):
        seq = YList(_copy(v) for v in value)
        seq.line = value.line
        seq.item_lines = list(value.item_lines)
        return seq
    return value


def _short(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[:limit] + "..."
