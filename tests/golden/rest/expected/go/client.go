// File generated from spec.yaml by sdkgen. DO NOT EDIT.
// Change the spec or the templates and run `make generate` instead.

// Package library is a client for the Library API.
package library

import (
	"os"

	"example.com/library/option"
)

// Client is the entry point: NewClient(option.WithAPIKey(...)).
type Client struct {
	Options []option.RequestOption
	Books   BookService
}

// DefaultClientOptions reads the environment: LIBRARY_API_KEY.
func DefaultClientOptions() []option.RequestOption {
	defaults := []option.RequestOption{option.WithBaseURL("http://localhost:4010/v2")}
	if v, ok := os.LookupEnv("LIBRARY_API_KEY"); ok {
		defaults = append(defaults, option.WithAPIKey(v))
	}
	defaults = append(defaults, option.WithAPIVersion("2025-01-01"))
	return defaults
}

// NewClient returns a client with the environment's settings, then opts, applied to every call.
func NewClient(opts ...option.RequestOption) (r Client) {
	opts = append(DefaultClientOptions(), opts...)
	r = Client{Options: opts}
	r.Books = NewBookService(opts...)
	return
}
