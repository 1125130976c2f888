"""Target languages. Each subpackage exposes ``EMITTER``; they are found by name, sorted.

Adding a language: ``templates/<lang>/`` plus ``generator/emitters/<lang>/__init__.py`` with an
object that satisfies :class:`generator.emitters.base.Emitter`. The core is not touched.
"""

from __future__ import annotations

import importlib
import pkgutil

from .base import Emitter


def available() -> dict[str, Emitter]:
    out: dict[str, Emitter] = {}
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda i: i.name):
        if not info.ispkg:
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        emitter = getattr(module, "EMITTER", None)
        if emitter is not None:
            out[emitter.name] = emitter
    return out
