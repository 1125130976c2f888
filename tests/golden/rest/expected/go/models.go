// File generated from spec.yaml by sdkgen. DO NOT EDIT.
// Change the spec or the templates and run `make generate` instead.

package library

import (
	"encoding/json"
	"time"

	"example.com/library/internal/apijson"
	"example.com/library/packages/date"
	"example.com/library/packages/param"
)

type Genre string

const (
	GenreFiction Genre = "fiction"
	GenreHistory Genre = "history"
	GenreScience Genre = "science"
)

// A person who wrote books.
type Author struct {
	Name string    `json:"name"`
	Born date.Date `json:"born,omitzero"`
	raw  string
}

// RawJSON is the object as the API sent it, including properties the spec does not know.
func (r Author) RawJSON() string { return r.raw }

// UnmarshalJSON keeps the raw JSON beside the decoded fields.
func (r *Author) UnmarshalJSON(data []byte) (err error) {
	type shadow Author
	if err := json.Unmarshal(data, (*shadow)(r)); err != nil {
		return err
	}
	r.raw = string(data)
	return
}

type AuthorPage struct {
	Items      []Author `json:"items"`
	Page       int64    `json:"page"`
	TotalPages int64    `json:"total_pages"`
	raw        string
}

// RawJSON is the object as the API sent it, including properties the spec does not know.
func (r AuthorPage) RawJSON() string { return r.raw }

// UnmarshalJSON keeps the raw JSON beside the decoded fields.
func (r *AuthorPage) UnmarshalJSON(data []byte) (err error) {
	type shadow AuthorPage
	if err := json.Unmarshal(data, (*shadow)(r)); err != nil {
		return err
	}
	r.raw = string(data)
	return
}

type Book struct {
	ID      string    `json:"id"`
	Title   string    `json:"title"`
	AddedAt time.Time `json:"added_at,omitzero"`
	Author  Author    `json:"author,omitzero"`
	Genre   Genre     `json:"genre,omitzero"`
	Isbn    string    `json:"isbn,omitzero"`
	// Free-form labels.
	Metadata map[string]string `json:"metadata,omitzero"`
	Tags     []string          `json:"tags,omitzero"`
	raw      string
}

// RawJSON is the object as the API sent it, including properties the spec does not know.
func (r Book) RawJSON() string { return r.raw }

// UnmarshalJSON keeps the raw JSON beside the decoded fields.
func (r *Book) UnmarshalJSON(data []byte) (err error) {
	type shadow Book
	if err := json.Unmarshal(data, (*shadow)(r)); err != nil {
		return err
	}
	r.raw = string(data)
	return
}

type BookAdded struct {
	Book Book   `json:"book"`
	Type string `json:"type"`
	raw  string
}

// RawJSON is the object as the API sent it, including properties the spec does not know.
func (r BookAdded) RawJSON() string { return r.raw }

// UnmarshalJSON keeps the raw JSON beside the decoded fields.
func (r *BookAdded) UnmarshalJSON(data []byte) (err error) {
	type shadow BookAdded
	if err := json.Unmarshal(data, (*shadow)(r)); err != nil {
		return err
	}
	r.raw = string(data)
	return
}

type BookDeleted struct {
	Deleted bool   `json:"deleted"`
	ID      string `json:"id"`
	raw     string
}

// RawJSON is the object as the API sent it, including properties the spec does not know.
func (r BookDeleted) RawJSON() string { return r.raw }

// UnmarshalJSON keeps the raw JSON beside the decoded fields.
func (r *BookDeleted) UnmarshalJSON(data []byte) (err error) {
	type shadow BookDeleted
	if err := json.Unmarshal(data, (*shadow)(r)); err != nil {
		return err
	}
	r.raw = string(data)
	return
}

type BookList struct {
	Data    []Book `json:"data"`
	HasMore bool   `json:"has_more"`
	raw     string
}

// RawJSON is the object as the API sent it, including properties the spec does not know.
func (r BookList) RawJSON() string { return r.raw }

// UnmarshalJSON keeps the raw JSON beside the decoded fields.
func (r *BookList) UnmarshalJSON(data []byte) (err error) {
	type shadow BookList
	if err := json.Unmarshal(data, (*shadow)(r)); err != nil {
		return err
	}
	r.raw = string(data)
	return
}

type BookRemoved struct {
	ID   string `json:"id"`
	Type string `json:"type"`
	raw  string
}

// RawJSON is the object as the API sent it, including properties the spec does not know.
func (r BookRemoved) RawJSON() string { return r.raw }

// UnmarshalJSON keeps the raw JSON beside the decoded fields.
func (r *BookRemoved) UnmarshalJSON(data []byte) (err error) {
	type shadow BookRemoved
	if err := json.Unmarshal(data, (*shadow)(r)); err != nil {
		return err
	}
	r.raw = string(data)
	return
}

type QuoteBlock struct {
	Text string `json:"text"`
	Type string `json:"type"`
	Page int64  `json:"page,omitzero"`
	raw  string
}

// RawJSON is the object as the API sent it, including properties the spec does not know.
func (r QuoteBlock) RawJSON() string { return r.raw }

// UnmarshalJSON keeps the raw JSON beside the decoded fields.
func (r *QuoteBlock) UnmarshalJSON(data []byte) (err error) {
	type shadow QuoteBlock
	if err := json.Unmarshal(data, (*shadow)(r)); err != nil {
		return err
	}
	r.raw = string(data)
	return
}

type Review struct {
	Blocks    []ReviewBlockUnion `json:"blocks"`
	ID        string             `json:"id"`
	Stars     int64              `json:"stars"`
	CreatedAt time.Time          `json:"created_at,omitzero"`
	raw       string
}

// RawJSON is the object as the API sent it, including properties the spec does not know.
func (r Review) RawJSON() string { return r.raw }

// UnmarshalJSON keeps the raw JSON beside the decoded fields.
func (r *Review) UnmarshalJSON(data []byte) (err error) {
	type shadow Review
	if err := json.Unmarshal(data, (*shadow)(r)); err != nil {
		return err
	}
	r.raw = string(data)
	return
}

type ReviewList struct {
	Data  []Review `json:"data"`
	Total int64    `json:"total"`
	raw   string
}

// RawJSON is the object as the API sent it, including properties the spec does not know.
func (r ReviewList) RawJSON() string { return r.raw }

// UnmarshalJSON keeps the raw JSON beside the decoded fields.
func (r *ReviewList) UnmarshalJSON(data []byte) (err error) {
	type shadow ReviewList
	if err := json.Unmarshal(data, (*shadow)(r)); err != nil {
		return err
	}
	r.raw = string(data)
	return
}

// Counts of the catalog; one extra key per genre with its count.
type Stats struct {
	Total int64 `json:"total"`
	// ExtraFields are the properties beyond the ones above, by name.
	ExtraFields map[string]int64 `json:"-"`
	raw         string
}

// RawJSON is the object as the API sent it, including properties the spec does not know.
func (r Stats) RawJSON() string { return r.raw }

// UnmarshalJSON keeps the raw JSON beside the decoded fields.
func (r *Stats) UnmarshalJSON(data []byte) (err error) {
	type shadow Stats
	if err := json.Unmarshal(data, (*shadow)(r)); err != nil {
		return err
	}
	r.raw = string(data)
	r.ExtraFields, err = apijson.Extra[int64](data, "total")
	return
}

type TextBlock struct {
	Text string `json:"text"`
	Type string `json:"type"`
	raw  string
}

// RawJSON is the object as the API sent it, including properties the spec does not know.
func (r TextBlock) RawJSON() string { return r.raw }

// UnmarshalJSON keeps the raw JSON beside the decoded fields.
func (r *TextBlock) UnmarshalJSON(data []byte) (err error) {
	type shadow TextBlock
	if err := json.Unmarshal(data, (*shadow)(r)); err != nil {
		return err
	}
	r.raw = string(data)
	return
}

type Vote struct {
	Helpful  bool   `json:"helpful"`
	ReviewID string `json:"review_id"`
	raw      string
}

// RawJSON is the object as the API sent it, including properties the spec does not know.
func (r Vote) RawJSON() string { return r.raw }

// UnmarshalJSON keeps the raw JSON beside the decoded fields.
func (r *Vote) UnmarshalJSON(data []byte) (err error) {
	type shadow Vote
	if err := json.Unmarshal(data, (*shadow)(r)); err != nil {
		return err
	}
	r.raw = string(data)
	return
}

// What happens in the catalog.
//
// It holds the fields of every variant; use AsAny or the As methods for the typed variant. A
// variant the spec does not know is kept: its Type and RawJSON are set and AsAny
// returns nil.
type FeedEventUnion struct {
	Book Book   `json:"book,omitzero"`
	ID   string `json:"id,omitzero"`
	Type string `json:"type,omitzero"`
	raw  string
}

// RawJSON is the object as the API sent it.
func (u FeedEventUnion) RawJSON() string { return u.raw }

// UnmarshalJSON keeps the raw JSON beside the decoded fields.
func (u *FeedEventUnion) UnmarshalJSON(data []byte) error {
	type shadow FeedEventUnion
	if err := json.Unmarshal(data, (*shadow)(u)); err != nil {
		return err
	}
	u.raw = string(data)
	return nil
}

// anyFeedEventUnion is implemented by each variant of FeedEventUnion.
type anyFeedEventUnion interface {
	implFeedEventUnion()
}

func (BookAdded) implFeedEventUnion() {}

// AsBookAdded decodes the object as a BookAdded (Type "book.added").
func (u FeedEventUnion) AsBookAdded() (v BookAdded) {
	_ = json.Unmarshal([]byte(u.raw), &v)
	return
}

func (BookRemoved) implFeedEventUnion() {}

// AsBookRemoved decodes the object as a BookRemoved (Type "book.removed").
func (u FeedEventUnion) AsBookRemoved() (v BookRemoved) {
	_ = json.Unmarshal([]byte(u.raw), &v)
	return
}

// AsAny returns the typed variant, or nil for a Type the spec does not know.
func (u FeedEventUnion) AsAny() anyFeedEventUnion {
	switch u.Type {
	case "book.added":
		return u.AsBookAdded()
	case "book.removed":
		return u.AsBookRemoved()
	}
	return nil
}

// A part of a review; a block without a type is text.
//
// It holds the fields of every variant; use AsAny or the As methods for the typed variant. A
// variant the spec does not know is kept: its Type and RawJSON are set and AsAny
// returns nil.
type ReviewBlockUnion struct {
	Page int64  `json:"page,omitzero"`
	Text string `json:"text,omitzero"`
	Type string `json:"type,omitzero"`
	raw  string
}

// RawJSON is the object as the API sent it.
func (u ReviewBlockUnion) RawJSON() string { return u.raw }

// UnmarshalJSON keeps the raw JSON beside the decoded fields.
func (u *ReviewBlockUnion) UnmarshalJSON(data []byte) error {
	type shadow ReviewBlockUnion
	if err := json.Unmarshal(data, (*shadow)(u)); err != nil {
		return err
	}
	u.raw = string(data)
	if u.Type == "" { // an object without the discriminator is this variant
		u.Type = "text"
	}
	return nil
}

// anyReviewBlockUnion is implemented by each variant of ReviewBlockUnion.
type anyReviewBlockUnion interface {
	implReviewBlockUnion()
}

func (TextBlock) implReviewBlockUnion() {}

// AsText decodes the object as a TextBlock (Type "text").
func (u ReviewBlockUnion) AsText() (v TextBlock) {
	_ = json.Unmarshal([]byte(u.raw), &v)
	return
}

func (QuoteBlock) implReviewBlockUnion() {}

// AsQuote decodes the object as a QuoteBlock (Type "quote").
func (u ReviewBlockUnion) AsQuote() (v QuoteBlock) {
	_ = json.Unmarshal([]byte(u.raw), &v)
	return
}

// AsAny returns the typed variant, or nil for a Type the spec does not know.
func (u ReviewBlockUnion) AsAny() anyReviewBlockUnion {
	switch u.Type {
	case "text":
		return u.AsText()
	case "quote":
		return u.AsQuote()
	}
	return nil
}

// A person who wrote books.
type AuthorParam struct {
	Name string               `json:"name"`
	Born param.Opt[date.Date] `json:"born,omitzero"`
}

// values are the params that are set, by wire name.
func (p AuthorParam) values() map[string]any {
	v := map[string]any{}
	v["name"] = p.Name
	if p.Born.Valid() {
		v["born"] = p.Born.Value
	}
	return v
}

// MarshalJSON sends the fields that are set.
func (p AuthorParam) MarshalJSON() ([]byte, error) { return json.Marshal(p.values()) }

type QuoteBlockParam struct {
	Text string           `json:"text"`
	Page param.Opt[int64] `json:"page,omitzero"`
}

// values are the params that are set, by wire name.
func (p QuoteBlockParam) values() map[string]any {
	v := map[string]any{}
	v["text"] = p.Text
	v["type"] = "quote"
	if p.Page.Valid() {
		v["page"] = p.Page.Value
	}
	return v
}

// MarshalJSON sends the fields that are set.
func (p QuoteBlockParam) MarshalJSON() ([]byte, error) { return json.Marshal(p.values()) }

type TextBlockParam struct {
	Text string `json:"text"`
}

// values are the params that are set, by wire name.
func (p TextBlockParam) values() map[string]any {
	v := map[string]any{}
	v["text"] = p.Text
	v["type"] = "text"
	return v
}

// MarshalJSON sends the fields that are set.
func (p TextBlockParam) MarshalJSON() ([]byte, error) { return json.Marshal(p.values()) }

// ReviewBlockUnionParam sends one of its variants; set exactly one field.
type ReviewBlockUnionParam struct {
	OfText  *TextBlockParam
	OfQuote *QuoteBlockParam
}

func (u ReviewBlockUnionParam) value() any {
	if u.OfText != nil {
		v := u.OfText.values()
		v["type"] = "text"
		return v
	}
	if u.OfQuote != nil {
		v := u.OfQuote.values()
		v["type"] = "quote"
		return v
	}
	return nil
}

// MarshalJSON sends the variant that is set, with its discriminator filled in.
func (u ReviewBlockUnionParam) MarshalJSON() ([]byte, error) { return json.Marshal(u.value()) }
