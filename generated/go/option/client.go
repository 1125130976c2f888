// File generated from images.yaml by sdkgen. DO NOT EDIT.
// Change the spec or the templates and run `make generate` instead.

package option

import "github.com/openai-images/openai-images-go/internal/requestconfig"

// WithAdminAPIKey sets the admin_api_key credential (default: the OPENAI_ADMIN_KEY environment variable); an
// operation that takes it sends it when the client has no credential the operation prefers.
func WithAdminAPIKey(key string) RequestOption {
	return func(c *requestconfig.RequestConfig) error { c.AdminAPIKey = key; return nil }
}

// WithOrganization sends the OpenAI-Organization header.
func WithOrganization(value string) RequestOption {
	return func(c *requestconfig.RequestConfig) error { c.Headers.Set("OpenAI-Organization", value); return nil }
}

// WithProject sends the OpenAI-Project header.
func WithProject(value string) RequestOption {
	return func(c *requestconfig.RequestConfig) error { c.Headers.Set("OpenAI-Project", value); return nil }
}
