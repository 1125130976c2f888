"""What a language emitter is, and the helpers every one of them shares."""

from __future__ import annotations

import difflib
import re
import textwrap
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterator, Mapping, Optional, Protocol, Sequence

import jinja2

from ..errors import GenerationError, SpecError
from ..escape import one_line
from ..formatcache import NONE, Formatter
from ..ir import Api
from ..parallel import Rendered
from ..paths import builtin_templates, template_files
from ..planning import Names, Plan, Style

BUILTIN_PREFIX = "builtin"  # an overlay reaches the template it replaces as "builtin/<name>"


TEMPLATES = builtin_templates()


@dataclass(frozen=True)
class Customization:
    """What a run changes about every emitter without the emitters knowing: the template overlay
    folder (``DIR/<lang>/<name>`` replaces ``templates/<lang>/<name>``) and where package values that
    did not come from the spec were written (``(lang, key)`` -> (file, line); ``(lang, "")`` for a
    ``packages.<lang>`` block the spec does not have), so their errors point there."""

    templates: Optional[Path] = None
    package_origins: Mapping[tuple[str, str], tuple[str, int]] = field(default_factory=dict)


_CUSTOM: ContextVar[Optional[Customization]] = ContextVar("sdkgen_customization", default=None)
_NONE = Customization()


def _custom() -> Customization:
    return _CUSTOM.get() or _NONE


def current_customization() -> Customization:
    """The customization in effect (for a worker process to enter it again)."""
    return _custom()


@contextmanager
def customized(custom: Customization) -> Iterator[None]:
    """Runs the block with ``custom`` in effect for :func:`environment` and :func:`package_errors`."""
    token = _CUSTOM.set(custom)
    try:
        yield
    finally:
        _CUSTOM.reset(token)


def check_overlay(folder: Path) -> None:
    """Every file of an overlay must have the path of a built-in template (``<lang>/<name>``): a
    typo is an error, never a file silently ignored. Hidden files and __pycache__ are skipped."""
    if not folder.is_dir():
        raise GenerationError(f"{folder}: the templates folder does not exist (create it, or fix --templates / templates:)")
    builtin = builtin_templates()
    languages = sorted(p.name for p in builtin.iterdir() if p.is_dir() and not p.name.startswith(("_", ".")))
    problems = []
    for rel in template_files(folder):
        lang, _, name = rel.partition("/")
        shown = folder / rel
        if not name or lang not in languages:
            guess = difflib.get_close_matches(lang, languages, 1)
            hint = f"did you mean '{guess[0]}/'?" if guess and name else f"languages: {', '.join(languages)}"
            problems.append(f"{shown}: not inside a language folder of the overlay ({hint}); an overlay file is <dir>/<lang>/<template name>")
        elif not (builtin / lang / name).is_file():
            known = template_files(builtin / lang)
            guess = difflib.get_close_matches(name, known, 1, 0.6)
            hint = f"did you mean '{lang}/{guess[0]}'?" if guess else f"see {builtin / lang} for the names"
            problems.append(f"{shown}: replaces no built-in template ({hint}); an overlay file must have the path of the template it replaces")
    if problems:
        raise GenerationError("\n".join(problems))


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

    def emit(self, plan: Plan, names: Names) -> Mapping[str, Rendered]:
        """Every file of this language's output: relative path -> text, unformatted, or a thunk that
        renders it (the pipeline runs the thunks on every core, see ``generator.parallel``)."""
        ...

    formatters: tuple[str, ...]  # the formatters it can use (``--formatter``), the default first; () for none

    def formatter(self, name: str) -> Formatter:
        """The formatter called ``name`` (one of ``formatters``); its output must be deterministic."""
        ...


class EmitterBase:
    """What most emitters share: a language is wanted when the spec declares ``packages.<name>``,
    whose keys are checked against ``package_keys`` (key -> (pattern, what a valid value is))."""

    name = ""
    package_keys: Mapping[str, tuple[str, str]] = {}
    formatters: tuple[str, ...] = ()

    def formatter(self, name: str) -> Formatter:
        return NONE

    def wants(self, api: Api) -> bool:
        return declares_package(api, self.name)

    def check(self, api: Api, names: Names) -> list[SpecError]:
        return package_errors(api, self.name, self.package_keys)


def environment(language: str) -> jinja2.Environment:
    """The one Jinja setup: strict, whitespace-controlled, nothing that changes case; templates
    come from the run's overlay folder first (see :class:`Customization`), then the built-in ones.

    Compiled templates are cached beside the formatter cache (keyed by Jinja on the template's
    source), so a regeneration does not compile them again."""
    from ..paths import cache_dir

    root = cache_dir()
    bytecode = None
    if root is not None:
        try:
            (root / "jinja").mkdir(parents=True, exist_ok=True)
            bytecode = jinja2.FileSystemBytecodeCache(str(root / "jinja"))
        except OSError:
            bytecode = None
    builtin = jinja2.FileSystemLoader(str(builtin_templates() / language))
    overlay = _custom().templates
    own = [jinja2.FileSystemLoader(str(overlay / language))] if overlay is not None and (overlay / language).is_dir() else []
    return jinja2.Environment(
        # "builtin/<name>" is always the built-in template (for an overlay's {% extends %});
        # any other name is the overlay's file when it has one, else the built-in one
        loader=jinja2.ChoiceLoader([jinja2.PrefixLoader({BUILTIN_PREFIX: builtin}), *own, builtin]),
        bytecode_cache=bytecode,
        undefined=jinja2.StrictUndefined,
        cache_size=-1,  # every template stays compiled for the run (no LRU bookkeeping per file)
        auto_reload=False,  # nor a stat of its file each time it is used
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


def package_errors(api: Api, language: str, keys: Mapping[str, tuple[str, str]] | Sequence[str]) -> list[SpecError]:
    """Problems with a declared ``packages.<language>``: each of ``keys`` (key -> (pattern, what it
    must be)) present and matching its pattern, so the value is safe wherever a template puts it."""
    pkg = api.package(language)
    if not pkg:
        return []
    origins = _custom().package_origins
    lines = dict(api.package_lines)
    block = (api.source, lines[language]) if language in lines else origins.get((language, ""), (api.source, 1))
    out = []
    rules = keys if isinstance(keys, Mapping) else {k: (r"(?s).+", "empty") for k in keys}
    for key, (pattern, what) in rules.items():
        if key not in pkg:
            out.append(SpecError(*block, f"packages.{language}: missing '{key}'", f"add packages.{language}.{key}"))
        elif not re.fullmatch(pattern, pkg[key]):
            where = origins.get((language, key), block)
            out.append(SpecError(*where, f"packages.{language}.{key} '{pkg[key]}' is not {what}", "fix the value"))
    return out


def runtime_files(language: str) -> list[str]:
    """The hand-written runtime of a language: every ``templates/<language>/runtime/**/*.j2``, by path
    (an overlay may replace these files, not add to them)."""
    root = builtin_templates() / language / "runtime"
    return sorted(p.relative_to(root).as_posix()[: -len(".j2")] for p in root.rglob("*.j2"))


def wrap_doc(text: str, escape: Callable[[str], str], width: int = 96) -> list[str]:
    """A description as comment or docstring lines: paragraphs (split at blank lines) escaped for
    their context one by one, then wrapped; a blank line between paragraphs."""
    return list(_wrapped(text, escape, width))


@lru_cache(maxsize=16384)  # the same description is wrapped for many files (sync/async, params/models, tests)
def _wrapped(text: str, escape: Callable[[str], str], width: int) -> tuple[str, ...]:
    out: list[str] = []
    for para in text.replace("\r\n", "\n").strip().split("\n\n"):
        lines = textwrap.wrap(" ".join(escape(para).split()), width, break_on_hyphens=False, break_long_words=False)
        out.extend(([""] if out and lines else []) + lines)
    return tuple(out)


@dataclass(frozen=True)
class TypeExpr:
    """A type expression of the target language and the imports it needs (protogen's QualifiedGoIdent):
    whoever uses the type gets its imports with it, so no emitter collects imports by hand."""

    text: str
    imports: frozenset[str] = frozenset()

    def __str__(self) -> str:
        return self.text

    def wrap(self, fmt: str, *extra: str) -> "TypeExpr":
        """``fmt`` with ``{}`` for this type (``"[]{}"``), plus any imports the wrapper needs."""
        return TypeExpr(fmt.format(self.text), self.imports | frozenset(extra))
