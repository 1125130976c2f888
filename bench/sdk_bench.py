"""One SDK measurement in this process, printed as JSON: `python bench/sdk_bench.py CASE SDK`.

CASE: calls | sse | multipart. SDK: ours (openai_images) | official (openai). Both SDKs get the
same httpx.MockTransport, so only the SDKs' own work is measured.
"""

from __future__ import annotations

import base64
import json
import os
import resource
import sys
import time
from typing import Any

import httpx

PNG_HEAD = b"\x89PNG\r\n\x1a\n"


class StreamingTransport(httpx.BaseTransport):
    """Reads the request body chunk by chunk (as a socket would) and answers a canned response."""

    def __init__(self, counter: dict[str, int]) -> None:
        self.counter = counter

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        for part in request.stream:  # type: ignore[union-attr]
            self.counter["bytes"] += len(part)
        return httpx.Response(200, json={"created": 1, "data": [{"b64_json": "aGk="}]})


def client(sdk: str, handler: Any) -> Any:
    transport = handler if isinstance(handler, httpx.BaseTransport) else httpx.MockTransport(handler)
    if sdk == "ours":
        from openai_images import OpenAI

        return OpenAI(api_key="sk-bench", base_url="http://bench.invalid/v1", http_client=httpx.Client(transport=transport), max_retries=0)
    from openai import OpenAI as Official

    return Official(api_key="sk-bench", base_url="http://bench.invalid/v1", http_client=httpx.Client(transport=transport), max_retries=0)


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def calls(sdk: str) -> dict[str, Any]:
    body = json.dumps({"created": 1713833628, "data": [{"b64_json": "aGVsbG8="}], "usage": {
        "input_tokens": 50, "input_tokens_details": {"image_tokens": 40, "text_tokens": 10}, "output_tokens": 50, "total_tokens": 100}}).encode()
    headers = {"content-type": "application/json"}
    c = client(sdk, lambda request: httpx.Response(200, content=body, headers=headers))
    for _ in range(200):
        c.images.generate(prompt="A cute baby sea otter", model="gpt-image-1", n=1)
    n = 2000
    started = time.perf_counter()
    for _ in range(n):
        c.images.generate(prompt="A cute baby sea otter", model="gpt-image-1", n=1)
    elapsed = time.perf_counter() - started
    return {"calls_per_s": n / elapsed, "us_per_call": elapsed / n * 1e6}


def sse(sdk: str) -> dict[str, Any]:
    b64 = base64.b64encode(os.urandom(1_125_000)).decode()  # 1.5 MB of base64
    partial = {"type": "image_generation.partial_image", "b64_json": b64, "background": "opaque", "created_at": 1,
               "output_format": "png", "quality": "low", "size": "1024x1024"}
    events = [dict(partial, partial_image_index=i) for i in range(20)]
    done = {k: v for k, v in partial.items() if k != "partial_image_index"}
    done.update(type="image_generation.completed", usage={"input_tokens": 1, "input_tokens_details": {"image_tokens": 0, "text_tokens": 1},
                                                         "output_tokens": 1, "total_tokens": 2})
    raw = b"".join(b"event: " + e["type"].encode() + b"\ndata: " + json.dumps(e).encode() + b"\n\n" for e in events + [done])
    chunk = 65536

    def stream_body() -> Any:
        for i in range(0, len(raw), chunk):
            yield raw[i : i + chunk]

    c = client(sdk, lambda request: httpx.Response(200, content=stream_body(), headers={"content-type": "text/event-stream"}))
    base = peak_mb()
    best = float("inf")
    count = 0
    for _ in range(3):
        started = time.perf_counter()
        stream = c.images.generate(prompt="otter", model="gpt-image-1", stream=True, partial_images=3)
        got = [event.type for event in stream]
        best = min(best, time.perf_counter() - started)
        count = len(got)
    assert count == 21, count
    return {"mb_per_s": len(raw) / 1e6 / best, "bytes": len(raw), "events": count, "peak_mb": peak_mb(), "peak_over_base_mb": peak_mb() - base}


def multipart(sdk: str) -> dict[str, Any]:
    images = [PNG_HEAD + bytes([i]) * (4 * 1024 * 1024 - len(PNG_HEAD)) for i in range(16)]
    received = {"bytes": 0}
    c = client(sdk, StreamingTransport(received))
    c.images.edit(image=("warm.png", PNG_HEAD, "image/png"), prompt="warm-up", model="gpt-image-1")  # first-use imports
    received["bytes"] = 0
    base = peak_mb()
    started = time.perf_counter()
    c.images.edit(image=[(f"img{i}.png", data, "image/png") for i, data in enumerate(images)], prompt="otter", model="gpt-image-1")
    elapsed = time.perf_counter() - started
    return {"seconds": elapsed, "body_mb": received["bytes"] / 1e6, "peak_mb": peak_mb(), "peak_over_images_mb": peak_mb() - base}


if __name__ == "__main__":
    case, sdk = sys.argv[1], sys.argv[2]
    print(json.dumps({"calls": calls, "sse": sse, "multipart": multipart}[case](sdk)))
