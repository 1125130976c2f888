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

func TestBookReviewVoteNewWithRequiredParams(t *testing.T) {
	scope := testutil.Scope(t)
	client := newClient(scope)
	res, err := client.Books.Reviews.Votes.New(context.Background(), "string", "string", library.BookReviewVoteNewParams{Helpful: true})
	_ = res
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	if res == nil {
		t.Fatal("New: no response")
	}
	testutil.SameJSON(t, res.RawJSON(), "{\"helpful\": true, \"review_id\": \"0b7c9d4e-8f3a-4b21-9c55-2d1e6f7a8b90\"}")
	received := testutil.Requests(t, scope)
	if len(received) != 1 || received[0]["method"] != "POST" || received[0]["path"] != "/books/{book_id}/reviews/{review_id}/votes" {
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
	if last["raw_path"] != "/v2/books/string/reviews/string/votes" {
		t.Fatalf("raw path: the server received %v, want %s", last["raw_path"], "/v2/books/string/reviews/string/votes")
	}
	testutil.SameJSON(t, testutil.JSON(last["query"]), "{}")
	testutil.SameJSON(t, testutil.JSON(last["params"]), "{\"book_id\": \"string\", \"helpful\": true, \"review_id\": \"string\"}")
}

func TestBookReviewVoteNewWithAllParams(t *testing.T) {
	scope := testutil.Scope(t)
	client := newClient(scope)
	res, err := client.Books.Reviews.Votes.New(context.Background(), "string", "string", library.BookReviewVoteNewParams{Helpful: true})
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
	testutil.SameSet(t, got, []string{"book_id", "helpful", "review_id"})
	last := received[len(received)-1]
	if last["raw_path"] != "/v2/books/string/reviews/string/votes" {
		t.Fatalf("raw path: the server received %v, want %s", last["raw_path"], "/v2/books/string/reviews/string/votes")
	}
	testutil.SameJSON(t, testutil.JSON(last["query"]), "{}")
	testutil.SameJSON(t, testutil.JSON(last["params"]), "{\"book_id\": \"string\", \"helpful\": true, \"review_id\": \"string\"}")
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
