# File generated from spec.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.

"""What each operation sends and the constraints the spec puts on its params (read by _validation)."""

from ._validation import Check, Condition, FieldSpec, Operation, Rule

CLASS_DEL = Operation(
    name="class.del",
    method="POST",
    path="/del",
    body="multipart",
    stream_param="",
    fields={
        "file": FieldSpec(kinds=("file",), required=True),
        "lambda": FieldSpec(kinds=("string",)),
    },
    rules=(),
)

CLASS_IMPORT = Operation(
    name="class.import",
    method="POST",
    path="/import",
    body="json",
    stream_param="stream",
    fields={
        "1st": FieldSpec(kinds=("integer",), minimum=1, maximum=3),
        "class": FieldSpec(
            kinds=("string",),
            enum=(
                "1024x1024",
                "auto",
                "a-b",
                "a_b",
                "None",
                "true",
                "class",
            ),
        ),
        "extra_headers": FieldSpec(kinds=("string",)),
        "from": FieldSpec(kinds=("string",), required=True),
        "stream": FieldSpec(kinds=("boolean",)),
        "timeout": FieldSpec(kinds=("number",), minimum=0),
        "type": FieldSpec(
            kinds=("string",),
            enum=(
                "from",
                "import",
            ),
            open=True,
        ),
    },
    rules=(
        Rule(
            id="class-rule",
            message="",
            when=(Condition(param="class", values=("1024x1024",), negate=False, label=""),),
            then=(Check(param="1st", maximum=1),),
        ),
    ),
)
