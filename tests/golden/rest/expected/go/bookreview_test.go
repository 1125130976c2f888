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

func TestBookReviewNewWithRequiredParams(t *testing.T) {
	scope := testutil.Scope(t)
	client := newClient(scope)
	res, err := client.Books.Reviews.New(context.Background(), "string", library.BookReviewNewParams{Blocks: []library.ReviewBlockUnionParam{library.ReviewBlockUnionParam{OfText: &library.TextBlockParam{Text: "string"}}}, Stars: 1})
	_ = res
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	if res == nil {
		t.Fatal("New: no response")
	}
	testutil.SameJSON(t, res.RawJSON(), "{\"blocks\": [{\"text\": \"A classic.\", \"type\": \"text\"}], \"created_at\": \"2025-01-02T03:04:05Z\", \"id\": \"0b7c9d4e-8f3a-4b21-9c55-2d1e6f7a8b90\", \"stars\": 5}")
	testutil.SameJSON(t, testutil.JSON(res.CreatedAt), "\"2025-01-02T03:04:05Z\"")
	received := testutil.Requests(t, scope)
	if len(received) != 1 || received[0]["method"] != "POST" || received[0]["path"] != "/books/{book_id}/reviews" {
		t.Fatalf("the server received %v", received)
	}
	params, _ := received[0]["params"].(map[string]any)
	if got, want := fmt.Sprint(params["book_id"]), fmt.Sprint("string"); got != want {
		t.Fatalf("path param book_id: the server received %q, want %q", got, want)
	}
	last := received[len(received)-1]
	if last["raw_path"] != "/v2/books/string/reviews" {
		t.Fatalf("raw path: the server received %v, want %s", last["raw_path"], "/v2/books/string/reviews")
	}
	testutil.SameJSON(t, testutil.JSON(last["query"]), "{}")
	testutil.SameJSON(t, testutil.JSON(last["params"]), "{\"blocks\": [{\"text\": \"string\", \"type\": \"text\"}], \"book_id\": \"string\", \"stars\": 1}")
}

func TestBookReviewNewWithAllParams(t *testing.T) {
	scope := testutil.Scope(t)
	client := newClient(scope)
	res, err := client.Books.Reviews.New(context.Background(), "string", library.BookReviewNewParams{Blocks: []library.ReviewBlockUnionParam{library.ReviewBlockUnionParam{OfText: &library.TextBlockParam{Text: "string"}}, library.ReviewBlockUnionParam{OfText: &library.TextBlockParam{Text: "string"}}}, Stars: 1})
	_ = res
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	if res == nil {
		t.Fatal("New: no response")
	}
	received := testutil.Requests(t, scope)
	params, _ := received[len(received)-1]["params"].(map[string]any)
	got := make([]string, 0, len(params))
	for k := range params {
		got = append(got, k)
	}
	testutil.SameSet(t, got, []string{"blocks", "book_id", "stars"})
	last := received[len(received)-1]
	if last["raw_path"] != "/v2/books/string/reviews" {
		t.Fatalf("raw path: the server received %v, want %s", last["raw_path"], "/v2/books/string/reviews")
	}
	testutil.SameJSON(t, testutil.JSON(last["query"]), "{}")
	testutil.SameJSON(t, testutil.JSON(last["params"]), "{\"blocks\": [{\"text\": \"string\", \"type\": \"text\"}, {\"text\": \"string\", \"type\": \"text\"}], \"book_id\": \"string\", \"stars\": 1}")
}

func TestBookReviewNewChecksNestedValues(t *testing.T) {
	scope := testutil.Scope(t)
	err := testutil.Err(newClient(scope).Books.Reviews.New(context.Background(), "string", library.BookReviewNewParams{Blocks: []library.ReviewBlockUnionParam{library.ReviewBlockUnionParam{OfText: &library.TextBlockParam{Text: "string"}}, library.ReviewBlockUnionParam{OfText: &library.TextBlockParam{Text: strings.Repeat("x", 501)}}}, Stars: 1}))
	var verr *library.ValidationError
	if !errors.As(err, &verr) || !strings.Contains(err.Error(), "param 'blocks[1].text'") {
		t.Fatalf("want a validation error naming blocks[1].text, got %v", err)
	}
	if n := len(testutil.Requests(t, scope)); n != 0 {
		t.Fatalf("%d requests sent", n)
	}
}

func TestBookReviewDeleteWithRequiredParams(t *testing.T) {
	scope := testutil.Scope(t)
	client := newClient(scope)
	err := client.Books.Reviews.Delete(context.Background(), "string", "string")
	if err != nil {
		t.Fatalf("Delete: %v", err)
	}
	received := testutil.Requests(t, scope)
	if len(received) != 1 || received[0]["method"] != "DELETE" || received[0]["path"] != "/books/{book_id}/reviews/{review_id}" {
		t.Fatalf("the server received %v", received)
	}
	params, _ := received[0]["params"].(map[string]any)
	if got, want := fmt.Sprint(params["book_id"]), fmt.Sprint("string"); got != want {
		t.Fatalf("path param book_id: the server received %q, want %q", got, want)
	}
	if got, want := fmt.Sprint(params["review_id"]), fmt.Sprint("string"); got != want {
		t.Fatalf("path param review_id: the server received %q, want %q", got, want)
	}
	last := received[len(received)-1]
	if last["raw_path"] != "/v2/books/string/reviews/string" {
		t.Fatalf("raw path: the server received %v, want %s", last["raw_path"], "/v2/books/string/reviews/string")
	}
	testutil.SameJSON(t, testutil.JSON(last["query"]), "{}")
	testutil.SameJSON(t, testutil.JSON(last["params"]), "{\"book_id\": \"string\", \"review_id\": \"string\"}")
}

func TestBookReviewDeleteWithAllParams(t *testing.T) {
	scope := testutil.Scope(t)
	client := newClient(scope)
	err := client.Books.Reviews.Delete(context.Background(), "string", "string")
	if err != nil {
		t.Fatalf("Delete: %v", err)
	}
	received := testutil.Requests(t, scope)
	params, _ := received[len(received)-1]["params"].(map[string]any)
	got := make([]string, 0, len(params))
	for k := range params {
		got = append(got, k)
	}
	testutil.SameSet(t, got, []string{"book_id", "review_id"})
	last := received[len(received)-1]
	if last["raw_path"] != "/v2/books/string/reviews/string" {
		t.Fatalf("raw path: the server received %v, want %s", last["raw_path"], "/v2/books/string/reviews/string")
	}
	testutil.SameJSON(t, testutil.JSON(last["query"]), "{}")
	testutil.SameJSON(t, testutil.JSON(last["params"]), "{\"book_id\": \"string\", \"review_id\": \"string\"}")
}

func TestBookReviewListWithRequiredParams(t *testing.T) {
	scope := testutil.Scope(t)
	client := newClient(scope)
	res, err := client.Books.Reviews.List(context.Background(), "string", library.BookReviewListParams{})
	_ = res
	if err != nil {
		t.Fatalf("List: %v", err)
	}
	if res == nil {
		t.Fatal("List: no response")
	}
	testutil.SameJSON(t, res.RawJSON(), "{\"data\": [{\"blocks\": [], \"id\": \"0b7c9d4e-8f3a-4b21-9c55-2d1e6f7a8b90\", \"stars\": 5}, {\"blocks\": [], \"id\": \"1c8d0e5f-9a4b-4c32-8d66-3e2f7a8b9c01\", \"stars\": 3}], \"total\": 3}")
	received := testutil.Requests(t, scope)
	if len(received) != 1 || received[0]["method"] != "GET" || received[0]["path"] != "/books/{book_id}/reviews" {
		t.Fatalf("the server received %v", received)
	}
	params, _ := received[0]["params"].(map[string]any)
	if got, want := fmt.Sprint(params["book_id"]), fmt.Sprint("string"); got != want {
		t.Fatalf("path param book_id: the server received %q, want %q", got, want)
	}
	last := received[len(received)-1]
	if last["raw_path"] != "/v2/books/string/reviews" {
		t.Fatalf("raw path: the server received %v, want %s", last["raw_path"], "/v2/books/string/reviews")
	}
	testutil.SameJSON(t, testutil.JSON(last["query"]), "{}")
	testutil.SameJSON(t, testutil.JSON(last["params"]), "{\"book_id\": \"string\"}")
}

func TestBookReviewListWithAllParams(t *testing.T) {
	scope := testutil.Scope(t)
	client := newClient(scope)
	res, err := client.Books.Reviews.List(context.Background(), "string", library.BookReviewListParams{Limit: library.Int(1), Offset: library.Int(0)})
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
	testutil.SameSet(t, got, []string{"book_id", "limit", "offset"})
	last := received[len(received)-1]
	if last["raw_path"] != "/v2/books/string/reviews" {
		t.Fatalf("raw path: the server received %v, want %s", last["raw_path"], "/v2/books/string/reviews")
	}
	testutil.SameJSON(t, testutil.JSON(last["query"]), "{\"limit\": [\"1\"], \"offset\": [\"0\"]}")
	testutil.SameJSON(t, testutil.JSON(last["params"]), "{\"book_id\": \"string\", \"limit\": 1, \"offset\": 0}")
}

func TestBookReviewListPages(t *testing.T) {
	scope := testutil.Scope(t)
	client := newClient(scope)
	pager := client.Books.Reviews.ListAutoPaging(context.Background(), "string", library.BookReviewListParams{})
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
	if want := []string{"0b7c9d4e-8f3a-4b21-9c55-2d1e6f7a8b90", "1c8d0e5f-9a4b-4c32-8d66-3e2f7a8b9c01", "2d9e1f60-ab5c-4d43-9e77-4f308b9cad12"}; fmt.Sprint(got) != fmt.Sprint(want) {
		t.Fatalf("items %v, want %v", got, want)
	}
	wantRequests := []string{"{}", "{\"offset\": 2}"}
	received := testutil.Requests(t, scope)
	if len(received) != len(wantRequests) {
		t.Fatalf("%d page requests, want %d", len(received), len(wantRequests))
	}
	for i, r := range received {
		params, _ := r["params"].(map[string]any)
		sent := map[string]any{}
		for _, k := range []string{"offset"} {
			if v, ok := params[k]; ok {
				sent[k] = v
			}
		}
		testutil.SameJSON(t, testutil.JSON(sent), wantRequests[i])
	}
	page, err := client.Books.Reviews.List(context.Background(), "string", library.BookReviewListParams{})
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
