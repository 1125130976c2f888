"""The generated Python SDK (generated/python, spec/images.yaml) against hostile servers on 127.0.0.1:
servers that echo the key, redirect elsewhere, send nonsense headers, invalid UTF-8, bodies that
are not JSON, trickle bytes, send gzip bombs and values the spec does not know. Only the SDK's own
errors may escape, and the key never shows in an error or a log."""

from __future__ import annotations

import json
import logging
import socket
import subprocess
import sys
import threading
import time
import zlib
from typing import Any, Callable, Iterator, List, Optional

import pytest

from tests.conftest import ROOT

PKG = ROOT / "generated" / "python"
KEY = "sk-hostile-SECRET-0123456789"
OK_BODY = {"created": 1, "data": [{"url": "https://x/y.png"}]}

Script = Callable[["Conn"], None]


class Conn:
    """One accepted connection: the request as read, and raw writes back."""

    def __init__(self, sock: socket.socket, head: str, body: bytes) -> None:
        self.sock = sock
        self.head = head
        self.body = body

    @property
    def path(self) -> str:
        return self.head.split(" ", 2)[1]

    def header(self, name: str) -> Optional[str]:
        for line in self.head.split("\r\n")[1:]:
            k, _, v = line.partition(":")
            if k.strip().lower() == name.lower():
                return v.strip()
        return None

    def send(self, data: bytes) -> None:
        self.sock.sendall(data)

    def respond(self, status: int, body: bytes = b"", headers: Optional[dict[str, str]] = None, reason: str = "X") -> None:
        lines = [f"HTTP/1.1 {status} {reason}", f"Content-Length: {len(body)}"]
        lines += [f"{k}: {v}" for k, v in (headers or {}).items()]
        self.send(("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body)

    def json(self, status: int, obj: object, headers: Optional[dict[str, str]] = None) -> None:
        self.respond(status, json.dumps(obj).encode(), {"Content-Type": "application/json", **(headers or {})})


class Server:
    """A socket server whose every connection runs ``script`` (one request per connection)."""

    def __init__(self, script: Script) -> None:
        self.script = script
        self.requests: List[Conn] = []
        self.sock = socket.socket()
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.port = self.sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}/v1"
        self.stop = threading.Event()
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while not self.stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            threading.Thread(target=self._one, args=(conn,), daemon=True).start()

    def _one(self, sock: socket.socket) -> None:
        try:
            data = b""
            while b"\r\n\r\n" not in data:
                chunk = sock.recv(65536)
                if not chunk:
                    return
                data += chunk
            head, _, body = data.partition(b"\r\n\r\n")
            c = Conn(sock, head.decode("latin-1"), body)
            length = int(c.header("content-length") or 0)
            while len(c.body) < length:
                c.body += sock.recv(65536)
            self.requests.append(c)
            self.script(c)
        except OSError:
            pass
        finally:
            sock.close()

    def close(self) -> None:
        self.stop.set()
        self.sock.close()


@pytest.fixture()
def sdk(monkeypatch: pytest.MonkeyPatch) -> Any:
    monkeypatch.syspath_prepend(str(PKG / "src"))
    import openai_images

    return openai_images


@pytest.fixture()
def serve() -> Iterator[Callable[[Script], Server]]:
    servers: List[Server] = []

    def start(script: Script) -> Server:
        servers.append(Server(script))
        return servers[-1]

    yield start
    for s in servers:
        s.close()


def client(sdk: Any, server: Server, **kwargs: Any) -> Any:
    kwargs.setdefault("max_retries", 0)
    kwargs.setdefault("timeout", 5.0)
    return sdk.OpenAI(api_key=KEY, base_url=server.url, **kwargs)


def assert_hidden(exc: BaseException) -> None:
    for text in (str(exc), repr(exc), getattr(exc, "message", ""), json.dumps(getattr(exc, "body", None), default=str)):
        assert KEY not in text, text


# 1. The key never shows -------------------------------------------------------------------------


def test_key_echoed_by_the_server_is_redacted_in_errors_and_logs(sdk: Any, serve: Any, caplog: pytest.LogCaptureFixture) -> None:
    def echo(c: Conn) -> None:
        auth = c.header("authorization") or ""
        c.json(401, {"error": {"message": f"bad key {auth} ({KEY})", "type": KEY, "code": "x"}}, {"X-Echo": auth})

    server = serve(echo)
    caplog.set_level(logging.DEBUG, logger="openai_images")
    with pytest.raises(sdk.AuthenticationError) as info:
        client(sdk, server).images.generate(prompt="p")
    assert_hidden(info.value)
    assert "[redacted]" in str(info.value)
    assert KEY not in str(info.value.api_message) and KEY not in str(info.value.type)
    assert caplog.records and all(KEY not in r.getMessage() for r in caplog.records)


def test_key_in_a_redirect_location_is_redacted(sdk: Any, serve: Any, caplog: pytest.LogCaptureFixture) -> None:
    other = serve(lambda c: c.json(200, OK_BODY))
    server = serve(lambda c: c.respond(307, headers={"Location": f"{other.url}/images/generations?key={KEY}"}))
    caplog.set_level(logging.DEBUG, logger="openai_images")
    with pytest.raises(sdk.APIStatusError) as info:
        client(sdk, server).images.generate(prompt="p")
    assert_hidden(info.value)
    assert all(KEY not in r.getMessage() for r in caplog.records)


# 2. Redirects -----------------------------------------------------------------------------------


def test_a_redirect_to_another_port_is_not_followed_and_names_the_location(sdk: Any, serve: Any) -> None:
    other = serve(lambda c: c.json(200, OK_BODY))
    server = serve(lambda c: c.respond(302, headers={"Location": f"{other.url}/images/generations"}))
    for method in ("generate",):
        with pytest.raises(sdk.APIStatusError) as info:
            getattr(client(sdk, server).images, method)(prompt="p")
    assert info.value.status_code == 302
    assert "302" in str(info.value) and str(other.port) in str(info.value)
    assert other.requests == []  # nothing, credentials least of all, went to the other origin


def test_a_same_origin_307_is_followed_with_the_key(sdk: Any, serve: Any) -> None:
    def script(c: Conn) -> None:
        if c.path.endswith("/moved"):
            c.json(200, OK_BODY)
        else:
            c.respond(307, headers={"Location": "/v1/moved"})

    server = serve(script)
    result = client(sdk, server).images.generate(prompt="p")
    assert result.created == 1
    assert [c.header("authorization") for c in server.requests] == [f"Bearer {KEY}"] * 2
    assert json.loads(server.requests[1].body) == {"prompt": "p"}


def test_a_user_http_client_that_follows_redirects_still_does_not_leak(sdk: Any, serve: Any) -> None:
    import httpx

    other = serve(lambda c: c.json(200, OK_BODY))
    server = serve(lambda c: c.respond(308, headers={"Location": f"{other.url}/images/generations"}))
    with pytest.raises(sdk.APIStatusError):
        client(sdk, server, http_client=httpx.Client(follow_redirects=True)).images.generate(prompt="p")
    assert other.requests == []


# 3. Only the SDK's errors escape ----------------------------------------------------------------


@pytest.mark.parametrize("headers", [{"Retry-After": "soon"}, {"Retry-After": "-5"}, {"Retry-After": "1e300"},
                                     {"retry-after-ms": "nan"}, {"Retry-After": "Wed, 21 Oct 2015 07:28:00 GMT"},
                                     {"retry-after-ms": "10"}])
def test_odd_retry_after_values_still_retry_quickly(sdk: Any, serve: Any, headers: dict[str, str]) -> None:
    def script(c: Conn) -> None:
        if len(server.requests) == 1:
            c.json(429, {"error": {"message": "slow down"}}, headers)
        else:
            c.json(200, OK_BODY)

    server = serve(script)
    started = time.monotonic()
    assert client(sdk, server, max_retries=1).images.generate(prompt="p").created == 1
    assert time.monotonic() - started < 5
    assert len(server.requests) == 2


def test_invalid_utf8_in_a_stream_is_an_api_error(sdk: Any, serve: Any) -> None:
    def script(c: Conn) -> None:
        c.send(b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nConnection: close\r\n\r\n")
        c.send(b'event: image_generation.partial_image\ndata: {"type": "\xff\xfe"}\n\n')

    server = serve(script)
    with pytest.raises(sdk.APIError):
        list(client(sdk, server).images.generate(prompt="p", stream=True))


def test_a_stream_event_failing_strict_validation_is_a_validation_error(sdk: Any, serve: Any) -> None:
    def script(c: Conn) -> None:
        c.send(b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nConnection: close\r\n\r\n")
        c.send(b'data: {"type": "image_generation.completed", "b64_json": 5}\n\n')

    server = serve(script)
    with pytest.raises(sdk.APIResponseValidationError):
        list(client(sdk, server).images.generate(prompt="p", stream=True))


@pytest.mark.parametrize("body", [b"<html>oops</html>", b"\xff\xfe{", b"[" * 100_000, b'{"created": "not a number"}'])
def test_a_body_that_is_not_the_expected_json_is_a_validation_error(sdk: Any, serve: Any, body: bytes) -> None:
    server = serve(lambda c: c.respond(200, body, {"Content-Type": "application/json"}))
    with pytest.raises(sdk.APIResponseValidationError):
        client(sdk, server).images.generate(prompt="p")


def test_a_broken_gzip_body_is_an_sdk_error(sdk: Any, serve: Any) -> None:
    server = serve(lambda c: c.respond(200, b"\x1f\x8b\x08\x00garbage", {"Content-Encoding": "gzip"}))
    with pytest.raises(sdk.APIError):
        client(sdk, server).images.generate(prompt="p")


# 4. Timeouts ------------------------------------------------------------------------------------


def trickle(c: Conn, body: bytes = b'{"created": 1' + b" " * 400 + b"}") -> None:
    c.send(f"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n".encode())
    for i in range(len(body)):
        c.send(body[i : i + 1])
        time.sleep(0.1)


def test_a_trickled_body_is_bounded_by_the_timeout(sdk: Any, serve: Any) -> None:
    server = serve(trickle)  # 40 s of body, one byte every 0.1 s
    started = time.monotonic()
    with pytest.raises(sdk.APITimeoutError):
        client(sdk, server, timeout=1.0).images.generate(prompt="p")
    assert time.monotonic() - started < 5


def test_a_stream_that_trickles_without_an_event_times_out(sdk: Any, serve: Any) -> None:
    def script(c: Conn) -> None:
        c.send(b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nConnection: close\r\n\r\n")
        for _ in range(300):
            c.send(b": ")  # comment bytes, never an event
            time.sleep(0.1)

    server = serve(script)
    started = time.monotonic()
    with pytest.raises(sdk.APITimeoutError):
        list(client(sdk, server, timeout=1.0).images.generate(prompt="p", stream=True))
    assert time.monotonic() - started < 5


def test_a_stream_longer_than_the_timeout_is_fine_while_events_keep_coming(sdk: Any, serve: Any) -> None:
    event = {"type": "image_generation.partial_image", "b64_json": "x", "background": "auto", "created_at": 1,
             "output_format": "png", "quality": "low", "size": "auto", "partial_image_index": 0}

    def script(c: Conn) -> None:
        c.send(b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nConnection: close\r\n\r\n")
        for _ in range(8):
            c.send(b"data: " + json.dumps(event).encode() + b"\n\n")
            time.sleep(0.25)

    server = serve(script)
    events = list(client(sdk, server, timeout=1.0, validation="warn").images.generate(prompt="p", stream=True))
    assert len(events) == 8


# 5. The response size cap -----------------------------------------------------------------------


def _bomb(size: int) -> bytes:
    z = zlib.compressobj(9, zlib.DEFLATED, 31)  # gzip framing
    out = [z.compress(b'{"created": 1, "pad": "')]
    block = b" " * (1 << 20)
    out += [z.compress(block) for _ in range(size >> 20)]
    return b"".join(out) + z.compress(b'"}') + z.flush()


def test_a_gzip_bomb_is_refused_without_being_read_whole(sdk: Any, serve: Any) -> None:
    bomb = _bomb(200 << 20)  # 200 MB decompressed, about 200 KB sent
    server = serve(lambda c: c.respond(200, bomb, {"Content-Type": "application/json", "Content-Encoding": "gzip"}))
    code = f"""
import resource, sys
sys.path.insert(0, {str(PKG / 'src')!r})
import openai_images
client = openai_images.OpenAI(api_key="k", base_url={server.url!r}, max_retries=0, max_response_bytes=16 << 20)
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
try:
    client.images.generate(prompt="p")
except openai_images.APIResponseValidationError as exc:
    assert "max_response_bytes" in str(exc), exc
else:
    raise SystemExit("no error")
print((resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) // 1024)
"""
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert int(proc.stdout.strip()) < 50, proc.stdout  # MB of peak RSS growth; reading it whole takes over 200


def test_max_response_bytes_caps_a_plain_body(sdk: Any, serve: Any) -> None:
    server = serve(lambda c: c.json(200, {**OK_BODY, "pad": "x" * 10_000}))
    c = client(sdk, server, max_response_bytes=1000)
    with pytest.raises(sdk.APIResponseValidationError, match="max_response_bytes"):
        c.images.generate(prompt="p")
    assert c.with_options(timeout=5).max_response_bytes == 1000  # a copy keeps it
    with pytest.raises(sdk.APIResponseValidationError, match="max_response_bytes"):
        c.with_options(max_response_bytes=999).images.generate(prompt="p")
    assert client(sdk, server).with_options(max_response_bytes=2_000_000).images.generate(prompt="p").created == OK_BODY["created"]


def test_the_official_strict_response_validation_name_sets_the_mode(sdk: Any, serve: Any) -> None:
    server = serve(lambda c: c.json(200, {**OK_BODY, "created": "yesterday"}))
    assert client(sdk, server).validation == "strict"
    lax = client(sdk, server, _strict_response_validation=False)
    assert lax.validation == "strict"  # it sets how responses are parsed; request validation keeps its mode
    assert lax.images.generate(prompt="p").created == "yesterday"  # constructed as sent, with a warning
    with pytest.raises(sdk.APIResponseValidationError):
        client(sdk, server, _strict_response_validation=True).images.generate(prompt="p")


# 6. Forward compatibility -----------------------------------------------------------------------


def test_unknown_fields_and_enum_values_are_kept_in_strict_mode(sdk: Any, serve: Any) -> None:
    body = {**OK_BODY, "quality": "ultra", "brand_new": {"a": 1}}
    server = serve(lambda c: c.json(200, body))
    result = client(sdk, server).images.generate(prompt="p")
    assert result.quality == "ultra"
    assert result.model_extra == {"brand_new": {"a": 1}}
    assert result.data[0].url == "https://x/y.png"


def test_an_unknown_enum_value_in_an_event_is_kept_in_strict_mode(sdk: Any, serve: Any) -> None:
    event = {"type": "image_generation.partial_image", "b64_json": "x", "background": "sparkly", "created_at": 1,
             "output_format": "png", "quality": "low", "size": "auto", "partial_image_index": 0, "new_field": 1}

    def script(c: Conn) -> None:
        c.send(b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nConnection: close\r\n\r\n")
        c.send(b"data: " + json.dumps(event).encode() + b"\n\n")

    server = serve(script)
    [got] = list(client(sdk, server).images.generate(prompt="p", stream=True))
    assert type(got).__name__ == "ImageGenPartialImageEvent"
    assert got.background == "sparkly" and got.model_extra == {"new_field": 1}


# The async client shares the policy -------------------------------------------------------------


def test_async_client_trickle_timeout_and_redirect(sdk: Any, serve: Any) -> None:
    import asyncio

    other = serve(lambda c: c.json(200, OK_BODY))
    redirect = serve(lambda c: c.respond(301, headers={"Location": f"{other.url}/x?k={KEY}"}))
    slow = serve(trickle)

    async def main() -> None:
        async with sdk.AsyncOpenAI(api_key=KEY, base_url=redirect.url, max_retries=0) as c:
            with pytest.raises(sdk.APIStatusError) as info:
                await c.images.generate(prompt="p")
            assert_hidden(info.value)
        started = time.monotonic()
        async with sdk.AsyncOpenAI(api_key=KEY, base_url=slow.url, max_retries=0, timeout=1.0) as c:
            with pytest.raises(sdk.APITimeoutError):
                await c.images.generate(prompt="p")
        assert time.monotonic() - started < 5

    asyncio.run(main())
    assert other.requests == []
