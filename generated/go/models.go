// File generated from images.yaml by sdkgen. DO NOT EDIT.
// Change the spec or the templates and run `make generate` instead.

package openai

import (
	"encoding/json"

	"github.com/openai-images/openai-images-go/internal/apijson"
	"github.com/openai-images/openai-images-go/packages/respjson"
	"github.com/openai-images/openai-images-go/shared/constant"
)

// The image models. Other values are accepted too (an open enum).
type ImageModel = string

const (
	ImageModelGPTImage1_5          ImageModel = "gpt-image-1.5"
	ImageModelDallE2               ImageModel = "dall-e-2"
	ImageModelDallE3               ImageModel = "dall-e-3"
	ImageModelGPTImage1            ImageModel = "gpt-image-1"
	ImageModelGPTImage1Mini        ImageModel = "gpt-image-1-mini"
	ImageModelGPTImage2            ImageModel = "gpt-image-2"
	ImageModelGPTImage2_2026_04_21 ImageModel = "gpt-image-2-2026-04-21"
	ImageModelChatGPTImageLatest   ImageModel = "chatgpt-image-latest"
)

// The background setting for the edited image.
type ImageEditCompletedEventBackground string

const (
	ImageEditCompletedEventBackgroundTransparent ImageEditCompletedEventBackground = "transparent"
	ImageEditCompletedEventBackgroundOpaque      ImageEditCompletedEventBackground = "opaque"
	ImageEditCompletedEventBackgroundAuto        ImageEditCompletedEventBackground = "auto"
)

// The output format for the edited image.
type ImageEditCompletedEventOutputFormat string

const (
	ImageEditCompletedEventOutputFormatPNG  ImageEditCompletedEventOutputFormat = "png"
	ImageEditCompletedEventOutputFormatWebP ImageEditCompletedEventOutputFormat = "webp"
	ImageEditCompletedEventOutputFormatJPEG ImageEditCompletedEventOutputFormat = "jpeg"
)

// The quality setting for the edited image.
type ImageEditCompletedEventQuality string

const (
	ImageEditCompletedEventQualityLow    ImageEditCompletedEventQuality = "low"
	ImageEditCompletedEventQualityMedium ImageEditCompletedEventQuality = "medium"
	ImageEditCompletedEventQualityHigh   ImageEditCompletedEventQuality = "high"
	ImageEditCompletedEventQualityAuto   ImageEditCompletedEventQuality = "auto"
)

// The size of the edited image.
type ImageEditCompletedEventSize string

const (
	ImageEditCompletedEventSize1024x1024 ImageEditCompletedEventSize = "1024x1024"
	ImageEditCompletedEventSize1024x1536 ImageEditCompletedEventSize = "1024x1536"
	ImageEditCompletedEventSize1536x1024 ImageEditCompletedEventSize = "1536x1024"
	ImageEditCompletedEventSizeAuto      ImageEditCompletedEventSize = "auto"
)

// The background setting for the requested edited image.
type ImageEditPartialImageEventBackground string

const (
	ImageEditPartialImageEventBackgroundTransparent ImageEditPartialImageEventBackground = "transparent"
	ImageEditPartialImageEventBackgroundOpaque      ImageEditPartialImageEventBackground = "opaque"
	ImageEditPartialImageEventBackgroundAuto        ImageEditPartialImageEventBackground = "auto"
)

// The output format for the requested edited image.
type ImageEditPartialImageEventOutputFormat string

const (
	ImageEditPartialImageEventOutputFormatPNG  ImageEditPartialImageEventOutputFormat = "png"
	ImageEditPartialImageEventOutputFormatWebP ImageEditPartialImageEventOutputFormat = "webp"
	ImageEditPartialImageEventOutputFormatJPEG ImageEditPartialImageEventOutputFormat = "jpeg"
)

// The quality setting for the requested edited image.
type ImageEditPartialImageEventQuality string

const (
	ImageEditPartialImageEventQualityLow    ImageEditPartialImageEventQuality = "low"
	ImageEditPartialImageEventQualityMedium ImageEditPartialImageEventQuality = "medium"
	ImageEditPartialImageEventQualityHigh   ImageEditPartialImageEventQuality = "high"
	ImageEditPartialImageEventQualityAuto   ImageEditPartialImageEventQuality = "auto"
)

// The size of the requested edited image.
type ImageEditPartialImageEventSize string

const (
	ImageEditPartialImageEventSize1024x1024 ImageEditPartialImageEventSize = "1024x1024"
	ImageEditPartialImageEventSize1024x1536 ImageEditPartialImageEventSize = "1024x1536"
	ImageEditPartialImageEventSize1536x1024 ImageEditPartialImageEventSize = "1536x1024"
	ImageEditPartialImageEventSizeAuto      ImageEditPartialImageEventSize = "auto"
)

// The background setting for the generated image.
type ImageGenCompletedEventBackground string

const (
	ImageGenCompletedEventBackgroundTransparent ImageGenCompletedEventBackground = "transparent"
	ImageGenCompletedEventBackgroundOpaque      ImageGenCompletedEventBackground = "opaque"
	ImageGenCompletedEventBackgroundAuto        ImageGenCompletedEventBackground = "auto"
)

// The output format for the generated image.
type ImageGenCompletedEventOutputFormat string

const (
	ImageGenCompletedEventOutputFormatPNG  ImageGenCompletedEventOutputFormat = "png"
	ImageGenCompletedEventOutputFormatWebP ImageGenCompletedEventOutputFormat = "webp"
	ImageGenCompletedEventOutputFormatJPEG ImageGenCompletedEventOutputFormat = "jpeg"
)

// The quality setting for the generated image.
type ImageGenCompletedEventQuality string

const (
	ImageGenCompletedEventQualityLow    ImageGenCompletedEventQuality = "low"
	ImageGenCompletedEventQualityMedium ImageGenCompletedEventQuality = "medium"
	ImageGenCompletedEventQualityHigh   ImageGenCompletedEventQuality = "high"
	ImageGenCompletedEventQualityAuto   ImageGenCompletedEventQuality = "auto"
)

// The size of the generated image.
type ImageGenCompletedEventSize string

const (
	ImageGenCompletedEventSize1024x1024 ImageGenCompletedEventSize = "1024x1024"
	ImageGenCompletedEventSize1024x1536 ImageGenCompletedEventSize = "1024x1536"
	ImageGenCompletedEventSize1536x1024 ImageGenCompletedEventSize = "1536x1024"
	ImageGenCompletedEventSizeAuto      ImageGenCompletedEventSize = "auto"
)

// The background setting for the requested image.
type ImageGenPartialImageEventBackground string

const (
	ImageGenPartialImageEventBackgroundTransparent ImageGenPartialImageEventBackground = "transparent"
	ImageGenPartialImageEventBackgroundOpaque      ImageGenPartialImageEventBackground = "opaque"
	ImageGenPartialImageEventBackgroundAuto        ImageGenPartialImageEventBackground = "auto"
)

// The output format for the requested image.
type ImageGenPartialImageEventOutputFormat string

const (
	ImageGenPartialImageEventOutputFormatPNG  ImageGenPartialImageEventOutputFormat = "png"
	ImageGenPartialImageEventOutputFormatWebP ImageGenPartialImageEventOutputFormat = "webp"
	ImageGenPartialImageEventOutputFormatJPEG ImageGenPartialImageEventOutputFormat = "jpeg"
)

// The quality setting for the requested image.
type ImageGenPartialImageEventQuality string

const (
	ImageGenPartialImageEventQualityLow    ImageGenPartialImageEventQuality = "low"
	ImageGenPartialImageEventQualityMedium ImageGenPartialImageEventQuality = "medium"
	ImageGenPartialImageEventQualityHigh   ImageGenPartialImageEventQuality = "high"
	ImageGenPartialImageEventQualityAuto   ImageGenPartialImageEventQuality = "auto"
)

// The size of the requested image.
type ImageGenPartialImageEventSize string

const (
	ImageGenPartialImageEventSize1024x1024 ImageGenPartialImageEventSize = "1024x1024"
	ImageGenPartialImageEventSize1024x1536 ImageGenPartialImageEventSize = "1024x1536"
	ImageGenPartialImageEventSize1536x1024 ImageGenPartialImageEventSize = "1536x1024"
	ImageGenPartialImageEventSizeAuto      ImageGenPartialImageEventSize = "auto"
)

// The background parameter used for the image generation. Either `transparent` or `opaque`.
type ImagesResponseBackground string

const (
	ImagesResponseBackgroundTransparent ImagesResponseBackground = "transparent"
	ImagesResponseBackgroundOpaque      ImagesResponseBackground = "opaque"
)

// The output format of the image generation. Either `png`, `webp`, or `jpeg`.
type ImagesResponseOutputFormat string

const (
	ImagesResponseOutputFormatPNG  ImagesResponseOutputFormat = "png"
	ImagesResponseOutputFormatWebP ImagesResponseOutputFormat = "webp"
	ImagesResponseOutputFormatJPEG ImagesResponseOutputFormat = "jpeg"
)

// The quality of the image generated. Either `low`, `medium`, or `high`.
type ImagesResponseQuality string

const (
	ImagesResponseQualityLow    ImagesResponseQuality = "low"
	ImagesResponseQualityMedium ImagesResponseQuality = "medium"
	ImagesResponseQualityHigh   ImagesResponseQuality = "high"
)

// The size of the image generated. Either `1024x1024`, `1024x1536`, or `1536x1024`.
type ImagesResponseSize string

const (
	ImagesResponseSize1024x1024 ImagesResponseSize = "1024x1024"
	ImagesResponseSize1024x1536 ImagesResponseSize = "1024x1536"
	ImagesResponseSize1536x1024 ImagesResponseSize = "1536x1024"
)

// Represents the content or the URL of an image generated by the OpenAI API.
type Image struct {
	// The base64-encoded JSON of the generated image. Returned by default for the GPT image models,
	// and only present if `response_format` is set to `b64_json` for `dall-e-2` and `dall-e-3`.
	B64JSON string `json:"b64_json,omitzero"`
	// For `dall-e-3` only, the revised prompt that was used to generate the image.
	RevisedPrompt string `json:"revised_prompt,omitzero"`
	// When using `dall-e-2` or `dall-e-3`, the URL of the generated image if `response_format` is set
	// to `url` (default value). Unsupported for the GPT image models.
	URL string `json:"url,omitzero"`
	// JSON is what the API sent for each property: check presence with [respjson.Field.Valid].
	JSON struct {
		B64JSON       respjson.Field
		RevisedPrompt respjson.Field
		URL           respjson.Field
		ExtraFields   map[string]respjson.Field
		raw           string
	} `json:"-"`
}

// RawJSON is the object as the API sent it, including properties the spec does not know.
func (r Image) RawJSON() string { return r.JSON.raw }

// UnmarshalJSON decodes the object and records what the API sent for each property in JSON.
func (r *Image) UnmarshalJSON(data []byte) error {
	err := apijson.UnmarshalRoot(data, r)
	r.JSON.raw = string(data)
	return err
}

// Emitted when image editing has completed and the final image is available.
type ImageEditCompletedEvent struct {
	// Base64-encoded final edited image data, suitable for rendering as an image.
	B64JSON string `json:"b64_json"`
	// The background setting for the edited image.
	Background ImageEditCompletedEventBackground `json:"background"`
	// The Unix timestamp when the event was created.
	CreatedAt int64 `json:"created_at"`
	// The output format for the edited image.
	OutputFormat ImageEditCompletedEventOutputFormat `json:"output_format"`
	// The quality setting for the edited image.
	Quality ImageEditCompletedEventQuality `json:"quality"`
	// The size of the edited image.
	Size ImageEditCompletedEventSize `json:"size"`
	// The type of the event. Always `image_edit.completed`.
	Type constant.ImageEditCompleted `json:"type"`
	// For the GPT image models only, the token usage information for the image generation.
	Usage ImageEditCompletedEventUsage `json:"usage"`
	// JSON is what the API sent for each property: check presence with [respjson.Field.Valid].
	JSON struct {
		B64JSON      respjson.Field
		Background   respjson.Field
		CreatedAt    respjson.Field
		OutputFormat respjson.Field
		Quality      respjson.Field
		Size         respjson.Field
		Type         respjson.Field
		Usage        respjson.Field
		ExtraFields  map[string]respjson.Field
		raw          string
	} `json:"-"`
}

// RawJSON is the object as the API sent it, including properties the spec does not know.
func (r ImageEditCompletedEvent) RawJSON() string { return r.JSON.raw }

// UnmarshalJSON decodes the object and records what the API sent for each property in JSON.
func (r *ImageEditCompletedEvent) UnmarshalJSON(data []byte) error {
	err := apijson.UnmarshalRoot(data, r)
	r.JSON.raw = string(data)
	return err
}

// Emitted when a partial image is available during image editing streaming.
type ImageEditPartialImageEvent struct {
	// Base64-encoded partial image data, suitable for rendering as an image.
	B64JSON string `json:"b64_json"`
	// The background setting for the requested edited image.
	Background ImageEditPartialImageEventBackground `json:"background"`
	// The Unix timestamp when the event was created.
	CreatedAt int64 `json:"created_at"`
	// The output format for the requested edited image.
	OutputFormat ImageEditPartialImageEventOutputFormat `json:"output_format"`
	// 0-based index for the partial image (streaming).
	PartialImageIndex int64 `json:"partial_image_index"`
	// The quality setting for the requested edited image.
	Quality ImageEditPartialImageEventQuality `json:"quality"`
	// The size of the requested edited image.
	Size ImageEditPartialImageEventSize `json:"size"`
	// The type of the event. Always `image_edit.partial_image`.
	Type constant.ImageEditPartialImage `json:"type"`
	// JSON is what the API sent for each property: check presence with [respjson.Field.Valid].
	JSON struct {
		B64JSON           respjson.Field
		Background        respjson.Field
		CreatedAt         respjson.Field
		OutputFormat      respjson.Field
		PartialImageIndex respjson.Field
		Quality           respjson.Field
		Size              respjson.Field
		Type              respjson.Field
		ExtraFields       map[string]respjson.Field
		raw               string
	} `json:"-"`
}

// RawJSON is the object as the API sent it, including properties the spec does not know.
func (r ImageEditPartialImageEvent) RawJSON() string { return r.JSON.raw }

// UnmarshalJSON decodes the object and records what the API sent for each property in JSON.
func (r *ImageEditPartialImageEvent) UnmarshalJSON(data []byte) error {
	err := apijson.UnmarshalRoot(data, r)
	r.JSON.raw = string(data)
	return err
}

// Emitted when image generation has completed and the final image is available.
type ImageGenCompletedEvent struct {
	// Base64-encoded image data, suitable for rendering as an image.
	B64JSON string `json:"b64_json"`
	// The background setting for the generated image.
	Background ImageGenCompletedEventBackground `json:"background"`
	// The Unix timestamp when the event was created.
	CreatedAt int64 `json:"created_at"`
	// The output format for the generated image.
	OutputFormat ImageGenCompletedEventOutputFormat `json:"output_format"`
	// The quality setting for the generated image.
	Quality ImageGenCompletedEventQuality `json:"quality"`
	// The size of the generated image.
	Size ImageGenCompletedEventSize `json:"size"`
	// The type of the event. Always `image_generation.completed`.
	Type constant.ImageGenerationCompleted `json:"type"`
	// For the GPT image models only, the token usage information for the image generation.
	Usage ImageGenCompletedEventUsage `json:"usage"`
	// JSON is what the API sent for each property: check presence with [respjson.Field.Valid].
	JSON struct {
		B64JSON      respjson.Field
		Background   respjson.Field
		CreatedAt    respjson.Field
		OutputFormat respjson.Field
		Quality      respjson.Field
		Size         respjson.Field
		Type         respjson.Field
		Usage        respjson.Field
		ExtraFields  map[string]respjson.Field
		raw          string
	} `json:"-"`
}

// RawJSON is the object as the API sent it, including properties the spec does not know.
func (r ImageGenCompletedEvent) RawJSON() string { return r.JSON.raw }

// UnmarshalJSON decodes the object and records what the API sent for each property in JSON.
func (r *ImageGenCompletedEvent) UnmarshalJSON(data []byte) error {
	err := apijson.UnmarshalRoot(data, r)
	r.JSON.raw = string(data)
	return err
}

// Emitted when a partial image is available during image generation streaming.
type ImageGenPartialImageEvent struct {
	// Base64-encoded partial image data, suitable for rendering as an image.
	B64JSON string `json:"b64_json"`
	// The background setting for the requested image.
	Background ImageGenPartialImageEventBackground `json:"background"`
	// The Unix timestamp when the event was created.
	CreatedAt int64 `json:"created_at"`
	// The output format for the requested image.
	OutputFormat ImageGenPartialImageEventOutputFormat `json:"output_format"`
	// 0-based index for the partial image (streaming).
	PartialImageIndex int64 `json:"partial_image_index"`
	// The quality setting for the requested image.
	Quality ImageGenPartialImageEventQuality `json:"quality"`
	// The size of the requested image.
	Size ImageGenPartialImageEventSize `json:"size"`
	// The type of the event. Always `image_generation.partial_image`.
	Type constant.ImageGenerationPartialImage `json:"type"`
	// JSON is what the API sent for each property: check presence with [respjson.Field.Valid].
	JSON struct {
		B64JSON           respjson.Field
		Background        respjson.Field
		CreatedAt         respjson.Field
		OutputFormat      respjson.Field
		PartialImageIndex respjson.Field
		Quality           respjson.Field
		Size              respjson.Field
		Type              respjson.Field
		ExtraFields       map[string]respjson.Field
		raw               string
	} `json:"-"`
}

// RawJSON is the object as the API sent it, including properties the spec does not know.
func (r ImageGenPartialImageEvent) RawJSON() string { return r.JSON.raw }

// UnmarshalJSON decodes the object and records what the API sent for each property in JSON.
func (r *ImageGenPartialImageEvent) UnmarshalJSON(data []byte) error {
	err := apijson.UnmarshalRoot(data, r)
	r.JSON.raw = string(data)
	return err
}

// The response from the image generation endpoint.
type ImagesResponse struct {
	// The Unix timestamp (in seconds) of when the image was created.
	Created int64 `json:"created"`
	// The background parameter used for the image generation. Either `transparent` or `opaque`.
	Background ImagesResponseBackground `json:"background,omitzero"`
	// The list of generated images.
	Data []Image `json:"data,omitzero"`
	// The output format of the image generation. Either `png`, `webp`, or `jpeg`.
	OutputFormat ImagesResponseOutputFormat `json:"output_format,omitzero"`
	// The quality of the image generated. Either `low`, `medium`, or `high`.
	Quality ImagesResponseQuality `json:"quality,omitzero"`
	// The size of the image generated. Either `1024x1024`, `1024x1536`, or `1536x1024`.
	Size ImagesResponseSize `json:"size,omitzero"`
	// For `gpt-image-1` only, the token usage information for the image generation.
	Usage ImagesResponseUsage `json:"usage,omitzero"`
	// JSON is what the API sent for each property: check presence with [respjson.Field.Valid].
	JSON struct {
		Created      respjson.Field
		Background   respjson.Field
		Data         respjson.Field
		OutputFormat respjson.Field
		Quality      respjson.Field
		Size         respjson.Field
		Usage        respjson.Field
		ExtraFields  map[string]respjson.Field
		raw          string
	} `json:"-"`
}

// RawJSON is the object as the API sent it, including properties the spec does not know.
func (r ImagesResponse) RawJSON() string { return r.JSON.raw }

// UnmarshalJSON decodes the object and records what the API sent for each property in JSON.
func (r *ImagesResponse) UnmarshalJSON(data []byte) error {
	err := apijson.UnmarshalRoot(data, r)
	r.JSON.raw = string(data)
	return err
}

// For the GPT image models only, the token usage information for the image generation.
type ImageEditCompletedEventUsage struct {
	// The number of tokens (images and text) in the input prompt.
	InputTokens int64 `json:"input_tokens"`
	// The input tokens detailed information for the image generation.
	InputTokensDetails ImageEditCompletedEventUsageInputTokensDetails `json:"input_tokens_details"`
	// The number of image tokens in the output image.
	OutputTokens int64 `json:"output_tokens"`
	// The total number of tokens (images and text) used for the image generation.
	TotalTokens int64 `json:"total_tokens"`
	// JSON is what the API sent for each property: check presence with [respjson.Field.Valid].
	JSON struct {
		InputTokens        respjson.Field
		InputTokensDetails respjson.Field
		OutputTokens       respjson.Field
		TotalTokens        respjson.Field
		ExtraFields        map[string]respjson.Field
		raw                string
	} `json:"-"`
}

// RawJSON is the object as the API sent it, including properties the spec does not know.
func (r ImageEditCompletedEventUsage) RawJSON() string { return r.JSON.raw }

// UnmarshalJSON decodes the object and records what the API sent for each property in JSON.
func (r *ImageEditCompletedEventUsage) UnmarshalJSON(data []byte) error {
	err := apijson.UnmarshalRoot(data, r)
	r.JSON.raw = string(data)
	return err
}

// The input tokens detailed information for the image generation.
type ImageEditCompletedEventUsageInputTokensDetails struct {
	// The number of image tokens in the input prompt.
	ImageTokens int64 `json:"image_tokens"`
	// The number of text tokens in the input prompt.
	TextTokens int64 `json:"text_tokens"`
	// JSON is what the API sent for each property: check presence with [respjson.Field.Valid].
	JSON struct {
		ImageTokens respjson.Field
		TextTokens  respjson.Field
		ExtraFields map[string]respjson.Field
		raw         string
	} `json:"-"`
}

// RawJSON is the object as the API sent it, including properties the spec does not know.
func (r ImageEditCompletedEventUsageInputTokensDetails) RawJSON() string { return r.JSON.raw }

// UnmarshalJSON decodes the object and records what the API sent for each property in JSON.
func (r *ImageEditCompletedEventUsageInputTokensDetails) UnmarshalJSON(data []byte) error {
	err := apijson.UnmarshalRoot(data, r)
	r.JSON.raw = string(data)
	return err
}

// For the GPT image models only, the token usage information for the image generation.
type ImageGenCompletedEventUsage struct {
	// The number of tokens (images and text) in the input prompt.
	InputTokens int64 `json:"input_tokens"`
	// The input tokens detailed information for the image generation.
	InputTokensDetails ImageGenCompletedEventUsageInputTokensDetails `json:"input_tokens_details"`
	// The number of image tokens in the output image.
	OutputTokens int64 `json:"output_tokens"`
	// The total number of tokens (images and text) used for the image generation.
	TotalTokens int64 `json:"total_tokens"`
	// JSON is what the API sent for each property: check presence with [respjson.Field.Valid].
	JSON struct {
		InputTokens        respjson.Field
		InputTokensDetails respjson.Field
		OutputTokens       respjson.Field
		TotalTokens        respjson.Field
		ExtraFields        map[string]respjson.Field
		raw                string
	} `json:"-"`
}

// RawJSON is the object as the API sent it, including properties the spec does not know.
func (r ImageGenCompletedEventUsage) RawJSON() string { return r.JSON.raw }

// UnmarshalJSON decodes the object and records what the API sent for each property in JSON.
func (r *ImageGenCompletedEventUsage) UnmarshalJSON(data []byte) error {
	err := apijson.UnmarshalRoot(data, r)
	r.JSON.raw = string(data)
	return err
}

// The input tokens detailed information for the image generation.
type ImageGenCompletedEventUsageInputTokensDetails struct {
	// The number of image tokens in the input prompt.
	ImageTokens int64 `json:"image_tokens"`
	// The number of text tokens in the input prompt.
	TextTokens int64 `json:"text_tokens"`
	// JSON is what the API sent for each property: check presence with [respjson.Field.Valid].
	JSON struct {
		ImageTokens respjson.Field
		TextTokens  respjson.Field
		ExtraFields map[string]respjson.Field
		raw         string
	} `json:"-"`
}

// RawJSON is the object as the API sent it, including properties the spec does not know.
func (r ImageGenCompletedEventUsageInputTokensDetails) RawJSON() string { return r.JSON.raw }

// UnmarshalJSON decodes the object and records what the API sent for each property in JSON.
func (r *ImageGenCompletedEventUsageInputTokensDetails) UnmarshalJSON(data []byte) error {
	err := apijson.UnmarshalRoot(data, r)
	r.JSON.raw = string(data)
	return err
}

// For `gpt-image-1` only, the token usage information for the image generation.
type ImagesResponseUsage struct {
	// The number of tokens (images and text) in the input prompt.
	InputTokens int64 `json:"input_tokens"`
	// The input tokens detailed information for the image generation.
	InputTokensDetails ImagesResponseUsageInputTokensDetails `json:"input_tokens_details"`
	// The number of output tokens generated by the model.
	OutputTokens int64 `json:"output_tokens"`
	// The total number of tokens (images and text) used for the image generation.
	TotalTokens int64 `json:"total_tokens"`
	// The output token details for the image generation.
	OutputTokensDetails ImagesResponseUsageOutputTokensDetails `json:"output_tokens_details,omitzero"`
	// JSON is what the API sent for each property: check presence with [respjson.Field.Valid].
	JSON struct {
		InputTokens         respjson.Field
		InputTokensDetails  respjson.Field
		OutputTokens        respjson.Field
		TotalTokens         respjson.Field
		OutputTokensDetails respjson.Field
		ExtraFields         map[string]respjson.Field
		raw                 string
	} `json:"-"`
}

// RawJSON is the object as the API sent it, including properties the spec does not know.
func (r ImagesResponseUsage) RawJSON() string { return r.JSON.raw }

// UnmarshalJSON decodes the object and records what the API sent for each property in JSON.
func (r *ImagesResponseUsage) UnmarshalJSON(data []byte) error {
	err := apijson.UnmarshalRoot(data, r)
	r.JSON.raw = string(data)
	return err
}

// The input tokens detailed information for the image generation.
type ImagesResponseUsageInputTokensDetails struct {
	// The number of image tokens in the input prompt.
	ImageTokens int64 `json:"image_tokens"`
	// The number of text tokens in the input prompt.
	TextTokens int64 `json:"text_tokens"`
	// JSON is what the API sent for each property: check presence with [respjson.Field.Valid].
	JSON struct {
		ImageTokens respjson.Field
		TextTokens  respjson.Field
		ExtraFields map[string]respjson.Field
		raw         string
	} `json:"-"`
}

// RawJSON is the object as the API sent it, including properties the spec does not know.
func (r ImagesResponseUsageInputTokensDetails) RawJSON() string { return r.JSON.raw }

// UnmarshalJSON decodes the object and records what the API sent for each property in JSON.
func (r *ImagesResponseUsageInputTokensDetails) UnmarshalJSON(data []byte) error {
	err := apijson.UnmarshalRoot(data, r)
	r.JSON.raw = string(data)
	return err
}

// The output token details for the image generation.
type ImagesResponseUsageOutputTokensDetails struct {
	// The number of image output tokens generated by the model.
	ImageTokens int64 `json:"image_tokens"`
	// The number of text output tokens generated by the model.
	TextTokens int64 `json:"text_tokens"`
	// JSON is what the API sent for each property: check presence with [respjson.Field.Valid].
	JSON struct {
		ImageTokens respjson.Field
		TextTokens  respjson.Field
		ExtraFields map[string]respjson.Field
		raw         string
	} `json:"-"`
}

// RawJSON is the object as the API sent it, including properties the spec does not know.
func (r ImagesResponseUsageOutputTokensDetails) RawJSON() string { return r.JSON.raw }

// UnmarshalJSON decodes the object and records what the API sent for each property in JSON.
func (r *ImagesResponseUsageOutputTokensDetails) UnmarshalJSON(data []byte) error {
	err := apijson.UnmarshalRoot(data, r)
	r.JSON.raw = string(data)
	return err
}

// Emitted when a partial image is available during image editing streaming.
//
// It holds the fields of every variant; use AsAny or the As methods for the typed variant. A
// variant the spec does not know is kept: its Type and RawJSON are set and AsAny
// returns nil.
type ImageEditStreamEventUnion struct {
	// Base64-encoded partial image data, suitable for rendering as an image.
	B64JSON string `json:"b64_json,omitzero"`
	// The background setting for the requested edited image.
	Background string `json:"background,omitzero"`
	// The Unix timestamp when the event was created.
	CreatedAt int64 `json:"created_at,omitzero"`
	// The output format for the requested edited image.
	OutputFormat string `json:"output_format,omitzero"`
	// 0-based index for the partial image (streaming).
	PartialImageIndex int64 `json:"partial_image_index,omitzero"`
	// The quality setting for the requested edited image.
	Quality string `json:"quality,omitzero"`
	// The size of the requested edited image.
	Size string `json:"size,omitzero"`
	// Any of "image_edit.partial_image", "image_edit.completed".
	Type string `json:"type,omitzero"`
	// For the GPT image models only, the token usage information for the image generation.
	Usage ImageEditCompletedEventUsage `json:"usage,omitzero"`
	// JSON is what the API sent for each property: check presence with [respjson.Field.Valid].
	JSON struct {
		B64JSON           respjson.Field
		Background        respjson.Field
		CreatedAt         respjson.Field
		OutputFormat      respjson.Field
		PartialImageIndex respjson.Field
		Quality           respjson.Field
		Size              respjson.Field
		Type              respjson.Field
		Usage             respjson.Field
		raw               string
	} `json:"-"`
}

// RawJSON is the object as the API sent it.
func (u ImageEditStreamEventUnion) RawJSON() string { return u.JSON.raw }

// UnmarshalJSON decodes the object and records what the API sent for each property in JSON.
func (u *ImageEditStreamEventUnion) UnmarshalJSON(data []byte) error {
	err := apijson.UnmarshalRoot(data, u)
	u.JSON.raw = string(data)
	return err
}

// anyImageEditStreamEventUnion is implemented by each variant of ImageEditStreamEventUnion.
type anyImageEditStreamEventUnion interface {
	implImageEditStreamEventUnion()
}

func (ImageEditPartialImageEvent) implImageEditStreamEventUnion() {}

// AsImageEditPartialImage decodes the object as a ImageEditPartialImageEvent (Type "image_edit.partial_image").
func (u ImageEditStreamEventUnion) AsImageEditPartialImage() (v ImageEditPartialImageEvent) {
	_ = json.Unmarshal([]byte(u.JSON.raw), &v)
	return
}

func (ImageEditCompletedEvent) implImageEditStreamEventUnion() {}

// AsImageEditCompleted decodes the object as a ImageEditCompletedEvent (Type "image_edit.completed").
func (u ImageEditStreamEventUnion) AsImageEditCompleted() (v ImageEditCompletedEvent) {
	_ = json.Unmarshal([]byte(u.JSON.raw), &v)
	return
}

// AsAny returns the typed variant, or nil for a Type the spec does not know.
func (u ImageEditStreamEventUnion) AsAny() anyImageEditStreamEventUnion {
	switch u.Type {
	case "image_edit.partial_image":
		return u.AsImageEditPartialImage()
	case "image_edit.completed":
		return u.AsImageEditCompleted()
	}
	return nil
}

// Emitted when a partial image is available during image generation streaming.
//
// It holds the fields of every variant; use AsAny or the As methods for the typed variant. A
// variant the spec does not know is kept: its Type and RawJSON are set and AsAny
// returns nil.
type ImageGenStreamEventUnion struct {
	// Base64-encoded partial image data, suitable for rendering as an image.
	B64JSON string `json:"b64_json,omitzero"`
	// The background setting for the requested image.
	Background string `json:"background,omitzero"`
	// The Unix timestamp when the event was created.
	CreatedAt int64 `json:"created_at,omitzero"`
	// The output format for the requested image.
	OutputFormat string `json:"output_format,omitzero"`
	// 0-based index for the partial image (streaming).
	PartialImageIndex int64 `json:"partial_image_index,omitzero"`
	// The quality setting for the requested image.
	Quality string `json:"quality,omitzero"`
	// The size of the requested image.
	Size string `json:"size,omitzero"`
	// Any of "image_generation.partial_image", "image_generation.completed".
	Type string `json:"type,omitzero"`
	// For the GPT image models only, the token usage information for the image generation.
	Usage ImageGenCompletedEventUsage `json:"usage,omitzero"`
	// JSON is what the API sent for each property: check presence with [respjson.Field.Valid].
	JSON struct {
		B64JSON           respjson.Field
		Background        respjson.Field
		CreatedAt         respjson.Field
		OutputFormat      respjson.Field
		PartialImageIndex respjson.Field
		Quality           respjson.Field
		Size              respjson.Field
		Type              respjson.Field
		Usage             respjson.Field
		raw               string
	} `json:"-"`
}

// RawJSON is the object as the API sent it.
func (u ImageGenStreamEventUnion) RawJSON() string { return u.JSON.raw }

// UnmarshalJSON decodes the object and records what the API sent for each property in JSON.
func (u *ImageGenStreamEventUnion) UnmarshalJSON(data []byte) error {
	err := apijson.UnmarshalRoot(data, u)
	u.JSON.raw = string(data)
	return err
}

// anyImageGenStreamEventUnion is implemented by each variant of ImageGenStreamEventUnion.
type anyImageGenStreamEventUnion interface {
	implImageGenStreamEventUnion()
}

func (ImageGenPartialImageEvent) implImageGenStreamEventUnion() {}

// AsImageGenerationPartialImage decodes the object as a ImageGenPartialImageEvent (Type "image_generation.partial_image").
func (u ImageGenStreamEventUnion) AsImageGenerationPartialImage() (v ImageGenPartialImageEvent) {
	_ = json.Unmarshal([]byte(u.JSON.raw), &v)
	return
}

func (ImageGenCompletedEvent) implImageGenStreamEventUnion() {}

// AsImageGenerationCompleted decodes the object as a ImageGenCompletedEvent (Type "image_generation.completed").
func (u ImageGenStreamEventUnion) AsImageGenerationCompleted() (v ImageGenCompletedEvent) {
	_ = json.Unmarshal([]byte(u.JSON.raw), &v)
	return
}

// AsAny returns the typed variant, or nil for a Type the spec does not know.
func (u ImageGenStreamEventUnion) AsAny() anyImageGenStreamEventUnion {
	switch u.Type {
	case "image_generation.partial_image":
		return u.AsImageGenerationPartialImage()
	case "image_generation.completed":
		return u.AsImageGenerationCompleted()
	}
	return nil
}
