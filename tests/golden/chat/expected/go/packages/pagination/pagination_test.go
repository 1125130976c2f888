// File generated from spec.yaml by sdkgen. DO NOT EDIT.
// Change the spec or the templates and run `make generate` instead.

package pagination

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"slices"
	"strconv"
	"testing"

	"example.com/chatter/internal/requestconfig"
	"example.com/chatter/internal/validate"
)

type item struct {
	ID string `json:"id"`
}

// serve pages five items two at a time, by whichever param a request sends: after / before (an
// item's id), cursor (a position, answered as "next"), page (from 1) or offset.
func serve(t *testing.T, sent *[]string) *httptest.Server {
	ids := []string{"a", "b", "c", "d", "e"}
	return httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		q := r.URL.Query()
		*sent = append(*sent, r.URL.RawQuery)
		start, end := 0, 2
		switch {
		case q.Has("after"):
			start = slices.Index(ids, q.Get("after")) + 1
			end = start + 2
		case q.Has("before"):
			end = slices.Index(ids, q.Get("before"))
			start = max(0, end-2)
		case q.Has("cursor"):
			start, _ = strconv.Atoi(q.Get("cursor"))
			end = start + 2
		case q.Has("page"):
			n, _ := strconv.Atoi(q.Get("page"))
			start, end = (n-1)*2, n*2
		case q.Has("offset"):
			start, _ = strconv.Atoi(q.Get("offset"))
			end = start + 2
		}
		start, end = min(start, len(ids)), min(end, len(ids))
		page := map[string]any{"data": []item{}, "pages": 3, "total": len(ids), "next": nil}
		var data []item
		for _, id := range ids[start:end] {
			data = append(data, item{id})
		}
		if data != nil {
			page["data"] = data
		}
		if end < len(ids) {
			page["next"] = strconv.Itoa(end)
		}
		_ = json.NewEncoder(w).Encode(page)
	}))
}

func TestEveryStyle(t *testing.T) {
	fields := map[string]validate.Field{}
	for _, name := range []string{"after", "before", "cursor", "page", "offset"} {
		fields[name] = validate.Field{In: "query"}
	}
	cases := []struct {
		name     string
		paging   validate.Pagination
		params   map[string]any
		want     string
		requests string
	}{
		{"cursor after an item", validate.Pagination{Style: "cursor", Items: "data", After: &validate.Cursor{Param: "after", Item: "id"}},
			nil, "[a b c d e]", "[ after=b after=d after=e]"},
		{"cursor before an item", validate.Pagination{Style: "cursor", Items: "data", After: &validate.Cursor{Param: "after", Item: "id"}, Before: &validate.Cursor{Param: "before", Item: "id"}},
			map[string]any{"before": "e"}, "[c d a b]", "[before=e before=c before=a]"},
		{"cursor from a page field", validate.Pagination{Style: "cursor", Items: "data", After: &validate.Cursor{Param: "cursor", From: "next"}},
			nil, "[a b c d e]", "[ cursor=2 cursor=4]"},
		{"page numbers up to the total", validate.Pagination{Style: "page", Items: "data", Param: "page", Total: "pages"},
			nil, "[a b c d e]", "[ page=2 page=3]"},
		{"page numbers up to an empty page", validate.Pagination{Style: "page", Items: "data", Param: "page"},
			nil, "[a b c d e]", "[ page=2 page=3 page=4]"},
		{"offsets up to the total", validate.Pagination{Style: "offset", Items: "data", Param: "offset", Total: "total"},
			nil, "[a b c d e]", "[ offset=2 offset=4]"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var sent []string
			srv := serve(t, &sent)
			defer srv.Close()
			op := validate.Operation{Name: "items.list", Method: "GET", Path: "/items", Response: "json", Fields: fields, Pagination: &c.paging}
			config := func(cfg *requestconfig.RequestConfig) error {
				cfg.BaseURL, _ = url.Parse(srv.URL)
				cfg.APIKey, cfg.Validation = "k", validate.Off
				return nil
			}
			params := map[string]any{}
			for k, v := range c.params {
				params[k] = v
			}
			pager := NewAutoPager(List[item, map[string]any](context.Background(), op, params, config))
			var got []string
			for pager.Next() {
				got = append(got, pager.Current().ID)
			}
			if pager.Err() != nil || fmt.Sprint(got) != c.want || fmt.Sprint(sent) != c.requests || pager.Index() != len(got)-1 {
				t.Fatalf("items %v (err %v), want %s; requests %v, want %s", got, pager.Err(), c.want, sent, c.requests)
			}
		})
	}
}
