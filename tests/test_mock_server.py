"""The mock server: starts on 127.0.0.1, validates like the API (400 naming the param),
answers examples and SSE, and exits cleanly."""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any, Optional
from urllib.parse import quote

import httpx
import pytest

from generator.loader import load_spec
from generator.mock.server import _match, _routes
from generator.semantics import samples
from tests.conftest import ROOT
from tests.mockproc import MockProcess


def _rest_error(r: httpx.Response) -> dict[str, object]:
    """An error of the rest spec, whose shape is {detail, code, field} (client.errors), by role."""
    body = r.json()
    return {"message": body["detail"], "code": body.get("code"), "param": body.get("field"), "type": None}


AUTH = {"Authorization": "Bearer test", "x-api-key": "test", "Library-Tenant": "t1"}  # images: bearer; rest: its x-api-key header and tenant
PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 16


REST_SPEC = ROOT / "tests" / "golden" / "rest" / "spec.yaml"


@pytest.fixture(scope="module")
def server() -> MockProcess:
    with MockProcess(ROOT / "spec" / "images.yaml") as m:
        yield m  # type: ignore[misc]


@pytest.fixture(scope="module")
def rest() -> MockProcess:
    with MockProcess(REST_SPEC) as m:
        yield m  # type: ignore[misc]


def test_starts_on_loopback_and_exits_cleanly() -> None:
    with MockProcess(ROOT / "spec" / "images.yaml") as m:
        assert m.origin.startswith("http://127.0.0.1:")
        assert m.proc is not None and m.proc.poll() is None  # serving once it says where; no time limit (timings belong in bench/)
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
    assert httpx.get(f"{server.url}/images/generations", headers=AUTH).status_code == 405  # a known path, another method


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


# ---------------------------------------------------------------- params in the path, query and headers (the rest spec)


def _send(rest: MockProcess, method: str, path: str, scope: str, body: Any = None, headers: Optional[dict[str, str]] = None) -> tuple[httpx.Response, dict[str, Any]]:
    """A request in a scope of its own, and what the mock logged of it."""
    r = httpx.request(method, f"{rest.url}{path}", json=body, headers={**AUTH, "X-Mock-Scope": scope, **(headers or {})})
    log = httpx.get(f"{rest.origin}/__mock/requests", params={"scope": scope}).json()["requests"]
    assert len(log) == 1, log
    return r, log[0]


@pytest.mark.parametrize(
    "raw, value",
    [("b%201%2F2%3Fx%3D%23%25", "b 1/2?x=#%"), ("a%252Fb", "a%2Fb"), ("b1", "b1"), ("%C3%A9t%C3%A9", "été")],
)
def test_path_params_are_matched_encoded_and_decoded_once(rest: MockProcess, raw: str, value: str) -> None:
    r, rec = _send(rest, "GET", f"/books/{raw}", f"path-{raw}")
    assert r.status_code == 200 and r.json()["title"] == "Dune", r.text
    assert rec["path"] == "/books/{book_id}" and rec["raw_path"] == f"/v2/books/{raw}"
    assert rec["params"] == {"book_id": value} and rec["query"] == {}


def test_unknown_paths_404_and_other_methods_405(rest: MockProcess) -> None:
    for path in ("/shelves", "/books/a/b", "/books/", "/Books/b1"):
        r = httpx.get(f"{rest.url}{path}", headers=AUTH)
        assert r.status_code == 404 and _rest_error(r)["code"] == "not_found", path
    r = httpx.post(f"{rest.url}/books/b1", json={"title": "T"}, headers=AUTH)
    assert r.status_code == 405 and r.headers["allow"] == "DELETE, GET, HEAD, PATCH, PUT"
    assert _rest_error(r)["code"] == "method_not_allowed" and "POST" in str(_rest_error(r)["message"])
    assert httpx.delete(f"{rest.url}/books", headers=AUTH).status_code == 405


def test_exact_routes_win_over_templates(tmp_path: Path) -> None:
    spec = REST_SPEC.read_text().replace("      delete:\n", "      count:\n        method: GET\n        path: /books/count\n        response: BookList\n      delete:\n", 1)
    path = tmp_path / "spec.yaml"
    path.write_text(spec)
    routes = _routes(load_spec(str(path)))
    op, values, _ = _match(routes, "GET", "/books/count")
    assert op is not None and (op.name, values) == ("count", {})
    op, values, _ = _match(routes, "DELETE", "/books/count")  # no exact DELETE route: the template's
    assert op is not None and (op.name, values) == ("delete", {"book_id": "count"})
    op, values, _ = _match(routes, "HEAD", "/books/b%201")  # the HEAD operation
    assert op is not None and (op.name, values) == ("exists", {"book_id": "b 1"})
    op, values, _ = _match(routes, "HEAD", "/books/count")  # a HEAD operation's template beats an exact GET route
    assert op is not None and (op.name, values) == ("exists", {"book_id": "count"})
    op, values, _ = _match(routes, "HEAD", "/books")  # no HEAD operation for the path: served like GET
    assert op is not None and (op.name, values) == ("list", {})
    assert _match(routes, "POST", "/books/count") == (None, {}, ["DELETE", "GET", "HEAD", "PATCH", "PUT"])


def test_query_scalars_and_lists_are_converted(rest: MockProcess) -> None:
    query = "tags=a&tags=b%20c&limit=5&available=false&genre=history&after=x%2Cy&extra=1"
    r, rec = _send(rest, "GET", f"/books?{query}", "query-list")
    assert r.status_code == 200 and r.json()["has_more"] is False, r.text
    assert rec["params"] == {"tags": ["a", "b c"], "limit": 5, "available": False, "genre": "history", "after": "x,y"}  # extra: ignored
    assert rec["query"]["tags"] == ["a", "b c"] and rec["query"]["extra"] == ["1"] and rec["path"] == "/books"
    _, rec = _send(rest, "GET", "/books/b1?fields=title,genre", "query-comma")
    assert rec["params"] == {"book_id": "b1", "fields": ["title", "genre"]} and rec["query"] == {"fields": ["title,genre"]}
    _, rec = _send(rest, "GET", "/books/b1?fields=title%2Ctags", "query-comma-encoded")
    assert rec["params"] == {"book_id": "b1", "fields": ["title", "tags"]}
    _, rec = _send(rest, "GET", "/books?tags=solo&available=true", "query-one")
    assert rec["params"] == {"tags": ["solo"], "available": True}


@pytest.mark.parametrize(
    "query, param, fragment",
    [
        ("limit=0", "limit", "0 is less than the minimum of 1"),
        ("limit=101", "limit", "greater than the maximum of 100"),
        ("limit=abc", "limit", "expected an integer, got str"),
        ("limit=2.0", "limit", "expected an integer"),
        ("limit=1&limit=2", "limit", "expected an integer, got list"),
        ("available=True", "available", "expected a boolean"),
        ("available=1", "available", "expected a boolean"),
        ("genre=poetry", "genre", "Supported values are: 'fiction', 'history', 'science'"),
    ],
)
def test_query_validation_names_the_param(rest: MockProcess, query: str, param: str, fragment: str) -> None:
    r = httpx.get(f"{rest.url}/books?{query}", headers=AUTH)
    assert r.status_code == 400, r.text
    error = _rest_error(r)
    assert error["param"] == param and fragment in error["message"], error


def test_header_params(rest: MockProcess) -> None:
    r, rec = _send(rest, "POST", "/books", "header", body={"title": "Dune", "tags": ["a"]}, headers={"X-Request-Source": "cli"})
    assert r.status_code == 200, r.text
    assert rec["params"] == {"title": "Dune", "tags": ["a"], "request_source": "cli"} and rec["headers"]["x-request-source"] == "cli"
    _, rec = _send(rest, "POST", "/books", "no-header", body={"title": "Dune"})
    assert rec["params"] == {"title": "Dune"}
    # a header param sent in the body is not a body param
    r = httpx.post(f"{rest.url}/books", json={"title": "Dune", "request_source": "cli"}, headers=AUTH)
    assert r.status_code == 400 and _rest_error(r)["param"] == "request_source"
    r = httpx.post(f"{rest.url}/books", json={"title": ""}, headers={**AUTH, "X-Request-Source": "cli"})
    assert r.status_code == 400 and _rest_error(r)["param"] == "title"


def test_requests_without_a_body_must_not_carry_one(rest: MockProcess) -> None:
    for method, path in (("GET", "/books"), ("GET", "/books/b1"), ("DELETE", "/books/b1")):
        r = httpx.request(method, f"{rest.url}{path}", content=b'{"limit": 5}', headers={**AUTH, "Content-Type": "application/json"})
        assert r.status_code == 400 and _rest_error(r)["message"] == f"{method} requests have no body", (method, r.text)
    # no body: the content type does not matter
    r = httpx.get(f"{rest.url}/books", headers={**AUTH, "Content-Type": "multipart/form-data"})
    assert r.status_code == 200, r.text


def test_every_method_and_every_location(rest: MockProcess) -> None:
    r, rec = _send(rest, "PUT", "/books/b%2F1?version=2", "put", body={"title": "T"})
    assert r.status_code == 200 and r.json()["id"] == "b 1/2?x=#%", r.text
    assert (rec["method"], rec["path"], rec["raw_path"]) == ("PUT", "/books/{book_id}", "/v2/books/b%2F1")
    assert rec["params"] == {"book_id": "b/1", "version": 2, "title": "T"} and rec["query"] == {"version": ["2"]}
    r = httpx.put(f"{rest.url}/books/b1?version=0", json={"title": "T"}, headers=AUTH)
    assert r.status_code == 400 and _rest_error(r)["param"] == "version"
    r = httpx.put(f"{rest.url}/books/b1", json={"title": "T", "version": 2}, headers=AUTH)  # a query param in the body
    assert r.status_code == 400 and _rest_error(r)["param"] == "version"
    r = httpx.put(f"{rest.url}/books/b1", json={}, headers=AUTH)
    assert r.status_code == 400 and _rest_error(r)["param"] == "title"
    r, rec = _send(rest, "PATCH", "/books/b1", "patch", body={"genre": "science"})
    assert r.status_code == 200 and rec["params"] == {"book_id": "b1", "genre": "science"}
    r, rec = _send(rest, "DELETE", "/books/b%20%231", "delete")
    assert r.status_code == 200 and r.json() == {"id": "b1", "deleted": True}
    assert rec["params"] == {"book_id": "b #1"}
    assert httpx.delete(f"{rest.url}/books/b1").status_code == 401


def test_head_answers_like_get_without_a_body(rest: MockProcess) -> None:
    r, rec = _send(rest, "HEAD", "/books?limit=5", "head")
    assert r.status_code == 200 and r.content == b"" and r.headers["content-type"] == "application/json"
    assert int(r.headers["content-length"]) > 0
    assert (rec["method"], rec["path"], rec["params"]) == ("HEAD", "/books", {"limit": 5})
    bad = httpx.head(f"{rest.url}/books?limit=0", headers=AUTH)
    assert bad.status_code == 400 and bad.content == b""
    assert httpx.head(f"{rest.url}/nothing", headers=AUTH).status_code == 404
    with httpx.Client(headers=AUTH) as client:  # the connection stays usable after a HEAD
        assert client.head(f"{rest.url}/books/b1").status_code == 200
        assert client.get(f"{rest.url}/books/b1").json()["title"] == "Dune"


def test_faults_match_the_template_path(rest: MockProcess) -> None:
    fault = {"scope": "tpl", "status": 503, "path": "/books/{book_id}"}
    httpx.post(f"{rest.origin}/__mock/faults", json=fault).raise_for_status()
    headers = {**AUTH, "X-Mock-Scope": "tpl"}
    assert httpx.get(f"{rest.url}/books", headers=headers).status_code == 200
    assert httpx.delete(f"{rest.url}/books/x%2Fy", headers=headers).status_code == 503
    assert httpx.delete(f"{rest.url}/books/x%2Fy", headers=headers).status_code == 200


def test_list_items_are_checked_against_their_enum(rest: MockProcess) -> None:
    r = httpx.get(f"{rest.url}/books/b1?fields=title,bogus", headers=AUTH)
    assert r.status_code == 400 and _rest_error(r)["param"] == "fields[1]" and "'bogus'" in _rest_error(r)["message"], r.text


def test_auth_follows_the_spec_scheme(rest: MockProcess) -> None:
    """The rest spec's key travels in x-api-key: a bearer token alone is not enough."""
    assert httpx.get(f"{rest.url}/books", headers={"Authorization": "Bearer test"}).status_code == 401
    assert httpx.get(f"{rest.url}/books", headers={"x-api-key": "k", "Library-Tenant": "t"}).status_code == 200


# ---------------------------------------------------------------- responses by format, pages, streams, auth schemes (issue 9)


def test_head_operations_answer_200_without_a_body_and_none_answers_204(rest: MockProcess) -> None:
    r, rec = _send(rest, "HEAD", "/books/b%201", "head-op")
    assert (r.status_code, r.content, r.headers["content-length"]) == (200, b"", "0") and "content-type" not in r.headers
    assert (rec["method"], rec["path"], rec["params"]) == ("HEAD", "/books/{book_id}", {"book_id": "b 1"})
    r, rec = _send(rest, "DELETE", "/books/b1/reviews/r%2F1", "delete-204")
    assert (r.status_code, r.content) == (204, b"") and "content-type" not in r.headers and "x-trace-id" in r.headers
    assert (rec["path"], rec["params"]) == ("/books/{book_id}/reviews/{review_id}", {"book_id": "b1", "review_id": "r/1"})
    with httpx.Client(headers=AUTH) as client:  # the connection stays usable after a 204
        assert client.delete(f"{rest.url}/books/b1/reviews/r1").status_code == 204
        assert client.get(f"{rest.url}/books/b1").json()["title"] == "Dune"


def test_binary_text_jsonl_and_array_responses(rest: MockProcess) -> None:
    r = httpx.get(f"{rest.url}/books/b1/cover", headers=AUTH)
    assert r.headers["content-type"] == "application/octet-stream" and r.content == samples.PNG_1X1
    r = httpx.get(f"{rest.url}/books/b1/summary", headers=AUTH)
    assert r.headers["content-type"] == "text/plain; charset=utf-8" and r.text == samples.TEXT_SAMPLE and not r.text.isascii()
    r = httpx.get(f"{rest.url}/books/export?genre=fiction", headers=AUTH)
    assert r.headers["content-type"] == "application/jsonl" and r.text.endswith("}\n")
    lines = [json.loads(line) for line in r.text.splitlines()]
    assert len(lines) == 2 and all(line["title"] == "Dune" for line in lines)
    r = httpx.get(f"{rest.url}/books/b1/similar", headers=AUTH)
    assert r.headers["content-type"] == "application/json" and [b["id"] for b in r.json()] == ["b 1/2?x=#%"] * 2
    stats = httpx.get(f"{rest.url}/books/stats", headers=AUTH).json()
    assert stats["total"] == 3 and len(stats) > 1  # additional properties beyond the known fields


def _items(rest: MockProcess, path: str, field: str, key: str) -> list[Any]:
    r = httpx.get(f"{rest.url}{path}", headers=AUTH)
    assert r.status_code == 200, r.text
    return [item[key] for item in r.json()[field]]


def test_pages_follow_the_three_styles(rest: MockProcess) -> None:
    api = load_spec(str(REST_SPEC))
    ops = {f"{op.resource}.{op.name}": op for op in api.operations()}
    books = [b["id"] for b in samples.page_items(api, ops["books.list"])]
    assert len(books) > samples.PAGE_SIZE
    first = httpx.get(f"{rest.url}/books", headers=AUTH).json()
    assert [b["id"] for b in first["data"]] == books[:2] and first["has_more"] is True
    assert _items(rest, f"/books?after={books[1]}", "data", "id") == books[2:4]
    last = httpx.get(f"{rest.url}/books?after={books[-1]}", headers=AUTH).json()
    assert last == {**last, "data": [], "has_more": False}
    authors = [a["name"] for a in samples.page_items(api, ops["authors.list"])]
    page2 = httpx.get(f"{rest.url}/authors?page=2", headers=AUTH).json()
    assert [a["name"] for a in page2["items"]] == authors[2:4] and page2["total_pages"] == -(-len(authors) // 2)
    reviews = [x["id"] for x in samples.page_items(api, ops["books.reviews.list"])]
    offset = httpx.get(f"{rest.url}/books/b1/reviews?offset=1", headers=AUTH).json()
    assert [x["id"] for x in offset["data"]] == reviews[1:3] and offset["total"] == len(reviews)
    assert httpx.get(f"{rest.url}/books/b1/reviews?offset=-1", headers=AUTH).status_code == 400


def _events(text: str) -> list[tuple[str, Any]]:
    """The SSE events of a body as (event name, data) pairs; a data line alone has the name ""."""
    out = []
    for block in text.split("\n\n"):
        fields = dict(line.split(": ", 1) for line in block.splitlines() if ": " in line)
        if "data" in fields:
            data = fields["data"]
            out.append((fields.get("event", ""), data if data == "[DONE]" else json.loads(data)))
    return out


def _stream(rest: MockProcess, scope: str, fault: Optional[dict[str, Any]] = None) -> str:
    if fault is not None:
        httpx.post(f"{rest.origin}/__mock/faults", json={"scope": scope, **fault}).raise_for_status()
    with httpx.stream("GET", f"{rest.url}/feed?genre=history", headers={**AUTH, "X-Mock-Scope": scope}) as r:
        assert r.status_code == 200 and r.headers["content-type"] == "text/event-stream"
        return r.read().decode()


def test_always_streaming_with_keepalives_between_events(rest: MockProcess) -> None:
    events = _events(_stream(rest, "feed"))
    ping = ("ping", {"type": "ping"})
    assert [e[0] for e in events] == ["ping", "book.added", "ping", "book.removed"]
    assert events[0] == events[2] == ping and events[1][1]["book"]["title"] == "Dune" and events[3][1]["id"] == "b1"
    log = httpx.get(f"{rest.origin}/__mock/requests", params={"scope": "feed"}).json()["requests"]
    assert log[0]["params"] == {"genre": "history"}


def test_stream_faults_use_the_spec_error_event_and_done_line(rest: MockProcess) -> None:
    events = _events(_stream(rest, "feed-error", {"error_event": "overloaded"}))
    assert [e[0] for e in events] == ["ping", "book.added", "ping", "error"]
    assert events[-1][1] == {"detail": "overloaded", "code": None, "field": None}  # the spec's error shape
    events = _events(_stream(rest, "feed-done", {"done": True}))
    assert events[-1] == ("", "[DONE]") and [e[0] for e in events[:-1]] == ["ping", "book.added", "ping", "book.removed"]
    text = _stream(rest, "feed-cut", {"cut_after_events": 1})
    assert text.count("event: ping\n") == 2 and text.endswith('data: {"type": "book.remov')  # cut mid-event


def test_done_line_and_error_event_come_from_the_spec(tmp_path: Path) -> None:
    spec = REST_SPEC.read_text().replace("keepalive_events: [ping], error_event: error}", "error_event: failure, done: \"\"}")
    path = tmp_path / "spec.yaml"
    path.write_text(spec)
    with MockProcess(path) as m:
        events = _events(_stream(m, "none-done", {"done": True}))
        assert [e[0] for e in events] == ["book.added", "book.removed"]  # no keep-alives, no done line
        assert [e[0] for e in _events(_stream(m, "failure", {"error_event": "x"}))] == ["book.added", "failure"]


def test_required_client_headers(rest: MockProcess) -> None:
    headers = {"x-api-key": "k"}
    r = httpx.get(f"{rest.url}/books", headers=headers)
    assert r.status_code == 400 and _rest_error(r) == {"message": "Missing required header: 'Library-Tenant'.", "code": "missing_header", "param": "Library-Tenant", "type": None}
    assert httpx.get(f"{rest.url}/books", headers={**headers, "Library-Tenant": ""}).status_code == 400
    assert httpx.get(f"{rest.url}/books", headers={**headers, "library-tenant": "t"}).status_code == 200
    assert httpx.get(f"{rest.url}/books", headers={"Library-Tenant": "t"}).status_code == 401  # auth first


def test_basic_auth_accepts_any_non_empty_credential() -> None:
    with MockProcess(ROOT / "tests" / "golden" / "odd_names" / "spec.yaml") as m:
        def status(auth: Optional[str]) -> int:
            return httpx.post(f"{m.url}/models", json={}, headers={"Authorization": auth} if auth else {}).status_code

        for good in ("user:pass", "user:", "user", ":secret", "é:ü"):
            assert status("Basic " + base64.b64encode(good.encode()).decode()) == 200, good
            assert status("basic " + base64.b64encode(good.encode()).decode()) == 200, good
        assert httpx.post(f"{m.url}/models", json={}, auth=("u", "p")).status_code == 200
        for bad in (None, "Basic", "Basic " + base64.b64encode(b":").decode(), "Basic not base64!", "Bearer dXNlcjpwYXNz", "dXNlcjpwYXNz"):
            assert status(bad) == 401, bad


def test_auth_scheme_none_needs_nothing() -> None:
    with MockProcess(ROOT / "tests" / "golden" / "nested" / "spec.yaml") as m:
        r = httpx.post(f"{m.url}/trees", json={"label": "root"})
        assert r.status_code == 200, r.text


@pytest.mark.parametrize(
    "path, body, param, fragment",
    [
        ("/books/b1/reviews", {"stars": 3, "blocks": [{"text": "ok"}, {"type": "quote", "text": "q", "page": "8"}]}, "blocks[1].page", "expected an integer, got str"),
        ("/books/b1/reviews", {"stars": 3, "blocks": [{"type": "quote", "text": "q", "page": 0}]}, "blocks[0].page", "0 is less than the minimum of 1"),
        ("/books/b1/reviews", {"stars": 3, "blocks": [{"type": "poem", "text": "t"}]}, "blocks[0].type", "'poem'. Supported values are: 'text', 'quote'"),
        ("/books/b1/reviews", {"stars": 3, "blocks": [{"type": "text"}]}, "blocks[0].text", "Missing required parameter: 'blocks[0].text'"),
        ("/books/b1/reviews", {"stars": 3, "blocks": [{"text": "x" * 501}]}, "blocks[0].text", "string too long (501 > 500)"),
        ("/books/b1/reviews", {"stars": 3, "blocks": ["text"]}, "blocks[0]", "expected an object, got str"),
        ("/books/b1/reviews", {"stars": 3, "blocks": []}, "blocks", "0 items, at least 1 expected"),
        ("/books", {"title": "T", "isbn": "978044101359"}, "isbn", "does not match the pattern '^[0-9]{13}$'"),
        ("/books", {"title": "T", "metadata": {"shelf": 3}}, "metadata.shelf", "expected a string, got int"),
        ("/books", {"title": "T", "metadata": ["shelf"]}, "metadata", "expected a map, got list"),
        ("/books", {"title": "T", "author": {"born": "1920-10-08"}}, "author.name", "Missing required parameter: 'author.name'"),
        ("/books", {"title": "T", "author": {"name": ""}}, "author.name", "string too short"),
        ("/books", {"title": "T", "author": {"name": "F", "born": "1920-13-08"}}, "author.born", "'1920-13-08' is not a date (YYYY-MM-DD)"),
        ("/books", {"title": "T", "author": {"name": "F", "born": "1920-10-08T00:00:00Z"}}, "author.born", "is not a date"),
    ],
)
def test_nested_values_are_validated_by_path(rest: MockProcess, path: str, body: dict[str, Any], param: str, fragment: str) -> None:
    r = httpx.post(f"{rest.url}{path}", json=body, headers=AUTH)
    assert r.status_code == 400, r.text
    error = _rest_error(r)
    assert error["param"] == param and fragment in str(error["message"]), error


def test_nested_values_that_fit_are_accepted_and_logged_as_sent(rest: MockProcess) -> None:
    blocks = [{"text": "no type: a text block"}, {"type": "quote", "text": "q", "page": 8}, {"type": "text", "text": "t", "extra": 1}]
    r, rec = _send(rest, "POST", "/books/b%201/reviews", "nested-ok", body={"stars": 5, "blocks": blocks})
    assert r.status_code == 200 and r.json()["stars"] == 5, r.text
    assert rec["params"] == {"book_id": "b 1", "stars": 5, "blocks": blocks}
    author = {"name": "F", "born": "1920-10-08", "nickname": "extra keys are not checked without additional_properties"}
    r, rec = _send(rest, "POST", "/books", "nested-ok-2", body={"title": "T", "isbn": "9780441013593", "metadata": {"a": "b"}, "author": author})
    assert r.status_code == 200, r.text
    assert rec["params"]["author"] == author
    stamp = "2025-01-02T03:04:05.123456789+01:00"
    r, rec = _send(rest, "GET", "/books?added_after=" + quote(stamp), "date-time")
    assert r.status_code == 200 and rec["params"] == {"added_after": stamp}  # a date-time as sent


@pytest.mark.parametrize("value", ["yesterday", "2025-01-02", "2025-01-02T03:04:05", "2025-01-02T25:04:05Z"])
def test_formats_are_checked_in_the_query(rest: MockProcess, value: str) -> None:
    r = httpx.get(f"{rest.url}/books", params={"added_after": value}, headers=AUTH)
    assert r.status_code == 400 and _rest_error(r)["param"] == "added_after" and "RFC 3339 date-time" in str(_rest_error(r)["message"]), r.text


def test_form_bodies_and_binary_uploads_are_checked(rest: MockProcess) -> None:
    r, rec = _send_raw(rest, "POST", "/books/b1/ratings", "form", b"stars=4&moods=happy&moods=sad&spoilers=true", "application/x-www-form-urlencoded")
    assert r.status_code == 200 and rec["params"] == {"book_id": "b1", "stars": 4, "moods": ["happy", "sad"], "spoilers": True}
    r, _ = _send_raw(rest, "POST", "/books/b1/ratings", "form-bad", b"stars=4&moods=angry", "application/x-www-form-urlencoded")
    assert r.status_code == 400 and _rest_error(r)["param"] == "moods[0]"
    r, rec = _send_raw(rest, "PUT", "/books/b1/cover", "cover", samples.PNG_1X1, "image/png")
    assert r.status_code == 200 and rec["params"]["cover"] == {"filename": "", "content_type": "image/png", "size": len(samples.PNG_1X1)}
    r, _ = _send_raw(rest, "PUT", "/books/b1/cover", "cover-gif", b"GIF89a", "image/gif")
    assert r.status_code == 400 and "unsupported mimetype ('image/gif')" in str(_rest_error(r)["message"])


def _send_raw(rest: MockProcess, method: str, path: str, scope: str, content: bytes, ctype: str) -> tuple[httpx.Response, dict[str, Any]]:
    headers = {**AUTH, "X-Mock-Scope": scope, "Content-Type": ctype}
    r = httpx.request(method, f"{rest.url}{path}", content=content, headers=headers)
    return r, httpx.get(f"{rest.origin}/__mock/requests", params={"scope": scope}).json()["requests"][0]


# ---------------------------------------------------------------- --lax


def test_lax_accepts_any_file_and_skips_the_rules_but_still_checks_types() -> None:
    """``--lax``, for suites written for Prism or Steady: a file of any content type, or sent as a
    plain field, and values the spec's rules forbid are accepted; what the types say still holds."""
    rule_broken = {"prompt": "p", "model": "gpt-image-1", "style": "vivid"}
    as_field = b'--b\r\nContent-Disposition: form-data; name="prompt"\r\n\r\np\r\n--b\r\nContent-Disposition: form-data; name="image"\r\n\r\nraw \xff\r\n--b--\r\n'
    multipart = {**AUTH, "Content-Type": "multipart/form-data; boundary=b"}
    with MockProcess(ROOT / "spec" / "images.yaml") as strict:
        assert httpx.post(f"{strict.url}/images/generations", json=rule_broken, headers=AUTH).status_code == 400
        r = httpx.post(f"{strict.url}/images/edits", content=as_field, headers=multipart)
        assert r.status_code == 400 and r.json()["error"]["param"] == "image"
    with MockProcess(ROOT / "spec" / "images.yaml", ["--lax"]) as lax:
        assert httpx.post(f"{lax.url}/images/generations", json=rule_broken, headers=AUTH).status_code == 200
        any_type = httpx.post(f"{lax.url}/images/edits", data={"prompt": "p"}, files={"image": ("a.bin", b"\0\1", "application/x-anything")}, headers={**AUTH, "X-Mock-Scope": "lax"})
        assert any_type.status_code == 200, any_type.text
        [record] = httpx.get(f"{lax.origin}/__mock/requests", params={"scope": "lax"}).json()["requests"]
        assert record["params"]["image"] == {"filename": "a.bin", "content_type": "application/x-anything", "size": 2}
        r = httpx.post(f"{lax.url}/images/edits", content=as_field, headers=multipart)
        assert r.status_code == 200, r.text
        for body, param in [({"prompt": "p", "n": "2"}, "n"), ({"prompt": "p", "n": 11}, "n"), ({"n": 1}, "prompt")]:
            r = httpx.post(f"{lax.url}/images/generations", json=body, headers=AUTH)
            assert r.status_code == 400 and r.json()["error"]["param"] == param
    with MockProcess(REST_SPEC, ["--lax"]) as rest_lax:
        gif = httpx.put(f"{rest_lax.url}/books/b1/cover", content=b"GIF89a", headers={**AUTH, "Content-Type": "image/gif"})
        assert gif.status_code == 200, gif.text
