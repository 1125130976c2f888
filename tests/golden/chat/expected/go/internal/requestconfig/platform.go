// File generated from spec.yaml by sdkgen. DO NOT EDIT.
// Change the spec or the templates and run `make generate` instead.

package requestconfig

import (
	"fmt"
	"net/http"
	"runtime"
	"strings"

	"example.com/chatter/internal/apierror"
	"example.com/chatter/internal/validate"
)

// The headers that describe the SDK and its platform (the spec's client.platform_headers), and
// the Accept header of a streamed call.
const (
	RetryCountHeader = "X-Retry-Count"
	timeoutHeader    = ""
	streamAccept     = "text/event-stream"
)

// platformHeaders are sent on every request; a header the caller sets wins.
var platformHeaders = http.Header{}

func normalizedOS() string {
	switch runtime.GOOS {
	case "ios":
		return "iOS"
	case "android":
		return "Android"
	case "darwin":
		return "MacOS"
	case "windows":
		return "Windows"
	case "freebsd":
		return "FreeBSD"
	case "openbsd":
		return "OpenBSD"
	case "linux":
		return "Linux"
	}
	return fmt.Sprintf("Other:%s", runtime.GOOS)
}

func normalizedArch() string {
	switch runtime.GOARCH {
	case "386":
		return "x32"
	case "amd64":
		return "x64"
	case "arm", "arm64":
		return runtime.GOARCH
	}
	return fmt.Sprintf("other:%s", runtime.GOARCH)
}

// credential is a key the client may hold: the spec's option name, how it is sent, its value.
type credential struct {
	option, header, prefix, value string
	basic                         bool
}

func (cfg *RequestConfig) credentials() []credential {
	return []credential{
		{option: "api_key", header: "x-api-key", prefix: "", value: cfg.APIKey, basic: false},
	}
}

// hasCredential tells whether the client holds any key.
func (cfg *RequestConfig) hasCredential() bool {
	for _, c := range cfg.credentials() {
		if c.value != "" {
			return true
		}
	}
	return false
}

// redactor covers every key the client holds.
func (cfg *RequestConfig) redactor() apierror.Redactor {
	var r apierror.Redactor
	for _, c := range cfg.credentials() {
		r = append(r, apierror.NewRedactor(c.value)...)
	}
	return r
}

// authenticate sets the header of the first credential op takes (op.Auth, in order of preference;
// nil: the client's first) that the client holds. A request that already carries that header (set
// by hand) needs none.
func authenticate(cfg *RequestConfig, op validate.Operation, h http.Header) error {
	wanted, creds := op.Auth, cfg.credentials()
	if wanted == nil && len(creds) > 0 {
		wanted = []string{creds[0].option}
	}
	for _, name := range wanted {
		for _, c := range creds {
			if c.option != name || c.value == "" {
				continue
			}
			h.Set(c.header, c.prefix+c.value)
			return nil
		}
	}
	for _, name := range wanted {
		for _, c := range creds {
			if c.option == name && h.Get(c.header) != "" {
				return nil
			}
		}
	}
	if len(wanted) == 0 {
		return nil
	}
	return fmt.Errorf("%s needs one of these credentials and the client has none: %s", op.Name, strings.Join(wanted, ", "))
}
