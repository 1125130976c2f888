// File generated from images.yaml by sdkgen. DO NOT EDIT.
// Change the spec or the templates and run `make generate` instead.

// Package openai is a client for the OpenAI API.
package openai

import (
	"log"
	"os"
	"strings"

	"github.com/openai-images/openai-images-go/option"
)

// Client is the entry point: NewClient(option.WithAPIKey(...)).
type Client struct {
	Options []option.RequestOption
	Images  ImageService
}

// DefaultClientOptions is the base URL, the environment's settings (OPENAI_API_KEY, OPENAI_ADMIN_KEY, OPENAI_BASE_URL, OPENAI_VALIDATION, OPENAI_ORG_ID, OPENAI_PROJECT_ID) and the headers' defaults.
func DefaultClientOptions() []option.RequestOption {
	defaults := []option.RequestOption{option.WithBaseURL("https://api.openai.com/v1")}
	if v, ok := os.LookupEnv("OPENAI_BASE_URL"); ok && v != "" {
		defaults = append(defaults, option.WithBaseURL(v))
	}
	if v, ok := os.LookupEnv("OPENAI_API_KEY"); ok {
		defaults = append(defaults, option.WithAPIKey(v))
	}
	if v, ok := os.LookupEnv("OPENAI_ADMIN_KEY"); ok {
		defaults = append(defaults, option.WithAdminAPIKey(v))
	}
	if v, ok := os.LookupEnv("OPENAI_VALIDATION"); ok && v != "" { // strict, warn or off
		defaults = append(defaults, option.WithValidation(strings.ToLower(strings.TrimSpace(v)), func(s string) { log.Print(s) }))
	}
	if v, ok := os.LookupEnv("OPENAI_ORG_ID"); ok && v != "" {
		defaults = append(defaults, option.WithOrganization(v))
	}
	if v, ok := os.LookupEnv("OPENAI_PROJECT_ID"); ok && v != "" {
		defaults = append(defaults, option.WithProject(v))
	}
	return defaults
}

// NewClient returns a client with the environment's settings, then opts, applied to every call.
func NewClient(opts ...option.RequestOption) (r Client) {
	opts = append(DefaultClientOptions(), opts...)
	r = Client{Options: opts}
	r.Images = NewImageService(opts...)
	return
}
