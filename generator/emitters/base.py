"""What a language emitter is, and the helpers every one of them shares."""

from __future__ import annotations

from pathlib import Path
from typing import Mapping, Optional, Protocol

import jinja2

from ..errors import SpecError
from ..escape import one_line
from ..ir import Api
from ..planning import Names, Plan, Style

TEMPLATES = Path(__file__).resolve().parents[2] / "templates"


class Emitter(Protocol):
    """A language: name styles (``style``), a type mapper and views (``emit``), a formatter.

    It reads the IR and the plan only: never YAML, never the semantics package (samples, checker)."""

    name: str  # the --lang value and the folder under generated/ and templates/

    def wants(self, api: Api) -> bool:
        """Whether the spec asks for this target (by declaring ``packages.<name>``)."""
        ...

    def style(self, api: Api) -> Optional[Style]:
        """The language's case styles, reserved words and scopes, for the shared naming walk
        (None: the target has no identifiers of its own)."""
        ...

    def check(self, api: Api, names: Names) -> list[SpecError]:
        """Language-specific spec checks beyond naming (package keys); [] when clean."""
        ...

    def emit(self, plan: Plan, names: Names) -> Mapping[str, str]:
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
    spec = one_line(Path(api.source).name).replace("--", "- -")  # safe in any comment syntax
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
