# File generated from spec.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.

"""Turns a generated method call into HTTP requests (with retries) and the response into typed objects.

One place holds the policy both clients share: which responses are retried, how long to wait,
how errors map to classes, how bodies are encoded and parsed. ``SyncAPIClient`` and
``AsyncAPIClient`` differ only in how they send and sleep.
"""

from __future__ import annotations

import asyncio
import email.utils
import functools
import importlib
import json
import logging
import math
import os
import random
import time
import typing
import zlib
from datetime import date, datetime, timezone
from typing import (
    Any,
    Awaitable,
    Callable,
    Dict,
    Iterable,
    List,
    Mapping,
    Optional,
    Sequence,
    Tuple,
    Type,
    TypeVar,
    Union,
)
from urllib.parse import quote

import httpx

from ._exceptions import (
    REDACTED,
    REQUEST_ID_HEADER,
    SECRETS_EXTENSION,
    APIConnectionError,
    APIRedirectError,
    APIResponseValidationError,
    APITimeoutError,
    OddClientError,
    is_credential_header,
    make_status_error,
    redact,
    request_secrets,
    secret_forms,
)
from ._files import FilePart, PreparedFile, is_file, prepare_file
from ._platform import (
    READ_TIMEOUT_HEADER,
    RETRY_COUNT_HEADER,
    Credential,
    credential_headers,
    platform_headers,
    read_timeout,
)
from ._response import RAW_RESPONSE_HEADER, APIResponse, AsyncAPIResponse, AsyncStreamedAPIResponse, StreamedAPIResponse
from ._types import NOT_GIVEN, NotGiven
from ._validation import Operation, StreamSpec, Validation, validate, validation_from_env
from .pagination import AsyncPage, AsyncPaginator, next_page_params

__all__ = [
    "SyncAPIClient",
    "AsyncAPIClient",
    "DefaultHttpxClient",
    "DefaultAsyncHttpxClient",
    "DefaultAioHttpClient",
    "DEFAULT_TIMEOUT",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_MAX_RESPONSE_BYTES",
    "DEFAULT_CONNECTION_LIMITS",
    "RETRY_COUNT_HEADER",
    "Timeout",
]

Timeout = httpx.Timeout  # the official SDK's top-level name for it
DEFAULT_TIMEOUT = httpx.Timeout(timeout=600.0, connect=5.0)
DEFAULT_MAX_RETRIES = 2
INITIAL_RETRY_DELAY = 0.5
MAX_RETRY_DELAY = 8.0
MAX_RETRY_AFTER = 60.0
DEFAULT_MAX_RESPONSE_BYTES = 256 * 1024 * 1024  # a decoded body larger than this is an error, not read whole
MAX_REDIRECTS = 5
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
DEADLINE_EXTENSION = "sdkgen_deadline"  # when reading the response must be over (time.monotonic())
BODY_METHODS = frozenset({"POST", "PUT", "PATCH"})  # GET, DELETE and HEAD send no body
RETRY_STATUSES = frozenset({408, 409, 429})

log = logging.getLogger(__name__.split(".")[0])
_LOG_SECRETS: "set[str]" = set()  # every client's credentials (all their forms): hidden in every log line
_T = TypeVar("_T")
_S = TypeVar("_S")
_I = TypeVar("_I")
_P = TypeVar("_P")
STREAM_ACCEPT = "text/event-stream"
_ACCEPT = {"json": "application/json", "none": "application/json", "jsonl": "application/jsonl", "text": "text/plain"}


class _RedactingFilter(logging.Filter):
    """Formats each record of this package's logger with every known credential replaced by ``[redacted]``."""

    def filter(self, record: logging.LogRecord) -> bool:
        secrets = sorted(_LOG_SECRETS, key=len, reverse=True)
        if secrets:
            record.msg = redact(record.getMessage(), secrets)
            record.args = None
        return True


_FILTER = _RedactingFilter()
log.addFilter(_FILTER)


def setup_logging(env_var: str) -> None:
    """``<CLIENT>_LOG=debug|info`` turns on this package's log output (once)."""
    level = os.environ.get(env_var, "").lower()
    if level in ("debug", "info") and not log.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("[%(asctime)s - %(name)s:%(lineno)d - %(levelname)s] %(message)s"))
        log.addHandler(handler)
        log.setLevel(logging.DEBUG if level == "debug" else logging.INFO)


def redacted(headers: Mapping[str, str], secrets: Sequence[str] = ()) -> Dict[str, str]:
    """Headers for a log: credential headers hidden, and every credential in the others."""
    return {k: REDACTED if is_credential_header(k) else redact(v, secrets) for k, v in headers.items()}


def _form_value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (dict, list)):
        return json.dumps(value)
    return str(value)


def _prepare(params: Mapping[str, object], multipart: bool) -> Dict[str, object]:
    """Files become PreparedFiles once, so each retry can send them again without re-reading."""
    if not multipart:
        return dict(params)
    out: Dict[str, object] = {}
    for name, value in params.items():
        if is_file(value):
            out[name] = prepare_file(value, name)  # type: ignore[arg-type]
        elif isinstance(value, (list, tuple)) and value and all(is_file(v) for v in value):
            out[name] = [prepare_file(v, name) for v in value]
        else:
            out[name] = value
    return out


def _plain(value: object, dates: bool) -> object:
    """A param value as plain data: any iterable a list, mappings (and models) dicts, recursively
    (files and strings as they are); with ``dates``, datetimes as RFC 3339 (naive ones taken as UTC)
    and dates as YYYY-MM-DD."""
    if hasattr(value, "model_dump") and not isinstance(value, type):  # a model (pydantic is imported only when used)
        return _plain(value.model_dump(by_alias=True, exclude_unset=True), dates)
    if isinstance(value, datetime) and dates:
        text = (value if value.tzinfo else value.replace(tzinfo=timezone.utc)).isoformat()
        return text[:-6] + "Z" if text.endswith("+00:00") else text
    if isinstance(value, date) and dates:
        return value.isoformat()
    if isinstance(value, (str, bytes, bytearray, memoryview, date)) or is_file(value):
        return value
    if isinstance(value, Mapping):
        return {k: _plain(v, dates) for k, v in value.items()}
    if isinstance(value, Iterable):
        return [_plain(v, dates) for v in value]
    return value


def _text(value: object) -> str:
    """A path, query or header value as text: booleans as true/false, lists joined with commas."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, tuple)):
        return ",".join(_text(item) for item in value)
    return str(value)


def encode_multipart(
    params: Mapping[str, object],
) -> Tuple[Dict[str, Union[str, List[str]]], List[Tuple[str, FilePart]]]:
    """Form fields and file parts: one file as ``name``, a list of files as repeated ``name[]``."""
    data: Dict[str, Union[str, List[str]]] = {}
    files: List[Tuple[str, FilePart]] = []
    for name, value in params.items():
        if value is None:
            continue
        if isinstance(value, PreparedFile):
            files.append((name, value.part()))
        elif isinstance(value, list) and value and isinstance(value[0], PreparedFile):
            files.extend((f"{name}[]", v.part()) for v in value)
        elif isinstance(value, (list, tuple)):
            data[f"{name}[]"] = [_form_value(v) for v in value]
        else:
            data[name] = _form_value(value)
    return data, files


def retry_after(headers: Optional[httpx.Headers]) -> Optional[float]:
    """Seconds the server asked us to wait (``retry-after-ms``, then ``retry-after`` as seconds or a date)."""
    if headers is None:
        return None
    ms = _seconds(headers.get("retry-after-ms"))
    if ms is not None:
        return ms / 1000
    value = headers.get("retry-after")
    if value is None:
        return None
    seconds = _seconds(value)
    if seconds is not None:
        return seconds
    try:  # an HTTP date; anything else (``soon``) is no answer
        parsed = email.utils.parsedate_to_datetime(value)
        if parsed.tzinfo is None:
            parsed = parsed.replace(tzinfo=timezone.utc)
        return parsed.timestamp() - time.time()
    except (TypeError, ValueError, OverflowError, IndexError):
        return None


def _seconds(value: Optional[str]) -> Optional[float]:
    """A finite number, else None (``nan``, ``inf``, text)."""
    if value is None:
        return None
    try:
        number = float(value)
    except ValueError:
        return None
    return number if math.isfinite(number) else None


def retry_delay(retries_taken: int, headers: Optional[httpx.Headers]) -> float:
    """The server's wait when it gave one within [0, 60] s, else ``min(0.5 * 2**n, 8)`` minus up to 25 % jitter
    (an unparseable, negative or larger value is ignored: a server cannot make the client wait long)."""
    wait = retry_after(headers)
    if wait is not None and 0 <= wait <= MAX_RETRY_AFTER:
        return wait
    delay = min(INITIAL_RETRY_DELAY * (2.0**retries_taken), MAX_RETRY_DELAY)
    return delay * (1 - 0.25 * random.random())


def _retryable(exc: httpx.TransportError) -> bool:
    """Network trouble is retried; a request httpx refuses to send (a bad header, a bad URL) is not."""
    return not isinstance(exc, (httpx.LocalProtocolError, httpx.UnsupportedProtocol))


def should_retry(response: httpx.Response) -> bool:
    override = response.headers.get("x-should-retry")
    if override == "true":
        return True
    if override == "false":
        return False
    return response.status_code in RETRY_STATUSES or response.status_code >= 500


def _without_raw(headers: Optional[Mapping[str, Union[str, NotGiven]]]) -> Dict[str, Union[str, NotGiven]]:
    return {k: v for k, v in (headers or {}).items() if k != RAW_RESPONSE_HEADER}


def _attr(model: Any, wire: str) -> str:
    """The attribute of a model's field by its wire name."""
    for name, info in getattr(model, "model_fields", {}).items():
        if (info.alias or name) == wire:
            return str(name)
    return wire


def _body_of(response: httpx.Response) -> object:
    try:
        return response.json()
    except (ValueError, RecursionError):  # not JSON, not UTF-8, or nested too deep to parse
        return response.text or None


def _same_origin(a: httpx.URL, b: httpx.URL) -> bool:
    """Same scheme, host and port (a missing port is the scheme's default)."""
    return (a.scheme, a.host, a.port or _PORTS.get(a.scheme)) == (b.scheme, b.host, b.port or _PORTS.get(b.scheme))


_PORTS = {"http": 80, "https": 443}


_INFLATE_STEP = 1 << 20  # a compressed chunk is inflated at most this much at a time


class _BodyReader:
    """Reads a body into memory within the request's deadline and the client's size cap. gzip and
    deflate are inflated here, a step at a time, so a small compressed chunk cannot inflate to more
    than the cap before it is checked; other encodings are left to httpx (``inflater`` is None)."""

    def __init__(self, response: httpx.Response, limit: int) -> None:
        self.response = response
        self.limit = limit
        self.size = 0
        self.parts: List[bytes] = []
        deadline = response.request.extensions.get(DEADLINE_EXTENSION)
        self.deadline = deadline if isinstance(deadline, float) else None
        encoding = response.headers.get("content-encoding", "identity").strip().lower()
        self.inflater: Optional[Any] = None
        self.encoding = encoding
        if encoding in ("gzip", "x-gzip"):
            self.inflater = zlib.decompressobj(zlib.MAX_WBITS | 16)
        elif encoding == "deflate":
            self.inflater = zlib.decompressobj()
        self.raw = self.inflater is not None or encoding in ("", "identity")

    def feed(self, data: bytes) -> None:
        """Raw bytes (when ``self.raw``): inflated step by step, each step counted before the next."""
        if self.inflater is None:
            self.add(data)
            return
        try:
            while data:
                self.add(self.inflater.decompress(data, _INFLATE_STEP))
                data = self.inflater.unconsumed_tail
        except zlib.error as exc:
            if self.encoding == "deflate" and not self.size:  # raw deflate, without the zlib header
                self.inflater = zlib.decompressobj(-zlib.MAX_WBITS)
                self.encoding = "raw deflate"
                self.feed(data)
                return
            raise APIResponseValidationError(
                self.response, None, message=f"The response body is not valid {self.encoding}: {exc}"
            ) from exc

    def add(self, chunk: bytes) -> None:
        self.size += len(chunk)
        if self.size > self.limit:
            raise APIResponseValidationError(
                self.response,
                None,
                message=f"The response body is larger than max_response_bytes ({self.limit} bytes); it was not read.",
            )
        if self.deadline is not None and time.monotonic() > self.deadline:
            raise APITimeoutError(self.response.request)
        self.parts.append(chunk)

    def done(self) -> None:
        if self.inflater is not None:
            self.add(self.inflater.flush())
        self.response._content = b"".join(self.parts)

    def failed(self, exc: httpx.RequestError) -> Exception:
        if isinstance(exc, httpx.TimeoutException):
            return APITimeoutError(self.response.request)
        return APIConnectionError(message=f"The response was cut short: {exc}", request=self.response.request)


class BaseClient:
    """Settings and the parts of a request that do not depend on sync or async."""

    def __init__(
        self,
        *,
        credentials: Sequence[Credential] = (),
        base_url: Union[str, httpx.URL],
        option_headers: Mapping[str, Optional[str]],
        timeout: Union[float, httpx.Timeout, None],
        max_retries: int,
        default_headers: Optional[Mapping[str, str]],
        validation: Optional[Validation],
        default_query: Optional[Mapping[str, object]] = None,
        log_env: str,
        is_async: bool = False,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        _strict_response_validation: Optional[bool] = None,
    ) -> None:
        self._keys = tuple(credentials)  # client.auth's first, then client.extra_auth's
        self.base_url = httpx.URL(str(base_url).rstrip("/") + "/")
        self.timeout = timeout
        if max_retries is None:  # the official SDK refuses it too
            raise TypeError("max_retries cannot be None. If you want to disable retries, pass `0`")
        self.max_retries = max_retries
        self.max_response_bytes = max_response_bytes
        self.validation: Validation = validation or validation_from_env()
        # the official SDK's name for strict response parsing; by default it follows the validation mode
        self._strict_responses = (
            self.validation == "strict" if _strict_response_validation is None else bool(_strict_response_validation)
        )
        self._platform_headers = platform_headers(is_async)
        self._option_headers = {k: v for k, v in option_headers.items() if v}
        self._urls: Dict[str, httpx.URL] = {}
        self._custom_headers = dict(default_headers or {})
        self._custom_query = dict(default_query or {})
        self._secret_values = self._credentials()
        self._secrets = secret_forms(self._secret_values)
        _LOG_SECRETS.update(self._secrets)
        setup_logging(log_env)

    def _credentials(self) -> Tuple[str, ...]:
        """What must never show in an error, a log or a repr: every key, its header's value and the
        values of credential headers (by name) among the options and the default headers."""
        values = [v for key in self._keys for v in key.secrets()]
        for headers in (self._option_headers, self._custom_headers):
            values += [v for k, v in headers.items() if v and is_credential_header(k)]
        return tuple(v for v in values if v)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={str(self.base_url)!r})"

    def _merged_defaults(
        self,
        default_headers: Optional[Mapping[str, str]],
        set_default_headers: Optional[Mapping[str, str]],
        default_query: Optional[Mapping[str, object]],
        set_default_query: Optional[Mapping[str, object]],
    ) -> Tuple[Dict[str, str], Dict[str, object]]:
        """A copy's default headers and query: ``default_*`` merged into this client's, ``set_default_*``
        instead of them (giving both for one is a ValueError, as in the official SDK)."""
        if default_headers is not None and set_default_headers is not None:
            raise ValueError("The `default_headers` and `set_default_headers` arguments are mutually exclusive")
        if default_query is not None and set_default_query is not None:
            raise ValueError("The `default_query` and `set_default_query` arguments are mutually exclusive")
        headers = (
            dict(set_default_headers)
            if set_default_headers is not None
            else {**self._custom_headers, **(default_headers or {})}
        )
        query = (
            dict(set_default_query)
            if set_default_query is not None
            else {**self._custom_query, **(default_query or {})}
        )
        return headers, query

    @property
    def auth_headers(self) -> Dict[str, str]:
        """The first credential's headers: ``bearer`` and ``header`` send the key after a prefix,
        ``basic`` sends base64 of ``user:password`` (a user name alone has an empty password)."""
        return self._keys[0].headers() if self._keys else {}

    @property
    def default_headers(self) -> Dict[str, str]:
        return {
            "Accept": "application/json",
            **self._platform_headers,
            **self.auth_headers,
            **self._option_headers,
            **self._custom_headers,
        }

    def _prepare_call(
        self, op: Operation, params: Mapping[str, object], extra_headers: Optional[Mapping[str, Union[str, NotGiven]]]
    ) -> Tuple[Dict[str, object], Dict[str, object], Dict[str, str], bool, str]:
        """The params as given (iterables as lists) and as sent (dates as text, files prepared), the
        headers, whether the answer is a stream and whether the caller wants the raw response."""
        plain = {k: _plain(v, False) for k, v in params.items() if not isinstance(v, NotGiven)}
        validate(op, plain, self.validation)
        given = {k: _plain(v, True) for k, v in plain.items()}
        stream = op.stream is not None and (op.stream.always or given.get(op.stream_param) is True)
        wanted = op.auth if op.auth is not None else tuple(k.option for k in self._keys[:1])
        auth = credential_headers(self._keys, wanted)
        headers = {
            "Accept": STREAM_ACCEPT if stream else _ACCEPT.get(op.response, "*/*"),
            **self._platform_headers,
            **(auth or {}),
            **self._option_headers,
            **self._custom_headers,
        }
        raw = ""
        for key, value in (extra_headers or {}).items():
            if key == RAW_RESPONSE_HEADER:
                raw = str(value)
            elif isinstance(value, NotGiven):
                headers.pop(key, None)
            else:
                headers[key] = value
        if auth is None and not any(
            k.headers().keys() & headers.keys() for k in self._keys
        ):  # no key, none given by hand
            raise OddClientError(
                f"{op.name} needs one of these credentials and the client has none: {', '.join(wanted)}"
            )
        return plain, _prepare(given, op.body in ("multipart", "binary")), headers, stream, raw

    def _build_request(
        self,
        client: Union[httpx.Client, httpx.AsyncClient],
        op: Operation,
        given: Mapping[str, object],
        headers: Mapping[str, str],
        retries_taken: int,
        extra_query: Optional[Mapping[str, object]],
        extra_body: Optional[object],
        timeout: Union[float, httpx.Timeout, None, NotGiven],
    ) -> httpx.Request:
        body: Dict[str, object] = {}
        query: List[Tuple[str, Union[str, int, float, bool, None]]] = []
        path, all_headers = op.path, {RETRY_COUNT_HEADER: str(retries_taken), **headers}
        seconds = read_timeout(self.timeout if isinstance(timeout, NotGiven) else timeout)
        if READ_TIMEOUT_HEADER and seconds is not None:
            all_headers.setdefault(READ_TIMEOUT_HEADER, seconds)
        for key, value in given.items():  # each param goes where the spec puts it
            spec = op.fields.get(key)
            where = spec.location if spec is not None else "body"
            if where == "path":
                path = path.replace("{" + key + "}", quote(_text(value), safe=""))
            elif where == "query" and isinstance(value, (list, tuple)) and spec is not None and spec.style != "comma":
                query += [(key, _text(item)) for item in value]
            elif where == "query":
                query.append((key, _text(value)))
            elif where == "header" and spec is not None:
                all_headers[spec.header] = _text(value)
            else:
                body[key] = value
        url = self._urls.get(path)
        if url is None:  # parsing and joining URLs is a third of httpx's per-request work: once per path
            url = self.base_url.join(path.lstrip("/"))
            if path == op.path:
                self._urls[path] = url
        extra_query = {**self._custom_query, **(extra_query or {})}
        query += [(k, str(v)) for k, v in extra_query.items()] if extra_query else []
        extra = dict(extra_body) if isinstance(extra_body, Mapping) else {}
        params = query or None
        if op.method not in BODY_METHODS:
            request = client.build_request(op.method, url, params=params, headers=all_headers)
        elif op.body == "multipart":
            data, files = encode_multipart({**body, **extra})
            request = client.build_request(op.method, url, params=params, headers=all_headers, data=data, files=files)
        elif op.body == "json":
            request = client.build_request(op.method, url, params=params, headers=all_headers, json={**body, **extra})
        elif op.body == "form":
            form = {
                k: [_form_value(x) for x in v] if isinstance(v, list) else _form_value(v)
                for k, v in {**body, **extra}.items()
            }
            request = client.build_request(op.method, url, params=params, headers=all_headers, data=form)
        elif op.body == "binary" and body:
            _, content, content_type = next(iter(body.values())).part()  # type: ignore[attr-defined]
            all_headers["Content-Type"] = content_type
            request = client.build_request(op.method, url, params=params, headers=all_headers, content=content)
        else:
            request = client.build_request(op.method, url, params=params, headers=all_headers)
        effective = self.timeout if isinstance(timeout, NotGiven) else timeout
        timeouts = (effective if isinstance(effective, httpx.Timeout) else httpx.Timeout(effective)).as_dict()
        request.extensions["timeout"] = timeouts
        request.extensions[SECRETS_EXTENSION] = self._secret_values
        read = timeouts.get("read")
        if isinstance(read, (int, float)):  # the whole response, not just each read, within the timeout
            request.extensions[DEADLINE_EXTENSION] = time.monotonic() + float(read)
        if log.isEnabledFor(logging.DEBUG):
            log.debug("request %s %s headers=%s", op.method, url, redacted(all_headers, self._secrets))
        return request

    def _redirect(
        self,
        client: Union[httpx.Client, httpx.AsyncClient],
        request: httpx.Request,
        response: httpx.Response,
        hops: int,
    ) -> httpx.Request:
        """The request that follows a redirect: only to the same origin (scheme, host and port), and
        only one that repeats the request as it was (307/308, or any redirect of a GET); else an error."""
        location = response.headers.get("location")
        target = None
        if location:
            try:
                target = request.url.join(location)
            except (httpx.InvalidURL, ValueError):
                target = None
        repeatable = response.status_code in (307, 308) or request.method in ("GET", "HEAD")
        if (
            target is None
            or hops >= MAX_REDIRECTS
            or response.status_code not in REDIRECT_STATUSES
            or not repeatable
            or not _same_origin(target, request.url)
        ):
            why = "not followed"
            if target is None:
                why = "no Location"
            elif hops >= MAX_REDIRECTS:
                why = "too many redirects"
            elif not _same_origin(target, request.url):
                why = "another origin; credentials are not sent there"
            shown = redact(location or "", request_secrets(request))
            raise APIRedirectError(
                f"Error code: {response.status_code} - redirect to {shown!r} ({why})",
                response=response,
                body=None,
            )
        follow = client.build_request(
            request.method,
            target,
            headers=request.headers,
            content=request.content if request.method in BODY_METHODS else None,
        )
        follow.extensions.update(request.extensions)
        log.debug("following %s redirect to %s", response.status_code, target)
        return follow

    def _parse(self, response: httpx.Response, cast_to: Type[_T]) -> _T:
        """A JSON body as ``cast_to`` (a model or a list of models)."""
        body = _body_of(response)
        want = list if typing.get_origin(cast_to) is list else dict
        if not isinstance(body, want):
            expected = "a JSON array" if want is list else "a JSON object"
            raise APIResponseValidationError(
                response, body, message=f"Expected {expected} from {response.request.url}, got {type(body).__name__}"
            )
        from ._models import validate as validate_value

        name = getattr(cast_to, "__name__", str(cast_to))

        def warn(exc: Exception) -> None:
            log.warning("response does not match %s; kept unvalidated: %s", name, exc)

        try:
            return typing.cast(_T, validate_value(cast_to, body, self._strict_responses, warn))
        except ValueError as exc:
            raise APIResponseValidationError(
                response, body, message=f"The response does not match {name}: {exc}"
            ) from exc

    def _result(
        self,
        op: Operation,
        response: httpx.Response,
        cast_to: Type[_T],
        stream_cls: Optional[Type[_S]],
        stream: bool,
        fetch: Callable[[Dict[str, object]], Any],
        params: Dict[str, object],
    ) -> Any:
        """The typed result of a response whose body was read (unless it is streamed, jsonl or binary)."""
        strict = self._strict_responses
        if stream:
            cls: Any = stream_cls or cast_to
            event_type = typing.get_args(cls)[0]
            spec = op.stream or StreamSpec()
            limit = self.max_response_bytes
            return cls(event_type=event_type, response=response, strict=strict, spec=spec, max_event_bytes=limit)
        if op.response == "jsonl":
            item = typing.get_args(cast_to)[0]
            limit = self.max_response_bytes
            return cast_to(item_type=item, response=response, strict=strict, max_line_bytes=limit)  # type: ignore[call-arg]
        if op.response == "binary":
            return cast_to(response, self.max_response_bytes)  # type: ignore[call-arg]
        if op.response == "text":
            return response.text
        if op.response == "none":
            return None
        if op.pagination is None:
            return self._parse(response, cast_to)
        page_cls, body_type = typing.get_origin(cast_to), typing.get_args(cast_to)[1]
        body: Any = self._parse(response, body_type)
        items = getattr(body, _attr(body_type, op.pagination["items"]), None) or []
        following = next_page_params(op.pagination, params, _body_of(response))
        return page_cls(items=list(items), body=body, next_params=following, fetch=fetch)  # type: ignore[misc]

    def _streamed(self, op: Operation, stream: bool) -> bool:
        """Whether the result reads the body itself (a stream, JSON Lines, binary content)."""
        return stream or op.response in ("jsonl", "binary")

    def _status_error(self, response: httpx.Response) -> Exception:
        body = _body_of(response)
        request_id = response.headers.get(REQUEST_ID_HEADER) if REQUEST_ID_HEADER else None
        log.debug("response %s %s: %s", response.request.url, response.status_code, request_id)
        return make_status_error(response, body)

    def _read(self, response: httpx.Response) -> None:
        """The body into memory (``response.content``), within the deadline and the size cap; closes it."""
        reader = _BodyReader(response, self.max_response_bytes)
        try:
            if reader.raw and not response.is_stream_consumed:  # a body already in memory: as it is
                for chunk in response.iter_raw():
                    reader.feed(chunk)
            else:
                for chunk in response.iter_bytes():
                    reader.add(chunk)
        except httpx.RequestError as exc:
            raise reader.failed(exc) from exc
        finally:
            response.close()
        reader.done()

    async def _aread(self, response: httpx.Response) -> None:
        """``_read`` for the async client."""
        reader = _BodyReader(response, self.max_response_bytes)
        try:
            if reader.raw and not response.is_stream_consumed:  # a body already in memory: as it is
                async for chunk in response.aiter_raw():
                    reader.feed(chunk)
            else:
                async for chunk in response.aiter_bytes():
                    reader.add(chunk)
        except httpx.RequestError as exc:
            raise reader.failed(exc) from exc
        finally:
            await response.aclose()
        reader.done()


DEFAULT_CONNECTION_LIMITS = httpx.Limits(max_connections=1000, max_keepalive_connections=100)


class DefaultHttpxClient(httpx.Client):
    """An ``httpx.Client`` with the SDK's defaults (timeout, connection limits, no redirects: the
    SDK follows same-origin ones itself); pass your own settings to change them."""

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("timeout", DEFAULT_TIMEOUT)
        kwargs.setdefault("limits", DEFAULT_CONNECTION_LIMITS)
        kwargs.setdefault("follow_redirects", False)
        super().__init__(**kwargs)


class DefaultAsyncHttpxClient(httpx.AsyncClient):
    """``DefaultHttpxClient`` for the async client."""

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("timeout", DEFAULT_TIMEOUT)
        kwargs.setdefault("limits", DEFAULT_CONNECTION_LIMITS)
        kwargs.setdefault("follow_redirects", False)
        super().__init__(**kwargs)


class DefaultAioHttpClient(DefaultAsyncHttpxClient):
    """``DefaultAsyncHttpxClient`` on aiohttp's transport: needs the ``aiohttp`` extra
    (``pip install odd-names[aiohttp]``)."""

    def __init__(self, **kwargs: Any) -> None:
        try:
            transport = importlib.import_module("httpx_aiohttp").AiohttpTransport
        except ImportError as exc:
            raise RuntimeError("DefaultAioHttpClient needs the aiohttp extra: pip install odd-names[aiohttp]") from exc
        kwargs.setdefault("transport", transport(limits=kwargs.get("limits", DEFAULT_CONNECTION_LIMITS)))
        super().__init__(**kwargs)


class SyncAPIClient(BaseClient):
    def __init__(self, *, http_client: Optional[httpx.Client], **kwargs: Any) -> None:
        if http_client is not None and not isinstance(http_client, httpx.Client):
            raise TypeError(
                f"Invalid `http_client` argument; Expected an instance of `httpx.Client` but got {type(http_client)}"
            )
        super().__init__(**kwargs)
        self._client = http_client or DefaultHttpxClient(timeout=self.timeout)

    def is_closed(self) -> bool:
        return self._client.is_closed

    def request(
        self,
        op: Operation,
        params: Mapping[str, object],
        *,
        cast_to: Type[_T],
        stream_cls: Optional[Type[_S]] = None,
        extra_headers: Optional[Mapping[str, Union[str, NotGiven]]] = None,
        extra_query: Optional[Mapping[str, object]] = None,
        extra_body: Optional[object] = None,
        timeout: Union[float, httpx.Timeout, None, NotGiven] = NOT_GIVEN,
    ) -> Union[_T, _S]:
        plain, given, headers, stream, raw = self._prepare_call(op, params, extra_headers)
        response = self._send(op, given, headers, extra_query, extra_body, timeout)

        def fetch(following: Dict[str, object]) -> Any:  # the next page: the same request, the paging param changed
            options = _without_raw(extra_headers)
            return self.request(
                op,
                following,
                cast_to=cast_to,
                extra_headers=options,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )

        parse = functools.partial(self._result, op, response, cast_to, stream_cls, stream, fetch, plain)
        if raw == "stream":  # with_streaming_response: the body is read when asked
            read = functools.partial(self._read, response)
            return typing.cast("Union[_T, _S]", StreamedAPIResponse(response, parse, read, self._streamed(op, stream)))
        if not self._streamed(op, stream):
            self._read(response)
        return typing.cast("Union[_T, _S]", APIResponse(response, parse) if raw else parse())

    def _send(
        self,
        op: Operation,
        given: Dict[str, object],
        headers: Dict[str, str],
        extra_query: Optional[Mapping[str, object]],
        extra_body: Optional[object],
        timeout: Union[float, httpx.Timeout, None, NotGiven],
    ) -> httpx.Response:
        """Send with retries; a 2xx response comes back with its body unread."""
        retries_taken = 0
        hops = 0
        request = None
        while True:
            if request is None:
                request = self._build_request(
                    self._client, op, given, headers, retries_taken, extra_query, extra_body, timeout
                )
            try:
                response = self._client.send(request, stream=True, follow_redirects=False)
            except httpx.TransportError as exc:
                if retries_taken < self.max_retries and _retryable(exc):
                    delay = retry_delay(retries_taken, None)
                    log.info("retrying %s %s in %.2fs after %s", op.method, request.url, delay, type(exc).__name__)
                    time.sleep(delay)
                    retries_taken += 1
                    request = None
                    continue
                if isinstance(exc, httpx.TimeoutException):
                    raise APITimeoutError(request) from exc
                raise APIConnectionError(message=f"Connection error: {exc}", request=request) from exc
            if response.status_code >= 400:
                if retries_taken < self.max_retries and should_retry(response):
                    response.close()
                    delay = retry_delay(retries_taken, response.headers)
                    log.info(
                        "retrying %s %s in %.2fs after status %s", op.method, request.url, delay, response.status_code
                    )
                    time.sleep(delay)
                    retries_taken += 1
                    request = None
                    continue
                self._read(response)
                raise self._status_error(response)
            if 300 <= response.status_code < 400:
                try:
                    request = self._redirect(self._client, request, response, hops)
                finally:
                    response.close()
                hops += 1
                continue
            return response

    def close(self) -> None:
        self._client.close()

    def __enter__(self: _T) -> _T:
        return self

    def __exit__(self, *args: object) -> None:
        self.close()


class AsyncAPIClient(BaseClient):
    def __init__(self, *, http_client: Optional[httpx.AsyncClient], **kwargs: Any) -> None:
        if http_client is not None and not isinstance(http_client, httpx.AsyncClient):
            raise TypeError(
                f"Invalid `http_client` argument; Expected an instance of `httpx.AsyncClient` but got {type(http_client)}"
            )
        super().__init__(is_async=True, **kwargs)
        self._client = http_client or DefaultAsyncHttpxClient(timeout=self.timeout)

    def is_closed(self) -> bool:
        return self._client.is_closed

    async def request(
        self,
        op: Operation,
        params: Mapping[str, object],
        *,
        cast_to: Type[_T],
        stream_cls: Optional[Type[_S]] = None,
        extra_headers: Optional[Mapping[str, Union[str, NotGiven]]] = None,
        extra_query: Optional[Mapping[str, object]] = None,
        extra_body: Optional[object] = None,
        timeout: Union[float, httpx.Timeout, None, NotGiven] = NOT_GIVEN,
    ) -> Union[_T, _S]:
        plain, given, headers, stream, raw = self._prepare_call(op, params, extra_headers)
        response = await self._send(op, given, headers, extra_query, extra_body, timeout)

        def fetch(following: Dict[str, object]) -> Awaitable[Any]:  # the next page (see SyncAPIClient.request)
            options = _without_raw(extra_headers)
            return self.request(
                op,
                following,
                cast_to=cast_to,
                extra_headers=options,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )

        parse = functools.partial(self._result, op, response, cast_to, stream_cls, stream, fetch, plain)
        if raw == "stream":  # with_streaming_response: the body is read when asked
            read = functools.partial(self._aread, response)
            return typing.cast(
                "Union[_T, _S]", AsyncStreamedAPIResponse(response, parse, read, self._streamed(op, stream))
            )
        if not self._streamed(op, stream):
            await self._aread(response)
        return typing.cast("Union[_T, _S]", AsyncAPIResponse(response, parse) if raw else parse())

    def paginate(
        self,
        op: Operation,
        params: Mapping[str, object],
        *,
        cast_to: Type[AsyncPage[_I, _P]],
        extra_headers: Optional[Mapping[str, Union[str, NotGiven]]] = None,
        extra_query: Optional[Mapping[str, object]] = None,
        extra_body: Optional[object] = None,
        timeout: Union[float, httpx.Timeout, None, NotGiven] = NOT_GIVEN,
    ) -> AsyncPaginator[_I, _P]:
        """The first page, awaitable, or every item across pages with ``async for``."""

        def first() -> Awaitable[AsyncPage[_I, _P]]:
            return self.request(
                op,
                params,
                cast_to=cast_to,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )

        return AsyncPaginator(first)

    async def _send(
        self,
        op: Operation,
        given: Dict[str, object],
        headers: Dict[str, str],
        extra_query: Optional[Mapping[str, object]],
        extra_body: Optional[object],
        timeout: Union[float, httpx.Timeout, None, NotGiven],
    ) -> httpx.Response:
        """Send with retries; a 2xx response comes back with its body unread."""
        retries_taken = 0
        hops = 0
        request = None
        while True:
            if request is None:
                request = self._build_request(
                    self._client, op, given, headers, retries_taken, extra_query, extra_body, timeout
                )
            try:
                response = await self._client.send(request, stream=True, follow_redirects=False)
            except httpx.TransportError as exc:
                if retries_taken < self.max_retries and _retryable(exc):
                    delay = retry_delay(retries_taken, None)
                    log.info("retrying %s %s in %.2fs after %s", op.method, request.url, delay, type(exc).__name__)
                    await asyncio.sleep(delay)
                    retries_taken += 1
                    request = None
                    continue
                if isinstance(exc, httpx.TimeoutException):
                    raise APITimeoutError(request) from exc
                raise APIConnectionError(message=f"Connection error: {exc}", request=request) from exc
            if response.status_code >= 400:
                if retries_taken < self.max_retries and should_retry(response):
                    await response.aclose()
                    delay = retry_delay(retries_taken, response.headers)
                    log.info(
                        "retrying %s %s in %.2fs after status %s", op.method, request.url, delay, response.status_code
                    )
                    await asyncio.sleep(delay)
                    retries_taken += 1
                    request = None
                    continue
                await self._aread(response)
                raise self._status_error(response)
            if 300 <= response.status_code < 400:
                try:
                    request = self._redirect(self._client, request, response, hops)
                finally:
                    await response.aclose()
                hops += 1
                continue
            return response

    async def close(self) -> None:
        await self._client.aclose()

    async def __aenter__(self: _T) -> _T:
        return self

    async def __aexit__(self, *args: object) -> None:
        await self.close()
