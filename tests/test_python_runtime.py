"""The hand-written Python runtime shipped in the generated package: SSE decoding, retry policy,
file handling, secrets. (End-to-end behaviour over HTTP is in the generated suites.)"""

from __future__ import annotations

import email.utils
import logging
import sys
import time
from typing import Any

import httpx
import pytest

from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "generated" / "python" / "src"))

from openai_images import OpenAI  # noqa: E402
from openai_images._base_client import retry_after, retry_delay, should_retry  # noqa: E402
from openai_images._files import prepare_file  # noqa: E402
from openai_images._streaming import SSEDecoder  # noqa: E402


def decode(chunks: list[bytes]) -> tuple[list[tuple[Any, ...]], int]:
    d = SSEDecoder()
    out = []
    for c in chunks:
        out += [(e.event, e.data, e.id, e.retry) for e in d.feed(c)]
    return out, d.pending()


STREAM = (
    b": a comment\r\n"
    b"event: image_generation.partial_image\r\n"
    b"id: 7\r\n"
    b"retry: 1500\r\n"
    b'data: {"a":\r\n'
    b"data: 1}\r\n"
    b"\r\n"
    b"data:no-space\n\n"
    b"event: x\rdata: cr-only\r\r"
    b"data: [DONE]\n\n"
)
EXPECTED = [
    ("image_generation.partial_image", '{"a":\n1}', "7", 1500),
    (None, "no-space", "7", 1500),
    ("x", "cr-only", "7", 1500),
    (None, "[DONE]", "7", 1500),
]


def test_sse_fields_comments_multiline_and_line_endings() -> None:
    assert decode([STREAM]) == (EXPECTED, 0)


def test_sse_any_chunk_split_gives_the_same_events() -> None:
    for i in range(len(STREAM) + 1):
        assert decode([STREAM[:i], STREAM[i:]]) == (EXPECTED, 0), i
    assert decode([bytes([b]) for b in STREAM]) == (EXPECTED, 0)


def test_sse_long_lines_in_small_chunks() -> None:
    payload = b"x" * (5 * 1024 * 1024)
    raw = b"data: " + payload + b"\n\n"
    events, pending = decode([raw[i : i + 65536] for i in range(0, len(raw), 65536)])
    assert pending == 0 and len(events) == 1 and len(events[0][1]) == len(payload)


def test_sse_decoding_is_linear() -> None:
    def seconds(n: int) -> float:
        raw = b"".join(b'data: {"i": %d}\n\n' % i for i in range(n))
        chunks = [raw[i : i + 4096] for i in range(0, len(raw), 4096)]
        started = time.perf_counter()
        decode(chunks)
        return time.perf_counter() - started

    small, large = min(seconds(20000) for _ in range(3)), min(seconds(80000) for _ in range(3))
    assert large < small * 4 * 2.5, (small, large)  # x4 input must not cost x16


def test_sse_cut_mid_event_is_pending() -> None:
    assert decode([b"data: {\"a\": 1}\n"])[1] > 0
    assert decode([b"event: x\ndata: {\"a\""])[1] > 0
    assert decode([b"data: 1\n\n: trailing comment\n"])[1] == 0


def test_retry_after_forms() -> None:
    assert retry_after(httpx.Headers({"retry-after-ms": "250"})) == 0.25
    assert retry_after(httpx.Headers({"retry-after": "3"})) == 3.0
    date = email.utils.formatdate(time.time() + 10, usegmt=True)
    wait = retry_after(httpx.Headers({"retry-after": date}))
    assert wait is not None and 8 <= wait <= 11
    assert retry_after(httpx.Headers({})) is None


def test_retry_delay_policy() -> None:
    assert retry_delay(0, httpx.Headers({"retry-after": "2"})) == 2.0
    for n, cap in ((0, 0.5), (1, 1.0), (2, 2.0), (3, 4.0), (4, 8.0), (9, 8.0)):
        delays = [retry_delay(n, None) for _ in range(200)]
        assert all(0.75 * cap <= d <= cap for d in delays), (n, min(delays), max(delays))
    over = retry_delay(0, httpx.Headers({"retry-after": "120"}))
    assert over <= 0.5, "a wait above 60 s falls back to the backoff"


def test_should_retry() -> None:
    req = httpx.Request("POST", "http://x")
    for status, expected in ((408, True), (409, True), (429, True), (500, True), (503, True), (400, False), (404, False)):
        assert should_retry(httpx.Response(status, request=req)) is expected
    assert should_retry(httpx.Response(500, headers={"x-should-retry": "false"}, request=req)) is False
    assert should_retry(httpx.Response(400, headers={"x-should-retry": "true"}, request=req)) is True


def test_file_forms_and_content_types(tmp_path: Any) -> None:
    png = b"\x89PNG\r\n\x1a\n" + b"\0" * 8
    jpeg = b"\xff\xd8\xff\xe0" + b"\0" * 8
    webp = b"RIFF\0\0\0\0WEBPVP8 " + b"\0" * 8
    path = tmp_path / "photo.jpeg"
    path.write_bytes(jpeg)
    assert prepare_file(png, "image").part() == ("image.png", png, "image/png")
    assert prepare_file(webp, "image").part()[::2] == ("image.webp", "image/webp")
    assert prepare_file(path, "image").part() == ("photo.jpeg", jpeg, "image/jpeg")
    with open(path, "rb") as fh:
        prepared = prepare_file(fh, "image")
        first = prepared.part()
        assert first[0] == "photo.jpeg" and first[2] == "image/jpeg"
        fh.read()
        assert prepared.part()[1].read() == jpeg, "a retry rewinds the file"
    assert prepare_file(("x.bin", b"data", "image/png"), "mask").part() == ("x.bin", b"data", "image/png")
    assert prepare_file(("name.png", b"not really"), "mask").part()[2] == "image/png"


def test_api_key_never_logged_or_shown(monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(401, json={"error": {"message": "bad key"}})

    caplog.set_level(logging.DEBUG, logger="openai_images")
    client = OpenAI(api_key="sk-very-secret", max_retries=0, http_client=httpx.Client(transport=httpx.MockTransport(handler)))
    with pytest.raises(Exception) as info:
        client.images.generate(prompt="p")
    assert seen and seen[0].headers["authorization"] == "Bearer sk-very-secret"
    for text in (repr(client), str(info.value), repr(info.value), caplog.text):
        assert "sk-very-secret" not in text
    assert "[redacted]" in caplog.text


def _stream(body: bytes) -> Any:
    from openai_images import Stream
    from openai_images.types import ImageGenStreamEvent

    response = httpx.Response(200, content=body, request=httpx.Request("POST", "http://x"))
    return Stream[ImageGenStreamEvent](event_type=ImageGenStreamEvent, response=response)


def test_stream_error_payload_raises() -> None:
    from openai_images import APIError

    with pytest.raises(APIError, match="quota exceeded") as info:
        list(_stream(b'data: {"error": {"message": "quota exceeded", "type": "insufficient_quota", "code": "q"}}\n\n'))
    assert info.value.code == "q" and info.value.type == "insufficient_quota"


def test_stream_without_done_ends_cleanly_and_cut_is_an_error() -> None:
    from openai_images import APIConnectionError

    event = b'data: {"type": "future.kind", "n": 1}\n\n'
    assert [e.type for e in _stream(event)] == ["future.kind"]
    with pytest.raises(APIConnectionError, match="middle of an event"):
        list(_stream(event + b'data: {"type": "fut'))


def test_validation_warn_mode_sends_anyway() -> None:
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json={"created": 1})

    client = OpenAI(api_key="k", validation="warn", http_client=httpx.Client(transport=httpx.MockTransport(handler)))
    with pytest.warns(UserWarning, match="param 'n': 11 is greater than the maximum 10"):
        client.images.generate(prompt="p", n=11)
    assert len(sent) == 1


def test_openai_log_env_turns_on_redacted_debug_logs(tmp_path: Any) -> None:
    import os
    import subprocess

    script = (
        "import httpx\n"
        "from openai_images import OpenAI\n"
        "t = httpx.MockTransport(lambda r: httpx.Response(200, json={'created': 1}))\n"
        "OpenAI(api_key='sk-log-secret', http_client=httpx.Client(transport=t)).images.generate(prompt='p')\n"
    )
    env = dict(os.environ, OPENAI_LOG="debug", PYTHONPATH=str(ROOT / "generated" / "python" / "src"))
    proc = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "request POST https://api.openai.com/v1/images/generations" in proc.stderr
    assert "'Authorization': '[redacted]'" in proc.stderr and "sk-log-secret" not in proc.stderr
