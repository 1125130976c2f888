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
	AfterID  param.Opt[string] `json:"after_id,omitzero"`
	BeforeID param.Opt[string] `json:"before_id,omitzero"`
	Limit    param.Opt[int64]  `json:"limit,omitzero"`
}

// values are the params that are set, by wire name.
func (p ModelListParams) values() map[string]any {
	v := map[string]any{}
	if p.AfterID.Valid() {
		v["after_id"] = p.AfterID.Value
	}
	if p.BeforeID.Valid() {
		v["before_id"] = p.BeforeID.Value
	}
	if p.Limit.Valid() {
		v["limit"] = p.Limit.Value
	}
	return v
}
