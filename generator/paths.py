"""Where sdkgen's own files are: its built-in templates and its cache folder.

Kept apart (and light: no Jinja, no IR) so the no-op fast path can answer without importing the
pipeline.
"""

from __future__ import annotations

import importlib.util
import os
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path
from typing import Iterator, Optional

from .errors import GenerationError


def builtin_templates() -> Path:
    """The built-in templates: ``templates/`` of the checkout this module runs from, else the copy
    installed with the wheel as the package ``sdkgen_templates``."""
    checkout = Path(__file__).resolve().parents[1]
    if (checkout / "templates").is_dir() and (checkout / "pyproject.toml").is_file():  # not site-packages
        return checkout / "templates"
    spec = importlib.util.find_spec("sdkgen_templates")
    locations = list(spec.submodule_search_locations or []) if spec is not None else []
    if not locations:
        raise GenerationError("the built-in templates are missing: reinstall sdkgen (the package sdkgen_templates)")
    return Path(locations[0])


def template_files(folder: Path) -> list[str]:
    """Files under ``folder`` ('/'-separated, sorted), leaving out hidden names and __pycache__."""
    out = []
    for path in folder.rglob("*"):
        rel = path.relative_to(folder)
        if path.is_file() and not any(part.startswith(".") or part == "__pycache__" for part in rel.parts):
            out.append(rel.as_posix())
    return sorted(out)


def overlay_files(folder: Path) -> list[str]:
    """Every file of an overlay folder, as '<lang>/<name>' (what the no-op fast path hashes)."""
    return template_files(folder) if folder.is_dir() else []


_NO_CACHE: ContextVar[bool] = ContextVar("sdkgen_no_cache", default=False)


@contextmanager
def no_cache() -> Iterator[None]:
    """No cache is read or written in the block (``sdkgen check`` writes nothing anywhere)."""
    token = _NO_CACHE.set(True)
    try:
        yield
    finally:
        _NO_CACHE.reset(token)


def cache_dir() -> Optional[Path]:
    """Where sdkgen caches (formatted files, compiled templates and schema, run stamps), or None."""
    if _NO_CACHE.get():
        return None
    value = os.environ.get("SDKGEN_CACHE_DIR", "")
    if value.lower() == "off":
        return None
    if value:
        return Path(value)
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "sdkgen"
