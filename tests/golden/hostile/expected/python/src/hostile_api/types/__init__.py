# File generated from spec.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.

"""The API's types. Each loads on first use, so importing the package stays fast."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .done import Done as Done
    from .event import Event as Event
    from .mode import Mode as Mode
    from .started import Started as Started
    from .thing import Thing as Thing
    from .thing_create_params import ThingCreateParams as ThingCreateParams

__all__ = [
    "Done",
    "Event",
    "Mode",
    "Started",
    "Thing",
    "ThingCreateParams",
]

_LAZY = {
    "Done": ".done",
    "Event": ".event",
    "Mode": ".mode",
    "Started": ".started",
    "Thing": ".thing",
    "ThingCreateParams": ".thing_create_params",
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
