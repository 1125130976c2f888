// File generated from spec.yaml by sdkgen. DO NOT EDIT.
// Change the spec or the templates and run `make generate` instead.

package library_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"testing"
	"time"

	library "example.com/library"
	"example.com/library/internal/testutil"
	"example.com/library/option"
	"example.com/library/packages/ssestream"
)

var png, _ = testutil.PNG()

func newClient(scope string, opts ...option.RequestOption) *library.Client {
	base := []option.RequestOption{
		option.WithAPIKey("My API Key"),
		option.WithLibrarianKey("My LibrarianKey"),
		option.WithTenant("value-Tenant"),
		option.WithBaseURL(testutil.BaseURL()),
		option.WithHeader("X-Mock-Scope", scope),
	}
	client := library.NewClient(append(base, opts...)...)
	return &client
}

func TestErrorStatuses(t *testing.T) {
	for _, status := range []int{400, 401, 403, 404, 409, 422, 429, 500, 503} {
		t.Run(fmt.Sprint(status), func(t *testing.T) {
			scope := testutil.Scope(t)
			details := map[string]any{"detail": "boom", "field": "mock_param", "code": "mock_code"}
			body := details
			testutil.Fault(t, scope, map[string]any{"status": status, "should_retry": false, "body": body})
			err := testutil.Err(newClient(scope).Authors.List(context.Background(), library.AuthorListParams{}))
			var apiErr *library.Error
			if !errors.As(err, &apiErr) {
				t.Fatalf("want *library.Error, got %T %v", err, err)
			}
			if apiErr.StatusCode != status || apiErr.Message != "boom" || apiErr.Type != "" || apiErr.Param != "mock_param" || apiErr.Code != "mock_code" {
				t.Fatalf("error fields: %+v", apiErr)
			}
			if !strings.HasPrefix(apiErr.RequestID, "req_") || !strings.Contains(apiErr.Error(), fmt.Sprint(status)) {
				t.Fatalf("request id %q, message %q", apiErr.RequestID, apiErr.Error())
			}
			if n := len(testutil.Requests(t, scope)); n != 1 {
				t.Fatalf("%d requests, want 1", n)
			}
		})
	}
}

func TestRetries429ThenSucceeds(t *testing.T) {
	scope := testutil.Scope(t)
	testutil.Fault(t, scope, map[string]any{"status": 429, "retry_after": 0, "count": 1})
	if err := testutil.Err(newClient(scope).Authors.List(context.Background(), library.AuthorListParams{})); err != nil {
		t.Fatal(err)
	}
	received := testutil.Requests(t, scope)
	if len(received) != 2 {
		t.Fatalf("%d requests, want 2", len(received))
	}
	for i, r := range received {
		headers := r["headers"].(map[string]any)
		if headers["x-library-attempt"] != fmt.Sprint(i) {
			t.Fatalf("attempt %d sent x-library-attempt %v", i, headers["x-library-attempt"])
		}
	}
}

func TestServerErrorsExhaustRetries(t *testing.T) {
	scope := testutil.Scope(t)
	testutil.Fault(t, scope, map[string]any{"status": 500, "retry_after": 0, "count": 10})
	err := testutil.Err(newClient(scope, option.WithMaxRetries(3)).Authors.List(context.Background(), library.AuthorListParams{}))
	var apiErr *library.Error
	if !errors.As(err, &apiErr) || apiErr.StatusCode != 500 {
		t.Fatalf("want a 500 error, got %v", err)
	}
	if n := len(testutil.Requests(t, scope)); n != 4 {
		t.Fatalf("%d requests, want 1 + 3 retries", n)
	}
}

func TestRetryAfterMsIsHonoured(t *testing.T) {
	scope := testutil.Scope(t)
	testutil.Fault(t, scope, map[string]any{"status": 503, "retry_after_ms": 400, "count": 1})
	started := time.Now()
	if err := testutil.Err(newClient(scope).Authors.List(context.Background(), library.AuthorListParams{})); err != nil {
		t.Fatal(err)
	}
	if elapsed := time.Since(started); elapsed < 400*time.Millisecond || elapsed > 5*time.Second {
		t.Fatalf("took %v", elapsed)
	}
}

func TestShouldRetryHeader(t *testing.T) {
	scope := testutil.Scope(t)
	testutil.Fault(t, scope, map[string]any{"status": 500, "should_retry": false, "count": 5})
	if err := testutil.Err(newClient(scope).Authors.List(context.Background(), library.AuthorListParams{})); err == nil {
		t.Fatal("want an error")
	}
	if n := len(testutil.Requests(t, scope)); n != 1 {
		t.Fatalf("%d requests, want 1", n)
	}
}

func TestContextTimeout(t *testing.T) {
	scope := testutil.Scope(t)
	testutil.Fault(t, scope, map[string]any{"delay": 1.5, "count": 3})
	ctx, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
	defer cancel()
	err := testutil.Err(newClient(scope).Authors.List(ctx, library.AuthorListParams{}))
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("want context.DeadlineExceeded, got %v", err)
	}
}

func TestRequestTimeoutOption(t *testing.T) {
	scope := testutil.Scope(t)
	testutil.Fault(t, scope, map[string]any{"delay": 1.5, "count": 3})
	started := time.Now()
	err := testutil.Err(newClient(scope, option.WithRequestTimeout(300*time.Millisecond), option.WithMaxRetries(1)).Authors.List(context.Background(), library.AuthorListParams{}))
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("want a timeout, got %v", err)
	}
	if n := len(testutil.Requests(t, scope)); n != 2 || time.Since(started) > 1400*time.Millisecond {
		t.Fatalf("%d requests in %v", n, time.Since(started))
	}
}

func TestConnectionError(t *testing.T) {
	client := newClient("", option.WithBaseURL("http://127.0.0.1:9/v1"), option.WithMaxRetries(0))
	err := testutil.Err(client.Authors.List(context.Background(), library.AuthorListParams{}))
	if err == nil || !strings.Contains(err.Error(), "connection error") {
		t.Fatalf("want a connection error, got %v", err)
	}
}

func TestSettingsAndHeaders(t *testing.T) {
	scope := testutil.Scope(t)
	t.Setenv("LIBRARY_API_KEY", "sk-from-env")
	client := library.NewClient(
		option.WithBaseURL(testutil.BaseURL()),
		option.WithHeader("X-Mock-Scope", scope),
		option.WithAPIVersion("value-APIVersion"),
		option.WithTenant("value-Tenant"),
	)
	if err := testutil.Err(client.Authors.List(context.Background(), library.AuthorListParams{}, option.WithHeader("X-Extra", "2"))); err != nil {
		t.Fatal(err)
	}
	received := testutil.Requests(t, scope)
	headers := received[len(received)-1]["headers"].(map[string]any)
	if headers["x-api-key"] != "sk-from-env" || headers["x-extra"] != "2" {
		t.Fatalf("headers: %v", headers)
	}
	if headers["library-version"] != "value-APIVersion" {
		t.Fatalf("Library-Version: %v", headers["library-version"])
	}
	if headers["library-tenant"] != "value-Tenant" {
		t.Fatalf("Library-Tenant: %v", headers["library-tenant"])
	}
}

func TestHeaderDefaults(t *testing.T) {
	scope := testutil.Scope(t)
	if err := testutil.Err(newClient(scope).Authors.List(context.Background(), library.AuthorListParams{})); err != nil {
		t.Fatal(err)
	}
	received := testutil.Requests(t, scope)
	headers := received[len(received)-1]["headers"].(map[string]any)
	if headers["library-version"] != "2025-01-01" {
		t.Fatalf("Library-Version: %v", headers["library-version"])
	}
}

func TestMissingAPIKey(t *testing.T) {
	t.Setenv("LIBRARY_API_KEY", "")
	os.Unsetenv("LIBRARY_API_KEY")
	client := library.NewClient(option.WithBaseURL(testutil.BaseURL()))
	err := testutil.Err(client.Authors.List(context.Background(), library.AuthorListParams{}))
	if err == nil || !strings.Contains(err.Error(), "LIBRARY_API_KEY") {
		t.Fatalf("want an error naming LIBRARY_API_KEY, got %v", err)
	}
}

func TestRequiredHeaderTenant(t *testing.T) {
	scope := testutil.Scope(t)
	t.Setenv("LIBRARY_TENANT", "")
	client := library.NewClient(option.WithBaseURL(testutil.BaseURL()), option.WithHeader("X-Mock-Scope", scope), option.WithAPIKey("k"))
	err := testutil.Err(client.Authors.List(context.Background(), library.AuthorListParams{}))
	if err == nil || !strings.Contains(err.Error(), "option.WithTenant") || !strings.Contains(err.Error(), "LIBRARY_TENANT") {
		t.Fatalf("want an error naming option.WithTenant, got %v", err)
	}
	if n := len(testutil.Requests(t, scope)); n != 0 {
		t.Fatalf("%d requests sent", n)
	}
	if err := testutil.Err(client.Authors.List(context.Background(), library.AuthorListParams{}, option.WithTenant("x"))); err != nil {
		t.Fatal(err)
	}
}

func TestReviewBlockUnionDefaultVariant(t *testing.T) {
	var u library.ReviewBlockUnion
	if err := json.Unmarshal([]byte(`{}`), &u); err != nil {
		t.Fatal(err)
	}
	if got := fmt.Sprintf("%T", u.AsAny()); u.Type != "text" || got != "library.TextBlock" {
		t.Fatalf("an object without Type: %q, %s", u.Type, got)
	}
}

func TestStreamKeepsUnknownEventTypes(t *testing.T) {
	scope := testutil.Scope(t)
	testutil.Fault(t, scope, map[string]any{"inject_event": map[string]any{"type": "future.event_kind", "detail": 7}})
	stream := newClient(scope).Feed.Stream(context.Background(), library.FeedStreamParams{})
	defer stream.Close()
	var kinds []string
	unknown := 0
	for stream.Next() {
		ev := stream.Current()
		kinds = append(kinds, ev.Type)
		if ev.AsAny() == nil {
			unknown++
			if !strings.Contains(ev.RawJSON(), `"detail": 7`) {
				t.Fatalf("raw JSON lost: %s", ev.RawJSON())
			}
		}
	}
	if err := stream.Err(); err != nil {
		t.Fatal(err)
	}
	if unknown != 1 || len(kinds) != 2+1 || kinds[1] != "future.event_kind" {
		t.Fatalf("events %v", kinds)
	}
}

func TestStreamCutMidEvent(t *testing.T) {
	scope := testutil.Scope(t)
	testutil.Fault(t, scope, map[string]any{"cut_after_events": 1})
	stream := newClient(scope).Feed.Stream(context.Background(), library.FeedStreamParams{})
	defer stream.Close()
	for stream.Next() {
	}
	if !errors.Is(stream.Err(), ssestream.ErrIncomplete) {
		t.Fatalf("want ssestream.ErrIncomplete, got %v", stream.Err())
	}
}

func TestStreamErrorEvent(t *testing.T) {
	scope := testutil.Scope(t)
	testutil.Fault(t, scope, map[string]any{"error_event": "the server is overloaded"})
	stream := newClient(scope).Feed.Stream(context.Background(), library.FeedStreamParams{})
	defer stream.Close()
	for stream.Next() {
	}
	var apiErr *library.Error
	if !errors.As(stream.Err(), &apiErr) || apiErr.Message != "the server is overloaded" {
		t.Fatalf("want the error event, got %v", stream.Err())
	}
}

func TestStreamDoneMarker(t *testing.T) {
	scope := testutil.Scope(t)
	testutil.Fault(t, scope, map[string]any{"done": true})
	stream := newClient(scope).Feed.Stream(context.Background(), library.FeedStreamParams{})
	defer stream.Close()
	n := 0
	for stream.Next() {
		n++
	}
	if stream.Err() != nil || n != 2 {
		t.Fatalf("%d events, err %v", n, stream.Err())
	}
}

var (
	_ = bytes.NewReader
	_ = json.Marshal
	_ = os.Getenv
	_ io.Reader
)
