// File generated from spec.yaml by sdkgen. DO NOT EDIT.
// Change the spec or the templates and run `make generate` instead.

// Package pagination pages through a list: a paginated method returns the first Page; GetNextPage
// fetches the next (the same request with the cursor, page or offset param replaced), and an
// AutoPager yields every item across pages, fetching lazily.
package pagination

import (
	"context"
	"encoding/json"
	"fmt"
	"maps"

	"example.com/chatter/internal/requestconfig"
	"example.com/chatter/internal/validate"
)

// Page is one page of a list: its Items and the whole Body as the API sent it.
type Page[T, B any] struct {
	Items []T
	Body  B

	raw    []byte
	fields map[string]json.RawMessage
	items  []json.RawMessage
	ctx    context.Context
	op     validate.Operation
	params map[string]any
	opts   []requestconfig.Option
}

// List fetches the first page (the generated List methods call it).
func List[T, B any](ctx context.Context, op validate.Operation, params map[string]any, opts ...requestconfig.Option) (*Page[T, B], error) {
	var raw json.RawMessage
	if err := requestconfig.ExecuteJSON(ctx, op, params, &raw, opts...); err != nil {
		return nil, err
	}
	p := &Page[T, B]{raw: raw, ctx: ctx, op: op, params: params, opts: opts}
	bad := func(err error) (*Page[T, B], error) {
		return nil, fmt.Errorf("%s %s: the page does not match the spec: %w", op.Method, op.Path, err)
	}
	if err := json.Unmarshal(raw, &p.Body); err != nil {
		return bad(err)
	}
	if err := json.Unmarshal(raw, &p.fields); err != nil {
		return bad(err)
	}
	if items := p.fields[op.Pagination.Items]; len(items) > 0 && string(items) != "null" {
		if err := json.Unmarshal(items, &p.items); err != nil {
			return bad(err)
		}
	}
	p.Items = make([]T, len(p.items))
	for i, item := range p.items {
		if err := json.Unmarshal(item, &p.Items[i]); err != nil {
			return bad(err)
		}
	}
	return p, nil
}

// RawJSON is the page as the API sent it.
func (p *Page[T, B]) RawJSON() string { return string(p.raw) }

// HasNextPage reports whether there is a page after this one: not when this one has no items,
// its has-more field is false, the next cursor is empty, or the total is reached.
func (p *Page[T, B]) HasNextPage() bool {
	_, ok := p.next()
	return ok
}

// GetNextPage fetches the next page; it returns nil, nil after the last.
func (p *Page[T, B]) GetNextPage() (*Page[T, B], error) {
	params, ok := p.next()
	if !ok {
		return nil, nil
	}
	return List[T, B](p.ctx, p.op, params, p.opts...)
}

// next is the next page's request params, if there is a next page.
func (p *Page[T, B]) next() (map[string]any, bool) {
	pg := p.op.Pagination
	if pg == nil || len(p.items) == 0 {
		return nil, false
	}
	if pg.HasMore != "" {
		var more bool
		if json.Unmarshal(p.fields[pg.HasMore], &more) != nil || !more {
			return nil, false
		}
	}
	params := maps.Clone(p.params)
	switch pg.Style {
	case "cursor":
		c, item := pg.After, p.items[len(p.items)-1]
		if pg.Before != nil && p.params[pg.Before.Param] != nil && (c == nil || p.params[c.Param] == nil) {
			c, item = pg.Before, p.items[0] // paging backwards
		}
		if c == nil {
			return nil, false
		}
		source := p.fields[c.From]
		if c.From == "" {
			var fields map[string]json.RawMessage
			_ = json.Unmarshal(item, &fields)
			source = fields[c.Item]
		}
		cursor := value(source)
		if cursor == nil || cursor == "" {
			return nil, false
		}
		params[c.Param] = cursor
	case "page", "offset":
		n := counter(p.params[pg.Param], pg.Style)
		if pg.Style == "offset" {
			n += int64(len(p.items))
		}
		if total, ok := value(p.fields[pg.Total]).(int64); ok && n >= total { // the last page, or every item, reached
			return nil, false
		}
		if pg.Style == "page" {
			n++
		}
		params[pg.Param] = n
	default:
		return nil, false
	}
	return params, true
}

// counter is the page number (1 when not sent) or the offset (0) a request asked for.
func counter(v any, style string) int64 {
	if n, ok := validate.Plain(v).(int64); ok {
		return n
	}
	if style == "page" {
		return 1
	}
	return 0
}

// value is a JSON value with whole numbers as int64 (nil when absent).
func value(data json.RawMessage) any {
	if len(data) == 0 {
		return nil
	}
	var v any
	if json.Unmarshal(data, &v) != nil {
		return nil
	}
	if f, ok := v.(float64); ok && f == float64(int64(f)) {
		return int64(f)
	}
	return v
}

// AutoPager yields every item of a list across pages: for pager.Next() { pager.Current() }; then
// pager.Err().
type AutoPager[T, B any] struct {
	page  *Page[T, B]
	next  int
	index int
	cur   T
	err   error
}

// NewAutoPager starts at a first page (or the error that prevented it).
func NewAutoPager[T, B any](page *Page[T, B], err error) *AutoPager[T, B] {
	return &AutoPager[T, B]{page: page, err: err, index: -1}
}

// Next moves to the next item, fetching the next page when this one is done.
func (a *AutoPager[T, B]) Next() bool {
	for a.err == nil && a.page != nil {
		if a.next < len(a.page.Items) {
			a.cur = a.page.Items[a.next]
			a.next++
			a.index++
			return true
		}
		a.page, a.err = a.page.GetNextPage()
		a.next = 0
	}
	return false
}

// Current is the item Next moved to.
func (a *AutoPager[T, B]) Current() T { return a.cur }

// Err is the error that stopped the paging, if any.
func (a *AutoPager[T, B]) Err() error { return a.err }

// Index is the position of Current across all pages (0 for the first item).
func (a *AutoPager[T, B]) Index() int { return a.index }
