// File generated from images.yaml by sdkgen. DO NOT EDIT.
// Change the spec or the templates and run `make generate` instead.

package openai_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"
	"time"

	openai "github.com/openai-images/openai-images-go"
	"github.com/openai-images/openai-images-go/internal/testutil"
	"github.com/openai-images/openai-images-go/option"
	"github.com/openai-images/openai-images-go/packages/date"
	"github.com/openai-images/openai-images-go/packages/param"
)

func TestImageNewVariationWithRequiredParams(t *testing.T) {
	scope := testutil.Scope(t)
	client := newClient(scope)
	res, err := client.Images.NewVariation(context.Background(), openai.ImageNewVariationParams{Image: bytes.NewReader(png)})
	_ = res
	if err != nil {
		t.Fatalf("NewVariation: %v", err)
	}
	if res == nil {
		t.Fatal("NewVariation: no response")
	}
	testutil.SameJSON(t, res.RawJSON(), "{\"background\": \"opaque\", \"created\": 1713833628, \"data\": [{\"b64_json\": \"iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP4P9P4PwAHMQLLg39xVAAAAABJRU5ErkJggg==\"}], \"output_format\": \"png\", \"quality\": \"low\", \"size\": \"1024x1024\", \"usage\": {\"input_tokens\": 50, \"input_tokens_details\": {\"image_tokens\": 40, \"text_tokens\": 10}, \"output_tokens\": 50, \"output_tokens_details\": {\"image_tokens\": 50, \"text_tokens\": 0}, \"total_tokens\": 100}}")
	received := testutil.Requests(t, scope)
	if len(received) != 1 || received[0]["method"] != "POST" || received[0]["path"] != "/images/variations" {
		t.Fatalf("the server received %v", received)
	}
	last := received[len(received)-1]
	if last["raw_path"] != "/v1/images/variations" {
		t.Fatalf("raw path: the server received %v, want %s", last["raw_path"], "/v1/images/variations")
	}
	testutil.SameJSON(t, testutil.JSON(last["query"]), "{}")
	// one file goes as a single part named "image" (not "image[]"), typed from its bytes
	if part, ok := received[0]["params"].(map[string]any)["image"].(map[string]any); !ok || part["content_type"] != "image/png" {
		t.Fatalf("image: %v", received[0]["params"])
	}
}

func TestImageNewVariationWithAllParams(t *testing.T) {
	scope := testutil.Scope(t)
	client := newClient(scope)
	res, err := client.Images.NewVariation(context.Background(), openai.ImageNewVariationParams{Image: bytes.NewReader(png), Model: openai.ImageModel("dall-e-2"), N: openai.Int(1), ResponseFormat: openai.ImageNewVariationParamsResponseFormat("url"), Size: openai.ImageNewVariationParamsSize("256x256"), User: openai.String("string")})
	_ = res
	if err != nil {
		t.Fatalf("NewVariation: %v", err)
	}
	if res == nil {
		t.Fatal("NewVariation: no response")
	}
	received := testutil.Requests(t, scope)
	params, _ := received[len(received)-1]["params"].(map[string]any)
	got := make([]string, 0, len(params))
	for k := range params {
		got = append(got, k)
	}
	testutil.SameSet(t, got, []string{"image", "model", "n", "response_format", "size", "user"})
	last := received[len(received)-1]
	if last["raw_path"] != "/v1/images/variations" {
		t.Fatalf("raw path: the server received %v, want %s", last["raw_path"], "/v1/images/variations")
	}
	testutil.SameJSON(t, testutil.JSON(last["query"]), "{}")
}

func TestImageNewVariationAcceptsUnknownOpenEnumValues(t *testing.T) {
	scope := testutil.Scope(t)
	if err := testutil.Err(newClient(scope).Images.NewVariation(context.Background(), openai.ImageNewVariationParams{Image: bytes.NewReader(png), Model: openai.ImageModel("a-value-from-the-future")})); err != nil {
		t.Fatalf("an open enum must accept values the spec does not list: %v", err)
	}
}

func TestImageNewVariationRules(t *testing.T) {
	cases := []struct {
		rule, param string
		params      openai.ImageNewVariationParams
	}{
		{"variation-dall-e-2-only", "model", openai.ImageNewVariationParams{Image: bytes.NewReader(png), Model: openai.ImageModel("dall-e-3")}},
	}
	for _, c := range cases {
		t.Run(c.rule, func(t *testing.T) {
			scope := testutil.Scope(t)
			err := testutil.Err(newClient(scope).Images.NewVariation(context.Background(), c.params))
			var verr *openai.ValidationError
			if !errors.As(err, &verr) || !strings.Contains(err.Error(), "param '"+c.param+"'") || !strings.Contains(err.Error(), "(rule "+c.rule) {
				t.Fatalf("want a validation error naming %s and rule %s, got %v", c.param, c.rule, err)
			}
			if n := len(testutil.Requests(t, scope)); n != 0 {
				t.Fatalf("%d requests sent", n)
			}
			err = testutil.Err(newClient(scope, option.WithValidation("off", nil)).Images.NewVariation(context.Background(), c.params))
			var apiErr *openai.Error
			if !errors.As(err, &apiErr) || apiErr.StatusCode != 400 || apiErr.Param != c.param || !strings.Contains(apiErr.Message, "(rule "+c.rule+")") {
				t.Fatalf("want the server's 400 naming %s, got %v", c.param, err)
			}
		})
	}
}

func TestImageEditWithRequiredParams(t *testing.T) {
	scope := testutil.Scope(t)
	client := newClient(scope)
	res, err := client.Images.Edit(context.Background(), openai.ImageEditParams{Image: openai.ImageEditParamsImageUnion{OfFile: bytes.NewReader(png)}, Prompt: "A cute baby sea otter"})
	_ = res
	if err != nil {
		t.Fatalf("Edit: %v", err)
	}
	if res == nil {
		t.Fatal("Edit: no response")
	}
	testutil.SameJSON(t, res.RawJSON(), "{\"background\": \"opaque\", \"created\": 1713833628, \"data\": [{\"b64_json\": \"iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP4P9P4PwAHMQLLg39xVAAAAABJRU5ErkJggg==\"}], \"output_format\": \"png\", \"quality\": \"low\", \"size\": \"1024x1024\", \"usage\": {\"input_tokens\": 50, \"input_tokens_details\": {\"image_tokens\": 40, \"text_tokens\": 10}, \"output_tokens\": 50, \"output_tokens_details\": {\"image_tokens\": 50, \"text_tokens\": 0}, \"total_tokens\": 100}}")
	received := testutil.Requests(t, scope)
	if len(received) != 1 || received[0]["method"] != "POST" || received[0]["path"] != "/images/edits" {
		t.Fatalf("the server received %v", received)
	}
	last := received[len(received)-1]
	if last["raw_path"] != "/v1/images/edits" {
		t.Fatalf("raw path: the server received %v, want %s", last["raw_path"], "/v1/images/edits")
	}
	testutil.SameJSON(t, testutil.JSON(last["query"]), "{}")
	// one file goes as a single part named "image" (not "image[]"), typed from its bytes
	if part, ok := received[0]["params"].(map[string]any)["image"].(map[string]any); !ok || part["content_type"] != "image/png" {
		t.Fatalf("image: %v", received[0]["params"])
	}
}

func TestImageEditWithAllParams(t *testing.T) {
	scope := testutil.Scope(t)
	client := newClient(scope)
	res, err := client.Images.Edit(context.Background(), openai.ImageEditParams{Image: openai.ImageEditParamsImageUnion{OfFileArray: []io.Reader{bytes.NewReader(png), bytes.NewReader(png)}}, Prompt: "A cute baby sea otter", Background: openai.ImageEditParamsBackground("transparent"), InputFidelity: openai.ImageEditParamsInputFidelity("high"), Mask: bytes.NewReader(png), Model: openai.ImageModel("gpt-image-1.5"), N: openai.Int(1), OutputCompression: openai.Int(0), OutputFormat: openai.ImageEditParamsOutputFormat("webp"), PartialImages: openai.Int(0), Quality: openai.ImageEditParamsQuality("low"), Size: openai.ImageEditParamsSize("1024x1024"), User: openai.String("string")})
	_ = res
	if err != nil {
		t.Fatalf("Edit: %v", err)
	}
	if res == nil {
		t.Fatal("Edit: no response")
	}
	received := testutil.Requests(t, scope)
	params, _ := received[len(received)-1]["params"].(map[string]any)
	got := make([]string, 0, len(params))
	for k := range params {
		got = append(got, k)
	}
	testutil.SameSet(t, got, []string{"background", "image", "input_fidelity", "mask", "model", "n", "output_compression", "output_format", "partial_images", "prompt", "quality", "size", "user"})
	last := received[len(received)-1]
	if last["raw_path"] != "/v1/images/edits" {
		t.Fatalf("raw path: the server received %v, want %s", last["raw_path"], "/v1/images/edits")
	}
	testutil.SameJSON(t, testutil.JSON(last["query"]), "{}")
	// several files go as repeated "image[]" parts
	if parts, ok := params["image"].([]any); !ok || len(parts) != 2 || parts[0].(map[string]any)["content_type"] != "image/png" {
		t.Fatalf("image: %v", params["image"])
	}
}

func TestImageEditAcceptsUnknownOpenEnumValues(t *testing.T) {
	scope := testutil.Scope(t)
	if err := testutil.Err(newClient(scope).Images.Edit(context.Background(), openai.ImageEditParams{Image: openai.ImageEditParamsImageUnion{OfFile: bytes.NewReader(png)}, Prompt: "A cute baby sea otter", Model: openai.ImageModel("a-value-from-the-future")})); err != nil {
		t.Fatalf("an open enum must accept values the spec does not list: %v", err)
	}
}

func TestImageEditRules(t *testing.T) {
	cases := []struct {
		rule, param string
		params      openai.ImageEditParams
	}{
		{"edit-models", "model", openai.ImageEditParams{Image: openai.ImageEditParamsImageUnion{OfFile: bytes.NewReader(png)}, Prompt: "A cute baby sea otter", Model: openai.ImageModel("dall-e-3")}},
		{"prompt-length-dall-e-2", "prompt", openai.ImageEditParams{Image: openai.ImageEditParamsImageUnion{OfFile: bytes.NewReader(png)}, Prompt: strings.Repeat("x", 1001), Model: openai.ImageModel("dall-e-2")}},
		{"one-image-dall-e-2", "image", openai.ImageEditParams{Image: openai.ImageEditParamsImageUnion{OfFileArray: []io.Reader{bytes.NewReader(png), bytes.NewReader(png)}}, Prompt: "A cute baby sea otter", Model: openai.ImageModel("dall-e-2")}},
		{"gpt-image-only-params", "background", openai.ImageEditParams{Image: openai.ImageEditParamsImageUnion{OfFile: bytes.NewReader(png)}, Prompt: "A cute baby sea otter", Background: openai.ImageEditParamsBackground("transparent"), Model: openai.ImageModel("dall-e-2")}},
		{"input-fidelity-models", "input_fidelity", openai.ImageEditParams{Image: openai.ImageEditParamsImageUnion{OfFile: bytes.NewReader(png)}, Prompt: "A cute baby sea otter", InputFidelity: openai.ImageEditParamsInputFidelity("high"), Model: openai.ImageModel("dall-e-2")}},
		{"no-transparent-background-gpt-image-2", "background", openai.ImageEditParams{Image: openai.ImageEditParamsImageUnion{OfFile: bytes.NewReader(png)}, Prompt: "A cute baby sea otter", Background: openai.ImageEditParamsBackground("transparent"), Model: openai.ImageModel("gpt-image-2")}},
		{"transparent-needs-alpha-format", "output_format", openai.ImageEditParams{Image: openai.ImageEditParamsImageUnion{OfFile: bytes.NewReader(png)}, Prompt: "A cute baby sea otter", Background: openai.ImageEditParamsBackground("transparent"), OutputFormat: openai.ImageEditParamsOutputFormat("jpeg")}},
		{"compression-needs-lossy-format", "output_compression", openai.ImageEditParams{Image: openai.ImageEditParamsImageUnion{OfFile: bytes.NewReader(png)}, Prompt: "A cute baby sea otter", OutputCompression: openai.Int(0), OutputFormat: openai.ImageEditParamsOutputFormat("png")}},
		{"response-format-dall-e-2-only", "response_format", openai.ImageEditParams{Image: openai.ImageEditParamsImageUnion{OfFile: bytes.NewReader(png)}, Prompt: "A cute baby sea otter", Model: openai.ImageModel("gpt-image-1.5"), ResponseFormat: openai.ImageEditParamsResponseFormat("url")}},
		{"quality-dall-e-2", "quality", openai.ImageEditParams{Image: openai.ImageEditParamsImageUnion{OfFile: bytes.NewReader(png)}, Prompt: "A cute baby sea otter", Model: openai.ImageModel("dall-e-2"), Quality: openai.ImageEditParamsQuality("low")}},
		{"quality-gpt-image", "quality", openai.ImageEditParams{Image: openai.ImageEditParamsImageUnion{OfFile: bytes.NewReader(png)}, Prompt: "A cute baby sea otter", Model: openai.ImageModel("gpt-image-1.5"), Quality: openai.ImageEditParamsQuality("standard")}},
		{"size-dall-e-2", "size", openai.ImageEditParams{Image: openai.ImageEditParamsImageUnion{OfFile: bytes.NewReader(png)}, Prompt: "A cute baby sea otter", Model: openai.ImageModel("dall-e-2"), Size: openai.ImageEditParamsSize("1536x1024")}},
		{"size-gpt-image", "size", openai.ImageEditParams{Image: openai.ImageEditParamsImageUnion{OfFile: bytes.NewReader(png)}, Prompt: "A cute baby sea otter", Model: openai.ImageModel("gpt-image-1.5"), Size: openai.ImageEditParamsSize("256x256")}},
		{"size-gpt-image-2", "size", openai.ImageEditParams{Image: openai.ImageEditParamsImageUnion{OfFile: bytes.NewReader(png)}, Prompt: "A cute baby sea otter", Model: openai.ImageModel("gpt-image-2"), Size: openai.ImageEditParamsSize("1025x1025")}},
	}
	for _, c := range cases {
		t.Run(c.rule, func(t *testing.T) {
			scope := testutil.Scope(t)
			err := testutil.Err(newClient(scope).Images.Edit(context.Background(), c.params))
			var verr *openai.ValidationError
			if !errors.As(err, &verr) || !strings.Contains(err.Error(), "param '"+c.param+"'") || !strings.Contains(err.Error(), "(rule "+c.rule) {
				t.Fatalf("want a validation error naming %s and rule %s, got %v", c.param, c.rule, err)
			}
			if n := len(testutil.Requests(t, scope)); n != 0 {
				t.Fatalf("%d requests sent", n)
			}
			err = testutil.Err(newClient(scope, option.WithValidation("off", nil)).Images.Edit(context.Background(), c.params))
			var apiErr *openai.Error
			if !errors.As(err, &apiErr) || apiErr.StatusCode != 400 || apiErr.Param != c.param || !strings.Contains(apiErr.Message, "(rule "+c.rule+")") {
				t.Fatalf("want the server's 400 naming %s, got %v", c.param, err)
			}
		})
	}
}

func TestImageEditStreaming(t *testing.T) {
	scope := testutil.Scope(t)
	client := newClient(scope)
	stream := client.Images.EditStreaming(context.Background(), openai.ImageEditParams{Image: openai.ImageEditParamsImageUnion{OfFileArray: []io.Reader{bytes.NewReader(png), bytes.NewReader(png)}}, Prompt: "A cute baby sea otter", Background: openai.ImageEditParamsBackground("transparent"), InputFidelity: openai.ImageEditParamsInputFidelity("high"), Mask: bytes.NewReader(png), Model: openai.ImageModel("gpt-image-1.5"), N: openai.Int(1), OutputCompression: openai.Int(0), OutputFormat: openai.ImageEditParamsOutputFormat("webp"), PartialImages: openai.Int(2), Quality: openai.ImageEditParamsQuality("low"), Size: openai.ImageEditParamsSize("1024x1024"), User: openai.String("string")})
	defer stream.Close()
	want := []struct{ typ, json, disc string }{
		{"ImageEditPartialImageEvent", "{\"b64_json\": \"iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP4P9P4PwAHMQLLg39xVAAAAABJRU5ErkJggg==\", \"background\": \"opaque\", \"created_at\": 1713833628, \"output_format\": \"png\", \"partial_image_index\": 0, \"quality\": \"low\", \"size\": \"1024x1024\", \"type\": \"image_edit.partial_image\"}", "image_edit.partial_image"},
		{"ImageEditPartialImageEvent", "{\"b64_json\": \"iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP4P9P4PwAHMQLLg39xVAAAAABJRU5ErkJggg==\", \"background\": \"opaque\", \"created_at\": 1713833628, \"output_format\": \"png\", \"partial_image_index\": 1, \"quality\": \"low\", \"size\": \"1024x1024\", \"type\": \"image_edit.partial_image\"}", "image_edit.partial_image"},
		{"ImageEditCompletedEvent", "{\"b64_json\": \"iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP4P9P4PwAHMQLLg39xVAAAAABJRU5ErkJggg==\", \"background\": \"opaque\", \"created_at\": 1713833628, \"output_format\": \"png\", \"quality\": \"low\", \"size\": \"1024x1024\", \"type\": \"image_edit.completed\", \"usage\": {\"input_tokens\": 50, \"input_tokens_details\": {\"image_tokens\": 40, \"text_tokens\": 10}, \"output_tokens\": 50, \"total_tokens\": 100}}", "image_edit.completed"},
	}
	i := 0
	for stream.Next() {
		ev := stream.Current()
		if i >= len(want) {
			t.Fatalf("more events than expected: %s", ev.RawJSON())
		}
		if got := fmt.Sprintf("%T", ev.AsAny()); got != "openai."+want[i].typ {
			t.Fatalf("event %d: AsAny() is %s, want %s", i, got, want[i].typ)
		}
		if ev.Type != want[i].disc {
			t.Fatalf("event %d: discriminator %q, want %q", i, ev.Type, want[i].disc)
		}
		testutil.SameJSON(t, ev.RawJSON(), want[i].json)
		i++
	}
	if err := stream.Err(); err != nil {
		t.Fatalf("stream: %v", err)
	}
	if i != len(want) {
		t.Fatalf("%d events, want %d", i, len(want))
	}
}

func TestImageGenerateWithRequiredParams(t *testing.T) {
	scope := testutil.Scope(t)
	client := newClient(scope)
	res, err := client.Images.Generate(context.Background(), openai.ImageGenerateParams{Prompt: "A cute baby sea otter"})
	_ = res
	if err != nil {
		t.Fatalf("Generate: %v", err)
	}
	if res == nil {
		t.Fatal("Generate: no response")
	}
	testutil.SameJSON(t, res.RawJSON(), "{\"background\": \"opaque\", \"created\": 1713833628, \"data\": [{\"b64_json\": \"iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP4P9P4PwAHMQLLg39xVAAAAABJRU5ErkJggg==\"}], \"output_format\": \"png\", \"quality\": \"low\", \"size\": \"1024x1024\", \"usage\": {\"input_tokens\": 50, \"input_tokens_details\": {\"image_tokens\": 40, \"text_tokens\": 10}, \"output_tokens\": 50, \"output_tokens_details\": {\"image_tokens\": 50, \"text_tokens\": 0}, \"total_tokens\": 100}}")
	received := testutil.Requests(t, scope)
	if len(received) != 1 || received[0]["method"] != "POST" || received[0]["path"] != "/images/generations" {
		t.Fatalf("the server received %v", received)
	}
	last := received[len(received)-1]
	if last["raw_path"] != "/v1/images/generations" {
		t.Fatalf("raw path: the server received %v, want %s", last["raw_path"], "/v1/images/generations")
	}
	testutil.SameJSON(t, testutil.JSON(last["query"]), "{}")
	testutil.SameJSON(t, testutil.JSON(last["params"]), "{\"prompt\": \"A cute baby sea otter\"}")
}

func TestImageGenerateWithAllParams(t *testing.T) {
	scope := testutil.Scope(t)
	client := newClient(scope)
	res, err := client.Images.Generate(context.Background(), openai.ImageGenerateParams{Prompt: "A cute baby sea otter", Background: openai.ImageGenerateParamsBackground("transparent"), Model: openai.ImageModel("gpt-image-1.5"), Moderation: openai.ImageGenerateParamsModeration("low"), N: openai.Int(1), OutputCompression: openai.Int(0), OutputFormat: openai.ImageGenerateParamsOutputFormat("webp"), PartialImages: openai.Int(0), Quality: openai.ImageGenerateParamsQuality("low"), Size: openai.ImageGenerateParamsSize("auto"), User: openai.String("string")})
	_ = res
	if err != nil {
		t.Fatalf("Generate: %v", err)
	}
	if res == nil {
		t.Fatal("Generate: no response")
	}
	received := testutil.Requests(t, scope)
	params, _ := received[len(received)-1]["params"].(map[string]any)
	got := make([]string, 0, len(params))
	for k := range params {
		got = append(got, k)
	}
	testutil.SameSet(t, got, []string{"background", "model", "moderation", "n", "output_compression", "output_format", "partial_images", "prompt", "quality", "size", "user"})
	last := received[len(received)-1]
	if last["raw_path"] != "/v1/images/generations" {
		t.Fatalf("raw path: the server received %v, want %s", last["raw_path"], "/v1/images/generations")
	}
	testutil.SameJSON(t, testutil.JSON(last["query"]), "{}")
	testutil.SameJSON(t, testutil.JSON(last["params"]), "{\"background\": \"transparent\", \"model\": \"gpt-image-1.5\", \"moderation\": \"low\", \"n\": 1, \"output_compression\": 0, \"output_format\": \"webp\", \"partial_images\": 0, \"prompt\": \"A cute baby sea otter\", \"quality\": \"low\", \"size\": \"auto\", \"user\": \"string\"}")
}

func TestImageGenerateAcceptsUnknownOpenEnumValues(t *testing.T) {
	scope := testutil.Scope(t)
	if err := testutil.Err(newClient(scope).Images.Generate(context.Background(), openai.ImageGenerateParams{Prompt: "A cute baby sea otter", Model: openai.ImageModel("a-value-from-the-future")})); err != nil {
		t.Fatalf("an open enum must accept values the spec does not list: %v", err)
	}
}

func TestImageGenerateRules(t *testing.T) {
	cases := []struct {
		rule, param string
		params      openai.ImageGenerateParams
	}{
		{"prompt-length-dall-e-2", "prompt", openai.ImageGenerateParams{Prompt: strings.Repeat("x", 1001), Model: openai.ImageModel("dall-e-2")}},
		{"prompt-length-dall-e-3", "prompt", openai.ImageGenerateParams{Prompt: strings.Repeat("x", 4001), Model: openai.ImageModel("dall-e-3")}},
		{"n-dall-e-3", "n", openai.ImageGenerateParams{Prompt: "A cute baby sea otter", Model: openai.ImageModel("dall-e-3"), N: openai.Int(2)}},
		{"style-dall-e-3-only", "style", openai.ImageGenerateParams{Prompt: "A cute baby sea otter", Model: openai.ImageModel("gpt-image-1.5"), Style: openai.ImageGenerateParamsStyle("vivid")}},
		{"gpt-image-only-params", "background", openai.ImageGenerateParams{Prompt: "A cute baby sea otter", Background: openai.ImageGenerateParamsBackground("transparent"), Model: openai.ImageModel("dall-e-2")}},
		{"no-transparent-background-gpt-image-2", "background", openai.ImageGenerateParams{Prompt: "A cute baby sea otter", Background: openai.ImageGenerateParamsBackground("transparent"), Model: openai.ImageModel("gpt-image-2")}},
		{"transparent-needs-alpha-format", "output_format", openai.ImageGenerateParams{Prompt: "A cute baby sea otter", Background: openai.ImageGenerateParamsBackground("transparent"), OutputFormat: openai.ImageGenerateParamsOutputFormat("jpeg")}},
		{"compression-needs-lossy-format", "output_compression", openai.ImageGenerateParams{Prompt: "A cute baby sea otter", OutputCompression: openai.Int(0), OutputFormat: openai.ImageGenerateParamsOutputFormat("png")}},
		{"response-format-dall-e-only", "response_format", openai.ImageGenerateParams{Prompt: "A cute baby sea otter", Model: openai.ImageModel("gpt-image-1.5"), ResponseFormat: openai.ImageGenerateParamsResponseFormat("url")}},
		{"quality-dall-e-2", "quality", openai.ImageGenerateParams{Prompt: "A cute baby sea otter", Model: openai.ImageModel("dall-e-2"), Quality: openai.ImageGenerateParamsQuality("hd")}},
		{"quality-dall-e-3", "quality", openai.ImageGenerateParams{Prompt: "A cute baby sea otter", Model: openai.ImageModel("dall-e-3"), Quality: openai.ImageGenerateParamsQuality("low")}},
		{"quality-gpt-image", "quality", openai.ImageGenerateParams{Prompt: "A cute baby sea otter", Model: openai.ImageModel("gpt-image-1.5"), Quality: openai.ImageGenerateParamsQuality("standard")}},
		{"size-dall-e-2", "size", openai.ImageGenerateParams{Prompt: "A cute baby sea otter", Model: openai.ImageModel("dall-e-2"), Size: openai.ImageGenerateParamsSize("auto")}},
		{"size-dall-e-3", "size", openai.ImageGenerateParams{Prompt: "A cute baby sea otter", Model: openai.ImageModel("dall-e-3"), Size: openai.ImageGenerateParamsSize("auto")}},
		{"size-gpt-image", "size", openai.ImageGenerateParams{Prompt: "A cute baby sea otter", Model: openai.ImageModel("gpt-image-1.5"), Size: openai.ImageGenerateParamsSize("256x256")}},
		{"size-gpt-image-2", "size", openai.ImageGenerateParams{Prompt: "A cute baby sea otter", Model: openai.ImageModel("gpt-image-2"), Size: openai.ImageGenerateParamsSize("1025x1025")}},
	}
	for _, c := range cases {
		t.Run(c.rule, func(t *testing.T) {
			scope := testutil.Scope(t)
			err := testutil.Err(newClient(scope).Images.Generate(context.Background(), c.params))
			var verr *openai.ValidationError
			if !errors.As(err, &verr) || !strings.Contains(err.Error(), "param '"+c.param+"'") || !strings.Contains(err.Error(), "(rule "+c.rule) {
				t.Fatalf("want a validation error naming %s and rule %s, got %v", c.param, c.rule, err)
			}
			if n := len(testutil.Requests(t, scope)); n != 0 {
				t.Fatalf("%d requests sent", n)
			}
			err = testutil.Err(newClient(scope, option.WithValidation("off", nil)).Images.Generate(context.Background(), c.params))
			var apiErr *openai.Error
			if !errors.As(err, &apiErr) || apiErr.StatusCode != 400 || apiErr.Param != c.param || !strings.Contains(apiErr.Message, "(rule "+c.rule+")") {
				t.Fatalf("want the server's 400 naming %s, got %v", c.param, err)
			}
		})
	}
}

func TestImageGenerateStreaming(t *testing.T) {
	scope := testutil.Scope(t)
	client := newClient(scope)
	stream := client.Images.GenerateStreaming(context.Background(), openai.ImageGenerateParams{Prompt: "A cute baby sea otter", Background: openai.ImageGenerateParamsBackground("transparent"), Model: openai.ImageModel("gpt-image-1.5"), Moderation: openai.ImageGenerateParamsModeration("low"), N: openai.Int(1), OutputCompression: openai.Int(0), OutputFormat: openai.ImageGenerateParamsOutputFormat("webp"), PartialImages: openai.Int(2), Quality: openai.ImageGenerateParamsQuality("low"), Size: openai.ImageGenerateParamsSize("auto"), User: openai.String("string")})
	defer stream.Close()
	want := []struct{ typ, json, disc string }{
		{"ImageGenPartialImageEvent", "{\"b64_json\": \"iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP4P9P4PwAHMQLLg39xVAAAAABJRU5ErkJggg==\", \"background\": \"opaque\", \"created_at\": 1713833628, \"output_format\": \"png\", \"partial_image_index\": 0, \"quality\": \"low\", \"size\": \"1024x1024\", \"type\": \"image_generation.partial_image\"}", "image_generation.partial_image"},
		{"ImageGenPartialImageEvent", "{\"b64_json\": \"iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP4P9P4PwAHMQLLg39xVAAAAABJRU5ErkJggg==\", \"background\": \"opaque\", \"created_at\": 1713833628, \"output_format\": \"png\", \"partial_image_index\": 1, \"quality\": \"low\", \"size\": \"1024x1024\", \"type\": \"image_generation.partial_image\"}", "image_generation.partial_image"},
		{"ImageGenCompletedEvent", "{\"b64_json\": \"iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP4P9P4PwAHMQLLg39xVAAAAABJRU5ErkJggg==\", \"background\": \"opaque\", \"created_at\": 1713833628, \"output_format\": \"png\", \"quality\": \"low\", \"size\": \"1024x1024\", \"type\": \"image_generation.completed\", \"usage\": {\"input_tokens\": 50, \"input_tokens_details\": {\"image_tokens\": 40, \"text_tokens\": 10}, \"output_tokens\": 50, \"total_tokens\": 100}}", "image_generation.completed"},
	}
	i := 0
	for stream.Next() {
		ev := stream.Current()
		if i >= len(want) {
			t.Fatalf("more events than expected: %s", ev.RawJSON())
		}
		if got := fmt.Sprintf("%T", ev.AsAny()); got != "openai."+want[i].typ {
			t.Fatalf("event %d: AsAny() is %s, want %s", i, got, want[i].typ)
		}
		if ev.Type != want[i].disc {
			t.Fatalf("event %d: discriminator %q, want %q", i, ev.Type, want[i].disc)
		}
		testutil.SameJSON(t, ev.RawJSON(), want[i].json)
		i++
	}
	if err := stream.Err(); err != nil {
		t.Fatalf("stream: %v", err)
	}
	if i != len(want) {
		t.Fatalf("%d events, want %d", i, len(want))
	}
}

var (
	_ = bytes.NewReader
	_ = fmt.Sprint
	_ = errors.New
	_ = strings.Repeat
	_ io.Reader
	_ time.Time
	_ = date.Parse
	_ = param.NewOpt[int]
	_ option.RequestOption
)
