// File generated from spec.yaml by sdkgen. DO NOT EDIT.
// Change the spec or the templates and run `make generate` instead.

package chatter

import (
	"context"
	"slices"

	"example.com/chatter/internal/requestconfig"
	"example.com/chatter/option"
	"example.com/chatter/packages/jsonl"
	"example.com/chatter/packages/pagination"
	"example.com/chatter/packages/param"
)

// Use NewMessageBatchService (or the client's Messages.Batches field) rather than building it.
type MessageBatchService struct {
	Options []option.RequestOption
}

// NewMessageBatchService returns a service with opts applied to every call.
func NewMessageBatchService(opts ...option.RequestOption) (r MessageBatchService) {
	r.Options = opts
	return
}

func (r *MessageBatchService) New(ctx context.Context, body MessageBatchNewParams, opts ...option.RequestOption) (*MessageBatch, error) {
	params := body.values()
	return requestconfig.ExecuteValue[*MessageBatch](ctx, op("messages.batches.create"), params, slices.Concat(r.Options, opts)...)
}

// It returns the first page; page.GetNextPage() fetches the next one, ListAutoPaging every item.
func (r *MessageBatchService) List(ctx context.Context, query MessageBatchListParams, opts ...option.RequestOption) (*pagination.Page[MessageBatch, BatchList], error) {
	params := query.values()
	return pagination.List[MessageBatch, BatchList](ctx, op("messages.batches.list"), params, slices.Concat(r.Options, opts)...)
}

// ListAutoPaging is List as an iterator over every item of every page, fetched as needed:
// for pager.Next() { pager.Current() }, then pager.Err().
func (r *MessageBatchService) ListAutoPaging(ctx context.Context, query MessageBatchListParams, opts ...option.RequestOption) *pagination.AutoPager[MessageBatch, BatchList] {
	page, err := r.List(ctx, query, opts...)
	return pagination.NewAutoPager(page, err)
}

// The response is read as it arrives: for stream.Next() { stream.Current() }, then stream.Err().
func (r *MessageBatchService) Results(ctx context.Context, messageBatchID string, opts ...option.RequestOption) *jsonl.Stream[BatchResult] {
	params := map[string]any{}
	params["message_batch_id"] = messageBatchID
	return requestconfig.ExecuteJSONL[BatchResult](ctx, op("messages.batches.results"), params, slices.Concat(r.Options, opts)...)
}

func (r *MessageBatchService) Retrieve(ctx context.Context, messageBatchID string, opts ...option.RequestOption) (*MessageBatch, error) {
	params := map[string]any{}
	params["message_batch_id"] = messageBatchID
	return requestconfig.ExecuteValue[*MessageBatch](ctx, op("messages.batches.retrieve"), params, slices.Concat(r.Options, opts)...)
}

type MessageBatchNewParams struct {
	Requests    []BatchRequestParam `json:"requests"`
	extraFields map[string]any
}

// SetExtraFields sets fields the struct does not have, sent beside its own by wire name (in a
// JSON body, or as multipart or form fields; not sent by an operation without a body): not
// validated, and a name the struct also has is sent with the extra field's value.
func (p *MessageBatchNewParams) SetExtraFields(fields map[string]any) { p.extraFields = fields }

// values are the params that are set, by wire name.
func (p MessageBatchNewParams) values() map[string]any {
	v := map[string]any{}
	v["requests"] = p.Requests
	for k, x := range p.extraFields {
		v[k] = x
	}
	return v
}

type MessageBatchListParams struct {
	AfterID     param.Opt[string] `json:"after_id,omitzero"`
	Limit       param.Opt[int64]  `json:"limit,omitzero"`
	extraFields map[string]any
}

// SetExtraFields sets fields the struct does not have, sent beside its own by wire name (in a
// JSON body, or as multipart or form fields; not sent by an operation without a body): not
// validated, and a name the struct also has is sent with the extra field's value.
func (p *MessageBatchListParams) SetExtraFields(fields map[string]any) { p.extraFields = fields }

// values are the params that are set, by wire name.
func (p MessageBatchListParams) values() map[string]any {
	v := map[string]any{}
	if p.AfterID.Valid() {
		v["after_id"] = p.AfterID.Value
	} else if param.IsNull(p.AfterID) {
		v["after_id"] = nil
	}
	if p.Limit.Valid() {
		v["limit"] = p.Limit.Value
	} else if param.IsNull(p.Limit) {
		v["limit"] = nil
	}
	for k, x := range p.extraFields {
		v[k] = x
	}
	return v
}
