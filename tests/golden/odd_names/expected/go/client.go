// File generated from spec.yaml by sdkgen. DO NOT EDIT.
// Change the spec or the templates and run `make generate` instead.

// Package oddnames is a client for the OddClient API.
package oddnames

import (
	"os"

	"example.com/oddnames/option"
)

// Client is the entry point: NewClient(option.WithAPIKey(...)).
type Client struct {
	Options []option.RequestOption
	Class   KlassService
	Models  ModelService
}

// DefaultClientOptions is the base URL, the environment's settings (ODD_CREDENTIALS, ODD_FROM) and the headers' defaults.
func DefaultClientOptions() []option.RequestOption {
	defaults := []option.RequestOption{option.WithBaseURL("http://localhost:4010/v1")}
	if v, ok := os.LookupEnv("ODD_CREDENTIALS"); ok {
		defaults = append(defaults, option.WithAPIKey(v))
	}
	if v, ok := os.LookupEnv("ODD_FROM"); ok && v != "" {
		defaults = append(defaults, option.WithFrom(v))
	}
	return defaults
}

// NewClient returns a client with the environment's settings, then opts, applied to every call.
func NewClient(opts ...option.RequestOption) (r Client) {
	opts = append(DefaultClientOptions(), opts...)
	r = Client{Options: opts}
	r.Class = NewKlassService(opts...)
	r.Models = NewModelService(opts...)
	return
}
