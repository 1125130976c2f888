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

// Any is always "any".
type Any string

// Default is "any".
func (c Any) Default() Any { return "any" }

// MarshalJSON sends "any" when c is unset.
func (c Any) MarshalJSON() ([]byte, error) { return marshal(string(c), "any") }

// FooBar is always "foo-bar".
type FooBar string

// Default is "foo-bar".
func (c FooBar) Default() FooBar { return "foo-bar" }

// MarshalJSON sends "foo-bar" when c is unset.
func (c FooBar) MarshalJSON() ([]byte, error) { return marshal(string(c), "foo-bar") }

// FooBar_2 is always "foo_bar".
type FooBar_2 string

// Default is "foo_bar".
func (c FooBar_2) Default() FooBar_2 { return "foo_bar" }

// MarshalJSON sends "foo_bar" when c is unset.
func (c FooBar_2) MarshalJSON() ([]byte, error) { return marshal(string(c), "foo_bar") }
