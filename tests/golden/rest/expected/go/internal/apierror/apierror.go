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

// New builds an Error from a response and its body.
func New(req *http.Request, res *http.Response, body []byte) *Error {
	e := &Error{StatusCode: res.StatusCode, Request: req, Response: res, raw: string(body), RequestID: res.Header.Get("x-request-id")}
	var payload struct {
		Error json.RawMessage `json:"error"`
	}
	if json.Unmarshal(body, &payload) == nil && len(payload.Error) > 0 {
		var fields struct {
			Message any `json:"message"`
			Type    any `json:"type"`
			Param   any `json:"param"`
			Code    any `json:"code"`
		}
		if json.Unmarshal(payload.Error, &fields) == nil {
			e.Message, e.Type, e.Param, e.Code = text(fields.Message), text(fields.Type), text(fields.Param), text(fields.Code)
		} else {
			var message string
			if json.Unmarshal(payload.Error, &message) == nil {
				e.Message = message
			}
		}
	}
	return e
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
