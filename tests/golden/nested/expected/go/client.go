// File generated from spec.yaml by sdkgen. DO NOT EDIT.
// Change the spec or the templates and run `make generate` instead.

// Package nested is a client for the NestClient API.
package nested

import (
	"example.com/nested/option"
)

// Client is the entry point: NewClient().
type Client struct {
	Options  []option.RequestOption
	Drawings DrawingService
	Trees    TreeService
}

// DefaultClientOptions is the base URL and the headers' defaults.
func DefaultClientOptions() []option.RequestOption {
	defaults := []option.RequestOption{option.WithBaseURL("http://localhost:4010")}
	return defaults
}

// NewClient returns a client with the environment's settings, then opts, applied to every call.
func NewClient(opts ...option.RequestOption) (r Client) {
	opts = append(DefaultClientOptions(), opts...)
	r = Client{Options: opts}
	r.Drawings = NewDrawingService(opts...)
	r.Trees = NewTreeService(opts...)
	return
}
