// File generated from spec.yaml by sdkgen. DO NOT EDIT.
// Change the spec or the templates and run `make generate` instead.

package oddnames_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	oddnames "example.com/oddnames"
	"example.com/oddnames/internal/testutil"
	"example.com/oddnames/option"
)

func TestModelGetWithRequiredParams(t *testing.T) {
	scope := testutil.Scope(t)
	client := newClient(scope)
	res, err := client.Models.Get(context.Background(), oddnames.ModelGetParams{})
	if err != nil {
		t.Fatalf("Get: %v", err)
	}
	if res == nil || res.RawJSON() == "" {
		t.Fatalf("Get: empty response")
	}
	received := testutil.Requests(t, scope)
	if len(received) != 1 || received[0]["method"] != "POST" || received[0]["path"] != "/models" {
		t.Fatalf("the server received %v", received)
	}
}

func TestModelGetWithAllParams(t *testing.T) {
	scope := testutil.Scope(t)
	client := newClient(scope)
	res, err := client.Models.Get(context.Background(), oddnames.ModelGetParams{Q: oddnames.String("string")})
	if err != nil {
		t.Fatalf("Get: %v", err)
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
	testutil.SameSet(t, got, []string{"q"})
}

var (
	_ = bytes.NewReader
	_ = fmt.Sprint
	_ = errors.New
	_ = strings.Repeat
	_ option.RequestOption
)
