// File generated from spec.yaml by sdkgen. DO NOT EDIT.
// Change the spec or the templates and run `make generate` instead.

package nested_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"
	"time"

	nested "example.com/nested"
	"example.com/nested/internal/testutil"
	"example.com/nested/option"
	"example.com/nested/packages/date"
	"example.com/nested/packages/param"
)

func TestTreeGrowWithRequiredParams(t *testing.T) {
	scope := testutil.Scope(t)
	client := newClient(scope)
	res, err := client.Trees.Grow(context.Background(), nested.TreeGrowParams{Label: "string"})
	_ = res
	if err != nil {
		t.Fatalf("Grow: %v", err)
	}
	if res == nil {
		t.Fatal("Grow: no response")
	}
	testutil.SameJSON(t, res.RawJSON(), "{\"children\": [], \"label\": \"label\", \"owner\": {\"name\": \"name\"}}")
	received := testutil.Requests(t, scope)
	if len(received) != 1 || received[0]["method"] != "POST" || received[0]["path"] != "/trees" {
		t.Fatalf("the server received %v", received)
	}
	last := received[len(received)-1]
	if last["raw_path"] != "/trees" {
		t.Fatalf("raw path: the server received %v, want %s", last["raw_path"], "/trees")
	}
	testutil.SameJSON(t, testutil.JSON(last["query"]), "{}")
	testutil.SameJSON(t, testutil.JSON(last["params"]), "{\"label\": \"string\"}")
}

func TestTreeGrowWithAllParams(t *testing.T) {
	scope := testutil.Scope(t)
	client := newClient(scope)
	res, err := client.Trees.Grow(context.Background(), nested.TreeGrowParams{Label: "string", Depth: nested.Int(0)})
	_ = res
	if err != nil {
		t.Fatalf("Grow: %v", err)
	}
	if res == nil {
		t.Fatal("Grow: no response")
	}
	received := testutil.Requests(t, scope)
	params, _ := received[len(received)-1]["params"].(map[string]any)
	got := make([]string, 0, len(params))
	for k := range params {
		got = append(got, k)
	}
	testutil.SameSet(t, got, []string{"depth", "label"})
	last := received[len(received)-1]
	if last["raw_path"] != "/trees" {
		t.Fatalf("raw path: the server received %v, want %s", last["raw_path"], "/trees")
	}
	testutil.SameJSON(t, testutil.JSON(last["query"]), "{}")
	testutil.SameJSON(t, testutil.JSON(last["params"]), "{\"depth\": 0, \"label\": \"string\"}")
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
