# File generated from spec.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.

"""Every method of `messages` over real HTTP against the mock server: what goes on the wire (method,
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

from chatter import AsyncChatter, BadRequestError, Chatter, ParamValidationError
from chatter.types import ContentBlockDeltaEvent, Message, MessageStartEvent, MessageStopEvent

_ = (PNG, BadRequestError, ParamValidationError, Path, Any, quote, dump, texts, re, date, datetime, TypeAdapter)


def test_create_with_required_params(client: Chatter, mock: MockServer) -> None:
    result = client.messages.create(
        max_tokens=1,
        messages=[{"content": [{"text": "string", "type": "text"}], "role": "user"}],
        model="string",
    )
    assert isinstance(result, Message)
    assert dump(result) == {
        "content": [{"text": "text", "type": "text"}],
        "id": "id",
        "model": "model",
        "role": "assistant",
        "type": "message",
        "usage": {"input_tokens": 0, "output_tokens": 0},
        "stop_reason": "end_turn",
    }  # every property kept, dates and times exactly as sent
    received = mock.requests()
    assert [(r["method"], r["path"]) for r in received] == [("POST", "/messages")]


def test_create_with_all_params(client: Chatter, mock: MockServer) -> None:
    assert isinstance(
        client.messages.create(
            max_tokens=1,
            messages=[
                {"content": [{"text": "string", "type": "text"}], "role": "user"},
                {"content": [{"text": "string", "type": "text"}], "role": "user"},
            ],
            model="string",
            metadata={"key": "string"},
            temperature=0,
            tools=[
                {"input_schema": {"key": "value"}, "name": "get_weather"},
                {"input_schema": {"key": "value"}, "name": "get_weather"},
            ],
        ),
        Message,
    )
    received = mock.requests()[-1]
    params = received["params"]
    assert sorted(params) == [
        "max_tokens",
        "messages",
        "metadata",
        "model",
        "temperature",
        "tools",
    ]
    assert params["max_tokens"] == 1  # in the body
    assert params["messages"] == [
        {"content": [{"text": "string", "type": "text"}], "role": "user"},
        {"content": [{"text": "string", "type": "text"}], "role": "user"},
    ]  # in the body
    assert params["model"] == "string"  # in the body
    assert params["metadata"] == {"key": "string"}  # in the body
    assert params["temperature"] == 0  # in the body
    assert params["tools"] == [
        {"input_schema": {"key": "value"}, "name": "get_weather"},
        {"input_schema": {"key": "value"}, "name": "get_weather"},
    ]  # in the body


def test_create_raw_response(client: Chatter) -> None:
    response = client.messages.with_raw_response.create(
        max_tokens=1,
        messages=[{"content": [{"text": "string", "type": "text"}], "role": "user"}],
        model="string",
    )
    assert response.status_code == 200
    assert response.request_id
    parsed = response.parse()
    assert isinstance(parsed, Message)


@pytest.mark.anyio
async def test_async_create_with_required_params(async_client: AsyncChatter, mock: MockServer) -> None:
    result = await async_client.messages.create(
        max_tokens=1,
        messages=[{"content": [{"text": "string", "type": "text"}], "role": "user"}],
        model="string",
    )
    assert isinstance(result, Message) and dump(result) == {
        "content": [{"text": "text", "type": "text"}],
        "id": "id",
        "model": "model",
        "role": "assistant",
        "type": "message",
        "usage": {"input_tokens": 0, "output_tokens": 0},
        "stop_reason": "end_turn",
    }
    assert [(r["method"], r["path"]) for r in mock.requests()] == [("POST", "/messages")]


@pytest.mark.anyio
async def test_async_create_raw_response(async_client: AsyncChatter) -> None:
    response = await async_client.messages.with_raw_response.create(
        max_tokens=1,
        messages=[{"content": [{"text": "string", "type": "text"}], "role": "user"}],
        model="string",
    )
    assert response.status_code == 200
    assert isinstance(response.parse(), Message)


def test_create_streaming(client: Chatter, mock: MockServer) -> None:
    with client.messages.create(
        max_tokens=1,
        messages=[
            {"content": [{"text": "string", "type": "text"}], "role": "user"},
            {"content": [{"text": "string", "type": "text"}], "role": "user"},
        ],
        model="string",
        metadata={"key": "string"},
        temperature=0,
        tools=[
            {"input_schema": {"key": "value"}, "name": "get_weather"},
            {"input_schema": {"key": "value"}, "name": "get_weather"},
        ],
        stream=True,
    ) as stream:
        events = list(stream)
    assert [type(e).__name__ for e in events] == [
        "MessageStartEvent",
        "ContentBlockDeltaEvent",
        "MessageStopEvent",
    ]  # keep-alives skipped
    assert isinstance(events[0], MessageStartEvent)
    assert events[0].model_dump(mode="json", by_alias=True, exclude_none=True) == {
        "message": {
            "content": [{"text": "text", "type": "text"}],
            "id": "id",
            "model": "model",
            "role": "assistant",
            "type": "message",
            "usage": {"input_tokens": 0, "output_tokens": 0},
            "stop_reason": "end_turn",
        },
        "type": "message_start",
    }
    assert isinstance(events[1], ContentBlockDeltaEvent)
    assert events[1].model_dump(mode="json", by_alias=True, exclude_none=True) == {
        "delta": {"type": "type", "text": "text"},
        "index": 0,
        "type": "content_block_delta",
    }
    assert isinstance(events[2], MessageStopEvent)
    assert events[2].model_dump(mode="json", by_alias=True, exclude_none=True) == {"type": "message_stop"}
    assert mock.requests()[-1]["params"]["stream"] is True


def test_create_streaming_raw_response(client: Chatter) -> None:
    response = client.messages.with_raw_response.create(
        max_tokens=1,
        messages=[
            {"content": [{"text": "string", "type": "text"}], "role": "user"},
            {"content": [{"text": "string", "type": "text"}], "role": "user"},
        ],
        model="string",
        metadata={"key": "string"},
        temperature=0,
        tools=[
            {"input_schema": {"key": "value"}, "name": "get_weather"},
            {"input_schema": {"key": "value"}, "name": "get_weather"},
        ],
        stream=True,
    )
    assert response.headers["content-type"].startswith("text/event-stream")
    with response.parse() as stream:
        assert len(list(stream)) == 3


@pytest.mark.anyio
async def test_async_create_streaming(async_client: AsyncChatter) -> None:
    stream = await async_client.messages.create(
        max_tokens=1,
        messages=[
            {"content": [{"text": "string", "type": "text"}], "role": "user"},
            {"content": [{"text": "string", "type": "text"}], "role": "user"},
        ],
        model="string",
        metadata={"key": "string"},
        temperature=0,
        tools=[
            {"input_schema": {"key": "value"}, "name": "get_weather"},
            {"input_schema": {"key": "value"}, "name": "get_weather"},
        ],
        stream=True,
    )
    events = [event async for event in stream]
    assert [type(e).__name__ for e in events] == [
        "MessageStartEvent",
        "ContentBlockDeltaEvent",
        "MessageStopEvent",
    ]
    assert events[0].model_dump(mode="json", by_alias=True, exclude_none=True) == {
        "message": {
            "content": [{"text": "text", "type": "text"}],
            "id": "id",
            "model": "model",
            "role": "assistant",
            "type": "message",
            "usage": {"input_tokens": 0, "output_tokens": 0},
            "stop_reason": "end_turn",
        },
        "type": "message_start",
    }
    assert events[1].model_dump(mode="json", by_alias=True, exclude_none=True) == {
        "delta": {"type": "type", "text": "text"},
        "index": 0,
        "type": "content_block_delta",
    }
    assert events[2].model_dump(mode="json", by_alias=True, exclude_none=True) == {"type": "message_stop"}
