"""Stage 2 of the meaning pass (protobuf's desc_resolve): names in the spec -> IR references.

The symbol table is what the spec declares at the top level: enums, models and unions by name.
Type names, response models, streaming event unions, union variants, value sets (their enum and
values) and what rules name (params, and values of those params) are looked up here. A name
that resolves to nothing is an error with a did-you-mean hint; the builder then leaves the node
out. What a lookup needs beyond the symbol table (the enums and value sets built so far, an
operation's params) is passed in by the caller: a param whose type failed is passed as ``None``,
so a rule naming it stays quiet (the param's own error was reported already).
"""

from __future__ import annotations

from typing import Any, Mapping, Optional

from .. import ir
from ..yamlsrc import YMap
from .report import PRIMITIVES, At, Report, describe, did_you_mean

EnumKey = tuple[ir.Scope, ir.Path]


class Resolver:
    """Looks names up in the symbol table; reports those that resolve to nothing."""

    def __init__(self, root: YMap, report: Report) -> None:
        self.report = report
        self.enums: frozenset[str] = frozenset(root.get("enums") or ())
        self.models: frozenset[str] = frozenset(root.get("models") or ())
        self.unions: frozenset[str] = frozenset(root.get("unions") or ())

    def type_named(self, name: str, line_path: At, at: At) -> Optional[ir.TypeRef]:
        """A type written by name: a primitive, or a declared enum, model or union."""
        if name in PRIMITIVES:
            return ir.Primitive(name)  # type: ignore[arg-type]
        if name in self.enums:
            return ir.EnumRef("declared", (name,))
        if name in self.models:
            return ir.ModelRef("declared", (name,))
        if name in self.unions:
            return ir.UnionRef(name)
        if name in ("array", "object"):
            self.report.err(line_path, f"{describe(at)}: '{name}' needs a mapping with {'items' if name == 'array' else 'properties'}", "write it as 'type: " + name + "'")
            return None
        choices = list(PRIMITIVES) + ["array", "object"] + sorted(self.enums | self.models | self.unions)
        self.report.err(line_path, f"{describe(at)}: unknown type '{name}'", did_you_mean(name, choices) or "declare it under enums, models or unions")
        return None

    def response(self, name: str, op: str, at: At) -> ir.ModelRef:
        if name not in self.models:
            self.report.err(at, f"operation '{op}': unknown response model '{name}'", did_you_mean(name, self.models) or "declare it under models")
        return ir.ModelRef("declared", (name,))

    def event(self, name: str, op: str, at: At) -> None:
        if name not in self.unions:
            self.report.err(at, f"operation '{op}': streaming event '{name}' is not a declared union", did_you_mean(name, self.unions) or "declare it under unions")

    def variant(self, union: str, value: str, model: str, at: At) -> bool:
        """Whether a union's variant names a declared model."""
        if model in self.models:
            return True
        self.report.err(at, f"union '{union}': variant '{value}' names unknown model '{model}'", did_you_mean(model, self.models) or "declare it under models")
        return False

    def value_set(self, name: str, body: Any, at: At, enums: Mapping[EnumKey, ir.Enum]) -> bool:
        """Whether a value set's enum resolves (its values are checked against the enum too)."""
        enum = body["enum"]
        if enum not in self.enums:
            self.report.err(at + ("enum",), f"value set '{name}': unknown enum '{enum}'", did_you_mean(enum, self.enums) or "declare it under enums")
            return False
        known = _known(enums[("declared", (enum,))])
        for i, v in enumerate(body["values"]):
            if v not in known:
                self.report.err(at + ("values", i), f"value set '{name}': '{v}' is not a value of enum '{enum}'", did_you_mean(v, known) or "add it to the enum")
        return True

    def rule_param(self, rid: str, section: str, pname: str, at: At, params: Mapping[str, Optional[ir.Field]]) -> Optional[ir.Field]:
        """The param a rule names; ``params`` maps a param whose type failed to None."""
        if pname in params:
            return params[pname]
        self.report.err(at, f"rule '{rid}': '{section}' names unknown param '{pname}'", did_you_mean(pname, [k for k, v in params.items() if v is not None]) or "use a param of this operation")
        return None

    def rule_values(
        self, raw: Any, param: ir.Field, at: At, rid: str, enums: Mapping[EnumKey, ir.Enum], value_sets: Mapping[str, ir.ValueSet]
    ) -> tuple[tuple[str, ...], str]:
        """A rule's list of values, or a value set's name, against a param's enum: (values, set name)."""
        t = param.type
        if isinstance(raw, str):
            vs = value_sets.get(raw)
            if vs is None:
                self.report.err(at, f"rule '{rid}': unknown value set '{raw}'", did_you_mean(raw, value_sets) or "declare it under value_sets, or write a list")
                return (), raw
            if not (isinstance(t, ir.EnumRef) and t.path == (vs.enum,)):
                self.report.err(at, f"rule '{rid}': value set '{raw}' holds values of '{vs.enum}', but param '{param.name}' is not of that enum", "use a list of values")
            return vs.values, raw
        enum = enums.get((t.scope, t.path)) if isinstance(t, ir.EnumRef) else None
        if enum is None:
            self.report.err(at, f"rule '{rid}': param '{param.name}' is not an enum, so it cannot be matched against values", "match an enum param")
            return tuple(raw), ""
        known = _known(enum)
        for i, v in enumerate(raw):
            if v not in known:
                self.report.err(at + (i,), f"rule '{rid}': '{v}' is not a value of param '{param.name}'", did_you_mean(v, known) or "use one of: " + ", ".join(known))
        return tuple(raw), ""


def _known(enum: ir.Enum) -> list[str]:
    """An enum's values, in spec order, each once and none empty (validate reports those)."""
    return list(dict.fromkeys(v.value for v in enum.values if v.value))
