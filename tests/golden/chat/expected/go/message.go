// File generated from spec.yaml by sdkgen. DO NOT EDIT.
// Change the spec or the templates and run `make generate` instead.

package chatter

import (
	"context"
	"slices"

	"example.com/chatter/internal/requestconfig"
	"example.com/chatter/option"
	"example.com/chatter/packages/param"
	"example.com/chatter/packages/ssestream"
)

// Use NewMessageService (or the client's Messages field) rather than building it.
type MessageService struct {
	Options []option.RequestOption
	Batches MessageBatchService
}

// NewMessageService returns a service with opts applied to every call.
func NewMessageService(opts ...option.RequestOption) (r MessageService) {
	r.Options = opts
	r.Batches = NewMessageBatchService(opts...)
	return
}

func (r *MessageService) New(ctx context.Context, body MessageNewParams, opts ...option.RequestOption) (*Message, error) {
	params := body.values()
	return requestconfig.ExecuteValue[*Message](ctx, op("messages.create"), params, slices.Concat(r.Options, opts)...)
}

// The response is a stream of events: for stream.Next() { stream.Current() }, then stream.Err().
func (r *MessageService) NewStreaming(ctx context.Context, body MessageNewParams, opts ...option.RequestOption) (stream *ssestream.Stream[MessageStreamEventUnion]) {
	params := body.values()
	params["stream"] = true
	return requestconfig.ExecuteStream[MessageStreamEventUnion](ctx, op("messages.create"), params, slices.Concat(r.Options, opts)...)
}

type MessageNewParams struct {
	MaxTokens   int64               `json:"max_tokens"`
	Messages    []MessageParamParam `json:"messages"`
	Model       string              `json:"model"`
	Metadata    map[string]string   `json:"metadata,omitzero"`
	Temperature param.Opt[float64]  `json:"temperature,omitzero"`
	Tools       []ToolParam         `json:"tools,omitzero"`
	extraFields map[string]any
}

// SetExtraFields sets fields the struct does not have, sent beside its own by wire name (in a
// JSON body, or as multipart or form fields; not sent by an operation without a body): not
// validated, and a name the struct also has is sent with the extra field's value.
func (p *MessageNewParams) SetExtraFields(fields map[string]any) { p.extraFields = fields }

// values are the params that are set, by wire name.
func (p MessageNewParams) values() map[string]any {
	v := map[string]any{}
	v["max_tokens"] = p.MaxTokens
	v["messages"] = p.Messages
	v["model"] = p.Model
	if p.Metadata != nil {
		v["metadata"] = p.Metadata
	}
	if p.Temperature.Valid() {
		v["temperature"] = p.Temperature.Value
	} else if param.IsNull(p.Temperature) {
		v["temperature"] = nil
	}
	if p.Tools != nil {
		v["tools"] = p.Tools
	}
	for k, x := range p.extraFields {
		v[k] = x
	}
	return v
}
