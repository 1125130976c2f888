// File generated from spec.yaml by sdkgen. DO NOT EDIT.
// Change the spec or the templates and run `make generate` instead.

package oddnames

import (
	"encoding/json"

	"example.com/oddnames/internal/apijson"
	"example.com/oddnames/packages/respjson"
	"example.com/oddnames/shared/constant"
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
	X constant.Any `json:"x"`
	// JSON is what the API sent for each property: check presence with [respjson.Field.Valid].
	JSON struct {
		X           respjson.Field
		ExtraFields map[string]respjson.Field
		raw         string
	} `json:"-"`
}

// RawJSON is the object as the API sent it, including properties the spec does not know.
func (r AnyOne) RawJSON() string { return r.JSON.raw }

// UnmarshalJSON decodes the object and records what the API sent for each property in JSON.
func (r *AnyOne) UnmarshalJSON(data []byte) error {
	err := apijson.UnmarshalRoot(data, r)
	r.JSON.raw = string(data)
	return err
}

type FooBar struct {
	X constant.FooBar `json:"x"`
	// JSON is what the API sent for each property: check presence with [respjson.Field.Valid].
	JSON struct {
		X           respjson.Field
		ExtraFields map[string]respjson.Field
		raw         string
	} `json:"-"`
}

// RawJSON is the object as the API sent it, including properties the spec does not know.
func (r FooBar) RawJSON() string { return r.JSON.raw }

// UnmarshalJSON decodes the object and records what the API sent for each property in JSON.
func (r *FooBar) UnmarshalJSON(data []byte) error {
	err := apijson.UnmarshalRoot(data, r)
	r.JSON.raw = string(data)
	return err
}

type FooBar_2 struct {
	X constant.FooBar_2 `json:"x"`
	// JSON is what the API sent for each property: check presence with [respjson.Field.Valid].
	JSON struct {
		X           respjson.Field
		ExtraFields map[string]respjson.Field
		raw         string
	} `json:"-"`
}

// RawJSON is the object as the API sent it, including properties the spec does not know.
func (r FooBar_2) RawJSON() string { return r.JSON.raw }

// UnmarshalJSON decodes the object and records what the API sent for each property in JSON.
func (r *FooBar_2) UnmarshalJSON(data []byte) error {
	err := apijson.UnmarshalRoot(data, r)
	r.JSON.raw = string(data)
	return err
}

// Named like the params type of class.import.
type KlassImportParams struct {
	P string `json:"p,omitzero"`
	// JSON is what the API sent for each property: check presence with [respjson.Field.Valid].
	JSON struct {
		P           respjson.Field
		ExtraFields map[string]respjson.Field
		raw         string
	} `json:"-"`
}

// RawJSON is the object as the API sent it, including properties the spec does not know.
func (r KlassImportParams) RawJSON() string { return r.JSON.raw }

// UnmarshalJSON decodes the object and records what the API sent for each property in JSON.
func (r *KlassImportParams) UnmarshalJSON(data []byte) error {
	err := apijson.UnmarshalRoot(data, r)
	r.JSON.raw = string(data)
	return err
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
	JSON_2      string `json:"json,omitzero"`
	ModelConfig string `json:"model_config,omitzero"`
	Self        string `json:"self,omitzero"`
	Type        Type   `json:"type,omitzero"`
	// JSON is what the API sent for each property: check presence with [respjson.Field.Valid].
	JSON struct {
		Class       respjson.Field
		N1stPlace   respjson.Field
		Literal     respjson.Field
		None        respjson.Field
		FooBar      respjson.Field
		FooBar_2    respjson.Field
		From        respjson.Field
		JSON_2      respjson.Field
		ModelConfig respjson.Field
		Self        respjson.Field
		Type        respjson.Field
		ExtraFields map[string]respjson.Field
		raw         string
	} `json:"-"`
}

// RawJSON is the object as the API sent it, including properties the spec does not know.
func (r Class) RawJSON() string { return r.JSON.raw }

// UnmarshalJSON decodes the object and records what the API sent for each property in JSON.
func (r *Class) UnmarshalJSON(data []byte) error {
	err := apijson.UnmarshalRoot(data, r)
	r.JSON.raw = string(data)
	return err
}

// It holds the fields of every variant; use AsAny or the As methods for the typed variant. A
// variant the spec does not know is kept: its X and RawJSON are set and AsAny
// returns nil.
type EitherUnion struct {
	// Any of "foo-bar", "foo_bar", "any".
	X string `json:"x,omitzero"`
	// JSON is what the API sent for each property: check presence with [respjson.Field.Valid].
	JSON struct {
		X   respjson.Field
		raw string
	} `json:"-"`
}

// RawJSON is the object as the API sent it.
func (u EitherUnion) RawJSON() string { return u.JSON.raw }

// UnmarshalJSON decodes the object and records what the API sent for each property in JSON.
func (u *EitherUnion) UnmarshalJSON(data []byte) error {
	err := apijson.UnmarshalRoot(data, u)
	u.JSON.raw = string(data)
	return err
}

// anyEitherUnion is implemented by each variant of EitherUnion.
type anyEitherUnion interface {
	implEitherUnion()
}

func (FooBar) implEitherUnion() {}

// AsFooBar decodes the object as a FooBar (X "foo-bar").
func (u EitherUnion) AsFooBar() (v FooBar) {
	_ = json.Unmarshal([]byte(u.JSON.raw), &v)
	return
}

func (FooBar_2) implEitherUnion() {}

// AsFooBar_2 decodes the object as a FooBar_2 (X "foo_bar").
func (u EitherUnion) AsFooBar_2() (v FooBar_2) {
	_ = json.Unmarshal([]byte(u.JSON.raw), &v)
	return
}

func (AnyOne) implEitherUnion() {}

// AsAny_2 decodes the object as a AnyOne (X "any").
func (u EitherUnion) AsAny_2() (v AnyOne) {
	_ = json.Unmarshal([]byte(u.JSON.raw), &v)
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
