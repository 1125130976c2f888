# File generated from spec.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.

"""What each operation sends and the constraints the spec puts on its params (read by _validation)."""

from ._validation import FieldSpec, Operation

DRAWINGS_CREATE = Operation(
    name="drawings.create",
    method="POST",
    path="/drawings",
    body="json",
    stream_param="",
    fields={
        "color": FieldSpec(
            kinds=("string",),
            enum=(
                "red",
                "green",
                "blue",
            ),
        ),
        "grid": FieldSpec(kinds=("array",), items=FieldSpec(kinds=("array",), items=FieldSpec(kinds=("integer",)))),
        "id": FieldSpec(kinds=("string",), required=True, min_length=1, max_length=64),
        "shapes": FieldSpec(kinds=("array",), items=FieldSpec(kinds=("object",)), max_items=100),
        "style": FieldSpec(kinds=("object",)),
    },
    rules=(),
)
