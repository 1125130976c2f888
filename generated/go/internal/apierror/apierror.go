// File generated from images.yaml by sdkgen. DO NOT EDIT.
// Change the spec or the templates and run `make generate` instead.

// Package apierror defines the error returned for an API error status.
package apierror

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httputil"
	"net/url"
	"slices"
	"strings"
)

// Error is an API error: the HTTP status, the API's error fields and the request id.
type Error struct {
	StatusCode int
	Message    string
	Type       string
	Param      string
	Code       string
	RequestID  string
	Request    *http.Request
	Response   *http.Response
	raw        string
	note       string
	redactor   Redactor
}

// RawJSON is the response body as received.
func (e *Error) RawJSON() string { return e.raw }

// DumpRequest is the request as it went on the wire (with its body when body is true), every
// credential redacted: for logs and bug reports.
func (e *Error) DumpRequest(body bool) []byte {
	if e.Request == nil {
		return nil
	}
	return DumpRequest(e.Request, body, e.redactor)
}

// DumpResponse is the response as received (with its body when body is true), every credential
// redacted.
func (e *Error) DumpResponse(body bool) []byte {
	if e.Response == nil {
		return nil
	}
	if !body {
		return DumpResponse(e.Response, nil, e.redactor)
	}
	return DumpResponse(e.Response, []byte(e.raw), e.redactor)
}

// secretHeaders are headers whose values a dump never shows: the API's credential headers and
// the usual ones (Authorization, Cookie, ...).
var secretHeaders = []string{"Authorization", "Proxy-Authorization", "Cookie", "Set-Cookie", "Api-Key", "X-Api-Key", "Authorization"}

// hideSecrets is h with the values of secretHeaders replaced.
func hideSecrets(h http.Header) http.Header {
	h = h.Clone()
	for _, name := range secretHeaders {
		if values := h.Values(name); len(values) > 0 {
			h[http.CanonicalHeaderKey(name)] = slices.Repeat([]string{Redacted}, len(values))
		}
	}
	return h
}

// DumpRequest is req as it goes on the wire (with its body when body is true and the body can be
// read again), credential headers and every form of a credential r covers redacted.
func DumpRequest(req *http.Request, body bool, r Redactor) []byte {
	out := req.Clone(context.Background()) // the request's own may be over (a dump is not sent)
	out.Header = hideSecrets(req.Header)
	out.Body = nil
	if body && req.GetBody != nil {
		if b, err := req.GetBody(); err == nil {
			out.Body = b
		}
	}
	text, err := httputil.DumpRequestOut(out, out.Body != nil)
	if err != nil {
		return nil
	}
	return []byte(r.String(string(text)))
}

// DumpResponse is res's status line and headers, then body when it is not nil (res.Body is not
// read), redacted as DumpRequest is.
func DumpResponse(res *http.Response, body []byte, r Redactor) []byte {
	out := *res
	out.Header = hideSecrets(res.Header)
	out.Body = io.NopCloser(bytes.NewReader(nil))
	text, err := httputil.DumpResponse(&out, false)
	if err != nil {
		return nil
	}
	return []byte(r.String(string(text) + string(body)))
}

func (e *Error) Error() string {
	method, url := "", ""
	if e.Request != nil {
		method, url = e.Request.Method, e.Request.URL.String()
	}
	text := fmt.Sprintf("%s %q: %d %s", method, url, e.StatusCode, http.StatusText(e.StatusCode))
	if e.note != "" {
		text += " (" + e.note + ")"
	}
	return e.redactor.String(text + " " + e.raw)
}

// NewRedirect is the Error of a redirect the SDK did not follow (note says why).
func NewRedirect(req *http.Request, res *http.Response, body []byte, note string) *Error {
	e := New(req, res, body)
	e.note = note
	if e.Message == "" {
		e.Message = note
	}
	return e
}

// ResponseError is a response the SDK could not use: a body that does not match the declared
// types, is not valid UTF-8, is larger than the limit, or ended early. Err is the cause.
type ResponseError struct {
	StatusCode int
	Method     string
	URL        string
	Reason     string
	Err        error
	redactor   Redactor
}

func (e *ResponseError) Error() string {
	text := fmt.Sprintf("%s %q: %d response: %s", e.Method, e.URL, e.StatusCode, e.Reason)
	if e.Err != nil {
		text += ": " + e.Err.Error()
	}
	return e.redactor.String(text)
}

func (e *ResponseError) Unwrap() error { return e.Err }

// NewResponseError describes an unusable response to req (res may be nil).
func NewResponseError(req *http.Request, res *http.Response, reason string, err error) *ResponseError {
	e := &ResponseError{Reason: reason, Err: err}
	if req != nil {
		e.Method, e.URL = req.Method, req.URL.String()
	}
	if res != nil {
		e.StatusCode = res.StatusCode
	}
	return e
}

// Redactor hides a credential, in each form it can travel in, from text: "[redacted]" instead.
type Redactor []string

// Redacted replaces a credential.
const Redacted = "[redacted]"

// NewRedactor covers key as sent, percent-encoded and as HTTP Basic's base64 (a key shorter than
// 4 characters is not told apart from ordinary text and is not redacted).
func NewRedactor(key string) Redactor {
	if len(key) < 4 {
		return nil
	}
	forms := Redactor{key}
	basic := key
	if !strings.Contains(basic, ":") {
		basic += ":"
	}
	for _, f := range []string{url.QueryEscape(key), url.PathEscape(key), base64.StdEncoding.EncodeToString([]byte(basic)), base64.StdEncoding.EncodeToString([]byte(key))} {
		if len(f) >= 4 && !slices.Contains(forms, f) {
			forms = append(forms, f)
		}
	}
	return forms
}

// String is s with every form of the credential replaced.
func (r Redactor) String(s string) string {
	for _, f := range r {
		s = strings.ReplaceAll(s, f, Redacted)
	}
	return s
}

// Error makes err's message free of the credential: the SDK's own errors keep their type (their
// text fields redacted), any other error is wrapped (errors.Is and errors.As still see it).
func (r Redactor) Error(err error) error {
	if err == nil || len(r) == 0 {
		return err
	}
	switch e := err.(type) {
	case *Error:
		e.redactor = r
		e.Message, e.Type, e.Param, e.Code, e.RequestID = r.String(e.Message), r.String(e.Type), r.String(e.Param), r.String(e.Code), r.String(e.RequestID)
		return e
	case *ResponseError:
		e.redactor = r
		return e
	}
	if r.String(err.Error()) == err.Error() {
		return err
	}
	return &redacted{err, r}
}

type redacted struct {
	err error
	r   Redactor
}

func (e *redacted) Error() string { return e.r.String(e.err.Error()) }
func (e *redacted) Unwrap() error { return e.err }

// Where this API's error responses keep their details (the spec's client.errors): the object under
// Envelope (the body itself when empty), its fields by role ("" when the API has no such field).
const (
	Envelope        = "error"
	messageField    = "message"
	typeField       = "type"
	paramField      = "param"
	codeField       = "code"
	requestIDHeader = "x-request-id"
)

// IsError reports whether a JSON payload (a stream event) is an error object in this API's shape.
func IsError(data []byte) bool {
	if Envelope == "" {
		return false
	}
	var probe map[string]json.RawMessage
	return json.Unmarshal(data, &probe) == nil && len(probe[Envelope]) > 0 && string(probe[Envelope]) != "null"
}

// New builds an Error from a response and its body.
func New(req *http.Request, res *http.Response, body []byte) *Error {
	e := &Error{StatusCode: res.StatusCode, Request: req, Response: res, raw: string(body)}
	if requestIDHeader != "" {
		e.RequestID = res.Header.Get(requestIDHeader)
	}
	inner := json.RawMessage(body)
	if Envelope != "" {
		var payload map[string]json.RawMessage
		if json.Unmarshal(body, &payload) != nil || len(payload[Envelope]) == 0 {
			return e
		}
		inner = payload[Envelope]
	}
	var fields map[string]any
	if json.Unmarshal(inner, &fields) == nil {
		e.Message, e.Type, e.Param, e.Code = field(fields, messageField), field(fields, typeField), field(fields, paramField), field(fields, codeField)
	} else {
		var message string
		if json.Unmarshal(inner, &message) == nil {
			e.Message = message
		}
	}
	return e
}

func field(fields map[string]any, name string) string {
	if name == "" {
		return ""
	}
	return text(fields[name])
}

func text(v any) string {
	switch t := v.(type) {
	case nil:
		return ""
	case string:
		return t
	default:
		return fmt.Sprint(t)
	}
}
