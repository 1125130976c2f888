// File generated from spec.yaml by sdkgen. DO NOT EDIT.
// Change the spec or the templates and run `make generate` instead.

package library

import (
	"encoding/json"
)

type Genre string

const (
	GenreFiction Genre = "fiction"
	GenreHistory Genre = "history"
	GenreScience Genre = "science"
)

type Book struct {
	ID    string   `json:"id"`
	Title string   `json:"title"`
	Genre Genre    `json:"genre,omitzero"`
	Tags  []string `json:"tags,omitzero"`
	raw   string
}

// RawJSON is the object as the API sent it, including properties the spec does not know.
func (r Book) RawJSON() string { return r.raw }

// UnmarshalJSON keeps the raw JSON beside the decoded fields.
func (r *Book) UnmarshalJSON(data []byte) error {
	type shadow Book
	if err := json.Unmarshal(data, (*shadow)(r)); err != nil {
		return err
	}
	r.raw = string(data)
	return nil
}

type BookDeleted struct {
	Deleted bool   `json:"deleted"`
	ID      string `json:"id"`
	raw     string
}

// RawJSON is the object as the API sent it, including properties the spec does not know.
func (r BookDeleted) RawJSON() string { return r.raw }

// UnmarshalJSON keeps the raw JSON beside the decoded fields.
func (r *BookDeleted) UnmarshalJSON(data []byte) error {
	type shadow BookDeleted
	if err := json.Unmarshal(data, (*shadow)(r)); err != nil {
		return err
	}
	r.raw = string(data)
	return nil
}

type BookList struct {
	Data    []Book `json:"data"`
	HasMore bool   `json:"has_more"`
	raw     string
}

// RawJSON is the object as the API sent it, including properties the spec does not know.
func (r BookList) RawJSON() string { return r.raw }

// UnmarshalJSON keeps the raw JSON beside the decoded fields.
func (r *BookList) UnmarshalJSON(data []byte) error {
	type shadow BookList
	if err := json.Unmarshal(data, (*shadow)(r)); err != nil {
		return err
	}
	r.raw = string(data)
	return nil
}
