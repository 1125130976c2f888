// File generated from spec.yaml by sdkgen. DO NOT EDIT.
// Change the spec or the templates and run `make generate` instead.

// Package validate checks params against the spec before a request is sent. The tables are the
// generator's language-neutral JSON (operations.json, embedded by the root package); this engine
// is written once. A rule applies only when every param
// in its When was given and matches, so an omitted model never triggers a per-model rule, and an
// unknown value of an open enum is always accepted.
package validate

import (
	"bytes"
	"encoding"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"net/url"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Mode is the client's validation setting.
type Mode string

const (
	Strict Mode = "strict"
	Warn   Mode = "warn"
	Off    Mode = "off"
)

// Field is what the spec says about one param (or one property of a model a request contains).
type Field struct {
	Kinds    []string `json:"kinds"` // string, integer, number, boolean, file, array, map, object, any
	Required bool     `json:"required"`
	Nullable bool     `json:"nullable"`
	Enum     []string `json:"enum"`
	Open     bool     `json:"open"`
	Items    *Field   `json:"items"`  // an array's items
	Values   *Field   `json:"values"` // a map's values
	Model    string   `json:"model"`  // an object's model: a key of the tables' _models
	Union    string   `json:"union"`  // an object's union: a key of the tables' _unions
	Pattern  string   `json:"pattern"`
	Format   string   `json:"format"` // date-time, date, uuid, uri, binary, int32, int64
	Min      *float64 `json:"minimum"`
	Max      *float64 `json:"maximum"`
	MinLen   *int     `json:"min_length"`
	MaxLen   *int     `json:"max_length"`
	MinItems *int     `json:"min_items"`
	MaxItems *int     `json:"max_items"`
	In       string   `json:"in"`     // path, query or header; "" for the body
	Header   string   `json:"header"` // the header's name, for In "header"
	Style    string   `json:"style"`  // "comma": a list in the query or a header joined with commas
}

// Model is what the spec says about the properties of a model a request contains.
type Model struct {
	Fields     map[string]Field `json:"fields"`
	Additional *Field           `json:"additional"` // keys beyond the known fields (nil: not checked)
}

// Union is a discriminated union a request contains: discriminator value -> model key.
type Union struct {
	Discriminator string            `json:"discriminator"`
	Variants      map[string]string `json:"variants"`
	Default       string            `json:"default"` // the variant of an object without the discriminator
}

// Stream is how a streaming operation's events end and fail.
type Stream struct {
	Always        bool     `json:"always"`
	Keepalive     []string `json:"keepalive"`     // event types skipped
	ErrorEvent    string   `json:"error_event"`   // the event type whose data is an error body
	Done          string   `json:"done"`          // the data line that ends the stream ("" none)
	Discriminator string   `json:"discriminator"` // the events' type field, when the table names it
}

// Cursor is where a cursor page's next cursor comes from: the page's field From, or the field
// Item of its last item (the first, for Before); it is sent as Param.
type Cursor struct {
	Param string `json:"param"`
	From  string `json:"from"`
	Item  string `json:"item"`
}

// Pagination is how an operation pages: cursor, page (Param counts pages) or offset (Param counts
// items); Total names the page's field with the number of pages or items.
type Pagination struct {
	Style   string  `json:"style"`
	Items   string  `json:"items"`
	HasMore string  `json:"has_more"`
	After   *Cursor `json:"after"`
	Before  *Cursor `json:"before"`
	Param   string  `json:"param"`
	Total   string  `json:"total"`
}

// Condition holds when Param was given and its value is (or, with Negate, is not) in Values.
type Condition struct {
	Param  string   `json:"param"`
	Values []string `json:"values"`
	Negate bool     `json:"negate"`
}

// Dimensions also accepts WIDTHxHEIGHT strings within limits (0: no limit).
type Dimensions struct {
	MultipleOf     int     `json:"multiple_of"`
	MaxAspectRatio float64 `json:"max_aspect_ratio"`
	MaxLongEdge    int     `json:"max_long_edge"`
	MaxShortEdge   int     `json:"max_short_edge"`
}

// Check is what a rule requires of one param.
type Check struct {
	Param      string      `json:"param"`
	Forbidden  bool        `json:"forbidden"`
	Allowed    []string    `json:"allowed"`
	Disallowed []string    `json:"disallowed"`
	Min        *float64    `json:"minimum"`
	Max        *float64    `json:"maximum"`
	MinLen     *int        `json:"min_length"`
	MaxLen     *int        `json:"max_length"`
	MinItems   *int        `json:"min_items"`
	MaxItems   *int        `json:"max_items"`
	Dimensions *Dimensions `json:"dimensions"`
}

// Rule is a per-model or cross-param constraint from the spec.
type Rule struct {
	ID      string      `json:"id"`
	Message string      `json:"message"`
	When    []Condition `json:"when"`
	Then    []Check     `json:"then"`
}

// Operation is one endpoint's params, rules and shapes.
type Operation struct {
	Name        string           `json:"-"`
	Method      string           `json:"method"`
	Path        string           `json:"path"`
	Body        string           `json:"body"`     // json, multipart, form, binary or none
	Response    string           `json:"response"` // json, jsonl, binary, text or none
	StreamParam string           `json:"stream_param"`
	Stream      *Stream          `json:"stream"`
	Pagination  *Pagination      `json:"pagination"`
	Fields      map[string]Field `json:"fields"`
	Rules       []Rule           `json:"rules"`
	Auth        []string         `json:"auth"` // the credentials it takes (option names); nil: the client's first
	Models      map[string]Model `json:"-"`    // the tables' _models and _unions, shared by every operation
	Unions      map[string]Union `json:"-"`
}

// Parse reads the generated tables: operation name -> Operation (keys starting with "_" are the
// shared _models and _unions, or notes).
func Parse(data []byte) (map[string]Operation, error) {
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(data, &raw); err != nil {
		return nil, err
	}
	var models map[string]Model
	var unions map[string]Union
	if err := unmarshalIf(raw["_models"], &models); err != nil {
		return nil, fmt.Errorf("_models: %w", err)
	}
	if err := unmarshalIf(raw["_unions"], &unions); err != nil {
		return nil, fmt.Errorf("_unions: %w", err)
	}
	ops := make(map[string]Operation, len(raw))
	for name, body := range raw {
		if strings.HasPrefix(name, "_") {
			continue
		}
		op := Operation{Name: name, Models: models, Unions: unions}
		if err := json.Unmarshal(body, &op); err != nil {
			return nil, fmt.Errorf("operation %s: %w", name, err)
		}
		ops[name] = op
	}
	return ops, nil
}

func unmarshalIf(data json.RawMessage, dst any) error {
	if len(data) == 0 {
		return nil
	}
	return json.Unmarshal(data, dst)
}

// Error lists every way the params break the spec; nothing was sent.
type Error struct {
	Operation string
	Problems  []string
}

func (e *Error) Error() string { return e.Operation + ": " + strings.Join(e.Problems, "; ") }

// F and I build the pointer bounds of the tables.
func F(v float64) *float64 { return &v }
func I(v int) *int         { return &v }

var dims = regexp.MustCompile(`^([1-9][0-9]*)x([1-9][0-9]*)$`)

// Problems returns every problem with params (the given ones, by wire name). A nested value is
// named by its path: "param 'blocks[1].page'".
func Problems(op Operation, params map[string]any) []string {
	var out []string
	for _, name := range sortedKeys(op.Fields) {
		out = append(out, op.check(name, params[name], op.Fields[name])...)
	}
	for _, rule := range op.Rules {
		if !holds(rule.When, params) {
			continue
		}
		for _, c := range rule.Then {
			if v, ok := params[c.Param]; ok && v != nil {
				out = append(out, ruleProblems(rule, c, Plain(v), params)...)
			}
		}
	}
	return out
}

// Validate returns an *Error in Strict mode, calls warn in Warn mode, and does nothing when Off.
func Validate(op Operation, params map[string]any, mode Mode, warn func(string)) error {
	if mode == Off {
		return nil
	}
	found := Problems(op, params)
	if len(found) == 0 {
		return nil
	}
	err := &Error{Operation: op.Name, Problems: found}
	if mode == Warn {
		if warn != nil {
			warn(err.Error())
		}
		return nil
	}
	return err
}

// AsError reports whether err is a validation error.
func AsError(err error) (*Error, bool) {
	var v *Error
	ok := errors.As(err, &v)
	return v, ok
}

func isKind(v any, kind string) bool {
	switch kind {
	case "string":
		_, ok := v.(string)
		return ok
	case "integer":
		switch v.(type) {
		case int, int64, int32:
			return true
		}
		return false
	case "number":
		switch v.(type) {
		case int, int64, int32, float64, float32:
			return true
		}
		return false
	case "boolean":
		_, ok := v.(bool)
		return ok
	case "file":
		_, ok := v.(io.Reader)
		return ok
	case "array":
		return reflect.ValueOf(v).Kind() == reflect.Slice
	case "map", "object":
		_, ok := v.(map[string]any)
		return ok
	}
	return true
}

func number(v any) (float64, bool) {
	switch t := v.(type) {
	case int:
		return float64(t), true
	case int32:
		return float64(t), true
	case int64:
		return float64(t), true
	case float32:
		return float64(t), true
	case float64:
		return t, true
	}
	return 0, false
}

func count(v any) int {
	if rv := reflect.ValueOf(v); rv.Kind() == reflect.Slice {
		return rv.Len()
	}
	return 1
}

func g(v float64) string { return strconv.FormatFloat(v, 'g', -1, 64) }

func bounds(name string, v any, minV, maxV *float64, minLen, maxLen, minItems, maxItems *int, hasItems bool, suffix string) []string {
	var out []string
	if n, ok := number(v); ok {
		if minV != nil && n < *minV {
			out = append(out, fmt.Sprintf("param '%s': %s is less than the minimum %s%s", name, g(n), g(*minV), suffix))
		}
		if maxV != nil && n > *maxV {
			out = append(out, fmt.Sprintf("param '%s': %s is greater than the maximum %s%s", name, g(n), g(*maxV), suffix))
		}
	}
	if s, ok := v.(string); ok {
		n := len([]rune(s))
		if minLen != nil && n < *minLen {
			out = append(out, fmt.Sprintf("param '%s': %d characters is shorter than the minimum length %d%s", name, n, *minLen, suffix))
		}
		if maxLen != nil && n > *maxLen {
			out = append(out, fmt.Sprintf("param '%s': %d characters is longer than the maximum length %d%s", name, n, *maxLen, suffix))
		}
	}
	if hasItems {
		n := count(v)
		if minItems != nil && n < *minItems {
			out = append(out, fmt.Sprintf("param '%s': %d items is fewer than the minimum %d%s", name, n, *minItems, suffix))
		}
		if maxItems != nil && n > *maxItems {
			out = append(out, fmt.Sprintf("param '%s': %d items is more than the maximum %d%s", name, n, *maxItems, suffix))
		}
	}
	return out
}

// check is every problem with one value (nil: not given) and, recursively, with its items, map
// values and properties.
func (op Operation) check(name string, v any, f Field) []string {
	v = Plain(v)
	if v == nil {
		if f.Required {
			return []string{fmt.Sprintf("param '%s' is required", name)}
		}
		return nil
	}
	if !slices.ContainsFunc(f.Kinds, func(k string) bool { return isKind(v, k) }) {
		return []string{fmt.Sprintf("param '%s': expected %s, got %T", name, strings.Join(f.Kinds, " or "), v)}
	}
	var out []string
	if s, isString := v.(string); isString {
		if f.Enum != nil && !f.Open && !contains(f.Enum, s) {
			out = append(out, fmt.Sprintf("param '%s': %q is not one of %s", name, s, quoteAll(f.Enum)))
		}
		if f.Pattern != "" && !pattern(f.Pattern).MatchString(s) {
			out = append(out, fmt.Sprintf("param '%s': %q does not match the pattern %s", name, s, f.Pattern))
		}
		if !formatOK(f.Format, s) {
			out = append(out, fmt.Sprintf("param '%s': %q is not a valid %s", name, s, f.Format))
		}
	}
	if n, isInt := v.(int64); isInt && f.Format == "int32" && (n < math.MinInt32 || n > math.MaxInt32) {
		out = append(out, fmt.Sprintf("param '%s': %d does not fit in an int32", name, n))
	}
	out = append(out, bounds(name, v, f.Min, f.Max, f.MinLen, f.MaxLen, f.MinItems, f.MaxItems, f.MinItems != nil || f.MaxItems != nil, "")...)
	switch t := v.(type) {
	case []any:
		if f.Items != nil {
			for i, item := range t {
				out = append(out, op.check(fmt.Sprintf("%s[%d]", name, i), item, *f.Items)...)
			}
		}
	case map[string]any:
		switch {
		case f.Model != "":
			out = append(out, op.checkModel(name, t, f.Model)...)
		case f.Union != "":
			out = append(out, op.checkUnion(name, t, op.Unions[f.Union])...)
		case f.Values != nil:
			for _, k := range sortedKeys(t) {
				out = append(out, op.check(name+"."+k, t[k], *f.Values)...)
			}
		}
	}
	return out
}

func (op Operation) checkModel(name string, v map[string]any, key string) []string {
	m, known := op.Models[key]
	if !known {
		return nil
	}
	var out []string
	for _, k := range sortedKeys(m.Fields) {
		out = append(out, op.check(name+"."+k, v[k], m.Fields[k])...)
	}
	if m.Additional != nil {
		for _, k := range sortedKeys(v) {
			if _, isField := m.Fields[k]; !isField {
				out = append(out, op.check(name+"."+k, v[k], *m.Additional)...)
			}
		}
	}
	return out
}

func (op Operation) checkUnion(name string, v map[string]any, u Union) []string {
	value, _ := v[u.Discriminator].(string)
	if value == "" {
		value = u.Default
	}
	model, known := u.Variants[value]
	if !known {
		return []string{fmt.Sprintf("param '%s.%s': %q is not one of %s", name, u.Discriminator, value, quoteAll(sortedKeys(u.Variants)))}
	}
	return op.checkModel(name, v, model)
}

var (
	patternsMu sync.Mutex
	patterns   = map[string]*regexp.Regexp{}
	uuidRE     = regexp.MustCompile(`^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$`)
)

// pattern is the compiled expression (searched, not anchored unless it says so); one that does
// not compile matches everything (the generator checked it).
func pattern(expr string) *regexp.Regexp {
	patternsMu.Lock()
	defer patternsMu.Unlock()
	re, ok := patterns[expr]
	if !ok {
		var err error
		if re, err = regexp.Compile(expr); err != nil {
			re = regexp.MustCompile("")
		}
		patterns[expr] = re
	}
	return re
}

func formatOK(format, s string) bool {
	var err error
	switch format {
	case "date-time":
		_, err = time.Parse(time.RFC3339Nano, s)
	case "date":
		_, err = time.Parse(time.DateOnly, s)
	case "uuid":
		return uuidRE.MatchString(s)
	case "uri":
		var u *url.URL
		u, err = url.Parse(s)
		return err == nil && u.Scheme != ""
	}
	return err == nil
}

// Plain is a value as it goes on the wire, in the terms the checks use: a TextMarshaler
// (time.Time, date.Date) as its text, a string type (an enum) as a string, a list as []any, a map
// as map[string]any, and a struct (a params struct) as the JSON it marshals to, numbers as int64
// when whole. Files and the basic types stay as they are.
func Plain(v any) any {
	switch t := v.(type) {
	case nil, string, bool, int, int32, int64, float32, float64, io.Reader, map[string]any:
		return v
	case encoding.TextMarshaler:
		if text, err := t.MarshalText(); err == nil {
			return string(text)
		}
		return v
	}
	rv := reflect.ValueOf(v)
	switch rv.Kind() {
	case reflect.String:
		return rv.String()
	case reflect.Slice, reflect.Array:
		out := make([]any, rv.Len())
		for i := range out {
			out[i] = Plain(rv.Index(i).Interface())
		}
		return out
	case reflect.Map:
		if rv.IsNil() {
			return nil
		}
		out := make(map[string]any, rv.Len())
		for it := rv.MapRange(); it.Next(); {
			out[fmt.Sprint(it.Key().Interface())] = Plain(it.Value().Interface())
		}
		return out
	case reflect.Pointer, reflect.Interface:
		if rv.IsNil() {
			return nil
		}
	}
	data, err := json.Marshal(v)
	if err != nil {
		return v
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var out any
	if dec.Decode(&out) != nil {
		return v
	}
	return numbers(out)
}

func numbers(v any) any {
	switch t := v.(type) {
	case json.Number:
		if n, err := t.Int64(); err == nil {
			return n
		}
		f, _ := t.Float64()
		return f
	case []any:
		for i := range t {
			t[i] = numbers(t[i])
		}
	case map[string]any:
		for k := range t {
			t[k] = numbers(t[k])
		}
	}
	return v
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

func holds(when []Condition, params map[string]any) bool {
	for _, c := range when {
		v, ok := params[c.Param]
		s, isString := Plain(v).(string)
		if !ok || !isString {
			return false
		}
		if contains(c.Values, s) == c.Negate {
			return false
		}
	}
	return true
}

func dimensionsProblem(s string, d Dimensions) string {
	m := dims.FindStringSubmatch(s)
	if m == nil {
		return "it is not WIDTHxHEIGHT"
	}
	w, _ := strconv.Atoi(m[1])
	h, _ := strconv.Atoi(m[2])
	if d.MultipleOf > 0 && (w%d.MultipleOf != 0 || h%d.MultipleOf != 0) {
		return fmt.Sprintf("width and height must both be divisible by %d", d.MultipleOf)
	}
	long, short := max(w, h), min(w, h)
	if d.MaxAspectRatio > 0 && float64(long) > float64(short)*d.MaxAspectRatio {
		return fmt.Sprintf("the aspect ratio must be between 1:%s and %s:1", g(d.MaxAspectRatio), g(d.MaxAspectRatio))
	}
	if (d.MaxLongEdge > 0 && long > d.MaxLongEdge) || (d.MaxShortEdge > 0 && short > d.MaxShortEdge) {
		return fmt.Sprintf("the largest size is %dx%d", d.MaxLongEdge, d.MaxShortEdge)
	}
	return ""
}

func ruleProblems(rule Rule, c Check, v any, params map[string]any) []string {
	var parts []string
	for _, w := range rule.When {
		parts = append(parts, fmt.Sprintf("%s is %q", w.Param, params[w.Param]))
	}
	when := ""
	if len(parts) > 0 {
		when = " when " + strings.Join(parts, " and ")
	}
	because := " (rule " + rule.ID
	if rule.Message != "" {
		because += ": " + rule.Message
	}
	because += ")"
	if c.Forbidden {
		return []string{fmt.Sprintf("param '%s' is not supported%s%s", c.Param, when, because)}
	}
	var out []string
	if s, ok := v.(string); ok {
		if c.Disallowed != nil && contains(c.Disallowed, s) {
			out = append(out, fmt.Sprintf("param '%s': %q is not allowed%s%s", c.Param, s, when, because))
		}
		if c.Allowed != nil && !contains(c.Allowed, s) {
			detail := ""
			if c.Dimensions != nil {
				detail = dimensionsProblem(s, *c.Dimensions)
				if detail == "" {
					return out
				}
				detail = " (" + detail + ")"
			}
			out = append(out, fmt.Sprintf("param '%s': %q is not allowed%s%s; use one of %s%s", c.Param, s, when, detail, quoteAll(c.Allowed), because))
		}
	}
	out = append(out, bounds(c.Param, v, c.Min, c.Max, c.MinLen, c.MaxLen, c.MinItems, c.MaxItems, c.MinItems != nil || c.MaxItems != nil, when+because)...)
	return out
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func quoteAll(list []string) string {
	q := make([]string, len(list))
	for i, s := range list {
		q[i] = strconv.Quote(s)
	}
	return strings.Join(q, ", ")
}
