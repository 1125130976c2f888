"""The planning layer: what every language needs, built once from the IR.

- :mod:`.naming`: the shared naming walk (each language gives a :class:`~.naming.Style`);
- :mod:`.tables`: validation tables as language-neutral JSON, embedded by every SDK;
- :mod:`.testplan`: the calls, values, events and rule violations every generated suite runs;
- :mod:`.usage`: which top-level resources use each declared type.

Emitters read a :class:`Plan` and never import the semantics package (samples, checker) or read YAML.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from .. import ir
from ..semantics.samples import PNG_1X1, RepeatedText, SampleFile
from . import cycles, tables, testplan, usage
from .naming import BaseStyle, Names, Style, name_api

__all__ = ["PNG_1X1", "BaseStyle", "Names", "Plan", "RepeatedText", "SampleFile", "Style", "name_api"]


@dataclass(frozen=True)
class Plan:
    api: ir.Api
    notice: str  # the first line of the "generated, do not edit" header

    @cached_property
    def tests(self) -> testplan.TestPlan:
        return testplan.build(self.api)

    @cached_property
    def operations_json(self) -> str:
        return tables.operations_json(self.api, self.notice)

    @cached_property
    def recursive_links(self) -> frozenset[cycles.Link]:
        """Properties that link back to their owner through direct containment (see :mod:`.cycles`)."""
        return cycles.recursive_links(self.api)

    @cached_property
    def type_users(self) -> dict[usage.TypeKey, frozenset[str]]:
        """Each declared type -> the top-level resources that use it (see :mod:`.usage`)."""
        return usage.type_users(self.api)

    @cached_property
    def type_groups(self) -> dict[str, int]:
        """Declared types in a reference cycle share a number (see :func:`.cycles.type_groups`)."""
        return cycles.type_groups(self.api)

    @cached_property
    def _inline(self) -> dict[tuple[str, ir.Path], list[ir.Model]]:
        index: dict[tuple[str, ir.Path], list[ir.Model]] = {}
        for m in self.api.models:
            if m.scope != "declared":
                index.setdefault((m.scope, m.path[: 2 if m.scope == "params" else 1]), []).append(m)
        return index

    def inline_models(self, scope: str, owner: ir.Path) -> list[ir.Model]:
        """The inline models declared inside a declared model (scope "model", owner (name,)) or an
        operation's params (scope "params", owner (resource, operation)), deepest first."""
        found = [m for m in self._inline.get((scope, owner), []) if len(m.path) > len(owner)]
        return sorted(found, key=lambda m: (-len(m.path), m.path))
