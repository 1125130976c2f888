// File generated from spec.yaml by sdkgen. DO NOT EDIT.
// Change the spec or the templates and run `make generate` instead.

// Package constant has a type for each single value a property of the API can take (an event's
// type, a union variant's discriminator). The zero value stands for that value: a params struct
// sends it even when the field is left unset.
package constant

import (
	"encoding/json"
)

// Constant is implemented by every type of this package: Default gives its one value.
type Constant[T any] interface {
	Default() T
}

// ValueOf is the value of constant type T, as in constant.ValueOf[constant.Foo]().
func ValueOf[T Constant[T]]() T {
	var zero T
	return zero.Default()
}

// marshal sends v, or def when v is the zero value.
func marshal(v, def string) ([]byte, error) {
	if v == "" {
		v = def
	}
	return json.Marshal(v)
}

// Assistant is always "assistant".
type Assistant string

// Default is "assistant".
func (c Assistant) Default() Assistant { return "assistant" }

// MarshalJSON sends "assistant" when c is unset.
func (c Assistant) MarshalJSON() ([]byte, error) { return marshal(string(c), "assistant") }

// Base64 is always "base64".
type Base64 string

// Default is "base64".
func (c Base64) Default() Base64 { return "base64" }

// MarshalJSON sends "base64" when c is unset.
func (c Base64) MarshalJSON() ([]byte, error) { return marshal(string(c), "base64") }

// ContentBlockDelta is always "content_block_delta".
type ContentBlockDelta string

// Default is "content_block_delta".
func (c ContentBlockDelta) Default() ContentBlockDelta { return "content_block_delta" }

// MarshalJSON sends "content_block_delta" when c is unset.
func (c ContentBlockDelta) MarshalJSON() ([]byte, error) {
	return marshal(string(c), "content_block_delta")
}

// Image is always "image".
type Image string

// Default is "image".
func (c Image) Default() Image { return "image" }

// MarshalJSON sends "image" when c is unset.
func (c Image) MarshalJSON() ([]byte, error) { return marshal(string(c), "image") }

// Message is always "message".
type Message string

// Default is "message".
func (c Message) Default() Message { return "message" }

// MarshalJSON sends "message" when c is unset.
func (c Message) MarshalJSON() ([]byte, error) { return marshal(string(c), "message") }

// MessageStart is always "message_start".
type MessageStart string

// Default is "message_start".
func (c MessageStart) Default() MessageStart { return "message_start" }

// MarshalJSON sends "message_start" when c is unset.
func (c MessageStart) MarshalJSON() ([]byte, error) { return marshal(string(c), "message_start") }

// MessageStop is always "message_stop".
type MessageStop string

// Default is "message_stop".
func (c MessageStop) Default() MessageStop { return "message_stop" }

// MarshalJSON sends "message_stop" when c is unset.
func (c MessageStop) MarshalJSON() ([]byte, error) { return marshal(string(c), "message_stop") }

// Text is always "text".
type Text string

// Default is "text".
func (c Text) Default() Text { return "text" }

// MarshalJSON sends "text" when c is unset.
func (c Text) MarshalJSON() ([]byte, error) { return marshal(string(c), "text") }

// ToolUse is always "tool_use".
type ToolUse string

// Default is "tool_use".
func (c ToolUse) Default() ToolUse { return "tool_use" }

// MarshalJSON sends "tool_use" when c is unset.
func (c ToolUse) MarshalJSON() ([]byte, error) { return marshal(string(c), "tool_use") }
