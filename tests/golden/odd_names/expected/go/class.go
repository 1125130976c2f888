// File generated from spec.yaml by sdkgen. DO NOT EDIT.
// Change the spec or the templates and run `make generate` instead.

package oddnames

import (
	"context"
	"io"
	"slices"

	"example.com/oddnames/internal/requestconfig"
	"example.com/oddnames/internal/validate"
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

func (r *KlassService) Del(ctx context.Context, body KlassDelParams, opts ...option.RequestOption) (res *Class, err error) {
	err = requestconfig.ExecuteJSON(ctx, opClassDel, body.values(), &res, slices.Concat(r.Options, opts)...)
	return
}

func (r *KlassService) Import(ctx context.Context, body KlassImportParams, opts ...option.RequestOption) (res *Class, err error) {
	err = requestconfig.ExecuteJSON(ctx, opClassImport, body.values(), &res, slices.Concat(r.Options, opts)...)
	return
}

// The response is a stream of events: for stream.Next() { stream.Current() }, then stream.Err().
func (r *KlassService) ImportStreaming(ctx context.Context, body KlassImportParams, opts ...option.RequestOption) (stream *ssestream.Stream[EitherUnion]) {
	params := body.values()
	params["stream"] = true
	res, done, err := requestconfig.Execute(ctx, opClassImport, params, true, slices.Concat(r.Options, opts)...)
	return ssestream.NewStream[EitherUnion](res, done, err)
}

type KlassDelParams struct {
	File   io.Reader         `json:"file"`
	Lambda param.Opt[string] `json:"lambda,omitzero"`
}

// values are the params that are set, by wire name.
func (p KlassDelParams) values() map[string]any {
	v := map[string]any{}
	v["file"] = p.File
	if p.Lambda.Valid() {
		v["lambda"] = p.Lambda.Value
	}
	return v
}

type KlassImportParams struct {
	From         string             `json:"from"`
	N1st         param.Opt[int64]   `json:"1st,omitzero"`
	Class        None               `json:"class,omitzero"`
	ExtraHeaders param.Opt[string]  `json:"extra_headers,omitzero"`
	Timeout      param.Opt[float64] `json:"timeout,omitzero"`
	Type         Type               `json:"type,omitzero"`
}

// values are the params that are set, by wire name.
func (p KlassImportParams) values() map[string]any {
	v := map[string]any{}
	v["from"] = p.From
	if p.N1st.Valid() {
		v["1st"] = p.N1st.Value
	}
	if p.Class != "" {
		v["class"] = string(p.Class)
	}
	if p.ExtraHeaders.Valid() {
		v["extra_headers"] = p.ExtraHeaders.Value
	}
	if p.Timeout.Valid() {
		v["timeout"] = p.Timeout.Value
	}
	if p.Type != "" {
		v["type"] = string(p.Type)
	}
	return v
}

var opClassDel = validate.Operation{
	Name: "class.del", Method: "POST", Path: "/del", Body: "multipart", StreamParam: "",
	Order: []string{"file", "lambda"},
	Fields: map[string]validate.Field{
		"file":   {Kinds: []string{"file"}, Required: true},
		"lambda": {Kinds: []string{"string"}},
	},
	Rules: []validate.Rule{},
}

var opClassImport = validate.Operation{
	Name: "class.import", Method: "POST", Path: "/import", Body: "json", StreamParam: "stream",
	Order: []string{"1st", "class", "extra_headers", "from", "stream", "timeout", "type"},
	Fields: map[string]validate.Field{
		"1st":           {Kinds: []string{"integer"}, Min: validate.F(1.0), Max: validate.F(3.0)},
		"class":         {Kinds: []string{"string"}, Enum: []string{"1024x1024", "auto", "a-b", "a_b", "None", "true", "class"}},
		"extra_headers": {Kinds: []string{"string"}},
		"from":          {Kinds: []string{"string"}, Required: true},
		"stream":        {Kinds: []string{"boolean"}},
		"timeout":       {Kinds: []string{"number"}, Min: validate.F(0.0)},
		"type":          {Kinds: []string{"string"}, Enum: []string{"from", "import"}, Open: true},
	},
	Rules: []validate.Rule{
		{ID: "class-rule", Message: "", When: []validate.Condition{{Param: "class", Values: []string{"1024x1024"}}}, Then: []validate.Check{{Param: "1st", Max: validate.F(1.0)}}},
	},
}
