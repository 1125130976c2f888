// File generated from spec.yaml by sdkgen. DO NOT EDIT.
// Change the spec or the templates and run `make generate` instead.

package hostile

import (
	"encoding/json"
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
	Type  string `json:"type"`
	Thing Thing  `json:"thing,omitzero"`
	raw   string
}

// RawJSON is the object as the API sent it, including properties the spec does not know.
func (r Done) RawJSON() string { return r.raw }

// UnmarshalJSON keeps the raw JSON beside the decoded fields.
func (r *Done) UnmarshalJSON(data []byte) (err error) {
	type shadow Done
	if err := json.Unmarshal(data, (*shadow)(r)); err != nil {
		return err
	}
	r.raw = string(data)
	return
}

type Started struct {
	Type string `json:"type"`
	// """
	Note string `json:"note,omitzero"`
	raw  string
}

// RawJSON is the object as the API sent it, including properties the spec does not know.
func (r Started) RawJSON() string { return r.raw }

// UnmarshalJSON keeps the raw JSON beside the decoded fields.
func (r *Started) UnmarshalJSON(data []byte) (err error) {
	type shadow Started
	if err := json.Unmarshal(data, (*shadow)(r)); err != nil {
		return err
	}
	r.raw = string(data)
	return
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
	X   int64 `json:"{{x}},omitzero"`
	raw string
}

// RawJSON is the object as the API sent it, including properties the spec does not know.
func (r Thing) RawJSON() string { return r.raw }

// UnmarshalJSON keeps the raw JSON beside the decoded fields.
func (r *Thing) UnmarshalJSON(data []byte) (err error) {
	type shadow Thing
	if err := json.Unmarshal(data, (*shadow)(r)); err != nil {
		return err
	}
	r.raw = string(data)
	return
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
	Type  string `json:"type,omitzero"`
	raw   string
}

// RawJSON is the object as the API sent it.
func (u EventUnion) RawJSON() string { return u.raw }

// UnmarshalJSON keeps the raw JSON beside the decoded fields.
func (u *EventUnion) UnmarshalJSON(data []byte) error {
	type shadow EventUnion
	if err := json.Unmarshal(data, (*shadow)(u)); err != nil {
		return err
	}
	u.raw = string(data)
	return nil
}

// anyEventUnion is implemented by each variant of EventUnion.
type anyEventUnion interface {
	implEventUnion()
}

func (Started) implEventUnion() {}

// AsEvtStartedX decodes the object as a Started (Type "evt \"started\" ${x}").
func (u EventUnion) AsEvtStartedX() (v Started) {
	_ = json.Unmarshal([]byte(u.raw), &v)
	return
}

func (Done) implEventUnion() {}

// AsEvtDone decodes the object as a Done (Type "evt.done */").
func (u EventUnion) AsEvtDone() (v Done) {
	_ = json.Unmarshal([]byte(u.raw), &v)
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
