"""YAML reading that keeps line numbers.

Mappings become ``YMap`` (a dict with ``line`` and ``key_lines``), sequences ``YList`` (a list
with ``line`` and ``item_lines``); scalars are plain Python values whose line is held by their
parent. Duplicate keys, which PyYAML silently drops, are errors here.
"""

from __future__ import annotations

from typing import Any

import yaml

from .errors import SpecError, SpecInvalid

try:  # libyaml is about 4x faster; fall back to pure Python when it is missing
    _Base: Any = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - depends on the PyYAML build
    _Base = yaml.SafeLoader


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


_STR = "tag:yaml.org,2002:str"


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
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 1
        raise SpecInvalid(
            [SpecError(file, line, f"not valid YAML: {exc.problem}", "fix the YAML syntax")]
        ) from None
    finally:
        loader.dispose()
    if node is None:
        raise SpecInvalid([SpecError(file, 1, "the spec is empty", "start from spec/images.yaml")])
    errors: list[SpecError] = []
    constructor = yaml.SafeLoader("")
    value = _convert(node, file, errors, constructor)
    if errors:
        raise SpecInvalid(errors)
    return value


def _convert(node: yaml.Node, file: str, errors: list[SpecError], ctor: Any) -> Any:
    """Nodes to YMap/YList/scalars. The hot path (string scalars and keys) avoids the constructor."""
    if isinstance(node, yaml.ScalarNode):
        return node.value if node.tag == _STR else ctor.construct_object(node, deep=True)
    line = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        out = YMap()
        out.line = line
        key_lines: dict[str, int] = {}
        out.key_lines = key_lines
        for key_node, value_node in node.value:
            if key_node.tag == _STR:
                key = key_node.value
            elif key_node.tag == "tag:yaml.org,2002:merge":
                errors.append(SpecError(file, line, "YAML merge keys ('<<') are not supported", "write the keys out"))
                continue
            else:
                key = ctor.construct_object(key_node, deep=True)
            key_line = key_node.start_mark.line + 1
            if not isinstance(key, str):
                errors.append(SpecError(file, key_line, f"key {key!r} is not a string", "quote the key"))
                key = str(key)
            if key in key_lines:
                errors.append(
                    SpecError(file, key_line, f"duplicate key '{key}' (first at line {key_lines[key]})", "remove or rename one of them")
                )
                continue
            key_lines[key] = key_line
            value = value_node.value if value_node.tag == _STR and isinstance(value_node, yaml.ScalarNode) else _convert(value_node, file, errors, ctor)
            dict.__setitem__(out, key, value)
        return out
    seq = YList()
    seq.line = line
    seq.item_lines = [item.start_mark.line + 1 for item in node.value]
    for item in node.value:
        seq.append(item.value if item.tag == _STR and isinstance(item, yaml.ScalarNode) else _convert(item, file, errors, ctor))
    return seq


def plain(value: Any) -> Any:
    """The same data as plain dicts and lists (for values kept in the IR)."""
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [plain(v) for v in value]
    return value
