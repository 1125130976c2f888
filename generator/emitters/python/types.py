"""Python type expressions whose imports travel with them: asking for a type's annotation adds
exactly what it needs to the module's :class:`Imports`, so nobody collects imports by hand."""

from __future__ import annotations

from ... import ir
from ...escape import py_str
from ...planning import Names

RUNTIME_HOME = {
    "FileTypes": "_types", "SequenceNotStr": "_types", "NotGiven": "_types", "NOT_GIVEN": "_types", "Headers": "_types",
    "Query": "_types", "Body": "_types", "BaseModel": "_models", "Stream": "_streaming", "AsyncStream": "_streaming",
    "SyncAPIResource": "_resource", "AsyncAPIResource": "_resource", "to_raw_response_wrapper": "_response",
    "async_to_raw_response_wrapper": "_response", "operation": "_validation",
}
WRAPPERS = {"Optional": "typing", "Union": "typing", "List": "typing", "Required": "typing_extensions", "Literal": "typing_extensions"}


class Imports:
    """What one module imports; renders sorted ``from x import a, b`` lines (isort's order)."""

    def __init__(self, where: str, owner: tuple[str, ...]) -> None:
        self.where = where  # "" (package root), "types" or "resources"
        self.owner = owner  # the module's key in the Namer ("type", name) / ("params", resource, op)
        self.modules: dict[str, set[str]] = {}

    def add(self, module: str, name: str) -> None:
        self.modules.setdefault(module, set()).add(name)

    def typing(self, name: str) -> None:
        self.add("typing", name)

    def ext(self, name: str) -> None:
        self.add("typing_extensions", name)

    def runtime(self, name: str) -> None:
        self.add(("." if not self.where else "..") + RUNTIME_HOME[name], name)

    def lit(self, text: str) -> str:
        """A ``Literal[...]`` expression (imports Literal)."""
        self.ext("Literal")
        return text

    def wrap(self, wrapper: str, inner: str) -> str:
        self.add(WRAPPERS[wrapper], wrapper)
        return f"{wrapper}[{inner}]"

    def type_(self, module: str, name: str) -> None:
        self.add(f".{module}" if self.where == "types" else ("." if not self.where else "..") + f"types.{module}", name)

    def lines(self) -> list[str]:
        def rank(mod: str) -> tuple[int, str]:
            if mod == "__future__":
                return (0, mod)
            if not mod.startswith("."):
                return (1 if mod in ("os", "typing") else 2, mod)
            return (3, mod)

        out: list[str] = []
        group = None
        for mod in sorted(self.modules, key=rank):
            if group is not None and rank(mod)[0] != group:
                out.append("")
            group = rank(mod)[0]
            out.append(f"from {mod} import {', '.join(sorted(self.modules[mod], key=lambda n: (n.lower(), n)))}")
        return out


class TypeMapper:
    def __init__(self, api: ir.Api, names: Names) -> None:
        self.api, self.n = api, names
        self._index: dict[tuple[str, ir.Path], list[ir.Model]] = {}
        for m in api.models:
            if m.scope != "declared":
                self._index.setdefault((m.scope, m.path[: 2 if m.scope == "params" else 1]), []).append(m)

    def imports(self, where: str, owner: tuple[str, ...]) -> Imports:
        return Imports(where, owner)

    def nested(self, scope: str, owner: ir.Path) -> list[ir.Model]:
        """The inline models declared inside ``owner``, deepest first."""
        return sorted((m for m in self._index.get((scope, owner), []) if len(m.path) > len(owner)), key=lambda m: (-len(m.path), m.path))

    def literal(self, values: list[str], imp: Imports) -> str:
        return imp.lit("Literal[" + ", ".join(py_str(v) for v in values) + "]")

    def runtime_import(self, name: str) -> str:
        """`from ..types.x import X` for a declared type a method needs at run time."""
        return f"from ..types.{self.n.file('type', name)} import {self.n.type('declared', (name,)) if ('type', 'declared', name) in self.n.ids else self.n.union(name)}"

    def _declared(self, key: str, ident: str, imp: Imports) -> str:
        module = self.n.file("type", key)
        if imp.owner != ("type", key):
            imp.type_(module, ident)
        return ident

    def ann(self, t: ir.TypeRef, ctx: str, imp: Imports, nullable: bool = False) -> str:
        text = self._ann(t, ctx, imp)
        return imp.wrap("Optional", text) if nullable else text

    def _ann(self, t: ir.TypeRef, ctx: str, imp: Imports) -> str:
        if isinstance(t, ir.Primitive):
            if t.kind == "file":
                imp.runtime("FileTypes")
                return "FileTypes"
            return {"string": "str", "integer": "int", "number": "float", "boolean": "bool", "any": "object"}[t.kind]
        if isinstance(t, ir.ArrayOf):
            inner = self._ann(t.items, ctx, imp)
            if ctx == "model":
                return imp.wrap("List", inner)
            imp.runtime("SequenceNotStr")
            return f"SequenceNotStr[{inner}]"
        if isinstance(t, ir.EnumRef):
            e = self.api.enum(t)
            text = self._declared(e.path[0], self.n.type("declared", e.path), imp) if e.scope == "declared" else self.literal([x.value for x in e.values], imp)
            return imp.wrap("Union", f"str, {text}") if e.open else text
        if isinstance(t, ir.ModelRef):
            m = self.api.model(t)
            name = self.n.type(m.scope, m.path)
            if m.scope == "declared":
                return self._declared(m.path[0], name, imp)
            if m.scope == "params" and imp.owner != ("params", *m.path[:2]):
                # qualified, as two operations may each have an inline type of the same name
                mod = self.n.file("params", *m.path[:2])
                imp.add("..types" if imp.where == "resources" else ".", mod)
                return f"{mod}.{name}"
            return name
        if isinstance(t, ir.UnionRef):
            return self._declared(t.name, self.n.union(t.name), imp)
        if isinstance(t, ir.Const):
            return self.literal([t.value], imp)
        if isinstance(t, ir.OneOf):
            return imp.wrap("Union", ", ".join(self._ann(x, ctx, imp) for x in t.variants))
        raise TypeError(t)
