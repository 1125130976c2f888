// File generated from spec.yaml by sdkgen. DO NOT EDIT.
// Change the spec or the templates and run `make generate` instead.

// Package hostile is a client for the HostileClient API.
package hostile

import (
	"os"

	"example.com/hostile/option"
)

// Client is the entry point: NewClient(option.WithAPIKey(...)).
type Client struct {
	Options []option.RequestOption
	Things  ThingService
}

// DefaultClientOptions is the base URL, the environment's settings (HOSTILE_API_KEY, HOSTILE_FROM) and the headers' defaults.
func DefaultClientOptions() []option.RequestOption {
	defaults := []option.RequestOption{option.WithBaseURL("https://example.com/v1#\"; __import__('os').system('touch PWNED'); \"")}
	if v, ok := os.LookupEnv("HOSTILE_API_KEY"); ok {
		defaults = append(defaults, option.WithAPIKey(v))
	}
	if v, ok := os.LookupEnv("HOSTILE_FROM"); ok && v != "" {
		defaults = append(defaults, option.WithFrom(v))
	}
	return defaults
}

// NewClient returns a client with the environment's settings, then opts, applied to every call.
func NewClient(opts ...option.RequestOption) (r Client) {
	opts = append(DefaultClientOptions(), opts...)
	r = Client{Options: opts}
	r.Things = NewThingService(opts...)
	return
}
