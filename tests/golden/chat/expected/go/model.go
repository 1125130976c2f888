// File generated from spec.yaml by sdkgen. DO NOT EDIT.
// Change the spec or the templates and run `make generate` instead.

package chatter

import (
	"context"
	"slices"

	"example.com/chatter/internal/requestconfig"
	"example.com/chatter/option"
	"example.com/chatter/packages/pagination"
	"example.com/chatter/packages/param"
)

// Use NewModelService (or the client's Models field) rather than building it.
type ModelService struct {
	Options []option.RequestOption
}

// NewModelService returns a service with opts applied to every call.
func NewModelService(opts ...option.RequestOption) (r ModelService) {
	r.Options = opts
	return
}

// It returns the first page; page.GetNextPage() fetches the next one, ListAutoPaging every item.
func (r *ModelService) List(ctx context.Context, query ModelListParams, opts ...option.RequestOption) (*pagination.Page[ModelInfo, ModelList], error) {
	params := query.values()
	return pagination.List[ModelInfo, ModelList](ctx, op("models.list"), params, slices.Concat(r.Options, opts)...)
}

// ListAutoPaging is List as an iterator over every item of every page, fetched as needed:
// for pager.Next() { pager.Current() }, then pager.Err().
func (r *ModelService) ListAutoPaging(ctx context.Context, query ModelListParams, opts ...option.RequestOption) *pagination.AutoPager[ModelInfo, ModelList] {
	page, err := r.List(ctx, query, opts...)
	return pagination.NewAutoPager(page, err)
}

func (r *ModelService) Retrieve(ctx context.Context, modelID string, opts ...option.RequestOption) (*ModelInfo, error) {
	params := map[string]any{}
	params["model_id"] = modelID
	return requestconfig.ExecuteValue[*ModelInfo](ctx, op("models.retrieve"), params, slices.Concat(r.Options, opts)...)
}

type ModelListParams struct {
	AfterID     param.Opt[string] `json:"after_id,omitzero"`
	BeforeID    param.Opt[string] `json:"before_id,omitzero"`
	Limit       param.Opt[int64]  `json:"limit,omitzero"`
	extraFields map[string]any
}

// SetExtraFields sets fields the struct does not have, sent beside its own by wire name (in a
// JSON body, or as multipart or form fields; not sent by an operation without a body): not
// validated, and a name the struct also has is sent with the extra field's value.
func (p *ModelListParams) SetExtraFields(fields map[string]any) { p.extraFields = fields }

// values are the params that are set, by wire name.
func (p ModelListParams) values() map[string]any {
	v := map[string]any{}
	if p.AfterID.Valid() {
		v["after_id"] = p.AfterID.Value
	} else if param.IsNull(p.AfterID) {
		v["after_id"] = nil
	}
	if p.BeforeID.Valid() {
		v["before_id"] = p.BeforeID.Value
	} else if param.IsNull(p.BeforeID) {
		v["before_id"] = nil
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
