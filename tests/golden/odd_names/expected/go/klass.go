// File generated from spec.yaml by sdkgen. DO NOT EDIT.
// Change the spec or the templates and run `make generate` instead.

package oddnames

import (
	"context"
	"io"
	"slices"

	"example.com/oddnames/internal/requestconfig"
	"example.com/oddnames/option"
	"example.com/oddnames/packages/param"
	"example.com/oddnames/packages/ssestream"
)

// Use NewKlassService (or the client's Class field) rather than building it.
type KlassService struct {
	Options []option.RequestOption
}

// NewKlassService returns a service with opts applied to every call.
func NewKlassService(opts ...option.RequestOption) (r KlassService) {
	r.Options = opts
	return
}

func (r *KlassService) Del(ctx context.Context, body KlassDelParams, opts ...option.RequestOption) (*Class, error) {
	params := body.values()
	return requestconfig.ExecuteValue[*Class](ctx, op("class.del"), params, slices.Concat(r.Options, opts)...)
}

func (r *KlassService) Import(ctx context.Context, body KlassImportParams_2, opts ...option.RequestOption) (*Class, error) {
	params := body.values()
	return requestconfig.ExecuteValue[*Class](ctx, op("class.import"), params, slices.Concat(r.Options, opts)...)
}

// The response is a stream of events: for stream.Next() { stream.Current() }, then stream.Err().
func (r *KlassService) ImportStreaming(ctx context.Context, body KlassImportParams_2, opts ...option.RequestOption) (stream *ssestream.Stream[EitherUnion]) {
	params := body.values()
	params["stream"] = true
	return requestconfig.ExecuteStream[EitherUnion](ctx, op("class.import"), params, slices.Concat(r.Options, opts)...)
}

type KlassDelParams struct {
	File        io.Reader         `json:"file"`
	Lambda      param.Opt[string] `json:"lambda,omitzero"`
	extraFields map[string]any
}

// SetExtraFields sets fields the struct does not have, sent beside its own by wire name (in a
// JSON body, or as multipart or form fields; not sent by an operation without a body): not
// validated, and a name the struct also has is sent with the extra field's value.
func (p *KlassDelParams) SetExtraFields(fields map[string]any) { p.extraFields = fields }

// values are the params that are set, by wire name.
func (p KlassDelParams) values() map[string]any {
	v := map[string]any{}
	v["file"] = p.File
	if p.Lambda.Valid() {
		v["lambda"] = p.Lambda.Value
	} else if param.IsNull(p.Lambda) {
		v["lambda"] = nil
	}
	for k, x := range p.extraFields {
		v[k] = x
	}
	return v
}

type KlassImportParams_2 struct {
	From         string             `json:"from"`
	N1st         param.Opt[int64]   `json:"1st,omitzero"`
	Class        None               `json:"class,omitzero"`
	ExtraHeaders param.Opt[string]  `json:"extra_headers,omitzero"`
	Timeout      param.Opt[float64] `json:"timeout,omitzero"`
	Type         Type               `json:"type,omitzero"`
	extraFields  map[string]any
}

// SetExtraFields sets fields the struct does not have, sent beside its own by wire name (in a
// JSON body, or as multipart or form fields; not sent by an operation without a body): not
// validated, and a name the struct also has is sent with the extra field's value.
func (p *KlassImportParams_2) SetExtraFields(fields map[string]any) { p.extraFields = fields }

// values are the params that are set, by wire name.
func (p KlassImportParams_2) values() map[string]any {
	v := map[string]any{}
	v["from"] = p.From
	if p.N1st.Valid() {
		v["1st"] = p.N1st.Value
	} else if param.IsNull(p.N1st) {
		v["1st"] = nil
	}
	if p.Class != "" {
		v["class"] = string(p.Class)
	}
	if p.ExtraHeaders.Valid() {
		v["extra_headers"] = p.ExtraHeaders.Value
	} else if param.IsNull(p.ExtraHeaders) {
		v["extra_headers"] = nil
	}
	if p.Timeout.Valid() {
		v["timeout"] = p.Timeout.Value
	} else if param.IsNull(p.Timeout) {
		v["timeout"] = nil
	}
	if p.Type != "" {
		v["type"] = string(p.Type)
	}
	for k, x := range p.extraFields {
		v[k] = x
	}
	return v
}
