// File generated from spec.yaml by sdkgen. DO NOT EDIT.
// Change the spec or the templates and run `make generate` instead.

package library

import (
	"context"
	"slices"

	"example.com/library/internal/requestconfig"
	"example.com/library/option"
)

// Whether readers found a review helpful.
//
// Use NewBookReviewVoteService (or the client's Books.Reviews.Votes field) rather than building it.
type BookReviewVoteService struct {
	Options []option.RequestOption
}

// NewBookReviewVoteService returns a service with opts applied to every call.
func NewBookReviewVoteService(opts ...option.RequestOption) (r BookReviewVoteService) {
	r.Options = opts
	return
}

func (r *BookReviewVoteService) New(ctx context.Context, bookID string, reviewID string, body BookReviewVoteNewParams, opts ...option.RequestOption) (*Vote, error) {
	params := body.values()
	params["book_id"] = bookID
	params["review_id"] = reviewID
	return requestconfig.ExecuteValue[*Vote](ctx, op("books.reviews.votes.create"), params, slices.Concat(r.Options, opts)...)
}

type BookReviewVoteNewParams struct {
	Helpful     bool `json:"helpful"`
	extraFields map[string]any
}

// SetExtraFields sets fields the struct does not have, sent beside its own by wire name (in a
// JSON body, or as multipart or form fields; not sent by an operation without a body): not
// validated, and a name the struct also has is sent with the extra field's value.
func (p *BookReviewVoteNewParams) SetExtraFields(fields map[string]any) { p.extraFields = fields }

// values are the params that are set, by wire name.
func (p BookReviewVoteNewParams) values() map[string]any {
	v := map[string]any{}
	v["helpful"] = p.Helpful
	for k, x := range p.extraFields {
		v[k] = x
	}
	return v
}
