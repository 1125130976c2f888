"""The mock server: routes every operation of a spec, validates requests like the API, answers
with examples built from the spec, streams event unions as SSE, and plays scripted faults.

Answers follow the operation's response format: ``json`` (the example, a list of examples for an
array, a page of the example's items for a paginated operation: ``samples.paged``), ``jsonl``
(``application/jsonl``, one example a line), ``binary`` (``application/octet-stream``), ``text``
(``text/plain; charset=utf-8``) and ``none`` (204 without a body; a HEAD operation: 200). A stream
(the operation always streams, or its stream param is true) sends every variant of the event union
as SSE, each keep-alive event type (``event: ping``, ``data: {"type": "ping"}``) before the first
event and between events. Auth follows the spec's scheme (bearer, header, basic: any non-empty
credential; none) and a ``required`` client header missing is a 400 in the spec's error shape.

Routing: the path after the base URL's is matched, still percent-encoded, against each operation's
template: literal text exactly, each ``{name}`` one non-empty segment, percent-decoded. Among the
operations of the request's method (HEAD falls back to GET when no HEAD operation matches: a GET
answer without its body) whose template matches, the one with
the fewest placeholders wins (template-free routes first, then spec order). A path that matches
only under other methods answers 405, no match 404.

Control endpoints (for tests), scoped by the ``X-Mock-Scope`` request header so tests that run
side by side do not see each other's faults or requests:

- ``POST /__mock/faults`` with ``{"scope", "count", "status", "retry_after", "retry_after_ms",
  "should_retry", "delay", "cut_after_events", "inject_event", "error_event", "done", "path"}``:
  the next ``count`` matching requests get that behaviour. ``error_event`` sends the spec's error
  event type (``error`` when the spec names none) with an error body of the message given;
  ``done`` ends the stream with the spec's done line (nothing when it has none).
- ``GET /__mock/requests?scope=S``: what the server received: ``method``, ``path`` (the matched
  operation's path template, e.g. ``/books/{book_id}``; else the path after the base URL's),
  ``raw_path`` (the path as sent, still percent-encoded), ``query`` (each key's values as text),
  ``headers`` (lower-cased names) and ``params`` (every param by name, from the path, the query,
  the headers and the body, as typed values; files by their names, content types and sizes).
- ``DELETE /__mock/scope?scope=S``: forget a scope.

Bodies are read with suspicion (see :mod:`generator.mock.body`): a ``Content-Length`` that is not
a number, two different ones, one next to ``Transfer-Encoding``, or a bad chunk is a 400 (and the
connection closed); a JSON body nested more than 200 deep a 400; a JSON, form or control body over
64 MB a 413. Uploads (multipart, binary) are parsed as they arrive: files are counted, never held,
so a 100 MB upload costs no more memory than a small one. A connection silent for ``timeout``
seconds (60; between requests, or within a body) is closed, with a 408 when a request had begun. A
bug of the mock's answers 500 (and prints its traceback); the server keeps serving.

With ``lax`` (``sdkgen mock --lax``), for test suites written against Prism or Steady: a file of
any content type is accepted, and so is a plain multipart field sent for a file param, and the
spec's ``rules:`` are not enforced; types, enums, bounds and required params still are.

Each request is logged once on stderr when it is done: method, path, status and milliseconds
(``POST /v1/images/generations 200 0.8ms``), marked ``(client disconnected)`` when the client hung
up first; the control endpoints only with ``verbose``. A client that hangs up (a test's timeout, a
closed stream, a reset keep-alive connection) is no error: no traceback.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
import signal
import sys
import threading
import time
import traceback
from collections import deque
from dataclasses import dataclass, replace
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Optional
from urllib.parse import parse_qs, unquote, urlsplit

from .. import ir
from ..semantics import samples
from ..semantics.checker import FileValue, params_problems
from ..semantics.samples import model_example
from .body import BodyError, BodyReader, Part, boundary_of, framing, parse_multipart

REQUESTS_KEPT = 10_000  # per scope: a long-lived server forgets the oldest
MAX_JSON_DEPTH = 200  # deeper JSON bodies are refused (a 400), so nothing recurses without end
DEFAULT_TIMEOUT = 60.0  # seconds a connection may stay silent (between requests, in a body) before it is closed


class Fault:
    def __init__(self, spec: dict[str, Any]) -> None:
        self.count = int(spec.get("count", 1))
        self.path = spec.get("path")
        self.status = None if spec.get("status") is None else int(spec["status"])
        self.retry_after = spec.get("retry_after")
        self.retry_after_ms = spec.get("retry_after_ms")
        self.should_retry = spec.get("should_retry")
        self.delay = float(spec.get("delay", 0))
        self.cut_after_events = spec.get("cut_after_events")
        self.inject_event = spec.get("inject_event")
        self.error_event = spec.get("error_event")
        self.done = bool(spec.get("done", False))
        self.body = spec.get("body")


class State:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.faults: dict[str, deque[Fault]] = {}
        self.requests: dict[str, deque[dict[str, Any]]] = {}

    def take_fault(self, scope: str, path: str) -> Optional[Fault]:
        with self.lock:
            queue = self.faults.get(scope)
            if not queue:
                return None
            for fault in queue:
                if fault.path in (None, path):
                    fault.count -= 1
                    if fault.count <= 0:
                        queue.remove(fault)
                    return fault
            return None


def _error(shape: ir.ErrorShape, message: str, param: Optional[str] = None, type_: str = "invalid_request_error", code: Optional[str] = None) -> Any:
    """An error body in the API's own shape (the spec's client.errors); fields the API has not are left out."""
    values = {"message": message, "type": type_, "param": param, "code": code}
    details = {getattr(shape, role): value for role, value in values.items() if getattr(shape, role)}
    return {shape.envelope: details} if shape.envelope else details


class _Upload(FileValue):
    """A file as received: its name, content type and size; its bytes were counted, not kept."""

    def __init__(self, filename: str, content_type: str, size: int) -> None:
        super().__init__(filename, content_type, b"")
        self.size = size


@dataclass
class _Received:
    """A request's body as read: ``raw`` (JSON, form, control bodies), its size, the parts of a
    multipart body, and why it could not be parsed (answered after auth, like any other 400)."""

    raw: bytes = b""
    size: int = 0
    parts: Optional[list[Part]] = None
    error: Optional[str] = None


def _takes_file(t: ir.TypeRef) -> bool:
    if isinstance(t, ir.Primitive):
        return t.kind == "file"
    if isinstance(t, ir.ArrayOf):
        return _takes_file(t.items)
    if isinstance(t, ir.OneOf):
        return any(_takes_file(v) for v in t.variants)
    return False


def _relaxed(op: ir.Operation) -> ir.Operation:
    """The operation as ``--lax`` checks it: no rules, files of any content type."""
    return replace(op, rules=(), params=tuple(replace(f, content_types=()) if f.content_types else f for f in op.params))


def _too_deep(value: Any, limit: int) -> bool:
    """The value nests lists and objects more than ``limit`` deep (walked without recursion)."""
    stack = [(value, 1)]
    while stack:
        v, depth = stack.pop()
        if isinstance(v, (dict, list)):
            if depth > limit:
                return True
            stack.extend((item, depth + 1) for item in (v.values() if isinstance(v, dict) else v))
    return False


class BadRequest(Exception):
    def __init__(self, message: str, param: Optional[str] = None) -> None:
        super().__init__(message)
        self.param = param


_INTEGER = re.compile(r"-?[0-9]+")
_NUMBER = re.compile(r"-?[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]+)?")


def _convert(api: ir.Api, t: ir.TypeRef, raw: str) -> Any:
    """A text value (a multipart field, a path segment, a query or header value) as the param's
    type; left as text when it does not parse, so the checker reports the wrong type."""
    if isinstance(t, ir.Primitive):
        if t.kind in ("integer", "number") and _INTEGER.fullmatch(raw):
            return int(raw)
        if t.kind == "number" and _NUMBER.fullmatch(raw):
            return float(raw)
        if t.kind == "boolean":
            return {"true": True, "false": False}.get(raw, raw)
    return raw


def _from_texts(api: ir.Api, f: ir.Field, texts: list[str]) -> Any:
    """A path, query or header param from its texts: a list item by item (joined with commas in a
    header or with style comma, one text per item otherwise); a scalar from its one text (several
    stay a list of texts, for the checker to report)."""
    if isinstance(f.type, ir.ArrayOf):
        if f.style == "comma" or f.location == "header":
            texts = [item for text in texts if text for item in text.split(",")]
        return [_convert(api, f.type.items, t) for t in texts]
    return _convert(api, f.type, texts[0]) if len(texts) == 1 else texts


def _auth_ok(client: ir.Client, op: ir.Operation, headers: Any) -> bool:
    """The request carries one of the operation's credentials in the form of its scheme: any non-empty
    key (bearer, header), any non-empty ``user:password`` in base64 (basic); an operation that takes
    none needs nothing."""
    return not op.auth or any(_credential_ok(client.credential(o), headers.get(client.credential(o).header, "")) for o in op.auth)


def _credential_ok(cred: ir.Credential, value: str) -> bool:
    if cred.scheme == "basic":
        scheme, _, encoded = value.partition(" ")
        try:
            credential = base64.b64decode(encoded.strip(), validate=True).decode("utf-8")
        except (binascii.Error, UnicodeDecodeError):
            return False
        return scheme.lower() == "basic" and bool(credential.replace(":", "", 1))
    return value.startswith(cred.prefix) and len(value) > len(cred.prefix)


_MEDIA = {"jsonl": "application/jsonl", "binary": "application/octet-stream", "text": "text/plain; charset=utf-8"}


def _encode(op: ir.Operation, value: Any) -> tuple[bytes, str]:
    """A response sample as the body and the content type of the operation's response format."""
    if op.response_format == "binary":
        return bytes(value), _MEDIA["binary"]
    if op.response_format == "text":
        return str(value).encode("utf-8"), _MEDIA["text"]
    if op.response_format == "jsonl":
        return "".join(json.dumps(item) + "\n" for item in value).encode(), _MEDIA["jsonl"]
    return json.dumps(value).encode(), "application/json"


Route = tuple["re.Pattern[str]", tuple[str, ...], ir.Operation]


def _routes(api: ir.Api) -> list[Route]:
    """Each operation's template as a pattern on the raw path and its placeholders' names, the
    ones with fewer placeholders first."""
    out: list[Route] = []
    for op in api.operations():
        parts = re.split(r"{([^{}]*)}", op.path)  # literal, name, literal, ...
        pattern = "".join(re.escape(part) if i % 2 == 0 else "([^/]+)" for i, part in enumerate(parts))
        out.append((re.compile(pattern), tuple(parts[1::2]), op))
    return sorted(out, key=lambda r: len(r[1]))


def _match(routes: list[Route], method: str, path: str) -> tuple[Optional[ir.Operation], dict[str, str], list[str]]:
    """The operation a request names and its path values (decoded); without one, the methods
    the path allows (empty: no such path)."""
    found = [(m, names, op) for pattern, names, op in routes if (m := pattern.fullmatch(path))]
    for wanted in (method, "GET") if method == "HEAD" else (method,):
        for m, names, op in found:
            if op.method == wanted:
                return op, {n: unquote(v) for n, v in zip(names, m.groups(), strict=True)}, []
    return None, {}, sorted({op.method for _, _, op in found})


_LOG_LOCK = threading.Lock()
_UNPRINTABLE = {c: f"\\x{c:02x}" for c in [*range(0x20), *range(0x7F, 0xA0)]}


def make_handler(api: ir.Api, state: State, verbose: bool = False, lax: bool = False, timeout: Optional[float] = DEFAULT_TIMEOUT) -> type[BaseHTTPRequestHandler]:
    """The request handler. ``lax``: files of any content type (and a text part for a file param)
    are accepted and the spec's rules are not enforced; types, required params and bounds still
    are. ``timeout``: the seconds a connection may stay silent before it is closed."""
    routes = _routes(api)
    base_path = urlsplit(api.client.base_url).path.rstrip("/")
    relaxed = {id(op): _relaxed(op) for _, _, op in routes} if lax else {}
    silence = timeout  # a class body cannot read the function's name it assigns

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        server_version = "sdkgen-mock/1"
        disable_nagle_algorithm = True  # a response's headers and body go out in two writes: no 40 ms wait between them
        _started: Optional[float] = None
        _status: Optional[int] = None
        # a connection silent this long is closed: between requests quietly, within one with a 408
        # (socketserver sets it on the socket; it bounds each read and write, not the whole request)
        timeout = silence
        _gone = False

        # ------------------------------------------------------------ one log line per request
        def handle_one_request(self) -> None:
            """One request of the connection, then its log line (method, path, status, ms) on
            stderr; the /__mock control endpoints only with ``verbose``. A client that hangs up
            ends the connection quietly."""
            self._started, self._status, self._gone, self.command, self.path = None, None, False, "", ""
            try:
                super().handle_one_request()
            except ConnectionError:
                self._gone = self.close_connection = True
            if self._started is None and self._status is None:
                return  # the connection closed (or timed out) between requests
            if self.path.startswith("/__mock/") and not verbose:
                return
            ms = (time.monotonic() - (self._started or time.monotonic())) * 1000
            status = str(self._status) if self._status is not None else "-"
            line = f"{self.command or '-'} {self.path or self.requestline} {status} {ms:.1f}ms"
            line = line.translate(_UNPRINTABLE) + (" (client disconnected)" if self._gone else "")
            with _LOG_LOCK:
                sys.stderr.write(line + "\n")
                sys.stderr.flush()

        def parse_request(self) -> bool:
            self._started = time.monotonic()
            return super().parse_request()

        def send_response(self, code: int, message: Optional[str] = None) -> None:
            self._status = code
            super().send_response(code, message)

        def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
            pass  # handle_one_request logs each request once, when it is done

        def log_message(self, format: str, *args: Any) -> None:
            pass

        # ------------------------------------------------------------ plumbing
        def _receive(self, op: Optional[ir.Operation], method: str, reader: BodyReader) -> _Received:
            """The body, read as far as the request needs it: an upload (multipart, binary) is
            parsed as it arrives and its files only counted; a body no operation takes is drained;
            the others are read whole (413 past 64 MB)."""
            if op is None:
                reader.drain()
                return _Received(size=reader.size)
            if method not in ir.BODY_METHODS or op.body not in ("multipart", "binary"):
                raw = reader.read_all()
                return _Received(raw=raw, size=len(raw))
            ctype = self.headers.get("Content-Type", "")
            if op.body == "binary" or not ctype.startswith("multipart/form-data"):
                reader.drain()  # a wrong content type is answered by _body_params
                return _Received(size=reader.size)
            boundary = boundary_of(ctype)
            if boundary is None:
                reader.drain()
                return _Received(size=reader.size, error="Malformed multipart body: no boundary")
            fields = {p.name: p for p in op.all_params()}

            def counted(name: Optional[str], filename: Optional[str]) -> bool:
                if filename is not None:
                    return True
                f = fields.get((name or "").removesuffix("[]"))
                return lax and f is not None and _takes_file(f.type)

            try:
                parts = parse_multipart(reader, boundary, counted)
            except BodyError as exc:
                if exc.status != 400:
                    raise
                self.close_connection = True  # where the body ends is anyone's guess
                return _Received(size=reader.size, error=str(exc))
            return _Received(size=reader.size, parts=parts)

        def _refuse(self, status: int, message: str) -> None:
            """An answer to a request that cannot be read (its framing, its size, a timeout); the
            connection is closed after it."""
            self.close_connection = True
            if self._status is not None:
                return  # the answer had begun
            try:
                self._send_json(status, _error(api.client.errors, message), {"Connection": "close"})
            except OSError:
                pass

        def _send_json(self, status: int, payload: Any, extra: Optional[dict[str, str]] = None) -> None:
            self._send(status, json.dumps(payload).encode(), "application/json", extra)

        def _send(self, status: int, data: bytes, ctype: str, extra: Optional[dict[str, str]] = None) -> None:
            """A response; HEAD gets the headers alone, 204 neither a body nor a length."""
            self.send_response(status)
            if ctype:
                self.send_header("Content-Type", ctype)
            if status != 204:
                self.send_header("Content-Length", str(len(data)))
            if api.client.errors.request_id_header:
                self.send_header(api.client.errors.request_id_header, f"req_mock_{id(self) & 0xFFFFFF:06x}")
            for k, v in (extra or {}).items():
                self.send_header(k, v)
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(data)

        def do_GET(self) -> None:
            self._dispatch("GET")

        def do_POST(self) -> None:
            self._dispatch("POST")

        def do_PUT(self) -> None:
            self._dispatch("PUT")

        def do_PATCH(self) -> None:
            self._dispatch("PATCH")

        def do_DELETE(self) -> None:
            self._dispatch("DELETE")

        def do_HEAD(self) -> None:
            self._dispatch("HEAD")

        # ------------------------------------------------------------ control
        def _control(self, method: str, path: str, query: dict[str, list[str]], body: bytes) -> None:
            scope = (query.get("scope") or [""])[0]
            if path == "/__mock/faults" and method == "POST":
                try:
                    spec = json.loads(body or b"{}")
                    fault = Fault(spec)
                except (ValueError, TypeError, AttributeError, RecursionError) as exc:  # not JSON, not an object, a count not a number
                    self._send_json(400, _error(api.client.errors, f"Invalid fault: {exc}"))
                    return
                with state.lock:
                    state.faults.setdefault(str(spec.get("scope", "")), deque()).append(fault)
                self._send_json(200, {"ok": True})
            elif path == "/__mock/requests" and method == "GET":
                with state.lock:  # encoded under the lock (a record gets its params later), sent outside it
                    data = json.dumps({"requests": list(state.requests.get(scope, []))}).encode()
                self._send(200, data, "application/json")
            elif path == "/__mock/scope" and method == "DELETE":
                with state.lock:
                    state.faults.pop(scope, None)
                    state.requests.pop(scope, None)
                self._send_json(200, {"ok": True})
            elif path == "/__mock/health":
                self._send_json(200, {"ok": True, "operations": len(routes)})
            else:
                self._send_json(404, _error(api.client.errors, f"unknown control endpoint {method} {path}"))

        # ------------------------------------------------------------ API
        def _dispatch(self, method: str) -> None:
            try:
                self._serve(method)
            except ConnectionError:  # the client went away (a test's timeout, a closed stream, an upload cut short)
                self._gone = self.close_connection = True
            except BodyError as exc:
                self._refuse(exc.status, str(exc))
            except TimeoutError:
                self._refuse(408, f"The request did not arrive within {timeout:g} s")
            except Exception:  # a bug of the mock's: say so, answer 500, keep serving
                with _LOG_LOCK:
                    traceback.print_exc()
                self._refuse(500, "The mock server failed on this request")

        def _serve(self, method: str) -> None:
            url = urlsplit(self.path)
            reader = BodyReader(self.rfile, framing(self.headers))
            if url.path.startswith("/__mock/"):
                self._control(method, url.path, parse_qs(url.query), reader.read_all())
                return
            path = url.path
            if base_path and path.startswith(base_path):
                path = path[len(base_path):] or "/"
            op, path_values, allowed = _match(routes, method, path)
            body = self._receive(op, method, reader)
            query = parse_qs(url.query, keep_blank_values=True)
            scope = self.headers.get("X-Mock-Scope", "")
            record: dict[str, Any] = {
                "method": method, "path": op.path if op else path, "raw_path": url.path, "query": query,
                "headers": {k.lower(): v for k, v in self.headers.items()},
            }
            with state.lock:
                state.requests.setdefault(scope, deque(maxlen=REQUESTS_KEPT)).append(record)
            if op is None and allowed:
                error = _error(api.client.errors, f"Method {method} not allowed for {url.path} (allowed: {', '.join(allowed)})", code="method_not_allowed")
                self._send_json(405, error, {"Allow": ", ".join(allowed)})
                return
            if op is None:
                self._send_json(404, _error(api.client.errors, f"Invalid URL ({method} {url.path})", code="not_found"))
                return
            fault = state.take_fault(scope, op.path)
            if fault and fault.delay:
                time.sleep(fault.delay)
            if fault and fault.status:
                headers = {}
                if fault.retry_after is not None:
                    headers["retry-after"] = str(fault.retry_after)
                if fault.retry_after_ms is not None:
                    headers["retry-after-ms"] = str(fault.retry_after_ms)
                if fault.should_retry is not None:
                    headers["x-should-retry"] = "true" if fault.should_retry else "false"
                payload = fault.body if fault.body is not None else _error(api.client.errors, f"mock fault: status {fault.status}", type_="mock_error")
                self._send_json(int(fault.status), payload, headers)
                return
            if not _auth_ok(api.client, op, self.headers):
                self._send_json(401, _error(api.client.errors, "You didn't provide an API key.", type_="invalid_request_error", code="invalid_api_key"))
                return
            for h in api.client.headers:
                if h.required and not self.headers.get(h.header):
                    self._send_json(400, _error(api.client.errors, f"Missing required header: '{h.header}'.", param=h.header, code="missing_header"))
                    return
            try:
                params = self._params(op, method, path_values, query, body)
            except BadRequest as exc:
                self._send_json(400, _error(api.client.errors, str(exc), param=exc.param))
                return
            record["params"] = {k: (_describe_file(v) if isinstance(v, (FileValue, list)) else v) for k, v in params.items()}
            problems = params_problems(relaxed.get(id(op), op), api, params)
            if problems:
                self._send_json(400, _error(api.client.errors, problems[0].message, param=problems[0].param))
                return
            if op.streaming and (op.streaming.always or params.get(op.streaming.param) is True) and method != "HEAD":
                self._stream(op, params, fault)
                return
            if op.response_format == "none":  # HEAD answers 200 (a 204 would say nothing of the resource)
                self._send(200 if method == "HEAD" else 204, b"", "")
                return
            sample = samples.paged(api, op, params) if op.pagination else samples.response_sample(api, op)
            self._send(200, *_encode(op, sample))

        def _params(self, op: ir.Operation, method: str, path_values: dict[str, str], query: dict[str, list[str]], body: _Received) -> dict[str, Any]:
            """Every param the request carries, by name: the body's, then those of the path, the
            query and the headers (unknown query keys and headers are ignored)."""
            if method not in ir.BODY_METHODS and body.size:
                raise BadRequest(f"{method} requests have no body")
            params = self._body_params(op, body) if method in ir.BODY_METHODS else {}
            for f in op.all_params():
                if f.location == "body":
                    continue
                if f.name in params:  # sent in the body, but it belongs elsewhere
                    raise BadRequest(f"Unrecognized request argument supplied: {f.name}", f.name)
                if f.location == "path":
                    texts: Optional[list[str]] = [path_values[f.name]]
                elif f.location == "query":
                    texts = query.get(f.name)
                else:
                    texts = self.headers.get_all(f.header)
                if texts is not None:
                    params[f.name] = _from_texts(api, f, texts)
            return params

        def _body_params(self, op: ir.Operation, received: _Received) -> dict[str, Any]:
            ctype = self.headers.get("Content-Type", "")
            body = received.raw
            if op.body == "json":
                if not body:
                    return {}
                if "json" not in ctype:
                    raise BadRequest(f"Unsupported content type '{ctype}': expected application/json")
                try:
                    data = json.loads(body)
                except RecursionError:
                    data = None
                except ValueError as exc:  # not JSON, or not UTF-8
                    raise BadRequest(f"We could not parse the JSON body of your request: {exc}") from None
                if data is None or _too_deep(data, MAX_JSON_DEPTH):
                    raise BadRequest(f"We could not parse the JSON body of your request: nested more than {MAX_JSON_DEPTH} levels deep")
                if not isinstance(data, dict):
                    raise BadRequest("The JSON body must be an object")
                return data
            if op.body == "multipart":
                if not ctype.startswith("multipart/form-data"):
                    raise BadRequest(f"Unsupported content type '{ctype}': expected multipart/form-data")
                if received.error is not None or received.parts is None:
                    raise BadRequest(received.error or "Malformed multipart body")
                return self._multipart(op, received.parts)
            in_body = [f for f in op.params if f.location == "body"]
            if op.body == "form":
                if body and not ctype.startswith("application/x-www-form-urlencoded"):
                    raise BadRequest(f"Unsupported content type '{ctype}': expected application/x-www-form-urlencoded")
                texts = parse_qs(body.decode("utf-8", errors="replace"), keep_blank_values=True)
                fields = {f.name: f for f in in_body}
                return {k: _from_texts(api, fields[k], v) if k in fields else v[-1] for k, v in texts.items()}
            if op.body == "binary" and received.size and in_body:  # the one file param is the whole body
                return {in_body[0].name: _Upload("", ctype or "application/octet-stream", received.size)}
            return {}

        def _multipart(self, op: ir.Operation, parts: list[Part]) -> dict[str, Any]:
            fields = {p.name: p for p in op.all_params()}
            out: dict[str, Any] = {}
            for part in parts:
                name = part.name
                if name is None:
                    continue
                is_list = name.endswith("[]")
                key = name[:-2] if is_list else name
                value: Any
                if part.data is None:  # a file (with --lax, any part a file param is sent as)
                    value = _Upload(part.filename or "", part.content_type or "application/octet-stream", part.size)
                else:
                    f = fields.get(key)
                    text = part.data.decode("utf-8", errors="replace")
                    value = _convert(api, f.type, text) if f is not None else text
                    if f is not None and isinstance(f.type, ir.ArrayOf):
                        value = _convert(api, f.type.items, text)
                if is_list:
                    out.setdefault(key, []).append(value)
                else:
                    out[key] = value
            return out

        def _stream(self, op: ir.Operation, params: dict[str, Any], fault: Optional[Fault]) -> None:
            assert op.streaming is not None
            s = op.streaming
            union = api.union(s.event)
            keepalive = "".join(f"event: {k}\ndata: {json.dumps({union.discriminator: k})}\n\n" for k in s.keepalive)
            models = [api.model(ir.ModelRef("declared", (v.model,))) for v in union.variants]
            repeat = params.get(op.streaming.progress_param, 1) if op.streaming.progress_param else 1
            repeat = repeat if isinstance(repeat, int) and repeat >= 0 else 1
            events: list[tuple[str, dict[str, Any]]] = []
            for m in models[:-1]:
                for i in range(repeat):
                    events.append(self._event(union, m, i))
            events.append(self._event(union, models[-1], 0))
            if fault and fault.inject_event:
                injected = dict(fault.inject_event)
                events.insert(1, (str(injected.get(union.discriminator, "unknown")), injected))
            self.send_response(200)
            self.send_header("Content-Type", "text/event-stream")
            self.send_header("Cache-Control", "no-cache")
            self.send_header("Connection", "close")
            if api.client.errors.request_id_header:
                self.send_header(api.client.errors.request_id_header, "req_mock_stream")
            self.end_headers()
            self.close_connection = True
            # a cut or an error event comes after the first N events, or after the last when there are fewer;
            # the keep-alives come before each event (a cut or an error one too), not after the last
            for n in range(len(events) + 1):
                etype, data = events[min(n, len(events) - 1)]
                if fault and fault.cut_after_events is not None and n == min(int(fault.cut_after_events), len(events)):
                    self.wfile.write(f"{keepalive}event: {etype}\ndata: {json.dumps(data)[:20]}".encode())
                    self.wfile.flush()
                    return
                if fault and fault.error_event and n == min(1, len(events)):
                    err = _error(api.client.errors, str(fault.error_event), type_="server_error")
                    self.wfile.write(f"{keepalive}event: {s.error_event or 'error'}\ndata: {json.dumps(err)}\n\n".encode())
                    self.wfile.flush()
                    return
                if n == len(events):
                    break
                self.wfile.write(f"{keepalive}event: {etype}\ndata: {json.dumps(data)}\n\n".encode())
                self.wfile.flush()
            if fault and fault.done and s.done:
                self.wfile.write(f"data: {s.done}\n\n".encode())
                self.wfile.flush()

        def _event(self, union: ir.UnionType, m: ir.Model, index: int) -> tuple[str, dict[str, Any]]:
            data = model_example(api, m, index)
            value = next(v.value for v in union.variants if v.model == m.path[0])
            data[union.discriminator] = value
            return value, data

    return Handler


def _describe_file(value: Any) -> Any:
    if isinstance(value, FileValue):
        size = value.size if isinstance(value, _Upload) else len(value.data)
        return {"filename": value.filename, "content_type": value.content_type, "size": size}
    if isinstance(value, list):
        return [_describe_file(v) for v in value]
    return value


class _Server(ThreadingHTTPServer):
    daemon_threads = True  # a thread per connection, none waited for at shutdown
    request_queue_size = 1024  # the listen backlog: with socketserver's 5, a burst of clients waits on SYN retries

    def handle_error(self, request: Any, client_address: Any) -> None:
        if isinstance(sys.exc_info()[1], (ConnectionError, TimeoutError)):
            return  # a client that hangs up (or goes silent) mid-request or mid-response is no error of the server's
        super().handle_error(request, client_address)


def serve(
    api: ir.Api, host: str = "127.0.0.1", port: int = 4010, verbose: bool = False, lax: bool = False, timeout: Optional[float] = DEFAULT_TIMEOUT
) -> ThreadingHTTPServer:
    """The server, bound (``OSError`` when the port is taken); ``run`` serves it. ``lax``: accept
    any bytes as a file and skip the spec's rules (see ``make_handler``)."""
    return _Server((host, port), make_handler(api, State(), verbose, lax, timeout))


def run(server: ThreadingHTTPServer, api: ir.Api) -> int:
    """Serve until SIGTERM or SIGINT; the first line on stdout says where."""
    host, actual = server.socket.getsockname()[:2]
    print(f"mock server for {api.title} listening on http://{host}:{actual}{_base(api)}", flush=True)

    def stop(signum: int, frame: Any) -> None:
        threading.Thread(target=server.shutdown, daemon=True).start()

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    try:
        server.serve_forever(poll_interval=0.1)
    finally:
        server.server_close()
    print("mock server stopped", file=sys.stderr, flush=True)
    return 0


def _base(api: ir.Api) -> str:
    return urlsplit(api.client.base_url).path.rstrip("/")


__all__ = ["serve", "run", "HTTPStatus"]
