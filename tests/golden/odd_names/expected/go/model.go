// File generated from spec.yaml by sdkgen. DO NOT EDIT.
// Change the spec or the templates and run `make generate` instead.

package oddnames

import (
	"context"
	"slices"

	"example.com/oddnames/internal/requestconfig"
	"example.com/oddnames/option"
	"example.com/oddnames/packages/param"
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

func (r *ModelService) Get(ctx context.Context, body ModelGetParams, opts ...option.RequestOption) (*KlassImportParams, error) {
	params := body.values()
	return requestconfig.ExecuteValue[*KlassImportParams](ctx, op("models.get"), params, slices.Concat(r.Options, opts)...)
}

type ModelGetParams struct {
	Q           param.Opt[string] `json:"q,omitzero"`
	extraFields map[string]any
}

// SetExtraFields sets fields the struct does not have, sent beside its own by wire name (in a
// JSON body, or as multipart or form fields; not sent by an operation without a body): not
// validated, and a name the struct also has is sent with the extra field's value.
func (p *ModelGetParams) SetExtraFields(fields map[string]any) { p.extraFields = fields }

// values are the params that are set, by wire name.
func (p ModelGetParams) values() map[string]any {
	v := map[string]any{}
	if p.Q.Valid() {
		v["q"] = p.Q.Value
	} else if param.IsNull(p.Q) {
		v["q"] = nil
	}
	for k, x := range p.extraFields {
		v[k] = x
	}
	return v
}
