// File generated from spec.yaml by sdkgen. DO NOT EDIT.
// Change the spec or the templates and run `make generate` instead.

package requestconfig

import (
	"net/http"
	"testing"
	"time"
)

func TestRetryAfterForms(t *testing.T) {
	if d, ok := RetryAfter(http.Header{"Retry-After-Ms": {"250"}}); !ok || d != 250*time.Millisecond {
		t.Fatalf("retry-after-ms: %v %v", d, ok)
	}
	if d, ok := RetryAfter(http.Header{"Retry-After": {"3"}}); !ok || d != 3*time.Second {
		t.Fatalf("retry-after seconds: %v %v", d, ok)
	}
	date := time.Now().Add(10 * time.Second).UTC().Format(http.TimeFormat)
	if d, ok := RetryAfter(http.Header{"Retry-After": {date}}); !ok || d < 8*time.Second || d > 11*time.Second {
		t.Fatalf("retry-after date: %v %v", d, ok)
	}
	if _, ok := RetryAfter(http.Header{}); ok {
		t.Fatal("no header")
	}
}

func TestRetryDelayPolicy(t *testing.T) {
	if d := RetryDelay(0, http.Header{"Retry-After": {"2"}}); d != 2*time.Second {
		t.Fatalf("honoured: %v", d)
	}
	caps := []time.Duration{500 * time.Millisecond, time.Second, 2 * time.Second, 4 * time.Second, 8 * time.Second, 8 * time.Second}
	for n, limit := range caps {
		for i := 0; i < 200; i++ {
			d := RetryDelay(n, nil)
			if d < limit*3/4 || d > limit {
				t.Fatalf("retry %d: %v outside [%v, %v]", n, d, limit*3/4, limit)
			}
		}
	}
	if d := RetryDelay(0, http.Header{"Retry-After": {"120"}}); d > 500*time.Millisecond {
		t.Fatalf("a wait above 60 s falls back to the backoff, got %v", d)
	}
}

func TestShouldRetry(t *testing.T) {
	for status, want := range map[int]bool{408: true, 409: true, 429: true, 500: true, 503: true, 400: false, 404: false} {
		if got := shouldRetry(&http.Response{StatusCode: status, Header: http.Header{}}); got != want {
			t.Fatalf("%d: %v", status, got)
		}
	}
	if shouldRetry(&http.Response{StatusCode: 500, Header: http.Header{"X-Should-Retry": {"false"}}}) {
		t.Fatal("x-should-retry: false")
	}
	if !shouldRetry(&http.Response{StatusCode: 400, Header: http.Header{"X-Should-Retry": {"true"}}}) {
		t.Fatal("x-should-retry: true")
	}
}
