"""Loader: YAML text -> validated spec -> IR. The public API of the package.

Two passes, both collecting every problem before failing:
1. shape (``schema.py``): the JSON Schema of the format, ``generator/schema/spec.schema.json``;
2. meaning, in three stages as in protobuf's descriptor building:
   ``build.py`` (desc_init) turns the YAML mapping into IR nodes, each with its spec line;
   ``resolve.py`` (desc_resolve) turns the names it meets into IR references (types, models,
   unions, value sets, rule params and values), reporting those that resolve to nothing;
   ``validate.py`` (desc_validate) checks the built IR: names, bounds, defaults, discriminators,
   rules, unique operations, models no finite value satisfies.
Each error names the file, the line, the key and what to do.
"""

from __future__ import annotations

import os
from pathlib import Path as FsPath

from .. import ir
from ..errors import SpecError, SpecInvalid
from ..parallel import in_background
from ..yamlsrc import YMap, load_yaml
from . import speccache
from .build import build
from .report import PRIMITIVES, Report, describe, did_you_mean
from .resolve import Resolver
from .schema import SCHEMA_PATH, schema_errors
from .validate import validate

__all__ = ["PRIMITIVES", "SCHEMA_PATH", "describe", "did_you_mean", "display_path", "load_spec", "load_spec_text", "schema_errors"]


def display_path(path: str | os.PathLike[str]) -> str:
    """The spec's path as the user should see it: relative to the working directory if inside it."""
    p = FsPath(path)
    try:
        return str(p.resolve().relative_to(FsPath.cwd().resolve()))
    except ValueError:
        return str(p)


def load_spec(path: str | os.PathLike[str]) -> ir.Api:
    file = display_path(path)
    try:
        text = FsPath(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise SpecInvalid([SpecError(file, 0, f"cannot read the spec: {exc.strerror}", "check the --spec path")]) from None
    except UnicodeDecodeError:
        raise SpecInvalid([SpecError(file, 1, "the spec is not UTF-8 text", "save it as UTF-8")]) from None
    return load_spec_text(text, file)


def load_spec_text(text: str, file: str) -> ir.Api:
    """The spec's IR: from the spec cache when this text was loaded before (``speccache``)."""
    k = speccache.key(text, file)
    api = speccache.get(k)
    if api is None:
        api = _load(text, file)
        in_background(lambda: speccache.put(k, api))  # pickling the IR takes ~0.25 s at 1,000 endpoints
    return api


def _load(text: str, file: str) -> ir.Api:
    root = load_yaml(text, file)
    if not isinstance(root, YMap):
        raise SpecInvalid([SpecError(file, getattr(root, "line", 1), "the spec must be a mapping of keys", "start from spec/images.yaml")])
    errors = schema_errors(root, file)
    if errors:
        raise SpecInvalid(errors)
    report = Report(root, file)
    built = build(root, report, Resolver(root, report))
    validate(built, report)
    if report.errors:
        raise SpecInvalid(report.errors)
    return built.api
