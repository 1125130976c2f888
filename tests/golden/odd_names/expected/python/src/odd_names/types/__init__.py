# File generated from spec.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.

"""The API's types. Each loads on first use, so importing the package stays fast."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .any_one import AnyOne as AnyOne
    from .class_ import class_ as class_
    from .either import Either as Either
    from .foo_bar import FooBar as FooBar
    from .foo_bar_2 import Foo_Bar as Foo_Bar
    from .klass_delete_params import KlassDeleteParams as KlassDeleteParams
    from .klass_import_params import KlassImportParams as KlassImportParams
    from .klass_import_params_2 import KlassImportParams_2 as KlassImportParams_2
    from .model_get_params import ModelGetParams as ModelGetParams
    from .none import None_ as None_
    from .type import type_ as type_

__all__ = [
    "AnyOne",
    "Either",
    "FooBar",
    "Foo_Bar",
    "KlassDeleteParams",
    "KlassImportParams",
    "KlassImportParams_2",
    "ModelGetParams",
    "None_",
    "class_",
    "type_",
]

_LAZY = {
    "AnyOne": ".any_one",
    "Either": ".either",
    "FooBar": ".foo_bar",
    "Foo_Bar": ".foo_bar_2",
    "KlassDeleteParams": ".klass_delete_params",
    "KlassImportParams": ".klass_import_params",
    "KlassImportParams_2": ".klass_import_params_2",
    "ModelGetParams": ".model_get_params",
    "None_": ".none",
    "class_": ".class_",
    "type_": ".type",
}


if not TYPE_CHECKING:  # type checkers see the imports above: a misspelled name is an error, not Any

    def __getattr__(name: str) -> Any:
        module = _LAZY.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        if module == ".":
            value: Any = importlib.import_module(f"{__name__}.{name}")
        else:
            value = getattr(importlib.import_module(module, __name__), name)
        globals()[name] = value
        return value


def __dir__() -> list[str]:
    return sorted(__all__)
