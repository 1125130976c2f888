// File generated from images.yaml by sdkgen. DO NOT EDIT.
// Change the spec or the templates and run `make generate` instead.

package openai_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"testing"
	"time"

	openai "github.com/openai-images/openai-images-go"
	"github.com/openai-images/openai-images-go/internal/testutil"
	"github.com/openai-images/openai-images-go/option"
	"github.com/openai-images/openai-images-go/packages/ssestream"
)

var png, _ = testutil.PNG()

func newClient(scope string, opts ...option.RequestOption) *openai.Client {
	base := []option.RequestOption{
		option.WithAPIKey("My API Key"),
		option.WithAdminAPIKey("My AdminAPIKey"),
		option.WithBaseURL(testutil.BaseURL()),
		option.WithHeader("X-Mock-Scope", scope),
	}
	client := openai.NewClient(append(base, opts...)...)
	return &client
}

func TestErrorStatuses(t *testing.T) {
	for _, status := range []int{400, 401, 403, 404, 409, 422, 429, 500, 503} {
		t.Run(fmt.Sprint(status), func(t *testing.T) {
			scope := testutil.Scope(t)
			details := map[string]any{"message": "boom", "type": "mock_type", "param": "mock_param", "code": "mock_code"}
			body := map[string]any{"error": details}
			testutil.Fault(t, scope, map[string]any{"status": status, "should_retry": false, "body": body})
			err := testutil.Err(newClient(scope).Images.NewVariation(context.Background(), openai.ImageNewVariationParams{Image: bytes.NewReader(png)}))
			var apiErr *openai.Error
			if !errors.As(err, &apiErr) {
				t.Fatalf("want *openai.Error, got %T %v", err, err)
			}
			if apiErr.StatusCode != status || apiErr.Message != "boom" || apiErr.Type != "mock_type" || apiErr.Param != "mock_param" || apiErr.Code != "mock_code" {
				t.Fatalf("error fields: %+v", apiErr)
			}
			if !strings.HasPrefix(apiErr.RequestID, "req_") || !strings.Contains(apiErr.Error(), fmt.Sprint(status)) {
				t.Fatalf("request id %q, message %q", apiErr.RequestID, apiErr.Error())
			}
			if n := len(testutil.Requests(t, scope)); n != 1 {
				t.Fatalf("%d requests, want 1", n)
			}
		})
	}
}

func TestRetries429ThenSucceeds(t *testing.T) {
	scope := testutil.Scope(t)
	testutil.Fault(t, scope, map[string]any{"status": 429, "retry_after": 0, "count": 1})
	if err := testutil.Err(newClient(scope).Images.NewVariation(context.Background(), openai.ImageNewVariationParams{Image: bytes.NewReader(png)})); err != nil {
		t.Fatal(err)
	}
	received := testutil.Requests(t, scope)
	if len(received) != 2 {
		t.Fatalf("%d requests, want 2", len(received))
	}
	for i, r := range received {
		headers := r["headers"].(map[string]any)
		if headers["x-stainless-retry-count"] != fmt.Sprint(i) {
			t.Fatalf("attempt %d sent x-stainless-retry-count %v", i, headers["x-stainless-retry-count"])
		}
	}
}

func TestServerErrorsExhaustRetries(t *testing.T) {
	scope := testutil.Scope(t)
	testutil.Fault(t, scope, map[string]any{"status": 500, "retry_after": 0, "count": 10})
	err := testutil.Err(newClient(scope, option.WithMaxRetries(3)).Images.NewVariation(context.Background(), openai.ImageNewVariationParams{Image: bytes.NewReader(png)}))
	var apiErr *openai.Error
	if !errors.As(err, &apiErr) || apiErr.StatusCode != 500 {
		t.Fatalf("want a 500 error, got %v", err)
	}
	if n := len(testutil.Requests(t, scope)); n != 4 {
		t.Fatalf("%d requests, want 1 + 3 retries", n)
	}
}

func TestRetryAfterMsIsHonoured(t *testing.T) {
	scope := testutil.Scope(t)
	testutil.Fault(t, scope, map[string]any{"status": 503, "retry_after_ms": 400, "count": 1})
	started := time.Now()
	if err := testutil.Err(newClient(scope).Images.NewVariation(context.Background(), openai.ImageNewVariationParams{Image: bytes.NewReader(png)})); err != nil {
		t.Fatal(err)
	}
	if elapsed := time.Since(started); elapsed < 400*time.Millisecond || elapsed > 5*time.Second {
		t.Fatalf("took %v", elapsed)
	}
}

func TestShouldRetryHeader(t *testing.T) {
	scope := testutil.Scope(t)
	testutil.Fault(t, scope, map[string]any{"status": 500, "should_retry": false, "count": 5})
	if err := testutil.Err(newClient(scope).Images.NewVariation(context.Background(), openai.ImageNewVariationParams{Image: bytes.NewReader(png)})); err == nil {
		t.Fatal("want an error")
	}
	if n := len(testutil.Requests(t, scope)); n != 1 {
		t.Fatalf("%d requests, want 1", n)
	}
}

func TestContextTimeout(t *testing.T) {
	scope := testutil.Scope(t)
	testutil.Fault(t, scope, map[string]any{"delay": 1.5, "count": 3})
	ctx, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
	defer cancel()
	err := testutil.Err(newClient(scope).Images.NewVariation(ctx, openai.ImageNewVariationParams{Image: bytes.NewReader(png)}))
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("want context.DeadlineExceeded, got %v", err)
	}
}

func TestRequestTimeoutOption(t *testing.T) {
	scope := testutil.Scope(t)
	testutil.Fault(t, scope, map[string]any{"delay": 1.5, "count": 3})
	started := time.Now()
	err := testutil.Err(newClient(scope, option.WithRequestTimeout(300*time.Millisecond), option.WithMaxRetries(1)).Images.NewVariation(context.Background(), openai.ImageNewVariationParams{Image: bytes.NewReader(png)}))
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("want a timeout, got %v", err)
	}
	if n := len(testutil.Requests(t, scope)); n != 2 || time.Since(started) > 1400*time.Millisecond {
		t.Fatalf("%d requests in %v", n, time.Since(started))
	}
}

func TestConnectionError(t *testing.T) {
	client := newClient("", option.WithBaseURL("http://127.0.0.1:9/v1"), option.WithMaxRetries(0))
	err := testutil.Err(client.Images.NewVariation(context.Background(), openai.ImageNewVariationParams{Image: bytes.NewReader(png)}))
	if err == nil || !strings.Contains(err.Error(), "connection error") {
		t.Fatalf("want a connection error, got %v", err)
	}
}

func TestValidationBeforeSending(t *testing.T) {
	scope := testutil.Scope(t)
	err := testutil.Err(newClient(scope).Images.NewVariation(context.Background(), openai.ImageNewVariationParams{Image: bytes.NewReader(png), N: openai.Int(11)}))
	var verr *openai.ValidationError
	if !errors.As(err, &verr) || !strings.Contains(err.Error(), "param 'n'") {
		t.Fatalf("want a validation error naming n, got %v", err)
	}
	if n := len(testutil.Requests(t, scope)); n != 0 {
		t.Fatalf("%d requests sent", n)
	}
	err = testutil.Err(newClient(scope, option.WithValidation("off", nil)).Images.NewVariation(context.Background(), openai.ImageNewVariationParams{Image: bytes.NewReader(png), N: openai.Int(11)}))
	var apiErr *openai.Error
	if !errors.As(err, &apiErr) || apiErr.StatusCode != 400 || apiErr.Param != "n" {
		t.Fatalf("want the server's 400 naming n, got %v", err)
	}
}

func TestSettingsAndHeaders(t *testing.T) {
	scope := testutil.Scope(t)
	t.Setenv("OPENAI_API_KEY", "sk-from-env")
	client := openai.NewClient(
		option.WithBaseURL(testutil.BaseURL()),
		option.WithHeader("X-Mock-Scope", scope),
		option.WithOrganization("value-Organization"),
		option.WithProject("value-Project"),
	)
	if err := testutil.Err(client.Images.NewVariation(context.Background(), openai.ImageNewVariationParams{Image: bytes.NewReader(png)}, option.WithHeader("X-Extra", "2"))); err != nil {
		t.Fatal(err)
	}
	received := testutil.Requests(t, scope)
	headers := received[len(received)-1]["headers"].(map[string]any)
	if headers["authorization"] != "Bearer sk-from-env" || headers["x-extra"] != "2" {
		t.Fatalf("headers: %v", headers)
	}
	if headers["openai-organization"] != "value-Organization" {
		t.Fatalf("OpenAI-Organization: %v", headers["openai-organization"])
	}
	if headers["openai-project"] != "value-Project" {
		t.Fatalf("OpenAI-Project: %v", headers["openai-project"])
	}
}

func TestMissingAPIKey(t *testing.T) {
	t.Setenv("OPENAI_API_KEY", "")
	os.Unsetenv("OPENAI_API_KEY")
	client := openai.NewClient(option.WithBaseURL(testutil.BaseURL()))
	err := testutil.Err(client.Images.NewVariation(context.Background(), openai.ImageNewVariationParams{Image: bytes.NewReader(png)}))
	if err == nil || !strings.Contains(err.Error(), "OPENAI_API_KEY") {
		t.Fatalf("want an error naming OPENAI_API_KEY, got %v", err)
	}
}

func TestStreamKeepsUnknownEventTypes(t *testing.T) {
	scope := testutil.Scope(t)
	testutil.Fault(t, scope, map[string]any{"inject_event": map[string]any{"type": "future.event_kind", "detail": 7}})
	stream := newClient(scope).Images.EditStreaming(context.Background(), openai.ImageEditParams{Image: openai.ImageEditParamsImageUnion{OfFileArray: []io.Reader{bytes.NewReader(png), bytes.NewReader(png)}}, Prompt: "A cute baby sea otter", Background: openai.ImageEditParamsBackground("transparent"), InputFidelity: openai.ImageEditParamsInputFidelity("high"), Mask: bytes.NewReader(png), Model: openai.ImageModel("gpt-image-1.5"), N: openai.Int(1), OutputCompression: openai.Int(0), OutputFormat: openai.ImageEditParamsOutputFormat("webp"), PartialImages: openai.Int(2), Quality: openai.ImageEditParamsQuality("low"), Size: openai.ImageEditParamsSize("1024x1024"), User: openai.String("string")})
	defer stream.Close()
	var kinds []string
	unknown := 0
	for stream.Next() {
		ev := stream.Current()
		kinds = append(kinds, ev.Type)
		if ev.AsAny() == nil {
			unknown++
			if !strings.Contains(ev.RawJSON(), `"detail": 7`) {
				t.Fatalf("raw JSON lost: %s", ev.RawJSON())
			}
		}
	}
	if err := stream.Err(); err != nil {
		t.Fatal(err)
	}
	if unknown != 1 || len(kinds) != 3+1 || kinds[1] != "future.event_kind" {
		t.Fatalf("events %v", kinds)
	}
}

func TestStreamCutMidEvent(t *testing.T) {
	scope := testutil.Scope(t)
	testutil.Fault(t, scope, map[string]any{"cut_after_events": 1})
	stream := newClient(scope).Images.EditStreaming(context.Background(), openai.ImageEditParams{Image: openai.ImageEditParamsImageUnion{OfFileArray: []io.Reader{bytes.NewReader(png), bytes.NewReader(png)}}, Prompt: "A cute baby sea otter", Background: openai.ImageEditParamsBackground("transparent"), InputFidelity: openai.ImageEditParamsInputFidelity("high"), Mask: bytes.NewReader(png), Model: openai.ImageModel("gpt-image-1.5"), N: openai.Int(1), OutputCompression: openai.Int(0), OutputFormat: openai.ImageEditParamsOutputFormat("webp"), PartialImages: openai.Int(2), Quality: openai.ImageEditParamsQuality("low"), Size: openai.ImageEditParamsSize("1024x1024"), User: openai.String("string")})
	defer stream.Close()
	for stream.Next() {
	}
	if !errors.Is(stream.Err(), ssestream.ErrIncomplete) {
		t.Fatalf("want ssestream.ErrIncomplete, got %v", stream.Err())
	}
}

func TestStreamErrorEvent(t *testing.T) {
	scope := testutil.Scope(t)
	testutil.Fault(t, scope, map[string]any{"error_event": "the server is overloaded"})
	stream := newClient(scope).Images.EditStreaming(context.Background(), openai.ImageEditParams{Image: openai.ImageEditParamsImageUnion{OfFileArray: []io.Reader{bytes.NewReader(png), bytes.NewReader(png)}}, Prompt: "A cute baby sea otter", Background: openai.ImageEditParamsBackground("transparent"), InputFidelity: openai.ImageEditParamsInputFidelity("high"), Mask: bytes.NewReader(png), Model: openai.ImageModel("gpt-image-1.5"), N: openai.Int(1), OutputCompression: openai.Int(0), OutputFormat: openai.ImageEditParamsOutputFormat("webp"), PartialImages: openai.Int(2), Quality: openai.ImageEditParamsQuality("low"), Size: openai.ImageEditParamsSize("1024x1024"), User: openai.String("string")})
	defer stream.Close()
	for stream.Next() {
	}
	var apiErr *openai.Error
	if !errors.As(stream.Err(), &apiErr) || apiErr.Message != "the server is overloaded" {
		t.Fatalf("want the error event, got %v", stream.Err())
	}
}

func TestStreamDoneMarker(t *testing.T) {
	scope := testutil.Scope(t)
	testutil.Fault(t, scope, map[string]any{"done": true})
	stream := newClient(scope).Images.EditStreaming(context.Background(), openai.ImageEditParams{Image: openai.ImageEditParamsImageUnion{OfFileArray: []io.Reader{bytes.NewReader(png), bytes.NewReader(png)}}, Prompt: "A cute baby sea otter", Background: openai.ImageEditParamsBackground("transparent"), InputFidelity: openai.ImageEditParamsInputFidelity("high"), Mask: bytes.NewReader(png), Model: openai.ImageModel("gpt-image-1.5"), N: openai.Int(1), OutputCompression: openai.Int(0), OutputFormat: openai.ImageEditParamsOutputFormat("webp"), PartialImages: openai.Int(2), Quality: openai.ImageEditParamsQuality("low"), Size: openai.ImageEditParamsSize("1024x1024"), User: openai.String("string")})
	defer stream.Close()
	n := 0
	for stream.Next() {
		n++
	}
	if stream.Err() != nil || n != 3 {
		t.Fatalf("%d events, err %v", n, stream.Err())
	}
}

var (
	_ = bytes.NewReader
	_ = json.Marshal
	_ = os.Getenv
	_ io.Reader
)
