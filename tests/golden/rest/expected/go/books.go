// File generated from spec.yaml by sdkgen. DO NOT EDIT.
// Change the spec or the templates and run `make generate` instead.

package library

import (
	"context"
	"io"
	"slices"

	"example.com/library/internal/requestconfig"
	"example.com/library/option"
	"example.com/library/packages/param"
)

// The books of the catalog.
//
// Use NewBookService (or the client's Books field) rather than building it.
type BookService struct {
	Options []option.RequestOption
}

// NewBookService returns a service with opts applied to every call.
func NewBookService(opts ...option.RequestOption) (r BookService) {
	r.Options = opts
	return
}

func (r *BookService) Create(ctx context.Context, body BookCreateParams, opts ...option.RequestOption) (res *Book, err error) {
	err = requestconfig.ExecuteJSON(ctx, op("books.create"), body.values(), &res, slices.Concat(r.Options, opts)...)
	return
}

func (r *BookService) Delete(ctx context.Context, bookID string, opts ...option.RequestOption) (res *BookDeleted, err error) {
	params := map[string]any{}
	params["book_id"] = bookID
	err = requestconfig.ExecuteJSON(ctx, op("books.delete"), params, &res, slices.Concat(r.Options, opts)...)
	return
}

func (r *BookService) List(ctx context.Context, query BookListParams, opts ...option.RequestOption) (res *BookList, err error) {
	err = requestconfig.ExecuteJSON(ctx, op("books.list"), query.values(), &res, slices.Concat(r.Options, opts)...)
	return
}

func (r *BookService) Rate(ctx context.Context, bookID string, body BookRateParams, opts ...option.RequestOption) (res *Book, err error) {
	params := body.values()
	params["book_id"] = bookID
	err = requestconfig.ExecuteJSON(ctx, op("books.rate"), params, &res, slices.Concat(r.Options, opts)...)
	return
}

func (r *BookService) Replace(ctx context.Context, bookID string, body BookReplaceParams, opts ...option.RequestOption) (res *Book, err error) {
	params := body.values()
	params["book_id"] = bookID
	err = requestconfig.ExecuteJSON(ctx, op("books.replace"), params, &res, slices.Concat(r.Options, opts)...)
	return
}

func (r *BookService) Retrieve(ctx context.Context, bookID string, query BookRetrieveParams, opts ...option.RequestOption) (res *Book, err error) {
	params := query.values()
	params["book_id"] = bookID
	err = requestconfig.ExecuteJSON(ctx, op("books.retrieve"), params, &res, slices.Concat(r.Options, opts)...)
	return
}

func (r *BookService) Update(ctx context.Context, bookID string, body BookUpdateParams, opts ...option.RequestOption) (res *Book, err error) {
	params := body.values()
	params["book_id"] = bookID
	err = requestconfig.ExecuteJSON(ctx, op("books.update"), params, &res, slices.Concat(r.Options, opts)...)
	return
}

func (r *BookService) UploadCover(ctx context.Context, bookID string, body BookUploadCoverParams, opts ...option.RequestOption) (res *Book, err error) {
	params := body.values()
	params["book_id"] = bookID
	err = requestconfig.ExecuteJSON(ctx, op("books.upload_cover"), params, &res, slices.Concat(r.Options, opts)...)
	return
}

type BookRateParamsMoodsItem string

const (
	BookRateParamsMoodsItemHappy BookRateParamsMoodsItem = "happy"
	BookRateParamsMoodsItemSad   BookRateParamsMoodsItem = "sad"
)

type BookRetrieveParamsFieldsItem string

const (
	BookRetrieveParamsFieldsItemTitle BookRetrieveParamsFieldsItem = "title"
	BookRetrieveParamsFieldsItemGenre BookRetrieveParamsFieldsItem = "genre"
	BookRetrieveParamsFieldsItemTags  BookRetrieveParamsFieldsItem = "tags"
)

type BookCreateParams struct {
	Title         string            `json:"title"`
	Genre         Genre             `json:"genre,omitzero"`
	RequestSource param.Opt[string] `json:"request_source,omitzero"`
	Tags          []string          `json:"tags,omitzero"`
}

// values are the params that are set, by wire name.
func (p BookCreateParams) values() map[string]any {
	v := map[string]any{}
	v["title"] = p.Title
	if p.Genre != "" {
		v["genre"] = string(p.Genre)
	}
	if p.RequestSource.Valid() {
		v["request_source"] = p.RequestSource.Value
	}
	if p.Tags != nil {
		v["tags"] = p.Tags
	}
	return v
}

type BookListParams struct {
	After     param.Opt[string] `json:"after,omitzero"`
	Available param.Opt[bool]   `json:"available,omitzero"`
	Genre     Genre             `json:"genre,omitzero"`
	Limit     param.Opt[int64]  `json:"limit,omitzero"`
	Tags      []string          `json:"tags,omitzero"`
}

// values are the params that are set, by wire name.
func (p BookListParams) values() map[string]any {
	v := map[string]any{}
	if p.After.Valid() {
		v["after"] = p.After.Value
	}
	if p.Available.Valid() {
		v["available"] = p.Available.Value
	}
	if p.Genre != "" {
		v["genre"] = string(p.Genre)
	}
	if p.Limit.Valid() {
		v["limit"] = p.Limit.Value
	}
	if p.Tags != nil {
		v["tags"] = p.Tags
	}
	return v
}

type BookRateParams struct {
	Stars    int64                     `json:"stars"`
	Moods    []BookRateParamsMoodsItem `json:"moods,omitzero"`
	Spoilers param.Opt[bool]           `json:"spoilers,omitzero"`
}

// values are the params that are set, by wire name.
func (p BookRateParams) values() map[string]any {
	v := map[string]any{}
	v["stars"] = p.Stars
	if p.Moods != nil {
		v["moods"] = p.Moods
	}
	if p.Spoilers.Valid() {
		v["spoilers"] = p.Spoilers.Value
	}
	return v
}

type BookReplaceParams struct {
	Title   string           `json:"title"`
	Version param.Opt[int64] `json:"version,omitzero"`
}

// values are the params that are set, by wire name.
func (p BookReplaceParams) values() map[string]any {
	v := map[string]any{}
	v["title"] = p.Title
	if p.Version.Valid() {
		v["version"] = p.Version.Value
	}
	return v
}

type BookRetrieveParams struct {
	Fields []BookRetrieveParamsFieldsItem `json:"fields,omitzero"`
}

// values are the params that are set, by wire name.
func (p BookRetrieveParams) values() map[string]any {
	v := map[string]any{}
	if p.Fields != nil {
		v["fields"] = p.Fields
	}
	return v
}

type BookUpdateParams struct {
	Genre Genre             `json:"genre,omitzero"`
	Title param.Opt[string] `json:"title,omitzero"`
}

// values are the params that are set, by wire name.
func (p BookUpdateParams) values() map[string]any {
	v := map[string]any{}
	if p.Genre != "" {
		v["genre"] = string(p.Genre)
	}
	if p.Title.Valid() {
		v["title"] = p.Title.Value
	}
	return v
}

type BookUploadCoverParams struct {
	Cover io.Reader `json:"cover"`
}

// values are the params that are set, by wire name.
func (p BookUploadCoverParams) values() map[string]any {
	v := map[string]any{}
	v["cover"] = p.Cover
	return v
}
