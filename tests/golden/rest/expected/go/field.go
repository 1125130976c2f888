// File generated from spec.yaml by sdkgen. DO NOT EDIT.
// Change the spec or the templates and run `make generate` instead.

package library

import (
	"io"

	"example.com/library/internal/apierror"
	"example.com/library/internal/validate"
	"example.com/library/packages/param"
)

// Error is returned for an API error status (errors.As(err, &apiErr)).
type Error = apierror.Error

// ValidationError is returned when params break the spec; nothing was sent.
type ValidationError = validate.Error

// ResponseError is returned for a response the SDK could not use (not the declared types, not
// valid UTF-8, larger than option.WithMaxResponseBytes, cut short); Unwrap gives the cause.
type ResponseError = apierror.ResponseError

// Int, String, Float and Bool set an optional param.
func Int(v int64) param.Opt[int64]       { return param.NewOpt(v) }
func String(v string) param.Opt[string]  { return param.NewOpt(v) }
func Float(v float64) param.Opt[float64] { return param.NewOpt(v) }
func Bool(v bool) param.Opt[bool]        { return param.NewOpt(v) }

type file struct {
	io.Reader
	name        string
	contentType string
}

func (f file) Filename() string    { return f.name }
func (f file) ContentType() string { return f.contentType }

// File names an upload: the filename and content type to send (either may be ""; a missing
// content type is taken from the file's first bytes).
func File(r io.Reader, filename string, contentType string) io.Reader {
	return file{r, filename, contentType}
}
