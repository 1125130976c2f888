"""IR -> an OpenAPI 3.1 document (``generated/openapi/openapi.yaml``).

The view is the document itself (a mapping built here, in a fixed key order); the template adds
the header and places its YAML. What OpenAPI cannot say travels as extensions of each operation:
the rules (``x-sdkgen-rules``), the pagination (``x-sdkgen-pagination``, the runtime tables' shape)
and a stream's settings (``x-sdkgen-stream``: its param, "" when it always streams, keep-alive and
error event types, the done line); a union's default variant is ``x-sdkgen-default`` in its
discriminator (see ``jsonschema_export``).

Choices: operations are tagged with their resource's dotted name (``books.reviews``), which
prefixes their operationId; client headers are reusable header parameters
(``#/components/parameters/<option>``, ``required`` as the spec says) listed on every operation;
auth is ``http bearer``, ``apiKey`` in its header, ``http basic``, or no security at all (none);
responses are by format: ``application/json`` (an array for ``response_array``), ``application/jsonl``
(the schema of each line), ``application/octet-stream``, ``text/plain``, 204 without content (a HEAD
operation: 200), plus ``text/event-stream`` (the event union) for streams, and every operation's
``default`` is the API's error body (``client.errors``) with its request-id header.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any, Mapping

from ... import ir
from ...errors import SpecError
from ...formatcache import NONE, Formatter
from ...jsonschema_export import SchemaExporter
from ...planning import Names, Plan
from ...planning.tables import pagination_table
from ..base import environment, header_lines
from .yamlout import dump


class OpenAPIEmitter:
    name = "openapi"

    def wants(self, api: ir.Api) -> bool:
        return True

    def style(self, api: ir.Api) -> None:
        return None

    def check(self, api: ir.Api, names: Names) -> list[SpecError]:
        return []

    formatters: tuple[str, ...] = ()

    def formatter(self, name: str) -> Formatter:
        return NONE

    def emit(self, plan: Plan, names: Names) -> Mapping[str, str]:
        api = plan.api
        doc = build_document(api)
        body = dump(doc)
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


def _client_header(h: ir.HeaderOption) -> dict[str, Any]:
    """A client header (sent on every request) as a reusable header parameter."""
    schema: dict[str, Any] = {"type": "string"}
    if h.default:
        schema["default"] = h.default
    return {"name": h.header, "in": "header", "required": h.required, "schema": schema}


def _security(c: ir.Client) -> dict[str, Any]:
    """The auth scheme as OpenAPI security schemes (none: no scheme)."""
    if c.auth_scheme == "none":
        return {}
    if c.auth_scheme == "basic":
        return {"BasicAuth": {"type": "http", "scheme": "basic"}} | _extra_security(c)
    if c.auth_scheme == "header":
        return {"ApiKeyAuth": {"type": "apiKey", "in": "header", "name": c.auth_header}} | _extra_security(c)
    return {"BearerAuth": {"type": "http", "scheme": "bearer"}} | _extra_security(c)


def _scheme(cred: ir.Credential) -> dict[str, Any]:
    if cred.scheme == "header":
        return {"type": "apiKey", "in": "header", "name": cred.header}
    return {"type": "http", "scheme": cred.scheme}


def _extra_security(c: ir.Client) -> dict[str, Any]:
    """client.extra_auth's credentials, each a scheme named by its option."""
    return {x.option: _scheme(x) for x in c.extra_auth}


def _scheme_name(c: ir.Client, option: str) -> str:
    if option != c.auth_option:
        return option
    return {"basic": "BasicAuth", "header": "ApiKeyAuth"}.get(c.auth_scheme, "BearerAuth")


def _error_response(c: ir.Client) -> dict[str, Any]:
    """The API's error body (client.errors: its fields by role, under the envelope) and request id."""
    e = c.errors
    fields: dict[str, Any] = {getattr(e, role): {} for role in ("type", "code", "param") if getattr(e, role)}  # null or any JSON
    fields = {e.message: {"type": "string"}, **fields} if e.message else fields
    schema: dict[str, Any] = {"type": "object", "properties": fields}
    if e.envelope:
        schema = {"type": "object", "properties": {e.envelope: schema}, "required": [e.envelope]}
    out: dict[str, Any] = {"description": "An error", "content": {"application/json": {"schema": schema}}}
    if e.request_id_header:
        out["headers"] = {e.request_id_header: {"description": "The request's id", "schema": {"type": "string"}}}
    return out


_MEDIA = {"jsonl": "application/jsonl", "binary": "application/octet-stream", "text": "text/plain"}


def _responses(js: SchemaExporter, op: ir.Operation) -> dict[str, Any]:
    """The success response by format (jsonl: the schema of each line), SSE for a stream."""
    content: dict[str, Any] = {}
    if op.response is not None and op.response_format in ("json", "jsonl"):
        item = js.type_schema(op.response)
        schema = {"type": "array", "items": item} if op.response_array else item
        content[_MEDIA.get(op.response_format, "application/json")] = {"schema": schema}
    elif op.response_format in ("binary", "text"):
        schema = {"type": "string", "format": "binary"} if op.response_format == "binary" else {"type": "string"}
        content[_MEDIA[op.response_format]] = {"schema": schema}
    if op.streaming:
        content["text/event-stream"] = {"schema": js.ref(op.streaming.event)}
    ok: dict[str, Any]
    if not content:  # response_format none: 204, or 200 for HEAD
        ok = {"204": {"description": "No Content"}} if op.method != "HEAD" else {"200": {"description": "OK"}}
    else:
        ok = {"200": {"description": "OK", "content": content}}
    return {**ok, "default": {"$ref": "#/components/responses/Error"}}


def _request_body(js: SchemaExporter, op: ir.Operation) -> dict[str, Any] | None:
    in_body = tuple(p for p in op.all_params() if p.location == "body")
    if op.body == "none" or op.method not in ir.BODY_METHODS or not in_body:
        return None
    if op.body == "binary":  # the one file param's bytes, as any of its media types
        schema = js.type_schema(in_body[0].type)
        return {"required": True, "content": {m: {"schema": schema} for m in in_body[0].content_types or ("application/octet-stream",)}}
    media = {"multipart": "multipart/form-data", "form": "application/x-www-form-urlencoded"}.get(op.body, "application/json")
    body: dict[str, Any] = {"schema": js.object_schema(in_body, "")}
    encoding = {p.name: {"contentType": ", ".join(p.content_types)} for p in in_body if p.content_types}
    if encoding and op.body == "multipart":
        body["encoding"] = encoding
    return {"required": True, "content": {media: body}}


def _operation(js: SchemaExporter, api: ir.Api, r: ir.Resource, op: ir.Operation) -> dict[str, Any]:
    operation: dict[str, Any] = {"operationId": f"{r.name}.{op.name}", "tags": [r.name], "summary": op.summary or op.name}
    if op.description:
        operation["description"] = op.description
    parameters = [_parameter(js, p) for p in op.params if p.location != "body"]
    parameters += [{"$ref": f"#/components/parameters/{h.option}"} for h in api.client.headers]
    if parameters:
        operation["parameters"] = parameters
    body = _request_body(js, op)
    if body is not None:
        operation["requestBody"] = body
    operation["responses"] = _responses(js, op)
    if op.streaming:
        s = op.streaming
        operation["x-sdkgen-stream"] = {"param": s.param, "keepalive": list(s.keepalive), "error_event": s.error_event, "done": s.done}
    if op.pagination:
        operation["x-sdkgen-pagination"] = pagination_table(op.pagination)
    if op.auth != tuple(x.option for x in api.client.credentials[:1]):  # any one of them will do
        operation["security"] = [{_scheme_name(api.client, o): []} for o in op.auth]
    if op.rules:
        operation["x-sdkgen-rules"] = [_rule(x) for x in op.rules]
    return operation


def build_document(api: ir.Api) -> dict[str, Any]:
    js = SchemaExporter(api, "#/components/schemas/")
    security = _security(api.client)
    paths: dict[str, Any] = {}
    for r in api.all_resources():
        for op in r.operations:
            paths.setdefault(op.path, {})[op.method.lower()] = _operation(js, api, r, op)
    info: dict[str, Any] = {"title": api.title, "version": api.version}
    if api.description:
        info["description"] = api.description
    if api.license:  # an SPDX expression: OpenAPI 3.1's identifier
        info["license"] = {"name": api.license, "identifier": api.license}
    if api.authors:
        info["contact"] = {"name": api.authors[0][0], **({"email": api.authors[0][1]} if api.authors[0][1] else {})}
    if api.urls:
        info["x-sdkgen-urls"] = dict(api.urls)
    components: dict[str, Any] = {}
    if security:
        components["securitySchemes"] = security
    if api.client.headers:
        components["parameters"] = {h.option: _client_header(h) for h in api.client.headers}
    components["responses"] = {"Error": _error_response(api.client)}
    components["schemas"] = js.definitions()
    return {
        "openapi": "3.1.0",
        "info": info,
        "servers": [{"url": api.client.base_url}],
        "security": [{_scheme_name(api.client, x.option): []} for x in api.client.credentials[:1]],
        "tags": [{"name": r.name, **({"description": r.description} if r.description else {})} for r in api.all_resources()],
        "paths": dict(sorted(paths.items())),
        "components": components,
    }
