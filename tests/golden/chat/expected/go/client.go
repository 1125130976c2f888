// File generated from spec.yaml by sdkgen. DO NOT EDIT.
// Change the spec or the templates and run `make generate` instead.

// Package chatter is a client for the Chatter API.
package chatter

import (
	"os"

	"example.com/chatter/option"
)

// Client is the entry point: NewClient(option.WithAPIKey(...)).
type Client struct {
	Options  []option.RequestOption
	Messages MessageService
	Models   ModelService
}

// DefaultClientOptions is the base URL, the environment's settings (CHATTER_API_KEY) and the headers' defaults.
func DefaultClientOptions() []option.RequestOption {
	defaults := []option.RequestOption{option.WithBaseURL("https://api.chatter.example/v1")}
	if v, ok := os.LookupEnv("CHATTER_API_KEY"); ok {
		defaults = append(defaults, option.WithAPIKey(v))
	}
	defaults = append(defaults, option.WithAPIVersion("2023-06-01"))
	return defaults
}

// NewClient returns a client with the environment's settings, then opts, applied to every call.
func NewClient(opts ...option.RequestOption) (r Client) {
	opts = append(DefaultClientOptions(), opts...)
	r = Client{Options: opts}
	r.Messages = NewMessageService(opts...)
	r.Models = NewModelService(opts...)
	return
}
