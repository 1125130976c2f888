"""IR + plan -> Python views -> files. Names come from the shared walk (style.py); a type's annotation
carries its imports (:class:`Imports`); views are plain namespaces, each built by one method below.
Templates read them, the IR and the test plan; spec text reaches the output only through
:mod:`generator.escape`, in the views (docstring lines, annotations) or as the filters set here."""

from __future__ import annotations

from functools import partial
from itertools import groupby
from types import SimpleNamespace as View
from typing import Any, Mapping, Sequence
from urllib.parse import urlsplit

from ... import ir
from ...escape import md_text, py_doc, py_str, toml_str
from ...naming import snake
from ...planning import Names, Plan, RepeatedText, SampleFile
from ..base import EmitterBase, environment, header_lines, runtime_files, wrap_doc
from .style import KW, PythonStyle

LINE_LENGTH = 120
PACKAGE_KEYS = {  # packages.python: (pattern, what a valid value is); the values are also escaped where placed
    "distribution": (r"[A-Za-z0-9](?:[A-Za-z0-9._-]{0,98}[A-Za-z0-9])?", "a distribution name (PEP 508)"),
    "import": (rf"(?!(?:{'|'.join(KW)})$)[A-Za-z_][A-Za-z0-9_]{{0,99}}", "a Python module name, not a keyword"),
    "version": (r"[0-9A-Za-z][0-9A-Za-z.+!_-]{0,63}", "a version (PEP 440, e.g. 1.2.0)"),
}
# the runtime is kept in black's style in templates/python/runtime, so black skips it (a test proves black agrees)
BLACK_STABLE_RUNTIME = frozenset(runtime_files("python")) - {"_exceptions.py"}
doc_lines = partial(wrap_doc, escape=py_doc)  # a description as docstring lines
HOME = {name: module for module, names in [  # where each name an annotation uses comes from ("_x": the runtime's)
    ("typing", "List Optional Union"), ("typing_extensions", "Annotated Literal Required TypeAlias TypedDict"),
    ("httpx", "Timeout"), ("_models", "BaseModel"), ("_streaming", "Stream AsyncStream"),
    ("_types", "Body FileTypes Headers Query SequenceNotStr"),
] for name in names.split()}
SCALARS = dict(string="str", integer="int", number="float", boolean="bool", any="object", file="FileTypes")


def _black_mode() -> Any:
    from black.mode import Mode, TargetVersion
    return Mode(line_length=LINE_LENGTH, target_versions={TargetVersion.PY39})


def py_value(value: Any, file: str = "PNG") -> str:
    """A sample value of the test plan as a Python literal (files as ``file``)."""
    if isinstance(value, RepeatedText):
        return f'"x" * {value.count}'
    if isinstance(value, SampleFile):
        return file
    if isinstance(value, list):
        return "[" + ", ".join(py_value(x, file) for x in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{py_str(k)}: {py_value(x, file)}" for k, x in value.items()) + "}"
    return py_str(value) if isinstance(value, str) else repr(value)


def isort_key(name: str) -> tuple[int, str, str]:  # isort's (and ruff's) order: CONSTANTS, Classes, functions
    return (0 if name.isupper() else 1 if name[:1].isupper() else 2, name.lower(), name)


def decl(name: str, type_: str, doc: Sequence[str] = (), alias: str = "", optional: bool = False) -> View:
    """A class attribute (``alias``: its wire name, when that differs), a TypedDict key or an alias."""
    return View(name=name, type=type_, doc=doc, alias=alias, optional=optional)


class Imports:
    """One module's imports (rendered in isort's order) and the annotations that need them."""

    def __init__(self, names: Names, where: str, owner: tuple[str, ...], *use: str, groups: Mapping[str, int] = {}
                 ) -> None:
        self.n = names
        self.where = where  # "types" or "resources"
        self.owner = owner  # the module's key in Names: ("type", name) / ("params", resource, op)
        self.modules: dict[str, set[str]] = {}
        self.late: set[str] = set()  # recursive types: imported after this module's classes exist
        self.groups = groups  # declared types in a reference cycle share a number
        self.use(*use)

    def add(self, module: str, *names: str) -> None:
        self.modules.setdefault(module, set()).update(names)

    def use(self, *names: str) -> None:
        for name in names:
            self.add(".." + HOME[name] if HOME[name].startswith("_") else HOME[name], name)

    def wrap(self, wrapper: str, inner: str) -> str:
        self.use(wrapper)
        return f"{wrapper}[{inner}]"

    def lines(self) -> list[str]:
        def group(module: str) -> int:  # the standard library, other packages, the package's own modules
            return 0 if module in ("typing", "functools") else 2 if module.startswith(".") else 1
        out: list[str] = []
        for _, modules in groupby(sorted(self.modules, key=lambda m: (group(m), m)), group):
            out += [""] if out else []
            out += [f"from {m} import {', '.join(sorted(self.modules[m], key=isort_key))}" for m in modules]
        return out

    def literal(self, values: list[str]) -> str:
        return self.wrap("Literal", ", ".join(py_str(v) for v in values))

    def declared(self, t: ir.EnumRef | ir.ModelRef | ir.UnionRef) -> str:
        """A declared type, imported from its module unless it is this one."""
        if isinstance(t, ir.UnionRef):
            key, ident = t.name, self.n.union(t.name)
        else:
            key, ident = t.path[0], self.n.type(t.scope, t.path)
        module = ("." if self.where == "types" else "..types.") + self.n.file("type", key)
        if self.owner == ("type", key):  # the module's own type, used inside it: a forward reference
            return f'"{ident}"'
        if self.owner[0] == "type" and self.groups.get(key, -1) == self.groups.get(self.owner[1]):
            self.late.add(f"from {module} import {ident}")
            return f'"{ident}"'
        self.add(module, ident)
        return ident

    def ann(self, t: ir.TypeRef, ctx: str) -> str:
        """``t``'s annotation in a response model (``ctx`` "model") or in params ("param")."""
        if isinstance(t, ir.Primitive):
            if t.kind == "file":
                self.use("FileTypes")
            return SCALARS[t.kind]
        if isinstance(t, ir.ArrayOf):
            return self.wrap("List" if ctx == "model" else "SequenceNotStr", self.ann(t.items, ctx))
        if isinstance(t, ir.EnumRef):
            e = self.n.api.enum(t)
            text = self.declared(t) if e.scope == "declared" else self.literal([x.value for x in e.values])
            return self.wrap("Union", f"str, {text}") if e.open else text
        if isinstance(t, ir.ModelRef) and t.scope == "params" and self.owner != ("params", *t.path[:2]):
            # qualified, as two operations may each have an inline type of the same name
            module = self.n.file("params", *t.path[:2])
            self.add("..types" if self.where == "resources" else ".", module)
            return f"{module}.{self.n.type(t.scope, t.path)}"
        if isinstance(t, ir.ModelRef):
            return self.declared(t) if t.scope == "declared" else self.n.type(t.scope, t.path)
        if isinstance(t, ir.UnionRef):
            return self.declared(t)
        if isinstance(t, ir.Const):
            return self.literal([t.value])
        if isinstance(t, ir.OneOf):
            return self.wrap("Union", ", ".join(self.ann(x, ctx) for x in t.variants))
        raise TypeError(t)


class PythonEmitter(EmitterBase):
    name = "python"
    package_keys = PACKAGE_KEYS

    def style(self, api: ir.Api) -> PythonStyle:
        return PythonStyle(api)

    def format(self, path: str, text: str) -> str:
        parts = path.split("/")
        if not path.endswith(".py") or (len(parts) == 3 and parts[0] == "src" and parts[2] in BLACK_STABLE_RUNTIME):
            return text
        import black
        return black.format_str(text, mode=_black_mode())

    def formatter_identity(self) -> str:
        from importlib.metadata import version
        stable = ",".join(sorted(BLACK_STABLE_RUNTIME))
        return f"black {version('black')} line-length {LINE_LENGTH} py39; not formatted: {stable}"

    def emit(self, plan: Plan, names: Names) -> Mapping[str, str]:
        return _Build(plan, names).files()


class _Build:
    def __init__(self, plan: Plan, names: Names) -> None:
        api, c = plan.api, plan.api.client
        self.plan, self.n, self.style, self.pkg = plan, names, PythonStyle(api), api.package("python")
        self.env = environment("python")
        self.env.filters.update(
            str=py_str, q=lambda s: py_str(s)[1:-1], toml=toml_str, md=md_text, doc=py_doc, py=py_value, snake=snake,
            isort=partial(sorted, key=isort_key), isort_pairs=partial(sorted, key=lambda x: (x[1], isort_key(x[0]))))
        self.env.globals.update(
            header=header_lines(api), pkg=self.pkg, title=api.title, c=c, n=names, error=f"{c.name}Error",
            api_key=names[("option", c.auth_option)], options=[(names[("option", h.option)], h) for h in c.headers],
            log_env=self.pkg.get("log_env") or f"{c.name.upper()}_LOG", line_length=LINE_LENGTH,
            mock_url=f"http://127.0.0.1:4010{urlsplit(c.base_url).path}")

    def render(self, template: str, **kw: Any) -> str:
        return self.env.get_template(template).render(**kw)

    def files(self) -> dict[str, str]:
        api, tests, render, root = self.plan.api, self.plan.tests, self.render, f"src/{self.pkg['import']}"
        modules = [self.model_module(m) for m in api.models if m.scope == "declared"]
        modules += [self.enum_module(e) for e in api.enums if e.scope == "declared"]
        modules += [self.union_module(u) for u in api.unions]
        modules += [self.params_module(op) for op in api.operations()]
        resources = [self.resource(r) for r in api.resources]
        out = {f"{root}/types/{m.module}.py": render(m.template, m=m) for m in modules}
        out |= {f"{root}/resources/{r.attr}.py": render("resource.py.j2", r=r) for r in resources}
        out |= {f"{root}/{name}": render(f"runtime/{name}.j2") for name in runtime_files("python")}
        out |= {f"tests/test_{self.n[('resource', r.name)]}.py": self.test_module(r) for r in api.resources}
        exports = sorted((m.name, f".{m.module}") for m in modules)
        return out | {
            f"{root}/types/__init__.py": render("types_init.py.j2", exports=exports),
            f"{root}/resources/__init__.py": render("resources_init.py.j2", resources=resources),
            f"{root}/_operations.json": self.plan.operations_json,
            f"{root}/_client.py": render("client.py.j2", resources=resources),
            f"{root}/__init__.py": render("package_init.py.j2"),
            f"{root}/py.typed": "",
            "tests/conftest.py": render("tests/conftest.py.j2"),
            "tests/test_client.py": render("tests/test_client.py.j2", simple=tests.simple, streaming=tests.streaming),
            "pyproject.toml": render("pyproject.toml.j2"),
            "README.md": render("README.md.j2", resources=resources, example=tests.simple),
        }

    def module(self, imp: Imports, template: str, name: str, classes: list[View], aliases: Sequence[View] = ()) -> View:
        """A module of ``types``: its public type ``name`` (one of its classes and aliases)."""
        return View(module=self.n.file(*imp.owner), template=template, imports=imp.lines(), name=name,
                    classes=classes, aliases=list(aliases), late=sorted(imp.late))

    def model_module(self, m: ir.Model) -> View:
        imp = Imports(self.n, "types", ("type", m.path[0]), "BaseModel", groups=self.plan.type_groups)
        classes = [self.model_class(x, imp) for x in [*self.plan.inline_models("model", m.path), m]]
        return self.module(imp, "model_module.py.j2", self.n.type("declared", m.path), classes)

    def model_class(self, m: ir.Model, imp: Imports) -> View:
        fields = []
        for f in m.fields:
            attr, ann = self.n.field(m.scope, m.path, f.name), imp.ann(f.type, "model")
            if attr != f.name:  # the wire name is kept as the field's alias
                imp.add("pydantic", "Field as FieldInfo")
            ann = imp.wrap("Optional", ann) if f.nullable or not f.required else ann
            alias = f.name if attr != f.name else ""
            fields.append(decl(attr, ann, doc_lines(f.description), alias=alias, optional=not f.required))
        return View(name=self.n.type(m.scope, m.path), base="BaseModel", doc=doc_lines(m.description), fields=fields)

    def enum_module(self, e: ir.Enum) -> View:
        imp = Imports(self.n, "types", ("type", e.path[0]), "TypeAlias")
        name, values = self.n.type("declared", e.path), imp.literal([x.value for x in e.values])
        doc = doc_lines(e.description + (" Any other string is accepted too (an open enum)." if e.open else ""))
        return self.module(imp, "alias_module.py.j2", name, [], [decl(name, values, doc)])

    def union_module(self, u: ir.UnionType) -> View:
        imp = Imports(self.n, "types", ("type", u.name), "Union", "Annotated", "TypeAlias")
        imp.add("pydantic", "Field as FieldInfo")
        members = ", ".join(imp.ann(ir.ModelRef("declared", (x.model,)), "model") for x in u.variants)
        value = f"Annotated[Union[{members}], FieldInfo(discriminator={py_str(u.discriminator)})]"
        name = self.n.union(u.name)
        return self.module(imp, "alias_module.py.j2", name, [], [decl(name, value, doc_lines(u.description))])

    def params_module(self, op: ir.Operation) -> View:
        imp = Imports(self.n, "types", ("params", op.resource, op.name), "TypedDict")
        classes = [self.typed_dict(self.n.type(m.scope, m.path), self.keys(m.fields, imp), doc=doc_lines(m.description))
                   for m in self.plan.inline_models("params", imp.owner[1:])]
        name, params = self.n.params_type(op), self.keys(op.params, imp)
        if not op.streaming:
            return self.module(imp, "params_module.py.j2", name, [*classes, self.typed_dict(name, params)])
        imp.use("Optional", "Required", "Literal", "Union")
        flag, doc = op.streaming.param, doc_lines(op.streaming.description)
        off, on = decl(flag, "Optional[Literal[False]]", doc), decl(flag, "Required[Literal[True]]", doc)
        classes += [self.typed_dict(f"{name}Base", params),
                    self.typed_dict(f"{name}NonStreaming", [off], f"{name}Base, total=False"),
                    self.typed_dict(f"{name}Streaming", [on], f"{name}Base")]
        union = decl(name, f"Union[{name}NonStreaming, {name}Streaming]")
        return self.module(imp, "params_module.py.j2", name, classes, [union])

    def keys(self, fields: Sequence[ir.Field], imp: Imports) -> list[View]:
        """A TypedDict's keys: the wire names (the template quotes them in the call syntax)."""
        return [decl(f.name, imp.wrap("Required" if f.required else "Optional", imp.ann(f.type, "param")),
                     doc_lines(f.description)) for f in fields]

    def typed_dict(self, name: str, keys: list[View], base: str = "total=False", doc: Sequence[str] = ()) -> View:
        functional = any(not self.style.valid("param", k.name) for k in keys)  # keys that are not identifiers
        return View(name=name, base=base, doc=doc, fields=keys, functional=functional)

    def resource(self, r: ir.Resource) -> View:
        imp = Imports(self.n, "resources", ("resource", r.name), "Headers", "Query", "Body", "Timeout")
        methods = [self.method(op, imp) for op in r.operations]
        return View(attr=self.n[("resource", r.name)], class_name=self.n[("resource_class", r.name)],
                    doc=doc_lines(r.description), imports=imp.lines(), methods=methods)

    def method(self, op: ir.Operation, imp: Imports) -> View:
        """A method: ``params`` (name, annotation, required, offset in the path or -1), docstring, the types it imports
        when called (``imp`` is for annotations only) and, when it streams, its ``stream`` kwarg and ``event``."""
        params, args = [], []
        for p in op.params:
            kw, ann, lines = self.n.param(op, p.name), imp.ann(p.type, "param"), doc_lines(p.description, width=88)
            place = op.path.find("{" + p.name + "}")  # path params first, in the path's order (the others: -1)
            params.append((kw, ann if p.required else imp.wrap("Optional", ann), p.required, place))
            args += [f"    {kw}: {lines[0]}", *("        " + x if x else "" for x in lines[1:]), ""] if lines else []
        doc = doc_lines(op.description) + (["", "Args:", *args[:-1]] if args else [])
        types = [(op.response.path[0], imp.ann(op.response, "model"))]
        m = View(op=op, name=self.n.method(op), doc=doc, params=params, stream="", event="", cast_to=types[0][1])
        if op.streaming:
            imp.use("Literal")  # Stream and AsyncStream: the resource module imports them at run time
            types.append((op.streaming.event, imp.ann(ir.UnionRef(op.streaming.event), "model")))
            m.stream, m.event = self.n.param(op, op.streaming.param), types[1][1]
        m.imports = sorted(f"from ..types.{self.n.file('type', key)} import {ident}" for key, ident in types)
        return m

    def test_module(self, r: ir.Resource) -> str:
        tests = self.plan.tests.of(r)
        paths = [t.op.response.path for t in tests] + [e.model.path for t in tests for e in t.events]
        types = sorted({self.n.type("declared", path) for path in paths})
        return self.render("tests/test_resource.py.j2", r=r, tests=tests, types=types)
