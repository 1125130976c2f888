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

func TestBookNewWithRequiredParams(t *testing.T) {
	scope := testutil.Scope(t)
	client := newClient(scope)
	res, err := client.Books.New(context.Background(), library.BookNewParams{Title: "string"})
	_ = res
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	if res == nil {
		t.Fatal("New: no response")
	}
	testutil.SameJSON(t, res.RawJSON(), "{\"added_at\": \"2025-01-02T03:04:05.123456Z\", \"author\": {\"born\": \"1920-10-08\", \"name\": \"Frank Herbert\"}, \"genre\": \"fiction\", \"id\": \"b 1/2?x=#%\", \"isbn\": \"9780441013593\", \"metadata\": {\"shelf\": \"A3\"}, \"tags\": [\"classic\"], \"title\": \"Dune\"}")
	testutil.SameJSON(t, testutil.JSON(res.AddedAt), "\"2025-01-02T03:04:05.123456Z\"")
	testutil.SameJSON(t, testutil.JSON(res.Author.Born), "\"1920-10-08\"")
	testutil.SameJSON(t, testutil.JSON(res.Metadata), "{\"shelf\": \"A3\"}")
	received := testutil.Requests(t, scope)
	if len(received) != 1 || received[0]["method"] != "POST" || received[0]["path"] != "/books" {
		t.Fatalf("the server received %v", received)
	}
	last := received[len(received)-1]
	if last["raw_path"] != "/v2/books" {
		t.Fatalf("raw path: the server received %v, want %s", last["raw_path"], "/v2/books")
	}
	testutil.SameJSON(t, testutil.JSON(last["query"]), "{}")
	testutil.SameJSON(t, testutil.JSON(last["params"]), "{\"title\": \"string\"}")
}

func TestBookNewWithAllParams(t *testing.T) {
	scope := testutil.Scope(t)
	client := newClient(scope)
	res, err := client.Books.New(context.Background(), library.BookNewParams{Title: "string", Author: &library.AuthorParam{Name: "string"}, Genre: library.Genre("fiction"), Isbn: library.String("9780441013593"), Metadata: map[string]string{"key": "string"}, RequestSource: library.String("string"), Tags: []string{"string", "string"}})
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
	testutil.SameSet(t, got, []string{"author", "genre", "isbn", "metadata", "request_source", "tags", "title"})
	last := received[len(received)-1]
	if last["raw_path"] != "/v2/books" {
		t.Fatalf("raw path: the server received %v, want %s", last["raw_path"], "/v2/books")
	}
	testutil.SameJSON(t, testutil.JSON(last["query"]), "{}")
	if got := last["headers"].(map[string]any)["x-request-source"]; got != "string" {
		t.Fatalf("header %s: the server received %v, want %s", "x-request-source", got, "string")
	}
	testutil.SameJSON(t, testutil.JSON(last["params"]), "{\"author\": {\"name\": \"string\"}, \"genre\": \"fiction\", \"isbn\": \"9780441013593\", \"metadata\": {\"key\": \"string\"}, \"request_source\": \"string\", \"tags\": [\"string\", \"string\"], \"title\": \"string\"}")
}

func TestBookDeleteWithRequiredParams(t *testing.T) {
	scope := testutil.Scope(t)
	client := newClient(scope)
	res, err := client.Books.Delete(context.Background(), "string")
	_ = res
	if err != nil {
		t.Fatalf("Delete: %v", err)
	}
	if res == nil {
		t.Fatal("Delete: no response")
	}
	testutil.SameJSON(t, res.RawJSON(), "{\"deleted\": true, \"id\": \"b1\"}")
	received := testutil.Requests(t, scope)
	if len(received) != 1 || received[0]["method"] != "DELETE" || received[0]["path"] != "/books/{book_id}" {
		t.Fatalf("the server received %v", received)
	}
	params, _ := received[0]["params"].(map[string]any)
	if got, want := fmt.Sprint(params["book_id"]), fmt.Sprint("string"); got != want {
		t.Fatalf("path param book_id: the server received %q, want %q", got, want)
	}
	last := received[len(received)-1]
	if last["raw_path"] != "/v2/books/string" {
		t.Fatalf("raw path: the server received %v, want %s", last["raw_path"], "/v2/books/string")
	}
	testutil.SameJSON(t, testutil.JSON(last["query"]), "{}")
	testutil.SameJSON(t, testutil.JSON(last["params"]), "{\"book_id\": \"string\"}")
}

func TestBookDeleteWithAllParams(t *testing.T) {
	scope := testutil.Scope(t)
	client := newClient(scope)
	res, err := client.Books.Delete(context.Background(), "string")
	_ = res
	if err != nil {
		t.Fatalf("Delete: %v", err)
	}
	if res == nil {
		t.Fatal("Delete: no response")
	}
	received := testutil.Requests(t, scope)
	params, _ := received[len(received)-1]["params"].(map[string]any)
	got := make([]string, 0, len(params))
	for k := range params {
		got = append(got, k)
	}
	testutil.SameSet(t, got, []string{"book_id"})
	last := received[len(received)-1]
	if last["raw_path"] != "/v2/books/string" {
		t.Fatalf("raw path: the server received %v, want %s", last["raw_path"], "/v2/books/string")
	}
	testutil.SameJSON(t, testutil.JSON(last["query"]), "{}")
	testutil.SameJSON(t, testutil.JSON(last["params"]), "{\"book_id\": \"string\"}")
}

func TestBookDownloadCoverWithRequiredParams(t *testing.T) {
	scope := testutil.Scope(t)
	client := newClient(scope)
	res, err := client.Books.DownloadCover(context.Background(), "string")
	_ = res
	if err != nil {
		t.Fatalf("DownloadCover: %v", err)
	}
	body, err := io.ReadAll(res.Body)
	_ = res.Body.Close()
	if err != nil || !bytes.Equal(body, png) || res.Header.Get("Content-Type") != "application/octet-stream" {
		t.Fatalf("DownloadCover: %v, %d bytes of %s", err, len(body), res.Header.Get("Content-Type"))
	}
	received := testutil.Requests(t, scope)
	if len(received) != 1 || received[0]["method"] != "GET" || received[0]["path"] != "/books/{book_id}/cover" {
		t.Fatalf("the server received %v", received)
	}
	params, _ := received[0]["params"].(map[string]any)
	if got, want := fmt.Sprint(params["book_id"]), fmt.Sprint("string"); got != want {
		t.Fatalf("path param book_id: the server received %q, want %q", got, want)
	}
	last := received[len(received)-1]
	if last["raw_path"] != "/v2/books/string/cover" {
		t.Fatalf("raw path: the server received %v, want %s", last["raw_path"], "/v2/books/string/cover")
	}
	testutil.SameJSON(t, testutil.JSON(last["query"]), "{}")
	testutil.SameJSON(t, testutil.JSON(last["params"]), "{\"book_id\": \"string\"}")
}

func TestBookDownloadCoverWithAllParams(t *testing.T) {
	scope := testutil.Scope(t)
	client := newClient(scope)
	res, err := client.Books.DownloadCover(context.Background(), "string")
	_ = res
	if err != nil {
		t.Fatalf("DownloadCover: %v", err)
	}
	body, err := io.ReadAll(res.Body)
	_ = res.Body.Close()
	if err != nil || !bytes.Equal(body, png) || res.Header.Get("Content-Type") != "application/octet-stream" {
		t.Fatalf("DownloadCover: %v, %d bytes of %s", err, len(body), res.Header.Get("Content-Type"))
	}
	received := testutil.Requests(t, scope)
	params, _ := received[len(received)-1]["params"].(map[string]any)
	got := make([]string, 0, len(params))
	for k := range params {
		got = append(got, k)
	}
	testutil.SameSet(t, got, []string{"book_id"})
	last := received[len(received)-1]
	if last["raw_path"] != "/v2/books/string/cover" {
		t.Fatalf("raw path: the server received %v, want %s", last["raw_path"], "/v2/books/string/cover")
	}
	testutil.SameJSON(t, testutil.JSON(last["query"]), "{}")
	testutil.SameJSON(t, testutil.JSON(last["params"]), "{\"book_id\": \"string\"}")
}

func TestBookExistsWithRequiredParams(t *testing.T) {
	scope := testutil.Scope(t)
	client := newClient(scope)
	err := client.Books.Exists(context.Background(), "string")
	if err != nil {
		t.Fatalf("Exists: %v", err)
	}
	received := testutil.Requests(t, scope)
	if len(received) != 1 || received[0]["method"] != "HEAD" || received[0]["path"] != "/books/{book_id}" {
		t.Fatalf("the server received %v", received)
	}
	params, _ := received[0]["params"].(map[string]any)
	if got, want := fmt.Sprint(params["book_id"]), fmt.Sprint("string"); got != want {
		t.Fatalf("path param book_id: the server received %q, want %q", got, want)
	}
	last := received[len(received)-1]
	if last["raw_path"] != "/v2/books/string" {
		t.Fatalf("raw path: the server received %v, want %s", last["raw_path"], "/v2/books/string")
	}
	testutil.SameJSON(t, testutil.JSON(last["query"]), "{}")
	testutil.SameJSON(t, testutil.JSON(last["params"]), "{\"book_id\": \"string\"}")
}

func TestBookExistsWithAllParams(t *testing.T) {
	scope := testutil.Scope(t)
	client := newClient(scope)
	err := client.Books.Exists(context.Background(), "string")
	if err != nil {
		t.Fatalf("Exists: %v", err)
	}
	received := testutil.Requests(t, scope)
	params, _ := received[len(received)-1]["params"].(map[string]any)
	got := make([]string, 0, len(params))
	for k := range params {
		got = append(got, k)
	}
	testutil.SameSet(t, got, []string{"book_id"})
	last := received[len(received)-1]
	if last["raw_path"] != "/v2/books/string" {
		t.Fatalf("raw path: the server received %v, want %s", last["raw_path"], "/v2/books/string")
	}
	testutil.SameJSON(t, testutil.JSON(last["query"]), "{}")
	testutil.SameJSON(t, testutil.JSON(last["params"]), "{\"book_id\": \"string\"}")
}

func TestBookExportWithRequiredParams(t *testing.T) {
	scope := testutil.Scope(t)
	client := newClient(scope)
	stream := client.Books.Export(context.Background(), library.BookExportParams{})
	var items []string
	for stream.Next() {
		items = append(items, stream.Current().RawJSON())
	}
	err := stream.Err()
	_ = stream.Close()
	if err != nil {
		t.Fatalf("Export: %v", err)
	}
	want := []string{"{\"added_at\": \"2025-01-02T03:04:05.123456Z\", \"author\": {\"born\": \"1920-10-08\", \"name\": \"Frank Herbert\"}, \"genre\": \"fiction\", \"id\": \"b 1/2?x=#%\", \"isbn\": \"9780441013593\", \"metadata\": {\"shelf\": \"A3\"}, \"tags\": [\"classic\"], \"title\": \"Dune\"}", "{\"added_at\": \"2025-01-02T03:04:05.123456Z\", \"author\": {\"born\": \"1920-10-08\", \"name\": \"Frank Herbert\"}, \"genre\": \"fiction\", \"id\": \"b 1/2?x=#%\", \"isbn\": \"9780441013593\", \"metadata\": {\"shelf\": \"A3\"}, \"tags\": [\"classic\"], \"title\": \"Dune\"}"}
	if len(items) != len(want) {
		t.Fatalf("Export: %d items, want %d", len(items), len(want))
	}
	for i := range want {
		testutil.SameJSON(t, items[i], want[i])
	}
	received := testutil.Requests(t, scope)
	if len(received) != 1 || received[0]["method"] != "GET" || received[0]["path"] != "/books/export" {
		t.Fatalf("the server received %v", received)
	}
	last := received[len(received)-1]
	if last["raw_path"] != "/v2/books/export" {
		t.Fatalf("raw path: the server received %v, want %s", last["raw_path"], "/v2/books/export")
	}
	testutil.SameJSON(t, testutil.JSON(last["query"]), "{}")
	testutil.SameJSON(t, testutil.JSON(last["params"]), "{}")
}

func TestBookExportWithAllParams(t *testing.T) {
	scope := testutil.Scope(t)
	client := newClient(scope)
	stream := client.Books.Export(context.Background(), library.BookExportParams{Genre: library.Genre("fiction")})
	var items []string
	for stream.Next() {
		items = append(items, stream.Current().RawJSON())
	}
	err := stream.Err()
	_ = stream.Close()
	if err != nil {
		t.Fatalf("Export: %v", err)
	}
	received := testutil.Requests(t, scope)
	params, _ := received[len(received)-1]["params"].(map[string]any)
	got := make([]string, 0, len(params))
	for k := range params {
		got = append(got, k)
	}
	testutil.SameSet(t, got, []string{"genre"})
	last := received[len(received)-1]
	if last["raw_path"] != "/v2/books/export" {
		t.Fatalf("raw path: the server received %v, want %s", last["raw_path"], "/v2/books/export")
	}
	testutil.SameJSON(t, testutil.JSON(last["query"]), "{\"genre\": [\"fiction\"]}")
	testutil.SameJSON(t, testutil.JSON(last["params"]), "{\"genre\": \"fiction\"}")
}

func TestBookListWithRequiredParams(t *testing.T) {
	scope := testutil.Scope(t)
	client := newClient(scope)
	res, err := client.Books.List(context.Background(), library.BookListParams{})
	_ = res
	if err != nil {
		t.Fatalf("List: %v", err)
	}
	if res == nil {
		t.Fatal("List: no response")
	}
	testutil.SameJSON(t, res.RawJSON(), "{\"data\": [{\"id\": \"b1\", \"title\": \"Dune\"}, {\"id\": \"b2\", \"title\": \"Emma\"}], \"has_more\": true}")
	received := testutil.Requests(t, scope)
	if len(received) != 1 || received[0]["method"] != "GET" || received[0]["path"] != "/books" {
		t.Fatalf("the server received %v", received)
	}
	last := received[len(received)-1]
	if last["raw_path"] != "/v2/books" {
		t.Fatalf("raw path: the server received %v, want %s", last["raw_path"], "/v2/books")
	}
	testutil.SameJSON(t, testutil.JSON(last["query"]), "{}")
	testutil.SameJSON(t, testutil.JSON(last["params"]), "{}")
}

func TestBookListWithAllParams(t *testing.T) {
	scope := testutil.Scope(t)
	client := newClient(scope)
	res, err := client.Books.List(context.Background(), library.BookListParams{AddedAfter: param.NewOpt(testutil.Time("2025-01-02T03:04:05.123456Z")), After: library.String("string"), Available: library.Bool(true), Genre: library.Genre("fiction"), Limit: library.Int(1), Tags: []string{"string", "string"}})
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
	testutil.SameSet(t, got, []string{"added_after", "after", "available", "genre", "limit", "tags"})
	last := received[len(received)-1]
	if last["raw_path"] != "/v2/books" {
		t.Fatalf("raw path: the server received %v, want %s", last["raw_path"], "/v2/books")
	}
	testutil.SameJSON(t, testutil.JSON(last["query"]), "{\"added_after\": [\"2025-01-02T03:04:05.123456Z\"], \"after\": [\"string\"], \"available\": [\"true\"], \"genre\": [\"fiction\"], \"limit\": [\"1\"], \"tags\": [\"string\", \"string\"]}")
	testutil.SameJSON(t, testutil.JSON(last["params"]), "{\"added_after\": \"2025-01-02T03:04:05.123456Z\", \"after\": \"string\", \"available\": true, \"genre\": \"fiction\", \"limit\": 1, \"tags\": [\"string\", \"string\"]}")
}

func TestBookListPages(t *testing.T) {
	scope := testutil.Scope(t)
	client := newClient(scope)
	pager := client.Books.ListAutoPaging(context.Background(), library.BookListParams{})
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
	if want := []string{"b1", "b2", "b3"}; fmt.Sprint(got) != fmt.Sprint(want) {
		t.Fatalf("items %v, want %v", got, want)
	}
	wantRequests := []string{"{}", "{\"after\": \"b2\"}"}
	received := testutil.Requests(t, scope)
	if len(received) != len(wantRequests) {
		t.Fatalf("%d page requests, want %d", len(received), len(wantRequests))
	}
	for i, r := range received {
		params, _ := r["params"].(map[string]any)
		sent := map[string]any{}
		for _, k := range []string{"after"} {
			if v, ok := params[k]; ok {
				sent[k] = v
			}
		}
		testutil.SameJSON(t, testutil.JSON(sent), wantRequests[i])
	}
	page, err := client.Books.List(context.Background(), library.BookListParams{})
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

func TestBookRateWithRequiredParams(t *testing.T) {
	scope := testutil.Scope(t)
	client := newClient(scope)
	res, err := client.Books.Rate(context.Background(), "string", library.BookRateParams{Stars: 1})
	_ = res
	if err != nil {
		t.Fatalf("Rate: %v", err)
	}
	if res == nil {
		t.Fatal("Rate: no response")
	}
	testutil.SameJSON(t, res.RawJSON(), "{\"added_at\": \"2025-01-02T03:04:05.123456Z\", \"author\": {\"born\": \"1920-10-08\", \"name\": \"Frank Herbert\"}, \"genre\": \"fiction\", \"id\": \"b 1/2?x=#%\", \"isbn\": \"9780441013593\", \"metadata\": {\"shelf\": \"A3\"}, \"tags\": [\"classic\"], \"title\": \"Dune\"}")
	testutil.SameJSON(t, testutil.JSON(res.AddedAt), "\"2025-01-02T03:04:05.123456Z\"")
	testutil.SameJSON(t, testutil.JSON(res.Author.Born), "\"1920-10-08\"")
	testutil.SameJSON(t, testutil.JSON(res.Metadata), "{\"shelf\": \"A3\"}")
	received := testutil.Requests(t, scope)
	if len(received) != 1 || received[0]["method"] != "POST" || received[0]["path"] != "/books/{book_id}/ratings" {
		t.Fatalf("the server received %v", received)
	}
	params, _ := received[0]["params"].(map[string]any)
	if got, want := fmt.Sprint(params["book_id"]), fmt.Sprint("string"); got != want {
		t.Fatalf("path param book_id: the server received %q, want %q", got, want)
	}
	last := received[len(received)-1]
	if last["raw_path"] != "/v2/books/string/ratings" {
		t.Fatalf("raw path: the server received %v, want %s", last["raw_path"], "/v2/books/string/ratings")
	}
	testutil.SameJSON(t, testutil.JSON(last["query"]), "{}")
	testutil.SameJSON(t, testutil.JSON(last["params"]), "{\"book_id\": \"string\", \"stars\": 1}")
}

func TestBookRateWithAllParams(t *testing.T) {
	scope := testutil.Scope(t)
	client := newClient(scope)
	res, err := client.Books.Rate(context.Background(), "string", library.BookRateParams{Stars: 1, Moods: []library.BookRateParamsMoodsItem{library.BookRateParamsMoodsItem("happy"), library.BookRateParamsMoodsItem("happy")}, Spoilers: library.Bool(true)})
	_ = res
	if err != nil {
		t.Fatalf("Rate: %v", err)
	}
	if res == nil {
		t.Fatal("Rate: no response")
	}
	received := testutil.Requests(t, scope)
	params, _ := received[len(received)-1]["params"].(map[string]any)
	got := make([]string, 0, len(params))
	for k := range params {
		got = append(got, k)
	}
	testutil.SameSet(t, got, []string{"book_id", "moods", "spoilers", "stars"})
	last := received[len(received)-1]
	if last["raw_path"] != "/v2/books/string/ratings" {
		t.Fatalf("raw path: the server received %v, want %s", last["raw_path"], "/v2/books/string/ratings")
	}
	testutil.SameJSON(t, testutil.JSON(last["query"]), "{}")
	testutil.SameJSON(t, testutil.JSON(last["params"]), "{\"book_id\": \"string\", \"moods\": [\"happy\", \"happy\"], \"spoilers\": true, \"stars\": 1}")
}

func TestBookReplaceWithRequiredParams(t *testing.T) {
	scope := testutil.Scope(t)
	client := newClient(scope)
	res, err := client.Books.Replace(context.Background(), "string", library.BookReplaceParams{Title: "string"})
	_ = res
	if err != nil {
		t.Fatalf("Replace: %v", err)
	}
	if res == nil {
		t.Fatal("Replace: no response")
	}
	testutil.SameJSON(t, res.RawJSON(), "{\"added_at\": \"2025-01-02T03:04:05.123456Z\", \"author\": {\"born\": \"1920-10-08\", \"name\": \"Frank Herbert\"}, \"genre\": \"fiction\", \"id\": \"b 1/2?x=#%\", \"isbn\": \"9780441013593\", \"metadata\": {\"shelf\": \"A3\"}, \"tags\": [\"classic\"], \"title\": \"Dune\"}")
	testutil.SameJSON(t, testutil.JSON(res.AddedAt), "\"2025-01-02T03:04:05.123456Z\"")
	testutil.SameJSON(t, testutil.JSON(res.Author.Born), "\"1920-10-08\"")
	testutil.SameJSON(t, testutil.JSON(res.Metadata), "{\"shelf\": \"A3\"}")
	received := testutil.Requests(t, scope)
	if len(received) != 1 || received[0]["method"] != "PUT" || received[0]["path"] != "/books/{book_id}" {
		t.Fatalf("the server received %v", received)
	}
	params, _ := received[0]["params"].(map[string]any)
	if got, want := fmt.Sprint(params["book_id"]), fmt.Sprint("string"); got != want {
		t.Fatalf("path param book_id: the server received %q, want %q", got, want)
	}
	last := received[len(received)-1]
	if last["raw_path"] != "/v2/books/string" {
		t.Fatalf("raw path: the server received %v, want %s", last["raw_path"], "/v2/books/string")
	}
	testutil.SameJSON(t, testutil.JSON(last["query"]), "{}")
	testutil.SameJSON(t, testutil.JSON(last["params"]), "{\"book_id\": \"string\", \"title\": \"string\"}")
}

func TestBookReplaceWithAllParams(t *testing.T) {
	scope := testutil.Scope(t)
	client := newClient(scope)
	res, err := client.Books.Replace(context.Background(), "string", library.BookReplaceParams{Title: "string", Version: library.Int(1)})
	_ = res
	if err != nil {
		t.Fatalf("Replace: %v", err)
	}
	if res == nil {
		t.Fatal("Replace: no response")
	}
	received := testutil.Requests(t, scope)
	params, _ := received[len(received)-1]["params"].(map[string]any)
	got := make([]string, 0, len(params))
	for k := range params {
		got = append(got, k)
	}
	testutil.SameSet(t, got, []string{"book_id", "title", "version"})
	last := received[len(received)-1]
	if last["raw_path"] != "/v2/books/string" {
		t.Fatalf("raw path: the server received %v, want %s", last["raw_path"], "/v2/books/string")
	}
	testutil.SameJSON(t, testutil.JSON(last["query"]), "{\"version\": [\"1\"]}")
	testutil.SameJSON(t, testutil.JSON(last["params"]), "{\"book_id\": \"string\", \"title\": \"string\", \"version\": 1}")
}

func TestBookRetrieveWithRequiredParams(t *testing.T) {
	scope := testutil.Scope(t)
	client := newClient(scope)
	res, err := client.Books.Retrieve(context.Background(), "b 1/2?x=#%", library.BookRetrieveParams{})
	_ = res
	if err != nil {
		t.Fatalf("Retrieve: %v", err)
	}
	if res == nil {
		t.Fatal("Retrieve: no response")
	}
	testutil.SameJSON(t, res.RawJSON(), "{\"added_at\": \"2025-01-02T03:04:05.123456Z\", \"author\": {\"born\": \"1920-10-08\", \"name\": \"Frank Herbert\"}, \"genre\": \"fiction\", \"id\": \"b 1/2?x=#%\", \"isbn\": \"9780441013593\", \"metadata\": {\"shelf\": \"A3\"}, \"tags\": [\"classic\"], \"title\": \"Dune\"}")
	testutil.SameJSON(t, testutil.JSON(res.AddedAt), "\"2025-01-02T03:04:05.123456Z\"")
	testutil.SameJSON(t, testutil.JSON(res.Author.Born), "\"1920-10-08\"")
	testutil.SameJSON(t, testutil.JSON(res.Metadata), "{\"shelf\": \"A3\"}")
	received := testutil.Requests(t, scope)
	if len(received) != 1 || received[0]["method"] != "GET" || received[0]["path"] != "/books/{book_id}" {
		t.Fatalf("the server received %v", received)
	}
	params, _ := received[0]["params"].(map[string]any)
	if got, want := fmt.Sprint(params["book_id"]), fmt.Sprint("b 1/2?x=#%"); got != want {
		t.Fatalf("path param book_id: the server received %q, want %q", got, want)
	}
	last := received[len(received)-1]
	if last["raw_path"] != "/v2/books/b%201%2F2%3Fx%3D%23%25" {
		t.Fatalf("raw path: the server received %v, want %s", last["raw_path"], "/v2/books/b%201%2F2%3Fx%3D%23%25")
	}
	testutil.SameJSON(t, testutil.JSON(last["query"]), "{}")
	testutil.SameJSON(t, testutil.JSON(last["params"]), "{\"book_id\": \"b 1/2?x=#%\"}")
}

func TestBookRetrieveWithAllParams(t *testing.T) {
	scope := testutil.Scope(t)
	client := newClient(scope)
	res, err := client.Books.Retrieve(context.Background(), "b 1/2?x=#%", library.BookRetrieveParams{Fields: []library.BookRetrieveParamsFieldsItem{library.BookRetrieveParamsFieldsItem("title"), library.BookRetrieveParamsFieldsItem("title")}})
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
	testutil.SameSet(t, got, []string{"book_id", "fields"})
	last := received[len(received)-1]
	if last["raw_path"] != "/v2/books/b%201%2F2%3Fx%3D%23%25" {
		t.Fatalf("raw path: the server received %v, want %s", last["raw_path"], "/v2/books/b%201%2F2%3Fx%3D%23%25")
	}
	testutil.SameJSON(t, testutil.JSON(last["query"]), "{\"fields\": [\"title,title\"]}")
	testutil.SameJSON(t, testutil.JSON(last["params"]), "{\"book_id\": \"b 1/2?x=#%\", \"fields\": [\"title\", \"title\"]}")
}

func TestBookSimilarWithRequiredParams(t *testing.T) {
	scope := testutil.Scope(t)
	client := newClient(scope)
	res, err := client.Books.Similar(context.Background(), "string")
	_ = res
	if err != nil {
		t.Fatalf("Similar: %v", err)
	}
	want := []string{"{\"added_at\": \"2025-01-02T03:04:05.123456Z\", \"author\": {\"born\": \"1920-10-08\", \"name\": \"Frank Herbert\"}, \"genre\": \"fiction\", \"id\": \"b 1/2?x=#%\", \"isbn\": \"9780441013593\", \"metadata\": {\"shelf\": \"A3\"}, \"tags\": [\"classic\"], \"title\": \"Dune\"}", "{\"added_at\": \"2025-01-02T03:04:05.123456Z\", \"author\": {\"born\": \"1920-10-08\", \"name\": \"Frank Herbert\"}, \"genre\": \"fiction\", \"id\": \"b 1/2?x=#%\", \"isbn\": \"9780441013593\", \"metadata\": {\"shelf\": \"A3\"}, \"tags\": [\"classic\"], \"title\": \"Dune\"}"}
	if len(res) != len(want) {
		t.Fatalf("Similar: %d items, want %d", len(res), len(want))
	}
	for i := range want {
		testutil.SameJSON(t, res[i].RawJSON(), want[i])
	}
	received := testutil.Requests(t, scope)
	if len(received) != 1 || received[0]["method"] != "GET" || received[0]["path"] != "/books/{book_id}/similar" {
		t.Fatalf("the server received %v", received)
	}
	params, _ := received[0]["params"].(map[string]any)
	if got, want := fmt.Sprint(params["book_id"]), fmt.Sprint("string"); got != want {
		t.Fatalf("path param book_id: the server received %q, want %q", got, want)
	}
	last := received[len(received)-1]
	if last["raw_path"] != "/v2/books/string/similar" {
		t.Fatalf("raw path: the server received %v, want %s", last["raw_path"], "/v2/books/string/similar")
	}
	testutil.SameJSON(t, testutil.JSON(last["query"]), "{}")
	testutil.SameJSON(t, testutil.JSON(last["params"]), "{\"book_id\": \"string\"}")
}

func TestBookSimilarWithAllParams(t *testing.T) {
	scope := testutil.Scope(t)
	client := newClient(scope)
	res, err := client.Books.Similar(context.Background(), "string")
	_ = res
	if err != nil {
		t.Fatalf("Similar: %v", err)
	}
	received := testutil.Requests(t, scope)
	params, _ := received[len(received)-1]["params"].(map[string]any)
	got := make([]string, 0, len(params))
	for k := range params {
		got = append(got, k)
	}
	testutil.SameSet(t, got, []string{"book_id"})
	last := received[len(received)-1]
	if last["raw_path"] != "/v2/books/string/similar" {
		t.Fatalf("raw path: the server received %v, want %s", last["raw_path"], "/v2/books/string/similar")
	}
	testutil.SameJSON(t, testutil.JSON(last["query"]), "{}")
	testutil.SameJSON(t, testutil.JSON(last["params"]), "{\"book_id\": \"string\"}")
}

func TestBookStatsWithRequiredParams(t *testing.T) {
	scope := testutil.Scope(t)
	client := newClient(scope)
	res, err := client.Books.Stats(context.Background())
	_ = res
	if err != nil {
		t.Fatalf("Stats: %v", err)
	}
	if res == nil {
		t.Fatal("Stats: no response")
	}
	testutil.SameJSON(t, res.RawJSON(), "{\"fiction\": 2, \"history\": 1, \"total\": 3}")
	testutil.SameJSON(t, testutil.JSON(res.ExtraFields), "{\"fiction\": 2, \"history\": 1}")
	received := testutil.Requests(t, scope)
	if len(received) != 1 || received[0]["method"] != "GET" || received[0]["path"] != "/books/stats" {
		t.Fatalf("the server received %v", received)
	}
	last := received[len(received)-1]
	if last["raw_path"] != "/v2/books/stats" {
		t.Fatalf("raw path: the server received %v, want %s", last["raw_path"], "/v2/books/stats")
	}
	testutil.SameJSON(t, testutil.JSON(last["query"]), "{}")
	testutil.SameJSON(t, testutil.JSON(last["params"]), "{}")
}

func TestBookStatsWithAllParams(t *testing.T) {
	scope := testutil.Scope(t)
	client := newClient(scope)
	res, err := client.Books.Stats(context.Background())
	_ = res
	if err != nil {
		t.Fatalf("Stats: %v", err)
	}
	if res == nil {
		t.Fatal("Stats: no response")
	}
	received := testutil.Requests(t, scope)
	params, _ := received[len(received)-1]["params"].(map[string]any)
	got := make([]string, 0, len(params))
	for k := range params {
		got = append(got, k)
	}
	testutil.SameSet(t, got, []string{})
	last := received[len(received)-1]
	if last["raw_path"] != "/v2/books/stats" {
		t.Fatalf("raw path: the server received %v, want %s", last["raw_path"], "/v2/books/stats")
	}
	testutil.SameJSON(t, testutil.JSON(last["query"]), "{}")
	testutil.SameJSON(t, testutil.JSON(last["params"]), "{}")
}

func TestBookSummaryWithRequiredParams(t *testing.T) {
	scope := testutil.Scope(t)
	client := newClient(scope)
	res, err := client.Books.Summary(context.Background(), "string")
	_ = res
	if err != nil {
		t.Fatalf("Summary: %v", err)
	}
	if res != "A text answer, line one.\nLine two: naïve café ✓" {
		t.Fatalf("Summary: %q", res)
	}
	received := testutil.Requests(t, scope)
	if len(received) != 1 || received[0]["method"] != "GET" || received[0]["path"] != "/books/{book_id}/summary" {
		t.Fatalf("the server received %v", received)
	}
	params, _ := received[0]["params"].(map[string]any)
	if got, want := fmt.Sprint(params["book_id"]), fmt.Sprint("string"); got != want {
		t.Fatalf("path param book_id: the server received %q, want %q", got, want)
	}
	last := received[len(received)-1]
	if last["raw_path"] != "/v2/books/string/summary" {
		t.Fatalf("raw path: the server received %v, want %s", last["raw_path"], "/v2/books/string/summary")
	}
	testutil.SameJSON(t, testutil.JSON(last["query"]), "{}")
	testutil.SameJSON(t, testutil.JSON(last["params"]), "{\"book_id\": \"string\"}")
}

func TestBookSummaryWithAllParams(t *testing.T) {
	scope := testutil.Scope(t)
	client := newClient(scope)
	res, err := client.Books.Summary(context.Background(), "string")
	_ = res
	if err != nil {
		t.Fatalf("Summary: %v", err)
	}
	received := testutil.Requests(t, scope)
	params, _ := received[len(received)-1]["params"].(map[string]any)
	got := make([]string, 0, len(params))
	for k := range params {
		got = append(got, k)
	}
	testutil.SameSet(t, got, []string{"book_id"})
	last := received[len(received)-1]
	if last["raw_path"] != "/v2/books/string/summary" {
		t.Fatalf("raw path: the server received %v, want %s", last["raw_path"], "/v2/books/string/summary")
	}
	testutil.SameJSON(t, testutil.JSON(last["query"]), "{}")
	testutil.SameJSON(t, testutil.JSON(last["params"]), "{\"book_id\": \"string\"}")
}

func TestBookUpdateWithRequiredParams(t *testing.T) {
	scope := testutil.Scope(t)
	client := newClient(scope)
	res, err := client.Books.Update(context.Background(), "string", library.BookUpdateParams{})
	_ = res
	if err != nil {
		t.Fatalf("Update: %v", err)
	}
	if res == nil {
		t.Fatal("Update: no response")
	}
	testutil.SameJSON(t, res.RawJSON(), "{\"added_at\": \"2025-01-02T03:04:05.123456Z\", \"author\": {\"born\": \"1920-10-08\", \"name\": \"Frank Herbert\"}, \"genre\": \"fiction\", \"id\": \"b 1/2?x=#%\", \"isbn\": \"9780441013593\", \"metadata\": {\"shelf\": \"A3\"}, \"tags\": [\"classic\"], \"title\": \"Dune\"}")
	testutil.SameJSON(t, testutil.JSON(res.AddedAt), "\"2025-01-02T03:04:05.123456Z\"")
	testutil.SameJSON(t, testutil.JSON(res.Author.Born), "\"1920-10-08\"")
	testutil.SameJSON(t, testutil.JSON(res.Metadata), "{\"shelf\": \"A3\"}")
	received := testutil.Requests(t, scope)
	if len(received) != 1 || received[0]["method"] != "PATCH" || received[0]["path"] != "/books/{book_id}" {
		t.Fatalf("the server received %v", received)
	}
	params, _ := received[0]["params"].(map[string]any)
	if got, want := fmt.Sprint(params["book_id"]), fmt.Sprint("string"); got != want {
		t.Fatalf("path param book_id: the server received %q, want %q", got, want)
	}
	last := received[len(received)-1]
	if last["raw_path"] != "/v2/books/string" {
		t.Fatalf("raw path: the server received %v, want %s", last["raw_path"], "/v2/books/string")
	}
	testutil.SameJSON(t, testutil.JSON(last["query"]), "{}")
	testutil.SameJSON(t, testutil.JSON(last["params"]), "{\"book_id\": \"string\"}")
}

func TestBookUpdateWithAllParams(t *testing.T) {
	scope := testutil.Scope(t)
	client := newClient(scope)
	res, err := client.Books.Update(context.Background(), "string", library.BookUpdateParams{Genre: library.Genre("fiction"), Title: library.String("string")})
	_ = res
	if err != nil {
		t.Fatalf("Update: %v", err)
	}
	if res == nil {
		t.Fatal("Update: no response")
	}
	received := testutil.Requests(t, scope)
	params, _ := received[len(received)-1]["params"].(map[string]any)
	got := make([]string, 0, len(params))
	for k := range params {
		got = append(got, k)
	}
	testutil.SameSet(t, got, []string{"book_id", "genre", "title"})
	last := received[len(received)-1]
	if last["raw_path"] != "/v2/books/string" {
		t.Fatalf("raw path: the server received %v, want %s", last["raw_path"], "/v2/books/string")
	}
	testutil.SameJSON(t, testutil.JSON(last["query"]), "{}")
	testutil.SameJSON(t, testutil.JSON(last["params"]), "{\"book_id\": \"string\", \"genre\": \"fiction\", \"title\": \"string\"}")
}

func TestBookUploadCoverWithRequiredParams(t *testing.T) {
	scope := testutil.Scope(t)
	client := newClient(scope)
	res, err := client.Books.UploadCover(context.Background(), "string", library.BookUploadCoverParams{Cover: bytes.NewReader(png)})
	_ = res
	if err != nil {
		t.Fatalf("UploadCover: %v", err)
	}
	if res == nil {
		t.Fatal("UploadCover: no response")
	}
	testutil.SameJSON(t, res.RawJSON(), "{\"added_at\": \"2025-01-02T03:04:05.123456Z\", \"author\": {\"born\": \"1920-10-08\", \"name\": \"Frank Herbert\"}, \"genre\": \"fiction\", \"id\": \"b 1/2?x=#%\", \"isbn\": \"9780441013593\", \"metadata\": {\"shelf\": \"A3\"}, \"tags\": [\"classic\"], \"title\": \"Dune\"}")
	testutil.SameJSON(t, testutil.JSON(res.AddedAt), "\"2025-01-02T03:04:05.123456Z\"")
	testutil.SameJSON(t, testutil.JSON(res.Author.Born), "\"1920-10-08\"")
	testutil.SameJSON(t, testutil.JSON(res.Metadata), "{\"shelf\": \"A3\"}")
	received := testutil.Requests(t, scope)
	if len(received) != 1 || received[0]["method"] != "PUT" || received[0]["path"] != "/books/{book_id}/cover" {
		t.Fatalf("the server received %v", received)
	}
	params, _ := received[0]["params"].(map[string]any)
	if got, want := fmt.Sprint(params["book_id"]), fmt.Sprint("string"); got != want {
		t.Fatalf("path param book_id: the server received %q, want %q", got, want)
	}
	last := received[len(received)-1]
	if last["raw_path"] != "/v2/books/string/cover" {
		t.Fatalf("raw path: the server received %v, want %s", last["raw_path"], "/v2/books/string/cover")
	}
	testutil.SameJSON(t, testutil.JSON(last["query"]), "{}")
	// one file goes as a single part named "cover" (not "cover[]"), typed from its bytes
	if part, ok := received[0]["params"].(map[string]any)["cover"].(map[string]any); !ok || part["content_type"] != "image/png" {
		t.Fatalf("cover: %v", received[0]["params"])
	}
}

func TestBookUploadCoverWithAllParams(t *testing.T) {
	scope := testutil.Scope(t)
	client := newClient(scope)
	res, err := client.Books.UploadCover(context.Background(), "string", library.BookUploadCoverParams{Cover: bytes.NewReader(png)})
	_ = res
	if err != nil {
		t.Fatalf("UploadCover: %v", err)
	}
	if res == nil {
		t.Fatal("UploadCover: no response")
	}
	received := testutil.Requests(t, scope)
	params, _ := received[len(received)-1]["params"].(map[string]any)
	got := make([]string, 0, len(params))
	for k := range params {
		got = append(got, k)
	}
	testutil.SameSet(t, got, []string{"book_id", "cover"})
	last := received[len(received)-1]
	if last["raw_path"] != "/v2/books/string/cover" {
		t.Fatalf("raw path: the server received %v, want %s", last["raw_path"], "/v2/books/string/cover")
	}
	testutil.SameJSON(t, testutil.JSON(last["query"]), "{}")
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
