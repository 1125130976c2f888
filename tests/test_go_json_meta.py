"""The Go SDK's response metadata, as openai-go has it: every response struct has a JSON field of
respjson.Fields (Valid, Raw, ExtraFields) beside RawJSON(); event and discriminator fields are
typed constants of package shared/constant. A small server in this process (127.0.0.1) sends the
responses; a Go test file written into a temp copy of generated/go checks what the SDK made of them."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from tests.conftest import ROOT

USAGE = {"input_tokens": 3, "output_tokens": 4, "total_tokens": 7, "input_tokens_details": {"image_tokens": 1, "text_tokens": 2}}
BODIES = {
    # usage present, quality null, size absent, two properties the spec does not know
    "meta": {"created": 1700000000, "data": [{"b64_json": "aGk=", "brand_new": 5}], "usage": USAGE, "quality": None,
             "x_extra": {"a": [1, 2]}, "x_null": None},
}
EVENTS = [
    {"type": "image_generation.partial_image", "b64_json": "aGk=", "created_at": 1, "background": "auto", "output_format": "png",
     "quality": "auto", "size": "auto", "partial_image_index": 0},
    {"type": "image_generation.completed", "b64_json": "aGk=", "created_at": 2, "background": "auto", "output_format": "png",
     "quality": "auto", "size": "auto", "usage": USAGE},
    {"type": "image_generation.brand_new", "detail": 7},
]


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args: object) -> None:
        pass

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        scenario = self.path.strip("/").split("/")[0]
        if scenario == "stream":
            data, ctype = ("".join(f"data: {json.dumps(e)}\n\n" for e in EVENTS) + "data: [DONE]\n\n").encode(), "text/event-stream"
        else:
            data, ctype = json.dumps(BODIES[scenario]).encode(), "application/json"
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


GO_TEST = r"""package openai_test

import (
	"context"
	"encoding/json"
	"os"
	"strings"
	"testing"

	openai "github.com/openai-images/openai-images-go"
	"github.com/openai-images/openai-images-go/option"
	"github.com/openai-images/openai-images-go/packages/respjson"
	"github.com/openai-images/openai-images-go/shared/constant"
)

func client(scenario string, opts ...option.RequestOption) *openai.Client {
	base := []option.RequestOption{option.WithAPIKey("k"), option.WithBaseURL(os.Getenv("META_URL") + "/" + scenario + "/v1"), option.WithMaxRetries(0)}
	c := openai.NewClient(append(base, opts...)...)
	return &c
}

func TestMetaFieldsOfAResponse(t *testing.T) {
	for _, strict := range []bool{false, true} {
		var opts []option.RequestOption
		if strict {
			opts = append(opts, option.WithStrictResponseValidation())
		}
		res, err := client("meta", opts...).Images.Generate(context.Background(), openai.ImageGenerateParams{Prompt: "a cat"})
		if err != nil {
			t.Fatal(err)
		}
		if !res.JSON.Usage.Valid() || !strings.Contains(res.JSON.Usage.Raw(), `"total_tokens": 7`) || res.Usage.TotalTokens != 7 {
			t.Fatalf("usage: %v %q", res.JSON.Usage.Valid(), res.JSON.Usage.Raw())
		}
		if !res.Usage.JSON.InputTokensDetails.Valid() || res.Usage.JSON.InputTokensDetails.Raw() != `{"image_tokens": 1, "text_tokens": 2}` {
			t.Fatalf("nested: %q", res.Usage.JSON.InputTokensDetails.Raw())
		}
		if res.JSON.Quality.Valid() || res.JSON.Quality.Raw() != respjson.Null || res.JSON.Quality.Raw() != "null" {
			t.Fatalf("null: %v %q", res.JSON.Quality.Valid(), res.JSON.Quality.Raw())
		}
		if res.JSON.Size.Valid() || res.JSON.Size.Raw() != respjson.Omitted || res.JSON.Size.Raw() != "" {
			t.Fatalf("omitted: %v %q", res.JSON.Size.Valid(), res.JSON.Size.Raw())
		}
		if res.JSON.ExtraFields["x_extra"].Raw() != `{"a": [1, 2]}` || res.JSON.ExtraFields["x_extra"].Valid() {
			t.Fatalf("extra: %#v", res.JSON.ExtraFields)
		}
		if f, ok := res.JSON.ExtraFields["x_null"]; !ok || f.Raw() != "null" || len(res.JSON.ExtraFields) != 2 {
			t.Fatalf("extra null: %#v", res.JSON.ExtraFields)
		}
		if _, ok := res.JSON.ExtraFields["created"]; ok {
			t.Fatal("a known property among the extra fields")
		}
		if d := res.Data[0]; d.JSON.ExtraFields["brand_new"].Raw() != "5" || !d.JSON.B64JSON.Valid() || d.JSON.URL.Valid() || d.RawJSON() != `{"b64_json": "aGk=", "brand_new": 5}` {
			t.Fatalf("item: %#v %s", d.JSON, d.RawJSON())
		}
		if !strings.Contains(res.RawJSON(), `"x_extra": {"a": [1, 2]}`) {
			t.Fatalf("raw: %s", res.RawJSON())
		}
	}
}

func TestMetaInvalidTypeIsNotValid(t *testing.T) {
	var res openai.ImagesResponse
	err := json.Unmarshal([]byte(`{"created": "yesterday", "data": [], "usage": {"total_tokens": "x", "input_tokens": 2}}`), &res)
	if err == nil || !strings.Contains(err.Error(), "created") {
		t.Fatalf("want the error naming created, got %v", err)
	}
	if res.JSON.Created.Valid() || res.JSON.Created.Raw() != `"yesterday"` || res.Created != 0 {
		t.Fatalf("created: %v %q", res.JSON.Created.Valid(), res.JSON.Created.Raw())
	}
	if !res.JSON.Data.Valid() || res.JSON.Data.Raw() != "[]" {
		t.Fatalf("data: %q", res.JSON.Data.Raw())
	}
	if res.JSON.Usage.Valid() || res.JSON.Usage.Raw() == "" {
		t.Fatalf("usage with an invalid property: %v %q", res.JSON.Usage.Valid(), res.JSON.Usage.Raw())
	}
	var u openai.ImagesResponseUsage
	_ = json.Unmarshal([]byte(`{"total_tokens": "x", "input_tokens": 2}`), &u)
	if u.JSON.TotalTokens.Valid() || !u.JSON.InputTokens.Valid() || u.InputTokens != 2 || u.RawJSON() != `{"total_tokens": "x", "input_tokens": 2}` {
		t.Fatalf("usage: %#v", u)
	}
	if (respjson.Field{}).Valid() || (respjson.Field{}).Raw() != "" || !respjson.NewField("1").Valid() || respjson.NewField("null").Valid() ||
		respjson.NewInvalidField("x").Valid() || respjson.NewInvalidField("x").Raw() != "x" {
		t.Fatal("respjson.Field")
	}
}

func TestMetaFieldsOfEvents(t *testing.T) {
	stream := client("stream").Images.GenerateStreaming(context.Background(), openai.ImageGenerateParams{Prompt: "a cat"})
	defer stream.Close()
	var got []openai.ImageGenStreamEventUnion
	for stream.Next() {
		got = append(got, stream.Current())
	}
	if stream.Err() != nil || len(got) != 3 {
		t.Fatalf("%v %d", stream.Err(), len(got))
	}
	if !got[0].JSON.PartialImageIndex.Valid() || got[0].JSON.Usage.Valid() || !got[1].JSON.Usage.Valid() || got[1].JSON.PartialImageIndex.Valid() {
		t.Fatalf("union fields: %#v %#v", got[0].JSON, got[1].JSON)
	}
	done := got[1].AsImageGenerationCompleted()
	if !done.JSON.Usage.Valid() || done.Usage.TotalTokens != 7 || !done.JSON.Type.Valid() || done.RawJSON() != got[1].RawJSON() {
		t.Fatalf("variant: %#v", done.JSON)
	}
	var typed constant.ImageGenerationCompleted = done.Type // a typed constant, as openai-go's
	if typed != typed.Default() || typed.Default() != "image_generation.completed" || got[1].Type != string(typed.Default()) ||
		constant.ValueOf[constant.ImageGenerationPartialImage]() != "image_generation.partial_image" || got[0].AsImageGenerationPartialImage().Type != "image_generation.partial_image" {
		t.Fatalf("constant: %q %q", done.Type, got[1].Type)
	}
	if b, err := json.Marshal(struct{ A, B constant.ImageEditCompleted }{B: "x"}); err != nil || string(b) != `{"A":"image_edit.completed","B":"x"}` {
		t.Fatalf("marshal: %s %v", b, err)
	}
	if got[2].AsAny() != nil || got[2].Type != "image_generation.brand_new" || !got[2].JSON.Type.Valid() || !strings.Contains(got[2].RawJSON(), `"detail": 7`) {
		t.Fatalf("unknown event: %#v", got[2])
	}
}
"""


CHAT_TEST = r"""package chatter_test

import (
	"encoding/json"
	"testing"

	chatter "example.com/chatter"
	"example.com/chatter/shared/constant"
)

func TestConstParamsSendTheirDefault(t *testing.T) {
	b, err := json.Marshal(chatter.TextBlockParam{Text: "hi"})
	if err != nil || string(b) != `{"text":"hi","type":"text"}` {
		t.Fatalf("unset: %s %v", b, err)
	}
	b, _ = json.Marshal(chatter.TextBlockParam{Text: "hi", Type: constant.ValueOf[constant.Text]()})
	if string(b) != `{"text":"hi","type":"text"}` {
		t.Fatalf("set: %s", b)
	}
	var block chatter.TextBlock
	if err := json.Unmarshal([]byte(`{"type": "text", "text": "x"}`), &block); err != nil || block.Type != constant.Text("").Default() || !block.JSON.Type.Valid() {
		t.Fatalf("response: %#v %v", block, err)
	}
}
"""


def test_go_const_params_send_their_default(tmp_path: Path) -> None:
    module = tmp_path / "chat"
    shutil.copytree(ROOT / "tests" / "golden" / "chat" / "expected" / "go", module)
    (module / "const_test.go").write_text(CHAT_TEST)
    proc = subprocess.run(["go", "test", "-count=1", "-v", "-run", "^TestConst", "."], cwd=module, env={**os.environ, "GOFLAGS": "-mod=mod"},
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0 and "--- PASS: TestConstParamsSendTheirDefault" in proc.stdout, (proc.stdout + proc.stderr)[-6000:]


def test_go_constants_follow_the_collision_rule_and_unions_list_their_values() -> None:
    """Every const value of every spec has a type in shared/constant (two values with one name: the collision rule's _2), and
    a union's discriminator is documented with every variant's value."""
    odd = (ROOT / "tests" / "golden" / "odd_names" / "expected" / "go")
    consts = (odd / "shared" / "constant" / "constants.go").read_text()
    assert 'func (c FooBar) Default() FooBar { return "foo-bar" }' in consts and 'func (c FooBar_2) Default() FooBar_2 { return "foo_bar" }' in consts
    models = (odd / "models.go").read_text()
    assert "X constant.FooBar `json" in models and "X constant.FooBar_2 `json" in models and "X constant.Any `json" in models
    assert '// Any of "foo-bar", "foo_bar", "any".\n\tX string' in models
    hostile = (ROOT / "tests" / "golden" / "hostile" / "expected" / "go" / "models.go").read_text()
    assert '// Any of "evt \\"started\\" ${x}", "evt.done */".' in hostile
    for case in sorted(p.name for p in (ROOT / "tests" / "golden").iterdir() if (p / "expected" / "go").is_dir()):
        text = (ROOT / "tests" / "golden" / case / "expected" / "go" / "models.go").read_text()
        assert text.count("// Any of ") == text.count("Union struct {") > 0, case


class Server(ThreadingHTTPServer):
    daemon_threads = True


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    srv = Server(("127.0.0.1", 0), Handler)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{srv.server_address[1]}"
    srv.shutdown()
    srv.server_close()


def test_go_response_metadata(server: str, tmp_path: Path) -> None:
    module = tmp_path / "go"
    shutil.copytree(ROOT / "generated" / "go", module)
    (module / "meta_test.go").write_text(GO_TEST)
    proc = subprocess.run(["go", "test", "-count=1", "-v", "-run", "^TestMeta", "-timeout", "120s", "."], cwd=module,
                          env={**os.environ, "GOFLAGS": "-mod=mod", "META_URL": server}, capture_output=True, text=True, timeout=300)
    out = proc.stdout + proc.stderr
    assert proc.returncode == 0, out[-8000:]
    assert "--- FAIL" not in out and out.count("--- PASS") >= 3, out[-4000:]
