"""The intermediate representation: frozen, language-neutral, deterministically ordered.

Nothing here knows a target language: no identifiers, only spec names (wire names and the
names the spec author chose) and *paths* that say where an inline type was declared, so each
language's Namer can name it in its own way (``ImagesResponse.usage`` becomes ``Usage`` in a
Python module and ``ImagesResponseUsage`` in Go).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Literal, Optional, Union

Json = Union[None, bool, int, float, str, list["Json"], dict[str, "Json"]]


@dataclass(frozen=True, order=True)
class Loc:
    file: str
    line: int

    def __str__(self) -> str:
        return f"{self.file}:{self.line}"


# A path names where a type lives: ("ImageModel",) for a declared type,
# ("ImagesResponse", "usage") for an inline object in a model,
# ("images", "generate", "size") for an inline enum of an operation's params (scope "params").
Path = tuple[str, ...]
Scope = Literal["declared", "model", "params"]


@dataclass(frozen=True)
class Primitive:
    kind: Literal["string", "integer", "number", "boolean", "file", "any"]
    # string: date-time, date, uuid, uri, binary; integer: int32, int64 ("" none)
    format: str = ""


FORMATS = {"string": ("date-time", "date", "uuid", "uri", "binary"), "integer": ("int32", "int64")}


@dataclass(frozen=True)
class ArrayOf:
    items: "TypeRef"


@dataclass(frozen=True)
class EnumRef:
    scope: Scope
    path: Path


@dataclass(frozen=True)
class ModelRef:
    scope: Scope
    path: Path


@dataclass(frozen=True)
class UnionRef:
    name: str


@dataclass(frozen=True)
class Const:
    value: str


@dataclass(frozen=True)
class OneOf:
    """An untagged choice between types, e.g. one file or an array of files."""

    variants: tuple["TypeRef", ...]


@dataclass(frozen=True)
class MapOf:
    """A string-keyed map (``type: map, values: T``); ``values`` is ``Primitive("any")`` when free-form."""

    values: "TypeRef"


TypeRef = Union[Primitive, ArrayOf, EnumRef, ModelRef, UnionRef, Const, OneOf, MapOf]


@dataclass(frozen=True)
class Bounds:
    minimum: Optional[float] = None
    maximum: Optional[float] = None
    min_length: Optional[int] = None
    max_length: Optional[int] = None
    min_items: Optional[int] = None
    max_items: Optional[int] = None

    @property
    def empty(self) -> bool:
        return all(v is None for v in self.__dict__.values())


@dataclass(frozen=True)
class Field:
    """A property of a model or a param of an operation."""

    name: str  # the wire name
    type: TypeRef
    required: bool
    nullable: bool
    description: str
    default: Json
    has_default: bool
    bounds: Bounds
    names: tuple[tuple[str, str], ...]  # (language, identifier) overrides
    loc: Loc = field(default=Loc("", 0), compare=False)
    example: Json = None  # the spec's example value (used for samples), None when absent
    content_types: tuple[str, ...] = ()  # a file param's accepted media types (empty: any)
    location: str = "body"  # an operation param's place in the request: path, query, header or body
    header: str = ""  # the header's name, for location "header"
    style: str = ""  # "comma": an array joined with commas (query arrays repeat the key otherwise)
    pattern: str = ""  # a regular expression a string must match (portable: Python re and RE2 alike)


@dataclass(frozen=True)
class EnumValue:
    value: str
    description: str
    names: tuple[tuple[str, str], ...]
    loc: Loc = field(compare=False)


@dataclass(frozen=True)
class Enum:
    scope: Scope
    path: Path
    description: str
    open: bool
    values: tuple[EnumValue, ...]
    loc: Loc = field(compare=False)

    @property
    def ref(self) -> EnumRef:
        return EnumRef(self.scope, self.path)


@dataclass(frozen=True)
class Model:
    scope: Scope
    path: Path
    description: str
    fields: tuple[Field, ...]  # required first, then by name
    example: Json
    loc: Loc = field(compare=False)
    additional: Optional[TypeRef] = None  # additional_properties: the type of keys beyond the known fields

    @property
    def ref(self) -> ModelRef:
        return ModelRef(self.scope, self.path)


@dataclass(frozen=True)
class Variant:
    value: str  # the discriminator value
    model: str  # a declared model's name


@dataclass(frozen=True)
class UnionType:
    name: str
    description: str
    discriminator: str
    variants: tuple[Variant, ...]  # in spec order
    loc: Loc = field(compare=False)
    default: str = ""  # the variant (its discriminator value) of an object without the discriminator


@dataclass(frozen=True)
class ValueSet:
    name: str
    enum: str
    description: str
    values: tuple[str, ...]


@dataclass(frozen=True)
class Condition:
    """``param`` is set and its value is (or, with ``negate``, is not) one of ``values``."""

    param: str
    values: tuple[str, ...]
    negate: bool
    set_name: str  # "" when the values were listed inline


@dataclass(frozen=True)
class Dimensions:
    """A ``WIDTHxHEIGHT`` string within limits (None: no limit)."""

    multiple_of: Optional[int]
    max_aspect_ratio: Optional[float]
    max_long_edge: Optional[int]
    max_short_edge: Optional[int]


@dataclass(frozen=True)
class Check:
    param: str
    forbidden: bool = False
    allowed: Optional[tuple[str, ...]] = None
    disallowed: Optional[tuple[str, ...]] = None
    bounds: Bounds = Bounds()
    dimensions: Optional[Dimensions] = None


@dataclass(frozen=True)
class Rule:
    id: str
    message: str
    when: tuple[Condition, ...]  # all must hold; empty: always
    then: tuple[Check, ...]
    loc: Loc = field(compare=False)


@dataclass(frozen=True)
class Streaming:
    param: str  # the boolean param that asks for a stream; "" when the operation always streams
    event: str  # a union's name
    description: str
    field: Optional[Field]  # the stream flag as a param (boolean, optional, default false); None without param
    progress_param: str = ""  # an integer param counting the progress events before the final one
    keepalive: tuple[str, ...] = ()  # event types skipped (keep-alives such as "ping")
    error_event: str = ""  # the event type whose data is an error body: the stream raises the API error
    done: str = "[DONE]"  # the data line that ends the stream ("" none)

    @property
    def always(self) -> bool:
        return not self.param


@dataclass(frozen=True)
class Cursor:
    """Where the next page's cursor comes from: a field of the page (``from``) or of its last item
    (``item``; the first item for ``before``), sent as ``param``."""

    param: str
    from_field: str = ""
    item_field: str = ""


@dataclass(frozen=True)
class Counter:
    """Page-number (``page``) or offset (``offset``) paging: ``param`` counts pages or items;
    ``total`` optionally names the page's field with the number of pages or items."""

    param: str
    total: str = ""


@dataclass(frozen=True)
class Pagination:
    style: Literal["cursor", "page", "offset"]
    items: str  # the page's array field with the items
    item: "TypeRef"  # the items' type
    has_more: str = ""  # a boolean field of the page ("" none: a page without items is the last)
    after: Optional[Cursor] = None
    before: Optional[Cursor] = None
    counter: Optional[Counter] = None
    loc: Loc = field(default=Loc("", 0), compare=False)


BODY_METHODS = frozenset({"POST", "PUT", "PATCH"})  # the others (GET, DELETE, HEAD) never send a body
ResponseFormat = Literal["json", "jsonl", "binary", "text", "none"]


@dataclass(frozen=True)
class Operation:
    resource: str
    name: str
    summary: str
    description: str
    method: str
    path: str
    body: Literal["json", "multipart", "form", "binary", "none"]
    params: tuple[Field, ...]  # required first, then by name; the streaming param is not here
    response: Optional[ModelRef]  # json: the body (or its items with response_array); jsonl: each line
    streaming: Optional[Streaming]
    rules: tuple[Rule, ...]  # in spec order
    names: tuple[tuple[str, str], ...]
    loc: Loc = field(compare=False)
    response_format: ResponseFormat = "json"
    response_array: bool = False  # json: the body is an array of ``response``
    pagination: Optional[Pagination] = None
    auth: tuple[str, ...] = ()  # the credentials (client options) it takes, in order of preference; () for none

    def all_params(self) -> tuple[Field, ...]:
        """The params and, for a streaming operation, the stream flag last."""
        return self.params + ((self.streaming.field,) if self.streaming and self.streaming.field else ())

    def path_params(self) -> tuple[Field, ...]:
        """The path params in the order of the path template (the order of a method's positional args)."""
        order = {p.name: self.path.find("{" + p.name + "}") for p in self.params if p.location == "path"}
        return tuple(sorted((p for p in self.params if p.name in order), key=lambda p: order[p.name]))


@dataclass(frozen=True)
class Resource:
    name: str  # the resource's key: its spec name, dotted under its parents ("books.reviews")
    singular: str
    description: str
    operations: tuple[Operation, ...]  # by name
    loc: Loc = field(default=Loc("", 0), compare=False)
    resources: tuple["Resource", ...] = ()  # sub-resources, by name

    @property
    def leaf(self) -> str:
        """The spec name of this resource alone ("reviews" for "books.reviews")."""
        return self.name.rsplit(".", 1)[-1]

    @property
    def parent(self) -> str:
        """The parent's key, "" at the top level."""
        return self.name.rpartition(".")[0]

    def walk(self) -> list["Resource"]:
        """This resource, then its sub-resources depth first."""
        return [self, *(r for sub in self.resources for r in sub.walk())]


@dataclass(frozen=True)
class HeaderOption:
    option: str
    header: str
    env: str
    loc: Loc = field(default=Loc("", 0), compare=False)
    default: str = ""  # sent unless the option or the environment gives another value
    required: bool = False  # the API needs the header on every request

    @property
    def must_set(self) -> bool:
        """A required header without a default: a client without a value (option, environment) is an error."""
        return self.required and not self.default


@dataclass(frozen=True)
class Credential:
    """A credential the client accepts: the option (and environment variable) with the key and how
    it is sent. ``client.auth`` is the first; ``client.extra_auth`` adds others."""

    option: str
    env: str
    scheme: Literal["bearer", "header", "basic"]
    header: str  # the header that carries it
    prefix: str  # before the key in that header ("Bearer ", "Basic ", "")
    loc: Loc = field(default=Loc("", 0), compare=False)


PLATFORM_HEADERS = ("user_agent", "lang", "package_version", "os", "arch", "runtime", "runtime_version", "async",
                    "read_timeout", "timeout", "retry_count")  # what a platform header may carry (docs/runtime-contract.md)


@dataclass(frozen=True)
class ErrorShape:
    """Where an API's error responses keep their details: field names inside ``envelope`` (the
    body itself when empty); an empty field name means the API has no such field."""

    envelope: str = "error"
    message: str = "message"
    type: str = "type"
    code: str = "code"
    param: str = "param"
    request_id_header: str = "x-request-id"


@dataclass(frozen=True)
class Client:
    name: str
    base_url: str
    base_url_env: str
    auth_option: str
    auth_env: str
    headers: tuple[HeaderOption, ...]
    loc: Loc = field(default=Loc("", 0), compare=False)  # of client.auth
    auth_header: str = "Authorization"  # the header that carries the key
    auth_prefix: str = "Bearer "  # before the key in that header ("" for scheme header)
    errors: ErrorShape = ErrorShape()
    auth_scheme: Literal["bearer", "header", "basic", "none"] = "bearer"  # basic: the key is "user:password"
    extra_auth: tuple[Credential, ...] = ()  # other credentials beside auth_option's
    platform_headers: tuple[tuple[str, str], ...] = ()  # (what it carries: one of PLATFORM_HEADERS, header name), in that order
    validation_env: str = ""  # the environment variable with the request validation mode
    stream_accept: str = "text/event-stream"  # the Accept header of a streamed call

    @property
    def credentials(self) -> tuple[Credential, ...]:
        """Every credential the client accepts, client.auth's first (none with scheme none)."""
        main = () if self.auth_scheme == "none" else (Credential(self.auth_option, self.auth_env, self.auth_scheme, self.auth_header,
                                                                  self.auth_prefix, self.loc),)
        return main + self.extra_auth

    def credential(self, option: str) -> Credential:
        return next(c for c in self.credentials if c.option == option)


@dataclass(frozen=True)
class Api:
    source: str
    title: str
    version: str
    description: str
    client: Client
    packages: tuple[tuple[str, tuple[tuple[str, str], ...]], ...]
    value_sets: tuple[ValueSet, ...]
    enums: tuple[Enum, ...]  # by (scope, path)
    models: tuple[Model, ...]  # by (scope, path)
    unions: tuple[UnionType, ...]  # by name
    resources: tuple[Resource, ...]  # by name
    package_lines: tuple[tuple[str, int], ...] = ()  # (language, line of packages.<language>)
    license: str = ""  # info.license: an SPDX expression
    authors: tuple[tuple[str, str], ...] = ()  # info.authors: (name, email or "")
    urls: tuple[tuple[str, str], ...] = ()  # info.urls: (label, URL), in spec order

    def package(self, language: str) -> dict[str, str]:
        return dict(dict(self.packages).get(language, ()))

    def enum(self, ref: EnumRef) -> Enum:
        return self._enums[(ref.scope, ref.path)]

    def model(self, ref: ModelRef) -> Model:
        return self._models[(ref.scope, ref.path)]

    def union(self, name: str) -> UnionType:
        return self._unions[name]

    @cached_property
    def _enums(self) -> dict[tuple[str, Path], Enum]:
        return {(e.scope, e.path): e for e in self.enums}

    @cached_property
    def _models(self) -> dict[tuple[str, Path], Model]:
        return {(m.scope, m.path): m for m in self.models}

    @cached_property
    def _unions(self) -> dict[str, UnionType]:
        return {u.name: u for u in self.unions}

    def all_resources(self) -> list[Resource]:
        """Every resource, each followed by its sub-resources (depth first)."""
        return [r for top in self.resources for r in top.walk()]

    def operations(self) -> list[Operation]:
        return [op for r in self.all_resources() for op in r.operations]
