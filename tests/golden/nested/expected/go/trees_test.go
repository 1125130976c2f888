// File generated from spec.yaml by sdkgen. DO NOT EDIT.
// Change the spec or the templates and run `make generate` instead.

package nested_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	nested "example.com/nested"
	"example.com/nested/internal/testutil"
	"example.com/nested/option"
)

func TestTreeGrowWithRequiredParams(t *testing.T) {
	scope := testutil.Scope(t)
	client := newClient(scope)
	res, err := client.Trees.Grow(context.Background(), nested.TreeGrowParams{Label: "string"})
	if err != nil {
		t.Fatalf("Grow: %v", err)
	}
	if res == nil || res.RawJSON() == "" {
		t.Fatalf("Grow: empty response")
	}
	received := testutil.Requests(t, scope)
	if len(received) != 1 || received[0]["method"] != "POST" || received[0]["path"] != "/trees" {
		t.Fatalf("the server received %v", received)
	}
}

func TestTreeGrowWithAllParams(t *testing.T) {
	scope := testutil.Scope(t)
	client := newClient(scope)
	res, err := client.Trees.Grow(context.Background(), nested.TreeGrowParams{Label: "string", Depth: nested.Int(0)})
	if err != nil {
		t.Fatalf("Grow: %v", err)
	}
	if res == nil {
		t.Fatal("no response")
	}
	received := testutil.Requests(t, scope)
	params, _ := received[len(received)-1]["params"].(map[string]any)
	got := make([]string, 0, len(params))
	for k := range params {
		got = append(got, k)
	}
	testutil.SameSet(t, got, []string{"depth", "label"})
}

var (
	_ = bytes.NewReader
	_ = fmt.Sprint
	_ = errors.New
	_ = strings.Repeat
	_ option.RequestOption
)
