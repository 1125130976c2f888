"""IR -> an OpenAPI 3.1 document (``generated/openapi/openapi.yaml``).

The view is the document itself (a mapping built here, in a fixed key order); the template adds
the header and places its YAML. Per-model rules, which OpenAPI cannot say, travel as the
``x-sdkgen-rules`` extension of each operation.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any, Mapping

import yaml

from ... import ir
from ...errors import SpecError
from ...jsonschema_export import SchemaExporter
from ...planning import Names, Plan
from ..base import environment, header_lines

_Base = getattr(yaml, "CSafeDumper", yaml.SafeDumper)  # libyaml's emitter: about 10x faster on large specs


class _Dumper(_Base):  # type: ignore[misc, valid-type]
    pass


def _str(dumper: Any, data: str) -> Any:
    style = "|" if "\n" in data else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", data, style=style)


_Dumper.add_representer(str, _str)


class OpenAPIEmitter:
    name = "openapi"

    def wants(self, api: ir.Api) -> bool:
        return True

    def style(self, api: ir.Api) -> None:
        return None

    def check(self, api: ir.Api, names: Names) -> list[SpecError]:
        return []

    def format(self, path: str, text: str) -> str:
        return text

    def formatter_identity(self) -> str:
        return "none"

    def emit(self, plan: Plan, names: Names) -> Mapping[str, str]:
        api = plan.api
        doc = build_document(api)
        body = yaml.dump(doc, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100)
        text = environment("openapi").get_template("openapi.yaml.j2").render(header=header_lines(api), document=body)
        return {"openapi.yaml": text}


def _rule(rule: ir.Rule) -> dict[str, Any]:
    out: dict[str, Any] = {"id": rule.id}
    if rule.message:
        out["message"] = rule.message
    if rule.when:
        out["when"] = {c.param: {("not_in" if c.negate else "in"): list(c.values)} for c in rule.when}
    then: dict[str, Any] = {}
    for ch in rule.then:
        c: dict[str, Any] = {}
        if ch.forbidden:
            c["forbidden"] = True
        if ch.allowed is not None:
            c["enum"] = list(ch.allowed)
        if ch.disallowed is not None:
            c["not_enum"] = list(ch.disallowed)
        for key in ("minimum", "maximum", "min_length", "max_length", "min_items", "max_items"):
            if getattr(ch.bounds, key) is not None:
                c[key] = getattr(ch.bounds, key)
        if ch.dimensions is not None:
            c["dimensions"] = {k: v for k, v in ch.dimensions.__dict__.items() if v is not None}
        then[ch.param] = c
    out["then"] = then
    return out


def _parameter(js: SchemaExporter, p: ir.Field) -> dict[str, Any]:
    """A path, query or header param as an OpenAPI parameter (lists: repeated keys, or comma-joined)."""
    out: dict[str, Any] = {"name": p.header or p.name, "in": p.location, "required": p.required or p.location == "path"}
    if p.description:
        out["description"] = p.description
    out["schema"] = js.field_schema(replace(p, description=""))
    if isinstance(p.type, ir.ArrayOf) and p.location == "query":
        out.update(style="form", explode=p.style != "comma")
    return out


def build_document(api: ir.Api) -> dict[str, Any]:
    js = SchemaExporter(api, "#/components/schemas/")
    c = api.client
    scheme, security = (("BearerAuth", {"type": "http", "scheme": "bearer"}) if c.auth_prefix == "Bearer "
                        else ("ApiKeyAuth", {"type": "apiKey", "in": "header", "name": c.auth_header}))
    paths: dict[str, Any] = {}
    for r in api.resources:
        for op in r.operations:
            in_body = tuple(p for p in op.all_params() if p.location == "body")
            body_schema = js.object_schema(in_body, "")
            media = {"multipart": "multipart/form-data", "form": "application/x-www-form-urlencoded", "binary": "application/octet-stream"}.get(op.body, "application/json")
            content: dict[str, Any] = {"application/json": {"schema": js.ref(op.response.path[0])}}
            if op.streaming:
                content["text/event-stream"] = {"schema": js.ref(op.streaming.event)}
            operation: dict[str, Any] = {
                "operationId": f"{r.name}.{op.name}",
                "tags": [r.name],
                "summary": op.summary or op.name,
            }
            if op.description:
                operation["description"] = op.description
            parameters = [_parameter(js, p) for p in op.params if p.location != "body"]
            if parameters:
                operation["parameters"] = parameters
            if op.body != "none" and op.method in ir.BODY_METHODS and in_body:
                body: dict[str, Any] = {"schema": js.type_schema(in_body[0].type) if op.body == "binary" else body_schema}
                encoding = {p.name: {"contentType": ", ".join(p.content_types)} for p in op.params if p.content_types}
                if encoding and op.body == "multipart":
                    body["encoding"] = encoding
                operation["requestBody"] = {"required": True, "content": {media: body}}
            operation["responses"] = {"200": {"description": "OK", "content": content}}
            if op.rules:
                operation["x-sdkgen-rules"] = [_rule(x) for x in op.rules]
            paths.setdefault(op.path, {})[op.method.lower()] = operation
    info: dict[str, Any] = {"title": api.title, "version": api.version}
    if api.description:
        info["description"] = api.description
    return {
        "openapi": "3.1.0",
        "info": info,
        "servers": [{"url": api.client.base_url}],
        "security": [{scheme: []}],
        "paths": dict(sorted(paths.items())),
        "components": {
            "securitySchemes": {scheme: security},
            "schemas": js.definitions(),
        },
    }
