# File generated from images.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.

"""What each operation sends and the constraints the spec puts on its params (read by _validation)."""

from ._validation import Check, Condition, Dimensions, FieldSpec, Operation, Rule

IMAGES_CREATE_VARIATION = Operation(
    name="images.create_variation",
    method="POST",
    path="/images/variations",
    body="multipart",
    stream_param="",
    fields={
        "image": FieldSpec(kinds=("file",), required=True),
        "model": FieldSpec(
            kinds=("string",),
            enum=(
                "gpt-image-1.5",
                "dall-e-2",
                "dall-e-3",
                "gpt-image-1",
                "gpt-image-1-mini",
                "gpt-image-2",
                "gpt-image-2-2026-04-21",
                "chatgpt-image-latest",
            ),
            open=True,
        ),
        "n": FieldSpec(kinds=("integer",), minimum=1, maximum=10),
        "response_format": FieldSpec(
            kinds=("string",),
            enum=(
                "url",
                "b64_json",
            ),
        ),
        "size": FieldSpec(
            kinds=("string",),
            enum=(
                "256x256",
                "512x512",
                "1024x1024",
            ),
        ),
        "user": FieldSpec(kinds=("string",)),
    },
    rules=(
        Rule(
            id="variation-dall-e-2-only",
            message="Only dall-e-2 is supported for variations at this time.",
            when=(),
            then=(
                Check(
                    param="model",
                    disallowed=(
                        "dall-e-3",
                        "gpt-image-1",
                        "gpt-image-1-mini",
                        "gpt-image-1.5",
                        "gpt-image-2",
                        "gpt-image-2-2026-04-21",
                        "chatgpt-image-latest",
                    ),
                ),
            ),
        ),
    ),
)

IMAGES_EDIT = Operation(
    name="images.edit",
    method="POST",
    path="/images/edits",
    body="multipart",
    stream_param="stream",
    fields={
        "background": FieldSpec(
            kinds=("string",),
            enum=(
                "transparent",
                "opaque",
                "auto",
            ),
        ),
        "image": FieldSpec(
            kinds=(
                "file",
                "array",
            ),
            required=True,
            items=FieldSpec(kinds=("file",)),
            min_items=1,
            max_items=16,
        ),
        "input_fidelity": FieldSpec(
            kinds=("string",),
            enum=(
                "high",
                "low",
            ),
        ),
        "mask": FieldSpec(kinds=("file",)),
        "model": FieldSpec(
            kinds=("string",),
            enum=(
                "gpt-image-1.5",
                "dall-e-2",
                "dall-e-3",
                "gpt-image-1",
                "gpt-image-1-mini",
                "gpt-image-2",
                "gpt-image-2-2026-04-21",
                "chatgpt-image-latest",
            ),
            open=True,
        ),
        "n": FieldSpec(kinds=("integer",), minimum=1, maximum=10),
        "output_compression": FieldSpec(kinds=("integer",), minimum=0, maximum=100),
        "output_format": FieldSpec(
            kinds=("string",),
            enum=(
                "png",
                "jpeg",
                "webp",
            ),
        ),
        "partial_images": FieldSpec(kinds=("integer",), minimum=0, maximum=3),
        "prompt": FieldSpec(kinds=("string",), required=True, max_length=32000),
        "quality": FieldSpec(
            kinds=("string",),
            enum=(
                "standard",
                "low",
                "medium",
                "high",
                "auto",
            ),
        ),
        "response_format": FieldSpec(
            kinds=("string",),
            enum=(
                "url",
                "b64_json",
            ),
        ),
        "size": FieldSpec(
            kinds=("string",),
            enum=(
                "256x256",
                "512x512",
                "1024x1024",
                "1536x1024",
                "1024x1536",
                "auto",
            ),
            open=True,
        ),
        "stream": FieldSpec(kinds=("boolean",)),
        "user": FieldSpec(kinds=("string",)),
    },
    rules=(
        Rule(
            id="edit-models",
            message="The edit endpoint supports dall-e-2 and the GPT image models.",
            when=(),
            then=(Check(param="model", disallowed=("dall-e-3",)),),
        ),
        Rule(
            id="prompt-length-dall-e-2",
            message="",
            when=(Condition(param="model", values=("dall-e-2",), negate=False, label=""),),
            then=(Check(param="prompt", max_length=1000),),
        ),
        Rule(
            id="one-image-dall-e-2",
            message="For dall-e-2, you can only provide one image.",
            when=(Condition(param="model", values=("dall-e-2",), negate=False, label=""),),
            then=(Check(param="image", max_items=1),),
        ),
        Rule(
            id="gpt-image-only-params",
            message="background, output_compression, output_format, partial_images and stream are only supported for the GPT image models.",
            when=(Condition(param="model", values=("dall-e-2",), negate=False, label=""),),
            then=(
                Check(param="background", forbidden=True),
                Check(param="output_compression", forbidden=True),
                Check(param="output_format", forbidden=True),
                Check(param="partial_images", forbidden=True),
                Check(param="stream", forbidden=True),
            ),
        ),
        Rule(
            id="input-fidelity-models",
            message="input_fidelity is only supported for gpt-image-1, gpt-image-1.5 and later models (not gpt-image-1-mini).",
            when=(
                Condition(
                    param="model",
                    values=(
                        "dall-e-2",
                        "dall-e-3",
                        "gpt-image-1-mini",
                    ),
                    negate=False,
                    label="the models without input fidelity control",
                ),
            ),
            then=(Check(param="input_fidelity", forbidden=True),),
        ),
        Rule(
            id="no-transparent-background-gpt-image-2",
            message="gpt-image-2 models do not support transparent backgrounds; use opaque or auto.",
            when=(
                Condition(
                    param="model",
                    values=(
                        "gpt-image-2",
                        "gpt-image-2-2026-04-21",
                    ),
                    negate=False,
                    label="the gpt-image-2 models",
                ),
            ),
            then=(Check(param="background", disallowed=("transparent",)),),
        ),
        Rule(
            id="transparent-needs-alpha-format",
            message="A transparent background needs an output format with transparency (png or webp).",
            when=(Condition(param="background", values=("transparent",), negate=False, label=""),),
            then=(
                Check(
                    param="output_format",
                    allowed=(
                        "png",
                        "webp",
                    ),
                ),
            ),
        ),
        Rule(
            id="compression-needs-lossy-format",
            message="output_compression is only supported with the webp or jpeg output formats.",
            when=(Condition(param="output_format", values=("png",), negate=False, label=""),),
            then=(Check(param="output_compression", forbidden=True),),
        ),
        Rule(
            id="response-format-dall-e-2-only",
            message="response_format is only supported for dall-e-2, as GPT image models always return base64-encoded images.",
            when=(
                Condition(
                    param="model",
                    values=(
                        "gpt-image-1",
                        "gpt-image-1-mini",
                        "gpt-image-1.5",
                        "gpt-image-2",
                        "gpt-image-2-2026-04-21",
                        "chatgpt-image-latest",
                    ),
                    negate=False,
                    label="the GPT image models",
                ),
            ),
            then=(Check(param="response_format", forbidden=True),),
        ),
        Rule(
            id="quality-dall-e-2",
            message="dall-e-2 only supports standard quality.",
            when=(Condition(param="model", values=("dall-e-2",), negate=False, label=""),),
            then=(
                Check(
                    param="quality",
                    allowed=(
                        "standard",
                        "auto",
                    ),
                ),
            ),
        ),
        Rule(
            id="quality-gpt-image",
            message="the GPT image models support high, medium and low quality.",
            when=(
                Condition(
                    param="model",
                    values=(
                        "gpt-image-1",
                        "gpt-image-1-mini",
                        "gpt-image-1.5",
                        "gpt-image-2",
                        "gpt-image-2-2026-04-21",
                        "chatgpt-image-latest",
                    ),
                    negate=False,
                    label="the GPT image models",
                ),
            ),
            then=(
                Check(
                    param="quality",
                    allowed=(
                        "high",
                        "medium",
                        "low",
                        "auto",
                    ),
                ),
            ),
        ),
        Rule(
            id="size-dall-e-2",
            message="",
            when=(Condition(param="model", values=("dall-e-2",), negate=False, label=""),),
            then=(
                Check(
                    param="size",
                    allowed=(
                        "256x256",
                        "512x512",
                        "1024x1024",
                    ),
                ),
            ),
        ),
        Rule(
            id="size-gpt-image",
            message="",
            when=(
                Condition(
                    param="model",
                    values=(
                        "gpt-image-1",
                        "gpt-image-1-mini",
                        "gpt-image-1.5",
                        "chatgpt-image-latest",
                    ),
                    negate=False,
                    label="the GPT image models with standard sizes only",
                ),
            ),
            then=(
                Check(
                    param="size",
                    allowed=(
                        "auto",
                        "1024x1024",
                        "1536x1024",
                        "1024x1536",
                    ),
                ),
            ),
        ),
        Rule(
            id="size-gpt-image-2",
            message="gpt-image-2 sizes are auto, a standard size, or WIDTHxHEIGHT with both sides divisible by 16, an aspect ratio between 1:3 and 3:1, and at most 3840x2160.",
            when=(
                Condition(
                    param="model",
                    values=(
                        "gpt-image-2",
                        "gpt-image-2-2026-04-21",
                    ),
                    negate=False,
                    label="the gpt-image-2 models",
                ),
            ),
            then=(
                Check(
                    param="size",
                    allowed=(
                        "auto",
                        "1024x1024",
                        "1536x1024",
                        "1024x1536",
                    ),
                    dimensions=Dimensions(multiple_of=16, max_aspect_ratio=3, max_long_edge=3840, max_short_edge=2160),
                ),
            ),
        ),
    ),
)

IMAGES_GENERATE = Operation(
    name="images.generate",
    method="POST",
    path="/images/generations",
    body="json",
    stream_param="stream",
    fields={
        "background": FieldSpec(
            kinds=("string",),
            enum=(
                "transparent",
                "opaque",
                "auto",
            ),
        ),
        "model": FieldSpec(
            kinds=("string",),
            enum=(
                "gpt-image-1.5",
                "dall-e-2",
                "dall-e-3",
                "gpt-image-1",
                "gpt-image-1-mini",
                "gpt-image-2",
                "gpt-image-2-2026-04-21",
                "chatgpt-image-latest",
            ),
            open=True,
        ),
        "moderation": FieldSpec(
            kinds=("string",),
            enum=(
                "low",
                "auto",
            ),
        ),
        "n": FieldSpec(kinds=("integer",), minimum=1, maximum=10),
        "output_compression": FieldSpec(kinds=("integer",), minimum=0, maximum=100),
        "output_format": FieldSpec(
            kinds=("string",),
            enum=(
                "png",
                "jpeg",
                "webp",
            ),
        ),
        "partial_images": FieldSpec(kinds=("integer",), minimum=0, maximum=3),
        "prompt": FieldSpec(kinds=("string",), required=True, max_length=32000),
        "quality": FieldSpec(
            kinds=("string",),
            enum=(
                "standard",
                "hd",
                "low",
                "medium",
                "high",
                "auto",
            ),
        ),
        "response_format": FieldSpec(
            kinds=("string",),
            enum=(
                "url",
                "b64_json",
            ),
        ),
        "size": FieldSpec(
            kinds=("string",),
            enum=(
                "auto",
                "1024x1024",
                "1536x1024",
                "1024x1536",
                "256x256",
                "512x512",
                "1792x1024",
                "1024x1792",
            ),
            open=True,
        ),
        "stream": FieldSpec(kinds=("boolean",)),
        "style": FieldSpec(
            kinds=("string",),
            enum=(
                "vivid",
                "natural",
            ),
        ),
        "user": FieldSpec(kinds=("string",)),
    },
    rules=(
        Rule(
            id="prompt-length-dall-e-2",
            message="",
            when=(Condition(param="model", values=("dall-e-2",), negate=False, label=""),),
            then=(Check(param="prompt", max_length=1000),),
        ),
        Rule(
            id="prompt-length-dall-e-3",
            message="",
            when=(Condition(param="model", values=("dall-e-3",), negate=False, label=""),),
            then=(Check(param="prompt", max_length=4000),),
        ),
        Rule(
            id="n-dall-e-3",
            message="For dall-e-3, only n=1 is supported.",
            when=(Condition(param="model", values=("dall-e-3",), negate=False, label=""),),
            then=(Check(param="n", maximum=1),),
        ),
        Rule(
            id="style-dall-e-3-only",
            message="style is only supported for dall-e-3.",
            when=(
                Condition(
                    param="model",
                    values=(
                        "dall-e-2",
                        "gpt-image-1",
                        "gpt-image-1-mini",
                        "gpt-image-1.5",
                        "gpt-image-2",
                        "gpt-image-2-2026-04-21",
                        "chatgpt-image-latest",
                    ),
                    negate=False,
                    label="the models other than dall-e-3",
                ),
            ),
            then=(Check(param="style", forbidden=True),),
        ),
        Rule(
            id="gpt-image-only-params",
            message="background, moderation, output_compression, output_format and stream are only supported for the GPT image models.",
            when=(
                Condition(
                    param="model",
                    values=(
                        "dall-e-2",
                        "dall-e-3",
                    ),
                    negate=False,
                    label="the DALL-E models",
                ),
            ),
            then=(
                Check(param="background", forbidden=True),
                Check(param="moderation", forbidden=True),
                Check(param="output_compression", forbidden=True),
                Check(param="output_format", forbidden=True),
                Check(param="partial_images", forbidden=True),
                Check(param="stream", forbidden=True),
            ),
        ),
        Rule(
            id="no-transparent-background-gpt-image-2",
            message="gpt-image-2 models do not support transparent backgrounds; use opaque or auto.",
            when=(
                Condition(
                    param="model",
                    values=(
                        "gpt-image-2",
                        "gpt-image-2-2026-04-21",
                    ),
                    negate=False,
                    label="the gpt-image-2 models",
                ),
            ),
            then=(Check(param="background", disallowed=("transparent",)),),
        ),
        Rule(
            id="transparent-needs-alpha-format",
            message="A transparent background needs an output format with transparency (png or webp).",
            when=(Condition(param="background", values=("transparent",), negate=False, label=""),),
            then=(
                Check(
                    param="output_format",
                    allowed=(
                        "png",
                        "webp",
                    ),
                ),
            ),
        ),
        Rule(
            id="compression-needs-lossy-format",
            message="output_compression is only supported with the webp or jpeg output formats.",
            when=(Condition(param="output_format", values=("png",), negate=False, label=""),),
            then=(Check(param="output_compression", forbidden=True),),
        ),
        Rule(
            id="response-format-dall-e-only",
            message="response_format isn't supported for the GPT image models, which always return base64-encoded images.",
            when=(
                Condition(
                    param="model",
                    values=(
                        "gpt-image-1",
                        "gpt-image-1-mini",
                        "gpt-image-1.5",
                        "gpt-image-2",
                        "gpt-image-2-2026-04-21",
                        "chatgpt-image-latest",
                    ),
                    negate=False,
                    label="the GPT image models",
                ),
            ),
            then=(Check(param="response_format", forbidden=True),),
        ),
        Rule(
            id="quality-dall-e-2",
            message="standard is the only quality for dall-e-2.",
            when=(Condition(param="model", values=("dall-e-2",), negate=False, label=""),),
            then=(
                Check(
                    param="quality",
                    allowed=(
                        "standard",
                        "auto",
                    ),
                ),
            ),
        ),
        Rule(
            id="quality-dall-e-3",
            message="dall-e-3 supports hd and standard quality.",
            when=(Condition(param="model", values=("dall-e-3",), negate=False, label=""),),
            then=(
                Check(
                    param="quality",
                    allowed=(
                        "hd",
                        "standard",
                        "auto",
                    ),
                ),
            ),
        ),
        Rule(
            id="quality-gpt-image",
            message="the GPT image models support high, medium and low quality.",
            when=(
                Condition(
                    param="model",
                    values=(
                        "gpt-image-1",
                        "gpt-image-1-mini",
                        "gpt-image-1.5",
                        "gpt-image-2",
                        "gpt-image-2-2026-04-21",
                        "chatgpt-image-latest",
                    ),
                    negate=False,
                    label="the GPT image models",
                ),
            ),
            then=(
                Check(
                    param="quality",
                    allowed=(
                        "high",
                        "medium",
                        "low",
                        "auto",
                    ),
                ),
            ),
        ),
        Rule(
            id="size-dall-e-2",
            message="",
            when=(Condition(param="model", values=("dall-e-2",), negate=False, label=""),),
            then=(
                Check(
                    param="size",
                    allowed=(
                        "256x256",
                        "512x512",
                        "1024x1024",
                    ),
                ),
            ),
        ),
        Rule(
            id="size-dall-e-3",
            message="",
            when=(Condition(param="model", values=("dall-e-3",), negate=False, label=""),),
            then=(
                Check(
                    param="size",
                    allowed=(
                        "1024x1024",
                        "1792x1024",
                        "1024x1792",
                    ),
                ),
            ),
        ),
        Rule(
            id="size-gpt-image",
            message="",
            when=(
                Condition(
                    param="model",
                    values=(
                        "gpt-image-1",
                        "gpt-image-1-mini",
                        "gpt-image-1.5",
                        "chatgpt-image-latest",
                    ),
                    negate=False,
                    label="the GPT image models with standard sizes only",
                ),
            ),
            then=(
                Check(
                    param="size",
                    allowed=(
                        "auto",
                        "1024x1024",
                        "1536x1024",
                        "1024x1536",
                    ),
                ),
            ),
        ),
        Rule(
            id="size-gpt-image-2",
            message="gpt-image-2 sizes are auto, a standard size, or WIDTHxHEIGHT with both sides divisible by 16, an aspect ratio between 1:3 and 3:1, and at most 3840x2160.",
            when=(
                Condition(
                    param="model",
                    values=(
                        "gpt-image-2",
                        "gpt-image-2-2026-04-21",
                    ),
                    negate=False,
                    label="the gpt-image-2 models",
                ),
            ),
            then=(
                Check(
                    param="size",
                    allowed=(
                        "auto",
                        "1024x1024",
                        "1536x1024",
                        "1024x1536",
                    ),
                    dimensions=Dimensions(multiple_of=16, max_aspect_ratio=3, max_long_edge=3840, max_short_edge=2160),
                ),
            ),
        ),
    ),
)
