# File generated from spec.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.


from typing import Union

from pydantic import Field as FieldInfo
from typing_extensions import Annotated, TypeAlias

from .any_one import AnyOne
from .foo_bar import FooBar
from .foo_bar_2 import Foo_Bar

__all__ = [
    "Either",
]

Either: TypeAlias = Annotated[Union[FooBar, Foo_Bar, AnyOne], FieldInfo(discriminator="x")]
