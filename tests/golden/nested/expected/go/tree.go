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
	Label       string           `json:"label"`
	Depth       param.Opt[int64] `json:"depth,omitzero"`
	extraFields map[string]any
}

// SetExtraFields sets fields the struct does not have, sent beside its own by wire name (in a
// JSON body, or as multipart or form fields; not sent by an operation without a body): not
// validated, and a name the struct also has is sent with the extra field's value.
func (p *TreeGrowParams) SetExtraFields(fields map[string]any) { p.extraFields = fields }

// values are the params that are set, by wire name.
func (p TreeGrowParams) values() map[string]any {
	v := map[string]any{}
	v["label"] = p.Label
	if p.Depth.Valid() {
		v["depth"] = p.Depth.Value
	} else if param.IsNull(p.Depth) {
		v["depth"] = nil
	}
	for k, x := range p.extraFields {
		v[k] = x
	}
	return v
}
