"""IR + plan -> Python views -> files. Names come from the shared walk (style.py); this module
maps types (each reference carries its imports), builds views and places spec text through
:mod:`generator.escape`."""

from __future__ import annotations

import textwrap
from functools import lru_cache
from typing import Any, Mapping
from urllib.parse import urlsplit

from ... import ir
from ...errors import SpecError
from ...escape import md_text, py_doc, py_str, toml_str
from ...naming import snake
from ...planning import Names, Plan, RepeatedText, SampleFile
from ...planning.testplan import OpTest
from ..base import declares_package, environment, header_lines, package_errors
from . import views as v
from .style import PythonStyle
from .types import Imports, TypeMapper

LINE_LENGTH = 120
REQUIRED_PACKAGE_KEYS = ("distribution", "import", "version")
RUNTIME_FILES = ("_base_client.py", "_exceptions.py", "_files.py", "_models.py", "_resource.py", "_response.py",
                 "_streaming.py", "_types.py", "_validation.py")
# kept in black's style in templates/python/runtime, so black is skipped for them (a test proves black agrees)
BLACK_STABLE_RUNTIME = frozenset(RUNTIME_FILES) - {"_exceptions.py"}
ERRORS = ("ParamValidationError", "APIError", "APIResponseValidationError", "APIStatusError", "APIConnectionError",
          "APITimeoutError", "BadRequestError", "AuthenticationError", "PermissionDeniedError", "NotFoundError",
          "ConflictError", "UnprocessableEntityError", "RateLimitError", "InternalServerError")
EXTRA_DOC = ["", "    extra_headers: Send extra headers", "", "    extra_query: Add additional query parameters to the request", "",
             "    extra_body: Add additional JSON properties to the request", "",
             "    timeout: Override the client-level default timeout for this request, in seconds"]
TAIL = ["extra_headers: Headers | None = None", "extra_query: Query | None = None", "extra_body: Body | None = None",
        "timeout: float | Timeout | None | NotGiven = NOT_GIVEN"]


@lru_cache(maxsize=1)
def _black_mode() -> Any:
    import black
    from black.mode import TargetVersion

    return black.Mode(line_length=LINE_LENGTH, target_versions={TargetVersion.PY39})


def doc_lines(text: str, width: int = 96) -> list[str]:
    """A description as docstring lines: escaped for a docstring, then wrapped."""
    text = py_doc(text).strip()
    out: list[str] = []
    for para in text.split("\n\n"):
        if out:
            out.append("")
        out.extend(textwrap.wrap(" ".join(para.split()), width, break_on_hyphens=False, break_long_words=False) or [""])
    return out if text else []


class PythonEmitter:
    name = "python"

    def wants(self, api: ir.Api) -> bool:
        return declares_package(api, self.name)

    def style(self, api: ir.Api) -> PythonStyle:
        return PythonStyle(api)

    def check(self, api: ir.Api, names: Names) -> list[SpecError]:
        errors = package_errors(api, self.name, REQUIRED_PACKAGE_KEYS)
        imp = api.package(self.name).get("import", "x")
        if not (imp.isidentifier() and imp.isascii()):
            line = dict(api.package_lines).get(self.name, 1)
            errors.append(SpecError(api.source, line, f"packages.python.import '{imp}' is not a Python module name", "use lower_case letters, digits and '_'"))
        return errors

    def format(self, path: str, text: str) -> str:
        if not path.endswith(".py") or (path.count("/") == 2 and path.startswith("src/") and path.rsplit("/", 1)[1] in BLACK_STABLE_RUNTIME):
            return text
        import black

        return black.format_str(text, mode=_black_mode())

    def formatter_identity(self) -> str:
        from importlib.metadata import version

        return f"black {version('black')} line-length {LINE_LENGTH} py39; not formatted: {','.join(sorted(BLACK_STABLE_RUNTIME))}"

    def emit(self, plan: Plan, names: Names) -> Mapping[str, str]:
        return _Build(plan, names).files()


class _Build:
    def __init__(self, plan: Plan, names: Names) -> None:
        self.plan, self.api, self.n = plan, plan.api, names
        self.pkg = self.api.package("python")
        self.root = f"src/{self.pkg['import']}"
        self.header = header_lines(self.api)
        self.env = environment("python")
        self.env.filters["str"] = py_str  # a whole string literal
        self.env.filters["q"] = lambda s: py_str(s)[1:-1]  # the inside of a "..." literal
        self.env.filters["toml"] = toml_str
        self.env.filters["md"] = md_text
        self.t = TypeMapper(self.api, names)
        self.style = PythonStyle(self.api)
        self.error = f"{self.api.client.name}Error"

    def files(self) -> dict[str, str]:
        api, out = self.api, {}
        modules = [self.model_module(m) for m in api.models if m.scope == "declared"]
        modules += [self.enum_module(e) for e in api.enums if e.scope == "declared"]
        modules += [self.union_module(u) for u in api.unions]
        modules += [self.params_module(op) for op in api.operations()]
        exports = [(name, f".{mv.module}") for mv in modules for name in mv.public]
        for mv in modules:
            out[mv.path] = self.env.get_template(mv.template).render(m=mv)
        out[f"{self.root}/types/__init__.py"] = self.env.get_template("lazy_init.py.j2").render(
            header=self.header, doc="The API's types. Each loads on first use, so importing the package stays fast.",
            exports=sorted(exports, key=lambda x: x[0]), version="")
        resources = [self.resource(r) for r in api.resources]
        for rv in resources:
            out[rv.path] = self.env.get_template("resource.py.j2").render(r=rv)
        out[f"{self.root}/resources/__init__.py"] = self.env.get_template("types_init.py.j2").render(
            header=self.header, lines=[f"from .{rv.attr} import {rv.class_name} as {rv.class_name}" for rv in resources])
        out[f"{self.root}/_operations.json"] = self.plan.operations_json
        out[f"{self.root}/_client.py"] = self.env.get_template("client.py.j2").render(c=self.client_view(resources))
        top = [(self.api.client.name, "._client"), (f"Async{self.api.client.name}", "._client"), ("types", "."),
               ("Stream", "._streaming"), ("AsyncStream", "._streaming"), ("UnknownStreamEvent", "._streaming"),
               ("NOT_GIVEN", "._types"), ("NotGiven", "._types"), ("APIResponse", "._response"),
               ("AsyncAPIResponse", "._response")] + [(e, "._exceptions") for e in (self.error, *ERRORS)]
        out[f"{self.root}/__init__.py"] = self.env.get_template("lazy_init.py.j2").render(
            header=self.header, doc=py_doc(f"{api.title}: a typed Python client. Names load on first use."),
            exports=sorted(top), version=py_str(self.pkg["version"]))
        out[f"{self.root}/py.typed"] = ""
        for name in RUNTIME_FILES:
            out[f"{self.root}/{name}"] = self.env.get_template(f"runtime/{name}.j2").render(header=self.header, error=self.error)
        out.update(self.test_files())
        out["pyproject.toml"] = self.env.get_template("pyproject.toml.j2").render(
            header=self.header, pkg=self.pkg, title=api.title, line_length=LINE_LENGTH)
        out["README.md"] = self.env.get_template("README.md.j2").render(
            title=api.title, pkg=self.pkg, client=api.client.name, resources=resources, api_key_env=api.client.auth_env,
            spec=self.header[0], example=self.readme_example())
        return out

    # ------------------------------------------------------------------ types
    def _class(self, m: ir.Model, imp: Imports) -> v.ClassView:
        fields = []
        for f in m.fields:
            ann = self.t.ann(f.type, "model", imp, nullable=f.nullable)
            assign = ""
            if not f.required:
                ann = ann if f.nullable else imp.wrap("Optional", ann)
                assign = " = None"
            attr = self.n.field(m.scope, m.path, f.name)
            if attr != f.name:
                imp.add("pydantic", "Field as FieldInfo")
                assign = f" = FieldInfo(alias={py_str(f.name)}{', default=None' if not f.required else ''})"
            fields.append(v.FieldView(attr, ann, assign, doc_lines(f.description)))
        imp.runtime("BaseModel")
        return v.ClassView(self.n.type(m.scope, m.path), "BaseModel", doc_lines(m.description), fields)

    def _module(self, key: tuple[str, ...], template: str, imp: Imports, public: list[str], **kw: Any) -> v.ModuleView:
        module = self.n.file(*key)
        names = sorted(set(public) | {c.name for c in kw.get("classes", [])} | {a.name for a in kw.get("aliases", [])})
        return v.ModuleView(f"{self.root}/types/{module}.py", module, template, self.header, imp.lines(), names, public, **kw)

    def model_module(self, m: ir.Model) -> v.ModuleView:
        imp = self.t.imports("types", ("type", m.path[0]))
        classes = [self._class(x, imp) for x in self.t.nested("model", m.path)] + [self._class(m, imp)]
        return self._module(("type", m.path[0]), "model_module.py.j2", imp, [self.n.type("declared", m.path)], classes=classes)

    def enum_module(self, e: ir.Enum) -> v.ModuleView:
        imp = self.t.imports("types", ("type", e.path[0]))
        name = self.n.type("declared", e.path)
        imp.ext("TypeAlias")
        doc = doc_lines(e.description + (" Any other string is accepted too (an open enum)." if e.open else ""))
        return self._module(("type", e.path[0]), "alias_module.py.j2", imp, [name], aliases=[v.AliasView(name, self.t.literal([x.value for x in e.values], imp), doc)])

    def union_module(self, u: ir.UnionType) -> v.ModuleView:
        imp = self.t.imports("types", ("type", u.name))
        members = [self.t.ann(ir.ModelRef("declared", (x.model,)), "model", imp) for x in u.variants]
        for mod, name in (("typing", "Union"), ("typing_extensions", "Annotated"), ("typing_extensions", "TypeAlias"), ("pydantic", "Field as FieldInfo")):
            imp.add(mod, name)
        value = f"Annotated[Union[{', '.join(members)}], FieldInfo(discriminator={py_str(u.discriminator)})]"
        name = self.n.union(u.name)
        return self._module(("type", u.name), "alias_module.py.j2", imp, [name], aliases=[v.AliasView(name, value, doc_lines(u.description))])

    def _typed_dict(self, name: str, base: str, fields: list[tuple[str, str, list[str]]], imp: Imports, doc: list[str]) -> v.ClassView:
        """A TypedDict of (wire name, annotation, doc); keys that are not identifiers need the call syntax."""
        imp.ext("TypedDict")
        functional = any(not self.style.valid("param", wire) for wire, _, _ in fields)
        return v.ClassView(name, base, doc, [v.FieldView(py_str(w) if functional else w, a, "", d) for w, a, d in fields], functional=functional)

    def _td_fields(self, fields: list[ir.Field], imp: Imports) -> list[tuple[str, str, list[str]]]:
        return [(f.name, imp.wrap("Required" if f.required else "Optional", self.t.ann(f.type, "param", imp)), doc_lines(f.description)) for f in fields]

    def params_module(self, op: ir.Operation) -> v.ModuleView:
        imp = self.t.imports("types", ("params", op.resource, op.name))
        name = self.n.params_type(op)
        key = ("params", op.resource, op.name)
        classes = [self._typed_dict(self.n.type(m.scope, m.path), "total=False", self._td_fields(list(m.fields), imp), imp, doc_lines(m.description)) for m in self.t.nested("params", key[1:])]
        if not op.streaming:
            return self._module(key, "params_module.py.j2", imp, [name], classes=classes + [self._typed_dict(name, "total=False", self._td_fields(list(op.params), imp), imp, [])])
        sp, doc = op.streaming.param, doc_lines(op.streaming.description)
        base = self._typed_dict(f"{name}Base", "total=False", self._td_fields(list(op.params), imp), imp, [])
        non = self._typed_dict(f"{name}NonStreaming", f"{name}Base, total=False", [(sp, imp.wrap("Optional", imp.lit("Literal[False]")), doc)], imp, [])
        yes = self._typed_dict(f"{name}Streaming", f"{name}Base", [(sp, imp.wrap("Required", imp.lit("Literal[True]")), doc)], imp, [])
        imp.typing("Union")
        aliases = [v.AliasView(name, f"Union[{name}NonStreaming, {name}Streaming]")]
        return self._module(key, "params_module.py.j2", imp, [name], classes=classes + [base, non, yes], aliases=aliases)

    # ------------------------------------------------------------------ resources
    def resource(self, r: ir.Resource) -> v.ResourceView:
        rt = self.t.imports("resources", ("resource", r.name))  # loaded with the module: light modules only
        rt.add("__future__", "annotations")
        rt.add("functools", "cached_property")
        rt.typing("TYPE_CHECKING")
        for name in ("SyncAPIResource", "AsyncAPIResource", "NOT_GIVEN", "NotGiven", "to_raw_response_wrapper", "async_to_raw_response_wrapper", "operation"):
            rt.runtime(name)
        tc = self.t.imports("resources", ("resource", r.name))  # for annotations only (pydantic, httpx load on first call)
        for name in ("Headers", "Query", "Body"):
            tc.runtime(name)
        tc.add("httpx", "Timeout")
        methods = [self.method(op, tc, rt) for op in r.operations]
        cls, attr = self.n[("resource_class", r.name)], self.n[("resource", r.name)]
        return v.ResourceView(f"{self.root}/resources/{attr}.py", attr, self.header, rt.lines(), tc.lines(), cls, f"Async{cls}", doc_lines(r.description), methods)

    def method(self, op: ir.Operation, imp: Imports, rt: Imports) -> v.MethodView:
        required, optional, params, arg_docs = [], [], [], []
        for p in op.params:
            kw = self.n.param(op, p.name)
            ann = self.t.ann(p.type, "param", imp)
            params.append((py_str(p.name), kw))
            if p.required:
                required.append(f"{kw}: {ann}")
            else:
                optional.append(f"{kw}: {imp.wrap('Optional', ann)} | NotGiven = NOT_GIVEN")
            lines = doc_lines(p.description, 88)
            if lines:
                arg_docs += [f"{kw}: {lines[0]}"] + ["    " + x if x else "" for x in lines[1:]] + [""]
        cast_to = self.t.ann(op.response, "model", imp)
        doc = doc_lines(op.description) + (["", "Args:"] + ["    " + x if x else "" for x in arg_docs[:-1]] if arg_docs else []) + EXTRA_DOC
        name, const = self.n.method(op), py_str(f"{op.resource}.{op.name}")
        runtime_imports = {self.t.runtime_import(op.response.path[0])}
        if not op.streaming:
            sig = v.SignatureView(False, required + optional + TAIL, cast_to)
            return v.MethodView(name, doc, [sig], [sig], sorted(runtime_imports), const, params, cast_to, "", "", "", "")
        skw = self.n.param(op, op.streaming.param)
        imp.ext("Literal")
        rt.typing("overload")
        for x in (imp, rt):
            x.runtime("Stream")
            x.runtime("AsyncStream")
        event = self.t.ann(ir.UnionRef(op.streaming.event), "model", imp)
        runtime_imports.add(self.t.runtime_import(op.streaming.event))

        def sigs(stream_t: str) -> list[v.SignatureView]:
            both = f"{cast_to} | {stream_t}"
            return [
                v.SignatureView(True, required + optional + [f"{skw}: Optional[Literal[False]] | NotGiven = NOT_GIVEN"] + TAIL, cast_to),
                v.SignatureView(True, required + [f"{skw}: Literal[True]"] + optional + TAIL, stream_t),
                v.SignatureView(True, required + [f"{skw}: bool"] + optional + TAIL, both),
                v.SignatureView(False, required + optional + [f"{skw}: Optional[Literal[False]] | Literal[True] | NotGiven = NOT_GIVEN"] + TAIL, both),
            ]

        return v.MethodView(name, doc, sigs(f"Stream[{event}]"), sigs(f"AsyncStream[{event}]"), sorted(runtime_imports), const, params, cast_to,
                            skw, py_str(op.streaming.param), f"Stream[{event}]", f"AsyncStream[{event}]")

    def client_view(self, resources: list[v.ResourceView]) -> v.ClientView:
        c, n = self.api.client, self.n
        imp = self.t.imports("", ("client",))
        for rv in resources:
            imp.add(f".resources.{rv.attr}", rv.class_name)
            imp.add(f".resources.{rv.attr}", rv.async_class_name)
        opts = [v.ClientOptionView(n[("option", h.option)], h.env, py_str(h.header)) for h in c.headers]
        return v.ClientView(
            self.header, imp.lines(), c.name, f"Async{c.name}", self.pkg.get("log_env") or f"{c.name.upper()}_LOG", self.error,
            py_str(c.base_url), c.base_url_env, n[("option", c.auth_option)], c.auth_env, opts,
            [(rv.attr, rv.class_name, rv.async_class_name) for rv in resources],
        )

    # ------------------------------------------------------------------ tests
    def _value(self, value: Any, file: str = "PNG") -> str:
        """A sample value as a Python literal (files as ``file``)."""
        if isinstance(value, RepeatedText):
            return f'"x" * {value.count}'
        if isinstance(value, SampleFile):
            return file
        if isinstance(value, list):
            return "[" + ", ".join(self._value(x, file) for x in value) + "]"
        if isinstance(value, dict):
            return "{" + ", ".join(f"{py_str(k)}: {self._value(x, file)}" for k, x in value.items()) + "}"
        return py_str(value) if isinstance(value, str) else repr(value)

    def kwargs(self, op: ir.Operation, sample: dict[str, Any]) -> str:
        # one argument a line with a trailing comma: black's own layout, so it has nothing to split
        return "".join(f"{self.n.param(op, wire)}={self._value(value)},\n" for wire, value in sample.items())

    def test_op(self, t: OpTest) -> v.TestOpView:
        op, kw = t.op, self.kwargs
        many_field, many_count = t.many_files[-1] if t.many_files else ("", 0)
        events = [v.EventView(self.n.type("declared", e.model.path), self._value(e.data)) for e in t.events]
        return v.TestOpView(
            self.n.method(op), op.method, op.path, self.n.type("declared", op.response.path), kw(op, t.required), kw(op, t.required), kw(op, t.full),
            sorted(t.full), list(t.file_fields), list(t.single_files), kw(op, {**t.required, many_field: t.full[many_field]}) if many_field else "",
            many_field, many_count, kw(op, {**t.stream, op.streaming.param: True}) if t.stream is not None and op.streaming else "",
            op.streaming.param if op.streaming else "", t.discriminator, events,
            [v.ViolationView(snake(x.rule), x.rule, x.param, kw(op, x.params)) for x in t.violations],
        )

    def test_files(self) -> dict[str, str]:
        c, tests, out = self.api.client, self.plan.tests, {}
        ctx: dict[str, Any] = dict(
            header=self.header, pkg=self.pkg["import"], client=c.name, async_client=f"Async{c.name}", error=self.error,
            api_key_opt=self.n[("option", c.auth_option)], api_key_env=c.auth_env,
            mock_url=f"http://127.0.0.1:4010{urlsplit(c.base_url).path}",
            header_options=[(self.n[("option", h.option)], h.header) for h in c.headers],
        )
        out["tests/conftest.py"] = self.env.get_template("tests/conftest.py.j2").render(**ctx)
        views = {id(t): self.test_op(t) for t in tests.ops}
        for r in self.api.resources:
            ops = [views[id(t)] for t in tests.of(r)]
            imports = sorted({f"from {ctx['pkg']}.types import {o.cast_to}" for o in ops} | {f"from {ctx['pkg']}.types import {e.cls}" for o in ops for e in o.events})
            view = v.TestModuleView(f"tests/test_{self.n[('resource', r.name)]}.py", self.header, imports, self.n[("resource", r.name)], ops)
            out[view.path] = self.env.get_template("tests/test_resource.py.j2").render(t=view, **ctx)
        invalid = tests.simple.invalid
        out["tests/test_client.py"] = self.env.get_template("tests/test_client.py.j2").render(
            simple=views[id(tests.simple)], simple_attr=self.n[("resource", tests.simple.resource.name)],
            streaming=views[id(tests.streaming)] if tests.streaming else None,
            streaming_attr=self.n[("resource", tests.streaming.resource.name)] if tests.streaming else "",
            invalid_kwargs=self.kwargs(tests.simple.op, invalid[0]) if invalid else "", invalid_param=invalid[1] if invalid else "", **ctx)
        return out

    def readme_example(self) -> str:
        t = self.plan.tests.simple
        opened = 'open("image.png", "rb")'
        args = ", ".join(f"{self.n.param(t.op, w)}={self._value(x, opened)}" for w, x in t.required.items())
        return f"client.{self.n[('resource', t.resource.name)]}.{self.n.method(t.op)}({args})"
