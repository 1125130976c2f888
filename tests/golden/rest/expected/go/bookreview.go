// File generated from spec.yaml by sdkgen. DO NOT EDIT.
// Change the spec or the templates and run `make generate` instead.

package library

import (
	"context"
	"slices"

	"example.com/library/internal/requestconfig"
	"example.com/library/option"
	"example.com/library/packages/pagination"
	"example.com/library/packages/param"
)

// Readers' reviews of a book.
//
// Use NewBookReviewService (or the client's Books.Reviews field) rather than building it.
type BookReviewService struct {
	Options []option.RequestOption
	Votes   BookReviewVoteService
}

// NewBookReviewService returns a service with opts applied to every call.
func NewBookReviewService(opts ...option.RequestOption) (r BookReviewService) {
	r.Options = opts
	r.Votes = NewBookReviewVoteService(opts...)
	return
}

func (r *BookReviewService) New(ctx context.Context, bookID string, body BookReviewNewParams, opts ...option.RequestOption) (*Review, error) {
	params := body.values()
	params["book_id"] = bookID
	return requestconfig.ExecuteValue[*Review](ctx, op("books.reviews.create"), params, slices.Concat(r.Options, opts)...)
}

func (r *BookReviewService) Delete(ctx context.Context, bookID string, reviewID string, opts ...option.RequestOption) error {
	params := map[string]any{}
	params["book_id"] = bookID
	params["review_id"] = reviewID
	return requestconfig.ExecuteNone(ctx, op("books.reviews.delete"), params, slices.Concat(r.Options, opts)...)
}

// It returns the first page; page.GetNextPage() fetches the next one, ListAutoPaging every item.
func (r *BookReviewService) List(ctx context.Context, bookID string, query BookReviewListParams, opts ...option.RequestOption) (*pagination.Page[Review, ReviewList], error) {
	params := query.values()
	params["book_id"] = bookID
	return pagination.List[Review, ReviewList](ctx, op("books.reviews.list"), params, slices.Concat(r.Options, opts)...)
}

// ListAutoPaging is List as an iterator over every item of every page, fetched as needed:
// for pager.Next() { pager.Current() }, then pager.Err().
func (r *BookReviewService) ListAutoPaging(ctx context.Context, bookID string, query BookReviewListParams, opts ...option.RequestOption) *pagination.AutoPager[Review, ReviewList] {
	page, err := r.List(ctx, bookID, query, opts...)
	return pagination.NewAutoPager(page, err)
}

type BookReviewNewParams struct {
	Blocks      []ReviewBlockUnionParam `json:"blocks"`
	Stars       int64                   `json:"stars"`
	extraFields map[string]any
}

// SetExtraFields sets fields the struct does not have, sent beside its own by wire name (in a
// JSON body, or as multipart or form fields; not sent by an operation without a body): not
// validated, and a name the struct also has is sent with the extra field's value.
func (p *BookReviewNewParams) SetExtraFields(fields map[string]any) { p.extraFields = fields }

// values are the params that are set, by wire name.
func (p BookReviewNewParams) values() map[string]any {
	v := map[string]any{}
	v["blocks"] = p.Blocks
	v["stars"] = p.Stars
	for k, x := range p.extraFields {
		v[k] = x
	}
	return v
}

type BookReviewListParams struct {
	Limit       param.Opt[int64] `json:"limit,omitzero"`
	Offset      param.Opt[int64] `json:"offset,omitzero"`
	extraFields map[string]any
}

// SetExtraFields sets fields the struct does not have, sent beside its own by wire name (in a
// JSON body, or as multipart or form fields; not sent by an operation without a body): not
// validated, and a name the struct also has is sent with the extra field's value.
func (p *BookReviewListParams) SetExtraFields(fields map[string]any) { p.extraFields = fields }

// values are the params that are set, by wire name.
func (p BookReviewListParams) values() map[string]any {
	v := map[string]any{}
	if p.Limit.Valid() {
		v["limit"] = p.Limit.Value
	} else if param.IsNull(p.Limit) {
		v["limit"] = nil
	}
	if p.Offset.Valid() {
		v["offset"] = p.Offset.Value
	} else if param.IsNull(p.Offset) {
		v["offset"] = nil
	}
	for k, x := range p.extraFields {
		v[k] = x
	}
	return v
}
