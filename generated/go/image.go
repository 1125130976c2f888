// File generated from images.yaml by sdkgen. DO NOT EDIT.
// Change the spec or the templates and run `make generate` instead.

package openai

import (
	"context"
	"io"
	"slices"

	"github.com/openai-images/openai-images-go/internal/requestconfig"
	"github.com/openai-images/openai-images-go/option"
	"github.com/openai-images/openai-images-go/packages/param"
	"github.com/openai-images/openai-images-go/packages/ssestream"
)

// Given a prompt and/or an input image, the model will generate a new image.
//
// Use NewImageService (or the client's Images field) rather than building it.
type ImageService struct {
	Options []option.RequestOption
}

// NewImageService returns a service with opts applied to every call.
func NewImageService(opts ...option.RequestOption) (r ImageService) {
	r.Options = opts
	return
}

// Creates a variation of a given image. This endpoint only supports `dall-e-2`.
func (r *ImageService) NewVariation(ctx context.Context, body ImageNewVariationParams, opts ...option.RequestOption) (*ImagesResponse, error) {
	params := body.values()
	return requestconfig.ExecuteValue[*ImagesResponse](ctx, op("images.create_variation"), params, slices.Concat(r.Options, opts)...)
}

// Creates an edited or extended image given one or more source images and a prompt. This endpoint
// supports GPT Image models (`gpt-image-1.5`, `gpt-image-1`, `gpt-image-1-mini`, and
// `chatgpt-image-latest`) and `dall-e-2`.
func (r *ImageService) Edit(ctx context.Context, body ImageEditParams, opts ...option.RequestOption) (*ImagesResponse, error) {
	params := body.values()
	return requestconfig.ExecuteValue[*ImagesResponse](ctx, op("images.edit"), params, slices.Concat(r.Options, opts)...)
}

// Creates an edited or extended image given one or more source images and a prompt. This endpoint
// supports GPT Image models (`gpt-image-1.5`, `gpt-image-1`, `gpt-image-1-mini`, and
// `chatgpt-image-latest`) and `dall-e-2`.
//
// The response is a stream of events: for stream.Next() { stream.Current() }, then stream.Err().
func (r *ImageService) EditStreaming(ctx context.Context, body ImageEditParams, opts ...option.RequestOption) (stream *ssestream.Stream[ImageEditStreamEventUnion]) {
	params := body.values()
	params["stream"] = true
	return requestconfig.ExecuteStream[ImageEditStreamEventUnion](ctx, op("images.edit"), params, slices.Concat(r.Options, opts)...)
}

// Creates an image given a prompt.
func (r *ImageService) Generate(ctx context.Context, body ImageGenerateParams, opts ...option.RequestOption) (*ImagesResponse, error) {
	params := body.values()
	return requestconfig.ExecuteValue[*ImagesResponse](ctx, op("images.generate"), params, slices.Concat(r.Options, opts)...)
}

// Creates an image given a prompt.
//
// The response is a stream of events: for stream.Next() { stream.Current() }, then stream.Err().
func (r *ImageService) GenerateStreaming(ctx context.Context, body ImageGenerateParams, opts ...option.RequestOption) (stream *ssestream.Stream[ImageGenStreamEventUnion]) {
	params := body.values()
	params["stream"] = true
	return requestconfig.ExecuteStream[ImageGenStreamEventUnion](ctx, op("images.generate"), params, slices.Concat(r.Options, opts)...)
}

// The format in which the generated images are returned. Must be one of `url` or `b64_json`. URLs
// are only valid for 60 minutes after the image has been generated.
type ImageNewVariationParamsResponseFormat string

const (
	ImageNewVariationParamsResponseFormatURL     ImageNewVariationParamsResponseFormat = "url"
	ImageNewVariationParamsResponseFormatB64JSON ImageNewVariationParamsResponseFormat = "b64_json"
)

// The size of the generated images. Must be one of `256x256`, `512x512`, or `1024x1024`.
type ImageNewVariationParamsSize string

const (
	ImageNewVariationParamsSize256x256   ImageNewVariationParamsSize = "256x256"
	ImageNewVariationParamsSize512x512   ImageNewVariationParamsSize = "512x512"
	ImageNewVariationParamsSize1024x1024 ImageNewVariationParamsSize = "1024x1024"
)

// Allows to set transparency for the background of the generated image(s). This parameter is only
// supported for GPT image models that support transparent backgrounds. Must be one of
// `transparent`, `opaque`, or `auto` (default value). When `auto` is used, the model will
// automatically determine the best background for the image. `gpt-image-2` and
// `gpt-image-2-2026-04-21` do not support transparent backgrounds. Requests with `background` set
// to `transparent` will return an error for these models; use `opaque` or `auto` instead. If
// `transparent`, the output format needs to support transparency, so it should be set to either
// `png` (default value) or `webp`.
type ImageEditParamsBackground string

const (
	ImageEditParamsBackgroundTransparent ImageEditParamsBackground = "transparent"
	ImageEditParamsBackgroundOpaque      ImageEditParamsBackground = "opaque"
	ImageEditParamsBackgroundAuto        ImageEditParamsBackground = "auto"
)

// Control how much effort the model will exert to match the style and features, especially facial
// features, of input images. This parameter is only supported for `gpt-image-1` and
// `gpt-image-1.5` and later models, unsupported for `gpt-image-1-mini`. Supports `high` and `low`.
// Defaults to `low`.
type ImageEditParamsInputFidelity string

const (
	ImageEditParamsInputFidelityHigh ImageEditParamsInputFidelity = "high"
	ImageEditParamsInputFidelityLow  ImageEditParamsInputFidelity = "low"
)

// The format in which the generated images are returned. This parameter is only supported for the
// GPT image models. Must be one of `png`, `jpeg`, or `webp`. The default value is `png`.
type ImageEditParamsOutputFormat string

const (
	ImageEditParamsOutputFormatPNG  ImageEditParamsOutputFormat = "png"
	ImageEditParamsOutputFormatJPEG ImageEditParamsOutputFormat = "jpeg"
	ImageEditParamsOutputFormatWebP ImageEditParamsOutputFormat = "webp"
)

// The quality of the image that will be generated for GPT image models. Defaults to `auto`.
type ImageEditParamsQuality string

const (
	ImageEditParamsQualityStandard ImageEditParamsQuality = "standard"
	ImageEditParamsQualityLow      ImageEditParamsQuality = "low"
	ImageEditParamsQualityMedium   ImageEditParamsQuality = "medium"
	ImageEditParamsQualityHigh     ImageEditParamsQuality = "high"
	ImageEditParamsQualityAuto     ImageEditParamsQuality = "auto"
)

// The format in which the generated images are returned. Must be one of `url` or `b64_json`. URLs
// are only valid for 60 minutes after the image has been generated. This parameter is only
// supported for `dall-e-2` (default is `url` for `dall-e-2`), as GPT image models always return
// base64-encoded images.
type ImageEditParamsResponseFormat string

const (
	ImageEditParamsResponseFormatURL     ImageEditParamsResponseFormat = "url"
	ImageEditParamsResponseFormatB64JSON ImageEditParamsResponseFormat = "b64_json"
)

// The size of the generated images. For `gpt-image-2` and `gpt-image-2-2026-04-21`, arbitrary
// resolutions are supported as `WIDTHxHEIGHT` strings, for example `1536x864`. Width and height
// must both be divisible by 16 and the requested aspect ratio must be between 1:3 and 3:1.
// Resolutions above `2560x1440` are experimental, and the maximum supported resolution is
// `3840x2160`. The standard sizes `1024x1024`, `1536x1024`, and `1024x1536` are supported by the
// GPT image models; `auto` is supported for models that allow automatic sizing. For `dall-e-2`,
// use one of `256x256`, `512x512`, or `1024x1024`. Other values are accepted too (an open enum).
type ImageEditParamsSize string

const (
	ImageEditParamsSize256x256   ImageEditParamsSize = "256x256"
	ImageEditParamsSize512x512   ImageEditParamsSize = "512x512"
	ImageEditParamsSize1024x1024 ImageEditParamsSize = "1024x1024"
	ImageEditParamsSize1536x1024 ImageEditParamsSize = "1536x1024"
	ImageEditParamsSize1024x1536 ImageEditParamsSize = "1024x1536"
	ImageEditParamsSizeAuto      ImageEditParamsSize = "auto"
)

// Allows to set transparency for the background of the generated image(s). This parameter is only
// supported for GPT image models that support transparent backgrounds. Must be one of
// `transparent`, `opaque`, or `auto` (default value). When `auto` is used, the model will
// automatically determine the best background for the image. `gpt-image-2` and
// `gpt-image-2-2026-04-21` do not support transparent backgrounds. Requests with `background` set
// to `transparent` will return an error for these models; use `opaque` or `auto` instead. If
// `transparent`, the output format needs to support transparency, so it should be set to either
// `png` (default value) or `webp`.
type ImageGenerateParamsBackground string

const (
	ImageGenerateParamsBackgroundTransparent ImageGenerateParamsBackground = "transparent"
	ImageGenerateParamsBackgroundOpaque      ImageGenerateParamsBackground = "opaque"
	ImageGenerateParamsBackgroundAuto        ImageGenerateParamsBackground = "auto"
)

// Control the content-moderation level for images generated by the GPT image models. Must be
// either `low` for less restrictive filtering or `auto` (default value).
type ImageGenerateParamsModeration string

const (
	ImageGenerateParamsModerationLow  ImageGenerateParamsModeration = "low"
	ImageGenerateParamsModerationAuto ImageGenerateParamsModeration = "auto"
)

// The format in which the generated images are returned. This parameter is only supported for the
// GPT image models. Must be one of `png`, `jpeg`, or `webp`; the API uses `png` when it is not
// given.
type ImageGenerateParamsOutputFormat string

const (
	ImageGenerateParamsOutputFormatPNG  ImageGenerateParamsOutputFormat = "png"
	ImageGenerateParamsOutputFormatJPEG ImageGenerateParamsOutputFormat = "jpeg"
	ImageGenerateParamsOutputFormatWebP ImageGenerateParamsOutputFormat = "webp"
)

// The quality of the image that will be generated. `auto` (default value) will automatically
// select the best quality for the given model. `high`, `medium` and `low` are supported for the
// GPT image models. `hd` and `standard` are supported for `dall-e-3`. `standard` is the only
// option for `dall-e-2`.
type ImageGenerateParamsQuality string

const (
	ImageGenerateParamsQualityStandard ImageGenerateParamsQuality = "standard"
	ImageGenerateParamsQualityHD       ImageGenerateParamsQuality = "hd"
	ImageGenerateParamsQualityLow      ImageGenerateParamsQuality = "low"
	ImageGenerateParamsQualityMedium   ImageGenerateParamsQuality = "medium"
	ImageGenerateParamsQualityHigh     ImageGenerateParamsQuality = "high"
	ImageGenerateParamsQualityAuto     ImageGenerateParamsQuality = "auto"
)

// The format in which generated images with `dall-e-2` and `dall-e-3` are returned. Must be one of
// `url` or `b64_json`. URLs are only valid for 60 minutes after the image has been generated. This
// parameter isn't supported for the GPT image models, which always return base64-encoded images.
type ImageGenerateParamsResponseFormat string

const (
	ImageGenerateParamsResponseFormatURL     ImageGenerateParamsResponseFormat = "url"
	ImageGenerateParamsResponseFormatB64JSON ImageGenerateParamsResponseFormat = "b64_json"
)

// The size of the generated images. For `gpt-image-2` and `gpt-image-2-2026-04-21`, arbitrary
// resolutions are supported as `WIDTHxHEIGHT` strings, for example `1536x864`. Width and height
// must both be divisible by 16 and the requested aspect ratio must be between 1:3 and 3:1.
// Resolutions above `2560x1440` are experimental, and the maximum supported resolution is
// `3840x2160`. The standard sizes `1024x1024`, `1536x1024`, and `1024x1536` are supported by the
// GPT image models; `auto` is supported for models that allow automatic sizing. For `dall-e-2`,
// use one of `256x256`, `512x512`, or `1024x1024`. For `dall-e-3`, use one of `1024x1024`,
// `1792x1024`, or `1024x1792`. Other values are accepted too (an open enum).
type ImageGenerateParamsSize string

const (
	ImageGenerateParamsSizeAuto      ImageGenerateParamsSize = "auto"
	ImageGenerateParamsSize1024x1024 ImageGenerateParamsSize = "1024x1024"
	ImageGenerateParamsSize1536x1024 ImageGenerateParamsSize = "1536x1024"
	ImageGenerateParamsSize1024x1536 ImageGenerateParamsSize = "1024x1536"
	ImageGenerateParamsSize256x256   ImageGenerateParamsSize = "256x256"
	ImageGenerateParamsSize512x512   ImageGenerateParamsSize = "512x512"
	ImageGenerateParamsSize1792x1024 ImageGenerateParamsSize = "1792x1024"
	ImageGenerateParamsSize1024x1792 ImageGenerateParamsSize = "1024x1792"
)

// The style of the generated images. This parameter is only supported for `dall-e-3`. Must be one
// of `vivid` or `natural`. Vivid causes the model to lean towards generating hyper-real and
// dramatic images. Natural causes the model to produce more natural, less hyper-real looking
// images.
type ImageGenerateParamsStyle string

const (
	ImageGenerateParamsStyleVivid   ImageGenerateParamsStyle = "vivid"
	ImageGenerateParamsStyleNatural ImageGenerateParamsStyle = "natural"
)

type ImageNewVariationParams struct {
	// The image to use as the basis for the variation(s). Must be a valid PNG file, less than 4MB, and
	// square.
	Image io.Reader `json:"image"`
	// The model to use for image generation. Only `dall-e-2` is supported at this time.
	Model ImageModel `json:"model,omitzero"`
	// The number of images to generate. Must be between 1 and 10.
	N param.Opt[int64] `json:"n,omitzero"`
	// The format in which the generated images are returned. Must be one of `url` or `b64_json`. URLs
	// are only valid for 60 minutes after the image has been generated.
	ResponseFormat ImageNewVariationParamsResponseFormat `json:"response_format,omitzero"`
	// The size of the generated images. Must be one of `256x256`, `512x512`, or `1024x1024`.
	Size ImageNewVariationParamsSize `json:"size,omitzero"`
	// A unique identifier representing your end-user, which can help OpenAI to monitor and detect
	// abuse.
	User        param.Opt[string] `json:"user,omitzero"`
	extraFields map[string]any
}

// SetExtraFields sets fields the struct does not have, sent beside its own by wire name (in a
// JSON body, or as multipart or form fields; not sent by an operation without a body): not
// validated, and a name the struct also has is sent with the extra field's value.
func (p *ImageNewVariationParams) SetExtraFields(fields map[string]any) { p.extraFields = fields }

// values are the params that are set, by wire name.
func (p ImageNewVariationParams) values() map[string]any {
	v := map[string]any{}
	v["image"] = p.Image
	if p.Model != "" {
		v["model"] = string(p.Model)
	}
	if p.N.Valid() {
		v["n"] = p.N.Value
	} else if param.IsNull(p.N) {
		v["n"] = nil
	}
	if p.ResponseFormat != "" {
		v["response_format"] = string(p.ResponseFormat)
	}
	if p.Size != "" {
		v["size"] = string(p.Size)
	}
	if p.User.Valid() {
		v["user"] = p.User.Value
	} else if param.IsNull(p.User) {
		v["user"] = nil
	}
	for k, x := range p.extraFields {
		v[k] = x
	}
	return v
}

type ImageEditParams struct {
	// The image(s) to edit. Must be a supported image file or an array of images. For the GPT image
	// models (`gpt-image-1`, `gpt-image-1-mini`, `gpt-image-1.5`, `gpt-image-2`,
	// `gpt-image-2-2026-04-21`, and `chatgpt-image-latest`), each image should be a `png`, `webp`, or
	// `jpg` file less than 50MB. You can provide up to 16 images. For `dall-e-2`, you can only provide
	// one image, and it should be a square `png` file less than 4MB.
	Image ImageEditParamsImageUnion `json:"image"`
	// A text description of the desired image(s). The maximum length is 1000 characters for
	// `dall-e-2`, and 32000 characters for the GPT image models.
	Prompt string `json:"prompt"`
	// Allows to set transparency for the background of the generated image(s). This parameter is only
	// supported for GPT image models that support transparent backgrounds. Must be one of
	// `transparent`, `opaque`, or `auto` (default value). When `auto` is used, the model will
	// automatically determine the best background for the image. `gpt-image-2` and
	// `gpt-image-2-2026-04-21` do not support transparent backgrounds. Requests with `background` set
	// to `transparent` will return an error for these models; use `opaque` or `auto` instead. If
	// `transparent`, the output format needs to support transparency, so it should be set to either
	// `png` (default value) or `webp`.
	Background ImageEditParamsBackground `json:"background,omitzero"`
	// Control how much effort the model will exert to match the style and features, especially facial
	// features, of input images. This parameter is only supported for `gpt-image-1` and
	// `gpt-image-1.5` and later models, unsupported for `gpt-image-1-mini`. Supports `high` and `low`.
	// Defaults to `low`.
	InputFidelity ImageEditParamsInputFidelity `json:"input_fidelity,omitzero"`
	// An additional image whose fully transparent areas (e.g. where alpha is zero) indicate where
	// `image` should be edited. If there are multiple images provided, the mask will be applied on the
	// first image. Must be a valid PNG file, less than 4MB, and have the same dimensions as `image`.
	Mask io.Reader `json:"mask,omitzero"`
	// The model to use for image generation. One of `dall-e-2` or a GPT image model (`gpt-image-1`,
	// `gpt-image-1-mini`, `gpt-image-1.5`, `gpt-image-2`, `gpt-image-2-2026-04-21`, or
	// `chatgpt-image-latest`). Defaults to `gpt-image-1.5`.
	Model ImageModel `json:"model,omitzero"`
	// The number of images to generate. Must be between 1 and 10.
	N param.Opt[int64] `json:"n,omitzero"`
	// The compression level (0-100%) for the generated images. This parameter is only supported for
	// the GPT image models with the `webp` or `jpeg` output formats, and defaults to 100.
	OutputCompression param.Opt[int64] `json:"output_compression,omitzero"`
	// The format in which the generated images are returned. This parameter is only supported for the
	// GPT image models. Must be one of `png`, `jpeg`, or `webp`. The default value is `png`.
	OutputFormat ImageEditParamsOutputFormat `json:"output_format,omitzero"`
	// The number of partial images to generate. This parameter is used for streaming responses that
	// return partial images. Value must be between 0 and 3. When set to 0, the response will be a
	// single image sent in one streaming event. Note that the final image may be sent before the full
	// number of partial images are generated if the full image is generated more quickly.
	PartialImages param.Opt[int64] `json:"partial_images,omitzero"`
	// The quality of the image that will be generated for GPT image models. Defaults to `auto`.
	Quality ImageEditParamsQuality `json:"quality,omitzero"`
	// The format in which the generated images are returned. Must be one of `url` or `b64_json`. URLs
	// are only valid for 60 minutes after the image has been generated. This parameter is only
	// supported for `dall-e-2` (default is `url` for `dall-e-2`), as GPT image models always return
	// base64-encoded images.
	ResponseFormat ImageEditParamsResponseFormat `json:"response_format,omitzero"`
	// The size of the generated images. For `gpt-image-2` and `gpt-image-2-2026-04-21`, arbitrary
	// resolutions are supported as `WIDTHxHEIGHT` strings, for example `1536x864`. Width and height
	// must both be divisible by 16 and the requested aspect ratio must be between 1:3 and 3:1.
	// Resolutions above `2560x1440` are experimental, and the maximum supported resolution is
	// `3840x2160`. The standard sizes `1024x1024`, `1536x1024`, and `1024x1536` are supported by the
	// GPT image models; `auto` is supported for models that allow automatic sizing. For `dall-e-2`,
	// use one of `256x256`, `512x512`, or `1024x1024`.
	Size ImageEditParamsSize `json:"size,omitzero"`
	// A unique identifier representing your end-user, which can help OpenAI to monitor and detect
	// abuse.
	User        param.Opt[string] `json:"user,omitzero"`
	extraFields map[string]any
}

// SetExtraFields sets fields the struct does not have, sent beside its own by wire name (in a
// JSON body, or as multipart or form fields; not sent by an operation without a body): not
// validated, and a name the struct also has is sent with the extra field's value.
func (p *ImageEditParams) SetExtraFields(fields map[string]any) { p.extraFields = fields }

// values are the params that are set, by wire name.
func (p ImageEditParams) values() map[string]any {
	v := map[string]any{}
	v["image"] = p.Image.value()
	v["prompt"] = p.Prompt
	if p.Background != "" {
		v["background"] = string(p.Background)
	}
	if p.InputFidelity != "" {
		v["input_fidelity"] = string(p.InputFidelity)
	}
	if p.Mask != nil {
		v["mask"] = p.Mask
	}
	if p.Model != "" {
		v["model"] = string(p.Model)
	}
	if p.N.Valid() {
		v["n"] = p.N.Value
	} else if param.IsNull(p.N) {
		v["n"] = nil
	}
	if p.OutputCompression.Valid() {
		v["output_compression"] = p.OutputCompression.Value
	} else if param.IsNull(p.OutputCompression) {
		v["output_compression"] = nil
	}
	if p.OutputFormat != "" {
		v["output_format"] = string(p.OutputFormat)
	}
	if p.PartialImages.Valid() {
		v["partial_images"] = p.PartialImages.Value
	} else if param.IsNull(p.PartialImages) {
		v["partial_images"] = nil
	}
	if p.Quality != "" {
		v["quality"] = string(p.Quality)
	}
	if p.ResponseFormat != "" {
		v["response_format"] = string(p.ResponseFormat)
	}
	if p.Size != "" {
		v["size"] = string(p.Size)
	}
	if p.User.Valid() {
		v["user"] = p.User.Value
	} else if param.IsNull(p.User) {
		v["user"] = nil
	}
	for k, x := range p.extraFields {
		v[k] = x
	}
	return v
}

type ImageGenerateParams struct {
	// A text description of the desired image(s). The maximum length is 32000 characters for the GPT
	// image models, 1000 characters for `dall-e-2` and 4000 characters for `dall-e-3`.
	Prompt string `json:"prompt"`
	// Allows to set transparency for the background of the generated image(s). This parameter is only
	// supported for GPT image models that support transparent backgrounds. Must be one of
	// `transparent`, `opaque`, or `auto` (default value). When `auto` is used, the model will
	// automatically determine the best background for the image. `gpt-image-2` and
	// `gpt-image-2-2026-04-21` do not support transparent backgrounds. Requests with `background` set
	// to `transparent` will return an error for these models; use `opaque` or `auto` instead. If
	// `transparent`, the output format needs to support transparency, so it should be set to either
	// `png` (default value) or `webp`.
	Background ImageGenerateParamsBackground `json:"background,omitzero"`
	// The model to use for image generation. One of `dall-e-2`, `dall-e-3`, or a GPT image model
	// (`gpt-image-1`, `gpt-image-1-mini`, `gpt-image-1.5`, `gpt-image-2`, or
	// `gpt-image-2-2026-04-21`). Defaults to `dall-e-2` unless a parameter specific to the GPT image
	// models is used.
	Model ImageModel `json:"model,omitzero"`
	// Control the content-moderation level for images generated by the GPT image models. Must be
	// either `low` for less restrictive filtering or `auto` (default value).
	Moderation ImageGenerateParamsModeration `json:"moderation,omitzero"`
	// The number of images to generate. Must be between 1 and 10. For `dall-e-3`, only `n=1` is
	// supported.
	N param.Opt[int64] `json:"n,omitzero"`
	// The compression level (0-100%) for the generated images. This parameter is only supported for
	// the GPT image models with the `webp` or `jpeg` output formats, and defaults to 100.
	OutputCompression param.Opt[int64] `json:"output_compression,omitzero"`
	// The format in which the generated images are returned. This parameter is only supported for the
	// GPT image models. Must be one of `png`, `jpeg`, or `webp`; the API uses `png` when it is not
	// given.
	OutputFormat ImageGenerateParamsOutputFormat `json:"output_format,omitzero"`
	// The number of partial images to generate. This parameter is used for streaming responses that
	// return partial images. Value must be between 0 and 3. When set to 0, the response will be a
	// single image sent in one streaming event. Note that the final image may be sent before the full
	// number of partial images are generated if the full image is generated more quickly.
	PartialImages param.Opt[int64] `json:"partial_images,omitzero"`
	// The quality of the image that will be generated. `auto` (default value) will automatically
	// select the best quality for the given model. `high`, `medium` and `low` are supported for the
	// GPT image models. `hd` and `standard` are supported for `dall-e-3`. `standard` is the only
	// option for `dall-e-2`.
	Quality ImageGenerateParamsQuality `json:"quality,omitzero"`
	// The format in which generated images with `dall-e-2` and `dall-e-3` are returned. Must be one of
	// `url` or `b64_json`. URLs are only valid for 60 minutes after the image has been generated. This
	// parameter isn't supported for the GPT image models, which always return base64-encoded images.
	ResponseFormat ImageGenerateParamsResponseFormat `json:"response_format,omitzero"`
	// The size of the generated images. For `gpt-image-2` and `gpt-image-2-2026-04-21`, arbitrary
	// resolutions are supported as `WIDTHxHEIGHT` strings, for example `1536x864`. Width and height
	// must both be divisible by 16 and the requested aspect ratio must be between 1:3 and 3:1.
	// Resolutions above `2560x1440` are experimental, and the maximum supported resolution is
	// `3840x2160`. The standard sizes `1024x1024`, `1536x1024`, and `1024x1536` are supported by the
	// GPT image models; `auto` is supported for models that allow automatic sizing. For `dall-e-2`,
	// use one of `256x256`, `512x512`, or `1024x1024`. For `dall-e-3`, use one of `1024x1024`,
	// `1792x1024`, or `1024x1792`.
	Size ImageGenerateParamsSize `json:"size,omitzero"`
	// The style of the generated images. This parameter is only supported for `dall-e-3`. Must be one
	// of `vivid` or `natural`. Vivid causes the model to lean towards generating hyper-real and
	// dramatic images. Natural causes the model to produce more natural, less hyper-real looking
	// images.
	Style ImageGenerateParamsStyle `json:"style,omitzero"`
	// A unique identifier representing your end-user, which can help OpenAI to monitor and detect
	// abuse.
	User        param.Opt[string] `json:"user,omitzero"`
	extraFields map[string]any
}

// SetExtraFields sets fields the struct does not have, sent beside its own by wire name (in a
// JSON body, or as multipart or form fields; not sent by an operation without a body): not
// validated, and a name the struct also has is sent with the extra field's value.
func (p *ImageGenerateParams) SetExtraFields(fields map[string]any) { p.extraFields = fields }

// values are the params that are set, by wire name.
func (p ImageGenerateParams) values() map[string]any {
	v := map[string]any{}
	v["prompt"] = p.Prompt
	if p.Background != "" {
		v["background"] = string(p.Background)
	}
	if p.Model != "" {
		v["model"] = string(p.Model)
	}
	if p.Moderation != "" {
		v["moderation"] = string(p.Moderation)
	}
	if p.N.Valid() {
		v["n"] = p.N.Value
	} else if param.IsNull(p.N) {
		v["n"] = nil
	}
	if p.OutputCompression.Valid() {
		v["output_compression"] = p.OutputCompression.Value
	} else if param.IsNull(p.OutputCompression) {
		v["output_compression"] = nil
	}
	if p.OutputFormat != "" {
		v["output_format"] = string(p.OutputFormat)
	}
	if p.PartialImages.Valid() {
		v["partial_images"] = p.PartialImages.Value
	} else if param.IsNull(p.PartialImages) {
		v["partial_images"] = nil
	}
	if p.Quality != "" {
		v["quality"] = string(p.Quality)
	}
	if p.ResponseFormat != "" {
		v["response_format"] = string(p.ResponseFormat)
	}
	if p.Size != "" {
		v["size"] = string(p.Size)
	}
	if p.Style != "" {
		v["style"] = string(p.Style)
	}
	if p.User.Valid() {
		v["user"] = p.User.Value
	} else if param.IsNull(p.User) {
		v["user"] = nil
	}
	for k, x := range p.extraFields {
		v[k] = x
	}
	return v
}

// ImageEditParamsImageUnion is one of several forms; set exactly one field.
type ImageEditParamsImageUnion struct {
	OfFile      io.Reader
	OfFileArray []io.Reader
}

func (u ImageEditParamsImageUnion) value() any {
	if u.OfFile != nil {
		return u.OfFile
	}
	if u.OfFileArray != nil {
		return u.OfFileArray
	}
	return nil
}
