# File generated from images.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.

"""Every method of `images` over real HTTP against the mock server: what goes on the wire (method,
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

from openai_images import AsyncOpenAI, BadRequestError, OpenAI, ParamValidationError
from openai_images.types import (
    ImageEditCompletedEvent,
    ImageEditPartialImageEvent,
    ImageGenCompletedEvent,
    ImageGenPartialImageEvent,
    ImagesResponse,
)

_ = (PNG, BadRequestError, ParamValidationError, Path, Any, quote, dump, texts, re, date, datetime, TypeAdapter)


def test_create_variation_with_required_params(client: OpenAI, mock: MockServer) -> None:
    result = client.images.create_variation(
        image=PNG,
    )
    assert isinstance(result, ImagesResponse)
    assert dump(result) == {
        "created": 1713833628,
        "background": "opaque",
        "data": [
            {
                "b64_json": "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP4P9P4PwAHMQLLg39xVAAAAABJRU5ErkJggg=="
            }
        ],
        "output_format": "png",
        "quality": "low",
        "size": "1024x1024",
        "usage": {
            "input_tokens": 50,
            "input_tokens_details": {"image_tokens": 40, "text_tokens": 10},
            "output_tokens": 50,
            "total_tokens": 100,
            "output_tokens_details": {"image_tokens": 50, "text_tokens": 0},
        },
    }  # every property kept, dates and times exactly as sent
    received = mock.requests()
    assert [(r["method"], r["path"]) for r in received] == [("POST", "/images/variations")]
    assert received[0]["params"]["image"]["content_type"] == "image/png"  # one part named "image", not "image[]"


def test_create_variation_with_all_params(client: OpenAI, mock: MockServer) -> None:
    assert isinstance(
        client.images.create_variation(
            image=PNG,
            model="dall-e-2",
            n=1,
            response_format="url",
            size="256x256",
            user="string",
        ),
        ImagesResponse,
    )
    received = mock.requests()[-1]
    params = received["params"]
    assert sorted(params) == [
        "image",
        "model",
        "n",
        "response_format",
        "size",
        "user",
    ]
    assert params["model"] == "dall-e-2"  # in the body
    assert params["n"] == 1  # in the body
    assert params["response_format"] == "url"  # in the body
    assert params["size"] == "256x256"  # in the body
    assert params["user"] == "string"  # in the body
    files = params["image"] if isinstance(params["image"], list) else [params["image"]]
    assert files and all(f["content_type"] == "image/png" and f["size"] == len(PNG) for f in files)


def test_create_variation_raw_response(client: OpenAI) -> None:
    response = client.images.with_raw_response.create_variation(
        image=PNG,
    )
    assert response.status_code == 200
    assert response.request_id
    parsed = response.parse()
    assert isinstance(parsed, ImagesResponse)


@pytest.mark.anyio
async def test_async_create_variation_with_required_params(async_client: AsyncOpenAI, mock: MockServer) -> None:
    result = await async_client.images.create_variation(
        image=PNG,
    )
    assert isinstance(result, ImagesResponse) and dump(result) == {
        "created": 1713833628,
        "background": "opaque",
        "data": [
            {
                "b64_json": "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP4P9P4PwAHMQLLg39xVAAAAABJRU5ErkJggg=="
            }
        ],
        "output_format": "png",
        "quality": "low",
        "size": "1024x1024",
        "usage": {
            "input_tokens": 50,
            "input_tokens_details": {"image_tokens": 40, "text_tokens": 10},
            "output_tokens": 50,
            "total_tokens": 100,
            "output_tokens_details": {"image_tokens": 50, "text_tokens": 0},
        },
    }
    assert [(r["method"], r["path"]) for r in mock.requests()] == [("POST", "/images/variations")]


@pytest.mark.anyio
async def test_async_create_variation_raw_response(async_client: AsyncOpenAI) -> None:
    response = await async_client.images.with_raw_response.create_variation(
        image=PNG,
    )
    assert response.status_code == 200
    assert isinstance(response.parse(), ImagesResponse)


def test_create_variation_rule_variation_dall_e_2_only(client: OpenAI, mock: MockServer) -> None:
    with pytest.raises(ParamValidationError) as info:
        client.images.create_variation(
            image=PNG,
            model="dall-e-3",
        )
    message = str(info.value)  # pytest shows it when an assert fails
    assert "param 'model'" in message and "(rule variation-dall-e-2-only" in message
    assert mock.requests() == []
    with pytest.raises(BadRequestError) as server:
        client.with_options(validation="off").images.create_variation(
            image=PNG,
            model="dall-e-3",
        )
    assert server.value.param == "model" and "(rule variation-dall-e-2-only)" in server.value.message


def test_edit_with_required_params(client: OpenAI, mock: MockServer) -> None:
    result = client.images.edit(
        image=PNG,
        prompt="A cute baby sea otter",
    )
    assert isinstance(result, ImagesResponse)
    assert dump(result) == {
        "created": 1713833628,
        "background": "opaque",
        "data": [
            {
                "b64_json": "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP4P9P4PwAHMQLLg39xVAAAAABJRU5ErkJggg=="
            }
        ],
        "output_format": "png",
        "quality": "low",
        "size": "1024x1024",
        "usage": {
            "input_tokens": 50,
            "input_tokens_details": {"image_tokens": 40, "text_tokens": 10},
            "output_tokens": 50,
            "total_tokens": 100,
            "output_tokens_details": {"image_tokens": 50, "text_tokens": 0},
        },
    }  # every property kept, dates and times exactly as sent
    received = mock.requests()
    assert [(r["method"], r["path"]) for r in received] == [("POST", "/images/edits")]
    assert received[0]["params"]["image"]["content_type"] == "image/png"  # one part named "image", not "image[]"


def test_edit_with_all_params(client: OpenAI, mock: MockServer) -> None:
    assert isinstance(
        client.images.edit(
            image=[PNG, PNG],
            prompt="A cute baby sea otter",
            background="transparent",
            input_fidelity="high",
            mask=PNG,
            model="gpt-image-1.5",
            n=1,
            output_compression=0,
            output_format="webp",
            partial_images=0,
            quality="low",
            size="1024x1024",
            user="string",
        ),
        ImagesResponse,
    )
    received = mock.requests()[-1]
    params = received["params"]
    assert sorted(params) == [
        "background",
        "image",
        "input_fidelity",
        "mask",
        "model",
        "n",
        "output_compression",
        "output_format",
        "partial_images",
        "prompt",
        "quality",
        "size",
        "user",
    ]
    assert params["prompt"] == "A cute baby sea otter"  # in the body
    assert params["background"] == "transparent"  # in the body
    assert params["input_fidelity"] == "high"  # in the body
    assert params["model"] == "gpt-image-1.5"  # in the body
    assert params["n"] == 1  # in the body
    assert params["output_compression"] == 0  # in the body
    assert params["output_format"] == "webp"  # in the body
    assert params["partial_images"] == 0  # in the body
    assert params["quality"] == "low"  # in the body
    assert params["size"] == "1024x1024"  # in the body
    assert params["user"] == "string"  # in the body
    files = params["image"] if isinstance(params["image"], list) else [params["image"]]
    assert files and all(f["content_type"] == "image/png" and f["size"] == len(PNG) for f in files)
    files = params["mask"] if isinstance(params["mask"], list) else [params["mask"]]
    assert files and all(f["content_type"] == "image/png" and f["size"] == len(PNG) for f in files)


def test_edit_with_several_files(client: OpenAI, mock: MockServer) -> None:
    client.images.edit(
        image=[PNG, PNG],
        prompt="A cute baby sea otter",
    )
    files = mock.requests()[-1]["params"]["image"]
    assert isinstance(files, list) and len(files) == 2
    assert all(f["content_type"] == "image/png" for f in files)


def test_edit_raw_response(client: OpenAI) -> None:
    response = client.images.with_raw_response.edit(
        image=PNG,
        prompt="A cute baby sea otter",
    )
    assert response.status_code == 200
    assert response.request_id
    parsed = response.parse()
    assert isinstance(parsed, ImagesResponse)


@pytest.mark.anyio
async def test_async_edit_with_required_params(async_client: AsyncOpenAI, mock: MockServer) -> None:
    result = await async_client.images.edit(
        image=PNG,
        prompt="A cute baby sea otter",
    )
    assert isinstance(result, ImagesResponse) and dump(result) == {
        "created": 1713833628,
        "background": "opaque",
        "data": [
            {
                "b64_json": "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP4P9P4PwAHMQLLg39xVAAAAABJRU5ErkJggg=="
            }
        ],
        "output_format": "png",
        "quality": "low",
        "size": "1024x1024",
        "usage": {
            "input_tokens": 50,
            "input_tokens_details": {"image_tokens": 40, "text_tokens": 10},
            "output_tokens": 50,
            "total_tokens": 100,
            "output_tokens_details": {"image_tokens": 50, "text_tokens": 0},
        },
    }
    assert [(r["method"], r["path"]) for r in mock.requests()] == [("POST", "/images/edits")]


@pytest.mark.anyio
async def test_async_edit_raw_response(async_client: AsyncOpenAI) -> None:
    response = await async_client.images.with_raw_response.edit(
        image=PNG,
        prompt="A cute baby sea otter",
    )
    assert response.status_code == 200
    assert isinstance(response.parse(), ImagesResponse)


def test_edit_rule_edit_models(client: OpenAI, mock: MockServer) -> None:
    with pytest.raises(ParamValidationError) as info:
        client.images.edit(
            image=PNG,
            prompt="A cute baby sea otter",
            model="dall-e-3",
        )
    message = str(info.value)  # pytest shows it when an assert fails
    assert "param 'model'" in message and "(rule edit-models" in message
    assert mock.requests() == []
    with pytest.raises(BadRequestError) as server:
        client.with_options(validation="off").images.edit(
            image=PNG,
            prompt="A cute baby sea otter",
            model="dall-e-3",
        )
    assert server.value.param == "model" and "(rule edit-models)" in server.value.message


def test_edit_rule_prompt_length_dall_e_2(client: OpenAI, mock: MockServer) -> None:
    with pytest.raises(ParamValidationError) as info:
        client.images.edit(
            image=PNG,
            prompt="x" * 1001,
            model="dall-e-2",
        )
    message = str(info.value)  # pytest shows it when an assert fails
    assert "param 'prompt'" in message and "(rule prompt-length-dall-e-2" in message
    assert mock.requests() == []
    with pytest.raises(BadRequestError) as server:
        client.with_options(validation="off").images.edit(
            image=PNG,
            prompt="x" * 1001,
            model="dall-e-2",
        )
    assert server.value.param == "prompt" and "(rule prompt-length-dall-e-2)" in server.value.message


def test_edit_rule_one_image_dall_e_2(client: OpenAI, mock: MockServer) -> None:
    with pytest.raises(ParamValidationError) as info:
        client.images.edit(
            image=[PNG, PNG],
            prompt="A cute baby sea otter",
            model="dall-e-2",
        )
    message = str(info.value)  # pytest shows it when an assert fails
    assert "param 'image'" in message and "(rule one-image-dall-e-2" in message
    assert mock.requests() == []
    with pytest.raises(BadRequestError) as server:
        client.with_options(validation="off").images.edit(
            image=[PNG, PNG],
            prompt="A cute baby sea otter",
            model="dall-e-2",
        )
    assert server.value.param == "image" and "(rule one-image-dall-e-2)" in server.value.message


def test_edit_rule_gpt_image_only_params(client: OpenAI, mock: MockServer) -> None:
    with pytest.raises(ParamValidationError) as info:
        client.images.edit(
            image=PNG,
            prompt="A cute baby sea otter",
            model="dall-e-2",
            background="transparent",
        )
    message = str(info.value)  # pytest shows it when an assert fails
    assert "param 'background'" in message and "(rule gpt-image-only-params" in message
    assert mock.requests() == []
    with pytest.raises(BadRequestError) as server:
        client.with_options(validation="off").images.edit(
            image=PNG,
            prompt="A cute baby sea otter",
            model="dall-e-2",
            background="transparent",
        )
    assert server.value.param == "background" and "(rule gpt-image-only-params)" in server.value.message


def test_edit_rule_input_fidelity_models(client: OpenAI, mock: MockServer) -> None:
    with pytest.raises(ParamValidationError) as info:
        client.images.edit(
            image=PNG,
            prompt="A cute baby sea otter",
            model="dall-e-2",
            input_fidelity="high",
        )
    message = str(info.value)  # pytest shows it when an assert fails
    assert "param 'input_fidelity'" in message and "(rule input-fidelity-models" in message
    assert mock.requests() == []
    with pytest.raises(BadRequestError) as server:
        client.with_options(validation="off").images.edit(
            image=PNG,
            prompt="A cute baby sea otter",
            model="dall-e-2",
            input_fidelity="high",
        )
    assert server.value.param == "input_fidelity" and "(rule input-fidelity-models)" in server.value.message


def test_edit_rule_no_transparent_background_gpt_image_2(client: OpenAI, mock: MockServer) -> None:
    with pytest.raises(ParamValidationError) as info:
        client.images.edit(
            image=PNG,
            prompt="A cute baby sea otter",
            model="gpt-image-2",
            background="transparent",
        )
    message = str(info.value)  # pytest shows it when an assert fails
    assert "param 'background'" in message and "(rule no-transparent-background-gpt-image-2" in message
    assert mock.requests() == []
    with pytest.raises(BadRequestError) as server:
        client.with_options(validation="off").images.edit(
            image=PNG,
            prompt="A cute baby sea otter",
            model="gpt-image-2",
            background="transparent",
        )
    assert server.value.param == "background" and "(rule no-transparent-background-gpt-image-2)" in server.value.message


def test_edit_rule_transparent_needs_alpha_format(client: OpenAI, mock: MockServer) -> None:
    with pytest.raises(ParamValidationError) as info:
        client.images.edit(
            image=PNG,
            prompt="A cute baby sea otter",
            background="transparent",
            output_format="jpeg",
        )
    message = str(info.value)  # pytest shows it when an assert fails
    assert "param 'output_format'" in message and "(rule transparent-needs-alpha-format" in message
    assert mock.requests() == []
    with pytest.raises(BadRequestError) as server:
        client.with_options(validation="off").images.edit(
            image=PNG,
            prompt="A cute baby sea otter",
            background="transparent",
            output_format="jpeg",
        )
    assert server.value.param == "output_format" and "(rule transparent-needs-alpha-format)" in server.value.message


def test_edit_rule_compression_needs_lossy_format(client: OpenAI, mock: MockServer) -> None:
    with pytest.raises(ParamValidationError) as info:
        client.images.edit(
            image=PNG,
            prompt="A cute baby sea otter",
            output_format="png",
            output_compression=0,
        )
    message = str(info.value)  # pytest shows it when an assert fails
    assert "param 'output_compression'" in message and "(rule compression-needs-lossy-format" in message
    assert mock.requests() == []
    with pytest.raises(BadRequestError) as server:
        client.with_options(validation="off").images.edit(
            image=PNG,
            prompt="A cute baby sea otter",
            output_format="png",
            output_compression=0,
        )
    assert (
        server.value.param == "output_compression" and "(rule compression-needs-lossy-format)" in server.value.message
    )


def test_edit_rule_response_format_dall_e_2_only(client: OpenAI, mock: MockServer) -> None:
    with pytest.raises(ParamValidationError) as info:
        client.images.edit(
            image=PNG,
            prompt="A cute baby sea otter",
            model="gpt-image-1.5",
            response_format="url",
        )
    message = str(info.value)  # pytest shows it when an assert fails
    assert "param 'response_format'" in message and "(rule response-format-dall-e-2-only" in message
    assert mock.requests() == []
    with pytest.raises(BadRequestError) as server:
        client.with_options(validation="off").images.edit(
            image=PNG,
            prompt="A cute baby sea otter",
            model="gpt-image-1.5",
            response_format="url",
        )
    assert server.value.param == "response_format" and "(rule response-format-dall-e-2-only)" in server.value.message


def test_edit_rule_quality_dall_e_2(client: OpenAI, mock: MockServer) -> None:
    with pytest.raises(ParamValidationError) as info:
        client.images.edit(
            image=PNG,
            prompt="A cute baby sea otter",
            model="dall-e-2",
            quality="low",
        )
    message = str(info.value)  # pytest shows it when an assert fails
    assert "param 'quality'" in message and "(rule quality-dall-e-2" in message
    assert mock.requests() == []
    with pytest.raises(BadRequestError) as server:
        client.with_options(validation="off").images.edit(
            image=PNG,
            prompt="A cute baby sea otter",
            model="dall-e-2",
            quality="low",
        )
    assert server.value.param == "quality" and "(rule quality-dall-e-2)" in server.value.message


def test_edit_rule_quality_gpt_image(client: OpenAI, mock: MockServer) -> None:
    with pytest.raises(ParamValidationError) as info:
        client.images.edit(
            image=PNG,
            prompt="A cute baby sea otter",
            model="gpt-image-1.5",
            quality="standard",
        )
    message = str(info.value)  # pytest shows it when an assert fails
    assert "param 'quality'" in message and "(rule quality-gpt-image" in message
    assert mock.requests() == []
    with pytest.raises(BadRequestError) as server:
        client.with_options(validation="off").images.edit(
            image=PNG,
            prompt="A cute baby sea otter",
            model="gpt-image-1.5",
            quality="standard",
        )
    assert server.value.param == "quality" and "(rule quality-gpt-image)" in server.value.message


def test_edit_rule_size_dall_e_2(client: OpenAI, mock: MockServer) -> None:
    with pytest.raises(ParamValidationError) as info:
        client.images.edit(
            image=PNG,
            prompt="A cute baby sea otter",
            model="dall-e-2",
            size="1536x1024",
        )
    message = str(info.value)  # pytest shows it when an assert fails
    assert "param 'size'" in message and "(rule size-dall-e-2" in message
    assert mock.requests() == []
    with pytest.raises(BadRequestError) as server:
        client.with_options(validation="off").images.edit(
            image=PNG,
            prompt="A cute baby sea otter",
            model="dall-e-2",
            size="1536x1024",
        )
    assert server.value.param == "size" and "(rule size-dall-e-2)" in server.value.message


def test_edit_rule_size_gpt_image(client: OpenAI, mock: MockServer) -> None:
    with pytest.raises(ParamValidationError) as info:
        client.images.edit(
            image=PNG,
            prompt="A cute baby sea otter",
            model="gpt-image-1.5",
            size="256x256",
        )
    message = str(info.value)  # pytest shows it when an assert fails
    assert "param 'size'" in message and "(rule size-gpt-image" in message
    assert mock.requests() == []
    with pytest.raises(BadRequestError) as server:
        client.with_options(validation="off").images.edit(
            image=PNG,
            prompt="A cute baby sea otter",
            model="gpt-image-1.5",
            size="256x256",
        )
    assert server.value.param == "size" and "(rule size-gpt-image)" in server.value.message


def test_edit_rule_size_gpt_image_2(client: OpenAI, mock: MockServer) -> None:
    with pytest.raises(ParamValidationError) as info:
        client.images.edit(
            image=PNG,
            prompt="A cute baby sea otter",
            model="gpt-image-2",
            size="1025x1025",
        )
    message = str(info.value)  # pytest shows it when an assert fails
    assert "param 'size'" in message and "(rule size-gpt-image-2" in message
    assert mock.requests() == []
    with pytest.raises(BadRequestError) as server:
        client.with_options(validation="off").images.edit(
            image=PNG,
            prompt="A cute baby sea otter",
            model="gpt-image-2",
            size="1025x1025",
        )
    assert server.value.param == "size" and "(rule size-gpt-image-2)" in server.value.message


def test_edit_streaming(client: OpenAI, mock: MockServer) -> None:
    with client.images.edit(
        image=[PNG, PNG],
        prompt="A cute baby sea otter",
        background="transparent",
        input_fidelity="high",
        mask=PNG,
        model="gpt-image-1.5",
        n=1,
        output_compression=0,
        output_format="webp",
        partial_images=2,
        quality="low",
        size="1024x1024",
        user="string",
        stream=True,
    ) as stream:
        events = list(stream)
    assert [type(e).__name__ for e in events] == [
        "ImageEditPartialImageEvent",
        "ImageEditPartialImageEvent",
        "ImageEditCompletedEvent",
    ]
    assert isinstance(events[0], ImageEditPartialImageEvent)
    assert events[0].model_dump(mode="json", by_alias=True, exclude_none=True) == {
        "b64_json": "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP4P9P4PwAHMQLLg39xVAAAAABJRU5ErkJggg==",
        "background": "opaque",
        "created_at": 1713833628,
        "output_format": "png",
        "partial_image_index": 0,
        "quality": "low",
        "size": "1024x1024",
        "type": "image_edit.partial_image",
    }
    assert isinstance(events[1], ImageEditPartialImageEvent)
    assert events[1].model_dump(mode="json", by_alias=True, exclude_none=True) == {
        "b64_json": "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP4P9P4PwAHMQLLg39xVAAAAABJRU5ErkJggg==",
        "background": "opaque",
        "created_at": 1713833628,
        "output_format": "png",
        "partial_image_index": 1,
        "quality": "low",
        "size": "1024x1024",
        "type": "image_edit.partial_image",
    }
    assert isinstance(events[2], ImageEditCompletedEvent)
    assert events[2].model_dump(mode="json", by_alias=True, exclude_none=True) == {
        "b64_json": "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP4P9P4PwAHMQLLg39xVAAAAABJRU5ErkJggg==",
        "background": "opaque",
        "created_at": 1713833628,
        "output_format": "png",
        "quality": "low",
        "size": "1024x1024",
        "type": "image_edit.completed",
        "usage": {
            "input_tokens": 50,
            "input_tokens_details": {"image_tokens": 40, "text_tokens": 10},
            "output_tokens": 50,
            "total_tokens": 100,
        },
    }
    assert mock.requests()[-1]["params"]["stream"] is True


def test_edit_streaming_raw_response(client: OpenAI) -> None:
    response = client.images.with_raw_response.edit(
        image=[PNG, PNG],
        prompt="A cute baby sea otter",
        background="transparent",
        input_fidelity="high",
        mask=PNG,
        model="gpt-image-1.5",
        n=1,
        output_compression=0,
        output_format="webp",
        partial_images=2,
        quality="low",
        size="1024x1024",
        user="string",
        stream=True,
    )
    assert response.headers["content-type"].startswith("text/event-stream")
    with response.parse() as stream:
        assert len(list(stream)) == 3


@pytest.mark.anyio
async def test_async_edit_streaming(async_client: AsyncOpenAI) -> None:
    stream = await async_client.images.edit(
        image=[PNG, PNG],
        prompt="A cute baby sea otter",
        background="transparent",
        input_fidelity="high",
        mask=PNG,
        model="gpt-image-1.5",
        n=1,
        output_compression=0,
        output_format="webp",
        partial_images=2,
        quality="low",
        size="1024x1024",
        user="string",
        stream=True,
    )
    events = [event async for event in stream]
    assert [type(e).__name__ for e in events] == [
        "ImageEditPartialImageEvent",
        "ImageEditPartialImageEvent",
        "ImageEditCompletedEvent",
    ]
    assert events[0].model_dump(mode="json", by_alias=True, exclude_none=True) == {
        "b64_json": "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP4P9P4PwAHMQLLg39xVAAAAABJRU5ErkJggg==",
        "background": "opaque",
        "created_at": 1713833628,
        "output_format": "png",
        "partial_image_index": 0,
        "quality": "low",
        "size": "1024x1024",
        "type": "image_edit.partial_image",
    }
    assert events[1].model_dump(mode="json", by_alias=True, exclude_none=True) == {
        "b64_json": "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP4P9P4PwAHMQLLg39xVAAAAABJRU5ErkJggg==",
        "background": "opaque",
        "created_at": 1713833628,
        "output_format": "png",
        "partial_image_index": 1,
        "quality": "low",
        "size": "1024x1024",
        "type": "image_edit.partial_image",
    }
    assert events[2].model_dump(mode="json", by_alias=True, exclude_none=True) == {
        "b64_json": "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP4P9P4PwAHMQLLg39xVAAAAABJRU5ErkJggg==",
        "background": "opaque",
        "created_at": 1713833628,
        "output_format": "png",
        "quality": "low",
        "size": "1024x1024",
        "type": "image_edit.completed",
        "usage": {
            "input_tokens": 50,
            "input_tokens_details": {"image_tokens": 40, "text_tokens": 10},
            "output_tokens": 50,
            "total_tokens": 100,
        },
    }


def test_generate_with_required_params(client: OpenAI, mock: MockServer) -> None:
    result = client.images.generate(
        prompt="A cute baby sea otter",
    )
    assert isinstance(result, ImagesResponse)
    assert dump(result) == {
        "created": 1713833628,
        "background": "opaque",
        "data": [
            {
                "b64_json": "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP4P9P4PwAHMQLLg39xVAAAAABJRU5ErkJggg=="
            }
        ],
        "output_format": "png",
        "quality": "low",
        "size": "1024x1024",
        "usage": {
            "input_tokens": 50,
            "input_tokens_details": {"image_tokens": 40, "text_tokens": 10},
            "output_tokens": 50,
            "total_tokens": 100,
            "output_tokens_details": {"image_tokens": 50, "text_tokens": 0},
        },
    }  # every property kept, dates and times exactly as sent
    received = mock.requests()
    assert [(r["method"], r["path"]) for r in received] == [("POST", "/images/generations")]


def test_generate_with_all_params(client: OpenAI, mock: MockServer) -> None:
    assert isinstance(
        client.images.generate(
            prompt="A cute baby sea otter",
            background="transparent",
            model="gpt-image-1.5",
            moderation="low",
            n=1,
            output_compression=0,
            output_format="webp",
            partial_images=0,
            quality="low",
            size="auto",
            user="string",
        ),
        ImagesResponse,
    )
    received = mock.requests()[-1]
    params = received["params"]
    assert sorted(params) == [
        "background",
        "model",
        "moderation",
        "n",
        "output_compression",
        "output_format",
        "partial_images",
        "prompt",
        "quality",
        "size",
        "user",
    ]
    assert params["prompt"] == "A cute baby sea otter"  # in the body
    assert params["background"] == "transparent"  # in the body
    assert params["model"] == "gpt-image-1.5"  # in the body
    assert params["moderation"] == "low"  # in the body
    assert params["n"] == 1  # in the body
    assert params["output_compression"] == 0  # in the body
    assert params["output_format"] == "webp"  # in the body
    assert params["partial_images"] == 0  # in the body
    assert params["quality"] == "low"  # in the body
    assert params["size"] == "auto"  # in the body
    assert params["user"] == "string"  # in the body


def test_generate_raw_response(client: OpenAI) -> None:
    response = client.images.with_raw_response.generate(
        prompt="A cute baby sea otter",
    )
    assert response.status_code == 200
    assert response.request_id
    parsed = response.parse()
    assert isinstance(parsed, ImagesResponse)


@pytest.mark.anyio
async def test_async_generate_with_required_params(async_client: AsyncOpenAI, mock: MockServer) -> None:
    result = await async_client.images.generate(
        prompt="A cute baby sea otter",
    )
    assert isinstance(result, ImagesResponse) and dump(result) == {
        "created": 1713833628,
        "background": "opaque",
        "data": [
            {
                "b64_json": "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP4P9P4PwAHMQLLg39xVAAAAABJRU5ErkJggg=="
            }
        ],
        "output_format": "png",
        "quality": "low",
        "size": "1024x1024",
        "usage": {
            "input_tokens": 50,
            "input_tokens_details": {"image_tokens": 40, "text_tokens": 10},
            "output_tokens": 50,
            "total_tokens": 100,
            "output_tokens_details": {"image_tokens": 50, "text_tokens": 0},
        },
    }
    assert [(r["method"], r["path"]) for r in mock.requests()] == [("POST", "/images/generations")]


@pytest.mark.anyio
async def test_async_generate_raw_response(async_client: AsyncOpenAI) -> None:
    response = await async_client.images.with_raw_response.generate(
        prompt="A cute baby sea otter",
    )
    assert response.status_code == 200
    assert isinstance(response.parse(), ImagesResponse)


def test_generate_rule_prompt_length_dall_e_2(client: OpenAI, mock: MockServer) -> None:
    with pytest.raises(ParamValidationError) as info:
        client.images.generate(
            prompt="x" * 1001,
            model="dall-e-2",
        )
    message = str(info.value)  # pytest shows it when an assert fails
    assert "param 'prompt'" in message and "(rule prompt-length-dall-e-2" in message
    assert mock.requests() == []
    with pytest.raises(BadRequestError) as server:
        client.with_options(validation="off").images.generate(
            prompt="x" * 1001,
            model="dall-e-2",
        )
    assert server.value.param == "prompt" and "(rule prompt-length-dall-e-2)" in server.value.message


def test_generate_rule_prompt_length_dall_e_3(client: OpenAI, mock: MockServer) -> None:
    with pytest.raises(ParamValidationError) as info:
        client.images.generate(
            prompt="x" * 4001,
            model="dall-e-3",
        )
    message = str(info.value)  # pytest shows it when an assert fails
    assert "param 'prompt'" in message and "(rule prompt-length-dall-e-3" in message
    assert mock.requests() == []
    with pytest.raises(BadRequestError) as server:
        client.with_options(validation="off").images.generate(
            prompt="x" * 4001,
            model="dall-e-3",
        )
    assert server.value.param == "prompt" and "(rule prompt-length-dall-e-3)" in server.value.message


def test_generate_rule_n_dall_e_3(client: OpenAI, mock: MockServer) -> None:
    with pytest.raises(ParamValidationError) as info:
        client.images.generate(
            prompt="A cute baby sea otter",
            model="dall-e-3",
            n=2,
        )
    message = str(info.value)  # pytest shows it when an assert fails
    assert "param 'n'" in message and "(rule n-dall-e-3" in message
    assert mock.requests() == []
    with pytest.raises(BadRequestError) as server:
        client.with_options(validation="off").images.generate(
            prompt="A cute baby sea otter",
            model="dall-e-3",
            n=2,
        )
    assert server.value.param == "n" and "(rule n-dall-e-3)" in server.value.message


def test_generate_rule_style_dall_e_3_only(client: OpenAI, mock: MockServer) -> None:
    with pytest.raises(ParamValidationError) as info:
        client.images.generate(
            prompt="A cute baby sea otter",
            model="gpt-image-1.5",
            style="vivid",
        )
    message = str(info.value)  # pytest shows it when an assert fails
    assert "param 'style'" in message and "(rule style-dall-e-3-only" in message
    assert mock.requests() == []
    with pytest.raises(BadRequestError) as server:
        client.with_options(validation="off").images.generate(
            prompt="A cute baby sea otter",
            model="gpt-image-1.5",
            style="vivid",
        )
    assert server.value.param == "style" and "(rule style-dall-e-3-only)" in server.value.message


def test_generate_rule_gpt_image_only_params(client: OpenAI, mock: MockServer) -> None:
    with pytest.raises(ParamValidationError) as info:
        client.images.generate(
            prompt="A cute baby sea otter",
            model="dall-e-2",
            background="transparent",
        )
    message = str(info.value)  # pytest shows it when an assert fails
    assert "param 'background'" in message and "(rule gpt-image-only-params" in message
    assert mock.requests() == []
    with pytest.raises(BadRequestError) as server:
        client.with_options(validation="off").images.generate(
            prompt="A cute baby sea otter",
            model="dall-e-2",
            background="transparent",
        )
    assert server.value.param == "background" and "(rule gpt-image-only-params)" in server.value.message


def test_generate_rule_no_transparent_background_gpt_image_2(client: OpenAI, mock: MockServer) -> None:
    with pytest.raises(ParamValidationError) as info:
        client.images.generate(
            prompt="A cute baby sea otter",
            model="gpt-image-2",
            background="transparent",
        )
    message = str(info.value)  # pytest shows it when an assert fails
    assert "param 'background'" in message and "(rule no-transparent-background-gpt-image-2" in message
    assert mock.requests() == []
    with pytest.raises(BadRequestError) as server:
        client.with_options(validation="off").images.generate(
            prompt="A cute baby sea otter",
            model="gpt-image-2",
            background="transparent",
        )
    assert server.value.param == "background" and "(rule no-transparent-background-gpt-image-2)" in server.value.message


def test_generate_rule_transparent_needs_alpha_format(client: OpenAI, mock: MockServer) -> None:
    with pytest.raises(ParamValidationError) as info:
        client.images.generate(
            prompt="A cute baby sea otter",
            background="transparent",
            output_format="jpeg",
        )
    message = str(info.value)  # pytest shows it when an assert fails
    assert "param 'output_format'" in message and "(rule transparent-needs-alpha-format" in message
    assert mock.requests() == []
    with pytest.raises(BadRequestError) as server:
        client.with_options(validation="off").images.generate(
            prompt="A cute baby sea otter",
            background="transparent",
            output_format="jpeg",
        )
    assert server.value.param == "output_format" and "(rule transparent-needs-alpha-format)" in server.value.message


def test_generate_rule_compression_needs_lossy_format(client: OpenAI, mock: MockServer) -> None:
    with pytest.raises(ParamValidationError) as info:
        client.images.generate(
            prompt="A cute baby sea otter",
            output_format="png",
            output_compression=0,
        )
    message = str(info.value)  # pytest shows it when an assert fails
    assert "param 'output_compression'" in message and "(rule compression-needs-lossy-format" in message
    assert mock.requests() == []
    with pytest.raises(BadRequestError) as server:
        client.with_options(validation="off").images.generate(
            prompt="A cute baby sea otter",
            output_format="png",
            output_compression=0,
        )
    assert (
        server.value.param == "output_compression" and "(rule compression-needs-lossy-format)" in server.value.message
    )


def test_generate_rule_response_format_dall_e_only(client: OpenAI, mock: MockServer) -> None:
    with pytest.raises(ParamValidationError) as info:
        client.images.generate(
            prompt="A cute baby sea otter",
            model="gpt-image-1.5",
            response_format="url",
        )
    message = str(info.value)  # pytest shows it when an assert fails
    assert "param 'response_format'" in message and "(rule response-format-dall-e-only" in message
    assert mock.requests() == []
    with pytest.raises(BadRequestError) as server:
        client.with_options(validation="off").images.generate(
            prompt="A cute baby sea otter",
            model="gpt-image-1.5",
            response_format="url",
        )
    assert server.value.param == "response_format" and "(rule response-format-dall-e-only)" in server.value.message


def test_generate_rule_quality_dall_e_2(client: OpenAI, mock: MockServer) -> None:
    with pytest.raises(ParamValidationError) as info:
        client.images.generate(
            prompt="A cute baby sea otter",
            model="dall-e-2",
            quality="hd",
        )
    message = str(info.value)  # pytest shows it when an assert fails
    assert "param 'quality'" in message and "(rule quality-dall-e-2" in message
    assert mock.requests() == []
    with pytest.raises(BadRequestError) as server:
        client.with_options(validation="off").images.generate(
            prompt="A cute baby sea otter",
            model="dall-e-2",
            quality="hd",
        )
    assert server.value.param == "quality" and "(rule quality-dall-e-2)" in server.value.message


def test_generate_rule_quality_dall_e_3(client: OpenAI, mock: MockServer) -> None:
    with pytest.raises(ParamValidationError) as info:
        client.images.generate(
            prompt="A cute baby sea otter",
            model="dall-e-3",
            quality="low",
        )
    message = str(info.value)  # pytest shows it when an assert fails
    assert "param 'quality'" in message and "(rule quality-dall-e-3" in message
    assert mock.requests() == []
    with pytest.raises(BadRequestError) as server:
        client.with_options(validation="off").images.generate(
            prompt="A cute baby sea otter",
            model="dall-e-3",
            quality="low",
        )
    assert server.value.param == "quality" and "(rule quality-dall-e-3)" in server.value.message


def test_generate_rule_quality_gpt_image(client: OpenAI, mock: MockServer) -> None:
    with pytest.raises(ParamValidationError) as info:
        client.images.generate(
            prompt="A cute baby sea otter",
            model="gpt-image-1.5",
            quality="standard",
        )
    message = str(info.value)  # pytest shows it when an assert fails
    assert "param 'quality'" in message and "(rule quality-gpt-image" in message
    assert mock.requests() == []
    with pytest.raises(BadRequestError) as server:
        client.with_options(validation="off").images.generate(
            prompt="A cute baby sea otter",
            model="gpt-image-1.5",
            quality="standard",
        )
    assert server.value.param == "quality" and "(rule quality-gpt-image)" in server.value.message


def test_generate_rule_size_dall_e_2(client: OpenAI, mock: MockServer) -> None:
    with pytest.raises(ParamValidationError) as info:
        client.images.generate(
            prompt="A cute baby sea otter",
            model="dall-e-2",
            size="auto",
        )
    message = str(info.value)  # pytest shows it when an assert fails
    assert "param 'size'" in message and "(rule size-dall-e-2" in message
    assert mock.requests() == []
    with pytest.raises(BadRequestError) as server:
        client.with_options(validation="off").images.generate(
            prompt="A cute baby sea otter",
            model="dall-e-2",
            size="auto",
        )
    assert server.value.param == "size" and "(rule size-dall-e-2)" in server.value.message


def test_generate_rule_size_dall_e_3(client: OpenAI, mock: MockServer) -> None:
    with pytest.raises(ParamValidationError) as info:
        client.images.generate(
            prompt="A cute baby sea otter",
            model="dall-e-3",
            size="auto",
        )
    message = str(info.value)  # pytest shows it when an assert fails
    assert "param 'size'" in message and "(rule size-dall-e-3" in message
    assert mock.requests() == []
    with pytest.raises(BadRequestError) as server:
        client.with_options(validation="off").images.generate(
            prompt="A cute baby sea otter",
            model="dall-e-3",
            size="auto",
        )
    assert server.value.param == "size" and "(rule size-dall-e-3)" in server.value.message


def test_generate_rule_size_gpt_image(client: OpenAI, mock: MockServer) -> None:
    with pytest.raises(ParamValidationError) as info:
        client.images.generate(
            prompt="A cute baby sea otter",
            model="gpt-image-1.5",
            size="256x256",
        )
    message = str(info.value)  # pytest shows it when an assert fails
    assert "param 'size'" in message and "(rule size-gpt-image" in message
    assert mock.requests() == []
    with pytest.raises(BadRequestError) as server:
        client.with_options(validation="off").images.generate(
            prompt="A cute baby sea otter",
            model="gpt-image-1.5",
            size="256x256",
        )
    assert server.value.param == "size" and "(rule size-gpt-image)" in server.value.message


def test_generate_rule_size_gpt_image_2(client: OpenAI, mock: MockServer) -> None:
    with pytest.raises(ParamValidationError) as info:
        client.images.generate(
            prompt="A cute baby sea otter",
            model="gpt-image-2",
            size="1025x1025",
        )
    message = str(info.value)  # pytest shows it when an assert fails
    assert "param 'size'" in message and "(rule size-gpt-image-2" in message
    assert mock.requests() == []
    with pytest.raises(BadRequestError) as server:
        client.with_options(validation="off").images.generate(
            prompt="A cute baby sea otter",
            model="gpt-image-2",
            size="1025x1025",
        )
    assert server.value.param == "size" and "(rule size-gpt-image-2)" in server.value.message


def test_generate_streaming(client: OpenAI, mock: MockServer) -> None:
    with client.images.generate(
        prompt="A cute baby sea otter",
        background="transparent",
        model="gpt-image-1.5",
        moderation="low",
        n=1,
        output_compression=0,
        output_format="webp",
        partial_images=2,
        quality="low",
        size="auto",
        user="string",
        stream=True,
    ) as stream:
        events = list(stream)
    assert [type(e).__name__ for e in events] == [
        "ImageGenPartialImageEvent",
        "ImageGenPartialImageEvent",
        "ImageGenCompletedEvent",
    ]
    assert isinstance(events[0], ImageGenPartialImageEvent)
    assert events[0].model_dump(mode="json", by_alias=True, exclude_none=True) == {
        "b64_json": "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP4P9P4PwAHMQLLg39xVAAAAABJRU5ErkJggg==",
        "background": "opaque",
        "created_at": 1713833628,
        "output_format": "png",
        "partial_image_index": 0,
        "quality": "low",
        "size": "1024x1024",
        "type": "image_generation.partial_image",
    }
    assert isinstance(events[1], ImageGenPartialImageEvent)
    assert events[1].model_dump(mode="json", by_alias=True, exclude_none=True) == {
        "b64_json": "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP4P9P4PwAHMQLLg39xVAAAAABJRU5ErkJggg==",
        "background": "opaque",
        "created_at": 1713833628,
        "output_format": "png",
        "partial_image_index": 1,
        "quality": "low",
        "size": "1024x1024",
        "type": "image_generation.partial_image",
    }
    assert isinstance(events[2], ImageGenCompletedEvent)
    assert events[2].model_dump(mode="json", by_alias=True, exclude_none=True) == {
        "b64_json": "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP4P9P4PwAHMQLLg39xVAAAAABJRU5ErkJggg==",
        "background": "opaque",
        "created_at": 1713833628,
        "output_format": "png",
        "quality": "low",
        "size": "1024x1024",
        "type": "image_generation.completed",
        "usage": {
            "input_tokens": 50,
            "input_tokens_details": {"image_tokens": 40, "text_tokens": 10},
            "output_tokens": 50,
            "total_tokens": 100,
        },
    }
    assert mock.requests()[-1]["params"]["stream"] is True


def test_generate_streaming_raw_response(client: OpenAI) -> None:
    response = client.images.with_raw_response.generate(
        prompt="A cute baby sea otter",
        background="transparent",
        model="gpt-image-1.5",
        moderation="low",
        n=1,
        output_compression=0,
        output_format="webp",
        partial_images=2,
        quality="low",
        size="auto",
        user="string",
        stream=True,
    )
    assert response.headers["content-type"].startswith("text/event-stream")
    with response.parse() as stream:
        assert len(list(stream)) == 3


@pytest.mark.anyio
async def test_async_generate_streaming(async_client: AsyncOpenAI) -> None:
    stream = await async_client.images.generate(
        prompt="A cute baby sea otter",
        background="transparent",
        model="gpt-image-1.5",
        moderation="low",
        n=1,
        output_compression=0,
        output_format="webp",
        partial_images=2,
        quality="low",
        size="auto",
        user="string",
        stream=True,
    )
    events = [event async for event in stream]
    assert [type(e).__name__ for e in events] == [
        "ImageGenPartialImageEvent",
        "ImageGenPartialImageEvent",
        "ImageGenCompletedEvent",
    ]
    assert events[0].model_dump(mode="json", by_alias=True, exclude_none=True) == {
        "b64_json": "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP4P9P4PwAHMQLLg39xVAAAAABJRU5ErkJggg==",
        "background": "opaque",
        "created_at": 1713833628,
        "output_format": "png",
        "partial_image_index": 0,
        "quality": "low",
        "size": "1024x1024",
        "type": "image_generation.partial_image",
    }
    assert events[1].model_dump(mode="json", by_alias=True, exclude_none=True) == {
        "b64_json": "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP4P9P4PwAHMQLLg39xVAAAAABJRU5ErkJggg==",
        "background": "opaque",
        "created_at": 1713833628,
        "output_format": "png",
        "partial_image_index": 1,
        "quality": "low",
        "size": "1024x1024",
        "type": "image_generation.partial_image",
    }
    assert events[2].model_dump(mode="json", by_alias=True, exclude_none=True) == {
        "b64_json": "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP4P9P4PwAHMQLLg39xVAAAAABJRU5ErkJggg==",
        "background": "opaque",
        "created_at": 1713833628,
        "output_format": "png",
        "quality": "low",
        "size": "1024x1024",
        "type": "image_generation.completed",
        "usage": {
            "input_tokens": 50,
            "input_tokens_details": {"image_tokens": 40, "text_tokens": 10},
            "output_tokens": 50,
            "total_tokens": 100,
        },
    }
