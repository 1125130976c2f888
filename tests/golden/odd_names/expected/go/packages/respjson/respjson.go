// File generated from spec.yaml by sdkgen. DO NOT EDIT.
// Change the spec or the templates and run `make generate` instead.

// Package respjson describes what the API sent for each property of a response: every response
// struct has a JSON field of Fields, one per property, beside the decoded values.
//
//	if res.JSON.Usage.Valid() { ... }         // present, not null, and decoded
//	res.JSON.Usage.Raw() == respjson.Null     // sent as null
//	res.JSON.Usage.Raw() == respjson.Omitted  // not sent
//	res.JSON.ExtraFields["new_thing"].Raw()   // a property the spec does not know
package respjson

// Null is Raw's text for a property sent as JSON null; Omitted is its text for one not sent.
const (
	Null    string = "null"
	Omitted string = ""
)

type status int8

const (
	omitted status = iota
	null
	invalid
	valid
)

// A Field is what the API sent for one property: nothing, null, a value its Go type could not
// hold (invalid), or a value that was decoded (valid).
type Field struct {
	status status
	raw    string
}

// Valid is true when the property was present, not null, and decoded into its field.
func (f Field) Valid() bool { return f.status == valid }

// Raw is the property's JSON as sent: Omitted ("") when absent, Null when null.
func (f Field) Raw() string {
	if f.status == omitted {
		return Omitted
	}
	return f.raw
}

// NewField records a property sent as raw (JSON null gives a null Field).
func NewField(raw string) Field {
	if raw == Null {
		return Field{status: null, raw: Null}
	}
	return Field{status: valid, raw: raw}
}

// NewInvalidField records a property sent as raw that its Go type could not hold.
func NewInvalidField(raw string) Field { return Field{status: invalid, raw: raw} }
