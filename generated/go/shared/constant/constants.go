// File generated from images.yaml by sdkgen. DO NOT EDIT.
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

// ImageEditCompleted is always "image_edit.completed".
type ImageEditCompleted string

// Default is "image_edit.completed".
func (c ImageEditCompleted) Default() ImageEditCompleted { return "image_edit.completed" }

// MarshalJSON sends "image_edit.completed" when c is unset.
func (c ImageEditCompleted) MarshalJSON() ([]byte, error) {
	return marshal(string(c), "image_edit.completed")
}

// ImageEditPartialImage is always "image_edit.partial_image".
type ImageEditPartialImage string

// Default is "image_edit.partial_image".
func (c ImageEditPartialImage) Default() ImageEditPartialImage { return "image_edit.partial_image" }

// MarshalJSON sends "image_edit.partial_image" when c is unset.
func (c ImageEditPartialImage) MarshalJSON() ([]byte, error) {
	return marshal(string(c), "image_edit.partial_image")
}

// ImageGenerationCompleted is always "image_generation.completed".
type ImageGenerationCompleted string

// Default is "image_generation.completed".
func (c ImageGenerationCompleted) Default() ImageGenerationCompleted {
	return "image_generation.completed"
}

// MarshalJSON sends "image_generation.completed" when c is unset.
func (c ImageGenerationCompleted) MarshalJSON() ([]byte, error) {
	return marshal(string(c), "image_generation.completed")
}

// ImageGenerationPartialImage is always "image_generation.partial_image".
type ImageGenerationPartialImage string

// Default is "image_generation.partial_image".
func (c ImageGenerationPartialImage) Default() ImageGenerationPartialImage {
	return "image_generation.partial_image"
}

// MarshalJSON sends "image_generation.partial_image" when c is unset.
func (c ImageGenerationPartialImage) MarshalJSON() ([]byte, error) {
	return marshal(string(c), "image_generation.partial_image")
}
