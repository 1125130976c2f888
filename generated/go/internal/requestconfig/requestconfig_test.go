// File generated from images.yaml by sdkgen. DO NOT EDIT.
// Change the spec or the templates and run `make generate` instead.

package requestconfig

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"testing"
	"time"

	"github.com/openai-images/openai-images-go/internal/validate"
)

// Each param goes where the table says, escaped so that only unreserved characters stay raw in
// the path; GET sends no body and no Content-Type.
func TestParamsOnTheWire(t *testing.T) {
	var uri, header, contentType, body string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		data, _ := io.ReadAll(r.Body)
		uri, header, contentType, body = r.RequestURI, r.Header.Get("X-Tags"), r.Header.Get("Content-Type"), string(data)
		_, _ = w.Write([]byte("{}"))
	}))
	defer srv.Close()
	fields := map[string]validate.Field{"id": {In: "path"}, "n": {In: "path"}, "tags": {In: "query"}, "f": {In: "query", Style: "comma"},
		"on": {In: "query"}, "h": {In: "header", Header: "X-Tags"}, "title": {}}
	params := map[string]any{"id": "b 1/2?x=#%", "n": int64(7), "tags": []string{"a", "b"}, "f": []string{"x", "y"}, "on": true,
		"h": []string{"p", "q"}, "title": "T"}
	cases := []struct{ method, uri, body, contentType string }{
		{"GET", "/v1/items/b%201%2F2%3Fx%3D%23%25/7?f=x%2Cy&on=true&tags=a&tags=b", "", ""},
		{"PATCH", "/v1/items/b%201%2F2%3Fx%3D%23%25/7?f=x%2Cy&on=true&tags=a&tags=b", `{"title":"T"}`, "application/json"},
	}
	for _, c := range cases {
		op := validate.Operation{Name: "items.get", Method: c.method, Path: "/items/{id}/{n}", Body: "json", Fields: fields}
		var res map[string]any
		err := ExecuteJSON(context.Background(), op, params, &res, func(cfg *RequestConfig) error {
			cfg.BaseURL, _ = url.Parse(srv.URL + "/v1/")
			cfg.APIKey, cfg.Validation = "k", validate.Off
			return nil
		})
		if err != nil || uri != c.uri || header != "p,q" || body != c.body || contentType != c.contentType {
			t.Fatalf("%s: err %v, sent %s (X-Tags %q, Content-Type %q) %q", c.method, err, uri, header, contentType, body)
		}
	}
}

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

// option.WithJSONSet: paths into objects and arrays, a dot kept by "\.", and an error for a request
// without a JSON body.
func TestJSONSets(t *testing.T) {
	post := validate.Operation{Method: "POST", Path: "/x", Body: "json"}
	sets := []BodySet{{"a.b", 1}, {`c\.d`, "e"}, {"list", []int{1}}, {"list.1", map[string]int{"k": 2}}, {"list.1.k", 3}, {"big", 12345678901234567890.0}}
	body, contentType, err := jsonSets(post, []byte(`{"a":{"z":true},"n":12345678901234567890}`), "application/json", sets)
	want := `{"a":{"b":1,"z":true},"big":12345678901234567000,"c.d":"e","list":[1,{"k":3}],"n":12345678901234567890}`
	if err != nil || string(body) != want || contentType != "application/json" {
		t.Fatalf("got %s %q %v", body, contentType, err)
	}
	for _, op := range []validate.Operation{{Method: "GET", Path: "/x"}, {Method: "POST", Path: "/x", Body: "binary"}} {
		if _, _, err := jsonSets(op, nil, "", sets[:1]); err == nil {
			t.Errorf("%s %s: want an error", op.Method, op.Body)
		}
	}
	if _, _, err := jsonSets(post, nil, "", []BodySet{{"list.5", 1}}); err != nil {
		t.Errorf("a missing object is made: %v", err)
	}
	if _, _, err := jsonSets(post, []byte(`{"list":[]}`), "", []BodySet{{"list.5", 1}}); err == nil {
		t.Error("an index past an array's end: want an error")
	}
}
