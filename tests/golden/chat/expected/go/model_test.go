// File generated from spec.yaml by sdkgen. DO NOT EDIT.
// Change the spec or the templates and run `make generate` instead.

package chatter_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"
	"time"

	chatter "example.com/chatter"
	"example.com/chatter/internal/testutil"
	"example.com/chatter/option"
	"example.com/chatter/packages/date"
	"example.com/chatter/packages/param"
)

func TestModelListWithRequiredParams(t *testing.T) {
	scope := testutil.Scope(t)
	client := newClient(scope)
	res, err := client.Models.List(context.Background(), chatter.ModelListParams{})
	_ = res
	if err != nil {
		t.Fatalf("List: %v", err)
	}
	if res == nil {
		t.Fatal("List: no response")
	}
	testutil.SameJSON(t, res.RawJSON(), "{\"data\": [{\"created_at\": \"2025-01-02T03:04:05.123456Z\", \"display_name\": \"display_name\", \"id\": \"id\"}], \"first_id\": \"0\", \"has_more\": false, \"last_id\": \"0\"}")
	received := testutil.Requests(t, scope)
	if len(received) != 1 || received[0]["method"] != "GET" || received[0]["path"] != "/models" {
		t.Fatalf("the server received %v", received)
	}
	last := received[len(received)-1]
	if last["raw_path"] != "/v1/models" {
		t.Fatalf("raw path: the server received %v, want %s", last["raw_path"], "/v1/models")
	}
	testutil.SameJSON(t, testutil.JSON(last["query"]), "{}")
	testutil.SameJSON(t, testutil.JSON(last["params"]), "{}")
}

func TestModelListWithAllParams(t *testing.T) {
	scope := testutil.Scope(t)
	client := newClient(scope)
	res, err := client.Models.List(context.Background(), chatter.ModelListParams{AfterID: chatter.String("string"), BeforeID: chatter.String("string"), Limit: chatter.Int(1)})
	_ = res
	if err != nil {
		t.Fatalf("List: %v", err)
	}
	if res == nil {
		t.Fatal("List: no response")
	}
	received := testutil.Requests(t, scope)
	params, _ := received[len(received)-1]["params"].(map[string]any)
	got := make([]string, 0, len(params))
	for k := range params {
		got = append(got, k)
	}
	testutil.SameSet(t, got, []string{"after_id", "before_id", "limit"})
	last := received[len(received)-1]
	if last["raw_path"] != "/v1/models" {
		t.Fatalf("raw path: the server received %v, want %s", last["raw_path"], "/v1/models")
	}
	testutil.SameJSON(t, testutil.JSON(last["query"]), "{\"after_id\": [\"string\"], \"before_id\": [\"string\"], \"limit\": [\"1\"]}")
	testutil.SameJSON(t, testutil.JSON(last["params"]), "{\"after_id\": \"string\", \"before_id\": \"string\", \"limit\": 1}")
}

func TestModelListPages(t *testing.T) {
	scope := testutil.Scope(t)
	client := newClient(scope)
	pager := client.Models.ListAutoPaging(context.Background(), chatter.ModelListParams{})
	var got []string
	for pager.Next() {
		if pager.Index() != len(got) {
			t.Fatalf("Index() is %d at item %d", pager.Index(), len(got))
		}
		got = append(got, pager.Current().ID)
	}
	if err := pager.Err(); err != nil {
		t.Fatal(err)
	}
	if want := []string{"id"}; fmt.Sprint(got) != fmt.Sprint(want) {
		t.Fatalf("items %v, want %v", got, want)
	}
	wantRequests := []string{"{}"}
	received := testutil.Requests(t, scope)
	if len(received) != len(wantRequests) {
		t.Fatalf("%d page requests, want %d", len(received), len(wantRequests))
	}
	for i, r := range received {
		params, _ := r["params"].(map[string]any)
		sent := map[string]any{}
		for _, k := range []string{} {
			if v, ok := params[k]; ok {
				sent[k] = v
			}
		}
		testutil.SameJSON(t, testutil.JSON(sent), wantRequests[i])
	}
	page, err := client.Models.List(context.Background(), chatter.ModelListParams{})
	for n := 1; ; n++ {
		if err != nil || page == nil {
			t.Fatalf("page %d: %v", n, err)
		}
		if !page.HasNextPage() {
			if n != len(wantRequests) {
				t.Fatalf("%d pages, want %d", n, len(wantRequests))
			}
			break
		}
		page, err = page.GetNextPage()
	}
	if next, err := page.GetNextPage(); next != nil || err != nil {
		t.Fatalf("after the last page: %v, %v", next, err)
	}
}

func TestModelRetrieveWithRequiredParams(t *testing.T) {
	scope := testutil.Scope(t)
	client := newClient(scope)
	res, err := client.Models.Retrieve(context.Background(), "string")
	_ = res
	if err != nil {
		t.Fatalf("Retrieve: %v", err)
	}
	if res == nil {
		t.Fatal("Retrieve: no response")
	}
	testutil.SameJSON(t, res.RawJSON(), "{\"created_at\": \"2025-01-02T03:04:05.123456Z\", \"display_name\": \"display_name\", \"id\": \"id\"}")
	testutil.SameJSON(t, testutil.JSON(res.CreatedAt), "\"2025-01-02T03:04:05.123456Z\"")
	received := testutil.Requests(t, scope)
	if len(received) != 1 || received[0]["method"] != "GET" || received[0]["path"] != "/models/{model_id}" {
		t.Fatalf("the server received %v", received)
	}
	params, _ := received[0]["params"].(map[string]any)
	if got, want := fmt.Sprint(params["model_id"]), fmt.Sprint("string"); got != want {
		t.Fatalf("path param model_id: the server received %q, want %q", got, want)
	}
	last := received[len(received)-1]
	if last["raw_path"] != "/v1/models/string" {
		t.Fatalf("raw path: the server received %v, want %s", last["raw_path"], "/v1/models/string")
	}
	testutil.SameJSON(t, testutil.JSON(last["query"]), "{}")
	testutil.SameJSON(t, testutil.JSON(last["params"]), "{\"model_id\": \"string\"}")
}

func TestModelRetrieveWithAllParams(t *testing.T) {
	scope := testutil.Scope(t)
	client := newClient(scope)
	res, err := client.Models.Retrieve(context.Background(), "string")
	_ = res
	if err != nil {
		t.Fatalf("Retrieve: %v", err)
	}
	if res == nil {
		t.Fatal("Retrieve: no response")
	}
	received := testutil.Requests(t, scope)
	params, _ := received[len(received)-1]["params"].(map[string]any)
	got := make([]string, 0, len(params))
	for k := range params {
		got = append(got, k)
	}
	testutil.SameSet(t, got, []string{"model_id"})
	last := received[len(received)-1]
	if last["raw_path"] != "/v1/models/string" {
		t.Fatalf("raw path: the server received %v, want %s", last["raw_path"], "/v1/models/string")
	}
	testutil.SameJSON(t, testutil.JSON(last["query"]), "{}")
	testutil.SameJSON(t, testutil.JSON(last["params"]), "{\"model_id\": \"string\"}")
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
