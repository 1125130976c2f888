// File generated from spec.yaml by sdkgen. DO NOT EDIT.
// Change the spec or the templates and run `make generate` instead.

package nested

import (
	"context"
	"slices"

	"example.com/nested/internal/requestconfig"
	"example.com/nested/option"
	"example.com/nested/packages/param"
)

// Use NewTreeService (or the client's Trees field) rather than building it.
type TreeService struct {
	Options []option.RequestOption
}

// NewTreeService returns a service with opts applied to every call.
func NewTreeService(opts ...option.RequestOption) (r TreeService) {
	r.Options = opts
	return
}

func (r *TreeService) Grow(ctx context.Context, body TreeGrowParams, opts ...option.RequestOption) (*TreeNode, error) {
	params := body.values()
	return requestconfig.ExecuteValue[*TreeNode](ctx, op("trees.grow"), params, slices.Concat(r.Options, opts)...)
}

type TreeGrowParams struct {
	Label string           `json:"label"`
	Depth param.Opt[int64] `json:"depth,omitzero"`
}

// values are the params that are set, by wire name.
func (p TreeGrowParams) values() map[string]any {
	v := map[string]any{}
	v["label"] = p.Label
	if p.Depth.Valid() {
		v["depth"] = p.Depth.Value
	}
	return v
}
