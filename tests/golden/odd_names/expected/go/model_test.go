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

func TestModelGetWithRequiredParams(t *testing.T) {
	scope := testutil.Scope(t)
	client := newClient(scope)
	res, err := client.Models.Get(context.Background(), oddnames.ModelGetParams{})
	_ = res
	if err != nil {
		t.Fatalf("Get: %v", err)
	}
	if res == nil {
		t.Fatal("Get: no response")
	}
	testutil.SameJSON(t, res.RawJSON(), "{\"p\": \"p\"}")
	received := testutil.Requests(t, scope)
	if len(received) != 1 || received[0]["method"] != "POST" || received[0]["path"] != "/models" {
		t.Fatalf("the server received %v", received)
	}
	last := received[len(received)-1]
	if last["raw_path"] != "/v1/models" {
		t.Fatalf("raw path: the server received %v, want %s", last["raw_path"], "/v1/models")
	}
	testutil.SameJSON(t, testutil.JSON(last["query"]), "{}")
	testutil.SameJSON(t, testutil.JSON(last["params"]), "{}")
}

func TestModelGetWithAllParams(t *testing.T) {
	scope := testutil.Scope(t)
	client := newClient(scope)
	res, err := client.Models.Get(context.Background(), oddnames.ModelGetParams{Q: oddnames.String("string")})
	_ = res
	if err != nil {
		t.Fatalf("Get: %v", err)
	}
	if res == nil {
		t.Fatal("Get: no response")
	}
	received := testutil.Requests(t, scope)
	params, _ := received[len(received)-1]["params"].(map[string]any)
	got := make([]string, 0, len(params))
	for k := range params {
		got = append(got, k)
	}
	testutil.SameSet(t, got, []string{"q"})
	last := received[len(received)-1]
	if last["raw_path"] != "/v1/models" {
		t.Fatalf("raw path: the server received %v, want %s", last["raw_path"], "/v1/models")
	}
	testutil.SameJSON(t, testutil.JSON(last["query"]), "{}")
	testutil.SameJSON(t, testutil.JSON(last["params"]), "{\"q\": \"string\"}")
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
