// File generated from spec.yaml by sdkgen. DO NOT EDIT.
// Change the spec or the templates and run `make generate` instead.

package oddnames

import (
	"encoding/json"
)

// An enum named like a Python constant.
type None string

const (
	None1024x1024    None = "1024x1024"
	NoneAuto         None = "auto"
	NoneAB           None = "a-b"
	NoneAUnderscoreB None = "a_b"
	NoneNone         None = "None"
	NoneTrue         None = "true"
	NoneClass        None = "class"
)

// Other values are accepted too (an open enum).
type Type = string

const (
	TypeFrom   Type = "from"
	TypeImport Type = "import"
)

type AnyOne struct {
	X   string `json:"x"`
	raw string
}

// RawJSON is the object as the API sent it, including properties the spec does not know.
func (r AnyOne) RawJSON() string { return r.raw }

// UnmarshalJSON keeps the raw JSON beside the decoded fields.
func (r *AnyOne) UnmarshalJSON(data []byte) (err error) {
	type shadow AnyOne
	if err := json.Unmarshal(data, (*shadow)(r)); err != nil {
		return err
	}
	r.raw = string(data)
	return
}

type FooBar struct {
	X   string `json:"x"`
	raw string
}

// RawJSON is the object as the API sent it, including properties the spec does not know.
func (r FooBar) RawJSON() string { return r.raw }

// UnmarshalJSON keeps the raw JSON beside the decoded fields.
func (r *FooBar) UnmarshalJSON(data []byte) (err error) {
	type shadow FooBar
	if err := json.Unmarshal(data, (*shadow)(r)); err != nil {
		return err
	}
	r.raw = string(data)
	return
}

type FooBar_2 struct {
	X   string `json:"x"`
	raw string
}

// RawJSON is the object as the API sent it, including properties the spec does not know.
func (r FooBar_2) RawJSON() string { return r.raw }

// UnmarshalJSON keeps the raw JSON beside the decoded fields.
func (r *FooBar_2) UnmarshalJSON(data []byte) (err error) {
	type shadow FooBar_2
	if err := json.Unmarshal(data, (*shadow)(r)); err != nil {
		return err
	}
	r.raw = string(data)
	return
}

// Named like the params type of class.import.
type KlassImportParams struct {
	P   string `json:"p,omitzero"`
	raw string
}

// RawJSON is the object as the API sent it, including properties the spec does not know.
func (r KlassImportParams) RawJSON() string { return r.raw }

// UnmarshalJSON keeps the raw JSON beside the decoded fields.
func (r *KlassImportParams) UnmarshalJSON(data []byte) (err error) {
	type shadow KlassImportParams
	if err := json.Unmarshal(data, (*shadow)(r)); err != nil {
		return err
	}
	r.raw = string(data)
	return
}

// A model named after a keyword.
type Class struct {
	Class     string `json:"class"`
	N1stPlace bool   `json:"1st_place,omitzero"`
	Literal   string `json:"Literal,omitzero"`
	None      None   `json:"None,omitzero"`
	// camelCase wire name; "quotes" and a \backslash in the doc
	FooBar string `json:"fooBar,omitzero"`
	// collides with fooBar after snake_case
	FooBar_2 string `json:"foo_bar,omitzero"`
	From     int64  `json:"from,omitzero"`
	// shadows a pydantic method
	JSON        string `json:"json,omitzero"`
	ModelConfig string `json:"model_config,omitzero"`
	Self        string `json:"self,omitzero"`
	Type        Type   `json:"type,omitzero"`
	raw         string
}

// RawJSON is the object as the API sent it, including properties the spec does not know.
func (r Class) RawJSON() string { return r.raw }

// UnmarshalJSON keeps the raw JSON beside the decoded fields.
func (r *Class) UnmarshalJSON(data []byte) (err error) {
	type shadow Class
	if err := json.Unmarshal(data, (*shadow)(r)); err != nil {
		return err
	}
	r.raw = string(data)
	return
}

// It holds the fields of every variant; use AsAny or the As methods for the typed variant. A
// variant the spec does not know is kept: its X and RawJSON are set and AsAny
// returns nil.
type EitherUnion struct {
	X   string `json:"x,omitzero"`
	raw string
}

// RawJSON is the object as the API sent it.
func (u EitherUnion) RawJSON() string { return u.raw }

// UnmarshalJSON keeps the raw JSON beside the decoded fields.
func (u *EitherUnion) UnmarshalJSON(data []byte) error {
	type shadow EitherUnion
	if err := json.Unmarshal(data, (*shadow)(u)); err != nil {
		return err
	}
	u.raw = string(data)
	return nil
}

// anyEitherUnion is implemented by each variant of EitherUnion.
type anyEitherUnion interface {
	implEitherUnion()
}

func (FooBar) implEitherUnion() {}

// AsFooBar decodes the object as a FooBar (X "foo-bar").
func (u EitherUnion) AsFooBar() (v FooBar) {
	_ = json.Unmarshal([]byte(u.raw), &v)
	return
}

func (FooBar_2) implEitherUnion() {}

// AsFooBar_2 decodes the object as a FooBar_2 (X "foo_bar").
func (u EitherUnion) AsFooBar_2() (v FooBar_2) {
	_ = json.Unmarshal([]byte(u.raw), &v)
	return
}

func (AnyOne) implEitherUnion() {}

// AsAny_2 decodes the object as a AnyOne (X "any").
func (u EitherUnion) AsAny_2() (v AnyOne) {
	_ = json.Unmarshal([]byte(u.raw), &v)
	return
}

// AsAny returns the typed variant, or nil for a X the spec does not know.
func (u EitherUnion) AsAny() anyEitherUnion {
	switch u.X {
	case "foo-bar":
		return u.AsFooBar()
	case "foo_bar":
		return u.AsFooBar_2()
	case "any":
		return u.AsAny_2()
	}
	return nil
}
