// File generated from images.yaml by sdkgen. DO NOT EDIT.
// Change the spec or the templates and run `make generate` instead.

// Package apijson decodes a response struct property by property, recording in its JSON field
// what the API sent for each one (a respjson.Field) and keeping the properties the spec does not
// know (JSON.ExtraFields; the typed ExtraFields of a model with additional_properties).
package apijson

import (
	"bytes"
	"encoding/json"
	"fmt"
	"reflect"
	"sort"
	"strings"
	"sync"

	"github.com/openai-images/openai-images-go/packages/respjson"
)

// field is one property of a struct: its wire name, its index and its index in the JSON struct
// (-1: none).
type field struct {
	name        string
	index, meta int
}

// layout is how a struct type is decoded (-1: the struct has no such field).
type layout struct {
	fields     []field
	json       int // the JSON metadata struct
	metaExtras int // JSON.ExtraFields (map[string]respjson.Field)
	extras     int // the typed ExtraFields (map[string]T) of a model with additional_properties
}

var layouts sync.Map // reflect.Type -> *layout

var fieldType = reflect.TypeFor[respjson.Field]()

func layoutOf(t reflect.Type) *layout {
	if l, ok := layouts.Load(t); ok {
		return l.(*layout)
	}
	l := &layout{json: -1, metaExtras: -1, extras: -1}
	var meta reflect.Type
	if f, ok := t.FieldByName("JSON"); ok && len(f.Index) == 1 && f.Type.Kind() == reflect.Struct && f.Tag.Get("json") == "-" {
		l.json, meta = f.Index[0], f.Type
		if x, ok := meta.FieldByName("ExtraFields"); ok && x.Type == reflect.MapOf(reflect.TypeFor[string](), fieldType) {
			l.metaExtras = x.Index[0]
		}
	}
	for i := range t.NumField() {
		f := t.Field(i)
		tag, ok := f.Tag.Lookup("json")
		name, _, _ := strings.Cut(tag, ",")
		if !f.IsExported() {
			continue
		}
		if f.Name == "ExtraFields" && tag == "-" && f.Type.Kind() == reflect.Map && f.Type.Key().Kind() == reflect.String {
			l.extras = i
			continue
		}
		if !ok || name == "-" || name == "" {
			continue
		}
		at := -1
		if meta != nil {
			if m, ok := meta.FieldByName(f.Name); ok && m.Type == fieldType {
				at = m.Index[0]
			}
		}
		l.fields = append(l.fields, field{name, i, at})
	}
	got, _ := layouts.LoadOrStore(t, l)
	return got.(*layout)
}

// UnmarshalRoot decodes the JSON object data into v, a pointer to a response struct, one property
// at a time: a property its field cannot hold is left zero and recorded as invalid, and the first
// such error is returned once every other property is decoded (as encoding/json does). JSON null,
// or a missing property, leaves the field zero. The caller keeps the raw JSON itself.
func UnmarshalRoot(data []byte, v any) error {
	rv := reflect.ValueOf(v).Elem()
	l := layoutOf(rv.Type())
	rv.SetZero()
	if string(bytes.TrimSpace(data)) == respjson.Null {
		return nil
	}
	var props map[string]json.RawMessage
	if err := json.Unmarshal(data, &props); err != nil {
		return fmt.Errorf("apijson: a %s must be a JSON object", rv.Type())
	}
	var meta reflect.Value
	if l.json >= 0 {
		meta = rv.Field(l.json)
	}
	var first error
	keep := func(name string, err error) {
		if err != nil && first == nil {
			first = fmt.Errorf("property %q: %w", name, err)
		}
	}
	for _, f := range l.fields {
		raw, present := props[f.name]
		if !present {
			continue
		}
		delete(props, f.name)
		got, err := decode(raw, rv.Field(f.index))
		keep(f.name, err)
		if f.meta >= 0 {
			meta.Field(f.meta).Set(reflect.ValueOf(got))
		}
	}
	if len(props) == 0 {
		return first
	}
	names := make([]string, 0, len(props))
	for k := range props {
		names = append(names, k)
	}
	sort.Strings(names)
	extras := make(map[string]respjson.Field, len(props))
	var typed reflect.Value
	if l.extras >= 0 {
		typed = reflect.MakeMapWithSize(rv.Field(l.extras).Type(), len(props))
	}
	for _, k := range names {
		raw := props[k]
		switch {
		case typed.IsValid(): // additional_properties: decoded as their declared type
			item := reflect.New(typed.Type().Elem()).Elem()
			got, err := decode(raw, item)
			keep(k, err)
			typed.SetMapIndex(reflect.ValueOf(k), item)
			extras[k] = got
		case string(raw) == respjson.Null:
			extras[k] = respjson.NewField(respjson.Null)
		default: // a property the spec does not know has no Go type to be valid for
			extras[k] = respjson.NewInvalidField(string(raw))
		}
	}
	if typed.IsValid() {
		rv.Field(l.extras).Set(typed)
	}
	if l.metaExtras >= 0 {
		meta.Field(l.metaExtras).Set(reflect.ValueOf(extras))
	}
	return first
}

// decode reads one property's JSON into dst: the Field to record, and the error when dst's type
// cannot hold it (dst is then left zero).
func decode(raw json.RawMessage, dst reflect.Value) (respjson.Field, error) {
	if string(raw) == respjson.Null {
		return respjson.NewField(respjson.Null), nil
	}
	p := reflect.New(dst.Type())
	if err := json.Unmarshal(raw, p.Interface()); err != nil {
		return respjson.NewInvalidField(string(raw)), err
	}
	dst.Set(p.Elem())
	return respjson.NewField(string(raw)), nil
}
