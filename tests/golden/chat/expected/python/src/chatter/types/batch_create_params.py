# File generated from spec.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.


from typing import Iterable

from typing_extensions import Required, TypedDict

from .batch_request_param import BatchRequestParam

__all__ = [
    "BatchCreateParams",
]


class BatchCreateParams(TypedDict, total=False):
    requests: Required[Iterable[BatchRequestParam]]
