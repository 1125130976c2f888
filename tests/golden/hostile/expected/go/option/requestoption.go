// File generated from spec.yaml by sdkgen. DO NOT EDIT.
// Change the spec or the templates and run `make generate` instead.

// Package option holds the settings a client or a single request can take.
package option

import (
	"fmt"
	"log"
	"net/http"
	"net/url"
	"os"
	"strings"
	"time"

	"example.com/hostile/internal/requestconfig"
	"example.com/hostile/internal/validate"
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

// WithHeader sets a request header, replacing any value it had.
func WithHeader(key, value string) RequestOption {
	return func(c *requestconfig.RequestConfig) error { c.Headers.Set(key, value); return nil }
}

// WithHeaderAdd adds a value to a request header, after the values options gave it before.
func WithHeaderAdd(key, value string) RequestOption {
	return func(c *requestconfig.RequestConfig) error { c.Headers.Add(key, value); return nil }
}

// WithHeaderDel removes a request header: one set by an earlier option, or one the SDK sends by
// default (User-Agent, ...). The credential header and a header param are still sent.
func WithHeaderDel(key string) RequestOption {
	return func(c *requestconfig.RequestConfig) error {
		c.Headers[http.CanonicalHeaderKey(key)] = nil
		return nil
	}
}

// WithQuery sets a query parameter, replacing any value it had (the params' values included).
func WithQuery(key, value string) RequestOption {
	return query(func(q url.Values) { q.Set(key, value) })
}

// WithQueryAdd adds a value to a query parameter, after the values it had.
func WithQueryAdd(key, value string) RequestOption {
	return query(func(q url.Values) { q.Add(key, value) })
}

// WithQueryDel removes a query parameter (the params' values included).
func WithQueryDel(key string) RequestOption {
	return query(func(q url.Values) { q.Del(key) })
}

func query(edit func(url.Values)) RequestOption {
	return func(c *requestconfig.RequestConfig) error {
		c.QueryEdits = append(c.QueryEdits, edit)
		return nil
	}
}

// WithJSONSet sets a value in the request body once the params are encoded, replacing what was
// there, after validation. key is a path: "a.b" sets b inside the object a (made when missing),
// "items.0" the first item of an array ("items.<length>" appends), and "\." is a dot within a key.
// value is encoded with encoding/json. For a multipart or form body key names a form field (a
// path with "." is an error) and value must be a string, a number, a bool or an io.Reader (a
// file). An operation that sends no body (GET, DELETE) or a binary one makes it an error.
func WithJSONSet(key string, value any) RequestOption {
	return func(c *requestconfig.RequestConfig) error {
		c.BodySets = append(c.BodySets, requestconfig.BodySet{Path: key, Value: value})
		return nil
	}
}

// WithResponseInto stores the *http.Response in *dst: after the call, its status and headers
// (and, for an error status, the response that failed; the body is the SDK's to read).
func WithResponseInto(dst **http.Response) RequestOption {
	return func(c *requestconfig.RequestConfig) error {
		if dst == nil {
			return fmt.Errorf("option.WithResponseInto: dst is nil")
		}
		c.ResponseInto = dst
		return nil
	}
}

// WithResponseBodyInto decodes a JSON response into dst (a pointer) instead of the method's
// result, which is then left zero; a *[]byte gets the body as received.
func WithResponseBodyInto(dst any) RequestOption {
	return func(c *requestconfig.RequestConfig) error {
		if dst == nil {
			return fmt.Errorf("option.WithResponseBodyInto: dst is nil")
		}
		c.ResponseBodyInto = dst
		return nil
	}
}

// WithMaxRetryDelay bounds the wait between attempts: the backoff (default at most 8 s) and the
// wait a server asks for with Retry-After (default up to 60 s; a longer one is not waited for,
// the backoff is used instead).
func WithMaxRetryDelay(d time.Duration) RequestOption {
	return func(c *requestconfig.RequestConfig) error {
		if d < 0 {
			return fmt.Errorf("option.WithMaxRetryDelay: %s is negative", d)
		}
		c.MaxRetryDelay = d
		return nil
	}
}

// MiddlewareNext sends a request on: to the next middleware, or to the HTTP client.
type MiddlewareNext = requestconfig.MiddlewareNext

// Middleware sees each attempt's request (retries included) and may change it, call next (or
// answer itself) and change the response.
type Middleware = requestconfig.Middleware

// WithMiddleware adds middlewares, which run in the order given (the first sees the request
// first and the response last), after any added before.
func WithMiddleware(middlewares ...Middleware) RequestOption {
	return func(c *requestconfig.RequestConfig) error {
		c.Middlewares = append(c.Middlewares, middlewares...)
		return nil
	}
}

// WithDebugLog logs each attempt's request and response to logger (nil: a logger writing to
// standard error): headers, the request body and up to 64 KiB of a response body (none of a
// stream's), with every credential redacted. For debugging, not for production.
func WithDebugLog(logger *log.Logger) RequestOption {
	return func(c *requestconfig.RequestConfig) error {
		if logger == nil {
			logger = log.New(os.Stderr, "", log.LstdFlags)
		}
		c.DebugLog = logger
		return nil
	}
}

// HTTPClient sends a request; an *http.Client is one.
type HTTPClient interface {
	Do(*http.Request) (*http.Response, error)
}

// WithHTTPClient sets the client requests go through. With an *http.Client (preferred; give it
// your own Transport) the SDK follows redirects only within the base URL's origin, as with its
// own client; any other HTTPClient handles redirects as it does itself.
func WithHTTPClient(client HTTPClient) RequestOption {
	return func(c *requestconfig.RequestConfig) error {
		if hc, ok := client.(*http.Client); ok {
			if hc == nil {
				return fmt.Errorf("option.WithHTTPClient: the client is nil")
			}
			c.HTTPClient, c.HTTPDoer = hc, nil
			return nil
		}
		if client == nil {
			return fmt.Errorf("option.WithHTTPClient: the client is nil")
		}
		c.HTTPDoer = client
		return nil
	}
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
