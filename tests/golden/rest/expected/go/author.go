// File generated from spec.yaml by sdkgen. DO NOT EDIT.
// Change the spec or the templates and run `make generate` instead.

package library

import (
	"context"
	"slices"

	"example.com/library/option"
	"example.com/library/packages/pagination"
	"example.com/library/packages/param"
)

// The authors of the catalog's books.
//
// Use NewAuthorService (or the client's Authors field) rather than building it.
type AuthorService struct {
	Options []option.RequestOption
}

// NewAuthorService returns a service with opts applied to every call.
func NewAuthorService(opts ...option.RequestOption) (r AuthorService) {
	r.Options = opts
	return
}

// It returns the first page; page.GetNextPage() fetches the next one, ListAutoPaging every item.
func (r *AuthorService) List(ctx context.Context, query AuthorListParams, opts ...option.RequestOption) (*pagination.Page[Author, AuthorPage], error) {
	params := query.values()
	return pagination.List[Author, AuthorPage](ctx, op("authors.list"), params, slices.Concat(r.Options, opts)...)
}

// ListAutoPaging is List as an iterator over every item of every page, fetched as needed:
// for pager.Next() { pager.Current() }, then pager.Err().
func (r *AuthorService) ListAutoPaging(ctx context.Context, query AuthorListParams, opts ...option.RequestOption) *pagination.AutoPager[Author, AuthorPage] {
	page, err := r.List(ctx, query, opts...)
	return pagination.NewAutoPager(page, err)
}

type AuthorListParams struct {
	Page        param.Opt[int64] `json:"page,omitzero"`
	extraFields map[string]any
}

// SetExtraFields sets fields the struct does not have, sent beside its own by wire name (in a
// JSON body, or as multipart or form fields; not sent by an operation without a body): not
// validated, and a name the struct also has is sent with the extra field's value.
func (p *AuthorListParams) SetExtraFields(fields map[string]any) { p.extraFields = fields }

// values are the params that are set, by wire name.
func (p AuthorListParams) values() map[string]any {
	v := map[string]any{}
	if p.Page.Valid() {
		v["page"] = p.Page.Value
	} else if param.IsNull(p.Page) {
		v["page"] = nil
	}
	for k, x := range p.extraFields {
		v[k] = x
	}
	return v
}
