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

func TestMessageBatchNewWithRequiredParams(t *testing.T) {
	scope := testutil.Scope(t)
	client := newClient(scope)
	res, err := client.Messages.Batches.New(context.Background(), chatter.MessageBatchNewParams{Requests: []chatter.BatchRequestParam{chatter.BatchRequestParam{CustomID: "string", Params: map[string]any{"key": "value"}}}})
	_ = res
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	if res == nil {
		t.Fatal("New: no response")
	}
	testutil.SameJSON(t, res.RawJSON(), "{\"created_at\": \"2025-01-02T03:04:05.123456Z\", \"id\": \"id\", \"processing_status\": \"in_progress\"}")
	testutil.SameJSON(t, testutil.JSON(res.CreatedAt), "\"2025-01-02T03:04:05.123456Z\"")
	received := testutil.Requests(t, scope)
	if len(received) != 1 || received[0]["method"] != "POST" || received[0]["path"] != "/messages/batches" {
		t.Fatalf("the server received %v", received)
	}
	last := received[len(received)-1]
	if last["raw_path"] != "/v1/messages/batches" {
		t.Fatalf("raw path: the server received %v, want %s", last["raw_path"], "/v1/messages/batches")
	}
	testutil.SameJSON(t, testutil.JSON(last["query"]), "{}")
	testutil.SameJSON(t, testutil.JSON(last["params"]), "{\"requests\": [{\"custom_id\": \"string\", \"params\": {\"key\": \"value\"}}]}")
}

func TestMessageBatchNewWithAllParams(t *testing.T) {
	scope := testutil.Scope(t)
	client := newClient(scope)
	res, err := client.Messages.Batches.New(context.Background(), chatter.MessageBatchNewParams{Requests: []chatter.BatchRequestParam{chatter.BatchRequestParam{CustomID: "string", Params: map[string]any{"key": "value"}}, chatter.BatchRequestParam{CustomID: "string", Params: map[string]any{"key": "value"}}}})
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
	testutil.SameSet(t, got, []string{"requests"})
	last := received[len(received)-1]
	if last["raw_path"] != "/v1/messages/batches" {
		t.Fatalf("raw path: the server received %v, want %s", last["raw_path"], "/v1/messages/batches")
	}
	testutil.SameJSON(t, testutil.JSON(last["query"]), "{}")
	testutil.SameJSON(t, testutil.JSON(last["params"]), "{\"requests\": [{\"custom_id\": \"string\", \"params\": {\"key\": \"value\"}}, {\"custom_id\": \"string\", \"params\": {\"key\": \"value\"}}]}")
}

func TestMessageBatchListWithRequiredParams(t *testing.T) {
	scope := testutil.Scope(t)
	client := newClient(scope)
	res, err := client.Messages.Batches.List(context.Background(), chatter.MessageBatchListParams{})
	_ = res
	if err != nil {
		t.Fatalf("List: %v", err)
	}
	if res == nil {
		t.Fatal("List: no response")
	}
	testutil.SameJSON(t, res.RawJSON(), "{\"data\": [{\"created_at\": \"2025-01-02T03:04:05.123456Z\", \"id\": \"id\", \"processing_status\": \"in_progress\"}], \"has_more\": false, \"last_id\": \"0\"}")
	received := testutil.Requests(t, scope)
	if len(received) != 1 || received[0]["method"] != "GET" || received[0]["path"] != "/messages/batches" {
		t.Fatalf("the server received %v", received)
	}
	last := received[len(received)-1]
	if last["raw_path"] != "/v1/messages/batches" {
		t.Fatalf("raw path: the server received %v, want %s", last["raw_path"], "/v1/messages/batches")
	}
	testutil.SameJSON(t, testutil.JSON(last["query"]), "{}")
	testutil.SameJSON(t, testutil.JSON(last["params"]), "{}")
}

func TestMessageBatchListWithAllParams(t *testing.T) {
	scope := testutil.Scope(t)
	client := newClient(scope)
	res, err := client.Messages.Batches.List(context.Background(), chatter.MessageBatchListParams{AfterID: chatter.String("string"), Limit: chatter.Int(1)})
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
	testutil.SameSet(t, got, []string{"after_id", "limit"})
	last := received[len(received)-1]
	if last["raw_path"] != "/v1/messages/batches" {
		t.Fatalf("raw path: the server received %v, want %s", last["raw_path"], "/v1/messages/batches")
	}
	testutil.SameJSON(t, testutil.JSON(last["query"]), "{\"after_id\": [\"string\"], \"limit\": [\"1\"]}")
	testutil.SameJSON(t, testutil.JSON(last["params"]), "{\"after_id\": \"string\", \"limit\": 1}")
}

func TestMessageBatchListPages(t *testing.T) {
	scope := testutil.Scope(t)
	client := newClient(scope)
	pager := client.Messages.Batches.ListAutoPaging(context.Background(), chatter.MessageBatchListParams{})
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
	page, err := client.Messages.Batches.List(context.Background(), chatter.MessageBatchListParams{})
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

func TestMessageBatchResultsWithRequiredParams(t *testing.T) {
	scope := testutil.Scope(t)
	client := newClient(scope)
	stream := client.Messages.Batches.Results(context.Background(), "string")
	var items []string
	for stream.Next() {
		items = append(items, stream.Current().RawJSON())
	}
	err := stream.Err()
	_ = stream.Close()
	if err != nil {
		t.Fatalf("Results: %v", err)
	}
	want := []string{"{\"custom_id\": \"custom_id\", \"result\": {\"key\": null}}", "{\"custom_id\": \"custom_id\", \"result\": {\"key\": null}}"}
	if len(items) != len(want) {
		t.Fatalf("Results: %d items, want %d", len(items), len(want))
	}
	for i := range want {
		testutil.SameJSON(t, items[i], want[i])
	}
	received := testutil.Requests(t, scope)
	if len(received) != 1 || received[0]["method"] != "GET" || received[0]["path"] != "/messages/batches/{message_batch_id}/results" {
		t.Fatalf("the server received %v", received)
	}
	params, _ := received[0]["params"].(map[string]any)
	if got, want := fmt.Sprint(params["message_batch_id"]), fmt.Sprint("string"); got != want {
		t.Fatalf("path param message_batch_id: the server received %q, want %q", got, want)
	}
	last := received[len(received)-1]
	if last["raw_path"] != "/v1/messages/batches/string/results" {
		t.Fatalf("raw path: the server received %v, want %s", last["raw_path"], "/v1/messages/batches/string/results")
	}
	testutil.SameJSON(t, testutil.JSON(last["query"]), "{}")
	testutil.SameJSON(t, testutil.JSON(last["params"]), "{\"message_batch_id\": \"string\"}")
}

func TestMessageBatchResultsWithAllParams(t *testing.T) {
	scope := testutil.Scope(t)
	client := newClient(scope)
	stream := client.Messages.Batches.Results(context.Background(), "string")
	var items []string
	for stream.Next() {
		items = append(items, stream.Current().RawJSON())
	}
	err := stream.Err()
	_ = stream.Close()
	if err != nil {
		t.Fatalf("Results: %v", err)
	}
	received := testutil.Requests(t, scope)
	params, _ := received[len(received)-1]["params"].(map[string]any)
	got := make([]string, 0, len(params))
	for k := range params {
		got = append(got, k)
	}
	testutil.SameSet(t, got, []string{"message_batch_id"})
	last := received[len(received)-1]
	if last["raw_path"] != "/v1/messages/batches/string/results" {
		t.Fatalf("raw path: the server received %v, want %s", last["raw_path"], "/v1/messages/batches/string/results")
	}
	testutil.SameJSON(t, testutil.JSON(last["query"]), "{}")
	testutil.SameJSON(t, testutil.JSON(last["params"]), "{\"message_batch_id\": \"string\"}")
}

func TestMessageBatchRetrieveWithRequiredParams(t *testing.T) {
	scope := testutil.Scope(t)
	client := newClient(scope)
	res, err := client.Messages.Batches.Retrieve(context.Background(), "string")
	_ = res
	if err != nil {
		t.Fatalf("Retrieve: %v", err)
	}
	if res == nil {
		t.Fatal("Retrieve: no response")
	}
	testutil.SameJSON(t, res.RawJSON(), "{\"created_at\": \"2025-01-02T03:04:05.123456Z\", \"id\": \"id\", \"processing_status\": \"in_progress\"}")
	testutil.SameJSON(t, testutil.JSON(res.CreatedAt), "\"2025-01-02T03:04:05.123456Z\"")
	received := testutil.Requests(t, scope)
	if len(received) != 1 || received[0]["method"] != "GET" || received[0]["path"] != "/messages/batches/{message_batch_id}" {
		t.Fatalf("the server received %v", received)
	}
	params, _ := received[0]["params"].(map[string]any)
	if got, want := fmt.Sprint(params["message_batch_id"]), fmt.Sprint("string"); got != want {
		t.Fatalf("path param message_batch_id: the server received %q, want %q", got, want)
	}
	last := received[len(received)-1]
	if last["raw_path"] != "/v1/messages/batches/string" {
		t.Fatalf("raw path: the server received %v, want %s", last["raw_path"], "/v1/messages/batches/string")
	}
	testutil.SameJSON(t, testutil.JSON(last["query"]), "{}")
	testutil.SameJSON(t, testutil.JSON(last["params"]), "{\"message_batch_id\": \"string\"}")
}

func TestMessageBatchRetrieveWithAllParams(t *testing.T) {
	scope := testutil.Scope(t)
	client := newClient(scope)
	res, err := client.Messages.Batches.Retrieve(context.Background(), "string")
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
	testutil.SameSet(t, got, []string{"message_batch_id"})
	last := received[len(received)-1]
	if last["raw_path"] != "/v1/messages/batches/string" {
		t.Fatalf("raw path: the server received %v, want %s", last["raw_path"], "/v1/messages/batches/string")
	}
	testutil.SameJSON(t, testutil.JSON(last["query"]), "{}")
	testutil.SameJSON(t, testutil.JSON(last["params"]), "{\"message_batch_id\": \"string\"}")
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
