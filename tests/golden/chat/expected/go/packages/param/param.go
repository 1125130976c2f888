// File generated from spec.yaml by sdkgen. DO NOT EDIT.
// Change the spec or the templates and run `make generate` instead.

// Package param holds the "omitted or set" type optional params use.
package param

// Opt is an optional param: the zero value is omitted from the request; one made with NewOpt
// (or chatter.Int, chatter.String, ...) is sent, even when its value is the type's zero.
type Opt[T comparable] struct {
	Value   T
	present bool
}

// NewOpt returns a set Opt.
func NewOpt[T comparable](v T) Opt[T] { return Opt[T]{Value: v, present: true} }

// Valid reports whether the param is set.
func (o Opt[T]) Valid() bool { return o.present }

// IsZero reports whether the param is omitted (for encoding/json's omitzero).
func (o Opt[T]) IsZero() bool { return !o.present }

// Or returns the value when set, else v.
func (o Opt[T]) Or(v T) T {
	if o.present {
		return o.Value
	}
	return v
}
