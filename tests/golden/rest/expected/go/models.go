// File generated from spec.yaml by sdkgen. DO NOT EDIT.
// Change the spec or the templates and run `make generate` instead.

package library

import (
	"encoding/json"
	"time"

	"example.com/library/internal/apijson"
	"example.com/library/packages/date"
	"example.com/library/packages/param"
	"example.com/library/packages/respjson"
	"example.com/library/shared/constant"
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
	// JSON is what the API sent for each property: check presence with [respjson.Field.Valid].
	JSON struct {
		Name        respjson.Field
		Born        respjson.Field
		ExtraFields map[string]respjson.Field
		raw         string
	} `json:"-"`
}

// RawJSON is the object as the API sent it, including properties the spec does not know.
func (r Author) RawJSON() string { return r.JSON.raw }

// UnmarshalJSON decodes the object and records what the API sent for each property in JSON.
func (r *Author) UnmarshalJSON(data []byte) error {
	err := apijson.UnmarshalRoot(data, r)
	r.JSON.raw = string(data)
	return err
}

type AuthorPage struct {
	Items      []Author `json:"items"`
	Page       int64    `json:"page"`
	TotalPages int64    `json:"total_pages"`
	// JSON is what the API sent for each property: check presence with [respjson.Field.Valid].
	JSON struct {
		Items       respjson.Field
		Page        respjson.Field
		TotalPages  respjson.Field
		ExtraFields map[string]respjson.Field
		raw         string
	} `json:"-"`
}

// RawJSON is the object as the API sent it, including properties the spec does not know.
func (r AuthorPage) RawJSON() string { return r.JSON.raw }

// UnmarshalJSON decodes the object and records what the API sent for each property in JSON.
func (r *AuthorPage) UnmarshalJSON(data []byte) error {
	err := apijson.UnmarshalRoot(data, r)
	r.JSON.raw = string(data)
	return err
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
	// JSON is what the API sent for each property: check presence with [respjson.Field.Valid].
	JSON struct {
		ID          respjson.Field
		Title       respjson.Field
		AddedAt     respjson.Field
		Author      respjson.Field
		Genre       respjson.Field
		Isbn        respjson.Field
		Metadata    respjson.Field
		Tags        respjson.Field
		ExtraFields map[string]respjson.Field
		raw         string
	} `json:"-"`
}

// RawJSON is the object as the API sent it, including properties the spec does not know.
func (r Book) RawJSON() string { return r.JSON.raw }

// UnmarshalJSON decodes the object and records what the API sent for each property in JSON.
func (r *Book) UnmarshalJSON(data []byte) error {
	err := apijson.UnmarshalRoot(data, r)
	r.JSON.raw = string(data)
	return err
}

type BookAdded struct {
	Book Book               `json:"book"`
	Type constant.BookAdded `json:"type"`
	// JSON is what the API sent for each property: check presence with [respjson.Field.Valid].
	JSON struct {
		Book        respjson.Field
		Type        respjson.Field
		ExtraFields map[string]respjson.Field
		raw         string
	} `json:"-"`
}

// RawJSON is the object as the API sent it, including properties the spec does not know.
func (r BookAdded) RawJSON() string { return r.JSON.raw }

// UnmarshalJSON decodes the object and records what the API sent for each property in JSON.
func (r *BookAdded) UnmarshalJSON(data []byte) error {
	err := apijson.UnmarshalRoot(data, r)
	r.JSON.raw = string(data)
	return err
}

type BookDeleted struct {
	Deleted bool   `json:"deleted"`
	ID      string `json:"id"`
	// JSON is what the API sent for each property: check presence with [respjson.Field.Valid].
	JSON struct {
		Deleted     respjson.Field
		ID          respjson.Field
		ExtraFields map[string]respjson.Field
		raw         string
	} `json:"-"`
}

// RawJSON is the object as the API sent it, including properties the spec does not know.
func (r BookDeleted) RawJSON() string { return r.JSON.raw }

// UnmarshalJSON decodes the object and records what the API sent for each property in JSON.
func (r *BookDeleted) UnmarshalJSON(data []byte) error {
	err := apijson.UnmarshalRoot(data, r)
	r.JSON.raw = string(data)
	return err
}

type BookList struct {
	Data    []Book `json:"data"`
	HasMore bool   `json:"has_more"`
	// JSON is what the API sent for each property: check presence with [respjson.Field.Valid].
	JSON struct {
		Data        respjson.Field
		HasMore     respjson.Field
		ExtraFields map[string]respjson.Field
		raw         string
	} `json:"-"`
}

// RawJSON is the object as the API sent it, including properties the spec does not know.
func (r BookList) RawJSON() string { return r.JSON.raw }

// UnmarshalJSON decodes the object and records what the API sent for each property in JSON.
func (r *BookList) UnmarshalJSON(data []byte) error {
	err := apijson.UnmarshalRoot(data, r)
	r.JSON.raw = string(data)
	return err
}

type BookRemoved struct {
	ID   string               `json:"id"`
	Type constant.BookRemoved `json:"type"`
	// JSON is what the API sent for each property: check presence with [respjson.Field.Valid].
	JSON struct {
		ID          respjson.Field
		Type        respjson.Field
		ExtraFields map[string]respjson.Field
		raw         string
	} `json:"-"`
}

// RawJSON is the object as the API sent it, including properties the spec does not know.
func (r BookRemoved) RawJSON() string { return r.JSON.raw }

// UnmarshalJSON decodes the object and records what the API sent for each property in JSON.
func (r *BookRemoved) UnmarshalJSON(data []byte) error {
	err := apijson.UnmarshalRoot(data, r)
	r.JSON.raw = string(data)
	return err
}

type QuoteBlock struct {
	Text string         `json:"text"`
	Type constant.Quote `json:"type"`
	Page int64          `json:"page,omitzero"`
	// JSON is what the API sent for each property: check presence with [respjson.Field.Valid].
	JSON struct {
		Text        respjson.Field
		Type        respjson.Field
		Page        respjson.Field
		ExtraFields map[string]respjson.Field
		raw         string
	} `json:"-"`
}

// RawJSON is the object as the API sent it, including properties the spec does not know.
func (r QuoteBlock) RawJSON() string { return r.JSON.raw }

// UnmarshalJSON decodes the object and records what the API sent for each property in JSON.
func (r *QuoteBlock) UnmarshalJSON(data []byte) error {
	err := apijson.UnmarshalRoot(data, r)
	r.JSON.raw = string(data)
	return err
}

type Review struct {
	Blocks    []ReviewBlockUnion `json:"blocks"`
	ID        string             `json:"id"`
	Stars     int64              `json:"stars"`
	CreatedAt time.Time          `json:"created_at,omitzero"`
	// JSON is what the API sent for each property: check presence with [respjson.Field.Valid].
	JSON struct {
		Blocks      respjson.Field
		ID          respjson.Field
		Stars       respjson.Field
		CreatedAt   respjson.Field
		ExtraFields map[string]respjson.Field
		raw         string
	} `json:"-"`
}

// RawJSON is the object as the API sent it, including properties the spec does not know.
func (r Review) RawJSON() string { return r.JSON.raw }

// UnmarshalJSON decodes the object and records what the API sent for each property in JSON.
func (r *Review) UnmarshalJSON(data []byte) error {
	err := apijson.UnmarshalRoot(data, r)
	r.JSON.raw = string(data)
	return err
}

type ReviewList struct {
	Data  []Review `json:"data"`
	Total int64    `json:"total"`
	// JSON is what the API sent for each property: check presence with [respjson.Field.Valid].
	JSON struct {
		Data        respjson.Field
		Total       respjson.Field
		ExtraFields map[string]respjson.Field
		raw         string
	} `json:"-"`
}

// RawJSON is the object as the API sent it, including properties the spec does not know.
func (r ReviewList) RawJSON() string { return r.JSON.raw }

// UnmarshalJSON decodes the object and records what the API sent for each property in JSON.
func (r *ReviewList) UnmarshalJSON(data []byte) error {
	err := apijson.UnmarshalRoot(data, r)
	r.JSON.raw = string(data)
	return err
}

// Counts of the catalog; one extra key per genre with its count.
type Stats struct {
	Total int64 `json:"total"`
	// ExtraFields are the properties beyond the ones above, by name.
	ExtraFields map[string]int64 `json:"-"`
	// JSON is what the API sent for each property: check presence with [respjson.Field.Valid].
	JSON struct {
		Total       respjson.Field
		ExtraFields map[string]respjson.Field
		raw         string
	} `json:"-"`
}

// RawJSON is the object as the API sent it, including properties the spec does not know.
func (r Stats) RawJSON() string { return r.JSON.raw }

// UnmarshalJSON decodes the object and records what the API sent for each property in JSON.
func (r *Stats) UnmarshalJSON(data []byte) error {
	err := apijson.UnmarshalRoot(data, r)
	r.JSON.raw = string(data)
	return err
}

type TextBlock struct {
	Text string        `json:"text"`
	Type constant.Text `json:"type"`
	// JSON is what the API sent for each property: check presence with [respjson.Field.Valid].
	JSON struct {
		Text        respjson.Field
		Type        respjson.Field
		ExtraFields map[string]respjson.Field
		raw         string
	} `json:"-"`
}

// RawJSON is the object as the API sent it, including properties the spec does not know.
func (r TextBlock) RawJSON() string { return r.JSON.raw }

// UnmarshalJSON decodes the object and records what the API sent for each property in JSON.
func (r *TextBlock) UnmarshalJSON(data []byte) error {
	err := apijson.UnmarshalRoot(data, r)
	r.JSON.raw = string(data)
	return err
}

type Vote struct {
	Helpful  bool   `json:"helpful"`
	ReviewID string `json:"review_id"`
	// JSON is what the API sent for each property: check presence with [respjson.Field.Valid].
	JSON struct {
		Helpful     respjson.Field
		ReviewID    respjson.Field
		ExtraFields map[string]respjson.Field
		raw         string
	} `json:"-"`
}

// RawJSON is the object as the API sent it, including properties the spec does not know.
func (r Vote) RawJSON() string { return r.JSON.raw }

// UnmarshalJSON decodes the object and records what the API sent for each property in JSON.
func (r *Vote) UnmarshalJSON(data []byte) error {
	err := apijson.UnmarshalRoot(data, r)
	r.JSON.raw = string(data)
	return err
}

// What happens in the catalog.
//
// It holds the fields of every variant; use AsAny or the As methods for the typed variant. A
// variant the spec does not know is kept: its Type and RawJSON are set and AsAny
// returns nil.
type FeedEventUnion struct {
	Book Book   `json:"book,omitzero"`
	ID   string `json:"id,omitzero"`
	// Any of "book.added", "book.removed".
	Type string `json:"type,omitzero"`
	// JSON is what the API sent for each property: check presence with [respjson.Field.Valid].
	JSON struct {
		Book respjson.Field
		ID   respjson.Field
		Type respjson.Field
		raw  string
	} `json:"-"`
}

// RawJSON is the object as the API sent it.
func (u FeedEventUnion) RawJSON() string { return u.JSON.raw }

// UnmarshalJSON decodes the object and records what the API sent for each property in JSON.
func (u *FeedEventUnion) UnmarshalJSON(data []byte) error {
	err := apijson.UnmarshalRoot(data, u)
	u.JSON.raw = string(data)
	return err
}

// anyFeedEventUnion is implemented by each variant of FeedEventUnion.
type anyFeedEventUnion interface {
	implFeedEventUnion()
}

func (BookAdded) implFeedEventUnion() {}

// AsBookAdded decodes the object as a BookAdded (Type "book.added").
func (u FeedEventUnion) AsBookAdded() (v BookAdded) {
	_ = json.Unmarshal([]byte(u.JSON.raw), &v)
	return
}

func (BookRemoved) implFeedEventUnion() {}

// AsBookRemoved decodes the object as a BookRemoved (Type "book.removed").
func (u FeedEventUnion) AsBookRemoved() (v BookRemoved) {
	_ = json.Unmarshal([]byte(u.JSON.raw), &v)
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
	// Any of "text", "quote".
	Type string `json:"type,omitzero"`
	// JSON is what the API sent for each property: check presence with [respjson.Field.Valid].
	JSON struct {
		Page respjson.Field
		Text respjson.Field
		Type respjson.Field
		raw  string
	} `json:"-"`
}

// RawJSON is the object as the API sent it.
func (u ReviewBlockUnion) RawJSON() string { return u.JSON.raw }

// UnmarshalJSON decodes the object and records what the API sent for each property in JSON.
func (u *ReviewBlockUnion) UnmarshalJSON(data []byte) error {
	err := apijson.UnmarshalRoot(data, u)
	u.JSON.raw = string(data)
	if u.Type == "" { // an object without the discriminator is this variant
		u.Type = "text"
	}
	return err
}

// anyReviewBlockUnion is implemented by each variant of ReviewBlockUnion.
type anyReviewBlockUnion interface {
	implReviewBlockUnion()
}

func (TextBlock) implReviewBlockUnion() {}

// AsText decodes the object as a TextBlock (Type "text").
func (u ReviewBlockUnion) AsText() (v TextBlock) {
	_ = json.Unmarshal([]byte(u.JSON.raw), &v)
	return
}

func (QuoteBlock) implReviewBlockUnion() {}

// AsQuote decodes the object as a QuoteBlock (Type "quote").
func (u ReviewBlockUnion) AsQuote() (v QuoteBlock) {
	_ = json.Unmarshal([]byte(u.JSON.raw), &v)
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
	Name        string               `json:"name"`
	Born        param.Opt[date.Date] `json:"born,omitzero"`
	extraFields map[string]any
}

// SetExtraFields sets fields the struct does not have, sent beside its own by wire name (in a
// JSON body, or as multipart or form fields; not sent by an operation without a body): not
// validated, and a name the struct also has is sent with the extra field's value.
func (p *AuthorParam) SetExtraFields(fields map[string]any) { p.extraFields = fields }

// values are the params that are set, by wire name.
func (p AuthorParam) values() map[string]any {
	v := map[string]any{}
	v["name"] = p.Name
	if p.Born.Valid() {
		v["born"] = p.Born.Value
	} else if param.IsNull(p.Born) {
		v["born"] = nil
	}
	for k, x := range p.extraFields {
		v[k] = x
	}
	return v
}

// MarshalJSON sends the fields that are set.
func (p AuthorParam) MarshalJSON() ([]byte, error) { return json.Marshal(p.values()) }

type QuoteBlockParam struct {
	Text        string           `json:"text"`
	Type        constant.Quote   `json:"type"`
	Page        param.Opt[int64] `json:"page,omitzero"`
	extraFields map[string]any
}

// SetExtraFields sets fields the struct does not have, sent beside its own by wire name (in a
// JSON body, or as multipart or form fields; not sent by an operation without a body): not
// validated, and a name the struct also has is sent with the extra field's value.
func (p *QuoteBlockParam) SetExtraFields(fields map[string]any) { p.extraFields = fields }

// values are the params that are set, by wire name.
func (p QuoteBlockParam) values() map[string]any {
	v := map[string]any{}
	v["text"] = p.Text
	v["type"] = "quote" // the constant's default when unset
	if p.Type != "" {
		v["type"] = string(p.Type)
	}
	if p.Page.Valid() {
		v["page"] = p.Page.Value
	} else if param.IsNull(p.Page) {
		v["page"] = nil
	}
	for k, x := range p.extraFields {
		v[k] = x
	}
	return v
}

// MarshalJSON sends the fields that are set.
func (p QuoteBlockParam) MarshalJSON() ([]byte, error) { return json.Marshal(p.values()) }

type TextBlockParam struct {
	Text        string        `json:"text"`
	Type        constant.Text `json:"type"`
	extraFields map[string]any
}

// SetExtraFields sets fields the struct does not have, sent beside its own by wire name (in a
// JSON body, or as multipart or form fields; not sent by an operation without a body): not
// validated, and a name the struct also has is sent with the extra field's value.
func (p *TextBlockParam) SetExtraFields(fields map[string]any) { p.extraFields = fields }

// values are the params that are set, by wire name.
func (p TextBlockParam) values() map[string]any {
	v := map[string]any{}
	v["text"] = p.Text
	v["type"] = "text" // the constant's default when unset
	if p.Type != "" {
		v["type"] = string(p.Type)
	}
	for k, x := range p.extraFields {
		v[k] = x
	}
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
