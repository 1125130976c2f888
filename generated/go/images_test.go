// File generated from images.yaml by sdkgen. DO NOT EDIT.
// Change the spec or the templates and run `make generate` instead.

package openai_test

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"testing"

	openai "github.com/openai-images/openai-images-go"
	"github.com/openai-images/openai-images-go/internal/testutil"
)

func TestImageNewVariationWithRequiredParams(t *testing.T) {
	scope := testutil.Scope(t)
	client := newClient(scope)
	res, err := client.Images.NewVariation(context.Background(), openai.ImageNewVariationParams{Image: bytes.NewReader(png)})
	if err != nil {
		t.Fatalf("NewVariation: %v", err)
	}
	if res == nil || res.RawJSON() == "" {
		t.Fatalf("NewVariation: empty response")
	}
	received := testutil.Requests(t, scope)
	if len(received) != 1 || received[0]["method"] != "POST" || received[0]["path"] != "/images/variations" {
		t.Fatalf("the server received %v", received)
	}
}

func TestImageNewVariationWithAllParams(t *testing.T) {
	scope := testutil.Scope(t)
	client := newClient(scope)
	res, err := client.Images.NewVariation(context.Background(), openai.ImageNewVariationParams{Image: bytes.NewReader(png), Model: openai.ImageModel("dall-e-2"), N: openai.Int(1), ResponseFormat: openai.ImageNewVariationParamsResponseFormat("url"), Size: openai.ImageNewVariationParamsSize("256x256"), User: openai.String("string")})
	if err != nil {
		t.Fatalf("NewVariation: %v", err)
	}
	if res == nil {
		t.Fatal("no response")
	}
	received := testutil.Requests(t, scope)
	params, _ := received[len(received)-1]["params"].(map[string]any)
	got := make([]string, 0, len(params))
	for k := range params {
		got = append(got, k)
	}
	testutil.SameSet(t, got, []string{"image", "model", "n", "response_format", "size", "user"})
}

func TestImageEditWithRequiredParams(t *testing.T) {
	scope := testutil.Scope(t)
	client := newClient(scope)
	res, err := client.Images.Edit(context.Background(), openai.ImageEditParams{Image: openai.ImageEditParamsImageUnion{OfFile: bytes.NewReader(png)}, Prompt: "A cute baby sea otter"})
	if err != nil {
		t.Fatalf("Edit: %v", err)
	}
	if res == nil || res.RawJSON() == "" {
		t.Fatalf("Edit: empty response")
	}
	received := testutil.Requests(t, scope)
	if len(received) != 1 || received[0]["method"] != "POST" || received[0]["path"] != "/images/edits" {
		t.Fatalf("the server received %v", received)
	}
}

func TestImageEditWithAllParams(t *testing.T) {
	scope := testutil.Scope(t)
	client := newClient(scope)
	res, err := client.Images.Edit(context.Background(), openai.ImageEditParams{Image: openai.ImageEditParamsImageUnion{OfFileArray: []io.Reader{bytes.NewReader(png), bytes.NewReader(png)}}, Prompt: "A cute baby sea otter", Background: openai.ImageEditParamsBackground("transparent"), InputFidelity: openai.ImageEditParamsInputFidelity("high"), Mask: bytes.NewReader(png), Model: openai.ImageModel("gpt-image-1.5"), N: openai.Int(1), OutputCompression: openai.Int(0), OutputFormat: openai.ImageEditParamsOutputFormat("webp"), PartialImages: openai.Int(0), Quality: openai.ImageEditParamsQuality("low"), Size: openai.ImageEditParamsSize("1024x1024"), User: openai.String("string")})
	if err != nil {
		t.Fatalf("Edit: %v", err)
	}
	if res == nil {
		t.Fatal("no response")
	}
	received := testutil.Requests(t, scope)
	params, _ := received[len(received)-1]["params"].(map[string]any)
	got := make([]string, 0, len(params))
	for k := range params {
		got = append(got, k)
	}
	testutil.SameSet(t, got, []string{"background", "image", "input_fidelity", "mask", "model", "n", "output_compression", "output_format", "partial_images", "prompt", "quality", "size", "user"})
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
	if err != nil {
		t.Fatalf("Generate: %v", err)
	}
	if res == nil || res.RawJSON() == "" {
		t.Fatalf("Generate: empty response")
	}
	received := testutil.Requests(t, scope)
	if len(received) != 1 || received[0]["method"] != "POST" || received[0]["path"] != "/images/generations" {
		t.Fatalf("the server received %v", received)
	}
}

func TestImageGenerateWithAllParams(t *testing.T) {
	scope := testutil.Scope(t)
	client := newClient(scope)
	res, err := client.Images.Generate(context.Background(), openai.ImageGenerateParams{Prompt: "A cute baby sea otter", Background: openai.ImageGenerateParamsBackground("transparent"), Model: openai.ImageModel("gpt-image-1.5"), Moderation: openai.ImageGenerateParamsModeration("low"), N: openai.Int(1), OutputCompression: openai.Int(0), OutputFormat: openai.ImageGenerateParamsOutputFormat("webp"), PartialImages: openai.Int(0), Quality: openai.ImageGenerateParamsQuality("low"), Size: openai.ImageGenerateParamsSize("auto"), User: openai.String("string")})
	if err != nil {
		t.Fatalf("Generate: %v", err)
	}
	if res == nil {
		t.Fatal("no response")
	}
	received := testutil.Requests(t, scope)
	params, _ := received[len(received)-1]["params"].(map[string]any)
	got := make([]string, 0, len(params))
	for k := range params {
		got = append(got, k)
	}
	testutil.SameSet(t, got, []string{"background", "model", "moderation", "n", "output_compression", "output_format", "partial_images", "prompt", "quality", "size", "user"})
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
)
