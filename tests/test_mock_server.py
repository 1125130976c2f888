"""The mock server: starts fast on 127.0.0.1, validates like the API (400 naming the param),
answers examples and SSE, and exits cleanly."""

from __future__ import annotations

import json

import httpx
import pytest

from tests.conftest import ROOT
from tests.mockproc import MockProcess

AUTH = {"Authorization": "Bearer test"}
PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 16


@pytest.fixture(scope="module")
def server() -> MockProcess:
    with MockProcess(ROOT / "spec" / "images.yaml") as m:
        yield m  # type: ignore[misc]


def test_starts_fast_on_loopback_and_exits_cleanly() -> None:
    with MockProcess(ROOT / "spec" / "images.yaml") as m:
        assert m.origin.startswith("http://127.0.0.1:")
        assert m.startup_seconds < 1.0, m.startup_seconds
        assert httpx.get(f"{m.origin}/__mock/health").json() == {"ok": True, "operations": 3}
        rc = m.stop()
    assert rc == 0


@pytest.mark.parametrize(
    "body, param, fragment",
    [
        ({"prompt": "p", "n": 11}, "n", "11 is greater than the maximum of 10"),
        ({"prompt": "p", "n": "2"}, "n", "expected an integer"),
        ({"n": 1}, "prompt", "Missing required parameter: 'prompt'"),
        ({"prompt": "p", "style": "bright"}, "style", "Supported values are: 'vivid', 'natural'"),
        ({"prompt": "p", "model": "gpt-image-1", "style": "vivid"}, "style", "rule style-dall-e-3-only"),
        ({"prompt": "p", "model": "gpt-image-2", "size": "1000x1000"}, "size", "rule size-gpt-image-2"),
        ({"prompt": "p", "colour": "red"}, "colour", "Unrecognized request argument"),
    ],
)
def test_json_validation_names_the_param(server: MockProcess, body: dict[str, object], param: str, fragment: str) -> None:
    r = httpx.post(f"{server.url}/images/generations", json=body, headers=AUTH)
    assert r.status_code == 400
    error = r.json()["error"]
    assert error["param"] == param and fragment in error["message"], error
    assert error["type"] == "invalid_request_error"


def test_open_enums_accept_unknown_values(server: MockProcess) -> None:
    r = httpx.post(f"{server.url}/images/generations", json={"prompt": "p", "model": "gpt-image-9", "size": "7x7"}, headers=AUTH)
    assert r.status_code == 200 and r.json()["data"][0]["b64_json"]


def test_multipart_validation(server: MockProcess) -> None:
    ok = httpx.post(f"{server.url}/images/edits", data={"prompt": "p", "n": "2"}, files=[("image[]", ("a.png", PNG, "image/png"))] * 2, headers=AUTH)
    assert ok.status_code == 200, ok.text
    octet = httpx.post(f"{server.url}/images/edits", data={"prompt": "p"}, files={"image": ("a.bin", PNG, "application/octet-stream")}, headers=AUTH)
    assert octet.status_code == 400 and "unsupported mimetype ('application/octet-stream')" in octet.json()["error"]["message"]
    too_many = httpx.post(f"{server.url}/images/edits", data={"prompt": "p"}, files=[("image[]", ("a.png", PNG, "image/png"))] * 17, headers=AUTH)
    assert too_many.status_code == 400 and too_many.json()["error"]["param"] == "image"
    bad_n = httpx.post(f"{server.url}/images/variations", data={"n": "x"}, files={"image": ("a.png", PNG, "image/png")}, headers=AUTH)
    assert bad_n.status_code == 400 and bad_n.json()["error"]["param"] == "n"
    missing = httpx.post(f"{server.url}/images/variations", data={"n": "1"}, files={"other": ("a.png", PNG, "image/png")}, headers=AUTH)
    assert missing.status_code == 400 and missing.json()["error"]["param"] in ("image", "other")


def test_auth_and_unknown_routes(server: MockProcess) -> None:
    assert httpx.post(f"{server.url}/images/generations", json={"prompt": "p"}).status_code == 401
    assert httpx.post(f"{server.url}/images/nothing", json={}, headers=AUTH).status_code == 404
    assert httpx.get(f"{server.url}/images/generations", headers=AUTH).status_code == 404


def test_stream_sends_partials_then_completed(server: MockProcess) -> None:
    with httpx.stream("POST", f"{server.url}/images/generations", json={"prompt": "p", "stream": True, "partial_images": 3}, headers=AUTH) as r:
        assert r.headers["content-type"] == "text/event-stream"
        text = r.read().decode()
    events = [json.loads(line[6:]) for line in text.splitlines() if line.startswith("data: ")]
    assert [e["type"] for e in events] == ["image_generation.partial_image"] * 3 + ["image_generation.completed"]
    assert [e["partial_image_index"] for e in events[:3]] == [0, 1, 2]


def test_faults_are_scoped_and_counted(server: MockProcess) -> None:
    httpx.post(f"{server.origin}/__mock/faults", json={"scope": "a", "status": 429, "count": 2, "retry_after": 1}).raise_for_status()
    other = httpx.post(f"{server.url}/images/generations", json={"prompt": "p"}, headers={**AUTH, "X-Mock-Scope": "b"})
    assert other.status_code == 200
    first = httpx.post(f"{server.url}/images/generations", json={"prompt": "p"}, headers={**AUTH, "X-Mock-Scope": "a"})
    assert first.status_code == 429 and first.headers["retry-after"] == "1"
    assert httpx.post(f"{server.url}/images/generations", json={"prompt": "p"}, headers={**AUTH, "X-Mock-Scope": "a"}).status_code == 429
    assert httpx.post(f"{server.url}/images/generations", json={"prompt": "p"}, headers={**AUTH, "X-Mock-Scope": "a"}).status_code == 200
    log = httpx.get(f"{server.origin}/__mock/requests", params={"scope": "a"}).json()["requests"]
    assert len(log) == 3 and all(r["path"] == "/images/generations" for r in log)


@pytest.mark.parametrize("fault", [{"cut_after_events": 9}, {"error_event": "overloaded"}])
def test_stream_faults_come_after_the_last_event_when_there_are_fewer(server: MockProcess, fault: dict[str, object]) -> None:
    """A stream of one event still gets its cut or error event (after it), so every SDK's stream tests apply."""
    httpx.post(f"{server.origin}/__mock/faults", json={"scope": "few", **fault}).raise_for_status()
    body = {"prompt": "p", "stream": True, "partial_images": 0}
    with httpx.stream("POST", f"{server.url}/images/generations", json=body, headers={**AUTH, "X-Mock-Scope": "few"}) as r:
        text = r.read().decode()
    if "cut_after_events" in fault:  # the one event whole, then a second one cut in the middle
        assert text.count("event: image_generation.completed\n") == 2 and not text.endswith("\n\n")
    else:
        assert text.rstrip().splitlines()[-2] == "event: error" and "overloaded" in text
