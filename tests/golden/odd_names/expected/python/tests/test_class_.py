# File generated from spec.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.

"""Every method of `class_` over real HTTP against the mock server: what goes on the wire (method,
path, query, headers, body) and what comes back, raw responses, pages, streams; sync and async."""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
from conftest import PNG, MockServer, dump, texts
from pydantic import TypeAdapter

from odd_names import AsyncOddClient, BadRequestError, OddClient, ParamValidationError
from odd_names.types import AnyOne, Foo_Bar, FooBar, class_

_ = (PNG, BadRequestError, ParamValidationError, Path, Any, quote, dump, texts, re, date, datetime, TypeAdapter)


def test_delete_with_required_params(client: OddClient, mock: MockServer) -> None:
    result = client.class_.delete(
        file=PNG,
    )
    assert isinstance(result, class_)
    assert dump(result) == {
        "class": "class",
        "1st_place": False,
        "Literal": "Literal",
        "None": "1024x1024",
        "fooBar": "fooBar",
        "foo_bar": "foo_bar",
        "from": 0,
        "json": "json",
        "model_config": "model_config",
        "self": "self",
        "type": "from",
    }  # every property kept, dates and times exactly as sent
    received = mock.requests()
    assert [(r["method"], r["path"]) for r in received] == [("POST", "/del")]
    assert received[0]["params"]["file"]["content_type"] == "image/png"  # one part named "file", not "file[]"


def test_delete_with_all_params(client: OddClient, mock: MockServer) -> None:
    assert isinstance(
        client.class_.delete(
            file=PNG,
            lambda_="string",
        ),
        class_,
    )
    received = mock.requests()[-1]
    params = received["params"]
    assert sorted(params) == [
        "file",
        "lambda",
    ]
    assert params["lambda"] == "string"  # in the body
    files = params["file"] if isinstance(params["file"], list) else [params["file"]]
    assert files and all(f["content_type"] == "image/png" and f["size"] == len(PNG) for f in files)


def test_delete_raw_response(client: OddClient) -> None:
    response = client.class_.with_raw_response.delete(
        file=PNG,
    )
    assert response.status_code == 200
    assert response.request_id
    parsed = response.parse()
    assert isinstance(parsed, class_)


@pytest.mark.anyio
async def test_async_delete_with_required_params(async_client: AsyncOddClient, mock: MockServer) -> None:
    result = await async_client.class_.delete(
        file=PNG,
    )
    assert isinstance(result, class_) and dump(result) == {
        "class": "class",
        "1st_place": False,
        "Literal": "Literal",
        "None": "1024x1024",
        "fooBar": "fooBar",
        "foo_bar": "foo_bar",
        "from": 0,
        "json": "json",
        "model_config": "model_config",
        "self": "self",
        "type": "from",
    }
    assert [(r["method"], r["path"]) for r in mock.requests()] == [("POST", "/del")]


@pytest.mark.anyio
async def test_async_delete_raw_response(async_client: AsyncOddClient) -> None:
    response = await async_client.class_.with_raw_response.delete(
        file=PNG,
    )
    assert response.status_code == 200
    assert isinstance(response.parse(), class_)


def test_import__with_required_params(client: OddClient, mock: MockServer) -> None:
    result = client.class_.import_(
        from_="string",
    )
    assert isinstance(result, class_)
    assert dump(result) == {
        "class": "class",
        "1st_place": False,
        "Literal": "Literal",
        "None": "1024x1024",
        "fooBar": "fooBar",
        "foo_bar": "foo_bar",
        "from": 0,
        "json": "json",
        "model_config": "model_config",
        "self": "self",
        "type": "from",
    }  # every property kept, dates and times exactly as sent
    received = mock.requests()
    assert [(r["method"], r["path"]) for r in received] == [("POST", "/import")]


def test_import__with_all_params(client: OddClient, mock: MockServer) -> None:
    assert isinstance(
        client.class_.import_(
            from_="string",
            n1st=1,
            class__="1024x1024",
            extra_headers_="string",
            timeout_=0,
            type="from",
        ),
        class_,
    )
    received = mock.requests()[-1]
    params = received["params"]
    assert sorted(params) == [
        "1st",
        "class",
        "extra_headers",
        "from",
        "timeout",
        "type",
    ]
    assert params["from"] == "string"  # in the body
    assert params["1st"] == 1  # in the body
    assert params["class"] == "1024x1024"  # in the body
    assert params["extra_headers"] == "string"  # in the body
    assert params["timeout"] == 0  # in the body
    assert params["type"] == "from"  # in the body


def test_import__raw_response(client: OddClient) -> None:
    response = client.class_.with_raw_response.import_(
        from_="string",
    )
    assert response.status_code == 200
    assert response.request_id
    parsed = response.parse()
    assert isinstance(parsed, class_)


@pytest.mark.anyio
async def test_async_import__with_required_params(async_client: AsyncOddClient, mock: MockServer) -> None:
    result = await async_client.class_.import_(
        from_="string",
    )
    assert isinstance(result, class_) and dump(result) == {
        "class": "class",
        "1st_place": False,
        "Literal": "Literal",
        "None": "1024x1024",
        "fooBar": "fooBar",
        "foo_bar": "foo_bar",
        "from": 0,
        "json": "json",
        "model_config": "model_config",
        "self": "self",
        "type": "from",
    }
    assert [(r["method"], r["path"]) for r in mock.requests()] == [("POST", "/import")]


@pytest.mark.anyio
async def test_async_import__raw_response(async_client: AsyncOddClient) -> None:
    response = await async_client.class_.with_raw_response.import_(
        from_="string",
    )
    assert response.status_code == 200
    assert isinstance(response.parse(), class_)


def test_import__rule_class_rule(client: OddClient, mock: MockServer) -> None:
    with pytest.raises(ParamValidationError) as info:
        client.class_.import_(
            from_="string",
            class__="1024x1024",
            n1st=2,
        )
    message = str(info.value)  # pytest shows it when an assert fails
    assert "param '1st'" in message and "(rule class-rule" in message
    assert mock.requests() == []
    with pytest.raises(BadRequestError) as server:
        client.with_options(validation="off").class_.import_(
            from_="string",
            class__="1024x1024",
            n1st=2,
        )
    assert server.value.param == "1st" and "(rule class-rule)" in server.value.message


def test_import__streaming(client: OddClient, mock: MockServer) -> None:
    with client.class_.import_(
        from_="string",
        n1st=1,
        class__="1024x1024",
        extra_headers_="string",
        timeout_=0,
        type="from",
        stream=True,
    ) as stream:
        events = list(stream)
    assert [type(e).__name__ for e in events] == [
        "FooBar",
        "Foo_Bar",
        "AnyOne",
    ]
    assert isinstance(events[0], FooBar)
    assert events[0].model_dump(mode="json", by_alias=True, exclude_none=True) == {"x": "foo-bar"}
    assert isinstance(events[1], Foo_Bar)
    assert events[1].model_dump(mode="json", by_alias=True, exclude_none=True) == {"x": "foo_bar"}
    assert isinstance(events[2], AnyOne)
    assert events[2].model_dump(mode="json", by_alias=True, exclude_none=True) == {"x": "any"}
    assert mock.requests()[-1]["params"]["stream"] is True


def test_import__streaming_raw_response(client: OddClient) -> None:
    response = client.class_.with_raw_response.import_(
        from_="string",
        n1st=1,
        class__="1024x1024",
        extra_headers_="string",
        timeout_=0,
        type="from",
        stream=True,
    )
    assert response.headers["content-type"].startswith("text/event-stream")
    with response.parse() as stream:
        assert len(list(stream)) == 3


@pytest.mark.anyio
async def test_async_import__streaming(async_client: AsyncOddClient) -> None:
    stream = await async_client.class_.import_(
        from_="string",
        n1st=1,
        class__="1024x1024",
        extra_headers_="string",
        timeout_=0,
        type="from",
        stream=True,
    )
    events = [event async for event in stream]
    assert [type(e).__name__ for e in events] == [
        "FooBar",
        "Foo_Bar",
        "AnyOne",
    ]
    assert events[0].model_dump(mode="json", by_alias=True, exclude_none=True) == {"x": "foo-bar"}
    assert events[1].model_dump(mode="json", by_alias=True, exclude_none=True) == {"x": "foo_bar"}
    assert events[2].model_dump(mode="json", by_alias=True, exclude_none=True) == {"x": "any"}
