// File generated from spec.yaml by sdkgen. DO NOT EDIT.
// Change the spec or the templates and run `make generate` instead.

package nested_test

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

	nested "example.com/nested"
	"example.com/nested/internal/testutil"
	"example.com/nested/option"
)

var png, _ = testutil.PNG()

func newClient(scope string, opts ...option.RequestOption) *nested.Client {
	base := []option.RequestOption{
		option.WithBaseURL(testutil.BaseURL()),
		option.WithHeader("X-Mock-Scope", scope),
	}
	client := nested.NewClient(append(base, opts...)...)
	return &client
}

func TestErrorStatuses(t *testing.T) {
	for _, status := range []int{400, 401, 403, 404, 409, 422, 429, 500, 503} {
		t.Run(fmt.Sprint(status), func(t *testing.T) {
			scope := testutil.Scope(t)
			details := map[string]any{"message": "boom", "type": "mock_type", "param": "mock_param", "code": "mock_code"}
			body := map[string]any{"error": details}
			testutil.Fault(t, scope, map[string]any{"status": status, "should_retry": false, "body": body})
			err := testutil.Err(newClient(scope).Drawings.New(context.Background(), nested.DrawingNewParams{ID: "string"}))
			var apiErr *nested.Error
			if !errors.As(err, &apiErr) {
				t.Fatalf("want *nested.Error, got %T %v", err, err)
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
	if err := testutil.Err(newClient(scope).Drawings.New(context.Background(), nested.DrawingNewParams{ID: "string"})); err != nil {
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
	err := testutil.Err(newClient(scope, option.WithMaxRetries(3)).Drawings.New(context.Background(), nested.DrawingNewParams{ID: "string"}))
	var apiErr *nested.Error
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
	if err := testutil.Err(newClient(scope).Drawings.New(context.Background(), nested.DrawingNewParams{ID: "string"})); err != nil {
		t.Fatal(err)
	}
	if elapsed := time.Since(started); elapsed < 400*time.Millisecond || elapsed > 5*time.Second {
		t.Fatalf("took %v", elapsed)
	}
}

func TestShouldRetryHeader(t *testing.T) {
	scope := testutil.Scope(t)
	testutil.Fault(t, scope, map[string]any{"status": 500, "should_retry": false, "count": 5})
	if err := testutil.Err(newClient(scope).Drawings.New(context.Background(), nested.DrawingNewParams{ID: "string"})); err == nil {
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
	err := testutil.Err(newClient(scope).Drawings.New(ctx, nested.DrawingNewParams{ID: "string"}))
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("want context.DeadlineExceeded, got %v", err)
	}
}

func TestRequestTimeoutOption(t *testing.T) {
	scope := testutil.Scope(t)
	testutil.Fault(t, scope, map[string]any{"delay": 1.5, "count": 3})
	started := time.Now()
	err := testutil.Err(newClient(scope, option.WithRequestTimeout(300*time.Millisecond), option.WithMaxRetries(1)).Drawings.New(context.Background(), nested.DrawingNewParams{ID: "string"}))
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("want a timeout, got %v", err)
	}
	if n := len(testutil.Requests(t, scope)); n != 2 || time.Since(started) > 1400*time.Millisecond {
		t.Fatalf("%d requests in %v", n, time.Since(started))
	}
}

func TestConnectionError(t *testing.T) {
	client := newClient("", option.WithBaseURL("http://127.0.0.1:9/v1"), option.WithMaxRetries(0))
	err := testutil.Err(client.Drawings.New(context.Background(), nested.DrawingNewParams{ID: "string"}))
	if err == nil || !strings.Contains(err.Error(), "connection error") {
		t.Fatalf("want a connection error, got %v", err)
	}
}

func TestSettingsAndHeaders(t *testing.T) {
	scope := testutil.Scope(t)
	client := nested.NewClient(
		option.WithBaseURL(testutil.BaseURL()),
		option.WithHeader("X-Mock-Scope", scope),
	)
	if err := testutil.Err(client.Drawings.New(context.Background(), nested.DrawingNewParams{ID: "string"}, option.WithHeader("X-Extra", "2"))); err != nil {
		t.Fatal(err)
	}
	received := testutil.Requests(t, scope)
	headers := received[len(received)-1]["headers"].(map[string]any)
	if _, sent := headers["authorization"]; sent || headers["x-extra"] != "2" {
		t.Fatalf("headers: %v", headers)
	}
}

func TestNoCredential(t *testing.T) {
	scope := testutil.Scope(t)
	if err := testutil.Err(newClient(scope).Drawings.New(context.Background(), nested.DrawingNewParams{ID: "string"})); err != nil {
		t.Fatal(err)
	}
	received := testutil.Requests(t, scope)
	if _, sent := received[0]["headers"].(map[string]any)["authorization"]; sent || len(received) != 1 {
		t.Fatalf("the API takes no credential, but the server received %v", received)
	}
}

var (
	_ = bytes.NewReader
	_ = json.Marshal
	_ = os.Getenv
	_ io.Reader
)
