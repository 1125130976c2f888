// File generated from spec.yaml by sdkgen. DO NOT EDIT.
// Change the spec or the templates and run `make generate` instead.

package library

import (
	"context"
	"slices"

	"example.com/library/internal/requestconfig"
	"example.com/library/option"
	"example.com/library/packages/ssestream"
)

// The catalog's changes as they happen.
//
// Use NewFeedService (or the client's Feed field) rather than building it.
type FeedService struct {
	Options []option.RequestOption
}

// NewFeedService returns a service with opts applied to every call.
func NewFeedService(opts ...option.RequestOption) (r FeedService) {
	r.Options = opts
	return
}

// The response is read as it arrives: for stream.Next() { stream.Current() }, then stream.Err().
func (r *FeedService) Stream(ctx context.Context, query FeedStreamParams, opts ...option.RequestOption) *ssestream.Stream[FeedEventUnion] {
	params := query.values()
	return requestconfig.ExecuteStream[FeedEventUnion](ctx, op("feed.stream"), params, slices.Concat(r.Options, opts)...)
}

type FeedStreamParams struct {
	Genre       Genre `json:"genre,omitzero"`
	extraFields map[string]any
}

// SetExtraFields sets fields the struct does not have, sent beside its own by wire name (in a
// JSON body, or as multipart or form fields; not sent by an operation without a body): not
// validated, and a name the struct also has is sent with the extra field's value.
func (p *FeedStreamParams) SetExtraFields(fields map[string]any) { p.extraFields = fields }

// values are the params that are set, by wire name.
func (p FeedStreamParams) values() map[string]any {
	v := map[string]any{}
	if p.Genre != "" {
		v["genre"] = string(p.Genre)
	}
	for k, x := range p.extraFields {
		v[k] = x
	}
	return v
}
