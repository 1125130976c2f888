// File generated from spec.yaml by sdkgen. DO NOT EDIT.
// Change the spec or the templates and run `make generate` instead.

package option

import "example.com/chatter/internal/requestconfig"

// WithAPIVersion sends the chatter-version header.
func WithAPIVersion(value string) RequestOption {
	return func(c *requestconfig.RequestConfig) error { c.Headers.Set("chatter-version", value); return nil }
}
