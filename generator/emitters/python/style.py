"""Python's names (a :class:`generator.planning.Style`; the shared walk does the rest). Classes keep
the spec's type names (PascalCase when not identifiers); an inline type is the PascalCase of its path
below its owner (``ImagesResponse.usage.input_tokens_details`` -> ``UsageInputTokensDetails``); the
rest is snake_case. A reserved word gets a trailing ``_`` (a field keeps its wire name as an alias),
a name that would start with a digit an ``n`` (``N`` for classes) prefix."""

from __future__ import annotations

import builtins
import keyword

from ... import ir
from ...naming import is_identifier, pascal, snake
from ...planning import BaseStyle, Names
from ...planning.tables import request_types

TYPING = frozenset("""
    Any Dict List Literal Optional Union Annotated TypeAlias TypedDict Required Sequence Iterable Mapping FieldInfo
    BaseModel FileTypes SequenceNotStr NotGiven NOT_GIVEN Stream Headers Query Body Timeout overload httpx annotations
""".split())
PYDANTIC = frozenset("""
    model_config model_fields model_computed_fields model_extra model_fields_set model_construct model_copy model_dump
    model_dump_json model_json_schema model_parametrized_name model_post_init model_rebuild model_validate
    model_validate_json model_validate_strings dict json copy parse_obj parse_raw parse_file from_orm construct schema
    schema_json validate update_forward_refs fields to_dict to_json
""".split())
KW = frozenset(keyword.kwlist)
RESERVED_FIELD = KW | frozenset(keyword.softkwlist) | TYPING | PYDANTIC | {"self"}
RESERVED_KWARG = KW | TYPING | {"self", "extra_headers", "extra_query", "extra_body", "timeout", "cast_to"}
RESERVED_CLASS = KW | TYPING | frozenset(dir(builtins))
RESOURCE_ATTRS = frozenset({"with_options", "close"})
CLIENT_KWARGS = frozenset("self base_url timeout max_retries default_headers http_client validation".split())


def _fix(ident: str, reserved: frozenset[str], digit_prefix: str) -> str:
    ident = digit_prefix + ident if ident[:1].isdigit() else ident or "x"
    while ident in reserved:
        ident += "_"
    return ident


def snake_ident(name: str, reserved: frozenset[str]) -> str:
    return _fix(name if is_identifier(name) and name == name.lower() else snake(name), reserved, "n")


def class_ident(name: str) -> str:
    return _fix(name if is_identifier(name) else pascal(name), RESERVED_CLASS, "N")


def _declared(api: ir.Api) -> list[str]:
    """The spec names of the declared types (enums, models, unions): each has a module and a class."""
    enums = [e.path[0] for e in api.enums if e.scope == "declared"]
    return enums + [m.path[0] for m in api.models if m.scope == "declared"] + [u.name for u in api.unions]


class PythonStyle(BaseStyle):
    lang = "python"
    label = "Python"
    shared = {"type": "classes", "resource_class": "classes"}

    def __init__(self, api: ir.Api) -> None:
        client = frozenset({api.client.name, f"Async{api.client.name}"})
        self.reserved_words = {"classes": client, "resource": RESOURCE_ATTRS, "option": CLIENT_KWARGS}
        # a kwarg may not shadow a type the method body and annotations use
        self.kwarg_reserved = RESERVED_KWARG | {class_ident(n) for n in _declared(api)}

    def valid(self, kind: str, ident: str) -> bool:
        return is_identifier(ident) and not keyword.iskeyword(ident)

    def type_name(self, kind: str, name: str) -> str:
        return class_ident(name) + "Param" if kind == "union_param" else class_ident(name)

    def params_type(self, singular: str, method: str) -> str:
        return f"{class_ident(singular)}{pascal(method)}Params"

    def nested(self, owner: str, rest: tuple[str, ...]) -> str:
        return class_ident("".join(pascal(p) for p in rest))

    def method(self, op: str) -> str:
        return snake_ident(op, RESERVED_KWARG)

    def field(self, wire: str) -> str:
        return snake_ident(wire, RESERVED_FIELD)

    resource_attr = field

    def param(self, wire: str) -> str:
        return snake_ident(wire, self.kwarg_reserved)

    def resource_class(self, name: str, singular: str) -> str:
        return class_ident(pascal(name))

    def option(self, name: str) -> str:
        return snake_ident(name, KW)

    def files(self, names: Names) -> list[tuple[tuple[str, ...], str]]:
        """Modules of ``types``: each declared type, each operation's params (one with params beside
        its path ones, as the official SDK), and the param types of what requests contain."""
        api = names.api
        models, unions = request_types(api)
        params: list[tuple[tuple[str, ...], str]] = [
            (("params", op.resource, op.name), snake(names.params_type(op))) for op in api.operations() if has_params_type(op)]
        params += [(("param", m.path[0]), snake(names.param_type(m.ref))) for m in models if m.scope == "declared"]
        params += [(("param", u.name), snake(names[("type", "union_param", u.name)])) for u in unions]
        return [*((("type", d), snake_ident(d, KW)) for d in _declared(api)), *params]


def has_params_type(op: ir.Operation) -> bool:
    """Whether an operation gets a params TypedDict: it has params besides the path ones."""
    return any(p.location != "path" for p in op.all_params())
