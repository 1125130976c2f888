// File generated from spec.yaml by sdkgen. DO NOT EDIT.
// Change the spec or the templates and run `make generate` instead.

package hostile

import (
	"encoding/json"

	"example.com/hostile/internal/apijson"
	"example.com/hostile/packages/respjson"
	"example.com/hostile/shared/constant"
)

// */ panic("PWNED") /* and """ too \ // +build ignore Other values are accepted too (an open
// enum).
type Mode = string

const (
	ModeAB        Mode = "a\"b"
	ModeDollar    Mode = "${dollar}"
	ModeBrace     Mode = "{{ brace }}"
	ModeBackSlash Mode = "back\\slash"
	ModeOtter     Mode = "🦦 otter"
	ModeLineBreak Mode = "line\u2028break"
	ModeRtlEvil   Mode = "rtl\u202eevil"
)

// */
type ThingKind string

const (
	ThingKindXY ThingKind = "x\"y"
	ThingKindZW ThingKind = "z'w"
)

type Done struct {
	Type  constant.EvtDone `json:"type"`
	Thing Thing            `json:"thing,omitzero"`
	// JSON is what the API sent for each property: check presence with [respjson.Field.Valid].
	JSON struct {
		Type        respjson.Field
		Thing       respjson.Field
		ExtraFields map[string]respjson.Field
		raw         string
	} `json:"-"`
}

// RawJSON is the object as the API sent it, including properties the spec does not know.
func (r Done) RawJSON() string { return r.JSON.raw }

// UnmarshalJSON decodes the object and records what the API sent for each property in JSON.
func (r *Done) UnmarshalJSON(data []byte) error {
	err := apijson.UnmarshalRoot(data, r)
	r.JSON.raw = string(data)
	return err
}

type Started struct {
	Type constant.EvtStartedX `json:"type"`
	// """
	Note string `json:"note,omitzero"`
	// JSON is what the API sent for each property: check presence with [respjson.Field.Valid].
	JSON struct {
		Type        respjson.Field
		Note        respjson.Field
		ExtraFields map[string]respjson.Field
		raw         string
	} `json:"-"`
}

// RawJSON is the object as the API sent it, including properties the spec does not know.
func (r Started) RawJSON() string { return r.JSON.raw }

// UnmarshalJSON decodes the object and records what the API sent for each property in JSON.
func (r *Started) UnmarshalJSON(data []byte) error {
	err := apijson.UnmarshalRoot(data, r)
	r.JSON.raw = string(data)
	return err
}

// A thing. """ import os os.system('touch PWNED') """
type Thing struct {
	// ends with a backslash \
	ID string `json:"id"`
	// '''; touch PWNED; '''
	WeirdKey string  `json:"$weird key,omitzero"`
	N100     float64 `json:"100%,omitzero"`
	AB       bool    `json:"a/b,omitzero"`
	// */
	Kind ThingKind `json:"kind,omitzero"`
	Mode Mode      `json:"mode,omitzero"`
	// {% if true %}PWNED{% endif %}
	X int64 `json:"{{x}},omitzero"`
	// JSON is what the API sent for each property: check presence with [respjson.Field.Valid].
	JSON struct {
		ID          respjson.Field
		WeirdKey    respjson.Field
		N100        respjson.Field
		AB          respjson.Field
		Kind        respjson.Field
		Mode        respjson.Field
		X           respjson.Field
		ExtraFields map[string]respjson.Field
		raw         string
	} `json:"-"`
}

// RawJSON is the object as the API sent it, including properties the spec does not know.
func (r Thing) RawJSON() string { return r.JSON.raw }

// UnmarshalJSON decodes the object and records what the API sent for each property in JSON.
func (r *Thing) UnmarshalJSON(data []byte) error {
	err := apijson.UnmarshalRoot(data, r)
	r.JSON.raw = string(data)
	return err
}

// A union """ */ `tick`
//
// It holds the fields of every variant; use AsAny or the As methods for the typed variant. A
// variant the spec does not know is kept: its Type and RawJSON are set and AsAny
// returns nil.
type EventUnion struct {
	// """
	Note  string `json:"note,omitzero"`
	Thing Thing  `json:"thing,omitzero"`
	// Any of "evt \"started\" ${x}", "evt.done */".
	Type string `json:"type,omitzero"`
	// JSON is what the API sent for each property: check presence with [respjson.Field.Valid].
	JSON struct {
		Note  respjson.Field
		Thing respjson.Field
		Type  respjson.Field
		raw   string
	} `json:"-"`
}

// RawJSON is the object as the API sent it.
func (u EventUnion) RawJSON() string { return u.JSON.raw }

// UnmarshalJSON decodes the object and records what the API sent for each property in JSON.
func (u *EventUnion) UnmarshalJSON(data []byte) error {
	err := apijson.UnmarshalRoot(data, u)
	u.JSON.raw = string(data)
	return err
}

// anyEventUnion is implemented by each variant of EventUnion.
type anyEventUnion interface {
	implEventUnion()
}

func (Started) implEventUnion() {}

// AsEvtStartedX decodes the object as a Started (Type "evt \"started\" ${x}").
func (u EventUnion) AsEvtStartedX() (v Started) {
	_ = json.Unmarshal([]byte(u.JSON.raw), &v)
	return
}

func (Done) implEventUnion() {}

// AsEvtDone decodes the object as a Done (Type "evt.done */").
func (u EventUnion) AsEvtDone() (v Done) {
	_ = json.Unmarshal([]byte(u.JSON.raw), &v)
	return
}

// AsAny returns the typed variant, or nil for a Type the spec does not know.
func (u EventUnion) AsAny() anyEventUnion {
	switch u.Type {
	case "evt \"started\" ${x}":
		return u.AsEvtStartedX()
	case "evt.done */":
		return u.AsEvtDone()
	}
	return nil
}
