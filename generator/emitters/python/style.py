"""Python's names (a :class:`generator.planning.Style`): the shared walk does the rest.

Classes keep the spec's type names (PascalCase when not identifiers); inline types are the
PascalCase of their path below the owner, unique within the owner's module
(``ImagesResponse.usage.input_tokens_details`` -> ``UsageInputTokensDetails``); modules, methods,
fields and keyword arguments are snake_case. Reserved words get a trailing ``_`` (the wire name
is kept as an alias); a name that would start with a digit gets an ``n`` (``N`` for classes) prefix.
"""

from __future__ import annotations

import builtins
import keyword

from ... import ir
from ...naming import is_identifier, pascal, snake

TYPING = frozenset(
    {"Any", "Dict", "List", "Literal", "Optional", "Union", "Annotated", "TypeAlias", "TypedDict", "Required",
     "Sequence", "Iterable", "Mapping", "FieldInfo", "BaseModel", "FileTypes", "SequenceNotStr", "NotGiven",
     "NOT_GIVEN", "Stream", "Headers", "Query", "Body", "Timeout", "overload", "httpx", "annotations"}
)
PYDANTIC = frozenset(
    {"model_config", "model_fields", "model_computed_fields", "model_extra", "model_fields_set", "model_construct",
     "model_copy", "model_dump", "model_dump_json", "model_json_schema", "model_parametrized_name",
     "model_post_init", "model_rebuild", "model_validate", "model_validate_json", "model_validate_strings",
     "dict", "json", "copy", "parse_obj", "parse_raw", "parse_file", "from_orm", "construct", "schema",
     "schema_json", "validate", "update_forward_refs", "fields", "to_dict", "to_json"}
)
KW = frozenset(keyword.kwlist)
RESERVED_FIELD = KW | frozenset(keyword.softkwlist) | TYPING | PYDANTIC | {"self"}
RESERVED_KWARG = KW | TYPING | {"self", "extra_headers", "extra_query", "extra_body", "timeout", "cast_to"}
RESERVED_CLASS = KW | TYPING | frozenset(dir(builtins))
CLIENT_KWARGS = frozenset({"self", "base_url", "timeout", "max_retries", "default_headers", "http_client", "validation"})


def _fix(ident: str, reserved: frozenset[str], digit_prefix: str) -> str:
    ident = ident or "x"
    if ident[0].isdigit():
        ident = digit_prefix + ident
    while ident in reserved:
        ident += "_"
    return ident


def snake_ident(name: str, reserved: frozenset[str]) -> str:
    return _fix(name if is_identifier(name) and name == name.lower() else snake(name), reserved, "n")


def class_ident(name: str) -> str:
    return _fix(name if is_identifier(name) else pascal(name), RESERVED_CLASS, "N")


class PythonStyle:
    lang = "python"
    label = "Python"

    def __init__(self, api: ir.Api) -> None:
        self.client = frozenset({api.client.name, f"Async{api.client.name}"})
        declared = [e.path[0] for e in api.enums if e.scope == "declared"] + [m.path[0] for m in api.models if m.scope == "declared"]
        # a kwarg may not shadow a type the method body and annotations use
        self.kwarg_reserved = RESERVED_KWARG | {class_ident(n) for n in declared + [u.name for u in api.unions]}

    def valid(self, kind: str, ident: str) -> bool:
        return is_identifier(ident) and not keyword.iskeyword(ident)

    def scope(self, kind: str, key: tuple[str, ...]) -> tuple[str, ...]:
        if kind in ("type", "resource_class"):
            return ("classes",)
        if kind == "nested":  # ("type", scope, *path): inline types live in their owner's module
            return ("nested", *key[2:4]) if key[1] == "params" else ("nested", key[2])
        if kind == "method":
            return ("methods", key[1])
        if kind in ("field", "param"):
            return (kind, *key[1 : key.index("\0") if "\0" in key else -1])
        return (kind,)

    def reserved(self, scope: tuple[str, ...]) -> frozenset[str]:
        return {"classes": self.client, "resource": frozenset({"with_options", "close"}), "option": CLIENT_KWARGS}.get(scope[0], frozenset())

    def visible(self, scope: tuple[str, ...]) -> list[tuple[str, ...]]:
        return [("classes",)] if scope[0] == "nested" else []

    def type_name(self, kind: str, name: str) -> str:
        return "" if kind == "union_param" else class_ident(name)

    def params_type(self, singular: str, method: str) -> str:
        return f"{class_ident(singular)}{pascal(method)}Params"

    def nested(self, owner: str, rest: tuple[str, ...]) -> str:
        return class_ident("".join(pascal(p) for p in rest))

    def method(self, op: str) -> str:
        return snake_ident(op, RESERVED_KWARG)

    def method_variants(self, method: str, streaming: bool) -> list[str]:
        return []

    def field(self, wire: str) -> str:
        return snake_ident(wire, RESERVED_FIELD)

    def param(self, wire: str) -> str:
        return snake_ident(wire, self.kwarg_reserved)

    def const(self, type_ident: str, value: str, override: str) -> str:
        return ""

    def accessor(self, value: str) -> str:
        return ""

    def resource_attr(self, name: str) -> str:
        return snake_ident(name, RESERVED_FIELD)

    def resource_class(self, name: str, singular: str) -> str:
        return class_ident(pascal(name))

    def option(self, name: str) -> str:
        return snake_ident(name, KW)

    def files(self, names: object) -> list[tuple[tuple[str, ...], str]]:
        from ...planning import Names

        assert isinstance(names, Names)
        api = names.api
        out: list[tuple[tuple[str, ...], str]] = [(("type", e.path[0]), snake_ident(e.path[0], KW)) for e in api.enums if e.scope == "declared"]
        out += [(("type", m.path[0]), snake_ident(m.path[0], KW)) for m in api.models if m.scope == "declared"]
        out += [(("type", u.name), snake_ident(u.name, KW)) for u in api.unions]
        out += [(("params", op.resource, op.name), snake(names.params_type(op))) for op in api.operations()]
        return out
