# File generated from images.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.


from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, overload

from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import (
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from .._types import NOT_GIVEN, NotGiven
from .._validation import operation

if TYPE_CHECKING:
    from typing import Optional, Union

    from httpx import Timeout
    from typing_extensions import Literal

    from .._streaming import AsyncStream, Stream
    from .._types import Body, FileTypes, Headers, Query, SequenceNotStr
    from ..types.image_edit_stream_event import ImageEditStreamEvent
    from ..types.image_gen_stream_event import ImageGenStreamEvent
    from ..types.image_model import ImageModel
    from ..types.images_response import ImagesResponse

__all__ = ["Images", "AsyncImages"]


class Images(SyncAPIResource):
    """Given a prompt and/or an input image, the model will generate a new image."""

    @cached_property
    def with_raw_response(self) -> ImagesWithRawResponse:
        """Call a method through this to get the raw response (headers, status) with `.parse()`."""
        return ImagesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ImagesWithStreamingResponse:
        """Like `with_raw_response`, in a `with` block, the body read only when asked."""
        return ImagesWithStreamingResponse(self)

    def create_variation(
        self,
        *,
        image: FileTypes,
        model: Optional[Union[str, ImageModel]] | NotGiven = NOT_GIVEN,
        n: Optional[int] | NotGiven = NOT_GIVEN,
        response_format: Optional[Literal["url", "b64_json"]] | NotGiven = NOT_GIVEN,
        size: Optional[Literal["256x256", "512x512", "1024x1024"]] | NotGiven = NOT_GIVEN,
        user: Optional[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ImagesResponse:
        """Creates a variation of a given image. This endpoint only supports `dall-e-2`.

        Args:
            image: The image to use as the basis for the variation(s). Must be a valid PNG file, less than
                4MB, and square.

            model: The model to use for image generation. Only `dall-e-2` is supported at this time.

            n: The number of images to generate. Must be between 1 and 10.

            response_format: The format in which the generated images are returned. Must be one of `url` or
                `b64_json`. URLs are only valid for 60 minutes after the image has been generated.

            size: The size of the generated images. Must be one of `256x256`, `512x512`, or `1024x1024`.

            user: A unique identifier representing your end-user, which can help OpenAI to monitor and
                detect abuse.

            extra_headers: Send extra headers

            extra_query: Add additional query parameters to the request

            extra_body: Add additional JSON properties to the request

            timeout: Override the client-level default timeout for this request, in seconds"""

        from ..types.images_response import ImagesResponse

        return self._client.request(
            operation("images.create_variation"),
            {
                "image": image,
                "model": model,
                "n": n,
                "response_format": response_format,
                "size": size,
                "user": user,
            },
            cast_to=ImagesResponse,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    @overload
    def edit(
        self,
        *,
        image: Union[FileTypes, SequenceNotStr[FileTypes]],
        prompt: str,
        background: Optional[Literal["transparent", "opaque", "auto"]] | NotGiven = NOT_GIVEN,
        input_fidelity: Optional[Literal["high", "low"]] | NotGiven = NOT_GIVEN,
        mask: Optional[FileTypes] | NotGiven = NOT_GIVEN,
        model: Optional[Union[str, ImageModel]] | NotGiven = NOT_GIVEN,
        n: Optional[int] | NotGiven = NOT_GIVEN,
        output_compression: Optional[int] | NotGiven = NOT_GIVEN,
        output_format: Optional[Literal["png", "jpeg", "webp"]] | NotGiven = NOT_GIVEN,
        partial_images: Optional[int] | NotGiven = NOT_GIVEN,
        quality: Optional[Literal["standard", "low", "medium", "high", "auto"]] | NotGiven = NOT_GIVEN,
        response_format: Optional[Literal["url", "b64_json"]] | NotGiven = NOT_GIVEN,
        size: (
            Optional[Union[str, Literal["256x256", "512x512", "1024x1024", "1536x1024", "1024x1536", "auto"]]]
            | NotGiven
        ) = NOT_GIVEN,
        user: Optional[str] | NotGiven = NOT_GIVEN,
        stream: Optional[Literal[False]] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ImagesResponse: ...

    @overload
    def edit(
        self,
        *,
        image: Union[FileTypes, SequenceNotStr[FileTypes]],
        prompt: str,
        stream: Literal[True],
        background: Optional[Literal["transparent", "opaque", "auto"]] | NotGiven = NOT_GIVEN,
        input_fidelity: Optional[Literal["high", "low"]] | NotGiven = NOT_GIVEN,
        mask: Optional[FileTypes] | NotGiven = NOT_GIVEN,
        model: Optional[Union[str, ImageModel]] | NotGiven = NOT_GIVEN,
        n: Optional[int] | NotGiven = NOT_GIVEN,
        output_compression: Optional[int] | NotGiven = NOT_GIVEN,
        output_format: Optional[Literal["png", "jpeg", "webp"]] | NotGiven = NOT_GIVEN,
        partial_images: Optional[int] | NotGiven = NOT_GIVEN,
        quality: Optional[Literal["standard", "low", "medium", "high", "auto"]] | NotGiven = NOT_GIVEN,
        response_format: Optional[Literal["url", "b64_json"]] | NotGiven = NOT_GIVEN,
        size: (
            Optional[Union[str, Literal["256x256", "512x512", "1024x1024", "1536x1024", "1024x1536", "auto"]]]
            | NotGiven
        ) = NOT_GIVEN,
        user: Optional[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Stream[ImageEditStreamEvent]: ...

    @overload
    def edit(
        self,
        *,
        image: Union[FileTypes, SequenceNotStr[FileTypes]],
        prompt: str,
        stream: bool,
        background: Optional[Literal["transparent", "opaque", "auto"]] | NotGiven = NOT_GIVEN,
        input_fidelity: Optional[Literal["high", "low"]] | NotGiven = NOT_GIVEN,
        mask: Optional[FileTypes] | NotGiven = NOT_GIVEN,
        model: Optional[Union[str, ImageModel]] | NotGiven = NOT_GIVEN,
        n: Optional[int] | NotGiven = NOT_GIVEN,
        output_compression: Optional[int] | NotGiven = NOT_GIVEN,
        output_format: Optional[Literal["png", "jpeg", "webp"]] | NotGiven = NOT_GIVEN,
        partial_images: Optional[int] | NotGiven = NOT_GIVEN,
        quality: Optional[Literal["standard", "low", "medium", "high", "auto"]] | NotGiven = NOT_GIVEN,
        response_format: Optional[Literal["url", "b64_json"]] | NotGiven = NOT_GIVEN,
        size: (
            Optional[Union[str, Literal["256x256", "512x512", "1024x1024", "1536x1024", "1024x1536", "auto"]]]
            | NotGiven
        ) = NOT_GIVEN,
        user: Optional[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ImagesResponse | Stream[ImageEditStreamEvent]: ...

    def edit(
        self,
        *,
        image: Union[FileTypes, SequenceNotStr[FileTypes]],
        prompt: str,
        background: Optional[Literal["transparent", "opaque", "auto"]] | NotGiven = NOT_GIVEN,
        input_fidelity: Optional[Literal["high", "low"]] | NotGiven = NOT_GIVEN,
        mask: Optional[FileTypes] | NotGiven = NOT_GIVEN,
        model: Optional[Union[str, ImageModel]] | NotGiven = NOT_GIVEN,
        n: Optional[int] | NotGiven = NOT_GIVEN,
        output_compression: Optional[int] | NotGiven = NOT_GIVEN,
        output_format: Optional[Literal["png", "jpeg", "webp"]] | NotGiven = NOT_GIVEN,
        partial_images: Optional[int] | NotGiven = NOT_GIVEN,
        quality: Optional[Literal["standard", "low", "medium", "high", "auto"]] | NotGiven = NOT_GIVEN,
        response_format: Optional[Literal["url", "b64_json"]] | NotGiven = NOT_GIVEN,
        size: (
            Optional[Union[str, Literal["256x256", "512x512", "1024x1024", "1536x1024", "1024x1536", "auto"]]]
            | NotGiven
        ) = NOT_GIVEN,
        user: Optional[str] | NotGiven = NOT_GIVEN,
        stream: Optional[Literal[False]] | Literal[True] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ImagesResponse | Stream[ImageEditStreamEvent]:
        """Creates an edited or extended image given one or more source images and a prompt. This endpoint
        supports GPT Image models (`gpt-image-1.5`, `gpt-image-1`, `gpt-image-1-mini`, and
        `chatgpt-image-latest`) and `dall-e-2`.

        Args:
            image: The image(s) to edit. Must be a supported image file or an array of images. For the GPT
                image models (`gpt-image-1`, `gpt-image-1-mini`, `gpt-image-1.5`, `gpt-image-2`,
                `gpt-image-2-2026-04-21`, and `chatgpt-image-latest`), each image should be a `png`,
                `webp`, or `jpg` file less than 50MB. You can provide up to 16 images. For `dall-e-2`,
                you can only provide one image, and it should be a square `png` file less than 4MB.

            prompt: A text description of the desired image(s). The maximum length is 1000 characters for
                `dall-e-2`, and 32000 characters for the GPT image models.

            background: Allows to set transparency for the background of the generated image(s). This parameter
                is only supported for GPT image models that support transparent backgrounds. Must be one
                of `transparent`, `opaque`, or `auto` (default value). When `auto` is used, the model
                will automatically determine the best background for the image. `gpt-image-2` and
                `gpt-image-2-2026-04-21` do not support transparent backgrounds. Requests with
                `background` set to `transparent` will return an error for these models; use `opaque` or
                `auto` instead. If `transparent`, the output format needs to support transparency, so it
                should be set to either `png` (default value) or `webp`.

            input_fidelity: Control how much effort the model will exert to match the style and features, especially
                facial features, of input images. This parameter is only supported for `gpt-image-1` and
                `gpt-image-1.5` and later models, unsupported for `gpt-image-1-mini`. Supports `high`
                and `low`. Defaults to `low`.

            mask: An additional image whose fully transparent areas (e.g. where alpha is zero) indicate
                where `image` should be edited. If there are multiple images provided, the mask will be
                applied on the first image. Must be a valid PNG file, less than 4MB, and have the same
                dimensions as `image`.

            model: The model to use for image generation. One of `dall-e-2` or a GPT image model
                (`gpt-image-1`, `gpt-image-1-mini`, `gpt-image-1.5`, `gpt-image-2`,
                `gpt-image-2-2026-04-21`, or `chatgpt-image-latest`). Defaults to `gpt-image-1.5`.

            n: The number of images to generate. Must be between 1 and 10.

            output_compression: The compression level (0-100%) for the generated images. This parameter is only
                supported for the GPT image models with the `webp` or `jpeg` output formats, and
                defaults to 100.

            output_format: The format in which the generated images are returned. This parameter is only supported
                for the GPT image models. Must be one of `png`, `jpeg`, or `webp`. The default value is
                `png`.

            partial_images: The number of partial images to generate. This parameter is used for streaming responses
                that return partial images. Value must be between 0 and 3. When set to 0, the response
                will be a single image sent in one streaming event. Note that the final image may be
                sent before the full number of partial images are generated if the full image is
                generated more quickly.

            quality: The quality of the image that will be generated for GPT image models. Defaults to
                `auto`.

            response_format: The format in which the generated images are returned. Must be one of `url` or
                `b64_json`. URLs are only valid for 60 minutes after the image has been generated. This
                parameter is only supported for `dall-e-2` (default is `url` for `dall-e-2`), as GPT
                image models always return base64-encoded images.

            size: The size of the generated images. For `gpt-image-2` and `gpt-image-2-2026-04-21`,
                arbitrary resolutions are supported as `WIDTHxHEIGHT` strings, for example `1536x864`.
                Width and height must both be divisible by 16 and the requested aspect ratio must be
                between 1:3 and 3:1. Resolutions above `2560x1440` are experimental, and the maximum
                supported resolution is `3840x2160`. The standard sizes `1024x1024`, `1536x1024`, and
                `1024x1536` are supported by the GPT image models; `auto` is supported for models that
                allow automatic sizing. For `dall-e-2`, use one of `256x256`, `512x512`, or `1024x1024`.

            user: A unique identifier representing your end-user, which can help OpenAI to monitor and
                detect abuse.

            extra_headers: Send extra headers

            extra_query: Add additional query parameters to the request

            extra_body: Add additional JSON properties to the request

            timeout: Override the client-level default timeout for this request, in seconds"""

        from .._streaming import Stream
        from ..types.image_edit_stream_event import ImageEditStreamEvent
        from ..types.images_response import ImagesResponse

        return self._client.request(
            operation("images.edit"),
            {
                "image": image,
                "prompt": prompt,
                "background": background,
                "input_fidelity": input_fidelity,
                "mask": mask,
                "model": model,
                "n": n,
                "output_compression": output_compression,
                "output_format": output_format,
                "partial_images": partial_images,
                "quality": quality,
                "response_format": response_format,
                "size": size,
                "user": user,
                "stream": stream,
            },
            cast_to=ImagesResponse,
            stream_cls=Stream[ImageEditStreamEvent],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    @overload
    def generate(
        self,
        *,
        prompt: str,
        background: Optional[Literal["transparent", "opaque", "auto"]] | NotGiven = NOT_GIVEN,
        model: Optional[Union[str, ImageModel]] | NotGiven = NOT_GIVEN,
        moderation: Optional[Literal["low", "auto"]] | NotGiven = NOT_GIVEN,
        n: Optional[int] | NotGiven = NOT_GIVEN,
        output_compression: Optional[int] | NotGiven = NOT_GIVEN,
        output_format: Optional[Literal["png", "jpeg", "webp"]] | NotGiven = NOT_GIVEN,
        partial_images: Optional[int] | NotGiven = NOT_GIVEN,
        quality: Optional[Literal["standard", "hd", "low", "medium", "high", "auto"]] | NotGiven = NOT_GIVEN,
        response_format: Optional[Literal["url", "b64_json"]] | NotGiven = NOT_GIVEN,
        size: (
            Optional[
                Union[
                    str,
                    Literal[
                        "auto", "1024x1024", "1536x1024", "1024x1536", "256x256", "512x512", "1792x1024", "1024x1792"
                    ],
                ]
            ]
            | NotGiven
        ) = NOT_GIVEN,
        style: Optional[Literal["vivid", "natural"]] | NotGiven = NOT_GIVEN,
        user: Optional[str] | NotGiven = NOT_GIVEN,
        stream: Optional[Literal[False]] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ImagesResponse: ...

    @overload
    def generate(
        self,
        *,
        prompt: str,
        stream: Literal[True],
        background: Optional[Literal["transparent", "opaque", "auto"]] | NotGiven = NOT_GIVEN,
        model: Optional[Union[str, ImageModel]] | NotGiven = NOT_GIVEN,
        moderation: Optional[Literal["low", "auto"]] | NotGiven = NOT_GIVEN,
        n: Optional[int] | NotGiven = NOT_GIVEN,
        output_compression: Optional[int] | NotGiven = NOT_GIVEN,
        output_format: Optional[Literal["png", "jpeg", "webp"]] | NotGiven = NOT_GIVEN,
        partial_images: Optional[int] | NotGiven = NOT_GIVEN,
        quality: Optional[Literal["standard", "hd", "low", "medium", "high", "auto"]] | NotGiven = NOT_GIVEN,
        response_format: Optional[Literal["url", "b64_json"]] | NotGiven = NOT_GIVEN,
        size: (
            Optional[
                Union[
                    str,
                    Literal[
                        "auto", "1024x1024", "1536x1024", "1024x1536", "256x256", "512x512", "1792x1024", "1024x1792"
                    ],
                ]
            ]
            | NotGiven
        ) = NOT_GIVEN,
        style: Optional[Literal["vivid", "natural"]] | NotGiven = NOT_GIVEN,
        user: Optional[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Stream[ImageGenStreamEvent]: ...

    @overload
    def generate(
        self,
        *,
        prompt: str,
        stream: bool,
        background: Optional[Literal["transparent", "opaque", "auto"]] | NotGiven = NOT_GIVEN,
        model: Optional[Union[str, ImageModel]] | NotGiven = NOT_GIVEN,
        moderation: Optional[Literal["low", "auto"]] | NotGiven = NOT_GIVEN,
        n: Optional[int] | NotGiven = NOT_GIVEN,
        output_compression: Optional[int] | NotGiven = NOT_GIVEN,
        output_format: Optional[Literal["png", "jpeg", "webp"]] | NotGiven = NOT_GIVEN,
        partial_images: Optional[int] | NotGiven = NOT_GIVEN,
        quality: Optional[Literal["standard", "hd", "low", "medium", "high", "auto"]] | NotGiven = NOT_GIVEN,
        response_format: Optional[Literal["url", "b64_json"]] | NotGiven = NOT_GIVEN,
        size: (
            Optional[
                Union[
                    str,
                    Literal[
                        "auto", "1024x1024", "1536x1024", "1024x1536", "256x256", "512x512", "1792x1024", "1024x1792"
                    ],
                ]
            ]
            | NotGiven
        ) = NOT_GIVEN,
        style: Optional[Literal["vivid", "natural"]] | NotGiven = NOT_GIVEN,
        user: Optional[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ImagesResponse | Stream[ImageGenStreamEvent]: ...

    def generate(
        self,
        *,
        prompt: str,
        background: Optional[Literal["transparent", "opaque", "auto"]] | NotGiven = NOT_GIVEN,
        model: Optional[Union[str, ImageModel]] | NotGiven = NOT_GIVEN,
        moderation: Optional[Literal["low", "auto"]] | NotGiven = NOT_GIVEN,
        n: Optional[int] | NotGiven = NOT_GIVEN,
        output_compression: Optional[int] | NotGiven = NOT_GIVEN,
        output_format: Optional[Literal["png", "jpeg", "webp"]] | NotGiven = NOT_GIVEN,
        partial_images: Optional[int] | NotGiven = NOT_GIVEN,
        quality: Optional[Literal["standard", "hd", "low", "medium", "high", "auto"]] | NotGiven = NOT_GIVEN,
        response_format: Optional[Literal["url", "b64_json"]] | NotGiven = NOT_GIVEN,
        size: (
            Optional[
                Union[
                    str,
                    Literal[
                        "auto", "1024x1024", "1536x1024", "1024x1536", "256x256", "512x512", "1792x1024", "1024x1792"
                    ],
                ]
            ]
            | NotGiven
        ) = NOT_GIVEN,
        style: Optional[Literal["vivid", "natural"]] | NotGiven = NOT_GIVEN,
        user: Optional[str] | NotGiven = NOT_GIVEN,
        stream: Optional[Literal[False]] | Literal[True] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ImagesResponse | Stream[ImageGenStreamEvent]:
        """Creates an image given a prompt.

        Args:
            prompt: A text description of the desired image(s). The maximum length is 32000 characters for
                the GPT image models, 1000 characters for `dall-e-2` and 4000 characters for `dall-e-3`.

            background: Allows to set transparency for the background of the generated image(s). This parameter
                is only supported for GPT image models that support transparent backgrounds. Must be one
                of `transparent`, `opaque`, or `auto` (default value). When `auto` is used, the model
                will automatically determine the best background for the image. `gpt-image-2` and
                `gpt-image-2-2026-04-21` do not support transparent backgrounds. Requests with
                `background` set to `transparent` will return an error for these models; use `opaque` or
                `auto` instead. If `transparent`, the output format needs to support transparency, so it
                should be set to either `png` (default value) or `webp`.

            model: The model to use for image generation. One of `dall-e-2`, `dall-e-3`, or a GPT image
                model (`gpt-image-1`, `gpt-image-1-mini`, `gpt-image-1.5`, `gpt-image-2`, or
                `gpt-image-2-2026-04-21`). Defaults to `dall-e-2` unless a parameter specific to the GPT
                image models is used.

            moderation: Control the content-moderation level for images generated by the GPT image models. Must
                be either `low` for less restrictive filtering or `auto` (default value).

            n: The number of images to generate. Must be between 1 and 10. For `dall-e-3`, only `n=1`
                is supported.

            output_compression: The compression level (0-100%) for the generated images. This parameter is only
                supported for the GPT image models with the `webp` or `jpeg` output formats, and
                defaults to 100.

            output_format: The format in which the generated images are returned. This parameter is only supported
                for the GPT image models. Must be one of `png`, `jpeg`, or `webp`; the API uses `png`
                when it is not given.

            partial_images: The number of partial images to generate. This parameter is used for streaming responses
                that return partial images. Value must be between 0 and 3. When set to 0, the response
                will be a single image sent in one streaming event. Note that the final image may be
                sent before the full number of partial images are generated if the full image is
                generated more quickly.

            quality: The quality of the image that will be generated. `auto` (default value) will
                automatically select the best quality for the given model. `high`, `medium` and `low`
                are supported for the GPT image models. `hd` and `standard` are supported for
                `dall-e-3`. `standard` is the only option for `dall-e-2`.

            response_format: The format in which generated images with `dall-e-2` and `dall-e-3` are returned. Must
                be one of `url` or `b64_json`. URLs are only valid for 60 minutes after the image has
                been generated. This parameter isn't supported for the GPT image models, which always
                return base64-encoded images.

            size: The size of the generated images. For `gpt-image-2` and `gpt-image-2-2026-04-21`,
                arbitrary resolutions are supported as `WIDTHxHEIGHT` strings, for example `1536x864`.
                Width and height must both be divisible by 16 and the requested aspect ratio must be
                between 1:3 and 3:1. Resolutions above `2560x1440` are experimental, and the maximum
                supported resolution is `3840x2160`. The standard sizes `1024x1024`, `1536x1024`, and
                `1024x1536` are supported by the GPT image models; `auto` is supported for models that
                allow automatic sizing. For `dall-e-2`, use one of `256x256`, `512x512`, or `1024x1024`.
                For `dall-e-3`, use one of `1024x1024`, `1792x1024`, or `1024x1792`.

            style: The style of the generated images. This parameter is only supported for `dall-e-3`. Must
                be one of `vivid` or `natural`. Vivid causes the model to lean towards generating
                hyper-real and dramatic images. Natural causes the model to produce more natural, less
                hyper-real looking images.

            user: A unique identifier representing your end-user, which can help OpenAI to monitor and
                detect abuse.

            extra_headers: Send extra headers

            extra_query: Add additional query parameters to the request

            extra_body: Add additional JSON properties to the request

            timeout: Override the client-level default timeout for this request, in seconds"""

        from .._streaming import Stream
        from ..types.image_gen_stream_event import ImageGenStreamEvent
        from ..types.images_response import ImagesResponse

        return self._client.request(
            operation("images.generate"),
            {
                "prompt": prompt,
                "background": background,
                "model": model,
                "moderation": moderation,
                "n": n,
                "output_compression": output_compression,
                "output_format": output_format,
                "partial_images": partial_images,
                "quality": quality,
                "response_format": response_format,
                "size": size,
                "style": style,
                "user": user,
                "stream": stream,
            },
            cast_to=ImagesResponse,
            stream_cls=Stream[ImageGenStreamEvent],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncImages(AsyncAPIResource):
    """Given a prompt and/or an input image, the model will generate a new image."""

    @cached_property
    def with_raw_response(self) -> AsyncImagesWithRawResponse:
        """Call a method through this to get the raw response (headers, status) with `.parse()`."""
        return AsyncImagesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncImagesWithStreamingResponse:
        """Like `with_raw_response`, in a `with` block, the body read only when asked."""
        return AsyncImagesWithStreamingResponse(self)

    async def create_variation(
        self,
        *,
        image: FileTypes,
        model: Optional[Union[str, ImageModel]] | NotGiven = NOT_GIVEN,
        n: Optional[int] | NotGiven = NOT_GIVEN,
        response_format: Optional[Literal["url", "b64_json"]] | NotGiven = NOT_GIVEN,
        size: Optional[Literal["256x256", "512x512", "1024x1024"]] | NotGiven = NOT_GIVEN,
        user: Optional[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ImagesResponse:
        """Creates a variation of a given image. This endpoint only supports `dall-e-2`.

        Args:
            image: The image to use as the basis for the variation(s). Must be a valid PNG file, less than
                4MB, and square.

            model: The model to use for image generation. Only `dall-e-2` is supported at this time.

            n: The number of images to generate. Must be between 1 and 10.

            response_format: The format in which the generated images are returned. Must be one of `url` or
                `b64_json`. URLs are only valid for 60 minutes after the image has been generated.

            size: The size of the generated images. Must be one of `256x256`, `512x512`, or `1024x1024`.

            user: A unique identifier representing your end-user, which can help OpenAI to monitor and
                detect abuse.

            extra_headers: Send extra headers

            extra_query: Add additional query parameters to the request

            extra_body: Add additional JSON properties to the request

            timeout: Override the client-level default timeout for this request, in seconds"""

        from ..types.images_response import ImagesResponse

        return await self._client.request(
            operation("images.create_variation"),
            {
                "image": image,
                "model": model,
                "n": n,
                "response_format": response_format,
                "size": size,
                "user": user,
            },
            cast_to=ImagesResponse,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    @overload
    async def edit(
        self,
        *,
        image: Union[FileTypes, SequenceNotStr[FileTypes]],
        prompt: str,
        background: Optional[Literal["transparent", "opaque", "auto"]] | NotGiven = NOT_GIVEN,
        input_fidelity: Optional[Literal["high", "low"]] | NotGiven = NOT_GIVEN,
        mask: Optional[FileTypes] | NotGiven = NOT_GIVEN,
        model: Optional[Union[str, ImageModel]] | NotGiven = NOT_GIVEN,
        n: Optional[int] | NotGiven = NOT_GIVEN,
        output_compression: Optional[int] | NotGiven = NOT_GIVEN,
        output_format: Optional[Literal["png", "jpeg", "webp"]] | NotGiven = NOT_GIVEN,
        partial_images: Optional[int] | NotGiven = NOT_GIVEN,
        quality: Optional[Literal["standard", "low", "medium", "high", "auto"]] | NotGiven = NOT_GIVEN,
        response_format: Optional[Literal["url", "b64_json"]] | NotGiven = NOT_GIVEN,
        size: (
            Optional[Union[str, Literal["256x256", "512x512", "1024x1024", "1536x1024", "1024x1536", "auto"]]]
            | NotGiven
        ) = NOT_GIVEN,
        user: Optional[str] | NotGiven = NOT_GIVEN,
        stream: Optional[Literal[False]] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ImagesResponse: ...

    @overload
    async def edit(
        self,
        *,
        image: Union[FileTypes, SequenceNotStr[FileTypes]],
        prompt: str,
        stream: Literal[True],
        background: Optional[Literal["transparent", "opaque", "auto"]] | NotGiven = NOT_GIVEN,
        input_fidelity: Optional[Literal["high", "low"]] | NotGiven = NOT_GIVEN,
        mask: Optional[FileTypes] | NotGiven = NOT_GIVEN,
        model: Optional[Union[str, ImageModel]] | NotGiven = NOT_GIVEN,
        n: Optional[int] | NotGiven = NOT_GIVEN,
        output_compression: Optional[int] | NotGiven = NOT_GIVEN,
        output_format: Optional[Literal["png", "jpeg", "webp"]] | NotGiven = NOT_GIVEN,
        partial_images: Optional[int] | NotGiven = NOT_GIVEN,
        quality: Optional[Literal["standard", "low", "medium", "high", "auto"]] | NotGiven = NOT_GIVEN,
        response_format: Optional[Literal["url", "b64_json"]] | NotGiven = NOT_GIVEN,
        size: (
            Optional[Union[str, Literal["256x256", "512x512", "1024x1024", "1536x1024", "1024x1536", "auto"]]]
            | NotGiven
        ) = NOT_GIVEN,
        user: Optional[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncStream[ImageEditStreamEvent]: ...

    @overload
    async def edit(
        self,
        *,
        image: Union[FileTypes, SequenceNotStr[FileTypes]],
        prompt: str,
        stream: bool,
        background: Optional[Literal["transparent", "opaque", "auto"]] | NotGiven = NOT_GIVEN,
        input_fidelity: Optional[Literal["high", "low"]] | NotGiven = NOT_GIVEN,
        mask: Optional[FileTypes] | NotGiven = NOT_GIVEN,
        model: Optional[Union[str, ImageModel]] | NotGiven = NOT_GIVEN,
        n: Optional[int] | NotGiven = NOT_GIVEN,
        output_compression: Optional[int] | NotGiven = NOT_GIVEN,
        output_format: Optional[Literal["png", "jpeg", "webp"]] | NotGiven = NOT_GIVEN,
        partial_images: Optional[int] | NotGiven = NOT_GIVEN,
        quality: Optional[Literal["standard", "low", "medium", "high", "auto"]] | NotGiven = NOT_GIVEN,
        response_format: Optional[Literal["url", "b64_json"]] | NotGiven = NOT_GIVEN,
        size: (
            Optional[Union[str, Literal["256x256", "512x512", "1024x1024", "1536x1024", "1024x1536", "auto"]]]
            | NotGiven
        ) = NOT_GIVEN,
        user: Optional[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ImagesResponse | AsyncStream[ImageEditStreamEvent]: ...

    async def edit(
        self,
        *,
        image: Union[FileTypes, SequenceNotStr[FileTypes]],
        prompt: str,
        background: Optional[Literal["transparent", "opaque", "auto"]] | NotGiven = NOT_GIVEN,
        input_fidelity: Optional[Literal["high", "low"]] | NotGiven = NOT_GIVEN,
        mask: Optional[FileTypes] | NotGiven = NOT_GIVEN,
        model: Optional[Union[str, ImageModel]] | NotGiven = NOT_GIVEN,
        n: Optional[int] | NotGiven = NOT_GIVEN,
        output_compression: Optional[int] | NotGiven = NOT_GIVEN,
        output_format: Optional[Literal["png", "jpeg", "webp"]] | NotGiven = NOT_GIVEN,
        partial_images: Optional[int] | NotGiven = NOT_GIVEN,
        quality: Optional[Literal["standard", "low", "medium", "high", "auto"]] | NotGiven = NOT_GIVEN,
        response_format: Optional[Literal["url", "b64_json"]] | NotGiven = NOT_GIVEN,
        size: (
            Optional[Union[str, Literal["256x256", "512x512", "1024x1024", "1536x1024", "1024x1536", "auto"]]]
            | NotGiven
        ) = NOT_GIVEN,
        user: Optional[str] | NotGiven = NOT_GIVEN,
        stream: Optional[Literal[False]] | Literal[True] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ImagesResponse | AsyncStream[ImageEditStreamEvent]:
        """Creates an edited or extended image given one or more source images and a prompt. This endpoint
        supports GPT Image models (`gpt-image-1.5`, `gpt-image-1`, `gpt-image-1-mini`, and
        `chatgpt-image-latest`) and `dall-e-2`.

        Args:
            image: The image(s) to edit. Must be a supported image file or an array of images. For the GPT
                image models (`gpt-image-1`, `gpt-image-1-mini`, `gpt-image-1.5`, `gpt-image-2`,
                `gpt-image-2-2026-04-21`, and `chatgpt-image-latest`), each image should be a `png`,
                `webp`, or `jpg` file less than 50MB. You can provide up to 16 images. For `dall-e-2`,
                you can only provide one image, and it should be a square `png` file less than 4MB.

            prompt: A text description of the desired image(s). The maximum length is 1000 characters for
                `dall-e-2`, and 32000 characters for the GPT image models.

            background: Allows to set transparency for the background of the generated image(s). This parameter
                is only supported for GPT image models that support transparent backgrounds. Must be one
                of `transparent`, `opaque`, or `auto` (default value). When `auto` is used, the model
                will automatically determine the best background for the image. `gpt-image-2` and
                `gpt-image-2-2026-04-21` do not support transparent backgrounds. Requests with
                `background` set to `transparent` will return an error for these models; use `opaque` or
                `auto` instead. If `transparent`, the output format needs to support transparency, so it
                should be set to either `png` (default value) or `webp`.

            input_fidelity: Control how much effort the model will exert to match the style and features, especially
                facial features, of input images. This parameter is only supported for `gpt-image-1` and
                `gpt-image-1.5` and later models, unsupported for `gpt-image-1-mini`. Supports `high`
                and `low`. Defaults to `low`.

            mask: An additional image whose fully transparent areas (e.g. where alpha is zero) indicate
                where `image` should be edited. If there are multiple images provided, the mask will be
                applied on the first image. Must be a valid PNG file, less than 4MB, and have the same
                dimensions as `image`.

            model: The model to use for image generation. One of `dall-e-2` or a GPT image model
                (`gpt-image-1`, `gpt-image-1-mini`, `gpt-image-1.5`, `gpt-image-2`,
                `gpt-image-2-2026-04-21`, or `chatgpt-image-latest`). Defaults to `gpt-image-1.5`.

            n: The number of images to generate. Must be between 1 and 10.

            output_compression: The compression level (0-100%) for the generated images. This parameter is only
                supported for the GPT image models with the `webp` or `jpeg` output formats, and
                defaults to 100.

            output_format: The format in which the generated images are returned. This parameter is only supported
                for the GPT image models. Must be one of `png`, `jpeg`, or `webp`. The default value is
                `png`.

            partial_images: The number of partial images to generate. This parameter is used for streaming responses
                that return partial images. Value must be between 0 and 3. When set to 0, the response
                will be a single image sent in one streaming event. Note that the final image may be
                sent before the full number of partial images are generated if the full image is
                generated more quickly.

            quality: The quality of the image that will be generated for GPT image models. Defaults to
                `auto`.

            response_format: The format in which the generated images are returned. Must be one of `url` or
                `b64_json`. URLs are only valid for 60 minutes after the image has been generated. This
                parameter is only supported for `dall-e-2` (default is `url` for `dall-e-2`), as GPT
                image models always return base64-encoded images.

            size: The size of the generated images. For `gpt-image-2` and `gpt-image-2-2026-04-21`,
                arbitrary resolutions are supported as `WIDTHxHEIGHT` strings, for example `1536x864`.
                Width and height must both be divisible by 16 and the requested aspect ratio must be
                between 1:3 and 3:1. Resolutions above `2560x1440` are experimental, and the maximum
                supported resolution is `3840x2160`. The standard sizes `1024x1024`, `1536x1024`, and
                `1024x1536` are supported by the GPT image models; `auto` is supported for models that
                allow automatic sizing. For `dall-e-2`, use one of `256x256`, `512x512`, or `1024x1024`.

            user: A unique identifier representing your end-user, which can help OpenAI to monitor and
                detect abuse.

            extra_headers: Send extra headers

            extra_query: Add additional query parameters to the request

            extra_body: Add additional JSON properties to the request

            timeout: Override the client-level default timeout for this request, in seconds"""

        from .._streaming import AsyncStream
        from ..types.image_edit_stream_event import ImageEditStreamEvent
        from ..types.images_response import ImagesResponse

        return await self._client.request(
            operation("images.edit"),
            {
                "image": image,
                "prompt": prompt,
                "background": background,
                "input_fidelity": input_fidelity,
                "mask": mask,
                "model": model,
                "n": n,
                "output_compression": output_compression,
                "output_format": output_format,
                "partial_images": partial_images,
                "quality": quality,
                "response_format": response_format,
                "size": size,
                "user": user,
                "stream": stream,
            },
            cast_to=ImagesResponse,
            stream_cls=AsyncStream[ImageEditStreamEvent],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    @overload
    async def generate(
        self,
        *,
        prompt: str,
        background: Optional[Literal["transparent", "opaque", "auto"]] | NotGiven = NOT_GIVEN,
        model: Optional[Union[str, ImageModel]] | NotGiven = NOT_GIVEN,
        moderation: Optional[Literal["low", "auto"]] | NotGiven = NOT_GIVEN,
        n: Optional[int] | NotGiven = NOT_GIVEN,
        output_compression: Optional[int] | NotGiven = NOT_GIVEN,
        output_format: Optional[Literal["png", "jpeg", "webp"]] | NotGiven = NOT_GIVEN,
        partial_images: Optional[int] | NotGiven = NOT_GIVEN,
        quality: Optional[Literal["standard", "hd", "low", "medium", "high", "auto"]] | NotGiven = NOT_GIVEN,
        response_format: Optional[Literal["url", "b64_json"]] | NotGiven = NOT_GIVEN,
        size: (
            Optional[
                Union[
                    str,
                    Literal[
                        "auto", "1024x1024", "1536x1024", "1024x1536", "256x256", "512x512", "1792x1024", "1024x1792"
                    ],
                ]
            ]
            | NotGiven
        ) = NOT_GIVEN,
        style: Optional[Literal["vivid", "natural"]] | NotGiven = NOT_GIVEN,
        user: Optional[str] | NotGiven = NOT_GIVEN,
        stream: Optional[Literal[False]] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ImagesResponse: ...

    @overload
    async def generate(
        self,
        *,
        prompt: str,
        stream: Literal[True],
        background: Optional[Literal["transparent", "opaque", "auto"]] | NotGiven = NOT_GIVEN,
        model: Optional[Union[str, ImageModel]] | NotGiven = NOT_GIVEN,
        moderation: Optional[Literal["low", "auto"]] | NotGiven = NOT_GIVEN,
        n: Optional[int] | NotGiven = NOT_GIVEN,
        output_compression: Optional[int] | NotGiven = NOT_GIVEN,
        output_format: Optional[Literal["png", "jpeg", "webp"]] | NotGiven = NOT_GIVEN,
        partial_images: Optional[int] | NotGiven = NOT_GIVEN,
        quality: Optional[Literal["standard", "hd", "low", "medium", "high", "auto"]] | NotGiven = NOT_GIVEN,
        response_format: Optional[Literal["url", "b64_json"]] | NotGiven = NOT_GIVEN,
        size: (
            Optional[
                Union[
                    str,
                    Literal[
                        "auto", "1024x1024", "1536x1024", "1024x1536", "256x256", "512x512", "1792x1024", "1024x1792"
                    ],
                ]
            ]
            | NotGiven
        ) = NOT_GIVEN,
        style: Optional[Literal["vivid", "natural"]] | NotGiven = NOT_GIVEN,
        user: Optional[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncStream[ImageGenStreamEvent]: ...

    @overload
    async def generate(
        self,
        *,
        prompt: str,
        stream: bool,
        background: Optional[Literal["transparent", "opaque", "auto"]] | NotGiven = NOT_GIVEN,
        model: Optional[Union[str, ImageModel]] | NotGiven = NOT_GIVEN,
        moderation: Optional[Literal["low", "auto"]] | NotGiven = NOT_GIVEN,
        n: Optional[int] | NotGiven = NOT_GIVEN,
        output_compression: Optional[int] | NotGiven = NOT_GIVEN,
        output_format: Optional[Literal["png", "jpeg", "webp"]] | NotGiven = NOT_GIVEN,
        partial_images: Optional[int] | NotGiven = NOT_GIVEN,
        quality: Optional[Literal["standard", "hd", "low", "medium", "high", "auto"]] | NotGiven = NOT_GIVEN,
        response_format: Optional[Literal["url", "b64_json"]] | NotGiven = NOT_GIVEN,
        size: (
            Optional[
                Union[
                    str,
                    Literal[
                        "auto", "1024x1024", "1536x1024", "1024x1536", "256x256", "512x512", "1792x1024", "1024x1792"
                    ],
                ]
            ]
            | NotGiven
        ) = NOT_GIVEN,
        style: Optional[Literal["vivid", "natural"]] | NotGiven = NOT_GIVEN,
        user: Optional[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ImagesResponse | AsyncStream[ImageGenStreamEvent]: ...

    async def generate(
        self,
        *,
        prompt: str,
        background: Optional[Literal["transparent", "opaque", "auto"]] | NotGiven = NOT_GIVEN,
        model: Optional[Union[str, ImageModel]] | NotGiven = NOT_GIVEN,
        moderation: Optional[Literal["low", "auto"]] | NotGiven = NOT_GIVEN,
        n: Optional[int] | NotGiven = NOT_GIVEN,
        output_compression: Optional[int] | NotGiven = NOT_GIVEN,
        output_format: Optional[Literal["png", "jpeg", "webp"]] | NotGiven = NOT_GIVEN,
        partial_images: Optional[int] | NotGiven = NOT_GIVEN,
        quality: Optional[Literal["standard", "hd", "low", "medium", "high", "auto"]] | NotGiven = NOT_GIVEN,
        response_format: Optional[Literal["url", "b64_json"]] | NotGiven = NOT_GIVEN,
        size: (
            Optional[
                Union[
                    str,
                    Literal[
                        "auto", "1024x1024", "1536x1024", "1024x1536", "256x256", "512x512", "1792x1024", "1024x1792"
                    ],
                ]
            ]
            | NotGiven
        ) = NOT_GIVEN,
        style: Optional[Literal["vivid", "natural"]] | NotGiven = NOT_GIVEN,
        user: Optional[str] | NotGiven = NOT_GIVEN,
        stream: Optional[Literal[False]] | Literal[True] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ImagesResponse | AsyncStream[ImageGenStreamEvent]:
        """Creates an image given a prompt.

        Args:
            prompt: A text description of the desired image(s). The maximum length is 32000 characters for
                the GPT image models, 1000 characters for `dall-e-2` and 4000 characters for `dall-e-3`.

            background: Allows to set transparency for the background of the generated image(s). This parameter
                is only supported for GPT image models that support transparent backgrounds. Must be one
                of `transparent`, `opaque`, or `auto` (default value). When `auto` is used, the model
                will automatically determine the best background for the image. `gpt-image-2` and
                `gpt-image-2-2026-04-21` do not support transparent backgrounds. Requests with
                `background` set to `transparent` will return an error for these models; use `opaque` or
                `auto` instead. If `transparent`, the output format needs to support transparency, so it
                should be set to either `png` (default value) or `webp`.

            model: The model to use for image generation. One of `dall-e-2`, `dall-e-3`, or a GPT image
                model (`gpt-image-1`, `gpt-image-1-mini`, `gpt-image-1.5`, `gpt-image-2`, or
                `gpt-image-2-2026-04-21`). Defaults to `dall-e-2` unless a parameter specific to the GPT
                image models is used.

            moderation: Control the content-moderation level for images generated by the GPT image models. Must
                be either `low` for less restrictive filtering or `auto` (default value).

            n: The number of images to generate. Must be between 1 and 10. For `dall-e-3`, only `n=1`
                is supported.

            output_compression: The compression level (0-100%) for the generated images. This parameter is only
                supported for the GPT image models with the `webp` or `jpeg` output formats, and
                defaults to 100.

            output_format: The format in which the generated images are returned. This parameter is only supported
                for the GPT image models. Must be one of `png`, `jpeg`, or `webp`; the API uses `png`
                when it is not given.

            partial_images: The number of partial images to generate. This parameter is used for streaming responses
                that return partial images. Value must be between 0 and 3. When set to 0, the response
                will be a single image sent in one streaming event. Note that the final image may be
                sent before the full number of partial images are generated if the full image is
                generated more quickly.

            quality: The quality of the image that will be generated. `auto` (default value) will
                automatically select the best quality for the given model. `high`, `medium` and `low`
                are supported for the GPT image models. `hd` and `standard` are supported for
                `dall-e-3`. `standard` is the only option for `dall-e-2`.

            response_format: The format in which generated images with `dall-e-2` and `dall-e-3` are returned. Must
                be one of `url` or `b64_json`. URLs are only valid for 60 minutes after the image has
                been generated. This parameter isn't supported for the GPT image models, which always
                return base64-encoded images.

            size: The size of the generated images. For `gpt-image-2` and `gpt-image-2-2026-04-21`,
                arbitrary resolutions are supported as `WIDTHxHEIGHT` strings, for example `1536x864`.
                Width and height must both be divisible by 16 and the requested aspect ratio must be
                between 1:3 and 3:1. Resolutions above `2560x1440` are experimental, and the maximum
                supported resolution is `3840x2160`. The standard sizes `1024x1024`, `1536x1024`, and
                `1024x1536` are supported by the GPT image models; `auto` is supported for models that
                allow automatic sizing. For `dall-e-2`, use one of `256x256`, `512x512`, or `1024x1024`.
                For `dall-e-3`, use one of `1024x1024`, `1792x1024`, or `1024x1792`.

            style: The style of the generated images. This parameter is only supported for `dall-e-3`. Must
                be one of `vivid` or `natural`. Vivid causes the model to lean towards generating
                hyper-real and dramatic images. Natural causes the model to produce more natural, less
                hyper-real looking images.

            user: A unique identifier representing your end-user, which can help OpenAI to monitor and
                detect abuse.

            extra_headers: Send extra headers

            extra_query: Add additional query parameters to the request

            extra_body: Add additional JSON properties to the request

            timeout: Override the client-level default timeout for this request, in seconds"""

        from .._streaming import AsyncStream
        from ..types.image_gen_stream_event import ImageGenStreamEvent
        from ..types.images_response import ImagesResponse

        return await self._client.request(
            operation("images.generate"),
            {
                "prompt": prompt,
                "background": background,
                "model": model,
                "moderation": moderation,
                "n": n,
                "output_compression": output_compression,
                "output_format": output_format,
                "partial_images": partial_images,
                "quality": quality,
                "response_format": response_format,
                "size": size,
                "style": style,
                "user": user,
                "stream": stream,
            },
            cast_to=ImagesResponse,
            stream_cls=AsyncStream[ImageGenStreamEvent],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class ImagesWithRawResponse:
    def __init__(self, resource: Images) -> None:
        self.create_variation = to_raw_response_wrapper(resource.create_variation)
        self.edit = to_raw_response_wrapper(resource.edit)
        self.generate = to_raw_response_wrapper(resource.generate)


class AsyncImagesWithRawResponse:
    def __init__(self, resource: AsyncImages) -> None:
        self.create_variation = async_to_raw_response_wrapper(resource.create_variation)
        self.edit = async_to_raw_response_wrapper(resource.edit)
        self.generate = async_to_raw_response_wrapper(resource.generate)


class ImagesWithStreamingResponse:
    def __init__(self, resource: Images) -> None:
        self.create_variation = to_streamed_response_wrapper(resource.create_variation)
        self.edit = to_streamed_response_wrapper(resource.edit)
        self.generate = to_streamed_response_wrapper(resource.generate)


class AsyncImagesWithStreamingResponse:
    def __init__(self, resource: AsyncImages) -> None:
        self.create_variation = async_to_streamed_response_wrapper(resource.create_variation)
        self.edit = async_to_streamed_response_wrapper(resource.edit)
        self.generate = async_to_streamed_response_wrapper(resource.generate)
