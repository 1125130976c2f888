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

// Circle is always "circle".
type Circle string

// Default is "circle".
func (c Circle) Default() Circle { return "circle" }

// MarshalJSON sends "circle" when c is unset.
func (c Circle) MarshalJSON() ([]byte, error) { return marshal(string(c), "circle") }

// Polygon is always "polygon".
type Polygon string

// Default is "polygon".
func (c Polygon) Default() Polygon { return "polygon" }

// MarshalJSON sends "polygon" when c is unset.
func (c Polygon) MarshalJSON() ([]byte, error) { return marshal(string(c), "polygon") }
