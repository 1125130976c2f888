# File generated from spec.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.

"""Turns a generated method call into an HTTP request and its response into typed objects."""

from __future__ import annotations

import json
import typing
from typing import Any, Dict, List, Mapping, Optional, Tuple, Type, TypeVar, Union

import httpx

from ._exceptions import APIStatusError
from ._files import FilePart, is_file, to_file_part
from ._types import NOT_GIVEN, NotGiven
from ._validation import Operation, Validation, validate

__all__ = ["SyncAPIClient", "DEFAULT_TIMEOUT", "DEFAULT_MAX_RETRIES"]

DEFAULT_TIMEOUT = httpx.Timeout(timeout=600.0, connect=5.0)
DEFAULT_MAX_RETRIES = 2

_T = TypeVar("_T")
_S = TypeVar("_S")


def _form_value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (dict, list)):
        return json.dumps(value)
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
        if is_file(value):
            files.append((name, to_file_part(value, name)))  # type: ignore[arg-type]
        elif isinstance(value, (list, tuple)):
            if value and all(is_file(v) for v in value):
                files.extend((f"{name}[]", to_file_part(v, name)) for v in value)
            else:
                data[f"{name}[]"] = [_form_value(v) for v in value]
        else:
            data[name] = _form_value(value)
    return data, files


class SyncAPIClient:
    def __init__(
        self,
        *,
        api_key: str,
        base_url: Union[str, httpx.URL],
        option_headers: Mapping[str, Optional[str]],
        timeout: Union[float, httpx.Timeout, None],
        max_retries: int,
        default_headers: Optional[Mapping[str, str]],
        http_client: Optional[httpx.Client],
        validation: Validation,
    ) -> None:
        self._api_key = api_key
        self.base_url = httpx.URL(str(base_url).rstrip("/") + "/")
        self.timeout = timeout
        self.max_retries = max_retries
        self.validation: Validation = validation
        self._option_headers = {k: v for k, v in option_headers.items() if v}
        self._custom_headers = dict(default_headers or {})
        self._client = http_client or httpx.Client(timeout=timeout)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={str(self.base_url)!r})"

    @property
    def default_headers(self) -> Dict[str, str]:
        return {
            "Accept": "application/json",
            "Authorization": f"Bearer {self._api_key}",
            **self._option_headers,
            **self._custom_headers,
        }

    def build_request(
        self,
        op: Operation,
        params: Mapping[str, object],
        *,
        extra_headers: Optional[Mapping[str, Union[str, NotGiven]]] = None,
        extra_query: Optional[Mapping[str, object]] = None,
        extra_body: Optional[object] = None,
        timeout: Union[float, httpx.Timeout, None, NotGiven] = NOT_GIVEN,
    ) -> httpx.Request:
        """Validate the given params and build the request; nothing is sent."""
        given = {k: v for k, v in params.items() if not isinstance(v, NotGiven)}
        validate(op, given, self.validation)
        headers = self.default_headers
        for key, value in (extra_headers or {}).items():
            if isinstance(value, NotGiven):
                headers.pop(key, None)
            else:
                headers[key] = value
        if op.stream_param and given.get(op.stream_param):
            headers["Accept"] = "text/event-stream"
        url = self.base_url.join(op.path.lstrip("/"))
        query = {k: str(v) for k, v in (extra_query or {}).items()}
        extra = dict(extra_body) if isinstance(extra_body, Mapping) else {}
        if op.body == "multipart":
            data, files = encode_multipart({**given, **extra})
            request = self._client.build_request(op.method, url, params=query, headers=headers, data=data, files=files)
        elif op.body == "json":
            request = self._client.build_request(op.method, url, params=query, headers=headers, json={**given, **extra})
        else:
            request = self._client.build_request(op.method, url, params=query, headers=headers)
        if not isinstance(timeout, NotGiven):
            t = timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
            request.extensions["timeout"] = t.as_dict()
        return request

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
        request = self.build_request(
            op, params, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
        )
        stream = bool(op.stream_param and params.get(op.stream_param) is True)
        response = self._client.send(request, stream=stream)
        if response.status_code >= 400:
            response.read()
            body: Any
            try:
                body = response.json()
            except ValueError:
                body = response.text
            raise APIStatusError(f"Error code: {response.status_code} - {body}", response=response, body=body)
        if stream and stream_cls is not None:
            event_type = typing.get_args(stream_cls)[0]
            return stream_cls(event_type=event_type, response=response)  # type: ignore[call-arg]
        return cast_to.model_validate(response.json())  # type: ignore[attr-defined, no-any-return]

    def close(self) -> None:
        self._client.close()

    def __enter__(self: _T) -> _T:
        return self

    def __exit__(self, *args: object) -> None:
        self.close()
