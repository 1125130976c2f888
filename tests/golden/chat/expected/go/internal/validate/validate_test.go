// File generated from spec.yaml by sdkgen. DO NOT EDIT.
// Change the spec or the templates and run `make generate` instead.

package validate

import (
	"strings"
	"testing"
	"time"
)

type blockParam struct {
	Type string `json:"type,omitempty"`
	Page int64  `json:"page,omitempty"`
}

// Nested objects are checked against their model or union, each problem named by its path.
func TestNestedValuesPatternsAndFormats(t *testing.T) {
	page := Field{Kinds: []string{"integer"}, Min: F(1)}
	op := Operation{
		Name: "books.create",
		Fields: map[string]Field{
			"isbn":    {Kinds: []string{"string"}, Pattern: `^[0-9]{13}$`},
			"when":    {Kinds: []string{"string"}, Format: "date-time"},
			"day":     {Kinds: []string{"string"}, Format: "date"},
			"id":      {Kinds: []string{"string"}, Format: "uuid"},
			"site":    {Kinds: []string{"string"}, Format: "uri"},
			"small":   {Kinds: []string{"integer"}, Format: "int32"},
			"labels":  {Kinds: []string{"map"}, Values: &Field{Kinds: []string{"string"}, MaxLen: I(3)}},
			"author":  {Kinds: []string{"object"}, Model: "Author"},
			"blocks":  {Kinds: []string{"array"}, Items: &Field{Kinds: []string{"object"}, Union: "Block"}},
			"counted": {Kinds: []string{"object"}, Model: "Counts"},
		},
		Models: map[string]Model{
			"Author": {Fields: map[string]Field{"name": {Kinds: []string{"string"}, Required: true}}},
			"Quote":  {Fields: map[string]Field{"type": {Kinds: []string{"string"}, Enum: []string{"quote"}}, "page": page}},
			"Text":   {Fields: map[string]Field{"type": {Kinds: []string{"string"}, Enum: []string{"text"}}, "page": page}},
			"Counts": {Fields: map[string]Field{}, Additional: &Field{Kinds: []string{"integer"}}},
		},
		Unions: map[string]Union{"Block": {Discriminator: "type", Variants: map[string]string{"quote": "Quote", "text": "Text"}, Default: "text"}},
	}
	good := map[string]any{
		"isbn": "9780441013593", "when": time.Date(2025, 1, 2, 3, 4, 5, 123456000, time.UTC), "day": "1920-10-08",
		"id": "0b7c9d4e-8f3a-4b21-9c55-2d1e6f7a8b90", "site": "https://example.com/a", "small": int64(7),
		"labels": map[string]string{"shelf": "A3"}, "author": map[string]any{"name": "Frank"},
		"blocks": []blockParam{{Type: "quote", Page: 8}, {Page: 2}}, "counted": map[string]any{"fiction": 2},
	}
	if got := Problems(op, good); len(got) != 0 {
		t.Fatalf("valid params: %v", got)
	}
	bad := map[string]any{
		"isbn": "978-0441013593", "when": "2025-01-02", "day": "1920-10-8", "id": "b1", "site": "example", "small": int64(1) << 40,
		"labels": map[string]string{"shelf": "A3-long"}, "author": map[string]any{}, "blocks": []blockParam{{Type: "quote", Page: 8}, {Page: -1}, {Type: "poem"}},
		"counted": map[string]any{"fiction": "two"},
	}
	want := []string{"param 'isbn'", "param 'when'", "param 'day'", "param 'id'", "param 'site'", "param 'small'", "param 'labels.shelf'",
		"param 'author.name' is required", "param 'blocks[1].page'", "param 'blocks[2].type'", "param 'counted.fiction'"}
	got := strings.Join(Problems(op, bad), "\n")
	for _, w := range want {
		if !strings.Contains(got, w) {
			t.Errorf("no problem names %s in:\n%s", w, got)
		}
	}
}
