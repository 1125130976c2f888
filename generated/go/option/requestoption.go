// File generated from images.yaml by sdkgen. DO NOT EDIT.
// Change the spec or the templates and run `make generate` instead.

// Package option holds the settings a client or a single request can take.
package option

import (
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/openai-images/openai-images-go/internal/requestconfig"
	"github.com/openai-images/openai-images-go/internal/validate"
)

// RequestOption changes how a request is made; give it to NewClient or to one call.
type RequestOption = requestconfig.Option

// WithAPIKey sets the API key, sent with every request.
func WithAPIKey(key string) RequestOption {
	return func(c *requestconfig.RequestConfig) error { c.APIKey = key; return nil }
}

// WithBaseURL sets the API's base URL, e.g. http://127.0.0.1:4010/v1.
func WithBaseURL(base string) RequestOption {
	return func(c *requestconfig.RequestConfig) error {
		u, err := url.Parse(strings.TrimRight(base, "/"))
		if err != nil {
			return fmt.Errorf("option.WithBaseURL: %w", err)
		}
		c.BaseURL = u
		return nil
	}
}

// WithMaxRetries sets how often a failed request is retried (default 2).
func WithMaxRetries(n int) RequestOption {
	return func(c *requestconfig.RequestConfig) error {
		if n < 0 {
			return fmt.Errorf("option.WithMaxRetries: %d is negative", n)
		}
		c.MaxRetries = n
		return nil
	}
}

// WithRequestTimeout bounds each attempt, its body read included (default 10 minutes; 0 turns it
// off). For a stream (server-sent events, JSON Lines) it bounds the wait for the response to start
// and then each wait for the next event (line): never the stream's whole length. For a binary body
// it bounds the wait for the response to start.
func WithRequestTimeout(d time.Duration) RequestOption {
	return func(c *requestconfig.RequestConfig) error { c.RequestTimeout = d; return nil }
}

// WithHeader sets a request header.
func WithHeader(key, value string) RequestOption {
	return func(c *requestconfig.RequestConfig) error { c.Headers.Set(key, value); return nil }
}

// WithHTTPClient sets the *http.Client requests go through.
func WithHTTPClient(client *http.Client) RequestOption {
	return func(c *requestconfig.RequestConfig) error { c.HTTPClient = client; return nil }
}

// WithValidation sets how params are checked before sending: "strict" (default, an error),
// "warn" (call warn and send), or "off".
func WithValidation(mode string, warn func(string)) RequestOption {
	return func(c *requestconfig.RequestConfig) error {
		switch validate.Mode(mode) {
		case validate.Strict, validate.Warn, validate.Off:
			c.Validation, c.Warn = validate.Mode(mode), warn
			return nil
		}
		return fmt.Errorf("option.WithValidation: %q is not strict, warn or off", mode)
	}
}

// WithMaxResponseBytes bounds the size of a response body after decoding (gzip included), default
// 256 MiB; for a stream, the size of each event or line; 0 turns it off. A larger body is an
// *apierror.ResponseError (errors.Is(err, requestconfig.ErrTooLarge)), read no further than the limit.
func WithMaxResponseBytes(n int64) RequestOption {
	return func(c *requestconfig.RequestConfig) error {
		if n < 0 {
			return fmt.Errorf("option.WithMaxResponseBytes: %d is negative", n)
		}
		c.MaxResponseBytes = n
		return nil
	}
}

// WithStrictResponseValidation makes a response (or a stream event) that does not match the
// spec's types an error: a property the spec requires missing, or text that is not valid UTF-8, as
// well as a value of the wrong type (always an error). Properties and enum values the spec does not
// know are still accepted and kept (RawJSON, ExtraFields, the enum's string).
func WithStrictResponseValidation() RequestOption {
	return func(c *requestconfig.RequestConfig) error { c.StrictResponse = true; return nil }
}
