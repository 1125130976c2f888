"""The generated Go SDK against a hostile server: a small HTTP server in this process (on 127.0.0.1)
echoes the API key, redirects to another origin, sends bad Retry-After values, invalid UTF-8,
responses that break the spec, trickles or stalls, and gzip bombs. A Go test file written into a
temp copy of generated/go drives the SDK at it with `go test`."""

from __future__ import annotations

import gzip
import json
import os
import shutil
import subprocess
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from tests.conftest import ROOT

KEY = "sk-hostile-SECRET-0123456789"
STOP = threading.Event()
SEEN: dict[str, list[dict[str, str]]] = {}  # server name -> the headers of each request it got

IMAGE = {"created": 1700000000, "data": [{"b64_json": "aGk="}]}
BOMB = gzip.compress(b"[" + b" " * (64 << 20) + b"]", 9)  # 64 MiB of JSON, 64 KiB on the wire


def sse(*events: str) -> bytes:
    return "".join(f"data: {e}\n\n" for e in events).encode()


EVENT = json.dumps({"type": "image_generation.completed", "b64_json": "aGk=", "created_at": 1, "background": "auto", "output_format": "png", "quality": "auto", "size": "auto", "usage": {"input_tokens": 1, "output_tokens": 1, "total_tokens": 2, "input_tokens_details": {"image_tokens": 0, "text_tokens": 1}}})


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    other_port = 0

    def log_message(self, *args: object) -> None:
        pass

    def send(self, status: int, body: bytes, ctype: str = "application/json", **headers: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for k, v in headers.items():
            self.send_header(k.replace("_", "-"), v)
        self.end_headers()
        self.wfile.write(body)

    def trickle(self, chunks: Iterator[bytes], ctype: str) -> None:
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        self.send_header("Connection", "close")
        self.end_headers()
        self.wfile.flush()
        try:
            for chunk in chunks:
                if STOP.is_set():
                    return
                self.wfile.write(chunk)
                self.wfile.flush()
        except OSError:
            return
        self.close_connection = True

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        self.rfile.read(length)
        scenario = self.path.strip("/").split("/")[0]
        SEEN.setdefault(self.server.name, []).append({k.lower(): v for k, v in self.headers.items()})  # type: ignore[attr-defined]
        if self.server.name == "other":  # type: ignore[attr-defined]
            return self.send(200, json.dumps(IMAGE).encode())
        other = f"http://127.0.0.1:{self.other_port}"
        if scenario == "echo-error":
            body = {"error": {"message": f"invalid key {self.headers.get('Authorization')}", "type": KEY, "code": "k"}}
            return self.send(401, json.dumps(body).encode(), x_request_id=KEY)
        if scenario == "echo-redirect":
            return self.send(307, b"", Location=f"{other}/v1/images/generations?api_key={KEY}")
        if scenario == "echo-stream":
            return self.send(200, sse(json.dumps({"error": {"message": f"key {KEY} refused"}})), "text/event-stream")
        if scenario == "redirect-port":
            return self.send(307, b"moved", "text/plain", Location=f"{other}/v1/images/generations")
        if scenario == "redirect-same":
            return self.send(307, b"", Location="/ok/v1/images/generations")
        if scenario == "ok":
            return self.send(200, json.dumps(IMAGE).encode())
        attempt = self.headers.get("X-Stainless-Retry-Count", self.headers.get("X-Retry-Count"))  # the images spec's name, or the default
        if scenario == "retry-soon":
            if attempt == "0":
                return self.send(429, b"{}", Retry_After="soon")
            return self.send(200, json.dumps(IMAGE).encode())
        if scenario == "retry-huge":
            if attempt == "0":
                return self.send(503, b"{}", Retry_After="1e400", Retry_After_Ms="NaN")
            return self.send(200, json.dumps(IMAGE).encode())
        if scenario == "bad-utf8-stream":
            return self.send(200, b'data: {"type":"image_generation.completed","b64_json":"\xff\xfe"}\n\n', "text/event-stream")
        if scenario == "missing-required":
            return self.send(200, json.dumps({"data": []}).encode())
        if scenario == "wrong-type":
            return self.send(200, json.dumps({"created": "yesterday"}).encode())
        if scenario == "unknown-things":
            return self.send(200, json.dumps({**IMAGE, "size": "9999x9999", "brand_new": {"a": 1}}).encode())
        if scenario == "trickle-body":
            return self.trickle(slow_body(), "application/json")
        if scenario == "slow-healthy-stream":
            return self.trickle(paced(), "text/event-stream")
        if scenario == "stalled-stream":
            return self.trickle(stalled(), "text/event-stream")
        if scenario in ("gzip-bomb", "gzip-bomb-stream"):
            self.send_response(200)
            self.send_header("Content-Type", "text/event-stream" if scenario.endswith("stream") else "application/json")
            self.send_header("Content-Encoding", "gzip")
            self.send_header("Content-Length", str(len(BOMB)))
            self.end_headers()
            try:
                self.wfile.write(BOMB)
            except OSError:
                pass
            return None
        return self.send(404, b"{}")


def slow_body() -> Iterator[bytes]:
    """A JSON body one byte each 0.1 s, 30 s in all."""
    yield b'{"created": 1'
    for _ in range(300):
        time.sleep(0.1)
        yield b" "
    yield b"}"


def paced() -> Iterator[bytes]:
    """Six events 0.5 s apart (3 s in all), then [DONE]: healthy, but longer than the 1.5 s timeout."""
    for _ in range(6):
        yield sse(EVENT)
        time.sleep(0.5)
    yield sse("[DONE]")


def stalled() -> Iterator[bytes]:
    """One event, then nothing for 30 s."""
    yield sse(EVENT)
    for _ in range(300):
        time.sleep(0.1)
        if STOP.is_set():
            return
    yield sse("[DONE]")


GO_TEST = r"""package openai_test

import (
	"context"
	"errors"
	"net/http"
	"os"
	"strings"
	"testing"
	"time"

	openai "github.com/openai-images/openai-images-go"
	"github.com/openai-images/openai-images-go/internal/requestconfig"
	"github.com/openai-images/openai-images-go/option"
)

const key = "KEY"

func hostile(scenario string, opts ...option.RequestOption) *openai.Client {
	base := []option.RequestOption{option.WithAPIKey(key), option.WithBaseURL(os.Getenv("HOSTILE_URL") + "/" + scenario + "/v1"), option.WithMaxRetries(0)}
	c := openai.NewClient(append(base, opts...)...)
	return &c
}

func generate(scenario string, opts ...option.RequestOption) (*openai.ImagesResponse, error) {
	return hostile(scenario, opts...).Images.Generate(context.Background(), openai.ImageGenerateParams{Prompt: "a cat"})
}

func noKey(t *testing.T, err error) {
	t.Helper()
	if err == nil {
		t.Fatal("want an error")
	}
	if strings.Contains(err.Error(), key) || !strings.Contains(err.Error(), "[redacted]") {
		t.Fatalf("the key is not redacted: %v", err)
	}
}

func TestHostileKeyRedactedInAPIError(t *testing.T) {
	_, err := generate("echo-error")
	noKey(t, err)
	var apiErr *openai.Error
	if !errors.As(err, &apiErr) || apiErr.StatusCode != 401 || strings.Contains(apiErr.Message+apiErr.Type+apiErr.RequestID, key) {
		t.Fatalf("want a redacted *openai.Error 401, got %#v", err)
	}
}

func TestHostileKeyRedactedInRedirectURL(t *testing.T) {
	_, err := generate("echo-redirect")
	noKey(t, err)
}

func TestHostileKeyRedactedInStreamErrorEvent(t *testing.T) {
	stream := hostile("echo-stream").Images.GenerateStreaming(context.Background(), openai.ImageGenerateParams{Prompt: "a cat"})
	defer stream.Close()
	for stream.Next() {
	}
	noKey(t, stream.Err())
}

func TestHostileRedirectToAnotherPortIsNotFollowed(t *testing.T) {
	_, err := generate("redirect-port")
	var apiErr *openai.Error
	if !errors.As(err, &apiErr) || apiErr.StatusCode != 307 || !strings.Contains(err.Error(), "307") || !strings.Contains(err.Error(), "not followed") {
		t.Fatalf("want an *openai.Error naming 307, got %v", err)
	}
}

func TestHostileRedirectToTheSameOriginIsFollowed(t *testing.T) {
	res, err := generate("redirect-same")
	if err != nil || res.Created != 1700000000 {
		t.Fatalf("%v %v", res, err)
	}
}

func TestHostileUserCheckRedirectStillRuns(t *testing.T) {
	called := false
	client := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { called = true; return nil }}
	if _, err := generate("redirect-same", option.WithHTTPClient(client)); err != nil || !called {
		t.Fatalf("called %v, err %v", called, err)
	}
	if client.CheckRedirect == nil {
		t.Fatal("the caller's client was changed")
	}
}

func TestHostileRetryAfterSoonUsesBackoff(t *testing.T) {
	started := time.Now()
	if _, err := generate("retry-soon", option.WithMaxRetries(1)); err != nil {
		t.Fatal(err)
	}
	if time.Since(started) > 5*time.Second {
		t.Fatalf("took %v", time.Since(started))
	}
}

func TestHostileRetryAfterHugeAndNaNUseBackoff(t *testing.T) {
	started := time.Now()
	if _, err := generate("retry-huge", option.WithMaxRetries(1)); err != nil {
		t.Fatal(err)
	}
	if time.Since(started) > 5*time.Second {
		t.Fatalf("took %v", time.Since(started))
	}
}

func TestHostileRetryAfterValues(t *testing.T) {
	for value, want := range map[string]bool{"soon": false, "NaN": false, "Inf": false, "1e400": false, "-5": false, "0x10": false, "1_0": false, "2": true, "1.5": true, "Wed, 21 Oct 2015 07:28:00 GMT": true} {
		_, ok := requestconfig.RetryAfter(http.Header{"Retry-After": {value}})
		if ok != want {
			t.Errorf("retry-after %q: ok %v, want %v", value, ok, want)
		}
	}
	if wait, ok := requestconfig.RetryAfter(http.Header{"Retry-After": {"Wed, 21 Oct 2015 07:28:00 GMT"}}); !ok || wait != 0 {
		t.Errorf("a date in the past: %v", wait)
	}
	for _, value := range []string{"-5", "NaN", "1e400", "soon"} {
		if _, ok := requestconfig.RetryAfter(http.Header{"Retry-After-Ms": {value}}); ok {
			t.Errorf("retry-after-ms %q was taken", value)
		}
	}
	for _, value := range []string{"NaN", "1e400", "-1", "100000"} {
		if d := requestconfig.RetryDelay(0, http.Header{"Retry-After": {value}}); d < 0 || d > 8*time.Second {
			t.Errorf("retry-after %q: delay %v", value, d)
		}
	}
}

func TestHostileInvalidUTF8InAnEventIsAResponseError(t *testing.T) {
	stream := hostile("bad-utf8-stream").Images.GenerateStreaming(context.Background(), openai.ImageGenerateParams{Prompt: "a cat"})
	defer stream.Close()
	for stream.Next() {
		t.Fatalf("an event was decoded: %q", stream.Current().B64JSON)
	}
	var resErr *openai.ResponseError
	if !errors.As(stream.Err(), &resErr) {
		t.Fatalf("want *openai.ResponseError, got %T %v", stream.Err(), stream.Err())
	}
}

func TestHostileStrictResponseValidation(t *testing.T) {
	var resErr *openai.ResponseError
	if _, err := generate("missing-required"); err != nil {
		t.Fatalf("lenient by default: %v", err)
	}
	if _, err := generate("missing-required", option.WithStrictResponseValidation()); !errors.As(err, &resErr) || !strings.Contains(err.Error(), `"created"`) {
		t.Fatalf("want *openai.ResponseError naming created, got %v", err)
	}
	if _, err := generate("wrong-type"); !errors.As(err, &resErr) {
		t.Fatalf("want *openai.ResponseError, got %T %v", err, err)
	}
	res, err := generate("unknown-things", option.WithStrictResponseValidation())
	if err != nil || res.Size != "9999x9999" || !strings.Contains(res.RawJSON(), "brand_new") {
		t.Fatalf("unknown values are kept: %v %v", res, err)
	}
}

func TestHostileRequestTimeoutBoundsTheBody(t *testing.T) {
	started := time.Now()
	_, err := generate("trickle-body", option.WithRequestTimeout(time.Second))
	if !errors.Is(err, context.DeadlineExceeded) || time.Since(started) > 5*time.Second {
		t.Fatalf("want a timeout within 5 s, got %v after %v", err, time.Since(started))
	}
}

func TestHostileStreamTimeoutIsPerEvent(t *testing.T) {
	stream := hostile("slow-healthy-stream", option.WithRequestTimeout(1500*time.Millisecond)).Images.GenerateStreaming(context.Background(), openai.ImageGenerateParams{Prompt: "a cat"})
	defer stream.Close()
	n := 0
	for stream.Next() {
		n++
	}
	if stream.Err() != nil || n != 6 {
		t.Fatalf("%d events, err %v", n, stream.Err())
	}
}

func TestHostileStalledStreamTimesOut(t *testing.T) {
	started := time.Now()
	stream := hostile("stalled-stream", option.WithRequestTimeout(time.Second)).Images.GenerateStreaming(context.Background(), openai.ImageGenerateParams{Prompt: "a cat"})
	defer stream.Close()
	n := 0
	for stream.Next() {
		n++
	}
	if n != 1 || !errors.Is(stream.Err(), context.DeadlineExceeded) || time.Since(started) > 5*time.Second {
		t.Fatalf("%d events, err %v after %v", n, stream.Err(), time.Since(started))
	}
}

func TestHostileGzipBombIsCapped(t *testing.T) {
	var resErr *openai.ResponseError
	_, err := generate("gzip-bomb", option.WithMaxResponseBytes(1<<20))
	if !errors.As(err, &resErr) || !errors.Is(err, requestconfig.ErrTooLarge) {
		t.Fatalf("want *openai.ResponseError (ErrTooLarge), got %T %v", err, err)
	}
	stream := hostile("gzip-bomb-stream", option.WithMaxResponseBytes(1<<20)).Images.GenerateStreaming(context.Background(), openai.ImageGenerateParams{Prompt: "a cat"})
	defer stream.Close()
	for stream.Next() {
	}
	if !errors.As(stream.Err(), &resErr) {
		t.Fatalf("stream: want *openai.ResponseError, got %T %v", stream.Err(), stream.Err())
	}
}
""".replace('"KEY"', json.dumps(KEY))


class Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # a client that hangs up early is what several scenarios expect


@pytest.fixture(scope="module")
def servers() -> Iterator[tuple[str, str]]:
    STOP.clear()
    made = []
    for name in ("main", "other"):
        srv = Server(("127.0.0.1", 0), Handler)
        srv.name = name  # type: ignore[attr-defined]
        threading.Thread(target=srv.serve_forever, daemon=True).start()
        made.append(srv)
    Handler.other_port = made[1].server_address[1]
    yield f"http://127.0.0.1:{made[0].server_address[1]}", f"http://127.0.0.1:{made[1].server_address[1]}"
    STOP.set()
    for srv in made:
        srv.shutdown()
        srv.server_close()


def test_go_sdk_against_a_hostile_server(servers: tuple[str, str], tmp_path: Path) -> None:
    module = tmp_path / "go"
    shutil.copytree(ROOT / "generated" / "go", module)
    (module / "hostile_test.go").write_text(GO_TEST)
    SEEN.clear()
    proc = subprocess.run(
        ["go", "test", "-count=1", "-v", "-run", "^TestHostile", "-timeout", "120s", "."],
        cwd=module,
        env={**os.environ, "GOFLAGS": "-mod=mod", "HOSTILE_URL": servers[0]},
        capture_output=True,
        text=True,
        timeout=300,
    )
    out = proc.stdout + proc.stderr
    assert proc.returncode == 0, out[-8000:]
    assert "--- FAIL" not in out
    # no credential ever reached the other origin (the redirects to it were not followed)
    leaked = [h for h in SEEN.get("other", []) if KEY in json.dumps(h)]
    assert not leaked and not SEEN.get("other"), SEEN.get("other")
