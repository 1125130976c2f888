"""IR + plan -> Python views -> files. Names come from the shared walk (style.py); a type's annotation
carries its imports (:class:`Imports`); views are plain namespaces, each built by one method below.
Templates read them, the IR and the test plan; spec text reaches the output only through
:mod:`generator.escape`, in the views (docstring lines, annotations) or as the filters set here."""

from __future__ import annotations

from functools import partial
from itertools import groupby
from types import SimpleNamespace as View
from typing import Any, Mapping, Optional, Sequence
from urllib.parse import urlsplit

from ... import ir
from ...escape import md_text, py_doc, py_str, toml_str
from ...formatcache import Formatter, black_format, ruff_format
from ...naming import snake
from ...parallel import Rendered
from ...planning import Names, Plan, RepeatedText, SampleFile
from ...planning.tables import request_types
from ..base import EmitterBase, environment, header_lines, runtime_files, wrap_doc
from .style import KW, PythonStyle, has_params_type

LINE_LENGTH = 120
PACKAGE_KEYS = {  # packages.python: (pattern, what a valid value is); the values are also escaped where placed
    "distribution": (r"[A-Za-z0-9](?:[A-Za-z0-9._-]{0,98}[A-Za-z0-9])?", "a distribution name (PEP 508)"),
    "import": (rf"(?!(?:{'|'.join(KW)})$)[A-Za-z_][A-Za-z0-9_]{{0,99}}", "a Python module name, not a keyword"),
    "version": (r"[0-9A-Za-z][0-9A-Za-z.+!_-]{0,63}", "a version (PEP 440, e.g. 1.2.0)"),
}
doc_lines = partial(wrap_doc, escape=py_doc)  # a description as docstring lines
HOME = {name: module for module, names in [  # where each name an annotation uses comes from (".x": the package's)
    ("typing", "Dict Iterable List Optional Union"), ("datetime", "date datetime"), ("httpx", "Timeout"),
    ("typing_extensions", "Annotated Literal Required TypeAlias TypedDict"), ("._models", "BaseModel default_variant"),
    ("._streaming", "Stream AsyncStream JSONLDecoder AsyncJSONLDecoder"), (".pagination", "SyncPage AsyncPage AsyncPaginator"),
    ("._response", "BinaryResponseContent AsyncBinaryResponseContent"), ("._types", "Body FileTypes Headers Query SequenceNotStr"),
] for name in names.split()}
STDLIB = ("typing", "functools", "datetime")
SCALARS = dict(string="str", integer="int", number="float", boolean="bool", any="object", file="FileTypes")


# ruff's formatter by default (black's style, one process per tree, ~100x faster); black on request.
# The templates keep to the shapes where both give the same bytes: a test runs black over every golden.
FORMATTERS: dict[str, Formatter] = {"ruff": ruff_format(LINE_LENGTH, "py39"), "black": black_format(LINE_LENGTH, "py39")}


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


def optional_param(kw: str, ann: str) -> str:
    """An optional param of a signature (at 8 spaces), as black and ruff both leave it: parenthesized when too long."""
    if len(line := f"{kw}: {ann} | NotGiven = NOT_GIVEN,") + 8 <= LINE_LENGTH:
        return line
    body = [f"{ann} | NotGiven"] if 12 + len(ann) + 11 <= LINE_LENGTH else [ann, "| NotGiven"]
    return "\n".join([f"{kw}: (", *(" " * 12 + b for b in body), " " * 8 + ") = NOT_GIVEN,"])


def shape(op: ir.Operation) -> str:
    """What a call gives back, for the tests: page, stream (always), model, list, jsonl, binary, text, none, head."""
    json = {"json": "list" if op.response_array else "model"}.get(op.response_format, op.response_format)
    return "page" if op.pagination else "stream" if op.streaming and op.streaming.always else "head" if op.method == "HEAD" else json


def _put(full: dict[str, Any], name: str, many: bool, item: Any) -> dict[str, Any]:
    return {**full, name: [item, *full[name][1:]] if many else item}


def isort_key(name: str) -> tuple[int, str, str]:  # isort's (and ruff's) order: CONSTANTS, Classes, functions
    return (0 if name.isupper() else 1 if name[:1].isupper() else 2, name.lower(), name)


def decl(name: str, type_: str, doc: Sequence[str] = (), alias: str = "", optional: bool = False, value: str = "") -> View:
    """A class attribute (``alias``: its wire name, when that differs; ``value``: its default), a TypedDict key or an alias."""
    return View(name=name, type=type_, doc=doc, alias=alias, optional=optional, value=value)


class Imports:
    """One module's imports (rendered in isort's order) and the annotations that need them. ``root`` is
    the relative path to the package (``..`` from ``types/`` and ``resources/``, one dot more a level
    deeper); ``file`` names a declared type's module (``("type", name)``) or its param type's (``("param", name)``)."""

    def __init__(self, b: "_Build", owner: tuple[str, ...], *use: str, root: str = "..") -> None:
        self.n, self.file, self.groups = b.n, b.n.file, b.plan.type_groups  # groups: declared types in a cycle share a number
        self.owner = owner  # the module's key: ("type", name), ("param", name), ("params", resource, op), ("resource", name)
        self.root, self.types = root, "." if owner[0] != "resource" else root + "types."
        self.modules: dict[str, set[str]] = {}
        self.late: set[str] = set()  # recursive types: imported after this module's classes exist
        self.use(*use)

    def add(self, module: str, *names: str) -> None:
        self.modules.setdefault(module, set()).update(names)

    def use(self, *names: str) -> None:
        for name in names:
            self.add(self.root + HOME[name][1:] if HOME[name][0] == "." else HOME[name], name)

    def wrap(self, wrapper: str, inner: str) -> str:
        self.use(wrapper)
        return f"{wrapper}[{inner}]"

    def lines(self) -> list[str]:
        def group(module: str) -> int:  # the standard library, other packages, the package's own modules
            return 0 if module in STDLIB else 2 if module.startswith(".") else 1
        out: list[str] = []
        for _, modules in groupby(sorted(self.modules, key=lambda m: (group(m), m)), group):
            out += [""] if out else []
            out += [f"from {m} import {', '.join(sorted(self.modules[m], key=isort_key))}" for m in modules]
        return out

    def literal(self, values: list[str]) -> str:
        return self.wrap("Literal", ", ".join(py_str(v) for v in values))

    def declared(self, t: ir.EnumRef | ir.ModelRef | ir.UnionRef, param: bool = False) -> str:
        """A declared type (``param``: its param type), imported from its module unless it is this one."""
        key = t.name if isinstance(t, ir.UnionRef) else t.path[0]
        ident = self.n[("type", "union_param" if param else "union", key) if isinstance(t, ir.UnionRef) else
                       ("type", *["param"] * param, t.scope, *t.path)]
        owner = ("param" if param else "type", key)
        module = self.types + self.file(*owner)
        if self.owner == owner:  # the module's own type, used inside it: a forward reference
            return f'"{ident}"'
        if self.owner[0] == owner[0] and self.groups.get(key, -1) == self.groups.get(self.owner[1]):
            self.late.add(f"from {module} import {ident}")
            return f'"{ident}"'
        self.add(module, ident)
        return ident

    def ann(self, t: ir.TypeRef, ctx: str) -> str:
        """``t``'s annotation in a response model (``ctx`` "model") or in params ("param")."""
        if isinstance(t, ir.Primitive) and t.format in ("date", "date-time"):
            cls = "date" if t.format == "date" else "datetime"
            self.use(cls)
            return cls if ctx == "model" else self.wrap("Union", f"str, {cls}")
        if isinstance(t, ir.Primitive):
            if t.kind == "file":
                self.use("FileTypes")
            return SCALARS[t.kind]
        if isinstance(t, ir.ArrayOf):
            objects = isinstance(t.items, (ir.ModelRef, ir.UnionRef))
            return self.wrap("List" if ctx == "model" else "Iterable" if objects else "SequenceNotStr", self.ann(t.items, ctx))
        if isinstance(t, ir.MapOf):
            return self.wrap("Dict", "str, " + self.ann(t.values, ctx))
        if isinstance(t, ir.EnumRef):
            e = self.n.api.enum(t)
            text = self.declared(t) if e.scope == "declared" else self.literal([x.value for x in e.values])
            return self.wrap("Union", f"str, {text}") if e.open else text
        if isinstance(t, ir.ModelRef) and t.scope == "params" and self.owner != ("params", *t.path[:2]):
            # qualified, as two operations may each have an inline type of the same name
            module = self.n.file("params", *t.path[:2])
            self.add(self.types[:-1] or ".", module)
            return f"{module}.{self.n.type(t.scope, t.path)}"
        if isinstance(t, ir.ModelRef) and t.scope == "declared":
            return self.declared(t, ctx == "param")
        if isinstance(t, ir.ModelRef):
            return self.n.param_type(t) if ctx == "param" and t.scope == "model" else self.n.type(t.scope, t.path)
        if isinstance(t, ir.UnionRef):
            return self.declared(t, ctx == "param")
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

    formatters = tuple(FORMATTERS)

    def formatter(self, name: str) -> Formatter:
        return FORMATTERS[name]

    def emit(self, plan: Plan, names: Names) -> Mapping[str, Rendered]:
        return _Build(plan, names).files()


class _Build:
    def __init__(self, plan: Plan, names: Names) -> None:
        api, c = plan.api, plan.api.client
        self.plan, self.n, self.style, self.pkg = plan, names, PythonStyle(api), api.package("python")
        self.request_models, self.request_unions = request_types(api)
        self.env = environment("python")
        self.env.filters.update(
            str=py_str, q=lambda s: py_str(s)[1:-1], toml=toml_str, md=md_text, doc=py_doc, py=py_value, snake=snake,
            isort=partial(sorted, key=isort_key), isort_pairs=partial(sorted, key=lambda x: (x[1], isort_key(x[0]))), shape=shape,
            fmt=lambda t: getattr(t, "format", ""), defaulted=self.defaulted, optional_param=optional_param)
        api_key = names[("option", c.auth_option)] if c.auth_option else ""
        options, extra_keys = [(names[("option", h.option)], h) for h in c.headers], [(names[("option", x.option)], x) for x in c.extra_auth]
        self.env.globals.update(
            header=header_lines(api), pkg=self.pkg, title=api.title, api=api, c=c, n=names, error=f"{c.name}Error",
            api_key=api_key, options=options, extra_keys=extra_keys, platform=dict(c.platform_headers), settings=[api_key] * bool(api_key) + [o for o, _ in extra_keys + options],
            envs=[c.auth_env] * bool(api_key) + [h.env for h in c.headers if h.must_set and h.env],
            chain=self.chain, log_env=self.pkg.get("log_env") or f"{c.name.upper()}_LOG", line_length=LINE_LENGTH,
            mock_url=f"http://127.0.0.1:4010{urlsplit(c.base_url).path}", pydantic="2.7" if any(m.additional for m in api.models) else "2.0")

    def render(self, template: str, **kw: Any) -> Rendered:
        return partial(self.env.get_template(template).render, **kw)  # rendered on every core (generator.parallel)

    def files(self) -> dict[str, Rendered]:
        api, tests, render, root = self.plan.api, self.plan.tests, self.render, f"src/{self.pkg['import']}"
        modules = [self.model_module(m) for m in api.models if m.scope == "declared"]
        modules += [self.enum_module(e) for e in api.enums if e.scope == "declared"]
        modules += [self.union_module(u) for u in api.unions]
        modules += [self.params_module(op) for op in api.operations() if has_params_type(op)]
        modules += [self.param_model_module(m) for m in self.request_models if m.scope == "declared"]
        modules += [self.param_union_module(u) for u in self.request_unions]
        resources = self.resources(api.resources, ("resources",))
        out = {f"{root}/types/{m.module}.py": render(m.template, m=m) for m in modules}
        out |= {f"{root}/{'/'.join(r.module)}.py": render("resource.py.j2", r=r) for r in resources}
        for folder in sorted({r.dir for r in resources} | {r.module[:-1] for r in resources}):  # each package's exports
            inside = sorted(("." + ".".join(r.module[len(folder):]), r.class_name) for r in resources if folder in (r.dir, r.module[:-1]))
            out[f"{root}/{'/'.join(folder)}/__init__.py"] = render("resources_init.py.j2", exports=inside)
        out |= {f"{root}/{name}": render(f"runtime/{name}.j2") for name in runtime_files("python")}
        out |= {f"tests/test_{'_'.join(r.chain)}.py": self.test_module(r) for r in resources}
        exports = sorted((m.name, f".{m.module}") for m in modules)
        top = [r for r in resources if len(r.chain) == 1]
        return out | {
            f"{root}/types/__init__.py": render("types_init.py.j2", exports=exports),
            f"{root}/_operations.json": lambda: self.plan.operations_json,  # built on every core, like the templates
            f"{root}/_client.py": render("client.py.j2", resources=top),
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
        imp = Imports(self, ("type", m.path[0]), "BaseModel")
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
        if m.additional is not None:  # the keys beyond the known fields: kept, and typed
            imp.add("pydantic", "Field as FieldInfo")
            extra = imp.wrap("Dict", "str, " + imp.ann(m.additional, "model"))
            fields.append(decl("__pydantic_extra__", extra, ["The properties beyond the known ones."], value="FieldInfo(init=False)"))
        return View(name=self.n.type(m.scope, m.path), base="BaseModel", doc=doc_lines(m.description), fields=fields)

    def param_model_module(self, m: ir.Model) -> View:
        """The TypedDicts a request sends for a declared model (and its inline models)."""
        imp = Imports(self, ("param", m.path[0]), "TypedDict")
        inline = [x for x in self.plan.inline_models("model", m.path) if x in self.request_models]
        loose = frozenset(u.discriminator for u in self.request_unions if (u.default, m.path[0]) in {(v.value, v.model) for v in u.variants})
        classes = [self.typed_dict(self.n.param_type(x.ref), self.keys(x.fields, imp, loose if x is m else frozenset()),
                                   doc=doc_lines(x.description)) for x in [*inline, m]]
        return self.module(imp, "params_module.py.j2", self.n.param_type(m.ref), classes)

    def param_union_module(self, u: ir.UnionType) -> View:
        imp = Imports(self, ("param", u.name), "Union", "TypeAlias")
        name = self.n[("type", "union_param", u.name)]
        members = ", ".join(imp.ann(ir.ModelRef("declared", (x.model,)), "param") for x in u.variants)
        return self.module(imp, "alias_module.py.j2", name, [], [decl(name, f"Union[{members}]", doc_lines(u.description))])

    def enum_module(self, e: ir.Enum) -> View:
        imp = Imports(self, ("type", e.path[0]), "TypeAlias")
        name, values = self.n.type("declared", e.path), imp.literal([x.value for x in e.values])
        doc = doc_lines(e.description + (" Any other string is accepted too (an open enum)." if e.open else ""))
        return self.module(imp, "alias_module.py.j2", name, [], [decl(name, values, doc)])

    def union_module(self, u: ir.UnionType) -> View:
        imp = Imports(self, ("type", u.name), "Union", "Annotated", "TypeAlias")
        imp.add("pydantic", "Field as FieldInfo")
        members = ", ".join(imp.ann(ir.ModelRef("declared", (x.model,)), "model") for x in u.variants)
        value = f"Annotated[Union[{members}], FieldInfo(discriminator={py_str(u.discriminator)})"
        if u.default:  # an object without the discriminator is the default variant
            imp.use("default_variant")
            value += f", default_variant({py_str(u.discriminator)}, {py_str(u.default)})"
        name = self.n.union(u.name)
        return self.module(imp, "alias_module.py.j2", name, [], [decl(name, value + "]", doc_lines(u.description))])

    def params_module(self, op: ir.Operation) -> View:
        imp = Imports(self, ("params", op.resource, op.name), "TypedDict")
        classes = [self.typed_dict(self.n.type(m.scope, m.path), self.keys(m.fields, imp), doc=doc_lines(m.description))
                   for m in self.plan.inline_models("params", imp.owner[1:])]
        name, params = self.n.params_type(op), self.keys(op.params, imp)
        if not op.streaming or op.streaming.always:
            return self.module(imp, "params_module.py.j2", name, [*classes, self.typed_dict(name, params)])
        imp.use("Optional", "Required", "Literal", "Union")
        flag, doc = op.streaming.param, doc_lines(op.streaming.description)
        off, on = decl(flag, "Optional[Literal[False]]", doc), decl(flag, "Required[Literal[True]]", doc)
        classes += [self.typed_dict(f"{name}Base", params),
                    self.typed_dict(f"{name}NonStreaming", [off], f"{name}Base, total=False"),
                    self.typed_dict(f"{name}Streaming", [on], f"{name}Base")]
        union = decl(name, f"Union[{name}NonStreaming, {name}Streaming]")
        return self.module(imp, "params_module.py.j2", name, classes, [union])

    def keys(self, fields: Sequence[ir.Field], imp: Imports, loose: frozenset[str] = frozenset()) -> list[View]:
        """A TypedDict's keys: the wire names (the template quotes them in the call syntax); a ``loose`` key may be left out."""
        return [decl(f.name, imp.ann(f.type, "param") if f.name in loose else imp.wrap("Required" if f.required else "Optional", imp.ann(
            f.type, "param")), doc_lines(f.description)) for f in fields]

    def typed_dict(self, name: str, keys: list[View], base: str = "total=False", doc: Sequence[str] = ()) -> View:
        functional = any(not self.style.valid("param", k.name) for k in keys)  # keys that are not identifiers
        return View(name=name, base=base, doc=doc, fields=keys, functional=functional)

    def chain(self, name: str) -> list[str]:
        """A resource's attributes from the client down: ["books", "reviews"]."""
        parts = name.split(".")
        return [self.n[("resource", ".".join(parts[: i + 1]))] for i in range(len(parts))]

    def resources(self, rs: Sequence[ir.Resource], folder: tuple[str, ...]) -> list[View]:
        """Each resource and its sub-resources, depth first: a resource with sub-resources is a package
        (``resources/books/books.py`` beside ``resources/books/reviews.py``), the others one module."""
        out = []
        for r in rs:
            attr = self.n[("resource", r.name)]
            module = (*folder, attr, attr) if r.resources else (*folder, attr)
            imp = Imports(self, ("resource", r.name), "Headers", "Query", "Body", "Timeout", root="." * len(module))
            subs = self.resources(r.resources, module[:-1])
            view = View(attr=attr, class_name=self.n[("resource_class", r.name)], doc=doc_lines(r.description), dir=folder,
                        module=module, root=imp.root, chain=self.chain(r.name), r=r, methods=[self.method(op, imp) for op in r.operations],
                        subs=[(s.attr, s.class_name, "." + ".".join(s.module[len(module) - 1:])) for s in subs if s.dir == module[:-1]])
            view.imports = imp.lines()
            out += [view, *subs]
        return out

    def method(self, op: ir.Operation, imp: Imports) -> View:
        """A method: ``params`` (name, annotation, required, offset in the path or -1), docstring, its ``sync`` and ``async_``
        variants (return annotation, ``cast_to``, the types the body imports) and, for a stream flag, ``stream`` and ``event``."""
        params, args = [], []
        for p in op.params:
            kw, ann, lines = self.n.param(op, p.name), imp.ann(p.type, "param"), doc_lines(p.description, width=88)
            place = op.path.find("{" + p.name + "}")  # path params first, in the path's order (the others: -1)
            params.append((kw, ann if p.required else imp.wrap("Optional", ann), p.required, place))
            args += [f"    {kw}: {lines[0]}", *("        " + x if x else "" for x in lines[1:]), ""] if lines else []
        doc = doc_lines(op.description) + (["", "Args:", *args[:-1]] if args else [])
        m = View(op=op, name=self.n.method(op), doc=doc, params=params, stream="", event="",
                 sync=self.variant(op, False, imp), async_=self.variant(op, True, imp))
        if op.streaming and not op.streaming.always:  # a stream flag: overloads by its value
            imp.use("Literal")
            m.stream, m.event = self.n.param(op, op.streaming.param), imp.ann(ir.UnionRef(op.streaming.event), "model")
        return m

    def variant(self, op: ir.Operation, is_async: bool, imp: Imports) -> View:
        """The sync or async method's return annotation (``imp``: the module's) and what its body passes and imports."""
        call, pre = Imports(self, imp.owner, root=imp.root), "Async" if is_async else ""

        def types(i: Imports, returns: bool) -> str:
            model, p, s = i.ann(op.response, "model") if op.response else "", op.pagination, op.streaming
            if p:
                page = ("AsyncPaginator" if returns else "AsyncPage") if is_async else "SyncPage"
                return i.wrap(page, f"{i.ann(p.item, 'model')}, {model}")
            if s:
                stream = i.wrap(pre + "Stream", i.ann(ir.UnionRef(s.event), "model"))
                return stream if s.always else model
            if op.response_format in ("jsonl", "binary"):
                i.use(pre + ("JSONLDecoder" if op.response_format == "jsonl" else "BinaryResponseContent"))
                return f"{pre}JSONLDecoder[{model}]" if op.response_format == "jsonl" else pre + "BinaryResponseContent"
            t = {"text": "str", "none": "None"}.get(op.response_format) or (i.wrap("List", model) if op.response_array else model)
            return "type(None)" if t == "None" and not returns else t

        paged = is_async and op.pagination is not None
        return View(returns=types(imp, True), cast_to=types(call, False), imports=call.lines(), call="paginate" if paged else "request",
                    defn="def" if paged or not is_async else "async def", awaits="await " if is_async and not paged else "")

    def defaulted(self, t: Any) -> Optional[View]:
        """For the tests, the first object of a union with a default variant in the full params (or the first item of a
        list of them), without its discriminator (``value``), the params with it (``params``), the union's and the
        variant's classes."""
        for p in t.op.params:
            value, ty, many = t.full.get(p.name), p.type, isinstance(p.type, ir.ArrayOf)
            value, ty = (value[0], ty.items) if isinstance(ty, ir.ArrayOf) and value else (value, ty)
            u = self.plan.api.union(ty.name) if isinstance(ty, ir.UnionRef) and isinstance(value, dict) else None
            if u and u.default and value.get(u.discriminator) == u.default:
                bare, model = {k: v for k, v in value.items() if k != u.discriminator}, next(v.model for v in u.variants if v.value == u.default)
                return View(params=_put(t.full, p.name, many, bare), value=bare, union=self.n.union(u.name),
                            variant=self.n.type("declared", (model,)))
        return None

    def test_module(self, r: View) -> Rendered:
        tests = self.plan.tests.of(r.r)
        paths = [t.op.response.path for t in tests if t.op.response] + [e.model.path for t in tests for e in t.events]
        paged = {t.op.name: (self.n.type("declared", ref.path), self.n.field("declared", ref.path, t.pages.key)) for t in tests  # item class, key
                 for ref in [t.op.pagination and t.op.pagination.item] if t.pages and t.pages.key and isinstance(ref, ir.ModelRef) and ref.scope == "declared"}
        defaults = [x for x in map(self.defaulted, tests) if x]
        types = sorted({self.n.type("declared", path) for path in paths} | {i for x in defaults for i in (x.union, x.variant)} | {i for i, _ in paged.values()})
        return self.render("tests/test_resource.py.j2", r=r.r, view=r, tests=tests, types=types, paged=paged)
