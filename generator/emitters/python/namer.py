"""The Python Namer: every identifier of the Python output is decided here, before rendering.

Styles: classes keep the spec's type names (PascalCase for inline types, built from their
path: ``ImagesResponse.usage.input_tokens_details`` -> ``UsageInputTokensDetails`` inside the
``images_response`` module); modules, methods, fields and keyword arguments are snake_case.
Reserved words get a trailing ``_`` (``class`` -> ``class_``, wire name kept as an alias); an
identifier that would start with a digit gets an ``n`` prefix (``1st`` -> ``n1st``).
Collisions: :func:`generator.naming.resolve`; then :meth:`PythonNamer.errors` fails on any
clash left (an override can cause one).
"""

from __future__ import annotations

import builtins
import keyword

from ... import ir
from ...errors import SpecError
from ...naming import clashes, is_identifier, pascal, resolve, snake

LANG = "python"

TYPING_NAMES = frozenset(
    {"Any", "Dict", "List", "Literal", "Optional", "Union", "Annotated", "TypeAlias", "TypedDict", "Required",
     "Sequence", "Iterable", "Mapping", "FieldInfo", "BaseModel", "FileTypes", "SequenceNotStr", "NotGiven",
     "NOT_GIVEN", "Stream", "Headers", "Query", "Body", "Timeout", "overload", "httpx", "annotations"}
)
PYDANTIC_ATTRS = frozenset(
    {"model_config", "model_fields", "model_computed_fields", "model_extra", "model_fields_set", "model_construct",
     "model_copy", "model_dump", "model_dump_json", "model_json_schema", "model_parametrized_name",
     "model_post_init", "model_rebuild", "model_validate", "model_validate_json", "model_validate_strings",
     "dict", "json", "copy", "parse_obj", "parse_raw", "parse_file", "from_orm", "construct", "schema",
     "schema_json", "validate", "update_forward_refs", "fields", "to_dict", "to_json"}
)
RESERVED_FIELD = frozenset(keyword.kwlist) | frozenset(keyword.softkwlist) | TYPING_NAMES | PYDANTIC_ATTRS | {"self"}
RESERVED_KWARG = frozenset(keyword.kwlist) | TYPING_NAMES | {"self", "extra_headers", "extra_query", "extra_body", "timeout", "cast_to"}
RESERVED_CLASS = frozenset(keyword.kwlist) | TYPING_NAMES | frozenset(dir(builtins))


def _fix(ident: str, reserved: frozenset[str], digit_prefix: str) -> str:
    if not ident:
        ident = "x"
    if ident[0].isdigit():
        ident = digit_prefix + ident
    while ident in reserved:
        ident += "_"
    return ident


def snake_ident(name: str, reserved: frozenset[str]) -> str:
    base = name if is_identifier(name) and name == name.lower() else snake(name)
    return _fix(base, reserved, "n")


def class_ident(name: str) -> str:
    base = name if is_identifier(name) else pascal(name)
    return _fix(base, RESERVED_CLASS, "N")


def resolve_with_overrides(
    plain: list[tuple[str, str]], overrides: dict[str, str], taken: frozenset[str] = frozenset()
) -> dict[str, str]:
    """Overrides are kept as written; the other keys are resolved around them."""
    got = resolve(plain, taken | frozenset(overrides.values()))
    got.update(overrides)
    return got


class PythonNamer:
    def __init__(self, api: ir.Api) -> None:
        self.api = api
        self.errors: list[SpecError] = []
        self.class_names: dict[tuple[str, ir.Path], str] = {}
        self.module_names: dict[str, str] = {}  # declared type name -> module
        self.field_names: dict[tuple[str, ir.Path, str], str] = {}  # (scope, owner path, wire) -> attr
        self.kwarg_names: dict[tuple[str, str, str], str] = {}  # (resource, op, wire) -> kwarg
        self.method_names: dict[tuple[str, str], str] = {}
        self.resource_attrs: dict[str, str] = {}
        self.resource_classes: dict[str, str] = {}
        self.params_classes: dict[tuple[str, str], str] = {}
        self.params_modules: dict[tuple[str, str], str] = {}
        self._run()

    def _err(self, loc: ir.Loc, message: str, hint: str) -> None:
        self.errors.append(SpecError(loc.file, loc.line, message, hint))

    def _override(self, names: tuple[tuple[str, str], ...]) -> str | None:
        return dict(names).get(LANG)

    def _check_override(self, ident: str, loc: ir.Loc, what: str) -> None:
        if not is_identifier(ident) or keyword.iskeyword(ident):
            self._err(loc, f"{what}: python name override '{ident}' is not a valid Python identifier", "use letters, digits and '_', not a keyword")

    def _run(self) -> None:
        api = self.api
        # declared types: class names are the spec names; modules are snake_case, resolved together
        declared: list[tuple[str, ir.Loc]] = [(e.path[0], e.loc) for e in api.enums if e.scope == "declared"]
        declared += [(m.path[0], m.loc) for m in api.models if m.scope == "declared"]
        declared += [(u.name, u.loc) for u in api.unions]
        locs = dict(declared)
        for name, _ in declared:
            self.class_names[("declared", (name,))] = class_ident(name)
        cls_clash = clashes({n: self.class_names[("declared", (n,))] for n, _ in declared})
        for ident, a, b in cls_clash:
            self._err(locs[b], f"types '{a}' and '{b}' both become the Python class '{ident}'", "rename one of them")
        params_mods: list[tuple[str, str]] = []
        for r in api.resources:
            for op in r.operations:
                method = self._override(op.names) or snake_ident(op.name, RESERVED_KWARG)
                self._check_override(method, op.loc, f"operation '{op.name}'")
                self.method_names[(r.name, op.name)] = method
                pcls = f"{class_ident(r.singular)}{pascal(method)}Params"
                self.params_classes[(r.name, op.name)] = pcls
                params_mods.append((f"@{r.name}.{op.name}", snake(pcls)))
        modules = resolve([(n, snake_ident(n, frozenset(keyword.kwlist))) for n, _ in declared] + params_mods)
        for n, _ in declared:
            self.module_names[n] = modules[n]
        for r in api.resources:
            for op in r.operations:
                self.params_modules[(r.name, op.name)] = modules[f"@{r.name}.{op.name}"]
        # nested types: PascalCase of the path below the declared owner, unique per module
        by_owner: dict[tuple[str, tuple[str, ...]], list[tuple[str, ir.Path]]] = {}
        for e in api.enums:
            if e.scope != "declared":
                by_owner.setdefault(self._owner(e.scope, e.path), []).append((e.scope, e.path))
        for m in api.models:
            if m.scope != "declared":
                by_owner.setdefault(self._owner(m.scope, m.path), []).append((m.scope, m.path))
        for owner, items in sorted(by_owner.items()):
            taken = frozenset({self._owner_class(owner)})
            cands = [("/".join(path), self._nested_candidate(scope, path)) for scope, path in items]
            got = resolve(cands, taken)
            for scope, path in items:
                self.class_names[(scope, path)] = got["/".join(path)]
        # fields of models
        for m in api.models:
            self._fields(m.scope, m.path, m.fields, RESERVED_FIELD)
        # kwargs of operations (the streaming param is a kwarg too); a kwarg may not shadow a
        # declared type's class, which the method body and annotations use
        reserved_kwarg = RESERVED_KWARG | frozenset(self.class_names[("declared", (n,))] for n, _ in declared)
        for r in api.resources:
            for op in r.operations:
                cands = [(p.name, snake_ident(p.name, reserved_kwarg)) for p in op.params if not self._override(p.names)]
                if op.streaming:
                    cands.append((op.streaming.param, snake_ident(op.streaming.param, reserved_kwarg)))
                overrides = {}
                for p in op.params:
                    o = self._override(p.names)
                    if o:
                        self._check_override(o, p.loc, f"param '{p.name}'")
                        overrides[p.name] = o
                got = resolve_with_overrides(cands, overrides)
                for ident, a, b in clashes(got):
                    self._err(op.loc, f"operation '{op.name}': params '{a}' and '{b}' both become the Python argument '{ident}'", "change a 'names: {python: ...}' override")
                for wire, ident in got.items():
                    self.kwarg_names[(r.name, op.name, wire)] = ident
        # resources
        got = resolve([(r.name, snake_ident(r.name, RESERVED_FIELD)) for r in api.resources], frozenset({"with_options", "close"}))
        for r in api.resources:
            self.resource_attrs[r.name] = got[r.name]
            self.resource_classes[r.name] = class_ident(pascal(r.name))
        for r in api.resources:
            methods = {op.name: self.method_names[(r.name, op.name)] for op in r.operations}
            for ident, a, b in clashes(methods):
                op = next(o for o in r.operations if o.name == b)
                self._err(op.loc, f"operations '{a}' and '{b}' both become the Python method '{ident}'", "give one a 'names: {python: ...}' override")

    def _fields(self, scope: str, path: ir.Path, fields: tuple[ir.Field, ...], reserved: frozenset[str]) -> None:
        cands = []
        overrides = {}
        for f in fields:
            o = self._override(f.names)
            if o:
                self._check_override(o, f.loc, f"property '{f.name}'")
                overrides[f.name] = o
            else:
                cands.append((f.name, snake_ident(f.name, reserved)))
        got = resolve_with_overrides(cands, overrides)
        for ident, a, b in clashes(got):
            loc = next(f.loc for f in fields if f.name == b)
            self._err(loc, f"properties '{a}' and '{b}' both become the Python attribute '{ident}'", "change a 'names: {python: ...}' override")
        for wire, ident in got.items():
            self.field_names[(scope, path, wire)] = ident

    @staticmethod
    def _owner(scope: str, path: ir.Path) -> tuple[str, tuple[str, ...]]:
        return (scope, path[:2] if scope == "params" else path[:1])

    def _owner_class(self, owner: tuple[str, tuple[str, ...]]) -> str:
        scope, opath = owner
        if scope == "params":
            return self.params_classes[(opath[0], opath[1])]
        return self.class_names[("declared", opath)]

    def _nested_candidate(self, scope: str, path: ir.Path) -> str:
        rest = path[2:] if scope == "params" else path[1:]
        return class_ident("".join(pascal(p) for p in rest))

    # lookups for the emitter
    def cls(self, scope: str, path: ir.Path) -> str:
        return self.class_names[(scope, path)]

    def field(self, scope: str, path: ir.Path, wire: str) -> str:
        return self.field_names[(scope, path, wire)]
