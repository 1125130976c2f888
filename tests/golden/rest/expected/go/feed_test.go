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

func TestFeedStreamWithRequiredParams(t *testing.T) {
	scope := testutil.Scope(t)
	client := newClient(scope)
	stream := client.Feed.Stream(context.Background(), library.FeedStreamParams{})
	var items []string
	for stream.Next() {
		items = append(items, stream.Current().RawJSON())
	}
	err := stream.Err()
	_ = stream.Close()
	if err != nil {
		t.Fatalf("Stream: %v", err)
	}
	if len(items) != 2 {
		t.Fatalf("Stream: %d events, want 2", len(items))
	}
	received := testutil.Requests(t, scope)
	if len(received) != 1 || received[0]["method"] != "GET" || received[0]["path"] != "/feed" {
		t.Fatalf("the server received %v", received)
	}
	last := received[len(received)-1]
	if last["raw_path"] != "/v2/feed" {
		t.Fatalf("raw path: the server received %v, want %s", last["raw_path"], "/v2/feed")
	}
	testutil.SameJSON(t, testutil.JSON(last["query"]), "{}")
	testutil.SameJSON(t, testutil.JSON(last["params"]), "{}")
}

func TestFeedStreamWithAllParams(t *testing.T) {
	scope := testutil.Scope(t)
	client := newClient(scope)
	stream := client.Feed.Stream(context.Background(), library.FeedStreamParams{Genre: library.Genre("fiction")})
	var items []string
	for stream.Next() {
		items = append(items, stream.Current().RawJSON())
	}
	err := stream.Err()
	_ = stream.Close()
	if err != nil {
		t.Fatalf("Stream: %v", err)
	}
	received := testutil.Requests(t, scope)
	params, _ := received[len(received)-1]["params"].(map[string]any)
	got := make([]string, 0, len(params))
	for k := range params {
		got = append(got, k)
	}
	testutil.SameSet(t, got, []string{"genre"})
	last := received[len(received)-1]
	if last["raw_path"] != "/v2/feed" {
		t.Fatalf("raw path: the server received %v, want %s", last["raw_path"], "/v2/feed")
	}
	testutil.SameJSON(t, testutil.JSON(last["query"]), "{\"genre\": [\"fiction\"]}")
	testutil.SameJSON(t, testutil.JSON(last["params"]), "{\"genre\": \"fiction\"}")
}

func TestFeedStreamStreaming(t *testing.T) {
	scope := testutil.Scope(t)
	client := newClient(scope)
	stream := client.Feed.Stream(context.Background(), library.FeedStreamParams{})
	defer stream.Close()
	want := []struct{ typ, json, disc string }{
		{"BookAdded", "{\"book\": {\"id\": \"b1\", \"title\": \"Dune\"}, \"type\": \"book.added\"}", "book.added"},
		{"BookRemoved", "{\"id\": \"b1\", \"type\": \"book.removed\"}", "book.removed"},
	}
	i := 0
	for stream.Next() {
		ev := stream.Current()
		if i >= len(want) {
			t.Fatalf("more events than expected: %s", ev.RawJSON())
		}
		if got := fmt.Sprintf("%T", ev.AsAny()); got != "library."+want[i].typ {
			t.Fatalf("event %d: AsAny() is %s, want %s", i, got, want[i].typ)
		}
		if ev.Type != want[i].disc {
			t.Fatalf("event %d: discriminator %q, want %q", i, ev.Type, want[i].disc)
		}
		testutil.SameJSON(t, ev.RawJSON(), want[i].json)
		i++
	}
	if err := stream.Err(); err != nil {
		t.Fatalf("stream: %v", err)
	}
	if i != len(want) {
		t.Fatalf("%d events, want %d", i, len(want))
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
