# File generated from spec.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.

"""Every method of `things` over real HTTP against the mock server: what goes on the wire (method,
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

from hostile_api import AsyncHostileClient, BadRequestError, HostileClient, ParamValidationError
from hostile_api.types import Done, Started, Thing

_ = (PNG, BadRequestError, ParamValidationError, Path, Any, quote, dump, texts, re, date, datetime, TypeAdapter)


def test_create_with_required_params(client: HostileClient, mock: MockServer) -> None:
    result = client.things.create(
        name='"""; __import__(\'os\').system(\'touch PWNED\'); """ */ ${x} {{ x }} 🦦',
    )
    assert isinstance(result, Thing)
    assert dump(result) == {
        "id": 'id """ ${x} {{ x }} \\ 🦦',
        "$weird key": "`tick` */",
        "mode": 'a"b',
    }  # every property kept, dates and times exactly as sent
    received = mock.requests()
    assert [(r["method"], r["path"]) for r in received] == [("POST", "/things")]


def test_create_with_all_params(client: HostileClient, mock: MockServer) -> None:
    assert isinstance(
        client.things.create(
            name='"""; __import__(\'os\').system(\'touch PWNED\'); """ */ ${x} {{ x }} 🦦',
            class_=1,
            mode='a"b',
            x_y_z="string",
        ),
        Thing,
    )
    received = mock.requests()[-1]
    params = received["params"]
    assert sorted(params) == [
        "class",
        "mode",
        "name",
        "x-y z",
    ]
    assert params["name"] == '"""; __import__(\'os\').system(\'touch PWNED\'); """ */ ${x} {{ x }} 🦦'  # in the body
    assert params["class"] == 1  # in the body
    assert params["mode"] == 'a"b'  # in the body
    assert params["x-y z"] == "string"  # in the body


def test_create_raw_response(client: HostileClient) -> None:
    response = client.things.with_raw_response.create(
        name='"""; __import__(\'os\').system(\'touch PWNED\'); """ */ ${x} {{ x }} 🦦',
    )
    assert response.status_code == 200
    assert response.request_id
    parsed = response.parse()
    assert isinstance(parsed, Thing)


@pytest.mark.anyio
async def test_async_create_with_required_params(async_client: AsyncHostileClient, mock: MockServer) -> None:
    result = await async_client.things.create(
        name='"""; __import__(\'os\').system(\'touch PWNED\'); """ */ ${x} {{ x }} 🦦',
    )
    assert isinstance(result, Thing) and dump(result) == {
        "id": 'id """ ${x} {{ x }} \\ 🦦',
        "$weird key": "`tick` */",
        "mode": 'a"b',
    }
    assert [(r["method"], r["path"]) for r in mock.requests()] == [("POST", "/things")]


@pytest.mark.anyio
async def test_async_create_raw_response(async_client: AsyncHostileClient) -> None:
    response = await async_client.things.with_raw_response.create(
        name='"""; __import__(\'os\').system(\'touch PWNED\'); """ */ ${x} {{ x }} 🦦',
    )
    assert response.status_code == 200
    assert isinstance(response.parse(), Thing)


def test_create_rule_odd_mode(client: HostileClient, mock: MockServer) -> None:
    with pytest.raises(ParamValidationError) as info:
        client.things.create(
            name='"""; __import__(\'os\').system(\'touch PWNED\'); """ */ ${x} {{ x }} 🦦',
            mode='a"b',
            class_=2,
        )
    message = str(info.value)  # pytest shows it when an assert fails
    assert "param 'class'" in message and "(rule odd-mode" in message
    assert mock.requests() == []
    with pytest.raises(BadRequestError) as server:
        client.with_options(validation="off").things.create(
            name='"""; __import__(\'os\').system(\'touch PWNED\'); """ */ ${x} {{ x }} 🦦',
            mode='a"b',
            class_=2,
        )
    assert server.value.param == "class" and "(rule odd-mode)" in server.value.message


def test_create_streaming(client: HostileClient, mock: MockServer) -> None:
    with client.things.create(
        name='"""; __import__(\'os\').system(\'touch PWNED\'); """ */ ${x} {{ x }} 🦦',
        class_=1,
        mode='a"b',
        x_y_z="string",
        stream=True,
    ) as stream:
        events = list(stream)
    assert [type(e).__name__ for e in events] == [
        "Started",
        "Done",
    ]
    assert isinstance(events[0], Started)
    assert events[0].model_dump(mode="json", by_alias=True, exclude_none=True) == {
        "type": 'evt "started" ${x}',
        "note": "note",
    }
    assert isinstance(events[1], Done)
    assert events[1].model_dump(mode="json", by_alias=True, exclude_none=True) == {
        "type": "evt.done */",
        "thing": {"id": 'id """ ${x} {{ x }} \\ 🦦', "$weird key": "`tick` */", "mode": 'a"b'},
    }
    assert mock.requests()[-1]["params"]["stream"] is True


def test_create_streaming_raw_response(client: HostileClient) -> None:
    response = client.things.with_raw_response.create(
        name='"""; __import__(\'os\').system(\'touch PWNED\'); """ */ ${x} {{ x }} 🦦',
        class_=1,
        mode='a"b',
        x_y_z="string",
        stream=True,
    )
    assert response.headers["content-type"].startswith("text/event-stream")
    with response.parse() as stream:
        assert len(list(stream)) == 2


@pytest.mark.anyio
async def test_async_create_streaming(async_client: AsyncHostileClient) -> None:
    stream = await async_client.things.create(
        name='"""; __import__(\'os\').system(\'touch PWNED\'); """ */ ${x} {{ x }} 🦦',
        class_=1,
        mode='a"b',
        x_y_z="string",
        stream=True,
    )
    events = [event async for event in stream]
    assert [type(e).__name__ for e in events] == [
        "Started",
        "Done",
    ]
    assert events[0].model_dump(mode="json", by_alias=True, exclude_none=True) == {
        "type": 'evt "started" ${x}',
        "note": "note",
    }
    assert events[1].model_dump(mode="json", by_alias=True, exclude_none=True) == {
        "type": "evt.done */",
        "thing": {"id": 'id """ ${x} {{ x }} \\ 🦦', "$weird key": "`tick` */", "mode": 'a"b'},
    }
