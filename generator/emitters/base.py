"""What a language emitter is, and the helpers every one of them shares."""

from __future__ import annotations

from pathlib import Path
from typing import Mapping, Protocol

import jinja2

from ..errors import SpecError
from ..ir import Api

TEMPLATES = Path(__file__).resolve().parents[2] / "templates"


class Emitter(Protocol):
    name: str  # the --lang value and the folder under generated/ and templates/

    def wants(self, api: Api) -> bool:
        """Whether the spec asks for this target (by declaring ``packages.<name>``)."""
        ...

    def check(self, api: Api) -> list[SpecError]:
        """The Namer's validate pass and any language-specific spec checks; [] when clean."""
        ...

    def emit(self, api: Api) -> Mapping[str, str]:
        """Every file of this language's output: relative path -> text, unformatted."""
        ...

    def format(self, path: str, text: str) -> str:
        """The file as it is written (formatted); must be deterministic."""
        ...

    def formatter_identity(self) -> str:
        """What the formatted bytes depend on besides the text (tool version, settings): the cache key."""
        ...


def environment(language: str) -> jinja2.Environment:
    """The one Jinja setup: strict, whitespace-controlled, nothing that changes case.

    Compiled templates are cached beside the formatter cache (keyed by Jinja on the template's
    source), so a regeneration does not compile them again."""
    from ..formatcache import cache_dir

    root = cache_dir()
    bytecode = None
    if root is not None:
        try:
            (root / "jinja").mkdir(parents=True, exist_ok=True)
            bytecode = jinja2.FileSystemBytecodeCache(str(root / "jinja"))
        except OSError:
            bytecode = None
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES / language)),
        bytecode_cache=bytecode,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,
    )


def header_lines(api: Api) -> list[str]:
    """The 'generated, do not edit' notice, naming the spec by file name only (stable across machines)."""
    spec = Path(api.source).name
    return [
        f"File generated from {spec} by sdkgen. DO NOT EDIT.",
        "Change the spec or the templates and run `make generate` instead.",
    ]


def declares_package(api: Api, language: str) -> bool:
    return bool(api.package(language))


def package_errors(api: Api, language: str, required: tuple[str, ...]) -> list[SpecError]:
    """Keys a declared ``packages.<language>`` lacks (nothing when the language is not declared)."""
    pkg = api.package(language)
    if not pkg:
        return []
    line = dict(api.package_lines).get(language, 1)
    return [
        SpecError(api.source, line, f"packages.{language}: missing '{key}'", f"add packages.{language}.{key}")
        for key in required
        if key not in pkg
    ]
