"""What the Python templates read. Names are final; the views hold spec text raw (or already
escaped where a field says "literal"), and templates escape raw text for its context with the
filters ``str`` (a whole literal), ``q`` (the inside of "..."), ``toml`` and ``md``."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class FieldView:
    name: str  # attribute, or TypedDict key (a string literal in the functional form)
    annotation: str
    assign: str  # "" or " = None" or " = FieldInfo(alias=...)"
    doc: list[str]


@dataclass
class ClassView:
    name: str
    base: str
    doc: list[str]
    fields: list[FieldView]
    functional: bool = False  # TypedDict keys that are not identifiers: use the call syntax


@dataclass
class AliasView:
    name: str
    value: str
    doc: list[str] = field(default_factory=list)


@dataclass
class ModuleView:
    path: str
    module: str
    template: str
    header: list[str]
    imports: list[str]
    exports: list[str]  # __all__
    public: list[str]  # what types/__init__ re-exports
    classes: list[ClassView] = field(default_factory=list)
    aliases: list[AliasView] = field(default_factory=list)


@dataclass
class SignatureView:
    overload: bool
    kwargs: list[str]
    returns: str


@dataclass
class MethodView:
    name: str
    doc: list[str]
    signatures: list[SignatureView]  # overloads first, then the implementation
    async_signatures: list[SignatureView]
    runtime_imports: list[str]  # imported inside the method: keeps `import <package>` light
    operation: str  # the operation's key in _operations.json (a string literal)
    params: list[tuple[str, str]]  # (wire name literal, kwarg)
    cast_to: str
    stream_kwarg: str  # "" when the operation does not stream
    stream_wire: str
    stream_cls: str
    async_stream_cls: str


@dataclass
class ResourceView:
    path: str
    attr: str
    header: list[str]
    imports: list[str]
    type_checking_imports: list[str]
    class_name: str
    async_class_name: str
    doc: list[str]
    methods: list[MethodView]


@dataclass
class ClientOptionView:
    name: str
    env: str
    header: str  # a string literal


@dataclass
class ClientView:
    header: list[str]
    imports: list[str]
    name: str
    async_name: str
    log_env: str
    error: str
    base_url: str  # a string literal
    base_url_env: str
    api_key: str
    api_key_env: str
    options: list[ClientOptionView]
    resources: list[tuple[str, str, str]]  # (attribute, class, async class)


@dataclass
class EventView:
    cls: str
    expected: str  # a Python literal of the event's JSON


@dataclass
class ViolationView:
    name: str  # test name suffix
    rule: str
    param: str
    kwargs: str


@dataclass
class TestOpView:
    method: str  # the Python method name
    http_method: str
    path: str
    cast_to: str
    required_kwargs: str
    required_prefix: str  # required_kwargs (each ends with a comma), for calls that add more kwargs
    all_kwargs: str
    all_wire: list[str]  # wire names the all-params call sends
    file_fields: list[str]  # file params given in the all-params call
    single_file_fields: list[str]  # file params the required-params call sends as one file
    files_many: str  # kwargs sending several files as one list param, "" when no param takes a list
    many_field: str
    many_count: int
    stream_kwargs: str  # "" when the operation does not stream
    stream_param: str
    discriminator: str
    events: list[EventView]
    violations: list[ViolationView]


@dataclass
class TestModuleView:
    path: str
    header: list[str]
    imports: list[str]
    resource: str
    ops: list[TestOpView]
