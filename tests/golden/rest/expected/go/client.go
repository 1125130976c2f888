// File generated from spec.yaml by sdkgen. DO NOT EDIT.
// Change the spec or the templates and run `make generate` instead.

// Package library is a client for the Library API.
//
// License: MIT.
// Homepage: https://library.example
// Repository: https://git.library.example/sdk
package library

import (
	"context"
	"log"
	"net/http"
	"os"
	"slices"
	"strings"
	"time"

	"example.com/library/internal/requestconfig"
	"example.com/library/option"
	"example.com/library/packages/param"
)

// Opt sets an optional param of any type (Int, String, Float, Bool and Time for the usual ones).
func Opt[T comparable](v T) param.Opt[T] { return param.NewOpt(v) }

// Time sets an optional date-time param.
func Time(v time.Time) param.Opt[time.Time] { return param.NewOpt(v) }

// Ptr is a pointer to v, for the params (and literals) that take one.
func Ptr[T any](v T) *T { return &v }

// Client is the entry point: NewClient(option.WithAPIKey(...)).
type Client struct {
	Options []option.RequestOption
	Authors AuthorService
	Books   BookService
	Feed    FeedService
}

// DefaultClientOptions is the base URL, the environment's settings (LIBRARY_API_KEY, LIBRARY_LIBRARIAN_KEY, LIBRARY_VALIDATION, LIBRARY_TENANT) and the headers' defaults.
func DefaultClientOptions() []option.RequestOption {
	defaults := []option.RequestOption{option.WithBaseURL("http://localhost:4010/v2")}
	if v, ok := os.LookupEnv("LIBRARY_API_KEY"); ok {
		defaults = append(defaults, option.WithAPIKey(v))
	}
	if v, ok := os.LookupEnv("LIBRARY_LIBRARIAN_KEY"); ok {
		defaults = append(defaults, option.WithLibrarianKey(v))
	}
	if v, ok := os.LookupEnv("LIBRARY_VALIDATION"); ok && v != "" { // strict, warn or off
		defaults = append(defaults, option.WithValidation(strings.ToLower(strings.TrimSpace(v)), func(s string) { log.Print(s) }))
	}
	defaults = append(defaults, option.WithAPIVersion("2025-01-01"))
	if v, ok := os.LookupEnv("LIBRARY_TENANT"); ok && v != "" {
		defaults = append(defaults, option.WithTenant(v))
	}
	return defaults
}

// NewClient returns a client with the environment's settings, then opts, applied to every call.
func NewClient(opts ...option.RequestOption) (r Client) {
	opts = append(DefaultClientOptions(), opts...)
	r = Client{Options: opts}
	r.Authors = NewAuthorService(opts...)
	r.Books = NewBookService(opts...)
	r.Feed = NewFeedService(opts...)
	return
}

// Execute sends method to path (relative to the base URL, e.g. "things/1"; a query goes in
// option.WithQuery) for an endpoint the client has no method for, with the client's options and
// opts. params (nil, a map or a struct; encoding/json makes it an object) is the query of a GET,
// DELETE or HEAD request and the JSON body of any other; the JSON response is decoded into res
// (a pointer; nil: discarded). Retries, timeouts, credentials and errors are as for the client's
// own methods; params are not validated.
func (r *Client) Execute(ctx context.Context, method string, path string, params any, res any, opts ...option.RequestOption) error {
	return requestconfig.ExecuteRaw(ctx, method, path, params, res, slices.Concat(r.Options, opts)...)
}

// Get is Execute with GET.
func (r *Client) Get(ctx context.Context, path string, params any, res any, opts ...option.RequestOption) error {
	return r.Execute(ctx, http.MethodGet, path, params, res, opts...)
}

// Post is Execute with POST.
func (r *Client) Post(ctx context.Context, path string, params any, res any, opts ...option.RequestOption) error {
	return r.Execute(ctx, http.MethodPost, path, params, res, opts...)
}

// Put is Execute with PUT.
func (r *Client) Put(ctx context.Context, path string, params any, res any, opts ...option.RequestOption) error {
	return r.Execute(ctx, http.MethodPut, path, params, res, opts...)
}

// Patch is Execute with PATCH.
func (r *Client) Patch(ctx context.Context, path string, params any, res any, opts ...option.RequestOption) error {
	return r.Execute(ctx, http.MethodPatch, path, params, res, opts...)
}

// Delete is Execute with DELETE.
func (r *Client) Delete(ctx context.Context, path string, params any, res any, opts ...option.RequestOption) error {
	return r.Execute(ctx, http.MethodDelete, path, params, res, opts...)
}
