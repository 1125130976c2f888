// File generated from spec.yaml by sdkgen. DO NOT EDIT.
// Change the spec or the templates and run `make generate` instead.

package nested

import (
	"context"
	"encoding/json"
	"slices"

	"example.com/nested/internal/requestconfig"
	"example.com/nested/option"
	"example.com/nested/packages/param"
)

// Use NewDrawingService (or the client's Drawings field) rather than building it.
type DrawingService struct {
	Options []option.RequestOption
}

// NewDrawingService returns a service with opts applied to every call.
func NewDrawingService(opts ...option.RequestOption) (r DrawingService) {
	r.Options = opts
	return
}

func (r *DrawingService) New(ctx context.Context, body DrawingNewParams, opts ...option.RequestOption) (*Drawing, error) {
	params := body.values()
	return requestconfig.ExecuteValue[*Drawing](ctx, op("drawings.create"), params, slices.Concat(r.Options, opts)...)
}

type DrawingNewParams struct {
	ID          string                 `json:"id"`
	Color       Color                  `json:"color,omitzero"`
	Grid        [][]int64              `json:"grid,omitzero"`
	Shapes      []ShapeUnionParam      `json:"shapes,omitzero"`
	Style       *DrawingNewParamsStyle `json:"style,omitzero"`
	extraFields map[string]any
}

// SetExtraFields sets fields the struct does not have, sent beside its own by wire name (in a
// JSON body, or as multipart or form fields; not sent by an operation without a body): not
// validated, and a name the struct also has is sent with the extra field's value.
func (p *DrawingNewParams) SetExtraFields(fields map[string]any) { p.extraFields = fields }

// values are the params that are set, by wire name.
func (p DrawingNewParams) values() map[string]any {
	v := map[string]any{}
	v["id"] = p.ID
	if p.Color != "" {
		v["color"] = string(p.Color)
	}
	if p.Grid != nil {
		v["grid"] = p.Grid
	}
	if p.Shapes != nil {
		v["shapes"] = p.Shapes
	}
	if p.Style != nil {
		v["style"] = p.Style.values()
	}
	for k, x := range p.extraFields {
		v[k] = x
	}
	return v
}

type DrawingNewParamsStyle struct {
	Stroke      Color            `json:"stroke,omitzero"`
	Width       param.Opt[int64] `json:"width,omitzero"`
	extraFields map[string]any
}

// SetExtraFields sets fields the struct does not have, sent beside its own by wire name (in a
// JSON body, or as multipart or form fields; not sent by an operation without a body): not
// validated, and a name the struct also has is sent with the extra field's value.
func (p *DrawingNewParamsStyle) SetExtraFields(fields map[string]any) { p.extraFields = fields }

// values are the params that are set, by wire name.
func (p DrawingNewParamsStyle) values() map[string]any {
	v := map[string]any{}
	if p.Stroke != "" {
		v["stroke"] = string(p.Stroke)
	}
	if p.Width.Valid() {
		v["width"] = p.Width.Value
	} else if param.IsNull(p.Width) {
		v["width"] = nil
	}
	for k, x := range p.extraFields {
		v[k] = x
	}
	return v
}

// MarshalJSON sends the fields that are set.
func (p DrawingNewParamsStyle) MarshalJSON() ([]byte, error) { return json.Marshal(p.values()) }
