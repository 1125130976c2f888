// File generated from spec.yaml by sdkgen. DO NOT EDIT.
// Change the spec or the templates and run `make generate` instead.

// Package library is a client for the Library API.
//
// License: MIT.
// Homepage: https://library.example
// Repository: https://git.library.example/sdk
package library

import (
	"log"
	"os"
	"strings"

	"example.com/library/option"
)

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
