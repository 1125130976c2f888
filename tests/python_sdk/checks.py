"""Run inside a fresh venv where only the generated package (and its deps) is installed."""

from __future__ import annotations

import json

import httpx
from openai_images import OpenAI, ParamValidationError

sent: list[httpx.Request] = []


def handler(request: httpx.Request) -> httpx.Response:
    sent.append(request)
    return httpx.Response(200, json={"created": 1, "data": [{"b64_json": "aGk="}]})


client = OpenAI(api_key="sk-test", http_client=httpx.Client(transport=httpx.MockTransport(handler)))

REJECT = [
    (dict(n=11), "param 'n': 11 is greater than the maximum 10"),
    (dict(n=0), "param 'n': 0 is less than the minimum 1"),
    (dict(model="gpt-image-1", style="vivid"), "param 'style' is not supported when model is 'gpt-image-1' (rule style-dall-e-3-only"),
    (dict(model="gpt-image-2", size="1000x1000"), "param 'size': '1000x1000' is not allowed when model is 'gpt-image-2' (width and height must both be divisible by 16); use one of 'auto'"),
    (dict(model="gpt-image-2", size="4096x1024"), "aspect ratio must be between 1:3 and 3:1"),
    (dict(model="gpt-image-2", size="3840x2176"), "the largest size is 3840x2160"),
    (dict(model="gpt-image-2", background="transparent"), "param 'background': 'transparent' is not allowed when model is 'gpt-image-2'"),
    (dict(model="dall-e-3", n=2), "param 'n': 2 is greater than the maximum 1 when model is 'dall-e-3' (rule n-dall-e-3"),
    (dict(model="dall-e-2", prompt="x" * 1001), "param 'prompt': 1001 characters is longer than the maximum length 1000 when model is 'dall-e-2'"),
    (dict(model="dall-e-2", size="1792x1024"), "param 'size': '1792x1024' is not allowed when model is 'dall-e-2'; use one of '256x256', '512x512', '1024x1024' (rule size-dall-e-2)"),
    (dict(style="bright"), "param 'style': 'bright' is not one of 'vivid', 'natural'"),
    (dict(partial_images=4), "param 'partial_images': 4 is greater than the maximum 3"),
    (dict(background="transparent", output_format="jpeg"), "param 'output_format': 'jpeg' is not allowed when background is 'transparent'; use one of 'png', 'webp'"),
    (dict(model="gpt-image-1", response_format="url"), "param 'response_format' is not supported when model is 'gpt-image-1'"),
    (dict(n="2"), "param 'n': expected an integer, got str"),
]
ACCEPT = [
    dict(),
    dict(model="gpt-image-2", size="1536x864"),
    dict(model="gpt-image-2", size="3840x2160"),
    dict(model="gpt-image-2", size="auto", background="opaque"),
    dict(model="dall-e-3", n=1, style="natural", quality="hd", size="1792x1024"),
    dict(model="some-future-model", size="999x1", style="vivid"),  # open enums: unknown values pass
    dict(model="gpt-image-1.5", quality="high", output_format="webp", output_compression=50, moderation="low"),
]

for kwargs, expected in REJECT:
    params = {"prompt": "otter", **kwargs}
    try:
        client.images.generate(**params)  # type: ignore[arg-type]
    except ParamValidationError as exc:
        assert expected in str(exc), f"{kwargs}: {exc}"
    else:
        raise AssertionError(f"accepted {kwargs}")
assert not sent, "rejected calls must send nothing"

for kwargs in ACCEPT:
    client.images.generate(prompt="otter", **kwargs)  # type: ignore[arg-type]
    body = json.loads(sent[-1].content)
    assert body == {"prompt": "otter", **kwargs}, body

png = b"\x89PNG\r\n\x1a\n" + b"\0" * 32
jpeg = b"\xff\xd8\xff\xe0" + b"\0" * 32
try:
    client.images.edit(image=[png] * 17, prompt="x")
    raise AssertionError("17 images accepted")
except ParamValidationError as exc:
    assert "param 'image': 17 items is more than the maximum 16" in str(exc), exc
try:
    client.images.edit(image=[png, png], prompt="x", model="dall-e-2")
    raise AssertionError("two images for dall-e-2 accepted")
except ParamValidationError as exc:
    assert "2 items is more than the maximum 1 when model is 'dall-e-2'" in str(exc), exc
try:
    client.images.create_variation(image=png, model="gpt-image-1")
    raise AssertionError("variation with gpt-image-1 accepted")
except ParamValidationError as exc:
    assert "param 'model': 'gpt-image-1' is not allowed (rule variation-dall-e-2-only" in str(exc), exc

lenient = OpenAI(api_key="sk-test", http_client=httpx.Client(transport=httpx.MockTransport(handler)), validation="off")
lenient.images.generate(prompt="otter", n=11)
assert json.loads(sent[-1].content)["n"] == 11

print("checks passed")
