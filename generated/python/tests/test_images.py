# File generated from images.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.

"""Every method of `images` over real HTTP against the mock server: required params,
all params, files, raw responses and streams (each event's type and fields), sync and async."""

from __future__ import annotations

import pytest
from conftest import PNG, MockServer

from openai_images import AsyncOpenAI, OpenAI
from openai_images.types import ImageEditCompletedEvent
from openai_images.types import ImageEditPartialImageEvent
from openai_images.types import ImageGenCompletedEvent
from openai_images.types import ImageGenPartialImageEvent
from openai_images.types import ImagesResponse

_ = PNG


def test_create_variation_with_required_params(client: OpenAI, mock: MockServer) -> None:
    result = client.images.create_variation(image=PNG)
    assert isinstance(result, ImagesResponse)
    received = mock.requests()
    assert [(r["method"], r["path"]) for r in received] == [("POST", "/images/variations")]
    assert received[0]["params"]["image"]["content_type"] == "image/png"  # one part named "image", not "image[]"


def test_create_variation_with_all_params(client: OpenAI, mock: MockServer) -> None:
    result = client.images.create_variation(
        image=PNG, model="dall-e-2", n=1, response_format="url", size="256x256", user="string"
    )
    assert isinstance(result, ImagesResponse)
    params = mock.requests()[-1]["params"]
    assert sorted(params) == [
        "image",
        "model",
        "n",
        "response_format",
        "size",
        "user",
    ]
    files = params["image"] if isinstance(params["image"], list) else [params["image"]]
    assert files and all(f["content_type"] == "image/png" and f["size"] == len(PNG) for f in files)
    assert result.model_dump(mode="json", exclude_none=True)


def test_create_variation_raw_response(client: OpenAI) -> None:
    response = client.images.with_raw_response.create_variation(image=PNG)
    assert response.status_code == 200
    assert response.request_id
    assert isinstance(response.parse(), ImagesResponse)


@pytest.mark.anyio
async def test_async_create_variation_with_required_params(async_client: AsyncOpenAI, mock: MockServer) -> None:
    result = await async_client.images.create_variation(image=PNG)
    assert isinstance(result, ImagesResponse)
    assert [(r["method"], r["path"]) for r in mock.requests()] == [("POST", "/images/variations")]


@pytest.mark.anyio
async def test_async_create_variation_with_all_params(async_client: AsyncOpenAI) -> None:
    result = await async_client.images.create_variation(
        image=PNG, model="dall-e-2", n=1, response_format="url", size="256x256", user="string"
    )
    assert isinstance(result, ImagesResponse)


@pytest.mark.anyio
async def test_async_create_variation_raw_response(async_client: AsyncOpenAI) -> None:
    response = await async_client.images.with_raw_response.create_variation(image=PNG)
    assert response.status_code == 200
    assert isinstance(response.parse(), ImagesResponse)


def test_edit_with_required_params(client: OpenAI, mock: MockServer) -> None:
    result = client.images.edit(image=PNG, prompt="A cute baby sea otter")
    assert isinstance(result, ImagesResponse)
    received = mock.requests()
    assert [(r["method"], r["path"]) for r in received] == [("POST", "/images/edits")]
    assert received[0]["params"]["image"]["content_type"] == "image/png"  # one part named "image", not "image[]"


def test_edit_with_all_params(client: OpenAI, mock: MockServer) -> None:
    result = client.images.edit(
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
    )
    assert isinstance(result, ImagesResponse)
    params = mock.requests()[-1]["params"]
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
    files = params["image"] if isinstance(params["image"], list) else [params["image"]]
    assert files and all(f["content_type"] == "image/png" and f["size"] == len(PNG) for f in files)
    files = params["mask"] if isinstance(params["mask"], list) else [params["mask"]]
    assert files and all(f["content_type"] == "image/png" and f["size"] == len(PNG) for f in files)
    assert result.model_dump(mode="json", exclude_none=True)


def test_edit_with_several_files(client: OpenAI, mock: MockServer) -> None:
    client.images.edit(image=[PNG, PNG], prompt="A cute baby sea otter")
    files = mock.requests()[-1]["params"]["image"]
    assert isinstance(files, list) and len(files) == 2
    assert all(f["content_type"] == "image/png" for f in files)


def test_edit_raw_response(client: OpenAI) -> None:
    response = client.images.with_raw_response.edit(image=PNG, prompt="A cute baby sea otter")
    assert response.status_code == 200
    assert response.request_id
    assert isinstance(response.parse(), ImagesResponse)


@pytest.mark.anyio
async def test_async_edit_with_required_params(async_client: AsyncOpenAI, mock: MockServer) -> None:
    result = await async_client.images.edit(image=PNG, prompt="A cute baby sea otter")
    assert isinstance(result, ImagesResponse)
    assert [(r["method"], r["path"]) for r in mock.requests()] == [("POST", "/images/edits")]


@pytest.mark.anyio
async def test_async_edit_with_all_params(async_client: AsyncOpenAI) -> None:
    result = await async_client.images.edit(
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
    )
    assert isinstance(result, ImagesResponse)


@pytest.mark.anyio
async def test_async_edit_raw_response(async_client: AsyncOpenAI) -> None:
    response = await async_client.images.with_raw_response.edit(image=PNG, prompt="A cute baby sea otter")
    assert response.status_code == 200
    assert isinstance(response.parse(), ImagesResponse)


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
    assert events[0].model_dump(mode="json", exclude_none=True) == {
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
    assert events[1].model_dump(mode="json", exclude_none=True) == {
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
    assert events[2].model_dump(mode="json", exclude_none=True) == {
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
    assert events[0].model_dump(mode="json", exclude_none=True) == {
        "b64_json": "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP4P9P4PwAHMQLLg39xVAAAAABJRU5ErkJggg==",
        "background": "opaque",
        "created_at": 1713833628,
        "output_format": "png",
        "partial_image_index": 0,
        "quality": "low",
        "size": "1024x1024",
        "type": "image_edit.partial_image",
    }
    assert events[1].model_dump(mode="json", exclude_none=True) == {
        "b64_json": "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP4P9P4PwAHMQLLg39xVAAAAABJRU5ErkJggg==",
        "background": "opaque",
        "created_at": 1713833628,
        "output_format": "png",
        "partial_image_index": 1,
        "quality": "low",
        "size": "1024x1024",
        "type": "image_edit.partial_image",
    }
    assert events[2].model_dump(mode="json", exclude_none=True) == {
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
    result = client.images.generate(prompt="A cute baby sea otter")
    assert isinstance(result, ImagesResponse)
    received = mock.requests()
    assert [(r["method"], r["path"]) for r in received] == [("POST", "/images/generations")]


def test_generate_with_all_params(client: OpenAI, mock: MockServer) -> None:
    result = client.images.generate(
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
    )
    assert isinstance(result, ImagesResponse)
    params = mock.requests()[-1]["params"]
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
    assert result.model_dump(mode="json", exclude_none=True)


def test_generate_raw_response(client: OpenAI) -> None:
    response = client.images.with_raw_response.generate(prompt="A cute baby sea otter")
    assert response.status_code == 200
    assert response.request_id
    assert isinstance(response.parse(), ImagesResponse)


@pytest.mark.anyio
async def test_async_generate_with_required_params(async_client: AsyncOpenAI, mock: MockServer) -> None:
    result = await async_client.images.generate(prompt="A cute baby sea otter")
    assert isinstance(result, ImagesResponse)
    assert [(r["method"], r["path"]) for r in mock.requests()] == [("POST", "/images/generations")]


@pytest.mark.anyio
async def test_async_generate_with_all_params(async_client: AsyncOpenAI) -> None:
    result = await async_client.images.generate(
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
    )
    assert isinstance(result, ImagesResponse)


@pytest.mark.anyio
async def test_async_generate_raw_response(async_client: AsyncOpenAI) -> None:
    response = await async_client.images.with_raw_response.generate(prompt="A cute baby sea otter")
    assert response.status_code == 200
    assert isinstance(response.parse(), ImagesResponse)


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
    assert events[0].model_dump(mode="json", exclude_none=True) == {
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
    assert events[1].model_dump(mode="json", exclude_none=True) == {
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
    assert events[2].model_dump(mode="json", exclude_none=True) == {
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
    assert events[0].model_dump(mode="json", exclude_none=True) == {
        "b64_json": "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP4P9P4PwAHMQLLg39xVAAAAABJRU5ErkJggg==",
        "background": "opaque",
        "created_at": 1713833628,
        "output_format": "png",
        "partial_image_index": 0,
        "quality": "low",
        "size": "1024x1024",
        "type": "image_generation.partial_image",
    }
    assert events[1].model_dump(mode="json", exclude_none=True) == {
        "b64_json": "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP4P9P4PwAHMQLLg39xVAAAAABJRU5ErkJggg==",
        "background": "opaque",
        "created_at": 1713833628,
        "output_format": "png",
        "partial_image_index": 1,
        "quality": "low",
        "size": "1024x1024",
        "type": "image_generation.partial_image",
    }
    assert events[2].model_dump(mode="json", exclude_none=True) == {
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
