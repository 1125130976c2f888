// File generated from spec.yaml by sdkgen. DO NOT EDIT.
// Change the spec or the templates and run `make generate` instead.

package option

import "example.com/oddnames/internal/requestconfig"

// WithFrom sends the X-From header.
func WithFrom(value string) RequestOption {
	return func(c *requestconfig.RequestConfig) error { c.Headers.Set("X-From", value); return nil }
}

// WithTimeout sends the X-Timeout header.
func WithTimeout(value string) RequestOption {
	return func(c *requestconfig.RequestConfig) error { c.Headers.Set("X-Timeout", value); return nil }
}
