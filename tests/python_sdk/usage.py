"""Code written against the official SDK's surface; type-checked with mypy --strict against the installed package."""

from __future__ import annotations

from pathlib import Path

import openai_images
from openai_images import AsyncOpenAI, AsyncStream, OpenAI, Stream
from openai_images.types import (
    Image,
    ImageEditStreamEvent,
    ImageGenStreamEvent,
    ImageModel,
    ImagesResponse,
    image_generate_params,
)


def run(client: OpenAI) -> None:
    model: ImageModel = "gpt-image-1"
    response: ImagesResponse = client.images.generate(prompt="otter", model=model, n=1, size="1024x1024")
    first: Image | None = response.data[0] if response.data else None
    print(first.b64_json if first else None, response.usage.total_tokens if response.usage else 0)
    stream: Stream[ImageGenStreamEvent] = client.images.generate(prompt="otter", stream=True, partial_images=2)
    for event in stream:
        if event.type == "image_generation.partial_image":
            print(event.partial_image_index)
        else:
            print(event.usage.total_tokens)
    edits: Stream[ImageEditStreamEvent] = client.images.edit(
        image=[Path("a.png"), b"...", ("c.png", b"...", "image/png")], prompt="hat", stream=True
    )
    edits.close()
    client.images.edit(image=open("a.png", "rb"), prompt="hat", mask=Path("mask.png"), input_fidelity="high")
    client.images.create_variation(image=b"png", n=2, response_format="b64_json")
    params: image_generate_params.ImageGenerateParamsNonStreaming = {"prompt": "x", "model": "some-new-model"}
    print(params)


async def run_async(client: AsyncOpenAI) -> None:
    response: ImagesResponse = await client.images.generate(prompt="otter")
    stream: AsyncStream[ImageGenStreamEvent] = await client.images.generate(prompt="otter", stream=True)
    async for event in stream:
        print(event.type)
    await stream.close()
    print(response.created)


def raw_and_errors(client: OpenAI) -> None:
    raw = client.images.with_raw_response.generate(prompt="otter")
    print(raw.headers.get("x-request-id"), raw.status_code)
    parsed = raw.parse()
    print(parsed)
    try:
        client.with_options(max_retries=5, timeout=20.0).images.create_variation(image=b"png")
    except openai_images.RateLimitError as exc:
        print(exc.status_code, exc.request_id, exc.code, exc.param)
    except openai_images.APIConnectionError:
        pass
