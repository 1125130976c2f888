// File generated from spec.yaml by sdkgen. DO NOT EDIT.
// Change the spec or the templates and run `make generate` instead.

// Package testutil drives the mock server (python -m generator mock) from the generated tests.
package testutil

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

var counter atomic.Int64

// BaseURL is TEST_API_BASE_URL, or the mock server's default address.
func BaseURL() string {
	if u := os.Getenv("TEST_API_BASE_URL"); u != "" {
		return u
	}
	return "http://127.0.0.1:4010/v2"
}

func origin(t *testing.T) string {
	u, err := url.Parse(BaseURL())
	if err != nil {
		t.Fatalf("TEST_API_BASE_URL: %v", err)
	}
	return u.Scheme + "://" + u.Host
}

// CheckTestServer tells whether a server answers at url. When none does, the test fails, or is
// skipped when SKIP_MOCK_TESTS is true (the contract of the official SDKs' helper of this name).
func CheckTestServer(t *testing.T, url string) bool {
	t.Helper()
	res, err := http.Get(url)
	if err == nil {
		_ = res.Body.Close()
		return true
	}
	if skip, _ := strconv.ParseBool(os.Getenv("SKIP_MOCK_TESTS")); skip {
		t.Skipf("no mock server at %s", url)
		return false
	}
	t.Errorf("no mock server at %s (%v): start one with `make mock`, or set SKIP_MOCK_TESTS=true to skip these tests", url, err)
	return false
}

// Scope is a name for this test's faults and requests on the mock server.
func Scope(t *testing.T) string {
	t.Helper()
	res, err := http.Get(origin(t) + "/__mock/health")
	if err != nil {
		t.Fatalf("no mock server at %s (%v): start one with `make mock` or set TEST_API_BASE_URL", BaseURL(), err)
	}
	_ = res.Body.Close()
	return fmt.Sprintf("%s-%d-%d", strings.ReplaceAll(t.Name(), "/", "_"), time.Now().UnixNano(), counter.Add(1))
}

// Fault makes the mock server misbehave for this scope's next requests.
func Fault(t *testing.T, scope string, spec map[string]any) {
	t.Helper()
	spec["scope"] = scope
	body, _ := json.Marshal(spec)
	res, err := http.Post(origin(t)+"/__mock/faults", "application/json", bytes.NewReader(body))
	if err != nil || res.StatusCode != 200 {
		t.Fatalf("setting a fault: %v", err)
	}
	_ = res.Body.Close()
}

// Requests is what the mock server received in this scope.
func Requests(t *testing.T, scope string) []map[string]any {
	t.Helper()
	res, err := http.Get(origin(t) + "/__mock/requests?scope=" + url.QueryEscape(scope))
	if err != nil {
		t.Fatalf("reading requests: %v", err)
	}
	defer res.Body.Close()
	var out struct {
		Requests []map[string]any `json:"requests"`
	}
	if err := json.NewDecoder(res.Body).Decode(&out); err != nil {
		t.Fatalf("reading requests: %v", err)
	}
	return out.Requests
}

// PNG is a 1x1 image.
func PNG() ([]byte, error) {
	return hex.DecodeString("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da" +
		"63f83fd3f83f00073102cb837f71540000000049454e44ae426082")
}

// SameSet fails unless got and want hold the same strings.
func SameSet(t *testing.T, got, want []string) {
	t.Helper()
	got, want = append([]string(nil), got...), append([]string(nil), want...)
	sort.Strings(got)
	sort.Strings(want)
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("got %v, want %v", got, want)
	}
}

// SameJSON fails unless the two JSON documents are equal.
func SameJSON(t *testing.T, got, want string) {
	t.Helper()
	var a, b any
	if err := json.Unmarshal([]byte(got), &a); err != nil {
		t.Fatalf("invalid JSON %q: %v", got, err)
	}
	if err := json.Unmarshal([]byte(want), &b); err != nil {
		t.Fatalf("invalid JSON %q: %v", want, err)
	}
	if !reflect.DeepEqual(a, b) {
		t.Fatalf("got %s, want %s", got, want)
	}
}

// JSON is v as JSON text (for SameJSON).
func JSON(v any) string {
	data, err := json.Marshal(v)
	if err != nil {
		panic(err)
	}
	return string(data)
}

// Time parses an RFC 3339 literal.
func Time(s string) time.Time {
	t, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		panic(err)
	}
	return t
}

// Err is the error of a call that also returns a value.
func Err[T any](_ T, err error) error { return err }

// Drain reads a stream to its end, closes it and returns its error.
func Drain(s interface {
	Next() bool
	Err() error
	Close() error
}) error {
	for s.Next() {
	}
	_ = s.Close()
	return s.Err()
}
