// File generated from spec.yaml by sdkgen. DO NOT EDIT.
// Change the spec or the templates and run `make generate` instead.

package library_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	library "example.com/library"
	"example.com/library/internal/testutil"
	"example.com/library/option"
)

func TestBookCreateWithRequiredParams(t *testing.T) {
	scope := testutil.Scope(t)
	client := newClient(scope)
	res, err := client.Books.Create(context.Background(), library.BookCreateParams{Title: "string"})
	if err != nil {
		t.Fatalf("Create: %v", err)
	}
	if res == nil || res.RawJSON() == "" {
		t.Fatalf("Create: empty response")
	}
	received := testutil.Requests(t, scope)
	if len(received) != 1 || received[0]["method"] != "POST" || received[0]["path"] != "/books" {
		t.Fatalf("the server received %v", received)
	}
}

func TestBookCreateWithAllParams(t *testing.T) {
	scope := testutil.Scope(t)
	client := newClient(scope)
	res, err := client.Books.Create(context.Background(), library.BookCreateParams{Title: "string", Genre: library.Genre("fiction"), RequestSource: library.String("string"), Tags: []string{"string", "string"}})
	if err != nil {
		t.Fatalf("Create: %v", err)
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
	testutil.SameSet(t, got, []string{"genre", "request_source", "tags", "title"})
}

func TestBookDeleteWithRequiredParams(t *testing.T) {
	scope := testutil.Scope(t)
	client := newClient(scope)
	res, err := client.Books.Delete(context.Background(), "string")
	if err != nil {
		t.Fatalf("Delete: %v", err)
	}
	if res == nil || res.RawJSON() == "" {
		t.Fatalf("Delete: empty response")
	}
	received := testutil.Requests(t, scope)
	if len(received) != 1 || received[0]["method"] != "DELETE" || received[0]["path"] != "/books/{book_id}" {
		t.Fatalf("the server received %v", received)
	}
	params, _ := received[0]["params"].(map[string]any)
	if got, want := fmt.Sprint(params["book_id"]), fmt.Sprint("string"); got != want {
		t.Fatalf("path param book_id: the server received %q, want %q", got, want)
	}
}

func TestBookDeleteWithAllParams(t *testing.T) {
	scope := testutil.Scope(t)
	client := newClient(scope)
	res, err := client.Books.Delete(context.Background(), "string")
	if err != nil {
		t.Fatalf("Delete: %v", err)
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
	testutil.SameSet(t, got, []string{"book_id"})
}

func TestBookListWithRequiredParams(t *testing.T) {
	scope := testutil.Scope(t)
	client := newClient(scope)
	res, err := client.Books.List(context.Background(), library.BookListParams{})
	if err != nil {
		t.Fatalf("List: %v", err)
	}
	if res == nil || res.RawJSON() == "" {
		t.Fatalf("List: empty response")
	}
	received := testutil.Requests(t, scope)
	if len(received) != 1 || received[0]["method"] != "GET" || received[0]["path"] != "/books" {
		t.Fatalf("the server received %v", received)
	}
}

func TestBookListWithAllParams(t *testing.T) {
	scope := testutil.Scope(t)
	client := newClient(scope)
	res, err := client.Books.List(context.Background(), library.BookListParams{After: library.String("string"), Available: library.Bool(true), Genre: library.Genre("fiction"), Limit: library.Int(1), Tags: []string{"string", "string"}})
	if err != nil {
		t.Fatalf("List: %v", err)
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
	testutil.SameSet(t, got, []string{"after", "available", "genre", "limit", "tags"})
}

func TestBookRateWithRequiredParams(t *testing.T) {
	scope := testutil.Scope(t)
	client := newClient(scope)
	res, err := client.Books.Rate(context.Background(), "string", library.BookRateParams{Stars: 1})
	if err != nil {
		t.Fatalf("Rate: %v", err)
	}
	if res == nil || res.RawJSON() == "" {
		t.Fatalf("Rate: empty response")
	}
	received := testutil.Requests(t, scope)
	if len(received) != 1 || received[0]["method"] != "POST" || received[0]["path"] != "/books/{book_id}/ratings" {
		t.Fatalf("the server received %v", received)
	}
	params, _ := received[0]["params"].(map[string]any)
	if got, want := fmt.Sprint(params["book_id"]), fmt.Sprint("string"); got != want {
		t.Fatalf("path param book_id: the server received %q, want %q", got, want)
	}
}

func TestBookRateWithAllParams(t *testing.T) {
	scope := testutil.Scope(t)
	client := newClient(scope)
	res, err := client.Books.Rate(context.Background(), "string", library.BookRateParams{Stars: 1, Moods: []library.BookRateParamsMoodsItem{library.BookRateParamsMoodsItem("happy"), library.BookRateParamsMoodsItem("happy")}, Spoilers: library.Bool(true)})
	if err != nil {
		t.Fatalf("Rate: %v", err)
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
	testutil.SameSet(t, got, []string{"book_id", "moods", "spoilers", "stars"})
}

func TestBookReplaceWithRequiredParams(t *testing.T) {
	scope := testutil.Scope(t)
	client := newClient(scope)
	res, err := client.Books.Replace(context.Background(), "string", library.BookReplaceParams{Title: "string"})
	if err != nil {
		t.Fatalf("Replace: %v", err)
	}
	if res == nil || res.RawJSON() == "" {
		t.Fatalf("Replace: empty response")
	}
	received := testutil.Requests(t, scope)
	if len(received) != 1 || received[0]["method"] != "PUT" || received[0]["path"] != "/books/{book_id}" {
		t.Fatalf("the server received %v", received)
	}
	params, _ := received[0]["params"].(map[string]any)
	if got, want := fmt.Sprint(params["book_id"]), fmt.Sprint("string"); got != want {
		t.Fatalf("path param book_id: the server received %q, want %q", got, want)
	}
}

func TestBookReplaceWithAllParams(t *testing.T) {
	scope := testutil.Scope(t)
	client := newClient(scope)
	res, err := client.Books.Replace(context.Background(), "string", library.BookReplaceParams{Title: "string", Version: library.Int(1)})
	if err != nil {
		t.Fatalf("Replace: %v", err)
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
	testutil.SameSet(t, got, []string{"book_id", "title", "version"})
}

func TestBookRetrieveWithRequiredParams(t *testing.T) {
	scope := testutil.Scope(t)
	client := newClient(scope)
	res, err := client.Books.Retrieve(context.Background(), "b 1/2?x=#%", library.BookRetrieveParams{})
	if err != nil {
		t.Fatalf("Retrieve: %v", err)
	}
	if res == nil || res.RawJSON() == "" {
		t.Fatalf("Retrieve: empty response")
	}
	received := testutil.Requests(t, scope)
	if len(received) != 1 || received[0]["method"] != "GET" || received[0]["path"] != "/books/{book_id}" {
		t.Fatalf("the server received %v", received)
	}
	params, _ := received[0]["params"].(map[string]any)
	if got, want := fmt.Sprint(params["book_id"]), fmt.Sprint("b 1/2?x=#%"); got != want {
		t.Fatalf("path param book_id: the server received %q, want %q", got, want)
	}
}

func TestBookRetrieveWithAllParams(t *testing.T) {
	scope := testutil.Scope(t)
	client := newClient(scope)
	res, err := client.Books.Retrieve(context.Background(), "b 1/2?x=#%", library.BookRetrieveParams{Fields: []library.BookRetrieveParamsFieldsItem{library.BookRetrieveParamsFieldsItem("title"), library.BookRetrieveParamsFieldsItem("title")}})
	if err != nil {
		t.Fatalf("Retrieve: %v", err)
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
	testutil.SameSet(t, got, []string{"book_id", "fields"})
}

func TestBookUpdateWithRequiredParams(t *testing.T) {
	scope := testutil.Scope(t)
	client := newClient(scope)
	res, err := client.Books.Update(context.Background(), "string", library.BookUpdateParams{})
	if err != nil {
		t.Fatalf("Update: %v", err)
	}
	if res == nil || res.RawJSON() == "" {
		t.Fatalf("Update: empty response")
	}
	received := testutil.Requests(t, scope)
	if len(received) != 1 || received[0]["method"] != "PATCH" || received[0]["path"] != "/books/{book_id}" {
		t.Fatalf("the server received %v", received)
	}
	params, _ := received[0]["params"].(map[string]any)
	if got, want := fmt.Sprint(params["book_id"]), fmt.Sprint("string"); got != want {
		t.Fatalf("path param book_id: the server received %q, want %q", got, want)
	}
}

func TestBookUpdateWithAllParams(t *testing.T) {
	scope := testutil.Scope(t)
	client := newClient(scope)
	res, err := client.Books.Update(context.Background(), "string", library.BookUpdateParams{Genre: library.Genre("fiction"), Title: library.String("string")})
	if err != nil {
		t.Fatalf("Update: %v", err)
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
	testutil.SameSet(t, got, []string{"book_id", "genre", "title"})
}

func TestBookUploadCoverWithRequiredParams(t *testing.T) {
	scope := testutil.Scope(t)
	client := newClient(scope)
	res, err := client.Books.UploadCover(context.Background(), "string", library.BookUploadCoverParams{Cover: bytes.NewReader(png)})
	if err != nil {
		t.Fatalf("UploadCover: %v", err)
	}
	if res == nil || res.RawJSON() == "" {
		t.Fatalf("UploadCover: empty response")
	}
	received := testutil.Requests(t, scope)
	if len(received) != 1 || received[0]["method"] != "PUT" || received[0]["path"] != "/books/{book_id}/cover" {
		t.Fatalf("the server received %v", received)
	}
	params, _ := received[0]["params"].(map[string]any)
	if got, want := fmt.Sprint(params["book_id"]), fmt.Sprint("string"); got != want {
		t.Fatalf("path param book_id: the server received %q, want %q", got, want)
	}
	// one file goes as a single part named "cover" (not "cover[]"), typed from its bytes
	if part, ok := received[0]["params"].(map[string]any)["cover"].(map[string]any); !ok || part["content_type"] != "image/png" {
		t.Fatalf("cover: %v", received[0]["params"])
	}
}

func TestBookUploadCoverWithAllParams(t *testing.T) {
	scope := testutil.Scope(t)
	client := newClient(scope)
	res, err := client.Books.UploadCover(context.Background(), "string", library.BookUploadCoverParams{Cover: bytes.NewReader(png)})
	if err != nil {
		t.Fatalf("UploadCover: %v", err)
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
	testutil.SameSet(t, got, []string{"book_id", "cover"})
}

var (
	_ = bytes.NewReader
	_ = fmt.Sprint
	_ = errors.New
	_ = strings.Repeat
	_ option.RequestOption
)
