"""The mock server under hostile clients, over real sockets: malformed framing, bodies nested
without end, uploads cut short, bursts of clients, a 100 MB upload and silent clients. After each,
it answers the next request as usual and has printed no traceback (``MockProcess`` checks that)."""

from __future__ import annotations

import json
import os
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Optional

import httpx
import pytest

from generator.loader import load_spec
from generator.mock.server import serve
from tests.conftest import ROOT
from tests.mockproc import MockProcess

SPEC = ROOT / "spec" / "images.yaml"
AUTH = {"Authorization": "Bearer test"}
PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 16


@pytest.fixture(scope="module")
def server() -> Iterator[MockProcess]:
    with MockProcess(SPEC) as m:
        yield m


def _address(m: MockProcess) -> tuple[str, int]:
    return "127.0.0.1", int(m.origin.rsplit(":", 1)[1])


def _exchange(address: tuple[str, int], request: bytes, timeout: float = 5) -> tuple[int, bytes]:
    """Send raw bytes, read until the server closes: the status and the body of its answer
    (``socket.timeout`` when it holds the connection open)."""
    with socket.create_connection(address, timeout=timeout) as s:
        s.sendall(request)
        data = b""
        while chunk := s.recv(65536):
            data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    return int(head.split(b" ", 2)[1]), body


def _post(path: str, headers: str, body: bytes = b"") -> bytes:
    return f"POST /v1{path} HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer t\r\nConnection: close\r\n{headers}\r\n".encode() + body


def _still_serving(m: MockProcess) -> None:
    r = httpx.post(f"{m.url}/images/generations", json={"prompt": "p"}, headers=AUTH, timeout=10)
    assert r.status_code == 200 and r.json()["data"]


def _message(body: bytes) -> str:
    return str(json.loads(body)["error"]["message"])


# ---------------------------------------------------------------- framing


@pytest.mark.parametrize(
    "headers, status, fragment",
    [
        ("Content-Length: -5\r\n", 400, "Invalid Content-Length"),
        ("Content-Length: 12abc\r\n", 400, "Invalid Content-Length"),
        ("Content-Length: 15\r\nContent-Length: 3\r\n", 400, "Conflicting Content-Length"),
        ("Content-Length: 15, 3\r\n", 400, "Conflicting Content-Length"),
        ("Content-Length: 15\r\nTransfer-Encoding: chunked\r\n", 400, "must not come together"),
        ("Transfer-Encoding: gzip\r\n", 400, "the last coding must be chunked"),
        ("Transfer-Encoding: gzip, chunked\r\n", 501, "only chunked"),
    ],
)
def test_bad_lengths_and_codings_are_a_400(server: MockProcess, headers: str, status: int, fragment: str) -> None:
    """A negative length used to read until the client hung up: the connection was held forever."""
    got, body = _exchange(_address(server), _post("/images/generations", "Content-Type: application/json\r\n" + headers, b'{"prompt": "p"}'))
    assert got == status and fragment in _message(body)
    _still_serving(server)


def test_the_same_length_twice_is_one_length(server: MockProcess) -> None:
    got, _ = _exchange(_address(server), _post("/images/generations", "Content-Type: application/json\r\nContent-Length: 15\r\nContent-Length: 15\r\n", b'{"prompt": "p"}'))
    assert got == 200


def _chunked(*chunks: bytes, trailer: bytes = b"") -> bytes:
    return b"".join(b"%x\r\n%s\r\n" % (len(c), c) for c in chunks) + b"0\r\n" + trailer + b"\r\n"


def test_chunked_bodies_are_read(server: MockProcess) -> None:
    body = _chunked(b'{"prompt": ', b'"chunked", "n": 2}', trailer=b"X-Checksum: 1\r\n")
    headers = "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\nX-Mock-Scope: chunked\r\n"
    got, answer = _exchange(_address(server), _post("/images/generations", headers, body))
    assert got == 200 and json.loads(answer)["data"]
    [record] = httpx.get(f"{server.origin}/__mock/requests", params={"scope": "chunked"}).json()["requests"]
    assert record["params"] == {"prompt": "chunked", "n": 2}


@pytest.mark.parametrize(
    "body, fragment",
    [
        (b"zz\r\n{}\r\n0\r\n\r\n", "bad chunk size"),
        (b"-2\r\n{}\r\n0\r\n\r\n", "bad chunk size"),
        (b"\r\n{}\r\n0\r\n\r\n", "bad chunk size"),
        (b"2\r\n{}XX0\r\n\r\n", "does not end with CRLF"),
        (b"ffffffffffffffffffff\r\n{}\r\n0\r\n\r\n", "bad chunk size"),
    ],
)
def test_bad_chunks_are_a_400(server: MockProcess, body: bytes, fragment: str) -> None:
    headers = "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n"
    got, answer = _exchange(_address(server), _post("/images/generations", headers, body))
    assert got == 400 and fragment in _message(answer)
    _still_serving(server)


# ---------------------------------------------------------------- bodies


def test_json_nested_100000_deep_is_a_400(server: MockProcess) -> None:
    deep = b"[" * 100_000 + b"]" * 100_000
    nested = b'{"prompt": "p", "n": ' + deep + b"}"
    for path, body in [("/images/generations", deep), ("/images/generations", nested)]:
        r = httpx.post(f"{server.url}{path}", content=body, headers={**AUTH, "Content-Type": "application/json"}, timeout=10)
        assert r.status_code == 400 and "nested more than" in r.json()["error"]["message"]
    r = httpx.post(f"{server.origin}/__mock/faults", content=deep, timeout=10)
    assert r.status_code == 400 and "Invalid fault" in r.json()["error"]["message"]
    _still_serving(server)


def test_bodies_that_are_not_json_or_utf8_are_a_400(server: MockProcess) -> None:
    r = httpx.post(f"{server.url}/images/generations", content=b"\xff\xfe{", headers={**AUTH, "Content-Type": "application/json"})
    assert r.status_code == 400 and "could not parse" in r.json()["error"]["message"]
    assert httpx.post(f"{server.origin}/__mock/faults", content=b"[1]").status_code == 400
    assert httpx.post(f"{server.origin}/__mock/faults", json={"status": "teapot"}).status_code == 400
    _still_serving(server)


def test_malformed_multipart_is_a_400(server: MockProcess) -> None:
    headers = {**AUTH, "Content-Type": "multipart/form-data; boundary=XyZ"}
    for body in [b"no boundary at all", b'--XyZ\r\nContent-Disposition: form-data; name="prompt"\r\n\r\np', b"--XyZ\r\nno end of headers"]:
        r = httpx.post(f"{server.url}/images/edits", content=body, headers=headers)
        assert r.status_code == 400 and "Malformed multipart body" in r.json()["error"]["message"], r.text
    r = httpx.post(f"{server.url}/images/edits", content=b"--XyZ--\r\n", headers={**AUTH, "Content-Type": "multipart/form-data"})
    assert r.status_code == 400 and "no boundary" in r.json()["error"]["message"]
    _still_serving(server)


def test_a_body_answered_early_is_still_read_so_the_connection_stays_usable(server: MockProcess) -> None:
    """401, 404 and 405 come before the body is parsed: it is drained, and the next request on the
    same connection is read from where it starts."""
    with httpx.Client(timeout=10) as client:
        assert client.post(f"{server.url}/images/generations", content=b"x" * 300_000, headers={"Content-Type": "application/json"}).status_code == 401
        assert client.post(f"{server.url}/images/nothing", content=b"x" * 300_000, headers=AUTH).status_code == 404
        assert client.post(f"{server.url}/images/generations", json={"prompt": "p"}, headers=AUTH).status_code == 200


# ---------------------------------------------------------------- clients that go away or go silent


def test_clients_that_hang_up_mid_upload(server: MockProcess) -> None:
    address = _address(server)
    boundary = "cut"
    start = (f'--{boundary}\r\nContent-Disposition: form-data; name="image"; filename="a.png"\r\nContent-Type: image/png\r\n\r\n').encode()
    cases = [
        _post("/images/edits", f"Content-Type: multipart/form-data; boundary={boundary}\r\nContent-Length: 1000000\r\n", start + PNG * 100),
        _post("/images/edits", f"Content-Type: multipart/form-data; boundary={boundary}\r\nTransfer-Encoding: chunked\r\n", b"%x\r\n" % 5000 + start + PNG),
        _post("/images/generations", "Content-Type: application/json\r\nContent-Length: 500\r\n", b'{"prompt": "p"'),
        _post("/images/generations", "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n", b"5\r\n{"),
    ]
    for request in cases:
        with socket.create_connection(address, timeout=5) as s:
            s.sendall(request)
    deadline = time.monotonic() + 10
    while server.log.count("(client disconnected)") < len(cases) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert server.log.count("(client disconnected)") >= len(cases), server.log
    _still_serving(server)


def test_a_silent_client_is_answered_408_and_cut_off() -> None:
    """A client that announces a body and stops sending used to hold its thread and socket forever."""
    httpd = serve(load_spec(SPEC), port=0, timeout=1)
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        address = httpd.server_address[:2]
        got, body = _exchange(address, _post("/images/generations", "Content-Type: application/json\r\nContent-Length: 100\r\n", b'{"prompt"'), timeout=5)
        assert got == 408 and "did not arrive" in _message(body)
        with socket.create_connection(address, timeout=5) as idle:  # idle between requests: closed without a word
            assert idle.recv(100) == b""
    finally:
        httpd.shutdown()
        httpd.server_close()


# ---------------------------------------------------------------- load


def test_200_parallel_clients_are_all_answered(server: MockProcess) -> None:
    """With socketserver's listen backlog of 5, a burst like this left clients waiting on SYN
    retries for 30 s and more."""
    address = _address(server)
    request = _post("/images/generations", "Content-Type: application/json\r\nContent-Length: 15\r\n", b'{"prompt": "p"}')
    statuses: list[object] = []
    start = threading.Barrier(200)

    def client() -> None:
        start.wait()
        try:
            statuses.append(_exchange(address, request, timeout=10)[0])
        except OSError as exc:
            statuses.append(repr(exc))

    threads = [threading.Thread(target=client) for _ in range(200)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert statuses == [200] * 200, [s for s in statuses if s != 200][:5]


def _peak_rss_mb(pid: int) -> Optional[float]:
    status = Path(f"/proc/{pid}/status")
    if not status.exists():
        return None
    for line in status.read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return None


def test_a_100_mb_upload_is_counted_not_held(server: MockProcess) -> None:
    """The multipart body is parsed as it arrives: the server's peak memory stays far below the
    upload (it held it several times over: 1.45 GB)."""
    boundary = "big-upload"
    size = 100 * 1024 * 1024
    head = (
        f'--{boundary}\r\nContent-Disposition: form-data; name="prompt"\r\n\r\na big one\r\n'
        f'--{boundary}\r\nContent-Disposition: form-data; name="image"; filename="big.png"\r\nContent-Type: image/png\r\n\r\n'
    ).encode()
    tail = f"\r\n--{boundary}--\r\n".encode()
    headers = f"Content-Type: multipart/form-data; boundary={boundary}\r\nContent-Length: {len(head) + size + len(tail)}\r\nX-Mock-Scope: big\r\n"
    block = os.urandom(1024 * 1024)
    with socket.create_connection(_address(server), timeout=30) as s:
        s.sendall(_post("/images/edits", headers, head))
        for _ in range(size // len(block)):
            s.sendall(block)
        s.sendall(tail)
        answer = b""
        while chunk := s.recv(65536):
            answer += chunk
    assert answer.startswith(b"HTTP/1.1 200"), answer[:300]
    [record] = httpx.get(f"{server.origin}/__mock/requests", params={"scope": "big"}).json()["requests"]
    assert record["params"] == {"prompt": "a big one", "image": {"filename": "big.png", "content_type": "image/png", "size": size}}
    assert server.proc is not None
    peak = _peak_rss_mb(server.proc.pid)
    if peak is not None:
        assert peak < 400, f"the server peaked at {peak:.0f} MB"
