"""The generated Go SDK's surface as openai-go has it (issue 12): request options (headers, query,
JSON body paths, middleware, debug log, a custom HTTP client, response capture, retry delay), the
param helpers (Null, IsOmitted, SetExtraFields, Opt/Ptr/Time) and the error dumps. A small server
on 127.0.0.1 records what it gets (by the X-Test header each Go test sends); a Go test file in a temp
copy of generated/go drives the SDK at it with `go test`, then this file checks the recorded requests."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from tests.conftest import ROOT

KEY = "sk-surface-SECRET-0123456789"
IMAGE = {"created": 1700000000, "data": [{"b64_json": "aGk="}]}
SEEN: dict[str, list[dict[str, object]]] = {}  # X-Test -> each request: path, query, headers (lists), body
LOCK = threading.Lock()


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    other_port = 0

    def log_message(self, *args: object) -> None:
        pass

    def send(self, status: int, body: bytes, **headers: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        for k, v in headers.items():
            self.send_header(k.replace("_", "-"), v)
        self.end_headers()
        self.wfile.write(body)

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        url = urlsplit(self.path)
        test = self.headers.get("X-Test", "")
        headers: dict[str, list[str]] = {}
        for k, v in self.headers.items():
            headers.setdefault(k.lower(), []).append(v)
        with LOCK:
            seen = SEEN.setdefault(f"{self.server.name}:{test}", [])  # type: ignore[attr-defined]
            seen.append({"path": url.path, "query": parse_qs(url.query), "headers": headers, "body": body.decode("utf-8", "replace")})
            count = len(seen)
        if self.server.name == "other":  # type: ignore[attr-defined]
            return self.send(200, json.dumps(IMAGE).encode())
        scenario = url.path.strip("/").split("/")[0]
        if scenario == "retry" and count == 1:
            return self.send(429, b'{"error": {"message": "slow down"}}', retry_after="30")
        if scenario == "redirect-port":
            self.send_response(307)
            self.send_header("Location", f"http://127.0.0.1:{self.other_port}/v1/images/generations")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return None
        if scenario == "error":
            return self.send(400, json.dumps({"error": {"message": "bad prompt", "type": "invalid_request_error"}}).encode(), set_cookie="session=COOKIE-SECRET")
        return self.send(200, json.dumps(IMAGE).encode(), x_request_id="req_1")


    do_GET = do_PUT = do_POST


class Server(ThreadingHTTPServer):
    daemon_threads = True


GO_TEST = r"""package openai_test

import (
	"bytes"
	"context"
	"errors"
	"log"
	"net/http"
	"os"
	"strings"
	"testing"
	"time"

	openai "github.com/openai-images/openai-images-go"
	"github.com/openai-images/openai-images-go/option"
	"github.com/openai-images/openai-images-go/packages/param"
)

const key = "KEY"

func surface(t *testing.T, scenario string, opts ...option.RequestOption) *openai.Client {
	base := []option.RequestOption{option.WithAPIKey(key), option.WithBaseURL(os.Getenv("SURFACE_URL") + "/" + scenario + "/v1"),
		option.WithMaxRetries(0), option.WithHeader("X-Test", t.Name())}
	c := openai.NewClient(append(base, opts...)...)
	return &c
}

func generate(t *testing.T, scenario string, opts ...option.RequestOption) (*openai.ImagesResponse, error) {
	return surface(t, scenario, opts...).Images.Generate(context.Background(), openai.ImageGenerateParams{Prompt: "a cat"})
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func TestSurfaceHeaders(t *testing.T) {
	_, err := generate(t, "ok", option.WithHeader("X-A", "1"), option.WithHeaderAdd("X-A", "2"),
		option.WithHeader("X-Gone", "x"), option.WithHeaderDel("X-Gone"), option.WithHeaderDel("X-Stainless-Lang"))
	must(t, err)
}

func TestSurfaceQuery(t *testing.T) {
	_, err := generate(t, "ok", option.WithQuery("a", "1"), option.WithQueryAdd("a", "2"), option.WithQuery("b", "x"), option.WithQueryDel("b"))
	must(t, err)
}

func TestSurfaceJSONSet(t *testing.T) {
	_, err := generate(t, "ok", option.WithJSONSet("prompt", "replaced"), option.WithJSONSet("extra.inner", 5),
		option.WithJSONSet(`a\.b`, true), option.WithJSONSet("list", []int{1}), option.WithJSONSet("list.1", 2))
	must(t, err)
}

func TestSurfaceJSONSetMultipart(t *testing.T) {
	c := surface(t, "ok")
	_, err := c.Images.NewVariation(context.Background(), openai.ImageNewVariationParams{Image: openai.File(strings.NewReader("png"), "a.png", "image/png")},
		option.WithJSONSet("user", "u1"))
	must(t, err)
	_, err = c.Images.NewVariation(context.Background(), openai.ImageNewVariationParams{Image: openai.File(strings.NewReader("png"), "a.png", "image/png")},
		option.WithJSONSet("a.b", "nested"), option.WithHeader("X-Test", "never-sent"))
	if err == nil || !strings.Contains(err.Error(), "top-level") {
		t.Fatalf("a nested path in a multipart body: want an error, got %v", err)
	}
}

func TestSurfaceResponseInto(t *testing.T) {
	var res *http.Response
	_, err := generate(t, "ok", option.WithResponseInto(&res))
	must(t, err)
	if res == nil || res.StatusCode != 200 || res.Header.Get("X-Request-Id") != "req_1" {
		t.Fatalf("got %v", res)
	}
	_, err = generate(t, "error", option.WithResponseInto(&res))
	if err == nil || res.StatusCode != 400 {
		t.Fatalf("got %v %v", res, err)
	}
}

func TestSurfaceResponseBodyInto(t *testing.T) {
	var body map[string]any
	out, err := generate(t, "ok", option.WithResponseBodyInto(&body))
	must(t, err)
	if out != nil || body["created"] != float64(1700000000) {
		t.Fatalf("got %v %v", out, body)
	}
	var raw []byte
	_, err = generate(t, "ok", option.WithResponseBodyInto(&raw))
	must(t, err)
	if !bytes.Contains(raw, []byte(`"b64_json"`)) {
		t.Fatalf("got %s", raw)
	}
}

func TestSurfaceMaxRetryDelay(t *testing.T) {
	// the server asks for 30 s (Retry-After) before the retry; the option caps the wait at 0.1 s
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	start := time.Now()
	_, err := surface(t, "retry", option.WithMaxRetries(1), option.WithMaxRetryDelay(100*time.Millisecond)).Images.Generate(ctx, openai.ImageGenerateParams{Prompt: "a cat"})
	must(t, err)
	if time.Since(start) > 8*time.Second {
		t.Fatal("waited for the server's Retry-After")
	}
}

func TestSurfaceMiddleware(t *testing.T) {
	var order []string
	first := func(req *http.Request, next option.MiddlewareNext) (*http.Response, error) {
		order = append(order, "first")
		req.Header.Set("X-MW", "first")
		res, err := next(req)
		order = append(order, "first done")
		return res, err
	}
	second := func(req *http.Request, next option.MiddlewareNext) (*http.Response, error) {
		order = append(order, "second saw "+req.Header.Get("X-MW"))
		res, err := next(req)
		order = append(order, "second done")
		return res, err
	}
	_, err := generate(t, "ok", option.WithMiddleware(first), option.WithMiddleware(second))
	must(t, err)
	if strings.Join(order, ",") != "first,second saw first,second done,first done" {
		t.Fatalf("order %v", order)
	}
}

func TestSurfaceDebugLog(t *testing.T) {
	var buf bytes.Buffer
	_, err := generate(t, "ok", option.WithDebugLog(log.New(&buf, "", 0)))
	must(t, err)
	text := buf.String()
	for _, want := range []string{"POST /ok/v1/images/generations", `"prompt":"a cat"`, "1700000000", "[redacted]"} {
		if !strings.Contains(text, want) {
			t.Errorf("the log lacks %q:\n%s", want, text)
		}
	}
	if strings.Contains(text, key) {
		t.Fatalf("the log shows the key:\n%s", text)
	}
	_, err = generate(t, "ok", option.WithDebugLog(nil)) // standard error
	must(t, err)
}

type countingDoer struct{ calls int }

func (d *countingDoer) Do(req *http.Request) (*http.Response, error) {
	d.calls++
	return http.DefaultClient.Do(req)
}

func TestSurfaceCustomDoer(t *testing.T) {
	doer := &countingDoer{}
	_, err := generate(t, "ok", option.WithHTTPClient(doer))
	must(t, err)
	if doer.calls != 1 {
		t.Fatalf("calls %d", doer.calls)
	}
}

func TestSurfaceCustomHTTPClientKeepsTheRedirectPolicy(t *testing.T) {
	_, err := generate(t, "redirect-port", option.WithHTTPClient(&http.Client{}))
	var apiErr *openai.Error
	if !errors.As(err, &apiErr) || apiErr.StatusCode != 307 {
		t.Fatalf("want a 307 not followed, got %v", err)
	}
}

func TestSurfaceParamHelpers(t *testing.T) {
	p := openai.ImageGenerateParams{Prompt: "a cat", User: param.Null[string](), N: openai.Opt[int64](1)}
	if param.IsOmitted(p.User) || !param.IsOmitted(p.PartialImages) || param.IsOmitted(p.N) || !param.IsOmitted(openai.ImageGenerateParams{}) {
		t.Fatal("IsOmitted")
	}
	if p.User.Valid() || !param.IsNull(p.User) || p.PartialImages.Or(7) != 7 || p.N.Or(7) != 1 {
		t.Fatal("Valid, IsNull, Or")
	}
	if *openai.Ptr(3) != 3 || !openai.Time(time.Unix(0, 0)).Valid() {
		t.Fatal("Ptr, Time")
	}
	p.SetExtraFields(map[string]any{"x_extra": map[string]any{"deep": 1}, "prompt": "overridden"})
	_, err := surface(t, "ok").Images.Generate(context.Background(), p)
	must(t, err)
	v := openai.ImageNewVariationParams{Image: openai.File(strings.NewReader("png"), "a.png", "image/png")}
	v.SetExtraFields(map[string]any{"x_form": "v"})
	_, err = surface(t, "ok").Images.NewVariation(context.Background(), v, option.WithHeader("X-Test", t.Name()+"/multipart"))
	must(t, err)
}

func TestSurfaceExecute(t *testing.T) {
	c := surface(t, "ok")
	var out openai.ImagesResponse
	must(t, c.Post(context.Background(), "images/raw", map[string]any{"prompt": "raw", "n": 2}, &out))
	if out.Created != 1700000000 {
		t.Fatalf("got %+v", out)
	}
	must(t, c.Get(context.Background(), "/things", map[string]any{"limit": 2, "after": "x y"}, nil))
	var apiErr *openai.Error
	if err := surface(t, "error").Execute(context.Background(), "PUT", "things/1", nil, &out); !errors.As(err, &apiErr) || apiErr.StatusCode != 400 {
		t.Fatalf("want a 400 *openai.Error, got %v", err)
	}
}

func TestSurfaceErrorDumps(t *testing.T) {
	_, err := generate(t, "error", option.WithHeader("Cookie", "c=COOKIE-REQ-SECRET"))
	var apiErr *openai.Error
	if !errors.As(err, &apiErr) {
		t.Fatalf("want an *openai.Error, got %v", err)
	}
	req, res := string(apiErr.DumpRequest(true)), string(apiErr.DumpResponse(true))
	for what, text := range map[string]string{"request": req, "response": res} {
		if strings.Contains(text, key) || strings.Contains(text, "SECRET") || !strings.Contains(text, "[redacted]") {
			t.Errorf("the %s dump shows a credential:\n%s", what, text)
		}
	}
	if !strings.Contains(req, "POST /error/v1/images/generations") || !strings.Contains(req, `"prompt":"a cat"`) || strings.Contains(string(apiErr.DumpRequest(false)), "a cat") {
		t.Errorf("request dump:\n%s", req)
	}
	if !strings.Contains(res, "400") || !strings.Contains(res, "bad prompt") || strings.Contains(string(apiErr.DumpResponse(false)), "bad prompt") {
		t.Errorf("response dump:\n%s", res)
	}
}
""".replace('"KEY"', json.dumps(KEY))


@pytest.fixture
def servers() -> Iterator[str]:
    made = []
    for name in ("main", "other"):
        srv = Server(("127.0.0.1", 0), Handler)
        srv.name = name  # type: ignore[attr-defined]
        threading.Thread(target=srv.serve_forever, daemon=True).start()
        made.append(srv)
    Handler.other_port = made[1].server_address[1]
    yield f"http://127.0.0.1:{made[0].server_address[1]}"
    for srv in made:
        srv.shutdown()
        srv.server_close()


def one(test: str) -> dict[str, object]:
    seen = SEEN.get(f"main:{test}", [])
    assert len(seen) == 1, (test, seen)
    return seen[0]


def test_go_sdk_surface(servers: str, tmp_path: Path) -> None:
    module = tmp_path / "go"
    shutil.copytree(ROOT / "generated" / "go", module)
    (module / "surface_test.go").write_text(GO_TEST)
    SEEN.clear()
    proc = subprocess.run(
        ["go", "test", "-count=1", "-v", "-run", "^TestSurface", "-timeout", "120s", "."],
        cwd=module,
        env={**os.environ, "GOFLAGS": "-mod=mod", "SURFACE_URL": servers},
        capture_output=True,
        text=True,
        timeout=300,
    )
    out = proc.stdout + proc.stderr
    assert proc.returncode == 0, out[-8000:]
    assert "--- FAIL" not in out

    headers = one("TestSurfaceHeaders")["headers"]
    assert isinstance(headers, dict)
    assert headers["x-a"] == ["1", "2"] and "x-gone" not in headers and "x-stainless-lang" not in headers
    assert headers["authorization"] == [f"Bearer {KEY}"]

    assert one("TestSurfaceQuery")["query"] == {"a": ["1", "2"]}

    body = json.loads(str(one("TestSurfaceJSONSet")["body"]))
    assert body == {"prompt": "replaced", "extra": {"inner": 5}, "a.b": True, "list": [1, 2]}

    multipart = str(one("TestSurfaceJSONSetMultipart")["body"])
    assert 'name="user"\r\n\r\nu1\r\n' in multipart and 'name="image"' in multipart
    assert "main:never-sent" not in SEEN

    assert len(SEEN["main:TestSurfaceMaxRetryDelay"]) == 2
    assert one("TestSurfaceMiddleware")["headers"]["x-mw"] == ["first"]  # type: ignore[index]
    assert len(SEEN["main:TestSurfaceCustomDoer"]) == 1
    assert not [k for k in SEEN if k.startswith("other:")], "a redirect to another origin was followed"

    raw = SEEN["main:TestSurfaceExecute"]
    assert [(r["path"], r["query"]) for r in raw] == [("/ok/v1/images/raw", {}), ("/ok/v1/things", {"after": ["x y"], "limit": ["2"]}), ("/error/v1/things/1", {})]
    assert json.loads(str(raw[0]["body"])) == {"prompt": "raw", "n": 2} and raw[1]["body"] == ""
    assert raw[0]["headers"]["authorization"] == [f"Bearer {KEY}"]  # type: ignore[index]

    sent = json.loads(str(one("TestSurfaceParamHelpers")["body"]))
    assert sent == {"prompt": "overridden", "user": None, "n": 1, "x_extra": {"deep": 1}}
    assert 'name="x_form"\r\n\r\nv\r\n' in str(one("TestSurfaceParamHelpers/multipart")["body"])
