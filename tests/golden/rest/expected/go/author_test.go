// File generated from spec.yaml by sdkgen. DO NOT EDIT.
// Change the spec or the templates and run `make generate` instead.

package library_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"
	"time"

	library "example.com/library"
	"example.com/library/internal/testutil"
	"example.com/library/option"
	"example.com/library/packages/date"
	"example.com/library/packages/param"
)

func TestAuthorListWithRequiredParams(t *testing.T) {
	scope := testutil.Scope(t)
	client := newClient(scope)
	res, err := client.Authors.List(context.Background(), library.AuthorListParams{})
	_ = res
	if err != nil {
		t.Fatalf("List: %v", err)
	}
	if res == nil {
		t.Fatal("List: no response")
	}
	testutil.SameJSON(t, res.RawJSON(), "{\"items\": [{\"name\": \"Frank Herbert\"}, {\"name\": \"Jane Austen\"}], \"page\": 1, \"total_pages\": 2}")
	received := testutil.Requests(t, scope)
	if len(received) != 1 || received[0]["method"] != "GET" || received[0]["path"] != "/authors" {
		t.Fatalf("the server received %v", received)
	}
	last := received[len(received)-1]
	if last["raw_path"] != "/v2/authors" {
		t.Fatalf("raw path: the server received %v, want %s", last["raw_path"], "/v2/authors")
	}
	testutil.SameJSON(t, testutil.JSON(last["query"]), "{}")
	testutil.SameJSON(t, testutil.JSON(last["params"]), "{}")
}

func TestAuthorListWithAllParams(t *testing.T) {
	scope := testutil.Scope(t)
	client := newClient(scope)
	res, err := client.Authors.List(context.Background(), library.AuthorListParams{Page: library.Int(1)})
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
	testutil.SameSet(t, got, []string{"page"})
	last := received[len(received)-1]
	if last["raw_path"] != "/v2/authors" {
		t.Fatalf("raw path: the server received %v, want %s", last["raw_path"], "/v2/authors")
	}
	testutil.SameJSON(t, testutil.JSON(last["query"]), "{\"page\": [\"1\"]}")
	testutil.SameJSON(t, testutil.JSON(last["params"]), "{\"page\": 1}")
}

func TestAuthorListPages(t *testing.T) {
	scope := testutil.Scope(t)
	client := newClient(scope)
	pager := client.Authors.ListAutoPaging(context.Background(), library.AuthorListParams{})
	var got []string
	for pager.Next() {
		if pager.Index() != len(got) {
			t.Fatalf("Index() is %d at item %d", pager.Index(), len(got))
		}
		got = append(got, pager.Current().Name)
	}
	if err := pager.Err(); err != nil {
		t.Fatal(err)
	}
	if want := []string{"Frank Herbert", "Jane Austen", "Toni Morrison"}; fmt.Sprint(got) != fmt.Sprint(want) {
		t.Fatalf("items %v, want %v", got, want)
	}
	wantRequests := []string{"{}", "{\"page\": 2}"}
	received := testutil.Requests(t, scope)
	if len(received) != len(wantRequests) {
		t.Fatalf("%d page requests, want %d", len(received), len(wantRequests))
	}
	for i, r := range received {
		params, _ := r["params"].(map[string]any)
		sent := map[string]any{}
		for _, k := range []string{"page"} {
			if v, ok := params[k]; ok {
				sent[k] = v
			}
		}
		testutil.SameJSON(t, testutil.JSON(sent), wantRequests[i])
	}
	page, err := client.Authors.List(context.Background(), library.AuthorListParams{})
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
