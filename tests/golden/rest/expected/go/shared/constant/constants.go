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

// BookAdded is always "book.added".
type BookAdded string

// Default is "book.added".
func (c BookAdded) Default() BookAdded { return "book.added" }

// MarshalJSON sends "book.added" when c is unset.
func (c BookAdded) MarshalJSON() ([]byte, error) { return marshal(string(c), "book.added") }

// BookRemoved is always "book.removed".
type BookRemoved string

// Default is "book.removed".
func (c BookRemoved) Default() BookRemoved { return "book.removed" }

// MarshalJSON sends "book.removed" when c is unset.
func (c BookRemoved) MarshalJSON() ([]byte, error) { return marshal(string(c), "book.removed") }

// Quote is always "quote".
type Quote string

// Default is "quote".
func (c Quote) Default() Quote { return "quote" }

// MarshalJSON sends "quote" when c is unset.
func (c Quote) MarshalJSON() ([]byte, error) { return marshal(string(c), "quote") }

// Text is always "text".
type Text string

// Default is "text".
func (c Text) Default() Text { return "text" }

// MarshalJSON sends "text" when c is unset.
func (c Text) MarshalJSON() ([]byte, error) { return marshal(string(c), "text") }
