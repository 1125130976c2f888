// File generated from spec.yaml by sdkgen. DO NOT EDIT.
// Change the spec or the templates and run `make generate` instead.

// Package validate checks params against the spec before a request is sent. The tables are the
// generator's language-neutral JSON (operations.json, embedded by the root package); this engine
// is written once. A rule applies only when every param
// in its When was given and matches, so an omitted model never triggers a per-model rule, and an
// unknown value of an open enum is always accepted.
package validate

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"
)

// Mode is the client's validation setting.
type Mode string

const (
	Strict Mode = "strict"
	Warn   Mode = "warn"
	Off    Mode = "off"
)

// Field is what the spec says about one param.
type Field struct {
	Kinds    []string `json:"kinds"` // string, integer, number, boolean, file, array, object, any
	Required bool     `json:"required"`
	Enum     []string `json:"enum"`
	Open     bool     `json:"open"`
	Items    *Field   `json:"items"`
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

// Operation is one endpoint's params and rules.
type Operation struct {
	Name        string           `json:"-"`
	Method      string           `json:"method"`
	Path        string           `json:"path"`
	Body        string           `json:"body"` // json, multipart or none
	StreamParam string           `json:"stream_param"`
	Fields      map[string]Field `json:"fields"`
	Order       []string         `json:"-"` // field names, sorted
	Rules       []Rule           `json:"rules"`
}

// Parse reads the generated tables: operation name -> Operation (keys starting with "_" are notes).
func Parse(data []byte) (map[string]Operation, error) {
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(data, &raw); err != nil {
		return nil, err
	}
	ops := make(map[string]Operation, len(raw))
	for name, body := range raw {
		if strings.HasPrefix(name, "_") {
			continue
		}
		var op Operation
		if err := json.Unmarshal(body, &op); err != nil {
			return nil, fmt.Errorf("operation %s: %w", name, err)
		}
		op.Name = name
		for field := range op.Fields {
			op.Order = append(op.Order, field)
		}
		slices.Sort(op.Order)
		ops[name] = op
	}
	return ops, nil
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

// Problems returns every problem with params (the given ones, by wire name).
func Problems(op Operation, params map[string]any) []string {
	var out []string
	for _, name := range op.Order {
		f := op.Fields[name]
		v, ok := params[name]
		if !ok || v == nil {
			if f.Required {
				out = append(out, fmt.Sprintf("param '%s' is required", name))
			}
			continue
		}
		out = append(out, checkValue(name, v, f)...)
	}
	for _, rule := range op.Rules {
		if !holds(rule.When, params) {
			continue
		}
		for _, c := range rule.Then {
			if v, ok := params[c.Param]; ok && v != nil {
				out = append(out, ruleProblems(rule, c, v, params)...)
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
	case "object":
		k := reflect.ValueOf(v).Kind()
		return k == reflect.Map || k == reflect.Struct || k == reflect.Pointer
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

func checkValue(name string, v any, f Field) []string {
	ok := false
	for _, k := range f.Kinds {
		if isKind(v, k) {
			ok = true
			break
		}
	}
	if !ok {
		return []string{fmt.Sprintf("param '%s': expected %s, got %T", name, strings.Join(f.Kinds, " or "), v)}
	}
	var out []string
	if s, isString := v.(string); isString && f.Enum != nil && !f.Open && !contains(f.Enum, s) {
		out = append(out, fmt.Sprintf("param '%s': %q is not one of %s", name, s, quoteAll(f.Enum)))
	}
	out = append(out, bounds(name, v, f.Min, f.Max, f.MinLen, f.MaxLen, f.MinItems, f.MaxItems, f.MinItems != nil || f.MaxItems != nil, "")...)
	return out
}

func holds(when []Condition, params map[string]any) bool {
	for _, c := range when {
		v, ok := params[c.Param]
		s, isString := v.(string)
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
