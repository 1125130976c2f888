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
func (r *ThingService) Create(ctx context.Context, body ThingCreateParams, opts ...option.RequestOption) (res *Thing, err error) {
	err = requestconfig.ExecuteJSON(ctx, op("things.create"), body.values(), &res, slices.Concat(r.Options, opts)...)
	return
}

// Creates a thing.
//
// """; __import__('os').system('touch PWNED'); """
//
// The response is a stream of events: for stream.Next() { stream.Current() }, then stream.Err().
func (r *ThingService) CreateStreaming(ctx context.Context, body ThingCreateParams, opts ...option.RequestOption) (stream *ssestream.Stream[EventUnion]) {
	params := body.values()
	params["stream"] = true
	res, done, err := requestconfig.Execute(ctx, op("things.create"), params, true, slices.Concat(r.Options, opts)...)
	return ssestream.NewStream[EventUnion](res, done, err)
}

type ThingCreateParams struct {
	// The name """ */
	Name  string           `json:"name"`
	Class param.Opt[int64] `json:"class,omitzero"`
	Mode  Mode             `json:"mode,omitzero"`
	// a key that is no identifier
	XYZ param.Opt[string] `json:"x-y z,omitzero"`
}

// values are the params that are set, by wire name.
func (p ThingCreateParams) values() map[string]any {
	v := map[string]any{}
	v["name"] = p.Name
	if p.Class.Valid() {
		v["class"] = p.Class.Value
	}
	if p.Mode != "" {
		v["mode"] = string(p.Mode)
	}
	if p.XYZ.Valid() {
		v["x-y z"] = p.XYZ.Value
	}
	return v
}
