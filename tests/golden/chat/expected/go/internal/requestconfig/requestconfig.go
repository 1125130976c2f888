// File generated from spec.yaml by sdkgen. DO NOT EDIT.
// Change the spec or the templates and run `make generate` instead.

// Package requestconfig sends requests: settings, body encoding, validation, retries, timeouts
// and error mapping live here once; the generated methods only call Execute*.
package requestconfig

import (
	"bytes"
	"context"
	"encoding"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"net/url"
	"reflect"
	"strconv"
	"strings"
	"time"

	"example.com/chatter/internal/apierror"
	"example.com/chatter/internal/apiform"
	"example.com/chatter/internal/validate"
	"example.com/chatter/packages/jsonl"
	"example.com/chatter/packages/ssestream"
)

const (
	DefaultMaxRetries     = 2
	DefaultRequestTimeout = 10 * time.Minute
	initialRetryDelay     = 500 * time.Millisecond
	maxRetryDelay         = 8 * time.Second
	maxRetryAfter         = 60 * time.Second
	RetryCountHeader      = "X-Retry-Count"
)

// ErrTimeout wraps context.DeadlineExceeded for an attempt that ran out of time.
var ErrTimeout = fmt.Errorf("request timed out: %w", context.DeadlineExceeded)

// RequestConfig is every setting a request uses; options change it.
type RequestConfig struct {
	APIKey         string
	BaseURL        *url.URL
	MaxRetries     int
	RequestTimeout time.Duration
	HTTPClient     *http.Client
	Headers        http.Header
	Validation     validate.Mode
	Warn           func(string)
}

// Option changes a RequestConfig (option.RequestOption is this type).
type Option = func(*RequestConfig) error

var defaultHTTPClient = &http.Client{Transport: &http.Transport{
	Proxy:                 http.ProxyFromEnvironment,
	DialContext:           (&net.Dialer{Timeout: 5 * time.Second, KeepAlive: 30 * time.Second}).DialContext,
	ForceAttemptHTTP2:     true,
	MaxIdleConns:          100,
	IdleConnTimeout:       90 * time.Second,
	TLSHandshakeTimeout:   10 * time.Second,
	ExpectContinueTimeout: time.Second,
}}

// New applies opts over the defaults.
func New(opts ...Option) (*RequestConfig, error) {
	cfg := &RequestConfig{
		MaxRetries:     DefaultMaxRetries,
		RequestTimeout: DefaultRequestTimeout,
		HTTPClient:     defaultHTTPClient,
		Headers:        http.Header{},
		Validation:     validate.Strict,
	}
	for _, opt := range opts {
		if err := opt(cfg); err != nil {
			return nil, err
		}
	}
	if cfg.BaseURL == nil {
		return nil, errors.New("no base URL: use option.WithBaseURL")
	}
	if cfg.APIKey == "" {
		return nil, errors.New("missing API key: set the CHATTER_API_KEY environment variable or use option.WithAPIKey")
	}
	return cfg, nil
}

// route places each param where the table says: the path (escaped, and kept escaped: RawPath),
// the query, a header, or the body (the rest).
func route(base *url.URL, op validate.Operation, params map[string]any) (*url.URL, http.Header, map[string]any) {
	target, headers, body := *base, http.Header{}, map[string]any{}
	query, pairs := target.Query(), []string{}
	for name, v := range params {
		f := op.Fields[name]
		switch texts := texts(v); f.In {
		case "path":
			pairs = append(pairs, "{"+name+"}", escapePath(strings.Join(texts, ",")))
		case "query":
			if f.Style == "comma" {
				texts = []string{strings.Join(texts, ",")}
			}
			query[name] = append(query[name], texts...)
		case "header":
			headers.Set(f.Header, strings.Join(texts, ","))
		default:
			body[name] = v
		}
	}
	target.RawPath = strings.TrimSuffix(base.EscapedPath(), "/") + strings.NewReplacer(pairs...).Replace(op.Path)
	target.Path, _ = url.PathUnescape(target.RawPath)
	if len(query) > 0 {
		target.RawQuery = query.Encode()
	}
	return &target, headers, body
}

// texts is a value as text, a list item by item: strings as they are (enums too), numbers and
// booleans as JSON writes them (3, 1.5, true).
func texts(v any) []string {
	if t, ok := v.(encoding.TextMarshaler); ok { // time.Time (RFC 3339), date.Date (YYYY-MM-DD)
		text, _ := t.MarshalText()
		return []string{string(text)}
	}
	rv := reflect.ValueOf(v)
	switch rv.Kind() {
	case reflect.Slice:
		out := make([]string, rv.Len())
		for i := range out {
			out[i] = strings.Join(texts(rv.Index(i).Interface()), ",")
		}
		return out
	case reflect.String:
		return []string{rv.String()}
	}
	data, _ := json.Marshal(v)
	return []string{string(data)}
}

// escapePath percent-encodes every byte but RFC 3986's unreserved characters (A-Z a-z 0-9 - . _ ~).
func escapePath(s string) string {
	var b strings.Builder
	for _, c := range []byte(s) {
		if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || strings.IndexByte("-._~", c) >= 0 {
			b.WriteByte(c)
		} else {
			fmt.Fprintf(&b, "%%%02X", c)
		}
	}
	return b.String()
}

func encode(op validate.Operation, params map[string]any) ([]byte, string, error) {
	if op.Method != "POST" && op.Method != "PUT" && op.Method != "PATCH" {
		return nil, "", nil // GET, DELETE and HEAD send no body
	}
	switch op.Body {
	case "json":
		body, err := json.Marshal(params)
		return body, "application/json", err
	case "multipart":
		var buf bytes.Buffer
		contentType, err := apiform.Encode(params, &buf)
		return buf.Bytes(), contentType, err
	case "form":
		return []byte(apiform.Form(params)), "application/x-www-form-urlencoded", nil
	case "binary": // the one file param is the whole body
		for _, v := range params {
			if r, ok := v.(io.Reader); ok {
				return apiform.Raw(r)
			}
		}
	}
	return nil, "", nil
}

func shouldRetry(res *http.Response) bool {
	switch res.Header.Get("x-should-retry") {
	case "true":
		return true
	case "false":
		return false
	}
	code := res.StatusCode
	return code == 408 || code == 409 || code == 429 || code >= 500
}

// RetryAfter is the wait a response asked for (retry-after-ms, then retry-after as seconds or a date).
func RetryAfter(h http.Header) (time.Duration, bool) {
	if h == nil {
		return 0, false
	}
	if ms, err := strconv.ParseFloat(h.Get("retry-after-ms"), 64); err == nil {
		return time.Duration(ms * float64(time.Millisecond)), true
	}
	value := h.Get("retry-after")
	if value == "" {
		return 0, false
	}
	if s, err := strconv.ParseFloat(value, 64); err == nil {
		return time.Duration(s * float64(time.Second)), true
	}
	if t, err := http.ParseTime(value); err == nil {
		return time.Until(t), true
	}
	return 0, false
}

// RetryDelay is the server's wait when within [0, 60 s], else min(0.5 s * 2^n, 8 s) minus up to 25 % jitter.
func RetryDelay(retriesTaken int, h http.Header) time.Duration {
	if wait, ok := RetryAfter(h); ok && wait >= 0 && wait <= maxRetryAfter {
		return wait
	}
	delay := min(initialRetryDelay*time.Duration(1<<min(retriesTaken, 10)), maxRetryDelay)
	return time.Duration(float64(delay) * (1 - 0.25*rand.Float64()))
}

func sleep(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}

// accept is the Accept header of a response format (of a stream, text/event-stream).
var accept = map[string]string{"jsonl": "application/jsonl, application/x-ndjson", "text": "text/plain, */*", "binary": "*/*"}

// Execute validates and sends op, retrying as the policy says. On success the caller reads the
// body and then calls done (which ends the attempt). For a lazy read (a stream, JSON Lines, a
// binary body) the timeout bounds only the wait for the response to start.
func Execute(ctx context.Context, op validate.Operation, params map[string]any, lazy bool, opts ...Option) (*http.Response, func(), error) {
	cfg, err := New(opts...)
	if err != nil {
		return nil, nil, err
	}
	if err := validate.Validate(op, params, cfg.Validation, cfg.Warn); err != nil {
		return nil, nil, err
	}
	target, headers, rest := route(cfg.BaseURL, op, params)
	body, contentType, err := encode(op, rest)
	if err != nil {
		return nil, nil, err
	}
	for retries := 0; ; retries++ {
		attempt, cancel := context.WithCancelCause(ctx)
		var timer *time.Timer
		if cfg.RequestTimeout > 0 {
			timer = time.AfterFunc(cfg.RequestTimeout, func() { cancel(ErrTimeout) })
		}
		stop := func() {
			if timer != nil {
				timer.Stop()
			}
		}
		done := func() {
			stop()
			cancel(context.Canceled)
		}
		req, err := http.NewRequestWithContext(attempt, op.Method, target.String(), bytes.NewReader(body))
		if err != nil {
			done()
			return nil, nil, err
		}
		for _, h := range []http.Header{cfg.Headers, headers} {
			for k, vs := range h {
				req.Header[k] = append([]string(nil), vs...)
			}
		}
		req.Header.Set("x-api-key", ""+cfg.APIKey)
		switch {
		case op.Stream != nil && (op.Stream.Always || params[op.StreamParam] == true):
			req.Header.Set("Accept", "text/event-stream")
		case accept[op.Response] != "":
			req.Header.Set("Accept", accept[op.Response])
		default:
			req.Header.Set("Accept", "application/json")
		}
		if contentType != "" {
			req.Header.Set("Content-Type", contentType)
		}
		req.Header.Set(RetryCountHeader, strconv.Itoa(retries))
		res, err := cfg.HTTPClient.Do(req)
		if err != nil {
			cause := context.Cause(attempt)
			done()
			if ctx.Err() != nil {
				return nil, nil, fmt.Errorf("%s %s: %w", op.Method, target, ctx.Err())
			}
			if retries < cfg.MaxRetries {
				if serr := sleep(ctx, RetryDelay(retries, nil)); serr != nil {
					return nil, nil, serr
				}
				continue
			}
			if errors.Is(cause, ErrTimeout) {
				return nil, nil, fmt.Errorf("%s %s: %w", op.Method, target, ErrTimeout)
			}
			return nil, nil, fmt.Errorf("%s %s: connection error: %w", op.Method, target, err)
		}
		if res.StatusCode >= 400 {
			if retries < cfg.MaxRetries && shouldRetry(res) {
				_, _ = io.Copy(io.Discard, io.LimitReader(res.Body, 1<<16))
				_ = res.Body.Close()
				done()
				if serr := sleep(ctx, RetryDelay(retries, res.Header)); serr != nil {
					return nil, nil, serr
				}
				continue
			}
			data, _ := io.ReadAll(res.Body)
			_ = res.Body.Close()
			done()
			return nil, nil, apierror.New(req, res, data)
		}
		if lazy {
			stop()
		}
		return res, done, nil
	}
}

// read sends op and returns the whole body (nothing for HEAD).
func read(ctx context.Context, op validate.Operation, params map[string]any, opts []Option) ([]byte, error) {
	res, done, err := Execute(ctx, op, params, false, opts...)
	if err != nil {
		return nil, err
	}
	defer done()
	defer res.Body.Close()
	data, err := io.ReadAll(res.Body)
	if err != nil {
		return nil, fmt.Errorf("%s %s: reading the response: %w", op.Method, op.Path, err)
	}
	return data, nil
}

// ExecuteJSON sends op and decodes the JSON response (an object or an array) into dst.
func ExecuteJSON(ctx context.Context, op validate.Operation, params map[string]any, dst any, opts ...Option) error {
	data, err := read(ctx, op, params, opts)
	if err != nil {
		return err
	}
	if err := json.Unmarshal(data, dst); err != nil {
		return fmt.Errorf("%s %s: the response does not match the spec: %w", op.Method, op.Path, err)
	}
	return nil
}

// ExecuteValue sends op and returns its JSON response decoded as a T (a *Model, a []Model).
func ExecuteValue[T any](ctx context.Context, op validate.Operation, params map[string]any, opts ...Option) (T, error) {
	var res T
	err := ExecuteJSON(ctx, op, params, &res, opts...)
	return res, err
}

// ExecuteText sends op and returns the body as text.
func ExecuteText(ctx context.Context, op validate.Operation, params map[string]any, opts ...Option) (string, error) {
	data, err := read(ctx, op, params, opts)
	return string(data), err
}

// ExecuteNone sends op and discards the body (any 2xx, 204 included, is a success).
func ExecuteNone(ctx context.Context, op validate.Operation, params map[string]any, opts ...Option) error {
	_, err := read(ctx, op, params, opts)
	return err
}

// ExecuteBinary sends op and returns the response with its body unread: the caller reads and
// closes it (closing ends the request).
func ExecuteBinary(ctx context.Context, op validate.Operation, params map[string]any, opts ...Option) (*http.Response, error) {
	res, done, err := Execute(ctx, op, params, true, opts...)
	if err != nil {
		return nil, err
	}
	res.Body = &closer{res.Body, done}
	return res, nil
}

type closer struct {
	io.ReadCloser
	done func()
}

func (c *closer) Close() error {
	err := c.ReadCloser.Close()
	c.done()
	return err
}

// ExecuteJSONL sends op and returns its JSON Lines body as a lazy stream of T.
func ExecuteJSONL[T any](ctx context.Context, op validate.Operation, params map[string]any, opts ...Option) *jsonl.Stream[T] {
	res, done, err := Execute(ctx, op, params, true, opts...)
	return jsonl.NewStream[T](res, done, err)
}

// ExecuteStream sends op and returns its server-sent events as a stream of T (the stream param,
// if the operation has one, must be set).
func ExecuteStream[T any](ctx context.Context, op validate.Operation, params map[string]any, opts ...Option) *ssestream.Stream[T] {
	res, done, err := Execute(ctx, op, params, true, opts...)
	spec := ssestream.Spec{Done: "[DONE]"}
	if s := op.Stream; s != nil {
		spec = ssestream.Spec{Keepalive: s.Keepalive, ErrorEvent: s.ErrorEvent, Done: s.Done, Discriminator: s.Discriminator}
	}
	return ssestream.NewStream[T](res, done, err, spec)
}
