"""IR -> JSON Schema (draft 2020-12 / OpenAPI 3.1 dialect). Language-neutral; used by the
OpenAPI emitter and by anything else that wants the spec's types (e.g. datamodel-code-generator).
Declared types go to ``$defs`` (or OpenAPI components); inline types stay inline.

Maps and a model's ``additional_properties`` are ``additionalProperties``; formats and patterns are
JSON Schema's own; a union's ``default`` variant (the one of an object without the discriminator),
which OpenAPI 3.1's discriminator cannot say, is ``x-sdkgen-default`` (its discriminator value)
inside the ``discriminator`` object, where OpenAPI 3.2 has ``defaultMapping``; so that ``oneOf``
holds for such objects, the default variant's model does not require the discriminator."""

from __future__ import annotations

from functools import cached_property
from typing import Any

from . import ir


class SchemaExporter:
    def __init__(self, api: ir.Api, ref_prefix: str = "#/$defs/") -> None:
        self.api = api
        self.prefix = ref_prefix

    @cached_property
    def _defaulted(self) -> dict[str, str]:
        """Each union's default variant (a model name) -> its discriminator, which it may leave out."""
        return {v.model: u.discriminator for u in self.api.unions for v in u.variants if u.default and v.value == u.default}

    def ref(self, name: str) -> dict[str, Any]:
        return {"$ref": self.prefix + name}

    def type_schema(self, t: ir.TypeRef) -> dict[str, Any]:
        if isinstance(t, ir.Primitive):
            out: dict[str, Any] = {
                "string": {"type": "string"},
                "integer": {"type": "integer"},
                "number": {"type": "number"},
                "boolean": {"type": "boolean"},
                "file": {"type": "string", "format": "binary"},
                "any": {},
            }[t.kind]
            return {**out, "format": t.format} if t.format else out
        if isinstance(t, ir.ArrayOf):
            return {"type": "array", "items": self.type_schema(t.items)}
        if isinstance(t, ir.MapOf):
            return {"type": "object", "additionalProperties": self.type_schema(t.values)}
        if isinstance(t, ir.EnumRef):
            e = self.api.enum(t)
            if e.scope == "declared":
                return self.ref(e.path[0])
            return self.enum_schema(e)
        if isinstance(t, ir.ModelRef):
            m = self.api.model(t)
            if m.scope == "declared":
                return self.ref(m.path[0])
            return self.model_schema(m)
        if isinstance(t, ir.UnionRef):
            return self.ref(t.name)
        if isinstance(t, ir.Const):
            return {"type": "string", "const": t.value}
        if isinstance(t, ir.OneOf):
            return {"oneOf": [self.type_schema(v) for v in t.variants]}
        raise TypeError(t)

    def enum_schema(self, e: ir.Enum) -> dict[str, Any]:
        closed: dict[str, Any] = {"type": "string", "enum": [v.value for v in e.values]}
        out: dict[str, Any] = {"anyOf": [{"type": "string"}, closed]} if e.open else closed
        if e.description:
            out = {"description": e.description, **out}
        return out

    def field_schema(self, f: ir.Field) -> dict[str, Any]:
        base = self.type_schema(f.type)
        extra: dict[str, Any] = {}
        if f.description:
            extra["description"] = f.description
        if f.has_default:
            extra["default"] = f.default
        if f.pattern:
            extra["pattern"] = f.pattern
        b = f.bounds
        for key, js in (
            ("minimum", "minimum"),
            ("maximum", "maximum"),
            ("min_length", "minLength"),
            ("max_length", "maxLength"),
            ("min_items", "minItems"),
            ("max_items", "maxItems"),
        ):
            value = getattr(b, key)
            if value is not None:
                extra[js] = value
        if isinstance(f.type, ir.OneOf) and (b.min_items is not None or b.max_items is not None):
            # bounds on items belong to the array variant
            arr = [v for v in base["oneOf"] if v.get("type") == "array"]
            for a in arr:
                for js in ("minItems", "maxItems"):
                    if js in extra:
                        a[js] = extra[js]
            extra.pop("minItems", None)
            extra.pop("maxItems", None)
        if "$ref" in base and extra:
            schema = {"allOf": [base], **extra}
        else:
            schema = {**base, **extra}
        if f.nullable:
            schema = {"anyOf": [schema, {"type": "null"}]}
        return schema

    def object_schema(self, fields: tuple[ir.Field, ...], description: str) -> dict[str, Any]:
        out: dict[str, Any] = {"type": "object"}
        if description:
            out["description"] = description
        out["properties"] = {f.name: self.field_schema(f) for f in fields}
        required = [f.name for f in fields if f.required]
        if required:
            out["required"] = required
        return out

    def model_schema(self, m: ir.Model) -> dict[str, Any]:
        out = self.object_schema(m.fields, m.description)
        optional = self._defaulted.get(m.path[0]) if m.scope == "declared" else None
        if optional and optional in out.get("required", ()):  # the default variant may leave its discriminator out
            out["required"] = [name for name in out["required"] if name != optional]
            if not out["required"]:
                del out["required"]
        if m.additional is not None:
            out["additionalProperties"] = self.type_schema(m.additional)
        if m.example is not None and m.scope == "declared":
            out["example"] = m.example
        return out

    def union_schema(self, u: ir.UnionType) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if u.description:
            out["description"] = u.description
        out["oneOf"] = [self.ref(v.model) for v in u.variants]
        out["discriminator"] = {
            "propertyName": u.discriminator,
            "mapping": {v.value: self.prefix + v.model for v in u.variants},
        }
        if u.default:
            out["discriminator"]["x-sdkgen-default"] = u.default
        return out

    def definitions(self) -> dict[str, Any]:
        defs: dict[str, Any] = {}
        for e in self.api.enums:
            if e.scope == "declared":
                defs[e.path[0]] = self.enum_schema(e)
        for m in self.api.models:
            if m.scope == "declared":
                defs[m.path[0]] = self.model_schema(m)
        for u in self.api.unions:
            defs[u.name] = self.union_schema(u)
        return dict(sorted(defs.items()))

    def document(self) -> dict[str, Any]:
        """A standalone JSON Schema with every declared type under ``$defs``."""
        return {
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "title": self.api.title,
            "$defs": self.definitions(),
        }
