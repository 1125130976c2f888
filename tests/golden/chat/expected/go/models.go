// File generated from spec.yaml by sdkgen. DO NOT EDIT.
// Change the spec or the templates and run `make generate` instead.

package chatter

import (
	"encoding/json"
	"time"

	"example.com/chatter/internal/apijson"
	"example.com/chatter/packages/param"
	"example.com/chatter/packages/respjson"
	"example.com/chatter/shared/constant"
)

type Role string

const (
	RoleUser      Role = "user"
	RoleAssistant Role = "assistant"
)

// Other values are accepted too (an open enum).
type StopReason = string

const (
	StopReasonEndTurn   StopReason = "end_turn"
	StopReasonMaxTokens StopReason = "max_tokens"
	StopReasonToolUse   StopReason = "tool_use"
)

type ImageSourceMediaType string

const (
	ImageSourceMediaTypeImagePNG  ImageSourceMediaType = "image/png"
	ImageSourceMediaTypeImageJPEG ImageSourceMediaType = "image/jpeg"
)

type MessageBatchProcessingStatus string

const (
	MessageBatchProcessingStatusInProgress MessageBatchProcessingStatus = "in_progress"
	MessageBatchProcessingStatusCanceling  MessageBatchProcessingStatus = "canceling"
	MessageBatchProcessingStatusEnded      MessageBatchProcessingStatus = "ended"
)

type BatchList struct {
	Data    []MessageBatch `json:"data"`
	HasMore bool           `json:"has_more"`
	LastID  string         `json:"last_id,omitzero"`
	// JSON is what the API sent for each property: check presence with [respjson.Field.Valid].
	JSON struct {
		Data        respjson.Field
		HasMore     respjson.Field
		LastID      respjson.Field
		ExtraFields map[string]respjson.Field
		raw         string
	} `json:"-"`
}

// RawJSON is the object as the API sent it, including properties the spec does not know.
func (r BatchList) RawJSON() string { return r.JSON.raw }

// UnmarshalJSON decodes the object and records what the API sent for each property in JSON.
func (r *BatchList) UnmarshalJSON(data []byte) error {
	err := apijson.UnmarshalRoot(data, r)
	r.JSON.raw = string(data)
	return err
}

type BatchRequest struct {
	CustomID string         `json:"custom_id"`
	Params   map[string]any `json:"params"`
	// JSON is what the API sent for each property: check presence with [respjson.Field.Valid].
	JSON struct {
		CustomID    respjson.Field
		Params      respjson.Field
		ExtraFields map[string]respjson.Field
		raw         string
	} `json:"-"`
}

// RawJSON is the object as the API sent it, including properties the spec does not know.
func (r BatchRequest) RawJSON() string { return r.JSON.raw }

// UnmarshalJSON decodes the object and records what the API sent for each property in JSON.
func (r *BatchRequest) UnmarshalJSON(data []byte) error {
	err := apijson.UnmarshalRoot(data, r)
	r.JSON.raw = string(data)
	return err
}

type BatchResult struct {
	CustomID string         `json:"custom_id"`
	Result   map[string]any `json:"result"`
	// JSON is what the API sent for each property: check presence with [respjson.Field.Valid].
	JSON struct {
		CustomID    respjson.Field
		Result      respjson.Field
		ExtraFields map[string]respjson.Field
		raw         string
	} `json:"-"`
}

// RawJSON is the object as the API sent it, including properties the spec does not know.
func (r BatchResult) RawJSON() string { return r.JSON.raw }

// UnmarshalJSON decodes the object and records what the API sent for each property in JSON.
func (r *BatchResult) UnmarshalJSON(data []byte) error {
	err := apijson.UnmarshalRoot(data, r)
	r.JSON.raw = string(data)
	return err
}

type ContentBlockDeltaEvent struct {
	Delta ContentBlockDeltaEventDelta `json:"delta"`
	Index int64                       `json:"index"`
	Type  constant.ContentBlockDelta  `json:"type"`
	// JSON is what the API sent for each property: check presence with [respjson.Field.Valid].
	JSON struct {
		Delta       respjson.Field
		Index       respjson.Field
		Type        respjson.Field
		ExtraFields map[string]respjson.Field
		raw         string
	} `json:"-"`
}

// RawJSON is the object as the API sent it, including properties the spec does not know.
func (r ContentBlockDeltaEvent) RawJSON() string { return r.JSON.raw }

// UnmarshalJSON decodes the object and records what the API sent for each property in JSON.
func (r *ContentBlockDeltaEvent) UnmarshalJSON(data []byte) error {
	err := apijson.UnmarshalRoot(data, r)
	r.JSON.raw = string(data)
	return err
}

type ImageBlock struct {
	Source ImageSource    `json:"source"`
	Type   constant.Image `json:"type"`
	// JSON is what the API sent for each property: check presence with [respjson.Field.Valid].
	JSON struct {
		Source      respjson.Field
		Type        respjson.Field
		ExtraFields map[string]respjson.Field
		raw         string
	} `json:"-"`
}

// RawJSON is the object as the API sent it, including properties the spec does not know.
func (r ImageBlock) RawJSON() string { return r.JSON.raw }

// UnmarshalJSON decodes the object and records what the API sent for each property in JSON.
func (r *ImageBlock) UnmarshalJSON(data []byte) error {
	err := apijson.UnmarshalRoot(data, r)
	r.JSON.raw = string(data)
	return err
}

type ImageSource struct {
	Data      string               `json:"data"`
	MediaType ImageSourceMediaType `json:"media_type"`
	Type      constant.Base64      `json:"type"`
	// JSON is what the API sent for each property: check presence with [respjson.Field.Valid].
	JSON struct {
		Data        respjson.Field
		MediaType   respjson.Field
		Type        respjson.Field
		ExtraFields map[string]respjson.Field
		raw         string
	} `json:"-"`
}

// RawJSON is the object as the API sent it, including properties the spec does not know.
func (r ImageSource) RawJSON() string { return r.JSON.raw }

// UnmarshalJSON decodes the object and records what the API sent for each property in JSON.
func (r *ImageSource) UnmarshalJSON(data []byte) error {
	err := apijson.UnmarshalRoot(data, r)
	r.JSON.raw = string(data)
	return err
}

type Message struct {
	Content    []ContentBlockUnion `json:"content"`
	ID         string              `json:"id"`
	Model      string              `json:"model"`
	Role       constant.Assistant  `json:"role"`
	Type       constant.Message    `json:"type"`
	Usage      Usage               `json:"usage"`
	StopReason StopReason          `json:"stop_reason,omitzero"`
	// JSON is what the API sent for each property: check presence with [respjson.Field.Valid].
	JSON struct {
		Content     respjson.Field
		ID          respjson.Field
		Model       respjson.Field
		Role        respjson.Field
		Type        respjson.Field
		Usage       respjson.Field
		StopReason  respjson.Field
		ExtraFields map[string]respjson.Field
		raw         string
	} `json:"-"`
}

// RawJSON is the object as the API sent it, including properties the spec does not know.
func (r Message) RawJSON() string { return r.JSON.raw }

// UnmarshalJSON decodes the object and records what the API sent for each property in JSON.
func (r *Message) UnmarshalJSON(data []byte) error {
	err := apijson.UnmarshalRoot(data, r)
	r.JSON.raw = string(data)
	return err
}

type MessageBatch struct {
	CreatedAt        time.Time                    `json:"created_at"`
	ID               string                       `json:"id"`
	ProcessingStatus MessageBatchProcessingStatus `json:"processing_status"`
	// JSON is what the API sent for each property: check presence with [respjson.Field.Valid].
	JSON struct {
		CreatedAt        respjson.Field
		ID               respjson.Field
		ProcessingStatus respjson.Field
		ExtraFields      map[string]respjson.Field
		raw              string
	} `json:"-"`
}

// RawJSON is the object as the API sent it, including properties the spec does not know.
func (r MessageBatch) RawJSON() string { return r.JSON.raw }

// UnmarshalJSON decodes the object and records what the API sent for each property in JSON.
func (r *MessageBatch) UnmarshalJSON(data []byte) error {
	err := apijson.UnmarshalRoot(data, r)
	r.JSON.raw = string(data)
	return err
}

type MessageParam struct {
	Content []ContentBlockUnion `json:"content"`
	Role    Role                `json:"role"`
	// JSON is what the API sent for each property: check presence with [respjson.Field.Valid].
	JSON struct {
		Content     respjson.Field
		Role        respjson.Field
		ExtraFields map[string]respjson.Field
		raw         string
	} `json:"-"`
}

// RawJSON is the object as the API sent it, including properties the spec does not know.
func (r MessageParam) RawJSON() string { return r.JSON.raw }

// UnmarshalJSON decodes the object and records what the API sent for each property in JSON.
func (r *MessageParam) UnmarshalJSON(data []byte) error {
	err := apijson.UnmarshalRoot(data, r)
	r.JSON.raw = string(data)
	return err
}

type MessageStartEvent struct {
	Message Message               `json:"message"`
	Type    constant.MessageStart `json:"type"`
	// JSON is what the API sent for each property: check presence with [respjson.Field.Valid].
	JSON struct {
		Message     respjson.Field
		Type        respjson.Field
		ExtraFields map[string]respjson.Field
		raw         string
	} `json:"-"`
}

// RawJSON is the object as the API sent it, including properties the spec does not know.
func (r MessageStartEvent) RawJSON() string { return r.JSON.raw }

// UnmarshalJSON decodes the object and records what the API sent for each property in JSON.
func (r *MessageStartEvent) UnmarshalJSON(data []byte) error {
	err := apijson.UnmarshalRoot(data, r)
	r.JSON.raw = string(data)
	return err
}

type MessageStopEvent struct {
	Type constant.MessageStop `json:"type"`
	// JSON is what the API sent for each property: check presence with [respjson.Field.Valid].
	JSON struct {
		Type        respjson.Field
		ExtraFields map[string]respjson.Field
		raw         string
	} `json:"-"`
}

// RawJSON is the object as the API sent it, including properties the spec does not know.
func (r MessageStopEvent) RawJSON() string { return r.JSON.raw }

// UnmarshalJSON decodes the object and records what the API sent for each property in JSON.
func (r *MessageStopEvent) UnmarshalJSON(data []byte) error {
	err := apijson.UnmarshalRoot(data, r)
	r.JSON.raw = string(data)
	return err
}

type ModelInfo struct {
	CreatedAt   time.Time `json:"created_at"`
	DisplayName string    `json:"display_name"`
	ID          string    `json:"id"`
	// JSON is what the API sent for each property: check presence with [respjson.Field.Valid].
	JSON struct {
		CreatedAt   respjson.Field
		DisplayName respjson.Field
		ID          respjson.Field
		ExtraFields map[string]respjson.Field
		raw         string
	} `json:"-"`
}

// RawJSON is the object as the API sent it, including properties the spec does not know.
func (r ModelInfo) RawJSON() string { return r.JSON.raw }

// UnmarshalJSON decodes the object and records what the API sent for each property in JSON.
func (r *ModelInfo) UnmarshalJSON(data []byte) error {
	err := apijson.UnmarshalRoot(data, r)
	r.JSON.raw = string(data)
	return err
}

type ModelList struct {
	Data    []ModelInfo `json:"data"`
	HasMore bool        `json:"has_more"`
	FirstID string      `json:"first_id,omitzero"`
	LastID  string      `json:"last_id,omitzero"`
	// JSON is what the API sent for each property: check presence with [respjson.Field.Valid].
	JSON struct {
		Data        respjson.Field
		HasMore     respjson.Field
		FirstID     respjson.Field
		LastID      respjson.Field
		ExtraFields map[string]respjson.Field
		raw         string
	} `json:"-"`
}

// RawJSON is the object as the API sent it, including properties the spec does not know.
func (r ModelList) RawJSON() string { return r.JSON.raw }

// UnmarshalJSON decodes the object and records what the API sent for each property in JSON.
func (r *ModelList) UnmarshalJSON(data []byte) error {
	err := apijson.UnmarshalRoot(data, r)
	r.JSON.raw = string(data)
	return err
}

type TextBlock struct {
	Text string        `json:"text"`
	Type constant.Text `json:"type"`
	// JSON is what the API sent for each property: check presence with [respjson.Field.Valid].
	JSON struct {
		Text        respjson.Field
		Type        respjson.Field
		ExtraFields map[string]respjson.Field
		raw         string
	} `json:"-"`
}

// RawJSON is the object as the API sent it, including properties the spec does not know.
func (r TextBlock) RawJSON() string { return r.JSON.raw }

// UnmarshalJSON decodes the object and records what the API sent for each property in JSON.
func (r *TextBlock) UnmarshalJSON(data []byte) error {
	err := apijson.UnmarshalRoot(data, r)
	r.JSON.raw = string(data)
	return err
}

type Tool struct {
	InputSchema map[string]any `json:"input_schema"`
	Name        string         `json:"name"`
	Description string         `json:"description,omitzero"`
	// JSON is what the API sent for each property: check presence with [respjson.Field.Valid].
	JSON struct {
		InputSchema respjson.Field
		Name        respjson.Field
		Description respjson.Field
		ExtraFields map[string]respjson.Field
		raw         string
	} `json:"-"`
}

// RawJSON is the object as the API sent it, including properties the spec does not know.
func (r Tool) RawJSON() string { return r.JSON.raw }

// UnmarshalJSON decodes the object and records what the API sent for each property in JSON.
func (r *Tool) UnmarshalJSON(data []byte) error {
	err := apijson.UnmarshalRoot(data, r)
	r.JSON.raw = string(data)
	return err
}

type ToolUseBlock struct {
	ID    string           `json:"id"`
	Input map[string]any   `json:"input"`
	Name  string           `json:"name"`
	Type  constant.ToolUse `json:"type"`
	// JSON is what the API sent for each property: check presence with [respjson.Field.Valid].
	JSON struct {
		ID          respjson.Field
		Input       respjson.Field
		Name        respjson.Field
		Type        respjson.Field
		ExtraFields map[string]respjson.Field
		raw         string
	} `json:"-"`
}

// RawJSON is the object as the API sent it, including properties the spec does not know.
func (r ToolUseBlock) RawJSON() string { return r.JSON.raw }

// UnmarshalJSON decodes the object and records what the API sent for each property in JSON.
func (r *ToolUseBlock) UnmarshalJSON(data []byte) error {
	err := apijson.UnmarshalRoot(data, r)
	r.JSON.raw = string(data)
	return err
}

type Usage struct {
	InputTokens  int64 `json:"input_tokens"`
	OutputTokens int64 `json:"output_tokens"`
	// JSON is what the API sent for each property: check presence with [respjson.Field.Valid].
	JSON struct {
		InputTokens  respjson.Field
		OutputTokens respjson.Field
		ExtraFields  map[string]respjson.Field
		raw          string
	} `json:"-"`
}

// RawJSON is the object as the API sent it, including properties the spec does not know.
func (r Usage) RawJSON() string { return r.JSON.raw }

// UnmarshalJSON decodes the object and records what the API sent for each property in JSON.
func (r *Usage) UnmarshalJSON(data []byte) error {
	err := apijson.UnmarshalRoot(data, r)
	r.JSON.raw = string(data)
	return err
}

type ContentBlockDeltaEventDelta struct {
	Type string `json:"type"`
	Text string `json:"text,omitzero"`
	// JSON is what the API sent for each property: check presence with [respjson.Field.Valid].
	JSON struct {
		Type        respjson.Field
		Text        respjson.Field
		ExtraFields map[string]respjson.Field
		raw         string
	} `json:"-"`
}

// RawJSON is the object as the API sent it, including properties the spec does not know.
func (r ContentBlockDeltaEventDelta) RawJSON() string { return r.JSON.raw }

// UnmarshalJSON decodes the object and records what the API sent for each property in JSON.
func (r *ContentBlockDeltaEventDelta) UnmarshalJSON(data []byte) error {
	err := apijson.UnmarshalRoot(data, r)
	r.JSON.raw = string(data)
	return err
}

// It holds the fields of every variant; use AsAny or the As methods for the typed variant. A
// variant the spec does not know is kept: its Type and RawJSON are set and AsAny
// returns nil.
type ContentBlockUnion struct {
	ID     string         `json:"id,omitzero"`
	Input  map[string]any `json:"input,omitzero"`
	Name   string         `json:"name,omitzero"`
	Source ImageSource    `json:"source,omitzero"`
	Text   string         `json:"text,omitzero"`
	// Any of "text", "image", "tool_use".
	Type string `json:"type,omitzero"`
	// JSON is what the API sent for each property: check presence with [respjson.Field.Valid].
	JSON struct {
		ID     respjson.Field
		Input  respjson.Field
		Name   respjson.Field
		Source respjson.Field
		Text   respjson.Field
		Type   respjson.Field
		raw    string
	} `json:"-"`
}

// RawJSON is the object as the API sent it.
func (u ContentBlockUnion) RawJSON() string { return u.JSON.raw }

// UnmarshalJSON decodes the object and records what the API sent for each property in JSON.
func (u *ContentBlockUnion) UnmarshalJSON(data []byte) error {
	err := apijson.UnmarshalRoot(data, u)
	u.JSON.raw = string(data)
	return err
}

// anyContentBlockUnion is implemented by each variant of ContentBlockUnion.
type anyContentBlockUnion interface {
	implContentBlockUnion()
}

func (TextBlock) implContentBlockUnion() {}

// AsText decodes the object as a TextBlock (Type "text").
func (u ContentBlockUnion) AsText() (v TextBlock) {
	_ = json.Unmarshal([]byte(u.JSON.raw), &v)
	return
}

func (ImageBlock) implContentBlockUnion() {}

// AsImage decodes the object as a ImageBlock (Type "image").
func (u ContentBlockUnion) AsImage() (v ImageBlock) {
	_ = json.Unmarshal([]byte(u.JSON.raw), &v)
	return
}

func (ToolUseBlock) implContentBlockUnion() {}

// AsToolUse decodes the object as a ToolUseBlock (Type "tool_use").
func (u ContentBlockUnion) AsToolUse() (v ToolUseBlock) {
	_ = json.Unmarshal([]byte(u.JSON.raw), &v)
	return
}

// AsAny returns the typed variant, or nil for a Type the spec does not know.
func (u ContentBlockUnion) AsAny() anyContentBlockUnion {
	switch u.Type {
	case "text":
		return u.AsText()
	case "image":
		return u.AsImage()
	case "tool_use":
		return u.AsToolUse()
	}
	return nil
}

// It holds the fields of every variant; use AsAny or the As methods for the typed variant. A
// variant the spec does not know is kept: its Type and RawJSON are set and AsAny
// returns nil.
type MessageStreamEventUnion struct {
	Delta   ContentBlockDeltaEventDelta `json:"delta,omitzero"`
	Index   int64                       `json:"index,omitzero"`
	Message Message                     `json:"message,omitzero"`
	// Any of "message_start", "content_block_delta", "message_stop".
	Type string `json:"type,omitzero"`
	// JSON is what the API sent for each property: check presence with [respjson.Field.Valid].
	JSON struct {
		Delta   respjson.Field
		Index   respjson.Field
		Message respjson.Field
		Type    respjson.Field
		raw     string
	} `json:"-"`
}

// RawJSON is the object as the API sent it.
func (u MessageStreamEventUnion) RawJSON() string { return u.JSON.raw }

// UnmarshalJSON decodes the object and records what the API sent for each property in JSON.
func (u *MessageStreamEventUnion) UnmarshalJSON(data []byte) error {
	err := apijson.UnmarshalRoot(data, u)
	u.JSON.raw = string(data)
	return err
}

// anyMessageStreamEventUnion is implemented by each variant of MessageStreamEventUnion.
type anyMessageStreamEventUnion interface {
	implMessageStreamEventUnion()
}

func (MessageStartEvent) implMessageStreamEventUnion() {}

// AsMessageStart decodes the object as a MessageStartEvent (Type "message_start").
func (u MessageStreamEventUnion) AsMessageStart() (v MessageStartEvent) {
	_ = json.Unmarshal([]byte(u.JSON.raw), &v)
	return
}

func (ContentBlockDeltaEvent) implMessageStreamEventUnion() {}

// AsContentBlockDelta decodes the object as a ContentBlockDeltaEvent (Type "content_block_delta").
func (u MessageStreamEventUnion) AsContentBlockDelta() (v ContentBlockDeltaEvent) {
	_ = json.Unmarshal([]byte(u.JSON.raw), &v)
	return
}

func (MessageStopEvent) implMessageStreamEventUnion() {}

// AsMessageStop decodes the object as a MessageStopEvent (Type "message_stop").
func (u MessageStreamEventUnion) AsMessageStop() (v MessageStopEvent) {
	_ = json.Unmarshal([]byte(u.JSON.raw), &v)
	return
}

// AsAny returns the typed variant, or nil for a Type the spec does not know.
func (u MessageStreamEventUnion) AsAny() anyMessageStreamEventUnion {
	switch u.Type {
	case "message_start":
		return u.AsMessageStart()
	case "content_block_delta":
		return u.AsContentBlockDelta()
	case "message_stop":
		return u.AsMessageStop()
	}
	return nil
}

type BatchRequestParam struct {
	CustomID    string         `json:"custom_id"`
	Params      map[string]any `json:"params"`
	extraFields map[string]any
}

// SetExtraFields sets fields the struct does not have, sent beside its own by wire name (in a
// JSON body, or as multipart or form fields; not sent by an operation without a body): not
// validated, and a name the struct also has is sent with the extra field's value.
func (p *BatchRequestParam) SetExtraFields(fields map[string]any) { p.extraFields = fields }

// values are the params that are set, by wire name.
func (p BatchRequestParam) values() map[string]any {
	v := map[string]any{}
	v["custom_id"] = p.CustomID
	v["params"] = p.Params
	for k, x := range p.extraFields {
		v[k] = x
	}
	return v
}

// MarshalJSON sends the fields that are set.
func (p BatchRequestParam) MarshalJSON() ([]byte, error) { return json.Marshal(p.values()) }

type ImageBlockParam struct {
	Source      ImageSourceParam `json:"source"`
	Type        constant.Image   `json:"type"`
	extraFields map[string]any
}

// SetExtraFields sets fields the struct does not have, sent beside its own by wire name (in a
// JSON body, or as multipart or form fields; not sent by an operation without a body): not
// validated, and a name the struct also has is sent with the extra field's value.
func (p *ImageBlockParam) SetExtraFields(fields map[string]any) { p.extraFields = fields }

// values are the params that are set, by wire name.
func (p ImageBlockParam) values() map[string]any {
	v := map[string]any{}
	v["source"] = p.Source.values()
	v["type"] = "image" // the constant's default when unset
	if p.Type != "" {
		v["type"] = string(p.Type)
	}
	for k, x := range p.extraFields {
		v[k] = x
	}
	return v
}

// MarshalJSON sends the fields that are set.
func (p ImageBlockParam) MarshalJSON() ([]byte, error) { return json.Marshal(p.values()) }

type ImageSourceParam struct {
	Data        string               `json:"data"`
	MediaType   ImageSourceMediaType `json:"media_type"`
	Type        constant.Base64      `json:"type"`
	extraFields map[string]any
}

// SetExtraFields sets fields the struct does not have, sent beside its own by wire name (in a
// JSON body, or as multipart or form fields; not sent by an operation without a body): not
// validated, and a name the struct also has is sent with the extra field's value.
func (p *ImageSourceParam) SetExtraFields(fields map[string]any) { p.extraFields = fields }

// values are the params that are set, by wire name.
func (p ImageSourceParam) values() map[string]any {
	v := map[string]any{}
	v["data"] = p.Data
	v["media_type"] = string(p.MediaType)
	v["type"] = "base64" // the constant's default when unset
	if p.Type != "" {
		v["type"] = string(p.Type)
	}
	for k, x := range p.extraFields {
		v[k] = x
	}
	return v
}

// MarshalJSON sends the fields that are set.
func (p ImageSourceParam) MarshalJSON() ([]byte, error) { return json.Marshal(p.values()) }

type MessageParamParam struct {
	Content     []ContentBlockUnionParam `json:"content"`
	Role        Role                     `json:"role"`
	extraFields map[string]any
}

// SetExtraFields sets fields the struct does not have, sent beside its own by wire name (in a
// JSON body, or as multipart or form fields; not sent by an operation without a body): not
// validated, and a name the struct also has is sent with the extra field's value.
func (p *MessageParamParam) SetExtraFields(fields map[string]any) { p.extraFields = fields }

// values are the params that are set, by wire name.
func (p MessageParamParam) values() map[string]any {
	v := map[string]any{}
	v["content"] = p.Content
	v["role"] = string(p.Role)
	for k, x := range p.extraFields {
		v[k] = x
	}
	return v
}

// MarshalJSON sends the fields that are set.
func (p MessageParamParam) MarshalJSON() ([]byte, error) { return json.Marshal(p.values()) }

type TextBlockParam struct {
	Text        string        `json:"text"`
	Type        constant.Text `json:"type"`
	extraFields map[string]any
}

// SetExtraFields sets fields the struct does not have, sent beside its own by wire name (in a
// JSON body, or as multipart or form fields; not sent by an operation without a body): not
// validated, and a name the struct also has is sent with the extra field's value.
func (p *TextBlockParam) SetExtraFields(fields map[string]any) { p.extraFields = fields }

// values are the params that are set, by wire name.
func (p TextBlockParam) values() map[string]any {
	v := map[string]any{}
	v["text"] = p.Text
	v["type"] = "text" // the constant's default when unset
	if p.Type != "" {
		v["type"] = string(p.Type)
	}
	for k, x := range p.extraFields {
		v[k] = x
	}
	return v
}

// MarshalJSON sends the fields that are set.
func (p TextBlockParam) MarshalJSON() ([]byte, error) { return json.Marshal(p.values()) }

type ToolParam struct {
	InputSchema map[string]any    `json:"input_schema"`
	Name        string            `json:"name"`
	Description param.Opt[string] `json:"description,omitzero"`
	extraFields map[string]any
}

// SetExtraFields sets fields the struct does not have, sent beside its own by wire name (in a
// JSON body, or as multipart or form fields; not sent by an operation without a body): not
// validated, and a name the struct also has is sent with the extra field's value.
func (p *ToolParam) SetExtraFields(fields map[string]any) { p.extraFields = fields }

// values are the params that are set, by wire name.
func (p ToolParam) values() map[string]any {
	v := map[string]any{}
	v["input_schema"] = p.InputSchema
	v["name"] = p.Name
	if p.Description.Valid() {
		v["description"] = p.Description.Value
	} else if param.IsNull(p.Description) {
		v["description"] = nil
	}
	for k, x := range p.extraFields {
		v[k] = x
	}
	return v
}

// MarshalJSON sends the fields that are set.
func (p ToolParam) MarshalJSON() ([]byte, error) { return json.Marshal(p.values()) }

type ToolUseBlockParam struct {
	ID          string           `json:"id"`
	Input       map[string]any   `json:"input"`
	Name        string           `json:"name"`
	Type        constant.ToolUse `json:"type"`
	extraFields map[string]any
}

// SetExtraFields sets fields the struct does not have, sent beside its own by wire name (in a
// JSON body, or as multipart or form fields; not sent by an operation without a body): not
// validated, and a name the struct also has is sent with the extra field's value.
func (p *ToolUseBlockParam) SetExtraFields(fields map[string]any) { p.extraFields = fields }

// values are the params that are set, by wire name.
func (p ToolUseBlockParam) values() map[string]any {
	v := map[string]any{}
	v["id"] = p.ID
	v["input"] = p.Input
	v["name"] = p.Name
	v["type"] = "tool_use" // the constant's default when unset
	if p.Type != "" {
		v["type"] = string(p.Type)
	}
	for k, x := range p.extraFields {
		v[k] = x
	}
	return v
}

// MarshalJSON sends the fields that are set.
func (p ToolUseBlockParam) MarshalJSON() ([]byte, error) { return json.Marshal(p.values()) }

// ContentBlockUnionParam sends one of its variants; set exactly one field.
type ContentBlockUnionParam struct {
	OfText    *TextBlockParam
	OfImage   *ImageBlockParam
	OfToolUse *ToolUseBlockParam
}

func (u ContentBlockUnionParam) value() any {
	if u.OfText != nil {
		v := u.OfText.values()
		v["type"] = "text"
		return v
	}
	if u.OfImage != nil {
		v := u.OfImage.values()
		v["type"] = "image"
		return v
	}
	if u.OfToolUse != nil {
		v := u.OfToolUse.values()
		v["type"] = "tool_use"
		return v
	}
	return nil
}

// MarshalJSON sends the variant that is set, with its discriminator filled in.
func (u ContentBlockUnionParam) MarshalJSON() ([]byte, error) { return json.Marshal(u.value()) }
