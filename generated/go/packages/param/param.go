// File generated from images.yaml by sdkgen. DO NOT EDIT.
// Change the spec or the templates and run `make generate` instead.

// Package param holds the "omitted, null or set" type optional params use.
package param

import (
	"encoding/json"
	"reflect"
)

// Opt is an optional param: the zero value is omitted from the request; one made with NewOpt
// (or openai.Int, openai.String, ...) is sent, even when its value is the type's zero;
// Null[T]() sends JSON null.
type Opt[T comparable] struct {
	Value   T
	present bool
	null    bool
}

// NewOpt returns a set Opt.
func NewOpt[T comparable](v T) Opt[T] { return Opt[T]{Value: v, present: true} }

// Null returns an Opt sent as JSON null (in a multipart or form body, an error; in a query, "null").
func Null[T comparable]() Opt[T] { return Opt[T]{null: true} }

// Valid reports whether the param is set to a value (not omitted, not null).
func (o Opt[T]) Valid() bool { return o.present }

// IsZero reports whether the param is omitted (for encoding/json's omitzero).
func (o Opt[T]) IsZero() bool { return !o.present && !o.null }

// MarshalJSON is the value, or null.
func (o Opt[T]) MarshalJSON() ([]byte, error) {
	if !o.present {
		return []byte("null"), nil
	}
	return json.Marshal(o.Value)
}

func (o Opt[T]) isNull() bool { return o.null }

// IsNull reports whether v is an Opt made with Null.
func IsNull[T any](v T) bool {
	n, ok := any(v).(interface{ isNull() bool })
	return ok && n.isNull()
}

// IsOmitted reports whether v is left out of a request: an omitted Opt (not one set, not Null),
// or any other zero value (nil, "", 0, a params struct with nothing set).
func IsOmitted(v any) bool {
	if v == nil {
		return true
	}
	if z, ok := v.(interface{ IsZero() bool }); ok {
		return z.IsZero()
	}
	return reflect.ValueOf(v).IsZero()
}

// Or returns the value when set, else v.
func (o Opt[T]) Or(v T) T {
	if o.present {
		return o.Value
	}
	return v
}
