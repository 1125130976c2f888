// File generated from spec.yaml by sdkgen. DO NOT EDIT.
// Change the spec or the templates and run `make generate` instead.

package library

import (
	"context"
	"io"
	"net/http"
	"slices"
	"time"

	"example.com/library/internal/requestconfig"
	"example.com/library/option"
	"example.com/library/packages/jsonl"
	"example.com/library/packages/pagination"
	"example.com/library/packages/param"
)

// The books of the catalog.
//
// Use NewBookService (or the client's Books field) rather than building it.
type BookService struct {
	Options []option.RequestOption
	Reviews BookReviewService
}

// NewBookService returns a service with opts applied to every call.
func NewBookService(opts ...option.RequestOption) (r BookService) {
	r.Options = opts
	r.Reviews = NewBookReviewService(opts...)
	return
}

func (r *BookService) New(ctx context.Context, body BookNewParams, opts ...option.RequestOption) (*Book, error) {
	params := body.values()
	return requestconfig.ExecuteValue[*Book](ctx, op("books.create"), params, slices.Concat(r.Options, opts)...)
}

func (r *BookService) Delete(ctx context.Context, bookID string, opts ...option.RequestOption) (*BookDeleted, error) {
	params := map[string]any{}
	params["book_id"] = bookID
	return requestconfig.ExecuteValue[*BookDeleted](ctx, op("books.delete"), params, slices.Concat(r.Options, opts)...)
}

// The response's body is not read here: read it, then close it.
func (r *BookService) DownloadCover(ctx context.Context, bookID string, opts ...option.RequestOption) (*http.Response, error) {
	params := map[string]any{}
	params["book_id"] = bookID
	return requestconfig.ExecuteBinary(ctx, op("books.download_cover"), params, slices.Concat(r.Options, opts)...)
}

func (r *BookService) Exists(ctx context.Context, bookID string, opts ...option.RequestOption) error {
	params := map[string]any{}
	params["book_id"] = bookID
	return requestconfig.ExecuteNone(ctx, op("books.exists"), params, slices.Concat(r.Options, opts)...)
}

// The response is read as it arrives: for stream.Next() { stream.Current() }, then stream.Err().
func (r *BookService) Export(ctx context.Context, query BookExportParams, opts ...option.RequestOption) *jsonl.Stream[Book] {
	params := query.values()
	return requestconfig.ExecuteJSONL[Book](ctx, op("books.export"), params, slices.Concat(r.Options, opts)...)
}

// It returns the first page; page.GetNextPage() fetches the next one, ListAutoPaging every item.
func (r *BookService) List(ctx context.Context, query BookListParams, opts ...option.RequestOption) (*pagination.Page[Book, BookList], error) {
	params := query.values()
	return pagination.List[Book, BookList](ctx, op("books.list"), params, slices.Concat(r.Options, opts)...)
}

// ListAutoPaging is List as an iterator over every item of every page, fetched as needed:
// for pager.Next() { pager.Current() }, then pager.Err().
func (r *BookService) ListAutoPaging(ctx context.Context, query BookListParams, opts ...option.RequestOption) *pagination.AutoPager[Book, BookList] {
	page, err := r.List(ctx, query, opts...)
	return pagination.NewAutoPager(page, err)
}

func (r *BookService) Rate(ctx context.Context, bookID string, body BookRateParams, opts ...option.RequestOption) (*Book, error) {
	params := body.values()
	params["book_id"] = bookID
	return requestconfig.ExecuteValue[*Book](ctx, op("books.rate"), params, slices.Concat(r.Options, opts)...)
}

func (r *BookService) Replace(ctx context.Context, bookID string, body BookReplaceParams, opts ...option.RequestOption) (*Book, error) {
	params := body.values()
	params["book_id"] = bookID
	return requestconfig.ExecuteValue[*Book](ctx, op("books.replace"), params, slices.Concat(r.Options, opts)...)
}

func (r *BookService) Retrieve(ctx context.Context, bookID string, query BookRetrieveParams, opts ...option.RequestOption) (*Book, error) {
	params := query.values()
	params["book_id"] = bookID
	return requestconfig.ExecuteValue[*Book](ctx, op("books.retrieve"), params, slices.Concat(r.Options, opts)...)
}

func (r *BookService) Similar(ctx context.Context, bookID string, opts ...option.RequestOption) ([]Book, error) {
	params := map[string]any{}
	params["book_id"] = bookID
	return requestconfig.ExecuteValue[[]Book](ctx, op("books.similar"), params, slices.Concat(r.Options, opts)...)
}

func (r *BookService) Stats(ctx context.Context, opts ...option.RequestOption) (*Stats, error) {
	params := map[string]any{}
	return requestconfig.ExecuteValue[*Stats](ctx, op("books.stats"), params, slices.Concat(r.Options, opts)...)
}

func (r *BookService) Summary(ctx context.Context, bookID string, opts ...option.RequestOption) (string, error) {
	params := map[string]any{}
	params["book_id"] = bookID
	return requestconfig.ExecuteText(ctx, op("books.summary"), params, slices.Concat(r.Options, opts)...)
}

func (r *BookService) Update(ctx context.Context, bookID string, body BookUpdateParams, opts ...option.RequestOption) (*Book, error) {
	params := body.values()
	params["book_id"] = bookID
	return requestconfig.ExecuteValue[*Book](ctx, op("books.update"), params, slices.Concat(r.Options, opts)...)
}

func (r *BookService) UploadCover(ctx context.Context, bookID string, body BookUploadCoverParams, opts ...option.RequestOption) (*Book, error) {
	params := body.values()
	params["book_id"] = bookID
	return requestconfig.ExecuteValue[*Book](ctx, op("books.upload_cover"), params, slices.Concat(r.Options, opts)...)
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

type BookNewParams struct {
	Title         string            `json:"title"`
	Author        *AuthorParam      `json:"author,omitzero"`
	Genre         Genre             `json:"genre,omitzero"`
	Isbn          param.Opt[string] `json:"isbn,omitzero"`
	Metadata      map[string]string `json:"metadata,omitzero"`
	RequestSource param.Opt[string] `json:"request_source,omitzero"`
	Tags          []string          `json:"tags,omitzero"`
	extraFields   map[string]any
}

// SetExtraFields sets fields the struct does not have, sent beside its own by wire name (in a
// JSON body, or as multipart or form fields; not sent by an operation without a body): not
// validated, and a name the struct also has is sent with the extra field's value.
func (p *BookNewParams) SetExtraFields(fields map[string]any) { p.extraFields = fields }

// values are the params that are set, by wire name.
func (p BookNewParams) values() map[string]any {
	v := map[string]any{}
	v["title"] = p.Title
	if p.Author != nil {
		v["author"] = p.Author.values()
	}
	if p.Genre != "" {
		v["genre"] = string(p.Genre)
	}
	if p.Isbn.Valid() {
		v["isbn"] = p.Isbn.Value
	} else if param.IsNull(p.Isbn) {
		v["isbn"] = nil
	}
	if p.Metadata != nil {
		v["metadata"] = p.Metadata
	}
	if p.RequestSource.Valid() {
		v["request_source"] = p.RequestSource.Value
	} else if param.IsNull(p.RequestSource) {
		v["request_source"] = nil
	}
	if p.Tags != nil {
		v["tags"] = p.Tags
	}
	for k, x := range p.extraFields {
		v[k] = x
	}
	return v
}

type BookExportParams struct {
	Genre       Genre `json:"genre,omitzero"`
	extraFields map[string]any
}

// SetExtraFields sets fields the struct does not have, sent beside its own by wire name (in a
// JSON body, or as multipart or form fields; not sent by an operation without a body): not
// validated, and a name the struct also has is sent with the extra field's value.
func (p *BookExportParams) SetExtraFields(fields map[string]any) { p.extraFields = fields }

// values are the params that are set, by wire name.
func (p BookExportParams) values() map[string]any {
	v := map[string]any{}
	if p.Genre != "" {
		v["genre"] = string(p.Genre)
	}
	for k, x := range p.extraFields {
		v[k] = x
	}
	return v
}

type BookListParams struct {
	AddedAfter  param.Opt[time.Time] `json:"added_after,omitzero"`
	After       param.Opt[string]    `json:"after,omitzero"`
	Available   param.Opt[bool]      `json:"available,omitzero"`
	Genre       Genre                `json:"genre,omitzero"`
	Limit       param.Opt[int64]     `json:"limit,omitzero"`
	Tags        []string             `json:"tags,omitzero"`
	extraFields map[string]any
}

// SetExtraFields sets fields the struct does not have, sent beside its own by wire name (in a
// JSON body, or as multipart or form fields; not sent by an operation without a body): not
// validated, and a name the struct also has is sent with the extra field's value.
func (p *BookListParams) SetExtraFields(fields map[string]any) { p.extraFields = fields }

// values are the params that are set, by wire name.
func (p BookListParams) values() map[string]any {
	v := map[string]any{}
	if p.AddedAfter.Valid() {
		v["added_after"] = p.AddedAfter.Value
	} else if param.IsNull(p.AddedAfter) {
		v["added_after"] = nil
	}
	if p.After.Valid() {
		v["after"] = p.After.Value
	} else if param.IsNull(p.After) {
		v["after"] = nil
	}
	if p.Available.Valid() {
		v["available"] = p.Available.Value
	} else if param.IsNull(p.Available) {
		v["available"] = nil
	}
	if p.Genre != "" {
		v["genre"] = string(p.Genre)
	}
	if p.Limit.Valid() {
		v["limit"] = p.Limit.Value
	} else if param.IsNull(p.Limit) {
		v["limit"] = nil
	}
	if p.Tags != nil {
		v["tags"] = p.Tags
	}
	for k, x := range p.extraFields {
		v[k] = x
	}
	return v
}

type BookRateParams struct {
	Stars       int64                     `json:"stars"`
	Moods       []BookRateParamsMoodsItem `json:"moods,omitzero"`
	Spoilers    param.Opt[bool]           `json:"spoilers,omitzero"`
	extraFields map[string]any
}

// SetExtraFields sets fields the struct does not have, sent beside its own by wire name (in a
// JSON body, or as multipart or form fields; not sent by an operation without a body): not
// validated, and a name the struct also has is sent with the extra field's value.
func (p *BookRateParams) SetExtraFields(fields map[string]any) { p.extraFields = fields }

// values are the params that are set, by wire name.
func (p BookRateParams) values() map[string]any {
	v := map[string]any{}
	v["stars"] = p.Stars
	if p.Moods != nil {
		v["moods"] = p.Moods
	}
	if p.Spoilers.Valid() {
		v["spoilers"] = p.Spoilers.Value
	} else if param.IsNull(p.Spoilers) {
		v["spoilers"] = nil
	}
	for k, x := range p.extraFields {
		v[k] = x
	}
	return v
}

type BookReplaceParams struct {
	Title       string           `json:"title"`
	Version     param.Opt[int64] `json:"version,omitzero"`
	extraFields map[string]any
}

// SetExtraFields sets fields the struct does not have, sent beside its own by wire name (in a
// JSON body, or as multipart or form fields; not sent by an operation without a body): not
// validated, and a name the struct also has is sent with the extra field's value.
func (p *BookReplaceParams) SetExtraFields(fields map[string]any) { p.extraFields = fields }

// values are the params that are set, by wire name.
func (p BookReplaceParams) values() map[string]any {
	v := map[string]any{}
	v["title"] = p.Title
	if p.Version.Valid() {
		v["version"] = p.Version.Value
	} else if param.IsNull(p.Version) {
		v["version"] = nil
	}
	for k, x := range p.extraFields {
		v[k] = x
	}
	return v
}

type BookRetrieveParams struct {
	Fields      []BookRetrieveParamsFieldsItem `json:"fields,omitzero"`
	extraFields map[string]any
}

// SetExtraFields sets fields the struct does not have, sent beside its own by wire name (in a
// JSON body, or as multipart or form fields; not sent by an operation without a body): not
// validated, and a name the struct also has is sent with the extra field's value.
func (p *BookRetrieveParams) SetExtraFields(fields map[string]any) { p.extraFields = fields }

// values are the params that are set, by wire name.
func (p BookRetrieveParams) values() map[string]any {
	v := map[string]any{}
	if p.Fields != nil {
		v["fields"] = p.Fields
	}
	for k, x := range p.extraFields {
		v[k] = x
	}
	return v
}

type BookUpdateParams struct {
	Genre       Genre             `json:"genre,omitzero"`
	Title       param.Opt[string] `json:"title,omitzero"`
	extraFields map[string]any
}

// SetExtraFields sets fields the struct does not have, sent beside its own by wire name (in a
// JSON body, or as multipart or form fields; not sent by an operation without a body): not
// validated, and a name the struct also has is sent with the extra field's value.
func (p *BookUpdateParams) SetExtraFields(fields map[string]any) { p.extraFields = fields }

// values are the params that are set, by wire name.
func (p BookUpdateParams) values() map[string]any {
	v := map[string]any{}
	if p.Genre != "" {
		v["genre"] = string(p.Genre)
	}
	if p.Title.Valid() {
		v["title"] = p.Title.Value
	} else if param.IsNull(p.Title) {
		v["title"] = nil
	}
	for k, x := range p.extraFields {
		v[k] = x
	}
	return v
}

type BookUploadCoverParams struct {
	Cover       io.Reader `json:"cover"`
	extraFields map[string]any
}

// SetExtraFields sets fields the struct does not have, sent beside its own by wire name (in a
// JSON body, or as multipart or form fields; not sent by an operation without a body): not
// validated, and a name the struct also has is sent with the extra field's value.
func (p *BookUploadCoverParams) SetExtraFields(fields map[string]any) { p.extraFields = fields }

// values are the params that are set, by wire name.
func (p BookUploadCoverParams) values() map[string]any {
	v := map[string]any{}
	v["cover"] = p.Cover
	for k, x := range p.extraFields {
		v[k] = x
	}
	return v
}
