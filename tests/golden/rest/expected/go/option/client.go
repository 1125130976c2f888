// File generated from spec.yaml by sdkgen. DO NOT EDIT.
// Change the spec or the templates and run `make generate` instead.

package option

import "example.com/library/internal/requestconfig"

// WithLibrarianKey sets the librarian_key credential (default: the LIBRARY_LIBRARIAN_KEY environment variable); an
// operation that takes it sends it when the client has no credential the operation prefers.
func WithLibrarianKey(key string) RequestOption {
	return func(c *requestconfig.RequestConfig) error { c.LibrarianKey = key; return nil }
}

// WithAPIVersion sends the Library-Version header.
func WithAPIVersion(value string) RequestOption {
	return func(c *requestconfig.RequestConfig) error { c.Headers.Set("Library-Version", value); return nil }
}

// WithTenant sends the Library-Tenant header.
func WithTenant(value string) RequestOption {
	return func(c *requestconfig.RequestConfig) error { c.Headers.Set("Library-Tenant", value); return nil }
}
