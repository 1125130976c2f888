// File generated from spec.yaml by sdkgen. DO NOT EDIT.
// Change the spec or the templates and run `make generate` instead.

package chatter

import (
	"encoding/json"
	"time"

	"example.com/chatter/packages/param"
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
	raw     string
}

// RawJSON is the object as the API sent it, including properties the spec does not know.
func (r BatchList) RawJSON() string { return r.raw }

// UnmarshalJSON keeps the raw JSON beside the decoded fields.
func (r *BatchList) UnmarshalJSON(data []byte) (err error) {
	type shadow BatchList
	if err := json.Unmarshal(data, (*shadow)(r)); err != nil {
		return err
	}
	r.raw = string(data)
	return
}

type BatchRequest struct {
	CustomID string         `json:"custom_id"`
	Params   map[string]any `json:"params"`
	raw      string
}

// RawJSON is the object as the API sent it, including properties the spec does not know.
func (r BatchRequest) RawJSON() string { return r.raw }

// UnmarshalJSON keeps the raw JSON beside the decoded fields.
func (r *BatchRequest) UnmarshalJSON(data []byte) (err error) {
	type shadow BatchRequest
	if err := json.Unmarshal(data, (*shadow)(r)); err != nil {
		return err
	}
	r.raw = string(data)
	return
}

type BatchResult struct {
	CustomID string         `json:"custom_id"`
	Result   map[string]any `json:"result"`
	raw      string
}

// RawJSON is the object as the API sent it, including properties the spec does not know.
func (r BatchResult) RawJSON() string { return r.raw }

// UnmarshalJSON keeps the raw JSON beside the decoded fields.
func (r *BatchResult) UnmarshalJSON(data []byte) (err error) {
	type shadow BatchResult
	if err := json.Unmarshal(data, (*shadow)(r)); err != nil {
		return err
	}
	r.raw = string(data)
	return
}

type ContentBlockDeltaEvent struct {
	Delta ContentBlockDeltaEventDelta `json:"delta"`
	Index int64                       `json:"index"`
	Type  string                      `json:"type"`
	raw   string
}

// RawJSON is the object as the API sent it, including properties the spec does not know.
func (r ContentBlockDeltaEvent) RawJSON() string { return r.raw }

// UnmarshalJSON keeps the raw JSON beside the decoded fields.
func (r *ContentBlockDeltaEvent) UnmarshalJSON(data []byte) (err error) {
	type shadow ContentBlockDeltaEvent
	if err := json.Unmarshal(data, (*shadow)(r)); err != nil {
		return err
	}
	r.raw = string(data)
	return
}

type ImageBlock struct {
	Source ImageSource `json:"source"`
	Type   string      `json:"type"`
	raw    string
}

// RawJSON is the object as the API sent it, including properties the spec does not know.
func (r ImageBlock) RawJSON() string { return r.raw }

// UnmarshalJSON keeps the raw JSON beside the decoded fields.
func (r *ImageBlock) UnmarshalJSON(data []byte) (err error) {
	type shadow ImageBlock
	if err := json.Unmarshal(data, (*shadow)(r)); err != nil {
		return err
	}
	r.raw = string(data)
	return
}

type ImageSource struct {
	Data      string               `json:"data"`
	MediaType ImageSourceMediaType `json:"media_type"`
	Type      string               `json:"type"`
	raw       string
}

// RawJSON is the object as the API sent it, including properties the spec does not know.
func (r ImageSource) RawJSON() string { return r.raw }

// UnmarshalJSON keeps the raw JSON beside the decoded fields.
func (r *ImageSource) UnmarshalJSON(data []byte) (err error) {
	type shadow ImageSource
	if err := json.Unmarshal(data, (*shadow)(r)); err != nil {
		return err
	}
	r.raw = string(data)
	return
}

type Message struct {
	Content    []ContentBlockUnion `json:"content"`
	ID         string              `json:"id"`
	Model      string              `json:"model"`
	Role       string              `json:"role"`
	Type       string              `json:"type"`
	Usage      Usage               `json:"usage"`
	StopReason StopReason          `json:"stop_reason,omitzero"`
	raw        string
}

// RawJSON is the object as the API sent it, including properties the spec does not know.
func (r Message) RawJSON() string { return r.raw }

// UnmarshalJSON keeps the raw JSON beside the decoded fields.
func (r *Message) UnmarshalJSON(data []byte) (err error) {
	type shadow Message
	if err := json.Unmarshal(data, (*shadow)(r)); err != nil {
		return err
	}
	r.raw = string(data)
	return
}

type MessageBatch struct {
	CreatedAt        time.Time                    `json:"created_at"`
	ID               string                       `json:"id"`
	ProcessingStatus MessageBatchProcessingStatus `json:"processing_status"`
	raw              string
}

// RawJSON is the object as the API sent it, including properties the spec does not know.
func (r MessageBatch) RawJSON() string { return r.raw }

// UnmarshalJSON keeps the raw JSON beside the decoded fields.
func (r *MessageBatch) UnmarshalJSON(data []byte) (err error) {
	type shadow MessageBatch
	if err := json.Unmarshal(data, (*shadow)(r)); err != nil {
		return err
	}
	r.raw = string(data)
	return
}

type MessageParam struct {
	Content []ContentBlockUnion `json:"content"`
	Role    Role                `json:"role"`
	raw     string
}

// RawJSON is the object as the API sent it, including properties the spec does not know.
func (r MessageParam) RawJSON() string { return r.raw }

// UnmarshalJSON keeps the raw JSON beside the decoded fields.
func (r *MessageParam) UnmarshalJSON(data []byte) (err error) {
	type shadow MessageParam
	if err := json.Unmarshal(data, (*shadow)(r)); err != nil {
		return err
	}
	r.raw = string(data)
	return
}

type MessageStartEvent struct {
	Message Message `json:"message"`
	Type    string  `json:"type"`
	raw     string
}

// RawJSON is the object as the API sent it, including properties the spec does not know.
func (r MessageStartEvent) RawJSON() string { return r.raw }

// UnmarshalJSON keeps the raw JSON beside the decoded fields.
func (r *MessageStartEvent) UnmarshalJSON(data []byte) (err error) {
	type shadow MessageStartEvent
	if err := json.Unmarshal(data, (*shadow)(r)); err != nil {
		return err
	}
	r.raw = string(data)
	return
}

type MessageStopEvent struct {
	Type string `json:"type"`
	raw  string
}

// RawJSON is the object as the API sent it, including properties the spec does not know.
func (r MessageStopEvent) RawJSON() string { return r.raw }

// UnmarshalJSON keeps the raw JSON beside the decoded fields.
func (r *MessageStopEvent) UnmarshalJSON(data []byte) (err error) {
	type shadow MessageStopEvent
	if err := json.Unmarshal(data, (*shadow)(r)); err != nil {
		return err
	}
	r.raw = string(data)
	return
}

type ModelInfo struct {
	CreatedAt   time.Time `json:"created_at"`
	DisplayName string    `json:"display_name"`
	ID          string    `json:"id"`
	raw         string
}

// RawJSON is the object as the API sent it, including properties the spec does not know.
func (r ModelInfo) RawJSON() string { return r.raw }

// UnmarshalJSON keeps the raw JSON beside the decoded fields.
func (r *ModelInfo) UnmarshalJSON(data []byte) (err error) {
	type shadow ModelInfo
	if err := json.Unmarshal(data, (*shadow)(r)); err != nil {
		return err
	}
	r.raw = string(data)
	return
}

type ModelList struct {
	Data    []ModelInfo `json:"data"`
	HasMore bool        `json:"has_more"`
	FirstID string      `json:"first_id,omitzero"`
	LastID  string      `json:"last_id,omitzero"`
	raw     string
}

// RawJSON is the object as the API sent it, including properties the spec does not know.
func (r ModelList) RawJSON() string { return r.raw }

// UnmarshalJSON keeps the raw JSON beside the decoded fields.
func (r *ModelList) UnmarshalJSON(data []byte) (err error) {
	type shadow ModelList
	if err := json.Unmarshal(data, (*shadow)(r)); err != nil {
		return err
	}
	r.raw = string(data)
	return
}

type TextBlock struct {
	Text string `json:"text"`
	Type string `json:"type"`
	raw  string
}

// RawJSON is the object as the API sent it, including properties the spec does not know.
func (r TextBlock) RawJSON() string { return r.raw }

// UnmarshalJSON keeps the raw JSON beside the decoded fields.
func (r *TextBlock) UnmarshalJSON(data []byte) (err error) {
	type shadow TextBlock
	if err := json.Unmarshal(data, (*shadow)(r)); err != nil {
		return err
	}
	r.raw = string(data)
	return
}

type Tool struct {
	InputSchema map[string]any `json:"input_schema"`
	Name        string         `json:"name"`
	Description string         `json:"description,omitzero"`
	raw         string
}

// RawJSON is the object as the API sent it, including properties the spec does not know.
func (r Tool) RawJSON() string { return r.raw }

// UnmarshalJSON keeps the raw JSON beside the decoded fields.
func (r *Tool) UnmarshalJSON(data []byte) (err error) {
	type shadow Tool
	if err := json.Unmarshal(data, (*shadow)(r)); err != nil {
		return err
	}
	r.raw = string(data)
	return
}

type ToolUseBlock struct {
	ID    string         `json:"id"`
	Input map[string]any `json:"input"`
	Name  string         `json:"name"`
	Type  string         `json:"type"`
	raw   string
}

// RawJSON is the object as the API sent it, including properties the spec does not know.
func (r ToolUseBlock) RawJSON() string { return r.raw }

// UnmarshalJSON keeps the raw JSON beside the decoded fields.
func (r *ToolUseBlock) UnmarshalJSON(data []byte) (err error) {
	type shadow ToolUseBlock
	if err := json.Unmarshal(data, (*shadow)(r)); err != nil {
		return err
	}
	r.raw = string(data)
	return
}

type Usage struct {
	InputTokens  int64 `json:"input_tokens"`
	OutputTokens int64 `json:"output_tokens"`
	raw          string
}

// RawJSON is the object as the API sent it, including properties the spec does not know.
func (r Usage) RawJSON() string { return r.raw }

// UnmarshalJSON keeps the raw JSON beside the decoded fields.
func (r *Usage) UnmarshalJSON(data []byte) (err error) {
	type shadow Usage
	if err := json.Unmarshal(data, (*shadow)(r)); err != nil {
		return err
	}
	r.raw = string(data)
	return
}

type ContentBlockDeltaEventDelta struct {
	Type string `json:"type"`
	Text string `json:"text,omitzero"`
	raw  string
}

// RawJSON is the object as the API sent it, including properties the spec does not know.
func (r ContentBlockDeltaEventDelta) RawJSON() string { return r.raw }

// UnmarshalJSON keeps the raw JSON beside the decoded fields.
func (r *ContentBlockDeltaEventDelta) UnmarshalJSON(data []byte) (err error) {
	type shadow ContentBlockDeltaEventDelta
	if err := json.Unmarshal(data, (*shadow)(r)); err != nil {
		return err
	}
	r.raw = string(data)
	return
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
	Type   string         `json:"type,omitzero"`
	raw    string
}

// RawJSON is the object as the API sent it.
func (u ContentBlockUnion) RawJSON() string { return u.raw }

// UnmarshalJSON keeps the raw JSON beside the decoded fields.
func (u *ContentBlockUnion) UnmarshalJSON(data []byte) error {
	type shadow ContentBlockUnion
	if err := json.Unmarshal(data, (*shadow)(u)); err != nil {
		return err
	}
	u.raw = string(data)
	return nil
}

// anyContentBlockUnion is implemented by each variant of ContentBlockUnion.
type anyContentBlockUnion interface {
	implContentBlockUnion()
}

func (TextBlock) implContentBlockUnion() {}

// AsText decodes the object as a TextBlock (Type "text").
func (u ContentBlockUnion) AsText() (v TextBlock) {
	_ = json.Unmarshal([]byte(u.raw), &v)
	return
}

func (ImageBlock) implContentBlockUnion() {}

// AsImage decodes the object as a ImageBlock (Type "image").
func (u ContentBlockUnion) AsImage() (v ImageBlock) {
	_ = json.Unmarshal([]byte(u.raw), &v)
	return
}

func (ToolUseBlock) implContentBlockUnion() {}

// AsToolUse decodes the object as a ToolUseBlock (Type "tool_use").
func (u ContentBlockUnion) AsToolUse() (v ToolUseBlock) {
	_ = json.Unmarshal([]byte(u.raw), &v)
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
	Type    string                      `json:"type,omitzero"`
	raw     string
}

// RawJSON is the object as the API sent it.
func (u MessageStreamEventUnion) RawJSON() string { return u.raw }

// UnmarshalJSON keeps the raw JSON beside the decoded fields.
func (u *MessageStreamEventUnion) UnmarshalJSON(data []byte) error {
	type shadow MessageStreamEventUnion
	if err := json.Unmarshal(data, (*shadow)(u)); err != nil {
		return err
	}
	u.raw = string(data)
	return nil
}

// anyMessageStreamEventUnion is implemented by each variant of MessageStreamEventUnion.
type anyMessageStreamEventUnion interface {
	implMessageStreamEventUnion()
}

func (MessageStartEvent) implMessageStreamEventUnion() {}

// AsMessageStart decodes the object as a MessageStartEvent (Type "message_start").
func (u MessageStreamEventUnion) AsMessageStart() (v MessageStartEvent) {
	_ = json.Unmarshal([]byte(u.raw), &v)
	return
}

func (ContentBlockDeltaEvent) implMessageStreamEventUnion() {}

// AsContentBlockDelta decodes the object as a ContentBlockDeltaEvent (Type "content_block_delta").
func (u MessageStreamEventUnion) AsContentBlockDelta() (v ContentBlockDeltaEvent) {
	_ = json.Unmarshal([]byte(u.raw), &v)
	return
}

func (MessageStopEvent) implMessageStreamEventUnion() {}

// AsMessageStop decodes the object as a MessageStopEvent (Type "message_stop").
func (u MessageStreamEventUnion) AsMessageStop() (v MessageStopEvent) {
	_ = json.Unmarshal([]byte(u.raw), &v)
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
	CustomID string         `json:"custom_id"`
	Params   map[string]any `json:"params"`
}

// values are the params that are set, by wire name.
func (p BatchRequestParam) values() map[string]any {
	v := map[string]any{}
	v["custom_id"] = p.CustomID
	v["params"] = p.Params
	return v
}

// MarshalJSON sends the fields that are set.
func (p BatchRequestParam) MarshalJSON() ([]byte, error) { return json.Marshal(p.values()) }

type ImageBlockParam struct {
	Source ImageSourceParam `json:"source"`
}

// values are the params that are set, by wire name.
func (p ImageBlockParam) values() map[string]any {
	v := map[string]any{}
	v["source"] = p.Source.values()
	v["type"] = "image"
	return v
}

// MarshalJSON sends the fields that are set.
func (p ImageBlockParam) MarshalJSON() ([]byte, error) { return json.Marshal(p.values()) }

type ImageSourceParam struct {
	Data      string               `json:"data"`
	MediaType ImageSourceMediaType `json:"media_type"`
}

// values are the params that are set, by wire name.
func (p ImageSourceParam) values() map[string]any {
	v := map[string]any{}
	v["data"] = p.Data
	v["media_type"] = string(p.MediaType)
	v["type"] = "base64"
	return v
}

// MarshalJSON sends the fields that are set.
func (p ImageSourceParam) MarshalJSON() ([]byte, error) { return json.Marshal(p.values()) }

type MessageParamParam struct {
	Content []ContentBlockUnionParam `json:"content"`
	Role    Role                     `json:"role"`
}

// values are the params that are set, by wire name.
func (p MessageParamParam) values() map[string]any {
	v := map[string]any{}
	v["content"] = p.Content
	v["role"] = string(p.Role)
	return v
}

// MarshalJSON sends the fields that are set.
func (p MessageParamParam) MarshalJSON() ([]byte, error) { return json.Marshal(p.values()) }

type TextBlockParam struct {
	Text string `json:"text"`
}

// values are the params that are set, by wire name.
func (p TextBlockParam) values() map[string]any {
	v := map[string]any{}
	v["text"] = p.Text
	v["type"] = "text"
	return v
}

// MarshalJSON sends the fields that are set.
func (p TextBlockParam) MarshalJSON() ([]byte, error) { return json.Marshal(p.values()) }

type ToolParam struct {
	InputSchema map[string]any    `json:"input_schema"`
	Name        string            `json:"name"`
	Description param.Opt[string] `json:"description,omitzero"`
}

// values are the params that are set, by wire name.
func (p ToolParam) values() map[string]any {
	v := map[string]any{}
	v["input_schema"] = p.InputSchema
	v["name"] = p.Name
	if p.Description.Valid() {
		v["description"] = p.Description.Value
	}
	return v
}

// MarshalJSON sends the fields that are set.
func (p ToolParam) MarshalJSON() ([]byte, error) { return json.Marshal(p.values()) }

type ToolUseBlockParam struct {
	ID    string         `json:"id"`
	Input map[string]any `json:"input"`
	Name  string         `json:"name"`
}

// values are the params that are set, by wire name.
func (p ToolUseBlockParam) values() map[string]any {
	v := map[string]any{}
	v["id"] = p.ID
	v["input"] = p.Input
	v["name"] = p.Name
	v["type"] = "tool_use"
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
