# File generated from spec.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.


from datetime import date
from typing import Optional, Union

from typing_extensions import Required, TypedDict

__all__ = [
    "AuthorParam",
]


class AuthorParam(TypedDict, total=False):
    """A person who wrote books."""

    name: Required[str]

    born: Optional[Union[str, date]]
