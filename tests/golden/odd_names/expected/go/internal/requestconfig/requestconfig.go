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
	"log"
	"math/rand/v2"
	"net"
	"net/http"
	"net/url"
	"reflect"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"example.com/oddnames/internal/apierror"
	"example.com/oddnames/internal/apiform"
	"example.com/oddnames/internal/validate"
	"example.com/oddnames/packages/jsonl"
	"example.com/oddnames/packages/ssestream"
)

const (
	DefaultMaxRetries     = 2
	DefaultRequestTimeout = 10 * time.Minute
	initialRetryDelay     = 500 * time.Millisecond
	maxRetryDelay         = 8 * time.Second
	maxRetryAfter         = 60 * time.Second
	// DefaultMaxResponseBytes bounds a decoded response body (a stream's: each event or line).
	DefaultMaxResponseBytes = 256 << 20
	maxRedirects            = 10
)

// ErrTooLarge is the cause of a *apierror.ResponseError for a body beyond the limit.
var ErrTooLarge = errors.New("the response body is larger than the limit (option.WithMaxResponseBytes)")

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
	// MaxResponseBytes bounds a decoded body, after any Content-Encoding (0: no bound).
	MaxResponseBytes int64
	// StrictResponse makes a response that lacks a required property an error.
	StrictResponse bool
	// HTTPDoer is a client given to option.WithHTTPClient that is not an *http.Client (nil: HTTPClient).
	HTTPDoer interface {
		Do(*http.Request) (*http.Response, error)
	}
	// Middlewares wrap each attempt, the first outermost (option.WithMiddleware).
	Middlewares []Middleware
	// QueryEdits change the query string once the params are placed (option.WithQuery...).
	QueryEdits []func(url.Values)
	// BodySets are body values set by path once the params are placed (option.WithJSONSet).
	BodySets []BodySet
	// ResponseInto receives each attempt's response, so the last one is left (option.WithResponseInto).
	ResponseInto **http.Response
	// ResponseBodyInto is what a JSON response is decoded into instead of the method's result.
	ResponseBodyInto any
	// MaxRetryDelay is the longest wait between attempts (0: the defaults, 8 s of backoff and a
	// server's Retry-After up to 60 s).
	MaxRetryDelay time.Duration
	// DebugLog logs each attempt's request and response, credentials redacted (option.WithDebugLog).
	DebugLog *log.Logger
}

// MiddlewareNext sends a request on: to the next middleware, or to the HTTP client.
type MiddlewareNext = func(*http.Request) (*http.Response, error)

// Middleware sees each attempt's request and may change it, call next (or not) and change the response.
type Middleware = func(*http.Request, MiddlewareNext) (*http.Response, error)

// BodySet is a body value set by path: keys split at ".", "\." a literal dot (option.WithJSONSet).
type BodySet struct {
	Path  string
	Value any
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
		MaxRetries:       DefaultMaxRetries,
		RequestTimeout:   DefaultRequestTimeout,
		HTTPClient:       defaultHTTPClient,
		Headers:          http.Header{},
		Validation:       validate.Strict,
		MaxResponseBytes: DefaultMaxResponseBytes,
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
		return nil, errors.New("missing API key: set the ODD_CREDENTIALS environment variable or use option.WithAPIKey")
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
	if ms, ok := decimal(h.Get("retry-after-ms")); ok {
		return time.Duration(ms * float64(time.Millisecond)), true
	}
	value := strings.TrimSpace(h.Get("retry-after"))
	if value == "" {
		return 0, false
	}
	if s, ok := decimal(value); ok {
		return time.Duration(s * float64(time.Second)), true
	}
	if t, err := http.ParseTime(value); err == nil {
		return max(time.Until(t), 0), true
	}
	return 0, false
}

// decimal reads a plain non-negative decimal ("2", "1.5") no larger than a day: not a sign, an
// exponent, hex, NaN or Inf (what strconv.ParseFloat would also take).
func decimal(text string) (float64, bool) {
	text = strings.TrimSpace(text)
	if text == "" || strings.Trim(text, "0123456789.") != "" || strings.Count(text, ".") > 1 || text == "." {
		return 0, false
	}
	v, err := strconv.ParseFloat(text, 64)
	if err != nil || v > 86400e3 {
		return 0, false
	}
	return v, true
}

// RetryDelay is the server's wait when within [0, 60 s], else min(0.5 s * 2^n, 8 s) minus up to 25 % jitter.
func RetryDelay(retriesTaken int, h http.Header) time.Duration {
	return retryDelay(retriesTaken, h, 0)
}

// retryDelay is RetryDelay with both bounds (60 s, 8 s) replaced by longest, when it is not 0.
func retryDelay(retriesTaken int, h http.Header, longest time.Duration) time.Duration {
	afterCap, backoffCap := maxRetryAfter, time.Duration(maxRetryDelay)
	if longest > 0 {
		afterCap, backoffCap = longest, longest
	}
	if wait, ok := RetryAfter(h); ok && wait >= 0 && wait <= afterCap {
		return wait
	}
	delay := min(initialRetryDelay*time.Duration(1<<min(retriesTaken, 10)), backoffCap)
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

// origin is a URL's scheme, host and port (the scheme's default port when it names none).
func origin(u *url.URL) string {
	scheme, port := strings.ToLower(u.Scheme), u.Port()
	if port == "" {
		port = map[string]string{"http": "80", "https": "443"}[scheme]
	}
	return scheme + "://" + strings.ToLower(u.Hostname()) + ":" + port
}

// client is cfg's *http.Client with redirects kept to the request's origin: a redirect elsewhere
// (another scheme, host or port) would carry the credential, so it is not followed and becomes an
// *apierror.Error naming its status, as does an 11th redirect. *note says why.
func client(cfg *RequestConfig, note *string) *http.Client {
	c := *cfg.HTTPClient
	userCheck := c.CheckRedirect
	c.CheckRedirect = func(next *http.Request, via []*http.Request) error {
		switch {
		case len(via) >= maxRedirects:
			*note = fmt.Sprintf("stopped after %d redirects", len(via))
			return http.ErrUseLastResponse
		case origin(next.URL) != origin(via[0].URL):
			*note = fmt.Sprintf("redirect to %s not followed: it leaves %s, and the SDK sends its credential only there", next.URL.Redacted(), origin(via[0].URL))
			return http.ErrUseLastResponse
		case userCheck != nil:
			return userCheck(next, via)
		}
		return nil
	}
	return &c
}

// send is how an attempt goes out: the caller's middlewares in order (the first outermost), then
// the debug log, then the HTTP client. lazy: the body is read as it comes (its text is not logged).
func send(cfg *RequestConfig, note *string, redact apierror.Redactor, lazy bool) MiddlewareNext {
	do := client(cfg, note).Do
	if cfg.HTTPDoer != nil {
		do = cfg.HTTPDoer.Do
	}
	if cfg.DebugLog != nil {
		do = debugLog(cfg.DebugLog, redact, lazy, do)
	}
	for i := len(cfg.Middlewares) - 1; i >= 0; i-- {
		middleware, next := cfg.Middlewares[i], do
		do = func(req *http.Request) (*http.Response, error) { return middleware(req, next) }
	}
	return do
}

// debugLogBytes is how much of a response body the debug log shows.
const debugLogBytes = 64 << 10

// debugLog logs a request as it goes out and the response as it comes (up to 64 KiB of its body,
// none of a stream's), every credential and credential header redacted.
func debugLog(logger *log.Logger, redact apierror.Redactor, lazy bool, next MiddlewareNext) MiddlewareNext {
	return func(req *http.Request) (*http.Response, error) {
		logger.Printf("request:\n%s", apierror.DumpRequest(req, true, redact))
		res, err := next(req)
		if err != nil {
			logger.Printf("request failed: %s", redact.String(err.Error()))
			return res, err
		}
		if lazy {
			logger.Printf("response (its body is read as a stream, not logged):\n%s", apierror.DumpResponse(res, nil, redact))
			return res, nil
		}
		head, readErr := io.ReadAll(io.LimitReader(res.Body, debugLogBytes+1))
		shown := head[:min(len(head), debugLogBytes)]
		more := ""
		if len(head) > debugLogBytes {
			more = "\n(the body goes on; not logged)"
		}
		logger.Printf("response:\n%s%s", apierror.DumpResponse(res, shown, redact), more)
		rest := io.Reader(res.Body)
		if readErr != nil {
			rest = &failed{readErr}
		}
		res.Body = &prefixed{io.MultiReader(bytes.NewReader(head), rest), res.Body}
		return res, nil
	}
}

// prefixed is a body whose start has been read already (by the debug log).
type prefixed struct {
	io.Reader
	io.Closer
}

type failed struct{ err error }

func (f *failed) Read([]byte) (int, error) { return 0, f.err }

// formSets are option.WithJSONSet's values for a multipart or form body: a top-level field each
// (a path with "." is an error: form fields are flat). Other bodies are left to jsonSets.
func formSets(op validate.Operation, params map[string]any, sets []BodySet) (map[string]any, error) {
	if len(sets) == 0 || op.Body != "multipart" && op.Body != "form" {
		return params, nil
	}
	out := make(map[string]any, len(params)+len(sets))
	for k, v := range params {
		out[k] = v
	}
	for _, s := range sets {
		keys := splitPath(s.Path)
		if len(keys) != 1 {
			return nil, fmt.Errorf("option.WithJSONSet(%q): a %s body takes top-level fields only", s.Path, op.Body)
		}
		out[keys[0]] = s.Value
	}
	return out, nil
}

// jsonSets applies option.WithJSONSet's values to a JSON body (made when the operation has none);
// a GET, DELETE or HEAD request, or a binary body, is an error.
func jsonSets(op validate.Operation, body []byte, contentType string, sets []BodySet) ([]byte, string, error) {
	if len(sets) == 0 || op.Body == "multipart" || op.Body == "form" {
		return body, contentType, nil
	}
	if op.Method != "POST" && op.Method != "PUT" && op.Method != "PATCH" || op.Body == "binary" {
		return nil, "", fmt.Errorf("option.WithJSONSet: %s %s sends no JSON body", op.Method, op.Path)
	}
	var doc any = map[string]any{}
	if len(bytes.TrimSpace(body)) > 0 {
		if err := decodeJSON(body, &doc); err != nil {
			return nil, "", fmt.Errorf("option.WithJSONSet: %w", err)
		}
	}
	for _, s := range sets {
		var value any // as JSON has it, so that a later path can go inside it
		data, err := json.Marshal(s.Value)
		if err == nil {
			err = decodeJSON(data, &value)
		}
		if err == nil {
			doc, err = setPath(doc, splitPath(s.Path), value)
		}
		if err != nil {
			return nil, "", fmt.Errorf("option.WithJSONSet(%q): %w", s.Path, err)
		}
	}
	out, err := json.Marshal(doc)
	if err != nil {
		return nil, "", fmt.Errorf("option.WithJSONSet: %w", err)
	}
	return out, "application/json", nil
}

// decodeJSON decodes data into dst keeping numbers as written (json.Number).
func decodeJSON(data []byte, dst any) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	return dec.Decode(dst)
}

// splitPath splits a path at ".", "\." being a literal dot ("a.b" is a, b; "a\.b" is "a.b").
func splitPath(path string) []string {
	var keys []string
	var key strings.Builder
	for i := 0; i < len(path); i++ {
		switch {
		case path[i] == '\\' && i+1 < len(path):
			i++
			key.WriteByte(path[i])
		case path[i] == '.':
			keys = append(keys, key.String())
			key.Reset()
		default:
			key.WriteByte(path[i])
		}
	}
	return append(keys, key.String())
}

// setPath sets value at keys inside doc: a key that is a number indexes an array (one past its end
// appends), an object that is missing is made; the value replaces what was there.
func setPath(doc any, keys []string, value any) (any, error) {
	if len(keys) == 0 {
		return value, nil
	}
	switch node := doc.(type) {
	case nil:
		return setPath(map[string]any{}, keys, value)
	case map[string]any:
		v, err := setPath(node[keys[0]], keys[1:], value)
		node[keys[0]] = v
		return node, err
	case []any:
		i, err := strconv.Atoi(keys[0])
		if err != nil || i < 0 || i > len(node) {
			return nil, fmt.Errorf("%q is not an index of an array of %d items", keys[0], len(node))
		}
		if i == len(node) {
			node = append(node, nil)
		}
		node[i], err = setPath(node[i], keys[1:], value)
		return node, err
	}
	return nil, fmt.Errorf("%q cannot be set inside a %T", keys[0], doc)
}

// readAll reads a body whole, up to limit bytes (0: no limit); beyond it ErrTooLarge, having read
// no more than limit+1 bytes (a compressed body is decoded only that far).
func readAll(r io.Reader, limit int64) ([]byte, error) {
	if limit <= 0 {
		return io.ReadAll(r)
	}
	data, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err == nil && int64(len(data)) > limit {
		return nil, ErrTooLarge
	}
	return data, err
}

// call is a request that got a successful response: its body is the caller's to read.
type call struct {
	res    *http.Response
	req    *http.Request
	cfg    *RequestConfig
	ctx    context.Context // the attempt's: canceled with ErrTimeout when its time is up
	timer  *time.Timer     // the attempt's timeout (nil: none)
	done   func()          // ends the attempt
	redact apierror.Redactor
}

// fail is the error of reading the response: a timeout when the attempt's time ran out, else a
// *apierror.ResponseError; the credential redacted.
func (c *call) fail(reason string, err error) error {
	if errors.Is(context.Cause(c.ctx), ErrTimeout) {
		return c.redact.Error(fmt.Errorf("%s %s: %s: %w", c.req.Method, c.req.URL, reason, ErrTimeout))
	}
	var apiErr *apierror.Error
	var resErr *apierror.ResponseError
	if !errors.As(err, &apiErr) && !errors.As(err, &resErr) {
		err = apierror.NewResponseError(c.req, c.res, reason, err)
	}
	return c.redact.Error(err)
}

// waiting starts the idle timer while a stream waits for its next event and stops it once one has
// come: a stream is bounded by the gap between events, not by its length.
func (c *call) waiting(wait bool) {
	if c.timer == nil {
		return
	}
	if wait {
		c.timer.Reset(c.cfg.RequestTimeout)
	} else {
		c.timer.Stop()
	}
}

// idleBody bounds each read of a lazily read body by the request timeout.
type idleBody struct {
	io.ReadCloser
	c *call
}

func (b *idleBody) Read(p []byte) (int, error) {
	b.c.waiting(true)
	n, err := b.ReadCloser.Read(p)
	b.c.waiting(false)
	if err != nil && !errors.Is(err, io.EOF) && errors.Is(context.Cause(b.c.ctx), ErrTimeout) {
		err = fmt.Errorf("waiting for more of the response: %w", ErrTimeout)
	}
	return n, err
}

// Execute validates and sends op, retrying as the policy says. On success the caller reads the
// body and then calls done (which ends the attempt). For a lazy read (a stream, JSON Lines, a
// binary body) the timeout bounds only the wait for the response to start.
func Execute(ctx context.Context, op validate.Operation, params map[string]any, lazy bool, opts ...Option) (*http.Response, func(), error) {
	c, err := execute(ctx, op, params, opts)
	if err != nil {
		return nil, nil, err
	}
	if lazy {
		c.waiting(false)
	}
	return c.res, c.done, nil
}

// execute sends op; the attempt's timer runs on until the caller reads the body or stops it (call.waiting).
func execute(ctx context.Context, op validate.Operation, params map[string]any, opts []Option) (*call, error) {
	cfg, err := New(opts...)
	if err != nil {
		return nil, err
	}
	redact := cfg.redactor()
	if err := validate.Validate(op, params, cfg.Validation, cfg.Warn); err != nil {
		return nil, err
	}
	target, headers, rest := route(cfg.BaseURL, op, params)
	if len(cfg.QueryEdits) > 0 {
		query := target.Query()
		for _, edit := range cfg.QueryEdits {
			edit(query)
		}
		target.RawQuery = query.Encode()
	}
	rest, err = formSets(op, rest, cfg.BodySets)
	if err != nil {
		return nil, redact.Error(err)
	}
	body, contentType, err := encode(op, rest)
	if err != nil {
		return nil, redact.Error(err)
	}
	if body, contentType, err = jsonSets(op, body, contentType, cfg.BodySets); err != nil {
		return nil, redact.Error(err)
	}
	streaming := op.Stream != nil && (op.Stream.Always || params[op.StreamParam] == true)
	for retries := 0; ; retries++ {
		attempt, cancel := context.WithCancelCause(ctx)
		var timer *time.Timer
		if cfg.RequestTimeout > 0 {
			timer = time.AfterFunc(cfg.RequestTimeout, func() { cancel(ErrTimeout) })
		}
		done := func() {
			if timer != nil {
				timer.Stop()
			}
			cancel(context.Canceled)
		}
		req, err := http.NewRequestWithContext(attempt, op.Method, target.String(), bytes.NewReader(body))
		if err != nil {
			done()
			return nil, redact.Error(err)
		}
		for _, h := range []http.Header{platformHeaders, cfg.Headers, headers} {
			for k, vs := range h {
				req.Header[k] = append([]string(nil), vs...)
			}
		}
		for k, vs := range req.Header {
			if len(vs) == 0 { // option.WithHeaderDel
				delete(req.Header, k)
			}
		}
		if err := authenticate(cfg, op, req.Header); err != nil {
			done()
			return nil, err
		}
		if timeoutHeader != "" && cfg.RequestTimeout > 0 && req.Header.Get(timeoutHeader) == "" {
			req.Header.Set(timeoutHeader, strconv.Itoa(int(cfg.RequestTimeout.Seconds())))
		}
		switch {
		case streaming:
			req.Header.Set("Accept", streamAccept)
		case accept[op.Response] != "":
			req.Header.Set("Accept", accept[op.Response])
		default:
			req.Header.Set("Accept", "application/json")
		}
		if contentType != "" {
			req.Header.Set("Content-Type", contentType)
		}
		req.Header.Set(RetryCountHeader, strconv.Itoa(retries))
		note := ""
		res, err := send(cfg, &note, redact, streaming || op.Response == "jsonl" || op.Response == "binary")(req)
		if err == nil && cfg.ResponseInto != nil {
			*cfg.ResponseInto = res
		}
		if err != nil {
			cause := context.Cause(attempt)
			done()
			if ctx.Err() != nil {
				return nil, redact.Error(fmt.Errorf("%s %s: %w", op.Method, target, ctx.Err()))
			}
			if retries < cfg.MaxRetries {
				if serr := sleep(ctx, retryDelay(retries, nil, cfg.MaxRetryDelay)); serr != nil {
					return nil, serr
				}
				continue
			}
			if errors.Is(cause, ErrTimeout) {
				return nil, redact.Error(fmt.Errorf("%s %s: %w", op.Method, target, ErrTimeout))
			}
			return nil, redact.Error(fmt.Errorf("%s %s: connection error: %w", op.Method, target, err))
		}
		if res.StatusCode >= 300 {
			if res.StatusCode >= 400 && retries < cfg.MaxRetries && shouldRetry(res) {
				_, _ = io.Copy(io.Discard, io.LimitReader(res.Body, 1<<16))
				_ = res.Body.Close()
				done()
				if serr := sleep(ctx, retryDelay(retries, res.Header, cfg.MaxRetryDelay)); serr != nil {
					return nil, serr
				}
				continue
			}
			limit := cfg.MaxResponseBytes
			if limit <= 0 {
				limit = DefaultMaxResponseBytes
			}
			data, _ := io.ReadAll(io.LimitReader(res.Body, limit)) // an error body: what fits
			_ = res.Body.Close()
			done()
			if res.StatusCode < 400 {
				if note == "" {
					note = "a redirect the SDK does not follow"
				}
				return nil, redact.Error(apierror.NewRedirect(req, res, data, note))
			}
			return nil, redact.Error(apierror.New(req, res, data))
		}
		return &call{res: res, req: req, cfg: cfg, ctx: attempt, timer: timer, done: done, redact: redact}, nil
	}
}

// read sends op and returns the whole body (nothing for HEAD), bounded by the request timeout.
func read(ctx context.Context, op validate.Operation, params map[string]any, opts []Option) ([]byte, *call, error) {
	c, err := execute(ctx, op, params, opts)
	if err != nil {
		return nil, nil, err
	}
	defer c.done()
	defer c.res.Body.Close()
	data, err := readAll(c.res.Body, c.cfg.MaxResponseBytes)
	if err != nil {
		return nil, nil, c.fail("reading the response", err)
	}
	return data, c, nil
}

// ExecuteJSON sends op and decodes the JSON response (an object or an array) into dst.
func ExecuteJSON(ctx context.Context, op validate.Operation, params map[string]any, dst any, opts ...Option) error {
	data, c, err := read(ctx, op, params, opts)
	if err != nil {
		return err
	}
	if c.cfg.ResponseBodyInto != nil { // option.WithResponseBodyInto
		dst = c.cfg.ResponseBodyInto
		if raw, ok := dst.(*[]byte); ok {
			*raw = data
			return nil
		}
	}
	if err := json.Unmarshal(data, dst); err != nil {
		return c.fail("the response does not match the spec", err)
	}
	if c.cfg.StrictResponse {
		if err := Check(data, dst); err != nil {
			return c.fail("the response does not match the spec", err)
		}
	}
	return nil
}

// Check is strict response validation of JSON data decoded into v: valid UTF-8, and every
// property the spec requires (a field without omitzero) present, recursively. Properties and enum
// values the spec does not know are not errors (a model keeps them).
func Check(data []byte, v any) error {
	if !utf8.Valid(data) {
		return errors.New("the body is not valid UTF-8")
	}
	return required(data, reflect.TypeOf(v), "")
}

func required(data []byte, t reflect.Type, path string) error {
	for t != nil && t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if t == nil || string(bytes.TrimSpace(data)) == "null" {
		return nil
	}
	switch t.Kind() {
	case reflect.Slice:
		var items []json.RawMessage
		if t.Elem().Kind() == reflect.Uint8 || json.Unmarshal(data, &items) != nil {
			return nil
		}
		for i, item := range items {
			if err := required(item, t.Elem(), fmt.Sprintf("%s[%d]", path, i)); err != nil {
				return err
			}
		}
	case reflect.Map:
		var values map[string]json.RawMessage
		if json.Unmarshal(data, &values) != nil {
			return nil
		}
		for k, item := range values {
			if err := required(item, t.Elem(), fmt.Sprintf("%s[%q]", path, k)); err != nil {
				return err
			}
		}
	case reflect.Struct:
		if _, union := reflect.PointerTo(t).MethodByName("AsAny"); union {
			return nil // a union holds every variant's fields: its variants are checked by As*
		}
		var props map[string]json.RawMessage
		if json.Unmarshal(data, &props) != nil {
			return nil
		}
		for i := range t.NumField() {
			f := t.Field(i)
			tag, ok := f.Tag.Lookup("json")
			name, flags, _ := strings.Cut(tag, ",")
			if !ok || !f.IsExported() || name == "-" {
				continue
			}
			at := name
			if path != "" {
				at = path + "." + name
			}
			raw, present := props[name]
			if !present {
				if strings.Contains(flags, "omitzero") || strings.Contains(flags, "omitempty") {
					continue
				}
				return fmt.Errorf("the required property %q is missing", at)
			}
			if err := required(raw, f.Type, at); err != nil {
				return err
			}
		}
	}
	return nil
}

// ExecuteRaw sends method to path (relative to the base URL; no query: option.WithQuery) for an
// endpoint the SDK has no method for. params (nil, a map or a struct, encoded with encoding/json
// as an object) is the query of a GET, DELETE or HEAD request and the JSON body of any other; the
// JSON response is decoded into res (nil: discarded). Retries, timeouts, credentials and errors
// are as for the SDK's own methods; nothing is validated.
func ExecuteRaw(ctx context.Context, method, path string, params any, res any, opts ...Option) error {
	method = strings.ToUpper(method)
	op := validate.Operation{Name: method + " " + path, Method: method, Path: "/" + strings.TrimPrefix(path, "/"), Body: "json"}
	values := map[string]any{}
	if params != nil {
		data, err := json.Marshal(params)
		if err == nil {
			err = decodeJSON(data, &values)
		}
		if err != nil {
			return fmt.Errorf("%s: the params are not a JSON object: %w", op.Name, err)
		}
	}
	if method == "GET" || method == "DELETE" || method == "HEAD" {
		op.Fields = map[string]validate.Field{}
		for name := range values {
			op.Fields[name] = validate.Field{In: "query"}
		}
	}
	opts = append(opts[:len(opts):len(opts)], func(c *RequestConfig) error { c.Validation = validate.Off; return nil })
	if res == nil {
		return ExecuteNone(ctx, op, values, opts...)
	}
	return ExecuteJSON(ctx, op, values, res, opts...)
}

// ExecuteValue sends op and returns its JSON response decoded as a T (a *Model, a []Model).
func ExecuteValue[T any](ctx context.Context, op validate.Operation, params map[string]any, opts ...Option) (T, error) {
	var res T
	err := ExecuteJSON(ctx, op, params, &res, opts...)
	return res, err
}

// ExecuteText sends op and returns the body as text.
func ExecuteText(ctx context.Context, op validate.Operation, params map[string]any, opts ...Option) (string, error) {
	data, c, err := read(ctx, op, params, opts)
	if err == nil && c.cfg.StrictResponse && !utf8.Valid(data) {
		return "", c.fail("the response does not match the spec", errors.New("the body is not valid UTF-8"))
	}
	return string(data), err
}

// ExecuteNone sends op and discards the body (any 2xx, 204 included, is a success).
func ExecuteNone(ctx context.Context, op validate.Operation, params map[string]any, opts ...Option) error {
	_, _, err := read(ctx, op, params, opts)
	return err
}

// ExecuteBinary sends op and returns the response with its body unread: the caller reads and
// closes it (closing ends the request). The timeout bounds the wait for the response to start.
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

// ExecuteJSONL sends op and returns its JSON Lines body as a lazy stream of T. The timeout bounds
// the wait for the response to start and then each wait for more of the body.
func ExecuteJSONL[T any](ctx context.Context, op validate.Operation, params map[string]any, opts ...Option) *jsonl.Stream[T] {
	c, err := execute(ctx, op, params, opts)
	if err != nil {
		return jsonl.NewStream[T](nil, nil, 0, err)
	}
	c.waiting(false)
	c.res.Body = &idleBody{c.res.Body, c}
	return jsonl.NewStream[T](c.res, c.done, c.cfg.MaxResponseBytes, nil)
}

// ExecuteStream sends op and returns its server-sent events as a stream of T (the stream param,
// if the operation has one, must be set). The timeout bounds the wait for the response to start,
// then the wait for each event: never the stream's whole length.
func ExecuteStream[T any](ctx context.Context, op validate.Operation, params map[string]any, opts ...Option) *ssestream.Stream[T] {
	spec := ssestream.Spec{Done: "[DONE]"}
	if s := op.Stream; s != nil {
		spec = ssestream.Spec{Keepalive: s.Keepalive, ErrorEvent: s.ErrorEvent, Done: s.Done, Discriminator: s.Discriminator}
	}
	c, err := execute(ctx, op, params, opts)
	if err != nil {
		return ssestream.NewStream[T](nil, nil, err, spec)
	}
	c.waiting(false)
	spec.Waiting = c.waiting
	spec.Wrap = func(err error) error { return c.fail("reading the event stream", err) }
	spec.MaxEventBytes = int(min(c.cfg.MaxResponseBytes, int64(^uint(0)>>1)))
	if c.cfg.StrictResponse {
		spec.Check = Check
	}
	return ssestream.NewStream[T](c.res, c.done, nil, spec)
}
