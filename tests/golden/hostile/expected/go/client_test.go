// File generated from spec.yaml by sdkgen. DO NOT EDIT.
// Change the spec or the templates and run `make generate` instead.

package hostile_test

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

	hostile "example.com/hostile"
	"example.com/hostile/internal/testutil"
	"example.com/hostile/option"
	"example.com/hostile/packages/ssestream"
)

var png, _ = testutil.PNG()

func newClient(scope string, opts ...option.RequestOption) *hostile.Client {
	base := []option.RequestOption{
		option.WithAPIKey("My API Key"),
		option.WithBaseURL(testutil.BaseURL()),
		option.WithHeader("X-Mock-Scope", scope),
	}
	client := hostile.NewClient(append(base, opts...)...)
	return &client
}

func TestErrorStatuses(t *testing.T) {
	for _, status := range []int{400, 401, 403, 404, 409, 422, 429, 500, 503} {
		t.Run(fmt.Sprint(status), func(t *testing.T) {
			scope := testutil.Scope(t)
			details := map[string]any{"message": "boom", "type": "mock_type", "param": "mock_param", "code": "mock_code"}
			body := map[string]any{"error": details}
			testutil.Fault(t, scope, map[string]any{"status": status, "should_retry": false, "body": body})
			err := testutil.Err(newClient(scope).Things.New(context.Background(), hostile.ThingNewParams{Name: "\"\"\"; __import__('os').system('touch PWNED'); \"\"\" */ ${x} {{ x }} 🦦"}))
			var apiErr *hostile.Error
			if !errors.As(err, &apiErr) {
				t.Fatalf("want *hostile.Error, got %T %v", err, err)
			}
			if apiErr.StatusCode != status || apiErr.Message != "boom" || apiErr.Type != "mock_type" || apiErr.Param != "mock_param" || apiErr.Code != "mock_code" {
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
	if err := testutil.Err(newClient(scope).Things.New(context.Background(), hostile.ThingNewParams{Name: "\"\"\"; __import__('os').system('touch PWNED'); \"\"\" */ ${x} {{ x }} 🦦"})); err != nil {
		t.Fatal(err)
	}
	received := testutil.Requests(t, scope)
	if len(received) != 2 {
		t.Fatalf("%d requests, want 2", len(received))
	}
	for i, r := range received {
		headers := r["headers"].(map[string]any)
		if headers["x-retry-count"] != fmt.Sprint(i) {
			t.Fatalf("attempt %d sent x-retry-count %v", i, headers["x-retry-count"])
		}
	}
}

func TestServerErrorsExhaustRetries(t *testing.T) {
	scope := testutil.Scope(t)
	testutil.Fault(t, scope, map[string]any{"status": 500, "retry_after": 0, "count": 10})
	err := testutil.Err(newClient(scope, option.WithMaxRetries(3)).Things.New(context.Background(), hostile.ThingNewParams{Name: "\"\"\"; __import__('os').system('touch PWNED'); \"\"\" */ ${x} {{ x }} 🦦"}))
	var apiErr *hostile.Error
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
	if err := testutil.Err(newClient(scope).Things.New(context.Background(), hostile.ThingNewParams{Name: "\"\"\"; __import__('os').system('touch PWNED'); \"\"\" */ ${x} {{ x }} 🦦"})); err != nil {
		t.Fatal(err)
	}
	if elapsed := time.Since(started); elapsed < 400*time.Millisecond || elapsed > 5*time.Second {
		t.Fatalf("took %v", elapsed)
	}
}

func TestShouldRetryHeader(t *testing.T) {
	scope := testutil.Scope(t)
	testutil.Fault(t, scope, map[string]any{"status": 500, "should_retry": false, "count": 5})
	if err := testutil.Err(newClient(scope).Things.New(context.Background(), hostile.ThingNewParams{Name: "\"\"\"; __import__('os').system('touch PWNED'); \"\"\" */ ${x} {{ x }} 🦦"})); err == nil {
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
	err := testutil.Err(newClient(scope).Things.New(ctx, hostile.ThingNewParams{Name: "\"\"\"; __import__('os').system('touch PWNED'); \"\"\" */ ${x} {{ x }} 🦦"}))
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("want context.DeadlineExceeded, got %v", err)
	}
}

func TestRequestTimeoutOption(t *testing.T) {
	scope := testutil.Scope(t)
	testutil.Fault(t, scope, map[string]any{"delay": 1.5, "count": 3})
	started := time.Now()
	err := testutil.Err(newClient(scope, option.WithRequestTimeout(300*time.Millisecond), option.WithMaxRetries(1)).Things.New(context.Background(), hostile.ThingNewParams{Name: "\"\"\"; __import__('os').system('touch PWNED'); \"\"\" */ ${x} {{ x }} 🦦"}))
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("want a timeout, got %v", err)
	}
	if n := len(testutil.Requests(t, scope)); n != 2 || time.Since(started) > 1400*time.Millisecond {
		t.Fatalf("%d requests in %v", n, time.Since(started))
	}
}

func TestConnectionError(t *testing.T) {
	client := newClient("", option.WithBaseURL("http://127.0.0.1:9/v1"), option.WithMaxRetries(0))
	err := testutil.Err(client.Things.New(context.Background(), hostile.ThingNewParams{Name: "\"\"\"; __import__('os').system('touch PWNED'); \"\"\" */ ${x} {{ x }} 🦦"}))
	if err == nil || !strings.Contains(err.Error(), "connection error") {
		t.Fatalf("want a connection error, got %v", err)
	}
}

func TestValidationBeforeSending(t *testing.T) {
	scope := testutil.Scope(t)
	err := testutil.Err(newClient(scope).Things.New(context.Background(), hostile.ThingNewParams{Name: "\"\"\"; __import__('os').system('touch PWNED'); \"\"\" */ ${x} {{ x }} 🦦", Class: hostile.Int(6)}))
	var verr *hostile.ValidationError
	if !errors.As(err, &verr) || !strings.Contains(err.Error(), "param 'class'") {
		t.Fatalf("want a validation error naming class, got %v", err)
	}
	if n := len(testutil.Requests(t, scope)); n != 0 {
		t.Fatalf("%d requests sent", n)
	}
	err = testutil.Err(newClient(scope, option.WithValidation("off", nil)).Things.New(context.Background(), hostile.ThingNewParams{Name: "\"\"\"; __import__('os').system('touch PWNED'); \"\"\" */ ${x} {{ x }} 🦦", Class: hostile.Int(6)}))
	var apiErr *hostile.Error
	if !errors.As(err, &apiErr) || apiErr.StatusCode != 400 || apiErr.Param != "class" {
		t.Fatalf("want the server's 400 naming class, got %v", err)
	}
}

func TestSettingsAndHeaders(t *testing.T) {
	scope := testutil.Scope(t)
	t.Setenv("HOSTILE_API_KEY", "sk-from-env")
	client := hostile.NewClient(
		option.WithBaseURL(testutil.BaseURL()),
		option.WithHeader("X-Mock-Scope", scope),
		option.WithFrom("value-From"),
	)
	if err := testutil.Err(client.Things.New(context.Background(), hostile.ThingNewParams{Name: "\"\"\"; __import__('os').system('touch PWNED'); \"\"\" */ ${x} {{ x }} 🦦"}, option.WithHeader("X-Extra", "2"))); err != nil {
		t.Fatal(err)
	}
	received := testutil.Requests(t, scope)
	headers := received[len(received)-1]["headers"].(map[string]any)
	if headers["authorization"] != "Bearer sk-from-env" || headers["x-extra"] != "2" {
		t.Fatalf("headers: %v", headers)
	}
	if headers["x-from"] != "value-From" {
		t.Fatalf("X-From: %v", headers["x-from"])
	}
}

func TestMissingAPIKey(t *testing.T) {
	t.Setenv("HOSTILE_API_KEY", "")
	os.Unsetenv("HOSTILE_API_KEY")
	client := hostile.NewClient(option.WithBaseURL(testutil.BaseURL()))
	err := testutil.Err(client.Things.New(context.Background(), hostile.ThingNewParams{Name: "\"\"\"; __import__('os').system('touch PWNED'); \"\"\" */ ${x} {{ x }} 🦦"}))
	if err == nil || !strings.Contains(err.Error(), "HOSTILE_API_KEY") {
		t.Fatalf("want an error naming HOSTILE_API_KEY, got %v", err)
	}
}

func TestStreamKeepsUnknownEventTypes(t *testing.T) {
	scope := testutil.Scope(t)
	testutil.Fault(t, scope, map[string]any{"inject_event": map[string]any{"type": "future.event_kind", "detail": 7}})
	stream := newClient(scope).Things.NewStreaming(context.Background(), hostile.ThingNewParams{Name: "\"\"\"; __import__('os').system('touch PWNED'); \"\"\" */ ${x} {{ x }} 🦦", Class: hostile.Int(1), Mode: hostile.Mode("a\"b"), XYZ: hostile.String("string")})
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
	stream := newClient(scope).Things.NewStreaming(context.Background(), hostile.ThingNewParams{Name: "\"\"\"; __import__('os').system('touch PWNED'); \"\"\" */ ${x} {{ x }} 🦦", Class: hostile.Int(1), Mode: hostile.Mode("a\"b"), XYZ: hostile.String("string")})
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
	stream := newClient(scope).Things.NewStreaming(context.Background(), hostile.ThingNewParams{Name: "\"\"\"; __import__('os').system('touch PWNED'); \"\"\" */ ${x} {{ x }} 🦦", Class: hostile.Int(1), Mode: hostile.Mode("a\"b"), XYZ: hostile.String("string")})
	defer stream.Close()
	for stream.Next() {
	}
	var apiErr *hostile.Error
	if !errors.As(stream.Err(), &apiErr) || apiErr.Message != "the server is overloaded" {
		t.Fatalf("want the error event, got %v", stream.Err())
	}
}

func TestStreamDoneMarker(t *testing.T) {
	scope := testutil.Scope(t)
	testutil.Fault(t, scope, map[string]any{"done": true})
	stream := newClient(scope).Things.NewStreaming(context.Background(), hostile.ThingNewParams{Name: "\"\"\"; __import__('os').system('touch PWNED'); \"\"\" */ ${x} {{ x }} 🦦", Class: hostile.Int(1), Mode: hostile.Mode("a\"b"), XYZ: hostile.String("string")})
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
