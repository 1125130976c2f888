// File generated from spec.yaml by sdkgen. DO NOT EDIT.
// Change the spec or the templates and run `make generate` instead.

package oddnames_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"
	"time"

	oddnames "example.com/oddnames"
	"example.com/oddnames/internal/testutil"
	"example.com/oddnames/option"
	"example.com/oddnames/packages/date"
	"example.com/oddnames/packages/param"
)

func TestKlassDelWithRequiredParams(t *testing.T) {
	scope := testutil.Scope(t)
	client := newClient(scope)
	res, err := client.Class.Del(context.Background(), oddnames.KlassDelParams{File: bytes.NewReader(png)})
	_ = res
	if err != nil {
		t.Fatalf("Del: %v", err)
	}
	if res == nil {
		t.Fatal("Del: no response")
	}
	testutil.SameJSON(t, res.RawJSON(), "{\"1st_place\": false, \"Literal\": \"Literal\", \"None\": \"1024x1024\", \"class\": \"class\", \"fooBar\": \"fooBar\", \"foo_bar\": \"foo_bar\", \"from\": 0, \"json\": \"json\", \"model_config\": \"model_config\", \"self\": \"self\", \"type\": \"from\"}")
	received := testutil.Requests(t, scope)
	if len(received) != 1 || received[0]["method"] != "POST" || received[0]["path"] != "/del" {
		t.Fatalf("the server received %v", received)
	}
	last := received[len(received)-1]
	if last["raw_path"] != "/v1/del" {
		t.Fatalf("raw path: the server received %v, want %s", last["raw_path"], "/v1/del")
	}
	testutil.SameJSON(t, testutil.JSON(last["query"]), "{}")
	// one file goes as a single part named "file" (not "file[]"), typed from its bytes
	if part, ok := received[0]["params"].(map[string]any)["file"].(map[string]any); !ok || part["content_type"] != "image/png" {
		t.Fatalf("file: %v", received[0]["params"])
	}
}

func TestKlassDelWithAllParams(t *testing.T) {
	scope := testutil.Scope(t)
	client := newClient(scope)
	res, err := client.Class.Del(context.Background(), oddnames.KlassDelParams{File: bytes.NewReader(png), Lambda: oddnames.String("string")})
	_ = res
	if err != nil {
		t.Fatalf("Del: %v", err)
	}
	if res == nil {
		t.Fatal("Del: no response")
	}
	received := testutil.Requests(t, scope)
	params, _ := received[len(received)-1]["params"].(map[string]any)
	got := make([]string, 0, len(params))
	for k := range params {
		got = append(got, k)
	}
	testutil.SameSet(t, got, []string{"file", "lambda"})
	last := received[len(received)-1]
	if last["raw_path"] != "/v1/del" {
		t.Fatalf("raw path: the server received %v, want %s", last["raw_path"], "/v1/del")
	}
	testutil.SameJSON(t, testutil.JSON(last["query"]), "{}")
}

func TestKlassImportWithRequiredParams(t *testing.T) {
	scope := testutil.Scope(t)
	client := newClient(scope)
	res, err := client.Class.Import(context.Background(), oddnames.KlassImportParams_2{From: "string"})
	_ = res
	if err != nil {
		t.Fatalf("Import: %v", err)
	}
	if res == nil {
		t.Fatal("Import: no response")
	}
	testutil.SameJSON(t, res.RawJSON(), "{\"1st_place\": false, \"Literal\": \"Literal\", \"None\": \"1024x1024\", \"class\": \"class\", \"fooBar\": \"fooBar\", \"foo_bar\": \"foo_bar\", \"from\": 0, \"json\": \"json\", \"model_config\": \"model_config\", \"self\": \"self\", \"type\": \"from\"}")
	received := testutil.Requests(t, scope)
	if len(received) != 1 || received[0]["method"] != "POST" || received[0]["path"] != "/import" {
		t.Fatalf("the server received %v", received)
	}
	last := received[len(received)-1]
	if last["raw_path"] != "/v1/import" {
		t.Fatalf("raw path: the server received %v, want %s", last["raw_path"], "/v1/import")
	}
	testutil.SameJSON(t, testutil.JSON(last["query"]), "{}")
	testutil.SameJSON(t, testutil.JSON(last["params"]), "{\"from\": \"string\"}")
}

func TestKlassImportWithAllParams(t *testing.T) {
	scope := testutil.Scope(t)
	client := newClient(scope)
	res, err := client.Class.Import(context.Background(), oddnames.KlassImportParams_2{From: "string", N1st: oddnames.Int(1), Class: oddnames.None("1024x1024"), ExtraHeaders: oddnames.String("string"), Timeout: oddnames.Float(0), Type: oddnames.Type("from")})
	_ = res
	if err != nil {
		t.Fatalf("Import: %v", err)
	}
	if res == nil {
		t.Fatal("Import: no response")
	}
	received := testutil.Requests(t, scope)
	params, _ := received[len(received)-1]["params"].(map[string]any)
	got := make([]string, 0, len(params))
	for k := range params {
		got = append(got, k)
	}
	testutil.SameSet(t, got, []string{"1st", "class", "extra_headers", "from", "timeout", "type"})
	last := received[len(received)-1]
	if last["raw_path"] != "/v1/import" {
		t.Fatalf("raw path: the server received %v, want %s", last["raw_path"], "/v1/import")
	}
	testutil.SameJSON(t, testutil.JSON(last["query"]), "{}")
	testutil.SameJSON(t, testutil.JSON(last["params"]), "{\"1st\": 1, \"class\": \"1024x1024\", \"extra_headers\": \"string\", \"from\": \"string\", \"timeout\": 0, \"type\": \"from\"}")
}

func TestKlassImportAcceptsUnknownOpenEnumValues(t *testing.T) {
	scope := testutil.Scope(t)
	if err := testutil.Err(newClient(scope).Class.Import(context.Background(), oddnames.KlassImportParams_2{From: "string", Type: oddnames.Type("a-value-from-the-future")})); err != nil {
		t.Fatalf("an open enum must accept values the spec does not list: %v", err)
	}
}

func TestKlassImportRules(t *testing.T) {
	cases := []struct {
		rule, param string
		params      oddnames.KlassImportParams_2
	}{
		{"class-rule", "1st", oddnames.KlassImportParams_2{From: "string", N1st: oddnames.Int(2), Class: oddnames.None("1024x1024")}},
	}
	for _, c := range cases {
		t.Run(c.rule, func(t *testing.T) {
			scope := testutil.Scope(t)
			err := testutil.Err(newClient(scope).Class.Import(context.Background(), c.params))
			var verr *oddnames.ValidationError
			if !errors.As(err, &verr) || !strings.Contains(err.Error(), "param '"+c.param+"'") || !strings.Contains(err.Error(), "(rule "+c.rule) {
				t.Fatalf("want a validation error naming %s and rule %s, got %v", c.param, c.rule, err)
			}
			if n := len(testutil.Requests(t, scope)); n != 0 {
				t.Fatalf("%d requests sent", n)
			}
			err = testutil.Err(newClient(scope, option.WithValidation("off", nil)).Class.Import(context.Background(), c.params))
			var apiErr *oddnames.Error
			if !errors.As(err, &apiErr) || apiErr.StatusCode != 400 || apiErr.Param != c.param || !strings.Contains(apiErr.Message, "(rule "+c.rule+")") {
				t.Fatalf("want the server's 400 naming %s, got %v", c.param, err)
			}
		})
	}
}

func TestKlassImportStreaming(t *testing.T) {
	scope := testutil.Scope(t)
	client := newClient(scope)
	stream := client.Class.ImportStreaming(context.Background(), oddnames.KlassImportParams_2{From: "string", N1st: oddnames.Int(1), Class: oddnames.None("1024x1024"), ExtraHeaders: oddnames.String("string"), Timeout: oddnames.Float(0), Type: oddnames.Type("from")})
	defer stream.Close()
	want := []struct{ typ, json, disc string }{
		{"FooBar", "{\"x\": \"foo-bar\"}", "foo-bar"},
		{"FooBar_2", "{\"x\": \"foo_bar\"}", "foo_bar"},
		{"AnyOne", "{\"x\": \"any\"}", "any"},
	}
	i := 0
	for stream.Next() {
		ev := stream.Current()
		if i >= len(want) {
			t.Fatalf("more events than expected: %s", ev.RawJSON())
		}
		if got := fmt.Sprintf("%T", ev.AsAny()); got != "oddnames."+want[i].typ {
			t.Fatalf("event %d: AsAny() is %s, want %s", i, got, want[i].typ)
		}
		if ev.X != want[i].disc {
			t.Fatalf("event %d: discriminator %q, want %q", i, ev.X, want[i].disc)
		}
		testutil.SameJSON(t, ev.RawJSON(), want[i].json)
		i++
	}
	if err := stream.Err(); err != nil {
		t.Fatalf("stream: %v", err)
	}
	if i != len(want) {
		t.Fatalf("%d events, want %d", i, len(want))
	}
}

var (
	_ = bytes.NewReader
	_ = fmt.Sprint
	_ = errors.New
	_ = strings.Repeat
	_ io.Reader
	_ time.Time
	_ = date.Parse
	_ = param.NewOpt[int]
	_ option.RequestOption
)
