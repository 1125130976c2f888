// File generated from spec.yaml by sdkgen. DO NOT EDIT.
// Change the spec or the templates and run `make generate` instead.

// Package apierror defines the error returned for an API error status.
package apierror

import (
	"encoding/json"
	"fmt"
	"net/http"
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
}

// RawJSON is the response body as received.
func (e *Error) RawJSON() string { return e.raw }

func (e *Error) Error() string {
	method, url := "", ""
	if e.Request != nil {
		method, url = e.Request.Method, e.Request.URL.String()
	}
	return fmt.Sprintf("%s %q: %d %s %s", method, url, e.StatusCode, http.StatusText(e.StatusCode), e.raw)
}

// Where this API's error responses keep their details (the spec's client.errors): the object under
// Envelope (the body itself when empty), its fields by role ("" when the API has no such field).
const (
	Envelope        = "error"
	messageField    = "message"
	typeField       = "type"
	paramField      = ""
	codeField       = ""
	requestIDHeader = "request-id"
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
