"""IR -> Python views -> files. The Namer has named everything before any template runs."""

from __future__ import annotations

import json
import keyword
import textwrap
from functools import lru_cache
from typing import Any, Mapping
from urllib.parse import urlsplit

from ... import ir
from ...errors import SpecError
from ...naming import snake
from ...samples import RepeatedText, SampleFile, model_example, request_sample, rule_violations
from ..base import declares_package, environment, header_lines, package_errors
from .namer import PythonNamer
from .views import (
    AliasView,
    ClassView,
    ClientOptionView,
    ClientView,
    EventView,
    FieldView,
    MethodView,
    ModuleView,
    ResourceView,
    SignatureView,
    TestModuleView,
    TestOpView,
    ViolationView,
)

LINE_LENGTH = 120
REQUIRED_PACKAGE_KEYS = ("distribution", "import", "version")
RUNTIME_FILES = (
    "_base_client.py", "_exceptions.py", "_files.py", "_models.py", "_resource.py", "_response.py", "_streaming.py",
    "_types.py", "_validation.py",
)


@lru_cache(maxsize=1)
def _black_mode() -> Any:
    import black
    from black.mode import TargetVersion

    return black.Mode(line_length=LINE_LENGTH, target_versions={TargetVersion.PY39})


# Runtime files whose text does not depend on the spec (besides the header): kept in black's style
# in templates/python/runtime, so black is skipped for them (tests prove black would not change them).
BLACK_STABLE_RUNTIME = frozenset(RUNTIME_FILES) - {"_exceptions.py"}


def _is_runtime(path: str) -> bool:
    return path.startswith("src/") and path.count("/") == 2 and path.rsplit("/", 1)[1] in BLACK_STABLE_RUNTIME


def _bounds_json(b: ir.Bounds) -> dict[str, Any]:
    return {k: v for k, v in vars(b).items() if v is not None}


def q(value: str) -> str:
    """A Python string literal (double-quoted, escaped)."""
    return json.dumps(value, ensure_ascii=False)


def doc_lines(text: str, width: int = 96) -> list[str]:
    """A description as docstring lines: wrapped, with backslashes and triple quotes escaped."""
    text = text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"').strip()
    if text.endswith('"'):
        text += " "
    out: list[str] = []
    for para in text.split("\n\n"):
        if out:
            out.append("")
        out.extend(textwrap.wrap(" ".join(para.split()), width, break_on_hyphens=False, break_long_words=False) or [""])
    return out if text else []


class Imports:
    """Collects what one module uses; renders sorted ``from x import a, b`` lines."""

    def __init__(self, pkg: str, where: str) -> None:
        self.pkg = pkg
        self.where = where  # "" (package root), "types" or "resources"
        self.modules: dict[str, set[str]] = {}

    def add(self, module: str, name: str) -> None:
        self.modules.setdefault(module, set()).add(name)

    def typing(self, name: str) -> None:
        self.add("typing", name)

    def ext(self, name: str) -> None:
        self.add("typing_extensions", name)

    def runtime(self, name: str) -> None:
        self.add(self._rel("", self._RUNTIME_HOME[name]), name)

    _RUNTIME_HOME = {
        "FileTypes": "_types", "SequenceNotStr": "_types", "NotGiven": "_types", "NOT_GIVEN": "_types",
        "Headers": "_types", "Query": "_types", "Body": "_types", "BaseModel": "_models", "Stream": "_streaming",
        "SyncAPIResource": "_resource", "AsyncAPIResource": "_resource", "SyncAPIClient": "_base_client",
        "AsyncStream": "_streaming", "to_raw_response_wrapper": "_response",
        "async_to_raw_response_wrapper": "_response", "Validation": "_validation",
        "Operation": "_validation", "FieldSpec": "_validation", "Rule": "_validation", "Condition": "_validation",
        "Check": "_validation", "Dimensions": "_validation", "operation": "_validation",
    }

    def _rel(self, subpkg: str, module: str) -> str:
        up = "." if not self.where else ".."
        return f"{up}{subpkg + '.' if subpkg else ''}{module}"

    def type_(self, module: str, name: str) -> None:
        if self.where == "types":
            self.add(f".{module}", name)
        else:
            self.add(self._rel("types", module), name)

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
            names = sorted(self.modules[mod], key=lambda n: (n.lower(), n))
            out.append(f"from {mod} import {', '.join(names)}")
        return out


class PythonEmitter:
    name = "python"

    def wants(self, api: ir.Api) -> bool:
        return declares_package(api, self.name)

    def check(self, api: ir.Api) -> list[SpecError]:
        errors = list(PythonNamer(api).errors) + package_errors(api, self.name, REQUIRED_PACKAGE_KEYS)
        pkg = api.package(self.name)
        if not pkg:
            return errors
        imp = pkg.get("import", "x")
        if not str(imp).isidentifier():
            errors.append(SpecError(api.source, 1, f"packages.python.import '{imp}' is not a Python module name", "use lower_case letters, digits and '_'"))
        return errors

    def format(self, path: str, text: str) -> str:
        if not path.endswith(".py") or _is_runtime(path):
            # the hand-written runtime is kept in black's style (tests/test_generated_python.py checks
            # that black leaves every runtime file as it is), so black would return the same bytes
            return text
        import black

        return black.format_str(text, mode=_black_mode())

    def formatter_identity(self) -> str:
        from importlib.metadata import version

        skipped = ",".join(sorted(BLACK_STABLE_RUNTIME))
        return f"black {version('black')} line-length {LINE_LENGTH} py39; not formatted: {skipped}"

    def emit(self, api: ir.Api) -> Mapping[str, str]:
        return _Build(api).files()


class _Build:
    def __init__(self, api: ir.Api) -> None:
        self.api = api
        self.n = PythonNamer(api)
        self.pkg = api.package("python")
        self.imp_name = self.pkg["import"]
        self.root = f"src/{self.imp_name}"
        self.header = header_lines(api)
        self.env = environment("python")

    # ------------------------------------------------------------------ types
    def ann(self, t: ir.TypeRef, ctx: str, imp: Imports, module: str, nullable: bool = False) -> str:
        text = self._ann(t, ctx, imp, module)
        if nullable:
            imp.typing("Optional")
            text = f"Optional[{text}]"
        return text

    def _literal(self, values: list[str], imp: Imports) -> str:
        imp.ext("Literal")
        return "Literal[" + ", ".join(q(v) for v in values) + "]"

    def _ann(self, t: ir.TypeRef, ctx: str, imp: Imports, module: str) -> str:
        if isinstance(t, ir.Primitive):
            if t.kind == "file":
                imp.runtime("FileTypes")
                return "FileTypes"
            return {"string": "str", "integer": "int", "number": "float", "boolean": "bool", "any": "object"}[t.kind]
        if isinstance(t, ir.ArrayOf):
            inner = self._ann(t.items, ctx, imp, module)
            if ctx == "model":
                imp.typing("List")
                return f"List[{inner}]"
            imp.runtime("SequenceNotStr")
            return f"SequenceNotStr[{inner}]"
        if isinstance(t, ir.EnumRef):
            e = self.api.enum(t)
            if e.scope == "declared":
                name = self.n.cls("declared", e.path)
                mod = self.n.module_names[e.path[0]]
                if mod != module:
                    imp.type_(mod, name)
                text = name
            else:
                text = self._literal([v.value for v in e.values], imp)
            if e.open:
                imp.typing("Union")
                return f"Union[str, {text}]"
            return text
        if isinstance(t, ir.ModelRef):
            m = self.api.model(t)
            name = self.n.cls(m.scope, m.path)
            if m.scope == "declared":
                mod = self.n.module_names[m.path[0]]
                if mod != module:
                    imp.type_(mod, name)
            elif m.scope == "params":
                mod = self.n.params_modules[(m.path[0], m.path[1])]
                if mod != module:
                    # qualified, as two operations may each have an inline type of the same name
                    imp.add("..types" if imp.where == "resources" else ".", mod)
                    return f"{mod}.{name}"
            return name
        if isinstance(t, ir.UnionRef):
            name = self.n.cls("declared", (t.name,))
            mod = self.n.module_names[t.name]
            if mod != module:
                imp.type_(mod, name)
            return name
        if isinstance(t, ir.Const):
            return self._literal([t.value], imp)
        if isinstance(t, ir.OneOf):
            imp.typing("Union")
            return "Union[" + ", ".join(self._ann(v, ctx, imp, module) for v in t.variants) + "]"
        raise TypeError(t)

    # ------------------------------------------------------------------ files
    def files(self) -> dict[str, str]:
        out: dict[str, str] = {}
        modules: list[ModuleView] = []
        type_exports: list[tuple[str, str]] = []  # (module, class)
        for m in self.api.models:
            if m.scope == "declared":
                modules.append(self.model_module(m))
                type_exports.append((self.n.module_names[m.path[0]], self.n.cls("declared", m.path)))
        for e in self.api.enums:
            if e.scope == "declared":
                modules.append(self.enum_module(e))
                type_exports.append((self.n.module_names[e.path[0]], self.n.cls("declared", e.path)))
        for u in self.api.unions:
            modules.append(self.union_module(u))
            type_exports.append((self.n.module_names[u.name], self.n.cls("declared", (u.name,))))
        params_exports: list[tuple[str, str]] = []
        for r in self.api.resources:
            for op in r.operations:
                modules.append(self.params_module(r, op))
                params_exports.append((self.n.params_modules[(r.name, op.name)], self.n.params_classes[(r.name, op.name)]))
        for mv in modules:
            out[mv.path] = self.env.get_template(mv.template).render(m=mv)
        out[f"{self.root}/types/__init__.py"] = self.env.get_template("lazy_init.py.j2").render(
            header=self.header, doc="The API's types. Each loads on first use, so importing the package stays fast.",
            exports=[(name, f".{mod}") for mod, name in sorted(type_exports + params_exports, key=lambda x: x[1])],
            version="",
        )
        resources = [self.resource(r) for r in self.api.resources]
        for rv in resources:
            out[rv.path] = self.env.get_template("resource.py.j2").render(r=rv)
        out[f"{self.root}/resources/__init__.py"] = self.env.get_template("types_init.py.j2").render(
            header=self.header,
            lines=[f"from .{self.n.resource_attrs[r.name]} import {self.n.resource_classes[r.name]} as {self.n.resource_classes[r.name]}" for r in self.api.resources],
        )
        out[f"{self.root}/_operations.json"] = self.operations_json()
        out[f"{self.root}/_client.py"] = self.env.get_template("client.py.j2").render(c=self.client_view())
        out[f"{self.root}/__init__.py"] = self.env.get_template("lazy_init.py.j2").render(
            header=self.header, doc=f"{self.api.title}: a typed Python client. Names load on first use.",
            exports=self.package_exports(), version=self.pkg["version"],
        )
        out[f"{self.root}/py.typed"] = ""
        for name in RUNTIME_FILES:
            out[f"{self.root}/{name}"] = self.env.get_template(f"runtime/{name}.j2").render(header=self.header, error=self.error_name)
        out.update(self.test_files())
        out["pyproject.toml"] = self.env.get_template("pyproject.toml.j2").render(
            header=self.header, pkg=self.pkg, title=self.api.title, line_length=LINE_LENGTH
        )
        out["README.md"] = self.env.get_template("README.md.j2").render(
            title=self.api.title, pkg=self.pkg, client=self.api.client.name, resources=resources,
            api_key_env=self.api.client.auth_env, spec=self.header[0],
        )
        return out

    # ------------------------------------------------------------------ tests
    def _py_value(self, value: Any) -> str:
        if isinstance(value, RepeatedText):
            return f'"x" * {value.count}'
        if isinstance(value, SampleFile):
            return "PNG"
        if isinstance(value, list):
            return "[" + ", ".join(self._py_value(v) for v in value) + "]"
        if isinstance(value, str):
            return q(value)
        return repr(value)

    def _kwargs(self, r: ir.Resource, op: ir.Operation, sample: dict[str, Any]) -> str:
        # one argument a line with a trailing comma: black's own layout, so it has nothing to split
        parts = []
        for wire, value in sample.items():
            kw = self.n.kwarg_names[(r.name, op.name, wire)]
            parts.append(f"{kw}={self._py_value(value)},\n")
        return "".join(parts)

    def test_op(self, r: ir.Resource, op: ir.Operation) -> TestOpView:
        required = request_sample(self.api, op, all_params=False, stream=False if op.streaming else None)
        full = request_sample(self.api, op, all_params=True, stream=False if op.streaming else None)
        files = [w for w, v in full.items() if isinstance(v, SampleFile) or (isinstance(v, list) and v and isinstance(v[0], SampleFile))]
        many_field, many_count, files_many = "", 0, ""
        for wire, value in full.items():
            if isinstance(value, list) and value and isinstance(value[0], SampleFile):
                many_field, many_count = wire, len(value)
                files_many = self._kwargs(r, op, {**required, wire: value})
        stream_kwargs, stream_param, discriminator, events = "", "", "", []
        if op.streaming:
            sp = op.streaming.param
            sample = request_sample(self.api, op, all_params=True, stream=True)
            count = 2
            if op.streaming.progress_param:
                pf = next(p for p in op.params if p.name == op.streaming.progress_param)
                if pf.bounds.maximum is not None:
                    count = min(count, int(pf.bounds.maximum))
                sample[op.streaming.progress_param] = count
            stream_kwargs = self._kwargs(r, op, {**sample, sp: True})
            stream_param = sp
            u = self.api.union(op.streaming.event)
            discriminator = u.discriminator
            models = [self.api.model(ir.ModelRef("declared", (v.model,))) for v in u.variants]
            repeat = count if op.streaming.progress_param else 1
            for m in models[:-1]:
                for i in range(repeat):
                    events.append(EventView(self.n.cls("declared", m.path), repr(self._event_json(u, m, i))))
            events.append(EventView(self.n.cls("declared", models[-1].path), repr(self._event_json(u, models[-1], 0))))
        return TestOpView(
            self.n.method_names[(r.name, op.name)], op.method, op.path, self.n.cls("declared", op.response.path),
            self._kwargs(r, op, required), self._kwargs(r, op, required),
            self._kwargs(r, op, full), sorted(full), files, [w for w, v in required.items() if isinstance(v, SampleFile)], files_many, many_field, many_count,
            stream_kwargs, stream_param, discriminator, events,
            [ViolationView(snake(v.rule), v.rule, v.param, self._kwargs(r, op, v.params)) for v in rule_violations(self.api, op)],
        )

    def invalid_call(self, r: ir.Resource, op: ir.Operation) -> tuple[str, str]:
        """Required params plus one number above its maximum: a call the spec forbids ("", "" if none)."""
        required = request_sample(self.api, op, all_params=False)
        for p in op.params:
            if isinstance(p.type, ir.Primitive) and p.type.kind in ("integer", "number") and p.bounds.maximum is not None:
                bad = int(p.bounds.maximum) + 1 if p.type.kind == "integer" else p.bounds.maximum + 1
                return self._kwargs(r, op, {**required, p.name: bad}), p.name
        return "", ""

    def _event_json(self, u: ir.UnionType, m: ir.Model, index: int) -> dict[str, Any]:
        data = model_example(self.api, m, index)
        data[u.discriminator] = next(v.value for v in u.variants if v.model == m.path[0])
        return data

    def test_files(self) -> dict[str, str]:
        out: dict[str, str] = {}
        c = self.api.client
        ctx: dict[str, Any] = dict(
            header=self.header, pkg=self.imp_name, client=c.name, async_client=f"Async{c.name}", error=self.error_name,
            api_key_opt=c.auth_option, api_key_env=c.auth_env, mock_url=f"http://127.0.0.1:4010{urlsplit(c.base_url).path}",
            header_options=[(h.option, h.header) for h in c.headers],
        )
        out["tests/conftest.py"] = self.env.get_template("tests/conftest.py.j2").render(**ctx)
        all_ops: list[tuple[str, TestOpView]] = []
        for r in self.api.resources:
            ops = [self.test_op(r, op) for op in r.operations]
            attr = self.n.resource_attrs[r.name]
            all_ops += [(attr, o) for o in ops]
            imports = sorted({f"from {self.imp_name}.types import {o.cast_to}" for o in ops} | {
                f"from {self.imp_name}.types import {e.cls}" for o in ops for e in o.events})
            view = TestModuleView(f"tests/test_{attr}.py", self.header, imports, attr, ops)
            out[view.path] = self.env.get_template("tests/test_resource.py.j2").render(t=view, **ctx)
        simple = all_ops[0]
        streaming = next(((a, o) for a, o in all_ops if o.stream_kwargs), None)
        invalid_kwargs, invalid_param = self.invalid_call(self.api.resources[0], self.api.resources[0].operations[0])
        out["tests/test_client.py"] = self.env.get_template("tests/test_client.py.j2").render(
            simple=simple[1], simple_attr=simple[0], streaming=streaming[1] if streaming else None,
            streaming_attr=streaming[0] if streaming else "", invalid_kwargs=invalid_kwargs, invalid_param=invalid_param,
            **ctx,
        )
        return out

    def package_exports(self) -> list[tuple[str, str]]:
        c = self.api.client.name
        names = [(c, "._client"), (f"Async{c}", "._client"), ("types", "."), ("Stream", "._streaming"),
                 ("AsyncStream", "._streaming"), ("UnknownStreamEvent", "._streaming"), ("NOT_GIVEN", "._types"),
                 ("NotGiven", "._types"), ("APIResponse", "._response"), ("AsyncAPIResponse", "._response")]
        for err in (self.error_name, "ParamValidationError", "APIError", "APIResponseValidationError", "APIStatusError",
                    "APIConnectionError", "APITimeoutError", "BadRequestError", "AuthenticationError",
                    "PermissionDeniedError", "NotFoundError", "ConflictError", "UnprocessableEntityError",
                    "RateLimitError", "InternalServerError"):
            names.append((err, "._exceptions"))
        return sorted(names)

    @property
    def error_name(self) -> str:
        return f"{self.api.client.name}Error"

    def _class(self, m: ir.Model, module: str, imp: Imports) -> ClassView:
        fields = []
        for f in m.fields:
            attr = self.n.field(m.scope, m.path, f.name)
            annotation = self.ann(f.type, "model", imp, module, nullable=f.nullable)
            assign = ""
            if not f.required:
                if not f.nullable:
                    imp.typing("Optional")
                    annotation = f"Optional[{annotation}]"
                assign = " = None"
            if attr != f.name:
                imp.add("pydantic", "Field as FieldInfo")
                assign = f" = FieldInfo(alias={q(f.name)}{', default=None' if not f.required else ''})"
            fields.append(FieldView(attr, annotation, assign, doc_lines(f.description)))
        imp.runtime("BaseModel")
        return ClassView(self.n.cls(m.scope, m.path), "BaseModel", doc_lines(m.description), fields)

    def _nested(self, scope: str, owner: ir.Path) -> list[ir.Model]:
        """The inline models declared inside ``owner``, deepest first (an index, not a scan per owner)."""
        if not hasattr(self, "_nested_index"):
            index: dict[tuple[str, ir.Path], list[ir.Model]] = {}
            for m in self.api.models:
                if m.scope != "declared":
                    key_len = 2 if m.scope == "params" else 1
                    index.setdefault((m.scope, m.path[:key_len]), []).append(m)
            self._nested_index = index
        found = [m for m in self._nested_index.get((scope, owner), []) if len(m.path) > len(owner)]
        return sorted(found, key=lambda m: (-len(m.path), m.path))

    def model_module(self, m: ir.Model) -> ModuleView:
        module = self.n.module_names[m.path[0]]
        imp = Imports(self.imp_name, "types")
        classes = [self._class(x, module, imp) for x in self._nested("model", m.path)]
        classes.append(self._class(m, module, imp))
        return ModuleView(
            f"{self.root}/types/{module}.py", "model_module.py.j2", self.header, imp.lines(),
            sorted(c.name for c in classes), classes=classes,
        )

    def enum_module(self, e: ir.Enum) -> ModuleView:
        module = self.n.module_names[e.path[0]]
        imp = Imports(self.imp_name, "types")
        value = self._literal([v.value for v in e.values], imp)
        imp.ext("TypeAlias")
        name = self.n.cls("declared", e.path)
        doc = doc_lines(e.description + (" Any other string is accepted too (an open enum)." if e.open else ""))
        return ModuleView(f"{self.root}/types/{module}.py", "alias_module.py.j2", self.header, imp.lines(), [name], aliases=[AliasView(name, value, doc)])

    def union_module(self, u: ir.UnionType) -> ModuleView:
        module = self.n.module_names[u.name]
        imp = Imports(self.imp_name, "types")
        members = []
        for v in u.variants:
            members.append(self._ann(ir.ModelRef("declared", (v.model,)), "model", imp, module))
        imp.typing("Union")
        imp.ext("Annotated")
        imp.ext("TypeAlias")
        imp.add("pydantic", "Field as FieldInfo")
        value = f"Annotated[Union[{', '.join(members)}], FieldInfo(discriminator={q(u.discriminator)})]"
        name = self.n.cls("declared", (u.name,))
        return ModuleView(f"{self.root}/types/{module}.py", "alias_module.py.j2", self.header, imp.lines(), [name], aliases=[AliasView(name, value, doc_lines(u.description))])

    def _typed_dict(self, name: str, base: str, fields: list[ir.Field], module: str, imp: Imports, doc: list[str]) -> ClassView:
        views = []
        for f in fields:
            annotation = self.ann(f.type, "param", imp, module)
            if not f.required:
                imp.typing("Optional")
                annotation = f"Optional[{annotation}]"
            else:
                imp.ext("Required")
                annotation = f"Required[{annotation}]"
            views.append(FieldView(f.name, annotation, "", doc_lines(f.description)))
        imp.ext("TypedDict")
        # keys that are not identifiers (or are keywords) need TypedDict's call syntax
        functional = any(not v.name.isidentifier() or keyword.iskeyword(v.name) for v in views)
        return ClassView(name, base, doc, views, functional=functional)

    def params_module(self, r: ir.Resource, op: ir.Operation) -> ModuleView:
        module = self.n.params_modules[(r.name, op.name)]
        name = self.n.params_classes[(r.name, op.name)]
        imp = Imports(self.imp_name, "types")
        classes: list[ClassView] = []
        for m in self._nested("params", (r.name, op.name)):
            classes.append(self._typed_dict(self.n.cls("params", m.path), "total=False", list(m.fields), module, imp, doc_lines(m.description)))
        aliases: list[AliasView] = []
        exports: list[str] = []
        if op.streaming:
            sp = op.streaming.param
            base = self._typed_dict(f"{name}Base", "total=False", list(op.params), module, imp, [])
            imp.ext("Literal")
            imp.typing("Union")
            non = ClassView(f"{name}NonStreaming", f"{name}Base, total=False", [], [FieldView(sp, "Optional[Literal[False]]", "", doc_lines(op.streaming.description))])
            imp.typing("Optional")
            imp.ext("Required")
            yes = ClassView(f"{name}Streaming", f"{name}Base", [], [FieldView(sp, "Required[Literal[True]]", "", doc_lines(op.streaming.description))])
            classes += [base, non, yes]
            aliases.append(AliasView(name, f"Union[{name}NonStreaming, {name}Streaming]"))
            exports = [base.name, non.name, yes.name, name]
        else:
            classes.append(self._typed_dict(name, "total=False", list(op.params), module, imp, []))
            exports = [name]
        exports += [c.name for c in classes if c.name not in exports]
        return ModuleView(f"{self.root}/types/{module}.py", "params_module.py.j2", self.header, imp.lines(), sorted(exports), classes=classes, aliases=aliases)

    # ------------------------------------------------------------------ resources
    def op_name(self, r: ir.Resource, op: ir.Operation) -> str:
        return f"{r.name}.{op.name}"

    def resource(self, r: ir.Resource) -> ResourceView:
        module = f"@resource:{r.name}"
        rt = Imports(self.imp_name, "resources")  # imported when the module loads: light modules only
        rt.add("__future__", "annotations")
        rt.add("functools", "cached_property")
        rt.typing("TYPE_CHECKING")
        rt.runtime("SyncAPIResource")
        rt.runtime("AsyncAPIResource")
        rt.runtime("NOT_GIVEN")
        rt.runtime("NotGiven")
        rt.runtime("to_raw_response_wrapper")
        rt.runtime("async_to_raw_response_wrapper")
        rt.runtime("operation")
        tc = Imports(self.imp_name, "resources")  # for annotations only (pydantic, httpx load on first call)
        tc.runtime("Headers")
        tc.runtime("Query")
        tc.runtime("Body")
        tc.add("httpx", "Timeout")
        methods = [self.method(r, op, tc, rt, module) for op in r.operations]
        cls = self.n.resource_classes[r.name]
        return ResourceView(
            f"{self.root}/resources/{self.n.resource_attrs[r.name]}.py", self.n.resource_attrs[r.name], self.header,
            rt.lines(), tc.lines(), cls, f"Async{cls}", doc_lines(r.description), methods,
        )

    def _runtime_import(self, t: ir.TypeRef) -> str:
        """`from ..types.x import X` for a declared type the method needs at run time."""
        name = t.path[0] if isinstance(t, ir.ModelRef) else t.name  # type: ignore[union-attr]
        return f"from ..types.{self.n.module_names[name]} import {self.n.cls('declared', (name,))}"

    def method(self, r: ir.Resource, op: ir.Operation, imp: Imports, rt: Imports, module: str) -> MethodView:
        required, optional = [], []
        params = []
        for p in op.params:
            kw = self.n.kwarg_names[(r.name, op.name, p.name)]
            annotation = self.ann(p.type, "param", imp, module)
            params.append((p.name, kw))
            if p.required:
                required.append(f"{kw}: {annotation}")
            else:
                imp.typing("Optional")
                optional.append(f"{kw}: Optional[{annotation}] | NotGiven = NOT_GIVEN")
        tail = [
            "extra_headers: Headers | None = None",
            "extra_query: Query | None = None",
            "extra_body: Body | None = None",
            "timeout: float | Timeout | None | NotGiven = NOT_GIVEN",
        ]
        cast_to = self._ann(op.response, "model", imp, module)
        doc = doc_lines(op.description)
        arg_docs: list[str] = []
        for p in op.params:
            kw = self.n.kwarg_names[(r.name, op.name, p.name)]
            lines = doc_lines(p.description, 88)
            if lines:
                arg_docs.append(f"{kw}: {lines[0]}")
                arg_docs.extend("    " + x if x else "" for x in lines[1:])
                arg_docs.append("")
        if arg_docs:
            doc += ["", "Args:"] + ["    " + x if x else "" for x in arg_docs[:-1]]
        doc += ["", "    extra_headers: Send extra headers", "", "    extra_query: Add additional query parameters to the request", "", "    extra_body: Add additional JSON properties to the request", "", "    timeout: Override the client-level default timeout for this request, in seconds"]
        name = self.n.method_names[(r.name, op.name)]
        runtime_imports = [self._runtime_import(op.response)]
        const = self.op_name(r, op)
        if not op.streaming:
            sig = SignatureView(False, required + optional + tail, cast_to)
            return MethodView(name, doc, [sig], [sig], runtime_imports, const, params, cast_to, "", "", "")
        skw = self.n.kwarg_names[(r.name, op.name, op.streaming.param)]
        imp.ext("Literal")
        rt.typing("overload")
        imp.runtime("Stream")
        imp.runtime("AsyncStream")
        event = self._ann(ir.UnionRef(op.streaming.event), "model", imp, module)
        runtime_imports = sorted(set(runtime_imports + [self._runtime_import(ir.UnionRef(op.streaming.event))]))
        rt.runtime("Stream")
        rt.runtime("AsyncStream")

        def sigs(stream_t: str) -> list[SignatureView]:
            both = f"{cast_to} | {stream_t}"
            return [
                SignatureView(True, required + optional + [f"{skw}: Optional[Literal[False]] | NotGiven = NOT_GIVEN"] + tail, cast_to),
                SignatureView(True, required + [f"{skw}: Literal[True]"] + optional + tail, stream_t),
                SignatureView(True, required + [f"{skw}: bool"] + optional + tail, both),
                SignatureView(False, required + optional + [f"{skw}: Optional[Literal[False]] | Literal[True] | NotGiven = NOT_GIVEN"] + tail, both),
            ]

        return MethodView(
            name, doc, sigs(f"Stream[{event}]"), sigs(f"AsyncStream[{event}]"), runtime_imports, const, params, cast_to,
            skw, f"Stream[{event}]", f"AsyncStream[{event}]",
        )

    # ------------------------------------------------------------------ operations table
    def _spec_json(self, t: ir.TypeRef, b: ir.Bounds, required: bool, nullable: bool) -> dict[str, Any]:
        kinds: list[str] = []
        spec: dict[str, Any] = {}
        for v in list(t.variants) if isinstance(t, ir.OneOf) else [t]:
            if isinstance(v, ir.Primitive):
                kinds.append(v.kind)
            elif isinstance(v, ir.ArrayOf):
                kinds.append("array")
                spec["items"] = self._spec_json(v.items, ir.Bounds(), False, False)
            elif isinstance(v, ir.EnumRef):
                e = self.api.enum(v)
                kinds.append("string")
                spec["enum"] = [x.value for x in e.values]
                if e.open:
                    spec["open"] = True
            elif isinstance(v, ir.Const):
                kinds.append("string")
                spec["enum"] = [v.value]
            else:
                kinds.append("object")
        spec["kinds"] = kinds
        if required:
            spec["required"] = True
        if nullable:
            spec["nullable"] = True
        spec.update(_bounds_json(b))
        return spec

    def _rule_json(self, rule: ir.Rule) -> dict[str, Any]:
        sets = {s.name: s for s in self.api.value_sets}
        when = [
            {"param": c.param, "values": list(c.values), "negate": c.negate, "label": sets[c.set_name].description if c.set_name in sets else ""}
            for c in rule.when
        ]
        then = []
        for ch in rule.then:
            check: dict[str, Any] = {"param": ch.param}
            if ch.forbidden:
                check["forbidden"] = True
            if ch.allowed is not None:
                check["allowed"] = list(ch.allowed)
            if ch.disallowed is not None:
                check["disallowed"] = list(ch.disallowed)
            check.update(_bounds_json(ch.bounds))
            if ch.dimensions is not None:
                check["dimensions"] = {k: v for k, v in vars(ch.dimensions).items() if v is not None}
            then.append(check)
        return {"id": rule.id, "message": rule.message, "when": when, "then": then}

    def operations_json(self) -> str:
        """Each operation's params and rules as data, read lazily by the runtime's validator."""
        ops: dict[str, Any] = {"_generated": self.header[0]}
        for r in self.api.resources:
            for op in r.operations:
                fields = {p.name: self._spec_json(p.type, p.bounds, p.required, p.nullable) for p in op.params}
                if op.streaming:
                    fields[op.streaming.param] = {"kinds": ["boolean"]}
                ops[self.op_name(r, op)] = {
                    "method": op.method,
                    "path": op.path,
                    "body": op.body,
                    "stream_param": op.streaming.param if op.streaming else "",
                    "fields": fields,
                    "rules": [self._rule_json(rule) for rule in op.rules],
                }
        # one operation a line: diffs stay per operation, and the C encoder does the work
        body = ",\n".join(f"{json.dumps(k)}: {json.dumps(ops[k], sort_keys=True, ensure_ascii=False)}" for k in sorted(ops))
        return "{\n" + body + "\n}\n"

    def client_view(self) -> ClientView:
        c = self.api.client
        imp = Imports(self.imp_name, "")
        for r in self.api.resources:
            imp.add(f".resources.{self.n.resource_attrs[r.name]}", self.n.resource_classes[r.name])
        for r in self.api.resources:
            imp.add(f".resources.{self.n.resource_attrs[r.name]}", f"Async{self.n.resource_classes[r.name]}")
        opts = [ClientOptionView(h.option, h.env, h.header) for h in c.headers]
        return ClientView(
            self.header, imp.lines(), c.name, f"Async{c.name}", c.log_env, self.error_name,
            c.base_url, c.base_url_env, c.auth_option, c.auth_env, opts,
            [(self.n.resource_attrs[r.name], self.n.resource_classes[r.name], f"Async{self.n.resource_classes[r.name]}") for r in self.api.resources],
        )
