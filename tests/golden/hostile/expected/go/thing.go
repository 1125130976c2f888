// File generated from spec.yaml by sdkgen. DO NOT EDIT.
// Change the spec or the templates and run `make generate` instead.

package hostile

import (
	"context"
	"slices"

	"example.com/hostile/internal/requestconfig"
	"example.com/hostile/option"
	"example.com/hostile/packages/param"
	"example.com/hostile/packages/ssestream"
)

// Things """ */ ${x}
//
// Use NewThingService (or the client's Things field) rather than building it.
type ThingService struct {
	Options []option.RequestOption
}

// NewThingService returns a service with opts applied to every call.
func NewThingService(opts ...option.RequestOption) (r ThingService) {
	r.Options = opts
	return
}

// Creates a thing.
//
// """; __import__('os').system('touch PWNED'); """
func (r *ThingService) New(ctx context.Context, body ThingNewParams, opts ...option.RequestOption) (*Thing, error) {
	params := body.values()
	return requestconfig.ExecuteValue[*Thing](ctx, op("things.create"), params, slices.Concat(r.Options, opts)...)
}

// Creates a thing.
//
// """; __import__('os').system('touch PWNED'); """
//
// The response is a stream of events: for stream.Next() { stream.Current() }, then stream.Err().
func (r *ThingService) NewStreaming(ctx context.Context, body ThingNewParams, opts ...option.RequestOption) (stream *ssestream.Stream[EventUnion]) {
	params := body.values()
	params["stream"] = true
	return requestconfig.ExecuteStream[EventUnion](ctx, op("things.create"), params, slices.Concat(r.Options, opts)...)
}

type ThingNewParams struct {
	// The name """ */
	Name  string           `json:"name"`
	Class param.Opt[int64] `json:"class,omitzero"`
	Mode  Mode             `json:"mode,omitzero"`
	// a key that is no identifier
	XYZ         param.Opt[string] `json:"x-y z,omitzero"`
	extraFields map[string]any
}

// SetExtraFields sets fields the struct does not have, sent beside its own by wire name (in a
// JSON body, or as multipart or form fields; not sent by an operation without a body): not
// validated, and a name the struct also has is sent with the extra field's value.
func (p *ThingNewParams) SetExtraFields(fields map[string]any) { p.extraFields = fields }

// values are the params that are set, by wire name.
func (p ThingNewParams) values() map[string]any {
	v := map[string]any{}
	v["name"] = p.Name
	if p.Class.Valid() {
		v["class"] = p.Class.Value
	} else if param.IsNull(p.Class) {
		v["class"] = nil
	}
	if p.Mode != "" {
		v["mode"] = string(p.Mode)
	}
	if p.XYZ.Valid() {
		v["x-y z"] = p.XYZ.Value
	} else if param.IsNull(p.XYZ) {
		v["x-y z"] = nil
	}
	for k, x := range p.extraFields {
		v[k] = x
	}
	return v
}
